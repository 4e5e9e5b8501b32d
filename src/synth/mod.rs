//! Synthetic traffic: a seeded generator of realistic streams with scheduled incidents, the
//! firehose that serves it over websocket, and the bundled July 2020 sample.
//!
//! - [`generator`]: the seeded stream and its ground truth.
//! - [`firehose`]: that stream served over websocket at a chosen rate (`scamwatch firehose`).
//! - [`SAMPLE`]: the July 2020 takeover with the accounts' history around it (`replay --sample`).

pub mod firehose;
pub mod generator;

/// The bundled sample stream: the July 2020 takeover with the accounts' history around it.
pub const SAMPLE: &[u8] = include_bytes!("july2020.jsonl");
