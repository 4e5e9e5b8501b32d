//! Webhooks to a real TLS receiver on 127.0.0.1:0 (docs/delivery.md#tls-and-headers), with
//! certificates made by rcgen: a private CA trusted through `ca_file`, a receiver that
//! requires a client certificate (mTLS) and accepts ours, refuses a hook without one, and a
//! hook that trusts only the public roots; custom headers on every request; and the errors a
//! broken file gets, naming its key.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use scamwatch::detect::record::Record;
use scamwatch::sink::{self, WebhookConfig, WebhookSink};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::common::Pki;

const DEADLINE: Duration = Duration::from_secs(30);

/// Starts an HTTPS receiver with the PKI's server certificate that requires a client
/// certificate signed by the PKI's CA; returns its URL and the headers of each request.
async fn mtls_receiver(pki: &Pki) -> (String, mpsc::UnboundedReceiver<HeaderMap>) {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    for c in CertificateDer::pem_file_iter(&pki.ca).unwrap() {
        roots.add(c.unwrap()).unwrap();
    }
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(roots),
        Arc::clone(&provider),
    )
    .build()
    .unwrap();
    let chain = CertificateDer::pem_file_iter(&pki.server_cert)
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(&pki.server_key).unwrap();
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_client_cert_verifier(verifier)
        .with_single_cert(chain, key)
        .unwrap();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("https://{}/hook", tcp.local_addr().unwrap());
    let failed = prometheus::IntCounter::new("failed", "failed").unwrap();
    let listener =
        scamwatch::service::tls::TlsListener::new(tcp, Arc::new(config), failed).unwrap();
    let (tx, rx) = mpsc::unbounded_channel();
    let app = Router::new()
        .route(
            "/hook",
            post(
                |State(tx): State<mpsc::UnboundedSender<HeaderMap>>,
                 headers: HeaderMap,
                 _body: Bytes| async move {
                    let _ = tx.send(headers);
                    "ok"
                },
            ),
        )
        .with_state(tx);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, rx)
}

fn hook(name: &str, url: &str, extra: &str) -> WebhookConfig {
    let mut cfg: WebhookConfig = toml::from_str(&format!(
        "name = \"{name}\"\nurl = \"{url}\"\nsecret = \"s3cret\"\n{extra}\n"
    ))
    .unwrap();
    cfg.timeout_ms = 2_000;
    cfg.backoff_base_ms = 5;
    cfg.backoff_cap_ms = 40;
    cfg
}

fn records(n: usize) -> Vec<Record> {
    crate::sink_webhook::alerts(n)
}

fn failures(reg: &prometheus::Registry) -> f64 {
    reg.gather()
        .iter()
        .filter(|mf| mf.name() == "scamwatch_webhook_failures_total")
        .flat_map(|mf| mf.get_metric())
        .map(|m| m.get_counter().get_value())
        .sum()
}

