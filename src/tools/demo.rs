//! `scamwatch demo`: the main job on an embedded default, with nothing to install or configure.
//!
//! The built-in firehose ([`crate::synth::firehose`], scenario `takeover`) and the live service
//! ([`crate::service`]) run in one process, wired over a loopback websocket exactly as they would
//! be in production. With a platform the firehose speaks Bluesky's Jetstream (and answers
//! profile lookups for the service's account hydration) or Mastodon's streaming API, and the
//! service reads it as it would read the real network (`jetstream:` / `mastodon:` sources). A July 2020-style takeover plays at a readable speed; every record on the
//! service's own alert stream is printed as one line with its reasons, while `/metrics` and
//! the alert stream stay up for a browser, `curl` or `websocat`.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use futures_util::StreamExt;
use serde_json::Value;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::detect::event::Platform;
use crate::service::config::ServeConfig;
use crate::synth::firehose;
use crate::synth::generator::{self as synth, Scenario};

/// Settings of a demo run.
#[derive(Clone, Debug)]
pub struct DemoOptions {
    /// Where the service listens (metrics, alert stream).
    pub http: SocketAddr,
    /// Posts per second from the firehose.
    pub rate: f64,
    pub seed: u64,
    pub rules: PathBuf,
    pub models: Option<PathBuf>,
    /// The service's state store; a fresh directory per run.
    pub data_dir: PathBuf,
    /// Stop after this long (else at Ctrl-C).
    pub duration: Option<Duration>,
    /// ANSI colours in the output.
    pub color: bool,
    /// The one-time token of the console's sign-in link the demo prints
    /// ([`crate::service::console::auth::random_id`] makes one).
    pub console_token: String,
    /// The network the takeover plays on.
    pub platform: Platform,
}

