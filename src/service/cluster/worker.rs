//! `scamwatch worker`: claims partitions of the stream by lease, and decides each on a thread
//! of its own with its own [`Detector`] whose cross-account state is in Redis.
//!
//! A batch of a partition (docs/cluster.md#a-batch-step-by-step-the-worker): fetch, skip what
//! is committed already, load the accounts' histories, decide in stream order, publish the
//! records (deduplicated by record id) and wait for JetStream to have them, commit the
//! histories and the partition's sequence in one script fenced by the lease, then ack. A
//! worker killed anywhere in between leaves the batch unacked and uncommitted (or committed
//! and skipped), and the partition's next owner starts again from the committed sequence.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use async_nats::jetstream::consumer::{AckPolicy, DeliverPolicy, pull};
use async_nats::jetstream::context::PublishAckFuture;
use bytes::Bytes;
use futures_util::StreamExt;
use tokio_util::sync::CancellationToken;

use super::keys::Keys;
use super::redis_state::{RedisState, RedisStats, Scripts, call_blocking};
use super::telemetry::{ClusterMetrics, Health};
use super::{ClusterConfig, ClusterError, Order, jetstream, redis};
use crate::detect::detector::{Detector, Outcome};
use crate::detect::event::Input;
use crate::detect::model::Model;
use crate::detect::record::Record;
use crate::detect::rules::RuleSet;
use crate::service::config::ServeConfig;
use crate::source::decode::decode_line;

/// What every partition thread of this worker shares.
struct Ctx {
    rt: tokio::runtime::Handle,
    cluster: ClusterConfig,
    js: async_nats::jetstream::Context,
    conn: ::redis::aio::ConnectionManager,
    scripts: Arc<Scripts>,
    stats: Arc<RedisStats>,
    keys: Keys,
    id: String,
    /// The rules and model running, and a generation bumped by every reload: each partition
    /// swaps them in between two batches.
    detection: std::sync::RwLock<(Arc<RuleSet>, Arc<Model>, u64)>,
    bounds: crate::detect::detector::Bounds,
    account_ttl_ms: i64,
    metrics: Arc<ClusterMetrics>,
    health: Arc<Health>,
    /// `SCAMWATCH_FAULT_PAUSE_AFTER_PUBLISH=1` (tests only): a partition thread stops for good
    /// after publishing a batch with an alert, before committing it.
    pause_after_publish: bool,
}

/// A partition this worker decides, and how to stop its thread.
struct Owned {
    stop: Arc<AtomicBool>,
    thread: JoinHandle<()>,
}

