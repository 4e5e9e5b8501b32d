//! The detector's cross-account state on Redis: [`RedisState`] implements
//! [`SharedState`] with one atomic Lua script per question, and holds back a post's first
//! question at the ordering gate (docs/cluster.md#equality-with-a-single-process-replay).
//!
//! The detector is synchronous; a partition's thread owns its detector and this state, and
//! every call blocks that thread on the runtime (`Handle::block_on`). A call that fails (Redis
//! restarting, a network cut) is retried with a backoff until it succeeds: the partition
//! pauses, nothing is decided without its state. When the worker is stopping meanwhile, the
//! state answers conservatively and marks itself [`RedisState::failed`]: the batch is then
//! dropped without a commit or an ack, to be decided again by the partition's next owner.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use redis::aio::ConnectionManager;
use redis::{FromRedisValue, Script};
use serde::Deserialize;

use super::keys::Keys;
use super::{ClusterConfig, Order};
use crate::detect::campaign::{KeyType, Membership, campaign_id};
use crate::detect::decide::{BrakeState, Cap};
use crate::detect::detector::{Bounds, Evictions};
use crate::detect::event::Timestamp;
use crate::detect::model::Model;
use crate::detect::record::{Action, BreakerRecord, CampaignRecord};
use crate::detect::shared::SharedState;

/// The Lua scripts, loaded once (`EVALSHA`, with the script sent again when the server lost
/// it: after a restart).
pub(crate) struct Scripts {
    pub campaign: Script,
    pub brake: Script,
    pub lookup: Script,
    pub commit: Script,
    pub setmax: Script,
    pub lease: Script,
    pub release: Script,
    pub cursor: Script,
    pub resume: Script,
}

impl Scripts {
    pub fn new() -> Self {
        Scripts {
            campaign: Script::new(include_str!("lua/campaign.lua")),
            brake: Script::new(include_str!("lua/brake.lua")),
            lookup: Script::new(include_str!("lua/lookup.lua")),
            commit: Script::new(include_str!("lua/commit.lua")),
            setmax: Script::new(include_str!("lua/setmax.lua")),
            lease: Script::new(include_str!("lua/lease.lua")),
            release: Script::new(include_str!("lua/release.lua")),
            cursor: Script::new(include_str!("lua/cursor.lua")),
            resume: Script::new(include_str!("lua/resume.lua")),
        }
    }
}

/// Round trips to Redis and the time they took, for `/metrics` and the benchmark.
#[derive(Debug, Default)]
pub(crate) struct RedisStats {
    pub round_trips: AtomicU64,
    pub micros: AtomicU64,
    pub errors: AtomicU64,
    /// Time spent waiting at the ordering gate, µs.
    pub gate_micros: AtomicU64,
}

/// A blocking call to Redis through `conn`, retried until it succeeds or `stop` is set.
/// `None` only when stopping.
pub(crate) fn call_blocking<T: FromRedisValue>(
    rt: &tokio::runtime::Handle,
    conn: &ConnectionManager,
    stats: &RedisStats,
    stop: &AtomicBool,
    what: &str,
    mut make: impl FnMut() -> redis::Cmd,
    script: Option<(&Script, &redis::ScriptInvocation<'_>)>,
) -> Option<T> {
    let mut wait = Duration::from_millis(20);
    let mut failures = 0u32;
    loop {
        let mut c = conn.clone();
        let started = Instant::now();
        let r: redis::RedisResult<T> = match script {
            Some((_, inv)) => rt.block_on(inv.invoke_async(&mut c)),
            None => rt.block_on(make().query_async(&mut c)),
        };
        stats.round_trips.fetch_add(1, Ordering::Relaxed);
        stats
            .micros
            .fetch_add(started.elapsed().as_micros() as u64, Ordering::Relaxed);
        match r {
            Ok(v) => {
                if failures > 0 {
                    tracing::warn!(what, failures, "Redis answers again: the partition resumes");
                }
                return Some(v);
            }
            Err(e) => {
                stats.errors.fetch_add(1, Ordering::Relaxed);
                failures += 1;
                if failures == 1 || failures.is_power_of_two() {
                    tracing::error!(error = %e, what, failures, "Redis call failed: the partition waits (retrying)");
                }
                if stop.load(Ordering::Relaxed) {
                    return None;
                }
                std::thread::sleep(wait);
                wait = (wait * 2).min(Duration::from_secs(1));
            }
        }
    }
}

/// The ordering gate of one partition: a post's first cross-account question waits until
/// every other partition is done with every earlier post.
struct Gate {
    /// The `done` keys of the other partitions.
    others: Vec<String>,
    own_done: String,
    /// A lower bound of the others' minimum `done` (they only grow).
    floor: u64,
}

/// One partition's view of the shared state.
pub(crate) struct RedisState {
    rt: tokio::runtime::Handle,
    conn: ConnectionManager,
    keys: Keys,
    scripts: Arc<Scripts>,
    stats: Arc<RedisStats>,
    stop: Arc<AtomicBool>,
    gate: Option<Gate>,
    /// The stream sequence of the post being decided, and whether it passed the gate.
    seq: u64,
    passed: bool,
    failed: bool,
    // The model's windows and budgets, ms.
    campaign_window_ms: i64,
    min_accounts: usize,
    max_members: usize,
    budget_window_ms: i64,
    budget_window_minutes: f64,
    max_locks: u32,
    max_takedowns: u32,
    lock_dedupe_ms: i64,
    actioned_ttl_ms: i64,
    memo_ttl_ms: i64,
}

impl std::fmt::Debug for RedisState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisState")
            .field("keys", &self.keys)
            .field("seq", &self.seq)
            .finish_non_exhaustive()
    }
}

