//! scamwatch: a real-time detector of crypto-giveaway scams.
//!
//! # Layout
//!
//! ```text
//! source ─Input─▶ normalize ─Text─▶ match (rules + wallets) ─Findings─▶ score ─▶ decide ─Record─▶ sinks
//!                                     ▲ compiled rule set
//! ```
//!
//! - [`event`]: the plain data types every stage shares (posts, accounts, security events).
//! - [`source`]: decoders for the input formats, and the line reader.
//! - [`normalize`]: Unicode and obfuscation folding, with a map back to the original text.
//! - [`rules`]: rule-file schema, the one compile path, the scanner.
//! - [`wallet`]: wallet-address extraction and validation.
//! - [`analyze`]: the stateless match stage (normalize + rules + wallets).
//! - [`model`]: the weights and thresholds, loaded from `models/`.
//! - [`score`]: content evidence and account evidence (history on event time).
//! - [`campaign`]: one address or one text from many accounts.
//! - [`decide`]: thresholds, the mass-action brake, severity.
//! - [`pipeline`]: the [`pipeline::Detector`] that runs the stages in order.
//! - [`alert`]: the records emitted, and their JSON envelope.
//! - [`replay`]: the `replay` command over a file of posts.
//! - [`sink`]: delivery: signed at-least-once webhooks with an on-disk outbox, and JSONL files.
//! - [`backtest`]: labelled backtests (`replay --labels`): precision, recall, time-to-lock.
//! - [`report`]: the self-contained HTML report of a backtest (`replay --report`).
//! - [`diff`]: `diff-rules`, the posts whose action changes between two rule sets.
//! - [`synth`]: the seeded synthetic stream with scheduled incidents and its ground truth.
//! - [`firehose`]: that stream served over websocket at a chosen rate (`scamwatch firehose`).

pub mod alert;
pub mod analyze;
pub mod backtest;
pub mod campaign;
pub mod cli;
pub mod config;
pub mod decide;
pub mod demo;
pub mod diff;
pub mod event;
pub mod firehose;
pub mod model;
pub mod normalize;
pub mod pipeline;
pub mod replay;
pub mod report;
pub mod rules;
pub mod score;
pub mod serve;
pub mod sink;
pub mod source;
pub mod store;
pub mod synth;
pub mod telemetry;
pub mod wallet;
