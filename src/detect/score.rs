//! Scoring: how much a post looks like a giveaway scam, and how much its account looks hijacked
//! or made for scams.
//!
//! Two independent questions, kept apart so an alert can explain each:
//! - **content**: rule hits (clamped per category), validated wallet addresses, evidence that
//!   co-occurs, campaign membership. Computed for a chosen set of rule modes, so `alert`-mode
//!   rules can count toward a review but never toward a takedown, and `shadow` rules can be
//!   evaluated without acting.
//! - **account**: departures from the account's own history (first crypto post ever, a new
//!   client, a password reset just before) for a hijack; youth and obscurity for a dedicated
//!   scam account. Everything is measured on event time.

use compact_str::CompactString;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::detect::analyze::Findings;
use crate::detect::campaign::Membership;
use crate::detect::event::{Post, Timestamp};
use crate::detect::model::Model;
use crate::detect::rules::{Mode, RuleSet};
use crate::detect::wallet::{Address, Network};

/// Evidence name for a payable address in combos.
pub const EVIDENCE_WALLET: &str = "wallet";
/// Evidence name for a known-scam address in combos.
pub const EVIDENCE_KNOWN_SCAM: &str = "known_scam_address";
/// Evidence name for a link the post offers (a URL entity or a link in the text) in combos.
pub const EVIDENCE_LINK: &str = "link";
/// Evidence name for somewhere private to write to (a handle in the body, a messenger link, a
/// phone number, a free-mail address) in combos.
pub const EVIDENCE_CONTACT: &str = "contact";

/// Which rule modes count toward a content score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counting {
    /// `act` rules only: what may drive a takedown or lock.
    Act,
    /// `act` and `alert` rules: what may drive a review.
    ActAlert,
    /// Every rule, shadow included: what would happen if the shadow rules went live.
    All,
}

impl Counting {
    fn counts(self, mode: Mode) -> bool {
        match self {
            Counting::Act => mode == Mode::Act,
            Counting::ActAlert => mode != Mode::Shadow,
            Counting::All => true,
        }
    }
}

/// The wallet part of the evidence, computed once per post.
#[derive(Clone, Debug, Default)]
pub struct WalletEvidence {
    pub score: f64,
    /// At least one payable (mainnet, not allowlisted) address.
    pub payable: bool,
    pub known_scam: bool,
    /// Every valid address found, scored, in text order.
    pub addresses: Vec<ScoredAddress>,
    /// Payable addresses, for campaigns and history.
    pub payable_addresses: Vec<String>,
}

/// One address of a post and what it contributed.
#[derive(Clone, Debug)]
pub struct ScoredAddress {
    pub address: Address,
    pub known_scam: bool,
    pub allowlisted: bool,
    /// Its share of the wallet score (0 when not payable or past the cap).
    pub contribution: f64,
}

/// Scores the addresses in `findings`.
pub fn wallet_evidence(model: &Model, rules: &RuleSet, findings: &Findings) -> WalletEvidence {
    let mut ev = WalletEvidence::default();
    for a in &findings.addresses {
        let allowlisted = rules.is_allowlisted_address(&a.text);
        let known_scam = !allowlisted && rules.is_known_scam_address(&a.text);
        let payable = a.network == Network::Mainnet && !allowlisted;
        let mut contribution = 0.0;
        if payable {
            let base = if a.checksummed {
                model.wallet.checksummed
            } else {
                model.wallet.unchecksummed
            };
            let extra = if known_scam {
                model.wallet.known_scam
            } else {
                0.0
            };
            contribution = (base + extra).min((model.wallet.cap - ev.score).max(0.0));
            ev.score += contribution;
            ev.payable = true;
            ev.known_scam |= known_scam;
            if !ev.payable_addresses.contains(&a.text) {
                ev.payable_addresses.push(a.text.clone());
            }
        }
        ev.addresses.push(ScoredAddress {
            address: a.clone(),
            known_scam,
            allowlisted,
            contribution,
        });
    }
    ev
}

/// The content score of a post for one way of counting rule modes.
#[derive(Clone, Debug, Default)]
pub struct Content {
    pub score: f64,
    /// Clamped contribution per category that fired, in name order.
    pub categories: BTreeMap<String, f64>,
    /// Combos that applied, with their bonus.
    pub combos: Vec<(Vec<String>, f64)>,
}

