//! Cluster mode (issue 15, docs/cluster.md): the detector as several processes on NATS
//! JetStream (a durable stream of posts, partitioned by account) and Redis (the state every
//! worker shares).
//!
//! ```text
//!  ingest ─publish─▶ stream <prefix>.<p> ─▶ worker: one thread per owned partition:
//!                    (p = hash(account) mod P)    fetch ─▶ Detector<RedisState> ─▶ records stream
//!                                                 ─▶ commit (Redis, fenced by the lease) ─▶ ack
//! ```
//!
//! - [`ingest`]: `scamwatch ingest`, the upstream into the stream.
//! - [`worker`]: `scamwatch worker`, partitions claimed by lease, decided, committed, acked.
//! - [`deliver`]: `scamwatch deliver`, the records stream into the webhooks' outboxes and the
//!   JSONL file, one durable consumer per sink.
//! - [`records`]: `scamwatch cluster-records`, the records stream read back as JSON Lines.
//! - [`telemetry`]: a role's `/metrics`, `/healthz`, `/readyz`.
//! - `redis_state`: the detector's [`SharedState`](crate::detect::shared::SharedState) on
//!   Redis, with the ordering gate; its Lua scripts are in `lua/`.
//!
//! Single-process mode does not go through here: `serve` and `replay` run
//! `Detector<LocalState>`, as before.

pub mod deliver;
pub mod ingest;
mod keys;
pub mod records;
mod redis_state;
pub mod telemetry;
pub mod worker;

use std::time::Duration;

use serde::Deserialize;

use crate::detect::hash::fnv1a;

/// The `[cluster]` section of the configuration file (one file for every role).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ClusterConfig {
    /// The NATS server (JetStream enabled: `nats-server -js`).
    pub nats_url: String,
    /// The Redis server (`redis://HOST:PORT/DB`).
    pub redis_url: String,
    /// Partitions of the stream: an account's posts all go to `hash(account) mod partitions`.
    /// Fixed for the life of the stream (docs/cluster.md#changing-p).
    pub partitions: u32,
    /// The stream of posts; its subjects are `<subject_prefix>.<partition>`.
    pub stream: String,
    pub subject_prefix: String,
    /// The stream of records (one message per record, deduplicated by record id).
    pub records_stream: String,
    pub records_subject_prefix: String,
    /// Every Redis key starts with `<key_prefix>:`.
    pub key_prefix: String,
    /// `exact`: cross-account questions answered in arrival order (the gate); `relaxed`: not.
    pub order: Order,
    /// Posts fetched, decided and committed together.
    pub batch: usize,
    /// The partition leases, ms; a dead worker's partitions move after at most this long.
    pub lease_ms: u64,
    /// How long the answers a post got from the shared state are kept, hours (longer than a
    /// post can wait to be decided again).
    pub memo_hours: f64,
    /// How long the stream keeps posts, hours.
    pub retention_hours: f64,
    /// This process's id in leases and logs; `<hostname>-<pid>` when absent.
    pub worker_id: Option<String>,
    /// The name of this ingest's input: ingests of one name share a leader lease and a cursor
    /// (a standby started beside the leader takes over from where it stopped).
    pub ingest_name: String,
    /// A role's `/metrics`, `/healthz` and `/readyz` (worker, ingest, deliver; port 0 picks
    /// one; the bound address is printed as `metrics on http://ADDR`); none when absent.
    pub metrics_listen: Option<std::net::SocketAddr>,
    /// `token`: `/metrics` needs the API token of `[http]` (as `serve`'s); `none`: open to
    /// whoever reaches the listener (put it on a private interface).
    pub metrics_auth: crate::service::config::MetricsAuth,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            nats_url: "nats://127.0.0.1:4222".into(),
            redis_url: "redis://127.0.0.1:6379".into(),
            partitions: 6,
            stream: "SCAMWATCH".into(),
            subject_prefix: "scamwatch.posts".into(),
            records_stream: "SCAMWATCH_RECORDS".into(),
            records_subject_prefix: "scamwatch.records".into(),
            key_prefix: "sw".into(),
            order: Order::Exact,
            batch: 256,
            lease_ms: 5000,
            memo_hours: 24.0,
            retention_hours: 72.0,
            worker_id: None,
            ingest_name: "default".into(),
            metrics_listen: None,
            metrics_auth: crate::service::config::MetricsAuth::Token,
        }
    }
}

/// How the cross-account questions of different partitions are ordered
/// (docs/cluster.md#equality-with-a-single-process-replay).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    /// In arrival (stream) order: the records equal a single-process replay's.
    Exact,
    /// As the partitions come: budgets still exact, which post of a burst formed a campaign or
    /// met the brake may differ.
    Relaxed,
}

impl ClusterConfig {
    /// Checks the values a cluster cannot run with.
    ///
    /// # Errors
    /// A message naming the first key out of range.
    pub fn validate(&self) -> Result<(), String> {
        if self.partitions == 0 || self.partitions > 1024 {
            return Err("cluster.partitions must be between 1 and 1024".into());
        }
        if self.batch == 0 {
            return Err("cluster.batch must be at least 1".into());
        }
        if self.lease_ms < 300 {
            return Err("cluster.lease_ms must be at least 300".into());
        }
        for (name, v) in [
            ("stream", &self.stream),
            ("records_stream", &self.records_stream),
            ("subject_prefix", &self.subject_prefix),
            ("records_subject_prefix", &self.records_subject_prefix),
            ("key_prefix", &self.key_prefix),
            ("ingest_name", &self.ingest_name),
        ] {
            if v.is_empty() || v.contains([' ', '*', '>']) {
                return Err(format!(
                    "cluster.{name} must be non-empty, without spaces or wildcards"
                ));
            }
        }
        Ok(())
    }

