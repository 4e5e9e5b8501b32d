//! Metrics: one Prometheus registry per service, every metric named
//! `scamwatch_<name>_<unit>` and labelled only by bounded values (rule id, action, reason,
//! queue) — never an account or a post id.

use prometheus::{
    Histogram, HistogramOpts, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry,
};

use crate::source::forward::SourceMetrics;

/// The `queue` label of the detector's queue on `scamwatch_queue_depth`.
pub const DETECTOR_QUEUE: &str = "detector";

/// Every metric of the service.
pub struct Metrics {
    pub registry: Registry,
    pub messages_received: IntCounter,
    pub posts_processed: IntCounter,
    pub account_events: IntCounter,
    pub skipped: IntCounterVec,
    /// Well-formed messages that carry no post (deletes, other collections, other events),
    /// by reason.
    pub ignored: IntCounterVec,
    pub duplicates: IntCounter,
    pub rule_matches: IntCounterVec,
    pub alerts: IntCounterVec,
    pub records: IntCounterVec,
    pub campaigns: IntCounter,
    pub queue_depth: IntGaugeVec,
    pub latency: Histogram,
    pub lag_seconds: prometheus::Gauge,
    pub ws_reconnects: IntCounter,
    pub ws_connected: IntGauge,
    /// Statuses backfilled from a REST timeline after a reconnect (Mastodon).
    pub backfilled: IntCounter,
    /// Account hydration (Bluesky profile lookups), by result.
    pub hydration: IntCounterVec,
    pub reloads: IntCounterVec,
    pub stream_subscribers: IntGauge,
    pub stream_lagged: IntCounter,
    pub checkpoints: IntCounterVec,
    pub accounts_tracked: IntGauge,
    /// Verdicts stored by `POST /feedback`, by kind.
    pub verdicts: IntCounterVec,
    /// Verdicts refused: each bad line of a refused body (an empty or too large body counts
    /// one).
    pub verdicts_rejected: IntCounter,
    /// Posts the text model scored.
    pub text_model_scored: IntCounter,
    /// Posts the text model lifted, by mode (`live` applied, `shadow` only reported) and the
    /// action it lifted them to.
    pub text_model_lifts: IntCounterVec,
    /// 1 for the text model running, labelled with its name and mode.
    pub text_model_info: IntGaugeVec,
    /// Console sign-ins, by result (`success`, `failure`, `limited`).
    pub console_logins: IntCounterVec,
    /// The console's timeline store: accounts kept, and evictions (`account`: the least
    /// recently posting account made room; `post`: an account's oldest summary dropped).
    pub console_timeline_accounts: IntGauge,
    pub console_timeline_evictions: IntCounterVec,
    /// HTTP requests refused for want of a credential, by endpoint and reason
    /// ([`crate::service::access`]).
    pub http_unauthorized: IntCounterVec,
    /// HTTP requests refused for what they cost, by endpoint and reason (`too_large`,
    /// `rate_limited`; [`crate::service::limits`]).
    pub http_refused: IntCounterVec,
    /// `/ingest` websocket messages held back until the token's bucket had room.
    pub ingest_throttled: IntCounter,
    /// TLS handshakes that failed or timed out ([`crate::service::tls`]).
    pub tls_handshake_failures: IntCounter,
    /// Certificate reloads by result (`applied`, `failed`).
    pub tls_reloads: IntCounterVec,
    /// 1 when this start found the state store corrupt and moved it aside.
    pub state_quarantined: IntGauge,
    /// Where the detector thread's time goes, by stage (`decide`, `sinks`, `console_log`,
    /// `publish`; [`DETECTOR_STAGES`]).
    pub detector_busy: prometheus::CounterVec,
    /// Entries that left a bounded map, by map and reason (`expired`: its window passed;
    /// `capacity`: the map was full; docs/reliability.md#bounds).
    pub evictions: IntCounterVec,
    /// Entries in each bounded map, by map.
    pub map_entries: IntGaugeVec,
    /// Receipt to decision of the latest message decided: how long it waited in the service
    /// (with a full queue, about `queue_capacity` / the decision rate).
    pub decision_lag_seconds: prometheus::Gauge,
    /// Time the sources spent waiting for room in the detector's queue: while it grows, the
    /// upstream is being slowed down (backpressure).
    pub source_queue_wait: prometheus::Counter,
    /// 1 while a durable write (an outbox, the JSONL sink) fails and the detector waits
    /// before retrying it, by sink: ingest is paused (docs/reliability.md#a-full-disk).
    pub sink_blocked: IntGaugeVec,
    /// Durable writes that failed (and were retried), by sink.
    pub sink_write_errors: IntCounterVec,
}