impl Content {
    pub fn has(&self, category: &str) -> bool {
        self.categories.contains_key(category)
    }

    /// How many categories scored below zero: kinds of evidence that the post reports,
    /// warns about or discusses a scam (warning, news, price talk).
    pub fn negative_kinds(&self) -> usize {
        self.categories.values().filter(|v| **v < 0.0).count()
    }

    /// Some category scored below zero: the post reads, in part, as a report or warning.
    pub fn disputed(&self) -> bool {
        self.categories.values().any(|v| *v < 0.0)
    }
}

/// Computes the content score (without the campaign bonus, which depends on history).
pub fn content(
    model: &Model,
    rules: &RuleSet,
    findings: &Findings,
    wallet: &WalletEvidence,
    counting: Counting,
) -> Content {
    if findings.hits.is_empty() && wallet.score == 0.0 && !wallet.payable && !wallet.known_scam {
        // Nothing fired and no address counts: no category, so no combo either (most posts).
        return Content::default();
    }
    let mut sums: BTreeMap<&str, f64> = BTreeMap::new();
    for hit in &findings.hits {
        let info = &rules.rules()[hit.rule];
        if counting.counts(info.mode) {
            *sums.entry(info.category.as_str()).or_default() += info.weight;
        }
    }
    let mut c = Content::default();
    for (cat, sum) in sums {
        let cap = model.cap(cat);
        let v = sum.clamp(-cap, cap);
        c.score += v;
        c.categories.insert(cat.to_string(), v);
    }
    c.score += wallet.score;
    // Some combinations are the shape of a scam only when nothing reads as a report of one: a
    // warning that names the promise and the payment page has both.
    let disputed = c.disputed();
    for combo in model
        .text
        .combo
        .iter()
        .filter(|c| !(c.undisputed && disputed))
    {
        let present = combo.all.iter().all(|e| match e.as_str() {
            EVIDENCE_WALLET => wallet.payable,
            EVIDENCE_KNOWN_SCAM => wallet.known_scam,
            EVIDENCE_LINK => findings.offers_link,
            EVIDENCE_CONTACT => findings.offers_contact,
            cat => c.categories.get(cat).is_some_and(|v| *v > 0.0),
        });
        if present {
            c.score += combo.bonus;
            c.combos.push((combo.all.clone(), combo.bonus));
        }
    }
    c
}

/// Bounded number of distinct clients / languages remembered per account.
const MAX_DISTINCT: usize = 16;
/// Bounded number of security events remembered per account.
const MAX_SECURITY_EVENTS: usize = 8;
/// Bounded number of link hosts remembered per account (the most recent distinct ones).
pub const MAX_LINK_HOSTS: usize = 4;

/// The 32-bit FNV-1a hash of a link host as the history remembers it: ASCII-lowercased,
/// without a leading `www.`; never 0 (0 marks an empty slot).
pub fn host_hash(host: &str) -> u32 {
    let h = host.as_bytes();
    let h = if h.len() > 4 && h[..4].eq_ignore_ascii_case(b"www.") {
        &h[4..]
    } else {
        h
    };
    let mut x: u32 = 0x811c_9dc5;
    for &b in h {
        x ^= u32::from(b.to_ascii_lowercase());
        x = x.wrapping_mul(0x0100_0193);
    }
    x | 1
}

/// What scamwatch remembers about one account, all on event time.
///
/// Small and bounded (see `docs/scoring.md`): counters, a 24-bin hour histogram, at most
/// [`MAX_DISTINCT`] clients and languages, [`MAX_SECURITY_EVENTS`] security events and the
/// hashes of the last [`MAX_LINK_HOSTS`] distinct hosts it linked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AccountHistory {
    /// Posts seen (retweets included).
    pub posts: u32,
    /// The account's own posts that were crypto content.
    pub crypto_posts: u32,
    /// The account's own posts with a payable wallet address.
    pub wallet_posts: u32,
    pub clients: Vec<(CompactString, u32)>,
    pub langs: Vec<(CompactString, u32)>,
    pub hours: [u32; 24],
    /// Event time of the first and the latest post or event seen, ms.
    pub first_seen: i64,
    pub last_seen: i64,
    /// Recent security events: (event time ms, type).
    pub security: Vec<(i64, CompactString)>,
    /// The open lock: (event time ms, alert id).
    pub lock: Option<(i64, String)>,
    /// Posts of this account that were alerted at takedown or lock.
    pub scam_posts: u32,
    /// Event time (ms) of the account's first crypto post; 0 before it.
    #[serde(default)]
    pub first_crypto_at: i64,
    /// [`host_hash`]es of the most recent distinct hosts the account linked in its own posts,
    /// oldest first; 0 is an empty slot.
    #[serde(default)]
    pub link_hosts: [u32; MAX_LINK_HOSTS],
    /// The account's own posts with a scam frame (`hijack.scam_frame_categories`).
    #[serde(default)]
    pub scam_frame_posts: u32,
    /// Changed since the last checkpoint of the state store (not persisted).
    #[serde(skip)]
    pub dirty: bool,
}

