//! The detector thread: the one owner of the [`Detector`]. It decides every message of the
//! queue in order, writes the records to the durable sinks, then publishes them on the live
//! stream, and checkpoints the state.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use super::checkpoint::Checkpointer;
use super::state::StateStore;
use super::{Msg, Shared, telemetry};
use crate::detect::campaign::CampaignStatus;
use crate::detect::detector::{Decision, Detector, EvictReason, Evictions, Outcome, Tracked};
use crate::detect::event::{Input, Post};
use crate::detect::load::{ReloadStatus, ReloadTrigger};
use crate::detect::record::{Record, ReloadRecord};
use crate::sink::{JsonlSink, WebhookSink};

/// Most messages decided between two writes to the sinks.
const BATCH: usize = 256;

/// The durable outputs, owned by the detector thread: every record is written to them before
/// it goes on the live stream.
pub(super) struct Sinks {
    pub webhooks: Vec<WebhookSink>,
    pub jsonl: Option<JsonlSink>,
}

impl Sinks {
    /// Writes `records` to every durable sink. A write that fails (a full disk, an I/O error)
    /// is retried, with a backoff, until it succeeds: the detector waits meanwhile, its queue
    /// fills and the sources stop reading (ingest paused by backpressure), instead of going on
    /// without the sink and losing what it should have kept. The wait is told in an `error`
    /// log line, `scamwatch_sink_blocked{sink}` and `scamwatch_sink_write_errors_total{sink}`
    /// (docs/reliability.md#a-full-disk).
    fn write(&mut self, records: &[Record], metrics: &telemetry::Metrics) {
        if records.is_empty() {
            return;
        }
        if let Some(j) = &mut self.jsonl {
            let path = j.path().display().to_string();
            retry_until_written("jsonl", metrics, || j.write_batch(records), &path);
        }
        for w in &self.webhooks {
            let name = w.name().to_string();
            retry_until_written(&name, metrics, || w.enqueue_batch(records).map(drop), &name);
        }
    }
}

/// First and longest wait between two attempts of a failed durable write.
const RETRY_FIRST: Duration = Duration::from_millis(50);
const RETRY_MAX: Duration = Duration::from_secs(2);

/// Runs `write` until it succeeds, waiting between attempts (doubling from [`RETRY_FIRST`]
/// to [`RETRY_MAX`]); `sink` labels the metrics, `what` names it in the logs.
fn retry_until_written<E: std::fmt::Display>(
    sink: &str,
    metrics: &telemetry::Metrics,
    mut write: impl FnMut() -> Result<(), E>,
    what: &str,
) {
    let mut wait = RETRY_FIRST;
    let mut failures = 0u64;
    let started = Instant::now();
    loop {
        match write() {
            Ok(()) => break,
            Err(e) => {
                failures += 1;
                metrics.sink_write_errors.with_label_values(&[sink]).inc();
                if failures == 1 {
                    metrics.sink_blocked.with_label_values(&[sink]).set(1);
                    tracing::error!(error = %e, sink = what, "durable write failed: ingest paused until it succeeds (retrying)");
                } else if failures.is_power_of_two() {
                    tracing::error!(error = %e, sink = what, attempts = failures, "durable write still failing: ingest paused");
                }
                std::thread::sleep(wait);
                wait = (wait * 2).min(RETRY_MAX);
            }
        }
    }
    if failures > 0 {
        metrics.sink_blocked.with_label_values(&[sink]).set(0);
        tracing::warn!(
            sink = what,
            attempts = failures + 1,
            paused_secs = started.elapsed().as_secs_f64(),
            "durable write succeeded again: ingest resumes"
        );
    }
}

