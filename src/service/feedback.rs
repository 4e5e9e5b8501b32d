//! `POST /feedback`: moderators confirm, dismiss or escalate alerts
//! ([`crate::detect::verdict`], `docs/verdicts.md`), and the service keeps every verdict in
//! `DATA_DIR/verdicts.jsonl`, the file backtests (`replay --verdicts`) and `train` read.
//!
//! Why it is strict:
//! - **Never anonymous.** A verdict changes what the model learns, so the endpoint needs the
//!   API's bearer token, like every API route ([`super::access`]); with no token configured it refuses
//!   every request (403) rather than accept verdicts from anyone who can reach the port.
//! - **All or nothing.** A body with one bad line is refused whole (422, every bad line with
//!   its number) and nothing is stored: a client that retries after fixing its line must not
//!   store the good lines twice, nor learn which half went in.
//! - **Durable before 200.** The lines are written and `fsync`ed (`File::sync_data`) before the
//!   answer, so a verdict acknowledged is a verdict kept, through a crash or a power loss.
//! - **One writer.** Appends go through one lock, each request's lines in one `write`, so
//!   concurrent requests never interleave lines.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::{Shared, limits};
use crate::detect::verdict::{self, Verdict, VerdictError};

/// The verdict file inside the data directory.
pub const VERDICTS_FILE: &str = "verdicts.jsonl";

/// The verdict file, opened once at startup and appended by one writer at a time.
pub(crate) struct VerdictLog {
    path: PathBuf,
    file: Arc<Mutex<File>>,
}

