//! `scamwatch serve`: the long-running service.
//!
//! ```text
//!  upstream ws ──┐                                   ┌─▶ /alerts (ws), /alerts/sse (broadcast)
//!  /ingest ws ───┼─▶ bounded queue ─▶ detector thread ┼─▶ sinks
//!  reload task ──┘    (Msg)           (the same       └─▶ state store checkpoints
//!                                       Detector as replay)
//! ```
//!
//! Every source decodes frames with the same decoder as `replay` and sends [`Msg::Input`]s into
//! one bounded queue; when the queue is full the sources stop reading their sockets, so a slow
//! detector slows the upstream (TCP backpressure) instead of dropping posts or growing memory.
//! One thread owns the [`Detector`] and processes messages in arrival order — the same code,
//! in the same order, as `replay`, so the same input gives the same records. Reloads travel
//! through the same queue ([`Msg::Swap`]), so a new rule set applies between two posts,
//! atomically. Startup is a reload from nothing: both go through [`crate::detect::load::load`].

pub mod config;
mod http;
mod reload;
pub mod shutdown;
pub mod state;
pub mod telemetry;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::{broadcast, mpsc};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::detect::detector::Detector;
use crate::detect::event::{Input, Timestamp};
use crate::detect::load::{LoadError, ReloadStatus, ReloadTrigger};
use crate::detect::model::Model;
use crate::detect::record::{Record, ReloadRecord};
use crate::detect::rules::RuleSet;
use crate::service::config::ServeConfig;
use crate::service::state::{Snapshot, StateStore, StoreError};
use crate::service::telemetry::Metrics;
use crate::sink::{JsonlSink, SinkError, WebhookSink};
use crate::source::forward::Forwarder;
use crate::source::websocket::{self, UpstreamState};

