//! `scamwatch ingest`: the upstream into the partitioned stream of posts.
//!
//! Two inputs: JSON Lines from a file or stdin ([`run`]), or the upstream of `[source]` read
//! with `serve`'s websocket client ([`run_source`]: websocket, Jetstream, Mastodon; reconnect,
//! resume). Both publish the same thing, each message's line as received: the workers decode
//! it with the decoder `serve` would have used, which recognizes every format per message, so
//! no second wire format exists between ingest and workers (docs/cluster.md).
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
use crate::detect::event::{Input, Platform};
use crate::source::decode::decode_line;
use crate::source::forward::{Forwarder, FromInput, SourceMetrics};
use crate::source::websocket::{self, SourceConfig, UpstreamState};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

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
    /// An upstream ingest: the event-time cursor (unix µs) it resumed the upstream from, as
    /// an earlier leader stored it; 0: from now.
    pub resumed_from_us: i64,
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

/// What a message's acknowledgement moves: the cursor of the ingest's input.
#[derive(Clone, Debug)]
enum Mark {
    /// Input line `n` (a file or stdin).
    Line(u64),
    /// An upstream message: its event time (unix µs) and, for a Mastodon status, its post id
    /// (the upstream's resume position, as `serve` keeps it).
    Event { us: i64, mastodon: Option<String> },
}

impl Mark {
    fn event(input: &Input) -> Mark {
        Mark::Event {
            us: input.event_time().0.saturating_mul(1000),
            mastodon: match input {
                Input::Post(p) if p.platform == Platform::Mastodon => Some(p.id.clone()),
                _ => None,
            },
        }
    }
}

/// One message to publish, kept whole to be published again.
struct Outgoing {
    mark: Mark,
    subject: String,
    headers: async_nats::HeaderMap,
    body: Bytes,
}

impl Outgoing {
    /// `body` (one line as received, without its newline) to the partition of `input`'s
    /// account, with the input's identity as its message id.
    fn new(cfg: &ClusterConfig, input: &Input, body: &[u8], mark: Mark) -> Outgoing {
        let mut headers = async_nats::HeaderMap::new();
        headers.insert(
            async_nats::header::NATS_MESSAGE_ID,
            message_id(input).as_str(),
        );
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        headers.insert(PUBLISHED_HEADER, now_ms.to_string().as_str());
        let body = body.strip_suffix(b"\n").unwrap_or(body);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        Outgoing {
            mark,
            subject: cfg.subject(partition(account_of(input), cfg.partitions)),
            headers,
            body: Bytes::copy_from_slice(body),
        }
    }
}

/// One publish awaiting its acknowledgement.
struct InFlight {
    ack: PublishAckFuture,
    msg: Outgoing,
}

