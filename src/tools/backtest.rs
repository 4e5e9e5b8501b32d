//! Labelled backtests: replay history against ground truth (`replay --labels`).
//!
//! The labels file (format: `docs/backtest.md`) says which posts are scams and which accounts
//! were hijacked. A [`Backtest`] watches a replay ([`crate::tools::replay::run_observed`]), keeps one
//! small record per labelled post, and [`Backtest::finish`] computes:
//!
//! - precision and recall at two levels: *any alert* (review and up: what moderators see) and
//!   *enforced* (takedown or lock: what happens without a human), and the false actions
//!   (benign posts reviewed, taken down, locked; locks of accounts labelled `normal`);
//! - the same per rule (a rule "hits" a post when it fires on it, in any mode);
//! - the worst false positives (benign posts with the strongest action, then the highest
//!   score) and false negatives (scam posts with no alert, lowest score first), with reasons;
//! - time-to-first-lock per hijacked account: event time from its first scam post to its
//!   first lock (event time, so the same input always gives the same figures);
//! - the data of the HTML report ([`crate::tools::report`]): score per post and the precision–recall
//!   curve over the action threshold.
//!
//! Moderator verdicts (`replay --verdicts`, [`crate::detect::verdict`]) are ground truth too:
//! [`Labels::apply_verdicts`] lays them over the labels file, a verdict outranking the file's
//! label for its post, and the report says how many labels came from them.
//!
//! A post's score is its alert's score; a post without an alert scores its content score
//! (account evidence is only computed for posts that reach the review threshold).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::io::{BufRead, Write};
use std::path::Path;

use crate::detect::detector::Decision;
use crate::detect::detector::Detector;
use crate::detect::event::{Post, Timestamp};
use crate::detect::explain;
use crate::detect::load::describe_reason;
use crate::detect::model::Model;
use crate::detect::record::{Action, Record};
use crate::detect::verdict;

/// Ground truth for one post.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostLabel {
    Scam,
    Benign,
}

impl PostLabel {
    fn parse(label: &str) -> Result<PostLabel, String> {
        match label {
            "scam" => Ok(PostLabel::Scam),
            "benign" => Ok(PostLabel::Benign),
            other => Err(format!(
                "post label must be `scam` or `benign`, found `{other}`"
            )),
        }
    }
}

/// Ground truth for one account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum AccountLabel {
    /// A real account taken over: should be locked (and given back).
    Hijacked,
    /// A dedicated scam account: should be locked.
    Scammer,
    /// Must never be locked.
    Normal,
}

impl AccountLabel {
    fn parse(label: &str) -> Result<AccountLabel, String> {
        match label {
            "hijacked" => Ok(AccountLabel::Hijacked),
            "scammer" => Ok(AccountLabel::Scammer),
            "normal" => Ok(AccountLabel::Normal),
            other => Err(format!(
                "account label must be `hijacked`, `scammer` or `normal`, found `{other}`"
            )),
        }
    }
}

/// Why a labels file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LabelsError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Bad {
        path: String,
        line: usize,
        message: String,
    },
}

/// Records `label` for the `kind` (post or account) `id`; the same label twice is fine, a
/// different one is refused.
fn insert_label<L: PartialEq + Copy>(
    labels: &mut HashMap<String, L>,
    kind: &str,
    id: &str,
    label: L,
) -> Result<(), String> {
    match labels.insert(id.to_owned(), label) {
        Some(prev) if prev != label => Err(format!("{kind} {id} is labelled twice, differently")),
        _ => Ok(()),
    }
}

/// Post and account labels.
#[derive(Clone, Debug, Default)]
pub struct Labels {
    pub posts: HashMap<String, PostLabel>,
    pub accounts: HashMap<String, AccountLabel>,
}

