//! The detector: one place that knows the order of the stages.
//!
//! `Input → analyze (normalize, rules, wallets) → score (content, account, campaign) → decide
//! (grade, caps, dedupe, brake) → Record`s. `replay` and the live service drive the same
//! [`Detector`], so the same input gives the same records in both. All state (account history,
//! campaign windows, budgets, dedupe) advances on event time only.

use std::collections::VecDeque;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::detect::analyze::{Findings, analyze_reusing};
use crate::detect::campaign::{CampaignSnapshot, KeyType, Membership, text_fingerprint};
use crate::detect::decide::{BrakeSnapshot, Cap, CapContext, Support, cap, grade, text_lift};
use crate::detect::event::{AccountEvent, Input, Post, SecurityEventKind, Timestamp};
use crate::detect::explain;
use crate::detect::hash::{Map, Set, fnv1a};
use crate::detect::model::{ClassifierMode, Model};
use crate::detect::normalize::Text;
use crate::detect::record::{Action, Record, ShadowRecord, action_name};
use crate::detect::rules::{Mode, RuleSet};
use crate::detect::score::{
    AccountEvidence, AccountHistory, Content, Counting, PostTraits, WalletEvidence,
    account_evidence, content, host_hash, round, wallet_evidence,
};
use crate::detect::shared::{LocalSnapshot, LocalState, SharedState};

/// Counters a run reports in its summary (and the live service exports as metrics).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub posts: u64,
    pub account_events: u64,
    /// Account events of a type this version does not know (kept, counted).
    pub unknown_event_types: u64,
    pub reviews: u64,
    pub takedowns: u64,
    pub locks: u64,
    pub campaign_records: u64,
    pub breaker_records: u64,
    pub shadow_records: u64,
    /// Retweets of a post already alerted: covered by that alert, not alerted again.
    pub retweets_covered: u64,
    /// Posts whose id was already processed within the duplicate window (an upstream that
    /// resumes from a cursor sends a few again): dropped, never alerted twice.
    pub duplicates: u64,
    /// Hits per rule index (all modes).
    pub rule_hits: Vec<u64>,
    /// Posts the text model lifted to a higher action (live mode).
    pub model_lifts: u64,
}

impl Stats {
    pub fn alerts(&self) -> u64 {
        self.reviews + self.takedowns + self.locks
    }
}

/// What one input came to: the detector's decision as a value, so callers (replay, backtests,
/// `test-rules`, `diff-rules`, the service's metrics) read it instead of recomputing it.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)] // moved once per post, never stored
pub enum Outcome {
    /// A security event, added to its account's history.
    AccountEvent,
    /// A post already processed within the duplicate window (an upstream resuming from a
    /// cursor sends a few again): dropped, never alerted twice.
    Duplicate,
    /// A post, decided. (Not boxed: one allocation per post costs more than moving it.)
    Post(Decision),
}

impl Outcome {
    /// The decision, when the input was a post that was decided.
    pub fn decision(&self) -> Option<&Decision> {
        match self {
            Outcome::Post(d) => Some(d),
            _ => None,
        }
    }
}

/// What the detector found in one post, how it scored it, and what it did.
#[derive(Debug)]
pub struct Decision {
    /// Rule hits, addresses and the normalized text.
    pub findings: Findings,
    /// The scored addresses.
    pub wallet: WalletEvidence,
    /// The content score counting `act` and `alert` rules, campaign bonus included
    /// (unrounded).
    pub content_score: f64,
    /// Account evidence; computed only for posts whose content reaches review.
    pub account: AccountEvidence,
    /// The campaign the post belongs to.
    pub campaign: Option<Membership>,
    /// The post or account this reply or quote vouches for (taken down or locked within
    /// `amplification.window_minutes`), with the bonus it added.
    pub amplifies: Option<(String, f64)>,
    /// The account's own scam taken down or locked within `amplification.window_minutes`, which
    /// this post follows up with an address or a link.
    pub follow_up: Option<FollowUp>,
    /// What the scores called for, before caps and the brake.
    pub graded: Option<Action>,
    /// What lowered the graded action, in order.
    pub caps: Vec<Cap>,
    /// The action of the alert emitted for this post; `None` when there was none (below
    /// review, or a retweet covered by its original's alert).
    pub action: Option<Action>,
    /// A retweet whose original was alerted already: no alert of its own.
    pub covered: bool,
    /// The alert that locked this account within the dedupe window, if any.
    pub lock_ref: Option<String>,
    /// What the learned text model said, when it scored the post.
    pub text: Option<TextSignal>,
    /// Crypto talk (a payable address, or a crypto category scored): what the account's
    /// history counts as a crypto post (retweets aside).
    pub crypto: bool,
}

/// A post that carries on a scam its own account posted shortly before: the scam was taken down
/// or locked, and this post gives an address or a link again (the address alone, a payment URI,
/// the event link), with no warning, question or report in it.
#[derive(Clone, Debug, PartialEq)]
pub struct FollowUp {
    /// `account:ID`, the key the scam was recorded under.
    pub target: String,
    /// What the post gives: `address` or `link`.
    pub carries: &'static str,
    pub bonus: f64,
}

/// The learned text model's view of one post.
#[derive(Clone, Debug, PartialEq)]
pub struct TextSignal {
    pub probability: f64,
    pub mode: ClassifierMode,
    /// The action the model lifts the post to (applied in `live` mode, only reported in
    /// `shadow` mode); `None` when the rules' grading stands.
    pub lift: Option<Action>,
}

impl Decision {
    /// The post's score as backtests show it: the alert's score (content plus account
    /// evidence) when an alert was emitted, else the content score. Two decimals.
    pub fn score(&self) -> f64 {
        match self.action {
            Some(_) => round(self.content_score + self.account.score()),
            None => round(self.content_score),
        }
    }
}

/// The content scores of one post, computed once.
struct ContentScores {
    /// `act` rules only: what may drive a takedown or lock.
    act: Content,
    /// `act` and `alert` rules: what may drive a review.
    all: Content,
    /// Crypto talk: a payable address, or a crypto category scored.
    crypto: bool,
}

