//! The upstream websocket (client mode): connect, read frames into the consumer's queue, keep
//! the connection alive with pings, and on any disconnect reconnect forever with capped
//! exponential backoff and full jitter, resuming from the last processed event time.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_util::sync::CancellationToken;

use crate::source::forward::{Forwarder, FromInput};

/// What the upstream speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// JSON Lines of any format of `docs/input.md` in text frames; resumes with `resume_param`.
    #[default]
    Websocket,
    /// Bluesky's Jetstream: `wantedCollections` added to the URL, resumes with `cursor`.
    Jetstream,
    /// Mastodon's streaming API: a bearer token, no cursor; after a reconnect the gap is
    /// backfilled from the REST timeline.
    Mastodon,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Websocket => "websocket",
            SourceKind::Jetstream => "jetstream",
            SourceKind::Mastodon => "mastodon",
        }
    }
}

/// The upstream websocket the service reads posts from (client mode).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SourceConfig {
    /// `ws://` or `wss://` URL; none: only producers pushing to `/ingest`. A `jetstream:` or
    /// `mastodon:` prefix (`jetstream:wss://HOST/subscribe`) sets `kind`.
    pub url: Option<String>,
    /// What the upstream speaks: `websocket` (default), `jetstream`, `mastodon`.
    pub kind: SourceKind,
    /// Jetstream: the collections asked for (`wantedCollections`), unless the URL names some.
    pub wanted_collections: Vec<String>,
    /// Mastodon: the name of an environment variable holding the access token.
    pub token_env: Option<String>,
    /// Mastodon: a file holding the access token (trailing whitespace ignored).
    pub token_file: Option<std::path::PathBuf>,
    /// Mastodon: the REST timeline the gap after a reconnect is backfilled from; none: derived
    /// from the streaming URL (`/api/v1/streaming?stream=public` → `/api/v1/timelines/public`).
    pub rest_url: Option<String>,
    /// Mastodon: at most this many REST pages (40 statuses each) per backfill.
    pub backfill_max_pages: u32,
    /// A ping is sent this often.
    pub ping_interval_secs: u64,
    /// The connection is dropped (and re-made) after this long without any frame, pong
    /// included.
    pub pong_timeout_secs: u64,
    pub connect_timeout_secs: u64,
    /// Reconnect backoff: exponential from `backoff_initial_ms`, capped at `backoff_max_ms`,
    /// with full jitter.
    pub backoff_initial_ms: u64,
    pub backoff_max_ms: u64,
    /// On reconnect, ask the upstream to resume from the last processed event time (unix
    /// microseconds, as Bluesky's Jetstream does) in this query parameter; empty: no resume.
    pub resume_param: String,
    /// Resume this far before the last processed event (duplicates are dropped by id).
    pub resume_rewind_ms: u64,
}

impl Default for SourceConfig {
    fn default() -> Self {
        SourceConfig {
            url: None,
            kind: SourceKind::Websocket,
            wanted_collections: vec![crate::source::decode::BLUESKY_POST_COLLECTION.into()],
            token_env: None,
            token_file: None,
            rest_url: None,
            backfill_max_pages: 10,
            ping_interval_secs: 15,
            pong_timeout_secs: 45,
            connect_timeout_secs: 10,
            backoff_initial_ms: 250,
            backoff_max_ms: 30_000,
            resume_param: "cursor".into(),
            resume_rewind_ms: 2_000,
        }
    }
}

impl SourceConfig {
    /// The upstream's kind and websocket URL: a `jetstream:` or `mastodon:` prefix on `url`
    /// wins over `kind`. None without a URL.
    pub fn target(&self) -> Option<(SourceKind, String)> {
        let url = self.url.as_deref()?;
        for (prefix, kind) in [
            ("jetstream:", SourceKind::Jetstream),
            ("mastodon:", SourceKind::Mastodon),
        ] {
            if let Some(rest) = url.strip_prefix(prefix) {
                return Some((kind, rest.to_string()));
            }
        }
        Some((self.kind, url.to_string()))
    }