/// The `map` labels of `scamwatch_evictions_total` and `scamwatch_map_entries` besides the
/// detector's ([`crate::detect::detector::Tracked`]): the console's timeline store, the
/// Mastodon source's notes of forwarded statuses and the Bluesky hydration cache.
pub const SERVICE_MAPS: [&str; 4] = [
    "console_accounts",
    "console_posts",
    "mastodon_pending",
    "hydration_cache",
];

/// The `stage` labels of `scamwatch_detector_busy_seconds_total`.
pub const DETECTOR_STAGES: [&str; 4] = ["decide", "sinks", "console_log", "publish"];

fn counter(r: &Registry, name: &str, help: &str) -> IntCounter {
    let c = IntCounter::new(name, help).expect("valid metric");
    r.register(Box::new(c.clone())).expect("unique metric");
    c
}

fn counter_vec(r: &Registry, name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
    let c = IntCounterVec::new(Opts::new(name, help), labels).expect("valid metric");
    r.register(Box::new(c.clone())).expect("unique metric");
    c
}

fn gauge(r: &Registry, name: &str, help: &str) -> IntGauge {
    let g = IntGauge::new(name, help).expect("valid metric");
    r.register(Box::new(g.clone())).expect("unique metric");
    g
}

impl Metrics {
    pub fn new() -> Metrics {
        let r = Registry::new();
        let queue_depth = IntGaugeVec::new(
            Opts::new(
                "scamwatch_queue_depth",
                "Items waiting in a bounded queue between stages",
            ),
            &["queue"],
        )
        .expect("valid metric");
        r.register(Box::new(queue_depth.clone()))
            .expect("unique metric");
        let latency = Histogram::with_opts(
            HistogramOpts::new(
                "scamwatch_ingest_to_decision_seconds",
                "Time from receiving a message to its decision",
            )
            // Fine below a millisecond, where the decision budget is (issue 16: p99 ≤ 1 ms),
            // coarse above it.
            .buckets(vec![
                0.000_01, 0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.000_75, 0.001,
                0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
            ]),
        )
        .expect("valid metric");
        r.register(Box::new(latency.clone()))
            .expect("unique metric");
        let lag_seconds = prometheus::Gauge::new(
            "scamwatch_event_lag_seconds",
            "Wall clock minus the event time of the latest post processed",
        )
        .expect("valid metric");
        r.register(Box::new(lag_seconds.clone()))
            .expect("unique metric");
        let verdicts = counter_vec(
            &r,
            "scamwatch_verdicts_total",
            "Moderator verdicts stored by POST /feedback, by verdict",
            &["verdict"],
        );
        // Every kind shows from the start, at 0: a rate over a missing series is no rate.
        for k in crate::detect::verdict::VerdictKind::ALL {
            verdicts.with_label_values(&[k.as_str()]);
        }
        let text_model_info = IntGaugeVec::new(
            Opts::new(
                "scamwatch_text_model_info",
                "1 for the learned text model running, by name and mode",
            ),
            &["model", "mode"],
        )
        .expect("valid metric");
        r.register(Box::new(text_model_info.clone()))
            .expect("unique metric");
        let console_logins = counter_vec(
            &r,
            "scamwatch_console_logins_total",
            "Console sign-ins, by result (success, failure, limited)",
            &["result"],
        );
        for k in ["success", "failure", "limited"] {
            console_logins.with_label_values(&[k]);
        }
        let console_timeline_evictions = counter_vec(
            &r,
            "scamwatch_console_timeline_evictions_total",
            "Console timeline evictions: account (least recently posting) or post (oldest of an account)",
            &["what"],
        );
        for k in ["account", "post"] {
            console_timeline_evictions.with_label_values(&[k]);
        }
        let detector_busy = prometheus::CounterVec::new(
            Opts::new(
                "scamwatch_detector_busy_seconds_total",
                "Time the detector thread spent, by stage: decide (detection), sinks (JSONL and webhook outboxes), console_log (the console's record log, fsync included), publish (the live streams)",
            ),
            &["stage"],
        )
        .expect("valid metric");
        r.register(Box::new(detector_busy.clone()))
            .expect("unique metric");
        for k in DETECTOR_STAGES {
            detector_busy.with_label_values(&[k]);
        }
        let http_unauthorized = counter_vec(
            &r,
            "scamwatch_http_unauthorized_total",
            "HTTP requests refused for want of a credential, by endpoint and reason (missing, invalid, not_configured)",
            &["endpoint", "reason"],
        );
        for e in crate::service::access::ENDPOINTS {
            for k in crate::service::access::REASONS {
                http_unauthorized.with_label_values(&[e, k]);
            }
        }
        let tls_reloads = counter_vec(
            &r,
            "scamwatch_http_tls_reloads_total",
            "Reloads of the [http.tls] certificate by result: applied, or failed (the previous certificate stays)",
            &["result"],
        );
        for result in ["applied", "failed"] {
            tls_reloads.with_label_values(&[result]);
        }
        let http_refused = counter_vec(
            &r,
            "scamwatch_http_refused_total",
            "HTTP requests refused for what they cost, by endpoint and reason (too_large, rate_limited)",
            &["endpoint", "reason"],
        );
        for e in crate::service::limits::ENDPOINTS {
            for k in crate::service::limits::REASONS {
                http_refused.with_label_values(&[e, k]);
            }
        }
        let evictions = counter_vec(
            &r,
            "scamwatch_evictions_total",
            "Entries that left a bounded map, by map and reason (expired: its window or TTL passed; capacity: the map was full)",
            &["map", "reason"],
        );
        let map_entries = IntGaugeVec::new(
            Opts::new(
                "scamwatch_map_entries",
                "Entries in each bounded map of the service, by map",
            ),
            &["map"],
        )
        .expect("valid metric");
        r.register(Box::new(map_entries.clone()))
            .expect("unique metric");
        {
            use crate::detect::detector::{EvictReason, Tracked};
            for m in Tracked::ALL {
                map_entries.with_label_values(&[m.as_str()]);
                for k in EvictReason::ALL {
                    evictions.with_label_values(&[m.as_str(), k.as_str()]);
                }
            }
            for m in SERVICE_MAPS {
                if m != "console_posts" {
                    // (posts are bounded per account: no total is kept)
                    map_entries.with_label_values(&[m]);
                }
                evictions.with_label_values(&[m, EvictReason::Capacity.as_str()]);
            }
        }
        let decision_lag_seconds = prometheus::Gauge::new(
            "scamwatch_decision_lag_seconds",
            "Receipt to decision of the latest message decided: how long it waited in the service",
        )
        .expect("valid metric");
        r.register(Box::new(decision_lag_seconds.clone()))
            .expect("unique metric");
        let source_queue_wait = prometheus::Counter::new(
            "scamwatch_source_queue_wait_seconds_total",
            "Time the sources spent waiting for room in the detector's queue (backpressure on the upstream)",
        )
        .expect("valid metric");
        r.register(Box::new(source_queue_wait.clone()))
            .expect("unique metric");
        let sink_blocked = IntGaugeVec::new(
            Opts::new(
                "scamwatch_sink_blocked",
                "1 while a durable write fails and the detector waits to retry it (ingest paused), by sink",
            ),
            &["sink"],
        )
        .expect("valid metric");
        r.register(Box::new(sink_blocked.clone()))
            .expect("unique metric");
        Metrics {
            evictions,
            map_entries,
            decision_lag_seconds,
            source_queue_wait,
            sink_blocked,
            sink_write_errors: counter_vec(
                &r,
                "scamwatch_sink_write_errors_total",
                "Durable writes (webhook outboxes, the JSONL sink) that failed and were retried, by sink",
                &["sink"],
            ),
            http_unauthorized,
            http_refused,
            ingest_throttled: counter(
                &r,
                "scamwatch_ingest_throttled_total",
                "/ingest websocket messages held back until the token's rate limit had room",
            ),
            state_quarantined: gauge(
                &r,
                "scamwatch_state_quarantined",
                "1 when this start found the state store corrupt, moved it aside and started from an empty state",
            ),
            tls_handshake_failures: counter(
                &r,
                "scamwatch_http_tls_handshake_failures_total",
                "TLS handshakes on the HTTP listeners that failed or timed out",
            ),
            tls_reloads,
            console_logins,
            console_timeline_accounts: gauge(
                &r,
                "scamwatch_console_timeline_accounts",
                "Accounts in the console's timeline store",
            ),
            console_timeline_evictions,
            detector_busy,
            messages_received: counter(
                &r,
                "scamwatch_messages_received_total",
                "JSON messages received from all sources",
            ),
            posts_processed: counter(&r, "scamwatch_posts_processed_total", "Posts decided"),
            account_events: counter(
                &r,
                "scamwatch_account_events_total",
                "Account security events processed",
            ),
            skipped: counter_vec(
                &r,
                "scamwatch_messages_skipped_total",
                "Messages skipped, by reason",
                &["reason"],
            ),
            ignored: counter_vec(
                &r,
                "scamwatch_messages_ignored_total",
                "Well-formed messages that carry no post or account event, by reason",
                &["reason"],
            ),
            duplicates: counter(
                &r,
                "scamwatch_posts_duplicate_total",
                "Posts dropped because their id was processed already",
            ),
            rule_matches: counter_vec(
                &r,
                "scamwatch_rule_matches_total",
                "Posts a rule fired on, by rule id and mode",
                &["rule", "mode"],
            ),
            alerts: counter_vec(
                &r,
                "scamwatch_alerts_total",
                "Post alerts, by action",
                &["action"],
            ),
            records: counter_vec(
                &r,
                "scamwatch_records_total",
                "Records on the alert stream, by kind",
                &["kind"],
            ),
            campaigns: counter(&r, "scamwatch_campaigns_total", "Campaigns formed"),
            queue_depth,
            latency,
            lag_seconds,
            ws_reconnects: counter(
                &r,
                "scamwatch_websocket_reconnects_total",
                "Reconnection attempts to the upstream websocket",
            ),
            ws_connected: gauge(
                &r,
                "scamwatch_websocket_connected",
                "1 while the upstream websocket is connected",
            ),
            backfilled: counter(
                &r,
                "scamwatch_source_backfilled_total",
                "Posts read from the upstream's REST timeline to fill the gap after a reconnect",
            ),
            hydration: counter_vec(
                &r,
                "scamwatch_hydration_total",
                "Bluesky posts through account hydration, by result",
                &["result"],
            ),
            reloads: counter_vec(
                &r,
                "scamwatch_rule_reloads_total",
                "Rule and model reloads, by result",
                &["result"],
            ),
            stream_subscribers: gauge(
                &r,
                "scamwatch_alert_stream_subscribers",
                "Clients on /alerts and /alerts/sse",
            ),
            stream_lagged: counter(
                &r,
                "scamwatch_alert_stream_lagged_total",
                "Records a slow alert-stream client missed",
            ),
            checkpoints: counter_vec(
                &r,
                "scamwatch_state_checkpoints_total",
                "State store checkpoints, by result",
                &["result"],
            ),
            accounts_tracked: gauge(
                &r,
                "scamwatch_state_accounts",
                "Accounts with history in memory",
            ),
            verdicts,
            verdicts_rejected: counter(
                &r,
                "scamwatch_verdicts_rejected_total",
                "Verdicts POST /feedback refused (bad lines of refused bodies)",
            ),
            text_model_scored: counter(
                &r,
                "scamwatch_text_model_scored_total",
                "Posts the learned text model scored",
            ),
            text_model_lifts: counter_vec(
                &r,
                "scamwatch_text_model_lifts_total",
                "Posts the learned text model lifted, by mode and action",
                &["mode", "action"],
            ),
            text_model_info,
            registry: r,
        }
    }

    /// The handles the sources bump ([`crate::source`]): the same registered metrics.
    pub fn source(&self) -> SourceMetrics {
        SourceMetrics {
            messages_received: self.messages_received.clone(),
            skipped: self.skipped.clone(),
            ignored: self.ignored.clone(),
            queue_depth: self.queue_depth.clone(),
            queue_name: DETECTOR_QUEUE,
            reconnects: self.ws_reconnects.clone(),
            connected: self.ws_connected.clone(),
            backfilled: self.backfilled.clone(),
            queue_wait: self.source_queue_wait.clone(),
        }
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut buf = String::new();
        let enc = prometheus::TextEncoder::new();
        enc.encode_utf8(&self.registry.gather(), &mut buf)
            .expect("text encoding cannot fail on gathered families");
        buf
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
