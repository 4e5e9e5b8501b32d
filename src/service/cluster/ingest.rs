//! `scamwatch ingest`: the upstream into the partitioned stream of posts.
//!
//! Each line is decoded with the decoder of `replay` and `serve` (to learn its account; a line
//! that does not decode is counted and skipped, as there) and the **line as received** is
//! published to `<subject_prefix>.<partition of its account>`, with `Nats-Msg-Id` set to the
//! input's identity: JetStream drops a line it stored already within its duplicate window, so
//! an ingest that restarts and publishes a few lines again adds nothing. Publishes are
//! pipelined (a window of [`IN_FLIGHT`] awaiting their acknowledgement) and each one is
//! confirmed before the ingest reports it done.

use std::collections::{BTreeMap, VecDeque};
use std::io::BufRead;

use async_nats::jetstream::context::PublishAckFuture;
use bytes::Bytes;

use super::{ClusterConfig, ClusterError, jetstream, partition};
use crate::detect::event::Input;
use crate::source::decode::decode_line;

/// Publishes awaiting their acknowledgement at most.
const IN_FLIGHT: usize = 512;

/// Lines longer than this are skipped (as `replay`'s default).
const MAX_LINE: usize = 1 << 20;

/// What an ingest run did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IngestSummary {
    pub lines: u64,
    /// Inputs stored in the stream.
    pub published: u64,
    /// Inputs the stream had already (same id within its duplicate window).
    pub duplicates: u64,
    /// Lines skipped, by reason.
    pub skipped: BTreeMap<&'static str, u64>,
}

/// The identity JetStream deduplicates an input by.
pub fn message_id(input: &Input) -> String {
    match input {
        Input::Post(p) => format!("post:{}", p.id),
        Input::AccountEvent(e) => format!(
            "event:{}:{}:{}",
            e.account_id,
            e.created_at.0,
            e.kind.as_str()
        ),
    }
}

/// The account an input belongs to (its partition key).
pub fn account_of(input: &Input) -> &str {
    match input {
        Input::Post(p) => &p.author.id,
        Input::AccountEvent(e) => &e.account_id,
    }
}

/// Publishes every line of `input` to the stream; returns when each one is acknowledged.
///
/// # Errors
/// NATS unreachable or refusing a publish; the input unreadable.
pub async fn run(
    cfg: &ClusterConfig,
    mut input: impl BufRead,
) -> Result<IngestSummary, ClusterError> {
    cfg.validate().map_err(ClusterError::Config)?;
    let js = jetstream(cfg).await?;
    let mut summary = IngestSummary::default();
    let mut pending: VecDeque<PublishAckFuture> = VecDeque::with_capacity(IN_FLIGHT);
    let mut line = Vec::with_capacity(4096);
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        summary.lines += 1;
        if line.len() > MAX_LINE {
            *summary.skipped.entry("too_large").or_default() += 1;
            continue;
        }
        let decoded = match decode_line(&line) {
            Ok(Some(input)) => input,
            Ok(None) => continue,
            Err(e) => {
                *summary.skipped.entry(e.reason()).or_default() += 1;
                continue;
            }
        };
        let subject = cfg.subject(partition(account_of(&decoded), cfg.partitions));
        let mut headers = async_nats::HeaderMap::new();
        headers.insert(
            async_nats::header::NATS_MESSAGE_ID,
            message_id(&decoded).as_str(),
        );
        let body = line.strip_suffix(b"\n").unwrap_or(&line);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        let ack = js
            .publish_with_headers(subject, headers, Bytes::copy_from_slice(body))
            .await
            .map_err(|e| ClusterError::nats("publish", e))?;
        pending.push_back(ack);
        if pending.len() >= IN_FLIGHT
            && let Some(ack) = pending.pop_front()
        {
            confirm(ack, &mut summary).await?;
        }
    }
    while let Some(ack) = pending.pop_front() {
        confirm(ack, &mut summary).await?;
    }
    Ok(summary)
}

async fn confirm(ack: PublishAckFuture, summary: &mut IngestSummary) -> Result<(), ClusterError> {
    let ack = ack
        .await
        .map_err(|e| ClusterError::nats("publish acknowledgement", e))?;
    if ack.duplicate {
        summary.duplicates += 1;
    } else {
        summary.published += 1;
    }
    Ok(())
}