impl Labels {
    /// Reads a labels file.
    ///
    /// # Errors
    /// I/O errors, and the first malformed line (with its number): a wrong label silently
    /// skipped would skew every figure, so a bad file is refused whole.
    pub fn load(path: &Path) -> Result<Labels, LabelsError> {
        let f = std::fs::File::open(path).map_err(|source| LabelsError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Labels::parse(std::io::BufReader::new(f), &path.display().to_string())
    }

    /// Parses CSV `kind,id,label` (header required; blank lines and `#` comments skipped).
    ///
    /// # Errors
    /// As [`Labels::load`].
    pub fn parse<R: BufRead>(r: R, path: &str) -> Result<Labels, LabelsError> {
        let bad = |line: usize, message: String| LabelsError::Bad {
            path: path.to_owned(),
            line,
            message,
        };
        let mut labels = Labels::default();
        let mut header = false;
        for (i, line) in r.lines().enumerate() {
            let n = i + 1;
            let line = line.map_err(|source| LabelsError::Io {
                path: path.to_owned(),
                source,
            })?;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split(',').map(str::trim).collect();
            if !header {
                if fields != ["kind", "id", "label"] {
                    return Err(bad(
                        n,
                        format!("expected the header `kind,id,label`, found `{line}`"),
                    ));
                }
                header = true;
                continue;
            }
            let [kind, id, label] = fields[..] else {
                return Err(bad(
                    n,
                    format!("expected 3 fields `kind,id,label`, found {}", fields.len()),
                ));
            };
            if id.is_empty() {
                return Err(bad(n, "empty id".into()));
            }
            match kind {
                "post" => PostLabel::parse(label)
                    .and_then(|l| insert_label(&mut labels.posts, kind, id, l))
                    .map_err(|message| bad(n, message))?,
                "account" => AccountLabel::parse(label)
                    .and_then(|l| insert_label(&mut labels.accounts, kind, id, l))
                    .map_err(|message| bad(n, message))?,
                other => {
                    return Err(bad(
                        n,
                        format!("kind must be `post` or `account`, found `{other}`"),
                    ));
                }
            }
        }
        if !header {
            return Err(bad(
                1,
                "empty labels file (expected the header `kind,id,label`)".into(),
            ));
        }
        Ok(labels)
    }
}

/// How moderator verdicts changed the labels of a backtest ([`Labels::apply_verdicts`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VerdictLabels {
    /// Post labels taken from verdicts (the last confirmed or dismissed verdict of a post).
    pub applied: u64,
    /// Of those, labels that differ from the labels file's.
    pub overridden: u64,
    /// Of those, posts the labels file did not label.
    pub added: u64,
}

impl Labels {
    /// Lays moderator verdicts (post id → scam?, [`verdict::labels_by_post`]) over these
    /// labels: a verdict outranks the labels file for its post: a human looked at this post,
    /// after the file was made. Escalated posts are not in `by_post`, so their label (if any)
    /// stays the file's.
    pub fn apply_verdicts(&mut self, by_post: &HashMap<String, bool>) -> VerdictLabels {
        let mut counts = VerdictLabels::default();
        for (id, &scam) in by_post {
            let label = if scam {
                PostLabel::Scam
            } else {
                PostLabel::Benign
            };
            counts.applied += 1;
            match self.posts.insert(id.clone(), label) {
                None => counts.added += 1,
                Some(prev) if prev != label => counts.overridden += 1,
                Some(_) => {}
            }
        }
        counts
    }
}

/// Reads a verdict file (`docs/verdicts.md`) for a backtest: post id → scam?, the last verdict
/// of a post winning. A bad line is reported on `diag` (`PATH:LINE: verdict skipped: why`, at
/// most `max_shown` of them, all counted) and skipped, as `replay` does with bad posts: one
/// torn line must not cost the other verdicts.
///
/// # Errors
/// The file cannot be opened or read.
pub fn load_verdicts<D: Write>(
    path: &Path,
    diag: &mut D,
    max_shown: u64,
) -> Result<HashMap<String, bool>, LabelsError> {
    let io = |source| LabelsError::Io {
        path: path.display().to_string(),
        source,
    };
    let f = std::fs::File::open(path).map_err(io)?;
    let file = verdict::read_verdicts(std::io::BufReader::new(f)).map_err(io)?;
    // Diagnostics are best effort: a closed stderr must not stop a backtest.
    for (n, e) in file.errors.iter().take(max_shown as usize) {
        let _ = writeln!(diag, "{}:{n}: verdict skipped: {e}", path.display());
    }
    if !file.errors.is_empty() {
        let _ = writeln!(
            diag,
            "{}: {} verdict line(s) skipped, {} read",
            path.display(),
            file.errors.len(),
            file.verdicts.len()
        );
    }
    Ok(verdict::labels_by_post(&file.verdicts))
}

