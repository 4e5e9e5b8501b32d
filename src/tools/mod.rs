//! The commands an operator runs over files and the demo: each reads the detector's outcomes
//! and never recomputes a decision.
//!
//! - [`replay`]: the `replay` command over a file of posts.
//! - [`backtest`]: labelled backtests (`replay --labels`): precision, recall, time-to-lock.
//! - [`report`]: the self-contained HTML report of a backtest (`replay --report`).
//! - [`diff`]: `diff-rules`, the posts whose action changes between two rule sets.
//! - [`demo`]: the built-in firehose and the live service in one process.
//! - [`cluster_demo`]: cluster mode on one machine: the servers and every role, on the sample.

pub mod backtest;
pub mod cluster_demo;
pub mod demo;
pub mod diff;
pub mod replay;
pub mod report;
pub mod train;
pub mod webhooks;
