//! Rule files: schema, the one compile path, and the scanner.
//!
//! STUB: the final API, being replaced by the real compiler and scanner.

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::normalize::Text;

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
    pub id: String,
    pub description: String,
    /// Evidence category (`multiply`, `send_instruction`, `urgency`, `giveaway`,
    /// `impersonation`, `scam_url`, `warning`, ...). The model weighs categories.
    pub category: String,
    /// Weight of this rule within its category. Negative for negative evidence.
    pub weight: f64,
    pub mode: Mode,
}

/// Where a matched span lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanSource {
    /// Byte range in the post's original text.
    Text,
    /// Byte range in the post's `urls[i]`.
    Url(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub source: SpanSource,
    pub range: Range<usize>,
}

/// One rule that fired on one post, with every span it matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`RuleSet::rules`].
    pub rule: usize,
    pub spans: Vec<Span>,
}

/// Accounts, addresses and domains that are never evidence of a scam.
#[derive(Clone, Debug, Default)]
pub struct Allowlists {
    /// Account ids and lowercase usernames.
    pub accounts: HashSet<String>,
    pub addresses: HashSet<String>,
    /// Lowercase domains; subdomains are covered too.
    pub domains: HashSet<String>,
}

/// An immutable compiled rule set, shared by every scanner.
#[derive(Debug, Default)]
pub struct RuleSet {
    rules: Vec<RuleInfo>,
    allow: Allowlists,
    known_scam: HashSet<String>,
}

impl RuleSet {
    pub fn rules(&self) -> &[RuleInfo] {
        &self.rules
    }

    pub fn allowlists(&self) -> &Allowlists {
        &self.allow
    }

    /// True when `address` is on a known-scam address list.
    pub fn is_known_scam_address(&self, address: &str) -> bool {
        self.known_scam.contains(address)
    }

    /// Every rule that fires on this post, in rule order.
    pub fn scan(&self, original: &str, text: &Text, urls: &[String]) -> Vec<Hit> {
        let _ = (original, text, urls);
        Vec::new()
    }
}

/// A located problem in a rule file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub rule: Option<String>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: error[{}]: {}",
            self.file.display(),
            self.line,
            self.col,
            self.code,
            self.message
        )?;
        if let Some(r) = &self.rule {
            write!(f, " (rule {r})")?;
        }
        Ok(())
    }
}

/// Compiles every rule file in `dir`. The one compile path: startup, `check-rules` and reload.
///
/// # Errors
/// Every problem found, each located at `file:line:col`.
pub fn compile_dir(dir: &Path) -> Result<RuleSet, Vec<Diagnostic>> {
    let _ = dir;
    Ok(RuleSet::default())
}
