//! Lints beyond syntax, run by the one compile path ([`super::compile_dir`]) so startup,
//! `check-rules` and reload agree on them.
//!
//! Each check answers a question an operator cannot easily answer by reading a rule file:
//!
//! - **Redundant phrase** (`W007`): a phrase of a rule that contains another phrase of the
//!   same rule as whole words (`"send back double"` when `"double"` is in the rule). Phrases
//!   match whole words of the normalized text, so wherever the longer phrase matches, the
//!   shorter one matches too and the rule has already fired: the longer phrase never changes
//!   whether the rule fires. (It only adds a longer highlighted span.) Lists count as the
//!   rule's phrases; phrases that normalize to the same text are merged and not reported here.
//! - **Phrase that fires everywhere** (`W008`): a phrase with at most two letters or digits, a
//!   single word from a built-in list of very common words, or a phrase found in at least
//!   [`BROAD_SHARE`] of the built-in corpus of ordinary posts.
//! - **Regex that fires everywhere** (`W009`): a regex on `text` or `original` that matches at
//!   least [`BROAD_SHARE`] of that corpus.
//! - **Unreachable character** (`W010`): a regex on the normalized text that requires a
//!   character normalization never produces (`nächsten` — normalization yields `nachsten`;
//!   an uppercase letter under `(?-i)`): that part of the regex can never match.
//! - **Invalid addresses**: an allowlisted address that does not validate (`E019`, an error: the
//!   real address is then not allowlisted), a known-scam file entry that does not validate
//!   (`W011`, a warning: lists come from external feeds, and one bad line must not block a
//!   reload; the entry can never match a validated address anyway).

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;
use regex_syntax::hir::{Class, Hir, HirKind};

use super::Severity;
use super::diag::codes;
use crate::detect::normalize::normalize;

/// The built-in corpus of ordinary posts (one per line, `#` comments).
const ORDINARY_POSTS: &str = include_str!("ordinary_posts.txt");

/// A phrase or regex matching at least this share of the corpus is reported.
pub const BROAD_SHARE: f64 = 0.2;

/// Very common words (en, es, fr, de, pt), already normalized. A rule phrase that is one of
/// these alone fires on most posts of its language.
const COMMON_WORDS: &[&str] = &[
    // en
    "the", "a", "an", "and", "or", "to", "of", "in", "on", "for", "is", "it", "you", "i", "we",
    "me", "my", "your", "this", "that", "with", "be", "are", "was", "at", "by", "from", "all",
    "now", "get", "just", "so", "not", "do", "have", "will", "can", "more", "new", "today", "time",
    "up", "out", "if", "about", "what", "our", "no", "yes", "here", "there", "they", "he", "she",
    "but", "one", "day", "good", "people", "like", "go", "see", "back", "want", // es
    "el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "por", "con", "para",
    "lo", "se", "no", "mi", "tu", "hoy", "ya", "muy", "todo", "todos", "mas", // fr
    "le", "les", "et", "des", "du", "un", "une", "est", "pour", "pas", "je", "tu", "il", "nous",
    "vous", "sur", "avec", "dans", "qui", "ce", "mon", "ton", "tout", "tous", "aujourd",
    // de
    "der", "die", "das", "und", "ist", "ich", "du", "wir", "sie", "mit", "auf", "fur", "nicht",
    "ein", "eine", "zu", "den", "dem", "im", "es", "heute", "alle", "jetzt", // pt
    "o", "os", "as", "da", "do", "dos", "das", "em", "um", "uma", "com", "nao", "eu", "voce",
    "hoje", "agora", "todos",
];

/// The corpus, normalized once per process.
fn corpus() -> &'static [(String, String)] {
    static CORPUS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        ORDINARY_POSTS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| (l.to_owned(), normalize(l).as_str().to_owned()))
            .collect()
    })
}

/// Number of posts in the built-in corpus.
#[cfg(test)]
pub fn corpus_len() -> usize {
    corpus().len()
}

/// A phrase of one rule as the linter sees it: normalized (with bounding spaces), as written,
/// and where it is written (a rule's `phrases` or a list's `phrases`).
#[derive(Clone, Debug)]
pub(super) struct PhraseRef {
    pub norm: String,
    pub written: String,
    /// Index of the file in the compiler's file table.
    pub file: usize,
    pub span: Range<usize>,
    /// The list the phrase comes from, if any.
    pub list: Option<String>,
}

/// A finding before it is located (the compiler owns the file table).
pub(super) struct Finding {
    pub file: usize,
    pub span: Range<usize>,
    pub code: &'static str,
    pub message: String,
    pub hint: String,
    pub severity: Severity,
}