fn bump(list: &mut Vec<(CompactString, u32)>, key: &str) {
    if let Some(e) = list.iter_mut().find(|(k, _)| k == key) {
        e.1 += 1;
    } else if list.len() < MAX_DISTINCT {
        // Most accounts use one client and one language all their life: room for one entry,
        // not the four a first `push` reserves (96 bytes a list, per tracked account).
        if list.capacity() == 0 {
            list.reserve_exact(1);
        }
        list.push((CompactString::from(key), 1));
    }
}

fn seen(t: &mut AccountHistory, at: i64) {
    if t.posts == 0 && t.security.is_empty() && t.first_seen == 0 {
        t.first_seen = at;
    }
    t.first_seen = t.first_seen.min(at);
    t.last_seen = t.last_seen.max(at);
}

impl AccountHistory {
    /// Records a post after it was decided. A retweet counts toward the client, hour and
    /// language baselines but not toward crypto or wallet history: it is not the account's
    /// own speech.
    pub fn record_post(&mut self, post: &Post, crypto: bool, wallet: bool, scam_frame: bool) {
        self.dirty = true;
        let at = post.created_at.0;
        seen(self, at);
        self.posts += 1;
        if !post.is_retweet() {
            if crypto && self.crypto_posts == 0 {
                self.first_crypto_at = at;
            }
            self.crypto_posts += u32::from(crypto);
            self.wallet_posts += u32::from(wallet);
            self.scam_frame_posts += u32::from(scam_frame);
        }
        if let Some(s) = &post.source {
            bump(&mut self.clients, s);
        }
        if let Some(l) = post.lang.as_deref().filter(|l| is_real_lang(l)) {
            bump(&mut self.langs, l);
        }
        self.hours[post.created_at.hour_utc() as usize] += 1;
    }

    /// True when the account linked the host of hash `h` before.
    pub fn knows_host(&self, h: u32) -> bool {
        self.link_hosts.contains(&h)
    }

    /// Remembers hosts the account linked in its own post: a known one moves to the newest
    /// slot, a new one takes it and the oldest is forgotten.
    pub fn record_hosts(&mut self, hosts: impl Iterator<Item = u32>) {
        for h in hosts {
            let hosts = &mut self.link_hosts;
            let at = hosts.iter().position(|x| *x == h).unwrap_or(0);
            hosts[at..].rotate_left(1);
            hosts[MAX_LINK_HOSTS - 1] = h;
            self.dirty = true;
        }
    }

    /// Records a security event.
    pub fn record_security_event(&mut self, at: Timestamp, kind: &str) {
        // An upstream resuming from a cursor may send the same event again.
        if self.security.iter().any(|(t, k)| *t == at.0 && k == kind) {
            return;
        }
        self.dirty = true;
        seen(self, at.0);
        if self.security.capacity() == 0 {
            self.security.reserve_exact(1);
        }
        self.security.push((at.0, CompactString::from(kind)));
        self.security.sort();
        if self.security.len() > MAX_SECURITY_EVENTS {
            let drop = self.security.len() - MAX_SECURITY_EVENTS;
            self.security.drain(..drop);
        }
    }
}

/// Language tags that say nothing about the account (undetermined, media only, ...).
fn is_real_lang(l: &str) -> bool {
    !matches!(
        l,
        "und" | "zxx" | "qme" | "qct" | "qht" | "qam" | "qst" | "art"
    )
}

