//! The HTTP listener: metrics, health, the live alert stream, reload, `/ingest`
//! ([`crate::source::ingest`]), `/feedback` ([`super::feedback`]) and, when configured, the
//! moderator console ([`super::console`]).
//!
//! Two routers, so that no route can be added without deciding who may use it: `/healthz` and
//! `/readyz` are open; every other API route sits behind [`access::require_token`] (the bearer
//! token, checked before any handler, handshake or body read); the console checks its own
//! sessions.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::Stream;
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use super::reload::ReloadRequest;
use super::{Msg, Shared, access};
use crate::detect::load::ReloadTrigger;
use crate::source::forward::Forwarder;
use crate::source::ingest::Ingest;

#[derive(Clone)]
struct App {
    shared: Arc<Shared>,
    /// `POST /ingest` bodies go here (its frame limit is `http.limits.ingest_body_bytes`).
    ingest: Forwarder<Msg>,
    /// Verdicts go to the sinks through the detector's queue; the server holds this sender
    /// (like the forwarder), so it is gone once the server stops.
    queue: mpsc::Sender<Msg>,
    stop: CancellationToken,
}

pub(crate) fn router(
    shared: Arc<Shared>,
    forward: Forwarder<Msg>,
    queue: mpsc::Sender<Msg>,
    stop: CancellationToken,
) -> Router {
    let post_ingest = Forwarder::new(
        queue.clone(),
        shared.metrics.source(),
        shared.limits.ingest_body_bytes,
    );
    // The token is checked by the middleware in front of `/ingest`, so the endpoint itself
    // is given none; the rate limit paces an open websocket's messages.
    let mut ingest = Ingest::new(forward, None, stop.clone());
    if shared.limits.ingest.is_some() {
        ingest = ingest.with_pace(pace(Arc::clone(&shared)));
    }
    let console = shared
        .console
        .clone()
        .map(|c| super::console::router(Arc::clone(&shared), c, queue.clone(), stop.clone()));
    let app = App {
        shared: Arc::clone(&shared),
        ingest: post_ingest,
        queue,
        stop,
    };
    let mut api = Router::new();
    if shared.cfg.http.metrics_listen.is_none() {
        api = api.route("/metrics", get(metrics));
    }
    let api = api
        .route("/alerts", get(alerts_ws))
        .route("/alerts/sse", get(alerts_sse))
        .route("/rules/reload", post(reload))
        .route(
            "/ingest",
            ingest
                .route()
                .post(ingest_post)
                .route_layer(axum::middleware::from_fn_with_state(
                    Arc::clone(&shared),
                    ingest_gate,
                )),
        )
        .route("/feedback", post(feedback))
        .route("/webhooks", get(webhooks_status))
        .route("/webhooks/requeue", post(webhooks_requeue))
        .route_layer(axum::middleware::from_fn_with_state(
            shared.access.clone(),
            access::require_token,
        ))
        .with_state(app.clone());
    let open = Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(readyz))
        .with_state(app);
    let router = open.merge(api);
    match console {
        Some(c) => router.merge(c),
        None => router,
    }
}

/// The router of `http.metrics_listen`: `/metrics` (behind the token unless
/// `http.metrics_auth = "none"`), and the health routes, so probes can use the private port.
pub(crate) fn metrics_router(shared: Arc<Shared>) -> Router {
    let mut page = Router::new().route("/metrics", get(metrics_page));
    if shared.cfg.http.metrics_auth == super::config::MetricsAuth::Token {
        page = page.route_layer(axum::middleware::from_fn_with_state(
            shared.access.clone(),
            access::require_token,
        ));
    }
    Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route(
            "/readyz",
            get(|shared: State<Arc<Shared>>| readyz_of(shared.0)),
        )
        .merge(page)
        .with_state(shared)
}

async fn metrics(State(app): State<App>) -> Response {
    metrics_page(State(app.shared)).await
}

async fn metrics_page(State(shared): State<Arc<Shared>>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        shared.metrics.render(),
    )
        .into_response()
}

