//! Rule sets test themselves: every rule's `match` / `no_match` examples and every whole-post
//! `[[example]]` run through the real detector ([`crate::detect::detector::Detector`] with the given
//! [`Model`]).
//!
//! `scamwatch test-rules` reports the failures with a diff; [`load_checked`] turns them into
//! diagnostics, so the live service's hot reload refuses a rule set whose own examples fail
//! (and keeps the rules it runs).
//!
//! Each whole-post example runs in a fresh detector, at a fixed event time
//! ([`EXAMPLE_TIME`]): its history posts and security events are fed first, at their offsets
//! before that time, then the post. No wall clock is involved, so results are deterministic.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use crate::detect::detector::Detector;
use crate::detect::event::{
    Account, AccountEvent, Input, Post, Referenced, SecurityEventKind, Timestamp,
};
use crate::detect::explain;
use crate::detect::model::Model;
use crate::detect::record::{Action, Reason, Record};
use crate::detect::rules::{
    Diagnostic, ExpectedAction, PostExample, RuleSet, Severity, codes, compile_dir,
};

/// Event time of every whole-post example: 2020-07-15T20:00:00Z.
pub const EXAMPLE_TIME: Timestamp = Timestamp(1_594_843_200_000);

/// Id of the example post (history posts are `example-history-N`).
pub const EXAMPLE_POST_ID: &str = "example-post";

/// What the detector did with one whole-post example.
#[derive(Clone, Debug, PartialEq)]
pub struct PostOutcome {
    /// Index into [`RuleSet::post_examples`].
    pub example: usize,
    /// The alert's action, `None` when no alert was emitted.
    pub got: Option<Action>,
    /// Score, content and account score of the alert (the content score alone, with account
    /// evidence 0, when there was no alert).
    pub score: f64,
    pub content_score: f64,
    pub account_score: f64,
    /// Rules that fired on the post (all modes).
    pub fired: Vec<String>,
    /// Rules the example expects that did not fire.
    pub missing_rules: Vec<String>,
    /// One line per reason of the alert (`rule …`, `feature …`, `cap …`).
    pub reasons: Vec<String>,
}

impl PostOutcome {
    /// True when the example got its expected action and every expected rule fired.
    pub fn passed(&self, expected: ExpectedAction) -> bool {
        action_str(self.got) == expected.as_str() && self.missing_rules.is_empty()
    }
}

fn action_str(a: Option<Action>) -> &'static str {
    a.map_or("none", Action::as_str)
}

/// One line describing a reason, for diffs and reports.
pub fn describe_reason(r: &Reason) -> String {
    match r {
        Reason::Rule {
            rule,
            category,
            mode,
            weight,
            ..
        } => format!("rule {rule} ({category} {weight:+}, {mode:?})").to_lowercase(),
        Reason::Category {
            category,
            contribution,
        } => format!("category {category} {contribution:+}"),
        Reason::Wallet {
            chain,
            address,
            known_scam,
            contribution,
            ..
        } => format!(
            "wallet {} {address}{} {contribution:+}",
            chain.as_str(),
            if *known_scam { " (known scam)" } else { "" }
        ),
        Reason::Combo { all, contribution } => {
            format!("combo {} {contribution:+}", all.join("+"))
        }
        Reason::Campaign {
            campaign_id,
            accounts,
            contribution,
        } => format!("campaign {campaign_id} ({accounts} accounts) {contribution:+}"),
        Reason::Amplifies {
            target,
            contribution,
        } => format!("vouches for {target}, taken down {contribution:+}"),
        Reason::FollowUp {
            target,
            carries,
            contribution,
        } => format!("follows up {target}, taken down, with an {carries} {contribution:+}"),
        Reason::Feature {
            name,
            group,
            detail,
            contribution,
        } => format!("feature {name} ({group} {contribution:+}): {detail}"),
        Reason::Cap { name, detail } => format!("cap {name}: {detail}"),
        Reason::Hydration { status, detail } => format!("hydration {status}: {detail}"),
        Reason::Model {
            probability,
            mode,
            lifted_to,
            ..
        } => match lifted_to {
            Some(a) => format!("model {probability} ({mode}, lifted to {})", a.as_str()),
            None => format!("model {probability} ({mode})"),
        },
    }
}

