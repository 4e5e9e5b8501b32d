//! What a request may cost, through the real binary on `127.0.0.1:0`
//! (docs/serve.md#limits): body limits on `POST /feedback` and `POST /ingest` (413), the
//! per-token rate limit on `/ingest` (429 with `Retry-After`, and an open websocket slowed
//! down rather than cut), each refusal counted in
//! `scamwatch_http_refused_total{endpoint,reason}`.

use std::path::Path;

use crate::common::*;

fn start(dir: &Path, limits: &str) -> Service {
    let cfg = dir.join("scamwatch.toml");
    std::fs::write(
        &cfg,
        format!(
            "[http]\nlisten = \"127.0.0.1:0\"\n[http.limits]\n{limits}\n\
             [state]\ndata_dir = \"{}\"\n[reload]\nwatch = false\n",
            dir.join("data").display()
        ),
    )
    .unwrap();
    Service::start(&["--config", cfg.to_str().unwrap()])
}

fn sample_lines(n: usize) -> Vec<String> {
    std::fs::read_to_string(sample())
        .unwrap()
        .lines()
        .take(n)
        .map(str::to_string)
        .collect()
}

fn refused(addr: std::net::SocketAddr, endpoint: &str, reason: &str) -> f64 {
    let page = metrics_page(addr);
    metric(
        &page,
        &format!("scamwatch_http_refused_total{{endpoint=\"{endpoint}\",reason=\"{reason}\"}}"),
    )
    .unwrap_or_else(|| panic!("no {endpoint}/{reason} series in {page}"))
}

#[test]
fn bodies_over_their_route_limit_get_413_and_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let svc = start(
        dir.path(),
        "feedback_body_bytes = 2048\ningest_body_bytes = 4096",
    );
    let json = ("Content-Type", "application/json");
    let (status, _, body) = http_body(svc.http, "POST", "/feedback", &[AUTH, json], &[b' '; 2049]);
    assert_eq!(status, 413, "{body}");
    assert!(body.contains("http.limits.feedback_body_bytes"), "{body}");
    let (status, _, body) = http_body(svc.http, "POST", "/ingest", &[AUTH], &[b' '; 4097]);
    assert_eq!(status, 413, "{body}");
    assert!(body.contains("http.limits.ingest_body_bytes"), "{body}");
    // Under the limit, POST /ingest takes JSON Lines like a websocket frame.
    let lines = sample_lines(5).join("\n");
    assert!(lines.len() < 4096);
    let (status, _, body) = http_body(svc.http, "POST", "/ingest", &[AUTH], lines.as_bytes());
    assert_eq!(status, 202, "{body}");
    wait_for(30, "the posted lines decided", || {
        let page = metrics_page(svc.http);
        (metric(&page, "scamwatch_messages_received_total") == Some(5.0)).then_some(())
    });
    assert_eq!(refused(svc.http, "feedback", "too_large"), 1.0);
    assert_eq!(refused(svc.http, "ingest", "too_large"), 1.0);
    // The body limit comes after the token: an anonymous oversized body is a 401.
    let (status, _, _) = http_body(svc.http, "POST", "/ingest", &[], &[b' '; 4097]);
    assert_eq!(status, 401);
    assert_eq!(refused(svc.http, "ingest", "too_large"), 1.0);
    assert!(svc.stop().success());
}

#[test]
fn ingest_past_the_token_rate_gets_429_with_retry_after() {
    let dir = tempfile::tempdir().unwrap();
    // A bucket of two that refills once in 1000 s: the third request is refused, whatever
    // the machine's speed. A second producer has a token (and so a bucket) of its own.
    let svc = start(
        dir.path(),
        "ingest_rate = 0.001\ningest_burst = 2\n\
         [[http.tokens]]\nname = \"producer-b\"\ntoken = \"producer-b-secret\"",
    );
    let line = sample_lines(1).remove(0);
    for _ in 0..2 {
        let (status, _, body) = http_body(svc.http, "POST", "/ingest", &[AUTH], line.as_bytes());
        assert_eq!(status, 202, "{body}");
    }
    let (status, head, body) = http_body(svc.http, "POST", "/ingest", &[AUTH], line.as_bytes());
    assert_eq!(status, 429, "{body}");
    let retry_after: u64 = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("retry-after: ")
                .map(str::to_string)
        })
        .unwrap_or_else(|| panic!("no Retry-After in {head}"))
        .trim()
        .parse()
        .unwrap();
    assert!((900..=1000).contains(&retry_after), "{retry_after}");
    // A websocket handshake counts as a request: refused the same way.
    let (status, _, _) = http_body(
        svc.http,
        "GET",
        "/ingest",
        &[
            AUTH,
            ("Upgrade", "websocket"),
            ("Connection", "Upgrade"),
            ("Sec-WebSocket-Version", "13"),
            ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="),
        ],
        b"",
    );
    assert_eq!(status, 429);
    assert_eq!(refused(svc.http, "ingest", "rate_limited"), 2.0);
    // The other producer's bucket is full: it is not slowed by the first one's traffic.
    let b = ("Authorization", "Bearer producer-b-secret");
    for want in [202, 202, 429] {
        let (status, _, body) = http_body(svc.http, "POST", "/ingest", &[b], line.as_bytes());
        assert_eq!(status, want, "{body}");
    }
    assert_eq!(refused(svc.http, "ingest", "rate_limited"), 3.0);
    // Other routes are not limited.
    assert_eq!(http(svc.http, "POST", "/rules/reload", &[AUTH]).0, 200);
    assert!(svc.stop().success());
}

#[test]
fn an_open_ingest_websocket_is_slowed_down_not_cut() {
    let dir = tempfile::tempdir().unwrap();
    // Fifty messages a second, one at a time: ten frames take about 0.2 s, every line arrives.
    let svc = start(dir.path(), "ingest_rate = 50\ningest_burst = 1");
    let lines = sample_lines(160);
    ingest(svc.http, &lines, Some(TEST_TOKEN));
    wait_for(30, "every line decided", || {
        let page = metrics_page(svc.http);
        (metric(&page, "scamwatch_messages_received_total") == Some(160.0)).then_some(())
    });
    let page = metrics_page(svc.http);
    let throttled = metric(&page, "scamwatch_ingest_throttled_total").unwrap();
    assert!(throttled >= 9.0, "{throttled}");
    assert_eq!(refused(svc.http, "ingest", "rate_limited"), 0.0);
    assert!(svc.stop().success());
}