impl ContentScores {
    fn of(model: &Model, rules: &RuleSet, findings: &Findings, wallet: &WalletEvidence) -> Self {
        let act = content(model, rules, findings, wallet, Counting::Act);
        // Most posts fire `act` rules only: then both countings agree.
        let alert_rules = findings
            .hits
            .iter()
            .any(|h| rules.rules()[h.rule].mode == Mode::Alert);
        let all = if alert_rules {
            content(model, rules, findings, wallet, Counting::ActAlert)
        } else {
            act.clone()
        };
        let crypto = wallet.payable
            || model
                .text
                .crypto_categories
                .iter()
                .any(|cat| all.categories.get(cat.as_str()).is_some_and(|v| *v > 0.0));
        ContentScores { act, all, crypto }
    }
}

/// How often (in posts) windows and dedupe state are swept.
const SWEEP_EVERY: u64 = 4096;

/// The most entries each of the detector's maps holds, whatever the input: under a flood of
/// new accounts, campaigns or post ids, memory stays flat and the oldest entries (by event
/// time) make room (docs/reliability.md#bounds).
///
/// Evictions happen when an insert finds its map full, never on a timer: which entries go
/// depends only on the input's order and event times, so a replay evicts the same entries and
/// writes the same records every time, and a restart (which restores the same maps) carries
/// on as if it had not happened. A full map sheds a sixteenth of its bound at once (the
/// oldest), so the cost of finding the oldest is paid once per `bound / 16` inserts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Bounds {
    /// Accounts with history. A few hundred bytes each; the least recently seen go.
    pub accounts: usize,
    /// Candidate and formed campaign groups; those whose latest post is oldest go.
    pub campaigns: usize,
    /// Posts remembered per campaign group; its oldest go (a flood of one campaign keeps its
    /// latest members, and its records stay a bounded size).
    pub campaign_members: usize,
    /// Post ids within the duplicate window (8-byte hashes); the oldest go, so past the bound
    /// the window is shorter than `policy.duplicate_window_seconds`.
    pub seen_ids: usize,
    /// Originals already alerted (retweets of them are covered); the oldest go.
    pub alerted: usize,
    /// Posts and accounts taken down or locked, for `[amplification]`; the oldest go.
    pub actioned: usize,
}

impl Default for Bounds {
    fn default() -> Self {
        Bounds {
            accounts: 1_000_000,
            campaigns: 100_000,
            campaign_members: 10_000,
            seen_ids: 2_000_000,
            alerted: 1_000_000,
            actioned: 1_000_000,
        }
    }
}

impl Bounds {
    /// Checks that every bound leaves room for work (at least 16 entries; members at least
    /// 2, so that a campaign can form).
    ///
    /// # Errors
    /// The name of the first bound out of range.
    pub fn validate(&self) -> Result<(), String> {
        for (name, v, min) in [
            ("accounts", self.accounts, 16),
            ("campaigns", self.campaigns, 16),
            ("campaign_members", self.campaign_members, 2),
            ("seen_ids", self.seen_ids, 16),
            ("alerted", self.alerted, 16),
            ("actioned", self.actioned, 16),
        ] {
            if v < min {
                return Err(format!("limits.detector.{name} must be at least {min}"));
            }
        }
        Ok(())
    }
}

/// The detector's maps that grow with input, as `scamwatch_evictions_total{map}` and
/// `scamwatch_map_entries{map}` name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tracked {
    Accounts,
    Campaigns,
    CampaignMembers,
    SeenIds,
    Alerted,
    Actioned,
}

impl Tracked {
    pub const ALL: [Tracked; 6] = [
        Tracked::Accounts,
        Tracked::Campaigns,
        Tracked::CampaignMembers,
        Tracked::SeenIds,
        Tracked::Alerted,
        Tracked::Actioned,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Tracked::Accounts => "accounts",
            Tracked::Campaigns => "campaigns",
            Tracked::CampaignMembers => "campaign_members",
            Tracked::SeenIds => "seen_ids",
            Tracked::Alerted => "alerted",
            Tracked::Actioned => "actioned",
        }
    }
}

/// Why an entry left a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvictReason {
    /// Its window or TTL passed (event time): the ordinary way out.
    Expired,
    /// The map was full ([`Bounds`]): forgotten while it could still have mattered.
    Capacity,
}

impl EvictReason {
    pub const ALL: [EvictReason; 2] = [EvictReason::Expired, EvictReason::Capacity];

    pub fn as_str(self) -> &'static str {
        match self {
            EvictReason::Expired => "expired",
            EvictReason::Capacity => "capacity",
        }
    }
}

/// Entries evicted since the detector was created, per map and reason.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evictions {
    counts: [[u64; 2]; 6],
}

impl Evictions {
    pub fn add(&mut self, map: Tracked, reason: EvictReason, n: usize) {
        self.counts[map as usize][reason as usize] += n as u64;
    }

    pub fn get(&self, map: Tracked, reason: EvictReason) -> u64 {
        self.counts[map as usize][reason as usize]
    }
}

/// Removes the `n` entries of `map` that sort first by `(age key, map key)` (a total order,
/// so the same entries go whatever the hash map's iteration order); returns them.
pub(crate) fn evict_oldest<K, V, A>(
    map: &mut Map<K, V>,
    n: usize,
    age: impl Fn(&V) -> A,
) -> Vec<(K, V)>
where
    K: Ord + Clone + std::hash::Hash,
    A: Ord + Copy,
{
    let n = n.min(map.len());
    if n == 0 {
        return Vec::new();
    }
    let mut order: Vec<(A, &K)> = map.iter().map(|(k, v)| (age(v), k)).collect();
    order.select_nth_unstable(n - 1);
    let gone: Vec<K> = order[..n].iter().map(|(_, k)| (*k).clone()).collect();
    gone.into_iter()
        .filter_map(|k| map.remove_entry(&k))
        .collect()
}

