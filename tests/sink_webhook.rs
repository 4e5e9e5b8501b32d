//! Webhook delivery against a real HTTP receiver on 127.0.0.1:0: failures, timeouts, 429/503
//! with Retry-After, a receiver that is down, a crash without shutdown, torn outbox files, dead
//! letters, filters, the Slack template, and signature verification as docs/delivery.md says.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use scamwatch::alert::{Action, CampaignRecord, MatchedSpan, PostAlert, Reason, Record, Severity};
use scamwatch::event::Timestamp;
use scamwatch::rules::Mode;
use scamwatch::sink::{self, WebhookConfig, WebhookSink, sign};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

const SECRET: &str = "test-secret-do-not-use";
/// Every wait in these tests is bounded by this.
const DEADLINE: Duration = Duration::from_secs(30);

fn alert(n: usize, action: Action, category: &str, text: &str) -> Record {
    Record::Alert(PostAlert {
        alert_id: format!("al-{n:016x}"),
        tweet_id: format!("{}", 1_000_000 + n),
        account_id: format!("{}", 40 + n),
        username: Some(format!("user{n}")),
        action,
        severity: Severity::High,
        score: 12.5,
        content_score: 9.0,
        account_score: 3.5,
        event_time: Timestamp(1_594_844_254_000 + n as i64),
        campaign_id: None,
        lock_ref: None,
        followers: Some(1000),
        verified: Some(false),
        retweet_of: None,
        quote_of: None,
        text: text.to_string(),
        reasons: vec![
            Reason::Rule {
                rule: format!("en.{category}.x"),
                category: category.to_string(),
                mode: Mode::Act,
                weight: 3.0,
                spans: vec![MatchedSpan {
                    field: "text",
                    index: None,
                    start: 0,
                    end: 6,
                    text: text.chars().take(6).collect(),
                }],
            },
            Reason::Category {
                category: category.to_string(),
                contribution: 3.0,
            },
        ],
    })
}

fn alerts(n: usize) -> Vec<Record> {
    (0..n)
        .map(|i| alert(i, Action::Lock, "multiply", "I will double any BTC sent"))
        .collect()
}

fn config(name: &str, url: &str) -> WebhookConfig {
    let mut cfg: WebhookConfig = toml::from_str(&format!(
        "name = \"{name}\"\nurl = \"{url}\"\nsecret = \"{SECRET}\"\n"
    ))
    .unwrap();
    cfg.timeout_ms = 300;
    cfg.backoff_base_ms = 5;
    cfg.backoff_cap_ms = 40;
    cfg
}