/// Builds the inputs of one example: history posts and events (oldest first), then the post.
pub fn example_inputs(ex: &PostExample) -> Vec<Input> {
    let t0 = EXAMPLE_TIME.0;
    let author = Account {
        id: "example-author".into(),
        username: ex.username.clone(),
        display_name: None,
        verified: ex.verified,
        followers: ex.followers,
        created_at: ex
            .account_age_days
            .map(|d| Timestamp(t0 - (d * Timestamp::DAY as f64) as i64)),
    };
    let mut timed: Vec<(i64, Input)> = Vec::new();
    for (i, h) in ex.history.iter().enumerate() {
        let at = t0 - (h.hours_before * Timestamp::HOUR as f64) as i64;
        timed.push((
            at,
            Input::Post(Box::new(Post {
                id: format!("example-history-{i}"),
                author: author.clone(),
                text: h.text.clone(),
                created_at: Timestamp(at),
                lang: h.lang.clone().or_else(|| ex.lang.clone()),
                source: h.source.clone().or_else(|| ex.history_source.clone()),
                ..Post::default()
            })),
        ));
    }
    for e in &ex.events {
        let at = t0 - (e.minutes_before * Timestamp::MINUTE as f64) as i64;
        timed.push((
            at,
            Input::AccountEvent(AccountEvent {
                account_id: author.id.clone(),
                kind: SecurityEventKind::parse(&e.kind),
                created_at: Timestamp(at),
            }),
        ));
    }
    // Stable: equal times keep history-then-events order.
    timed.sort_by_key(|(at, _)| *at);
    let mut inputs: Vec<Input> = timed.into_iter().map(|(_, i)| i).collect();
    inputs.push(Input::Post(Box::new(Post {
        id: EXAMPLE_POST_ID.into(),
        author,
        text: ex.text.clone(),
        created_at: EXAMPLE_TIME,
        lang: ex.lang.clone(),
        source: ex.source.clone(),
        retweet_of: ex.retweet_of.as_ref().map(|id| Referenced {
            id: id.clone(),
            author_id: None,
            text: Some(ex.text.clone()),
        }),
        urls: ex.urls.clone(),
        ..Post::default()
    })));
    inputs
}

/// Runs every whole-post example of `rules` through a fresh detector each.
pub fn run_post_examples(rules: &Arc<RuleSet>, model: &Arc<Model>) -> Vec<PostOutcome> {
    let mut outcomes = Vec::with_capacity(rules.post_examples().len());
    for (idx, ex) in rules.post_examples().iter().enumerate() {
        let mut det = Detector::new(Arc::clone(rules), Arc::clone(model));
        let mut records = Vec::new();
        let inputs = example_inputs(ex);
        let (last, history) = inputs.split_last().expect("the post is always there");
        for i in history {
            records.clear();
            det.process(i, &mut records);
        }
        records.clear();
        let Input::Post(post) = last else {
            unreachable!("the last input is the post")
        };
        let findings = crate::detect::analyze::analyze(post, rules);
        let outcome = det.process_post(post, findings, &mut records);
        let decision = outcome
            .decision()
            .expect("a fresh detector decides every post it has not seen");
        let fired: Vec<String> = decision
            .findings
            .hits
            .iter()
            .map(|h| rules.rules()[h.rule].id.clone())
            .collect();
        let missing_rules = ex
            .rules
            .iter()
            .filter(|r| !fired.contains(r))
            .cloned()
            .collect();
        let alert = records.iter().find_map(|r| match r {
            Record::Alert(a) if a.tweet_id == EXAMPLE_POST_ID => Some(a),
            _ => None,
        });
        let outcome = match alert {
            Some(a) => PostOutcome {
                example: idx,
                got: Some(a.action),
                score: a.score,
                content_score: a.content_score,
                account_score: a.account_score,
                fired,
                missing_rules,
                reasons: a.reasons.iter().map(describe_reason).collect(),
            },
            None => {
                let mut reasons: Vec<String> = fired.iter().map(|r| format!("rule {r}")).collect();
                reasons
                    .extend(explain::wallet_reasons(&decision.wallet).map(|r| describe_reason(&r)));
                PostOutcome {
                    example: idx,
                    got: None,
                    score: decision.score(),
                    content_score: decision.score(),
                    account_score: 0.0,
                    fired,
                    missing_rules,
                    reasons,
                }
            }
        };
        outcomes.push(outcome);
    }
    outcomes
}