/// How many entries a full map of `bound` sheds at once.
pub(crate) fn shed(bound: usize) -> usize {
    (bound / 16).max(1)
}

/// The stateful detector.
///
/// Generic over where its cross-account state lives ([`SharedState`]): in memory
/// ([`LocalState`], the default, what `replay` and `serve` run) or in a store the workers of a
/// cluster share (docs/cluster.md). Account histories are always its own.
#[derive(Debug)]
pub struct Detector<S = LocalState> {
    rules: Arc<RuleSet>,
    model: Arc<Model>,
    accounts: Map<String, AccountHistory>,
    /// Campaigns, budgets, originals alerted, posts and accounts actioned.
    shared: S,
    watermark: Timestamp,
    seen: SeenIds,
    /// Post ids another process decided (a cluster's earlier owner of the partition), by
    /// hash, with the event time of that decision: set per batch by
    /// [`Detector::prime_seen`], consulted after [`SeenIds`].
    prior_seen: Map<u64, i64>,
    stats: Stats,
    bounds: Bounds,
    evictions: Evictions,
    /// Accounts evicted since the last [`Detector::take_evicted_accounts`], when a state
    /// store asked to be told ([`Detector::track_evicted_accounts`]), so it deletes them too.
    evicted_accounts: Option<Vec<String>>,
    /// The normalized text of the last decision handed back by [`Detector::recycle`]: the
    /// next post is normalized into its buffers.
    spare_text: Option<Text>,
}

/// A recycled text keeps its buffers only up to this many bytes, so one very long post does
/// not keep its buffers for the rest of the stream.
const SPARE_TEXT_MAX_BYTES: usize = 64 * 1024;

/// The duplicate rule on event time: a post id first processed at `first_at` (ms) is still
/// remembered when the watermark (the newest event time seen, the new post's included) is at
/// most `window_ms` past it. One rule for the detector's own memory and for the ids a cluster
/// worker reads from Redis (docs/cluster.md#processed-post-ids).
pub fn within_duplicate_window(first_at: i64, watermark: i64, window_ms: i64) -> bool {
    watermark - first_at <= window_ms
}

/// The hash a post id is remembered by (in [`SeenIds`] and [`Detector::prime_seen`]).
fn post_hash(id: &str) -> u64 {
    fnv1a(b"post", id.as_bytes())
}

/// Hashes of the post ids processed within the duplicate window, oldest first.
///
/// 64-bit FNV-1a hashes rather than the ids: a few million of them fit in tens of MB, and a
/// collision (odds about 1 in 10^12 per pair of posts within one window) only drops a post.
#[derive(Clone, Debug, Default)]
struct SeenIds {
    order: VecDeque<(i64, u64)>,
    set: Set<u64>,
}

impl SeenIds {
    /// Records `id` at event time `at`; false when it was seen already. Ids older than the
    /// window go first, then, past `bound`, the oldest ones (both counted in `ev`).
    fn insert(
        &mut self,
        id: &str,
        at: i64,
        watermark: i64,
        window_ms: i64,
        bound: usize,
        ev: &mut Evictions,
    ) -> bool {
        let mut expired = 0;
        while let Some(&(t, h)) = self.order.front() {
            if within_duplicate_window(t, watermark, window_ms) {
                break;
            }
            self.order.pop_front();
            self.set.remove(&h);
            expired += 1;
        }
        ev.add(Tracked::SeenIds, EvictReason::Expired, expired);
        let h = post_hash(id);
        if !self.set.insert(h) {
            return false;
        }
        self.order.push_back((at, h));
        let mut full = 0;
        while self.order.len() > bound {
            if let Some((_, h)) = self.order.pop_front() {
                self.set.remove(&h);
                full += 1;
            }
        }
        ev.add(Tracked::SeenIds, EvictReason::Capacity, full);
        true
    }
}

/// The persisted part of a detector besides account histories: small, saved whole at each
/// checkpoint.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DetectorMeta {
    pub watermark: i64,
    pub campaigns: CampaignSnapshot,
    pub brake: BrakeSnapshot,
    /// Original posts already alerted: (id, event time ms).
    pub alerted: Vec<(String, i64)>,
    /// Posts and accounts taken down or locked: (`post:ID` / `account:ID`, event time ms).
    #[serde(default)]
    pub actioned: Vec<(String, i64)>,
    /// Post-id hashes within the duplicate window: (event time ms, hash).
    pub seen: Vec<(i64, u64)>,
}

impl Detector {
    pub fn new(rules: Arc<RuleSet>, model: Arc<Model>) -> Self {
        let shared = LocalState::new(&model);
        Detector::with_shared(rules, model, shared)
    }

    /// The current number of entries of each map that grows with input.
    pub fn map_sizes(&self) -> [(Tracked, usize); 6] {
        let [campaigns, members, alerted, actioned] = self.shared.sizes();
        [
            (Tracked::Accounts, self.accounts.len()),
            campaigns,
            members,
            (Tracked::SeenIds, self.seen.order.len()),
            alerted,
            actioned,
        ]
    }

    /// Everything but the account histories, for a checkpoint.
    pub fn meta_snapshot(&self) -> DetectorMeta {
        let LocalSnapshot {
            campaigns,
            brake,
            alerted,
            actioned,
        } = self.shared.snapshot();
        DetectorMeta {
            watermark: self.watermark.0,
            campaigns,
            brake,
            alerted,
            actioned,
            seen: self.seen.order.iter().copied().collect(),
        }
    }

    /// Restores a checkpoint: the meta part and the account histories.
    pub fn restore(
        &mut self,
        meta: DetectorMeta,
        accounts: impl IntoIterator<Item = (String, AccountHistory)>,
    ) {
        self.watermark = Timestamp(meta.watermark);
        self.shared.restore(LocalSnapshot {
            campaigns: meta.campaigns,
            brake: meta.brake,
            alerted: meta.alerted,
            actioned: meta.actioned,
        });
        self.seen = SeenIds {
            set: meta.seen.iter().map(|(_, h)| *h).collect(),
            order: meta.seen.into(),
        };
        self.accounts = accounts.into_iter().collect();
    }
}

