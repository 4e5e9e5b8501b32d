//! What scamwatch emits: the JSON Lines envelope documented in `docs/alerts.md`.
//!
//! Every record is one JSON object with a `kind`:
//! - `alert`: one post and the action taken (`review`, `takedown`, `lock`), with reasons;
//! - `campaign`: one address or one text seen from several distinct accounts;
//! - `circuit_breaker`: the mass-action brake tripped or reset;
//! - `shadow`: shadow-mode rules would have changed the outcome of a post;
//! - `reload` (live service only): rules and model were reloaded, or a reload was refused;
//! - `verdict` (live service only): a moderator confirmed, dismissed or escalated a post.
//!
//! Other tools rely on this envelope: fields are only ever added, never renamed or removed.

use serde::Serialize;

use crate::detect::campaign::{CampaignStatus, KeyType};
use crate::detect::decide::{BrakeState, Cap};
use crate::detect::event::Timestamp;
use crate::detect::rules::Mode;
use crate::detect::wallet::{Chain, Network};

/// The graded action, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// A moderator should look.
    Review,
    /// Remove the post.
    Takedown,
    /// Remove the post and lock the account (hijacked, or a dedicated scam account).
    Lock,
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Review => "review",
            Action::Takedown => "takedown",
            Action::Lock => "lock",
        }
    }

    /// Parses `review` / `takedown` / `lock`.
    pub fn parse(s: &str) -> Option<Action> {
        match s {
            "review" => Some(Action::Review),
            "takedown" => Some(Action::Takedown),
            "lock" => Some(Action::Lock),
            _ => None,
        }
    }
}

/// How much harm the post can do: the action weighed by the account's reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

/// One matched span, shown to moderators in the post's original text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MatchedSpan {
    /// `text` (the post's text) or `url` (one of its expanded URLs).
    pub field: &'static str,
    /// For `url`: the index into the post's URLs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    /// Byte offsets into that field.
    pub start: usize,
    pub end: usize,
    /// The original text of the span.
    pub text: String,
    /// For a frame: the concept this span is an occurrence of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concept: Option<String>,
}

/// One reason behind a score. Contributions add up to the alert's score.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// A rule fired. Its weight counts through its category's contribution.
    Rule {
        rule: String,
        category: String,
        mode: Mode,
        weight: f64,
        spans: Vec<MatchedSpan>,
    },
    /// The clamped sum of the rule weights of one category.
    Category { category: String, contribution: f64 },
    /// A validated wallet address.
    Wallet {
        chain: Chain,
        network: Network,
        address: String,
        checksummed: bool,
        known_scam: bool,
        allowlisted: bool,
        start: usize,
        end: usize,
        contribution: f64,
    },
    /// Evidence that co-occurs.
    Combo { all: Vec<String>, contribution: f64 },
    /// The post belongs to a campaign.
    Campaign {
        campaign_id: String,
        accounts: usize,
        contribution: f64,
    },
    /// A reply or quote that vouches for a post (`post:ID`) or an account (`account:ID`) the
    /// detector took down or locked within `amplification.window_minutes`.
    Amplifies { target: String, contribution: f64 },
    /// The account's own scam (`account:ID`), taken down or locked within
    /// `amplification.window_minutes`, which this post carries on with an `address` or a
    /// `link`.
    FollowUp {
        target: String,
        carries: &'static str,
        contribution: f64,
    },
    /// An account feature (history departure, age, reach).
    Feature {
        name: &'static str,
        /// `hijack` or `scam_account`: which story the feature supports.
        group: &'static str,
        detail: String,
        contribution: f64,
    },
    /// Something that capped or changed the action, with no score of its own.
    Cap { name: &'static str, detail: String },
    /// The author's profile was looked up before deciding (account hydration), or the
    /// decision was made without it. No score of its own.
    Hydration {
        status: &'static str,
        detail: String,
    },
    /// The learned text model's probability that the post is a scam, the n-grams that pushed
    /// it most, and the action it lifted the post to (if any). It adds nothing to the score.
    Model {
        model: String,
        probability: f64,
        /// `live` or `shadow`.
        mode: &'static str,
        review_at: f64,
        takedown_at: f64,
        #[serde(skip_serializing_if = "Option::is_none")]
        lifted_to: Option<Action>,
        ngrams: Vec<crate::detect::classifier::Contribution>,
    },
}

/// A decision about one post.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PostAlert {
    pub alert_id: String,
    /// The post id. Kept on every platform (it equals `post_id`) so consumers written for
    /// Twitter input keep working; new consumers read `post_id`.
    pub tweet_id: String,
    /// The network the post comes from.
    pub platform: crate::detect::event::Platform,
    /// The post id on its platform: a tweet id, an AT-URI, an ActivityPub URI.
    pub post_id: String,
    /// The post's web page on its platform, when known.
    pub post_url: Option<String>,
    pub account_id: String,
    pub username: Option<String>,
    pub action: Action,
    pub severity: Severity,
    /// Content score plus account evidence.
    pub score: f64,
    pub content_score: f64,
    pub account_score: f64,
    pub event_time: Timestamp,
    pub campaign_id: Option<String>,
    /// The earlier lock of this account that this alert falls under.
    pub lock_ref: Option<String>,
    pub followers: Option<u64>,
    pub verified: Option<bool>,
    pub retweet_of: Option<String>,
    pub quote_of: Option<String>,
    pub text: String,
    pub reasons: Vec<Reason>,
}

