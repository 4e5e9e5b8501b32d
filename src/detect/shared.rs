//! The detector's cross-account state behind one small interface.
//!
//! Most of what the detector remembers belongs to one account (its history), and a cluster
//! keeps each account on one partition, so that state stays in the detector. What crosses
//! accounts — campaign groups, the brake's budgets, the originals already alerted, the posts
//! and accounts taken down — is asked for through [`SharedState`]: [`LocalState`] holds it in
//! memory (what `replay` and `serve` run, and the default type of
//! [`Detector`](crate::detect::detector::Detector)); the cluster's worker implements it on
//! Redis (docs/cluster.md). The detector is generic over it, so the single-process path has
//! no dynamic dispatch and no lock.
//!
//! Every question names the post asking (`tweet`): a store that can be asked twice for one post
//! (a cluster worker deciding a post again after a crash) answers the second time as the first
//! (docs/cluster.md#idempotence-a-post-decided-twice-decides-the-same). The in-memory store
//! is never asked twice and ignores it.

use crate::detect::campaign::{CampaignSnapshot, CampaignTracker, KeyType, Membership};
use crate::detect::decide::{Brake, BrakeSnapshot, Cap};
use crate::detect::detector::{Bounds, EvictReason, Evictions, Tracked, evict_oldest, shed};
use crate::detect::event::Timestamp;
use crate::detect::hash::Map;
use crate::detect::model::Model;
use crate::detect::record::{Action, BreakerRecord, CampaignRecord};

/// The cross-account questions a post asks while it is decided, in the order the detector asks
/// them. Implementations answer on event time only.
pub trait SharedState {
    /// Adopts a (re)loaded model's windows and budgets, keeping what was counted.
    fn configure(&mut self, model: &Model);

    /// Adopts new bounds for the maps that grow with input ([`Bounds`]).
    fn set_bounds(&mut self, _bounds: &Bounds) {}

    /// Adds the post to the group of `key` ([`CampaignTracker::observe`]); pushes a `formed`
    /// or `grown` record when it changed the campaign.
    #[allow(clippy::too_many_arguments)] // the post's coordinates, each named
    fn campaign(
        &mut self,
        key_type: KeyType,
        key: &str,
        account: &str,
        tweet: &str,
        at: Timestamp,
        records: &mut Vec<CampaignRecord>,
        bounds: &Bounds,
        ev: &mut Evictions,
    ) -> Option<Membership>;

    /// Admits a takedown or lock against its budget, or downgrades it to review
    /// ([`Brake::admit_capped`]).
    fn admit(
        &mut self,
        action: Action,
        at: Timestamp,
        tweet: &str,
        records: &mut Vec<BreakerRecord>,
        caps: &mut Vec<Cap>,
    ) -> Action;

    /// Whether the original post `original` was alerted already (a retweet of it is covered).
    fn alerted(&mut self, original: &str, tweet: &str, at: Timestamp) -> bool;

    /// Remembers that `original` was alerted at `at` (by `tweet`, itself or a retweet of it).
    fn mark_alerted(
        &mut self,
        original: &str,
        tweet: &str,
        at: Timestamp,
        bounds: &Bounds,
        ev: &mut Evictions,
    );

    /// When `key` (`post:ID` or `account:ID`) was last taken down or locked (event time, ms).
    fn actioned_at(&mut self, key: &str, tweet: &str) -> Option<i64>;

    /// Remembers that `key` was taken down or locked at `at`.
    fn mark_actioned(
        &mut self,
        key: &str,
        tweet: &str,
        at: Timestamp,
        bounds: &Bounds,
        ev: &mut Evictions,
    );

    /// Drops what left every window before `watermark` (the detector calls it every few
    /// thousand posts; a store that expires entries by itself does nothing).
    fn sweep(&mut self, watermark: Timestamp, model: &Model, ev: &mut Evictions);
}

/// The cross-account state in memory: the maps the detector has always kept, bounded by
/// [`Bounds`], persisted by the service's checkpoints ([`LocalState::snapshot`]).
#[derive(Debug)]
pub struct LocalState {
    campaigns: CampaignTracker,
    brake: Brake,
    /// Original posts already alerted (by retweet or directly): id → event time ms.
    alerted: Map<String, i64>,
    /// Posts taken down or locked (`post:ID`) and their accounts (`account:ID`) → event time
    /// ms, for replies and quotes that vouch for them (`[amplification]`).
    actioned: Map<String, i64>,
}

impl LocalState {
    pub fn new(model: &Model) -> Self {
        LocalState {
            campaigns: CampaignTracker::new(
                model.campaign.window_minutes,
                model.campaign.min_accounts,
            ),
            brake: Brake::new(model),
            alerted: Map::default(),
            actioned: Map::default(),
        }
    }

    /// Entries of the campaign groups, their members, the alerted and the actioned maps.
    pub fn sizes(&self) -> [(Tracked, usize); 4] {
        [
            (Tracked::Campaigns, self.campaigns.len()),
            (Tracked::CampaignMembers, self.campaigns.members()),
            (Tracked::Alerted, self.alerted.len()),
            (Tracked::Actioned, self.actioned.len()),
        ]
    }