/// What the replay did with one labelled post.
#[derive(Clone, Debug, PartialEq)]
pub struct PostResult {
    pub id: String,
    pub account_id: String,
    pub username: Option<String>,
    pub event_time: Timestamp,
    pub label: PostLabel,
    pub action: Option<Action>,
    pub score: f64,
    /// Rule indices that fired (all modes).
    pub rules: Vec<usize>,
    /// The alert's reasons, one line each (the fired rules and wallets when there was no
    /// alert). Kept for misses only (benign with an alert, scam without): empty otherwise.
    pub reasons: Vec<String>,
    /// The post text, cut to 280 characters. Kept for misses only, like `reasons`.
    pub text: String,
}

/// Collects per-post results during a replay.
#[derive(Debug)]
pub struct Backtest {
    labels: Labels,
    posts: Vec<PostResult>,
    unlabelled_posts: u64,
    /// First lock per account (event time).
    locks: HashMap<String, Timestamp>,
    rule_ids: Vec<String>,
    verdicts: Option<VerdictLabels>,
}

impl Backtest {
    pub fn new(labels: Labels, detector: &Detector) -> Self {
        Backtest {
            labels,
            posts: Vec::new(),
            unlabelled_posts: 0,
            locks: HashMap::new(),
            rule_ids: detector
                .rules()
                .rules()
                .iter()
                .map(|r| r.id.clone())
                .collect(),
            verdicts: None,
        }
    }

    /// Records how moderator verdicts changed the labels, for the report.
    #[must_use]
    pub fn with_verdicts(mut self, verdicts: VerdictLabels) -> Self {
        self.verdicts = Some(verdicts);
        self
    }

    /// Call after each post of the replay (the observer of [`crate::tools::replay::run_observed`]).
    pub fn observe(&mut self, post: &Post, decision: &Decision, records: &[Record]) {
        let alert = records.iter().find_map(|r| match r {
            Record::Alert(a) if a.tweet_id == post.id => Some(a),
            _ => None,
        });
        if let Some(a) = alert
            && a.action == Action::Lock
        {
            self.locks
                .entry(a.account_id.clone())
                .or_insert(a.event_time);
        }
        let Some(&label) = self.labels.posts.get(&post.id) else {
            self.unlabelled_posts += 1;
            return;
        };
        let rules: Vec<usize> = decision.findings.hits.iter().map(|h| h.rule).collect();
        // Only misses are ever shown with their text and reasons: keep those for them alone,
        // so a backtest over millions of labelled posts stays small.
        let miss = match label {
            PostLabel::Scam => alert.is_none(),
            PostLabel::Benign => alert.is_some(),
        };
        let (action, score, reasons) = match alert {
            Some(a) => (
                Some(a.action),
                a.score,
                if miss {
                    a.reasons.iter().map(describe_reason).collect()
                } else {
                    Vec::new()
                },
            ),
            None => {
                let mut reasons = Vec::new();
                if miss {
                    reasons.extend(rules.iter().map(|&r| format!("rule {}", self.rule_ids[r])));
                    reasons.extend(
                        explain::wallet_reasons(&decision.wallet).map(|r| describe_reason(&r)),
                    );
                }
                (None, decision.score(), reasons)
            }
        };
        self.posts.push(PostResult {
            id: post.id.clone(),
            account_id: post.author.id.clone(),
            username: post.author.username.clone(),
            event_time: post.created_at,
            label,
            action,
            score,
            rules,
            reasons,
            text: if miss {
                post.text.chars().take(280).collect()
            } else {
                String::new()
            },
        });
    }

