//! The on-disk shape of a rule file, as serde types.
//!
//! Every table denies unknown keys: a misspelt `phrase =` must be an error at its position, not
//! a rule that silently never fires. Values an operator may get wrong are wrapped in
//! [`Spanned`] so the compiler can point at them.

use serde::Deserialize;
use toml::Spanned;

use super::Mode;

/// `[lists.NAME]`: a named phrase list, usable by any rule in any file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListDef {
    /// Free text for the reader.
    #[serde(default)]
    #[allow(dead_code)] // documentation for humans; parsed so it is not an unknown key
    pub description: Option<String>,
    pub phrases: Vec<Spanned<String>>,
}

/// `[concepts.NAME]`: a named lexicon, with terms per language. A concept may be written in
/// several files (one per language, say): its terms are merged.
///
/// A term matches whole words of the normalized text, like a phrase; `*` at its end makes its
/// last word a prefix (`verdoppel*`), `*` at its start makes its first word a suffix
/// (`*بيتكوين`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConceptDef {
    /// What the concept stands for (written once, in any of its files).
    #[serde(default)]
    #[allow(dead_code)] // documentation for humans; parsed so it is not an unknown key
    pub description: Option<String>,
    /// Terms of no particular language (tickers, numerals such as `2x`).
    #[serde(default)]
    pub any: Vec<Spanned<String>>,
    #[serde(default)]
    pub en: Vec<Spanned<String>>,
    #[serde(default)]
    pub es: Vec<Spanned<String>>,
    #[serde(default)]
    pub pt: Vec<Spanned<String>>,
    #[serde(default)]
    pub fr: Vec<Spanned<String>>,
    #[serde(default)]
    pub de: Vec<Spanned<String>>,
    #[serde(default)]
    pub it: Vec<Spanned<String>>,
    #[serde(default)]
    pub ru: Vec<Spanned<String>>,
    #[serde(default)]
    pub tr: Vec<Spanned<String>>,
    #[serde(default)]
    pub ar: Vec<Spanned<String>>,
    #[serde(default)]
    pub ja: Vec<Spanned<String>>,
    #[serde(default)]
    pub ko: Vec<Spanned<String>>,
    #[serde(default)]
    pub zh: Vec<Spanned<String>>,
}

impl ConceptDef {
    /// Every term with its language key, in key order.
    pub fn terms(&self) -> impl Iterator<Item = (&'static str, &Spanned<String>)> {
        [
            ("any", &self.any),
            ("en", &self.en),
            ("es", &self.es),
            ("pt", &self.pt),
            ("fr", &self.fr),
            ("de", &self.de),
            ("it", &self.it),
            ("ru", &self.ru),
            ("tr", &self.tr),
            ("ar", &self.ar),
            ("ja", &self.ja),
            ("ko", &self.ko),
            ("zh", &self.zh),
        ]
        .into_iter()
        .flat_map(|(lang, terms)| terms.iter().map(move |t| (lang, t)))
    }
}

/// What a frame needs besides its concepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requires {
    /// A valid wallet address in the post.
    Address,
    /// A link (in the text or the post's URLs).
    Link,
    /// Either.
    AddressOrLink,
    /// Somewhere private to write to: an `@handle` in the body (not the mentions a reply
    /// starts with) or a messenger link (`t.me/…`, `wa.me/…`). The recovery scam's
    /// destination is a person, not an address.
    Contact,
}

/// `frame = { all = [...], any = [...], window = N, requires = "..." }`: the rule fires when
/// its concepts occur within `window` tokens of each other, in any order.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FrameDef {
    /// Concepts that must all occur.
    pub all: Vec<Spanned<String>>,
    /// Concepts of which at least one must occur too.
    #[serde(default)]
    pub any: Vec<Spanned<String>>,
    /// Most tokens from the first occurrence to the last, plus one (default 12). Han, kana
    /// and Hangul characters are a token each.
    #[serde(default)]
    pub window: Option<Spanned<u32>>,
    #[serde(default)]
    pub requires: Option<Requires>,
    /// Concepts that cancel an occurrence they shortly precede (a NEGATION concept: "do not
    /// send", "nobody doubles").
    #[serde(default)]
    pub negated_by: Vec<Spanned<String>>,
    /// Occurrences inside quotation marks do not count (news and warnings quote the scam).
    #[serde(default)]
    pub ignore_quoted: bool,
    /// Only occurrences inside quotation marks count: the frame finds a scam's words quoted,
    /// which is what reports and warnings do (a negative rule).
    #[serde(default)]
    pub quoted_only: bool,
}

/// Which haystack a rule's regexes run on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum On {
    /// The normalized text (default).
    Text,
    /// The post's original text.
    Original,
    /// Each of the post's expanded URLs.
    Urls,
}

