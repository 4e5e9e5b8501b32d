//! Concepts and frames: detection that does not depend on one exact sentence.
//!
//! A **concept** is a named lexicon (SEND, RETURN, MULTIPLIER, ...) written per language in the
//! rule files; its terms are patterns of the one automaton, like phrases. A **frame** is a rule
//! that fires when several concepts occur within a window of tokens, in any order: "send ...
//! get double back", "double what you send", "envía y te devolvemos el doble" are one frame,
//! SEND + MULTIPLIER (+ RETURN), whatever the words and their order.
//!
//! Evaluating the frames costs nothing for a post without concept terms, and for the others
//! one sort of its (few) concept occurrences, one pass over the normalized text to number
//! their tokens, and one sliding window per frame: no rescans.

use super::schema::Requires;

/// A compiled frame: which concepts it needs, and how close together.
#[derive(Clone, Debug)]
pub(crate) struct FrameSpec {
    /// The rule the frame belongs to.
    pub rule: u32,
    /// Every one of these concepts must occur.
    pub all: Vec<u16>,
    /// At least one of these must occur too (when not empty).
    pub any: Vec<u16>,
    /// Most tokens from the first to the last occurrence, plus one.
    pub window: u32,
    /// Evidence outside the text the frame needs (checked once addresses are extracted).
    pub requires: Option<Requires>,
    /// Concepts that negate an occurrence they shortly precede ("do not send", "nobody
    /// doubles"): such an occurrence does not count for this frame.
    pub negated_by: Vec<u16>,
    /// Occurrences inside quotation marks do not count: a quote is someone else's speech.
    pub ignore_quoted: bool,
    /// Only occurrences inside quotation marks count: someone else's speech, quoted.
    pub quoted_only: bool,
}

/// Byte ranges of `original` between quotation marks: `"…"`, `“…”`, `„…“`, `«…»`, `»…«`,
/// `「…」`, `『…』`, `〝…〞`, and short single-quoted words or phrases (`'validation'`,
/// `‘send 1 BTC’`: see [`single_quoted`]). Straight quotes pair up in order; an unclosed quote
/// quotes nothing (a stray `"` for inches must not swallow the post).
pub(crate) fn quoted_ranges(original: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = double_quoted(original);
    if original.contains(['\'', '‘']) {
        out.extend(single_quoted(original));
        out.sort_by_key(|r| r.start);
    }
    out
}

/// Most bytes between single quotes: scare quotes and quoted phrases are short; a longer
/// stretch is more likely two apostrophes.
const SINGLE_QUOTE_SPAN: usize = 60;

/// Ranges between single quotes (`'…'`, `‘…’`) that open after a space, a bracket or the start
/// and before a letter or digit, and close after one and before a space, punctuation or the
/// end, within [`SINGLE_QUOTE_SPAN`] bytes: `the 'validation' page`, but not the apostrophes
/// of `don't` or `it's`.
fn single_quoted(original: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = original.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let opens = (c == '\'' || c == '‘')
            && (k == 0 || matches!(chars[k - 1].1, ' ' | '\n' | '(' | '[' | ':'))
            && chars.get(k + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        if !opens {
            k += 1;
            continue;
        }
        let close = if c == '‘' { '’' } else { '\'' };
        let start = i + c.len_utf8();
        let found = chars[k + 1..].iter().enumerate().find(|(j, (p, q))| {
            *q == close
                && p - start <= SINGLE_QUOTE_SPAN
                && chars[k + *j].1.is_alphanumeric()
                && chars
                    .get(k + j + 2)
                    .is_none_or(|(_, n)| !n.is_alphanumeric())
        });
        match found {
            Some((j, (end, _))) if end - start <= SINGLE_QUOTE_SPAN => {
                out.push(start..*end);
                k += j + 2;
            }
            _ => k += 1,
        }
    }
    out
}

