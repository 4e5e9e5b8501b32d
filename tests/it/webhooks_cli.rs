//! `scamwatch webhooks status` and `scamwatch webhooks requeue` through the real binary
//! (docs/delivery.md#operating-the-outboxes): against a running `serve` over its
//! authenticated API (by hook, by id), refused offline while that service holds the outboxes,
//! then offline on its data directory once it is stopped, and delivered at the next start.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::process::Output;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use serde_json::Value;

use crate::common::*;

/// A receiver on 127.0.0.1:0: `POST /{hook}` answers `refuse` (410: a permanent refusal,
/// dead-lettered at once; 503: retried) until `accept` is set, then 200; it records (hook,
/// idempotency key) of accepted requests.
pub(crate) struct Receiver {
    _rt: tokio::runtime::Runtime,
    pub addr: SocketAddr,
    pub accept: Arc<AtomicBool>,
    got: Arc<Mutex<Vec<(String, String)>>>,
}

type RState = (
    Arc<AtomicBool>,
    Arc<Mutex<Vec<(String, String)>>>,
    StatusCode,
);

impl Receiver {
    pub fn start(refuse: StatusCode) -> Receiver {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let accept = Arc::new(AtomicBool::new(false));
        let got = Arc::new(Mutex::new(Vec::new()));
        let state: RState = (Arc::clone(&accept), Arc::clone(&got), refuse);
        let listener = rt
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let addr = listener.local_addr().unwrap();
        let app = Router::new()
            .route(
                "/{hook}",
                post(
                    |State((accept, got, refuse)): State<RState>,
                     UrlPath(hook): UrlPath<String>,
                     headers: HeaderMap| async move {
                        if !accept.load(Ordering::SeqCst) {
                            return refuse;
                        }
                        let id = headers["idempotency-key"].to_str().unwrap().to_string();
                        got.lock().unwrap().push((hook, id));
                        StatusCode::OK
                    },
                ),
            )
            .with_state(state);
        rt.spawn(async move { axum::serve(listener, app).await.unwrap() });
        Receiver {
            _rt: rt,
            addr,
            accept,
            got,
        }
    }

    pub fn got(&self, hook: &str) -> Vec<String> {
        self.got
            .lock()
            .unwrap()
            .iter()
            .filter(|(h, _)| h == hook)
            .map(|(_, id)| id.clone())
            .collect()
    }
}