    /// The subject of partition `p`.
    pub fn subject(&self, p: u32) -> String {
        format!("{}.{p}", self.subject_prefix)
    }

    pub(crate) fn lease(&self) -> Duration {
        Duration::from_millis(self.lease_ms)
    }

    pub(crate) fn retention(&self) -> Duration {
        Duration::from_secs_f64(self.retention_hours * 3600.0)
    }

    pub(crate) fn worker_id(&self) -> String {
        self.worker_id.clone().unwrap_or_else(|| {
            let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
                .map(|h| h.trim().to_string())
                .unwrap_or_else(|_| "host".into());
            format!("{host}-{}", std::process::id())
        })
    }
}

/// The partition of an account: FNV-1a of its id, modulo `partitions`.
pub fn partition(account: &str, partitions: u32) -> u32 {
    (fnv1a(b"partition", account.as_bytes()) % u64::from(partitions)) as u32
}

/// Why a cluster role could not start, or stopped.
#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    #[error("configuration: {0}")]
    Config(String),
    #[error("rules or model do not load:\n  {}", .0.messages().join("\n  "))]
    Detection(#[source] crate::detect::load::LoadError),
    #[error("NATS: {what}: {message}")]
    Nats { what: &'static str, message: String },
    #[error("Redis: {0}")]
    Redis(#[from] redis::RedisError),
    #[error("reading the input: {0}")]
    Io(#[from] std::io::Error),
    #[error("the ingest lease was lost: another ingest leads now")]
    LeaseLost,
}

impl ClusterError {
    pub(crate) fn nats(what: &'static str, e: impl std::fmt::Display) -> Self {
        ClusterError::Nats {
            what,
            message: e.to_string(),
        }
    }
}

/// Connects to JetStream and makes sure both streams exist (created with the configured
/// subjects, retention and duplicate windows when absent).
pub(crate) async fn jetstream(
    cfg: &ClusterConfig,
) -> Result<async_nats::jetstream::Context, ClusterError> {
    use async_nats::jetstream::stream;
    let client = async_nats::ConnectOptions::new()
        .retry_on_initial_connect()
        .connect(cfg.nats_url.as_str())
        .await
        .map_err(|e| ClusterError::nats("connect", e))?;
    let js = async_nats::jetstream::new(client);
    js.get_or_create_stream(stream::Config {
        name: cfg.stream.clone(),
        subjects: vec![format!("{}.*", cfg.subject_prefix)],
        storage: stream::StorageType::File,
        retention: stream::RetentionPolicy::Limits,
        max_age: cfg.retention(),
        duplicate_window: Duration::from_secs(120),
        ..Default::default()
    })
    .await
    .map_err(|e| ClusterError::nats("create the posts stream", e))?;
    js.get_or_create_stream(stream::Config {
        name: cfg.records_stream.clone(),
        subjects: vec![format!("{}.*", cfg.records_subject_prefix)],
        storage: stream::StorageType::File,
        retention: stream::RetentionPolicy::Limits,
        max_age: cfg.retention(),
        duplicate_window: Duration::from_secs(3600),
        ..Default::default()
    })
    .await
    .map_err(|e| ClusterError::nats("create the records stream", e))?;
    Ok(js)
}

/// Opens the Redis connection every role uses: a [`redis::aio::ConnectionManager`], which
/// reconnects by itself (with backoff) after the server went away.
pub(crate) async fn redis(
    cfg: &ClusterConfig,
) -> Result<redis::aio::ConnectionManager, ClusterError> {
    let client = redis::Client::open(cfg.redis_url.as_str())?;
    let config = redis::aio::ConnectionManagerConfig::new()
        .set_connection_timeout(Some(Duration::from_secs(2)))
        .set_response_timeout(Some(Duration::from_secs(2)));
    Ok(redis::aio::ConnectionManager::new_with_config(client, config).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partitions_are_stable_and_spread() {
        assert_eq!(partition("12345", 6), partition("12345", 6));
        let mut counts = [0u32; 6];
        for i in 0..6000 {
            counts[partition(&i.to_string(), 6) as usize] += 1;
        }
        assert!(counts.iter().all(|c| (800..1200).contains(c)), "{counts:?}");
    }

    #[test]
    fn the_example_configuration_validates_and_bad_values_are_named() {
        assert_eq!(ClusterConfig::default().validate(), Ok(()));
        let bad = ClusterConfig {
            partitions: 0,
            ..ClusterConfig::default()
        };
        assert!(bad.validate().unwrap_err().contains("cluster.partitions"));
        let bad = ClusterConfig {
            subject_prefix: "a.*".into(),
            ..ClusterConfig::default()
        };
        assert!(bad.validate().unwrap_err().contains("subject_prefix"));
    }
}
