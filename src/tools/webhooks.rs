//! `scamwatch webhooks status` and `scamwatch webhooks requeue`: the operators' escape hatches
//! for the durable webhooks (`docs/delivery.md#operating-the-outboxes`).
//!
//! Why they talk to the running `serve` by default (its authenticated API, `GET /webhooks`
//! and `POST /webhooks/requeue`) rather than open the data directory: the outboxes belong to
//! the process that delivers them. It holds each one's `LOCK`, keeps the attempt counts and
//! the in-flight requests in memory, and appends dead letters while it runs; a second process
//! rewriting `dead-letter.jsonl` or appending segments under it would race the dispatcher, and
//! records it requeued would wait for the next restart. Asked over the API, the service does
//! the requeue itself, under its outbox lock, and delivers at once.
//!
//! With `--data-dir` they work offline, for a service that is stopped (or will not start): they
//! take each outbox's lock like a service would, so they are refused while one runs, and what
//! they requeue is delivered when `serve` next starts.

use std::path::{Path, PathBuf};

use crate::sink::outbox::Outbox;
use crate::sink::{HookStatus, SinkError};

/// Where the outboxes are reached.
#[derive(Debug)]
pub enum Target {
    /// A running `serve`: its base URL (`http://127.0.0.1:8080`), the API token, and a CA
    /// bundle to trust for an `https://` URL.
    Service {
        url: String,
        token: String,
        ca: Option<PathBuf>,
    },
    /// The data directory of a stopped service.
    DataDir(PathBuf),
}

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum WebhooksError {
    #[error(
        "no API token: set SCAMWATCH_HTTP_TOKEN (or the variable named by --token-env), or pass \
         --token-file"
    )]
    NoToken,
    #[error(transparent)]
    Secret(#[from] crate::service::access::SecretError),
    #[error("--cacert {}: {reason}", .path.display())]
    CaCert { path: PathBuf, reason: String },
    #[error(
        "{url}: {reason} (is `scamwatch serve` running there? --url, or --data-dir when it is stopped)"
    )]
    Request { url: String, reason: String },
    #[error("{url}: HTTP {status}: {body}")]
    Status {
        url: String,
        status: u16,
        body: String,
    },
    #[error("{url}: unexpected answer: {reason}")]
    Answer { url: String, reason: String },
    #[error(
        "the outbox {} is in use by a running `scamwatch serve`: ask it over its API (--url) \
         instead, or stop it first", .0.display()
    )]
    InUse(PathBuf),
    #[error("no webhook named `{hook}` in {}", .dir.display())]
    NoSuchHook { hook: String, dir: PathBuf },
    #[error("cannot list {}: {source}", .path.display())]
    List {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Sink(SinkError),
}

impl From<SinkError> for WebhooksError {
    fn from(e: SinkError) -> Self {
        match e {
            SinkError::Locked { path } => WebhooksError::InUse(path),
            e => WebhooksError::Sink(e),
        }
    }
}

/// How many dead letters went back, per hook (in name order).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Requeued {
    pub per_hook: Vec<(String, u64)>,
}

impl Requeued {
    pub fn total(&self) -> u64 {
        self.per_hook.iter().map(|(_, n)| n).sum()
    }
}

/// Each hook's status.
///
/// # Errors
/// The service cannot be reached or refuses; offline, an outbox in use or unreadable.
pub async fn status(target: &Target) -> Result<Vec<HookStatus>, WebhooksError> {
    match target {
        Target::Service { url, token, ca } => {
            let url = format!("{}/webhooks", url.trim_end_matches('/'));
            let body = send(client(ca.as_deref())?.get(&url), &url, token).await?;
            #[derive(serde::Deserialize)]
            struct Page {
                hooks: Vec<HookStatus>,
            }
            let page: Page = serde_json::from_str(&body).map_err(|e| WebhooksError::Answer {
                url,
                reason: e.to_string(),
            })?;
            Ok(page.hooks)
        }
        Target::DataDir(dir) => {
            let dir = dir.clone();
            blocking(move || offline_status(&dir)).await
        }
    }
}

/// Moves dead letters back into the outboxes: every hook's or `hook`'s, all or those with the
/// id `id`.
///
/// # Errors
/// The service cannot be reached or refuses (a hook it does not have: 404); offline, an
/// outbox in use, a hook that has no outbox, a file that cannot be rewritten.
pub async fn requeue(
    target: &Target,
    hook: Option<&str>,
    id: Option<&str>,
) -> Result<Requeued, WebhooksError> {
    match target {
        Target::Service { url, token, ca } => {
            let url = format!("{}/webhooks/requeue", url.trim_end_matches('/'));
            let req = client(ca.as_deref())?
                .post(&url)
                .json(&serde_json::json!({ "hook": hook, "id": id }));
            let body = send(req, &url, token).await?;
            let v: serde_json::Value =
                serde_json::from_str(&body).map_err(|e| WebhooksError::Answer {
                    url: url.clone(),
                    reason: e.to_string(),
                })?;
            let per_hook = v["requeued"]
                .as_object()
                .ok_or_else(|| WebhooksError::Answer {
                    url,
                    reason: "no `requeued` object".into(),
                })?
                .iter()
                .map(|(k, n)| (k.clone(), n.as_u64().unwrap_or(0)))
                .collect();
            Ok(Requeued { per_hook })
        }
        Target::DataDir(dir) => {
            let (dir, hook, id) = (
                dir.clone(),
                hook.map(str::to_string),
                id.map(str::to_string),
            );
            blocking(move || offline_requeue(&dir, hook.as_deref(), id.as_deref())).await
        }
    }
}

