//! The HTML report of a labelled backtest (`replay --labels L --report FILE.html`).
//!
//! ONE self-contained file: inline CSS and inline SVG charts generated here, no script and
//! nothing fetched, so a moderator can open it from a mail attachment or an air-gapped
//! machine and it renders the same everywhere. Charts:
//!
//! - `#score-distribution`: histogram of post scores, scam vs benign, with the review and
//!   takedown thresholds marked;
//! - `#rule-hits`: per rule, labelled scam and benign posts it fired on;
//! - `#pr-curve`: precision against recall when every post scoring at least a threshold is
//!   flagged, with the model's review and takedown thresholds marked.
//!
//! Then the tables: overall figures, per rule, the worst false positives and negatives with
//! their reasons, and time-to-first-lock of hijacked accounts.

use std::fmt::Write as _;

use crate::detect::record::Action;
use crate::detect::rules::RuleSet;
use crate::tools::backtest::{
    BacktestReport, CurvePoint, PostLabel, fmt_duration, fmt_list, fmt_ratio,
};
use crate::tools::replay::Summary;

const SCAM: &str = "#c0392b";
const BENIGN: &str = "#2e86c1";

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

const CSS: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}\
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}\
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}\
td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}\
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}\
figure{margin:1em 0}figcaption{font-size:.9em;color:#555}\
.scam{color:#c0392b}.benign{color:#2e86c1}ul.reasons{margin:0;padding-left:1.2em;font-size:.85em}\
svg text{font-size:11px;fill:#333}";

/// Renders the whole report.
pub fn html(r: &BacktestReport, rules: &RuleSet, summary: &Summary) -> String {
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>scamwatch backtest</title><style>{CSS}</style></head><body>\n\
         <h1>scamwatch backtest</h1>\n<p>{} lines, {} posts ({} labelled), {} alerts. \
         Rule set fingerprint <code>{:016x}</code>.</p>\n",
        summary.lines,
        summary.stats.posts,
        r.posts_labelled,
        summary.stats.alerts(),
        rules.fingerprint()
    );
    overall(&mut o, r);
    let _ = writeln!(o, "<h2>Charts</h2>");
    score_histogram(&mut o, r);
    rule_hits(&mut o, r);
    pr_curve(&mut o, r);
    per_rule_table(&mut o, r, rules);
    misses(
        &mut o,
        "Worst false positives",
        "benign posts that were actioned, strongest action first",
        &r.worst_fp,
    );
    misses(
        &mut o,
        "Worst false negatives",
        "scam posts without an alert, lowest score first",
        &r.worst_fn,
    );
    time_to_lock(&mut o, r);
    o.push_str("</body></html>\n");
    o
}

fn overall(o: &mut String, r: &BacktestReport) {
    let _ = writeln!(
        o,
        "<h2>Overall</h2>\n<table id=\"overall\"><tr><th>flagged when</th><th>precision</th>\
         <th>recall</th><th>true pos.</th><th>false pos.</th><th>false neg.</th><th>true neg.</th></tr>"
    );
    for (name, c) in [("any alert", &r.any), ("takedown or lock", &r.enforced)] {
        let cells: String = c
            .cells()
            .iter()
            .map(|v| format!("<td class=n>{v}</td>"))
            .collect();
        let _ = writeln!(o, "<tr><td>{name}</td>{cells}</tr>");
    }
    o.push_str("</table>\n");
    let _ = writeln!(
        o,
        "<p>False actions on benign posts — {}. Accounts labelled normal that were locked: {}.</p>",
        esc(&r.false_actions_summary(": ")),
        esc(&fmt_list(&r.false_locks))
    );
    if let Some(v) = &r.verdicts {
        let _ = writeln!(o, "<p>Labels: {}.</p>", esc(&v.summary()));
    }
}

/// Scales `v` in `[lo, hi]` to `[a, b]`.
fn scale(v: f64, lo: f64, hi: f64, a: f64, b: f64) -> f64 {
    if hi <= lo {
        a
    } else {
        a + (v - lo) / (hi - lo) * (b - a)
    }
}

/// Labelled posts binned by score, from `lo` to `hi` in bins of `width` (at most 40).
struct ScoreBins {
    lo: f64,
    hi: f64,
    width: f64,
    /// Per bin: scam posts, benign posts.
    counts: Vec<[u64; 2]>,
}

impl ScoreBins {
    /// Bins from the lowest score (0 or below) to the highest score or the takedown threshold.
    fn of(r: &BacktestReport) -> ScoreBins {
        let scores = r.posts.iter().map(|p| p.score);
        let lo = scores.clone().fold(0.0_f64, f64::min).floor();
        let hi = scores
            .fold(r.takedown_threshold, f64::max)
            .max(lo + 1.0)
            .ceil();
        let bins = ((hi - lo).ceil() as usize).clamp(1, 40);
        let width = (hi - lo) / bins as f64;
        let mut counts = vec![[0u64; 2]; bins];
        for p in &r.posts {
            let b = (((p.score - lo) / width) as usize).min(bins - 1);
            counts[b][usize::from(p.label == PostLabel::Benign)] += 1;
        }
        ScoreBins {
            lo,
            hi,
            width,
            counts,
        }
    }
}

fn score_histogram(o: &mut String, r: &BacktestReport) {
    let (w, h, ml, mb, mt, mr) = (720.0, 270.0, 45.0, 35.0, 25.0, 15.0);
    let ScoreBins {
        lo,
        hi,
        width,
        counts,
    } = ScoreBins::of(r);
    let bins = counts.len();
    // Square-root scale: the many benign posts scoring 0 would flatten every other bar.
    let max = (counts.iter().flatten().copied().max().unwrap_or(0).max(1) as f64).sqrt();
    let _ = writeln!(
        o,
        "<figure id=\"score-distribution\"><svg class=\"chart\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
         aria-label=\"score distribution, scam vs benign\">"
    );
    axes(o, w, h, ml, mb, mt, mr);
    let bw = (w - ml - mr) / bins as f64;
    for (i, c) in counts.iter().enumerate() {
        for (k, color) in [(0, SCAM), (1, BENIGN)] {
            if c[k] == 0 {
                continue;
            }
            let bh = scale((c[k] as f64).sqrt(), 0.0, max, 0.0, h - mb - mt);
            let x = ml + i as f64 * bw + k as f64 * bw / 2.0 + 1.0;
            let _ = writeln!(
                o,
                "<rect class=\"bar {}\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{bh:.1}\" fill=\"{color}\"><title>{} posts, score {:.1}–{:.1}</title></rect>",
                if k == 0 { "scam" } else { "benign" },
                h - mb - bh,
                (bw / 2.0 - 1.0).max(1.0),
                c[k],
                lo + i as f64 * width,
                lo + (i + 1) as f64 * width
            );
        }
    }
    for (t, name) in [
        (r.review_threshold, "review"),
        (r.takedown_threshold, "takedown"),
    ] {
        let x = scale(t, lo, hi, ml, w - mr);
        let _ = writeln!(
            o,
            "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{mt}\" y2=\"{}\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\
             <text x=\"{:.1}\" y=\"{}\">{name} {t}</text>",
            h - mb,
            x + 3.0,
            mt + 10.0
        );
    }
    for i in 0..=bins {
        if bins > 20 && i % 2 == 1 {
            continue;
        }
        let v = lo + i as f64 * width;
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            ml + i as f64 * bw,
            h - mb + 14.0,
            (v * 10.0).round() / 10.0
        );
    }
    let _ = writeln!(
        o,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">score</text>\
         <text x=\"{}\" y=\"{}\">tallest bar: {} posts</text></svg>",
        (ml + w - mr) / 2.0,
        h - 4.0,
        ml,
        mt - 4.0,
        (max * max).round()
    );
    let _ = writeln!(
        o,
        "<figcaption>Score distribution of labelled posts: <span class=scam>scam</span> vs \
         <span class=benign>benign</span> (a post without an alert scores its content score); bar height is proportional to the square root of the count.</figcaption></figure>"
    );
}

fn axes(o: &mut String, w: f64, h: f64, ml: f64, mb: f64, mt: f64, mr: f64) {
    let _ = writeln!(
        o,
        "<line x1=\"{ml}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#333\"/>\
         <line x1=\"{ml}\" y1=\"{mt}\" x2=\"{ml}\" y2=\"{}\" stroke=\"#333\"/>",
        h - mb,
        w - mr,
        h - mb,
        h - mb
    );
}

fn rule_hits(o: &mut String, r: &BacktestReport) {
    let mut rows: Vec<_> = r
        .per_rule
        .iter()
        .filter(|s| s.scam_hits + s.benign_hits > 0)
        .collect();
    rows.sort_by(|a, b| {
        (b.scam_hits + b.benign_hits)
            .cmp(&(a.scam_hits + a.benign_hits))
            .then(a.id.cmp(&b.id))
    });
    rows.truncate(40);
    let (ml, mr, row) = (300.0, 60.0, 16.0);
    let w = 720.0;
    let h = 30.0 + row * rows.len().max(1) as f64;
    let max = rows
        .iter()
        .map(|s| s.scam_hits + s.benign_hits)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let _ = writeln!(
        o,
        "<figure id=\"rule-hits\"><svg class=\"chart\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
         aria-label=\"hits per rule\">"
    );
    for (i, s) in rows.iter().enumerate() {
        let y = 10.0 + i as f64 * row;
        let ws = scale(s.scam_hits as f64, 0.0, max, 0.0, w - ml - mr);
        let wb = scale(s.benign_hits as f64, 0.0, max, 0.0, w - ml - mr);
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>\
             <rect class=\"bar scam\" x=\"{ml}\" y=\"{y:.1}\" width=\"{ws:.1}\" height=\"{:.1}\" fill=\"{SCAM}\"><title>{} scam posts</title></rect>\
             <rect class=\"bar benign\" x=\"{:.1}\" y=\"{y:.1}\" width=\"{wb:.1}\" height=\"{:.1}\" fill=\"{BENIGN}\"><title>{} benign posts</title></rect>\
             <text x=\"{:.1}\" y=\"{:.1}\">{} / {}</text>",
            ml - 6.0,
            y + row * 0.7,
            esc(&s.id),
            row - 3.0,
            s.scam_hits,
            ml + ws,
            row - 3.0,
            s.benign_hits,
            ml + ws + wb + 4.0,
            y + row * 0.7,
            s.scam_hits,
            s.benign_hits
        );
    }
    o.push_str("</svg>\n");
    let _ = writeln!(
        o,
        "<figcaption>Labelled posts each rule fired on: <span class=scam>scam</span> / \
         <span class=benign>benign</span> (the {} rules with most hits).</figcaption></figure>",
        rows.len()
    );
}