/// Which story an account feature supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Story {
    /// A real account taken over: departures from its own history.
    Hijack,
    /// An account made for scams: young, obscure, repeat offender.
    ScamAccount,
}

impl Story {
    pub fn as_str(self) -> &'static str {
        match self {
            Story::Hijack => "hijack",
            Story::ScamAccount => "scam_account",
        }
    }
}

/// One account feature that fired, with its weight.
#[derive(Clone, Debug, PartialEq)]
pub struct Feature {
    pub name: &'static str,
    pub story: Story,
    /// One sentence for moderators ("first crypto post in 212 posts").
    pub detail: String,
    pub contribution: f64,
}

/// Account evidence for one post.
#[derive(Clone, Debug, Default)]
pub struct AccountEvidence {
    pub hijack: f64,
    pub scam_account: f64,
    /// The features that fired, in the order they were weighed.
    pub features: Vec<Feature>,
}

impl AccountEvidence {
    /// The stronger of the two stories: the account score added to the content score.
    pub fn score(&self) -> f64 {
        self.hijack.max(self.scam_account)
    }

    /// Adds a feature with a positive weight to its story (a zero weight is switched off).
    fn add(&mut self, story: Story, name: &'static str, detail: String, weight: f64) {
        if weight <= 0.0 {
            return;
        }
        match story {
            Story::Hijack => self.hijack += weight,
            Story::ScamAccount => self.scam_account += weight,
        }
        self.features.push(Feature {
            name,
            story,
            detail,
            contribution: weight,
        });
    }
}

/// What the post is, as far as account evidence cares.
#[derive(Clone, Copy, Debug)]
pub struct PostTraits<'a> {
    /// Crypto talk (a payable address or a crypto category).
    pub crypto: bool,
    /// A payable wallet address.
    pub wallet: bool,
    /// An `act` frame of a scam category fired (see `hijack.scam_frame_categories`).
    pub scam_frame: bool,
    /// The post links a host the account never linked before (in what the history keeps).
    pub new_link_host: bool,
    /// The post links somewhere (a URL entity or a link written in the text).
    pub links: bool,
    /// The rules alone grade the post a takedown, and no category came out negative (no
    /// warning, news or price talk): what `first_scam_frame` needs.
    pub undisputed_takedown: bool,
    pub campaign: Option<&'a Membership>,
}

/// Computes account evidence from the history *before* this post: the hijack story
/// (departures from the account's own history, a security event just before, established
/// reach) and the scam-account story (youth, obscurity, earlier scam posts).
pub fn account_evidence(
    model: &Model,
    hist: &AccountHistory,
    post: &Post,
    traits: PostTraits<'_>,
) -> AccountEvidence {
    let mut ev = AccountEvidence::default();
    let age_days = post
        .author
        .created_at
        .map(|c| (post.created_at.0 - c.0) as f64 / Timestamp::DAY as f64);
    if hist.posts >= model.hijack.min_history_posts {
        departures(model, hist, post, traits, &mut ev);
    }
    security_event(model, hist, post, &mut ev);
    established(model, post, age_days, &mut ev);
    scam_account(model, hist, post, age_days, &mut ev);
    ev
}

