//! The policy: from scores to a graded action, with the brakes that keep automation honest.
//!
//! - [`grade`]: thresholds turn scores into `review`, `takedown` or `lock`.
//! - [`Brake`]: budgets of locks and takedowns per event-time window. Past a budget, actions are
//!   downgraded to `review` and a circuit-breaker record is emitted — a mass action is never
//!   taken silently, and never taken at all without a human once the budget is spent (the
//!   lesson of muting every verified account at once).
//! - [`severity`]: the action weighed by reach.

use std::collections::VecDeque;

use crate::detect::event::Timestamp;
use crate::detect::model::{ClassifierPolicy, Model};
use crate::detect::record::{Action, BreakerRecord, Severity};
use crate::detect::score::AccountEvidence;

/// The action the scores call for, before caps, dedupe and budgets. `None`: no alert.
///
/// - `review` when the content score counting `act` and `alert` rules reaches the review
///   threshold;
/// - `takedown` when the content score counting `act` rules only reaches the takedown
///   threshold;
/// - `lock` when, in addition, the account evidence reaches its lock threshold (hijack or
///   dedicated scam account).
///
/// Account evidence never turns a post into a takedown: an established charity that logs in
/// from a new phone and posts its first donation address is odd, not a scam. It only decides
/// whether a clear scam post also locks the account.
pub fn grade(
    model: &Model,
    content_act: f64,
    content_all: f64,
    account: &AccountEvidence,
) -> Option<Action> {
    let t = &model.thresholds;
    if content_all < t.review {
        return None;
    }
    if content_act < t.takedown {
        return Some(Action::Review);
    }
    let hijacked = account.hijack >= model.hijack.lock_threshold;
    let scam_account = account.scam_account >= model.scam_account.lock_threshold;
    if hijacked || scam_account {
        Some(Action::Lock)
    } else {
        Some(Action::Takedown)
    }
}

/// What else a post has besides the text model's probability: what [`text_lift`] weighs.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Support {
    /// Another signal: a payable address, a link, a frame rule, a campaign.
    pub corroborated: bool,
    /// The rules read the post as a warning, news or price talk (a negative category).
    pub disputed: bool,
    /// The account's departure from its own history reaches the hijack lock threshold.
    pub hijacked: bool,
    /// The rules' content score (what `takedown_rules_score` is compared with).
    pub rules_score: f64,
}

/// What the learned text model lifts a post to, given its probability `p` and the action the
/// rules graded; `None` when it lifts nothing.
///
/// - `review` on its own, at `p ≥ review_at`, for a post the rules left without an alert;
/// - `takedown` at `p ≥ takedown_at` only for a post the rules already put up for review or
///   scored at least `takedown_rules_score` (partial evidence: a suspicious link, a frame
///   short of review), together with another signal (`corroborated`), and never over negative evidence
///   (`disputed`: how a report quoting a scam reads). Two independent opinions, the rules' and
///   the model's, then agree that the post is a scam; the model alone is a reviewer's hint,
///   since a warning that repeats a scam's wording scores high with it;
/// - `lock` never by itself: only where it lifted to `takedown` and the account's own history
///   says it was taken over (`hijacked`: the same hijack evidence and threshold that lock a
///   post the rules grade a takedown). The dedicated-scam-account story (a new account, few
///   followers) never locks through the model: it describes too many innocent newcomers.
pub fn text_lift(
    policy: &ClassifierPolicy,
    p: f64,
    graded: Option<Action>,
    support: Support,
) -> Option<Action> {
    let rules_agree = graded.is_some()
        || policy
            .takedown_rules_score
            .is_some_and(|s| support.rules_score >= s);
    // The account's own history saying it was taken over is a third opinion.
    let takedown_at = match policy.hijacked_takedown_at {
        Some(at) if support.hijacked => at,
        _ => policy.takedown_at,
    };
    let want = if p >= takedown_at && rules_agree && support.corroborated && !support.disputed {
        if support.hijacked {
            Action::Lock
        } else {
            Action::Takedown
        }
    } else if p >= policy.review_at {
        Action::Review
    } else {
        return None;
    };
    (graded.is_none_or(|g| g < want)).then_some(want)
}

