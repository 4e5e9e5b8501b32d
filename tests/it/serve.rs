//! `scamwatch serve` as a real process against real websockets on 127.0.0.1: the same alerts
//! as `replay`, an upstream killed and restarted mid-stream, a broken rule file during a run, a
//! restart that keeps account history, and `/metrics`.

use std::sync::{Arc, Mutex};

use crate::common::*;
use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpListener;
use tokio::runtime::Runtime;
use tokio::sync::watch;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};

use scamwatch::source::decode::decode_line;

pub(crate) fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// A fixture as (event time in µs, line), in file order.
pub(crate) fn lines(file: &str) -> Arc<Vec<(i64, String)>> {
    let text = std::fs::read_to_string(data(file)).unwrap();
    Arc::new(
        text.lines()
            .filter_map(|l| {
                let input = decode_line(l.as_bytes()).ok().flatten()?;
                Some((input.event_time().0 * 1000, l.to_string()))
            })
            .collect(),
    )
}

/// A test upstream: serves `lines` to each client from the `cursor` it asks for, once `gate`
/// is open, in frames of 8 lines; after `die_after` lines in total it drops the connection and
/// stops listening, like a killed process. (The cluster ingest's tests use it too.)
pub(crate) struct Upstream {
    pub(crate) addr: std::net::SocketAddr,
    gate: watch::Sender<bool>,
    pub(crate) cursors: Arc<Mutex<Vec<Option<i64>>>>,
    pub(crate) task: tokio::task::JoinHandle<()>,
}

pub(crate) fn start_upstream(
    rt: &Runtime,
    port: u16,
    lines: Arc<Vec<(i64, String)>>,
    die_after: Option<usize>,
    open: bool,
) -> Upstream {
    let listener = rt
        .block_on(TcpListener::bind(("127.0.0.1", port)))
        .expect("bind the upstream");
    let addr = listener.local_addr().unwrap();
    let (gate, gate_rx) = watch::channel(open);
    let cursors = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&cursors);
    let task = rt.spawn(async move {
        let sent = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (dead_tx, mut dead) = watch::channel(false);
        loop {
            let (tcp, _) = tokio::select! {
                a = listener.accept() => a.unwrap(),
                _ = dead.changed() => return,
            };
            let lines = Arc::clone(&lines);
            let mut gate = gate_rx.clone();
            let seen = Arc::clone(&seen);
            let sent = Arc::clone(&sent);
            let dead_tx = dead_tx.clone();
            tokio::spawn(async move {
                let mut cursor = None;
                // The handshake callback's error type is the library's, large by design.
                #[allow(clippy::result_large_err)]
                let cb = |req: &Request, resp: Response| {
                    cursor = req.uri().query().and_then(|q| {
                        q.split('&')
                            .find_map(|kv| kv.strip_prefix("cursor="))
                            .and_then(|v| v.parse::<i64>().ok())
                    });
                    Ok(resp)
                };
                let Ok(mut ws) = tokio_tungstenite::accept_hdr_async(tcp, cb).await else {
                    return;
                };
                seen.lock().unwrap().push(cursor);
                while !*gate.borrow() {
                    if gate.changed().await.is_err() {
                        return;
                    }
                }
                let start = cursor.map_or(0, |c| lines.partition_point(|(t, _)| *t < c));
                for chunk in lines[start..].chunks(8) {
                    let frame: Vec<&str> = chunk.iter().map(|(_, l)| l.as_str()).collect();
                    if ws
                        .send(Message::Text(frame.join("\n").into()))
                        .await
                        .is_err()
                    {
                        return;
                    }
                    let n = sent.fetch_add(chunk.len(), std::sync::atomic::Ordering::SeqCst)
                        + chunk.len();
                    if die_after.is_some_and(|d| n >= d) {
                        // Killed: no close frame, the socket just goes away.
                        let _ = dead_tx.send(true);
                        return;
                    }
                }
                // Then stay connected, as a live stream would.
                while let Some(Ok(_)) = ws.next().await {}
            });
        }
    });
    Upstream {
        addr,
        gate,
        cursors,
        task,
    }
}

