//! `scamwatch demo`, the README's first command, run briefly as a real process: the takeover
//! plays, lock alerts print with their reasons, `/metrics` answers with the printed token, the console's one-time
//! sign-in link works once, SIGTERM stops it cleanly.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use crate::common::*;

#[test]
fn the_demo_prints_locks_and_serves_metrics() {
    let child = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(["demo", "--http", "127.0.0.1:0", "--rate", "400"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut svc = Service {
        child,
        http: "127.0.0.1:1".parse().unwrap(),
        stderr: Arc::new(Mutex::new(String::new())),
    };
    let lines: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));
    {
        let lines = Arc::clone(&lines);
        let out = svc.child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for l in BufReader::new(out).lines().map_while(Result::ok) {
                lines.lock().unwrap().push(l);
            }
        });
    }
    let metrics_url = wait_for(60, "the banner", || {
        lines.lock().unwrap().iter().find_map(|l| {
            l.trim()
                .strip_prefix("metrics       http://")
                .and_then(|a| a.strip_suffix("/metrics"))
                .map(|a| a.parse::<std::net::SocketAddr>().unwrap())
        })
    });
    svc.http = metrics_url;
    let lock = wait_for(120, "a lock alert", || {
        lines
            .lock()
            .unwrap()
            .iter()
            .find(|l| l.contains("LOCK"))
            .cloned()
    });
    assert!(
        lock.contains("critical") && lock.contains("security event"),
        "{lock}"
    );
    assert!(
        !lock.contains('\x1b'),
        "no colours when stdout is not a terminal"
    );
    wait_for(120, "a campaign record", || {
        lines
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("CAMPAIGN"))
            .then_some(())
    });
    // The console's one-time sign-in link: it signs in once.
    let link = lines
        .lock()
        .unwrap()
        .iter()
        .find_map(|l| {
            l.trim()
                .strip_prefix("console       ")
                .and_then(|r| r.split_whitespace().next())
                .map(str::to_string)
        })
        .expect("the banner prints the console link");
    let path = link
        .strip_prefix(&format!("http://{}", svc.http))
        .expect("the link is on the service's address");
    assert!(path.starts_with("/console/login?once="), "{path}");
    assert_eq!(http(svc.http, "GET", path, &[]).0, 303, "the link signs in");
    assert_eq!(http(svc.http, "GET", path, &[]).0, 401, "once");
    assert_eq!(http(svc.http, "GET", "/console/api/alerts", &[]).0, 401);
    // The API token the banner prints: the metrics need it.
    let token = lines
        .lock()
        .unwrap()
        .iter()
        .find_map(|l| {
            l.trim()
                .strip_prefix("api token     ")
                .and_then(|r| r.split_whitespace().next())
                .map(str::to_string)
        })
        .expect("the banner prints the API token");
    assert_eq!(http(svc.http, "GET", "/metrics", &[]).0, 401);
    let auth = format!("Bearer {token}");
    let (status, page) = http(svc.http, "GET", "/metrics", &[("Authorization", &auth)]);
    assert_eq!(status, 200);
    assert!(metric(&page, "scamwatch_alerts_total{action=\"lock\"}").unwrap() >= 1.0);
    assert!(svc.stop().success());
    let out = lines.lock().unwrap().join("\n");
    assert!(out.contains("scamwatch demo: stopped"), "{out}");
}