/// How this post departs from the account's history (only for accounts with enough of it).
fn departures(
    model: &Model,
    hist: &AccountHistory,
    post: &Post,
    traits: PostTraits<'_>,
    ev: &mut AccountEvidence,
) {
    let h = &model.hijack;
    let n = hist.posts;
    let own_speech = !post.is_retweet();
    // New to crypto: its first crypto post, or one within the takeover's episode (whose first
    // post may have been only a review).
    let episode = (h.first_crypto_episode_hours * Timestamp::HOUR as f64) as i64;
    let since_first = post.created_at.0 - hist.first_crypto_at;
    let in_episode =
        hist.crypto_posts > 0 && hist.first_crypto_at != 0 && episode > 0 && since_first <= episode;
    if own_speech && traits.crypto && (hist.crypto_posts == 0 || in_episode) {
        let detail = if hist.crypto_posts == 0 {
            format!("first crypto post in {n} posts")
        } else {
            format!(
                "crypto for the first time {:.1} h ago, after {} posts",
                since_first as f64 / Timestamp::HOUR as f64,
                n - hist.crypto_posts
            )
        };
        ev.add(
            Story::Hijack,
            "first_crypto_post",
            detail,
            h.first_crypto_post,
        );
        // What the post is, against the account's history: its first crypto post is itself
        // a scam (a promise with somewhere to send, a claim link, a look-alike host).
        if traits.scam_frame {
            ev.add(
                Story::Hijack,
                "first_crypto_post_is_scam",
                "and that first crypto post is a scam frame".to_string(),
                h.first_crypto_post_is_scam,
            );
        }
    }
    // A crypto account's first scam frame with somewhere to send or go: an account that
    // talks prices, mints and tips for years and never promised to double anything. (A
    // first crypto post that is a scam frame has its own feature above.) Only where the
    // rules alone take the post down with no report or warning in it: a crypto journalist's
    // report quoting the scam and its address is that account's first scam frame too.
    if own_speech
        && traits.scam_frame
        && traits.undisputed_takedown
        && (traits.wallet || traits.links)
        && hist.crypto_posts > 0
        && !in_episode
        && hist.scam_frame_posts == 0
        && h.first_scam_frame > 0.0
    {
        let detail = format!(
            "first scam frame after {} crypto posts of {n}",
            hist.crypto_posts
        );
        ev.add(
            Story::Hijack,
            "first_scam_frame",
            detail,
            h.first_scam_frame,
        );
    }
    // A scam post linking somewhere the account never linked: the July 2020 opening move
    // without an address (a look-alike site posted by accounts that never linked it).
    if own_speech && traits.new_link_host && traits.scam_frame {
        ev.add(
            Story::Hijack,
            "new_link_host",
            "links a host it never linked before".to_string(),
            h.new_link_host,
        );
    }
    if own_speech && traits.wallet && hist.wallet_posts == 0 {
        let detail = format!("first wallet address in {n} posts");
        ev.add(
            Story::Hijack,
            "first_wallet_post",
            detail,
            h.first_wallet_post,
        );
    }
    if let Some(src) = &post.source
        && !hist.clients.is_empty()
        && !hist.clients.iter().any(|(c, _)| c == src)
    {
        let usual: Vec<&str> = hist.clients.iter().map(|(c, _)| c.as_str()).collect();
        let detail = format!("posted from {src:?}, usually {}", usual.join(", "));
        ev.add(Story::Hijack, "new_client", detail, h.new_client);
    }
    let hour = post.created_at.hour_utc() as usize;
    let near = hist.hours[hour] + hist.hours[(hour + 23) % 24] + hist.hours[(hour + 1) % 24];
    if near == 0 {
        let detail = format!("no earlier post within an hour of {hour:02}:00 UTC");
        ev.add(Story::Hijack, "unusual_hour", detail, h.unusual_hour);
    }
    if let Some(l) = post.lang.as_deref().filter(|l| is_real_lang(l))
        && !hist.langs.is_empty()
        && !hist.langs.iter().any(|(x, _)| x == l)
    {
        let detail = format!("first post in language {l:?}");
        ev.add(Story::Hijack, "new_language", detail, h.new_language);
    }
    if let Some(m) = traits.campaign
        && own_speech
    {
        let detail = format!(
            "posts what {} accounts post ({}), unlike its own history",
            m.size, m.campaign_id
        );
        ev.add(Story::Hijack, "campaign_member", detail, h.campaign_member);
    }
}

/// A security event (password reset, new device, ...) within the window before the post.
fn security_event(model: &Model, hist: &AccountHistory, post: &Post, ev: &mut AccountEvidence) {
    let h = &model.hijack;
    let window = (h.security_event_window_hours * Timestamp::HOUR as f64) as i64;
    let t = post.created_at.0;
    if let Some((at, kind)) = hist
        .security
        .iter()
        .rev()
        .find(|(at, _)| *at <= t && t - *at <= window)
    {
        let mins = (t - at) / Timestamp::MINUTE;
        let detail = format!("{kind} {mins} min before the post");
        ev.add(Story::Hijack, "security_event", detail, h.security_event);
    }
}