type Lines = Arc<Mutex<Vec<String>>>;

/// Collects every record line of `ws://addr/alerts` (reload and lag notices apart).
fn collect_alerts(rt: &Runtime, addr: std::net::SocketAddr) -> (Lines, Lines) {
    let records = Arc::new(Mutex::new(Vec::new()));
    let meta = Arc::new(Mutex::new(Vec::new()));
    let (r, m) = (Arc::clone(&records), Arc::clone(&meta));
    let (ws, _) = rt
        .block_on(tokio_tungstenite::connect_async(ws_request(
            &format!("ws://{addr}/alerts"),
            TEST_TOKEN,
        )))
        .expect("connect to /alerts");
    rt.spawn(async move {
        let (_tx, mut rx) = ws.split();
        while let Some(Ok(msg)) = rx.next().await {
            if let Message::Text(t) = msg {
                let t = t.to_string();
                if t.starts_with("{\"kind\":\"reload\"") || t.starts_with("{\"kind\":\"lagged\"") {
                    m.lock().unwrap().push(t);
                } else {
                    r.lock().unwrap().push(t);
                }
            }
        }
    });
    (records, meta)
}

/// Pushes `lines` to `ws://addr/ingest` in frames of 16 lines, with the test token.
fn push(addr: std::net::SocketAddr, lines: &[(i64, String)]) {
    let lines: Vec<&str> = lines.iter().map(|(_, l)| l.as_str()).collect();
    ingest(addr, &lines, Some(TEST_TOKEN));
}

fn wait_records(records: &Lines, n: usize, what: &str) -> Vec<String> {
    wait_for(120, what, || {
        let r = records.lock().unwrap();
        (r.len() >= n).then(|| r.clone())
    })
}

/// Index of the first line carrying the July 2020 scam address: where the takeover starts.
fn first_scam_line(input: &[(i64, String)]) -> usize {
    input
        .iter()
        .position(|(_, l)| l.contains("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"))
        .expect("the fixture has the takeover")
}

/// A temporary copy of the shipped rule directory, to edit during a test.
fn copy_of_shipped_rules() -> tempfile::TempDir {
    let rules = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(root().join("rules")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, rules.path().join(p.file_name().unwrap())).unwrap();
    }
    rules
}

fn processed(addr: std::net::SocketAddr) -> f64 {
    metric(&metrics_page(addr), "scamwatch_posts_processed_total").unwrap_or(0.0)
}

#[test]
fn live_alerts_equal_replay_and_metrics_add_up() {
    let rt = runtime();
    let input = lines("july2020.jsonl");
    let expected = replay_records(&data("july2020.jsonl"));
    let up = start_upstream(&rt, 0, Arc::clone(&input), None, false);
    let dir = tempfile::tempdir().unwrap();
    let svc = Service::start(&[
        "--source",
        &format!("ws://{}/stream", up.addr),
        "--http",
        "127.0.0.1:0",
        "--data-dir",
        dir.path().to_str().unwrap(),
    ]);
    wait_for(60, "/readyz", || {
        (http(svc.http, "GET", "/readyz", &[]).0 == 200).then_some(())
    });
    assert_eq!(http(svc.http, "GET", "/healthz", &[]).0, 200);
    let (records, _) = collect_alerts(&rt, svc.http);
    up.gate.send(true).unwrap();
    let got = wait_records(&records, expected.len(), "the live records");
    assert_eq!(got, expected, "the live service and replay disagree");

    let posts = input
        .iter()
        .filter(|(_, l)| !l.starts_with("{\"account_event\""))
        .count();
    let page = wait_for(30, "every post processed", || {
        let p = metrics_page(svc.http);
        (metric(&p, "scamwatch_posts_processed_total") == Some(posts as f64)).then_some(p)
    });
    let locks = expected
        .iter()
        .filter(|l| l.contains("\"action\":\"lock\""))
        .count();
    assert_eq!(
        metric(&page, "scamwatch_alerts_total{action=\"lock\"}"),
        Some(locks as f64)
    );
    assert_eq!(metric(&page, "scamwatch_websocket_connected"), Some(1.0));
    assert!(metric(&page, "scamwatch_campaigns_total").unwrap() >= 1.0);
    assert!(metric(&page, "scamwatch_ingest_to_decision_seconds_count").unwrap() >= posts as f64);
    assert!(
        page.contains(
            "scamwatch_rule_matches_total{mode=\"act\",rule=\"en.multiply.send-back-double\"}"
        ),
        "{page}"
    );
    // Labels stay bounded: no account or post id appears anywhere in the page.
    assert!(
        !page.contains("1283000000000000"),
        "a post id leaked into a label"
    );
    assert!(svc.stop().success());
    up.task.abort();
}

