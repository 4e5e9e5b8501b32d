//! `diff-rules`: replay one input through two rule sets (same model) and show the posts whose
//! action changes — the review an operator wants before shipping a rule change.
//!
//! Both replays are the real [`crate::tools::replay::run_observed`] over the same bytes, each with its
//! own [`Detector`], so history, campaigns and the mass-action brake behave exactly as they
//! would in production under each rule set. A post's outcome is the action of its alert (or
//! none); changes are grouped as new alerts (none → some), lost alerts (some → none), upgrades
//! and downgrades, each with the rules that fire only under the new set (`+`) or only under
//! the old one (`-`).

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::{self, BufRead};
use std::sync::Arc;

use serde::Serialize;

use crate::detect::detector::Detector;
use crate::detect::model::Model;
use crate::detect::record::Action;
use crate::detect::rules::RuleSet;
use crate::tools::backtest::fmt_list;
use crate::tools::replay::{ReplayOptions, run_observed};

/// How a post's action changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// No alert before, an alert now.
    NewAlert,
    /// An alert before, none now.
    LostAlert,
    /// A stronger action now.
    Upgrade,
    /// A weaker action now.
    Downgrade,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 4] = [
        ChangeKind::NewAlert,
        ChangeKind::LostAlert,
        ChangeKind::Upgrade,
        ChangeKind::Downgrade,
    ];

    pub fn title(self) -> &'static str {
        match self {
            ChangeKind::NewAlert => "new alerts",
            ChangeKind::LostAlert => "lost alerts",
            ChangeKind::Upgrade => "upgrades",
            ChangeKind::Downgrade => "downgrades",
        }
    }
}

/// One post whose action differs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub tweet_id: String,
    pub account_id: String,
    pub username: Option<String>,
    pub old_action: Option<Action>,
    pub new_action: Option<Action>,
    pub old_score: f64,
    pub new_score: f64,
    /// Rules that fire on the post only under the new set.
    pub rules_added: Vec<String>,
    /// Rules that fire on the post only under the old set.
    pub rules_removed: Vec<String>,
    /// The post text, cut to 280 characters.
    pub text: String,
}

/// Everything `diff-rules` found.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DiffReport {
    pub old_fingerprint: String,
    pub new_fingerprint: String,
    /// Rule ids only in the new set / only in the old set.
    pub rules_added: Vec<String>,
    pub rules_removed: Vec<String>,
    pub posts: u64,
    /// Posts whose action is the same but whose fired rules differ.
    pub same_action_other_rules: u64,
    pub new_alerts: u64,
    pub lost_alerts: u64,
    pub upgrades: u64,
    pub downgrades: u64,
    /// Every change, in input order.
    pub changes: Vec<Change>,
}

/// One post's outcome under one rule set.
struct Outcome {
    account_id: String,
    username: Option<String>,
    action: Option<Action>,
    score: f64,
    rules: Vec<String>,
    text: String,
}

/// Replays `open()` once and records every post's outcome, in input order.
fn outcomes<R: BufRead>(
    input: R,
    rules: &Arc<RuleSet>,
    model: &Arc<Model>,
    opts: &ReplayOptions,
) -> io::Result<(Vec<String>, HashMap<String, Outcome>)> {
    let mut det = Detector::new(Arc::clone(rules), Arc::clone(model));
    let mut order = Vec::new();
    let mut map = HashMap::new();
    run_observed(
        input,
        &mut det,
        &mut io::sink(),
        &mut io::sink(),
        opts,
        &mut |post, decision, _records| {
            let (action, score) = (decision.action, decision.score());
            let o = Outcome {
                account_id: post.author.id.clone(),
                username: post.author.username.clone(),
                action,
                score,
                rules: decision
                    .findings
                    .hits
                    .iter()
                    .map(|h| rules.rules()[h.rule].id.clone())
                    .collect(),
                text: post.text.chars().take(280).collect(),
            };
            // A post id seen twice (a re-delivered message) keeps its first outcome.
            if !map.contains_key(&post.id) {
                order.push(post.id.clone());
                map.insert(post.id.clone(), o);
            }
        },
    )?;
    Ok((order, map))
}

