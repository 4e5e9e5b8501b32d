//! `replay`: run the detector over a file of posts, deterministically.
//!
//! Alerts go to `out` as JSON Lines (the envelope of [`crate::alert`]); each skipped line is
//! reported on `diag` with its line number and reason, and counted; the run never stops on a bad
//! line. Because every window runs on event time, the same input and rules give byte-identical
//! output on every run.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, BufRead, Write};
use std::time::{Duration, Instant};

use crate::pipeline::{Detector, Stats};
use crate::source::decode::decode_line;

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
            max_line_bytes: 1 << 20,
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
    pub records: u64,
    pub stats: Stats,
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
        let _ = writeln!(
            out,
            "replay: alerts {} (lock {}, takedown {}, review {}), campaign records {}, circuit-breaker records {}, shadow records {}, retweets covered by an earlier alert {}",
            s.alerts(),
            s.locks,
            s.takedowns,
            s.reviews,
            s.campaign_records,
            s.breaker_records,
            s.shadow_records,
            s.retweets_covered
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

/// Replays `input` through `detector`.
///
/// # Errors
/// Only I/O errors reading `input` or writing `out`; bad lines are counted, not errors.
pub fn run<R: BufRead, W: Write, D: Write>(
    mut input: R,
    detector: &mut Detector,
    out: &mut W,
    diag: &mut D,
    opts: &ReplayOptions,
) -> io::Result<Summary> {
    let start = Instant::now();
    let mut summary = Summary::default();
    let mut shown = 0u64;
    let mut records = Vec::new();
    let mut line = Vec::with_capacity(4096);
    let mut json = String::with_capacity(1024);
    loop {
        line.clear();
        let (n, too_long) = read_line_limited(&mut input, &mut line, opts.max_line_bytes)?;
        if n == 0 {
            break;
        }
        summary.lines += 1;
        let result = if too_long {
            Err(crate::source::decode::DecodeError::TooLarge {
                len: n,
                limit: opts.max_line_bytes,
            })
        } else {
            decode_line(&line)
        };
        match result {
            Ok(Some(item)) => {
                records.clear();
                detector.process(&item, &mut records);
                for r in &records {
                    json.clear();
                    json.push_str(&r.to_json());
                    json.push('\n');
                    out.write_all(json.as_bytes())?;
                }
                summary.records += records.len() as u64;
            }
            Ok(None) => {}
            Err(e) => {
                *summary.skipped.entry(e.reason()).or_default() += 1;
                if shown < opts.max_errors_shown {
                    writeln!(
                        diag,
                        "line {}: skipped ({}): {e}",
                        summary.lines,
                        e.reason()
                    )?;
                    shown += 1;
                    if shown == opts.max_errors_shown {
                        writeln!(diag, "further skipped lines are counted, not shown")?;
                    }
                }
            }
        }
    }
    out.flush()?;
    summary.stats = detector.stats().clone();
    summary.elapsed = start.elapsed();
    Ok(summary)
}

/// Reads one line into `buf` (without its `\n` / `\r\n`), keeping at most `limit` bytes.
/// Returns the line's full length (0 at end of input) and whether it was over the limit; an
/// over-long line is consumed to its end but not buffered.
fn read_line_limited<R: BufRead>(
    r: &mut R,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<(usize, bool)> {
    let mut total = 0usize;
    let mut over = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        let (take, done) = match memchr_nl(chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        total += take;
        if !over {
            if buf.len() + take > limit.saturating_add(2) {
                over = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        r.consume(take);
        if done {
            break;
        }
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
    if !over && buf.len() > limit {
        over = true;
    }
    Ok((total, over))
}

fn memchr_nl(s: &[u8]) -> Option<usize> {
    s.iter().position(|b| *b == b'\n')
}