fn double_quoted(original: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (i, c) in original.char_indices() {
        match open {
            None => {
                let close = match c {
                    '"' => '"',
                    '“' => '”',
                    '„' => '“',
                    '«' => '»',
                    '»' => '«',
                    '「' => '」',
                    '『' => '』',
                    '〝' => '〞',
                    _ => continue,
                };
                open = Some((close, i + c.len_utf8()));
            }
            Some((close, start)) if c == close || (close == '“' && c == '”') => {
                out.push(start..i);
                open = None;
            }
            Some(_) => {}
        }
    }
    out
}

/// How many tokens before an occurrence a negation reaches ("do not send": one; "never ever
/// send": two).
const NEGATION_REACH: u32 = 3;

impl FrameSpec {
    fn wants(&self, concept: u16) -> bool {
        self.all.contains(&concept) || self.any.contains(&concept)
    }
}

/// A frame's concepts as bits (see [`mask`]), computed once when the rules compile: whether a
/// post's concepts could complete the frame is then two `and`s, the cheap test that lets most
/// posts with a concept or two skip the window, the quotation marks and the amounts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct FrameMask {
    all: u128,
    any: u128,
}

impl FrameMask {
    pub fn of(f: &FrameSpec) -> FrameMask {
        FrameMask {
            all: mask(&f.all),
            any: mask(&f.any),
        }
    }

    /// Whether the concepts `present` (a bit per concept) could complete the frame at all.
    pub fn possible(self, present: u128) -> bool {
        present & self.all == self.all && (self.any == 0 || present & self.any != 0)
    }
}

/// A bit per concept; concepts past the 128th set every bit (they are always "possible").
pub(crate) fn mask(concepts: &[u16]) -> u128 {
    concepts.iter().fold(0, |m, &c| m | bit(c))
}

fn bit(c: u16) -> u128 {
    1u128.checked_shl(u32::from(c)).unwrap_or(u128::MAX)
}

/// The concepts of `hits` as bits.
pub(crate) fn present(hits: &[ConceptHit]) -> u128 {
    hits.iter().fold(0, |m, h| m | bit(h.concept))
}

/// One occurrence of a concept term: a byte range of the normalized text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ConceptHit {
    pub concept: u16,
    pub start: usize,
    pub end: usize,
}

/// Concept occurrences of one post: on the stack up to [`HitBuf::INLINE`], so the common post
/// (a negation, a coin name) allocates nothing for them.
pub(crate) struct HitBuf {
    inline: [ConceptHit; HitBuf::INLINE],
    len: usize,
    spill: Vec<ConceptHit>,
}

impl HitBuf {
    const INLINE: usize = 8;

    pub fn new() -> Self {
        HitBuf {
            inline: [ConceptHit::default(); HitBuf::INLINE],
            len: 0,
            spill: Vec::new(),
        }
    }

    pub fn push(&mut self, hit: ConceptHit) {
        if self.len < HitBuf::INLINE {
            self.inline[self.len] = hit;
        } else {
            if self.spill.is_empty() {
                self.spill.extend_from_slice(&self.inline);
            }
            self.spill.push(hit);
        }
        self.len += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn as_slice(&self) -> &[ConceptHit] {
        if self.spill.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.spill
        }
    }

    pub fn as_mut_slice(&mut self) -> &mut [ConceptHit] {
        if self.spill.is_empty() {
            &mut self.inline[..self.len]
        } else {
            &mut self.spill
        }
    }
}