    /// The Mastodon access token: the variable `token_env` names, else the file `token_file`.
    ///
    /// # Errors
    /// The variable is unset or empty, or the file cannot be read or is empty.
    pub fn token(&self) -> Result<Option<String>, String> {
        if let Some(v) = &self.token_env {
            return match std::env::var(v) {
                Ok(t) if !t.trim().is_empty() => Ok(Some(t.trim().to_string())),
                _ => Err(format!("source.token_env names {v}, which is not set")),
            };
        }
        if let Some(path) = &self.token_file {
            return match std::fs::read_to_string(path) {
                Ok(t) if !t.trim().is_empty() => Ok(Some(t.trim().to_string())),
                Ok(_) => Err(format!("source.token_file {} is empty", path.display())),
                Err(e) => Err(format!(
                    "source.token_file {} cannot be read: {e}",
                    path.display()
                )),
            };
        }
        Ok(None)
    }

    /// The REST timeline a Mastodon stream is backfilled from: `rest_url`, else derived from
    /// the streaming URL (`wss://H/api/v1/streaming?stream=public:local` →
    /// `https://H/api/v1/timelines/public?local=true`; `stream=hashtag&tag=T` →
    /// `https://H/api/v1/timelines/tag/T`).
    pub fn mastodon_rest_url(&self, stream_url: &str) -> Option<String> {
        if let Some(u) = &self.rest_url {
            return Some(u.clone());
        }
        let (scheme, rest) = stream_url.split_once("://")?;
        let scheme = if scheme == "wss" { "https" } else { "http" };
        let (host_path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let host = host_path.split('/').next()?;
        let param = |name: &str| {
            query
                .split('&')
                .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
        };
        let base = format!("{scheme}://{host}/api/v1/timelines");
        Some(match param("stream").unwrap_or("public") {
            "public:local" => format!("{base}/public?local=true"),
            "public:remote" => format!("{base}/public?remote=true"),
            "hashtag" | "hashtag:local" => format!("{base}/tag/{}", param("tag")?),
            _ => format!("{base}/public"),
        })
    }
}

/// `url` with Jetstream's `wantedCollections` parameters, unless it names some already.
pub fn jetstream_url(url: &str, collections: &[String]) -> String {
    if url.contains("wantedCollections=") || collections.is_empty() {
        return url.to_string();
    }
    let mut out = url.to_string();
    for (i, c) in collections.iter().enumerate() {
        let sep = if i == 0 && !url.contains('?') {
            '?'
        } else {
            '&'
        };
        out.push(sep);
        out.push_str("wantedCollections=");
        out.push_str(c);
    }
    out
}

/// What the upstream client shares with its consumer.
#[derive(Debug, Default)]
pub struct UpstreamState {
    /// Latest event time processed, unix microseconds (the resume cursor); 0: none yet. The
    /// consumer advances it; the client reads it on every reconnect.
    pub cursor: AtomicI64,
    /// True while the client is connected.
    pub connected: AtomicBool,
    /// Mastodon's resume position: the statuses sent to the consumer and not yet processed,
    /// and the newest one processed.
    mastodon: Mutex<MastodonResume>,
}

/// Mastodon has no cursor: the position to backfill from after a restart is the newest status
/// id the consumer has *processed* (so it agrees with the state checkpointed beside it). The
/// client notes each status it forwards (`uri`, `id`) in `pending`, in queue order; the
/// consumer, processing a post, drops the notes up to that post's id and keeps its status id.
#[derive(Debug, Default)]
struct MastodonResume {
    pending: VecDeque<(String, String)>,
    processed: Option<String>,
    /// Notes dropped because `pending` was full.
    evicted: u64,
}

/// Most statuses noted between the client and the consumer: past it the oldest notes go (a
/// note whose post never reached the detector, a status that did not decode, is dropped by the
/// next post processed; this bound is for a consumer that stopped).
const MASTODON_PENDING_MAX: usize = 1 << 16;

impl UpstreamState {
    /// Not connected, resuming from `cursor` (unix microseconds; 0: from now).
    pub fn new(cursor: i64) -> UpstreamState {
        UpstreamState {
            cursor: AtomicI64::new(cursor),
            connected: AtomicBool::new(false),
            mastodon: Mutex::default(),
        }
    }

    /// Resuming a Mastodon stream after status `id` (as saved by a checkpoint).
    pub fn with_mastodon_status(self, id: Option<String>) -> UpstreamState {
        self.lock_mastodon().processed = id;
        self
    }

