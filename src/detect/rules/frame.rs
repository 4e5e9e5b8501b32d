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
}

/// How many tokens before an occurrence a negation reaches ("do not send": one; "never ever
/// send": two).
const NEGATION_REACH: u32 = 3;

impl FrameSpec {
    fn wants(&self, concept: u16) -> bool {
        self.all.contains(&concept) || self.any.contains(&concept)
    }
}

/// One occurrence of a concept term: a byte range of the normalized text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ConceptHit {
    pub concept: u16,
    pub start: usize,
    pub end: usize,
}

/// Evaluates every frame over the concept occurrences of one post; calls
/// `fire(rule, hit)` for each occurrence inside the first window where a frame is complete.
/// Occurrences for which `keep(rule, hit)` is false (inside one of the frame's `except`
/// phrases) do not count for that frame.
pub(crate) fn evaluate(
    frames: &[FrameSpec],
    concepts: usize,
    hits: &mut [ConceptHit],
    norm: &str,
    keep: impl Fn(u32, &ConceptHit) -> bool,
    mut fire: impl FnMut(u32, ConceptHit),
) {
    if hits.is_empty() || frames.is_empty() {
        return;
    }
    hits.sort_unstable_by_key(|h| (h.start, h.end, h.concept));
    let tokens = token_indexes(hits, norm);
    let mut counts = vec![0u16; concepts];
    for f in frames {
        counts.iter_mut().for_each(|c| *c = 0);
        let negated = |i: usize| {
            !f.negated_by.is_empty()
                && hits[..i].iter().zip(&tokens).rev().any(|(n, &t)| {
                    tokens[i] - t <= NEGATION_REACH
                        && t < tokens[i]
                        && f.negated_by.contains(&n.concept)
                })
        };
        let relevant: Vec<usize> = (0..hits.len())
            .filter(|&i| f.wants(hits[i].concept) && keep(f.rule, &hits[i]) && !negated(i))
            .collect();
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
        let keep = |_, _: &ConceptHit| true;
        evaluate(
            std::slice::from_ref(frame),
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
        };
        assert_eq!(fired(&f, "A B"), vec![0, 1]);
        assert!(fired(&f, "N A B").is_empty());
        assert!(fired(&f, "A N . B").is_empty());
        // Too far back to negate.
        assert_eq!(fired(&f, "N . . . A B"), vec![0, 1]);
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
