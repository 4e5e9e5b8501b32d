//! `scamwatch deliver`: the cluster's records stream into the durable sinks — each
//! `[[webhook]]` through its outbox, and the `[jsonl]` file.
//!
//! A worker publishes each record once to `SCAMWATCH_RECORDS` (deduplicated by record id, so a
//! batch decided twice is stored once) and does not deliver it itself: a dead worker's disk
//! would hold its undelivered records hostage. This role does, with the delivery code of
//! `serve` (the outbox, the signatures, the retries, the dead letters of `crate::sink`):
//!
//! ```text
//! SCAMWATCH_RECORDS ─▶ consumer deliver-webhook-<name> ─▶ filters ─▶ outbox (fsync) ─▶ cursor ─▶ ack
//!                   ─▶ consumer deliver-jsonl          ─▶ JSONL file (fsync)        ─▶ cursor ─▶ ack
//!                                                         outbox ─▶ signed POSTs, retries, dead letters
//! ```
//!
//! One durable pull consumer per sink, so a hook that is slow or down holds back only itself
//! (its outbox grows on disk; the stream keeps the rest for the others). A record is acked only
//! once it is durable in the sink, and the last stream sequence durable there is written next
//! to it (`<data_dir>/deliver/<consumer>.cursor`, fsynced), so that a restarted deliver role
//! starts its consumer again right after it: records it had made durable but not acked are not
//! enqueued twice. See docs/cluster.md#delivery for what is guaranteed.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_nats::jetstream::consumer::{AckPolicy, DeliverPolicy, pull};
use futures_util::StreamExt;
use prometheus::{IntCounterVec, IntGaugeVec, Opts, Registry};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use super::telemetry::Health;
use super::worker::RECORD_KEY_HEADER;
use super::{ClusterConfig, ClusterError, jetstream};
use crate::service::config::ServeConfig;
use crate::sink::{JsonlSink, SinkError, StoredRecord, WebhookSink};

/// Every metric of a deliver role (the webhooks add theirs, `scamwatch_webhook_…` and
/// `scamwatch_outbox_…` with a `sink` label, to the same registry).
struct DeliverMetrics {
    registry: Registry,
    /// Records read from the stream and handed to the sink (durable there, or filtered out).
    records: IntCounterVec,
    /// Records that could not be read (not an envelope), by sink and reason.
    skipped: IntCounterVec,
    /// Writes to a sink that failed (a full disk): the batch is read again after a pause.
    errors: IntCounterVec,
    /// Records of the stream not yet delivered to the sink's consumer.
    lag: IntGaugeVec,
    /// The last stream sequence durable in the sink.
    cursor: IntGaugeVec,
    dependency_up: IntGaugeVec,
    http_unauthorized: IntCounterVec,
}

impl DeliverMetrics {
    fn new() -> Result<DeliverMetrics, prometheus::Error> {
        let r = Registry::new();
        let counter = |name: &str, help: &str, labels: &[&str]| {
            let c = IntCounterVec::new(Opts::new(name, help), labels)?;
            r.register(Box::new(c.clone()))?;
            Ok::<_, prometheus::Error>(c)
        };
        let gauge = |name: &str, help: &str, labels: &[&str]| {
            let g = IntGaugeVec::new(Opts::new(name, help), labels)?;
            r.register(Box::new(g.clone()))?;
            Ok::<_, prometheus::Error>(g)
        };
        let m = DeliverMetrics {
            records: counter(
                "scamwatch_deliver_records_total",
                "Records read from the records stream and made durable in the sink (or filtered out by it), by sink.",
                &["sink"],
            )?,
            skipped: counter(
                "scamwatch_deliver_skipped_total",
                "Records of the stream that could not be read, by sink and reason.",
                &["sink", "reason"],
            )?,
            errors: counter(
                "scamwatch_deliver_errors_total",
                "Batches a sink could not make durable (read again after a pause), by sink.",
                &["sink"],
            )?,
            lag: gauge(
                "scamwatch_deliver_lag",
                "Records of the records stream not yet delivered to the sink's consumer, by sink.",
                &["sink"],
            )?,
            cursor: gauge(
                "scamwatch_deliver_cursor",
                "The last records-stream sequence durable in the sink, by sink.",
                &["sink"],
            )?,
            dependency_up: gauge(
                "scamwatch_cluster_dependency_up",
                "1 while the dependency answers, by dependency.",
                &["dependency"],
            )?,
            http_unauthorized: counter(
                "scamwatch_http_unauthorized_total",
                "Requests refused for their credential, by endpoint and reason.",
                &["endpoint", "reason"],
            )?,
            registry: r,
        };
        m.dependency_up.with_label_values(&["nats"]).set(0);
        Ok(m)
    }
}

