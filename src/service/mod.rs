//! `scamwatch serve`: the long-running service.
//!
//! ```text
//!  upstream ws ──┐                                   ┌─▶ /alerts (ws), /alerts/sse (broadcast)
//!  /ingest ws ───┼─▶ bounded queue ─▶ detector thread ┼─▶ sinks
//!  reload task ──┘    (Msg)           (the same       └─▶ state store checkpoints
//!                                       Detector as replay)
//!  POST /feedback ─▶ DATA_DIR/verdicts.jsonl (moderators' verdicts, beside the detector)
//!  /console ─▶ the moderator console (its record log, its verdicts into the same file)
//! ```
//!
//! Every source decodes frames with the same decoder as `replay` and sends [`Msg::Input`]s into
//! one bounded queue; when the queue is full the sources stop reading their sockets, so a slow
//! detector slows the upstream (TCP backpressure) instead of dropping posts or growing memory.
//! One thread owns the [`Detector`] and processes messages in arrival order — the same code,
//! in the same order, as `replay`, so the same input gives the same records. Reloads travel
//! through the same queue ([`Msg::Swap`]), so a new rule set applies between two posts,
//! atomically. Startup is a reload from nothing: both go through [`crate::detect::load::load`].

pub mod access;
mod checkpoint;
pub mod cluster;
pub mod config;
pub mod console;
pub mod feedback;
mod http;
pub use http::RequeueRequest;
pub mod limits;
mod reload;
pub mod shutdown;
pub mod state;
pub mod telemetry;
pub mod tls;
mod worker;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