/// Severity: the action weighed by the account's reach. Reach counts 1 for 10,000 followers,
/// 2 for 1,000,000, and 1 more when verified; a review adds 0, a takedown or lock 1. The sum
/// maps to low (0), medium (1), high (2–3), critical (4+).
pub fn severity(action: Action, followers: Option<u64>, verified: Option<bool>) -> Severity {
    let reach = match followers.unwrap_or(0) {
        f if f >= 1_000_000 => 2,
        f if f >= 10_000 => 1,
        _ => 0,
    } + u8::from(verified == Some(true));
    let base = u8::from(action != Action::Review);
    match base + reach {
        0 => Severity::Low,
        1 => Severity::Medium,
        2 | 3 => Severity::High,
        _ => Severity::Critical,
    }
}

/// The state a budget of the brake changed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BrakeState {
    /// Actions past the budget are being downgraded to review.
    Tripped,
    /// Within budget again.
    Reset,
}

impl std::fmt::Display for BrakeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            BrakeState::Tripped => "tripped",
            BrakeState::Reset => "reset",
        })
    }
}

/// Why a graded action was lowered (or, for `lock_open`, a lock turned into a takedown). Each
/// becomes a `cap` reason in the alert.
#[derive(Clone, Debug, PartialEq)]
pub enum Cap {
    /// A retweet is not the account's own speech: at most review.
    Retweet { of: String },
    /// Allowlisted accounts are never actioned automatically.
    AllowlistedAccount,
    /// Two kinds of negative evidence (a warning and a report, say), or one and a link written
    /// the way reports write them (`name[.]com`): the post describes a scam rather than runs
    /// one, whatever the scam's words in it add up to. At most review.
    DescribesAScam,
    /// The account is already locked (within the dedupe window): the post is taken down.
    LockOpen { by: String },
    /// The brake's budget for this action is spent: review.
    BudgetExceeded {
        action: Action,
        limit: u32,
        window_minutes: f64,
    },
}

impl Cap {
    /// The reason's `name` in the alert.
    pub fn name(&self) -> &'static str {
        match self {
            Cap::Retweet { .. } => "retweet",
            Cap::AllowlistedAccount => "allowlisted_account",
            Cap::DescribesAScam => "describes_a_scam",
            Cap::LockOpen { .. } => "lock_open",
            Cap::BudgetExceeded { .. } => "budget_exceeded",
        }
    }
}

/// What the caps need to know about a post and its account.
#[derive(Clone, Copy, Debug, Default)]
pub struct CapContext<'a> {
    /// The original, when the post is a retweet.
    pub retweet_of: Option<&'a str>,
    pub allowlisted: bool,
    /// Categories of two kinds scored negative (`warning` and `news`, say): the post
    /// describes a scam ([`Cap::DescribesAScam`]).
    pub describes: bool,
    /// The alert that locked the account within the dedupe window, if any.
    pub open_lock: Option<&'a str>,
}

