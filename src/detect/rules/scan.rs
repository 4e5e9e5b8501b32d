//! The scanner: one Aho-Corasick pass for every phrase, then prefiltered regexes.
//!
//! Phrases are stored normalized, i.e. `" w1 w2 "` with a bounding space on each side, so a
//! match can only start and end on word boundaries of the normalized text. Two adjacent matches
//! share a space (`" send back double "` and `" double "` end on the same byte), which a
//! leftmost non-overlapping search would lose; we therefore use `MatchKind::Standard` with
//! `find_overlapping_iter`, which reports every occurrence of every pattern.

use std::collections::HashSet;

use aho_corasick::AhoCorasick;
use regex::{Regex, RegexSet};

use super::frame::{self, ConceptHit, FrameMask, FrameSpec, HitBuf};
use super::{Hit, Span, SpanSource};
use super::{amounts, lookalike};
use crate::detect::links::TextLink;
use crate::detect::normalize::Text;

/// Regexes that run on one kind of haystack, behind an optional [`RegexSet`] prefilter.
#[derive(Debug, Default)]
pub(crate) struct RegexGroup {
    /// One pass telling which regexes match at all; `None` when there are no regexes or the
    /// set exceeded its size limit (then every regex runs on its own).
    pub set: Option<RegexSet>,
    pub regexes: Vec<Regex>,
    /// Rule index of each regex.
    pub rule: Vec<u32>,
}

impl RegexGroup {
    /// Calls `f(rule, start, end)` for every match of every regex in `hay`.
    fn scan(&self, hay: &str, mut f: impl FnMut(u32, usize, usize)) {
        if self.regexes.is_empty() {
            return;
        }
        match &self.set {
            Some(set) => {
                // `is_match` stops at the first match and allocates nothing; most posts match
                // no regex, so the allocating `matches` only runs when something will fire.
                if !set.is_match(hay) {
                    return;
                }
                let hits = set.matches(hay);
                if !hits.matched_any() {
                    return;
                }
                for i in hits.iter() {
                    for m in self.regexes[i].find_iter(hay) {
                        f(self.rule[i], m.start(), m.end());
                    }
                }
            }
            None => {
                for (i, re) in self.regexes.iter().enumerate() {
                    for m in re.find_iter(hay) {
                        f(self.rule[i], m.start(), m.end());
                    }
                }
            }
        }
    }
}

/// Most normalized-text regexes that can be triggered from the automaton (a stack bitset, so
/// scanning never allocates for it). Further regexes run on every post.
pub(crate) const MAX_TRIGGERED: usize = 256;

/// What one automaton pattern stands for.
#[derive(Debug, Default)]
pub(crate) struct Targets {
    /// Rules that use the pattern as a phrase: they fire.
    pub rules: Vec<u32>,
    /// Rules that list the pattern under `except`: their matches inside it are dropped.
    pub excepts: Vec<u32>,
    /// Normalized-text regexes (indexes into `Matcher::triggered`) for which the pattern is a
    /// required prefix literal: they are worth running.
    pub regexes: Vec<u32>,
    /// Concepts the pattern is a term of.
    pub concepts: Vec<u16>,
    /// Concepts the pattern is an asked term of (`"es real?"`): it counts only where the post
    /// asks it ([`asked_at`]).
    pub asked: Vec<u16>,
}

/// Whether the sentence around `range` of the original text is a question: the first sentence
/// mark after it, within [`ASKED_REACH`] bytes, is a question mark (`?`, `？`, `؟`; not one
/// inside a link's query), or Spanish's `¿` opens it. Where a question and a statement share
/// their words ("c'est vrai", "это реально", "진짜예요"), only the mark tells "c'est vrai ce
/// truc ?" from the scam's own "c'est vrai : <link>".
pub(crate) fn asked_at(original: &str, range: std::ops::Range<usize>) -> bool {
    let before = &original[..range.start];
    // The last sentence mark before the term opens a Spanish question.
    if before
        .rfind(['.', '!', '?', ':', '\n', '¿'])
        .is_some_and(|at| before[at..].starts_with('¿'))
    {
        return true;
    }
    let mut after = original[range.end..].char_indices().peekable();
    while let Some((at, c)) = after.next() {
        if at > ASKED_REACH {
            return false;
        }
        let next = after.peek().map(|(_, c)| *c);
        match c {
            // A query string (`?ref=vip`) follows an ASCII `?` with ASCII; a question in
            // Chinese or Japanese runs on into the next sentence with no space (`本物？リプに`),
            // and the fullwidth and Arabic marks are never a URL's.
            '?' if next.is_none_or(|n| !n.is_ascii_alphanumeric() && n != '=') => return true,
            '？' | '؟' => return true,
            '!' | ':' | '\n' | '。' | '！' | '：' => return false,
            '.' if next.is_none_or(char::is_whitespace) => return false,
            _ => {}
        }
    }
    false
}

