//! The detector: synchronous, no tokio, no I/O beyond loading its files. Nothing here imports
//! anything outside `detect`.
//!
//! ```text
//! Input ─▶ analyze (normalize ─Text─▶ rules + wallet) ─Findings─▶ score ─▶ campaign ─▶ decide ─▶ Outcome + Records
//!                      ▲ compiled RuleSet (load = compile + self-test)     ▲ Model
//! ```
//!
//! - [`event`]: the plain data types every stage shares (posts, accounts, security events).
//! - [`normalize`]: Unicode and obfuscation folding, with a map back to the original text.
//! - [`wallet`]: wallet-address extraction and validation.
//! - [`rules`]: rule-file schema, the one compile path, the scanner, lints.
//! - [`analyze`]: the stateless match stage (normalize + rules + wallets).
//! - [`model`]: the weights and thresholds, loaded from `models/`.
//! - [`toml_file`]: loading a TOML file, and `line:col` positions for every file error.
//! - [`score`]: content evidence and account evidence (history on event time).
//! - [`campaign`]: one address or one text from many accounts.
//! - `hash`: the FNV-1a hash behind every id and fingerprint written out.
//! - [`decide`]: thresholds, caps, the mass-action brake, severity.
//! - [`record`]: the records emitted, and their JSON envelope.
//! - [`explain`]: the alert and its reasons, built from the detector's decision.
//! - [`detector`]: the [`detector::Detector`] that wires the stages in order.
//! - [`shared`]: the cross-account state (campaigns, budgets, alerted, actioned) behind one
//!   interface: in memory for one process, in Redis for a cluster.
//! - [`verdict`]: moderator verdicts (confirmed, dismissed, escalated): the JSON Lines format
//!   `serve` stores and backtests and training read as labels.
//! - [`load`]: compile a rule set and run its own examples through the detector: the one path
//!   for `test-rules`, startup and reload.

pub mod analyze;
pub mod campaign;
pub mod classifier;
pub mod decide;
pub mod detector;
pub mod event;
pub mod explain;
pub(crate) mod hash;
pub mod links;
pub mod load;
pub mod model;
pub mod normalize;
pub mod record;
pub mod rules;
pub mod score;
pub mod shared;
pub mod toml_file;
pub mod verdict;
pub mod wallet;