#[test]
fn upstream_killed_mid_stream_loses_nothing_and_alerts_nothing_twice() {
    let rt = runtime();
    let input = lines("july2020.jsonl");
    let expected = replay_records(&data("july2020.jsonl"));
    // Die inside the takeover, when history, campaign and locks are all in flight.
    let die_after = first_scam_line(&input) + 20;
    let first = start_upstream(&rt, 0, Arc::clone(&input), Some(die_after), true);
    let port = first.addr.port();
    let dir = tempfile::tempdir().unwrap();
    let svc = Service::start(&[
        "--source",
        &format!("ws://127.0.0.1:{port}/stream"),
        "--http",
        "127.0.0.1:0",
        "--data-dir",
        dir.path().to_str().unwrap(),
    ]);
    let (records, _) = collect_alerts(&rt, svc.http);
    // The upstream is gone: the service notices, counts, and keeps retrying.
    wait_for(60, "a reconnect attempt", || {
        let p = metrics_page(svc.http);
        (metric(&p, "scamwatch_websocket_reconnects_total").unwrap_or(0.0) >= 1.0).then_some(())
    });
    rt.block_on(first.task).unwrap();
    // The detector thread may still be working through what arrived before the upstream died.
    let before = wait_for(60, "the posts received before the upstream died", || {
        let n = processed(svc.http);
        (n > 0.0).then_some(n)
    });
    assert!(before < input.len() as f64);
    // Restarted on the same port: the service resumes from its cursor.
    let second = start_upstream(&rt, port, Arc::clone(&input), None, true);
    let got = wait_records(&records, expected.len(), "every record after the restart");
    assert_eq!(
        got, expected,
        "lost or duplicated records across the upstream restart"
    );
    let cursors = second.cursors.lock().unwrap().clone();
    assert!(
        cursors.first().is_some_and(|c| c.is_some()),
        "resumed with a cursor: {cursors:?}"
    );
    let page = metrics_page(svc.http);
    assert!(
        metric(&page, "scamwatch_posts_duplicate_total").unwrap() >= 1.0,
        "the rewind re-sent posts, dropped by id"
    );
    assert!(svc.stop().success());
    second.task.abort();
}