/// Where one consumer's records go.
#[derive(Clone)]
enum Target {
    Webhook(WebhookSink),
    Jsonl(Arc<Mutex<JsonlSink>>),
}

/// One sink and its consumer.
struct Delivery {
    /// The `sink` label: the hook's name, or `jsonl`.
    label: String,
    /// The durable consumer: `deliver-webhook-<name>` or `deliver-jsonl`.
    consumer: String,
    target: Target,
    cursor: Cursor,
}

/// Runs the deliver role until `shutdown`.
///
/// # Errors
/// Startup errors: no `[cluster]` section, nothing to deliver to, a hook this role cannot
/// feed (a chat `template`), an outbox or file that cannot be opened, NATS unreachable.
pub async fn run(cfg: ServeConfig, shutdown: CancellationToken) -> Result<(), ClusterError> {
    let cluster = cfg
        .cluster
        .clone()
        .ok_or_else(|| ClusterError::Config("the configuration has no [cluster] section".into()))?;
    cluster.validate().map_err(ClusterError::Config)?;
    if cfg.webhook.is_empty() && cfg.jsonl.is_none() {
        return Err(ClusterError::Config(
            "nothing to deliver to: the configuration has no [[webhook]] and no [jsonl]".into(),
        ));
    }
    for hook in &cfg.webhook {
        hook.validate_stored().map_err(config)?;
    }
    let metrics = Arc::new(DeliverMetrics::new().map_err(|e| config(SinkError::Metrics(e)))?);
    // The outboxes first: a second deliver role on the same data directory stops here (the
    // outbox lock), before it touches any consumer.
    let data_dir = &cfg.state.data_dir;
    let mut deliveries = Vec::new();
    for hook in &cfg.webhook {
        let sink = WebhookSink::open(hook.clone(), data_dir, &metrics.registry).map_err(config)?;
        let consumer = format!("deliver-webhook-{}", hook.name);
        deliveries.push(Delivery {
            label: hook.name.clone(),
            cursor: Cursor::new(data_dir, &consumer),
            consumer,
            target: Target::Webhook(sink),
        });
    }
    if let Some(j) = &cfg.jsonl {
        let sink = JsonlSink::open(j.clone()).map_err(config)?;
        deliveries.push(Delivery {
            label: "jsonl".into(),
            cursor: Cursor::new(data_dir, "deliver-jsonl"),
            consumer: "deliver-jsonl".into(),
            target: Target::Jsonl(Arc::new(Mutex::new(sink))),
        });
    }
    let access = match cluster.metrics_auth {
        crate::service::config::MetricsAuth::Token => Some(crate::service::access::Access::new(
            cfg.http
                .resolved_tokens()
                .map_err(|e| ClusterError::Config(e.to_string()))?,
            metrics.http_unauthorized.clone(),
        )),
        crate::service::config::MetricsAuth::None => None,
    };
    let health = Arc::new(Health {
        registry: metrics.registry.clone(),
        nats_up: AtomicBool::new(false),
        // This role does not use Redis.
        redis_up: AtomicBool::new(true),
        access,
    });
    if let Some(addr) = cluster.metrics_listen {
        let bound = super::telemetry::serve(addr, Arc::clone(&health), shutdown.clone())
            .await
            .map_err(ClusterError::Io)?;
        println!("metrics on http://{bound}");
    }
    let js = jetstream(&cluster).await?;
    let tasks = TaskTracker::new();
    for d in deliveries {
        if let Target::Webhook(sink) = &d.target {
            tasks.spawn(sink.clone().run(shutdown.clone()));
        }
        let label = d.label.clone();
        tracing::info!(sink = %label, consumer = %d.consumer, "delivering");
        tasks.spawn(consume(
            js.clone(),
            cluster.clone(),
            d,
            Arc::clone(&metrics),
            shutdown.clone(),
        ));
    }
    tasks.close();
    loop {
        let up = js.client().connection_state() == async_nats::connection::State::Connected;
        health.nats_up.store(up, Ordering::Relaxed);
        metrics
            .dependency_up
            .with_label_values(&["nats"])
            .set(i64::from(up));
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tokio::time::sleep(Duration::from_millis(250)) => {}
        }
    }
    tasks.wait().await;
    tracing::info!("deliver role stopped");
    Ok(())
}

