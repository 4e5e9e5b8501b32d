//! Located diagnostics for rule files, with stable codes.
//!
//! Operators fix rule files under pressure, often from a terminal during an incident, so every
//! problem is reported as `file:line:col: error[CODE]: message (rule ID)`: the shape editors and
//! terminals turn into a jump-to-location link. Codes are stable so runbooks can refer to them;
//! `docs/rules.md` lists every one.

use std::fmt;
use std::path::PathBuf;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The rule set is not loaded (startup fails, a reload keeps the previous set).
    Error,
    /// The rule set loads; the operator should still look (e.g. an unused list).
    Warning,
}

/// Stable diagnostic codes. `E…` are errors, `W…` warnings. See `docs/rules.md`.
pub mod codes {
    /// TOML syntax error (or a file that is not UTF-8).
    pub const SYNTAX: &str = "E001";
    /// Unknown key (a typo, or a key in the wrong table).
    pub const UNKNOWN_KEY: &str = "E002";
    /// Two rules share one id (across all files).
    pub const DUPLICATE_RULE: &str = "E003";
    /// A rule references a list that no file defines.
    pub const UNKNOWN_LIST: &str = "E004";
    /// A regex does not parse.
    pub const BAD_REGEX: &str = "E005";
    /// A regex compiles past the size limits.
    pub const REGEX_TOO_BIG: &str = "E006";
    /// A phrase normalizes to nothing (only punctuation, emoji, spaces).
    pub const EMPTY_PHRASE: &str = "E007";
    /// A referenced file or the rules directory is missing or unreadable.
    pub const MISSING_FILE: &str = "E008";
    /// A value has the wrong type or an invalid value (e.g. `weight = "high"`, `mode = "on"`).
    pub const WRONG_TYPE: &str = "E009";
    /// A required key is missing.
    pub const MISSING_KEY: &str = "E010";
    /// A rule has no `phrases`, `lists` or `regex`: it could never fire.
    pub const MATCHES_NOTHING: &str = "E011";
    /// A rule's category is not one the scorer knows.
    pub const UNKNOWN_CATEGORY: &str = "E012";
    /// Two lists share one name (across all files).
    pub const DUPLICATE_LIST: &str = "E013";
    /// A weight is not a finite number within the allowed range.
    pub const BAD_WEIGHT: &str = "E014";
    /// A rule id has characters outside `[a-z0-9._-]` or is too long.
    pub const BAD_RULE_ID: &str = "E015";
    /// An allowlisted domain is not a bare host name.
    pub const BAD_DOMAIN: &str = "E016";
    /// The rules directory holds no `*.toml` file.
    pub const NO_RULE_FILES: &str = "E017";
    /// A regex matches the empty string, so it would fire on every post.
    pub const REGEX_MATCHES_EMPTY: &str = "E018";
    /// An allowlisted address is not a valid address of any supported chain.
    pub const BAD_ALLOW_ADDRESS: &str = "E019";
    /// A rule's own `match` / `no_match` example does not behave as declared (`test-rules`,
    /// [`crate::detect::load::load_checked`]).
    pub const EXAMPLE_FAILED: &str = "E020";
    /// A whole-post `[[example]]` did not get its expected action from the detector.
    pub const POST_EXAMPLE_FAILED: &str = "E021";
    /// A whole-post example names a rule id that no file defines.
    pub const UNKNOWN_RULE_REF: &str = "E022";
    /// A frame names a concept that no file defines.
    pub const UNKNOWN_CONCEPT: &str = "E023";
    /// A frame's window is zero tokens, or it needs no concept at all.
    pub const BAD_FRAME: &str = "E024";
    /// A concept term `@NAME` names no built-in recognizer.
    pub const UNKNOWN_BUILTIN: &str = "E025";
    /// A `lookalike` name is not a lowercase ASCII word of 4 to 40 letters and digits.
    pub const BAD_LOOKALIKE: &str = "E026";
    /// A list is defined but no rule uses it.
    pub const UNUSED_LIST: &str = "W001";
    /// The same phrase (after normalization) appears twice in one rule.
    pub const DUPLICATE_PHRASE: &str = "W002";
    /// A rule has no examples, so `test-rules` cannot check it.
    pub const NO_EXAMPLES: &str = "W003";
    /// `on` is set but the rule has no `regex` (phrases always match normalized text).
    pub const ON_WITHOUT_REGEX: &str = "W004";
    /// An address is both allowlisted and on a known-scam list (the allowlist wins).
    pub const ALLOWED_AND_SCAM: &str = "W005";
    /// A regex uses the Unicode word boundary `\b`, which makes the fast regex engine give up
    /// on non-ASCII text (every post with an emoji or an accent takes the slow path).
    pub const SLOW_WORD_BOUNDARY: &str = "W006";
    /// A phrase contains another phrase of the same rule as whole words: it never adds a match.
    pub const REDUNDANT_PHRASE: &str = "W007";
    /// A phrase so short or common it fires almost everywhere.
    pub const COMMON_PHRASE: &str = "W008";
    /// A regex that matches a large share of the built-in corpus of ordinary posts.
    pub const BROAD_REGEX: &str = "W009";
    /// A regex on the normalized text requires a character normalization never produces.
    pub const UNREACHABLE_CHAR: &str = "W010";
    /// A known-scam address file entry is not a valid address.
    pub const BAD_SCAM_ADDRESS: &str = "W011";
    /// A concept is defined but no frame uses it.
    pub const UNUSED_CONCEPT: &str = "W012";
    /// A frame's window is so wide that its concepts need not be about one thing.
    pub const WIDE_WINDOW: &str = "W013";
    /// A stem (`word*`) so short it matches ordinary words.
    pub const SHORT_STEM: &str = "W014";
}

/// A located problem in a rule file.
///
/// `Display` renders the one-line form `file:line:col: error[CODE]: message (rule ID)`; the
/// alternate form (`{:#}`) adds the hint, when there is one, on an indented second line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable code, see [`codes`].
    pub code: &'static str,
    /// The file the problem is in (the rules directory itself for directory-level problems).
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// The id of the rule the problem belongs to, when there is one.
    pub rule: Option<String>,
    /// What is wrong, in one line.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    pub hint: Option<String>,
    /// Error or warning.
    pub severity: Severity,
}

impl Diagnostic {
    /// True for [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {}[{}]: {}",
            self.file.display(),
            self.line,
            self.col,
            level,
            self.code,
            self.message
        )?;
        if let Some(r) = &self.rule {
            write!(f, " (rule {r})")?;
        }
        if f.alternate()
            && let Some(h) = &self.hint
        {
            write!(f, "\n    hint: {h}")?;
        }
        Ok(())
    }
}

/// A diagnostic is an error value, so callers can `?` it into `anyhow` or their own types.
impl std::error::Error for Diagnostic {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_forms() {
        let d = Diagnostic {
            code: codes::UNKNOWN_LIST,
            file: PathBuf::from("rules/en.toml"),
            line: 3,
            col: 9,
            rule: Some("en.x".into()),
            message: "unknown list `foo`".into(),
            hint: Some("define it".into()),
            severity: Severity::Error,
        };
        assert_eq!(
            d.to_string(),
            "rules/en.toml:3:9: error[E004]: unknown list `foo` (rule en.x)"
        );
        assert_eq!(
            format!("{d:#}"),
            "rules/en.toml:3:9: error[E004]: unknown list `foo` (rule en.x)\n    hint: define it"
        );
    }
}