/// Evaluates every frame over the concept occurrences of one post; calls
/// `fire(rule, hit)` for each occurrence inside the first window where a frame is complete.
/// Occurrences for which `keep(frame, hit)` is false (inside one of the frame's `except`
/// phrases) do not count for that frame.
pub(crate) fn evaluate(
    frames: &[FrameSpec],
    masks: &[FrameMask],
    concepts: usize,
    hits: &mut [ConceptHit],
    norm: &str,
    keep: impl Fn(&FrameSpec, &ConceptHit) -> bool,
    mut fire: impl FnMut(u32, ConceptHit),
) {
    if hits.is_empty() || frames.is_empty() {
        return;
    }
    let present = present(hits);
    // A frame of one concept, with nothing to negate it, fires on its occurrences as they
    // are: no window, no token numbers.
    let single = |f: &FrameSpec| f.all.len() == 1 && f.any.is_empty() && f.negated_by.is_empty();
    let frames = || {
        frames
            .iter()
            .zip(masks)
            .filter_map(move |(f, m)| m.possible(present).then_some(f))
    };
    for f in frames().filter(|f| single(f)) {
        for h in hits.iter().filter(|h| h.concept == f.all[0] && keep(f, h)) {
            fire(f.rule, *h);
        }
    }
    if !frames().any(|f| !single(f)) {
        return;
    }
    hits.sort_unstable_by_key(|h| (h.start, h.end, h.concept));
    let tokens = token_indexes(hits, norm);
    let mut counts = vec![0u16; concepts];
    let mut relevant: Vec<usize> = Vec::with_capacity(hits.len());
    for f in frames().filter(|f| !single(f)) {
        counts.iter_mut().for_each(|c| *c = 0);
        let negated = |i: usize| {
            !f.negated_by.is_empty()
                && hits[..i].iter().zip(&tokens).rev().any(|(n, &t)| {
                    tokens[i] - t <= NEGATION_REACH
                        && t < tokens[i]
                        && f.negated_by.contains(&n.concept)
                        && keep(f, n)
                })
        };
        relevant.clear();
        relevant.extend(
            (0..hits.len())
                .filter(|&i| f.wants(hits[i].concept) && keep(f, &hits[i]) && !negated(i)),
        );
        let mut left = 0;
        for right in 0..relevant.len() {
            let r = relevant[right];
            counts[hits[r].concept as usize] += 1;
            while tokens[r] - tokens[relevant[left]] >= f.window {
                counts[hits[relevant[left]].concept as usize] -= 1;
                left += 1;
            }
            let complete = f.all.iter().all(|&c| counts[c as usize] > 0)
                && (f.any.is_empty() || f.any.iter().any(|&c| counts[c as usize] > 0));
            if complete {
                for &i in &relevant[left..=right] {
                    fire(f.rule, hits[i]);
                }
                break;
            }
        }
    }
}