use tokio::sync::{broadcast, mpsc};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::detect::detector::Detector;
use crate::detect::event::Input;
use crate::detect::load::{LoadError, ReloadTrigger};
use crate::detect::model::Model;
use crate::detect::rules::RuleSet;
use crate::service::config::ServeConfig;
use crate::service::state::{StateStore, StoreError};
use crate::service::telemetry::Metrics;
use crate::sink::{JsonlSink, SinkError, WebhookSink};
use crate::source::forward::Forwarder;
use crate::source::hydrate::Hydrator;
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
    #[error(transparent)]
    Tls(#[from] tls::TlsError),
    #[error("sink: {0}")]
    Sink(#[source] SinkError),
    #[error("console: {0}")]
    Console(#[from] console::ConsoleError),
    #[error("cannot open the verdict file {path}: {source}")]
    Verdicts {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// One message into the detector.
pub(crate) enum Msg {
    /// A decoded input and when it was received.
    Input(Input, Instant),
    /// Swap in rules and a model compiled off the hot path.
    Swap(Arc<RuleSet>, Arc<Model>, ReloadTrigger),
    /// A reload was refused: report it on the alert stream.
    ReloadFailed(Vec<String>, ReloadTrigger),
    /// Verdicts stored durably (`POST /feedback`, the console): sent to the sinks as
    /// `verdict` records, in order with the alerts.
    Verdicts(Vec<crate::detect::verdict::Verdict>),
    /// Nothing to decide: wakes the detector so that it checkpoints on time while no input
    /// comes (an idle service would otherwise keep its last batch's state unsaved).
    Tick,
    /// The console asks what the detector remembers of an account (answered in queue order,
    /// between two posts: the detector's state has one owner).
    Account(
        String,
        tokio::sync::oneshot::Sender<Option<serde_json::Value>>,
    ),
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
    /// The API's bearer token ([`access`]).
    pub access: access::Access,
    /// Body limits and the `/ingest` rate limit ([`limits`]).
    pub limits: limits::Limits,
    pub reload_now: mpsc::Sender<reload::ReloadRequest>,
    /// Where `POST /feedback` appends moderators' verdicts.
    pub verdicts: feedback::VerdictLog,
    /// The moderator console (`[console]`), when configured.
    pub console: Option<Arc<console::Console>>,
    /// Handles on the webhook sinks (their dead letters are requeued from the console).
    pub webhooks: Vec<WebhookSink>,
    /// The rules and model running, for the stages before the detector (account hydration
    /// asks whether a post looks suspicious); replaced on every reload.
    pub detection: Arc<std::sync::RwLock<(Arc<RuleSet>, Arc<Model>)>>,
    /// The listeners' certificate (`[http.tls]`), read again on every reload.
    pub certificate: Option<Arc<tls::CertStore>>,
}

impl Shared {
    /// Ready: rules are loaded (always, once running) and the upstream, if any, is connected.
    pub fn ready(&self) -> bool {
        self.cfg.source.url.is_none() || self.upstream.connected.load(Ordering::Relaxed)
    }
}

/// Where the service listens, once it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bound {
    /// The main HTTP listener.
    pub http: std::net::SocketAddr,
    /// The `/metrics` listener, when `http.metrics_listen` is set.
    pub metrics: Option<std::net::SocketAddr>,
    /// Whether the listeners speak TLS (`https://`).
    pub tls: bool,
}

impl Bound {
    /// `http` or `https`.
    pub fn scheme(&self) -> &'static str {
        if self.tls { "https" } else { "http" }
    }
}

/// Runs the service until `shutdown` is cancelled, then drains: sources stop reading, every
/// message already queued is decided, the state is checkpointed.
///
/// `bound` receives the listeners' addresses once they listen (tests and `--http :0`).
///
/// # Errors
/// Startup errors (config, TLS files, rules, model, state store, listen address).
pub async fn run(
    cfg: ServeConfig,
    shutdown: CancellationToken,
    bound: Option<tokio::sync::oneshot::Sender<Bound>>,
) -> Result<(), ServeError> {
    cfg.validate()?;
    // The certificate first: a broken one must stop the start before anything is opened.
    let (tls, certificate) = match cfg.http.tls.as_ref().map(tls::server_config).transpose()? {
        Some((config, store)) => (Some(config), Some(store)),
        None => (None, None),
    };
    let metrics = Metrics::new();
    let (detector, store, cursor, mastodon_status) = restore_detector(&cfg, &metrics)?;
    let detection = Arc::new(std::sync::RwLock::new((
        Arc::clone(detector.rules()),
        Arc::clone(detector.model()),
    )));
    let sinks = open_sinks(&cfg, &metrics)?;
    let verdicts =
        feedback::VerdictLog::open(&cfg.state.data_dir).map_err(|source| ServeError::Verdicts {
            path: cfg.state.data_dir.join(feedback::VERDICTS_FILE),
            source,
        })?;
    let webhooks = sinks.webhooks.clone();
    let console = match &cfg.console {
        Some(c) => Some(Arc::new(console::Console::open(
            c,
            &cfg.state.data_dir,
            cfg.limits.alert_stream_buffer,
        )?)),
        None => None,
    };

    let (queue, rx) = mpsc::channel(cfg.limits.queue_capacity);
    let (alerts, _) = broadcast::channel(cfg.limits.alert_stream_buffer);
    let (reload_now, reload_rx) = mpsc::channel(8);
    let tokens = cfg.http.resolved_tokens()?;
    if tokens.is_empty() {
        tracing::warn!(
            "no http token (http.token_env, http.token_file or SCAMWATCH_HTTP_TOKEN): \
             /metrics, /alerts, /alerts/sse, /ingest, /rules/reload and /feedback refuse \
             every request"
        );
    }
    let access = access::Access::new(tokens, metrics.http_unauthorized.clone());
    let limits = limits::Limits::new(&cfg.http.limits, metrics.http_refused.clone());
    let shared = Arc::new(Shared {
        limits,
        metrics,
        alerts,
        upstream: Arc::new(
            UpstreamState::new(cursor.unwrap_or(0)).with_mastodon_status(mastodon_status),
        ),
        access,
        reload_now,
        verdicts,
        console,
        webhooks: webhooks.clone(),
        detection,
        certificate,
        cfg,
    });

    let files = reload::watch_files(&shared.cfg);
    let listeners = Listeners::bind(&shared, tls, bound).await?;

    let det_shared = Arc::clone(&shared);
    let detector_thread = std::thread::Builder::new()
        .name("detector".into())
        .spawn(move || worker::detector_loop(detector, rx, store, sinks, det_shared))
        .expect("spawn the detector thread");
    let deliveries = Deliveries::start(webhooks);
    let sources = Sources::start(
        &shared,
        &queue,
        reload_rx,
        files,
        listeners,
        shutdown.child_token(),
    );

    shutdown.cancelled().await;
    tracing::info!("shutting down: sources stop, queued posts are drained");
    sources.stop().await;
    // Every source is gone; with our sender dropped the detector sees the end of the queue
    // once it has decided everything in it.
    drop(queue);
    drop(shared);
    let _ = tokio::task::spawn_blocking(move || detector_thread.join()).await;
    deliveries.stop().await;
    tracing::info!("stopped");
    Ok(())
}

/// Loads the rules and the model ([`crate::detect::load::load`]), opens the state store and
/// restores the detector's state from it; the cursor is where the upstream resumes, with a
/// Mastodon source's saved status. A store found corrupt is quarantined and the detector
/// starts from nothing: the operator is told by an `error` log line and
/// `scamwatch_state_quarantined` (docs/serve.md#state-that-survives-a-restart).
fn restore_detector(
    cfg: &ServeConfig,
    metrics: &Metrics,
) -> Result<(Detector, StateStore, Option<i64>, Option<String>), ServeError> {
    let (rules, model) = cfg.detector.load().map_err(ServeError::Detection)?;
    let (store, loaded, quarantined) = StateStore::open_or_quarantine(&cfg.state.data_dir)?;
    if let Some(q) = &quarantined {
        tracing::error!(
            moved_to = %q.moved_to.display(),
            reason = %q.reason,
            "the state store was corrupt: moved aside, starting from an empty state \
             (account histories, campaigns and budgets start over; the upstream resumes from \
             now). Keep the file for a post-mortem; delete it when done"
        );
        metrics.state_quarantined.set(1);
    }
    let mut detector =
        Detector::new(Arc::new(rules), Arc::new(model)).with_bounds(cfg.limits.detector);
    // Accounts evicted for room are deleted from the store at the next checkpoint.
    detector.track_evicted_accounts();
    if let Some(meta) = loaded.meta {
        detector.restore(meta, loaded.accounts);
    }
    tracing::info!(
        accounts = detector.accounts_tracked(),
        cursor = loaded.cursor.unwrap_or(0),
        data_dir = %cfg.state.data_dir.display(),
        "state restored"
    );
    Ok((detector, store, loaded.cursor, loaded.mastodon_status))
}

/// Opens the durable sinks (webhook outboxes, the JSONL file); their metrics go to `metrics`.
fn open_sinks(cfg: &ServeConfig, metrics: &Metrics) -> Result<worker::Sinks, ServeError> {
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
    Ok(worker::Sinks { webhooks, jsonl })
}

/// The bound HTTP listeners: the main one and, with `http.metrics_listen`, the metrics one;
/// with the TLS configuration when `[http.tls]` is set (it applies to both).
struct Listeners {
    http: tokio::net::TcpListener,
    metrics: Option<tokio::net::TcpListener>,
    tls: Option<Arc<rustls::ServerConfig>>,
}

async fn bind(addr: &std::net::SocketAddr) -> Result<tokio::net::TcpListener, ServeError> {
    tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Listen {
            addr: *addr,
            source,
        })
}

impl Listeners {
    /// Binds the listeners and reports their addresses to `bound`.
    async fn bind(
        shared: &Shared,
        tls: Option<Arc<rustls::ServerConfig>>,
        bound: Option<tokio::sync::oneshot::Sender<Bound>>,
    ) -> Result<Listeners, ServeError> {
        let http = bind(&shared.cfg.http.listen).await?;
        let metrics = match &shared.cfg.http.metrics_listen {
            Some(a) => Some(bind(a).await?),
            None => None,
        };
        let b = Bound {
            http: http.local_addr().map_err(ServeError::Http)?,
            metrics: metrics
                .as_ref()
                .map(tokio::net::TcpListener::local_addr)
                .transpose()
                .map_err(ServeError::Http)?,
            tls: tls.is_some(),
        };
        tracing::info!(addr = %b.http, tls = b.tls, "http listening");
        if let Some(m) = b.metrics {
            tracing::info!(addr = %m, tls = b.tls, auth = ?shared.cfg.http.metrics_auth, "metrics listening");
        }
        if let Some(tx) = bound {
            let _ = tx.send(b);
        }
        Ok(Listeners { http, metrics, tls })
    }
}

/// Serves `router` on `listener` (TLS when `tls`) until `stop`.
fn spawn_server(
    listener: tokio::net::TcpListener,
    tls: Option<&Arc<rustls::ServerConfig>>,
    failed: &prometheus::IntCounter,
    router: axum::Router,
    stop: CancellationToken,
) -> tokio::task::JoinHandle<std::io::Result<()>> {
    use axum::serve::ListenerExt;
    // `tap_io` gives any listener the `ConnectInfo<SocketAddr>` the console's sign-in reads.
    let service = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
    let shutdown = async move { stop.cancelled().await };
    match tls {
        None => tokio::spawn(
            axum::serve(listener.tap_io(|_| ()), service)
                .with_graceful_shutdown(shutdown)
                .into_future(),
        ),
        Some(config) => {
            let listener = match tls::TlsListener::new(listener, Arc::clone(config), failed.clone())
            {
                Ok(l) => l,
                Err(e) => return tokio::spawn(async move { Err(e) }),
            };
            tokio::spawn(
                axum::serve(listener.tap_io(|_| ()), service)
                    .with_graceful_shutdown(shutdown)
                    .into_future(),
            )
        }
    }
}

/// Everything that feeds the detector's queue — the upstream client, the reload task and the
/// HTTP server (with `/ingest`) — stopped together.
struct Sources {
    stop: CancellationToken,
    tasks: TaskTracker,
    servers: Vec<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl Sources {
    fn start(
        shared: &Arc<Shared>,
        queue: &mpsc::Sender<Msg>,
        reload_rx: mpsc::Receiver<reload::ReloadRequest>,
        files: reload::Watch,
        listeners: Listeners,
        stop: CancellationToken,
    ) -> Sources {
        let tasks = TaskTracker::new();
        let forward = Forwarder::new(
            queue.clone(),
            shared.metrics.source(),
            shared.cfg.limits.max_frame_bytes,
        );
        let hydrator = match shared.cfg.source.target() {
            Some((websocket::SourceKind::Jetstream, _)) => Hydrator::new(
                &shared.cfg.hydration,
                shared.metrics.hydration.clone(),
                crate::source::hydrate::CacheMetrics {
                    evicted: shared
                        .metrics
                        .evictions
                        .with_label_values(&["hydration_cache", "capacity"]),
                    entries: shared
                        .metrics
                        .map_entries
                        .with_label_values(&["hydration_cache"]),
                },
                suspicious(shared),
            ),
            _ => None,
        };
        match (shared.cfg.source.url.clone(), hydrator) {
            (Some(url), Some(hydrator)) => {
                // Jetstream with hydration: reader → hydration stage (ordered) → the queue.
                let (tx, rx) = mpsc::channel(shared.cfg.limits.queue_capacity);
                let staged = Forwarder::new(
                    tx,
                    shared.metrics.source(),
                    shared.cfg.limits.max_frame_bytes,
                );
                tasks.spawn(websocket::run(
                    url,
                    shared.cfg.source.clone(),
                    Arc::clone(&shared.upstream),
                    staged,
                    stop.clone(),
                ));
                tasks.spawn(hydrator.run(rx, queue.clone()));
            }
            (Some(url), None) => {
                tasks.spawn(websocket::run(
                    url,
                    shared.cfg.source.clone(),
                    Arc::clone(&shared.upstream),
                    forward.clone(),
                    stop.clone(),
                ));
            }
            (None, _) => {}
        }
        tasks.spawn(tick(
            queue.clone(),
            std::time::Duration::from_secs(shared.cfg.state.checkpoint_secs),
            stop.clone(),
        ));
        tasks.spawn(reload::run(
            Arc::clone(shared),
            queue.clone(),
            reload_rx,
            files,
            stop.clone(),
        ));
        let failed = &shared.metrics.tls_handshake_failures;
        let tls = listeners.tls.as_ref();
        let mut servers = vec![spawn_server(
            listeners.http,
            tls,
            failed,
            http::router(Arc::clone(shared), forward, queue.clone(), stop.clone()),
            stop.clone(),
        )];
        if let Some(m) = listeners.metrics {
            let router = http::metrics_router(Arc::clone(shared));
            servers.push(spawn_server(m, tls, failed, router, stop.clone()));
        }
        Sources {
            stop,
            tasks,
            servers,
        }
    }

    /// Stops every source and waits until each has dropped its end of the queue.
    async fn stop(self) {
        self.stop.cancel();
        self.tasks.close();
        self.tasks.wait().await;
        for s in self.servers {
            let _ = s.await;
        }
    }
}

/// Sends [`Msg::Tick`] every `every` until `stop`; skipped when the queue is full (the
/// detector is busy, and checkpoints between batches anyway).
async fn tick(queue: mpsc::Sender<Msg>, every: std::time::Duration, stop: CancellationToken) {
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        tokio::select! {
            () = stop.cancelled() => return,
            _ = ticks.tick() => {
                let _ = queue.try_send(Msg::Tick);
            }
        }
    }
}

/// Whether a post already scores as suspicious (content at the review threshold, with the
/// rules and model running): the posts worth an account lookup.
fn suspicious(shared: &Arc<Shared>) -> crate::source::hydrate::Suspicious {
    let detection = Arc::clone(&shared.detection);
    Arc::new(move |post: &crate::detect::event::Post| {
        let (rules, model) = detection.read().expect("detection lock").clone();
        let findings = crate::detect::analyze::analyze(post, &rules);
        if findings.hits.is_empty() && findings.addresses.is_empty() {
            return false;
        }
        let wallet = crate::detect::score::wallet_evidence(&model, &rules, &findings);
        let content = crate::detect::score::content(
            &model,
            &rules,
            &findings,
            &wallet,
            crate::detect::score::Counting::ActAlert,
        );
        content.score >= model.thresholds.review
    })
}

/// The webhook deliveries. They run until the detector has drained, so the last alerts are
/// queued durably before delivery stops (whatever is left is delivered after the next start).
struct Deliveries {
    stop: CancellationToken,
    tasks: TaskTracker,
}

impl Deliveries {
    fn start(webhooks: Vec<WebhookSink>) -> Deliveries {
        let stop = CancellationToken::new();
        let tasks = TaskTracker::new();
        for hook in webhooks {
            tasks.spawn(hook.run(stop.clone()));
        }
        Deliveries { stop, tasks }
    }

    async fn stop(self) {
        self.stop.cancel();
        self.tasks.close();
        self.tasks.wait().await;
    }
}

/// True when `path` is a file the detection depends on (a rule file, an address list, the
/// model, the text model's manifest and weights): other files in the watched directories (editor swap files) do not trigger reloads.
pub(crate) fn is_detection_file(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        Some("toml" | "txt" | "bin") => !path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.')),
        _ => false,
    }
}