    /// The newest Mastodon status id processed (`None`: none yet): where a restart backfills
    /// from.
    pub fn mastodon_status(&self) -> Option<String> {
        self.lock_mastodon().processed.clone()
    }

    /// The notes of forwarded statuses held ([`MASTODON_PENDING_MAX`] at most) and how many
    /// were dropped for room so far (for metrics).
    pub fn mastodon_pending(&self) -> (usize, u64) {
        let m = self.lock_mastodon();
        (m.pending.len(), m.evicted)
    }

    /// The consumer processed post `post_id` (a Mastodon status `uri`): its status id, if the
    /// client noted it, becomes the resume position.
    pub fn processed_mastodon(&self, post_id: &str) {
        let mut m = self.lock_mastodon();
        let Some(at) = m.pending.iter().position(|(uri, _)| uri == post_id) else {
            return;
        };
        let (_, id) = m.pending.drain(..=at).next_back().expect("at least one");
        if m.processed
            .as_deref()
            .is_none_or(|p| id_key(&id) > id_key(p))
        {
            m.processed = Some(id);
        }
    }

    /// The client forwards status `id` (`uri`).
    fn forwarding_mastodon(&self, uri: String, id: String) {
        let mut m = self.lock_mastodon();
        if m.pending.len() >= MASTODON_PENDING_MAX {
            m.pending.pop_front();
            m.evicted += 1;
        }
        m.pending.push_back((uri, id));
    }