/// The detector thread: decides every message in order, publishes the records, checkpoints;
/// returns when every sender of the queue is gone and the queue is empty.
pub(super) fn detector_loop(
    mut detector: Detector,
    mut rx: mpsc::Receiver<Msg>,
    store: StateStore,
    mut sinks: Sinks,
    shared: Arc<Shared>,
) {
    let mut checkpoints =
        Checkpointer::start(store, &shared.cfg.state, shared.metrics.checkpoints.clone());
    let mut records: Vec<Record> = Vec::new();
    let mut batch: Vec<Msg> = Vec::with_capacity(BATCH);
    let mut json = Vec::with_capacity(2048);
    let mut maps = MapMetrics::default();
    // Every sink's series from the start, at 0.
    let names = sinks
        .jsonl
        .as_ref()
        .map(|_| "jsonl".to_string())
        .into_iter();
    for name in names.chain(sinks.webhooks.iter().map(|w| w.name().to_string())) {
        shared
            .metrics
            .sink_blocked
            .with_label_values(&[&name])
            .set(0);
        shared.metrics.sink_write_errors.with_label_values(&[&name]);
    }
    records.push(reload_record(
        &detector,
        ReloadTrigger::Startup,
        Vec::new(),
        ReloadStatus::Applied,
    ));
    publish(&shared, &mut sinks, &mut records, &mut json);
    while recv_batch(&mut rx, &mut batch) {
        m_queue_depth(&shared, rx.len());
        // The records of the whole batch: written to the sinks in one go (one fsync), then
        // published on the live stream.
        records.clear();
        let started = Instant::now();
        for msg in batch.drain(..) {
            handle_msg(&mut detector, &shared, msg, &mut records);
        }
        busy(&shared, "decide", started);
        publish(&shared, &mut sinks, &mut records, &mut json);
        shared
            .metrics
            .accounts_tracked
            .set(detector.accounts_tracked() as i64);
        maps.publish(&detector, &shared);
        checkpoints.maybe(&mut detector, &shared.upstream);
    }
    checkpoints.finish(&mut detector, &shared.upstream);
    tracing::info!(
        posts = detector.stats().posts,
        alerts = detector.stats().alerts(),
        "detector drained, state saved"
    );
}

/// The bounded maps' sizes and evictions into the metrics: the detector counts evictions
/// since it was created, the counters get the difference since the last batch.
#[derive(Default)]
struct MapMetrics {
    published: Evictions,
    mastodon_evicted: u64,
}

impl MapMetrics {
    fn publish(&mut self, detector: &Detector, shared: &Shared) {
        let m = &shared.metrics;
        for (map, n) in detector.map_sizes() {
            m.map_entries
                .with_label_values(&[map.as_str()])
                .set(n as i64);
        }
        let now = detector.evictions();
        if *now != self.published {
            for map in Tracked::ALL {
                for reason in EvictReason::ALL {
                    let d = now.get(map, reason) - self.published.get(map, reason);
                    if d > 0 {
                        m.evictions
                            .with_label_values(&[map.as_str(), reason.as_str()])
                            .inc_by(d);
                    }
                }
            }
            self.published = now.clone();
        }
        let (pending, evicted) = shared.upstream.mastodon_pending();
        m.map_entries
            .with_label_values(&["mastodon_pending"])
            .set(pending as i64);
        if evicted > self.mastodon_evicted {
            m.evictions
                .with_label_values(&["mastodon_pending", EvictReason::Capacity.as_str()])
                .inc_by(evicted - self.mastodon_evicted);
            self.mastodon_evicted = evicted;
        }
    }
}

/// Waits for the next message, then takes whatever else is queued, up to [`BATCH`] in all.
/// Returns false when the queue has ended (every sender gone, nothing left).
fn recv_batch(rx: &mut mpsc::Receiver<Msg>, batch: &mut Vec<Msg>) -> bool {
    batch.clear();
    match rx.blocking_recv() {
        Some(msg) => batch.push(msg),
        None => return false,
    }
    while batch.len() < BATCH {
        match rx.try_recv() {
            Ok(msg) => batch.push(msg),
            Err(_) => break,
        }
    }
    true
}

