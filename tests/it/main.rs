//! The integration tests: one test binary (one link instead of one per file), one module per
//! area. Each runs the real `scamwatch` binary or the library's public API, with real sockets on
//! `127.0.0.1:0` where a service is involved; fixtures are in `tests/data/` (the bundled sample
//! in `src/synth/`), golden files in `tests/golden/`.

mod access;
mod amplification;
mod bounds;
mod chaos;
mod cluster;
mod common;
mod console;
mod console_browser;
mod corrupt_start;
mod demo;
mod firehose;
mod firehose_platforms;
mod firehoses;
mod generalization;
mod limits;
mod listeners;
mod platforms;
mod replay;
mod rules_examples;
mod rules_golden;
mod serve;
mod serve_delivery;
mod sink_jsonl;
mod sink_webhook;
mod state;
mod synth_detector;
mod text_model;
mod tooling;
mod verdicts;
mod wallet_dataset;
mod webhook_tls;
mod webhooks_cli;
