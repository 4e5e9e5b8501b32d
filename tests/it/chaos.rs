//! Chaos (issue 14, docs/reliability.md#chaos), through the real binary on loopback:
//!
//! - an upstream that drops the connection every 40 frames (320 lines), dozens of times over one stream:
//!   every post is decided once and the records are exactly `replay`'s (nothing lost, nothing
//!   alerted twice);
//! - a webhook receiver that is down while `serve` is killed with SIGKILL and restarted three
//!   times: once it is back, every alert arrives, every signature verifies, and a copy sent
//!   twice (a restart re-derives what came after its last checkpoint) is the same body under
//!   the same id;
//! - the data directory on a small tmpfs that fills up: a failed checkpoint, an error log line
//!   and `scamwatch_sink_blocked`, the sources held back (the queue full, the upstream
//!   waiting), and once space returns, every record written whole, the state store opened
//!   again and checkpointing, the store intact across a restart.
//!
//! The stream is the generator's (`scamwatch::synth`), written to a file so that `replay`
//! gives the expected records.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::common::*;
use axum::body::Bytes;
use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpListener;
use tokio::runtime::Runtime;
use tokio::sync::watch;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};

use scamwatch::source::decode::decode_line;
use scamwatch::synth::generator::{Config, Generator};

const SECRET: &str = "chaos-hook-secret";

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// `n` generated messages as (event time µs, line), sorted by event time (as an upstream that
/// resumes from a cursor needs), written to `dir/stream.jsonl`.
fn generated(n: usize, dir: &Path) -> (Arc<Vec<(i64, String)>>, PathBuf) {
    // 50 messages a second of event time: the upstream's 2 s resume rewind re-sends about
    // 100 lines.
    let mut g = Generator::new(Config {
        rate: 50.0,
        ..Config::default()
    });
    let mut lines: Vec<(i64, String)> = (0..n)
        .map(|_| {
            let line = g.next_full().line;
            let input = decode_line(line.as_bytes()).unwrap().unwrap();
            (input.event_time().0 * 1000, line)
        })
        .collect();
    // The generator's account events and late posts come a little out of order: an upstream
    // that resumes from an event-time cursor serves them sorted.
    lines.sort_by_key(|(t, _)| *t);
    let path = dir.join("stream.jsonl");
    let mut text = String::new();
    for (_, l) in &lines {
        text.push_str(l);
        text.push('\n');
    }
    std::fs::write(&path, text).unwrap();
    (Arc::new(lines), path)
}

fn posts(lines: &[(i64, String)]) -> usize {
    lines
        .iter()
        .filter(|(_, l)| {
            matches!(
                decode_line(l.as_bytes()),
                Ok(Some(scamwatch::detect::event::Input::Post(_)))
            )
        })
        .count()
}

