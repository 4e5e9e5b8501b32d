//! `scamwatch demo`, the README's first command, run briefly as a real process: the takeover
//! plays, lock alerts print with their reasons, `/metrics` answers with the printed token, the console's one-time
//! sign-in link works once, SIGTERM stops it cleanly.

use crate::common::*;

#[test]
fn the_demo_prints_locks_and_serves_metrics() {
    let demo = Demo::start(&["--rate", "400"]);
    let svc = &demo.svc;
    let lock = demo.wait_for_line(120, "LOCK");
    assert!(
        lock.contains("critical") && lock.contains("security event"),
        "{lock}"
    );
    assert!(
        !lock.contains('\x1b'),
        "no colours when stdout is not a terminal"
    );
    demo.wait_for_line(120, "CAMPAIGN");
    // The console's one-time sign-in link: it signs in once.
    let link = demo
        .banner("console")
        .expect("the banner prints the console link");
    let path = link
        .strip_prefix(&format!("http://{}", svc.http))
        .expect("the link is on the service's address");
    assert!(path.starts_with("/console/login?once="), "{path}");
    assert_eq!(http(svc.http, "GET", path, &[]).0, 303, "the link signs in");
    assert_eq!(http(svc.http, "GET", path, &[]).0, 401, "once");
    assert_eq!(http(svc.http, "GET", "/console/api/alerts", &[]).0, 401);
    // The API token the banner prints: the metrics need it.
    let token = demo
        .banner("api token")
        .expect("the banner prints the API token");
    assert_eq!(http(svc.http, "GET", "/metrics", &[]).0, 401);
    let auth = format!("Bearer {token}");
    let (status, page) = http(svc.http, "GET", "/metrics", &[("Authorization", &auth)]);
    assert_eq!(status, 200);
    assert!(metric(&page, "scamwatch_alerts_total{action=\"lock\"}").unwrap() >= 1.0);
    let Demo { svc, lines } = demo;
    assert!(svc.stop().success());
    let out = lines.lock().unwrap().join("\n");
    assert!(out.contains("scamwatch demo: stopped"), "{out}");
}
