//! `scamwatch cluster-records`: the records stream, read back as JSON Lines.
//!
//! The cluster's records are one JetStream message each (docs/cluster.md#streams-and-consumers);
//! this prints every one stored, in stream order, with the envelope of docs/alerts.md: what a
//! single process writes to its JSONL sink. Tests compare it with a replay; an operator reads
//! it to see what the cluster decided.

use std::io::Write;
use std::time::Duration;

use async_nats::jetstream::consumer::{AckPolicy, DeliverPolicy, pull};
use futures_util::StreamExt;

use super::{ClusterConfig, ClusterError, jetstream};

/// Writes every record stored in the records stream to `out`, one per line; returns how many.
///
/// # Errors
/// NATS unreachable; `out` not writable.
pub async fn dump(cfg: &ClusterConfig, out: &mut impl Write) -> Result<u64, ClusterError> {
    let js = jetstream(cfg).await?;
    let mut stream = js
        .get_stream(&cfg.records_stream)
        .await
        .map_err(|e| ClusterError::nats("get the records stream", e))?;
    let total = stream
        .info()
        .await
        .map_err(|e| ClusterError::nats("records stream info", e))?
        .state
        .messages;
    let consumer = stream
        .create_consumer(pull::Config {
            deliver_policy: DeliverPolicy::All,
            ack_policy: AckPolicy::None,
            inactive_threshold: Duration::from_secs(30),
            ..Default::default()
        })
        .await
        .map_err(|e| ClusterError::nats("create a reader", e))?;
    let mut written = 0u64;
    while written < total {
        let mut batch = consumer
            .fetch()
            .max_messages(1000)
            .expires(Duration::from_secs(1))
            .messages()
            .await
            .map_err(|e| ClusterError::nats("fetch records", e))?;
        let mut got = 0;
        while let Some(m) = batch.next().await {
            let m = m.map_err(|e| ClusterError::nats("fetch a record", e))?;
            out.write_all(&m.payload)?;
            out.write_all(b"\n")?;
            got += 1;
        }
        written += got;
        if got == 0 {
            break;
        }
    }
    out.flush()?;
    Ok(written)
}
