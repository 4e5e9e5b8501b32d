//! Campaigns: one address, or one text, posted by several distinct accounts within a window.
//!
//! In July 2020 the same Bitcoin address went out from dozens of hijacked accounts within the
//! hour; dedicated scam accounts run the same text in waves. A campaign is an early warning that
//! also raises every member's score. Windows run on event time, so a replay forms the same
//! campaigns with the same ids every time.

use crate::detect::detector::{evict_oldest, shed};
use crate::detect::event::Timestamp;
use crate::detect::hash::{FNV_OFFSET, Map, Set, fnv_step, fnv1a};
use crate::detect::record::CampaignRecord;

/// What the members share. Persisted in checkpoints under its variant name, shown in records in
/// lowercase.
/// Ordered as written, which is also the order of their names (`address`, `link`, `text`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum KeyType {
    Address,
    /// The host of a link that looks bad on its own (a `scam_url` rule fired).
    Link,
    Text,
}

impl KeyType {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyType::Address => "address",
            KeyType::Link => "link",
            KeyType::Text => "text",
        }
    }
}

/// How a post changed its campaign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CampaignStatus {
    /// The group reached the minimum number of accounts.
    Formed,
    /// Another account joined a formed campaign.
    Grown,
}

impl std::fmt::Display for CampaignStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CampaignStatus::Formed => "formed",
            CampaignStatus::Grown => "grown",
        })
    }
}

impl std::fmt::Display for KeyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Member {
    account: String,
    tweet: String,
    at: i64,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Group {
    id: String,
    members: Vec<Member>,
    formed: bool,
}

/// The post's membership after [`CampaignTracker::observe`].
#[derive(Clone, Debug, PartialEq)]
pub struct Membership {
    pub campaign_id: String,
    pub size: usize,
}

/// Tracks candidate groups and forms campaigns.
#[derive(Debug)]
pub struct CampaignTracker {
    window_ms: i64,
    min_accounts: usize,
    groups: Map<(KeyType, String), Group>,
    formed_total: u64,
    /// Most members a group keeps (its oldest go first).
    max_members: usize,
    /// Members of every group, kept up to date (a sum over the groups per metrics scrape
    /// would cost a pass over all of them).
    members: usize,
    /// Members dropped for room since the last [`CampaignTracker::make_room`].
    members_evicted: usize,
}

impl CampaignTracker {
    pub fn new(window_minutes: f64, min_accounts: usize) -> Self {
        CampaignTracker {
            window_ms: (window_minutes * Timestamp::MINUTE as f64) as i64,
            min_accounts,
            groups: Map::default(),
            formed_total: 0,
            max_members: usize::MAX,
            members: 0,
            members_evicted: 0,
        }
    }

    /// Keeps at most `max` members per group (at least 2), the latest.
    pub fn set_max_members(&mut self, max: usize) {
        self.max_members = max.max(2);
    }

    /// Members of every group.
    pub fn members(&self) -> usize {
        self.members
    }

    /// Past `bound` groups, drops those whose latest post is oldest (event time, then key:
    /// the same groups in every run), a sixteenth of the bound at once. Returns the groups
    /// dropped and the members dropped for room since the last call (those of
    /// [`CampaignTracker::observe`]'s per-group bound and of the groups dropped).
    pub fn make_room(&mut self, bound: usize) -> (usize, usize) {
        let mut groups = 0;
        if self.groups.len() > bound {
            let n = shed(bound).max(self.groups.len() - bound);
            let latest = |g: &Group| g.members.iter().map(|m| m.at).max().unwrap_or(0);
            for (_, g) in evict_oldest(&mut self.groups, n, latest) {
                self.members -= g.members.len();
                self.members_evicted += g.members.len();
                groups += 1;
            }
        }
        (groups, std::mem::take(&mut self.members_evicted))
    }

    /// Adopts new settings (after a model reload) without losing the groups.
    pub fn configure(&mut self, window_minutes: f64, min_accounts: usize) {
        self.window_ms = (window_minutes * Timestamp::MINUTE as f64) as i64;
        self.min_accounts = min_accounts;
    }

    /// How many campaigns were formed so far.
    pub fn formed_total(&self) -> u64 {
        self.formed_total
    }

