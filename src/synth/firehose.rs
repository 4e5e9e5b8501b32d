//! The built-in firehose: the [`crate::synth::generator`] stream served over websocket at a chosen rate,
//! or written as JSON Lines.
//!
//! Every client that connects gets its own generator built from the same [`Config`], so every
//! client receives the same bytes (the stream is deterministic; only its pacing follows the
//! wall clock). Messages go out as websocket text frames of up to `batch` newline-separated JSON
//! messages, the shape `scamwatch serve --source ws://…` and
//! [`crate::source::decode::decode_frame`] accept.
//!
//! With a platform ([`Config::platform`]) the same stream speaks Bluesky's Jetstream or
//! Mastodon's streaming API ([`crate::synth::generator`]); a Jetstream client may resume with
//! `cursor` (microseconds of event time: the messages before it are generated and skipped, so
//! a resumed client gets exactly the stream from there), and a [`Profiles`] directory, filled
//! as the accounts appear, answers `app.bsky.actor.getProfile` for them ([`serve_profiles`]),
//! so account hydration works with no network.
//!
//! Pacing is a token bucket with catch-up: message `k` is due `k / rate` seconds after the
//! client connected; the sender sleeps until the next message is due, and when it fell behind
//! (a slow client, a busy machine) it sends full frames back to back until it has caught up, so
//! the long-run rate is the configured one.

use std::collections::HashMap;
use std::io::{self, Write};
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use futures_util::SinkExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

use crate::detect::event::Platform;
use crate::synth::generator::{Config, Generator, Kind};

/// What can go wrong serving the firehose.
#[derive(Debug, thiserror::Error)]
pub enum FirehoseError {
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: String, source: io::Error },
    #[error("invalid rate {0}: expected a finite number of messages per second above 0")]
    BadRate(f64),
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Settings of a firehose.
#[derive(Clone, Debug)]
pub struct Options {
    /// The stream: seed, population, scenario. Its `rate` sets the event-time pace.
    pub synth: Config,
    /// Messages per second of wall-clock time, per client.
    pub rate: f64,
    /// Messages per client before the server closes the connection (`None`: endless).
    pub count: Option<u64>,
    /// Most messages per websocket text frame (0: pick from the rate, about 1,000 frames/s).
    pub batch: usize,
    /// Bluesky: where the accounts' profiles go as the stream makes them (for
    /// [`serve_profiles`]); none: no directory.
    pub profiles: Option<Profiles>,
}

/// The Bluesky profiles of the accounts a Bluesky-shaped stream made, by DID: what
/// [`serve_profiles`] answers. Every client's generator makes the same accounts, so the
/// directory is shared.
#[derive(Clone, Debug, Default)]
pub struct Profiles(Arc<RwLock<HashMap<String, String>>>);

impl Profiles {
    /// The profile JSON of `did`, when the stream made that account.
    pub fn get(&self, did: &str) -> Option<String> {
        self.0.read().expect("profiles lock").get(did).cloned()
    }

    /// Adds the accounts `g` made since `known` of them were added; returns how many it has.
    fn sync(&self, g: &Generator, known: usize) -> usize {
        let made = g.accounts_made();
        if made > known {
            let mut map = self.0.write().expect("profiles lock");
            for (did, json) in g.bluesky_profiles(known) {
                map.entry(did).or_insert(json);
            }
        }
        made
    }
}

impl Options {
    /// The batch size in effect: the configured one, or one that keeps frames near 1,000 a
    /// second (a frame per message costs more than the message at high rates).
    pub fn effective_batch(&self) -> usize {
        if self.batch > 0 {
            self.batch
        } else {
            ((self.rate / 1000.0).ceil() as usize).clamp(1, 1000)
        }
    }

    /// Checks the settings before anything is bound.
    pub fn check(&self) -> Result<(), FirehoseError> {
        if self.rate.is_finite() && self.rate > 0.0 {
            Ok(())
        } else {
            Err(FirehoseError::BadRate(self.rate))
        }
    }
}