/// The curve point with the lowest threshold at or above `t` (what flagging at `t` gives).
fn at_threshold(curve: &[CurvePoint], t: f64) -> Option<CurvePoint> {
    curve.iter().rev().find(|p| p.threshold >= t).copied()
}

fn pr_curve(o: &mut String, r: &BacktestReport) {
    let (w, h, ml, mb, mt, mr) = (420.0, 340.0, 45.0, 40.0, 15.0, 20.0);
    let _ = writeln!(
        o,
        "<figure id=\"pr-curve\"><svg class=\"chart\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
         aria-label=\"precision-recall curve over the action threshold\">"
    );
    axes(o, w, h, ml, mb, mt, mr);
    let x = |recall: f64| scale(recall, 0.0, 1.0, ml, w - mr);
    let y = |precision: f64| scale(precision, 0.0, 1.0, h - mb, mt);
    for t in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{t}</text>\
             <text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{t}</text>",
            x(t),
            h - mb + 14.0,
            ml - 4.0,
            y(t) + 4.0
        );
    }
    let pts: Vec<String> = r
        .curve
        .iter()
        .map(|p| format!("{:.1},{:.1}", x(p.recall), y(p.precision)))
        .collect();
    let _ = writeln!(
        o,
        "<polyline class=\"curve\" points=\"{}\" fill=\"none\" stroke=\"#333\" stroke-width=\"2\"/>",
        pts.join(" ")
    );
    for p in &r.curve {
        let _ = writeln!(
            o,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"2\" fill=\"#333\"><title>threshold {}: precision {:.3}, recall {:.3}</title></circle>",
            x(p.recall),
            y(p.precision),
            p.threshold,
            p.precision,
            p.recall
        );
    }
    for (t, name, color) in [
        (r.review_threshold, "review", "#e67e22"),
        (r.takedown_threshold, "takedown", SCAM),
    ] {
        if let Some(p) = at_threshold(&r.curve, t) {
            let _ = writeln!(
                o,
                "<circle class=\"threshold\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"5\" fill=\"{color}\"><title>{name} threshold {t}: precision {:.3}, recall {:.3}</title></circle>\
                 <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{name} ≥ {t}</text>",
                x(p.recall),
                y(p.precision),
                p.precision,
                p.recall,
                x(p.recall) - 7.0,
                y(p.precision) + 14.0
            );
        }
    }
    let _ = writeln!(
        o,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">recall</text>\
         <text x=\"12\" y=\"{}\" transform=\"rotate(-90 12 {})\" text-anchor=\"middle\">precision</text></svg>",
        (ml + w - mr) / 2.0,
        h - 6.0,
        (mt + h - mb) / 2.0,
        (mt + h - mb) / 2.0
    );
    let _ = writeln!(
        o,
        "<figcaption>Precision–recall when every labelled post scoring at least a threshold is \
         flagged, over all thresholds ({} points); the model's thresholds are marked.</figcaption></figure>",
        r.curve.len()
    );
}