/// Runs a worker until `shutdown`: partitions are claimed, decided and given back.
///
/// # Errors
/// Startup errors: no `[cluster]` section, rules or model that do not load, NATS or Redis
/// unreachable at the start.
pub async fn run(cfg: ServeConfig, shutdown: CancellationToken) -> Result<(), ClusterError> {
    let cluster = cfg
        .cluster
        .clone()
        .ok_or_else(|| ClusterError::Config("the configuration has no [cluster] section".into()))?;
    cluster.validate().map_err(ClusterError::Config)?;
    let (rules, model) =
        crate::detect::load::load(&cfg.detector.rules, cfg.detector.models.as_deref())
            .map_err(ClusterError::Detection)?;
    let js = jetstream(&cluster).await?;
    let conn = redis(&cluster).await?;
    let metrics = Arc::new(ClusterMetrics::new());
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
        nats_up: AtomicBool::new(true),
        redis_up: AtomicBool::new(true),
        access,
    });
    if let Some(addr) = cluster.metrics_listen {
        let bound = super::telemetry::serve(addr, Arc::clone(&health), shutdown.clone())
            .await
            .map_err(ClusterError::Io)?;
        // Scripts and tests read the address from here (useful with port 0).
        println!("metrics on http://{bound}");
    }
    set_rules_info(&metrics, &rules);
    let ctx = Arc::new(Ctx {
        rt: tokio::runtime::Handle::current(),
        keys: Keys::new(&cluster.key_prefix),
        id: cluster.worker_id(),
        cluster,
        js,
        conn,
        scripts: Arc::new(Scripts::new()),
        stats: Arc::new(RedisStats::default()),
        detection: std::sync::RwLock::new((Arc::new(rules), Arc::new(model), 0)),
        bounds: cfg.limits.detector,
        account_ttl_ms: (cfg.state.account_ttl_days * 86_400_000.0) as i64,
        metrics,
        health,
        pause_after_publish: std::env::var_os("SCAMWATCH_FAULT_PAUSE_AFTER_PUBLISH")
            .is_some_and(|v| v == "1"),
    });
    tokio::spawn(reload_on_hangup(
        Arc::clone(&ctx),
        cfg.detector.clone(),
        shutdown.clone(),
    ));
    tracing::info!(worker = %ctx.id, partitions = ctx.cluster.partitions, "worker started");
    let mut owned: BTreeMap<u32, Owned> = BTreeMap::new();
    let tick = ctx.cluster.lease() / 4;
    let mut published = StatsSeen::default();
    loop {
        let ok = match balance(&ctx, &mut owned).await {
            Ok(()) => true,
            Err(e) => {
                tracing::error!(error = %e, "partition balance failed: retrying");
                false
            }
        };
        ctx.health.redis_up.store(ok, Ordering::Relaxed);
        let nats = ctx.js.client().connection_state() == async_nats::connection::State::Connected;
        ctx.health.nats_up.store(nats, Ordering::Relaxed);
        let m = &ctx.metrics;
        m.dependency_up
            .with_label_values(&["redis"])
            .set(i64::from(ok));
        m.dependency_up
            .with_label_values(&["nats"])
            .set(i64::from(nats));
        m.partitions_owned.set(owned.len() as i64);
        published.publish(&ctx.stats, m);
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tokio::time::sleep(tick) => {}
        }
    }
    for o in owned.values() {
        o.stop.store(true, Ordering::Relaxed);
    }
    let mut conn = ctx.conn.clone();
    for (p, o) in std::mem::take(&mut owned) {
        let _ = tokio::task::spawn_blocking(move || o.thread.join()).await;
        release(&ctx, &mut conn, p).await;
    }
    let _: Result<i64, _> = ::redis::cmd("ZREM")
        .arg(ctx.keys.workers())
        .arg(&ctx.id)
        .query_async(&mut conn)
        .await;
    tracing::info!(worker = %ctx.id, "worker stopped, partitions released");
    Ok(())
}

/// The Redis call counters already added to the metrics.
#[derive(Default)]
struct StatsSeen {
    round_trips: u64,
    micros: u64,
    errors: u64,
    gate_micros: u64,
}

impl StatsSeen {
    fn publish(&mut self, stats: &RedisStats, m: &ClusterMetrics) {
        let now = |a: &std::sync::atomic::AtomicU64| a.load(Ordering::Relaxed);
        let (rt, us, err, gate) = (
            now(&stats.round_trips),
            now(&stats.micros),
            now(&stats.errors),
            now(&stats.gate_micros),
        );
        m.redis_round_trips.inc_by(rt - self.round_trips);
        m.redis_seconds.inc_by((us - self.micros) as f64 / 1e6);
        m.redis_errors.inc_by(err - self.errors);
        m.gate_wait_seconds
            .inc_by((gate - self.gate_micros) as f64 / 1e6);
        *self = StatsSeen {
            round_trips: rt,
            micros: us,
            errors: err,
            gate_micros: gate,
        };
    }
}

/// 1 for the running rules' fingerprint (the only series).
fn set_rules_info(m: &ClusterMetrics, rules: &RuleSet) {
    m.rules_info.reset();
    m.rules_info
        .with_label_values(&[&format!("{:016x}", rules.fingerprint())])
        .set(1);
}

