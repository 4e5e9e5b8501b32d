//! scamwatch: a real-time detector of crypto-giveaway scams.
//!
//! # Layout
//!
//! The folders are the architecture (see `docs/ARCHITECTURE.md`); data flows one way and each
//! layer imports only the layers below it: `tools → service → {source, sink} → detect`.
//!
//! ```text
//! source ─Input─▶ detect (normalize ─▶ match ─▶ score ─▶ decide) ─Outcome/Record─▶ sink
//!                   ▲ compiled rules and model, swapped atomically on reload (service)
//! ```
//!
//! - [`detect`]: the synchronous detector: event types, normalization, wallets, rules,
//!   scoring, campaigns, decisions, the record envelope, and loading rule sets.
//! - [`source`]: decoders for the input formats, the line reader, the upstream websocket
//!   client and the `/ingest` endpoint (generic over the consumer's queue item).
//! - [`sink`]: delivery: signed at-least-once webhooks with an on-disk outbox, and JSONL files.
//! - [`service`]: `scamwatch serve`: configuration, the detector thread, HTTP (access, TLS,
//!   limits), reload, state, telemetry, the moderator console.
//! - [`tools`]: replay, labelled backtests and their report, diff-rules, the demo, the
//!   `webhooks` operator commands.
//! - [`synth`]: the seeded synthetic stream, the firehose, the bundled sample.
//! - [`cli`]: the command-line definitions (clap) the binary parses.

pub mod cli;
pub mod detect;
pub mod service;
pub mod sink;
pub mod source;
pub mod synth;
pub mod tools;