    fn lock_mastodon(&self) -> std::sync::MutexGuard<'_, MastodonResume> {
        self.mastodon.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Why a connection ended.
#[derive(Debug, thiserror::Error)]
enum Disconnect {
    #[error("connect failed: {0}")]
    Connect(String),
    #[error("connect timed out")]
    ConnectTimeout,
    #[error("no frame for {0:?}: pong timeout")]
    PongTimeout(Duration),
    #[error("closed by the upstream")]
    Closed,
    #[error("read failed: {0}")]
    Read(String),
    #[error("the consumer stopped")]
    ConsumerGone,
    #[error("shutting down")]
    Shutdown,
}

/// Reads `url` into `forward` until `stop` is cancelled or the consumer is gone, reconnecting
/// on any disconnect.
pub async fn run<M>(
    url: String,
    cfg: SourceConfig,
    state: Arc<UpstreamState>,
    forward: Forwarder<M>,
    stop: CancellationToken,
) where
    M: FromInput + Send,
{
    let (kind, url) = cfg
        .target()
        .map_or((SourceKind::Websocket, url.clone()), |(k, u)| {
            (k, if u.is_empty() { url } else { u })
        });
    let mut mastodon = match kind {
        SourceKind::Mastodon => {
            let mut m = Mastodon::new(&cfg, &url);
            // After a restart: backfill from the last status the saved state has seen.
            if let Some(id) = state.mastodon_status() {
                tracing::info!(since = %id, "mastodon: resuming after the saved status");
                m.advance(&id);
            }
            Some(m)
        }
        _ => None,
    };
    let base = match kind {
        SourceKind::Jetstream => jetstream_url(&url, &cfg.wanted_collections),
        _ => url.clone(),
    };
    let mut failures: u32 = 0;
    let mut rng = fastrand::Rng::new();
    loop {
        let target = match kind {
            // Mastodon has no cursor: the gap is backfilled from the REST timeline.
            SourceKind::Mastodon => base.clone(),
            _ => resume_url(
                &base,
                &cfg.resume_param,
                state.cursor.load(Ordering::Relaxed),
                cfg.resume_rewind_ms,
            ),
        };
        let outcome = connection(&target, &cfg, &state, &forward, mastodon.as_mut(), &stop).await;
        state.connected.store(false, Ordering::Relaxed);
        forward.metrics().connected.set(0);
        match outcome {
            Ok(()) | Err(Disconnect::Shutdown) | Err(Disconnect::ConsumerGone) => break,
            Err(e) => {
                // A connection that delivered anything resets the backoff.
                if !matches!(e, Disconnect::Connect(_) | Disconnect::ConnectTimeout) {
                    failures = 0;
                }
                let cap = cfg.backoff_max_ms;
                let exp = cfg
                    .backoff_initial_ms
                    .saturating_mul(1u64 << failures.min(20))
                    .min(cap);
                let delay = Duration::from_millis(rng.u64(exp / 2..=exp.max(1)));
                failures = failures.saturating_add(1);
                forward.metrics().reconnects.inc();
                tracing::warn!(url = %url, error = %e, retry_in_ms = delay.as_millis() as u64, attempt = failures, "upstream disconnected; reconnecting");
                tokio::select! {
                    () = tokio::time::sleep(delay) => {}
                    () = stop.cancelled() => break,
                }
            }
        }
    }
}

/// `url` with the resume parameter set to `cursor - rewind` (microseconds), when resuming is
/// on and something was processed.
pub fn resume_url(url: &str, param: &str, cursor_us: i64, rewind_ms: u64) -> String {
    if param.is_empty() || cursor_us <= 0 {
        return url.to_string();
    }
    let from = (cursor_us - (rewind_ms as i64).saturating_mul(1000)).max(0);
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{param}={from}")
}

async fn connection<M: FromInput>(
    url: &str,
    cfg: &SourceConfig,
    state: &UpstreamState,
    forward: &Forwarder<M>,
    mut mastodon: Option<&mut Mastodon>,
    stop: &CancellationToken,
) -> Result<(), Disconnect> {
    let mut ws_cfg = WebSocketConfig::default();
    let ceiling = forward.hard_ceiling();
    ws_cfg.max_frame_size = Some(ceiling);
    ws_cfg.max_message_size = Some(ceiling);
    let mut request = url
        .into_client_request()
        .map_err(|e| Disconnect::Connect(e.to_string()))?;
    if let Some(token) = mastodon.as_ref().and_then(|m| m.token.as_deref()) {
        let value = format!("Bearer {token}")
            .parse()
            .map_err(|_| Disconnect::Connect("the token is not a valid header value".into()))?;
        request.headers_mut().insert("authorization", value);
    }
    let connect = tokio_tungstenite::connect_async_with_config(request, Some(ws_cfg), false);
    let (ws, _) = tokio::select! {
        r = tokio::time::timeout(Duration::from_secs(cfg.connect_timeout_secs), connect) => match r {
            Ok(Ok(ok)) => ok,
            Ok(Err(e)) => return Err(Disconnect::Connect(e.to_string())),
            Err(_) => return Err(Disconnect::ConnectTimeout),
        },
        () = stop.cancelled() => return Err(Disconnect::Shutdown),
    };
    tracing::info!(url, "upstream connected");
    state.connected.store(true, Ordering::Relaxed);
    forward.metrics().connected.set(1);
    // Mastodon after a reconnect: the statuses of the gap from the REST timeline first (the
    // live frames wait in the socket meanwhile; what both deliver is dropped by id).
    if let Some(m) = mastodon.as_deref_mut() {
        tokio::select! {
            ok = m.backfill(forward, state) => if !ok { return Err(Disconnect::ConsumerGone) },
            () = stop.cancelled() => return Err(Disconnect::Shutdown),
        }
    }
    let (mut tx, mut rx) = ws.split();
    let mut ping = tokio::time::interval(Duration::from_secs(cfg.ping_interval_secs));
    ping.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let timeout = Duration::from_secs(cfg.pong_timeout_secs);
    let mut last_frame = Instant::now();
    loop {
        tokio::select! {
            () = stop.cancelled() => {
                let _ = tx.send(Message::Close(None)).await;
                return Err(Disconnect::Shutdown);
            }
            _ = ping.tick() => {
                if last_frame.elapsed() > timeout {
                    return Err(Disconnect::PongTimeout(timeout));
                }
                if tx.send(Message::Ping(Vec::new().into())).await.is_err() {
                    return Err(Disconnect::Read("ping failed".into()));
                }
            }
            msg = rx.next() => {
                last_frame = Instant::now();
                let data = match msg {
                    Some(Ok(Message::Text(t))) => t.as_bytes().to_vec(),
                    Some(Ok(Message::Binary(b))) => b.to_vec(),
                    Some(Ok(Message::Close(_))) | None => return Err(Disconnect::Closed),
                    Some(Ok(_)) => continue,
                    Some(Err(e)) => {
                        forward.protocol_error();
                        return Err(Disconnect::Read(e.to_string()));
                    }
                };
                if let Some(m) = mastodon.as_deref_mut()
                    && let Some((uri, id)) = m.saw_frame(&data)
                {
                    state.forwarding_mastodon(uri, id);
                }
                if !forward.forward(&data, last_frame).await {
                    return Err(Disconnect::ConsumerGone);
                }
            }
        }
    }
}

/// A Mastodon stream's memory across reconnects: the newest status id seen, to backfill the
/// gap from.
struct Mastodon {
    token: Option<String>,
    rest_url: Option<String>,
    client: reqwest::Client,
    /// The newest status id seen (ids are decimal strings that sort by time).
    last_id: Option<String>,
    max_pages: u32,
}

/// A status's server id and ActivityPub `uri`.
#[derive(Default, Deserialize)]
struct StatusIds {
    id: Option<String>,
    uri: Option<String>,
}

/// Orders Mastodon ids: decimal strings, longer is larger.
fn id_key(id: &str) -> (usize, &str) {
    (id.len(), id)
}

impl Mastodon {
    fn new(cfg: &SourceConfig, stream_url: &str) -> Mastodon {
        let token = cfg.token().unwrap_or_else(|e| {
            tracing::error!(error = %e, "mastodon token unavailable: connecting without one");
            None
        });
        Mastodon {
            token,
            rest_url: cfg.mastodon_rest_url(stream_url),
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(cfg.connect_timeout_secs.max(1) * 3))
                .build()
                .expect("an HTTP client builds"),
            last_id: None,
            max_pages: cfg.backfill_max_pages,
        }
    }