/// On SIGHUP, compiles the rules and model again (the one load path of `check-rules`,
/// startup and `serve`'s reload); the partitions take them between two batches. A load that
/// fails leaves the running ones.
async fn reload_on_hangup(
    ctx: Arc<Ctx>,
    detector: crate::service::config::DetectorConfig,
    shutdown: CancellationToken,
) {
    let mut hup = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(error = %e, "SIGHUP reload unavailable");
            return;
        }
    };
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = hup.recv() => {}
        }
        let (rules, models) = (detector.rules.clone(), detector.models.clone());
        let loaded = tokio::task::spawn_blocking(move || {
            crate::detect::load::load(&rules, models.as_deref())
        })
        .await;
        match loaded {
            Ok(Ok((rules, model))) => {
                set_rules_info(&ctx.metrics, &rules);
                ctx.metrics.reloads.with_label_values(&["applied"]).inc();
                let mut d = ctx.detection.write().unwrap_or_else(|p| p.into_inner());
                let generation = d.2 + 1;
                tracing::info!(rules = rules.rules().len(), fingerprint = %format!("{:016x}", rules.fingerprint()), "rules reloaded");
                *d = (Arc::new(rules), Arc::new(model), generation);
            }
            Ok(Err(e)) => {
                ctx.metrics.reloads.with_label_values(&["failed"]).inc();
                tracing::error!(errors = %e.messages().join("; "), "reload refused: the previous rules keep running");
            }
            Err(e) => tracing::error!(error = %e, "reload task failed"),
        }
    }
}

/// One round of ownership: heartbeat, renew the leases held, give back those past the fair
/// share, claim free ones up to it.
async fn balance(ctx: &Arc<Ctx>, owned: &mut BTreeMap<u32, Owned>) -> Result<(), ClusterError> {
    let mut conn = ctx.conn.clone();
    let (secs, micros): (u64, u64) = ::redis::cmd("TIME").query_async(&mut conn).await?;
    let now = secs * 1000 + micros / 1000;
    let lease = ctx.cluster.lease_ms;
    let workers = ctx.keys.workers();
    let (_, _, live): ((), (), u32) = ::redis::pipe()
        .cmd("ZADD")
        .arg(&workers)
        .arg(now + lease)
        .arg(&ctx.id)
        .cmd("ZREMRANGEBYSCORE")
        .arg(&workers)
        .arg("-inf")
        .arg(now)
        .cmd("ZCARD")
        .arg(&workers)
        .query_async(&mut conn)
        .await?;
    let p_total = ctx.cluster.partitions;
    let fair = p_total.div_ceil(live.max(1)) as usize;

    // Threads that ended (lease lost at commit, or stopped): their partitions are free again.
    let ended: Vec<u32> = owned
        .iter()
        .filter(|(_, o)| o.thread.is_finished())
        .map(|(p, _)| *p)
        .collect();
    for p in ended {
        if let Some(o) = owned.remove(&p) {
            let _ = o.thread.join();
            release(ctx, &mut conn, p).await;
        }
    }
    // Renew; a lease found taken means another worker has the partition: stop deciding it.
    for (p, o) in owned.iter() {
        let held: i64 = ctx
            .scripts
            .lease
            .key(ctx.keys.partition_lease(*p))
            .arg(&ctx.id)
            .arg(lease)
            .invoke_async(&mut conn)
            .await?;
        if held == 0 {
            ctx.metrics.leases_lost.inc();
            tracing::warn!(partition = p, "lease lost: the partition stops here");
            o.stop.store(true, Ordering::Relaxed);
        }
    }
    // Past the fair share (a worker joined): stop the highest ones; released once ended.
    let running = owned
        .values()
        .filter(|o| !o.stop.load(Ordering::Relaxed))
        .count();
    if running > fair {
        for o in owned.values().rev().take(running - fair) {
            o.stop.store(true, Ordering::Relaxed);
        }
    }
    // Claim free partitions up to the fair share, starting at a place of this worker's own
    // so that workers starting together try different ones first.
    let start = super::partition(&ctx.id, p_total);
    let mut have = owned.len();
    for i in 0..p_total {
        if have >= fair {
            break;
        }
        let p = (start + i) % p_total;
        if owned.contains_key(&p) {
            continue;
        }
        let got: i64 = ctx
            .scripts
            .lease
            .key(ctx.keys.partition_lease(p))
            .arg(&ctx.id)
            .arg(lease)
            .invoke_async(&mut conn)
            .await?;
        if got == 1 {
            let stop = Arc::new(AtomicBool::new(false));
            let thread = {
                let ctx = Arc::clone(ctx);
                let stop = Arc::clone(&stop);
                std::thread::Builder::new()
                    .name(format!("partition-{p}"))
                    .spawn(move || partition_thread(ctx, p, stop))
                    .map_err(ClusterError::Io)?
            };
            tracing::info!(partition = p, worker = %ctx.id, "partition claimed");
            owned.insert(p, Owned { stop, thread });
            have += 1;
        }
    }
    Ok(())
}