/// Decides one message: an input, or a reload (applied between two posts, atomically).
fn handle_msg(detector: &mut Detector, shared: &Shared, msg: Msg, records: &mut Vec<Record>) {
    match msg {
        Msg::Input(input, received) => handle_input(detector, shared, &input, received, records),
        Msg::Swap(rules, model, trigger) => {
            detector.set_rules(rules);
            detector.set_model(model);
            reloaded(
                detector,
                shared,
                trigger,
                Vec::new(),
                ReloadStatus::Applied,
                records,
            );
        }
        Msg::Tick => {}
        Msg::Verdicts(verdicts) => {
            records.extend(
                verdicts
                    .iter()
                    .map(|v| Record::Verdict(crate::detect::record::VerdictRecord::from(v))),
            );
        }
        Msg::Account(id, reply) => {
            let _ = reply.send(detector.account(&id).map(account_view));
        }
        Msg::ReloadFailed(errors, trigger) => {
            reloaded(
                detector,
                shared,
                trigger,
                errors,
                ReloadStatus::Failed,
                records,
            );
        }
    }
}

/// One input through the detector (its records appended to `records`), and its metrics.
fn handle_input(
    detector: &mut Detector,
    shared: &Shared,
    input: &Input,
    received: Instant,
    records: &mut Vec<Record>,
) {
    let outcome = detector.process(input, records);
    match (input, &outcome) {
        (Input::Post(p), outcome) => {
            match outcome {
                Outcome::Duplicate => shared.metrics.duplicates.inc(),
                Outcome::Post(decision) => {
                    shared.metrics.posts_processed.inc();
                    if let Some(c) = &shared.console {
                        remember(shared, c, p, decision);
                    }
                    count_rule_matches(detector, shared, decision);
                    if let Some(t) = &decision.text {
                        shared.metrics.text_model_scored.inc();
                        if let Some(lift) = t.lift {
                            shared
                                .metrics
                                .text_model_lifts
                                .with_label_values(&[t.mode.as_str(), lift.as_str()])
                                .inc();
                        }
                    }
                }
                Outcome::AccountEvent => {}
            }
            let us = p.created_at.0.saturating_mul(1000);
            shared.upstream.cursor.fetch_max(us, Ordering::Relaxed);
            if p.platform == crate::detect::event::Platform::Mastodon {
                shared.upstream.processed_mastodon(&p.id);
            }
            let lag = chrono::Utc::now().timestamp_millis() - p.created_at.0;
            shared.metrics.lag_seconds.set(lag as f64 / 1000.0);
        }
        _ => shared.metrics.account_events.inc(),
    }
    detector.recycle(outcome);
    let waited = received.elapsed().as_secs_f64();
    shared.metrics.latency.observe(waited);
    shared.metrics.decision_lag_seconds.set(waited);
}

/// A decided post into the console's timeline store (evictions counted).
fn remember(shared: &Shared, c: &super::console::Console, post: &Post, decision: &Decision) {
    let mut t = c.timelines.lock().unwrap_or_else(|p| p.into_inner());
    let evicted = t.record(post, decision);
    let m = &shared.metrics;
    let capacity = EvictReason::Capacity.as_str();
    if evicted.accounts > 0 {
        m.console_timeline_evictions
            .with_label_values(&["account"])
            .inc_by(evicted.accounts);
        m.evictions
            .with_label_values(&["console_accounts", capacity])
            .inc_by(evicted.accounts);
    }
    if evicted.posts > 0 {
        m.console_timeline_evictions
            .with_label_values(&["post"])
            .inc_by(evicted.posts);
        m.evictions
            .with_label_values(&["console_posts", capacity])
            .inc_by(evicted.posts);
    }
    m.console_timeline_accounts.set(t.len() as i64);
    m.map_entries
        .with_label_values(&["console_accounts"])
        .set(t.len() as i64);
}

/// Adds the time since `started` to the detector thread's busy time of `stage`.
fn busy(shared: &Shared, stage: &str, started: Instant) {
    shared
        .metrics
        .detector_busy
        .with_label_values(&[stage])
        .inc_by(started.elapsed().as_secs_f64());
}