#[test]
fn a_broken_rule_file_never_replaces_working_rules() {
    let rt = runtime();
    let rules = copy_of_shipped_rules();
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("serve.toml");
    // The API token from a file (with its newline), as a Kubernetes secret mounts it.
    let token_file = dir.path().join("http.token");
    std::fs::write(&token_file, format!("{TEST_TOKEN}\n")).unwrap();
    std::fs::write(
        &cfg,
        format!(
            "[http]\nlisten = \"127.0.0.1:0\"\ntoken_file = {:?}\n[detector]\nrules = {:?}\n[state]\ndata_dir = {:?}\n[reload]\ndebounce_ms = 50\n",
            token_file,
            rules.path(),
            dir.path().join("data")
        ),
    )
    .unwrap();
    // The environment's token is not the file's: only the file's counts.
    let svc = Service::start_with_token(&["--config", cfg.to_str().unwrap()], Some("not-it"));
    let (records, meta) = collect_alerts(&rt, svc.http);

    std::fs::write(
        rules.path().join("zz-broken.toml"),
        "[[rule]]\nid = \"x\"\nweight = oops\n",
    )
    .unwrap();
    let failed = wait_for(60, "a failed-reload record", || {
        meta.lock()
            .unwrap()
            .iter()
            .find(|m| m.contains("\"status\":\"failed\""))
            .cloned()
    });
    assert!(failed.contains("zz-broken.toml:3:"), "{failed}");
    wait_for(30, "the refusal in the log", || {
        svc.logs().contains("reload refused").then_some(())
    });

    // Detection carries on with the old rules.
    let expected = replay_records(&data("obfuscated.jsonl"));
    assert_eq!(
        http(svc.http, "GET", "/ingest", &[]).0,
        401,
        "ingest needs the token"
    );
    push(svc.http, &lines("obfuscated.jsonl"));
    assert_eq!(
        wait_records(&records, expected.len(), "records with the old rules"),
        expected
    );

    // An explicit reload says why it refuses.
    assert_eq!(http(svc.http, "POST", "/rules/reload", &[]).0, 401);
    let (status, body) = http(svc.http, "POST", "/rules/reload", &[AUTH]);
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("zz-broken.toml:3:"), "{body}");

    // Fixing the file brings the new set in.
    std::fs::remove_file(rules.path().join("zz-broken.toml")).unwrap();
    wait_for(60, "an applied reload", || {
        meta.lock()
            .unwrap()
            .iter()
            .any(|m| m.contains("\"status\":\"applied\"") && m.contains("\"trigger\":\"watch\""))
            .then_some(())
    });
    // SIGHUP reloads too.
    svc.signal(1);
    wait_for(60, "a reload on SIGHUP", || {
        meta.lock()
            .unwrap()
            .iter()
            .any(|m| m.contains("\"trigger\":\"signal\"") && m.contains("\"status\":\"applied\""))
            .then_some(())
    });
    // A rule set that compiles but whose own examples fail is refused too.
    std::fs::write(
        rules.path().join("zz-untested.toml"),
        "[[rule]]\nid = \"en.urgency.zz-new\"\ndescription = \"d\"\ncategory = \"urgency\"\nweight = 1.0\nphrases = [\"right this second\"]\nexamples = { match = [\"do it before lunch\"], no_match = [\"hello\"] }\n",
    )
    .unwrap();
    let (status, body) = http(svc.http, "POST", "/rules/reload", &[AUTH]);
    assert_eq!(status, 422, "{body}");
    assert!(
        body.contains("E020") && body.contains("zz-untested.toml"),
        "{body}"
    );
    std::fs::remove_file(rules.path().join("zz-untested.toml")).unwrap();
    let page = metrics_page(svc.http);
    assert!(metric(&page, "scamwatch_rule_reloads_total{result=\"failed\"}").unwrap() >= 2.0);
    assert!(metric(&page, "scamwatch_rule_reloads_total{result=\"applied\"}").unwrap() >= 1.0);
    assert!(svc.stop().success());
}