/// Writes `count` messages as JSON Lines to `out` (for replay files and benchmarks).
pub fn write_lines<W: Write>(synth: &Config, count: u64, out: &mut W) -> io::Result<()> {
    write_labelled(synth, count, out, None)
}

/// [`write_lines`], and the stream's ground truth as a labels file (`replay --labels`,
/// `train --labels`) when `labels` is given: every post `scam` or `benign` (scam-account and
/// hijack posts are scams), except retweets, which are left unlabelled (their text is a
/// scam's, their account's speech is not); every account that posted a scam `scammer` or
/// `hijacked`.
pub fn write_labelled<W: Write>(
    synth: &Config,
    count: u64,
    out: &mut W,
    mut labels: Option<&mut dyn Write>,
) -> io::Result<()> {
    let mut g = Generator::new(synth.clone());
    let mut accounts = std::collections::BTreeMap::new();
    if let Some(l) = labels.as_mut() {
        writeln!(l, "kind,id,label")?;
    }
    for _ in 0..count {
        let m = g.next_full();
        out.write_all(m.line.as_bytes())?;
        out.write_all(b"\n")?;
        let (Some(l), Some(id)) = (labels.as_mut(), m.tweet_id.as_deref()) else {
            continue;
        };
        match m.kind {
            Kind::Retweet | Kind::AccountEvent => {}
            k if k.is_scam() => {
                writeln!(l, "post,{id},scam")?;
                let label = if k == Kind::Hijack {
                    "hijacked"
                } else {
                    "scammer"
                };
                accounts.insert(m.account_id.clone(), label);
            }
            _ => writeln!(l, "post,{id},benign")?,
        }
    }
    if let Some(l) = labels.as_mut() {
        for (account, label) in accounts {
            writeln!(l, "account,{account},{label}")?;
        }
        l.flush()?;
    }
    out.flush()
}

/// Binds `addr` (e.g. `127.0.0.1:0`).
pub async fn bind(addr: &str) -> Result<TcpListener, FirehoseError> {
    TcpListener::bind(addr)
        .await
        .map_err(|source| FirehoseError::Bind {
            addr: addr.to_string(),
            source,
        })
}

/// Serves every connection on `listener` until the task is dropped; each client gets the
/// whole stream from its start. A client that fails or disconnects ends only its own stream.
pub async fn serve(listener: TcpListener, opts: Options) -> Result<(), FirehoseError> {
    opts.check()?;
    loop {
        let (stream, peer) = listener.accept().await?;
        let opts = opts.clone();
        tokio::spawn(async move {
            match serve_client(stream, &opts).await {
                Ok(()) => {}
                // A client going away mid-stream is normal: keep serving the others.
                Err(
                    tokio_tungstenite::tungstenite::Error::ConnectionClosed
                    | tokio_tungstenite::tungstenite::Error::AlreadyClosed,
                ) => {}
                Err(tokio_tungstenite::tungstenite::Error::Io(e))
                    if matches!(
                        e.kind(),
                        io::ErrorKind::BrokenPipe | io::ErrorKind::ConnectionReset
                    ) => {}
                Err(e) => eprintln!("firehose: client {peer}: {e}"),
            }
        });
    }
}

/// Most messages skipped to reach a client's `cursor` (a few seconds of generation).
const MAX_RESUME_SKIP: u64 = 2_000_000;