/// A test upstream on 127.0.0.1: serves `lines` to each client from the `cursor` it asks
/// for, in frames of 8 lines, never past the first `allowed` lines (raised by the test);
/// with `drop_every`, it drops the connection (no close frame, as a killed process would)
/// after that many frames.
struct Upstream {
    addr: std::net::SocketAddr,
    allowed: watch::Sender<usize>,
    connections: Arc<AtomicUsize>,
    /// Lines sent, over every connection.
    sent: Arc<AtomicUsize>,
    /// The furthest line sent so far (its index + 1).
    high: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

fn start_upstream(
    rt: &Runtime,
    lines: Arc<Vec<(i64, String)>>,
    drop_every: Option<usize>,
) -> Upstream {
    let listener = rt
        .block_on(TcpListener::bind("127.0.0.1:0"))
        .expect("bind the upstream");
    let addr = listener.local_addr().unwrap();
    let (allowed, allowed_rx) = watch::channel(0usize);
    let connections = Arc::new(AtomicUsize::new(0));
    let sent = Arc::new(AtomicUsize::new(0));
    let high = Arc::new(AtomicUsize::new(0));
    let (conns, sent_all, high_all) = (
        Arc::clone(&connections),
        Arc::clone(&sent),
        Arc::clone(&high),
    );
    let task = rt.spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let lines = Arc::clone(&lines);
            let mut allowed = allowed_rx.clone();
            let conns = Arc::clone(&conns);
            let sent = Arc::clone(&sent_all);
            let high = Arc::clone(&high_all);
            tokio::spawn(async move {
                let mut cursor = None;
                #[allow(clippy::result_large_err)] // the library's callback signature
                let cb = |req: &Request, resp: Response| {
                    cursor = req.uri().query().and_then(|q| {
                        q.split('&')
                            .find_map(|kv| kv.strip_prefix("cursor="))
                            .and_then(|v| v.parse::<i64>().ok())
                    });
                    Ok(resp)
                };
                let Ok(ws) = tokio_tungstenite::accept_hdr_async(tcp, cb).await else {
                    return;
                };
                conns.fetch_add(1, Ordering::SeqCst);
                let (mut tx, mut rx) = ws.split();
                // Read (and drop) what the client sends, so its pings are answered.
                let reader =
                    tokio::spawn(async move { while let Some(Ok(_)) = rx.next().await {} });
                let mut next = cursor.map_or(0, |c| lines.partition_point(|(t, _)| *t < c));
                let mut frames = 0;
                loop {
                    let limit = *allowed.borrow_and_update();
                    if next >= limit.min(lines.len()) {
                        if allowed.changed().await.is_err() {
                            break;
                        }
                        continue;
                    }
                    let end = (next + 8).min(limit).min(lines.len());
                    let frame: Vec<&str> =
                        lines[next..end].iter().map(|(_, l)| l.as_str()).collect();
                    if tx
                        .send(Message::Text(frame.join("\n").into()))
                        .await
                        .is_err()
                    {
                        break;
                    }
                    sent.fetch_add(end - next, Ordering::SeqCst);
                    high.fetch_max(end, Ordering::SeqCst);
                    next = end;
                    frames += 1;
                    if drop_every.is_some_and(|d| frames % d == 0) && next < lines.len() {
                        break; // dropped: the socket just goes away
                    }
                }
                reader.abort();
            });
        }
    });
    Upstream {
        addr,
        allowed,
        connections,
        sent,
        high,
        task,
    }
}

type Lines = Arc<Mutex<Vec<String>>>;

/// Every record line of `ws://addr/alerts` (reload notices apart).
fn collect_alerts(rt: &Runtime, addr: std::net::SocketAddr) -> Lines {
    let records = Arc::new(Mutex::new(Vec::new()));
    let r = Arc::clone(&records);
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
                assert!(
                    !t.starts_with("{\"kind\":\"lagged\""),
                    "the test fell behind"
                );
                if !t.starts_with("{\"kind\":\"reload\"") {
                    r.lock().unwrap().push(t.to_string());
                }
            }
        }
    });
    records
}

/// [`wait_for`] on the service's metrics page; on a timeout, the panic shows the service's
/// log and the page's `scamwatch_` series (rule and HTTP refusal series aside).
fn wait_page<T>(svc: &Service, secs: u64, what: &str, mut f: impl FnMut(&str) -> Option<T>) -> T {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        let page = metrics_page(svc.http);
        if let Some(v) = f(&page) {
            return v;
        }
        if std::time::Instant::now() > deadline {
            let series: Vec<&str> = page
                .lines()
                .filter(|l| {
                    !l.starts_with('#')
                        && !l.contains("rule_matches")
                        && !l.contains("_bucket")
                        && !l.contains("http_")
                })
                .collect();
            panic!(
                "timed out waiting for {what}\n--- log\n{}\n--- metrics\n{}",
                svc.logs(),
                series.join("\n")
            );
        }
        std::thread::park_timeout(std::time::Duration::from_millis(50));
    }
}

fn page_metric(svc: &Service, name: &str) -> f64 {
    metric(&metrics_page(svc.http), name).unwrap_or(0.0)
}