/// What `campaign.lua` answers.
#[derive(Deserialize)]
struct CampaignAnswer {
    m: u8,
    #[serde(default)]
    size: usize,
    #[serde(default)]
    status: String,
    #[serde(default)]
    accounts: Vec<String>,
    #[serde(default)]
    tweets: Vec<String>,
    #[serde(default)]
    first: i64,
}

const HOUR_MS: i64 = 3_600_000;

impl RedisState {
    #[allow(clippy::too_many_arguments)] // the partition's handles, each named
    pub fn new(
        rt: tokio::runtime::Handle,
        conn: ConnectionManager,
        cfg: &ClusterConfig,
        partition: u32,
        scripts: Arc<Scripts>,
        stats: Arc<RedisStats>,
        stop: Arc<AtomicBool>,
    ) -> Self {
        let keys = Keys::new(&cfg.key_prefix);
        let gate = (cfg.order == Order::Exact && cfg.partitions > 1).then(|| Gate {
            others: (0..cfg.partitions)
                .filter(|p| *p != partition)
                .map(|p| keys.done(p))
                .collect(),
            own_done: keys.done(partition),
            floor: 0,
        });
        RedisState {
            rt,
            conn,
            keys,
            scripts,
            stats,
            stop,
            gate,
            seq: 0,
            passed: true,
            failed: false,
            campaign_window_ms: 0,
            min_accounts: 0,
            max_members: usize::MAX,
            budget_window_ms: 0,
            budget_window_minutes: 0.0,
            max_locks: 0,
            max_takedowns: 0,
            lock_dedupe_ms: 0,
            actioned_ttl_ms: 24 * HOUR_MS,
            memo_ttl_ms: (cfg.memo_hours * HOUR_MS as f64) as i64,
        }
    }

    /// The next post to decide is at stream sequence `seq`: its first question waits at the
    /// gate.
    pub fn begin_post(&mut self, seq: u64) {
        self.seq = seq;
        self.passed = false;
    }

    /// A call failed while stopping: the batch must not be committed.
    pub fn failed(&self) -> bool {
        self.failed
    }

    fn script<T: FromRedisValue + Default>(
        &mut self,
        what: &str,
        inv: &redis::ScriptInvocation<'_>,
        script: &Script,
    ) -> T {
        match call_blocking(
            &self.rt,
            &self.conn,
            &self.stats,
            &self.stop,
            what,
            redis::Cmd::new,
            Some((script, inv)),
        ) {
            Some(v) => v,
            None => {
                self.failed = true;
                T::default()
            }
        }
    }

    fn cmd(&mut self, what: &str, make: impl FnMut() -> redis::Cmd) {
        if call_blocking::<()>(
            &self.rt,
            &self.conn,
            &self.stats,
            &self.stop,
            what,
            make,
            None,
        )
        .is_none()
        {
            self.failed = true;
        }
    }