/// Redundant and overly broad phrases of one rule. `excepts` are the rule's normalized
/// `except` phrases: a shorter phrase inside one of them can be suppressed where the longer
/// one is not, so the longer one is not reported as redundant then.
pub(super) fn phrases(phrases: &[PhraseRef], excepts: &[String], out: &mut Vec<Finding>) {
    let corpus = corpus();
    let mut seen_broad: HashSet<&str> = HashSet::new();
    // Each normalized phrase of the rule, first occurrence. Checking every whole-word window
    // of a phrase against this map keeps the check linear in the number of phrases (rules
    // with lists of thousands of phrases exist), instead of comparing every pair.
    let mut by_norm: HashMap<&str, &PhraseRef> = HashMap::with_capacity(phrases.len());
    for p in phrases {
        by_norm.entry(p.norm.as_str()).or_insert(p);
    }
    for b in phrases {
        // Redundant: another (different) phrase of the rule is a whole-word part of this one.
        // The longest such phrase is named; phrases inside an `except` phrase do not count.
        if let Some(a) = covering_phrase(&b.norm, &by_norm, excepts) {
            let from = |p: &PhraseRef| match &p.list {
                Some(l) => format!(" (list `{l}`)"),
                None => String::new(),
            };
            out.push(Finding {
                file: b.file,
                span: b.span.clone(),
                code: codes::REDUNDANT_PHRASE,
                message: format!(
                    "phrase `{}`{} can never add a match: `{}`{} already fires wherever it does",
                    b.written.trim(),
                    from(b),
                    a.written.trim(),
                    from(a)
                ),
                hint: "remove the longer phrase (or the shorter one, if it is too broad)".into(),
                severity: Severity::Warning,
            });
        }
        if !seen_broad.insert(b.norm.as_str()) {
            continue;
        }
        let words: Vec<&str> = b.norm.split_whitespace().collect();
        let alnum = b.norm.chars().filter(|c| c.is_alphanumeric()).count();
        let why = if alnum <= 2 {
            Some(format!("it has only {alnum} letter(s) or digit(s)"))
        } else if words.len() == 1 && COMMON_WORDS.contains(&words[0]) {
            Some(format!("`{}` is one of the most common words", words[0]))
        } else {
            let n = corpus
                .iter()
                .filter(|(_, norm)| norm.contains(b.norm.as_str()))
                .count();
            broad(n).then(|| {
                format!(
                    "it occurs in {n} of the {} built-in ordinary posts",
                    corpus.len()
                )
            })
        };
        if let Some(why) = why {
            out.push(Finding {
                file: b.file,
                span: b.span.clone(),
                code: codes::COMMON_PHRASE,
                message: format!(
                    "phrase `{}` will fire almost everywhere: {why}",
                    b.written.trim()
                ),
                hint: "use a longer, more specific phrase (two or more words of scam wording)"
                    .into(),
                severity: Severity::Warning,
            });
        }
    }
}

/// The longest proper whole-word sub-phrase of `norm` that is a phrase of the rule and is not
/// inside one of its `except` phrases.
fn covering_phrase<'a>(
    norm: &str,
    by_norm: &HashMap<&str, &'a PhraseRef>,
    excepts: &[String],
) -> Option<&'a PhraseRef> {
    let words: Vec<&str> = norm.split_whitespace().collect();
    let mut window = String::with_capacity(norm.len());
    for len in (1..words.len()).rev() {
        for start in 0..=words.len() - len {
            window.clear();
            window.push(' ');
            for w in &words[start..start + len] {
                window.push_str(w);
                window.push(' ');
            }
            if let Some(a) = by_norm.get(window.as_str())
                && !excepts.iter().any(|e| e.contains(window.as_str()))
            {
                return Some(a);
            }
        }
    }
    None
}

fn broad(n: usize) -> bool {
    let total = corpus().len();
    total > 0 && n as f64 >= BROAD_SHARE * total as f64
}

/// Which haystack a linted regex runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Haystack {
    Normalized,
    Original,
    Urls,
}

/// Broad regexes and characters the normalized text never contains.
pub(super) fn regex(
    pattern: &str,
    re: &Regex,
    on: Haystack,
    file: usize,
    span: Range<usize>,
    out: &mut Vec<Finding>,
) {
    let corpus = corpus();
    let n = match on {
        Haystack::Normalized => corpus.iter().filter(|(_, n)| re.is_match(n)).count(),
        Haystack::Original => corpus.iter().filter(|(o, _)| re.is_match(o)).count(),
        Haystack::Urls => 0,
    };
    if broad(n) {
        out.push(Finding {
            file,
            span: span.clone(),
            code: codes::BROAD_REGEX,
            message: format!(
                "regex `{pattern}` matches {n} of the {} built-in ordinary posts",
                corpus.len()
            ),
            hint: "anchor it on scam wording; a regex that matches ordinary posts fires everywhere"
                .into(),
            severity: Severity::Warning,
        });
    }
    if on == Haystack::Normalized
        && let Some(c) = unreachable_char(pattern)
    {
        let folded = normalize(&c.to_string()).as_str().trim().to_owned();
        let instead = if folded.is_empty() {
            "a space (it is a separator)".to_owned()
        } else {
            format!("`{folded}`")
        };
        out.push(Finding {
            file,
            span,
            code: codes::UNREACHABLE_CHAR,
            message: format!(
                "regex `{pattern}` requires `{c}`, which the normalized text never contains"
            ),
            hint: format!(
                "normalization turns `{c}` into {instead}: write it that way, or use `on = \"original\"`"
            ),
            severity: Severity::Warning,
        });
    }
}

