//! Rule files: schema, the one compile path, and the scanner.
//!
//! Rules live in a directory of TOML files (format: `docs/rules.md`). [`compile_dir`] is the
//! only way to build a [`RuleSet`]: startup, `check-rules` and hot reload all go through it, so
//! what `check-rules` accepts is exactly what the detector runs.
//!
//! A compiled set holds ONE Aho-Corasick automaton over every phrase of every rule (phrases are
//! normalized with [`crate::detect::normalize::normalize`], the same function posts go through), plus
//! the rules' regexes grouped by haystack behind a [`regex::RegexSet`] prefilter. Scanning a
//! post is one automaton pass plus, per haystack, one set pass; rules are only looked at when
//! something matched.
//!
//! Beyond syntax, the compile path runs the linter (`lint.rs`: redundant and overly broad
//! phrases, broad regexes, characters normalization never produces, invalid addresses), so
//! startup, `check-rules` and reload report the same warnings. [`crate::detect::load`] runs a set's own
//! examples through the real detector (`test-rules`), and [`crate::detect::load::load_checked`] is compile plus
//! self-test: the entry point for a hot reload.

mod amounts;
mod compile;
mod diag;
mod frame;
mod lint;
mod lookalike;
mod scan;
mod schema;

use std::collections::HashSet;
use std::ops::Range;
use std::path::PathBuf;

pub use compile::compile_dir;
pub use diag::{Diagnostic, Severity, codes};
pub(crate) use scan::url_host;
pub use schema::{
    ExpectedAction, HistoryEventDef as HistoryEvent, HistoryPostDef as HistoryPost, Requires,
};

use crate::detect::links::{self, TextLink};
use crate::detect::normalize::{Text, normalize};

/// The evidence categories the scorer knows. A rule with any other category is an error
/// (`E012`): a typo there would otherwise make a rule silently count for nothing.
pub const CATEGORIES: &[&str] = &[
    "multiply",
    "send_instruction",
    "urgency",
    "giveaway",
    "impersonation",
    "scam_url",
    "claim",
    "recovery",
    "fee",
    "wallet_drop",
    "crypto",
    "warning",
    "news",
    "price_talk",
    "vouch",
];

/// Compiled-program size limit for ONE regex (`RegexBuilder::size_limit`), in bytes. Keeps a
/// rule file from exhausting memory with e.g. `\w{1000}{1000}`; real rule regexes are far below.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;
/// Lazy-DFA cache limit for ONE regex (`RegexBuilder::dfa_size_limit`), in bytes.
pub const REGEX_DFA_SIZE_LIMIT: usize = 2 << 20;
/// Size limit of the per-haystack [`regex::RegexSet`] prefilter. When a set would exceed it the
/// set is dropped and each regex runs on its own (slower, still correct): never an error.
pub const REGEX_SET_SIZE_LIMIT: usize = 16 << 20;
/// Largest accepted `|weight|`.
pub const MAX_WEIGHT: f64 = 100.0;
/// Longest accepted rule id, in bytes.
pub const MAX_ID_LEN: usize = 128;

/// What a rule is allowed to do when it fires.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Counts toward the score and may drive any action.
    Act,
    /// Counts toward the score, but an alert it drives is capped at `review`.
    Alert,
    /// Evaluated and reported ("would have"), never changes a score or an action.
    Shadow,
}

/// A compiled rule's identity and weight.
#[derive(Clone, Debug)]
pub struct RuleInfo {
    /// Unique id across the set, e.g. `en.multiply.send-back-double`.
    pub id: String,
    /// What the rule is for, in one line.
    pub description: String,
    /// Evidence category (`multiply`, `send_instruction`, `urgency`, `giveaway`,
    /// `impersonation`, `scam_url`, `warning`, ...). The model weighs categories.
    pub category: String,
    /// Weight of this rule within its category. Negative for negative evidence.
    pub weight: f64,
    /// What the rule may do when it fires.
    pub mode: Mode,
}