    /// Holds the post back until every other partition has decided every earlier post
    /// (only before its first question; a post that asks none never waits). False when the
    /// question must not be asked: the state failed (stopping while Redis was unreachable,
    /// or stopped at the gate). An answer computed then would be out of order, and memoized
    /// for the post's next decision: nothing is asked at all, and the batch is dropped.
    #[must_use]
    fn enter(&mut self) -> bool {
        if self.failed {
            return false;
        }
        if self.passed {
            return true;
        }
        let Some(gate) = self.gate.as_mut() else {
            self.passed = true;
            return true;
        };
        let need = self.seq.saturating_sub(1);
        if gate.floor >= need {
            self.passed = true;
            return true;
        }
        let started = Instant::now();
        // Nothing of this partition lies before the post: say so, so that no one waits for
        // this partition while it waits for them.
        let own_done = gate.own_done.clone();
        let scripts = Arc::clone(&self.scripts);
        let mut inv = scripts.setmax.prepare_invoke();
        inv.key(&own_done).arg(need);
        let _: i64 = self.script("gate: own done", &inv, &scripts.setmax);
        if self.failed {
            return false;
        }
        let mut pause = Duration::from_micros(200);
        loop {
            let others = self
                .gate
                .as_ref()
                .map(|g| g.others.clone())
                .unwrap_or_default();
            let got: Option<Vec<Option<u64>>> = call_blocking(
                &self.rt,
                &self.conn,
                &self.stats,
                &self.stop,
                "gate: others' done",
                || {
                    let mut c = redis::cmd("MGET");
                    c.arg(&others);
                    c
                },
                None,
            );
            let Some(done) = got else {
                self.failed = true;
                return false;
            };
            let min = done
                .iter()
                .map(|d| d.unwrap_or(0))
                .min()
                .unwrap_or(u64::MAX);
            if let Some(g) = self.gate.as_mut() {
                g.floor = g.floor.max(min);
            }
            if min >= need {
                break;
            }
            if self.stop.load(Ordering::Relaxed) {
                self.failed = true;
                return false;
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(5));
        }
        self.stats
            .gate_micros
            .fetch_add(started.elapsed().as_micros() as u64, Ordering::Relaxed);
        self.passed = !self.failed;
        self.passed
    }

    fn lookup(&mut self, key: String, field: String, tweet: &str) -> Option<i64> {
        if !self.enter() {
            return None;
        }
        let memo = self.keys.memo(tweet);
        let scripts = Arc::clone(&self.scripts);
        let mut inv = scripts.lookup.prepare_invoke();
        inv.key(&key).key(&memo).arg(&field).arg(self.memo_ttl_ms);
        let v: String = self.script("lookup", &inv, &scripts.lookup);
        v.parse().ok()
    }
}

impl SharedState for RedisState {
    fn configure(&mut self, model: &Model) {
        self.campaign_window_ms = (model.campaign.window_minutes * 60_000.0) as i64;
        self.min_accounts = model.campaign.min_accounts;
        self.budget_window_minutes = model.policy.budget_window_minutes;
        self.budget_window_ms = (self.budget_window_minutes * 60_000.0) as i64;
        self.max_locks = model.policy.max_locks;
        self.max_takedowns = model.policy.max_takedowns;
        self.lock_dedupe_ms = (model.policy.lock_dedupe_hours * HOUR_MS as f64) as i64;
        self.actioned_ttl_ms = model.amplification.as_ref().map_or(24 * HOUR_MS, |a| {
            (a.window_minutes * 60_000.0) as i64 + HOUR_MS
        });
    }

    fn set_bounds(&mut self, bounds: &Bounds) {
        self.max_members = bounds.campaign_members.max(2);
    }

    fn campaign(
        &mut self,
        key_type: KeyType,
        key: &str,
        account: &str,
        tweet: &str,
        at: Timestamp,
        records: &mut Vec<CampaignRecord>,
        _bounds: &Bounds,
        _ev: &mut Evictions,
    ) -> Option<Membership> {
        if !self.enter() {
            return None;
        }
        let group = self.keys.campaign(key_type, key);
        let memo = self.keys.memo(tweet);
        let field = format!("c:{}:{key}", key_type.as_str());
        let scripts = Arc::clone(&self.scripts);
        let mut inv = scripts.campaign.prepare_invoke();
        inv.key(&group)
            .key(&memo)
            .arg(&field)
            .arg(account)
            .arg(tweet)
            .arg(at.0)
            .arg(self.campaign_window_ms)
            .arg(self.min_accounts)
            .arg(self.max_members.min(1 << 30))
            .arg(self.campaign_window_ms + HOUR_MS)
            .arg(self.memo_ttl_ms);
        let answer: String = self.script("campaign", &inv, &scripts.campaign);
        let a: CampaignAnswer = match serde_json::from_str(&answer) {
            Ok(a) => a,
            Err(e) => {
                if !self.failed {
                    tracing::error!(error = %e, answer, "campaign script answered something else");
                }
                return None;
            }
        };
        if a.m == 0 {
            return None;
        }
        let id = campaign_id(key_type, key);
        let status = match a.status.as_str() {
            "formed" => Some(crate::detect::campaign::CampaignStatus::Formed),
            "grown" => Some(crate::detect::campaign::CampaignStatus::Grown),
            _ => None,
        };
        if let Some(status) = status {
            records.push(CampaignRecord {
                campaign_id: id.clone(),
                status,
                key_type,
                key: key.to_string(),
                size: a.size,
                accounts: a.accounts,
                tweet_ids: a.tweets,
                first_event_time: Timestamp(a.first),
                event_time: at,
            });
        }
        Some(Membership {
            campaign_id: id,
            size: a.size,
        })
    }