/// The sentence `range` of the original text stands in: from the last sentence mark before it
/// to the first one after it (that mark included), each looked for within [`SENTENCE_REACH`]
/// bytes; where none is that close, the reach bounds the sentence.
pub(crate) fn sentence_around(
    original: &str,
    range: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    // A full stop ends a sentence only before a space or the end ("0.5 BTC", "t.me/x" do not).
    let ends_at = |at: usize, c: char| match c {
        '!' | '?' | '\n' | ':' | '。' | '！' | '？' | '؟' | '：' => true,
        '.' => original[at + 1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace),
        _ => false,
    };
    let mut start = range.start;
    for (at, c) in original[..range.start].char_indices().rev() {
        if range.start - at > SENTENCE_REACH || ends_at(at, c) {
            break;
        }
        start = at;
    }
    let mut end = range.end;
    for (at, c) in original[range.end..].char_indices() {
        if at > SENTENCE_REACH {
            break;
        }
        end = range.end + at + c.len_utf8();
        if ends_at(range.end + at, c) {
            break;
        }
    }
    start..end
}

/// How far a sentence around a term may reach on either side ([`sentence_around`]).
const SENTENCE_REACH: usize = 200;

/// How far after an asked term its question mark may come ("c'est vrai ce truc ?").
const ASKED_REACH: usize = 80;

/// A normalized-text regex armed by the automaton (see [`Targets::regexes`]).
#[derive(Debug)]
pub(crate) struct TriggeredRegex {
    pub regex: Regex,
    /// Rule index.
    pub rule: u32,
}

/// The compiled matching machinery of a rule set.
#[derive(Debug, Default)]
pub(crate) struct Matcher {
    /// One automaton over every distinct normalized phrase of every rule, plus the prefix
    /// literals of the normalized-text regexes.
    pub ac: Option<AhoCorasick>,
    /// The ASCII patterns alone, for texts that are ASCII after folding (`None` when every
    /// pattern is ASCII: then `ac` is that automaton). One automaton runs per post.
    pub ac_ascii: Option<AhoCorasick>,
    /// Pattern id in `ac` of each pattern of `ac_ascii`.
    pub ascii_ids: Vec<u32>,
    /// For each pattern id, what it stands for.
    pub targets: Vec<Targets>,
    /// Normalized-text regexes that only run when the automaton saw one of their prefixes.
    pub triggered: Vec<TriggeredRegex>,
    /// Normalized-text regexes without a usable literal prefix: they run on every post.
    pub on_text: RegexGroup,
    /// Regexes on the original text.
    pub on_original: RegexGroup,
    /// Regexes on each expanded URL.
    pub on_urls: RegexGroup,
    /// The frames, in rule order.
    pub frames: Vec<FrameSpec>,
    /// `except_sentences`: a concept, and the rules whose matches do not count in a sentence
    /// that one of its occurrences stands in.
    pub sentence_excepts: Vec<(u16, Vec<u32>)>,
    /// Each frame's concepts as bits, in the same order.
    pub frame_masks: Vec<FrameMask>,
    /// The concepts the built-in recognizers (`@amount_ratio`, `@amount_tiers`, `@bare_ratio`,
    /// `@ticker`, `@coin_amount`, `@payout_list`, `@payment_request`) can add, as bits.
    pub recognized: u128,
    /// Concept names by index.
    pub concept_names: Vec<String>,
    /// Rules with a `lookalike` list, and their lowercase names.
    pub lookalikes: Vec<(u32, Vec<String>)>,
    /// Rules with a `domains` list (known scam domains), and their lowercase domains.
    pub scam_domains: Vec<(u32, HashSet<String>)>,
    /// Per rule: its text matches inside quotation marks do not count (`ignore_quoted`).
    pub ignore_quoted: Vec<bool>,
    /// Concepts with the built-in `@amount_ratio` term.
    pub ratio_concepts: Vec<u16>,
    /// Concepts with the built-in `@amount_tiers` term.
    pub tiers_concepts: Vec<u16>,
    /// Concepts with the built-in `@bare_ratio` term.
    pub bare_ratio_concepts: Vec<u16>,
    /// Concepts with the built-in `@ticker` term.
    pub ticker_concepts: Vec<u16>,
    /// Concepts with the built-in `@coin_amount` term.
    pub coin_amount_concepts: Vec<u16>,
    /// Concepts with the built-in `@payout_list` term.
    pub payout_concepts: Vec<u16>,
    /// Concepts with the built-in `@payment_request` term.
    pub payment_concepts: Vec<u16>,
}