/// The status table (`--json` prints the objects instead).
pub fn render_status(hooks: &[HookStatus]) -> String {
    let mut out = format!(
        "{:<24} {:>9} {:>9} {:>10} {:>12} {:>15}\n",
        "hook", "pending", "in_flight", "delivered", "dead_letters", "oldest_pending"
    );
    for h in hooks {
        let delivered = h.delivered.map_or_else(|| "-".into(), |d| d.to_string());
        let oldest = h
            .oldest_pending_age_secs
            .map_or_else(|| "-".into(), |s| format!("{s}s"));
        out.push_str(&format!(
            "{:<24} {:>9} {:>9} {:>10} {:>12} {:>15}\n",
            h.name, h.pending, h.in_flight, delivered, h.dead_letters, oldest
        ));
    }
    if hooks.is_empty() {
        out.push_str("(no webhooks)\n");
    }
    out
}

fn client(ca: Option<&Path>) -> Result<reqwest::Client, WebhooksError> {
    let mut b = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(60))
        .redirect(reqwest::redirect::Policy::none());
    if let Some(path) = ca {
        let bad = |reason: String| WebhooksError::CaCert {
            path: path.to_path_buf(),
            reason,
        };
        let pem = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| bad(e.to_string()))?;
        if certs.is_empty() {
            return Err(bad("holds no certificate".into()));
        }
        for c in certs {
            b = b.add_root_certificate(c);
        }
    }
    b.build().map_err(|e| WebhooksError::CaCert {
        path: ca.map(Path::to_path_buf).unwrap_or_default(),
        reason: e.to_string(),
    })
}

async fn send(
    req: reqwest::RequestBuilder,
    url: &str,
    token: &str,
) -> Result<String, WebhooksError> {
    let fail = |e: reqwest::Error| WebhooksError::Request {
        url: url.to_string(),
        reason: error_chain(&e),
    };
    let resp = req.bearer_auth(token).send().await.map_err(fail)?;
    let status = resp.status();
    let body = resp.text().await.map_err(fail)?;
    if !status.is_success() {
        return Err(WebhooksError::Status {
            url: url.to_string(),
            status: status.as_u16(),
            body: body.trim().to_string(),
        });
    }
    Ok(body)
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(c) = src {
        s.push_str(": ");
        s.push_str(&c.to_string());
        src = c.source();
    }
    s
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, WebhooksError> + Send + 'static,
) -> Result<T, WebhooksError> {
    tokio::task::spawn_blocking(f)
        .await
        .expect("the offline task does not panic")
}

/// The outbox directories under `data_dir/webhook/`, by name.
fn outboxes(data_dir: &Path) -> Result<Vec<(String, PathBuf)>, WebhooksError> {
    let root = data_dir.join("webhook");
    let rd = match std::fs::read_dir(&root) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(WebhooksError::List { path: root, source }),
    };
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|source| WebhooksError::List {
            path: root.clone(),
            source,
        })?;
        if ent.file_type().is_ok_and(|t| t.is_dir()) {
            out.push((ent.file_name().to_string_lossy().into_owned(), ent.path()));
        }
    }
    out.sort();
    Ok(out)
}

/// Opening an outbox recovers it as a start would (fully acknowledged segments are removed,
/// torn ones renamed), under its lock.
fn offline_status(data_dir: &Path) -> Result<Vec<HookStatus>, WebhooksError> {
    let now_ms = chrono::Utc::now().timestamp_millis();
    outboxes(data_dir)?
        .into_iter()
        .map(|(name, dir)| {
            let (outbox, recovery) = Outbox::open(&dir)?;
            let oldest = recovery.pending.iter().map(|p| p.enqueued_ms).min();
            Ok(HookStatus {
                name,
                pending: recovery.pending.len() as u64,
                in_flight: 0,
                delivered: None,
                dead_letters: outbox.dead_letter_count()? as u64,
                oldest_pending_age_secs: oldest.map(|t| ((now_ms - t).max(0) / 1000) as u64),
            })
        })
        .collect()
}

fn offline_requeue(
    data_dir: &Path,
    hook: Option<&str>,
    id: Option<&str>,
) -> Result<Requeued, WebhooksError> {
    let all = outboxes(data_dir)?;
    let chosen: Vec<_> = all
        .into_iter()
        .filter(|(name, _)| hook.is_none_or(|h| h == name))
        .collect();
    if let Some(h) = hook
        && chosen.is_empty()
    {
        return Err(WebhooksError::NoSuchHook {
            hook: h.to_string(),
            dir: data_dir.join("webhook"),
        });
    }
    let now_ms = chrono::Utc::now().timestamp_millis();
    let mut per_hook = Vec::new();
    for (name, dir) in chosen {
        let (mut outbox, _) = Outbox::open(&dir)?;
        let r = outbox.requeue_dead_letters(id, now_ms)?;
        per_hook.push((name, r.pending.len() as u64));
    }
    Ok(Requeued { per_hook })
}