/// What the receiver answers to one request.
#[derive(Clone, Copy, Debug)]
enum Reply {
    Status(u16),
    StatusRetryAfter(u16, &'static str),
    /// Never answer (the sender's timeout fires).
    Hang,
}

/// One request as the receiver saw it.
#[derive(Debug)]
struct Got {
    id: String,
    timestamp: String,
    signature: String,
    content_type: String,
    body: Bytes,
    reply: Reply,
    at: Instant,
}

type Behave = dyn Fn(&str, u32) -> Reply + Send + Sync;

struct Receiver {
    tx: mpsc::UnboundedSender<Got>,
    behave: Box<Behave>,
    /// Requests seen per idempotency key.
    seen: Mutex<HashMap<String, u32>>,
}

async fn handle(State(r): State<Arc<Receiver>>, headers: HeaderMap, body: Bytes) -> Response {
    let h = |n: &str| {
        headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let id = h("idempotency-key");
    let n = {
        let mut seen = r.seen.lock().unwrap();
        let c = seen.entry(id.clone()).or_default();
        *c += 1;
        *c
    };
    let reply = (r.behave)(&id, n);
    let _ = r.tx.send(Got {
        id,
        timestamp: h("x-scamwatch-timestamp"),
        signature: h("x-scamwatch-signature"),
        content_type: h("content-type"),
        body,
        reply,
        at: Instant::now(),
    });
    match reply {
        Reply::Status(s) => (StatusCode::from_u16(s).unwrap(), "receiver says so").into_response(),
        Reply::StatusRetryAfter(s, ra) => (
            StatusCode::from_u16(s).unwrap(),
            [("retry-after", ra)],
            "slow down",
        )
            .into_response(),
        Reply::Hang => std::future::pending().await,
    }
}

/// Serves on `listener`; returns the channel of received requests.
fn serve(
    listener: tokio::net::TcpListener,
    behave: impl Fn(&str, u32) -> Reply + Send + Sync + 'static,
) -> mpsc::UnboundedReceiver<Got> {
    let (tx, rx) = mpsc::unbounded_channel();
    let state = Arc::new(Receiver {
        tx,
        behave: Box::new(behave),
        seen: Mutex::new(HashMap::new()),
    });
    let app = Router::new().route("/hook", post(handle)).with_state(state);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    rx
}

async fn bind() -> (tokio::net::TcpListener, String) {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", l.local_addr().unwrap());
    (l, url)
}

fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Checks the request the way a receiver must, and returns whether it was accepted (2xx).
fn check(g: &Got) -> bool {
    assert_eq!(g.content_type, "application/json");
    sign::verify(
        SECRET.as_bytes(),
        &g.timestamp,
        &g.signature,
        &g.body,
        now_unix(),
        300,
    )
    .unwrap_or_else(|e| panic!("signature of {} does not verify: {e}", g.id));
    let v: serde_json::Value = serde_json::from_slice(&g.body).unwrap();
    assert_eq!(
        v["alert_id"],
        g.id.as_str(),
        "idempotency key is the alert id"
    );
    matches!(g.reply, Reply::Status(s) if (200..300).contains(&s))
}

/// Receives until every id in `want` was accepted once; returns every request seen.
async fn until_accepted(rx: &mut mpsc::UnboundedReceiver<Got>, want: &HashSet<String>) -> Vec<Got> {
    let mut accepted = HashSet::new();
    let mut all = Vec::new();
    let end = tokio::time::Instant::now() + DEADLINE;
    while !want.is_subset(&accepted) {
        let g = tokio::time::timeout_at(end, rx.recv())
            .await
            .unwrap_or_else(|_| {
                panic!(
                    "timed out; missing {:?}",
                    want.difference(&accepted).collect::<Vec<_>>()
                )
            })
            .expect("receiver alive");
        if check(&g) {
            accepted.insert(g.id.clone());
        }
        all.push(g);
    }
    all
}

fn ids(records: &[Record]) -> HashSet<String> {
    records.iter().map(sink::record_id).collect()
}

fn metric(reg: &prometheus::Registry, name: &str, label: Option<(&str, &str)>) -> f64 {
    let mut total = 0.0;
    for mf in reg.gather() {
        if mf.name() != name {
            continue;
        }
        for m in mf.get_metric() {
            if let Some((k, v)) = label
                && !m
                    .get_label()
                    .iter()
                    .any(|l| l.name() == k && l.value() == v)
            {
                continue;
            }
            total += if mf.get_field_type() == prometheus::proto::MetricType::COUNTER {
                m.get_counter().get_value()
            } else {
                m.get_gauge().get_value()
            };
        }
    }
    total
}

/// Bounded polling of a metric (the sink reports outcomes only through metrics and files).
async fn wait_metric(
    reg: &prometheus::Registry,
    name: &str,
    label: Option<(&str, &str)>,
    at_least: f64,
) {
    let end = Instant::now() + DEADLINE;
    while metric(reg, name, label) < at_least {
        assert!(Instant::now() < end, "{name} never reached {at_least}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failing_receiver_every_id_arrives_signed() {
    let (l, url) = bind().await;
    // Per id: 500, then a hang (timeout), then 429 (Retry-After), then 503, then 200.
    let mut rx = serve(l, |id, n| match n {
        1 => Reply::Status(500),
        2 => Reply::Hang,
        3 if id == "al-0000000000000000" => Reply::StatusRetryAfter(429, "1"),
        3 => Reply::StatusRetryAfter(429, "0"),
        4 => Reply::StatusRetryAfter(503, "Thu, 01 Jan 1970 00:00:00 GMT"),
        _ => Reply::Status(200),
    });
    let dir = tempfile::tempdir().unwrap();
    let reg = prometheus::Registry::new();
    let records = alerts(12);
    let hook = WebhookSink::open(config("flaky", &url), dir.path(), &reg).unwrap();
    assert_eq!(hook.enqueue_batch(&records).unwrap(), 12);
    let stop = CancellationToken::new();
    let task = tokio::spawn(hook.clone().run(stop.clone()));
    let seen = until_accepted(&mut rx, &ids(&records)).await;
    // Retry-After: 1 was honoured for the one id that got it.
    let first = "al-0000000000000000";
    let t429 = seen
        .iter()
        .find(|g| g.id == first && matches!(g.reply, Reply::StatusRetryAfter(429, _)))
        .unwrap()
        .at;
    let after = seen
        .iter()
        .filter(|g| g.id == first && g.at > t429)
        .map(|g| g.at)
        .min()
        .unwrap();
    assert!(
        after - t429 >= Duration::from_millis(990),
        "{:?}",
        after - t429
    );
    wait_metric(&reg, "scamwatch_webhook_delivered_total", None, 12.0).await;
    assert_eq!(metric(&reg, "scamwatch_outbox_depth", None), 0.0);
    assert!(
        metric(
            &reg,
            "scamwatch_webhook_failures_total",
            Some(("reason", "timeout"))
        ) >= 12.0
    );
    assert!(
        metric(
            &reg,
            "scamwatch_webhook_failures_total",
            Some(("reason", "http_429"))
        ) >= 12.0
    );
    assert!(metric(&reg, "scamwatch_webhook_retries_total", None) >= 48.0);
    assert_eq!(
        metric(&reg, "scamwatch_webhook_dead_letters_total", None),
        0.0
    );
    stop.cancel();
    tokio::time::timeout(DEADLINE, task).await.unwrap().unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn receiver_down_then_up_loses_nothing() {
    let (l, url) = bind().await;
    let addr = l.local_addr().unwrap();
    drop(l); // the port is closed: connections are refused
    let dir = tempfile::tempdir().unwrap();
    let reg = prometheus::Registry::new();
    let records = alerts(20);
    let hook = WebhookSink::open(config("down", &url), dir.path(), &reg).unwrap();
    hook.enqueue_batch(&records[..10]).unwrap();
    let stop = CancellationToken::new();
    let task = tokio::spawn(hook.clone().run(stop.clone()));
    wait_metric(
        &reg,
        "scamwatch_webhook_failures_total",
        Some(("reason", "connect")),
        30.0,
    )
    .await;
    hook.enqueue_batch(&records[10..]).unwrap();
    let l = tokio::net::TcpListener::bind(addr).await.unwrap();
    let mut rx = serve(l, |_, _| Reply::Status(204));
    until_accepted(&mut rx, &ids(&records)).await;
    wait_metric(&reg, "scamwatch_webhook_delivered_total", None, 20.0).await;
    stop.cancel();
    tokio::time::timeout(DEADLINE, task).await.unwrap().unwrap();
}

/// `kill -9` mid-delivery: the sink's runtime is dropped with requests in flight and no
/// shutdown signal; a new sink on the same directory delivers everything not acknowledged.
#[test]
fn crash_mid_delivery_then_restart_delivers_everything() {
    let recv_rt = tokio::runtime::Runtime::new().unwrap();
    let (l, url) = recv_rt.block_on(bind());
    // The first 10 requests succeed, then the receiver hangs (requests stay in flight).
    let count = Arc::new(Mutex::new(0u32));
    let mut rx = recv_rt.block_on(async {
        serve(l, move |_, _| {
            let mut c = count.lock().unwrap();
            *c += 1;
            if *c <= 10 {
                Reply::Status(200)
            } else {
                Reply::Hang
            }
        })
    });
    let dir = tempfile::tempdir().unwrap();
    let records = alerts(50);
    let mut accepted_first = HashSet::new();
    {
        let sink_rt = tokio::runtime::Runtime::new().unwrap();
        let reg = prometheus::Registry::new();
        let mut cfg = config("crash", &url);
        cfg.timeout_ms = 60_000;
        let hook = WebhookSink::open(cfg, dir.path(), &reg).unwrap();
        // Two batches: two fsyncs.
        hook.enqueue_batch(&records[..25]).unwrap();
        hook.enqueue_batch(&records[25..]).unwrap();
        sink_rt.spawn(hook.clone().run(CancellationToken::new()));
        // Wait until 10 were accepted and 4 more (the concurrency) hang in flight.
        recv_rt.block_on(async {
            for _ in 0..14 {
                let g = tokio::time::timeout(DEADLINE, rx.recv())
                    .await
                    .unwrap()
                    .unwrap();
                if check(&g) {
                    accepted_first.insert(g.id);
                }
            }
        });
        // No cancel, no flush: the runtime and every clone of the sink just vanish.
        drop(hook);
        drop(sink_rt);
    }
    assert_eq!(accepted_first.len(), 10);

    // Restart: a fresh registry and sink on the same directory, a receiver that accepts.
    let reg = prometheus::Registry::new();
    let (l2, url2) = recv_rt.block_on(bind());
    let mut rx2 = recv_rt.block_on(async { serve(l2, |_, _| Reply::Status(200)) });
    let hook = WebhookSink::open(config("crash", &url2), dir.path(), &reg).unwrap();
    let recovered = metric(&reg, "scamwatch_outbox_recovered_total", None);
    assert!(
        (40.0..=50.0).contains(&recovered),
        "10 were acked before the crash, so 40 remain (up to 50 if acks were lost): {recovered}"
    );
    let missing: HashSet<String> = ids(&records).difference(&accepted_first).cloned().collect();
    assert_eq!(missing.len(), 40);
    recv_rt.block_on(async {
        let stop = CancellationToken::new();
        let task = tokio::spawn(hook.clone().run(stop.clone()));
        until_accepted(&mut rx2, &missing).await;
        wait_metric(&reg, "scamwatch_webhook_delivered_total", None, recovered).await;
        assert_eq!(metric(&reg, "scamwatch_outbox_depth", None), 0.0);
        stop.cancel();
        tokio::time::timeout(DEADLINE, task).await.unwrap().unwrap();
    });
}