async fn release(ctx: &Ctx, conn: &mut ::redis::aio::ConnectionManager, p: u32) {
    let r: Result<i64, _> = ctx
        .scripts
        .release
        .key(ctx.keys.partition_lease(p))
        .arg(&ctx.id)
        .invoke_async(conn)
        .await;
    if let Err(e) = r {
        tracing::warn!(error = %e, partition = p, "lease not released (it lapses by itself)");
    }
}

fn partition_thread(ctx: Arc<Ctx>, p: u32, stop: Arc<AtomicBool>) {
    if let Err(e) = decide_partition(&ctx, p, &stop) {
        tracing::error!(error = %e, partition = p, "partition stopped on an error; another claim will restart it");
    }
}

/// The name of partition `p`'s consumer for one claim: `part-<p>-<claim>`. Each claim has a
/// consumer of its own, and deletes the others of the partition: an owner that lost its lease
/// without knowing it (paused past the lease) cannot take messages from the new owner's
/// consumer, and its own is gone at its next fetch.
fn consumer_name(p: u32, claim: &str) -> String {
    format!("part-{p}-{claim}")
}

/// Decides partition `p` until `stop`: the consumer restarts after the committed sequence,
/// then batch after batch.
fn decide_partition(ctx: &Ctx, p: u32, stop: &Arc<AtomicBool>) -> Result<(), ClusterError> {
    let rt = &ctx.rt;
    let committed_key = ctx.keys.committed(p);
    let Some(committed) = call_blocking::<Option<u64>>(
        rt,
        &ctx.conn,
        &ctx.stats,
        stop,
        "read the committed sequence",
        || {
            let mut c = ::redis::cmd("GET");
            c.arg(&committed_key);
            c
        },
        None,
    ) else {
        return Ok(());
    };
    let mut committed = committed.unwrap_or(0);
    let claim = format!(
        "{:x}",
        crate::detect::hash::fnv1a(ctx.id.as_bytes(), &now_nanos().to_le_bytes())
    );
    let (mut stream, mut consumer) = rt.block_on(async {
        let stream = ctx
            .js
            .get_stream(&ctx.cluster.stream)
            .await
            .map_err(|e| ClusterError::nats("get the posts stream", e))?;
        // The consumers of earlier claims may have delivered past the commit: this claim
        // starts again right after it, in order, on a consumer of its own.
        let prefix = format!("part-{p}-");
        let mut names = stream.consumer_names();
        let mut stale = Vec::new();
        while let Some(name) = names.next().await {
            match name {
                Ok(n) if n.starts_with(&prefix) => stale.push(n),
                Ok(_) => {}
                Err(e) => return Err(ClusterError::nats("list consumers", e)),
            }
        }
        for n in stale {
            let _ = stream.delete_consumer(&n).await;
        }
        let consumer = stream
            .create_consumer(pull::Config {
                durable_name: Some(consumer_name(p, &claim)),
                filter_subject: ctx.cluster.subject(p),
                deliver_policy: DeliverPolicy::ByStartSequence {
                    start_sequence: committed + 1,
                },
                // Explicit, cumulative: one ack of a batch's last post acks the batch (one
                // message per batch instead of one per post; the commit came first).
                ack_policy: AckPolicy::All,
                ack_wait: Duration::from_secs(60),
                max_ack_pending: (ctx.cluster.batch * 4) as i64,
                ..Default::default()
            })
            .await
            .map_err(|e| ClusterError::nats("create the partition's consumer", e))?;
        Ok::<_, ClusterError>((stream, consumer))
    })?;
    let state = RedisState::new(
        rt.clone(),
        ctx.conn.clone(),
        &ctx.cluster,
        p,
        Arc::clone(&ctx.scripts),
        Arc::clone(&ctx.stats),
        Arc::clone(stop),
    );
    let (rules, model, mut generation) = {
        let d = ctx.detection.read().unwrap_or_else(|p| p.into_inner());
        (Arc::clone(&d.0), Arc::clone(&d.1), d.2)
    };
    let mut detector = Detector::with_shared(rules, model, state).with_bounds(ctx.bounds);
    let lag = ctx
        .metrics
        .consumer_lag
        .with_label_values(&[&p.to_string()]);
    let exact = ctx.cluster.order == Order::Exact;
    let done_key = ctx.keys.done(p);
    let lease_key = ctx.keys.partition_lease(p);
    let mut records: Vec<Record> = Vec::new();
    let mut inputs: Vec<(u64, Input)> = Vec::new();
    // The batch's posts decided (not duplicates): their ids and event times, committed.
    let mut fresh: Vec<(String, i64)> = Vec::new();
    let mut previous = committed;
    while !stop.load(Ordering::Relaxed) {
        // Still ours? (A worker paused past its lease must not go on deciding.)
        let owner: Option<Option<String>> = call_blocking(
            rt,
            &ctx.conn,
            &ctx.stats,
            stop,
            "check the lease",
            || {
                let mut c = ::redis::cmd("GET");
                c.arg(&lease_key);
                c
            },
            None,
        );
        if owner.flatten().as_deref() != Some(ctx.id.as_str()) {
            ctx.metrics.leases_lost.inc();
            tracing::warn!(
                partition = p,
                "lease no longer held: the partition stops here"
            );
            return Ok(());
        }
        // A reload swaps in between two batches, as `serve` swaps between two posts.
        {
            let d = ctx.detection.read().unwrap_or_else(|p| p.into_inner());
            if d.2 != generation {
                detector.set_rules(Arc::clone(&d.0));
                detector.set_model(Arc::clone(&d.1));
                generation = d.2;
            }
        }
        // The stream's last sequence before the fetch: if the fetch finds nothing, every post
        // of this partition up to it is decided (the gate's idle rule).
        let last = if exact {
            rt.block_on(stream.info())
                .map(|i| i.state.last_sequence)
                .unwrap_or(0)
        } else {
            0
        };
        let batch: Vec<async_nats::jetstream::Message> = rt.block_on(async {
            let mut msgs = consumer
                .fetch()
                .max_messages(ctx.cluster.batch)
                .expires(Duration::from_millis(100))
                .messages()
                .await
                .map_err(|e| ClusterError::nats("fetch", e))?;
            let mut out = Vec::new();
            while let Some(m) = msgs.next().await {
                match m {
                    Ok(m) => out.push(m),
                    Err(e) => tracing::warn!(error = %e, partition = p, "fetch: a message failed"),
                }
            }
            Ok::<_, ClusterError>(out)
        })?;
        let seq_of =
            |m: &async_nats::jetstream::Message| m.info().map(|i| i.stream_sequence).unwrap_or(0);
        let Some(last_seq) = batch.last().map(seq_of) else {
            // Nothing came: if nothing is pending or unacked either, every post of this
            // partition up to `last` is decided.
            if exact
                && last > 0
                && let Ok(info) = rt.block_on(consumer.info())
                && info.num_pending == 0
                && info.num_ack_pending == 0
            {
                setmax(ctx, stop, &done_key, last);
            }
            lag.set(0);
            continue;
        };
        // Posts come in stream order, each once; anything else (a delivery lost and sent
        // again) would break the gate's promise: start the claim again from the commit.
        let mut order = previous;
        for seq in batch.iter().map(seq_of) {
            if seq <= order {
                tracing::warn!(
                    partition = p,
                    seq,
                    after = order,
                    "a post out of order: the partition restarts from its commit"
                );
                return Ok(());
            }
            order = seq;
        }
        previous = last_seq;
        if exact && let Some(first) = batch.first().map(seq_of) {
            setmax(ctx, stop, &done_key, first.saturating_sub(1));
        }
        if let Some(Ok(info)) = batch.last().map(|m| m.info()) {
            lag.set(info.pending as i64);
        }
        inputs.clear();
        for m in &batch {
            let seq = seq_of(m);
            if m.info().is_ok_and(|i| i.delivered > 1) || seq <= committed {
                ctx.metrics.redeliveries.inc();
            }
            if seq <= committed {
                continue;
            }
            match decode_line(&m.payload) {
                Ok(Some(input)) => inputs.push((seq, input)),
                Ok(None) => {}
                Err(e) => {
                    tracing::warn!(error = %e, partition = p, seq, "a stored line does not decode: skipped")
                }
            }
        }
        load_accounts(ctx, stop, &mut detector, &inputs);
        load_seen(ctx, stop, &mut detector, &inputs);
        records.clear();
        fresh.clear();
        let mut dropped = 0;
        for (seq, input) in &inputs {
            detector.shared_mut().begin_post(*seq);
            match detector.process(input, &mut records) {
                Outcome::Post(_) => {
                    ctx.metrics.posts_processed.inc();
                    if let Input::Post(post) = input {
                        fresh.push((post.id.clone(), post.created_at.0));
                    }
                }
                Outcome::AccountEvent => ctx.metrics.account_events.inc(),
                Outcome::Duplicate => dropped += 1,
            }
            if detector.shared_mut().failed() {
                break;
            }
        }
        if detector.shared_mut().failed() {
            // Stopped while Redis was unreachable: nothing committed, nothing acked.
            return Ok(());
        }
        let duplicates = rt.block_on(publish_records(ctx, &records))?;
        ctx.metrics.records_duplicate.inc_by(duplicates);
        if ctx.pause_after_publish && records.iter().any(|r| matches!(r, Record::Alert(_))) {
            // The tests' fault hook (docs/cluster.md#tests): stop dead between the publish
            // and the commit, where a `kill -9` leaves records published and nothing
            // committed.
            eprintln!(
                "fault: partition {p} paused after publishing {} records, before its commit",
                records.len()
            );
            loop {
                std::thread::park();
            }
        }
        if !commit(ctx, stop, p, &mut detector, &fresh, last_seq) {
            tracing::warn!(
                partition = p,
                "lease lost before the commit: the batch is left to the next owner"
            );
            return Ok(());
        }
        committed = last_seq;
        ctx.metrics.commits.inc();
        // Counted once committed: a batch dropped before its commit is decided again, and
        // its duplicates are counted then (as a single replay counts each once).
        ctx.metrics.posts_duplicate.inc_by(dropped);
        ctx.metrics.count_records(&records);
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64);
        for m in &batch {
            let published = m
                .headers
                .as_ref()
                .and_then(|h| h.get(super::ingest::PUBLISHED_HEADER))
                .and_then(|v| v.as_str().parse::<i64>().ok());
            if let Some(at) = published {
                ctx.metrics
                    .ingest_to_decision
                    .observe((now_ms - at).max(0) as f64 / 1000.0);
            }
        }
        if let Some(m) = batch.last()
            && let Err(e) = rt.block_on(m.ack())
        {
            tracing::warn!(error = %e, partition = p, "ack failed (the commit skips the batch when redelivered)");
        }
    }
    Ok(())
}