/// Replays the input from `open` under both rule sets and compares.
///
/// # Errors
/// I/O errors opening or reading the input.
pub fn diff<R: BufRead>(
    mut open: impl FnMut() -> io::Result<R>,
    old: &Arc<RuleSet>,
    new: &Arc<RuleSet>,
    model: &Arc<Model>,
) -> io::Result<DiffReport> {
    let opts = ReplayOptions::default();
    let (order, before) = outcomes(open()?, old, model, &opts)?;
    let (_, after) = outcomes(open()?, new, model, &opts)?;
    let ids =
        |s: &RuleSet| -> BTreeSet<String> { s.rules().iter().map(|r| r.id.clone()).collect() };
    let (old_ids, new_ids) = (ids(old), ids(new));
    let mut report = DiffReport {
        old_fingerprint: format!("{:016x}", old.fingerprint()),
        new_fingerprint: format!("{:016x}", new.fingerprint()),
        rules_added: new_ids.difference(&old_ids).cloned().collect(),
        rules_removed: old_ids.difference(&new_ids).cloned().collect(),
        posts: order.len() as u64,
        ..DiffReport::default()
    };
    for id in order {
        let (Some(b), Some(a)) = (before.get(&id), after.get(&id)) else {
            continue;
        };
        let added = only_in(&a.rules, &b.rules);
        let removed = only_in(&b.rules, &a.rules);
        let kind = match (b.action, a.action) {
            (None, Some(_)) => ChangeKind::NewAlert,
            (Some(_), None) => ChangeKind::LostAlert,
            (Some(x), Some(y)) if y > x => ChangeKind::Upgrade,
            (Some(x), Some(y)) if y < x => ChangeKind::Downgrade,
            _ => {
                if !added.is_empty() || !removed.is_empty() {
                    report.same_action_other_rules += 1;
                }
                continue;
            }
        };
        match kind {
            ChangeKind::NewAlert => report.new_alerts += 1,
            ChangeKind::LostAlert => report.lost_alerts += 1,
            ChangeKind::Upgrade => report.upgrades += 1,
            ChangeKind::Downgrade => report.downgrades += 1,
        }
        report.changes.push(Change {
            kind,
            tweet_id: id,
            account_id: a.account_id.clone(),
            username: a.username.clone(),
            old_action: b.action,
            new_action: a.action,
            old_score: b.score,
            new_score: a.score,
            rules_added: added,
            rules_removed: removed,
            text: a.text.clone(),
        });
    }
    Ok(report)
}

/// The rules of `a` that are not in `b`, in `a`'s order.
fn only_in(a: &[String], b: &[String]) -> Vec<String> {
    a.iter().filter(|r| !b.contains(r)).cloned().collect()
}

fn name(a: Option<Action>) -> &'static str {
    a.map_or("none", Action::as_str)
}

impl DiffReport {
    /// Number of posts whose action changed.
    pub fn changed(&self) -> u64 {
        self.new_alerts + self.lost_alerts + self.upgrades + self.downgrades
    }

    /// The human form: counts, then each group (at most `limit` posts shown per group).
    pub fn render(&self, limit: usize) -> String {
        let mut o = String::new();
        let _ = writeln!(
            o,
            "diff-rules: old {} → new {}; rules added: {}; rules removed: {}",
            self.old_fingerprint,
            self.new_fingerprint,
            fmt_list(&self.rules_added),
            fmt_list(&self.rules_removed)
        );
        let _ = writeln!(
            o,
            "diff-rules: {} posts, {} change action: new alerts {}, lost alerts {}, upgrades {}, downgrades {}; {} keep their action with other rules firing",
            self.posts,
            self.changed(),
            self.new_alerts,
            self.lost_alerts,
            self.upgrades,
            self.downgrades,
            self.same_action_other_rules
        );
        for kind in ChangeKind::ALL {
            let group: Vec<&Change> = self.changes.iter().filter(|c| c.kind == kind).collect();
            if group.is_empty() {
                continue;
            }
            let _ = writeln!(o, "\n== {} ({})", kind.title(), group.len());
            for c in group.iter().take(limit) {
                let mut why: Vec<String> = c.rules_added.iter().map(|r| format!("+{r}")).collect();
                why.extend(c.rules_removed.iter().map(|r| format!("-{r}")));
                let _ = writeln!(
                    o,
                    "  {} @{}: {} → {} (score {} → {}){}",
                    c.tweet_id,
                    c.username.as_deref().unwrap_or(&c.account_id),
                    name(c.old_action),
                    name(c.new_action),
                    c.old_score,
                    c.new_score,
                    if why.is_empty() {
                        " same rules (history, campaign or budget changed)".to_owned()
                    } else {
                        format!(" rules {}", why.join(" "))
                    }
                );
                let _ = writeln!(
                    o,
                    "      {:?}",
                    c.text.chars().take(120).collect::<String>()
                );
            }
            if group.len() > limit {
                let _ = writeln!(o, "  … and {} more", group.len() - limit);
            }
        }
        o
    }
}