/// An ingest's metrics (on `cluster.metrics_listen`, with `/healthz` and `/readyz`).
struct IngestMetrics {
    registry: prometheus::Registry,
    lines: prometheus::IntCounter,
    published: prometheus::IntCounter,
    duplicates: prometheus::IntCounter,
    republished: prometheus::IntCounter,
    dependency_up: prometheus::IntGaugeVec,
    /// The upstream client's counters (an upstream ingest), under `serve`'s names.
    source: SourceMetrics,
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
        let counter_vec = |name: &str, help: &str| {
            let c = prometheus::IntCounterVec::new(prometheus::Opts::new(name, help), &["reason"])?;
            r.register(Box::new(c.clone()))?;
            Ok::<_, prometheus::Error>(c)
        };
        let queue_depth = prometheus::IntGaugeVec::new(
            prometheus::Opts::new(
                "scamwatch_queue_depth",
                "Items waiting in a bounded queue between stages",
            ),
            &["queue"],
        )?;
        r.register(Box::new(queue_depth.clone()))?;
        let connected = prometheus::IntGauge::new(
            "scamwatch_websocket_connected",
            "1 while the upstream websocket is connected",
        )?;
        r.register(Box::new(connected.clone()))?;
        let queue_wait = prometheus::Counter::new(
            "scamwatch_source_queue_wait_seconds_total",
            "Time the upstream client spent waiting for room in the publish queue (backpressure)",
        )?;
        r.register(Box::new(queue_wait.clone()))?;
        let source = SourceMetrics {
            messages_received: counter(
                "scamwatch_messages_received_total",
                "JSON messages received from the upstream",
            )?,
            skipped: counter_vec(
                "scamwatch_messages_skipped_total",
                "Messages skipped, by reason",
            )?,
            ignored: counter_vec(
                "scamwatch_messages_ignored_total",
                "Well-formed messages that carry no post or account event, by reason",
            )?,
            queue_depth,
            queue_name: "publish",
            reconnects: counter(
                "scamwatch_websocket_reconnects_total",
                "Reconnection attempts to the upstream websocket",
            )?,
            connected,
            backfilled: counter(
                "scamwatch_source_backfilled_total",
                "Posts read from the upstream's REST timeline to fill the gap after a reconnect",
            )?,
            queue_wait,
        };
        Ok(IngestMetrics {
            source,
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

/// The start every ingest shares: metrics and their listener, NATS, the leader lease (a
/// standby waits in here), and a task keeping NATS's state on `/readyz`.
struct Started {
    metrics: IngestMetrics,
    js: async_nats::jetstream::Context,
    leader: Leader,
    /// Ends the listener and the watch task.
    _stop_http: tokio_util::sync::DropGuard,
}

async fn start(cfg: &ClusterConfig) -> Result<Started, ClusterError> {
    cfg.validate().map_err(ClusterError::Config)?;
    let metrics = IngestMetrics::new().map_err(|e| ClusterError::Config(e.to_string()))?;
    let health = Arc::new(Health {
        registry: metrics.registry.clone(),
        nats_up: AtomicBool::new(false),
        redis_up: AtomicBool::new(false),
        access: None,
    });
    let stop_http = tokio_util::sync::CancellationToken::new();
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
    Ok(Started {
        metrics,
        js,
        leader,
        _stop_http: stop_http.drop_guard(),
    })
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
    let Started {
        metrics,
        js,
        leader,
        _stop_http,
    } = start(cfg).await?;
    let mut summary = IngestSummary {
        resumed_after: leader.cursor,
        ..IngestSummary::default()
    };
    let mut pending: VecDeque<InFlight> = VecDeque::with_capacity(IN_FLIGHT);
    let mut line = Vec::with_capacity(4096);
    let confirmed = std::cell::Cell::new(leader.cursor);
    let mut acked = |mark: &Mark| {
        if let Mark::Line(n) = mark {
            confirmed.set(*n);
        }
    };
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
        if let Some(rate) = rate.filter(|r| *r > 0.0) {
            let due = started + std::time::Duration::from_secs_f64(sent as f64 / rate);
            tokio::time::sleep_until(due).await;
        }
        sent += 1;
        let msg = Outgoing::new(cfg, &decoded, &line, Mark::Line(summary.lines));
        pending.push_back(send(&js, msg).await);
        if pending.len() >= IN_FLIGHT {
            // The oldest half of the window: acknowledged in order, so the cursor is a prefix.
            confirm(
                &js,
                &mut pending,
                IN_FLIGHT / 2,
                &mut summary,
                &metrics,
                &mut acked,
            )
            .await;
            leader.store(confirmed.get()).await?;
        }
    }
    confirm(&js, &mut pending, 0, &mut summary, &metrics, &mut acked).await;
    leader.store(summary.lines.max(leader.cursor)).await?;
    leader.release().await;
    Ok(summary)
}

/// How often an upstream ingest confirms what it published and stores its resume position
/// when the upstream is slower than a window of publishes.
const SOURCE_TICK: Duration = Duration::from_millis(250);

/// A message of the upstream as the source queues it: decoded (for its account and identity)
/// and the line as received (what is published).
struct Upstreamed {
    input: Input,
    line: Bytes,
}

impl FromInput for Upstreamed {
    fn from_input(input: Input, _received: std::time::Instant, line: &[u8]) -> Self {
        Upstreamed {
            input,
            line: Bytes::copy_from_slice(line),
        }
    }
}

/// Reads the upstream of `[source]` with `serve`'s websocket client (reconnects with backoff,
/// resumes where the platform can: a websocket's or Jetstream's event-time cursor, Mastodon's
/// REST backfill) and publishes each message it decodes, the line as received, until `stop`;
/// then publishes what it had read, stores the resume position and gives the lease back.
///
/// The resume position is stored in Redis beside the line cursor, in a script fenced by the
/// lease, with every half window and every [`SOURCE_TICK`] (what is published and
/// acknowledged, as `serve` keeps what its detector processed): a standby that takes the lease
/// resumes the upstream from there.
///
/// # Errors
/// NATS unreachable at the start; the lease lost; `[source]` without a URL.
pub async fn run_source(
    cfg: &ClusterConfig,
    source: &SourceConfig,
    max_frame_bytes: usize,
    stop: CancellationToken,
) -> Result<IngestSummary, ClusterError> {
    let Some((_, url)) = source.target() else {
        return Err(ClusterError::Config(
            "the ingest has no input: give FILE|- or configure [source] url".into(),
        ));
    };
    let Started {
        metrics,
        js,
        leader,
        _stop_http,
    } = start(cfg).await?;
    let state = Arc::new(
        UpstreamState::new(leader.resume.cursor_us)
            .with_mastodon_status(leader.resume.mastodon_status.clone()),
    );
    tracing::info!(
        cursor_us = leader.resume.cursor_us,
        mastodon_status = leader.resume.mastodon_status.as_deref().unwrap_or(""),
        "reading the upstream"
    );
    let mut summary = IngestSummary {
        resumed_from_us: leader.resume.cursor_us,
        ..IngestSummary::default()
    };
    let (tx, mut rx) = mpsc::channel::<Upstreamed>(IN_FLIGHT);
    let reader_stop = CancellationToken::new();
    let reader = tokio::spawn(websocket::run(
        url,
        source.clone(),
        Arc::clone(&state),
        Forwarder::new(tx, metrics.source.clone(), max_frame_bytes),
        reader_stop.clone(),
    ));
    let mut pending: VecDeque<InFlight> = VecDeque::with_capacity(IN_FLIGHT);
    let mut acked = |mark: &Mark| {
        if let Mark::Event { us, mastodon } = mark {
            state.cursor.fetch_max(*us, Ordering::Relaxed);
            if let Some(id) = mastodon {
                state.processed_mastodon(id);
            }
        }
    };
    let mut tick = tokio::time::interval(SOURCE_TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut stored = (
        leader.resume.cursor_us,
        leader.resume.mastodon_status.clone(),
    );
    let mut reading = true;
    while reading {
        let item = tokio::select! {
            biased;
            () = stop.cancelled() => {
                // Stop reading; what the source queued already is published below.
                reader_stop.cancel();
                rx.close();
                reading = false;
                None
            }
            item = rx.recv() => {
                reading = item.is_some();
                item
            }
            _ = tick.tick() => None,
        };
        if let Some(Upstreamed { input, line }) = item {
            summary.lines += 1;
            metrics.lines.inc();
            let msg = Outgoing::new(cfg, &input, &line, Mark::event(&input));
            pending.push_back(send(&js, msg).await);
            if pending.len() < IN_FLIGHT {
                continue;
            }
            confirm(
                &js,
                &mut pending,
                IN_FLIGHT / 2,
                &mut summary,
                &metrics,
                &mut acked,
            )
            .await;
        } else {
            confirm(&js, &mut pending, 0, &mut summary, &metrics, &mut acked).await;
        }
        let now = (
            state.cursor.load(Ordering::Relaxed),
            state.mastodon_status(),
        );
        if now != stored {
            leader.store_resume(now.0, now.1.as_deref()).await?;
            stored = now;
        }
    }
    // Stopping: what the source had queued, then the position after it.
    while let Some(Upstreamed { input, line }) = rx.recv().await {
        summary.lines += 1;
        let msg = Outgoing::new(cfg, &input, &line, Mark::event(&input));
        pending.push_back(send(&js, msg).await);
    }
    let _ = reader.await;
    confirm(&js, &mut pending, 0, &mut summary, &metrics, &mut acked).await;
    let now = (
        state.cursor.load(Ordering::Relaxed),
        state.mastodon_status(),
    );
    leader.store_resume(now.0, now.1.as_deref()).await?;
    leader.release().await;
    Ok(summary)
}

/// Where the upstream resumes, as the last leader stored it (`<key_prefix>:ingest:<name>:resume`).
#[derive(Clone, Debug, Default)]
struct Resume {
    /// Event time of what was published, unix µs (0: none).
    cursor_us: i64,
    /// Mastodon: the newest status id published.
    mastodon_status: Option<String>,
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
    resume_key: String,
    /// Where an earlier leader left the upstream.
    resume: Resume,
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
        let resume_key = Keys::new(&cfg.key_prefix).ingest_resume(&cfg.ingest_name);
        let (cursor_us, mastodon_status): (Option<i64>, Option<String>) = ::redis::cmd("HMGET")
            .arg(&resume_key)
            .arg("cursor_us")
            .arg("mastodon_status")
            .query_async(&mut conn)
            .await?;
        let resume = Resume {
            cursor_us: cursor_us.unwrap_or(0),
            mastodon_status,
        };
        tracing::info!(name = %cfg.ingest_name, cursor, resume_us = resume.cursor_us, "leading the ingest");
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
            resume_key,
            resume,
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

    /// Stores the upstream's resume position (and renews the lease).
    ///
    /// # Errors
    /// Redis unreachable, or the lease lost.
    async fn store_resume(
        &self,
        cursor_us: i64,
        mastodon: Option<&str>,
    ) -> Result<(), ClusterError> {
        let mut conn = self.conn.clone();
        let stored: i64 = self
            .scripts
            .resume
            .key(&self.lease_key)
            .key(&self.resume_key)
            .arg(&self.id)
            .arg(self.lease_ms)
            .arg(cursor_us)
            .arg(mastodon.unwrap_or(""))
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

/// Publishes `msg`; the acknowledgement is awaited later, by [`confirm`].
async fn send(js: &async_nats::jetstream::Context, msg: Outgoing) -> InFlight {
    let ack = publish(js, &msg.subject, &msg.headers, &msg.body).await;
    InFlight { ack, msg }
}

/// Awaits acknowledgements, oldest first, until `keep` publishes are left in flight, telling
/// `acked` the mark of each one acknowledged (in input order). A failed acknowledgement (NATS
/// away) sends that publish and every later one in flight again, in order and with the same
/// ids, after a backoff, and waits on.
async fn confirm(
    js: &async_nats::jetstream::Context,
    pending: &mut VecDeque<InFlight>,
    keep: usize,
    summary: &mut IngestSummary,
    metrics: &IngestMetrics,
    acked: &mut impl FnMut(&Mark),
) {
    let mut pause = Duration::from_millis(100);
    while pending.len() > keep {
        let Some(InFlight { ack, msg }) = pending.pop_front() else {
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
                acked(&msg.mark);
                pause = Duration::from_millis(100);
            }
            Err(e) => {
                tracing::warn!(error = %e, in_flight = pending.len() + 1, pause_ms = pause.as_millis() as u64, "a publish was not acknowledged: publishing it and the later ones again");
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(Duration::from_secs(5));
                let first = send(js, msg).await;
                metrics.republished.inc();
                for f in pending.iter_mut() {
                    f.ack = publish(js, &f.msg.subject, &f.msg.headers, &f.msg.body).await;
                    metrics.republished.inc();
                }
                pending.push_front(first);
            }
        }
    }
}