fn now_nanos() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

fn setmax(ctx: &Ctx, stop: &AtomicBool, key: &str, v: u64) {
    let inv = {
        let mut inv = ctx.scripts.setmax.prepare_invoke();
        inv.key(key).arg(v);
        inv
    };
    let _: Option<i64> = call_blocking(
        &ctx.rt,
        &ctx.conn,
        &ctx.stats,
        stop,
        "raise the done sequence",
        ::redis::Cmd::new,
        Some((&ctx.scripts.setmax, &inv)),
    );
}

/// Loads the histories of the batch's accounts this detector does not hold yet (one `MGET`).
fn load_accounts(
    ctx: &Ctx,
    stop: &AtomicBool,
    detector: &mut Detector<RedisState>,
    inputs: &[(u64, Input)],
) {
    let mut ids: Vec<&str> = inputs
        .iter()
        .map(|(_, i)| super::ingest::account_of(i))
        .filter(|id| detector.account(id).is_none())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return;
    }
    let keys: Vec<String> = ids.iter().map(|id| ctx.keys.account(id)).collect();
    let got: Option<Vec<Option<String>>> = call_blocking(
        &ctx.rt,
        &ctx.conn,
        &ctx.stats,
        stop,
        "load account histories",
        || {
            let mut c = ::redis::cmd("MGET");
            c.arg(&keys);
            c
        },
        None,
    );
    for (id, json) in ids.iter().zip(got.unwrap_or_default()) {
        let Some(json) = json else { continue };
        match serde_json::from_str(&json) {
            Ok(h) => detector.load_account(id, h),
            Err(e) => {
                tracing::warn!(error = %e, account = id, "a stored history does not read: starting afresh")
            }
        }
    }
}

