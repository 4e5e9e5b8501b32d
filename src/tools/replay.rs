//! `replay`: run the detector over a file of posts, deterministically.
//!
//! Alerts go to `out` as JSON Lines (the envelope of [`crate::detect::record`]); each skipped line is
//! reported on `diag` with its line number and reason, and counted; the run never stops on a bad
//! line. Because every window runs on event time, the same input and rules give byte-identical
//! output on every run.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, BufRead, Write};
use std::time::{Duration, Instant};

use crate::detect::detector::{Decision, Detector, Outcome, Stats};
use crate::detect::event::{Input, Post};
use crate::detect::record::Record;
use crate::source::lines::{DEFAULT_MAX_LINE_LEN, LineReader};

/// Options of a replay run.
#[derive(Clone, Debug)]
pub struct ReplayOptions {
    /// Longer lines are skipped as `too_large` without being buffered whole.
    pub max_line_bytes: usize,
    /// At most this many skipped lines are described on `diag`; all are counted.
    pub max_errors_shown: u64,
}

impl Default for ReplayOptions {
    fn default() -> Self {
        ReplayOptions {
            max_line_bytes: DEFAULT_MAX_LINE_LEN,
            max_errors_shown: 100,
        }
    }
}

/// What a replay did.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub lines: u64,
    /// Skipped lines by reason.
    pub skipped: BTreeMap<&'static str, u64>,
    /// Well-formed lines that carry no post or account event (deletes, other collections,
    /// other events), by reason: counted, not reported line by line.
    pub ignored: BTreeMap<&'static str, u64>,
    pub records: u64,
    pub stats: Stats,
    /// Accounts with history in the detector at the end (its per-account state).
    pub accounts_tracked: usize,
    pub elapsed: Duration,
}

impl Summary {
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    /// Posts per second of wall-clock time.
    pub fn posts_per_sec(&self) -> f64 {
        let s = self.elapsed.as_secs_f64();
        if s > 0.0 {
            self.stats.posts as f64 / s
        } else {
            0.0
        }
    }

    /// The human summary printed on stderr.
    pub fn render(&self) -> String {
        let s = &self.stats;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "replay: {} lines, {} posts, {} account events ({} of unknown type), {} skipped",
            self.lines,
            s.posts,
            s.account_events,
            s.unknown_event_types,
            self.skipped_total()
        );
        if !self.skipped.is_empty() {
            let parts: Vec<String> = self
                .skipped
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect();
            let _ = writeln!(out, "replay: skipped by reason: {}", parts.join(", "));
        }
        if !self.ignored.is_empty() {
            let parts: Vec<String> = self
                .ignored
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect();
            let _ = writeln!(
                out,
                "replay: not posts, ignored by reason: {}",
                parts.join(", ")
            );
        }
        let _ = writeln!(
            out,
            "replay: alerts {} (lock {}, takedown {}, review {}), campaign records {}, circuit-breaker records {}, shadow records {}, retweets covered by an earlier alert {}, duplicate posts dropped {}",
            s.alerts(),
            s.locks,
            s.takedowns,
            s.reviews,
            s.campaign_records,
            s.breaker_records,
            s.shadow_records,
            s.retweets_covered,
            s.duplicates
        );
        let _ = writeln!(
            out,
            "replay: {} accounts tracked at the end",
            self.accounts_tracked
        );
        let _ = writeln!(
            out,
            "replay: {:.3} s, {:.0} posts/s",
            self.elapsed.as_secs_f64(),
            self.posts_per_sec()
        );
        out
    }
}

/// Replays `input` through `detector`, writing every record as a JSON line to `out`.
///
/// # Errors
/// Only I/O errors reading `input` or writing `out`; bad lines are counted, not errors.
pub fn run<R: BufRead, W: Write, D: Write>(
    input: R,
    detector: &mut Detector,
    out: &mut W,
    diag: &mut D,
    opts: &ReplayOptions,
) -> io::Result<Summary> {
    run_observed(input, detector, out, diag, opts, &mut |_, _, _| {})
}

/// [`run`], calling `observe` after each post the detector decided (duplicates are dropped
/// before a decision) with its [`Decision`] and the records it produced
/// (labelled backtests and rule diffs watch a replay this way; the output is the same).
///
/// # Errors
/// As [`run`].
pub fn run_observed<R, W, D, F>(
    input: R,
    detector: &mut Detector,
    out: &mut W,
    diag: &mut D,
    opts: &ReplayOptions,
    observe: &mut F,
) -> io::Result<Summary>
where
    R: BufRead,
    W: Write,
    D: Write,
    F: FnMut(&Post, &Decision, &[Record]),
{
    let mut json = Vec::with_capacity(1024);
    let summary = run_with(
        input,
        detector,
        &mut |records: &[Record]| {
            for r in records {
                json.clear();
                serde_json::to_writer(&mut json, r).map_err(io::Error::other)?;
                json.push(b'\n');
                out.write_all(&json)?;
            }
            Ok(())
        },
        observe,
        diag,
        opts,
    )?;
    out.flush()?;
    Ok(summary)
}

/// Replays `input` through `detector`, handing the records of each input line to `emit` (a
/// sink: a file with rotation, a test collector) and each post to `observe`. The one replay
/// loop: [`run`] and [`run_observed`] are this with JSON lines written to a writer.
///
/// # Errors
/// I/O errors reading `input`, and whatever `emit` returns.
pub fn run_with<R: BufRead, D: Write>(
    input: R,
    detector: &mut Detector,
    emit: &mut dyn FnMut(&[Record]) -> io::Result<()>,
    observe: &mut dyn FnMut(&Post, &Decision, &[Record]),
    diag: &mut D,
    opts: &ReplayOptions,
) -> io::Result<Summary> {
    let start = Instant::now();
    let mut summary = Summary::default();
    let mut shown = 0u64;
    let mut records = Vec::new();
    let mut reader = LineReader::with_max_line_len(input, opts.max_line_bytes);
    while let Some(item) = reader.next_item() {
        let (line, result) = item?;
        match result {
            Ok(input) => {
                records.clear();
                let outcome = detector.process(&input, &mut records);
                if let (Outcome::Post(decision), Input::Post(p)) = (&outcome, &input) {
                    observe(p, decision, &records);
                }
                detector.recycle(outcome);
                if !records.is_empty() {
                    emit(&records)?;
                }
                summary.records += records.len() as u64;
            }
            Err(e) if e.is_ignored() => {
                *summary.ignored.entry(e.reason()).or_default() += 1;
            }
            Err(e) => {
                *summary.skipped.entry(e.reason()).or_default() += 1;
                if shown < opts.max_errors_shown {
                    writeln!(diag, "line {line}: skipped ({}): {e}", e.reason())?;
                    shown += 1;
                    if shown == opts.max_errors_shown {
                        writeln!(diag, "further skipped lines are counted, not shown")?;
                    }
                }
            }
        }
    }
    summary.lines = reader.line_number();
    summary.stats = detector.stats().clone();
    summary.accounts_tracked = detector.accounts_tracked();
    summary.elapsed = start.elapsed();
    Ok(summary)
}
