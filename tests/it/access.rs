//! Who may use the HTTP API, through the real binary on `127.0.0.1:0` (docs/serve.md#access):
//! every route but `/healthz` and `/readyz` refuses a request without the bearer token (401,
//! with a body that says what to send), or every request when no token is configured (403);
//! refusals are counted in `scamwatch_http_unauthorized_total{endpoint,reason}`.

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;

use crate::common::*;

/// The API routes: (method, path, endpoint label).
const API: [(&str, &str, &str); 6] = [
    ("GET", "/metrics", "metrics"),
    ("GET", "/alerts", "alerts"),
    ("GET", "/alerts/sse", "alerts_sse"),
    ("GET", "/ingest", "ingest"),
    ("POST", "/rules/reload", "reload"),
    ("POST", "/feedback", "feedback"),
];

/// The status line's code and the headers of a request whose answer may never end (SSE):
/// reads only the head.
fn head(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let mut r = BufReader::new(s);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).unwrap() == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, head)
}

fn start(dir: &std::path::Path, token: Option<&str>) -> Service {
    Service::start_with_token(
        &[
            "--http",
            "127.0.0.1:0",
            "--data-dir",
            dir.to_str().unwrap(),
            "--no-watch",
        ],
        token,
    )
}

#[test]
fn every_api_route_needs_the_bearer_token_and_refusals_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let svc = start(dir.path(), Some(TEST_TOKEN));
    // Health stays open: orchestrators probe it without secrets.
    assert_eq!(http(svc.http, "GET", "/healthz", &[]).0, 200);
    assert_eq!(http(svc.http, "GET", "/readyz", &[]).0, 200);

    for (method, path, _) in API {
        // No credential: 401, a challenge, and a body that says what to send.
        let (status, body) = http(svc.http, method, path, &[]);
        assert_eq!(status, 401, "{path}: {body}");
        assert!(
            body.contains("Authorization: Bearer") && body.contains("docs/serve.md#access"),
            "{path}: {body}"
        );
        let (_, h) = head(svc.http, method, path, &[]);
        assert!(
            h.to_ascii_lowercase()
                .contains("www-authenticate: bearer realm=\"scamwatch\""),
            "{h}"
        );
        // A wrong token, one a byte short, another scheme: 401.
        for bad in [
            "Bearer wrong-token",
            &format!("Bearer {}", &TEST_TOKEN[..TEST_TOKEN.len() - 1]),
            &format!("Basic {TEST_TOKEN}"),
        ] {
            let (status, body) = http(svc.http, method, path, &[("Authorization", bad)]);
            assert_eq!(status, 401, "{path} with {bad:?}: {body}");
        }
    }

    // The token lets each one through to its handler.
    assert_eq!(http(svc.http, "GET", "/metrics", &[AUTH]).0, 200);
    let (status, h) = head(svc.http, "GET", "/alerts/sse", &[AUTH]);
    assert_eq!(status, 200, "{h}");
    assert!(h.contains("text/event-stream"), "{h}");
    let (status, body) = http(svc.http, "POST", "/rules/reload", &[AUTH]);
    assert_eq!(status, 200, "{body}");
    let (status, body) = http(svc.http, "POST", "/feedback", &[AUTH]);
    assert_eq!(status, 422, "an empty body reaches the handler: {body}");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    for path in ["/alerts", "/ingest"] {
        let url = format!("ws://{}{path}", svc.http);
        rt.block_on(tokio_tungstenite::connect_async(ws_request(
            &url, TEST_TOKEN,
        )))
        .unwrap_or_else(|e| panic!("{path} with the token: {e}"));
        let refused = rt
            .block_on(tokio_tungstenite::connect_async(url.as_str()))
            .expect_err("no websocket without the token");
        assert!(refused.to_string().contains("401"), "{path}: {refused}");
    }

    // Every refusal counted, by endpoint and reason; the accepted requests are not.
    let page = metrics_page(svc.http);
    for (_, path, endpoint) in API {
        let missing = if matches!(endpoint, "alerts" | "ingest") {
            3.0 // two above, and the websocket handshake without the token
        } else {
            2.0
        };
        let count = |reason: &str| {
            metric(
                &page,
                &format!(
                    "scamwatch_http_unauthorized_total{{endpoint=\"{endpoint}\",reason=\"{reason}\"}}"
                ),
            )
        };
        // `Basic …` carries no bearer token: counted as missing.
        assert_eq!(count("missing"), Some(missing + 1.0), "{path}");
        assert_eq!(count("invalid"), Some(2.0), "{path}");
        assert_eq!(count("not_configured"), Some(0.0), "{path}");
    }
    assert!(svc.stop().success());
}

#[test]
fn with_no_token_configured_the_api_is_closed_and_health_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let svc = start(dir.path(), None);
    assert_eq!(http(svc.http, "GET", "/healthz", &[]).0, 200);
    assert_eq!(http(svc.http, "GET", "/readyz", &[]).0, 200);
    for (method, path, _) in API {
        for auth in [&[][..], &[AUTH][..]] {
            let (status, body) = http(svc.http, method, path, auth);
            assert_eq!(status, 403, "{path}: {body}");
            assert!(body.contains("http.token_env"), "{body}");
        }
    }
    assert!(
        svc.logs().contains("no http token"),
        "the operator is told at startup: {}",
        svc.logs()
    );
    assert!(svc.stop().success());
}

#[test]
fn a_token_source_that_cannot_be_read_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("serve.toml");
    for (http, why) in [
        (
            format!("token_file = {:?}", dir.path().join("missing")),
            "cannot read token_file",
        ),
        (
            "token_env = \"SCAMWATCH_TEST_UNSET_TOKEN_VAR\"".to_string(),
            "SCAMWATCH_TEST_UNSET_TOKEN_VAR",
        ),
        (
            "token_env = \"X\"\ntoken_file = \"/dev/null\"".to_string(),
            "at most one",
        ),
    ] {
        std::fs::write(
            &cfg,
            format!(
                "[http]\nlisten = \"127.0.0.1:0\"\n{http}\n[state]\ndata_dir = {:?}\n",
                dir.path().join("data")
            ),
        )
        .unwrap();
        let out = scamwatch(&["serve", "--config", cfg.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{http}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(why), "{http}: {err}");
    }
}
