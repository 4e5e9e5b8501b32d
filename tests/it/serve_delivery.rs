//! Alerts that takedown hooks can trust, end to end: `scamwatch serve` with a webhook whose
//! receiver refuses everything is killed with SIGKILL holding undelivered alerts; after a
//! restart every alert id arrives, and every signature verifies.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::common::*;
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use futures_util::SinkExt;
use tokio_tungstenite::tungstenite::Message;

use scamwatch::sink::sign::{IDEMPOTENCY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify};

const SECRET: &str = "hook-secret-for-tests";

#[derive(Default)]
struct Receiver {
    accept: AtomicBool,
    ids: Mutex<Vec<String>>,
    bad_signatures: Mutex<Vec<String>>,
    refused: std::sync::atomic::AtomicU64,
}

#[test]
fn kill_9_with_undelivered_alerts_loses_nothing() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let recv = Arc::new(Receiver::default());
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let hook_addr = listener.local_addr().unwrap();
    {
        let recv = Arc::clone(&recv);
        let app = axum::Router::new().route(
            "/hook",
            post(move |headers: HeaderMap, body: Bytes| {
                let recv = Arc::clone(&recv);
                async move {
                    if !recv.accept.load(Ordering::SeqCst) {
                        recv.refused.fetch_add(1, Ordering::SeqCst);
                        return StatusCode::SERVICE_UNAVAILABLE;
                    }
                    let h = |n: &str| {
                        headers
                            .get(n)
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or("")
                            .to_string()
                    };
                    let now = chrono::Utc::now().timestamp();
                    if verify(
                        SECRET.as_bytes(),
                        &h(TIMESTAMP_HEADER),
                        &h(SIGNATURE_HEADER),
                        &body,
                        now,
                        300,
                    )
                    .is_err()
                    {
                        recv.bad_signatures
                            .lock()
                            .unwrap()
                            .push(h(IDEMPOTENCY_HEADER));
                        return StatusCode::UNAUTHORIZED;
                    }
                    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
                    assert_eq!(v["alert_id"].as_str().unwrap(), h(IDEMPOTENCY_HEADER));
                    recv.ids.lock().unwrap().push(h(IDEMPOTENCY_HEADER));
                    StatusCode::OK
                }
            }),
        );
        rt.spawn(async move { axum::serve(listener, app).await.unwrap() });
    }

    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("serve.toml");
    std::fs::write(
        &cfg,
        format!(
            "[http]\nlisten = \"127.0.0.1:0\"\n[state]\ndata_dir = {:?}\n\n[[webhook]]\nname = \"takedown-hook\"\nurl = \"http://{hook_addr}/hook\"\nsecret = \"{SECRET}\"\nmin_action = \"review\"\nbackoff_base_ms = 20\nbackoff_cap_ms = 200\n",
            dir.path().join("data")
        ),
    )
    .unwrap();
    let expected: HashSet<String> = {
        let out = scamwatch(&["replay", "src/synth/july2020.jsonl"]);
        records(&out)
            .into_iter()
            .filter(|r| r["kind"] == "alert")
            .map(|r| r["alert_id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(expected.len() > 10);

    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let text = std::fs::read_to_string(sample()).unwrap();
    rt.block_on(async {
        let (mut ws, _) = tokio_tungstenite::connect_async(ws_request(
            &format!("ws://{}/ingest", svc.http),
            TEST_TOKEN,
        ))
        .await
        .unwrap();
        for chunk in text.lines().collect::<Vec<_>>().chunks(16) {
            ws.send(Message::Text(chunk.join("\n").into()))
                .await
                .unwrap();
        }
        ws.close(None).await.unwrap();
    });
    // Every alert is in the outbox and the hook has refused at least one attempt.
    wait_for(60, "every alert queued in the outbox", || {
        let page = metrics_page(svc.http);
        let queued = metric(
            &page,
            "scamwatch_webhook_enqueued_total{sink=\"takedown-hook\"}",
        )
        .unwrap_or(0.0);
        (queued as usize >= expected.len() && recv.refused.load(Ordering::SeqCst) > 0).then_some(())
    });
    let mut svc = svc;
    svc.child.kill().unwrap(); // SIGKILL: no shutdown, no flush
    svc.child.wait().unwrap();
    assert!(recv.ids.lock().unwrap().is_empty());

    recv.accept.store(true, Ordering::SeqCst);
    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let got = wait_for(60, "every alert delivered after the restart", || {
        let ids: HashSet<String> = recv.ids.lock().unwrap().iter().cloned().collect();
        expected.is_subset(&ids).then_some(ids)
    });
    assert!(recv.bad_signatures.lock().unwrap().is_empty());
    assert_eq!(
        got, expected,
        "only alerts (min_action review, default record kinds)"
    );
    assert!(svc.stop().success());
}