impl<S: SharedState> Detector<S> {
    /// A detector whose cross-account state lives in `shared`.
    pub fn with_shared(rules: Arc<RuleSet>, model: Arc<Model>, mut shared: S) -> Self {
        let stats = Stats {
            rule_hits: vec![0; rules.rules().len()],
            ..Stats::default()
        };
        shared.configure(&model);
        Detector {
            shared,
            rules,
            model,
            accounts: Map::default(),
            watermark: Timestamp::default(),
            seen: SeenIds::default(),
            prior_seen: Map::default(),
            stats,
            bounds: Bounds::default(),
            evictions: Evictions::default(),
            evicted_accounts: None,
            spare_text: None,
        }
    }

    /// With other bounds on its maps ([`Bounds`]); they apply from the next insert.
    pub fn with_bounds(mut self, bounds: Bounds) -> Self {
        self.bounds = bounds;
        self.shared.set_bounds(&bounds);
        self
    }

    /// The bounds of its maps.
    pub fn bounds(&self) -> &Bounds {
        &self.bounds
    }

    /// Entries evicted so far, per map and reason.
    pub fn evictions(&self) -> &Evictions {
        &self.evictions
    }

    /// Keeps the ids of the accounts evicted for room, for [`Detector::take_evicted_accounts`]
    /// (a state store deletes them at its next checkpoint; a replay has no store and keeps
    /// nothing).
    pub fn track_evicted_accounts(&mut self) {
        self.evicted_accounts.get_or_insert_with(Vec::new);
    }

    /// The accounts evicted for room since the last call (with
    /// [`Detector::track_evicted_accounts`]), minus those that came back since.
    pub fn take_evicted_accounts(&mut self) -> Vec<String> {
        let Some(ids) = self.evicted_accounts.as_mut() else {
            return Vec::new();
        };
        let mut ids = std::mem::take(ids);
        ids.retain(|id| !self.accounts.contains_key(id));
        ids
    }

    pub fn rules(&self) -> &Arc<RuleSet> {
        &self.rules
    }