fn per_rule_table(o: &mut String, r: &BacktestReport, rules: &RuleSet) {
    let _ = writeln!(
        o,
        "<h2>Per rule</h2>\n<table id=\"per-rule\"><tr><th>rule</th><th>category</th><th>mode</th>\
         <th>scam hits</th><th>benign hits</th><th>false actions</th><th>precision</th><th>recall</th></tr>"
    );
    for (i, s) in r.per_rule.iter().enumerate() {
        let info = &rules.rules()[i];
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=n>{}</td><td class=n>{}</td>\
             <td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
            esc(&s.id),
            esc(&info.category),
            format!("{:?}", info.mode).to_lowercase(),
            s.scam_hits,
            s.benign_hits,
            s.false_actions,
            fmt_ratio(s.precision),
            fmt_ratio(s.recall)
        );
    }
    o.push_str("</table>\n");
}

fn misses(o: &mut String, title: &str, what: &str, list: &[crate::tools::backtest::PostResult]) {
    let id = title.to_lowercase().replace(' ', "-");
    let _ = writeln!(o, "<h2>{title}</h2>\n<p>{what}.</p>");
    if list.is_empty() {
        o.push_str("<p>None.</p>\n");
        return;
    }
    let _ = writeln!(
        o,
        "<table id=\"{id}\"><tr><th>post</th><th>account</th><th>action</th><th>score</th><th>text</th><th>reasons</th></tr>"
    );
    for p in list {
        let reasons: String = p
            .reasons
            .iter()
            .map(|r| format!("<li>{}</li>", esc(r)))
            .collect();
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=n>{}</td><td>{}</td><td><ul class=reasons>{reasons}</ul></td></tr>",
            esc(&p.id),
            esc(p.username.as_deref().unwrap_or(&p.account_id)),
            p.action.map_or("none", Action::as_str),
            p.score,
            esc(&p.text)
        );
    }
    o.push_str("</table>\n");
}

fn time_to_lock(o: &mut String, r: &BacktestReport) {
    let _ = writeln!(
        o,
        "<h2>Time to first lock</h2>\n<p>Hijacked accounts: event time from their first scam post to their first lock.</p>\n\
         <table id=\"time-to-lock\"><tr><th>account</th><th>first scam post</th><th>locked at</th><th>time to lock</th></tr>"
    );
    for t in &r.time_to_lock {
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=n>{}</td></tr>",
            esc(t.username.as_deref().unwrap_or(&t.account_id)),
            t.first_scam,
            t.lock.map_or_else(|| "never".to_owned(), |l| l.to_string()),
            t.millis().map_or_else(|| "—".to_owned(), fmt_duration)
        );
    }
    o.push_str("</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
