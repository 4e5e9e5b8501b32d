//! `scamwatch ingest`: the upstream into the partitioned stream of posts.
//!
//! Each line is decoded with the decoder of `replay` and `serve` (to learn its account; a line
//! that does not decode is counted and skipped, as there) and the **line as received** is
//! published to `<subject_prefix>.<partition of its account>`, with `Nats-Msg-Id` set to the
//! input's identity: JetStream drops a line it stored already within its duplicate window, so
//! an ingest that restarts and publishes a few lines again adds nothing. Publishes are
//! pipelined (a window of [`IN_FLIGHT`] awaiting their acknowledgement) and each one is
//! confirmed before the ingest reports it done.
//!
//! **One leader at a time.** An ingest publishes only while it holds the Redis lease
//! `<key_prefix>:lease:ingest:<ingest_name>`; another started with the same name waits as a
//! standby. The leader stores its cursor (input lines published and acknowledged, a prefix of
//! the input) with every window, in a script that also renews the lease and refuses to write
//! when the caller no longer leads. A standby that takes over (the leader killed: its lease
//! lapses) skips the cursor's lines of the same input and goes on; the few the leader
//! published after its last cursor are published again and dropped by JetStream as
//! duplicates.
//!
//! **NATS away.** A publish whose acknowledgement does not come (the server stopped, the
//! connection dropped) is published again, with every later one still awaiting its
//! acknowledgement, in input order and with the same message ids, after a backoff (100 ms to
//! 5 s), until NATS takes it: the ingest waits instead of failing, and what the stream had
//! already is dropped by id. Meanwhile `/readyz` (with `cluster.metrics_listen`) says 503,
//! naming NATS.

use std::collections::{BTreeMap, VecDeque};
use std::io::BufRead;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use async_nats::jetstream::context::PublishAckFuture;
use bytes::Bytes;
use redis::Script;

use super::keys::Keys;
use super::redis_state::Scripts;
use super::telemetry::Health;
use super::{ClusterConfig, ClusterError, jetstream, partition, redis};
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
    /// Lines skipped because the cursor said an earlier leader had published them.
    pub resumed_after: u64,
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

/// The header carrying the ingest's wall-clock time of publishing (ms since the epoch): the
/// worker measures the end-to-end delay from it.
pub const PUBLISHED_HEADER: &str = "Scamwatch-Published-Ms";

/// One publish awaiting its acknowledgement, kept whole to be published again.
struct InFlight {
    ack: PublishAckFuture,
    /// The input line it came from.
    line: u64,
    subject: String,
    headers: async_nats::HeaderMap,
    body: Bytes,
}

/// An ingest's metrics (on `cluster.metrics_listen`, with `/healthz` and `/readyz`).
struct IngestMetrics {
    registry: prometheus::Registry,
    lines: prometheus::IntCounter,
    published: prometheus::IntCounter,
    duplicates: prometheus::IntCounter,
    republished: prometheus::IntCounter,
    dependency_up: prometheus::IntGaugeVec,
}

impl IngestMetrics {
    fn new() -> Result<IngestMetrics, prometheus::Error> {
        let r = prometheus::Registry::new();
        let counter = |name: &str, help: &str| {
            let c = prometheus::IntCounter::new(name, help)?;
            r.register(Box::new(c.clone()))?;
            Ok::<_, prometheus::Error>(c)
        };
        let dependency_up = prometheus::IntGaugeVec::new(
            prometheus::Opts::new(
                "scamwatch_cluster_dependency_up",
                "1 while the dependency answers, by dependency.",
            ),
            &["dependency"],
        )?;
        r.register(Box::new(dependency_up.clone()))?;
        Ok(IngestMetrics {
            lines: counter("scamwatch_ingest_lines_total", "Input lines read.")?,
            published: counter(
                "scamwatch_ingest_published_total",
                "Inputs stored in the posts stream.",
            )?,
            duplicates: counter(
                "scamwatch_ingest_duplicates_total",
                "Inputs the stream had already (same id within its duplicate window).",
            )?,
            republished: counter(
                "scamwatch_ingest_republished_total",
                "Publishes sent again after their acknowledgement failed (NATS away).",
            )?,
            dependency_up,
            registry: r,
        })
    }
}