    pub fn model(&self) -> &Arc<Model> {
        &self.model
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// Swaps in a new rule set; history, campaigns and budgets carry on.
    pub fn set_rules(&mut self, rules: Arc<RuleSet>) {
        self.stats.rule_hits = vec![0; rules.rules().len()];
        self.rules = rules;
    }

    /// Swaps in a new model; history, campaigns and budgets carry on under its settings.
    pub fn set_model(&mut self, model: Arc<Model>) {
        self.shared.configure(&model);
        self.model = model;
    }

    /// The remembered history of an account, if any.
    pub fn account(&self, id: &str) -> Option<&AccountHistory> {
        self.accounts.get(id)
    }

    /// Takes in an account's history kept elsewhere (a cluster worker loads it from the shared
    /// store before deciding the account's posts); not marked changed.
    pub fn load_account(&mut self, id: &str, mut history: AccountHistory) {
        if self.accounts.len() >= self.bounds.accounts && !self.accounts.contains_key(id) {
            self.make_room_for_accounts();
        }
        history.dirty = false;
        self.accounts.insert(id.to_string(), history);
    }

    /// The cross-account state (a cluster worker tells it which post comes next).
    pub fn shared_mut(&mut self) -> &mut S {
        &mut self.shared
    }

    /// Number of accounts with history.
    pub fn accounts_tracked(&self) -> usize {
        self.accounts.len()
    }

    /// Processes one input, pushing any records it produces, and returns what it came to.
    pub fn process(&mut self, input: &Input, out: &mut Vec<Record>) -> Outcome {
        match input {
            Input::Post(p) => {
                let findings = analyze_reusing(p, &self.rules, self.spare_text.take());
                self.process_post(p, findings, out)
            }
            Input::AccountEvent(e) => {
                self.process_event(e);
                Outcome::AccountEvent
            }
        }
    }

    /// Takes back an outcome its caller is done with, so the next post is normalized into
    /// the buffers of this one's text instead of fresh ones (four allocations a post fewer;
    /// `tests/alloc.rs`). Optional: an outcome that is simply dropped costs only those
    /// allocations.
    pub fn recycle(&mut self, outcome: Outcome) {
        if let Outcome::Post(decision) = outcome {
            let text = decision.findings.text;
            if text.capacity_bytes() <= SPARE_TEXT_MAX_BYTES {
                self.spare_text = Some(text);
            }
        }
    }

    fn advance(&mut self, t: Timestamp) {
        self.watermark = self.watermark.max(t);
    }

    fn process_event(&mut self, e: &AccountEvent) {
        self.stats.account_events += 1;
        if matches!(e.kind, SecurityEventKind::Other(_)) {
            self.stats.unknown_event_types += 1;
        }
        self.advance(e.created_at);
        self.history_mut(&e.account_id)
            .record_security_event(e.created_at, e.kind.as_str());
    }

    /// Scores and decides one post whose findings were computed already (by [`analyze`], on
    /// any thread): content, campaign, account, grade, caps, brake; then the alert, the
    /// account's history and the shadow comparison.
    pub fn process_post(
        &mut self,
        post: &Post,
        findings: Findings,
        out: &mut Vec<Record>,
    ) -> Outcome {
        self.advance(post.created_at);
        if !self.first_sighting(post) {
            self.stats.duplicates += 1;
            return Outcome::Duplicate;
        }
        self.count_post(&findings);
        if findings.hits.is_empty() && findings.addresses.is_empty() {
            return self.nothing_matched(post, findings);
        }
        let model = Arc::clone(&self.model);
        let rules = Arc::clone(&self.rules);
        let wallet = wallet_evidence(&model, &rules, &findings);
        let content = ContentScores::of(&model, &rules, &findings, &wallet);
        let campaign = self.observe_campaign(post, &findings, &wallet, &content, out);
        let amplifies = self.amplifies(post, &content.all);
        let follow_up = self.follow_up(post, &findings, &wallet, &content.all);
        let bonus = if campaign.is_some() {
            model.campaign.bonus
        } else {
            0.0
        } + amplifies.as_ref().map_or(0.0, |(_, b)| *b)
            + follow_up.as_ref().map_or(0.0, |f| f.bonus);
        let content_act = content.act.score + bonus;
        let content_score = content.all.score + bonus;

        // What the post is, not which phrase matched: a frame (a transfer-and-multiply promise,
        // a claim link) or a rule on the post's links (a look-alike host).
        let scam_frame = findings.hits.iter().any(|h| {
            let r = &rules.rules()[h.rule];
            r.mode == Mode::Act
                && (rules.is_frame(h.rule) || rules.detail(h.rule).is_some_and(|d| d.on_urls))
                && model.hijack.scam_frame_categories.contains(&r.category)
        });
        let hist = self.history_mut(&post.author.id);
        let account = if content_score >= model.thresholds.review {
            let traits = PostTraits {
                crypto: content.crypto,
                wallet: wallet.payable,
                scam_frame,
                links: findings.offers_link,
                undisputed_takedown: content_act >= model.thresholds.takedown
                    && !content.all.disputed(),
                new_link_host: host_hashes(post, &findings).any(|h| !hist.knows_host(h)),
                campaign: campaign.as_ref(),
            };
            account_evidence(&model, hist, post, traits)
        } else {
            AccountEvidence::default()
        };
        let graded = grade(&model, content_act, content_score, &account);
        let text = text_signal(
            &model,
            &rules,
            &findings,
            &wallet,
            campaign.is_some(),
            &content.all,
            &account,
            graded,
            content_score,
        );
        let graded = match &text {
            Some(TextSignal {
                mode: ClassifierMode::Live,
                lift: Some(lift),
                ..
            }) => {
                self.stats.model_lifts += 1;
                Some(*lift)
            }
            _ => graded,
        };
        let mut decision = Decision {
            findings,
            wallet,
            content_score,
            account,
            campaign,
            amplifies,
            follow_up,
            graded,
            caps: Vec::new(),
            action: None,
            covered: false,
            lock_ref: None,
            text,
            crypto: content.crypto,
        };
        if let Some(graded) = graded {
            self.act(post, graded, &content.all, &mut decision, out);
        }
        let hist = self
            .accounts
            .get_mut(&post.author.id)
            .expect("the account was entered above");
        hist.record_post(post, content.crypto, decision.wallet.payable, scam_frame);
        if !post.is_retweet() {
            hist.record_hosts(host_hashes(post, &decision.findings));
        }
        self.compare_shadow(post, &content.act, bonus, &decision, out);
        self.shadow_model(post, &decision, out);
        Outcome::Post(decision)
    }

    /// Most posts: no rule fired and no address was found, so there is no score, no campaign
    /// and no action to weigh; only the account's history learns the post. (What the full path
    /// would decide, without its work.)
    fn nothing_matched(&mut self, post: &Post, findings: Findings) -> Outcome {
        let hist = self.history_mut(&post.author.id);
        hist.record_post(post, false, false, false);
        if !post.is_retweet() {
            hist.record_hosts(host_hashes(post, &findings));
        }
        Outcome::Post(Decision {
            findings,
            wallet: WalletEvidence::default(),
            content_score: 0.0,
            account: AccountEvidence::default(),
            campaign: None,
            amplifies: None,
            follow_up: None,
            graded: None,
            caps: Vec::new(),
            action: None,
            covered: false,
            lock_ref: None,
            text: None,
            crypto: false,
        })
    }

    /// The account's history, entered empty on first sight. Most posts come from an account
    /// seen before: it is looked up once, without allocating its key (the second lookup only
    /// when the map is full).
    fn history_mut(&mut self, id: &str) -> &mut AccountHistory {
        if self.accounts.len() >= self.bounds.accounts && !self.accounts.contains_key(id) {
            self.make_room_for_accounts();
        }
        self.accounts.entry_ref(id).or_default()
    }

    /// The accounts map is full: the least recently seen go (event time, then id).
    fn make_room_for_accounts(&mut self) {
        let n = shed(self.bounds.accounts).max(self.accounts.len() + 1 - self.bounds.accounts);
        let gone = evict_oldest(&mut self.accounts, n, |h| h.last_seen);
        self.evictions
            .add(Tracked::Accounts, EvictReason::Capacity, gone.len());
        if let Some(ids) = &mut self.evicted_accounts {
            ids.extend(gone.into_iter().map(|(id, _)| id));
        }
    }

    /// Records the post id; false when it was processed within the duplicate window, by this
    /// detector or (primed by [`Detector::prime_seen`]) by another.
    fn first_sighting(&mut self, post: &Post) -> bool {
        let window = (self.model.policy.duplicate_window_seconds * 1000.0) as i64;
        let new = self.seen.insert(
            &post.id,
            post.created_at.0,
            self.watermark.0,
            window,
            self.bounds.seen_ids,
            &mut self.evictions,
        );
        if !new || self.prior_seen.is_empty() {
            return new;
        }
        // Now in this detector's memory either way, as it would be had this detector
        // processed the first one itself.
        !self
            .prior_seen
            .get(&post_hash(&post.id))
            .is_some_and(|at| within_duplicate_window(*at, self.watermark.0, window))
    }

    /// Tells the detector which post ids of the coming inputs were processed elsewhere, and
    /// at what event time (ms): a cluster worker reads them from Redis for each batch, so a
    /// partition's new owner drops a post its earlier owner had processed, by the rule a
    /// single process applies ([`within_duplicate_window`]). Replaces the previous set.
    pub fn prime_seen<'a>(&mut self, seen: impl IntoIterator<Item = (&'a str, i64)>) {
        self.prior_seen.clear();
        self.prior_seen
            .extend(seen.into_iter().map(|(id, at)| (post_hash(id), at)));
    }

    fn count_post(&mut self, findings: &Findings) {
        self.stats.posts += 1;
        if self.stats.posts.is_multiple_of(SWEEP_EVERY) {
            self.sweep();
        }
        for h in &findings.hits {
            if let Some(c) = self.stats.rule_hits.get_mut(h.rule) {
                *c += 1;
            }
        }
    }

    /// Campaigns: only the account's own speech (a retweet storm is not a campaign), only
    /// posts that already look like scams on their own, with scam wording and no negative
    /// evidence (news and researchers repeat the address too).
    fn observe_campaign(
        &mut self,
        post: &Post,
        findings: &Findings,
        wallet: &WalletEvidence,
        content: &ContentScores,
        out: &mut Vec<Record>,
    ) -> Option<Membership> {
        let model = &self.model;
        let c_all = &content.all;
        let candidate = c_all.score >= model.thresholds.review
            && !post.is_retweet()
            && !c_all.disputed()
            && model
                .campaign
                .require_any
                .iter()
                .any(|cat| c_all.categories.get(cat.as_str()).is_some_and(|v| *v > 0.0));
        if !candidate {
            return None;
        }
        let mut membership: Option<Membership> = None;
        let mut recs = Vec::new();
        let fingerprint = text_fingerprint(findings.text.as_str());
        // One look-alike host from several accounts is the July 2020 opening move without an
        // address; only hosts that already look bad (a `scam_url` rule fired) key a campaign,
        // since many accounts link the same harmless site.
        let hosts = if c_all.categories.get("scam_url").is_some_and(|v| *v > 0.0) {
            link_hosts(post, findings)
        } else {
            Vec::new()
        };
        let keys = wallet
            .payable_addresses
            .iter()
            .map(|a| (KeyType::Address, a.as_str()))
            .chain(hosts.iter().map(|h| (KeyType::Link, h.as_str())))
            .chain(fingerprint.as_deref().map(|fp| (KeyType::Text, fp)));
        for (key_type, key) in keys {
            let m = self.shared.campaign(
                key_type,
                key,
                &post.author.id,
                &post.id,
                post.created_at,
                &mut recs,
                &self.bounds,
                &mut self.evictions,
            );
            membership = membership.or(m);
        }
        self.stats.campaign_records += recs.len() as u64;
        out.extend(recs.into_iter().map(Record::Campaign));
        membership
    }

    /// A reply to an account, or a quote of a post, taken down or locked within the window,
    /// whose own words vouch for it (a `require_any` category scored, none is negative): the
    /// target and the bonus. Retweets are covered by their original's alert instead.
    fn amplifies(&mut self, post: &Post, c_all: &Content) -> Option<(String, f64)> {
        let model = Arc::clone(&self.model);
        let a = model.amplification.as_ref()?;
        if post.is_retweet()
            || c_all.disputed()
            || !a
                .require_any
                .iter()
                .any(|cat| c_all.categories.get(cat.as_str()).is_some_and(|v| *v > 0.0))
        {
            return None;
        }
        let quoted = post
            .quote_of
            .as_ref()
            .and_then(|q| self.actioned_within(format!("post:{}", q.id), post, a.window_minutes));
        let target = match quoted {
            Some(t) => Some(t),
            None => post
                .reply_to_user
                .as_ref()
                .filter(|u| **u != post.author.id)
                .and_then(|u| self.actioned_within(format!("account:{u}"), post, a.window_minutes)),
        };
        target.map(|target| (target, a.bonus))
    }

    /// The author's own scam, taken down or locked within the window, followed by this post
    /// with a payable address or an offered link and no negative evidence: the burst goes on
    /// (a hijacked account posts the address alone minutes after its doubling promise).
    fn follow_up(
        &mut self,
        post: &Post,
        findings: &Findings,
        wallet: &WalletEvidence,
        c_all: &Content,
    ) -> Option<FollowUp> {
        let model = Arc::clone(&self.model);
        let a = model.amplification.as_ref()?;
        let bonus = a.follow_up_bonus?;
        if post.is_retweet() || c_all.disputed() {
            return None;
        }
        let carries = if wallet.payable {
            "address"
        } else if findings.offers_link {
            "link"
        } else {
            return None;
        };
        let target = self.actioned_within(
            format!("account:{}", post.author.id),
            post,
            a.window_minutes,
        )?;
        Some(FollowUp {
            target,
            carries,
            bonus,
        })
    }

    /// `key` (`post:ID` or `account:ID`) when it was taken down or locked at most
    /// `window_minutes` of event time before `post`.
    fn actioned_within(&mut self, key: String, post: &Post, window_minutes: f64) -> Option<String> {
        let window = (window_minutes * Timestamp::MINUTE as f64) as i64;
        self.shared
            .actioned_at(&key, &post.id)
            .is_some_and(|at| post.created_at.0 - at <= window)
            .then_some(key)
    }

    /// Caps, the brake, and the alert for a post the scores graded.
    fn act(
        &mut self,
        post: &Post,
        graded: Action,
        c_all: &Content,
        decision: &mut Decision,
        out: &mut Vec<Record>,
    ) {
        let model = Arc::clone(&self.model);
        let alert_id = alert_id(&post.id);
        let hist = self
            .accounts
            .get(&post.author.id)
            .expect("the account was entered before grading");
        let dedupe_ms = (model.policy.lock_dedupe_hours * Timestamp::HOUR as f64) as i64;
        let lock_ref = hist
            .lock
            .as_ref()
            .filter(|(at, _)| post.created_at.0 - at <= dedupe_ms)
            .map(|(_, id)| id.clone());
        let ctx = CapContext {
            retweet_of: post.retweet_of.as_ref().map(|r| r.id.as_str()),
            allowlisted: self
                .rules
                .is_allowlisted_account(&post.author.id, post.author.username.as_deref()),
            describes: describes_a_scam(&self.rules, c_all, &decision.findings),
            open_lock: lock_ref.as_deref(),
        };
        decision.lock_ref = lock_ref.clone();
        let capped = cap(graded, ctx, &mut decision.caps);
        let mut breaker = Vec::new();
        let action = self.shared.admit(
            capped,
            post.created_at,
            &post.id,
            &mut breaker,
            &mut decision.caps,
        );
        self.stats.breaker_records += breaker.len() as u64;
        out.extend(breaker.into_iter().map(Record::CircuitBreaker));

        decision.covered = match &post.retweet_of {
            Some(r) => self.shared.alerted(&r.id, &post.id, post.created_at),
            None => false,
        };
        if decision.covered {
            // The original was alerted already: its alert covers this copy.
            self.stats.retweets_covered += 1;
        } else {
            match action {
                Action::Review => self.stats.reviews += 1,
                Action::Takedown => self.stats.takedowns += 1,
                Action::Lock => self.stats.locks += 1,
            }
            let alert = explain::alert(&self.rules, &self.model, post, decision, c_all, action);
            out.push(Record::Alert(alert));
            let original = post.retweet_of.as_ref().map_or(&post.id, |r| &r.id);
            self.shared.mark_alerted(
                original,
                &post.id,
                post.created_at,
                &self.bounds,
                &mut self.evictions,
            );
            decision.action = Some(action);
        }
        let hist = self
            .accounts
            .get_mut(&post.author.id)
            .expect("the account was entered before grading");
        if action >= Action::Takedown {
            hist.scam_posts += 1;
            if self.model.amplification.is_some() && !post.is_retweet() {
                for key in [
                    format!("post:{}", post.id),
                    format!("account:{}", post.author.id),
                ] {
                    self.shared.mark_actioned(
                        &key,
                        &post.id,
                        post.created_at,
                        &self.bounds,
                        &mut self.evictions,
                    );
                }
            }
        }
        if action == Action::Lock {
            hist.lock = Some((post.created_at.0, alert_id));
        }
    }

    /// When shadow rules fired, what would have happened with them counted; a record when that
    /// differs from what happened.
    fn compare_shadow(
        &mut self,
        post: &Post,
        c_act: &Content,
        bonus: f64,
        decision: &Decision,
        out: &mut Vec<Record>,
    ) {
        let rules = &self.rules;
        let findings = &decision.findings;
        let has_shadow = findings
            .hits
            .iter()
            .any(|h| rules.rules()[h.rule].mode == Mode::Shadow);
        if !has_shadow {
            return;
        }
        let c_sh = content(
            &self.model,
            rules,
            findings,
            &decision.wallet,
            Counting::All,
        );
        let would_score = c_sh.score + bonus;
        let own_speech = |a: Action| {
            if post.is_retweet() {
                a.min(Action::Review)
            } else {
                a
            }
        };
        let would = grade(
            &self.model,
            c_act.score + bonus,
            would_score,
            &decision.account,
        )
        .map(own_speech);
        if would == decision.graded.map(own_speech) {
            return;
        }
        self.stats.shadow_records += 1;
        out.push(Record::Shadow(ShadowRecord {
            tweet_id: post.id.clone(),
            account_id: post.author.id.clone(),
            event_time: post.created_at,
            action: action_name(decision.action),
            would_action: action_name(would),
            would_score: round(would_score + decision.account.score()),
            rules: findings
                .hits
                .iter()
                .map(|h| &rules.rules()[h.rule])
                .filter(|r| r.mode == Mode::Shadow)
                .map(|r| r.id.clone())
                .collect(),
            model: None,
            model_probability: None,
        }));
    }

    /// A text model in shadow mode that would have lifted the post: a record saying so.
    fn shadow_model(&mut self, post: &Post, decision: &Decision, out: &mut Vec<Record>) {
        let Some(TextSignal {
            probability,
            mode: ClassifierMode::Shadow,
            lift: Some(would),
        }) = decision.text
        else {
            return;
        };
        let own_speech = |a: Action| {
            if post.is_retweet() {
                a.min(Action::Review)
            } else {
                a
            }
        };
        let would = own_speech(would);
        if decision.action.is_some_and(|a| a >= would) {
            return;
        }
        self.stats.shadow_records += 1;
        out.push(Record::Shadow(ShadowRecord {
            tweet_id: post.id.clone(),
            account_id: post.author.id.clone(),
            event_time: post.created_at,
            action: action_name(decision.action),
            would_action: action_name(Some(would)),
            would_score: round(decision.content_score + decision.account.score()),
            rules: Vec::new(),
            model: self
                .model
                .text_classifier
                .as_ref()
                .map(|c| c.name().to_string()),
            model_probability: Some((probability * 1000.0).round() / 1000.0),
        }));
    }

    /// The event-time watermark: the latest event time seen.
    pub fn watermark(&self) -> Timestamp {
        self.watermark
    }

    /// The account histories changed since the last call (their dirty flags are cleared).
    pub fn take_dirty_accounts(&mut self) -> Vec<(String, AccountHistory)> {
        let mut out = Vec::new();
        for (id, h) in self.accounts.iter_mut().filter(|(_, h)| h.dirty) {
            h.dirty = false;
            out.push((id.clone(), h.clone()));
        }
        out
    }

    /// Forgets accounts not seen since `before` (event time); returns their ids.
    pub fn evict_accounts(&mut self, before: Timestamp) -> Vec<String> {
        let mut gone = Vec::new();
        self.accounts.retain(|id, h| {
            let keep = h.last_seen >= before.0;
            if !keep {
                gone.push(id.clone());
            }
            keep
        });
        self.evictions
            .add(Tracked::Accounts, EvictReason::Expired, gone.len());
        gone
    }

    /// Drops campaign groups and dedupe entries that left every window.
    fn sweep(&mut self) {
        self.shared
            .sweep(self.watermark, &self.model, &mut self.evictions);
    }
}