/// The per-token rate limit in front of `/ingest` (after the token check): a request, or a
/// websocket handshake, takes one from the token's bucket, or gets 429 with `Retry-After`.
async fn ingest_gate(
    State(shared): State<Arc<Shared>>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    match shared.limits.admit_ingest(req.headers()) {
        Ok(()) => next.run(req).await,
        Err(wait) => super::limits::too_many(wait),
    }
}

/// Paces an open `/ingest` websocket by its token's bucket: each message waits for a token.
fn pace(shared: Arc<Shared>) -> crate::source::ingest::Pace {
    Arc::new(move |headers: &HeaderMap| {
        let token: Arc<str> = Arc::from(access::bearer(headers).unwrap_or(""));
        let shared = Arc::clone(&shared);
        Box::new(move || {
            let token = Arc::clone(&token);
            let shared = Arc::clone(&shared);
            Box::pin(async move {
                if shared.limits.throttle_ingest(&token).await {
                    shared.metrics.ingest_throttled.inc();
                }
            })
        })
    })
}

/// `POST /ingest`: a body of JSON Lines (any input format), decoded and queued like a
/// websocket frame. 202 once every line is in the detector's queue (a full queue holds the
/// answer back: backpressure), 413 over `http.limits.ingest_body_bytes`.
async fn ingest_post(State(app): State<App>, headers: HeaderMap, body: Body) -> Response {
    use super::limits::{self, BodyError};
    let limit = app.shared.limits.ingest_body_bytes;
    let body = match limits::read_body(limit, &headers, body).await {
        Ok(b) => b,
        Err(BodyError::TooLarge) => {
            app.shared.limits.count("ingest", "too_large");
            return limits::too_large(limit, "http.limits.ingest_body_bytes");
        }
        Err(BodyError::Read(e)) => {
            return (
                StatusCode::BAD_REQUEST,
                format!("cannot read the body: {e}\n"),
            )
                .into_response();
        }
    };
    if app.ingest.forward(&body, std::time::Instant::now()).await {
        (StatusCode::ACCEPTED, "{\"status\":\"queued\"}\n").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "shutting down\n").into_response()
    }
}

async fn readyz(State(app): State<App>) -> Response {
    readyz_of(app.shared).await
}

async fn readyz_of(shared: Arc<Shared>) -> Response {
    if shared.ready() {
        (StatusCode::OK, "ready\n").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "upstream not connected\n").into_response()
    }
}

async fn reload(State(app): State<App>) -> Response {
    reload_now(&app.shared).await
}

/// Asks the reload task for a reload now and answers with its outcome: 200 applied, 422 with
/// the errors (the previous rules keep running), 503 when shutting down. `POST /rules/reload`
/// and the console's admins share it.
pub(crate) async fn reload_now(shared: &Shared) -> Response {
    let (tx, rx) = oneshot::channel();
    let req = ReloadRequest {
        trigger: ReloadTrigger::Http,
        reply: Some(tx),
    };
    if shared.reload_now.send(req).await.is_err() {
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

async fn feedback(State(app): State<App>, headers: HeaderMap, body: Body) -> Response {
    super::feedback::post(&app.shared, &app.queue, &headers, body).await
}

/// `GET /webhooks`: where each hook stands (`scamwatch webhooks status`):
/// `{"hooks":[HookStatus…]}`.
async fn webhooks_status(State(app): State<App>) -> Response {
    let hooks = app.shared.webhooks.clone();
    // Counting dead letters reads a file: off the async workers.
    let r = tokio::task::spawn_blocking(move || {
        hooks
            .iter()
            .map(crate::sink::WebhookSink::status)
            .collect::<Result<Vec<_>, _>>()
    })
    .await;
    match r {
        Ok(Ok(hooks)) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            serde_json::json!({ "hooks": hooks }).to_string() + "\n",
        )
            .into_response(),
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response(),
    }
}

/// The body of `POST /webhooks/requeue`: which dead letters go back (all when empty).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequeueRequest {
    /// Only this hook's.
    #[serde(default)]
    pub hook: Option<String>,
    /// Only the records with this id (an alert id, the `id` of a dead-letter line).
    #[serde(default)]
    pub id: Option<String>,
}

