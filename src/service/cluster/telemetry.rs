//! A worker's metrics and health: `/metrics` (Prometheus text), `/healthz`, `/readyz` on
//! `cluster.metrics_listen`. Names follow the service's (`scamwatch_<name>_<unit>`; the same
//! `scamwatch_posts_processed_total`, `scamwatch_records_total{kind}`, `scamwatch_alerts_total
//! {action}` as `serve`), the cluster's own start with `scamwatch_cluster_`; labels stay
//! bounded (a partition number, a budget, a rules fingerprint).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use prometheus::{
    Counter, Histogram, HistogramOpts, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts,
    Registry,
};
use tokio_util::sync::CancellationToken;

use crate::detect::record::Record;
use crate::service::access::Access;

/// Every metric of a worker.
pub struct ClusterMetrics {
    pub registry: Registry,
    pub posts_processed: IntCounter,
    pub account_events: IntCounter,
    /// Posts dropped because their id was decided already within the duplicate window (by
    /// this worker or, through Redis, another), counted when their batch is committed.
    pub posts_duplicate: IntCounter,
    pub records: IntCounterVec,
    pub alerts: IntCounterVec,
    /// Circuit-breaker records that tripped a budget, by budget.
    pub brake_trips: IntCounterVec,
    pub partitions_owned: IntGauge,
    /// Posts of a partition not yet delivered to its consumer (the lag), by partition.
    pub consumer_lag: IntGaugeVec,
    /// Posts decided again: delivered more than once, or skipped at or below the commit.
    pub redeliveries: IntCounter,
    pub commits: IntCounter,
    /// Records JetStream already had when published (a batch decided again after a worker
    /// died between its publish and its commit): stored once, delivered once.
    pub records_duplicate: IntCounter,
    pub leases_lost: IntCounter,
    pub redis_round_trips: IntCounter,
    pub redis_seconds: Counter,
    pub redis_errors: IntCounter,
    pub gate_wait_seconds: Counter,
    /// 1 while the dependency answers, by `dependency` (`nats`, `redis`).
    pub dependency_up: IntGaugeVec,
    /// 1, labelled with the fingerprint of the rules running (the same on every worker after
    /// a reload reached them all).
    pub rules_info: IntGaugeVec,
    pub reloads: IntCounterVec,
    pub http_unauthorized: IntCounterVec,
    /// From the ingest's publish (its wall clock, a message header) to the commit of the
    /// post's decision (this worker's wall clock): the end-to-end delay, queueing included.
    pub ingest_to_decision: Histogram,
}