/// Maps a match `start..end` of the normalized text back to the original text, after trimming
/// the bounding spaces (which map to the surrounding punctuation or nothing at all).
fn norm_span(text: &Text, start: usize, end: usize) -> Span {
    let bytes = text.as_str().as_bytes();
    let (mut s, mut e) = (start, end);
    while s < e && bytes[s] == b' ' {
        s += 1;
    }
    while e > s && bytes[e - 1] == b' ' {
        e -= 1;
    }
    let range = if s < e {
        text.original_range(s..e)
    } else {
        text.original_range(start..end)
    };
    Span {
        source: SpanSource::Text,
        range,
        concept: None,
    }
}

impl Matcher {
    pub(crate) fn scan(
        &self,
        allowed_domains: &HashSet<String>,
        original: &str,
        text: &Text,
        urls: &[String],
        links: &[TextLink],
    ) -> Vec<Hit> {
        // (rule, span) pairs; stays unallocated for the common post that matches nothing.
        let mut found: Vec<(u32, Span)> = Vec::new();
        // (rule, original range) of `except` phrase matches; usually empty.
        let mut excepted: Vec<(u32, std::ops::Range<usize>)> = Vec::new();
        let norm = text.as_str();
        let mut armed = [0u64; MAX_TRIGGERED / 64];
        // Concept occurrences, for the frames; usually empty.
        let mut concepts = HitBuf::new();
        let (ac, ids) = match &self.ac_ascii {
            Some(ascii) if norm.is_ascii() => (Some(ascii), Some(&self.ascii_ids)),
            _ => (self.ac.as_ref(), None),
        };
        if let Some(ac) = ac {
            for m in ac.find_overlapping_iter(norm) {
                let pid = m.pattern().as_usize();
                let pid = ids.map_or(pid, |ids| ids[pid] as usize);
                let t = &self.targets[pid];
                for &j in &t.regexes {
                    armed[j as usize / 64] |= 1 << (j % 64);
                }
                let asked: &[u16] = if !t.asked.is_empty()
                    && asked_at(original, norm_span(text, m.start(), m.end()).range)
                {
                    &t.asked
                } else {
                    &[]
                };
                for &concept in t.concepts.iter().chain(asked) {
                    concepts.push(ConceptHit {
                        concept,
                        start: m.start(),
                        end: m.end(),
                    });
                }
                if t.rules.is_empty() && t.excepts.is_empty() {
                    continue;
                }
                let span = norm_span(text, m.start(), m.end());
                for &r in &t.excepts {
                    excepted.push((r, span.range.clone()));
                }
                for &r in &t.rules {
                    found.push((r, span.clone()));
                }
            }
        }
        // A sentence that names the reader's situation ("Victim of a crypto scam?", "If you
        // got scammed, don't panic") holds words that are no warning there: the rules that
        // say so ignore that sentence.
        if !self.sentence_excepts.is_empty() {
            for h in concepts.as_slice() {
                for (c, rules) in &self.sentence_excepts {
                    if h.concept != *c {
                        continue;
                    }
                    let sentence = sentence_around(original, norm_span(text, h.start, h.end).range);
                    excepted.extend(rules.iter().map(|&r| (r, sentence.clone())));
                }
            }
        }
        // Most posts with a concept have one or two common ones ("no", "in bio") that no
        // frame can be completed from: they skip the recognizers, the quotation marks and the
        // frames. The test counts what the recognizers could add.
        let possible = |present: u128| self.frame_masks.iter().any(|m| m.possible(present));
        if (!concepts.is_empty() || amounts::has_arrow(original))
            && possible(frame::present(concepts.as_slice()) | self.recognized)
        {
            // The built-in recognizers (amounts side by side, payout lists) are only worth
            // running where a concept already matched (a frame needs more than one, or a
            // currency word came along), or where an arrow sets something against something.
            let mut push = |ranges: &[std::ops::Range<usize>], ids: &[u16]| {
                for r in ranges {
                    let (start, end) = (text.norm_offset(r.start), text.norm_offset(r.end));
                    for &concept in ids {
                        concepts.push(ConceptHit {
                            concept,
                            start,
                            end,
                        });
                    }
                }
            };
            if !self.ratio_concepts.is_empty() || !self.tiers_concepts.is_empty() {
                let ratios = amounts::ratios(original);
                push(&ratios, &self.ratio_concepts);
                push(amounts::tiers(&ratios), &self.tiers_concepts);
            }
            if !self.bare_ratio_concepts.is_empty() {
                push(&amounts::bare_ratios(original), &self.bare_ratio_concepts);
            }
            if !self.payout_concepts.is_empty() {
                push(&amounts::payout_list(original), &self.payout_concepts);
            }
            if !self.payment_concepts.is_empty() {
                push(&amounts::payment_requests(original), &self.payment_concepts);
            }
            if !self.ticker_concepts.is_empty() {
                push(&amounts::tickers(original), &self.ticker_concepts);
            }
            if !self.coin_amount_concepts.is_empty() {
                push(&amounts::coin_amounts(original), &self.coin_amount_concepts);
            }
        }
        // Only the frames the post's concepts could complete are looked at: with none (most
        // posts with a concept or two), no quotation marks and no frame loop.
        let present = frame::present(concepts.as_slice());
        let mut live = self
            .frames
            .iter()
            .zip(&self.frame_masks)
            .filter(|(_, m)| m.possible(present))
            .map(|(f, _)| f)
            .peekable();
        if live.peek().is_some() {
            let quoted = if live.any(|f| f.ignore_quoted || f.quoted_only) {
                frame::quoted_ranges(original)
            } else {
                Vec::new()
            };
            let keep = |f: &FrameSpec, hit: &ConceptHit| {
                if f.quoted_only {
                    let o = text.original_range(hit.start..hit.end);
                    return quoted.iter().any(|e| e.start <= o.start && o.end <= e.end);
                }
                if excepted.is_empty() && (quoted.is_empty() || !f.ignore_quoted) {
                    return true;
                }
                let o = text.original_range(hit.start..hit.end);
                let inside = |e: &std::ops::Range<usize>| e.start <= o.start && o.end <= e.end;
                let excepted_here = excepted.iter().any(|(r, e)| *r == f.rule && inside(e));
                let quoted_here = f.ignore_quoted && quoted.iter().any(inside);
                !(excepted_here || quoted_here)
            };
            frame::evaluate(
                &self.frames,
                &self.frame_masks,
                self.concept_names.len(),
                concepts.as_mut_slice(),
                norm,
                keep,
                |rule, hit| {
                    let mut span = norm_span(text, hit.start, hit.end);
                    span.concept = Some(hit.concept);
                    found.push((rule, span));
                },
            );
        }
        for (w, &bits) in armed.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                let j = w * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let t = &self.triggered[j];
                for m in t.regex.find_iter(norm) {
                    found.push((t.rule, norm_span(text, m.start(), m.end())));
                }
            }
        }
        self.on_text
            .scan(norm, |r, s, e| found.push((r, norm_span(text, s, e))));
        self.on_original.scan(original, |r, s, e| {
            found.push((
                r,
                Span {
                    source: SpanSource::Text,
                    range: s..e,
                    concept: None,
                },
            ))
        });
        if !self.on_urls.regexes.is_empty()
            || !self.lookalikes.is_empty()
            || !self.scam_domains.is_empty()
        {
            for (i, url) in urls.iter().enumerate() {
                let host = url_host(url);
                if host.is_some_and(|h| host_in_domains(allowed_domains, h)) {
                    continue;
                }
                for r in host.into_iter().flat_map(|h| self.host_rules(h)) {
                    let range = 0..url.len();
                    found.push((
                        r,
                        Span {
                            source: SpanSource::Url(i),
                            range,
                            concept: None,
                        },
                    ));
                }
                self.on_urls.scan(url, |r, s, e| {
                    found.push((
                        r,
                        Span {
                            source: SpanSource::Url(i),
                            range: s..e,
                            concept: None,
                        },
                    ))
                });
            }
            for link in links {
                let host = link.host();
                if host.is_some_and(|h| host_in_domains(allowed_domains, h)) {
                    continue;
                }
                for r in host.into_iter().flat_map(|h| self.host_rules(h)) {
                    let range = link.range.clone();
                    found.push((
                        r,
                        Span {
                            source: SpanSource::Text,
                            range,
                            concept: None,
                        },
                    ));
                }
                self.on_urls.scan(&link.url, |r, s, e| {
                    // A defanged link's offsets do not map back: the whole link is the span.
                    let range = if link.verbatim {
                        link.range.start + s..link.range.start + e
                    } else {
                        link.range.clone()
                    };
                    found.push((
                        r,
                        Span {
                            source: SpanSource::Text,
                            range,
                            concept: None,
                        },
                    ))
                });
            }
        }
        self.drop_quoted(original, &mut found);
        if !excepted.is_empty() {
            found.retain(|(r, s)| {
                s.source != SpanSource::Text
                    || !excepted
                        .iter()
                        .any(|(er, e)| er == r && e.start <= s.range.start && s.range.end <= e.end)
            });
        }
        group(found)
    }
}

