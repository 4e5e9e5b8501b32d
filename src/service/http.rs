//! The HTTP listener: metrics, health, the live alert stream, reload, and `/ingest`.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::extract::State;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::Stream;
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use super::reload::ReloadRequest;
use super::{Msg, Shared};
use crate::detect::load::ReloadTrigger;
use crate::source::decode::{DecodeError, decode_frame};

#[derive(Clone)]
struct App {
    shared: Arc<Shared>,
    queue: mpsc::Sender<Msg>,
    stop: CancellationToken,
}

pub(crate) fn router(
    shared: Arc<Shared>,
    queue: mpsc::Sender<Msg>,
    stop: CancellationToken,
) -> Router {
    Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(readyz))
        .route("/alerts", get(alerts_ws))
        .route("/alerts/sse", get(alerts_sse))
        .route("/rules/reload", post(reload))
        .route("/ingest", get(ingest))
        .with_state(App {
            shared,
            queue,
            stop,
        })
}

async fn metrics(State(app): State<App>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        app.shared.metrics.render(),
    )
        .into_response()
}

async fn readyz(State(app): State<App>) -> Response {
    if app.shared.ready() {
        (StatusCode::OK, "ready\n").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "upstream not connected\n").into_response()
    }
}

/// Constant-time comparison of the bearer token, when one is configured.
fn authorized(shared: &Shared, headers: &HeaderMap) -> bool {
    let Some(want) = &shared.token else {
        return true;
    };
    let got = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    got.len() == want.len()
        && got
            .bytes()
            .zip(want.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

async fn reload(State(app): State<App>, headers: HeaderMap) -> Response {
    if !authorized(&app.shared, &headers) {
        return (StatusCode::UNAUTHORIZED, "bearer token required\n").into_response();
    }
    let (tx, rx) = oneshot::channel();
    let req = ReloadRequest {
        trigger: ReloadTrigger::Http,
        reply: Some(tx),
    };
    if app.shared.reload_now.send(req).await.is_err() {
        return (StatusCode::SERVICE_UNAVAILABLE, "shutting down\n").into_response();
    }
    match rx.await {
        Ok(Ok(n)) => (
            StatusCode::OK,
            format!("{{\"status\":\"applied\",\"rules\":{n}}}\n"),
        )
            .into_response(),
        Ok(Err(errors)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            serde_json::json!({"status": "failed", "errors": errors}).to_string() + "\n",
        )
            .into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "shutting down\n").into_response(),
    }
}

/// The line a lagging stream client gets instead of the records it missed.
fn lagged_line(missed: u64) -> String {
    format!("{{\"kind\":\"lagged\",\"missed\":{missed}}}")
}

async fn alerts_ws(State(app): State<App>, ws: WebSocketUpgrade) -> Response {
    let rx = app.shared.alerts.subscribe();
    ws.on_upgrade(move |socket| stream_alerts(app, rx, socket))
}

async fn stream_alerts(app: App, mut rx: broadcast::Receiver<Arc<str>>, mut socket: WebSocket) {
    let m = &app.shared.metrics;
    m.stream_subscribers.inc();
    loop {
        tokio::select! {
            r = rx.recv() => {
                let text = match r {
                    Ok(line) => line.to_string(),
                    Err(broadcast::error::RecvError::Lagged(n)) => {
                        m.stream_lagged.inc_by(n);
                        lagged_line(n)
                    }
                    Err(broadcast::error::RecvError::Closed) => break,
                };
                if socket.send(Message::Text(text.into())).await.is_err() {
                    break;
                }
            }
            msg = socket.recv() => match msg {
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                Some(Ok(_)) => {}
            },
            () = app.stop.cancelled() => {
                let _ = socket.send(Message::Close(None)).await;
                break;
            }
        }
    }
    m.stream_subscribers.dec();
}

async fn alerts_sse(State(app): State<App>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let rx = app.shared.alerts.subscribe();
    app.shared.metrics.stream_subscribers.inc();
    let guard = SubscriberGuard(Arc::clone(&app.shared));
    let stop = app.stop.clone();
    let stream =
        futures_util::stream::unfold((rx, guard, stop), |(mut rx, guard, stop)| async move {
            let data = tokio::select! {
                r = rx.recv() => match r {
                    Ok(line) => line.to_string(),
                    Err(broadcast::error::RecvError::Lagged(n)) => {
                        guard.0.metrics.stream_lagged.inc_by(n);
                        lagged_line(n)
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                },
                () = stop.cancelled() => return None,
            };
            Some((Ok(Event::default().data(data)), (rx, guard, stop)))
        });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// Decrements the subscriber gauge when an SSE stream ends.
struct SubscriberGuard(Arc<Shared>);

impl Drop for SubscriberGuard {
    fn drop(&mut self) {
        self.0.metrics.stream_subscribers.dec();
    }
}

async fn ingest(
    State(app): State<App>,
    headers: HeaderMap,
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    // The token is checked before anything else, the websocket handshake included.
    if !authorized(&app.shared, &headers) {
        return (StatusCode::UNAUTHORIZED, "bearer token required\n").into_response();
    }
    let ws = match ws {
        Ok(ws) => ws,
        Err(rejection) => return rejection.into_response(),
    };
    let limit = app.shared.cfg.limits.max_frame_bytes;
    // Frames up to the hard ceiling are read and skipped (counted) when over `limit`; past the
    // ceiling the websocket library refuses them and the connection is closed.
    let ceiling = hard_ceiling(limit);
    ws.max_frame_size(ceiling)
        .max_message_size(ceiling)
        .on_upgrade(move |socket| ingest_socket(app, socket))
}

/// The largest frame read at all: bigger ones cost the connection, not memory.
pub(crate) fn hard_ceiling(limit: usize) -> usize {
    limit.saturating_mul(4).max(16 << 20)
}

async fn ingest_socket(app: App, mut socket: WebSocket) {
    loop {
        let msg = tokio::select! {
            m = socket.recv() => m,
            () = app.stop.cancelled() => break,
        };
        let data = match msg {
            Some(Ok(Message::Text(t))) => t.as_bytes().to_vec(),
            Some(Ok(Message::Binary(b))) => b.to_vec(),
            Some(Ok(Message::Close(_))) | None => break,
            Some(Ok(_)) => continue,
            Some(Err(e)) => {
                tracing::warn!(error = %e, "ingest connection error");
                app.shared
                    .metrics
                    .skipped
                    .with_label_values(&["protocol"])
                    .inc();
                break;
            }
        };
        if !forward_frame(&app.shared, &app.queue, &data, Instant::now()).await {
            break;
        }
    }
}

/// Decodes one websocket frame and queues its messages (waiting for room: backpressure).
/// Returns false when the detector is gone.
pub(crate) async fn forward_frame(
    shared: &Shared,
    queue: &mpsc::Sender<Msg>,
    data: &[u8],
    received: Instant,
) -> bool {
    let m = &shared.metrics;
    if data.len() > shared.cfg.limits.max_frame_bytes {
        m.messages_received.inc();
        let e = DecodeError::TooLarge {
            len: data.len(),
            limit: shared.cfg.limits.max_frame_bytes,
        };
        m.skipped.with_label_values(&[e.reason()]).inc();
        tracing::warn!(error = %e, "frame skipped");
        return true;
    }
    for item in decode_frame(data) {
        m.messages_received.inc();
        match item {
            Ok(input) => {
                if queue.send(Msg::Input(input, received)).await.is_err() {
                    return false;
                }
            }
            Err(e) => {
                m.skipped.with_label_values(&[e.reason()]).inc();
                tracing::debug!(error = %e, "message skipped");
            }
        }
    }
    m.queue_depth
        .with_label_values(&["detector"])
        .set((queue.max_capacity() - queue.capacity()) as i64);
    true
}