/// Example texts stored with a rule, for `test-rules`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Examples {
    /// Texts the rule must fire on.
    pub matches: Vec<String>,
    /// Texts the rule must not fire on.
    pub no_match: Vec<String>,
}

/// Everything about a compiled rule that the hot path does not need.
#[derive(Clone, Debug, Default)]
pub struct RuleDetail {
    /// Informational language tags (`lang = ["en"]`).
    pub lang: Vec<String>,
    /// The rule's examples.
    pub examples: Examples,
    /// The file the rule is defined in.
    pub file: PathBuf,
    /// 1-based line of the rule's `id` value.
    pub line: usize,
    /// True when the rule's regexes run on URLs (`on = "urls"`): its examples are URLs.
    pub on_urls: bool,
    /// 1-based (line, column) of each example string: the `match` examples in order, then
    /// the `no_match` examples, so `test-rules` can point at the failing one.
    pub example_at: Vec<(usize, usize)>,
}

impl RuleDetail {
    /// Where the example `text` of the given kind is written (the rule's `id` line when it is
    /// not found, e.g. a detail built by hand).
    pub fn example_location(&self, text: &str, is_match: bool) -> (usize, usize) {
        let (list, offset) = if is_match {
            (&self.examples.matches, 0)
        } else {
            (&self.examples.no_match, self.examples.matches.len())
        };
        list.iter()
            .position(|e| e == text)
            .and_then(|i| self.example_at.get(offset + i).copied())
            .unwrap_or((self.line, 1))
    }
}

/// A whole-post `[[example]]`: a post, its author and history, and the action the detector
/// must take on it (checked by `test-rules` and [`crate::detect::load::load_checked`]; format in `docs/rules.md`).
#[derive(Clone, Debug, PartialEq)]
pub struct PostExample {
    /// Unique-ish name, shown in reports.
    pub name: String,
    pub text: String,
    pub urls: Vec<String>,
    pub username: Option<String>,
    pub followers: Option<u64>,
    pub verified: Option<bool>,
    /// Age of the account when the example post is made.
    pub account_age_days: Option<f64>,
    /// Posting client of the example post.
    pub source: Option<String>,
    pub lang: Option<String>,
    /// Id of the post this one retweets.
    pub retweet_of: Option<String>,
    /// The author's earlier posts.
    pub history: Vec<HistoryPost>,
    /// Client of history posts that name none.
    pub history_source: Option<String>,
    /// The author's security events before the post.
    pub events: Vec<HistoryEvent>,
    /// What the detector must do.
    pub action: ExpectedAction,
    /// Rule ids that must fire on the post.
    pub rules: Vec<String>,
    /// Where the example is defined (its `name` value).
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
}

/// An example that did not behave as declared, from [`RuleSet::test_examples`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExampleFailure {
    /// Index into [`RuleSet::rules`].
    pub rule: usize,
    /// The example text.
    pub example: String,
    /// True when it was a `match` example (and did not fire); false for a `no_match` example
    /// that fired.
    pub expected_match: bool,
}

/// Where a matched span lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanSource {
    /// Byte range in the post's original text.
    Text,
    /// Byte range in the post's `urls[i]`.
    Url(usize),
}

/// What a post carries besides its words, for a frame's `requires`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Carries {
    /// A valid wallet address (from the wallet extractor).
    pub address: bool,
    /// A link: a URL entity or a link written in the text ([`crate::detect::links`]).
    pub link: bool,
    /// An `@handle` in the body or a messenger link ([`crate::detect::links::has_contact`]).
    pub contact: bool,
}

impl Carries {
    /// What `original` (with its expanded `urls` and the `links` written in it) carries;
    /// `address` comes from the wallet extractor.
    pub fn of(original: &str, urls: &[String], links: &[TextLink], address: bool) -> Carries {
        Carries {
            address,
            link: !urls.is_empty() || !links.is_empty(),
            contact: links::has_contact(original, urls, links),
        }
    }
}