impl ClusterMetrics {
    pub fn new() -> Self {
        let r = Registry::new();
        let counter = |name: &str, help: &str| {
            let c = IntCounter::new(name, help).expect("valid metric");
            r.register(Box::new(c.clone())).expect("unique metric");
            c
        };
        let fcounter = |name: &str, help: &str| {
            let c = Counter::new(name, help).expect("valid metric");
            r.register(Box::new(c.clone())).expect("unique metric");
            c
        };
        let counter_vec = |name: &str, help: &str, labels: &[&str]| {
            let c = IntCounterVec::new(Opts::new(name, help), labels).expect("valid metric");
            r.register(Box::new(c.clone())).expect("unique metric");
            c
        };
        let gauge_vec = |name: &str, help: &str, labels: &[&str]| {
            let g = IntGaugeVec::new(Opts::new(name, help), labels).expect("valid metric");
            r.register(Box::new(g.clone())).expect("unique metric");
            g
        };
        let partitions_owned = IntGauge::new(
            "scamwatch_cluster_partitions_owned",
            "Partitions this worker decides.",
        )
        .expect("valid metric");
        r.register(Box::new(partitions_owned.clone()))
            .expect("unique metric");
        let ingest_to_decision = Histogram::with_opts(
            HistogramOpts::new(
                "scamwatch_cluster_ingest_to_decision_seconds",
                "Time from the ingest's publish to the commit of the post's decision.",
            )
            .buckets(vec![
                0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
            ]),
        )
        .expect("valid metric");
        r.register(Box::new(ingest_to_decision.clone()))
            .expect("unique metric");
        let m = ClusterMetrics {
            ingest_to_decision,
            posts_processed: counter("scamwatch_posts_processed_total", "Posts decided."),
            account_events: counter(
                "scamwatch_account_events_total",
                "Account security events recorded.",
            ),
            posts_duplicate: counter(
                "scamwatch_posts_duplicate_total",
                "Posts dropped because their id was processed already (within the duplicate window).",
            ),
            records: counter_vec(
                "scamwatch_records_total",
                "Records published, by kind.",
                &["kind"],
            ),
            alerts: counter_vec(
                "scamwatch_alerts_total",
                "Alerts published, by action.",
                &["action"],
            ),
            brake_trips: counter_vec(
                "scamwatch_cluster_brake_trips_total",
                "Times a budget of the mass-action brake tripped (a circuit_breaker record), by budget.",
                &["budget"],
            ),
            partitions_owned,
            consumer_lag: gauge_vec(
                "scamwatch_cluster_consumer_lag",
                "Posts of the partition not yet delivered to this worker, by partition.",
                &["partition"],
            ),
            redeliveries: counter(
                "scamwatch_cluster_redeliveries_total",
                "Posts delivered again (after a worker died or a batch was dropped).",
            ),
            commits: counter(
                "scamwatch_cluster_commits_total",
                "Batches committed to Redis.",
            ),
            records_duplicate: counter(
                "scamwatch_cluster_records_duplicate_total",
                "Records published again and dropped by the records stream as duplicates (a batch decided twice).",
            ),
            leases_lost: counter(
                "scamwatch_cluster_leases_lost_total",
                "Partitions this worker lost the lease of while deciding them.",
            ),
            redis_round_trips: counter(
                "scamwatch_cluster_redis_round_trips_total",
                "Calls to Redis from the partitions (each one round trip).",
            ),
            redis_seconds: fcounter(
                "scamwatch_cluster_redis_seconds_total",
                "Time spent in those calls; divided by the round trips, the round-trip time.",
            ),
            redis_errors: counter(
                "scamwatch_cluster_redis_errors_total",
                "Calls to Redis that failed (and were retried).",
            ),
            gate_wait_seconds: fcounter(
                "scamwatch_cluster_gate_wait_seconds_total",
                "Time posts waited at the ordering gate for other partitions.",
            ),
            dependency_up: gauge_vec(
                "scamwatch_cluster_dependency_up",
                "1 while the dependency answers, by dependency.",
                &["dependency"],
            ),
            rules_info: gauge_vec(
                "scamwatch_rules_info",
                "1, labelled with the fingerprint of the rules running.",
                &["fingerprint"],
            ),
            reloads: counter_vec(
                "scamwatch_rule_reloads_total",
                "Rule and model reloads, by result (applied, failed), as serve's.",
                &["result"],
            ),
            http_unauthorized: counter_vec(
                "scamwatch_http_unauthorized_total",
                "Requests refused for their credential, by endpoint and reason.",
                &["endpoint", "reason"],
            ),
            registry: r,
        };
        for d in ["nats", "redis"] {
            m.dependency_up.with_label_values(&[d]).set(0);
        }
        for s in ["applied", "failed"] {
            m.reloads.with_label_values(&[s]);
        }
        for b in ["lock", "takedown"] {
            m.brake_trips.with_label_values(&[b]);
        }
        m
    }

    /// Counts the records of a batch.
    pub fn count_records(&self, records: &[Record]) {
        for r in records {
            self.records.with_label_values(&[r.kind()]).inc();
            match r {
                Record::Alert(a) => self.alerts.with_label_values(&[a.action.as_str()]).inc(),
                Record::CircuitBreaker(b)
                    if b.state == crate::detect::decide::BrakeState::Tripped =>
                {
                    self.brake_trips
                        .with_label_values(&[b.budget.as_str()])
                        .inc();
                }
                _ => {}
            }
        }
    }

    pub fn render(&self) -> String {
        render(&self.registry)
    }
}