#[test]
fn an_upstream_dropped_every_40_frames_loses_nothing_and_alerts_nothing_twice() {
    let rt = runtime();
    let dir = tempfile::tempdir().unwrap();
    let (lines, file) = generated(16_000, dir.path());
    let expected = replay_records(&file);
    assert!(
        expected
            .iter()
            .filter(|r| r.contains("\"kind\":\"alert\""))
            .count()
            >= 10
    );
    let up = start_upstream(&rt, Arc::clone(&lines), Some(40));
    let cfg = dir.path().join("serve.toml");
    std::fs::write(
        &cfg,
        format!(
            "[source]\nurl = \"ws://{}/stream\"\nbackoff_initial_ms = 5\nbackoff_max_ms = 50\n\
             [http]\nlisten = \"127.0.0.1:0\"\n[state]\ndata_dir = {:?}\n",
            up.addr,
            dir.path().join("data")
        ),
    )
    .unwrap();
    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let records = collect_alerts(&rt, svc.http);
    up.allowed.send(usize::MAX).unwrap();
    let total = posts(&lines);
    wait_for(180, "every post decided", || {
        (page_metric(&svc, "scamwatch_posts_processed_total") as usize >= total).then_some(())
    });
    let got = wait_for(30, "every record", || {
        let r = records.lock().unwrap();
        (r.len() >= expected.len()).then(|| r.clone())
    });
    let page = metrics_page(svc.http);
    let drops = up.connections.load(Ordering::SeqCst) - 1;
    assert!(drops >= 40, "the upstream was dropped {drops} times");
    assert_eq!(
        metric(&page, "scamwatch_posts_processed_total"),
        Some(total as f64),
        "every post decided exactly once"
    );
    assert!(
        metric(&page, "scamwatch_posts_duplicate_total").unwrap() >= 1.0,
        "the resumes re-sent posts, dropped by id"
    );
    assert_eq!(
        got, expected,
        "lost or repeated records across {drops} dropped connections"
    );
    assert!(metric(&page, "scamwatch_websocket_reconnects_total").unwrap() >= drops as f64);
    eprintln!(
        "chaos: {drops} drops, {} lines sent for {} ({} again after resumes), {} records",
        up.sent.load(Ordering::SeqCst),
        lines.len(),
        up.sent.load(Ordering::SeqCst) - lines.len(),
        got.len()
    );
    // The lag and map metrics are there, and nothing hit a bound.
    assert!(metric(&page, "scamwatch_decision_lag_seconds").is_some());
    assert!(metric(&page, "scamwatch_map_entries{map=\"accounts\"}").unwrap() > 0.0);
    assert_eq!(
        metric(
            &page,
            "scamwatch_evictions_total{map=\"accounts\",reason=\"capacity\"}"
        ),
        Some(0.0)
    );
    assert!(svc.stop().success());
    up.task.abort();
}

/// Alert ids of `records` (replay's lines).
fn alert_ids(records: &[String]) -> HashSet<String> {
    records
        .iter()
        .filter(|r| r.contains("\"kind\":\"alert\""))
        .map(|r| {
            let v: serde_json::Value = serde_json::from_str(r).unwrap();
            v["alert_id"].as_str().unwrap().to_string()
        })
        .collect()
}

/// Every expected alert delivered, signatures valid, a copy delivered twice identical to the
/// first; returns how many deliveries were copies.
fn check_deliveries(recv: &HookReceiver, expected: &HashSet<String>) -> usize {
    let got = wait_for(120, "every alert delivered", || {
        let d = recv.delivered.lock().unwrap();
        let ids: HashSet<&str> = d.iter().map(|(id, _)| id.as_str()).collect();
        expected
            .iter()
            .all(|id| ids.contains(id.as_str()))
            .then(|| d.clone())
    });
    assert!(
        recv.bad_signatures.lock().unwrap().is_empty(),
        "bad signatures"
    );
    let mut first: HashMap<&str, &Bytes> = HashMap::new();
    let mut copies = 0;
    for (id, body) in &got {
        assert!(expected.contains(id), "an alert replay does not make: {id}");
        match first.get(id.as_str()) {
            Some(b) => {
                copies += 1;
                assert_eq!(*b, body, "a copy of {id} differs from the first delivery");
            }
            None => {
                first.insert(id, body);
            }
        }
    }
    copies
}