#[test]
fn a_restart_keeps_account_history_and_does_not_re_alert() {
    let rt = runtime();
    let input = lines("july2020.jsonl");
    let expected = replay_records(&data("july2020.jsonl"));
    // Stop just before the takeover: the second run only sees the scam posts, and must still
    // know these accounts' history to lock them.
    let cut = first_scam_line(&input) - 1;
    let prefix_records = {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("prefix.jsonl");
        let text: Vec<&str> = input[..cut].iter().map(|(_, l)| l.as_str()).collect();
        std::fs::write(&f, text.join("\n")).unwrap();
        let out = scamwatch(&["replay", f.to_str().unwrap()]);
        String::from_utf8(out.stdout).unwrap().lines().count()
    };
    let data_dir = tempfile::tempdir().unwrap();
    let args = [
        "--http",
        "127.0.0.1:0",
        "--data-dir",
        data_dir.path().to_str().unwrap(),
    ];
    let svc = Service::start(&args);
    push(svc.http, &input[..cut]);
    let posts = input[..cut]
        .iter()
        .filter(|(_, l)| !l.starts_with("{\"account_event\""))
        .count();
    wait_for(60, "the history processed", || {
        (processed(svc.http) == posts as f64).then_some(())
    });
    assert!(svc.stop().success(), "graceful stop exits 0");

    let svc = Service::start(&args);
    let (records, _) = collect_alerts(&rt, svc.http);
    // Re-send the last minute before the cut, as a resuming upstream would: no new records.
    let t = input[cut - 1].0;
    let overlap = input[..cut].partition_point(|(et, _)| t - *et > 30_000_000);
    push(svc.http, &input[overlap..]);
    let want = &expected[prefix_records..];
    let got = wait_records(&records, want.len(), "records after the restart");
    assert_eq!(
        got, want,
        "the restarted service forgot history or re-alerted"
    );
    assert!(got.iter().any(|l| l.contains("\"action\":\"lock\"")
        && l.contains("first_crypto_post")
        || l.contains("new_client")));
    assert!(svc.stop().success());
}

/// Reads Server-Sent Events `data:` lines from `/alerts/sse` into `out`.
fn collect_sse(addr: std::net::SocketAddr) -> Lines {
    use std::io::{BufRead, BufReader, Write};
    let out: Lines = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&out);
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET /alerts/sse HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\
         Authorization: Bearer {TEST_TOKEN}\r\n\r\n"
    )
    .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut first = true;
        for line in BufReader::new(s).lines().map_while(Result::ok) {
            if first {
                let _ = tx.send(line.clone());
                first = false;
            }
            if let Some(d) = line.strip_prefix("data: ") {
                sink.lock().unwrap().push(d.to_string());
            }
        }
    });
    let status = rx.recv_timeout(std::time::Duration::from_secs(30)).unwrap();
    assert!(status.contains(" 200 "), "{status}");
    out
}