    /// Computes the figures.
    pub fn finish(self, model: &Model, worst: usize) -> BacktestReport {
        let Backtest {
            labels,
            posts,
            unlabelled_posts,
            locks,
            rule_ids,
            verdicts,
        } = self;
        let (locked_by_label, false_locks) = locked_by_label(&labels, &locks);
        BacktestReport {
            posts_labelled: posts.len() as u64,
            labels_unseen: labels_unseen(&labels, &posts),
            posts_unlabelled: unlabelled_posts,
            verdicts,
            any: Confusion::of(&posts, |p| p.action.is_some()),
            enforced: Confusion::of(&posts, |p| p.action >= Some(Action::Takedown)),
            false_actions: false_actions(&posts),
            locked_by_label,
            false_locks,
            per_rule: per_rule(&rule_ids, &posts),
            worst_fp: worst_false_positives(&posts, worst),
            worst_fn: worst_false_negatives(&posts, worst),
            time_to_lock: time_to_lock(&labels, &posts, &locks),
            curve: pr_curve(&posts),
            review_threshold: model.thresholds.review,
            takedown_threshold: model.thresholds.takedown,
            posts,
        }
    }
}

/// Benign posts by the action they got.
fn false_actions(posts: &[PostResult]) -> BTreeMap<&'static str, u64> {
    let mut false_actions = BTreeMap::new();
    for p in posts {
        if p.label == PostLabel::Benign
            && let Some(a) = p.action
        {
            *false_actions.entry(a.as_str()).or_insert(0u64) += 1;
        }
    }
    false_actions
}

/// Locked accounts by their label, and the locked accounts labelled `normal` (sorted).
fn locked_by_label(
    labels: &Labels,
    locks: &HashMap<String, Timestamp>,
) -> (BTreeMap<&'static str, u64>, Vec<String>) {
    let mut locked_by_label: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut false_locks = Vec::new();
    for acct in locks.keys() {
        let l = labels.accounts.get(acct).copied();
        let name = match l {
            Some(AccountLabel::Hijacked) => "hijacked",
            Some(AccountLabel::Scammer) => "scammer",
            Some(AccountLabel::Normal) => "normal",
            None => "unlabelled",
        };
        *locked_by_label.entry(name).or_default() += 1;
        if l == Some(AccountLabel::Normal) {
            false_locks.push(acct.clone());
        }
    }
    false_locks.sort();
    (locked_by_label, false_locks)
}

/// Figures per rule, in set order.
fn per_rule(rule_ids: &[String], posts: &[PostResult]) -> Vec<RuleStats> {
    let scam_total = posts.iter().filter(|p| p.label == PostLabel::Scam).count() as u64;
    let mut per_rule: Vec<RuleStats> = rule_ids
        .iter()
        .map(|id| RuleStats {
            id: id.clone(),
            ..RuleStats::default()
        })
        .collect();
    for p in posts {
        for &r in &p.rules {
            let s = &mut per_rule[r];
            match p.label {
                PostLabel::Scam => s.scam_hits += 1,
                PostLabel::Benign => {
                    s.benign_hits += 1;
                    if p.action.is_some() {
                        s.false_actions += 1;
                    }
                }
            }
        }
    }
    for s in &mut per_rule {
        s.precision = ratio(s.scam_hits, s.scam_hits + s.benign_hits);
        s.recall = ratio(s.scam_hits, scam_total);
    }
    per_rule
}

/// The `worst` benign posts with an alert: strongest action, then highest score, first.
fn worst_false_positives(posts: &[PostResult], worst: usize) -> Vec<PostResult> {
    let mut fps: Vec<&PostResult> = posts
        .iter()
        .filter(|p| p.label == PostLabel::Benign && p.action.is_some())
        .collect();
    fps.sort_by(|a, b| {
        b.action
            .cmp(&a.action)
            .then(b.score.total_cmp(&a.score))
            .then(a.id.cmp(&b.id))
    });
    fps.into_iter().take(worst).cloned().collect()
}

/// The `worst` scam posts without an alert, lowest score first.
fn worst_false_negatives(posts: &[PostResult], worst: usize) -> Vec<PostResult> {
    let mut fns: Vec<&PostResult> = posts
        .iter()
        .filter(|p| p.label == PostLabel::Scam && p.action.is_none())
        .collect();
    fns.sort_by(|a, b| a.score.total_cmp(&b.score).then(a.id.cmp(&b.id)));
    fns.into_iter().take(worst).cloned().collect()
}