/// `examples = { match = [...], no_match = [...] }`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExamplesDef {
    #[serde(default, rename = "match")]
    pub matches: Vec<Spanned<String>>,
    #[serde(default)]
    pub no_match: Vec<Spanned<String>>,
}

/// One `[[rule]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleDef {
    pub id: Spanned<String>,
    pub description: String,
    pub category: Spanned<String>,
    pub weight: Spanned<f64>,
    #[serde(default)]
    pub mode: Option<Mode>,
    #[serde(default)]
    pub lang: Vec<String>,
    #[serde(default)]
    pub phrases: Vec<Spanned<String>>,
    #[serde(default)]
    pub lists: Vec<Spanned<String>>,
    /// Phrases whose match suppresses this rule's own normalized-text matches inside it
    /// (`"not a scam"` for a rule that fires on `"scam"`).
    #[serde(default)]
    pub except: Vec<Spanned<String>>,
    #[serde(default)]
    pub regex: Vec<Spanned<String>>,
    #[serde(default)]
    pub on: Option<Spanned<On>>,
    /// Known scam domains: a link to one of them or a subdomain fires the rule.
    #[serde(default)]
    pub domains: Vec<Spanned<String>>,
    /// Names (brands, famous people) whose look-alikes in a link's host fire the rule
    /// (see [`super::lookalike`]).
    #[serde(default)]
    pub lookalike: Vec<Spanned<String>>,
    /// Concepts that co-occur (see [`FrameDef`]): a rule can be a frame instead of, or as
    /// well as, phrases.
    #[serde(default)]
    pub frame: Option<FrameDef>,
    /// Text matches inside quotation marks do not count (a frame has its own key): news,
    /// research and victims quote a scam's words; a scammer speaks them.
    #[serde(default)]
    pub ignore_quoted: bool,
    /// Concepts whose occurrence makes the question it stands in an exception: the rule's
    /// matches (phrases and frame words) from the occurrence to the question mark do not
    /// count. "Victim of a crypto scam?" opens a recovery pitch; its "scam" warns no one.
    #[serde(default)]
    pub except_sentences: Vec<Spanned<String>>,
    #[serde(default)]
    pub examples: Option<ExamplesDef>,
}

/// `[allow]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AllowDef {
    #[serde(default)]
    pub accounts: Vec<Spanned<String>>,
    #[serde(default)]
    pub addresses: Vec<Spanned<String>>,
    #[serde(default)]
    pub domains: Vec<Spanned<String>>,
}

/// `[addresses]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AddressesDef {
    /// Plain-text files, relative to the rules directory.
    #[serde(default)]
    pub known_scam: Vec<Spanned<String>>,
}

/// The action a whole-post example expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExpectedAction {
    /// No alert at all.
    None,
    Review,
    Takedown,
    Lock,
}

impl ExpectedAction {
    pub fn as_str(self) -> &'static str {
        match self {
            ExpectedAction::None => "none",
            ExpectedAction::Review => "review",
            ExpectedAction::Takedown => "takedown",
            ExpectedAction::Lock => "lock",
        }
    }
}

/// One earlier post of the example's author, `hours_before` the example post.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct HistoryPostDef {
    pub text: String,
    pub hours_before: f64,
    /// Posting client; defaults to the example's `history_source`.
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
}

/// One account security event, `minutes_before` the example post.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct HistoryEventDef {
    #[serde(rename = "type")]
    pub kind: String,
    pub minutes_before: f64,
}

/// `[[example]]`: a whole post (with optional author and history) and the action the
/// detector must take on it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PostExampleDef {
    pub name: Spanned<String>,
    pub text: String,
    pub action: ExpectedAction,
    #[serde(default)]
    pub urls: Vec<String>,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub followers: Option<u64>,
    #[serde(default)]
    pub verified: Option<bool>,
    #[serde(default)]
    pub account_age_days: Option<f64>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    /// Id of a post this one retweets (the text is then the retweeted text).
    #[serde(default)]
    pub retweet_of: Option<String>,
    #[serde(default)]
    pub history: Vec<HistoryPostDef>,
    /// Client of history posts that name none.
    #[serde(default)]
    pub history_source: Option<String>,
    #[serde(default)]
    pub events: Vec<HistoryEventDef>,
    /// Rule ids that must be among the post's hits.
    #[serde(default)]
    pub rules: Vec<Spanned<String>>,
}

/// The top-level keys a rule file may have, for the unknown-key message.
pub(crate) const TOP_LEVEL_KEYS: &[&str] =
    &["lists", "concepts", "rule", "allow", "addresses", "example"];