#[test]
fn sse_lag_bad_frames_and_json_logs() {
    let rt = runtime();
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("serve.toml");
    // A one-record stream buffer: any client that is not instantly ready lags.
    std::fs::write(
        &cfg,
        format!(
            "[http]\nlisten = \"127.0.0.1:0\"\n[state]\ndata_dir = {:?}\n[limits]\nmax_frame_bytes = 4096\nalert_stream_buffer = 1\n[log]\nformat = \"json\"\n",
            dir.path().join("data")
        ),
    )
    .unwrap();
    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let sse = collect_sse(svc.http);
    let expected = replay_records(&data("obfuscated.jsonl"));
    let mut input = (*lines("obfuscated.jsonl")).clone();
    // A frame over the limit and a line that is not JSON, in the middle: skipped, counted.
    input.insert(
        10,
        (
            0,
            format!(
                "{{\"data\":{{\"id\":\"1\",\"text\":\"{}\"}}}}",
                "x".repeat(5000)
            ),
        ),
    );
    input.insert(20, (0, "{not json".into()));
    rt.block_on(async {
        let (mut ws, _) = tokio_tungstenite::connect_async(ws_request(
            &format!("ws://{}/ingest", svc.http),
            TEST_TOKEN,
        ))
        .await
        .unwrap();
        for (_, l) in &input {
            ws.send(Message::Text(l.clone().into())).await.unwrap();
        }
        ws.close(None).await.unwrap();
    });
    let n_posts = lines("obfuscated.jsonl")
        .iter()
        .filter(|(_, l)| !l.starts_with("{\"account_event\""))
        .count();
    let page = wait_for(60, "every post processed", || {
        let p = metrics_page(svc.http);
        (metric(&p, "scamwatch_posts_processed_total") == Some(n_posts as f64)).then_some(p)
    });
    assert_eq!(
        metric(
            &page,
            "scamwatch_messages_skipped_total{reason=\"too_large\"}"
        ),
        Some(1.0)
    );
    assert_eq!(
        metric(
            &page,
            "scamwatch_messages_skipped_total{reason=\"invalid_json\"}"
        ),
        Some(1.0)
    );
    // Every record reached the SSE client, or was reported to it as missed: the slow client
    // lags, detection does not wait for it.
    let total = expected.len() as u64;
    let (seen, missed) = wait_for(60, "the SSE stream to account for every record", || {
        let got = sse.lock().unwrap().clone();
        let seen = got
            .iter()
            .filter(|l| !l.contains("\"kind\":\"reload\"") && !l.contains("\"kind\":\"lagged\""))
            .count() as u64;
        let missed: u64 = got
            .iter()
            .filter_map(|l| l.strip_prefix("{\"kind\":\"lagged\",\"missed\":"))
            .map(|n| n.trim_end_matches('}').parse::<u64>().unwrap())
            .sum();
        (seen + missed >= total).then_some((seen, missed))
    });
    assert_eq!(
        seen + missed,
        total,
        "records seen {seen} + missed {missed}"
    );
    let lagged = metric(
        &metrics_page(svc.http),
        "scamwatch_alert_stream_lagged_total",
    )
    .unwrap();
    assert_eq!(lagged as u64, missed);
    let logs = wait_for(30, "log lines", || {
        let l = svc.logs();
        l.contains("http listening").then_some(l)
    });
    for line in logs.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("not a JSON log line {line:?}: {e}"));
        assert!(v.get("level").is_some(), "{line}");
    }
    let status = svc.stop();
    assert!(status.success());
}

/// A rule in shadow mode runs live for a day before it acts: it is evaluated and counted, its
/// "would have" records go out on the alert stream, and no action changes.
#[test]
fn shadow_rules_report_what_they_would_do_and_change_nothing() {
    let rt = runtime();
    let rules = copy_of_shipped_rules();
    std::fs::write(
        rules.path().join("zz-shadow.toml"),
        "[[rule]]\nid = \"en.multiply.zz-shadow-trial\"\ndescription = \"trial\"\ncategory = \"multiply\"\nweight = 4.0\nmode = \"shadow\"\nphrases = [\"hot meals served\"]\nexamples = { match = [\"hot meals served today\"], no_match = [\"hello\"] }\n",
    )
    .unwrap();
    let rules_dir = rules.path().to_str().unwrap();
    let without = replay_records(&data("hard-negatives.jsonl"));
    let out = scamwatch(&[
        "replay",
        data("hard-negatives.jsonl").to_str().unwrap(),
        "--rules",
        rules_dir,
    ]);
    let with: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let shadows: Vec<&String> = with
        .iter()
        .filter(|l| l.starts_with("{\"kind\":\"shadow\""))
        .collect();
    assert_eq!(shadows.len(), 1, "{shadows:?}");
    assert!(
        shadows[0].contains("\"action\":\"none\"")
            && shadows[0].contains("\"would_action\":\"review\"")
    );
    let actions: Vec<&String> = with
        .iter()
        .filter(|l| !l.starts_with("{\"kind\":\"shadow\""))
        .collect();
    assert_eq!(
        actions,
        without.iter().collect::<Vec<_>>(),
        "a shadow rule changed an action"
    );

    let dir = tempfile::tempdir().unwrap();
    let svc = Service::start(&[
        "--http",
        "127.0.0.1:0",
        "--rules",
        rules_dir,
        "--data-dir",
        dir.path().to_str().unwrap(),
    ]);
    let (records, _) = collect_alerts(&rt, svc.http);
    push(svc.http, &lines("hard-negatives.jsonl"));
    assert_eq!(wait_records(&records, with.len(), "live records"), with);
    let page = metrics_page(svc.http);
    assert_eq!(
        metric(
            &page,
            "scamwatch_rule_matches_total{mode=\"shadow\",rule=\"en.multiply.zz-shadow-trial\"}"
        ),
        Some(1.0)
    );
    assert_eq!(
        metric(&page, "scamwatch_records_total{kind=\"shadow\"}"),
        Some(1.0)
    );
    assert!(svc.stop().success());
}