/// Time to first lock of every hijacked account with a labelled scam post, by account id.
fn time_to_lock(
    labels: &Labels,
    posts: &[PostResult],
    locks: &HashMap<String, Timestamp>,
) -> Vec<TimeToLock> {
    let mut first_scam: HashMap<&str, Timestamp> = HashMap::new();
    for p in posts.iter().filter(|p| p.label == PostLabel::Scam) {
        let e = first_scam
            .entry(p.account_id.as_str())
            .or_insert(p.event_time);
        *e = (*e).min(p.event_time);
    }
    let mut time_to_lock: Vec<TimeToLock> = labels
        .accounts
        .iter()
        .filter(|(_, l)| **l == AccountLabel::Hijacked)
        .filter_map(|(acct, _)| {
            let first = *first_scam.get(acct.as_str())?;
            let lock = locks.get(acct).copied();
            Some(TimeToLock {
                account_id: acct.clone(),
                username: posts
                    .iter()
                    .find(|p| &p.account_id == acct)
                    .and_then(|p| p.username.clone()),
                first_scam: first,
                lock,
            })
        })
        .collect();
    time_to_lock.sort_by(|a, b| a.account_id.cmp(&b.account_id));
    time_to_lock
}

/// Post labels whose post was not in the input.
fn labels_unseen(labels: &Labels, posts: &[PostResult]) -> u64 {
    let seen: std::collections::HashSet<&str> = posts.iter().map(|p| p.id.as_str()).collect();
    labels
        .posts
        .keys()
        .filter(|id| !seen.contains(id.as_str()))
        .count() as u64
}

fn ratio(a: u64, b: u64) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// A confusion matrix over labelled posts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Confusion {
    pub tp: u64,
    pub fp: u64,
    pub fn_: u64,
    pub tn: u64,
}

impl Confusion {
    fn of(posts: &[PostResult], flagged: impl Fn(&PostResult) -> bool) -> Confusion {
        let mut c = Confusion::default();
        for p in posts {
            match (p.label, flagged(p)) {
                (PostLabel::Scam, true) => c.tp += 1,
                (PostLabel::Scam, false) => c.fn_ += 1,
                (PostLabel::Benign, true) => c.fp += 1,
                (PostLabel::Benign, false) => c.tn += 1,
            }
        }
        c
    }
    /// `None` when nothing was flagged.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }
    /// `None` when there is no scam post.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Precision, recall, tp, fp, fn and tn, formatted: the cells of a report row.
    pub fn cells(&self) -> [String; 6] {
        [
            fmt_ratio(self.precision()),
            fmt_ratio(self.recall()),
            self.tp.to_string(),
            self.fp.to_string(),
            self.fn_.to_string(),
            self.tn.to_string(),
        ]
    }
}

/// Figures for one rule.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RuleStats {
    pub id: String,
    /// Labelled scam posts it fired on.
    pub scam_hits: u64,
    /// Labelled benign posts it fired on.
    pub benign_hits: u64,
    /// Benign posts it fired on that got an alert.
    pub false_actions: u64,
    /// scam hits / all labelled hits.
    pub precision: Option<f64>,
    /// scam hits / scam posts.
    pub recall: Option<f64>,
}

/// A hijacked account's first scam post and first lock.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeToLock {
    pub account_id: String,
    pub username: Option<String>,
    pub first_scam: Timestamp,
    /// `None` when the account was never locked.
    pub lock: Option<Timestamp>,
}

impl TimeToLock {
    /// Milliseconds from the first scam post to the lock (negative when a lock came first,
    /// e.g. on an earlier post labelled benign).
    pub fn millis(&self) -> Option<i64> {
        self.lock.map(|l| l.0 - self.first_scam.0)
    }
}

/// One point of the precision–recall curve: flag every post scoring at least `threshold`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurvePoint {
    pub threshold: f64,
    pub precision: f64,
    pub recall: f64,
}

/// The curve over every distinct score (highest threshold first).
fn pr_curve(posts: &[PostResult]) -> Vec<CurvePoint> {
    let scams = posts.iter().filter(|p| p.label == PostLabel::Scam).count() as f64;
    if scams == 0.0 {
        return Vec::new();
    }
    let mut sorted: Vec<(f64, PostLabel)> = posts.iter().map(|p| (p.score, p.label)).collect();
    sorted.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out = Vec::new();
    let (mut tp, mut fp) = (0.0, 0.0);
    let mut i = 0;
    while i < sorted.len() {
        let t = sorted[i].0;
        while i < sorted.len() && sorted[i].0 == t {
            match sorted[i].1 {
                PostLabel::Scam => tp += 1.0,
                PostLabel::Benign => fp += 1.0,
            }
            i += 1;
        }
        out.push(CurvePoint {
            threshold: t,
            precision: tp / (tp + fp),
            recall: tp / scams,
        });
    }
    out
}

