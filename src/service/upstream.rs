//! The upstream websocket (client mode): connect, read frames into the detector's queue, keep
//! the connection alive with pings, and on any disconnect reconnect forever with capped
//! exponential backoff and full jitter, resuming from the last processed event time.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_util::sync::CancellationToken;

use super::http::{forward_frame, hard_ceiling};
use super::{Msg, Shared};

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
    #[error("the detector stopped")]
    DetectorGone,
    #[error("shutting down")]
    Shutdown,
}

pub(crate) async fn run(
    url: String,
    shared: Arc<Shared>,
    queue: mpsc::Sender<Msg>,
    stop: CancellationToken,
) {
    let cfg = shared.cfg.source.clone();
    let mut failures: u32 = 0;
    let mut rng = fastrand::Rng::new();
    loop {
        let target = resume_url(
            &url,
            &cfg.resume_param,
            shared.cursor.load(Ordering::Relaxed),
            cfg.resume_rewind_ms,
        );
        let outcome = connection(&target, &shared, &queue, &stop).await;
        shared.upstream_connected.store(false, Ordering::Relaxed);
        shared.metrics.ws_connected.set(0);
        match outcome {
            Ok(()) | Err(Disconnect::Shutdown) | Err(Disconnect::DetectorGone) => break,
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
                shared.metrics.ws_reconnects.inc();
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
pub(crate) fn resume_url(url: &str, param: &str, cursor_us: i64, rewind_ms: u64) -> String {
    if param.is_empty() || cursor_us <= 0 {
        return url.to_string();
    }
    let from = (cursor_us - (rewind_ms as i64).saturating_mul(1000)).max(0);
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{param}={from}")
}

async fn connection(
    url: &str,
    shared: &Shared,
    queue: &mpsc::Sender<Msg>,
    stop: &CancellationToken,
) -> Result<(), Disconnect> {
    let cfg = &shared.cfg.source;
    let mut ws_cfg = WebSocketConfig::default();
    let ceiling = hard_ceiling(shared.cfg.limits.max_frame_bytes);
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
    shared.upstream_connected.store(true, Ordering::Relaxed);
    shared.metrics.ws_connected.set(1);
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
                        shared.metrics.skipped.with_label_values(&["protocol"]).inc();
                        return Err(Disconnect::Read(e.to_string()));
                    }
                };
                if !forward_frame(shared, queue, &data, last_frame).await {
                    return Err(Disconnect::DetectorGone);
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