/// Kubernetes mounts a ConfigMap as a directory of symlinks (`en.toml -> ..data/en.toml`) into
/// `..data`, itself a symlink to a timestamped directory, and updates it by writing a new
/// directory and renaming a new `..data` over the old one: no `*.toml` path changes, yet the
/// rules did (issue 14). The reload must happen, and apply the new rule.
#[test]
fn a_configmap_symlink_swap_reloads_the_rules() {
    use std::os::unix::fs::symlink;
    let rt = runtime();
    let mount = tempfile::tempdir().unwrap();
    let m = mount.path();
    let shipped: Vec<std::path::PathBuf> = std::fs::read_dir(root().join("rules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let version = |name: &str, extra: &str| {
        let d = m.join(name);
        std::fs::create_dir(&d).unwrap();
        for p in &shipped {
            std::fs::copy(p, d.join(p.file_name().unwrap())).unwrap();
        }
        let en = d.join("en.toml");
        let mut text = std::fs::read_to_string(&en).unwrap();
        text.push_str(extra);
        std::fs::write(&en, text).unwrap();
    };
    version("..2026_11_27_14_00_00.1", "");
    symlink("..2026_11_27_14_00_00.1", m.join("..data")).unwrap();
    for p in &shipped {
        let name = p.file_name().unwrap().to_str().unwrap();
        symlink(format!("..data/{name}"), m.join(name)).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("serve.toml");
    std::fs::write(
        &cfg,
        format!(
            "[http]\nlisten = \"127.0.0.1:0\"\n[detector]\nrules = {m:?}\n[state]\ndata_dir = {:?}\n[reload]\ndebounce_ms = 50\n",
            dir.path().join("data")
        ),
    )
    .unwrap();
    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let (_, meta) = collect_alerts(&rt, svc.http);
    let rules_before = {
        let (status, body) = http(svc.http, "POST", "/rules/reload", &[AUTH]);
        assert_eq!(status, 200, "{body}");
        body
    };

    // The update, as the kubelet's atomic writer does it.
    version(
        "..2026_11_27_14_05_00.2",
        "\n[[rule]]\nid = \"en.urgency.zz-configmap\"\ndescription = \"d\"\ncategory = \"urgency\"\nweight = 1.0\nphrases = [\"right this second\"]\nexamples = { match = [\"act right this second\"], no_match = [\"hello\"] }\n",
    );
    symlink("..2026_11_27_14_05_00.2", m.join("..data_tmp")).unwrap();
    std::fs::rename(m.join("..data_tmp"), m.join("..data")).unwrap();
    std::fs::remove_dir_all(m.join("..2026_11_27_14_00_00.1")).unwrap();

    let applied = wait_for(60, "a reload after the ..data swap", || {
        meta.lock()
            .unwrap()
            .iter()
            .find(|r| r.contains("\"trigger\":\"watch\"") && r.contains("\"status\":\"applied\""))
            .cloned()
    });
    let count = |s: &str| -> usize {
        let v: serde_json::Value = serde_json::from_str(s.trim()).unwrap();
        v["rules"].as_u64().unwrap() as usize
    };
    assert_eq!(count(&applied), count(&rules_before) + 1, "{applied}");
    assert!(svc.stop().success());
}