/// Why the service could not start (or had to stop).
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Config(#[from] crate::service::config::ConfigError),
    #[error("rules or model do not load:\n  {}", .0.messages().join("\n  "))]
    Detection(#[source] LoadError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: std::net::SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("http server: {0}")]
    Http(#[source] std::io::Error),
    #[error("sink: {0}")]
    Sink(#[source] SinkError),
}

/// The durable outputs, owned by the detector thread: every record is written to them before
/// it goes on the live stream.
struct Sinks {
    webhooks: Vec<WebhookSink>,
    jsonl: Option<JsonlSink>,
}

impl Sinks {
    fn write(&mut self, records: &[Record]) {
        if records.is_empty() {
            return;
        }
        if let Some(j) = &mut self.jsonl
            && let Err(e) = j.write_batch(records)
        {
            tracing::error!(error = %e, path = %j.path().display(), "jsonl sink write failed");
        }
        for w in &self.webhooks {
            if let Err(e) = w.enqueue_batch(records) {
                tracing::error!(error = %e, sink = w.name(), "webhook outbox write failed");
            }
        }
    }
}

/// One message into the detector.
pub(crate) enum Msg {
    /// A decoded input and when it was received.
    Input(Input, Instant),
    /// Swap in rules and a model compiled off the hot path.
    Swap(Arc<RuleSet>, Arc<Model>, ReloadTrigger),
    /// A reload was refused: report it on the alert stream.
    ReloadFailed(Vec<String>, ReloadTrigger),
}

impl From<(Input, Instant)> for Msg {
    fn from((input, received): (Input, Instant)) -> Msg {
        Msg::Input(input, received)
    }
}

/// State shared by the tasks of one service.
pub(crate) struct Shared {
    pub cfg: ServeConfig,
    pub metrics: Metrics,
    /// The live alert stream: one JSON line per record.
    pub alerts: broadcast::Sender<Arc<str>>,
    /// The resume cursor (latest event time processed) and whether the upstream is connected.
    pub upstream: Arc<UpstreamState>,
    pub token: Option<String>,
    pub reload_now: mpsc::Sender<reload::ReloadRequest>,
}

impl Shared {
    /// Ready: rules are loaded (always, once running) and the upstream, if any, is connected.
    pub fn ready(&self) -> bool {
        self.cfg.source.url.is_none() || self.upstream.connected.load(Ordering::Relaxed)
    }
}

/// Runs the service until `shutdown` is cancelled, then drains: sources stop reading, every
/// message already queued is decided, the state is checkpointed.
///
/// `bound` receives the HTTP listener's address once it listens (tests and `--http :0`).
///
/// # Errors
/// Startup errors (config, rules, model, state store, listen address).
pub async fn run(
    cfg: ServeConfig,
    shutdown: CancellationToken,
    bound: Option<tokio::sync::oneshot::Sender<std::net::SocketAddr>>,
) -> Result<(), ServeError> {
    cfg.validate()?;
    let (rules, model) = cfg.detector.load().map_err(ServeError::Detection)?;
    let store = StateStore::open(&cfg.state.data_dir)?;
    let mut detector = Detector::new(Arc::new(rules), Arc::new(model));
    let cursor = store.restore_into(&mut detector)?;
    tracing::info!(
        accounts = detector.accounts_tracked(),
        cursor = cursor.unwrap_or(0),
        data_dir = %cfg.state.data_dir.display(),
        "state restored"
    );

    let metrics = Metrics::new();
    let mut webhooks = Vec::new();
    for hook in &cfg.webhook {
        webhooks.push(
            WebhookSink::open(hook.clone(), &cfg.state.data_dir, &metrics.registry)
                .map_err(ServeError::Sink)?,
        );
    }
    let jsonl = match &cfg.jsonl {
        Some(j) => Some(JsonlSink::open(j.clone()).map_err(ServeError::Sink)?),
        None => None,
    };
    let sinks = Sinks {
        webhooks: webhooks.clone(),
        jsonl,
    };

    let (queue, rx) = mpsc::channel(cfg.limits.queue_capacity);
    let (alerts, _) = broadcast::channel(cfg.limits.alert_stream_buffer);
    let (reload_now, reload_rx) = mpsc::channel(8);
    let token = cfg.http.resolved_token();
    let shared = Arc::new(Shared {
        metrics,
        alerts,
        upstream: Arc::new(UpstreamState::new(cursor.unwrap_or(0))),
        token,
        reload_now,
        cfg,
    });

    let files = reload::watch_files(&shared.cfg);
    let listener = tokio::net::TcpListener::bind(shared.cfg.http.listen)
        .await
        .map_err(|source| ServeError::Listen {
            addr: shared.cfg.http.listen,
            source,
        })?;
    let addr = listener.local_addr().map_err(ServeError::Http)?;
    tracing::info!(%addr, "http listening");
    if let Some(tx) = bound {
        let _ = tx.send(addr);
    }

    // Sources and helpers stop on `sources_stop`; the detector stops when every queue sender
    // is gone and the queue is empty.
    let sources_stop = shutdown.child_token();
    let tasks = TaskTracker::new();
    let det_shared = Arc::clone(&shared);
    let detector_thread = std::thread::Builder::new()
        .name("detector".into())
        .spawn(move || detector_loop(detector, rx, store, sinks, det_shared))
        .expect("spawn the detector thread");
    // Deliveries run until the detector has drained, so the last alerts are queued durably
    // before delivery stops (whatever is left is delivered after the next start).
    let sinks_stop = CancellationToken::new();
    let deliveries = TaskTracker::new();
    for hook in webhooks {
        deliveries.spawn(hook.run(sinks_stop.clone()));
    }

    let forward = Forwarder::new(
        queue.clone(),
        shared.metrics.source(),
        shared.cfg.limits.max_frame_bytes,
    );
    if let Some(url) = shared.cfg.source.url.clone() {
        tasks.spawn(websocket::run(
            url,
            shared.cfg.source.clone(),
            Arc::clone(&shared.upstream),
            forward.clone(),
            sources_stop.clone(),
        ));
    }
    tasks.spawn(reload::run(
        Arc::clone(&shared),
        queue.clone(),
        reload_rx,
        files,
        sources_stop.clone(),
    ));
    let server = axum::serve(
        listener,
        http::router(Arc::clone(&shared), forward, sources_stop.clone()),
    )
    .with_graceful_shutdown({
        let s = sources_stop.clone();
        async move { s.cancelled().await }
    });
    let server = tokio::spawn(server.into_future());

    shutdown.cancelled().await;
    tracing::info!("shutting down: sources stop, queued posts are drained");
    sources_stop.cancel();
    tasks.close();
    tasks.wait().await;
    let _ = server.await;
    // Every source is gone; with our sender dropped the detector sees the end of the queue
    // once it has decided everything in it.
    drop(queue);
    drop(shared);
    let _ = tokio::task::spawn_blocking(move || detector_thread.join()).await;
    sinks_stop.cancel();
    deliveries.close();
    deliveries.wait().await;
    tracing::info!("stopped");
    Ok(())
}

/// The detector thread: decides every message in order, publishes the records, checkpoints.
fn detector_loop(
    mut detector: Detector,
    mut rx: mpsc::Receiver<Msg>,
    store: StateStore,
    mut sinks: Sinks,
    shared: Arc<Shared>,
) {
    let m = &shared.metrics;
    let checkpoint_every = Duration::from_secs(shared.cfg.state.checkpoint_secs);
    let ttl_ms = (shared.cfg.state.account_ttl_days * Timestamp::DAY as f64) as i64;
    let mut last_checkpoint = Instant::now();
    let (snapshots, to_write) = std::sync::mpsc::channel::<Snapshot>();
    let writer = {
        let shared = Arc::clone(&shared);
        std::thread::Builder::new()
            .name("state-writer".into())
            .spawn(move || store_writer(store, to_write, shared))
            .expect("spawn the state writer thread")
    };
    let mut records: Vec<Record> = Vec::new();
    let mut batch: Vec<Msg> = Vec::with_capacity(256);
    let mut json = Vec::with_capacity(2048);
    records.push(reload_record(
        &detector,
        ReloadTrigger::Startup,
        Vec::new(),
        ReloadStatus::Applied,
    ));
    publish(&shared, &mut sinks, &mut records, &mut json);
    loop {
        batch.clear();
        match rx.blocking_recv() {
            Some(msg) => batch.push(msg),
            None => break,
        }
        while batch.len() < 256 {
            match rx.try_recv() {
                Ok(msg) => batch.push(msg),
                Err(_) => break,
            }
        }
        m_queue_depth(&shared, rx.len());
        // The records of the whole batch: written to the sinks in one go (one fsync), then
        // published on the live stream.
        records.clear();
        for msg in batch.drain(..) {
            match msg {
                Msg::Input(input, received) => {
                    let before = detector.stats().duplicates;
                    let findings = detector.process_observed(&input, &mut records);
                    match (&input, findings) {
                        (Input::Post(p), Some(findings)) => {
                            if detector.stats().duplicates > before {
                                shared.metrics.duplicates.inc();
                            } else {
                                shared.metrics.posts_processed.inc();
                                let rules = detector.rules();
                                for h in &findings.hits {
                                    let r = &rules.rules()[h.rule];
                                    shared
                                        .metrics
                                        .rule_matches
                                        .with_label_values(&[r.id.as_str(), mode_label(r.mode)])
                                        .inc();
                                }
                            }
                            let us = p.created_at.0.saturating_mul(1000);
                            shared.upstream.cursor.fetch_max(us, Ordering::Relaxed);
                            let lag = chrono::Utc::now().timestamp_millis() - p.created_at.0;
                            shared.metrics.lag_seconds.set(lag as f64 / 1000.0);
                        }
                        _ => shared.metrics.account_events.inc(),
                    }
                    shared
                        .metrics
                        .latency
                        .observe(received.elapsed().as_secs_f64());
                }
                Msg::Swap(rules, model, trigger) => {
                    detector.set_rules(rules);
                    detector.set_model(model);
                    shared
                        .metrics
                        .reloads
                        .with_label_values(&[ReloadStatus::Applied.as_str()])
                        .inc();
                    records.push(reload_record(
                        &detector,
                        trigger,
                        Vec::new(),
                        ReloadStatus::Applied,
                    ));
                }
                Msg::ReloadFailed(errors, trigger) => {
                    shared
                        .metrics
                        .reloads
                        .with_label_values(&[ReloadStatus::Failed.as_str()])
                        .inc();
                    records.push(reload_record(
                        &detector,
                        trigger,
                        errors,
                        ReloadStatus::Failed,
                    ));
                }
            }
        }
        publish(&shared, &mut sinks, &mut records, &mut json);
        m.accounts_tracked.set(detector.accounts_tracked() as i64);
        if last_checkpoint.elapsed() >= checkpoint_every {
            capture(&mut detector, &shared.upstream.cursor, ttl_ms, &snapshots);
            last_checkpoint = Instant::now();
        }
    }
    capture(&mut detector, &shared.upstream.cursor, ttl_ms, &snapshots);
    drop(snapshots);
    let _ = writer.join();
    tracing::info!(
        posts = detector.stats().posts,
        alerts = detector.stats().alerts(),
        "detector drained, state saved"
    );
}

fn m_queue_depth(shared: &Shared, depth: usize) {
    shared
        .metrics
        .queue_depth
        .with_label_values(&[telemetry::DETECTOR_QUEUE])
        .set(depth as i64);
}

/// Captures a snapshot on the detector's thread (cheap: copies of what changed) for the writer.
fn capture(
    d: &mut Detector,
    cursor: &AtomicI64,
    ttl_ms: i64,
    to: &std::sync::mpsc::Sender<Snapshot>,
) {
    let c = cursor.load(Ordering::Relaxed);
    let _ = to.send(Snapshot::capture(d, (c > 0).then_some(c), Some(ttl_ms)));
}

/// The store writer: serializes and commits snapshots off the detector's thread, in capture
/// order. A snapshot that fails to write is kept and written before the next one (each holds
/// only what changed since the previous capture, so none may be skipped).
fn store_writer(store: StateStore, rx: std::sync::mpsc::Receiver<Snapshot>, shared: Arc<Shared>) {
    let m = &shared.metrics;
    let mut pending: std::collections::VecDeque<Snapshot> = std::collections::VecDeque::new();
    let mut closed = false;
    while !closed || !pending.is_empty() {
        match rx.recv() {
            Ok(snap) => pending.push_back(snap),
            Err(_) => closed = true,
        }
        while let Some(snap) = pending.front() {
            match store.write(snap) {
                Ok(cp) => {
                    m.checkpoints.with_label_values(&["ok"]).inc();
                    tracing::debug!(
                        written = cp.accounts_written,
                        evicted = cp.accounts_evicted,
                        "checkpoint"
                    );
                    pending.pop_front();
                }
                Err(e) => {
                    m.checkpoints.with_label_values(&["failed"]).inc();
                    tracing::error!(error = %e, "checkpoint failed; kept for the next attempt, the previous one stays intact");
                    break;
                }
            }
        }
        if closed && !pending.is_empty() {
            tracing::error!(snapshots = pending.len(), "state not saved at shutdown");
            break;
        }
    }
}

fn mode_label(mode: crate::detect::rules::Mode) -> &'static str {
    match mode {
        crate::detect::rules::Mode::Act => "act",
        crate::detect::rules::Mode::Alert => "alert",
        crate::detect::rules::Mode::Shadow => "shadow",
    }
}

fn count_record(shared: &Shared, r: &Record) {
    shared.metrics.records.with_label_values(&[r.kind()]).inc();
    match r {
        Record::Alert(a) => shared
            .metrics
            .alerts
            .with_label_values(&[a.action.as_str()])
            .inc(),
        Record::Campaign(c) if c.status == "formed" => shared.metrics.campaigns.inc(),
        _ => {}
    }
}

/// Writes `records` to the durable sinks, then sends them on the live stream.
fn publish(shared: &Shared, sinks: &mut Sinks, records: &mut Vec<Record>, json: &mut Vec<u8>) {
    if records.is_empty() {
        return;
    }
    sinks.write(records);
    for r in records.drain(..) {
        count_record(shared, &r);
        json.clear();
        serde_json::to_writer(&mut *json, &r).expect("records serialize");
        let line: Arc<str> = Arc::from(String::from_utf8_lossy(json).as_ref());
        // No subscriber is fine: the stream is live, the sinks are durable.
        let _ = shared.alerts.send(line);
    }
}

fn reload_record(
    detector: &Detector,
    trigger: ReloadTrigger,
    errors: Vec<String>,
    status: ReloadStatus,
) -> Record {
    if status == ReloadStatus::Failed {
        tracing::error!(trigger = trigger.as_str(), errors = %errors.join("; "), "reload refused: the previous rules keep running");
    } else {
        tracing::info!(
            trigger = trigger.as_str(),
            rules = detector.rules().rules().len(),
            "rules loaded"
        );
    }
    Record::Reload(ReloadRecord {
        status,
        trigger,
        rules_fingerprint: format!("{:016x}", detector.rules().fingerprint()),
        rules: detector.rules().rules().len(),
        errors,
        at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
    })
}

/// True when `path` is a file the detection depends on (a rule file, an address list, the
/// model): other files in the watched directories (editor swap files) do not trigger reloads.
pub(crate) fn is_detection_file(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        Some("toml" | "txt") => !path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.')),
        _ => false,
    }
}