/// One address or one text from several distinct accounts within the window.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CampaignRecord {
    pub campaign_id: String,
    /// `formed` the first time it reaches the size, `grown` when another account joins.
    pub status: CampaignStatus,
    /// `address` or `text`.
    #[serde(serialize_with = "display")]
    pub key_type: KeyType,
    /// The address, or a fingerprint of the normalized text.
    pub key: String,
    pub size: usize,
    pub accounts: Vec<String>,
    pub tweet_ids: Vec<String>,
    pub first_event_time: Timestamp,
    pub event_time: Timestamp,
}

/// The mass-action brake changed state.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BreakerRecord {
    /// `lock` or `takedown`: the action whose budget changed state.
    pub budget: Action,
    /// `tripped`: actions past the budget are being downgraded to review; `reset`: within
    /// budget again.
    pub state: BrakeState,
    pub limit: u32,
    pub window_minutes: f64,
    pub event_time: Timestamp,
    /// The post whose action triggered the change.
    pub tweet_id: String,
}

/// Shadow-mode rules would have changed this post's outcome.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ShadowRecord {
    pub tweet_id: String,
    pub account_id: String,
    pub event_time: Timestamp,
    /// The action taken (`none` when no alert was emitted).
    pub action: &'static str,
    /// The action that would have been taken with the shadow rules counted.
    pub would_action: &'static str,
    pub would_score: f64,
    pub rules: Vec<String>,
    /// The text model in shadow mode that would have lifted the post, and its probability.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_probability: Option<f64>,
}

/// The live service reloaded its rules and model, or refused to. Operational, not detection:
/// it carries wall-clock time and never reaches takedown hooks.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReloadRecord {
    /// `applied` or `failed` (the previous rules and model keep running).
    pub status: crate::detect::load::ReloadStatus,
    /// What asked for it: `startup`, `watch`, `signal` or `http`.
    pub trigger: crate::detect::load::ReloadTrigger,
    /// Fingerprint of the rule files now running (hex).
    pub rules_fingerprint: String,
    pub rules: usize,
    /// The text model now running (`name` from its manifest) and its mode, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_model_mode: Option<&'static str>,
    /// Every error, as `file:line:col: error[CODE]: message`.
    pub errors: Vec<String>,
    /// Wall-clock time of the reload (RFC 3339).
    pub at: String,
}

/// A moderator's verdict, stored (`DATA_DIR/verdicts.jsonl`) before it is sent: so a takedown
/// hook can undo the lock of an alert a moderator dismissed. Operational, like `reload`: it
/// carries wall-clock time and is never produced by a replay.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VerdictRecord {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alert_id: Option<String>,
    pub post_id: String,
    pub account_id: String,
    pub verdict: crate::detect::verdict::VerdictKind,
    /// The moderator (the console's signed-in user, or `by` of `POST /feedback`).
    pub by: String,
    /// When the verdict was given (RFC 3339).
    pub at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl From<&crate::detect::verdict::Verdict> for VerdictRecord {
    fn from(v: &crate::detect::verdict::Verdict) -> VerdictRecord {
        VerdictRecord {
            alert_id: v.alert_id.clone(),
            post_id: v.post_id.clone(),
            account_id: v.account_id.clone(),
            verdict: v.verdict,
            by: v.by.clone(),
            at: v.at.clone(),
            note: v.note.clone(),
        }
    }
}

impl From<&Cap> for Reason {
    /// A cap explained: its name and one sentence for moderators.
    fn from(cap: &Cap) -> Reason {
        let detail = match cap {
            Cap::Retweet { of } => {
                format!("retweet of {of}: not this account's own speech, capped at review")
            }
            Cap::DescribesAScam => {
                "it warns and reports (two kinds of negative evidence): it describes a scam, a human decides"
                    .to_string()
            }
            Cap::AllowlistedAccount => {
                "account is allowlisted: never actioned automatically".into()
            }
            Cap::LockOpen { by } => format!("account already locked by {by}: post taken down"),
            Cap::BudgetExceeded {
                action,
                limit,
                window_minutes,
            } => format!(
                "{action} budget of {limit} per {window_minutes} min spent: downgraded to review"
            ),
        };
        Reason::Cap {
            name: cap.name(),
            detail,
        }
    }
}

/// Any record on the alert stream.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Record {
    Alert(PostAlert),
    Campaign(CampaignRecord),
    CircuitBreaker(BreakerRecord),
    Shadow(ShadowRecord),
    Reload(ReloadRecord),
    Verdict(VerdictRecord),
}

impl Record {
    /// One JSON line, without the newline.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("records contain only serializable data")
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Record::Alert(_) => "alert",
            Record::Campaign(_) => "campaign",
            Record::CircuitBreaker(_) => "circuit_breaker",
            Record::Shadow(_) => "shadow",
            Record::Reload(_) => "reload",
            Record::Verdict(_) => "verdict",
        }
    }
}

/// Serializes a field by its `Display` form (a type whose persisted form differs).
fn display<T: std::fmt::Display, S: serde::Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

/// `none` or the action's name.
pub fn action_name(a: Option<Action>) -> &'static str {
    a.map_or("none", Action::as_str)
}
