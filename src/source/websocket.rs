//! The upstream websocket (client mode): connect, read frames into the consumer's queue, keep
//! the connection alive with pings, and on any disconnect reconnect forever with capped
//! exponential backoff and full jitter, resuming from the last processed event time.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_util::sync::CancellationToken;

use crate::detect::event::Input;
use crate::source::forward::Forwarder;

/// The upstream websocket the service reads posts from (client mode).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SourceConfig {
    /// `ws://` or `wss://` URL; none: only producers pushing to `/ingest`.
    pub url: Option<String>,
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

/// What the upstream client shares with its consumer.
#[derive(Debug, Default)]
pub struct UpstreamState {
    /// Latest event time processed, unix microseconds (the resume cursor); 0: none yet. The
    /// consumer advances it; the client reads it on every reconnect.
    pub cursor: AtomicI64,
    /// True while the client is connected.
    pub connected: AtomicBool,
}

impl UpstreamState {
    /// Not connected, resuming from `cursor` (unix microseconds; 0: from now).
    pub fn new(cursor: i64) -> UpstreamState {
        UpstreamState {
            cursor: AtomicI64::new(cursor),
            connected: AtomicBool::new(false),
        }
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
    M: From<(Input, Instant)> + Send,
{
    let mut failures: u32 = 0;
    let mut rng = fastrand::Rng::new();
    loop {
        let target = resume_url(
            &url,
            &cfg.resume_param,
            state.cursor.load(Ordering::Relaxed),
            cfg.resume_rewind_ms,
        );
        let outcome = connection(&target, &cfg, &state, &forward, &stop).await;
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

async fn connection<M: From<(Input, Instant)>>(
    url: &str,
    cfg: &SourceConfig,
    state: &UpstreamState,
    forward: &Forwarder<M>,
    stop: &CancellationToken,
) -> Result<(), Disconnect> {
    let mut ws_cfg = WebSocketConfig::default();
    let ceiling = forward.hard_ceiling();
    ws_cfg.max_frame_size = Some(ceiling);
    ws_cfg.max_message_size = Some(ceiling);
    let connect = tokio_tungstenite::connect_async_with_config(url, Some(ws_cfg), false);
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
                if !forward.forward(&data, last_frame).await {
                    return Err(Disconnect::ConsumerGone);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::resume_url;

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