/// Established reach only strengthens a hijack story that already has evidence of its own.
fn established(model: &Model, post: &Post, age_days: Option<f64>, ev: &mut AccountEvidence) {
    let h = &model.hijack;
    let followers = post.author.followers;
    if ev.hijack > 0.0
        && followers.is_some_and(|f| f >= h.established_min_followers)
        && age_days.is_some_and(|d| d >= h.established_min_age_days)
    {
        let detail = format!(
            "{} followers, account {:.0} days old",
            followers.unwrap_or(0),
            age_days.unwrap_or(0.0)
        );
        ev.add(
            Story::Hijack,
            "established_account",
            detail,
            h.established_account,
        );
    }
}

/// The scam-account story: a new account, few followers, earlier scam posts.
fn scam_account(
    model: &Model,
    hist: &AccountHistory,
    post: &Post,
    age_days: Option<f64>,
    ev: &mut AccountEvidence,
) {
    let s = &model.scam_account;
    if let Some(d) = age_days
        && d < s.new_account_max_age_days
    {
        let detail = format!("account {d:.1} days old");
        ev.add(Story::ScamAccount, "new_account", detail, s.new_account);
    }
    if let Some(f) = post.author.followers
        && f < s.few_followers_max
        && post.author.verified != Some(true)
    {
        let detail = format!("{f} followers, not verified");
        ev.add(Story::ScamAccount, "few_followers", detail, s.few_followers);
    }
    if hist.scam_posts > 0 {
        let detail = format!("{} earlier scam posts", hist.scam_posts);
        ev.add(
            Story::ScamAccount,
            "repeat_offender",
            detail,
            s.repeat_offender,
        );
    }
}