    /// Everything, for a checkpoint (sorted, so a snapshot is deterministic).
    pub fn snapshot(&self) -> LocalSnapshot {
        let sorted = |m: &Map<String, i64>| {
            let mut v: Vec<(String, i64)> = m.iter().map(|(k, v)| (k.clone(), *v)).collect();
            v.sort();
            v
        };
        LocalSnapshot {
            campaigns: self.campaigns.snapshot(),
            brake: self.brake.snapshot(),
            alerted: sorted(&self.alerted),
            actioned: sorted(&self.actioned),
        }
    }

    /// Restores what [`LocalState::snapshot`] saved.
    pub fn restore(&mut self, snap: LocalSnapshot) {
        self.campaigns.restore(snap.campaigns);
        self.brake.restore(snap.brake);
        self.alerted = snap.alerted.into_iter().collect();
        self.actioned = snap.actioned.into_iter().collect();
    }
}

/// What [`LocalState::snapshot`] saves: the parts of a checkpoint's
/// [`DetectorMeta`](crate::detect::detector::DetectorMeta) that cross accounts.
pub struct LocalSnapshot {
    pub campaigns: CampaignSnapshot,
    pub brake: BrakeSnapshot,
    /// Original posts already alerted: (id, event time ms).
    pub alerted: Vec<(String, i64)>,
    /// Posts and accounts taken down or locked: (`post:ID` / `account:ID`, event time ms).
    pub actioned: Vec<(String, i64)>,
}

impl SharedState for LocalState {
    fn configure(&mut self, model: &Model) {
        self.campaigns
            .configure(model.campaign.window_minutes, model.campaign.min_accounts);
        self.brake.configure(model);
    }

    fn set_bounds(&mut self, bounds: &Bounds) {
        self.campaigns.set_max_members(bounds.campaign_members);
    }

    #[inline]
    fn campaign(
        &mut self,
        key_type: KeyType,
        key: &str,
        account: &str,
        tweet: &str,
        at: Timestamp,
        records: &mut Vec<CampaignRecord>,
        bounds: &Bounds,
        ev: &mut Evictions,
    ) -> Option<Membership> {
        let m = self
            .campaigns
            .observe(key_type, key, account, tweet, at, records);
        let (groups, members) = self.campaigns.make_room(bounds.campaigns);
        ev.add(Tracked::Campaigns, EvictReason::Capacity, groups);
        ev.add(Tracked::CampaignMembers, EvictReason::Capacity, members);
        m
    }

    #[inline]
    fn admit(
        &mut self,
        action: Action,
        at: Timestamp,
        tweet: &str,
        records: &mut Vec<BreakerRecord>,
        caps: &mut Vec<Cap>,
    ) -> Action {
        self.brake.admit_capped(action, at, tweet, records, caps)
    }

    #[inline]
    fn alerted(&mut self, original: &str, _tweet: &str, _at: Timestamp) -> bool {
        self.alerted.contains_key(original)
    }

    #[inline]
    fn mark_alerted(
        &mut self,
        original: &str,
        _tweet: &str,
        at: Timestamp,
        bounds: &Bounds,
        ev: &mut Evictions,
    ) {
        insert_bounded(
            &mut self.alerted,
            original,
            at.0,
            bounds.alerted,
            Tracked::Alerted,
            ev,
        );
    }

    #[inline]
    fn actioned_at(&mut self, key: &str, _tweet: &str) -> Option<i64> {
        self.actioned.get(key).copied()
    }

    #[inline]
    fn mark_actioned(
        &mut self,
        key: &str,
        _tweet: &str,
        at: Timestamp,
        bounds: &Bounds,
        ev: &mut Evictions,
    ) {
        insert_bounded(
            &mut self.actioned,
            key,
            at.0,
            bounds.actioned,
            Tracked::Actioned,
            ev,
        );
    }

    fn sweep(&mut self, watermark: Timestamp, model: &Model, ev: &mut Evictions) {
        ev.add(
            Tracked::Campaigns,
            EvictReason::Expired,
            self.campaigns.evict(watermark),
        );
        let keep = (model.policy.lock_dedupe_hours * Timestamp::HOUR as f64) as i64;
        let w = watermark.0;
        let before = self.alerted.len();
        self.alerted.retain(|_, at| w - *at <= keep);
        ev.add(
            Tracked::Alerted,
            EvictReason::Expired,
            before - self.alerted.len(),
        );
        if let Some(a) = &model.amplification {
            let keep = (a.window_minutes * Timestamp::MINUTE as f64) as i64;
            let before = self.actioned.len();
            self.actioned.retain(|_, at| w - *at <= keep);
            ev.add(
                Tracked::Actioned,
                EvictReason::Expired,
                before - self.actioned.len(),
            );
        }
    }
}

/// Inserts `key` at event time `at` into a map bounded by `bound`; a full map first sheds its
/// oldest entries (event time, then key), counted in `ev` under `map`.
fn insert_bounded(
    m: &mut Map<String, i64>,
    key: &str,
    at: i64,
    bound: usize,
    map: Tracked,
    ev: &mut Evictions,
) {
    if let Some(t) = m.get_mut(key) {
        *t = at;
        return;
    }
    if m.len() >= bound {
        let n = shed(bound).max(m.len() + 1 - bound);
        let gone = evict_oldest(m, n, |t| *t);
        ev.add(map, EvictReason::Capacity, gone.len());
    }
    m.insert(key.to_string(), at);
}