impl RequeueRequest {
    /// A request body: empty (or blank) for every dead letter, else `{"hook"?, "id"?}`.
    ///
    /// # Errors
    /// What is wrong with the body, for a 400.
    pub fn parse(body: &[u8]) -> Result<RequeueRequest, String> {
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(RequeueRequest::default());
        }
        serde_json::from_slice(body)
            .map_err(|e| format!("the body is not {{\"hook\"?, \"id\"?}}: {e}"))
    }
}

/// `POST /webhooks/requeue` (`scamwatch webhooks requeue`): dead letters back into their
/// outboxes, by hook or by id, done by the process that owns the outboxes, under their locks.
/// `{"requeued":{"HOOK":N,…},"total":N}`; 404 for a hook that does not exist.
async fn webhooks_requeue(State(app): State<App>, headers: HeaderMap, body: Body) -> Response {
    let bad = |m: String| (StatusCode::BAD_REQUEST, m).into_response();
    let body = match super::limits::read_body(64 << 10, &headers, body).await {
        Ok(b) => b,
        Err(super::limits::BodyError::TooLarge) => {
            return super::limits::too_large(64 << 10, "a requeue request");
        }
        Err(super::limits::BodyError::Read(e)) => {
            return bad(format!("cannot read the body: {e}\n"));
        }
    };
    let req = match RequeueRequest::parse(&body) {
        Ok(r) => r,
        Err(e) => return bad(format!("{e}\n")),
    };
    let hooks: Vec<_> = app
        .shared
        .webhooks
        .iter()
        .filter(|h| req.hook.as_deref().is_none_or(|n| n == h.name()))
        .cloned()
        .collect();
    if let Some(name) = &req.hook
        && hooks.is_empty()
    {
        return (
            StatusCode::NOT_FOUND,
            format!("no webhook named `{name}`\n"),
        )
            .into_response();
    }
    let id = req.id.clone();
    // File I/O and fsync: off the async workers.
    let done = tokio::task::spawn_blocking(move || {
        let mut out = serde_json::Map::new();
        let mut total = 0;
        for h in &hooks {
            let n = h
                .requeue_dead_letters_matching(id.as_deref())
                .map_err(|e| format!("{}: {e}", h.name()))?;
            total += n;
            out.insert(h.name().to_string(), n.into());
        }
        Ok::<_, String>(serde_json::json!({ "requeued": out, "total": total }))
    })
    .await;
    match done {
        Ok(Ok(v)) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            v.to_string() + "\n",
        )
            .into_response(),
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, e + "\n").into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response(),
    }
}

/// The line a lagging stream client gets instead of the records it missed.
fn lagged_line(missed: u64) -> String {
    format!("{{\"kind\":\"lagged\",\"missed\":{missed}}}")
}

/// What a stream client gets for one receive: the record's line, or the lagged line (the
/// missed records counted); `None` once the stream has ended.
fn stream_text(
    r: Result<Arc<str>, broadcast::error::RecvError>,
    m: &super::telemetry::Metrics,
) -> Option<String> {
    match r {
        Ok(line) => Some(line.to_string()),
        Err(broadcast::error::RecvError::Lagged(n)) => {
            m.stream_lagged.inc_by(n);
            Some(lagged_line(n))
        }
        Err(broadcast::error::RecvError::Closed) => None,
    }
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
                let Some(text) = stream_text(r, m) else {
                    break;
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
                r = rx.recv() => stream_text(r, &guard.0.metrics)?,
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

#[cfg(test)]
mod tests {
    use super::RequeueRequest;

    #[test]
    fn requeue_bodies_name_a_hook_an_id_or_nothing() {
        let all = RequeueRequest::parse(b" \n").unwrap();
        assert_eq!((all.hook, all.id), (None, None));
        let one = RequeueRequest::parse(br#"{"hook":"takedown","id":"al-1"}"#).unwrap();
        assert_eq!(one.hook.as_deref(), Some("takedown"));
        assert_eq!(one.id.as_deref(), Some("al-1"));
        for bad in [&br#"{"hooks":"x"}"#[..], b"\"x\"", b"{", b"\xff"] {
            let e = RequeueRequest::parse(bad).unwrap_err();
            assert!(e.starts_with("the body is not"), "{e}");
        }
    }
}