/// Rule matches of a decided post, per rule and mode.
fn count_rule_matches(detector: &Detector, shared: &Shared, decision: &Decision) {
    let rules = detector.rules();
    for h in &decision.findings.hits {
        let r = &rules.rules()[h.rule];
        shared
            .metrics
            .rule_matches
            .with_label_values(&[r.id.as_str(), mode_label(r.mode)])
            .inc();
    }
}

/// A reload took effect or was refused: counted, and reported on the alert stream.
fn reloaded(
    detector: &Detector,
    shared: &Shared,
    trigger: ReloadTrigger,
    errors: Vec<String>,
    status: ReloadStatus,
    records: &mut Vec<Record>,
) {
    shared
        .metrics
        .reloads
        .with_label_values(&[status.as_str()])
        .inc();
    let info = &shared.metrics.text_model_info;
    info.reset();
    if let (Some(c), Some(p)) = (
        &detector.model().text_classifier,
        &detector.model().classifier,
    ) {
        info.with_label_values(&[c.name(), p.mode.as_str()]).set(1);
    }
    records.push(reload_record(detector, trigger, errors, status));
}

fn m_queue_depth(shared: &Shared, depth: usize) {
    shared
        .metrics
        .queue_depth
        .with_label_values(&[telemetry::DETECTOR_QUEUE])
        .set(depth as i64);
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
        Record::Campaign(c) if c.status == CampaignStatus::Formed => shared.metrics.campaigns.inc(),
        _ => {}
    }
}

/// Writes `records` to the durable sinks, then sends them on the live stream.
fn publish(shared: &Shared, sinks: &mut Sinks, records: &mut Vec<Record>, json: &mut Vec<u8>) {
    if records.is_empty() {
        return;
    }
    let started = Instant::now();
    sinks.write(records, &shared.metrics);
    busy(shared, "sinks", started);
    // Each record serialized once, for the console's log and the live streams (a campaign
    // record lists every member: under a flood they are most of the bytes).
    let started = Instant::now();
    let lines: Vec<Arc<str>> = records
        .iter()
        .map(|r| {
            json.clear();
            serde_json::to_writer(&mut *json, r).expect("records serialize");
            Arc::from(std::str::from_utf8(json).expect("serde_json writes UTF-8"))
        })
        .collect();
    busy(shared, "publish", started);
    let started = Instant::now();
    if let Some(c) = &shared.console
        && let Err(e) = c.history.append_json(records, &lines)
    {
        tracing::error!(error = %e, path = %c.history.path().display(), "console record log write failed");
    }
    busy(shared, "console_log", started);
    let started = Instant::now();
    for (r, line) in records.drain(..).zip(lines) {
        count_record(shared, &r);
        // No subscriber is fine: the stream is live, the sinks are durable.
        let _ = shared.alerts.send(line);
    }
    busy(shared, "publish", started);
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
        text_model: detector
            .model()
            .text_classifier
            .as_ref()
            .map(|c| c.name().to_string()),
        text_model_mode: detector
            .model()
            .classifier
            .as_ref()
            .map(|c| c.mode.as_str()),
        errors,
        at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
    })
}

/// An account's history as the console shows it: counters, baselines, security events and the
/// open lock, times in RFC 3339 (event time).
fn account_view(h: &crate::detect::score::AccountHistory) -> serde_json::Value {
    let time = |ms: i64| {
        chrono::DateTime::from_timestamp_millis(ms).map_or_else(
            || ms.to_string(),
            |t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        )
    };
    serde_json::json!({
        "posts": h.posts,
        "crypto_posts": h.crypto_posts,
        "wallet_posts": h.wallet_posts,
        "scam_posts": h.scam_posts,
        "first_seen": time(h.first_seen),
        "last_seen": time(h.last_seen),
        "clients": h.clients,
        "langs": h.langs,
        "security": h.security.iter().map(|(at, kind)| serde_json::json!({"at": time(*at), "type": kind})).collect::<Vec<_>>(),
        "lock": h.lock.as_ref().map(|(at, id)| serde_json::json!({"at": time(*at), "alert_id": id})),
    })
}