/// Everything a labelled backtest found.
#[derive(Clone, Debug)]
pub struct BacktestReport {
    pub posts_labelled: u64,
    /// Post labels whose post was not in the input (a labels file for another period, or
    /// posts the input lost): worth knowing before trusting the figures.
    pub labels_unseen: u64,
    pub posts_unlabelled: u64,
    /// How moderator verdicts changed the labels (`replay --verdicts`).
    pub verdicts: Option<VerdictLabels>,
    /// Flagged = any alert.
    pub any: Confusion,
    /// Flagged = takedown or lock.
    pub enforced: Confusion,
    /// Benign posts by the action they got.
    pub false_actions: BTreeMap<&'static str, u64>,
    /// Locked accounts by their label.
    pub locked_by_label: BTreeMap<&'static str, u64>,
    /// Accounts labelled `normal` that were locked.
    pub false_locks: Vec<String>,
    /// Per rule, in set order.
    pub per_rule: Vec<RuleStats>,
    pub worst_fp: Vec<PostResult>,
    pub worst_fn: Vec<PostResult>,
    pub time_to_lock: Vec<TimeToLock>,
    pub curve: Vec<CurvePoint>,
    pub review_threshold: f64,
    pub takedown_threshold: f64,
    /// Every labelled post, in input order.
    pub posts: Vec<PostResult>,
}

/// `0.923` or `n/a`.
pub fn fmt_ratio(r: Option<f64>) -> String {
    r.map_or_else(|| "n/a".to_owned(), |v| format!("{v:.3}"))
}