/// Reads which of the batch's post ids a worker already decided (one `MGET` of their
/// `P:seen:<id>` keys) and primes the detector with them ([`Detector::prime_seen`]): a
/// partition's new owner drops the posts its earlier owner processed, as one process would.
fn load_seen(
    ctx: &Ctx,
    stop: &AtomicBool,
    detector: &mut Detector<RedisState>,
    inputs: &[(u64, Input)],
) {
    let ids: Vec<&str> = inputs
        .iter()
        .filter_map(|(_, i)| match i {
            Input::Post(p) => Some(p.id.as_str()),
            Input::AccountEvent(_) => None,
        })
        .collect();
    if ids.is_empty() {
        detector.prime_seen(std::iter::empty());
        return;
    }
    let keys: Vec<String> = ids.iter().map(|id| ctx.keys.seen(id)).collect();
    // When stopping (Redis away), nothing is primed; the batch is then dropped uncommitted
    // (the state reports the failure at its first question) or decided without it.
    let got: Option<Vec<Option<i64>>> = call_blocking(
        &ctx.rt,
        &ctx.conn,
        &ctx.stats,
        stop,
        "load processed post ids",
        || {
            let mut c = ::redis::cmd("MGET");
            c.arg(&keys);
            c
        },
        None,
    );
    let got = got.unwrap_or_default();
    detector.prime_seen(
        ids.iter()
            .zip(got)
            .filter_map(|(id, at)| at.map(|at| (*id, at))),
    );
}