/// The token number of each hit (hits sorted by start): the spaces before its start.
fn token_indexes(hits: &[ConceptHit], norm: &str) -> Vec<u32> {
    let bytes = norm.as_bytes();
    let mut out = Vec::with_capacity(hits.len());
    let (mut pos, mut spaces) = (0usize, 0u32);
    for h in hits {
        let upto = h.start.min(bytes.len());
        if upto > pos {
            spaces += memchr::memchr_iter(b' ', &bytes[pos..upto]).count() as u32;
            pos = upto;
        }
        out.push(spaces);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Concept hits of `words` (one concept letter per word or `.` for none) in a text of
    /// single-letter words, so byte offsets are easy: word `i` starts at `2 * i`.
    fn hits(words: &str) -> (String, Vec<ConceptHit>) {
        let mut norm = String::from(" ");
        let mut hits = Vec::new();
        for (i, w) in words.split(' ').enumerate() {
            norm.push_str("w ");
            if let Some(c) = w.chars().next().filter(|c| c.is_ascii_uppercase()) {
                hits.push(ConceptHit {
                    concept: (c as u8 - b'A') as u16,
                    start: 2 * i,
                    end: 2 * i + 3,
                });
            }
        }
        (norm, hits)
    }

    fn fired(frame: &FrameSpec, words: &str) -> Vec<u16> {
        let (norm, mut h) = hits(words);
        let mut out = Vec::new();
        let keep = |_: &FrameSpec, _: &ConceptHit| true;
        evaluate(
            std::slice::from_ref(frame),
            &[FrameMask::of(frame)],
            16,
            &mut h,
            &norm,
            keep,
            |_, hit| out.push(hit.concept),
        );
        out
    }

    #[test]
    fn frames_need_every_concept_within_the_window_in_any_order() {
        // A = SEND, B = MULTIPLIER, C = RETURN, D = unrelated
        let f = FrameSpec {
            rule: 0,
            all: vec![0, 1],
            any: vec![],
            window: 4,
            requires: None,
            negated_by: vec![],
            ignore_quoted: false,
            quoted_only: false,
        };
        let table: &[(&str, &[u16])] = &[
            ("A B", &[0, 1]),
            ("B A", &[1, 0]),
            ("A . . B", &[0, 1]),
            // Four tokens apart: outside a window of 4.
            ("A . . . B", &[]),
            ("A", &[]),
            ("A A A", &[]),
            ("D B D", &[]),
            // The window slides: the first A is too far, the second is close.
            ("A . . . . A B", &[0, 1]),
        ];
        for (words, want) in table {
            assert_eq!(fired(&f, words), *want, "{words}");
        }
    }

    #[test]
    fn any_needs_one_of_its_concepts() {
        let f = FrameSpec {
            rule: 0,
            all: vec![1],
            any: vec![0, 2],
            window: 6,
            requires: None,
            negated_by: vec![],
            ignore_quoted: false,
            quoted_only: false,
        };
        assert_eq!(fired(&f, "B . C"), vec![1, 2]);
        assert_eq!(fired(&f, "A B"), vec![0, 1]);
        assert!(fired(&f, "B D D").is_empty());
        assert!(fired(&f, "A C").is_empty());
    }

    #[test]
    fn a_negation_just_before_an_occurrence_cancels_it() {
        // N = a negation (concept 13)
        let f = FrameSpec {
            rule: 0,
            all: vec![0, 1],
            any: vec![],
            window: 8,
            requires: None,
            negated_by: vec![13],
            ignore_quoted: false,
            quoted_only: false,
        };
        assert_eq!(fired(&f, "A B"), vec![0, 1]);
        assert!(fired(&f, "N A B").is_empty());
        assert!(fired(&f, "A N . B").is_empty());
        // Too far back to negate.
        assert_eq!(fired(&f, "N . . . A B"), vec![0, 1]);
    }

    #[test]
    fn quotation_marks_of_several_languages() {
        let table: &[(&str, &[&str])] = &[
            (
                r#"the post said "send 1 BTC get 2" then"#,
                &["send 1 BTC get 2"],
            ),
            (
                "«Invia 1 BTC e ricevi 2 BTC» è una truffa",
                &["Invia 1 BTC e ricevi 2 BTC"],
            ),
            ("Sie schrieben „Schickt BTC“ und mehr", &["Schickt BTC"]),
            ("「1BTC送れば2BTC返す」は詐欺", &["1BTC送れば2BTC返す"]),
            ("a 27\" screen, nothing quoted", &[]),
            (
                "Wallet 'validation' or 'synchronisation' pages do not exist",
                &["validation", "synchronisation"],
            ),
            (
                "told followers 'send BTC, get double back' today",
                &["send BTC, get double back"],
            ),
            ("don't send, it's a scam, the dogs' toys", &[]),
            ("‘Send 1 BTC’ they wrote", &["Send 1 BTC"]),
        ];
        for (text, want) in table {
            let got: Vec<&str> = quoted_ranges(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn token_numbers_count_spaces() {
        let norm = " send it back double ";
        let mut h = vec![
            ConceptHit {
                concept: 1,
                start: 13,
                end: 21,
            },
            ConceptHit {
                concept: 0,
                start: 0,
                end: 6,
            },
        ];
        h.sort_unstable_by_key(|h| h.start);
        assert_eq!(token_indexes(&h, norm), vec![0, 3]);
    }
}