    fn advance(&mut self, id: &str) {
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            return;
        }
        if self
            .last_id
            .as_deref()
            .is_none_or(|last| id_key(id) > id_key(last))
        {
            self.last_id = Some(id.to_string());
        }
    }

    /// Remembers the id of an `update` frame's status; returns its `uri` and id.
    fn saw_frame(&mut self, frame: &[u8]) -> Option<(String, String)> {
        #[derive(Deserialize)]
        struct Frame<'a> {
            #[serde(borrow)]
            event: Option<std::borrow::Cow<'a, str>>,
            payload: Option<String>,
        }
        let f = serde_json::from_slice::<Frame<'_>>(frame).ok()?;
        if f.event.as_deref() != Some("update") {
            return None;
        }
        let s = serde_json::from_str::<StatusIds>(&f.payload?).ok()?;
        let id = s.id?;
        self.advance(&id);
        Some((s.uri?, id))
    }

    /// Forwards the statuses newer than the last one seen, oldest first, page by page
    /// (`min_id`: `since_id` would return the newest page and leave a hole in a longer gap).
    /// Returns false when the consumer is gone. A failed request is logged and ends the
    /// backfill; the live stream goes on.
    async fn backfill<M: FromInput>(
        &mut self,
        forward: &Forwarder<M>,
        state: &UpstreamState,
    ) -> bool {
        let (Some(base), Some(_)) = (self.rest_url.clone(), self.last_id.as_ref()) else {
            return true;
        };
        let mut total = 0usize;
        for _ in 0..self.max_pages {
            let since = self.last_id.clone().unwrap_or_default();
            let sep = if base.contains('?') { '&' } else { '?' };
            let url = format!("{base}{sep}min_id={since}&limit=40");
            let mut req = self.client.get(&url);
            if let Some(t) = &self.token {
                req = req.bearer_auth(t);
            }
            let body = match req.send().await.and_then(|r| r.error_for_status()) {
                Ok(r) => r.bytes().await,
                Err(e) => Err(e),
            };
            let body = match body {
                Ok(b) => b,
                Err(e) => {
                    tracing::warn!(url = %base, error = %e, "mastodon backfill failed; the live stream goes on");
                    return true;
                }
            };
            let Ok(mut page) = serde_json::from_slice::<Vec<&serde_json::value::RawValue>>(&body)
            else {
                tracing::warn!(url = %base, "mastodon backfill: the timeline is not a JSON array");
                forward.protocol_error();
                return true;
            };
            let ids: Vec<StatusIds> = page
                .iter()
                .map(|r| serde_json::from_str::<StatusIds>(r.get()).unwrap_or_default())
                .collect();
            let key = |i: usize| id_key(ids[i].id.as_deref().unwrap_or(""));
            let mut order: Vec<usize> = (0..page.len()).collect();
            order.sort_by(|&a, &b| key(a).cmp(&key(b)));
            let n = page.len();
            for i in order {
                if let StatusIds {
                    id: Some(id),
                    uri: Some(uri),
                } = &ids[i]
                {
                    state.forwarding_mastodon(uri.clone(), id.clone());
                }
                if !forward
                    .forward(page[i].get().as_bytes(), Instant::now())
                    .await
                {
                    return false;
                }
                self.advance(ids[i].id.as_deref().unwrap_or(""));
            }
            page.clear();
            total += n;
            forward.metrics().backfilled.inc_by(n as u64);
            if n < 40 || self.last_id.as_deref() == Some(since.as_str()) {
                break;
            }
        }
        tracing::info!(statuses = total, "mastodon backfill done");
        true
    }
}