/// How long Redis keeps a processed post id (ms): the duplicate window (event time) plus the
/// posts stream's retention (wall clock). See docs/cluster.md#processed-post-ids for why the
/// two add up.
fn seen_ttl_ms(model: &Model, cluster: &ClusterConfig) -> i64 {
    let window = (model.policy.duplicate_window_seconds * 1000.0) as i64;
    window.max(0) + cluster.retention().as_millis() as i64
}

/// The id JetStream deduplicates a record by: a post decided twice gives the same records with
/// the same ids.
pub fn record_id(r: &Record) -> String {
    match r {
        Record::Alert(a) => a.alert_id.clone(),
        Record::Campaign(c) => format!(
            "campaign:{}:{}:{}",
            c.campaign_id,
            c.status,
            c.tweet_ids.last().map_or("", |t| t.as_str())
        ),
        Record::CircuitBreaker(b) => {
            format!("breaker:{}:{}:{}", b.budget.as_str(), b.state, b.tweet_id)
        }
        Record::Shadow(s) => format!("shadow:{}", s.tweet_id),
        Record::Reload(r) => format!("reload:{}:{}", r.rules_fingerprint, r.at),
        Record::Verdict(v) => format!("verdict:{}:{}", v.post_id, v.at),
    }
}

/// The header carrying a record's idempotency key for delivery ([`crate::sink::record_id`]):
/// `scamwatch deliver` sends it as the webhook's `Idempotency-Key` and `webhook-id`, as
/// `serve` would for the same record.
pub const RECORD_KEY_HEADER: &str = "Scamwatch-Record-Key";