/// Publishes every line of `input` to the stream; returns when each one is acknowledged.
/// With `rate`, at most that many lines a second (benchmarks and demos: an upstream's pace).
/// With `cluster.metrics_listen`, serves `/metrics`, `/healthz` and `/readyz` meanwhile.
///
/// # Errors
/// NATS unreachable at the start; the input unreadable; the lease lost.
pub async fn run(
    cfg: &ClusterConfig,
    mut input: impl BufRead,
    rate: Option<f64>,
) -> Result<IngestSummary, ClusterError> {
    cfg.validate().map_err(ClusterError::Config)?;
    let metrics = IngestMetrics::new().map_err(|e| ClusterError::Config(e.to_string()))?;
    let health = Arc::new(Health {
        registry: metrics.registry.clone(),
        nats_up: AtomicBool::new(false),
        redis_up: AtomicBool::new(false),
        access: None,
    });
    let stop_http = tokio_util::sync::CancellationToken::new();
    let _stop_http = stop_http.clone().drop_guard();
    if let Some(addr) = cfg.metrics_listen {
        let bound = super::telemetry::serve(addr, Arc::clone(&health), stop_http.clone())
            .await
            .map_err(ClusterError::Io)?;
        println!("metrics on http://{bound}");
    }
    let js = jetstream(cfg).await?;
    let leader = Leader::acquire(cfg, Arc::clone(&health)).await?;
    {
        // NATS's state as its client sees it, for `/readyz` and the metric.
        let (client, health, up, stop) = (
            js.client(),
            Arc::clone(&health),
            metrics.dependency_up.clone(),
            stop_http.clone(),
        );
        tokio::spawn(async move {
            loop {
                let nats = client.connection_state() == async_nats::connection::State::Connected;
                health.nats_up.store(nats, Ordering::Relaxed);
                up.with_label_values(&["nats"]).set(i64::from(nats));
                up.with_label_values(&["redis"])
                    .set(i64::from(health.redis_up.load(Ordering::Relaxed)));
                tokio::select! {
                    _ = stop.cancelled() => return,
                    _ = tokio::time::sleep(Duration::from_millis(250)) => {}
                }
            }
        });
    }
    let mut summary = IngestSummary {
        resumed_after: leader.cursor,
        ..IngestSummary::default()
    };
    let mut pending: VecDeque<InFlight> = VecDeque::with_capacity(IN_FLIGHT);
    let mut line = Vec::with_capacity(4096);
    let mut confirmed = leader.cursor;
    let started = tokio::time::Instant::now();
    let mut sent = 0u64;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        summary.lines += 1;
        metrics.lines.inc();
        if summary.lines <= leader.cursor {
            continue;
        }
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
        if let Some(rate) = rate.filter(|r| *r > 0.0) {
            let due = started + std::time::Duration::from_secs_f64(sent as f64 / rate);
            tokio::time::sleep_until(due).await;
        }
        sent += 1;
        let mut headers = async_nats::HeaderMap::new();
        headers.insert(
            async_nats::header::NATS_MESSAGE_ID,
            message_id(&decoded).as_str(),
        );
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        headers.insert(PUBLISHED_HEADER, now_ms.to_string().as_str());
        let body = line.strip_suffix(b"\n").unwrap_or(&line);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        let body = Bytes::copy_from_slice(body);
        let ack = publish(&js, &subject, &headers, &body).await;
        pending.push_back(InFlight {
            ack,
            line: summary.lines,
            subject,
            headers,
            body,
        });
        if pending.len() >= IN_FLIGHT {
            // The oldest half of the window: acknowledged in order, so the cursor is a prefix.
            if let Some(at) =
                confirm(&js, &mut pending, IN_FLIGHT / 2, &mut summary, &metrics).await
            {
                confirmed = at;
            }
            leader.store(confirmed).await?;
        }
    }
    confirm(&js, &mut pending, 0, &mut summary, &metrics).await;
    leader.store(summary.lines.max(leader.cursor)).await?;
    leader.release().await;
    Ok(summary)
}

/// The ingest's leadership: its lease, renewed in the background and with every cursor.
struct Leader {
    conn: ::redis::aio::ConnectionManager,
    scripts: Scripts,
    id: String,
    lease_key: String,
    cursor_key: String,
    lease_ms: u64,
    /// Input lines an earlier leader published (skipped).
    cursor: u64,
    /// Ends the renewal task.
    _renewal: tokio_util::sync::DropGuard,
}