/// True when normalization can produce `c` (it maps `c` to itself).
fn producible(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    let s = c.to_string();
    normalize(&s).as_str().trim() == s
}

/// The first character the regex requires that normalization never produces: a literal
/// character, or a class none of whose (first few hundred) members is producible. The regex
/// is parsed case-insensitively, as rules are compiled.
pub(super) fn unreachable_char(pattern: &str) -> Option<char> {
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build()
        .parse(pattern)
        .ok()?;
    walk(&hir)
}

fn walk(h: &Hir) -> Option<char> {
    match h.kind() {
        HirKind::Literal(lit) => std::str::from_utf8(&lit.0)
            .ok()?
            .chars()
            .find(|c| !producible(*c)),
        HirKind::Class(Class::Unicode(cls)) => {
            let mut first: Option<char> = None;
            let mut checked = 0;
            for r in cls.iter() {
                for c in r.start()..=r.end() {
                    if producible(c) {
                        return None;
                    }
                    // Report the character as an operator writes it: lowercase if any.
                    first = match first {
                        Some(f) if !c.is_lowercase() || f.is_lowercase() => Some(f),
                        _ => Some(c),
                    };
                    checked += 1;
                    if checked >= 512 {
                        return None;
                    }
                }
            }
            first
        }
        HirKind::Class(Class::Bytes(_)) | HirKind::Empty | HirKind::Look(_) => None,
        HirKind::Repetition(r) => walk(&r.sub),
        HirKind::Capture(c) => walk(&c.sub),
        HirKind::Concat(hs) | HirKind::Alternation(hs) => hs.iter().find_map(walk),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_and_forced_uppercase_literals_are_unreachable() {
        assert_eq!(unreachable_char(" nächsten "), Some('ä'));
        assert_eq!(unreachable_char("(?-i) Bitcoin "), Some('B'));
        assert_eq!(unreachable_char(" bitcoin [0-9]+ "), None);
        // Case-insensitive uppercase is fine: it matches the lowercase text.
        assert_eq!(unreachable_char(" Bitcoin "), None);
        // A class with a producible member is fine.
        assert_eq!(unreachable_char(" [äa]ber "), None);
        assert_eq!(unreachable_char(" [äöü] "), Some('ä'));
        // Alternations: any unreachable literal is reported.
        assert_eq!(unreachable_char(" (?:zuruck|zurück) "), Some('ü'));
        assert_eq!(unreachable_char("[^ ]+"), None);
    }

    #[test]
    fn corpus_is_loaded_and_normalized() {
        assert!(corpus_len() >= 100);
        assert!(corpus().iter().all(|(_, n)| n.starts_with(' ')));
    }

    fn p(norm: &str, written: &str) -> PhraseRef {
        PhraseRef {
            norm: norm.into(),
            written: written.into(),
            file: 0,
            span: 0..1,
            list: None,
        }
    }

    #[test]
    fn phrase_checks() {
        let mut out = Vec::new();
        phrases(
            &[p(" scam ", "scam"), p(" is a scam ", "is a scam")],
            &[" not a scam ".to_owned()],
            &mut out,
        );
        assert!(out.is_empty(), "an except phrase covers the shorter phrase");
        // The longest covering phrase outside every `except` phrase is named.
        let mut out = Vec::new();
        phrases(
            &[
                p(" scam ", "scam"),
                p(" crypto scam alert ", "crypto scam alert"),
                p(" scam alert ", "scam alert"),
            ],
            &[" not a scam ".to_owned()],
            &mut out,
        );
        assert_eq!(out.len(), 1);
        assert!(
            out[0]
                .message
                .starts_with("phrase `crypto scam alert` can never add a match: `scam alert`"),
            "{}",
            out[0].message
        );
        let mut out = Vec::new();
        phrases(
            &[
                p(" double ", "double"),
                p(" send back double ", "send back double"),
                p(" doubled ", "doubled"),
            ],
            &[],
            &mut out,
        );
        let codes: Vec<&str> = out.iter().map(|f| f.code).collect();
        // "doubled" is a different word: not covered by "double".
        assert_eq!(codes, vec![codes::REDUNDANT_PHRASE]);
        assert!(out[0].message.contains("send back double"));

        let mut out = Vec::new();
        phrases(
            &[
                p(" the ", "The"),
                p(" ok ", "ok"),
                p(" today only ", "today only"),
            ],
            &[],
            &mut out,
        );
        let codes: Vec<&str> = out.iter().map(|f| f.code).collect();
        assert_eq!(codes, vec![codes::COMMON_PHRASE, codes::COMMON_PHRASE]);
    }
}