#[cfg(test)]
mod tests {
    use super::resume_url;

    #[test]
    fn jetstream_and_mastodon_urls() {
        use super::{SourceConfig, SourceKind, jetstream_url};
        let cols = vec!["app.bsky.feed.post".to_string()];
        assert_eq!(
            jetstream_url("wss://j.example/subscribe", &cols),
            "wss://j.example/subscribe?wantedCollections=app.bsky.feed.post"
        );
        assert_eq!(
            jetstream_url("wss://j.example/subscribe?wantedCollections=x", &cols),
            "wss://j.example/subscribe?wantedCollections=x"
        );
        let mut cfg = SourceConfig {
            url: Some("jetstream:wss://j.example/subscribe".into()),
            ..SourceConfig::default()
        };
        assert_eq!(
            cfg.target(),
            Some((SourceKind::Jetstream, "wss://j.example/subscribe".into()))
        );
        cfg.url = Some("wss://m.example/api/v1/streaming?stream=public".into());
        cfg.kind = SourceKind::Mastodon;
        assert_eq!(cfg.target().unwrap().0, SourceKind::Mastodon);
        for (stream, rest) in [
            (
                "wss://m.example/api/v1/streaming?stream=public",
                "https://m.example/api/v1/timelines/public",
            ),
            (
                "wss://m.example/api/v1/streaming?stream=public:local",
                "https://m.example/api/v1/timelines/public?local=true",
            ),
            (
                "ws://127.0.0.1:9/api/v1/streaming?stream=hashtag&tag=btc",
                "http://127.0.0.1:9/api/v1/timelines/tag/btc",
            ),
        ] {
            assert_eq!(cfg.mastodon_rest_url(stream).as_deref(), Some(rest));
        }
    }

    #[test]
    fn mastodon_resume_is_the_newest_status_processed() {
        use super::UpstreamState;
        let s = UpstreamState::new(0).with_mastodon_status(Some("100".into()));
        assert_eq!(s.mastodon_status().as_deref(), Some("100"));
        for (uri, id) in [("u/101", "101"), ("u/102", "102"), ("u/103", "103")] {
            s.forwarding_mastodon(uri.into(), id.into());
        }
        // Forwarded is not processed: the position moves only with the consumer.
        assert_eq!(s.mastodon_status().as_deref(), Some("100"));
        // 101 never decoded (no post): processing 102 passes it.
        s.processed_mastodon("u/102");
        assert_eq!(s.mastodon_status().as_deref(), Some("102"));
        // A post the client did not note (from /ingest, an edit) changes nothing.
        s.processed_mastodon("elsewhere/9");
        s.processed_mastodon("u/102#edit-2024");
        assert_eq!(s.mastodon_status().as_deref(), Some("102"));
        s.processed_mastodon("u/103");
        assert_eq!(s.mastodon_status().as_deref(), Some("103"));
    }

    #[test]
    fn resume_url_rewinds_and_appends() {
        assert_eq!(resume_url("ws://h/s", "cursor", 0, 2000), "ws://h/s");
        assert_eq!(resume_url("ws://h/s", "", 5_000_000, 2000), "ws://h/s");
        assert_eq!(
            resume_url("ws://h/s", "cursor", 5_000_000, 2000),
            "ws://h/s?cursor=3000000"
        );
        assert_eq!(
            resume_url("ws://h/s?a=1", "cursor", 5_000_000, 0),
            "ws://h/s?a=1&cursor=5000000"
        );
    }
}