#[test]
fn a_receiver_down_across_three_kill_9_restarts_gets_every_alert_once_back() {
    let rt = runtime();
    let dir = tempfile::tempdir().unwrap();
    let (lines, file) = generated(8_000, dir.path());
    let expected = alert_ids(&replay_records(&file));
    assert!(expected.len() >= 10, "{} alerts", expected.len());
    let (recv, hook) = start_hook_receiver(&rt, SECRET);
    let up = start_upstream(&rt, Arc::clone(&lines), None);
    let cfg = dir.path().join("serve.toml");
    std::fs::write(
        &cfg,
        format!(
            "[source]\nurl = \"ws://{}/stream\"\nbackoff_initial_ms = 5\nbackoff_max_ms = 50\n\
             [http]\nlisten = \"127.0.0.1:0\"\n[state]\ndata_dir = {:?}\ncheckpoint_secs = 1\n\n\
             [[webhook]]\nname = \"hook\"\nurl = \"http://{hook}/hook\"\nsecret = \"{SECRET}\"\n\
             min_action = \"review\"\nbackoff_base_ms = 20\nbackoff_cap_ms = 200\n",
            up.addr,
            dir.path().join("data")
        ),
    )
    .unwrap();
    // Three runs, each killed (SIGKILL: no drain, no last checkpoint) after deciding another
    // quarter of the stream, its alerts in the outbox and refused by the receiver.
    for quarter in 1..=3 {
        let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
        up.allowed.send(lines.len() * quarter / 4).unwrap();
        let mut svc = svc;
        wait_for(120, "this run's quarter sent, alerts queued", || {
            let p = metrics_page(svc.http);
            let queued =
                metric(&p, "scamwatch_webhook_enqueued_total{sink=\"hook\"}").unwrap_or(0.0);
            (up.high.load(Ordering::SeqCst) >= lines.len() * quarter / 4 && queued > 0.0)
                .then_some(())
        });
        svc.child.kill().unwrap();
        svc.child.wait().unwrap();
    }
    assert!(
        recv.refused.load(Ordering::SeqCst) > 0,
        "the receiver refused deliveries"
    );
    assert!(recv.delivered.lock().unwrap().is_empty());
    // The last run gets the rest of the stream; the receiver comes back.
    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    up.allowed.send(usize::MAX).unwrap();
    recv.accept.store(true, Ordering::SeqCst);
    let copies = check_deliveries(&recv, &expected);
    eprintln!(
        "chaos: {} alerts delivered after 3 kill -9 restarts, {copies} copies (same id, same body), {} refused while down",
        expected.len(),
        recv.refused.load(Ordering::SeqCst)
    );
    assert!(svc.stop().success());
    up.task.abort();
}

/// A mount namespace holding a tmpfs of `size` at `dir`, for as long as it lives: a holder
/// process (`unshare -rm … sleep`); services join it with `nsenter -t PID -m`, and this
/// process reaches the tmpfs through `/proc/PID/root`. None where the machine allows no
/// unprivileged mount namespace (then the test says so, and fails in CI).
struct SmallFs {
    holder: std::process::Child,
    dir: PathBuf,
}

impl SmallFs {
    fn mount(dir: &Path, size: &str) -> Option<SmallFs> {
        let mut holder = std::process::Command::new("unshare")
            .args(["-rm", "sh", "-c"])
            .arg("mount -t tmpfs -o size=\"$1\" chaos \"$0\" && echo mounted && exec sleep 3600")
            .arg(dir)
            .arg(size)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .ok()?;
        let mut line = String::new();
        use std::io::BufRead;
        std::io::BufReader::new(holder.stdout.take().unwrap())
            .read_line(&mut line)
            .ok()?;
        if line.trim() != "mounted" {
            let _ = holder.kill();
            let _ = holder.wait();
            return None;
        }
        Some(SmallFs {
            holder,
            dir: dir.to_path_buf(),
        })
    }

    /// `path` (inside the tmpfs) as this process reaches it.
    fn outside(&self, path: &Path) -> PathBuf {
        let rel = path.strip_prefix("/").unwrap();
        PathBuf::from(format!("/proc/{}/root", self.holder.id())).join(rel)
    }