/// One matched region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// Which haystack the range indexes.
    pub source: SpanSource,
    /// Byte range in that haystack.
    pub range: Range<usize>,
    /// For a frame's span: the concept it is an occurrence of (index into
    /// [`RuleSet::concepts`]).
    pub concept: Option<u16>,
}

/// One rule that fired on one post, with every span it matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`RuleSet::rules`].
    pub rule: usize,
    /// Every distinct span, text spans first (in order), then URL spans by URL index.
    pub spans: Vec<Span>,
}

/// Accounts, addresses and domains that are never evidence of a scam.
///
/// What each list means (also in `docs/rules.md`):
/// - `accounts`: posts by these authors are not scored; the pipeline checks it with
///   [`RuleSet::is_allowlisted_account`] (the scanner never sees the author).
/// - `addresses`: never reported as known-scam ([`RuleSet::is_known_scam_address`] is false
///   for them); the wallet stage should not count them as evidence either.
/// - `domains`: a URL whose host is the domain or one of its subdomains never fires an
///   `on = "urls"` rule. Text and `on = "original"` rules are unaffected.
#[derive(Clone, Debug, Default)]
pub struct Allowlists {
    /// Account ids and lowercase usernames (without the leading `@`).
    pub accounts: HashSet<String>,
    /// Addresses, exactly as written (trimmed).
    pub addresses: HashSet<String>,
    /// Lowercase domains; subdomains are covered too.
    pub domains: HashSet<String>,
}

/// An immutable compiled rule set, shared by every scanner.
#[derive(Debug, Default)]
pub struct RuleSet {
    rules: Vec<RuleInfo>,
    details: Vec<RuleDetail>,
    post_examples: Vec<PostExample>,
    allow: Allowlists,
    known_scam: HashSet<String>,
    matcher: scan::Matcher,
    warnings: Vec<Diagnostic>,
    fingerprint: u64,
    files: Vec<PathBuf>,
    /// Each rule's category as the static name in [`CATEGORIES`] (the scorer keys on these,
    /// without allocating).
    static_categories: Vec<&'static str>,
}

impl RuleSet {
    /// Every rule, in set order (files sorted by name, rules in file order).
    pub fn rules(&self) -> &[RuleInfo] {
        &self.rules
    }