/// The text model's probability for a post and what it lifts the post to; `None` when the
/// model has no classifier.
#[allow(clippy::too_many_arguments)] // the evidence the policy weighs, each named
fn text_signal(
    model: &Model,
    rules: &RuleSet,
    findings: &Findings,
    wallet: &WalletEvidence,
    campaign: bool,
    c_all: &Content,
    account: &AccountEvidence,
    graded: Option<Action>,
    content_score: f64,
) -> Option<TextSignal> {
    let policy = model.classifier.as_ref()?;
    let classifier = model.text_classifier.as_ref()?;
    let probability = classifier.probability(findings.text.as_str());
    let corroborated = wallet.payable
        || campaign
        || findings.offers_link
        || findings
            .hits
            .iter()
            .any(|h| rules.is_frame(h.rule) && rules.rules()[h.rule].mode == Mode::Act);
    let support = Support {
        corroborated,
        disputed: c_all.disputed(),
        hijacked: account.hijack >= model.hijack.lock_threshold,
        rules_score: content_score,
    };
    Some(TextSignal {
        probability,
        mode: policy.mode,
        lift: text_lift(policy, probability, graded, support),
    })
}

/// The post describes a scam rather than runs one: two kinds of negative evidence (a warning
/// and a report), or a link written the way reports write them (`name[.]com`) with negative
/// evidence found outside that link (the police report naming the site it warns about). An
/// evasive scam may bracket its dot too, but it carries no report or warning besides (the
/// negative weight a bracketed dot earns by itself does not count here).
fn describes_a_scam(rules: &RuleSet, c_all: &Content, findings: &Findings) -> bool {
    if c_all.negative_kinds() >= 2 {
        return true;
    }
    let reported: Vec<&std::ops::Range<usize>> = findings
        .links
        .iter()
        .filter(|l| l.reported)
        .map(|l| &l.range)
        .collect();
    if reported.is_empty() {
        return false;
    }
    let outside = |s: &crate::detect::rules::Span| {
        s.source != crate::detect::rules::SpanSource::Text
            || !reported
                .iter()
                .any(|r| r.start <= s.range.start && s.range.end <= r.end)
    };
    findings.hits.iter().any(|h| {
        let r = &rules.rules()[h.rule];
        r.mode == Mode::Act && r.weight < 0.0 && h.spans.iter().any(outside)
    })
}