    fn pid(&self) -> String {
        self.holder.id().to_string()
    }

    /// Fills the tmpfs with `name` until a write fails for want of space.
    fn fill(&self, name: &str) -> u64 {
        use std::io::Write;
        let mut f = std::fs::File::create(self.outside(&self.dir.join(name))).unwrap();
        let chunk = vec![0u8; 4096];
        let mut n = 0;
        loop {
            match f.write(&chunk) {
                Ok(0) => break,
                Ok(k) => n += k as u64,
                Err(e) => {
                    assert_eq!(e.raw_os_error(), Some(28), "ENOSPC: {e}");
                    break;
                }
            }
        }
        n
    }
}

impl Drop for SmallFs {
    fn drop(&mut self) {
        let _ = self.holder.kill();
        let _ = self.holder.wait();
    }
}

#[test]
fn a_full_data_filesystem_pauses_ingest_and_loses_nothing_when_space_returns() {
    let rt = runtime();
    let dir = tempfile::tempdir().unwrap();
    let mnt = dir.path().join("mnt");
    std::fs::create_dir(&mnt).unwrap();
    let Some(fs) = SmallFs::mount(&mnt, "16m") else {
        // In CI a skip must be asked for: a runner without namespaces (a default Docker
        // seccomp profile refuses them) sets SCAMWATCH_SKIP_NAMESPACE_TESTS=1 and says so.
        assert!(
            std::env::var_os("CI").is_none()
                || std::env::var_os("SCAMWATCH_SKIP_NAMESPACE_TESTS").is_some(),
            "CI: no mount namespace (unshare -rm) for the full-disk test; \
             SCAMWATCH_SKIP_NAMESPACE_TESTS=1 skips it"
        );
        eprintln!("skipped: this machine allows no unprivileged mount namespace (unshare -rm)");
        return;
    };
    let (lines, file) = generated(8_000, dir.path());
    let expected = replay_records(&file);
    let expected_alerts = alert_ids(&expected);
    let (recv, hook) = start_hook_receiver(&rt, SECRET);
    recv.accept.store(true, Ordering::SeqCst);
    let up = start_upstream(&rt, Arc::clone(&lines), None);
    let data = mnt.join("data");
    let records_file = data.join("records.jsonl");
    let cfg = dir.path().join("serve.toml");
    std::fs::write(
        &cfg,
        format!(
            "[source]\nurl = \"ws://{}/stream\"\nbackoff_initial_ms = 5\nbackoff_max_ms = 50\n\
             [http]\nlisten = \"127.0.0.1:0\"\n[state]\ndata_dir = {data:?}\ncheckpoint_secs = 1\n\
             [limits]\nqueue_capacity = 64\n\
             [jsonl]\npath = {records_file:?}\n\n\
             [[webhook]]\nname = \"hook\"\nurl = \"http://{hook}/hook\"\nsecret = \"{SECRET}\"\n\
             min_action = \"review\"\nbackoff_base_ms = 20\nbackoff_cap_ms = 200\n",
            up.addr,
        ),
    )
    .unwrap();
    let pid = fs.pid();
    let wd = format!("--wd={}", root().display());
    let launcher = ["nsenter", "-t", pid.as_str(), "-m", wd.as_str()];
    let svc = Service::start_via(&launcher, &["--config", cfg.to_str().unwrap()]);
    let total = posts(&lines);
    // A quarter of the stream with room to spare.
    up.allowed.send(lines.len() / 4).unwrap();
    wait_for(120, "the first quarter decided", || {
        (page_metric(&svc, "scamwatch_posts_processed_total") as usize >= total / 4 * 9 / 10)
            .then_some(())
    });
    // The disk fills up; the rest of the stream comes.
    let filled = fs.fill("filler");
    // Idle, the service still checkpoints (a tick every checkpoint_secs): the state store's
    // write fails on the full disk, and redb refuses the store from then on (PreviousIo).
    wait_page(&svc, 30, "a checkpoint failed on the full disk", |p| {
        (metric(p, "scamwatch_state_checkpoints_total{result=\"failed\"}").unwrap_or(0.0) >= 1.0)
            .then_some(())
    });
    assert!(
        svc.logs().contains("No space left on device"),
        "{}",
        svc.logs()
    );
    up.allowed.send(usize::MAX).unwrap();
    let page = wait_page(&svc, 120, "ingest paused by the full disk", |p| {
        let blocked = metric(p, "scamwatch_sink_blocked{sink=\"jsonl\"}") == Some(1.0)
            || metric(p, "scamwatch_sink_blocked{sink=\"hook\"}") == Some(1.0);
        let held = metric(p, "scamwatch_source_queue_wait_seconds_total").unwrap_or(0.0) > 0.0
            && metric(p, "scamwatch_queue_depth{queue=\"detector\"}").unwrap_or(0.0) >= 32.0;
        (blocked && held).then(|| p.to_string())
    });
    let paused_at = metric(&page, "scamwatch_posts_processed_total").unwrap() as usize;
    assert!(paused_at < total, "paused before the end of the stream");
    assert!(
        up.high.load(Ordering::SeqCst) < lines.len(),
        "the upstream is held back"
    );
    wait_for(30, "the error told in the log", || {
        svc.logs().contains("durable write failed").then_some(())
    });
    assert!(
        metric(&page, "scamwatch_sink_write_errors_total{sink=\"jsonl\"}").unwrap_or(0.0)
            + metric(&page, "scamwatch_sink_write_errors_total{sink=\"hook\"}").unwrap_or(0.0)
            >= 1.0
    );

    // Space returns: ingest resumes, every post is decided, every record written whole.
    std::fs::remove_file(fs.outside(&mnt.join("filler"))).unwrap();
    wait_page(&svc, 120, "every post decided after space returned", |p| {
        (metric(p, "scamwatch_posts_processed_total").unwrap_or(0.0) as usize >= total
            && metric(p, "scamwatch_sink_blocked{sink=\"jsonl\"}") == Some(0.0)
            && metric(p, "scamwatch_sink_blocked{sink=\"hook\"}") == Some(0.0))
        .then_some(())
    });
    let copies = check_deliveries(&recv, &expected_alerts);
    assert_eq!(copies, 0, "no restart: no alert delivered twice");
    // The state writer opened the store again and checkpoints succeed.
    let ok = page_metric(&svc, "scamwatch_state_checkpoints_total{result=\"ok\"}");
    wait_page(&svc, 30, "a checkpoint after space returned", |p| {
        (metric(p, "scamwatch_state_checkpoints_total{result=\"ok\"}").unwrap_or(0.0) > ok)
            .then_some(())
    });
    assert!(
        svc.logs()
            .contains("state store opened again after a failed write"),
        "{}",
        svc.logs()
    );
    assert!(svc.stop().success());
    let written: Vec<String> = std::fs::read_to_string(fs.outside(&records_file))
        .unwrap()
        .lines()
        .map(str::to_string)
        .filter(|l| !l.starts_with("{\"kind\":\"reload\""))
        .collect();
    assert_eq!(
        written, expected,
        "the JSONL sink lost, repeated or tore a record"
    );

    // Nothing corrupted: a restart reads the store and the outbox as they are.
    let svc = Service::start_via(&launcher, &["--config", cfg.to_str().unwrap()]);
    let page = metrics_page(svc.http);
    assert_eq!(metric(&page, "scamwatch_state_quarantined"), Some(0.0));
    assert_eq!(
        metric(&page, "scamwatch_outbox_corrupt_total{sink=\"hook\"}"),
        Some(0.0),
        "a restart found a damaged outbox: {}",
        svc.logs()
    );
    let restored = svc
        .logs()
        .lines()
        .find(|l| l.contains("state restored"))
        .map(str::to_string)
        .unwrap();
    assert!(
        !restored.contains("accounts=0 ") && !restored.contains("cursor=0 "),
        "the state saved at the stop is back: {restored}"
    );
    assert!(svc.stop().success());
    eprintln!(
        "chaos: filled {filled} bytes; paused at {paused_at} of {total} posts; all {} alerts delivered, {} records written",
        expected_alerts.len(),
        written.len()
    );
    up.task.abort();
}