/// Streams to one client. Ends when `count` messages were sent (then closes the connection
/// normally) or the client went away.
async fn serve_client(
    stream: TcpStream,
    opts: &Options,
) -> Result<(), tokio_tungstenite::tungstenite::Error> {
    use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};
    let _ = stream.set_nodelay(true);
    let mut cursor: Option<i64> = None;
    #[allow(clippy::result_large_err)] // the handshake callback's signature is the library's
    let read_cursor = |req: &Request, resp: Response| {
        cursor = req.uri().query().and_then(|q| {
            q.split('&')
                .find_map(|kv| kv.strip_prefix("cursor="))
                .and_then(|c| c.parse().ok())
        });
        Ok(resp)
    };
    let mut ws = tokio_tungstenite::accept_hdr_async(stream, read_cursor).await?;
    let mut g = Generator::new(opts.synth.clone());
    let mut known = opts.profiles.as_ref().map_or(0, |p| p.sync(&g, 0));
    // Jetstream's resume: the messages before `cursor` (µs of event time) are generated and
    // skipped; the stream goes on from there, paced from now.
    let mut pending = None;
    if let Some(c) = cursor.filter(|_| opts.synth.platform == Platform::Bluesky) {
        // A cursor past what the stream reaches soon (a typo, another stream's cursor) starts
        // the stream where the skipping stopped rather than generating forever.
        for skipped in 0..MAX_RESUME_SKIP {
            if skipped % 4096 == 4095 {
                tokio::task::yield_now().await;
            }
            let m = g.next_full();
            if g.last_time_us() >= c {
                pending = Some(m.line);
                break;
            }
        }
        if let Some(p) = &opts.profiles {
            known = p.sync(&g, known);
        }
    }
    let batch = opts.effective_batch();
    let per_msg = Duration::from_secs_f64(1.0 / opts.rate);
    let start = Instant::now();
    let mut sent: u64 = 0;
    let mut frame = String::with_capacity(batch * 1200);
    loop {
        let left = opts.count.map_or(u64::MAX, |c| c - sent);
        if left == 0 {
            break;
        }
        // Tokens: messages due by now that were not sent yet.
        let elapsed = start.elapsed().as_secs_f64();
        let due = (elapsed * opts.rate) as u64 + 1;
        let ready = due.saturating_sub(sent);
        if ready == 0 {
            tokio::time::sleep_until(start + per_msg.mul_f64(sent as f64)).await;
            continue;
        }
        let n = ready.min(batch as u64).min(left);
        frame.clear();
        for i in 0..n {
            if i > 0 {
                frame.push('\n');
            }
            match pending.take() {
                Some(line) => frame.push_str(&line),
                None => frame.push_str(&g.next_message().0),
            }
        }
        // The profiles of accounts that post in this frame are there before the frame is.
        if let Some(p) = &opts.profiles {
            known = p.sync(&g, known);
        }
        ws.send(WsMessage::text(frame.as_str())).await?;
        sent += n;
    }
    ws.close(Some(CloseFrame {
        code: CloseCode::Normal,
        reason: "count reached".into(),
    }))
    .await?;
    // Drain until the client acknowledges the close (or goes away).
    use futures_util::StreamExt;
    while let Some(m) = ws.next().await {
        if m.is_err() {
            break;
        }
    }
    Ok(())
}

/// The URL clients connect to for a bound address.
pub fn url(addr: SocketAddr) -> String {
    format!("ws://{addr}/")
}

/// Serves `profiles` on `listener` as a Bluesky AppView does, until the task is dropped:
/// `GET /xrpc/app.bsky.actor.getProfile?actor=DID` answers the profile, or 400
/// `{"error":"InvalidRequest","message":"Profile not found"}` as the AppView does for an
/// account it does not know.
///
/// # Errors
/// The listener fails.
pub async fn serve_profiles(listener: TcpListener, profiles: Profiles) -> io::Result<()> {
    use axum::extract::{Query, State};
    use axum::http::{StatusCode, header};
    use axum::response::IntoResponse;
    async fn get_profile(
        State(p): State<Profiles>,
        Query(q): Query<HashMap<String, String>>,
    ) -> axum::response::Response {
        let found = q.get("actor").and_then(|did| p.get(did));
        match found {
            Some(json) => ([(header::CONTENT_TYPE, "application/json")], json).into_response(),
            None => (
                StatusCode::BAD_REQUEST,
                [(header::CONTENT_TYPE, "application/json")],
                r#"{"error":"InvalidRequest","message":"Profile not found"}"#,
            )
                .into_response(),
        }
    }
    let app = axum::Router::new()
        .route(
            "/xrpc/app.bsky.actor.getProfile",
            axum::routing::get(get_profile),
        )
        .with_state(profiles);
    axum::serve(listener, app).await
}
