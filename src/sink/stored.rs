//! A record read back from where it was stored as its JSON envelope (docs/alerts.md): the
//! cluster's records stream, for `scamwatch deliver`.
//!
//! The detector's [`Record`] is built to be written, not read (it borrows `'static` names), and
//! delivery needs very little of it: the exact bytes to send, the idempotency key, and what a
//! hook's filters look at (the kind; for an alert its action and the categories and rules its
//! reasons name). [`StoredRecord`] is that, read from the JSON, and the filters are the very
//! ones of [`WebhookConfig::selects`](super::WebhookConfig::selects) (one implementation,
//! [`super::webhook::Selection`]): a hook selects the same records from a stream as from
//! `serve`'s detector.

use serde::Deserialize;

use super::RecordKind;
use crate::detect::record::{Action, Record};

/// Why a stored record cannot be delivered.
#[derive(Debug, thiserror::Error)]
pub enum StoredRecordError {
    #[error("not a record envelope: {0}")]
    Json(#[from] serde_json::Error),
    #[error("an alert with an unknown action `{0}`")]
    Action(String),
    #[error("a {0} record stored without its idempotency key")]
    NoKey(&'static str),
}

/// One record as stored: its envelope and what delivery needs of it.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredRecord {
    pub kind: RecordKind,
    /// The idempotency key ([`super::record_id`] of the record that was stored).
    pub key: String,
    /// For an alert: its action, and the categories and rules of its reasons (as
    /// [`super::alert_categories`] and [`super::alert_rules`] name them).
    pub alert: Option<AlertFacts>,
    /// The envelope, byte for byte as stored (what a hook without a template receives).
    pub json: String,
}

/// What a hook's alert filters read.
#[derive(Clone, Debug, PartialEq)]
pub struct AlertFacts {
    pub action: Action,
    pub categories: Vec<String>,
    pub rules: Vec<String>,
}

#[derive(Deserialize)]
struct Envelope {
    kind: RecordKind,
    #[serde(default)]
    alert_id: Option<String>,
    #[serde(default)]
    action: Option<String>,
    #[serde(default)]
    reasons: Vec<ReasonView>,
}

#[derive(Deserialize)]
struct ReasonView {
    kind: String,
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    rule: Option<String>,
    /// A rule's `act`/`alert`/`shadow` (a model reason's `live`/`shadow`: not read).
    #[serde(default)]
    mode: Option<String>,
}

impl StoredRecord {
    /// Reads a stored envelope. `key` is the idempotency key stored beside it; without one,
    /// an alert's key is its `alert_id` (what [`super::record_id`] gives) and another record
    /// cannot be read.
    ///
    /// # Errors
    /// Not a JSON record envelope; an alert without an id or with an unknown action.
    pub fn parse(json: String, key: Option<String>) -> Result<StoredRecord, StoredRecordError> {
        let env: Envelope = serde_json::from_str(&json)?;
        let alert = match env.kind {
            RecordKind::Alert => {
                let action = env.action.unwrap_or_default();
                let action = Action::parse(&action).ok_or(StoredRecordError::Action(action))?;
                let mut categories = Vec::new();
                let mut rules = Vec::new();
                for r in env.reasons {
                    match r.kind.as_str() {
                        "rule" if r.mode.as_deref() != Some("shadow") => {
                            categories.extend(r.category);
                            rules.extend(r.rule);
                        }
                        "category" => categories.extend(r.category),
                        "wallet" => categories.push("wallet".into()),
                        "campaign" => categories.push("campaign".into()),
                        _ => {}
                    }
                }
                Some(AlertFacts {
                    action,
                    categories,
                    rules,
                })
            }
            _ => None,
        };
        let key = match (key, env.alert_id) {
            (Some(k), _) => k,
            (None, Some(id)) if env.kind == RecordKind::Alert => id,
            _ => return Err(StoredRecordError::NoKey(kind_name(env.kind))),
        };
        Ok(StoredRecord {
            kind: env.kind,
            key,
            alert,
            json,
        })
    }