    /// Rule `idx`'s category as a static name from [`CATEGORIES`] (a compiled set has no
    /// other category).
    pub fn category(&self, idx: usize) -> &'static str {
        self.static_categories.get(idx).copied().unwrap_or("")
    }

    /// The concept names, by concept index (sorted by name).
    pub fn concepts(&self) -> &[String] {
        &self.matcher.concept_names
    }

    /// Drops the hits of frames whose `requires` the post does not meet (see [`Carries`]).
    pub fn retain_satisfied(&self, hits: &mut Vec<Hit>, carries: Carries) {
        if hits.is_empty() || self.matcher.frames.iter().all(|f| f.requires.is_none()) {
            return;
        }
        hits.retain(|h| match self.requirement(h.rule) {
            None => true,
            Some(Requires::Address) => carries.address,
            Some(Requires::Link) => carries.link,
            Some(Requires::AddressOrLink) => carries.address || carries.link,
            Some(Requires::Contact) => carries.contact,
        });
    }

    /// True when rule `idx` is a frame.
    pub fn is_frame(&self, idx: usize) -> bool {
        self.matcher.frames.iter().any(|f| f.rule as usize == idx)
    }

    /// What rule `idx` needs besides text when it is a frame (`requires`), if anything.
    pub fn requirement(&self, idx: usize) -> Option<Requires> {
        self.matcher
            .frames
            .iter()
            .find(|f| f.rule as usize == idx)
            .and_then(|f| f.requires)
    }

    /// Index of the rule with this id.
    pub fn rule_index(&self, id: &str) -> Option<usize> {
        self.rules.iter().position(|r| r.id == id)
    }

    /// Language tags, examples and source location of rule `idx`.
    pub fn detail(&self, idx: usize) -> Option<&RuleDetail> {
        self.details.get(idx)
    }

    /// The whole-post `[[example]]`s of every file, in file order.
    pub fn post_examples(&self) -> &[PostExample] {
        &self.post_examples
    }

    /// The allowlists of the set (union over all files).
    pub fn allowlists(&self) -> &Allowlists {
        &self.allow
    }

    /// Warnings found while compiling (the set loaded anyway).
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// A 64-bit FNV-1a hash of every file that went into the set (names and contents, rule
    /// files and address files), to tell in logs and alerts which version of the rules ran.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// The files the set was compiled from, rule files first (sorted), then address files.
    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }

    /// Number of known-scam addresses loaded.
    pub fn known_scam_count(&self) -> usize {
        self.known_scam.len()
    }

    /// True when `address` is on a known-scam address list and not allowlisted.
    pub fn is_known_scam_address(&self, address: &str) -> bool {
        self.known_scam.contains(address) && !self.allow.addresses.contains(address)
    }

    /// True when `address` is allowlisted.
    pub fn is_allowlisted_address(&self, address: &str) -> bool {
        self.allow.addresses.contains(address)
    }

    /// True when the author is allowlisted, by id or by username (case-insensitive, with or
    /// without the leading `@`).
    pub fn is_allowlisted_account(&self, id: &str, username: Option<&str>) -> bool {
        if self.allow.accounts.is_empty() {
            return false;
        }
        if self.allow.accounts.contains(id) {
            return true;
        }
        username.is_some_and(|u| {
            let u = u.strip_prefix('@').unwrap_or(u);
            self.allow.accounts.contains(&u.to_lowercase())
        })
    }

    /// True when `url`'s host is an allowlisted domain or a subdomain of one.
    pub fn is_allowlisted_url(&self, url: &str) -> bool {
        scan::url_host(url).is_some_and(|h| scan::host_in_domains(&self.allow.domains, h))
    }

    /// Every rule that fires on this post, in rule order, one [`Hit`] per rule.
    ///
    /// `original` is the post text, `text` its normalization, `urls` its expanded URLs and
    /// `links` the links written in its text (`on = "urls"` rules run on both). Shadow rules
    /// are reported like the others: honouring [`Mode`] is the scorer's job.
    pub fn scan(
        &self,
        original: &str,
        text: &Text,
        urls: &[String],
        links: &[TextLink],
    ) -> Vec<Hit> {
        self.matcher
            .scan(&self.allow.domains, original, text, urls, links)
    }

    /// Runs every rule's examples through [`RuleSet::scan`] and returns the ones that did not
    /// behave as declared. For a rule with `on = "urls"` each example is a URL (scanned as both
    /// the text and the only URL); otherwise it is a post text, whose links are found as in a
    /// post.
    pub fn test_examples(&self) -> Vec<ExampleFailure> {
        let mut out = Vec::new();
        for (idx, d) in self.details.iter().enumerate() {
            let cases = d
                .examples
                .matches
                .iter()
                .map(|e| (e, true))
                .chain(d.examples.no_match.iter().map(|e| (e, false)));
            for (ex, expected_match) in cases {
                let urls: Vec<String> = if d.on_urls {
                    vec![ex.clone()]
                } else {
                    Vec::new()
                };
                let links = links::in_text(ex);
                let text = normalize(ex);
                let mut hits = self.scan(ex, &text, &urls, &links);
                let address = !crate::detect::wallet::extract(ex).is_empty();
                self.retain_satisfied(&mut hits, Carries::of(ex, &urls, &links, address));
                let fired = hits.iter().any(|h| h.rule == idx);
                if fired != expected_match {
                    out.push(ExampleFailure {
                        rule: idx,
                        example: ex.clone(),
                        expected_match,
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