impl VerdictLog {
    /// Opens (or creates) `data_dir/verdicts.jsonl` for appending.
    ///
    /// A last line without its newline (a write torn by a crash: never acknowledged) is ended
    /// with one, so the next verdict starts on a line of its own and readers skip the torn
    /// line as one bad line. Nothing is ever cut: the file holds moderators' work.
    ///
    /// # Errors
    /// The directory or the file cannot be created, read or written.
    pub fn open(data_dir: &Path) -> io::Result<VerdictLog> {
        std::fs::create_dir_all(data_dir)?;
        let path = data_dir.join(VERDICTS_FILE);
        let existed = path.exists();
        let mut file = OpenOptions::new()
            .create(true)
            .read(true)
            .append(true)
            .open(&path)?;
        let len = file.metadata()?.len();
        if len > 0 {
            let mut last = [0u8];
            file.seek(SeekFrom::End(-1))?;
            file.read_exact(&mut last)?;
            if last[0] != b'\n' {
                tracing::warn!(path = %path.display(), "verdict file ends in a torn line: ended it");
                file.write_all(b"\n")?;
                file.sync_data()?;
            }
        }
        if !existed {
            // The new file's name must be durable too, or a power loss could take the
            // fsynced verdicts with it.
            File::open(data_dir)?.sync_all()?;
        }
        Ok(VerdictLog {
            path,
            file: Arc::new(Mutex::new(file)),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends `verdicts`, one line each, in one write, then `sync_data`. On a failed write
    /// the file is cut back to where it was, so a refused request leaves no partial line.
    ///
    /// # Errors
    /// The write or the sync failed: nothing is acknowledged.
    pub async fn append(&self, verdicts: &[Verdict]) -> io::Result<()> {
        let mut buf = String::new();
        for v in verdicts {
            buf.push_str(&v.to_line());
            buf.push('\n');
        }
        let file = Arc::clone(&self.file);
        // File I/O and fsync block: off the async workers, under the one lock.
        tokio::task::spawn_blocking(move || {
            let mut f = file
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let before = f.metadata()?.len();
            let written = f.write_all(buf.as_bytes()).and_then(|()| f.sync_data());
            if written.is_err() {
                let _ = f.set_len(before);
            }
            written
        })
        .await
        .map_err(io::Error::other)?
    }
}

/// The `/feedback` handler (behind the API's bearer token, [`super::access`]): size,
/// validation, durable append, metrics.
pub(crate) async fn post(
    shared: &Shared,
    queue: &tokio::sync::mpsc::Sender<super::Msg>,
    headers: &HeaderMap,
    body: Body,
) -> Response {
    let m = &shared.metrics;
    // The size limit is `http.limits.feedback_body_bytes` (thousands of verdicts by default).
    let limit = shared.limits.feedback_body_bytes;
    let body = match limits::read_body(limit, headers, body).await {
        Ok(b) => b,
        Err(limits::BodyError::TooLarge) => {
            m.verdicts_rejected.inc();
            shared.limits.count("feedback", "too_large");
            return limits::too_large(limit, "http.limits.feedback_body_bytes");
        }
        Err(limits::BodyError::Read(e)) => {
            return (
                StatusCode::BAD_REQUEST,
                format!("cannot read the body: {e}\n"),
            )
                .into_response();
        }
    };
    let verdicts = match parse_body(&body) {
        Ok(v) => v,
        Err(errors) => {
            m.verdicts_rejected.inc_by(errors.len() as u64);
            tracing::info!(bad_lines = errors.len(), "verdicts refused");
            let errors: Vec<_> = errors
                .iter()
                .map(|(line, e)| serde_json::json!({"line": line, "error": e}))
                .collect();
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                serde_json::json!({"status": "refused", "stored": 0, "errors": errors}).to_string()
                    + "\n",
            )
                .into_response();
        }
    };
    if let Err(e) = shared.verdicts.append(&verdicts).await {
        tracing::error!(error = %e, path = %shared.verdicts.path().display(), "cannot store verdicts");
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("cannot store verdicts: {e}\n"),
        )
            .into_response();
    }
    for v in &verdicts {
        m.verdicts.with_label_values(&[v.verdict.as_str()]).inc();
    }
    if let Some(c) = &shared.console {
        c.note_verdicts(&verdicts);
    }
    let stored = verdicts.len();
    send_records(queue, verdicts).await;
    tracing::info!(stored, "verdicts stored");
    (StatusCode::OK, format!("{{\"stored\":{stored}}}\n")).into_response()
}

/// Sends stored verdicts to the detector thread, which writes them to the sinks as `verdict`
/// records. They are already durable in the verdict file: if the service is shutting down,
/// only the records are lost, never the verdicts.
pub(crate) async fn send_records(
    queue: &tokio::sync::mpsc::Sender<super::Msg>,
    verdicts: Vec<Verdict>,
) {
    if queue.send(super::Msg::Verdicts(verdicts)).await.is_err() {
        tracing::warn!("shutting down: verdict records not sent to the sinks");
    }
}

/// The verdicts of a body: JSON Lines (one object is one line), or a single object
/// pretty-printed over several lines. Any bad line refuses the body: every bad line is
/// returned, with its 1-based number. Public for the `bodies` fuzz target.
pub fn parse_body(body: &[u8]) -> Result<Vec<Verdict>, Vec<(usize, String)>> {
    let lines = |errors: Vec<(usize, VerdictError)>| {
        errors
            .into_iter()
            .map(|(n, e)| (n, e.to_string()))
            .collect()
    };
    let file = verdict::read_verdicts(body).expect("reading a byte slice cannot fail");
    if file.errors.is_empty() && !file.verdicts.is_empty() {
        return Ok(file.verdicts);
    }
    if let Ok(serde_json::Value::Object(obj)) = serde_json::from_slice(body) {
        let line = serde_json::Value::Object(obj).to_string();
        return Verdict::parse(&line)
            .map(|v| vec![v])
            .map_err(|e| lines(vec![(1, e)]));
    }
    if file.errors.is_empty() {
        return Err(vec![(
            1,
            "no verdict in the body: send one verdict object, or JSON Lines of them".into(),
        )]);
    }
    Err(lines(file.errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    const V: &str = r#"{"post_id":"p","account_id":"a","verdict":"confirmed","by":"m","at":"2026-11-27T10:00:00Z"}"#;

    #[test]
    fn bodies_are_lines_or_one_pretty_object() {
        let two = format!("{V}\n\n{}\n", V.replace("confirmed", "dismissed"));
        assert_eq!(parse_body(two.as_bytes()).unwrap().len(), 2);
        let pretty =
            serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(V).unwrap())
                .unwrap();
        assert!(pretty.contains('\n'));
        let one = parse_body(pretty.as_bytes()).unwrap();
        assert_eq!(one[0].post_id, "p");

        let bad = format!("{V}\n{}\n{V}\n{{\n", V.replace("\"by\":\"m\",", ""));
        let errors = parse_body(bad.as_bytes()).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(errors[0], (2, "missing `by`".into()));
        assert_eq!(errors[1].0, 4);

        for empty in ["", "\n \n"] {
            let e = parse_body(empty.as_bytes()).unwrap_err();
            assert_eq!(e.len(), 1);
            assert!(e[0].1.starts_with("no verdict"), "{:?}", e[0]);
        }
    }

    #[tokio::test]
    async fn appends_survive_a_reopen_and_a_torn_tail_is_ended() {
        let dir = tempfile::tempdir().unwrap();
        let v = Verdict::parse(V).unwrap();
        let log = VerdictLog::open(dir.path()).unwrap();
        log.append(&[v.clone(), v.clone()]).await.unwrap();
        drop(log);
        let path = dir.path().join(VERDICTS_FILE);
        // A crash in the middle of a write.
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(br#"{"post_id":"torn"#).unwrap();
        drop(f);
        let log = VerdictLog::open(dir.path()).unwrap();
        log.append(std::slice::from_ref(&v)).await.unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let read = verdict::read_verdicts(text.as_bytes()).unwrap();
        assert_eq!(read.verdicts, vec![v.clone(), v.clone(), v]);
        assert_eq!(read.errors.len(), 1);
        assert_eq!(read.errors[0].0, 3, "the torn line is a line of its own");
    }
}