    fn admit(
        &mut self,
        action: Action,
        at: Timestamp,
        tweet: &str,
        records: &mut Vec<BreakerRecord>,
        caps: &mut Vec<Cap>,
    ) -> Action {
        let (budget, limit) = match action {
            Action::Review => return action,
            Action::Lock => ("lock", self.max_locks),
            Action::Takedown => ("takedown", self.max_takedowns),
        };
        if !self.enter() {
            return Action::Review;
        }
        let (times, state) = self.keys.brake(budget);
        let memo = self.keys.memo(tweet);
        let scripts = Arc::clone(&self.scripts);
        let mut inv = scripts.brake.prepare_invoke();
        inv.key(&times)
            .key(&state)
            .key(&memo)
            .arg(format!("b:{budget}"))
            .arg(at.0)
            .arg(self.budget_window_ms)
            .arg(limit)
            .arg(self.budget_window_ms + HOUR_MS)
            .arg(self.memo_ttl_ms);
        let answer: String = self.script("brake", &inv, &scripts.brake);
        if self.failed {
            return Action::Review;
        }
        let record = |state| BreakerRecord {
            budget: action,
            state,
            limit,
            window_minutes: self.budget_window_minutes,
            event_time: at,
            tweet_id: tweet.to_string(),
        };
        match answer.as_str() {
            "admit" => action,
            "admit:reset" => {
                records.push(record(BrakeState::Reset));
                action
            }
            other => {
                if other == "review:tripped" {
                    records.push(record(BrakeState::Tripped));
                }
                caps.push(Cap::BudgetExceeded {
                    action,
                    limit,
                    window_minutes: self.budget_window_minutes,
                });
                Action::Review
            }
        }
    }

    fn alerted(&mut self, original: &str, tweet: &str, at: Timestamp) -> bool {
        let key = self.keys.alerted(original);
        self.lookup(key, format!("al:{original}"), tweet)
            .is_some_and(|t| at.0 - t <= self.lock_dedupe_ms)
    }

    fn mark_alerted(
        &mut self,
        original: &str,
        _tweet: &str,
        at: Timestamp,
        _bounds: &Bounds,
        _ev: &mut Evictions,
    ) {
        if !self.enter() {
            return;
        }
        let key = self.keys.alerted(original);
        let ttl = self.lock_dedupe_ms + HOUR_MS;
        self.cmd("mark alerted", || {
            let mut c = redis::cmd("SET");
            c.arg(&key).arg(at.0).arg("PX").arg(ttl);
            c
        });
    }

    fn actioned_at(&mut self, key: &str, tweet: &str) -> Option<i64> {
        let k = self.keys.actioned(key);
        self.lookup(k, format!("ac:{key}"), tweet)
    }

    fn mark_actioned(
        &mut self,
        key: &str,
        _tweet: &str,
        at: Timestamp,
        _bounds: &Bounds,
        _ev: &mut Evictions,
    ) {
        if !self.enter() {
            return;
        }
        let k = self.keys.actioned(key);
        let ttl = self.actioned_ttl_ms;
        self.cmd("mark actioned", || {
            let mut c = redis::cmd("SET");
            c.arg(&k).arg(at.0).arg("PX").arg(ttl);
            c
        });
    }

    /// Redis expires its keys by itself (their TTLs outlast the event-time windows).
    fn sweep(&mut self, _watermark: Timestamp, _model: &Model, _ev: &mut Evictions) {}
}