/// Everything `test-rules` found.
#[derive(Clone, Debug, Default)]
pub struct TestReport {
    /// Number of rule `match` / `no_match` examples run.
    pub rule_examples: usize,
    /// Failing rule examples, as diagnostics (`E020`).
    pub rule_failures: Vec<Diagnostic>,
    /// Every whole-post outcome, failing or not.
    pub posts: Vec<PostOutcome>,
    /// Failing whole-post examples, as diagnostics (`E021`), parallel to the failing
    /// entries of `posts`.
    pub post_failures: Vec<Diagnostic>,
    /// Number of the text model's own examples run.
    pub model_examples: usize,
    /// The text model's failing examples, one line each.
    pub model_failures: Vec<String>,
}

impl TestReport {
    pub fn failed(&self) -> usize {
        self.rule_failures.len() + self.post_failures.len() + self.model_failures.len()
    }

    /// The failures as diagnostics, rule examples first.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let mut v = self.rule_failures.clone();
        v.extend(self.post_failures.iter().cloned());
        v
    }
}

/// Runs every example of `rules` (rule examples and whole-post examples).
pub fn test_rules(rules: &Arc<RuleSet>, model: &Arc<Model>) -> TestReport {
    let mut report = TestReport {
        rule_examples: (0..rules.rules().len())
            .filter_map(|i| rules.detail(i))
            .map(|d| d.examples.matches.len() + d.examples.no_match.len())
            .sum(),
        ..TestReport::default()
    };
    if let (Some(c), Some(policy)) = (&model.text_classifier, &model.classifier) {
        report.model_examples = c.manifest().examples.len();
        report.model_failures = c.failing_examples(policy.review_at);
    }
    for f in rules.test_examples() {
        let info = &rules.rules()[f.rule];
        let d = rules.detail(f.rule).expect("every rule has a detail");
        let (line, col) = d.example_location(&f.example, f.expected_match);
        let (kind, what) = if f.expected_match {
            ("match", "does not fire")
        } else {
            ("no_match", "fires")
        };
        report.rule_failures.push(Diagnostic {
            code: codes::EXAMPLE_FAILED,
            file: d.file.clone(),
            line,
            col,
            rule: Some(info.id.clone()),
            message: format!("`{kind}` example {:?}: the rule {what}", f.example),
            hint: Some(if f.expected_match {
                "widen a phrase or regex, or fix the example".into()
            } else {
                "narrow the rule (an `except` phrase, a longer phrase), or fix the example".into()
            }),
            severity: Severity::Error,
        });
    }
    for o in run_post_examples(rules, model) {
        let ex = &rules.post_examples()[o.example];
        if !o.passed(ex.action) {
            let mut msg = format!(
                "example `{}`: expected {}, got {} (score {})",
                ex.name,
                ex.action.as_str(),
                action_str(o.got),
                o.score
            );
            if !o.missing_rules.is_empty() {
                let _ = write!(
                    msg,
                    ", rules that did not fire: {}",
                    o.missing_rules.join(", ")
                );
            }
            report.post_failures.push(Diagnostic {
                code: codes::POST_EXAMPLE_FAILED,
                file: ex.file.clone(),
                line: ex.line,
                col: ex.col,
                rule: None,
                message: msg,
                hint: Some(format!(
                    "fired: {}",
                    if o.fired.is_empty() {
                        "no rule".to_owned()
                    } else {
                        o.fired.join(", ")
                    }
                )),
                severity: Severity::Error,
            });
        }
        report.posts.push(o);
    }
    report
}

/// The diff of one failing whole-post example, for `test-rules`.
pub fn render_diff(ex: &PostExample, o: &PostOutcome) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "    text:     {:?}", ex.text);
    let _ = writeln!(
        s,
        "    expected: action {}{}",
        ex.action.as_str(),
        if ex.rules.is_empty() {
            String::new()
        } else {
            format!(", rules {}", ex.rules.join(", "))
        }
    );
    let _ = writeln!(
        s,
        "    got:      action {}, score {} (content {}, account {})",
        action_str(o.got),
        o.score,
        o.content_score,
        o.account_score
    );
    for r in &o.missing_rules {
        let _ = writeln!(s, "    - rule {r} (expected, did not fire)");
    }
    for r in &o.reasons {
        let _ = writeln!(s, "    + {r}");
    }
    s
}