impl Matcher {
    /// The `lookalike` and `domains` rules that fire on a link to `host`.
    fn host_rules<'a>(&'a self, host: &'a str) -> impl Iterator<Item = u32> + 'a {
        let look = self
            .lookalikes
            .iter()
            .filter(move |(_, names)| lookalike::host_has_lookalike(host, names));
        let known = self
            .scam_domains
            .iter()
            .filter(move |(_, domains)| host_in_domains(domains, host))
            .map(|(r, _)| r);
        look.map(|(r, _)| r).chain(known).copied()
    }

    /// Drops the text matches of `ignore_quoted` rules that lie inside quotation marks
    /// (frame spans are filtered by their frame already).
    fn drop_quoted(&self, original: &str, found: &mut Vec<(u32, Span)>) {
        let blind = |r: u32, s: &Span| {
            self.ignore_quoted[r as usize] && s.source == SpanSource::Text && s.concept.is_none()
        };
        if !found.iter().any(|(r, s)| blind(*r, s)) {
            return;
        }
        let quoted = frame::quoted_ranges(original);
        if quoted.is_empty() {
            return;
        }
        found.retain(|(r, s)| {
            !blind(*r, s)
                || !quoted
                    .iter()
                    .any(|q| q.start <= s.range.start && s.range.end <= q.end)
        });
    }
}

