//! The `/ingest` endpoint: producers push frames over a websocket (server mode), decoded and
//! queued exactly like the upstream client's ([`super::forward`]). The consumer mounts
//! [`Ingest::route`] on its HTTP router.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::State;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use futures_util::future::BoxFuture;
use tokio_util::sync::CancellationToken;

use crate::source::forward::{Forwarder, FromInput};

/// Paces one connection's messages: called before each message is read, its future ends when
/// the message may go (the service's per-token rate limit slows a producer down this way
/// instead of dropping what it sends).
pub type Pacer = Box<dyn FnMut() -> BoxFuture<'static, ()> + Send>;

/// Makes the [`Pacer`] of a new connection from its request headers.
pub type Pace = Arc<dyn Fn(&HeaderMap) -> Pacer + Send + Sync>;

/// The endpoint's state: where frames go, the bearer token it requires (if any), how to pace
/// a connection, and when to stop reading.
pub struct Ingest<M> {
    forward: Forwarder<M>,
    token: Option<Arc<str>>,
    pace: Option<Pace>,
    stop: CancellationToken,
}

impl<M> Clone for Ingest<M> {
    fn clone(&self) -> Self {
        Ingest {
            forward: self.forward.clone(),
            token: self.token.clone(),
            pace: self.pace.clone(),
            stop: self.stop.clone(),
        }
    }
}

impl<M> Ingest<M>
where
    M: FromInput + Send + 'static,
{
    pub fn new(forward: Forwarder<M>, token: Option<&str>, stop: CancellationToken) -> Self {
        Ingest {
            forward,
            token: token.map(Arc::from),
            pace: None,
            stop,
        }
    }

    /// Paces every connection's messages with `pace`.
    pub fn with_pace(mut self, pace: Pace) -> Self {
        self.pace = Some(pace);
        self
    }

    /// `GET` (the websocket upgrade), for any router.
    pub fn route<S: Clone + Send + Sync + 'static>(self) -> MethodRouter<S> {
        get(ingest::<M>).with_state(self)
    }
}

/// Constant-time comparison of the request's bearer token with `want`; true when no token is
/// required.
pub fn authorized(want: Option<&str>, headers: &HeaderMap) -> bool {
    let Some(want) = want else {
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

async fn ingest<M>(
    State(app): State<Ingest<M>>,
    headers: HeaderMap,
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response
where
    M: FromInput + Send + 'static,
{
    // The token is checked before anything else, the websocket handshake included.
    if !authorized(app.token.as_deref(), &headers) {
        return (StatusCode::UNAUTHORIZED, "bearer token required\n").into_response();
    }
    let ws = match ws {
        Ok(ws) => ws,
        Err(rejection) => return rejection.into_response(),
    };
    // Frames up to the hard ceiling are read and skipped (counted) when over the limit; past
    // the ceiling the websocket library refuses them and the connection is closed.
    let ceiling = app.forward.hard_ceiling();
    let pacer = app.pace.as_ref().map(|p| p(&headers));
    ws.max_frame_size(ceiling)
        .max_message_size(ceiling)
        .on_upgrade(move |socket| ingest_socket(app, socket, pacer))
}

async fn ingest_socket<M: FromInput>(
    app: Ingest<M>,
    mut socket: WebSocket,
    mut pacer: Option<Pacer>,
) {
    loop {
        if let Some(p) = pacer.as_mut() {
            // Not reading is the backpressure: the producer's socket fills and it slows down.
            tokio::select! {
                () = p() => {}
                () = app.stop.cancelled() => break,
            }
        }
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
                app.forward.protocol_error();
                break;
            }
        };
        if !app.forward.forward(&data, Instant::now()).await {
            break;
        }
    }
}
