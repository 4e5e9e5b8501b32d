//! Synthetic traffic: a seeded generator of realistic streams with scheduled incidents, the
//! firehose that serves it over websocket, and the bundled July 2020 sample.
//!
//! - [`generator`]: the seeded stream and its ground truth: the incident schedule and the
//!   message mix. Its parts: `population` (who posts), `texts` (what they write), `obfuscate`
//!   (how scam posts dodge keyword lists), `address` (payable addresses of several chains),
//!   `wire` (the v2 / v1.1 / account-event JSON forms) and `networks` (the same messages as
//!   Bluesky Jetstream events and Mastodon streaming frames).
//! - [`firehose`]: that stream served over websocket at a chosen rate (`scamwatch firehose`),
//!   with a directory of Bluesky profiles for account hydration.
//! - [`SAMPLE`]: the July 2020 takeover with the accounts' history around it (`replay --sample`).

mod address;
pub mod firehose;
pub mod generator;
mod networks;
mod obfuscate;
mod population;
mod texts;
mod wire;

/// The bundled sample stream: the July 2020 takeover with the accounts' history around it.
pub const SAMPLE: &[u8] = include_bytes!("july2020.jsonl");
