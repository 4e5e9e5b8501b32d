//! The detector: one place that knows the order of the stages.
//!
//! `Input → analyze (normalize, rules, wallets) → score (content, account, campaign) → decide
//! (grade, caps, dedupe, brake) → Record`s. `replay` and the live service drive the same
//! [`Detector`], so the same input gives the same records in both. All state (account history,
//! campaign windows, budgets, dedupe) advances on event time only.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::detect::analyze::{Findings, analyze};
use crate::detect::campaign::{
    CampaignSnapshot, CampaignTracker, KeyType, Membership, text_fingerprint,
};
use crate::detect::decide::{Brake, BrakeSnapshot, grade, severity};
use crate::detect::event::{AccountEvent, Input, Post, SecurityEventKind, Timestamp};
use crate::detect::hash::fnv1a;
use crate::detect::model::Model;
use crate::detect::record::{Action, PostAlert, Reason, Record, ShadowRecord, action_name};
use crate::detect::rules::{Mode, RuleSet};
use crate::detect::score::{
    AccountEvidence, AccountHistory, Counting, account_evidence, content, round, rule_reasons,
    wallet_evidence,
};

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
}

impl Stats {
    pub fn alerts(&self) -> u64 {
        self.reviews + self.takedowns + self.locks
    }
}

/// How often (in posts) windows and dedupe state are swept.
const SWEEP_EVERY: u64 = 4096;

/// The stateful detector.
#[derive(Debug)]
pub struct Detector {
    rules: Arc<RuleSet>,
    model: Arc<Model>,
    accounts: HashMap<String, AccountHistory>,
    campaigns: CampaignTracker,
    brake: Brake,
    /// Original posts already alerted (by retweet or directly): id → event time ms.
    alerted: HashMap<String, i64>,
    watermark: Timestamp,
    seen: SeenIds,
    stats: Stats,
}

/// Hashes of the post ids processed within the duplicate window, oldest first.
///
/// 64-bit FNV-1a hashes rather than the ids: a few million of them fit in tens of MB, and a
/// collision (odds about 1 in 10^12 per pair of posts within one window) only drops a post.
#[derive(Clone, Debug, Default)]
struct SeenIds {
    order: VecDeque<(i64, u64)>,
    set: HashSet<u64>,
}

impl SeenIds {
    /// Records `id` at event time `at`; false when it was seen already.
    fn insert(&mut self, id: &str, at: i64, watermark: i64, window_ms: i64) -> bool {
        while let Some(&(t, h)) = self.order.front() {
            if watermark - t <= window_ms {
                break;
            }
            self.order.pop_front();
            self.set.remove(&h);
        }
        let h = fnv1a(b"post", id.as_bytes());
        if !self.set.insert(h) {
            return false;
        }
        self.order.push_back((at, h));
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
    /// Post-id hashes within the duplicate window: (event time ms, hash).
    pub seen: Vec<(i64, u64)>,
}

impl Detector {
    pub fn new(rules: Arc<RuleSet>, model: Arc<Model>) -> Self {
        let stats = Stats {
            rule_hits: vec![0; rules.rules().len()],
            ..Stats::default()
        };
        Detector {
            campaigns: CampaignTracker::new(
                model.campaign.window_minutes,
                model.campaign.min_accounts,
            ),
            brake: Brake::new(&model),
            rules,
            model,
            accounts: HashMap::new(),
            alerted: HashMap::new(),
            watermark: Timestamp::default(),
            seen: SeenIds::default(),
            stats,
        }
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
        self.campaigns
            .configure(model.campaign.window_minutes, model.campaign.min_accounts);
        self.brake.configure(&model);
        self.model = model;
    }

    /// The remembered history of an account, if any.
    pub fn account(&self, id: &str) -> Option<&AccountHistory> {
        self.accounts.get(id)
    }

    /// Number of accounts with history.
    pub fn accounts_tracked(&self) -> usize {
        self.accounts.len()
    }

    /// Processes one input, pushing any records it produces.
    pub fn process(&mut self, input: &Input, out: &mut Vec<Record>) {
        self.process_observed(input, out);
    }