fn config(e: SinkError) -> ClusterError {
    ClusterError::Config(e.to_string())
}

/// Feeds one sink from its consumer until `shutdown`; after an error (NATS away, a sink write
/// that failed) it pauses and starts its consumer again from the cursor.
async fn consume(
    js: async_nats::jetstream::Context,
    cluster: ClusterConfig,
    mut d: Delivery,
    metrics: Arc<DeliverMetrics>,
    shutdown: CancellationToken,
) {
    let mut pause = Duration::from_millis(100);
    while !shutdown.is_cancelled() {
        match consume_from_cursor(&js, &cluster, &mut d, &metrics, &shutdown).await {
            Ok(()) => return,
            Err(e) => {
                tracing::warn!(sink = %d.label, error = %e, pause_ms = pause.as_millis() as u64, "delivery interrupted: starting again from the cursor");
                tokio::select! {
                    _ = shutdown.cancelled() => return,
                    _ = tokio::time::sleep(pause) => {}
                }
                pause = (pause * 2).min(Duration::from_secs(5));
            }
        }
    }
}

/// Why a consumer starts again.
#[derive(Debug, thiserror::Error)]
enum Interrupted {
    #[error(transparent)]
    Cluster(#[from] ClusterError),
    #[error("the sink: {0}")]
    Sink(#[from] SinkError),
    #[error("the sink's task: {0}")]
    Join(#[from] tokio::task::JoinError),
}

/// (Re)creates the sink's consumer right after its cursor, then delivers batch after batch:
/// read, make durable in the sink, store the cursor, ack.
async fn consume_from_cursor(
    js: &async_nats::jetstream::Context,
    cluster: &ClusterConfig,
    d: &mut Delivery,
    metrics: &DeliverMetrics,
    shutdown: &CancellationToken,
) -> Result<(), Interrupted> {
    let stream = js
        .get_stream(&cluster.records_stream)
        .await
        .map_err(|e| ClusterError::nats("get the records stream", e))?;
    let mut cursor = match d.cursor.load()? {
        Some(c) => c,
        // No cursor: a first start, or a data directory that was replaced. The consumer's own
        // ack floor, if it has one, is where the previous deliver role got to.
        None => match stream.get_consumer::<pull::Config>(&d.consumer).await {
            Ok(mut c) => c
                .info()
                .await
                .map(|i| i.ack_floor.stream_sequence)
                .unwrap_or(0),
            Err(_) => 0,
        },
    };
    // Started again right after the cursor, in order: records the previous run delivered to
    // the consumer but never acked come now, not after the consumer's ack wait.
    let _ = stream.delete_consumer(&d.consumer).await;
    let consumer = stream
        .create_consumer(pull::Config {
            durable_name: Some(d.consumer.clone()),
            deliver_policy: DeliverPolicy::ByStartSequence {
                start_sequence: cursor + 1,
            },
            // Cumulative: one ack of a batch's last record acks the batch.
            ack_policy: AckPolicy::All,
            ack_wait: Duration::from_secs(60),
            max_ack_pending: (cluster.batch * 4) as i64,
            ..Default::default()
        })
        .await
        .map_err(|e| ClusterError::nats("create the sink's consumer", e))?;
    let label = [d.label.as_str()];
    metrics.cursor.with_label_values(&label).set(cursor as i64);
    loop {
        let fetched = tokio::select! {
            _ = shutdown.cancelled() => return Ok(()),
            f = fetch(&consumer, cluster.batch) => f?,
        };
        let Some(last) = fetched.last() else {
            if let Ok(info) = consumer.clone().info().await {
                metrics
                    .lag
                    .with_label_values(&label)
                    .set(info.num_pending as i64);
            }
            continue;
        };
        let (last_seq, pending) = last
            .info()
            .map(|i| (i.stream_sequence, i.pending))
            .unwrap_or((0, 0));
        let mut records = Vec::with_capacity(fetched.len());
        for m in &fetched {
            let seq = m.info().map(|i| i.stream_sequence).unwrap_or(0);
            if seq <= cursor {
                // Durable in the sink already (its ack was lost).
                continue;
            }
            let key = m
                .headers
                .as_ref()
                .and_then(|h| h.get(RECORD_KEY_HEADER))
                .map(|v| v.as_str().to_string());
            let read = String::from_utf8(m.payload.to_vec())
                .map_err(|_| "not_utf8")
                .and_then(|json| StoredRecord::parse(json, key).map_err(|_| "not_a_record"));
            match read {
                Ok(r) => records.push(r),
                Err(reason) => {
                    metrics.skipped.with_label_values(&[&d.label, reason]).inc();
                    tracing::warn!(sink = %d.label, seq, reason, "a stored record cannot be read: skipped");
                }
            }
        }
        if last_seq > cursor {
            let n = records.len() as u64;
            let (target, file) = (d.target.clone(), d.cursor.clone());
            let written = tokio::task::spawn_blocking(move || {
                match &target {
                    Target::Webhook(sink) => {
                        sink.enqueue_stored(&records)?;
                    }
                    Target::Jsonl(sink) => {
                        let lines: Vec<&str> = records.iter().map(|r| r.json.as_str()).collect();
                        sink.lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .write_lines(&lines)?;
                    }
                }
                file.store(last_seq)
            })
            .await?;
            if let Err(e) = written {
                metrics.errors.with_label_values(&label).inc();
                return Err(e.into());
            }
            cursor = last_seq;
            metrics.records.with_label_values(&label).inc_by(n);
            metrics.cursor.with_label_values(&label).set(cursor as i64);
        }
        metrics.lag.with_label_values(&label).set(pending as i64);
        if let Err(e) = last.ack().await {
            // Redelivered later and skipped by the cursor: a wasted read, not a duplicate.
            tracing::warn!(sink = %d.label, error = %e, "ack failed");
        }
    }
}

/// Up to `max` records from the consumer, waiting at most a second for the first.
async fn fetch(
    consumer: &async_nats::jetstream::consumer::Consumer<pull::Config>,
    max: usize,
) -> Result<Vec<async_nats::jetstream::Message>, ClusterError> {
    let mut msgs = consumer
        .fetch()
        .max_messages(max)
        .expires(Duration::from_secs(1))
        .messages()
        .await
        .map_err(|e| ClusterError::nats("fetch records", e))?;
    let mut out = Vec::new();
    while let Some(m) = msgs.next().await {
        out.push(m.map_err(|e| ClusterError::nats("fetch a record", e))?);
    }
    Ok(out)
}

/// The last records-stream sequence durable in a sink, in `<data_dir>/deliver/<consumer>.cursor`
/// (decimal text; written to a temporary file, fsynced, renamed, the directory fsynced).
#[derive(Clone, Debug)]
struct Cursor {
    path: PathBuf,
}

impl Cursor {
    fn new(data_dir: &Path, consumer: &str) -> Cursor {
        Cursor {
            path: data_dir.join("deliver").join(format!("{consumer}.cursor")),
        }
    }

    /// `None` without a cursor file.
    fn load(&self) -> Result<Option<u64>, SinkError> {
        match std::fs::read_to_string(&self.path) {
            Ok(s) => s.trim().parse().map(Some).map_err(|_| {
                SinkError::io(
                    "reading",
                    &self.path,
                    std::io::Error::new(std::io::ErrorKind::InvalidData, "not a sequence number"),
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(SinkError::io("reading", &self.path, e)),
        }
    }

    fn store(&self, seq: u64) -> Result<(), SinkError> {
        use std::io::Write;
        let dir = self.path.parent().expect("a cursor lives in a directory");
        std::fs::create_dir_all(dir).map_err(|e| SinkError::io("creating", dir, e))?;
        let tmp = self.path.with_extension("cursor.tmp");
        std::fs::File::create(&tmp)
            .and_then(|mut f| {
                f.write_all(seq.to_string().as_bytes())?;
                f.sync_all()
            })
            .map_err(|e| SinkError::io("writing", &tmp, e))?;
        std::fs::rename(&tmp, &self.path).map_err(|e| SinkError::io("renaming", &tmp, e))?;
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| SinkError::io("syncing directory", dir, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_is_absent_then_stored_then_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cursor::new(dir.path(), "deliver-jsonl");
        assert_eq!(c.load().unwrap(), None);
        c.store(41).unwrap();
        c.store(42).unwrap();
        assert_eq!(c.load().unwrap(), Some(42));
        std::fs::write(&c.path, "x").unwrap();
        assert!(c.load().is_err());
    }

    #[test]
    fn the_metrics_register() {
        let m = DeliverMetrics::new().unwrap();
        assert!(
            crate::service::cluster::telemetry::render(&m.registry)
                .contains("scamwatch_cluster_dependency_up")
        );
    }
}