/// A stable alert id: one alert per post, so the post id decides it.
pub fn alert_id(tweet_id: &str) -> String {
    format!("al-{:016x}", fnv1a(b"alert", tweet_id.as_bytes()))
}

/// The hosts a post links to, as written: URL entities, then links in the text (not the
/// reported ones: a report naming a site is not the account linking to it).
fn hosts<'a>(post: &'a Post, findings: &'a Findings) -> impl Iterator<Item = &'a str> + 'a {
    post.urls
        .iter()
        .filter_map(|u| crate::detect::rules::url_host(u))
        .chain(
            findings
                .links
                .iter()
                .filter(|l| !l.reported)
                .filter_map(|l| l.host()),
        )
}

/// The [`host_hash`]es of the hosts a post links to, without allocating.
fn host_hashes<'a>(post: &'a Post, findings: &'a Findings) -> impl Iterator<Item = u32> + 'a {
    hosts(post, findings).map(host_hash)
}

/// The distinct hosts a post links to, lowercase, without a leading `www.`.
fn link_hosts(post: &Post, findings: &Findings) -> Vec<String> {
    let mut hosts: Vec<String> = hosts(post, findings)
        .map(|h| {
            let h = h.to_ascii_lowercase();
            match h.strip_prefix("www.") {
                Some(bare) => bare.to_string(),
                None => h,
            }
        })
        .collect();
    hosts.sort();
    hosts.dedup();
    hosts
}