/// Applies the per-post caps to a graded action, in order: retweet, allowlist, a described
/// scam, an open lock.
/// Returns the capped action; the caps applied are pushed to `caps`. (The brake comes after,
/// in [`Brake::admit`], since it spends budget.)
pub fn cap(mut action: Action, ctx: CapContext<'_>, caps: &mut Vec<Cap>) -> Action {
    if let Some(of) = ctx.retweet_of
        && action > Action::Review
    {
        caps.push(Cap::Retweet { of: of.to_string() });
        action = Action::Review;
    }
    if ctx.allowlisted && action > Action::Review {
        caps.push(Cap::AllowlistedAccount);
        action = Action::Review;
    }
    if ctx.describes && action > Action::Review {
        caps.push(Cap::DescribesAScam);
        action = Action::Review;
    }
    if let Some(by) = ctx.open_lock
        && action == Action::Lock
    {
        caps.push(Cap::LockOpen { by: by.to_string() });
        action = Action::Takedown;
    }
    action
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
struct Budget {
    times: VecDeque<i64>,
    tripped: bool,
    trips: u64,
}

/// The persisted form of a [`Brake`].
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BrakeSnapshot {
    locks: Budget,
    takedowns: Budget,
}

/// Budgets of locks and takedowns per sliding event-time window.
#[derive(Debug)]
pub struct Brake {
    window_ms: i64,
    window_minutes: f64,
    max_locks: u32,
    max_takedowns: u32,
    locks: Budget,
    takedowns: Budget,
}

impl Brake {
    pub fn new(model: &Model) -> Self {
        let mut b = Brake {
            window_ms: 0,
            window_minutes: 0.0,
            max_locks: 0,
            max_takedowns: 0,
            locks: Budget::default(),
            takedowns: Budget::default(),
        };
        b.configure(model);
        b
    }

    /// Adopts a reloaded model's budgets, keeping the actions already counted.
    pub fn configure(&mut self, model: &Model) {
        self.window_minutes = model.policy.budget_window_minutes;
        self.window_ms = (self.window_minutes * Timestamp::MINUTE as f64) as i64;
        self.max_locks = model.policy.max_locks;
        self.max_takedowns = model.policy.max_takedowns;
    }

    /// The counted actions, for persisting.
    pub fn snapshot(&self) -> BrakeSnapshot {
        BrakeSnapshot {
            locks: self.locks.clone(),
            takedowns: self.takedowns.clone(),
        }
    }

    /// Restores counted actions saved by [`Brake::snapshot`].
    pub fn restore(&mut self, snap: BrakeSnapshot) {
        self.locks = snap.locks;
        self.takedowns = snap.takedowns;
    }

    /// Times the brake tripped, per budget: (locks, takedowns).
    pub fn trips(&self) -> (u64, u64) {
        (self.locks.trips, self.takedowns.trips)
    }

    /// [`Brake::admit`], pushing a [`Cap::BudgetExceeded`] when the action was downgraded.
    pub fn admit_capped(
        &mut self,
        action: Action,
        at: Timestamp,
        tweet_id: &str,
        records: &mut Vec<BreakerRecord>,
        caps: &mut Vec<Cap>,
    ) -> Action {
        let admitted = self.admit(action, at, tweet_id, records);
        if admitted != action {
            caps.push(Cap::BudgetExceeded {
                action,
                limit: if action == Action::Lock {
                    self.max_locks
                } else {
                    self.max_takedowns
                },
                window_minutes: self.window_minutes,
            });
        }
        admitted
    }

    /// Admits `action` at event time `at`, or downgrades it to `review` when its budget is
    /// spent. A change of the brake's state pushes a record.
    pub fn admit(
        &mut self,
        action: Action,
        at: Timestamp,
        tweet_id: &str,
        records: &mut Vec<BreakerRecord>,
    ) -> Action {
        let (budget, limit) = match action {
            Action::Review => return action,
            Action::Lock => (&mut self.locks, self.max_locks),
            Action::Takedown => (&mut self.takedowns, self.max_takedowns),
        };
        let window = self.window_ms;
        while budget.times.front().is_some_and(|t| at.0 - *t >= window) {
            budget.times.pop_front();
        }
        let record = |state| BreakerRecord {
            budget: action,
            state,
            limit,
            window_minutes: self.window_minutes,
            event_time: at,
            tweet_id: tweet_id.to_string(),
        };
        if budget.times.len() < limit as usize {
            budget.times.push_back(at.0);
            if budget.tripped {
                budget.tripped = false;
                records.push(record(BrakeState::Reset));
            }
            action
        } else {
            if !budget.tripped {
                budget.tripped = true;
                budget.trips += 1;
                records.push(record(BrakeState::Tripped));
            }
            Action::Review
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Model {
        Model::builtin()
    }

    fn acct(hijack: f64, scam_account: f64) -> AccountEvidence {
        AccountEvidence {
            hijack,
            scam_account,
            features: Vec::new(),
        }
    }

    #[test]
    fn grades_follow_the_thresholds() {
        let m = model();
        let (r, t) = (m.thresholds.review, m.thresholds.takedown);
        let h = m.hijack.lock_threshold;
        assert_eq!(grade(&m, r - 0.1, r - 0.1, &acct(0.0, 0.0)), None);
        assert_eq!(grade(&m, r, r, &acct(0.0, 0.0)), Some(Action::Review));
        assert_eq!(grade(&m, t, t, &acct(0.0, 0.0)), Some(Action::Takedown));
        // Account evidence alone never makes a takedown.
        assert_eq!(grade(&m, r, r, &acct(h + 10.0, 10.0)), Some(Action::Review));
        assert_eq!(grade(&m, t, t, &acct(h, 0.0)), Some(Action::Lock));
        assert_eq!(
            grade(&m, t, t, &acct(0.0, m.scam_account.lock_threshold)),
            Some(Action::Lock)
        );
        // `alert`-mode evidence alone reaches review only.
        assert_eq!(grade(&m, 0.0, t + 5.0, &acct(h, h)), Some(Action::Review));
    }

    #[test]
    fn caps_apply_in_order() {
        let lock = Some("al-1");
        // (graded, retweet_of, allowlisted, open lock) → (action, cap names)
        type Row<'a> = (
            Action,
            Option<&'a str>,
            bool,
            Option<&'a str>,
            Action,
            &'a [&'a str],
        );
        let table: &[Row] = &[
            (Action::Review, None, false, None, Action::Review, &[]),
            (Action::Takedown, None, false, None, Action::Takedown, &[]),
            (Action::Lock, None, false, None, Action::Lock, &[]),
            (
                Action::Lock,
                Some("9"),
                false,
                None,
                Action::Review,
                &["retweet"],
            ),
            (Action::Review, Some("9"), false, None, Action::Review, &[]),
            (
                Action::Takedown,
                None,
                true,
                None,
                Action::Review,
                &["allowlisted_account"],
            ),
            // The retweet cap already lowered it: the allowlist has nothing left to cap.
            (
                Action::Lock,
                Some("9"),
                true,
                None,
                Action::Review,
                &["retweet"],
            ),
            (
                Action::Lock,
                None,
                false,
                lock,
                Action::Takedown,
                &["lock_open"],
            ),
            (Action::Takedown, None, false, lock, Action::Takedown, &[]),
            (
                Action::Lock,
                None,
                true,
                lock,
                Action::Review,
                &["allowlisted_account"],
            ),
        ];
        for &(graded, retweet_of, allowlisted, open_lock, want, names) in table {
            let mut caps = Vec::new();
            let ctx = CapContext {
                retweet_of,
                allowlisted,
                describes: false,
                open_lock,
            };
            let got = cap(graded, ctx, &mut caps);
            let got_names: Vec<&str> = caps.iter().map(Cap::name).collect();
            assert_eq!(
                (got, got_names.as_slice()),
                (want, names),
                "{graded:?} {ctx:?}"
            );
        }
        // A described scam: at most review, before the open lock has anything to say.
        let described = |graded, open_lock| {
            let mut caps = Vec::new();
            let ctx = CapContext {
                describes: true,
                open_lock,
                ..CapContext::default()
            };
            let got = cap(graded, ctx, &mut caps);
            (got, caps.iter().map(Cap::name).collect::<Vec<_>>())
        };
        assert_eq!(
            described(Action::Lock, lock),
            (Action::Review, vec!["describes_a_scam"])
        );
        assert_eq!(
            described(Action::Takedown, None),
            (Action::Review, vec!["describes_a_scam"])
        );
        assert_eq!(described(Action::Review, None), (Action::Review, vec![]));
    }

    #[test]
    fn the_brake_says_which_budget_capped() {
        let mut m = model();
        m.policy.max_takedowns = 1;
        m.policy.budget_window_minutes = 10.0;
        let mut b = Brake::new(&m);
        let (mut recs, mut caps) = (Vec::new(), Vec::new());
        let t = Timestamp(0);
        let first = b.admit_capped(Action::Takedown, t, "1", &mut recs, &mut caps);
        assert_eq!((first, caps.len()), (Action::Takedown, 0));
        let second = b.admit_capped(Action::Takedown, t, "2", &mut recs, &mut caps);
        assert_eq!(second, Action::Review);
        assert_eq!(
            caps,
            vec![Cap::BudgetExceeded {
                action: Action::Takedown,
                limit: 1,
                window_minutes: 10.0
            }]
        );
        // Reviews spend no budget and are never capped.
        let review = b.admit_capped(Action::Review, t, "3", &mut recs, &mut caps);
        assert_eq!((review, caps.len()), (Action::Review, 1));
    }

    #[test]
    fn the_text_model_lifts_to_review_alone_and_further_only_with_support() {
        let policy = ClassifierPolicy {
            manifest: "text-model.toml".into(),
            mode: crate::detect::model::ClassifierMode::Live,
            review_at: 0.9,
            takedown_at: 0.95,
            takedown_rules_score: Some(2.0),
            hijacked_takedown_at: Some(0.93),
            explain_top: 5,
        };
        let (r, t, l) = (
            Some(Action::Review),
            Some(Action::Takedown),
            Some(Action::Lock),
        );
        let sup = |corroborated, disputed, hijacked| Support {
            corroborated,
            disputed,
            hijacked,
            rules_score: 0.0,
        };
        // The rules' partial evidence: a content score below review.
        let partial = |rules_score, disputed, hijacked| Support {
            corroborated: true,
            disputed,
            hijacked,
            rules_score,
        };
        // (p, graded, support) → lift
        type Row = (f64, Option<Action>, Support, Option<Action>);
        let table: &[Row] = &[
            (0.5, None, sup(true, false, false), None),
            (0.9, None, sup(false, false, false), r),
            (0.99, None, sup(false, false, false), r),
            (0.99, None, sup(true, false, false), r),
            (0.99, None, sup(true, false, true), r),
            (0.99, r, sup(true, false, false), t),
            (0.92, r, sup(true, false, false), None),
            (0.99, r, sup(true, true, false), None),
            (0.99, r, sup(false, false, true), None),
            (0.99, r, sup(true, false, true), l),
            (0.99, r, sup(true, true, true), None),
            (0.99, None, sup(true, true, false), r),
            (0.99, t, sup(true, false, false), None),
            (0.99, t, sup(true, false, true), l),
            (0.99, l, sup(true, false, false), None),
            // Ungraded, but the rules scored at least takedown_rules_score (2.0).
            (0.99, None, partial(2.0, false, false), t),
            (0.99, None, partial(2.5, false, true), l),
            (0.99, None, partial(1.9, false, false), r),
            (0.99, None, partial(2.5, true, false), r),
            (0.92, None, partial(2.5, false, false), r),
            (
                0.99,
                None,
                Support {
                    corroborated: false,
                    ..partial(2.5, false, false)
                },
                r,
            ),
        ];
        for &(p, graded, support, want) in table {
            assert_eq!(
                text_lift(&policy, p, graded, support),
                want,
                "{p} {graded:?} {support:?}"
            );
        }
    }

    #[test]
    fn severity_weighs_reach() {
        assert_eq!(severity(Action::Review, Some(10), None), Severity::Low);
        assert_eq!(
            severity(Action::Takedown, Some(10), Some(false)),
            Severity::Medium
        );
        assert_eq!(severity(Action::Lock, Some(50_000), None), Severity::High);
        assert_eq!(
            severity(Action::Lock, Some(37_000_000), Some(true)),
            Severity::Critical
        );
        assert_eq!(severity(Action::Review, None, None), Severity::Low);
    }

    #[test]
    fn brake_downgrades_past_the_budget_and_says_so() {
        let mut m = model();
        m.policy.max_locks = 2;
        m.policy.budget_window_minutes = 10.0;
        let mut b = Brake::new(&m);
        let mut recs = Vec::new();
        let t = |min: i64| Timestamp(min * Timestamp::MINUTE);
        assert_eq!(b.admit(Action::Lock, t(0), "1", &mut recs), Action::Lock);
        assert_eq!(b.admit(Action::Lock, t(1), "2", &mut recs), Action::Lock);
        assert!(recs.is_empty());
        assert_eq!(b.admit(Action::Lock, t(2), "3", &mut recs), Action::Review);
        assert_eq!(b.admit(Action::Lock, t(3), "4", &mut recs), Action::Review);
        assert_eq!(recs.len(), 1, "one record per trip, not per downgrade");
        assert_eq!(
            (recs[0].budget, recs[0].state, recs[0].tweet_id.as_str()),
            (Action::Lock, BrakeState::Tripped, "3")
        );
        // Takedowns have their own budget.
        assert_eq!(
            b.admit(Action::Takedown, t(3), "5", &mut recs),
            Action::Takedown
        );
        // The window slides on event time: at minute 10 the first lock has left it.
        assert_eq!(b.admit(Action::Lock, t(10), "6", &mut recs), Action::Lock);
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[1].state, BrakeState::Reset);
        assert_eq!(b.trips(), (1, 0));
    }
}