    /// [`Detector::process`], returning a post's findings (rule hits, addresses) so callers
    /// that report on them (metrics, backtests) need not match the post twice.
    pub fn process_observed(&mut self, input: &Input, out: &mut Vec<Record>) -> Option<Findings> {
        match input {
            Input::Post(p) => {
                let findings = analyze(p, &self.rules);
                self.process_post(p, &findings, out);
                Some(findings)
            }
            Input::AccountEvent(e) => {
                self.process_event(e);
                None
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
        self.accounts
            .entry(e.account_id.clone())
            .or_default()
            .record_security_event(e.created_at, e.kind.as_str());
    }

    /// Scores and decides one post whose findings were computed already (by [`analyze`], on
    /// any thread).
    pub fn process_post(&mut self, post: &Post, findings: &Findings, out: &mut Vec<Record>) {
        self.advance(post.created_at);
        let window = (self.model.policy.duplicate_window_seconds * 1000.0) as i64;
        if !self
            .seen
            .insert(&post.id, post.created_at.0, self.watermark.0, window)
        {
            self.stats.duplicates += 1;
            return;
        }
        self.stats.posts += 1;
        if self.stats.posts.is_multiple_of(SWEEP_EVERY) {
            self.sweep();
        }
        for h in &findings.hits {
            if let Some(c) = self.stats.rule_hits.get_mut(h.rule) {
                *c += 1;
            }
        }
        let model = Arc::clone(&self.model);
        let rules = Arc::clone(&self.rules);
        let wallet = wallet_evidence(&model, &rules, findings);
        let c_act = content(&model, &rules, findings, &wallet, Counting::Act);
        let c_all = content(&model, &rules, findings, &wallet, Counting::ActAlert);
        let crypto = wallet.payable
            || model
                .text
                .crypto_categories
                .iter()
                .any(|cat| c_all.categories.get(cat).is_some_and(|v| *v > 0.0));

        // Campaigns: only the account's own speech (a retweet storm is not a campaign), only
        // posts that already look like scams on their own, with scam wording and no negative
        // evidence (news and researchers repeat the address too).
        let mut membership: Option<Membership> = None;
        let campaign_candidate = c_all.score >= model.thresholds.review
            && !post.is_retweet()
            && c_all.categories.values().all(|v| *v >= 0.0)
            && model
                .campaign
                .require_any
                .iter()
                .any(|cat| c_all.categories.get(cat).is_some_and(|v| *v > 0.0));
        if campaign_candidate {
            let mut recs = Vec::new();
            for a in &wallet.payable_addresses {
                let m = self.campaigns.observe(
                    KeyType::Address,
                    a,
                    &post.author.id,
                    &post.id,
                    post.created_at,
                    &mut recs,
                );
                membership = membership.or(m);
            }
            if let Some(fp) = text_fingerprint(findings.text.as_str()) {
                let m = self.campaigns.observe(
                    KeyType::Text,
                    &fp,
                    &post.author.id,
                    &post.id,
                    post.created_at,
                    &mut recs,
                );
                membership = membership.or(m);
            }
            self.stats.campaign_records += recs.len() as u64;
            out.extend(recs.into_iter().map(Record::Campaign));
        }
        let bonus = if membership.is_some() {
            model.campaign.bonus
        } else {
            0.0
        };
        let content_act = c_act.score + bonus;
        let content_all = c_all.score + bonus;

        let hist = self.accounts.entry(post.author.id.clone()).or_default();
        let account = if content_all >= model.thresholds.review {
            account_evidence(
                &model,
                hist,
                post,
                crypto,
                wallet.payable,
                membership.as_ref(),
            )
        } else {
            AccountEvidence::default()
        };
        let graded = grade(&model, content_act, content_all, &account);

        let has_shadow = findings
            .hits
            .iter()
            .any(|h| rules.rules()[h.rule].mode == Mode::Shadow);
        let mut taken: Option<Action> = None;

        if let Some(mut action) = graded {
            let mut caps = Vec::new();
            let mut lock_ref = None;
            let alert_id = alert_id(&post.id);
            let covered_original = post
                .retweet_of
                .as_ref()
                .is_some_and(|r| self.alerted.contains_key(&r.id));
            if let Some(r) = &post.retweet_of
                && action > Action::Review
            {
                caps.push(Reason::Cap {
                    name: "retweet",
                    detail: format!(
                        "retweet of {}: not this account's own speech, capped at review",
                        r.id
                    ),
                });
                action = Action::Review;
            }
            let allowlisted =
                rules.is_allowlisted_account(&post.author.id, post.author.username.as_deref());
            if allowlisted && action > Action::Review {
                caps.push(Reason::Cap {
                    name: "allowlisted_account",
                    detail: "account is allowlisted: never actioned automatically".into(),
                });
                action = Action::Review;
            }
            let dedupe_ms = (model.policy.lock_dedupe_hours * Timestamp::HOUR as f64) as i64;
            if let Some((at, id)) = &hist.lock
                && post.created_at.0 - at <= dedupe_ms
            {
                lock_ref = Some(id.clone());
                if action == Action::Lock {
                    caps.push(Reason::Cap {
                        name: "lock_open",
                        detail: format!("account already locked by {id}: post taken down"),
                    });
                    action = Action::Takedown;
                }
            }
            let mut breaker = Vec::new();
            let admitted = self
                .brake
                .admit(action, post.created_at, &post.id, &mut breaker);
            if admitted != action {
                caps.push(Reason::Cap {
                    name: "budget_exceeded",
                    detail: format!(
                        "{} budget of {} per {} min spent: downgraded to review",
                        action.as_str(),
                        if action == Action::Lock {
                            model.policy.max_locks
                        } else {
                            model.policy.max_takedowns
                        },
                        model.policy.budget_window_minutes
                    ),
                });
            }
            self.stats.breaker_records += breaker.len() as u64;
            out.extend(breaker.into_iter().map(Record::CircuitBreaker));
            let action = admitted;

            if covered_original {
                // The original was alerted already: its alert covers this copy.
                self.stats.retweets_covered += 1;
            } else {
                let mut reasons = rule_reasons(&rules, post, findings, &c_all);
                reasons.extend(wallet.reasons.iter().cloned());
                if let Some(m) = &membership {
                    reasons.push(Reason::Campaign {
                        campaign_id: m.campaign_id.clone(),
                        accounts: m.size,
                        contribution: round(bonus),
                    });
                }
                reasons.extend(account.reasons.iter().cloned());
                reasons.extend(caps);
                match action {
                    Action::Review => self.stats.reviews += 1,
                    Action::Takedown => self.stats.takedowns += 1,
                    Action::Lock => self.stats.locks += 1,
                }
                let account_score = account.score();
                out.push(Record::Alert(PostAlert {
                    alert_id: alert_id.clone(),
                    tweet_id: post.id.clone(),
                    account_id: post.author.id.clone(),
                    username: post.author.username.clone(),
                    action,
                    severity: severity(action, post.author.followers, post.author.verified),
                    score: round(content_all + account_score),
                    content_score: round(content_all),
                    account_score: round(account_score),
                    event_time: post.created_at,
                    campaign_id: membership.as_ref().map(|m| m.campaign_id.clone()),
                    lock_ref,
                    followers: post.author.followers,
                    verified: post.author.verified,
                    retweet_of: post.retweet_of.as_ref().map(|r| r.id.clone()),
                    quote_of: post.quote_of.as_ref().map(|r| r.id.clone()),
                    text: post.text.clone(),
                    reasons,
                }));
                let original = post.retweet_of.as_ref().map_or(&post.id, |r| &r.id);
                self.alerted.insert(original.clone(), post.created_at.0);
                taken = Some(action);
            }
            if action >= Action::Takedown {
                hist.scam_posts += 1;
            }
            if action == Action::Lock {
                hist.lock = Some((post.created_at.0, alert_id));
            }
        }
        hist.record_post(post, crypto, wallet.payable);

        if has_shadow {
            let c_sh = content(&model, &rules, findings, &wallet, Counting::All);
            let would_score = c_sh.score + bonus;
            let would = grade(&model, c_act.score + bonus, would_score, &account).map(|a| {
                if post.is_retweet() {
                    a.min(Action::Review)
                } else {
                    a
                }
            });
            if would
                != graded.map(|a| {
                    if post.is_retweet() {
                        a.min(Action::Review)
                    } else {
                        a
                    }
                })
            {
                self.stats.shadow_records += 1;
                out.push(Record::Shadow(ShadowRecord {
                    tweet_id: post.id.clone(),
                    account_id: post.author.id.clone(),
                    event_time: post.created_at,
                    action: action_name(taken),
                    would_action: action_name(would),
                    would_score: round(would_score + account.score()),
                    rules: findings
                        .hits
                        .iter()
                        .map(|h| &rules.rules()[h.rule])
                        .filter(|r| r.mode == Mode::Shadow)
                        .map(|r| r.id.clone())
                        .collect(),
                }));
            }
        }
    }

    /// The event-time watermark: the latest event time seen.
    pub fn watermark(&self) -> Timestamp {
        self.watermark
    }

    /// Everything but the account histories, for a checkpoint.
    pub fn meta_snapshot(&self) -> DetectorMeta {
        let mut alerted: Vec<(String, i64)> =
            self.alerted.iter().map(|(k, v)| (k.clone(), *v)).collect();
        alerted.sort();
        DetectorMeta {
            watermark: self.watermark.0,
            campaigns: self.campaigns.snapshot(),
            brake: self.brake.snapshot(),
            alerted,
            seen: self.seen.order.iter().copied().collect(),
        }
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
        gone
    }

    /// Restores a checkpoint: the meta part and the account histories.
    pub fn restore(
        &mut self,
        meta: DetectorMeta,
        accounts: impl IntoIterator<Item = (String, AccountHistory)>,
    ) {
        self.watermark = Timestamp(meta.watermark);
        self.campaigns.restore(meta.campaigns);
        self.brake.restore(meta.brake);
        self.alerted = meta.alerted.into_iter().collect();
        self.seen = SeenIds {
            set: meta.seen.iter().map(|(_, h)| *h).collect(),
            order: meta.seen.into(),
        };
        self.accounts = accounts.into_iter().collect();
    }

    /// Drops campaign groups and dedupe entries that left every window.
    fn sweep(&mut self) {
        self.campaigns.evict(self.watermark);
        let keep = (self.model.policy.lock_dedupe_hours * Timestamp::HOUR as f64) as i64;
        let w = self.watermark.0;
        self.alerted.retain(|_, at| w - *at <= keep);
    }
}

/// A stable alert id: one alert per post, so the post id decides it.
pub fn alert_id(tweet_id: &str) -> String {
    format!("al-{:016x}", fnv1a(b"alert", tweet_id.as_bytes()))
}