/// Compiles `dir` and runs every example of the set; the set is returned only when it compiles
/// and every example passes. The one entry point for a hot reload: a rule set whose own
/// examples fail is refused with the failures as diagnostics (`E020`, `E021`), so the service
/// keeps the rules it runs.
///
/// # Errors
/// The compile diagnostics (errors and warnings) when the set does not compile; otherwise the
/// example failures.
pub fn load_checked(dir: &Path, model: &Model) -> Result<RuleSet, Vec<Diagnostic>> {
    let set = Arc::new(compile_dir(dir)?);
    let report = test_rules(&set, &Arc::new(model.clone()));
    if report.failed() > 0 {
        return Err(report.diagnostics());
    }
    // Every detector of the run is dropped: this is the only reference left.
    Ok(Arc::try_unwrap(set).unwrap_or_else(|_| unreachable!("detectors were dropped")))
}

/// Why [`load`] refused a model and rule set.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The model does not load.
    #[error(transparent)]
    Model(#[from] crate::detect::model::ModelError),
    /// The rules do not compile (every diagnostic, warnings included), or their own examples
    /// fail (`E020`, `E021`).
    #[error("{}", error_lines(.0).join("\n  "))]
    Rules(Vec<Diagnostic>),
}

impl LoadError {
    /// One line per error: the model error, or every rule diagnostic that is an error
    /// (`file:line:col: ...`; warnings are left out).
    pub fn messages(&self) -> Vec<String> {
        match self {
            LoadError::Model(e) => vec![e.to_string()],
            LoadError::Rules(ds) => error_lines(ds),
        }
    }
}

fn error_lines(ds: &[Diagnostic]) -> Vec<String> {
    ds.iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect()
}

/// Loads the model (`models/model.toml`, or the built-in model when `models` is `None`),
/// compiles the rules in `rules` and runs the rules' own examples through the detector
/// ([`load_checked`]): the one path shared by the service's startup and every reload, so a rule
/// set whose examples fail is refused like one that does not compile.
///
/// # Errors
/// The model error, or every rule diagnostic and failing example.
pub fn load(rules: &Path, models: Option<&Path>) -> Result<(RuleSet, Model), LoadError> {
    let model = match models {
        Some(dir) => Model::load_dir(dir)?,
        None => Model::builtin(),
    };
    let rules = load_checked(rules, &model).map_err(LoadError::Rules)?;
    Ok((rules, model))
}

/// What asked for a load of the rules and model: the `trigger` of a `reload` record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReloadTrigger {
    /// The service started.
    Startup,
    /// A watched rule or model file changed.
    Watch,
    /// SIGHUP.
    Signal,
    /// `POST /rules/reload`.
    Http,
}

impl ReloadTrigger {
    /// The name on the `reload` record and in logs.
    pub fn as_str(self) -> &'static str {
        match self {
            ReloadTrigger::Startup => "startup",
            ReloadTrigger::Watch => "watch",
            ReloadTrigger::Signal => "signal",
            ReloadTrigger::Http => "http",
        }
    }
}

/// Whether a reload took effect: the `status` of a `reload` record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReloadStatus {
    /// The new rules and model run.
    Applied,
    /// Refused: the previous rules and model keep running.
    Failed,
}

impl ReloadStatus {
    /// The name on the `reload` record and the `result` label of the reload metric.
    pub fn as_str(self) -> &'static str {
        match self {
            ReloadStatus::Applied => "applied",
            ReloadStatus::Failed => "failed",
        }
    }
}

impl std::fmt::Display for ReloadTrigger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Display for ReloadStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod reload_names {
    use super::{ReloadStatus, ReloadTrigger};

    #[test]
    fn serialize_as_their_names() {
        for t in [
            ReloadTrigger::Startup,
            ReloadTrigger::Watch,
            ReloadTrigger::Signal,
            ReloadTrigger::Http,
        ] {
            assert_eq!(
                serde_json::to_string(&t).unwrap(),
                format!("\"{}\"", t.as_str())
            );
        }
        for s in [ReloadStatus::Applied, ReloadStatus::Failed] {
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.as_str())
            );
        }
    }
}
