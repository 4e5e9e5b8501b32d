//! The HTTP listeners through the real binary on `127.0.0.1:0` (docs/serve.md#access):
//! `/metrics` on a listener of its own (with or without the token), TLS with rustls on both
//! listeners from rcgen certificates, and the errors a broken configuration gets.

use std::path::Path;

use crate::common::*;

fn config(dir: &Path, http: &str) -> String {
    let path = dir.join("scamwatch.toml");
    std::fs::write(
        &path,
        format!(
            "[http]\nlisten = \"127.0.0.1:0\"\n{http}\n\
             [state]\ndata_dir = \"{}\"\n[reload]\nwatch = false\n",
            dir.join("data").display()
        ),
    )
    .unwrap();
    path.to_str().unwrap().to_string()
}

/// GET `url` with `client` (and the test token when `auth`): (status, body).
fn get(client: &reqwest::Client, url: &str, auth: bool) -> (u16, String) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut req = client.get(url);
        if auth {
            req = req.bearer_auth(TEST_TOKEN);
        }
        let r = req.send().await.unwrap_or_else(|e| panic!("{url}: {e:?}"));
        (r.status().as_u16(), r.text().await.unwrap())
    })
}

#[test]
fn metrics_on_a_listener_of_its_own_needs_the_token_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), "metrics_listen = \"127.0.0.1:0\"");
    let svc = Service::start(&["--config", &cfg]);
    let m = svc.metrics.expect("a metrics listener");
    assert_ne!(m, svc.http);
    // /metrics left the main listener; the API stays there.
    assert_eq!(http(svc.http, "GET", "/metrics", &[AUTH]).0, 404);
    assert_eq!(http(svc.http, "POST", "/rules/reload", &[AUTH]).0, 200);
    // On its own listener, with the token as before (the default keeps today's behaviour).
    let (status, body) = http(m, "GET", "/metrics", &[]);
    assert_eq!(status, 401, "{body}");
    let page = metrics_page(m);
    assert!(page.contains("scamwatch_posts_processed_total"), "{page}");
    assert_eq!(
        metric(
            &page,
            "scamwatch_http_unauthorized_total{endpoint=\"metrics\",reason=\"missing\"}"
        ),
        Some(1.0)
    );
    // Probes can use the private port too.
    assert_eq!(http(m, "GET", "/healthz", &[]).0, 200);
    assert_eq!(http(m, "GET", "/readyz", &[]).0, 200);
    // Nothing but those.
    assert_eq!(http(m, "GET", "/alerts/sse", &[AUTH]).0, 404);
    assert!(svc.stop().success());
}

#[test]
fn metrics_auth_none_opens_only_the_metrics_listener() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(
        dir.path(),
        "metrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"",
    );
    let svc = Service::start(&["--config", &cfg]);
    let m = svc.metrics.unwrap();
    let (status, page) = http(m, "GET", "/metrics", &[]);
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("scamwatch_http_refused_total"), "{page}");
    // The API on the main listener still needs the token.
    assert_eq!(http(svc.http, "GET", "/alerts/sse", &[]).0, 401);
    assert!(svc.stop().success());
}

#[test]
fn bad_listener_settings_stop_the_start_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let pki = Pki::new(dir.path());
    let garbage = dir.path().join("garbage.pem");
    std::fs::write(&garbage, "not a certificate\n").unwrap();
    let missing = dir.path().join("missing.key");
    let tls = |cert: &Path, key: &Path| {
        format!(
            "[http.tls]\ncert_file = \"{}\"\nkey_file = \"{}\"",
            cert.display(),
            key.display()
        )
    };
    let table = [
        ("metrics_auth = \"none\"".to_string(), "http.metrics_auth"),
        (
            "[http.limits]\ningest_rate = -1.0".to_string(),
            "http.limits.ingest_rate",
        ),
        (
            "[http.limits]\ningest_burst = 5".to_string(),
            "http.limits.ingest_burst",
        ),
        (
            "[http.limits]\nfeedback_body_bytes = 10".to_string(),
            "http.limits.feedback_body_bytes",
        ),
        (
            tls(&pki.server_cert, &missing),
            "http.tls.key_file: cannot read",
        ),
        (tls(&garbage, &pki.server_key), "http.tls.cert_file"),
        (tls(&pki.server_cert, &pki.client_key), "http.tls: "),
        ("[http.tls]\ncert_file = \"x.pem\"".to_string(), "key_file"),
    ];
    for (http, want) in table {
        let cfg = config(dir.path(), &http);
        let out = scamwatch(&["serve", "--config", &cfg]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{http}: {err}");
        assert!(err.contains(want), "{http}: want {want:?} in {err}");
    }
}

