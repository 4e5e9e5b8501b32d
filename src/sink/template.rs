//! Message templates for chat tools. `template = "slack"` turns a record into a Slack-compatible
//! body (`text` for notifications and clients without blocks, `blocks` for the channel), for a
//! moderation channel next to the machine-readable hook.
//!
//! Everything that comes from a post (text, spans, username) is attacker-controlled: it is
//! escaped for Slack's mrkdwn (`&`, `<`, `>`), so a scam post cannot ping `<!channel>` or forge a
//! link, and truncated to Slack's block limits.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::detect::decide::BrakeState;
use crate::detect::load::ReloadStatus;
use crate::detect::record::{PostAlert, Reason, Record};

/// A chat template.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Template {
    /// Slack incoming-webhook body: `text` + `blocks` (Mattermost and others accept it too).
    Slack,
}

/// Slack rejects a section text over 3000 characters.
const MAX_SECTION: usize = 2900;

/// Escapes the three characters Slack's mrkdwn gives meaning to.
pub fn slack_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max).collect();
    t.push('…');
    t
}

/// Renders a record for a chat channel.
pub fn render(template: Template, record: &Record) -> Value {
    match template {
        Template::Slack => slack(record),
    }
}

fn account(a: &PostAlert) -> String {
    match &a.username {
        Some(u) => format!("@{} ({})", slack_escape(u), slack_escape(&a.account_id)),
        None => slack_escape(&a.account_id),
    }
}

fn slack(record: &Record) -> Value {
    match record {
        Record::Alert(a) => slack_alert(a),
        Record::Campaign(c) => {
            let text = format!(
                "Campaign {} {}: {} accounts share one {}",
                slack_escape(&c.campaign_id),
                c.status,
                c.size,
                c.key_type
            );
            json!({
                "text": text,
                "blocks": [
                    {"type": "section", "text": {"type": "mrkdwn", "text": format!("*{text}*")}},
                    {"type": "section", "text": {"type": "mrkdwn",
                        "text": format!("`{}`", truncate(&slack_escape(&c.key), MAX_SECTION))}},
                ]
            })
        }
        Record::CircuitBreaker(b) => {
            let text = format!(
                "Mass-action brake {} for `{}` (limit {} per {} min): {}",
                b.state,
                b.budget,
                b.limit,
                b.window_minutes,
                if b.state == BrakeState::Tripped {
                    "further actions are downgraded to review"
                } else {
                    "back within budget"
                }
            );
            json!({"text": text, "blocks": [
                {"type": "section", "text": {"type": "mrkdwn", "text": text}}
            ]})
        }
        Record::Shadow(s) => {
            let text = format!(
                "Shadow rules would have changed post {}: {} → {} (score {:.2})",
                slack_escape(&s.tweet_id),
                s.action,
                s.would_action,
                s.would_score
            );
            json!({"text": text, "blocks": [
                {"type": "section", "text": {"type": "mrkdwn", "text": text}}
            ]})
        }
        Record::Reload(r) => {
            let text = match r.status {
                ReloadStatus::Failed => format!(
                    "Rule reload ({}) refused, previous rules keep running: {}",
                    r.trigger,
                    slack_escape(&r.errors.join("; "))
                ),
                ReloadStatus::Applied => {
                    format!("Rules reloaded ({}): {} rules", r.trigger, r.rules)
                }
            };
            json!({"text": text, "blocks": [
                {"type": "section", "text": {"type": "mrkdwn", "text": truncate(&text, MAX_SECTION)}}
            ]})
        }
        Record::Verdict(v) => slack_verdict(v),
    }
}

fn slack_verdict(v: &crate::detect::record::VerdictRecord) -> Value {
    let mut text = format!(
        "Post {} {} by {}",
        slack_escape(&v.post_id),
        v.verdict.as_str(),
        slack_escape(&v.by)
    );
    if let Some(n) = &v.note {
        text.push_str(": ");
        text.push_str(&slack_escape(n));
    }
    json!({"text": text, "blocks": [
        {"type": "section", "text": {"type": "mrkdwn", "text": truncate(&text, MAX_SECTION)}}
    ]})
}

fn slack_alert(a: &PostAlert) -> Value {
    let action = a.action.as_str().to_uppercase();
    let severity = serde_json::to_value(a.severity)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let text = format!(
        "{action} ({severity}) {} score {:.2}: post {}",
        account(a),
        a.score,
        slack_escape(&a.tweet_id)
    );
    let mut spans = Vec::new();
    for r in &a.reasons {
        if let Reason::Rule {
            rule, spans: ss, ..
        } = r
        {
            for s in ss {
                spans.push(format!(
                    "• `{}` ({})",
                    slack_escape(&s.text).replace('`', "'"),
                    slack_escape(rule)
                ));
            }
        }
        if let Reason::Wallet { address, chain, .. } = r {
            spans.push(format!(
                "• `{}` (wallet {})",
                slack_escape(address),
                serde_json::to_value(chain)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            ));
        }
    }
    let spans = if spans.is_empty() {
        "_none_".to_string()
    } else {
        truncate(&spans.join("\n"), MAX_SECTION)
    };
    // Leave room for the "> " quote prefixes within the section limit.
    let quoted: String = truncate(&slack_escape(&a.text), MAX_SECTION - 400)
        .lines()
        .map(|l| format!("> {l}\n"))
        .collect();
    json!({
        "text": text,
        "blocks": [
            {"type": "header", "text": {"type": "plain_text",
                "text": truncate(&format!("{action}: {severity} scam alert"), 140)}},
            {"type": "section", "fields": [
                {"type": "mrkdwn", "text": format!("*Action*\n{}", a.action.as_str())},
                {"type": "mrkdwn", "text": format!("*Severity*\n{severity}")},
                {"type": "mrkdwn", "text": format!("*Account*\n{}", account(a))},
                {"type": "mrkdwn", "text": format!("*Score*\n{:.2}", a.score)},
            ]},
            {"type": "section", "text": {"type": "mrkdwn", "text": format!("*Matched*\n{spans}")}},
            {"type": "section", "text": {"type": "mrkdwn", "text": format!("*Post* {}\n{quoted}", slack_escape(&a.tweet_id))}},
            {"type": "context", "elements": [
                {"type": "mrkdwn", "text": format!("alert `{}`", slack_escape(&a.alert_id))}
            ]},
        ]
    })
}