#[cfg(test)]
mod duplicate_tests {
    use super::*;

    #[test]
    fn the_duplicate_window_is_inclusive_on_event_time() {
        assert!(within_duplicate_window(1_000, 1_000, 60_000));
        assert!(within_duplicate_window(1_000, 61_000, 60_000));
        assert!(!within_duplicate_window(1_000, 61_001, 60_000));
        // A watermark behind the first sighting (an older post re-sent): remembered.
        assert!(within_duplicate_window(5_000, 1_000, 60_000));
    }

    fn post(id: &str, at: &str) -> Input {
        let line = format!(
            r#"{{"id_str":"{id}","text":"good morning","created_at":"{at}","user":{{"id_str":"9","screen_name":"a"}}}}"#
        );
        crate::source::decode::decode_line(line.as_bytes())
            .unwrap()
            .expect("a post")
    }

    /// A post id primed as decided elsewhere (a cluster partition's earlier owner) is dropped
    /// and counted as the detector's own duplicate would be, within the window only.
    #[test]
    fn a_primed_post_id_is_a_duplicate_within_the_window_only() {
        let (rules, model) =
            crate::detect::load::load(std::path::Path::new("rules"), None).unwrap();
        let window = (model.policy.duplicate_window_seconds * 1000.0) as i64;
        let mut d = Detector::new(Arc::new(rules), Arc::new(model));
        let first = post("1", "Wed Jul 15 20:17:34 +0000 2020");
        let Input::Post(p) = &first else {
            unreachable!()
        };
        let at = p.created_at.0;
        let mut out = Vec::new();
        d.prime_seen([("1", at), ("2", at - window - 1)]);
        assert!(matches!(d.process(&first, &mut out), Outcome::Duplicate));
        // Id 2 was decided elsewhere longer ago than the window: decided again.
        let second = post("2", "Wed Jul 15 20:17:34 +0000 2020");
        assert!(matches!(d.process(&second, &mut out), Outcome::Post(_)));
        assert_eq!(d.stats().duplicates, 1);
        // Priming replaces: with nothing primed, id 1 is in the detector's own memory now.
        d.prime_seen(std::iter::empty());
        assert!(matches!(d.process(&first, &mut out), Outcome::Duplicate));
        let third = post("3", "Wed Jul 15 20:17:35 +0000 2020");
        assert!(matches!(d.process(&third, &mut out), Outcome::Post(_)));
        assert_eq!(d.stats().duplicates, 2);
    }
}