/// `scamwatch webhooks ARGS` with the test token in `SCAMWATCH_HTTP_TOKEN` (or none).
fn webhooks(args: &[&str], token: Option<&str>) -> Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_scamwatch"));
    match token {
        Some(t) => cmd.env("SCAMWATCH_HTTP_TOKEN", t),
        None => cmd.env_remove("SCAMWATCH_HTTP_TOKEN"),
    };
    cmd.arg("webhooks")
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn ok(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The status of each hook, by name, from `webhooks status --json` on `target`.
fn status(target: &[&str]) -> HashMap<String, Value> {
    let mut args = vec!["status", "--json"];
    args.extend_from_slice(target);
    let v: Value = serde_json::from_str(&ok(&webhooks(&args, Some(TEST_TOKEN)))).unwrap();
    v["hooks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["name"].as_str().unwrap().to_string(), h.clone()))
        .collect()
}

fn dead_letter_ids(data: &Path, hook: &str) -> Vec<String> {
    std::fs::read_to_string(data.join("webhook").join(hook).join("dead-letter.jsonl"))
        .unwrap_or_default()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn webhooks_status_and_requeue_online_by_hook_and_id_then_offline() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let rx = Receiver::start(StatusCode::GONE);
    let cfg = dir.path().join("scamwatch.toml");
    let hook = |name: &str| {
        format!(
            "[[webhook]]\nname = \"{name}\"\nurl = \"http://{}/{name}\"\nsecret = \"s3cret\"\n",
            rx.addr
        )
    };
    std::fs::write(
        &cfg,
        format!(
            "[http]\nlisten = \"127.0.0.1:0\"\n[state]\ndata_dir = \"{}\"\n[reload]\nwatch = false\n{}{}",
            data.display(),
            hook("a"),
            hook("b")
        ),
    )
    .unwrap();
    // What the sample gives: the same detector as replay, so the same alerts.
    let expected = records(&scamwatch(&[
        "replay",
        sample().to_str().unwrap(),
        "--rules",
        "rules",
    ]))
    .iter()
    .filter(|r| r["kind"] == "alert")
    .count();
    assert!(expected >= 3, "{expected}");

    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let url = format!("http://{}", svc.http);
    let online = ["--url", url.as_str()];
    let sample_text = std::fs::read(sample()).unwrap();
    let (status_code, _, body) = http_body(svc.http, "POST", "/ingest", &[AUTH], &sample_text);
    assert_eq!(status_code, 202, "{body}");
    // The receiver refuses everything (410): every alert is dead-lettered on both hooks.
    let st = wait_for(60, "every alert dead-lettered", || {
        let st = status(&online);
        st.values()
            .all(|h| h["dead_letters"] == expected && h["pending"] == 0 && h["in_flight"] == 0)
            .then_some(st)
    });
    assert_eq!(st.len(), 2);
    assert_eq!(st["a"]["delivered"], 0);
    assert_eq!(st["a"]["oldest_pending_age_secs"], Value::Null);
    // The table names every column.
    let table = ok(&webhooks(&["status", "--url", &url], Some(TEST_TOKEN)));
    let head: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        head,
        [
            "hook",
            "pending",
            "in_flight",
            "delivered",
            "dead_letters",
            "oldest_pending"
        ]
    );
    assert!(table.lines().any(|l| l.starts_with("a ")), "{table}");

    // The API needs the token, like every API route.
    let out = webhooks(&["status", "--url", &url], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no API token"));
    let out = webhooks(&["status", "--url", &url], Some("wrong"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("HTTP 401"));
    // Offline access is refused while the service holds the outboxes.
    let out = webhooks(&["status", "--data-dir", data.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("in use by a running `scamwatch serve`"),
        "{err}"
    );

    // The receiver is fixed. One record of hook a, by id.
    rx.accept.store(true, Ordering::SeqCst);
    let ids = dead_letter_ids(&data, "a");
    assert_eq!(ids.len(), expected);
    let one = ids[1].clone();
    let out = ok(&webhooks(
        &["requeue", "--url", &url, "--hook", "a", "--id", &one],
        Some(TEST_TOKEN),
    ));
    assert!(out.contains("a: 1 requeued"), "{out}");
    wait_for(30, "the one record delivered", || {
        (rx.got("a") == [one.clone()]).then_some(())
    });
    let st = wait_for(30, "a's status after the delivery", || {
        let st = status(&online);
        (st["a"]["delivered"] == 1).then_some(st)
    });
    assert_eq!(st["a"]["dead_letters"], expected - 1);
    assert_eq!(st["b"]["dead_letters"], expected, "b is untouched");
    assert!(!dead_letter_ids(&data, "a").contains(&one));
    // An id that is not there: nothing requeued, exit 1. A hook that does not exist: 404.
    let out = webhooks(
        &["requeue", "--url", &url, "--id", "al-no-such-alert"],
        Some(TEST_TOKEN),
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let out = webhooks(
        &["requeue", "--url", &url, "--hook", "nope"],
        Some(TEST_TOKEN),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no webhook named `nope`"));
    // All of hook b.
    let out = ok(&webhooks(
        &["requeue", "--url", &url, "--hook", "b"],
        Some(TEST_TOKEN),
    ));
    assert!(out.contains(&format!("b: {expected} requeued")), "{out}");
    wait_for(30, "every record of b delivered", || {
        (rx.got("b").len() == expected).then_some(())
    });
    let mut got_b = rx.got("b");
    got_b.sort();
    let mut want_b = dead_letter_ids(&data, "a");
    want_b.push(one.clone());
    want_b.sort();
    assert_eq!(got_b, want_b, "b got the same alerts as a");
    assert!(svc.stop().success());

    // Stopped: offline, on the data directory.
    let offline = ["--data-dir", data.to_str().unwrap()];
    let st = status(&offline);
    assert_eq!(st["a"]["dead_letters"], expected - 1);
    assert_eq!(st["a"]["pending"], 0);
    assert_eq!(st["a"]["delivered"], Value::Null, "unknown offline");
    assert_eq!(st["b"]["dead_letters"], 0);
    let out = ok(&webhooks(
        &[
            "requeue",
            "--data-dir",
            data.to_str().unwrap(),
            "--hook",
            "a",
        ],
        None,
    ));
    assert!(
        out.contains(&format!("a: {} requeued", expected - 1)),
        "{out}"
    );
    assert!(out.contains("delivered when serve next starts"), "{out}");
    let st = status(&offline);
    assert_eq!(st["a"]["pending"], expected - 1);
    assert_eq!(st["a"]["dead_letters"], 0);
    assert!(st["a"]["oldest_pending_age_secs"].is_u64());
    // The next start delivers them.
    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    wait_for(30, "the offline requeue delivered", || {
        (rx.got("a").len() == expected).then_some(())
    });
    let mut got_a = rx.got("a");
    got_a.sort();
    assert_eq!(got_a, want_b);
    assert!(svc.stop().success());
}