/// Publishes the batch's records and waits until JetStream has every one; returns how many it
/// had already (the same record id within the duplicate window: a batch decided again).
async fn publish_records(ctx: &Ctx, records: &[Record]) -> Result<u64, ClusterError> {
    let mut acks: Vec<PublishAckFuture> = Vec::with_capacity(records.len());
    for r in records {
        let body = serde_json::to_vec(r).expect("records serialize");
        let mut headers = async_nats::HeaderMap::new();
        headers.insert(async_nats::header::NATS_MESSAGE_ID, record_id(r).as_str());
        headers.insert(RECORD_KEY_HEADER, crate::sink::record_id(r).as_str());
        let subject = format!("{}.{}", ctx.cluster.records_subject_prefix, r.kind());
        acks.push(
            ctx.js
                .publish_with_headers(subject, headers, Bytes::from(body))
                .await
                .map_err(|e| ClusterError::nats("publish a record", e))?,
        );
    }
    let mut duplicates = 0;
    for ack in acks {
        let ack = ack
            .await
            .map_err(|e| ClusterError::nats("record acknowledgement", e))?;
        duplicates += u64::from(ack.duplicate);
    }
    Ok(duplicates)
}

/// Commits the batch: changed histories and the partition's sequence, fenced by the lease.
/// False when the lease is no longer this worker's.
fn commit(
    ctx: &Ctx,
    stop: &AtomicBool,
    p: u32,
    detector: &mut Detector<RedisState>,
    fresh: &[(String, i64)],
    last_seq: u64,
) -> bool {
    let dirty = detector.take_dirty_accounts();
    let mut inv = ctx.scripts.commit.prepare_invoke();
    inv.key(ctx.keys.partition_lease(p))
        .key(ctx.keys.committed(p))
        .key(ctx.keys.done(p))
        .arg(&ctx.id)
        .arg(last_seq)
        .arg(ctx.account_ttl_ms.max(1))
        .arg(seen_ttl_ms(detector.model(), &ctx.cluster).max(1))
        .arg(dirty.len());
    for (id, h) in &dirty {
        inv.key(ctx.keys.account(id));
        inv.arg(serde_json::to_string(h).expect("account history serializes"));
    }
    for (id, at) in fresh {
        inv.key(ctx.keys.seen(id));
        inv.arg(*at);
    }
    // Stopped while Redis is unreachable: not committed, so not acked either; the batch is
    // decided again by the partition's next owner.
    let r: Option<i64> = call_blocking(
        &ctx.rt,
        &ctx.conn,
        &ctx.stats,
        stop,
        "commit",
        ::redis::Cmd::new,
        Some((&ctx.scripts.commit, &inv)),
    );
    r == Some(1)
}
