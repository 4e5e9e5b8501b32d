//! Webhook delivery against a real HTTP receiver on 127.0.0.1:0: failures, timeouts, 429/503
//! with Retry-After, a receiver that is down, a crash without shutdown, torn outbox files, dead
//! letters, filters, the Slack template, and signature verification as docs/delivery.md says.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use scamwatch::detect::campaign::{CampaignStatus, KeyType};
use scamwatch::detect::decide::BrakeState;
use scamwatch::detect::event::Timestamp;
use scamwatch::detect::record::{
    Action, BreakerRecord, CampaignRecord, MatchedSpan, PostAlert, Reason, Record, Severity,
    ShadowRecord,
};
use scamwatch::detect::rules::Mode;
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
        platform: scamwatch::detect::event::Platform::Twitter,
        post_id: format!("{}", 1_000_000 + n),
        post_url: None,
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
                    concept: None,
                }],
            },
            Reason::Category {
                category: category.to_string(),
                contribution: 3.0,
            },
        ],
    })
}

pub(crate) fn alerts(n: usize) -> Vec<Record> {
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
    headers: HeaderMap,
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
        headers,
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

/// Runs `hook` until the receiver got one request, then stops it; returns that request.
async fn deliver_one(hook: &WebhookSink, rx: &mut mpsc::UnboundedReceiver<Got>) -> Got {
    let stop = CancellationToken::new();
    let task = tokio::spawn(hook.clone().run(stop.clone()));
    let g = tokio::time::timeout(DEADLINE, rx.recv())
        .await
        .unwrap()
        .unwrap();
    stop.cancel();
    tokio::time::timeout(DEADLINE, task).await.unwrap().unwrap();
    g
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn torn_and_garbage_outbox_files_are_skipped_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let records = alerts(5);
    {
        let reg = prometheus::Registry::new();
        let hook =
            WebhookSink::open(config("torn", "http://127.0.0.1:9/"), dir.path(), &reg).unwrap();
        hook.enqueue_batch(&records).unwrap();
    }
    let outbox = dir.path().join("webhook").join("torn");
    let seg = std::fs::read_dir(&outbox)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "log"))
        .unwrap();
    // A torn tail: half a frame, as a kill -9 mid-write leaves it.
    let mut bytes = std::fs::read(&seg).unwrap();
    let whole = bytes.clone();
    bytes.extend_from_slice(&whole[..whole.len() / 7]);
    std::fs::write(&seg, &bytes).unwrap();
    // A whole segment of garbage, and a stray file.
    std::fs::write(
        outbox.join("seg-00000000000000000999.log"),
        b"SWOB\xff\xff\x00\x00garbage",
    )
    .unwrap();
    std::fs::write(outbox.join("notes.txt"), b"hello").unwrap();

    let (l, url) = bind().await;
    let mut rx = serve(l, |_, _| Reply::Status(200));
    let reg = prometheus::Registry::new();
    let hook = WebhookSink::open(config("torn", &url), dir.path(), &reg).unwrap();
    assert_eq!(metric(&reg, "scamwatch_outbox_recovered_total", None), 5.0);
    assert_eq!(metric(&reg, "scamwatch_outbox_corrupt_total", None), 3.0);
    assert!(outbox.join("corrupt-seg-00000000000000000999.log").exists());
    let stop = CancellationToken::new();
    let task = tokio::spawn(hook.clone().run(stop.clone()));
    until_accepted(&mut rx, &ids(&records)).await;
    // New records after recovery go to a new segment and are delivered too.
    let more: Vec<Record> = (100..103)
        .map(|i| alert(i, Action::Takedown, "giveaway", "free btc"))
        .collect();
    hook.enqueue_batch(&more).unwrap();
    until_accepted(&mut rx, &ids(&more)).await;
    stop.cancel();
    tokio::time::timeout(DEADLINE, task).await.unwrap().unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dead_letters_after_max_attempts_and_for_410() {
    let (l, url) = bind().await;
    let records = alerts(3);
    let (a, b) = (sink::record_id(&records[0]), sink::record_id(&records[1]));
    let (a2, b2) = (a.clone(), b.clone());
    let mut rx = serve(l, move |id, _| {
        if id == a2 {
            Reply::Status(500)
        } else if id == b2 {
            Reply::Status(410)
        } else {
            Reply::Status(200)
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let reg = prometheus::Registry::new();
    let mut cfg = config("dead", &url);
    cfg.max_attempts = 3;
    let hook = WebhookSink::open(cfg, dir.path(), &reg).unwrap();
    hook.enqueue_batch(&records).unwrap();
    let stop = CancellationToken::new();
    let task = tokio::spawn(hook.clone().run(stop.clone()));
    until_accepted(&mut rx, &HashSet::from([sink::record_id(&records[2])])).await;
    wait_metric(&reg, "scamwatch_webhook_dead_letters_total", None, 2.0).await;
    stop.cancel();
    tokio::time::timeout(DEADLINE, task).await.unwrap().unwrap();

    assert_eq!(
        metric(
            &reg,
            "scamwatch_webhook_dead_letters_total",
            Some(("reason", "max_attempts"))
        ),
        1.0
    );
    assert_eq!(
        metric(
            &reg,
            "scamwatch_webhook_dead_letters_total",
            Some(("reason", "rejected"))
        ),
        1.0
    );
    assert_eq!(metric(&reg, "scamwatch_outbox_depth", None), 0.0);
    let text = std::fs::read_to_string(dir.path().join("webhook/dead/dead-letter.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let by_id = |id: &str| lines.iter().find(|l| l["id"] == id).unwrap().clone();
    let da = by_id(&a);
    assert_eq!(da["reason"], "max_attempts");
    assert_eq!(da["attempts"], 3);
    assert!(da["last_error"].as_str().unwrap().starts_with("HTTP 500"));
    assert_eq!(da["body"]["alert_id"], a.as_str());
    let db = by_id(&b);
    assert_eq!(db["reason"], "rejected");
    assert_eq!(db["attempts"], 1, "a 410 is not retried");
    assert!(db["last_error"].as_str().unwrap().starts_with("HTTP 410"));

    // Dead letters left the outbox for good: a restart delivers nothing more. (Same registry:
    // a dropped sink unregisters its metrics, so it can be reopened.)
    drop(hook);
    let (l2, url2) = bind().await;
    let mut rx2 = serve(l2, |_, _| Reply::Status(200));
    let hook = WebhookSink::open(config("dead", &url2), dir.path(), &reg).unwrap();
    assert_eq!(metric(&reg, "scamwatch_outbox_recovered_total", None), 0.0);
    assert_eq!(metric(&reg, "scamwatch_outbox_corrupt_total", None), 0.0);
    // Once the receiver is fixed, the dead letters are requeued and delivered, same keys.
    assert_eq!(hook.requeue_dead_letters().unwrap(), 2);
    assert!(!dir.path().join("webhook/dead/dead-letter.jsonl").exists());
    assert_eq!(hook.requeue_dead_letters().unwrap(), 0);
    let stop = CancellationToken::new();
    let task = tokio::spawn(hook.clone().run(stop.clone()));
    until_accepted(&mut rx2, &HashSet::from([a.clone(), b.clone()])).await;
    stop.cancel();
    tokio::time::timeout(DEADLINE, task).await.unwrap().unwrap();
}

#[test]
fn filters_select_by_action_category_rule_and_kind() {
    let dir = tempfile::tempdir().unwrap();
    let reg = prometheus::Registry::new();
    let review = alert(1, Action::Review, "multiply", "x");
    let takedown = alert(2, Action::Takedown, "giveaway", "x");
    let lock = alert(3, Action::Lock, "multiply", "x");
    let campaign = Record::Campaign(CampaignRecord {
        campaign_id: "cmp-1".into(),
        status: CampaignStatus::Formed,
        key_type: KeyType::Address,
        key: "bc1q".into(),
        size: 3,
        accounts: vec![],
        tweet_ids: vec![],
        first_event_time: Timestamp(0),
        event_time: Timestamp(1),
    });
    let breaker = Record::CircuitBreaker(BreakerRecord {
        budget: Action::Lock,
        state: BrakeState::Tripped,
        limit: 5,
        window_minutes: 10.0,
        event_time: Timestamp(5),
        tweet_id: "9".into(),
    });
    let shadow = Record::Shadow(ShadowRecord {
        tweet_id: "7".into(),
        account_id: "8".into(),
        event_time: Timestamp(9),
        action: "none",
        would_action: "review",
        would_score: 4.0,
        rules: vec!["en.x".into()],
        model: None,
        model_probability: None,
    });
    let all = [
        review.clone(),
        takedown.clone(),
        lock.clone(),
        campaign.clone(),
        breaker.clone(),
        shadow.clone(),
    ];

    let cfg = |name: &str, extra: &str| -> WebhookConfig {
        toml::from_str(&format!(
            "name = \"{name}\"\nurl = \"http://127.0.0.1:9/\"\nsecret = \"s\"\n{extra}"
        ))
        .unwrap()
    };
    // Defaults: every alert, nothing else (shadow never unless asked).
    let d = cfg("d", "");
    assert!([&review, &takedown, &lock].iter().all(|r| d.selects(r)));
    assert!(![&campaign, &breaker, &shadow].iter().any(|r| d.selects(r)));
    let t = cfg("t", "min_action = \"takedown\"");
    assert!(!t.selects(&review) && t.selects(&takedown) && t.selects(&lock));
    let l = cfg(
        "l",
        "min_action = \"lock\"\nrecords = [\"alert\", \"circuit_breaker\"]",
    );
    assert!(!l.selects(&takedown) && l.selects(&lock) && l.selects(&breaker));
    let c = cfg(
        "c",
        "categories = [\"multiply\"]\nrecords = [\"alert\", \"campaign\"]",
    );
    assert!(
        c.selects(&review) && !c.selects(&takedown) && c.selects(&lock) && c.selects(&campaign)
    );
    let r = cfg("r", "rules = [\"en.giveaway.x\"]");
    assert!(!r.selects(&review) && r.selects(&takedown));
    let s = cfg("s", "records = [\"shadow\"]");
    assert!(s.selects(&shadow) && !s.selects(&lock));

    // enqueue_batch counts what it selected; the rest is a metric.
    let hook = WebhookSink::open(t, dir.path(), &reg).unwrap();
    assert_eq!(hook.enqueue_batch(&all).unwrap(), 2);
    assert_eq!(
        metric(&reg, "scamwatch_webhook_filtered_out_total", None),
        4.0
    );
    assert_eq!(metric(&reg, "scamwatch_outbox_depth", None), 2.0);
    // A second hook on the same registry registers the same metric names.
    let hook2 = WebhookSink::open(l, dir.path(), &reg).unwrap();
    assert_eq!(hook2.enqueue_batch(&all).unwrap(), 2);
    assert_eq!(
        metric(&reg, "scamwatch_outbox_depth", Some(("sink", "l"))),
        2.0
    );

    // Configuration errors are typed and name the hook.
    let bad = |extra: &str| {
        toml::from_str::<WebhookConfig>(&format!(
            "name = \"b\"\nurl = \"http://127.0.0.1:9/\"\n{extra}"
        ))
        .map_err(|e| e.to_string())
        .and_then(|c| c.validate().map_err(|e| e.to_string()))
        .unwrap_err()
    };
    assert!(bad("").contains("secret"));
    assert!(bad("secret = \"s\"\nsecret_env = \"X\"").contains("not both"));
    assert!(bad("secret = \"s\"\nmin_action = \"ban\"").contains("unknown action"));
    assert!(bad("secret = \"s\"\nretries = 3").contains("unknown field"));
    assert!(bad("secret = \"s\"\nbackoff_base_ms = 10\nbackoff_cap_ms = 5").contains("backoff"));
    assert!(format!("{:?}", cfg("x", "")).contains("<redacted>"));
    let dup = [cfg("same", ""), cfg("same", "")];
    assert!(sink::webhook::validate_all(&dup).is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slack_template_body_is_escaped_and_signed() {
    let (l, url) = bind().await;
    let mut rx = serve(l, |_, _| Reply::Status(200));
    let dir = tempfile::tempdir().unwrap();
    let reg = prometheus::Registry::new();
    let mut cfg = config("slack", &url);
    cfg.template = Some(sink::template::Template::Slack);
    let hook = WebhookSink::open(cfg, dir.path(), &reg).unwrap();
    let rec = alert(
        7,
        Action::Lock,
        "multiply",
        "<!channel> double your BTC & more: <https://evil.example|bank>",
    );
    hook.enqueue_batch(std::slice::from_ref(&rec)).unwrap();
    let g = deliver_one(&hook, &mut rx).await;

    assert_eq!(g.id, sink::record_id(&rec));
    sign::verify(
        SECRET.as_bytes(),
        &g.timestamp,
        &g.signature,
        &g.body,
        now_unix(),
        300,
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&g.body).unwrap();
    let text = v["text"].as_str().unwrap();
    assert!(text.starts_with("LOCK (high) @user7"), "{text}");
    let blocks = v["blocks"].as_array().unwrap();
    let all = serde_json::to_string(blocks).unwrap();
    assert!(all.contains("*Action*\\nlock"));
    assert!(all.contains("*Severity*\\nhigh"));
    assert!(all.contains("*Score*\\n12.50"));
    assert!(
        all.contains("(en.multiply.x)"),
        "matched span with its rule"
    );
    // Attacker-controlled text cannot ping the channel or forge a link.
    assert!(!all.contains("<!channel>") && !all.contains("<https://"));
    assert!(all.contains("&lt;!channel&gt; double your BTC &amp; more"));
}

fn docs_block(lang: &str) -> String {
    docs_block_after("", lang)
}

/// The first `lang` code block of docs/delivery.md after the text `marker`.
fn docs_block_after(marker: &str, lang: &str) -> String {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/delivery.md")).unwrap();
    let from = doc.find(marker).expect("marker in docs");
    let start = from
        + doc[from..]
            .find(&format!("```{lang}\n"))
            .expect("block in docs")
        + lang.len()
        + 4;
    let end = start + doc[start..].find("```").unwrap();
    doc[start..end].to_string()
}

/// The Standard Webhooks secrets of the test below: the current key and the one being rotated
/// out.
fn whsec(byte: u8) -> String {
    sign::standard::encode_secret(&[byte; 32])
}

/// `signature = "both"` with a key rotation, against the Standard Webhooks spec: a first
/// attempt refused (500) and its retry carry the same `webhook-id` (the alert's idempotency
/// key) and fresh timestamps; each carries one `v1,` signature per key over
/// `id.timestamp.body`; the scamwatch headers verify too; and the spec's Python recipe in
/// docs/delivery.md, run verbatim, accepts the real request (and the spec libraries' own test
/// vector) and refuses tampered, re-identified and stale copies.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn standard_webhooks_signatures_verify_and_retries_keep_the_id() {
    use sign::standard;
    let (l, url) = bind().await;
    let mut rx = serve(l, |_, n| {
        if n == 1 {
            Reply::Status(500)
        } else {
            Reply::Status(200)
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.secret");
    std::fs::write(&old, format!("{}\n", whsec(2))).unwrap();
    let mut cfg: WebhookConfig = toml::from_str(&format!(
        "name = \"std\"\nurl = \"{url}\"\nsecret = \"{}\"\nprevious_secret_file = {:?}\nsignature = \"both\"\n",
        whsec(1),
        old
    ))
    .unwrap();
    cfg.backoff_base_ms = 5;
    cfg.backoff_cap_ms = 20;
    let reg = prometheus::Registry::new();
    let hook = WebhookSink::open(cfg, dir.path(), &reg).unwrap();
    let records = alerts(1);
    hook.enqueue_batch(&records).unwrap();
    let stop = CancellationToken::new();
    let task = tokio::spawn(hook.clone().run(stop.clone()));
    let mut got = Vec::new();
    while got.len() < 2 {
        got.push(
            tokio::time::timeout(DEADLINE, rx.recv())
                .await
                .unwrap()
                .unwrap(),
        );
    }
    stop.cancel();
    tokio::time::timeout(DEADLINE, task).await.unwrap().unwrap();

    let h = |g: &Got, n: &str| {
        g.headers
            .get(n)
            .unwrap_or_else(|| panic!("no {n} header"))
            .to_str()
            .unwrap()
            .to_string()
    };
    let alert_id = sink::record_id(&records[0]);
    for g in &got {
        let (id, ts, sig) = (
            h(g, "webhook-id"),
            h(g, "webhook-timestamp"),
            h(g, "webhook-signature"),
        );
        assert_eq!(
            id, alert_id,
            "webhook-id is the idempotency key, on every attempt"
        );
        assert_eq!(h(g, "idempotency-key"), alert_id);
        assert_eq!(ts, g.timestamp, "both schemes sign the same attempt time");
        let sigs: Vec<&str> = sig.split(' ').collect();
        assert_eq!(sigs.len(), 2, "one signature per key: {sig}");
        for (byte, one) in [(1u8, sigs[0]), (2u8, sigs[1])] {
            let key = standard::decode_secret(&whsec(byte)).unwrap();
            assert_eq!(
                standard::verify(&key, &id, &ts, one, &g.body, now_unix(), 300),
                Ok(()),
                "key {byte}"
            );
            // Exactly the spec's construction, by hand.
            use hmac::Mac;
            let mut m = hmac::Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
            m.update(format!("{id}.{ts}.").as_bytes());
            m.update(&g.body);
            use base64::Engine;
            let want = base64::engine::general_purpose::STANDARD.encode(m.finalize().into_bytes());
            assert_eq!(one, format!("v1,{want}"));
        }
        // The scamwatch headers, keyed by the secret's text, with both keys too.
        for secret in [whsec(1), whsec(2)] {
            assert_eq!(
                sign::verify(
                    secret.as_bytes(),
                    &g.timestamp,
                    &g.signature,
                    &g.body,
                    now_unix(),
                    300
                ),
                Ok(())
            );
        }
    }
    assert_eq!(got[0].body, got[1].body);

    // The recipe of docs/delivery.md, verbatim: the real request, then tampered copies, then
    // the reference libraries' test vector (with the clock set to its time).
    let g = &got[1];
    let body_path = dir.path().join("body.json");
    std::fs::write(&body_path, &g.body).unwrap();
    let tampered_path = dir.path().join("tampered.json");
    std::fs::write(
        &tampered_path,
        String::from_utf8(g.body.to_vec())
            .unwrap()
            .replace("\"lock\"", "\"review\""),
    )
    .unwrap();
    let vector_path = dir.path().join("vector.json");
    std::fs::write(
        &vector_path,
        r#"{"email":"test@example.com","username":"test_user"}"#,
    )
    .unwrap();
    let stale = (g.timestamp.parse::<i64>().unwrap() - 301).to_string();
    let script = format!(
        "{}\n\nimport sys, time\na = sys.argv\ndef run(secret, i, ts, sig, path, now=None):\n    if now is not None:\n        time.time = lambda: now\n    return verify_standard(secret, {{'webhook-id': i, 'webhook-timestamp': ts, 'webhook-signature': sig}}, open(path, 'rb').read())\nprint(' '.join(str(x) for x in [\n  run(a[1], a[2], a[3], a[4], a[5]),\n  run(a[6], a[2], a[3], a[4], a[5]),\n  run(a[1], a[2], a[3], a[4], a[7]),\n  run(a[1], 'al-other', a[3], a[4], a[5]),\n  run(a[1], a[2], a[8], a[4], a[5]),\n  run('whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD', 'msg_27UH4WbU6Z5A5EzD8u03UvzRbpk', '1649367553', 'v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw=', a[9], 1649367553),\n]))\n",
        docs_block_after("### Standard Webhooks", "python")
    );
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(&script)
        .args([
            whsec(1).as_str(),
            &h(g, "webhook-id"),
            &h(g, "webhook-timestamp"),
            &h(g, "webhook-signature"),
            body_path.to_str().unwrap(),
            whsec(3).as_str(),
            tampered_path.to_str().unwrap(),
            &stale,
            vector_path.to_str().unwrap(),
        ])
        .output()
        .expect("python3 runs (the CI machine has Python 3.11)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "True False False False False True",
        "real, wrong key, tampered body, other id, stale, the spec's vector"
    );
}

/// Standard Webhooks secrets are checked before anything starts, and the scamwatch scheme
/// stays the default.
#[test]
fn standard_webhooks_secrets_are_checked_and_the_default_scheme_is_unchanged() {
    let parse = |extra: &str| {
        toml::from_str::<WebhookConfig>(&format!(
            "name = \"s\"\nurl = \"http://127.0.0.1:9/\"\n{extra}"
        ))
        .unwrap()
    };
    let d = parse("secret = \"s\"");
    assert_eq!(d.signature, sink::webhook::SignatureScheme::Scamwatch);
    d.validate().unwrap();
    for (extra, why) in [
        ("secret = \"plain\"\nsignature = \"standard\"", "whsec_"),
        ("secret = \"whsec_!!\"\nsignature = \"both\"", "base64"),
        (
            "secret = \"whsec_c2hvcnQ=\"\nsignature = \"standard\"",
            "24 to 64",
        ),
        ("secret_env = \"A\"\nsecret_file = \"/x\"", "not both"),
    ] {
        let e = parse(extra).validate().unwrap_err().to_string();
        assert!(e.contains(why), "{extra}: {e}");
    }
    parse(&format!(
        "secret = \"{}\"\nsignature = \"standard\"",
        whsec(9)
    ))
    .validate()
    .unwrap();
    // A secret from a file that is not a whsec_ secret stops the open.
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("secret");
    std::fs::write(&f, "not-whsec\n").unwrap();
    let cfg = parse(&format!("secret_file = {f:?}\nsignature = \"standard\""));
    let e = WebhookSink::open(cfg, dir.path(), &prometheus::Registry::new())
        .unwrap_err()
        .to_string();
    assert!(e.contains("whsec_"), "{e}");
}

/// Runs the Python recipe from docs/delivery.md, verbatim, on a request scamwatch really sent,
/// and on tampered and stale copies of it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn docs_python_recipe_verifies_real_requests() {
    let (l, url) = bind().await;
    let mut rx = serve(l, |_, _| Reply::Status(200));
    let dir = tempfile::tempdir().unwrap();
    let reg = prometheus::Registry::new();
    let hook = WebhookSink::open(config("docs", &url), dir.path(), &reg).unwrap();
    let records = alerts(1);
    hook.enqueue_batch(&records).unwrap();
    let g = deliver_one(&hook, &mut rx).await;

    let body_path = dir.path().join("body.json");
    std::fs::write(&body_path, &g.body).unwrap();
    let tampered = String::from_utf8(g.body.to_vec())
        .unwrap()
        .replace("\"lock\"", "\"review\"");
    assert_ne!(tampered.as_bytes(), &g.body[..]);
    let tampered_path = dir.path().join("tampered.json");
    std::fs::write(&tampered_path, tampered.as_bytes()).unwrap();
    let old_ts = (g.timestamp.parse::<i64>().unwrap() - 301).to_string();
    let old_sig = sign::sign(SECRET.as_bytes(), old_ts.parse().unwrap(), &g.body);

    let script = format!(
        "{}\n\nimport sys\nsecret = sys.argv[1].encode()\ncases = [\n  (sys.argv[2], sys.argv[3], sys.argv[4]),\n  (sys.argv[2], sys.argv[3], sys.argv[5]),\n  (sys.argv[6], sys.argv[7], sys.argv[4]),\n  (sys.argv[2], 'v1=' + '0' * 64, sys.argv[4]),\n]\nprint(' '.join(str(verify(secret, ts, sig, open(p, 'rb').read())) for ts, sig, p in cases))\n",
        docs_block("python")
    );
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(&script)
        .args([
            SECRET,
            &g.timestamp,
            &g.signature,
            body_path.to_str().unwrap(),
            tampered_path.to_str().unwrap(),
            &old_ts,
            &old_sig,
        ])
        .output()
        .expect("python3 runs (the CI machine has Python 3.11)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "True False False False"
    );

    // The Rust method agrees, with the documented errors.
    let now = now_unix();
    assert_eq!(
        sign::verify(
            SECRET.as_bytes(),
            &g.timestamp,
            &g.signature,
            &g.body,
            now,
            300
        ),
        Ok(())
    );
    assert_eq!(
        sign::verify(
            SECRET.as_bytes(),
            &g.timestamp,
            &g.signature,
            tampered.as_bytes(),
            now,
            300
        ),
        Err(sign::VerifyError::Mismatch)
    );
    assert!(matches!(
        sign::verify(SECRET.as_bytes(), &old_ts, &old_sig, &g.body, now, 300),
        Err(sign::VerifyError::Expired { .. })
    ));
}

/// A hook whose receiver never answers does not hold up another hook, and stopping it returns
/// at once with its records still in the outbox.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dead_hook_does_not_slow_the_other_and_shutdown_is_prompt() {
    let (l1, slow_url) = bind().await;
    let mut slow_rx = serve(l1, |_, _| Reply::Hang);
    let (l2, fast_url) = bind().await;
    let mut fast_rx = serve(l2, |_, _| Reply::Status(200));
    let dir = tempfile::tempdir().unwrap();
    let reg = prometheus::Registry::new();
    let mut slow_cfg = config("slow", &slow_url);
    slow_cfg.timeout_ms = 120_000;
    let slow = WebhookSink::open(slow_cfg, dir.path(), &reg).unwrap();
    let fast = WebhookSink::open(config("fast", &fast_url), dir.path(), &reg).unwrap();
    let stop = CancellationToken::new();
    let t1 = tokio::spawn(slow.clone().run(stop.clone()));
    let t2 = tokio::spawn(fast.clone().run(stop.clone()));
    let records = alerts(40);
    for chunk in records.chunks(8) {
        assert_eq!(slow.enqueue_batch(chunk).unwrap(), chunk.len());
        assert_eq!(fast.enqueue_batch(chunk).unwrap(), chunk.len());
    }
    until_accepted(&mut fast_rx, &ids(&records)).await;
    // The slow hook has exactly `concurrency` requests hanging.
    for _ in 0..4 {
        tokio::time::timeout(DEADLINE, slow_rx.recv())
            .await
            .unwrap()
            .unwrap();
    }
    assert!(slow_rx.try_recv().is_err());
    stop.cancel();
    tokio::time::timeout(Duration::from_secs(5), t1)
        .await
        .expect("prompt shutdown")
        .unwrap();
    tokio::time::timeout(Duration::from_secs(5), t2)
        .await
        .expect("prompt shutdown")
        .unwrap();
    assert_eq!(
        metric(&reg, "scamwatch_outbox_depth", Some(("sink", "slow"))),
        40.0
    );
    drop(slow);
    let reg2 = prometheus::Registry::new();
    let _again = WebhookSink::open(config("slow", &slow_url), dir.path(), &reg2).unwrap();
    assert_eq!(
        metric(&reg2, "scamwatch_outbox_recovered_total", None),
        40.0
    );
}

/// The child side of `kill_9_at_any_moment_loses_nothing_acknowledged`: enqueues batches while
/// delivering, and prints `ok <n>` after each batch `enqueue_batch` acknowledged. Only run by that
/// test, in a child process it kills with SIGKILL.
#[test]
#[ignore = "child process of kill_9_at_any_moment_loses_nothing_acknowledged"]
fn kill9_child_process() {
    use std::io::Write;
    let dir = std::env::var("SCAMWATCH_SINK_CHILD_DIR").expect("run by the parent test");
    let url = std::env::var("SCAMWATCH_SINK_CHILD_URL").unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let reg = prometheus::Registry::new();
    let hook = WebhookSink::open(config("kill9", &url), Path::new(&dir), &reg).unwrap();
    let _run = rt.spawn(hook.clone().run(CancellationToken::new()));
    let records = alerts(2000);
    let mut out = std::io::stdout().lock();
    for (n, batch) in records.chunks(5).enumerate() {
        hook.enqueue_batch(batch).unwrap();
        writeln!(out, "ok {n}").unwrap();
        out.flush().unwrap();
    }
    // Keep delivering until killed.
    rt.block_on(std::future::pending::<()>());
}

/// A real `kill -9`: a child process enqueues and delivers; it is killed with SIGKILL at an
/// arbitrary moment (mid-batch, mid-request). Every record of every batch the child saw
/// acknowledged reaches a receiver after a restart on the same directory.
#[test]
fn kill_9_at_any_moment_loses_nothing_acknowledged() {
    use std::io::BufRead;
    let recv_rt = tokio::runtime::Runtime::new().unwrap();
    let (l, url) = recv_rt.block_on(bind());
    // The first receiver accepts some requests and fails others.
    let mut rx = recv_rt.block_on(async {
        serve(l, |id, _| {
            if id.ends_with('3') {
                Reply::Status(503)
            } else {
                Reply::Status(200)
            }
        })
    });
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "sink_webhook::kill9_child_process",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("SCAMWATCH_SINK_CHILD_DIR", dir.path())
        .env("SCAMWATCH_SINK_CHILD_URL", &url)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (line_tx, line_rx) = std::sync::mpsc::channel::<String>();
    let reader = std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if line_tx.send(line).is_err() {
                break;
            }
        }
    });
    // Let it acknowledge 40 batches and deliver 30 records, then kill it without warning.
    let mut acked_batches = HashSet::new();
    let end = Instant::now() + DEADLINE;
    while acked_batches.len() < 40 {
        let line = line_rx
            .recv_timeout(end.saturating_duration_since(Instant::now()))
            .expect("child makes progress");
        if let Some(n) = line.strip_prefix("ok ") {
            acked_batches.insert(n.parse::<usize>().unwrap());
        }
    }
    let mut accepted = HashSet::new();
    recv_rt.block_on(async {
        while accepted.len() < 30 {
            let g = tokio::time::timeout(DEADLINE, rx.recv())
                .await
                .unwrap()
                .unwrap();
            if check(&g) {
                accepted.insert(g.id);
            }
        }
    });
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    // Lines written before the kill are still in the pipe.
    reader.join().unwrap();
    while let Ok(line) = line_rx.try_recv() {
        if let Some(n) = line.strip_prefix("ok ") {
            acked_batches.insert(n.parse::<usize>().unwrap());
        }
    }
    while let Ok(g) = rx.try_recv() {
        if check(&g) {
            accepted.insert(g.id);
        }
    }
    let records = alerts(2000);
    let must: HashSet<String> = records
        .chunks(5)
        .enumerate()
        .filter(|(n, _)| acked_batches.contains(n))
        .flat_map(|(_, b)| b.iter().map(sink::record_id))
        .collect();
    let missing: HashSet<String> = must.difference(&accepted).cloned().collect();

    // Restart on the same directory with a receiver that accepts everything.
    let (l2, url2) = recv_rt.block_on(bind());
    let mut rx2 = recv_rt.block_on(async { serve(l2, |_, _| Reply::Status(200)) });
    let reg = prometheus::Registry::new();
    let hook = WebhookSink::open(config("kill9", &url2), dir.path(), &reg).unwrap();
    assert!(metric(&reg, "scamwatch_outbox_recovered_total", None) >= missing.len() as f64);
    recv_rt.block_on(async {
        let stop = CancellationToken::new();
        let task = tokio::spawn(hook.clone().run(stop.clone()));
        until_accepted(&mut rx2, &missing).await;
        stop.cancel();
        tokio::time::timeout(DEADLINE, task).await.unwrap().unwrap();
    });
    eprintln!(
        "kill -9 after {} acknowledged batches; {} delivered before, {} after the restart",
        acked_batches.len(),
        accepted.len(),
        missing.len()
    );
}

/// Throughput figures, not a check of behaviour (run by hand):
/// `cargo test --test sink_webhook throughput -- --ignored --nocapture`
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "measurement"]
async fn throughput() {
    let (l, url) = bind().await;
    let mut rx = serve(l, |_, _| Reply::Status(200));
    let dir = tempfile::tempdir().unwrap();
    let reg = prometheus::Registry::new();
    let mut cfg = config("bench", &url);
    cfg.concurrency = 16;
    let hook = WebhookSink::open(cfg, dir.path(), &reg).unwrap();
    let records = alerts(20_000);
    let t0 = Instant::now();
    for batch in records.chunks(100) {
        hook.enqueue_batch(batch).unwrap();
    }
    let enq = t0.elapsed();
    let t1 = Instant::now();
    let stop = CancellationToken::new();
    let task = tokio::spawn(hook.clone().run(stop.clone()));
    let mut n = 0;
    while n < records.len() {
        tokio::time::timeout(DEADLINE * 4, rx.recv())
            .await
            .unwrap()
            .unwrap();
        n += 1;
    }
    wait_metric(
        &reg,
        "scamwatch_webhook_delivered_total",
        None,
        records.len() as f64,
    )
    .await;
    let del = t1.elapsed();
    stop.cancel();
    task.await.unwrap();
    eprintln!(
        "enqueue: {} records in batches of 100 in {:?} ({:.0}/s, one fsync per batch); deliver: {:?} ({:.0}/s, concurrency 16)",
        records.len(),
        enq,
        records.len() as f64 / enq.as_secs_f64(),
        del,
        records.len() as f64 / del.as_secs_f64()
    );
}