/// `a, b, c`, or `none` for an empty list.
pub fn fmt_list(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

/// `12m 05s`, `1h 02m`, `-30s`.
pub fn fmt_duration(ms: i64) -> String {
    let sign = if ms < 0 { "-" } else { "" };
    let s = ms.unsigned_abs() / 1000;
    if s >= 3600 {
        format!("{sign}{}h {:02}m", s / 3600, (s % 3600) / 60)
    } else if s >= 60 {
        format!("{sign}{}m {:02}s", s / 60, s % 60)
    } else {
        format!("{sign}{s}s")
    }
}

impl VerdictLabels {
    /// `3 post labels from moderator verdicts (1 overriding the labels file, 1 not in it)`.
    pub fn summary(&self) -> String {
        format!(
            "{} post labels from moderator verdicts ({} overriding the labels file, {} not in it)",
            self.applied, self.overridden, self.added
        )
    }
}

impl BacktestReport {
    /// Benign posts that got each action, weakest action first: `review{sep}6, takedown{sep}0,
    /// lock{sep}0`.
    pub fn false_actions_summary(&self, sep: &str) -> String {
        let counts: Vec<String> = ["review", "takedown", "lock"]
            .iter()
            .map(|a| {
                format!(
                    "{a}{sep}{}",
                    self.false_actions.get(a).copied().unwrap_or(0)
                )
            })
            .collect();
        counts.join(", ")
    }

    /// The text printed on stderr after the replay summary.
    pub fn render(&self) -> String {
        let mut o = String::new();
        self.render_overall(&mut o);
        self.render_per_rule(&mut o);
        self.render_misses(&mut o);
        self.render_time_to_lock(&mut o);
        o
    }

    /// Counts, precision and recall at both levels, false actions and locks.
    fn render_overall(&self, o: &mut String) {
        let _ = writeln!(
            o,
            "backtest: {} labelled posts ({} scam, {} benign), {} unlabelled posts, {} post labels not in the input",
            self.posts_labelled,
            self.any.tp + self.any.fn_,
            self.any.fp + self.any.tn,
            self.posts_unlabelled,
            self.labels_unseen
        );
        if let Some(v) = &self.verdicts {
            let _ = writeln!(o, "backtest: {}", v.summary());
        }
        for (name, c) in [("any alert", &self.any), ("takedown+", &self.enforced)] {
            let [precision, recall, tp, fp, fn_, tn] = c.cells();
            let _ = writeln!(
                o,
                "backtest: {name:<10} precision {precision} recall {recall} (tp {tp}, fp {fp}, fn {fn_}, tn {tn})"
            );
        }
        let _ = writeln!(
            o,
            "backtest: false actions on benign posts: {}",
            self.false_actions_summary(" ")
        );
        let locked: Vec<String> = self
            .locked_by_label
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        let _ = writeln!(
            o,
            "backtest: locked accounts: {}; false locks (accounts labelled normal): {}",
            fmt_list(&locked),
            fmt_list(&self.false_locks)
        );
    }

    /// The table of the rules that fired on a labelled post.
    fn render_per_rule(&self, o: &mut String) {
        let _ = writeln!(o, "backtest: per rule (labelled posts it fired on):");
        let _ = writeln!(
            o,
            "  {:<44} {:>5} {:>6} {:>6} {:>9} {:>7}",
            "rule", "scam", "benign", "false", "precision", "recall"
        );
        for r in self
            .per_rule
            .iter()
            .filter(|r| r.scam_hits + r.benign_hits > 0)
        {
            let _ = writeln!(
                o,
                "  {:<44} {:>5} {:>6} {:>6} {:>9} {:>7}",
                r.id,
                r.scam_hits,
                r.benign_hits,
                r.false_actions,
                fmt_ratio(r.precision),
                fmt_ratio(r.recall)
            );
        }
        let silent = self
            .per_rule
            .iter()
            .filter(|r| r.scam_hits + r.benign_hits == 0)
            .count();
        if silent > 0 {
            let _ = writeln!(o, "  ({silent} rules fired on no labelled post)");
        }
    }

    /// The worst false positives and false negatives, with their reasons.
    fn render_misses(&self, o: &mut String) {
        for (title, list) in [
            ("worst false positives (benign, actioned)", &self.worst_fp),
            ("worst false negatives (scam, no alert)", &self.worst_fn),
        ] {
            let _ = writeln!(
                o,
                "backtest: {title}: {}",
                if list.is_empty() { "none" } else { "" }
            );
            for p in list {
                let _ = writeln!(
                    o,
                    "  {} @{} {} score {}: {:?}",
                    p.id,
                    p.username.as_deref().unwrap_or(&p.account_id),
                    p.action.map_or("none", Action::as_str),
                    p.score,
                    p.text.chars().take(100).collect::<String>()
                );
                for r in &p.reasons {
                    let _ = writeln!(o, "      {r}");
                }
            }
        }
    }

    /// Time to first lock per hijacked account, then the median and the maximum.
    fn render_time_to_lock(&self, o: &mut String) {
        let _ = writeln!(
            o,
            "backtest: time to first lock (hijacked accounts, from their first scam post):"
        );
        let mut times = Vec::new();
        for t in &self.time_to_lock {
            let who = t.username.as_deref().unwrap_or(&t.account_id);
            match t.millis() {
                Some(ms) => {
                    times.push(ms);
                    let _ = writeln!(o, "  @{who:<20} {}", fmt_duration(ms));
                }
                None => {
                    let _ = writeln!(o, "  @{who:<20} never locked");
                }
            }
        }
        if !times.is_empty() {
            times.sort_unstable();
            let _ = writeln!(
                o,
                "  locked {} of {}; median {}, max {}",
                times.len(),
                self.time_to_lock.len(),
                fmt_duration(times[times.len() / 2]),
                fmt_duration(*times.last().unwrap_or(&0))
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_parse_and_reject_bad_lines() {
        let ok = "kind,id,label\n# comment\npost,1,scam\npost,2,benign\naccount,9,hijacked\n\n";
        let l = Labels::parse(ok.as_bytes(), "l.csv").unwrap();
        assert_eq!(l.posts.get("1"), Some(&PostLabel::Scam));
        assert_eq!(l.accounts.get("9"), Some(&AccountLabel::Hijacked));
        for (bad, want) in [
            ("id,kind,label\n", "l.csv:1: expected the header"),
            (
                "kind,id,label\npost,1,spam\n",
                "l.csv:2: post label must be",
            ),
            ("kind,id,label\nuser,1,normal\n", "l.csv:2: kind must be"),
            ("kind,id,label\npost,1\n", "l.csv:2: expected 3 fields"),
            (
                "kind,id,label\npost,1,scam\npost,1,benign\n",
                "l.csv:3: post 1 is labelled twice",
            ),
            ("", "l.csv:1: empty labels file"),
        ] {
            let e = Labels::parse(bad.as_bytes(), "l.csv")
                .unwrap_err()
                .to_string();
            assert!(e.starts_with(want), "{bad:?}: {e}");
        }
    }

    #[test]
    fn verdicts_outrank_the_labels_file() {
        let mut l = Labels::parse(
            "kind,id,label\npost,1,scam\npost,2,benign\npost,3,scam\npost,4,benign\n".as_bytes(),
            "l.csv",
        )
        .unwrap();
        let line = |post: &str, kind: &str| {
            format!(
                r#"{{"post_id":"{post}","account_id":"a","verdict":"{kind}","by":"m","at":"2026-11-27T10:00:00Z"}}"#
            )
        };
        let src = [
            line("1", "dismissed"), // scam → benign
            line("2", "confirmed"), // benign → scam
            line("3", "confirmed"), // agrees
            line("4", "escalated"), // keeps the file's label
            line("5", "confirmed"), // not in the file
            line("6", "dismissed"),
            line("6", "escalated"), // escalated last: no label
        ]
        .join("\n");
        let mut diag = Vec::new();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.jsonl");
        std::fs::write(&path, format!("{src}\n{{oops\n")).unwrap();
        let by_post = load_verdicts(&path, &mut diag, 10).unwrap();
        let diag = String::from_utf8(diag).unwrap();
        assert!(
            diag.starts_with(&format!("{}:8: verdict skipped: not JSON", path.display())),
            "{diag}"
        );
        let counts = l.apply_verdicts(&by_post);
        assert_eq!(
            counts,
            VerdictLabels {
                applied: 4,
                overridden: 2,
                added: 1
            }
        );
        let got = |id: &str| l.posts.get(id).copied();
        assert_eq!(got("1"), Some(PostLabel::Benign));
        assert_eq!(got("2"), Some(PostLabel::Scam));
        assert_eq!(got("3"), Some(PostLabel::Scam));
        assert_eq!(got("4"), Some(PostLabel::Benign));
        assert_eq!(got("5"), Some(PostLabel::Scam));
        assert_eq!(got("6"), None);
        assert_eq!(
            counts.summary(),
            "4 post labels from moderator verdicts (2 overriding the labels file, 1 not in it)"
        );
    }

    fn p(id: &str, label: PostLabel, action: Option<Action>, score: f64) -> PostResult {
        PostResult {
            id: id.into(),
            account_id: "a".into(),
            username: None,
            event_time: Timestamp(0),
            label,
            action,
            score,
            rules: vec![],
            reasons: vec![],
            text: String::new(),
        }
    }

    #[test]
    fn curve_and_confusion() {
        let posts = vec![
            p("1", PostLabel::Scam, Some(Action::Lock), 9.0),
            p("2", PostLabel::Benign, Some(Action::Review), 4.0),
            p("3", PostLabel::Scam, None, 2.0),
            p("4", PostLabel::Benign, None, 0.0),
        ];
        let c = Confusion::of(&posts, |p| p.action.is_some());
        assert_eq!((c.tp, c.fp, c.fn_, c.tn), (1, 1, 1, 1));
        assert_eq!(c.precision(), Some(0.5));
        let curve = pr_curve(&posts);
        let pts: Vec<(f64, f64, f64)> = curve
            .iter()
            .map(|c| (c.threshold, c.precision, c.recall))
            .collect();
        assert_eq!(
            pts,
            vec![
                (9.0, 1.0, 0.5),
                (4.0, 0.5, 0.5),
                (2.0, 2.0 / 3.0, 1.0),
                (0.0, 0.5, 1.0)
            ]
        );
    }

    #[test]
    fn durations() {
        assert_eq!(fmt_duration(5_000), "5s");
        assert_eq!(fmt_duration(125_000), "2m 05s");
        assert_eq!(fmt_duration(3_720_000), "1h 02m");
        assert_eq!(fmt_duration(-30_000), "-30s");
    }
}