/// Scores are reported with two decimals: enough to explain, stable to compare.
pub fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The per-account state's inline size (docs/performance.md, "Memory"): the detector's
    /// map holds one per tracked account, so a field added here costs a million accounts its
    /// size times the map's spare capacity. Clients, languages and event names are inline
    /// strings (`CompactString`), so the usual account has no heap beyond its lists.
    #[test]
    fn account_history_stays_small() {
        let size = std::mem::size_of::<AccountHistory>();
        println!("AccountHistory: {size} bytes inline");
        assert!(size <= 264, "{size} bytes");
        let mut h = AccountHistory::default();
        bump(&mut h.clients, "Twitter for iPhone");
        bump(&mut h.langs, "en");
        assert_eq!((h.clients.capacity(), h.langs.capacity()), (1, 1));
        assert!(!h.clients[0].0.is_heap_allocated() && !h.langs[0].0.is_heap_allocated());
    }
    use crate::detect::event::{Account, Timestamp};

    /// An account with `posts` ordinary (non-crypto) posts behind it, at the hour it posts.
    fn history(posts: u32) -> AccountHistory {
        let mut hours = [0; 24];
        hours[0] = posts;
        AccountHistory {
            posts,
            hours,
            first_seen: 0,
            last_seen: Timestamp::DAY,
            ..AccountHistory::default()
        }
    }

    fn post(followers: u64, age_days: i64) -> Post {
        let at = 4000 * Timestamp::DAY;
        Post {
            id: "1".into(),
            author: Account {
                id: "a".into(),
                followers: Some(followers),
                created_at: Some(Timestamp(at - age_days * Timestamp::DAY)),
                ..Account::default()
            },
            created_at: Timestamp(at),
            ..Post::default()
        }
    }

    #[test]
    fn links_and_contacts_count_in_combos_unless_the_post_reads_as_a_warning() {
        const RULES: &str = r#"
[[rule]]
id = "t.multiply.double"
description = "d"
category = "multiply"
weight = 4.0
phrases = ["send back double"]
examples = { match = ["x"], no_match = ["y"] }

[[rule]]
id = "t.recovery.recovered"
description = "d"
category = "recovery"
weight = 3.0
phrases = ["recovered my"]
examples = { match = ["x"], no_match = ["y"] }

[[rule]]
id = "t.warning.beware"
description = "d"
category = "warning"
weight = -1.0
phrases = ["beware"]
examples = { match = ["x"], no_match = ["y"] }
"#;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("t.toml"), RULES).unwrap();
        let rules = crate::detect::rules::compile_dir(dir.path()).unwrap();
        let model = Model::builtin();
        let bonus = |all: &[&str]| {
            let c = model.text.combo.iter().find(|c| c.all == all).unwrap();
            assert_eq!(
                c.undisputed,
                all.contains(&"link") || all.contains(&"contact"),
                "{all:?}"
            );
            c.bonus
        };
        let (by_link, by_address) = (bonus(&["multiply", "link"]), bonus(&["multiply", "wallet"]));
        let by_contact = bonus(&["recovery", "contact"]);
        let addr = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh";
        // (text, URL entities, the combo bonus the post gets)
        let table: [(String, &[&str], f64); 10] = [
            ("i send back double".into(), &[], 0.0),
            (
                "i send back double https://x.example/p".into(),
                &[],
                by_link,
            ),
            (
                "i send back double".into(),
                &["https://x.example/p"],
                by_link,
            ),
            (
                "beware: send back double https://x.example/p".into(),
                &[],
                0.0,
            ),
            (format!("i send back double {addr}"), &[], by_address),
            // An address keeps its bonus over a warning word: the rules decide that case.
            (format!("beware: send back double {addr}"), &[], by_address),
            // A recovery pitch with somewhere private to write to; the mentions a reply starts
            // with are the conversation, not a contact.
            (
                "@jo he recovered my funds, write to ann.trace@gmail.com".into(),
                &[],
                by_contact,
            ),
            (
                "@jo he recovered my funds, ask @ann_trace".into(),
                &[],
                by_contact,
            ),
            ("@jo he recovered my funds".into(), &[], 0.0),
            (
                "@jo beware, he recovered my funds, ask @ann_trace".into(),
                &[],
                0.0,
            ),
        ];
        for (text, urls, want) in table {
            let post = Post {
                text: text.clone(),
                urls: urls.iter().map(|u| u.to_string()).collect(),
                ..Post::default()
            };
            let findings = crate::detect::analyze::analyze(&post, &rules);
            let wallet = wallet_evidence(&model, &rules, &findings);
            let c = content(&model, &rules, &findings, &wallet, Counting::Act);
            let got: f64 = c.combos.iter().map(|(_, b)| b).sum();
            assert_eq!(got, want, "{text:?} {urls:?}: {:?}", c.combos);
        }
    }

    #[test]
    fn link_hosts_are_remembered_newest_last_and_bounded() {
        let mut h = AccountHistory::default();
        let (a, b) = (host_hash("WWW.Example.com"), host_hash("example.com"));
        assert_eq!(a, b, "case and a leading www. do not make a new host");
        assert_ne!(a, 0);
        assert!(!h.knows_host(a));
        h.record_hosts([a].into_iter());
        assert!(h.knows_host(a));
        let others: Vec<u32> = ["a.io", "b.io", "c.io"]
            .iter()
            .map(|x| host_hash(x))
            .collect();
        h.record_hosts(others.iter().copied());
        assert!(h.knows_host(a), "four slots hold four hosts");
        // Linking `a` again makes it the newest, so `a.io` is the one a fifth host evicts.
        h.record_hosts([a].into_iter());
        h.record_hosts([host_hash("d.io")].into_iter());
        assert!(h.knows_host(a) && !h.knows_host(others[0]));
        assert_eq!(h.link_hosts.iter().filter(|x| **x == a).count(), 1);
    }

    #[test]
    fn a_scam_frame_linking_a_new_host_is_a_departure() {
        let model = Model::builtin();
        for (new_link_host, scam_frame, fires) in [
            (true, true, true),
            (true, false, false),
            (false, true, false),
        ] {
            let traits = PostTraits {
                crypto: false,
                wallet: false,
                scam_frame,
                links: new_link_host,
                undisputed_takedown: true,
                new_link_host,
                campaign: None,
            };
            let ev = account_evidence(&model, &history(12), &post(800, 4000), traits);
            let names: Vec<&str> = ev.features.iter().map(|f| f.name).collect();
            assert_eq!(names.contains(&"new_link_host"), fires, "{names:?}");
        }
    }

    #[test]
    fn first_crypto_post_that_is_a_scam_frame_carries_the_lock() {
        let model = Model::builtin();
        let lock = model.hijack.lock_threshold;
        // (followers, age in days, history posts, scam frame, locks)
        let table: &[(u64, i64, u32, bool, bool)] = &[
            // A famous, long-standing account whose first crypto post is a scam frame.
            (2_000_000, 4000, 12, true, true),
            // The same post without a frame (a phrase rule only): no lock on content alone.
            (2_000_000, 4000, 12, false, false),
            // A small account: a takedown, not a lock.
            (800, 4000, 12, true, false),
            // Two posts seen are enough (a stream starts watching an account late)...
            (2_000_000, 4000, 2, true, true),
            // ...one is too little to call anything a departure.
            (2_000_000, 4000, 1, true, false),
        ];
        for &(followers, age, posts, scam_frame, locks) in table {
            let traits = PostTraits {
                crypto: true,
                wallet: false,
                scam_frame,
                links: false,
                undisputed_takedown: true,
                new_link_host: false,
                campaign: None,
            };
            let ev = account_evidence(&model, &history(posts), &post(followers, age), traits);
            assert_eq!(
                ev.hijack >= lock,
                locks,
                "{followers} followers, {age} days, {posts} posts, frame {scam_frame}: {ev:?}"
            );
        }
    }
    #[test]
    fn a_crypto_accounts_first_scam_frame_with_somewhere_to_send_is_a_departure() {
        let model = Model::builtin();
        assert!(model.hijack.first_scam_frame > 0.0);
        let p = post(2_000_000, 4000);
        // (crypto posts before, scam frames before, frame, wallet, links, undisputed takedown,
        // fires)
        type Row = (u32, u32, bool, bool, bool, bool, bool);
        let table: &[Row] = &[
            // Years of price talk, then "send and get double back" to an address or a link.
            (8, 0, true, true, false, true, true),
            (8, 0, true, false, true, true, true),
            // The frame with nowhere to send (a joke about the scam): no departure.
            (8, 0, true, false, false, true, false),
            // A report quoting the scam and its address (negative evidence), or a post the
            // rules alone leave at review.
            (8, 0, true, true, false, false, false),
            // Not a scam frame.
            (8, 0, false, true, true, true, false),
            // It posted scam frames before: nothing new about this one.
            (8, 1, true, true, false, true, false),
            // Never crypto before: first_crypto_post_is_scam says it instead.
            (0, 0, true, true, false, true, false),
        ];
        for &(crypto_posts, frames, scam_frame, wallet, links, undisputed_takedown, fires) in table
        {
            let mut h = history(12);
            h.crypto_posts = crypto_posts;
            h.first_crypto_at = p.created_at.0 - 400 * Timestamp::DAY;
            h.scam_frame_posts = frames;
            let traits = PostTraits {
                crypto: true,
                wallet,
                scam_frame,
                links,
                undisputed_takedown,
                new_link_host: false,
                campaign: None,
            };
            let ev = account_evidence(&model, &h, &p, traits);
            let names: Vec<&str> = ev.features.iter().map(|f| f.name).collect();
            assert_eq!(
                names.contains(&"first_scam_frame"),
                fires,
                "{crypto_posts} crypto, {frames} frames, {scam_frame} {wallet} {links}: {names:?}"
            );
        }
    }

    #[test]
    fn a_crypto_post_within_the_takeover_episode_still_counts_as_the_first() {
        let model = Model::builtin();
        let p = post(2_000_000, 4000);
        let episode = (model.hijack.first_crypto_episode_hours * Timestamp::HOUR as f64) as i64;
        assert!(episode > 0);
        // (crypto posts before, first one this long before the post, first_crypto_post fires)
        let table: &[(u32, i64, bool)] = &[
            (0, 0, true),
            // The takeover's first crypto post, an hour ago, was only a review.
            (1, Timestamp::HOUR, true),
            (3, episode, true),
            // A day and a bit later, or long ago: the account is no longer new to crypto.
            (1, episode + Timestamp::MINUTE, false),
            (5, 400 * Timestamp::DAY, false),
        ];
        for &(crypto_posts, ago, fires) in table {
            let mut h = history(12);
            h.crypto_posts = crypto_posts;
            h.first_crypto_at = if crypto_posts > 0 {
                p.created_at.0 - ago
            } else {
                0
            };
            let traits = PostTraits {
                crypto: true,
                wallet: false,
                scam_frame: true,
                links: false,
                undisputed_takedown: true,
                new_link_host: false,
                campaign: None,
            };
            let ev = account_evidence(&model, &h, &p, traits);
            let names: Vec<&str> = ev.features.iter().map(|f| f.name).collect();
            assert_eq!(
                names.contains(&"first_crypto_post"),
                fires,
                "{crypto_posts} posts, {ago} ms ago: {names:?}"
            );
        }
    }
}