/// Sort key of a span: text spans first, then URLs by index; then by position.
fn span_key(s: &Span) -> (usize, usize, usize, Option<u16>) {
    let src = match s.source {
        SpanSource::Text => 0,
        SpanSource::Url(i) => i + 1,
    };
    (src, s.range.start, s.range.end, s.concept)
}

/// Turns (rule, span) pairs into one [`Hit`] per rule, rules ascending, spans sorted and
/// deduplicated (two phrases of one rule can match the same words).
fn group(mut found: Vec<(u32, Span)>) -> Vec<Hit> {
    if found.is_empty() {
        return Vec::new();
    }
    found.sort_unstable_by_key(|(r, s)| (*r, span_key(s)));
    found.dedup();
    let mut hits: Vec<Hit> = Vec::new();
    for (r, span) in found {
        let r = r as usize;
        match hits.last_mut() {
            Some(h) if h.rule == r => h.spans.push(span),
            _ => hits.push(Hit {
                rule: r,
                spans: vec![span],
            }),
        }
    }
    hits
}

/// The host of a URL (`scheme://[user@]host[:port]/...`), or of a bare `host/path`; `None`
/// when there is no host. Borrowed, not lowercased.
pub(crate) fn url_host(url: &str) -> Option<&str> {
    let rest = match url.find("://") {
        Some(i) => &url[i + 3..],
        None => url,
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if host_port.starts_with('[') {
        // IPv6 literal: keep the brackets' content, drop the port.
        host_port
            .split_once(']')
            .map_or(host_port, |(h, _)| &h[1..])
    } else {
        host_port.split_once(':').map_or(host_port, |(h, _)| h)
    };
    let host = host.strip_suffix('.').unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// True when `host` or one of its parent domains is in `domains` (which holds lowercase names):
/// the allowlist and the known-scam domain lists.
pub(crate) fn host_in_domains(domains: &HashSet<String>, host: &str) -> bool {
    if domains.is_empty() {
        return false;
    }
    let lowered;
    let host = if host.bytes().any(|b| b.is_ascii_uppercase()) {
        lowered = host.to_ascii_lowercase();
        lowered.as_str()
    } else {
        host
    };
    let mut rest = host;
    loop {
        if domains.contains(rest) {
            return true;
        }
        match rest.split_once('.') {
            Some((_, parent)) if !parent.is_empty() => rest = parent,
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_asked_term_counts_only_in_a_question() {
        // (text, the term in it, asked)
        let table = [
            ("Es real? Dicen que duplican", "Es real", true),
            ("¿Esto es real o no?", "es real", true),
            ("Dicen que duplican, ¿es real", "es real", true),
            (
                "C'est vrai ce truc ? Un compte dit qu'il double",
                "C'est vrai",
                true,
            ),
            ("진짜예요 사기예요?", "진짜예요", true),
            ("Это реально？", "Это реально", true),
            // Chinese and Japanese run on after the mark, with no space.
            ("これ本物？リプに来てた", "本物", true),
            ("这是真的吗？有人试过", "真的吗", true),
            ("هل هذا حقيقي؟وصلني", "حقيقي", true),
            // The scam's own statement: a colon, an exclamation, a full stop, a line or
            // nothing comes first; a link's query is not a question.
            ("Recibí 10 ETH. Es real: https://t.co/x", "Es real", false),
            ("É real! https://t.co/x?y=1", "É real", false),
            ("Это реально. Кто хочет?", "Это реально", false),
            ("진짜예요\n질문 있어요?", "진짜예요", false),
            ("Es real https://event.example/?ref=tw", "Es real", false),
            ("Es real", "Es real", false),
        ];
        for (text, term, want) in table {
            let start = text.find(term).expect("the term is in the text");
            assert_eq!(asked_at(text, start..start + term.len()), want, "{text}");
        }
    }

    #[test]
    fn url_hosts() {
        let cases = [
            ("https://www.Tesla.com/event?x=1", Some("www.Tesla.com")),
            ("http://user:pw@elon-gift.xyz:8080/", Some("elon-gift.xyz")),
            ("https://example.org.", Some("example.org")),
            ("example.org/path", Some("example.org")),
            ("https://[::1]:80/", Some("::1")),
            ("https:///nohost", None),
            ("", None),
        ];
        for (url, want) in cases {
            assert_eq!(url_host(url), want, "{url}");
        }
    }

    #[test]
    fn domain_allowlist_covers_subdomains_only() {
        let domains: HashSet<String> = ["tesla.com".to_string()].into();
        let cases = [
            ("tesla.com", true),
            ("www.tesla.com", true),
            ("WWW.TESLA.COM", true),
            ("a.b.tesla.com", true),
            ("tesla.com.evil.io", false),
            ("faketesla.com", false),
            ("tesla-event.com", false),
        ];
        for (host, want) in cases {
            assert_eq!(host_in_domains(&domains, host), want, "{host}");
        }
    }
}