#[test]
fn tls_on_both_listeners_with_a_private_ca() {
    let dir = tempfile::tempdir().unwrap();
    let pki = Pki::new(dir.path());
    let cfg = config(
        dir.path(),
        &format!(
            "metrics_listen = \"127.0.0.1:0\"\n[http.tls]\ncert_file = \"{}\"\nkey_file = \"{}\"",
            pki.server_cert.display(),
            pki.server_key.display()
        ),
    );
    let svc = Service::start(&["--config", &cfg]);
    assert!(svc.tls, "the service prints https://");
    let m = svc.metrics.unwrap();
    let client = pki.client();
    let (status, _) = get(&client, &format!("https://{}/healthz", svc.http), false);
    assert_eq!(status, 200);
    let (status, _) = get(&client, &format!("https://{}/alerts/sse", svc.http), false);
    assert_eq!(status, 401);
    // By name too: the certificate is for localhost and 127.0.0.1.
    let url = format!("https://localhost:{}/metrics", m.port());
    let (status, page) = get(&client, &url, true);
    assert_eq!(status, 200);
    // The operators' commands reach a TLS service with the CA bundle.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args([
            "webhooks",
            "status",
            "--url",
            &format!("https://localhost:{}", svc.http.port()),
        ])
        .arg("--cacert")
        .arg(&pki.ca)
        .env("SCAMWATCH_HTTP_TOKEN", TEST_TOKEN)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("(no webhooks)"), "{stdout}");
    // A client that does not trust the CA is refused by its own TLS check.
    let untrusting = reqwest::Client::builder()
        .tls_built_in_root_certs(true)
        .build()
        .unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let e = rt
        .block_on(
            untrusting
                .get(format!("https://{}/healthz", svc.http))
                .send(),
        )
        .unwrap_err();
    assert!(e.is_connect(), "{e:?}");
    // Plain HTTP on the TLS port gets no HTTP answer, and the failed handshakes are counted.
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(svc.http).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    assert!(!answer.starts_with(b"HTTP/"), "{answer:?}");
    let before = metric(&page, "scamwatch_http_tls_handshake_failures_total").unwrap();
    let failures = wait_for(30, "the failed handshakes counted", || {
        let (_, page) = get(&client, &url, true);
        let n = metric(&page, "scamwatch_http_tls_handshake_failures_total").unwrap();
        (n >= before + 2.0).then_some(n)
    });
    assert!(failures >= 2.0);
    assert!(svc.stop().success());
}

#[test]
fn a_renewed_certificate_is_served_after_a_reload_and_a_half_written_one_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let (da, db) = (dir.path().join("a"), dir.path().join("b"));
    std::fs::create_dir_all(&da).unwrap();
    std::fs::create_dir_all(&db).unwrap();
    let (old, new) = (Pki::new(&da), Pki::new(&db));
    let (cert, key) = (dir.path().join("tls.crt"), dir.path().join("tls.key"));
    std::fs::copy(&old.server_cert, &cert).unwrap();
    std::fs::copy(&old.server_key, &key).unwrap();
    let cfg = config(
        dir.path(),
        &format!(
            "[http.tls]\ncert_file = \"{}\"\nkey_file = \"{}\"",
            cert.display(),
            key.display()
        ),
    );
    let svc = Service::start(&["--config", &cfg]);
    let url = |path: &str| format!("https://localhost:{}{path}", svc.http.port());
    // A fresh client per request: a pooled connection keeps the certificate it was opened with.
    let try_get = |pki: &Pki, path: &str| {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let r = pki
                .client()
                .get(url(path))
                .bearer_auth(TEST_TOKEN)
                .send()
                .await?;
            Ok::<_, reqwest::Error>((r.status().as_u16(), r.text().await?))
        })
    };
    let reloads = |pki: &Pki, result: &str| {
        let (_, page) = try_get(pki, "/metrics").unwrap();
        metric(
            &page,
            &format!("scamwatch_http_tls_reloads_total{{result=\"{result}\"}}"),
        )
        .unwrap()
    };
    assert_eq!(try_get(&old, "/healthz").unwrap().0, 200);
    // Half-way through a renewal: the new certificate next to the old key. The reload fails
    // and the old pair stays in use.
    std::fs::copy(&new.server_cert, &cert).unwrap();
    svc.signal(1);
    wait_for(30, "the failed reload counted", || {
        (reloads(&old, "failed") >= 1.0).then_some(())
    });
    assert_eq!(try_get(&old, "/healthz").unwrap().0, 200);
    assert_eq!(reloads(&old, "applied"), 0.0);
    // The renewal completes: the next reload serves the new certificate to new connections.
    std::fs::copy(&new.server_key, &key).unwrap();
    svc.signal(1);
    wait_for(30, "the new certificate served", || {
        try_get(&new, "/healthz")
            .ok()
            .map(|(s, _)| assert_eq!(s, 200))
    });
    assert_eq!(reloads(&new, "applied"), 1.0);
    let e = try_get(&old, "/healthz").unwrap_err();
    assert!(e.is_connect(), "a client trusting only the old CA: {e:?}");
    assert!(svc.stop().success());
}
