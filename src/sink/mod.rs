//! Delivery of records to the outside world: signed, durable, at-least-once webhooks and an
//! append-only JSON Lines file with rotation. See `docs/delivery.md` for the guarantees.
//!
//! - [`WebhookSink`]: one per `[[webhook]]` table. [`WebhookSink::enqueue_batch`] filters records
//!   and writes them to an on-disk outbox ([`outbox`]) with one fsync per batch, never touching
//!   the network; [`WebhookSink::run`] delivers the outbox until shutdown.
//! - [`JsonlSink`]: synchronous, for `serve` and for `replay --out FILE`.
//! - [`sign`]: the HMAC signature and its verification, for receivers.
//! - [`template`]: the Slack-compatible body for chat channels.
//! - [`stored`]: a record read back from its stored envelope (the cluster's records stream),
//!   for `scamwatch deliver`: the same filters and outbox as a detected one.

pub mod jsonl;
mod metrics;
pub mod outbox;
pub mod sign;
pub mod stored;
pub mod template;
pub mod webhook;

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Deserializer};

use crate::detect::record::{Action, Reason, Record};
use crate::detect::rules::Mode;

pub use jsonl::{FsyncPolicy, JsonlConfig, JsonlSink};
pub use stored::StoredRecord;
pub use webhook::{HookStatus, WebhookConfig, WebhookSink};

/// Everything that can go wrong in a sink. Delivery failures are not errors of this type: they
/// are retried, then dead-lettered (with a metric and a log line) inside [`WebhookSink::run`].
#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    #[error("invalid sink configuration: {0}")]
    Config(String),
    #[error("webhook `{sink}`: environment variable `{var}` is not set, empty or not UTF-8")]
    MissingSecret { sink: String, var: String },
    #[error("{op} {path}: {source}")]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A hook's `ca_file`, `client_cert_file` or `client_key_file` cannot be used.
    #[error("webhook `{sink}`: {key}: {reason}")]
    Tls {
        sink: String,
        key: &'static str,
        reason: String,
    },
    #[error("outbox {path} is locked by another process (two sinks with the same name?)")]
    Locked { path: PathBuf },
    #[error("registering metrics: {0}")]
    Metrics(#[from] prometheus::Error),
    #[error("building the HTTP client: {0}")]
    Http(#[from] reqwest::Error),
}

impl SinkError {
    pub(crate) fn io(op: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        SinkError::Io {
            op,
            path: path.into(),
            source,
        }
    }
}

/// A stable id per record, sent as `Idempotency-Key` so a retried or re-delivered record is
/// harmless to a receiver that remembers the ids it has acted on.
///
/// - `alert`: its `alert_id` (one alert per post);
/// - `campaign`: `campaign_id:status:size` (a campaign is re-reported each time it grows, and
///   each report is a distinct event);
/// - `circuit_breaker`: `breaker:budget:state:event_time_ms:tweet_id`;
/// - `shadow`: `shadow:tweet_id:event_time_ms`;
/// - `reload`: `reload:status:rules_fingerprint:at`;
/// - `verdict`: `verdict:post_id:verdict:by:at`.
pub fn record_id(record: &Record) -> String {
    match record {
        Record::Alert(a) => a.alert_id.clone(),
        Record::Campaign(c) => format!("{}:{}:{}", c.campaign_id, c.status, c.size),
        Record::CircuitBreaker(b) => format!(
            "breaker:{}:{}:{}:{}",
            b.budget, b.state, b.event_time.0, b.tweet_id
        ),
        Record::Shadow(s) => format!("shadow:{}:{}", s.tweet_id, s.event_time.0),
        Record::Reload(r) => format!("reload:{}:{}:{}", r.status, r.rules_fingerprint, r.at),
        Record::Verdict(v) => format!(
            "verdict:{}:{}:{}:{}",
            v.post_id,
            v.verdict.as_str(),
            v.by,
            v.at
        ),
    }
}

/// Which record kinds a webhook receives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Alert,
    Campaign,
    CircuitBreaker,
    Shadow,
    Reload,
    Verdict,
}

impl RecordKind {
    pub fn of(record: &Record) -> RecordKind {
        match record {
            Record::Alert(_) => RecordKind::Alert,
            Record::Campaign(_) => RecordKind::Campaign,
            Record::CircuitBreaker(_) => RecordKind::CircuitBreaker,
            Record::Shadow(_) => RecordKind::Shadow,
            Record::Reload(_) => RecordKind::Reload,
            Record::Verdict(_) => RecordKind::Verdict,
        }
    }
}

/// A secret that never shows in `Debug` output or logs.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Secret {
        Secret(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// `review` / `takedown` / `lock` in configuration.
pub(crate) fn de_action<'de, D: Deserializer<'de>>(d: D) -> Result<Action, D::Error> {
    let s = String::deserialize(d)?;
    Action::parse(&s).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "unknown action `{s}`, expected review, takedown or lock"
        ))
    })
}

/// Which categories and rules an alert's reasons name. A validated wallet counts as the
/// pseudo-category `wallet` and a campaign membership as `campaign`, so a hook can ask for
/// "anything with a wallet".
pub(crate) fn alert_categories(reasons: &[Reason]) -> impl Iterator<Item = &str> {
    reasons.iter().filter_map(|r| match r {
        Reason::Rule { category, mode, .. } if *mode != Mode::Shadow => Some(category.as_str()),
        Reason::Category { category, .. } => Some(category.as_str()),
        Reason::Wallet { .. } => Some("wallet"),
        Reason::Campaign { .. } => Some("campaign"),
        _ => None,
    })
}

/// The ids of the rules that fired on an alert and counted (shadow-mode rules are listed in the
/// reasons but changed nothing, so they do not select an alert).
pub(crate) fn alert_rules(reasons: &[Reason]) -> impl Iterator<Item = &str> {
    reasons.iter().filter_map(|r| match r {
        Reason::Rule { rule, mode, .. } if *mode != Mode::Shadow => Some(rule.as_str()),
        _ => None,
    })
}