impl Leader {
    /// Waits until this process holds the lease (a standby waits here), then reads the cursor.
    /// The renewals tell `health` whether Redis answers.
    async fn acquire(cfg: &ClusterConfig, health: Arc<Health>) -> Result<Leader, ClusterError> {
        let mut conn = redis(cfg).await?;
        let scripts = Scripts::new();
        let id = cfg.worker_id();
        let (lease_key, cursor_key) = Keys::new(&cfg.key_prefix).ingest(&cfg.ingest_name);
        let mut waiting = false;
        loop {
            let got: i64 = scripts
                .lease
                .key(&lease_key)
                .arg(&id)
                .arg(cfg.lease_ms)
                .invoke_async(&mut conn)
                .await?;
            health.redis_up.store(true, Ordering::Relaxed);
            if got == 1 {
                break;
            }
            if !waiting {
                tracing::info!(name = %cfg.ingest_name, "standby: another ingest leads; waiting for its lease");
                waiting = true;
            }
            tokio::time::sleep(cfg.lease() / 4).await;
        }
        let cursor: Option<u64> = ::redis::cmd("GET")
            .arg(&cursor_key)
            .query_async(&mut conn)
            .await?;
        let cursor = cursor.unwrap_or(0);
        tracing::info!(name = %cfg.ingest_name, cursor, "leading the ingest");
        // Renew between cursor writes too (a slow input, stdin waiting for lines).
        let token = tokio_util::sync::CancellationToken::new();
        {
            let (mut conn, lease, id, key, ms) = (
                conn.clone(),
                Script::new(include_str!("lua/lease.lua")),
                id.clone(),
                lease_key.clone(),
                cfg.lease_ms,
            );
            let token = token.clone();
            tokio::spawn(async move {
                loop {
                    tokio::select! {
                        _ = token.cancelled() => return,
                        _ = tokio::time::sleep(std::time::Duration::from_millis(ms / 3)) => {}
                    }
                    let held: Result<i64, _> = lease
                        .key(&key)
                        .arg(&id)
                        .arg(ms)
                        .invoke_async(&mut conn)
                        .await;
                    health.redis_up.store(held.is_ok(), Ordering::Relaxed);
                    if let Ok(0) = held {
                        tracing::error!("the ingest lease was taken: another ingest leads now");
                    }
                }
            });
        }
        Ok(Leader {
            conn,
            scripts,
            id,
            lease_key,
            cursor_key,
            lease_ms: cfg.lease_ms,
            cursor,
            _renewal: token.drop_guard(),
        })
    }

    /// Stores the cursor (and renews the lease).
    ///
    /// # Errors
    /// Redis unreachable, or the lease lost (another ingest leads: this one must stop).
    async fn store(&self, lines: u64) -> Result<(), ClusterError> {
        let mut conn = self.conn.clone();
        let stored: i64 = self
            .scripts
            .cursor
            .key(&self.lease_key)
            .key(&self.cursor_key)
            .arg(&self.id)
            .arg(self.lease_ms)
            .arg(lines)
            .invoke_async(&mut conn)
            .await?;
        if stored == 0 {
            return Err(ClusterError::LeaseLost);
        }
        Ok(())
    }

    async fn release(&self) {
        let mut conn = self.conn.clone();
        let _: Result<i64, _> = self
            .scripts
            .release
            .key(&self.lease_key)
            .arg(&self.id)
            .invoke_async(&mut conn)
            .await;
    }
}

/// Publishes one message; a publish the client refuses outright (its connection closed for
/// good) is tried again after a pause, as a failed acknowledgement is.
async fn publish(
    js: &async_nats::jetstream::Context,
    subject: &str,
    headers: &async_nats::HeaderMap,
    body: &Bytes,
) -> PublishAckFuture {
    let mut pause = Duration::from_millis(100);
    loop {
        match js
            .publish_with_headers(subject.to_string(), headers.clone(), body.clone())
            .await
        {
            Ok(ack) => return ack,
            Err(e) => {
                tracing::warn!(error = %e, pause_ms = pause.as_millis() as u64, "publish refused: trying again");
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(Duration::from_secs(5));
            }
        }
    }
}

/// Awaits acknowledgements, oldest first, until `keep` publishes are left in flight; returns
/// the input line of the last one acknowledged. A failed acknowledgement (NATS away) sends that
/// publish and every later one in flight again, in order and with the same ids, after a
/// backoff, and waits on.
async fn confirm(
    js: &async_nats::jetstream::Context,
    pending: &mut VecDeque<InFlight>,
    keep: usize,
    summary: &mut IngestSummary,
    metrics: &IngestMetrics,
) -> Option<u64> {
    let mut last = None;
    let mut pause = Duration::from_millis(100);
    while pending.len() > keep {
        let Some(InFlight {
            ack,
            line,
            subject,
            headers,
            body,
        }) = pending.pop_front()
        else {
            break;
        };
        match ack.await {
            Ok(ack) => {
                if ack.duplicate {
                    summary.duplicates += 1;
                    metrics.duplicates.inc();
                } else {
                    summary.published += 1;
                    metrics.published.inc();
                }
                last = Some(line);
                pause = Duration::from_millis(100);
            }
            Err(e) => {
                tracing::warn!(error = %e, in_flight = pending.len() + 1, pause_ms = pause.as_millis() as u64, "a publish was not acknowledged: publishing it and the later ones again");
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(Duration::from_secs(5));
                let ack = publish(js, &subject, &headers, &body).await;
                metrics.republished.inc();
                for f in pending.iter_mut() {
                    f.ack = publish(js, &f.subject, &f.headers, &f.body).await;
                    metrics.republished.inc();
                }
                pending.push_front(InFlight {
                    ack,
                    line,
                    subject,
                    headers,
                    body,
                });
            }
        }
    }
    last
}