    /// The stored form of a record: its envelope and key (what a cluster worker publishes).
    pub fn of(record: &Record) -> StoredRecord {
        StoredRecord::parse(record.to_json(), Some(super::record_id(record)))
            .expect("a record's own envelope reads back")
    }

    /// The record's `kind`, as in the envelope.
    pub fn kind_name(&self) -> &'static str {
        kind_name(self.kind)
    }
}

fn kind_name(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Alert => "alert",
        RecordKind::Campaign => "campaign",
        RecordKind::CircuitBreaker => "circuit_breaker",
        RecordKind::Shadow => "shadow",
        RecordKind::Reload => "reload",
        RecordKind::Verdict => "verdict",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sink::WebhookConfig;

    fn hook(extra: &str) -> WebhookConfig {
        toml::from_str(&format!(
            "name = \"h\"\nurl = \"http://127.0.0.1:1/\"\nsecret = \"s\"\n{extra}"
        ))
        .unwrap()
    }

    /// A hook selects the same records of the bundled sample whether it reads the detector's
    /// records or their stored envelopes, and the stored form keeps the key and the bytes.
    #[test]
    fn a_hook_selects_the_same_stored_records_as_detected_ones() {
        let (rules, model) = crate::detect::load::load(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rules")),
            None,
        )
        .unwrap();
        let mut detector = crate::detect::detector::Detector::new(
            std::sync::Arc::new(rules),
            std::sync::Arc::new(model),
        );
        let mut records = Vec::new();
        for line in include_str!("../synth/july2020.jsonl").lines() {
            if let Ok(Some(input)) = crate::source::decode::decode_line(line.as_bytes()) {
                detector.process(&input, &mut records);
            }
        }
        assert!(records.iter().any(|r| matches!(r, Record::Campaign(_))));
        let hooks = [
            hook(""),
            hook("min_action = \"lock\""),
            hook("categories = [\"wallet\"]"),
            hook("categories = [\"campaign\"]\nmin_action = \"takedown\""),
            hook("rules = [\"en.multiply.send-back-double\"]"),
            hook("records = [\"alert\", \"campaign\", \"circuit_breaker\", \"shadow\"]"),
        ];
        let mut selected = [0usize; 6];
        for r in &records {
            let stored = StoredRecord::of(r);
            assert_eq!(stored.json, r.to_json());
            assert_eq!(stored.key, crate::sink::record_id(r));
            assert_eq!(stored.kind_name(), r.kind());
            for (i, h) in hooks.iter().enumerate() {
                assert_eq!(
                    h.selects_stored(&stored),
                    h.selects(r),
                    "hook {i} on {stored:?}"
                );
                selected[i] += usize::from(h.selects(r));
            }
        }
        assert!(selected.iter().all(|n| *n > 0), "{selected:?}");
        assert!(selected[1] < selected[0]);
        // An alert read without a stored key falls back to its id.
        let alert = records
            .iter()
            .find(|r| matches!(r, Record::Alert(_)))
            .unwrap();
        let bare = StoredRecord::parse(alert.to_json(), None).unwrap();
        assert_eq!(bare.key, crate::sink::record_id(alert));
    }

    #[test]
    fn what_cannot_be_delivered_is_named() {
        assert!(matches!(
            StoredRecord::parse("{".into(), None),
            Err(StoredRecordError::Json(_))
        ));
        assert!(matches!(
            StoredRecord::parse(
                r#"{"kind":"alert","alert_id":"a","action":"nuke"}"#.into(),
                None
            ),
            Err(StoredRecordError::Action(_))
        ));
        assert!(matches!(
            StoredRecord::parse(r#"{"kind":"campaign"}"#.into(), None),
            Err(StoredRecordError::NoKey("campaign"))
        ));
    }
}