/// A registry's metrics in the Prometheus text format.
pub(crate) fn render(registry: &Registry) -> String {
    let mut buf = String::new();
    prometheus::TextEncoder::new()
        .encode_utf8(&registry.gather(), &mut buf)
        .expect("text encoding cannot fail on gathered families");
    buf
}

impl Default for ClusterMetrics {
    fn default() -> Self {
        Self::new()
    }
}

/// What the HTTP handlers read (a worker's, an ingest's, a deliver role's).
pub(crate) struct Health {
    /// The role's metrics, rendered on `/metrics`.
    pub registry: Registry,
    /// NATS connected and the last round of leases reached Redis.
    pub nats_up: AtomicBool,
    pub redis_up: AtomicBool,
    /// `None`: `/metrics` open to whoever reaches the listener (`metrics_auth = "none"`).
    pub access: Option<Access>,
}

impl Health {
    pub fn ready(&self) -> bool {
        self.nats_up.load(Ordering::Relaxed) && self.redis_up.load(Ordering::Relaxed)
    }
}

/// Serves `/metrics`, `/healthz` and `/readyz` on `addr` until `shutdown`; returns the bound
/// address once listening.
///
/// # Errors
/// The address cannot be bound.
pub(crate) async fn serve(
    addr: SocketAddr,
    health: Arc<Health>,
    shutdown: CancellationToken,
) -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    let app = Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(readyz))
        .with_state(health);
    tokio::spawn(async move {
        let r = axum::serve(listener, app)
            .with_graceful_shutdown(async move { shutdown.cancelled().await })
            .await;
        if let Err(e) = r {
            tracing::error!(error = %e, "worker http server stopped");
        }
    });
    Ok(bound)
}

async fn metrics(State(h): State<Arc<Health>>, headers: HeaderMap) -> Response {
    if let Some(access) = &h.access
        && let Err(r) = access.admit("metrics", &headers)
    {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer realm=\"scamwatch\"")],
            format!("send Authorization: Bearer TOKEN ({})\n", r.as_str()),
        )
            .into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        render(&h.registry),
    )
        .into_response()
}

async fn readyz(State(h): State<Arc<Health>>) -> Response {
    if h.ready() {
        (StatusCode::OK, "ready\n").into_response()
    } else {
        let what = match (
            h.nats_up.load(Ordering::Relaxed),
            h.redis_up.load(Ordering::Relaxed),
        ) {
            (false, false) => "NATS and Redis unreachable\n",
            (false, true) => "NATS unreachable\n",
            _ => "Redis unreachable\n",
        };
        (StatusCode::SERVICE_UNAVAILABLE, what).into_response()
    }
}

#[cfg(test)]
mod tests {
    /// Every `scamwatch_…` name the shipped dashboard and alert rules query is one a worker or
    /// `serve` exports (a renamed metric must not leave a panel or an alert silently empty).
    #[test]
    fn the_dashboard_and_the_alert_rules_query_metrics_that_exist() {
        let exported = [
            include_str!("telemetry.rs"),
            include_str!("../telemetry.rs"),
            include_str!("../../sink/metrics.rs"),
        ]
        .concat();
        let dashboard: serde_json::Value =
            serde_json::from_str(include_str!("../../../ops/grafana/scamwatch-cluster.json"))
                .expect("the dashboard is JSON");
        assert!(dashboard["panels"].as_array().is_some_and(|p| p.len() >= 8));
        for text in [
            include_str!("../../../ops/grafana/scamwatch-cluster.json"),
            include_str!("../../../ops/prometheus/scamwatch-alerts.yml"),
        ] {
            let mut rest = text;
            while let Some(i) = rest.find("scamwatch_") {
                let name: String = rest[i..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                rest = &rest[i + name.len()..];
                if name.len() <= "scamwatch_".len() {
                    continue;
                }
                // A histogram's series are named after it.
                let name = ["_bucket", "_sum", "_count"]
                    .iter()
                    .find_map(|s| name.strip_suffix(s))
                    .map_or(name.clone(), str::to_string);
                assert!(
                    exported.contains(&format!("\"{name}\"")),
                    "{name} is queried but no metric has that name"
                );
            }
        }
    }
}