/// Why the demo could not run.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    Firehose(#[from] firehose::FirehoseError),
    #[error(transparent)]
    Serve(#[from] crate::service::ServeError),
    #[error("the service did not start")]
    NotStarted,
    #[error("cannot subscribe to the alert stream: {0}")]
    Subscribe(String),
    #[error("output: {0}")]
    Io(#[from] std::io::Error),
}

/// Runs the demo until `shutdown` (or the duration), printing alerts to `out`.
///
/// # Errors
/// The firehose or the service failed to start, or `out` failed.
pub async fn run(
    opts: DemoOptions,
    shutdown: CancellationToken,
    out: &mut (dyn Write + Send),
) -> Result<(), DemoError> {
    let (hose, firehose_task) = start_firehose(&opts).await?;
    // The API's bearer token for this run: the alert stream and the metrics are never open.
    let token = crate::service::console::auth::random_id();
    let (bound_tx, bound_rx) = tokio::sync::oneshot::channel();
    let service = tokio::spawn(crate::service::run(
        service_config(&opts, &hose, &token),
        shutdown.clone(),
        Some(bound_tx),
    ));
    let http = match bound_rx.await {
        Ok(b) => b.http,
        Err(_) => {
            // The service ended before listening: report its error.
            firehose_task.abort();
            if let Some(p) = &hose.profile_task {
                p.abort();
            }
            return match service.await {
                Ok(Err(e)) => Err(e.into()),
                _ => Err(DemoError::NotStarted),
            };
        }
    };
    let on = match opts.platform {
        Platform::Twitter => String::new(),
        Platform::Bluesky => format!(
            " on Bluesky (Jetstream events; profiles for hydration at http://{})",
            hose.profiles.map_or_else(String::new, |a| a.to_string())
        ),
        Platform::Mastodon => " on Mastodon (streaming `update` frames)".into(),
    };
    writeln!(
        out,
        "scamwatch demo: a July 2020-style takeover{on}, {} posts/s from the built-in firehose ({})\n  \
         metrics       http://{http}/metrics\n  \
         alert stream  ws://{http}/alerts  (or http://{http}/alerts/sse)\n  \
         api token     {token}  (both need it: curl -H 'Authorization: Bearer {token}' http://{http}/metrics)\n  \
         console       http://{http}/console/login?once={}  (the link signs in once)\n  \
         Ctrl-C stops. Alerts appear below as they happen:",
        opts.rate,
        firehose::url(hose.stream),
        opts.console_token
    )?;
    out.flush()?;
    if let Some(d) = opts.duration {
        let s = shutdown.clone();
        tokio::spawn(async move {
            tokio::time::sleep(d).await;
            s.cancel();
        });
    }
    let counts = print_alerts(http, &token, &shutdown, opts.color, out).await?;
    shutdown.cancel();
    let _ = service.await;
    firehose_task.abort();
    if let Some(p) = &hose.profile_task {
        p.abort();
    }
    writeln!(
        out,
        "scamwatch demo: stopped — {} locks, {} takedowns, {} reviews",
        counts[0], counts[1], counts[2]
    )?;
    Ok(())
}

/// Where the demo's firehose listens.
struct Hose {
    /// The stream (websocket).
    stream: SocketAddr,
    /// Bluesky: the profile directory (`app.bsky.actor.getProfile`) and its task.
    profiles: Option<SocketAddr>,
    profile_task: Option<JoinHandle<std::io::Result<()>>>,
}

/// Starts the built-in firehose (scenario `takeover`, on the demo's platform) on a loopback
/// port, with its profile directory for Bluesky: its addresses and task.
async fn start_firehose(
    opts: &DemoOptions,
) -> Result<(Hose, JoinHandle<Result<(), firehose::FirehoseError>>), DemoError> {
    let listener = firehose::bind("127.0.0.1:0").await?;
    let stream = listener.local_addr().map_err(firehose::FirehoseError::Io)?;
    let mut hose = Hose {
        stream,
        profiles: None,
        profile_task: None,
    };
    let mut profiles = None;
    if opts.platform == Platform::Bluesky {
        let dir = firehose::Profiles::default();
        let l = firehose::bind("127.0.0.1:0").await?;
        hose.profiles = Some(l.local_addr().map_err(firehose::FirehoseError::Io)?);
        hose.profile_task = Some(tokio::spawn(firehose::serve_profiles(l, dir.clone())));
        profiles = Some(dir);
    }
    let fh = firehose::Options {
        synth: synth::Config {
            seed: opts.seed,
            rate: opts.rate,
            scenario: Scenario::Takeover,
            platform: opts.platform,
            ..synth::Config::default()
        },
        rate: opts.rate,
        count: None,
        batch: 0,
        profiles,
    };
    Ok((hose, tokio::spawn(firehose::serve(listener, fh))))
}

/// The service's configuration: the defaults, reading the firehose at `hose` as the
/// platform's source (and hydrating Bluesky accounts from its profile directory), with the
/// run's API token.
fn service_config(opts: &DemoOptions, hose: &Hose, token: &str) -> ServeConfig {
    let mut cfg = ServeConfig::default();
    let prefix = match opts.platform {
        Platform::Twitter => "",
        Platform::Bluesky => "jetstream:",
        Platform::Mastodon => "mastodon:",
    };
    cfg.source.url = Some(format!("{prefix}{}", firehose::url(hose.stream)));
    if let Some(p) = hose.profiles {
        cfg.hydration.appview = Some(format!("http://{p}"));
    }
    cfg.http.listen = opts.http;
    // In memory only, never in a file: the demo's configuration is not written anywhere.
    cfg.http.token = Some(token.to_string());
    cfg.detector.rules = opts.rules.clone();
    cfg.detector.models = opts.models.clone();
    cfg.state.data_dir = opts.data_dir.clone();
    cfg.console = Some(crate::service::console::ConsoleConfig {
        one_time_token: Some(opts.console_token.clone()),
        ..Default::default()
    });
    cfg
}

/// Prints every record of the service's alert stream at `http` until `shutdown` or the end of
/// the stream: the locks, takedowns and reviews seen.
async fn print_alerts(
    http: SocketAddr,
    token: &str,
    shutdown: &CancellationToken,
    color: bool,
    out: &mut (dyn Write + Send),
) -> Result<[u64; 3], DemoError> {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let mut req = format!("ws://{http}/alerts")
        .into_client_request()
        .map_err(|e| DemoError::Subscribe(e.to_string()))?;
    req.headers_mut().insert(
        "authorization",
        format!("Bearer {token}")
            .parse()
            .map_err(|_| DemoError::Subscribe("token is not a header value".into()))?,
    );
    let (ws, _) = tokio_tungstenite::connect_async(req)
        .await
        .map_err(|e| DemoError::Subscribe(e.to_string()))?;
    let (_tx, mut rx) = ws.split();
    let mut counts = [0u64; 3];
    loop {
        tokio::select! {
            () = shutdown.cancelled() => break,
            msg = rx.next() => match msg {
                Some(Ok(tokio_tungstenite::tungstenite::Message::Text(t))) => {
                    let Ok(v) = serde_json::from_str::<Value>(&t) else { continue };
                    match v["action"].as_str() {
                        Some("lock") => counts[0] += 1,
                        Some("takedown") => counts[1] += 1,
                        Some("review") => counts[2] += 1,
                        _ => {}
                    }
                    if let Some(line) = format_record(&v, color) {
                        writeln!(out, "{line}")?;
                        out.flush()?;
                    }
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            },
        }
    }
    Ok(counts)
}

const RESET: &str = "\x1b[0m";

fn paint(color: bool, code: &str, s: &str) -> String {
    if color {
        format!("\x1b[{code}m{s}{RESET}")
    } else {
        s.to_string()
    }
}

/// One line for a record of the alert stream; `None` for records not worth a line.
pub fn format_record(v: &Value, color: bool) -> Option<String> {
    let time = v["event_time"]
        .as_str()
        .and_then(|t| t.get(11..19))
        .unwrap_or("--:--:--")
        .to_string();
    match v["kind"].as_str()? {
        "alert" => format_alert(v, &time, color),
        "campaign" => Some(format!(
            "{time}  {}  {} {}: {} accounts share one {} ({})",
            paint(color, "1;35", "CAMPAIGN"),
            v["campaign_id"].as_str()?,
            v["status"].as_str()?,
            v["size"],
            v["key_type"].as_str()?,
            v["key"].as_str()?
        )),
        "circuit_breaker" => Some(format!(
            "{time}  {}  {} budget {} (limit {} per {} min): further actions become reviews",
            paint(color, "1;31", "BRAKE   "),
            v["budget"].as_str()?,
            v["state"].as_str()?,
            v["limit"],
            v["window_minutes"]
        )),
        "reload" if v["status"] == "failed" => Some(format!(
            "         {}  reload refused: {}",
            paint(color, "1;31", "RULES   "),
            v["errors"]
        )),
        _ => None,
    }
}

/// One line for an alert: time, action, account, score, why, and the start of the text.
fn format_alert(v: &Value, time: &str, color: bool) -> Option<String> {
    let action = v["action"].as_str()?;
    let code = match action {
        "lock" => "1;31",
        "takedown" => "33",
        _ => "36",
    };
    let who = v["username"].as_str().map_or_else(
        || v["account_id"].as_str().unwrap_or("?").to_string(),
        |u| format!("@{u}"),
    );
    let followers = v["followers"].as_u64().map(human).unwrap_or_default();
    let mut why = alert_reasons(v)?.join(", ");
    if why.chars().count() > 110 {
        why = why.chars().take(107).collect::<String>() + "...";
    }
    let text: String = v["text"].as_str()?.chars().take(70).collect();
    Some(format!(
        "{time}  {}  {:<8} {:<20} {:>6}  score {:>5.1}  {}  «{}»",
        paint(color, code, &format!("{:<8}", action.to_uppercase())),
        v["severity"].as_str().unwrap_or(""),
        who,
        followers,
        v["score"].as_f64().unwrap_or(0.0),
        paint(color, "2", &why),
        text.replace('\n', " ")
    ))
}

/// An alert's reasons in a few words each: the account's story first (why lock), then the
/// money, then the wording.
fn alert_reasons(v: &Value) -> Option<Vec<String>> {
    let (mut story, mut money, mut words) = (Vec::new(), Vec::new(), Vec::new());
    for r in v["reasons"].as_array()? {
        match r["kind"].as_str() {
            Some("feature") => story.push(r["name"].as_str()?.replace('_', " ")),
            Some("cap") => story.push(format!("capped: {}", r["name"].as_str()?)),
            Some("wallet") if r["contribution"].as_f64().unwrap_or(0.0) > 0.0 => {
                let known = if r["known_scam"] == true {
                    "known-scam "
                } else {
                    ""
                };
                money.push(format!("{known}{} address", r["chain"].as_str()?));
            }
            Some("campaign") => money.push(format!("campaign of {}", r["accounts"])),
            // Bluesky: where the account's data came from (`hydrated`, `timeout`, ...): first,
            // so the line never cuts it off.
            Some("hydration") => story.insert(0, format!("profile {}", r["status"].as_str()?)),
            Some("category") if r["contribution"].as_f64().unwrap_or(0.0) > 0.0 => {
                words.push(r["category"].as_str()?.replace('_', " "))
            }
            _ => {}
        }
    }
    story.extend(money);
    story.extend(words);
    Some(story)
}

fn human(n: u64) -> String {
    match n {
        n if n >= 1_000_000 => format!("{:.1}M", n as f64 / 1e6),
        n if n >= 1_000 => format!("{:.1}k", n as f64 / 1e3),
        n => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_reads_as_one_line_with_its_reasons() {
        let v: Value = serde_json::from_str(
            r#"{"kind":"alert","action":"lock","severity":"critical","username":"elonmusk","account_id":"1",
            "followers":37412000,"score":18.3,"event_time":"2020-07-15T20:17:34.000Z","text":"I'll double any BTC payment",
            "reasons":[{"kind":"category","category":"multiply","contribution":3.0},
                       {"kind":"wallet","chain":"btc","known_scam":true,"contribution":4.5},
                       {"kind":"feature","name":"new_client","contribution":1.5}]}"#,
        )
        .unwrap();
        let line = format_record(&v, false).unwrap();
        assert!(line.starts_with("20:17:34  LOCK"), "{line}");
        for part in [
            "@elonmusk",
            "37.4M",
            "18.3",
            "multiply",
            "known-scam btc address",
            "new client",
            "«I'll double",
        ] {
            assert!(line.contains(part), "{part} missing in {line}");
        }
        assert!(!line.contains('\x1b'));
        assert!(format_record(&v, true).unwrap().contains("\x1b[1;31m"));
        let reload: Value =
            serde_json::from_str(r#"{"kind":"reload","status":"applied"}"#).unwrap();
        assert_eq!(format_record(&reload, false), None);
    }
}