async fn wait_failures(reg: &prometheus::Registry, at_least: f64) {
    let end = Instant::now() + DEADLINE;
    while failures(reg) < at_least {
        assert!(Instant::now() < end, "no failed attempt counted");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_private_ca_and_a_client_certificate_reach_an_mtls_receiver_with_our_headers() {
    let dir = tempfile::tempdir().unwrap();
    let pki = Pki::new(dir.path());
    let (url, mut rx) = mtls_receiver(&pki).await;
    let token = dir.path().join("receiver-token");
    std::fs::write(&token, "Bearer receiver-s3cret\n").unwrap();
    let tls = format!(
        "ca_file = \"{}\"\nclient_cert_file = \"{}\"\nclient_key_file = \"{}\"\n",
        pki.ca.display(),
        pki.client_cert.display(),
        pki.client_key.display()
    );
    let extra = format!(
        "{tls}headers = {{ \"X-Tenant\" = \"trust-and-safety\" }}\n\
         header_file = {{ \"Authorization\" = \"{}\" }}",
        token.display()
    );
    let reg = prometheus::Registry::new();
    let ok = WebhookSink::open(hook("mtls", &url, &extra), &dir.path().join("a"), &reg).unwrap();
    let batch = records(3);
    assert_eq!(ok.enqueue_batch(&batch).unwrap(), 3);
    let stop = CancellationToken::new();
    let task = tokio::spawn(ok.clone().run(stop.clone()));
    let mut got = HashSet::new();
    while got.len() < 3 {
        let h = tokio::time::timeout(DEADLINE, rx.recv())
            .await
            .expect("every record delivered over mTLS")
            .unwrap();
        assert_eq!(h["x-tenant"], "trust-and-safety");
        assert_eq!(h["authorization"], "Bearer receiver-s3cret");
        got.insert(h["idempotency-key"].to_str().unwrap().to_string());
    }
    let want: HashSet<String> = batch.iter().map(sink::record_id).collect();
    assert_eq!(got, want);
    stop.cancel();
    task.await.unwrap();

    // The same receiver refuses a hook without a client certificate...
    let reg = prometheus::Registry::new();
    let no_cert = WebhookSink::open(
        hook(
            "no-cert",
            &url,
            &format!("ca_file = \"{}\"", pki.ca.display()),
        ),
        &dir.path().join("b"),
        &reg,
    )
    .unwrap();
    no_cert.enqueue_batch(&batch[..1]).unwrap();
    let stop = CancellationToken::new();
    let task = tokio::spawn(no_cert.clone().run(stop.clone()));
    wait_failures(&reg, 2.0).await;
    stop.cancel();
    task.await.unwrap();
    // ...and a hook that trusts only the public roots refuses the receiver.
    let reg = prometheus::Registry::new();
    let public = WebhookSink::open(
        hook(
            "public-roots",
            &url,
            &format!(
                "client_cert_file = \"{}\"\nclient_key_file = \"{}\"",
                pki.client_cert.display(),
                pki.client_key.display()
            ),
        ),
        &dir.path().join("c"),
        &reg,
    )
    .unwrap();
    public.enqueue_batch(&batch[..1]).unwrap();
    let stop = CancellationToken::new();
    let task = tokio::spawn(public.clone().run(stop.clone()));
    wait_failures(&reg, 2.0).await;
    stop.cancel();
    task.await.unwrap();
    // Neither got a request through.
    assert!(rx.try_recv().is_err());
}

#[test]
fn broken_tls_files_and_headers_are_named_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let pki = Pki::new(dir.path());
    let garbage = dir.path().join("garbage.pem");
    std::fs::write(
        &garbage,
        "-----BEGIN CERTIFICATE-----\n!!\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let empty = dir.path().join("empty.pem");
    std::fs::write(&empty, "no pem here\n").unwrap();
    let missing = dir.path().join("missing.pem");
    let pair = |c: &Path, k: &Path| {
        format!(
            "client_cert_file = \"{}\"\nclient_key_file = \"{}\"",
            c.display(),
            k.display()
        )
    };
    let https = "https://127.0.0.1:1/hook";
    let table: Vec<(&str, String, &str)> = vec![
        (
            https,
            format!("ca_file = \"{}\"", missing.display()),
            "ca_file: cannot read",
        ),
        (
            https,
            format!("ca_file = \"{}\"", garbage.display()),
            "ca_file: ",
        ),
        (
            https,
            format!("ca_file = \"{}\"", empty.display()),
            "ca_file: ",
        ),
        (
            https,
            pair(&missing, &pki.client_key),
            "client_cert_file: cannot read",
        ),
        (
            https,
            pair(&pki.client_cert, &missing),
            "client_key_file: cannot read",
        ),
        (
            https,
            pair(&pki.client_cert, &pki.server_key),
            "client_key_file: does not go with",
        ),
        (
            https,
            pair(&empty, &pki.client_key),
            "client_cert_file: holds no certificate",
        ),
        (
            https,
            format!("client_cert_file = \"{}\"", pki.client_cert.display()),
            "both",
        ),
        (
            "http://127.0.0.1:1/hook",
            format!("ca_file = \"{}\"", pki.ca.display()),
            "https://",
        ),
        (
            https,
            "headers = { \"Idempotency-Key\" = \"x\" }".into(),
            "set by scamwatch",
        ),
        (
            https,
            "headers = { \"webhook-signature\" = \"x\" }".into(),
            "set by scamwatch",
        ),
        (
            https,
            "headers = { \"bad name\" = \"x\" }".into(),
            "not a valid header name",
        ),
        (
            https,
            "headers = { \"X-A\" = \"line\\nbreak\" }".into(),
            "not a valid header value",
        ),
        (
            https,
            "headers = { \"X-A\" = \"1\" }\nheader_env = { \"x-a\" = \"V\" }".into(),
            "given twice",
        ),
        (
            https,
            "header_env = { \"Authorization\" = \"SCAMWATCH_TEST_SURELY_UNSET\" }".into(),
            "SCAMWATCH_TEST_SURELY_UNSET",
        ),
    ];
    for (i, (url, extra, want)) in table.into_iter().enumerate() {
        let reg = prometheus::Registry::new();
        let cfg = hook(&format!("h{i}"), url, &extra);
        let e = WebhookSink::open(cfg, dir.path(), &reg)
            .unwrap_err()
            .to_string();
        assert!(e.contains(want), "{extra}: want {want:?} in {e}");
        assert!(e.contains(&format!("webhook `h{i}`")), "{e}");
    }
}