    /// Adds a post to the group of `key`. Returns the campaign when the group is (now) a
    /// campaign, and pushes a `formed` or `grown` record when this post changed it.
    pub fn observe(
        &mut self,
        key_type: KeyType,
        key: &str,
        account: &str,
        tweet: &str,
        at: Timestamp,
        records: &mut Vec<CampaignRecord>,
    ) -> Option<Membership> {
        let window = self.window_ms;
        let group = self
            .groups
            .entry((key_type, key.to_string()))
            .or_insert_with(|| Group {
                id: campaign_id(key_type, key),
                members: Vec::new(),
                formed: false,
            });
        let before = group.members.len();
        group.members.retain(|m| at.0 - m.at <= window);
        let new_account = !group.members.iter().any(|m| m.account == account);
        group.members.push(Member {
            account: account.to_string(),
            tweet: tweet.to_string(),
            at: at.0,
        });
        if group.members.len() > self.max_members {
            let n = group.members.len() - self.max_members;
            group.members.drain(..n);
            self.members_evicted += n;
        }
        self.members = self.members + group.members.len() - before;
        // Distinct accounts in order of first post, through a set: a campaign under a flood
        // has thousands of members, and a scan per member made each post quadratic.
        let mut seen = Set::with_capacity_and_hasher(group.members.len(), Default::default());
        let accounts: Vec<&str> = group
            .members
            .iter()
            .map(|m| m.account.as_str())
            .filter(|a| seen.insert(*a))
            .collect();
        let size = accounts.len();
        if size < self.min_accounts {
            group.formed = false;
            return None;
        }
        let status = if !group.formed {
            group.formed = true;
            self.formed_total += 1;
            Some(CampaignStatus::Formed)
        } else if new_account {
            Some(CampaignStatus::Grown)
        } else {
            None
        };
        if let Some(status) = status {
            records.push(CampaignRecord {
                campaign_id: group.id.clone(),
                status,
                key_type,
                key: key.to_string(),
                size,
                accounts: accounts.iter().map(|a| a.to_string()).collect(),
                tweet_ids: group.members.iter().map(|m| m.tweet.clone()).collect(),
                first_event_time: Timestamp(
                    group.members.iter().map(|m| m.at).min().unwrap_or(at.0),
                ),
                event_time: at,
            });
        }
        Some(Membership {
            campaign_id: group.id.clone(),
            size,
        })
    }

    /// The groups, for persisting: sorted by key so a snapshot is deterministic.
    pub fn snapshot(&self) -> CampaignSnapshot {
        let mut groups: Vec<(KeyType, String, Group)> = self
            .groups
            .iter()
            .map(|((t, k), g)| (*t, k.clone(), g.clone()))
            .collect();
        groups.sort_by(|a, b| (a.0.as_str(), &a.1).cmp(&(b.0.as_str(), &b.1)));
        CampaignSnapshot {
            groups,
            formed_total: self.formed_total,
        }
    }

    /// Restores groups saved by [`CampaignTracker::snapshot`].
    pub fn restore(&mut self, snap: CampaignSnapshot) {
        self.groups = snap
            .groups
            .into_iter()
            .map(|(t, k, g)| ((t, k), g))
            .collect();
        self.members = self.groups.values().map(|g| g.members.len()).sum();
        self.formed_total = snap.formed_total;
    }

    /// Forgets groups with no member inside the window before `watermark`; returns how many.
    pub fn evict(&mut self, watermark: Timestamp) -> usize {
        let window = self.window_ms;
        let before = self.groups.len();
        let mut members = 0;
        self.groups.retain(|_, g| {
            let keep = g.members.iter().any(|m| watermark.0 - m.at <= window);
            if !keep {
                members += g.members.len();
            }
            keep
        });
        self.members -= members;
        before - self.groups.len()
    }

    /// Number of groups tracked (for metrics and tests).
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// The persisted form of a [`CampaignTracker`].
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignSnapshot {
    groups: Vec<(KeyType, String, Group)>,
    formed_total: u64,
}

/// A stable id: the same key gives the same campaign id in every run and every version.
pub fn campaign_id(key_type: KeyType, key: &str) -> String {
    format!(
        "cmp-{:016x}",
        fnv1a(key_type.as_str().as_bytes(), key.as_bytes())
    )
}

/// Fingerprint of a normalized text for "near-identical text" campaigns: tokens with digits
/// (amounts, addresses, counters) and very long tokens (addresses, URL paths) are dropped,
/// since scammers vary exactly those between copies. Texts with fewer than `MIN_TOKENS`
/// remaining tokens are too generic to group and get no fingerprint.
pub fn text_fingerprint(normalized: &str) -> Option<String> {
    const MIN_TOKENS: usize = 6;
    let (h, n) = wording_hash(normalized);
    (n >= MIN_TOKENS).then(|| format!("{h:016x}"))
}

/// FNV-1a over a normalized text's words, leaving out tokens with a digit and tokens of 20 or
/// more characters (amounts, addresses, ids): what two copies of one template share. Returns
/// the hash and the number of words hashed. (Campaign fingerprints, and training's
/// near-duplicate key.)
pub fn wording_hash(normalized: &str) -> (u64, usize) {
    let mut n = 0;
    let mut h = FNV_OFFSET;
    for tok in normalized.split(' ').filter(|t| !t.is_empty()) {
        if tok.len() >= 20 || tok.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        n += 1;
        h = fnv_step(h, tok.as_bytes());
        h = fnv_step(h, b" ");
    }
    (h, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(min: i64) -> Timestamp {
        Timestamp(1_594_843_200_000 + min * Timestamp::MINUTE)
    }

    #[test]
    fn forms_at_min_accounts_and_grows_with_new_accounts_only() {
        let mut c = CampaignTracker::new(60.0, 3);
        let mut recs = Vec::new();
        assert!(
            c.observe(KeyType::Address, "bc1q", "a", "1", t(0), &mut recs)
                .is_none()
        );
        assert!(
            c.observe(KeyType::Address, "bc1q", "a", "2", t(1), &mut recs)
                .is_none()
        );
        assert!(
            c.observe(KeyType::Address, "bc1q", "b", "3", t(2), &mut recs)
                .is_none()
        );
        let m = c
            .observe(KeyType::Address, "bc1q", "c", "4", t(3), &mut recs)
            .unwrap();
        assert_eq!(m.size, 3);
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0].status, CampaignStatus::Formed);
        assert_eq!(recs[0].accounts, ["a", "b", "c"]);
        assert_eq!(recs[0].tweet_ids, ["1", "2", "3", "4"]);
        // Same account again: member, no new record.
        assert!(
            c.observe(KeyType::Address, "bc1q", "c", "5", t(4), &mut recs)
                .is_some()
        );
        assert_eq!(recs.len(), 1);
        c.observe(KeyType::Address, "bc1q", "d", "6", t(5), &mut recs);
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[1].status, CampaignStatus::Grown);
        assert_eq!(recs[1].size, 4);
        assert_eq!(recs[1].campaign_id, recs[0].campaign_id);
        assert_eq!(c.formed_total(), 1);
    }

    #[test]
    fn members_outside_the_window_do_not_count() {
        let mut c = CampaignTracker::new(60.0, 3);
        let mut recs = Vec::new();
        c.observe(KeyType::Text, "f", "a", "1", t(0), &mut recs);
        c.observe(KeyType::Text, "f", "b", "2", t(30), &mut recs);
        assert!(
            c.observe(KeyType::Text, "f", "c", "3", t(91), &mut recs)
                .is_none()
        );
        assert!(recs.is_empty());
        c.evict(t(200));
        assert!(c.is_empty());
    }

    #[test]
    fn a_group_keeps_its_latest_members_and_a_full_tracker_drops_the_oldest_groups() {
        let mut c = CampaignTracker::new(60.0, 3);
        c.set_max_members(4);
        let mut recs = Vec::new();
        for i in 0..10 {
            let (account, tweet) = (format!("a{i}"), i.to_string());
            c.observe(KeyType::Text, "f", &account, &tweet, t(i), &mut recs);
        }
        assert_eq!(c.members(), 4);
        assert_eq!(recs.last().unwrap().tweet_ids, ["6", "7", "8", "9"]);
        assert_eq!(c.make_room(100), (0, 6), "six members made room");
        for k in 0..5 {
            c.observe(
                KeyType::Address,
                &format!("k{k}"),
                "x",
                "t",
                t(20 + k),
                &mut recs,
            );
        }
        // Six groups, bound four: the two whose latest post is oldest go ("f", then "k0").
        assert_eq!(c.make_room(4), (2, 5));
        assert_eq!((c.len(), c.members()), (4, 4));
        let keys: Vec<String> = c.snapshot().groups.into_iter().map(|(_, k, _)| k).collect();
        assert_eq!(keys, ["k1", "k2", "k3", "k4"]);
    }

    #[test]
    fn campaign_ids_are_stable() {
        assert_eq!(
            campaign_id(
                KeyType::Address,
                "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
            ),
            campaign_id(
                KeyType::Address,
                "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
            )
        );
        assert_ne!(
            campaign_id(KeyType::Address, "x"),
            campaign_id(KeyType::Text, "x")
        );
        assert!(campaign_id(KeyType::Text, "x").starts_with("cmp-"));
    }

    #[test]
    fn fingerprint_ignores_amounts_and_addresses_but_needs_enough_words() {
        let a = text_fingerprint(
            " send 1 btc to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh and i send back 2 btc doubled ",
        );
        let b = text_fingerprint(
            " send 5 btc to 1a1zp1ep5qgefi2dmptftl5slmv7divfna and i send back 10 btc doubled ",
        );
        assert!(a.is_some());
        assert_eq!(a, b);
        assert_eq!(text_fingerprint(" send btc now "), None);
    }
}
