//! Alerts that takedown hooks can trust, end to end: `scamwatch serve` with a webhook whose
//! receiver refuses everything is killed with SIGKILL holding undelivered alerts; after a
//! restart every alert id arrives, and every signature verifies.

use std::collections::HashSet;
use std::sync::atomic::Ordering;

use crate::common::*;
use futures_util::SinkExt;
use tokio_tungstenite::tungstenite::Message;

const SECRET: &str = "hook-secret-for-tests";

#[test]
fn kill_9_with_undelivered_alerts_loses_nothing() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (recv, hook_addr) = start_hook_receiver(&rt, SECRET);

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
    assert!(recv.delivered.lock().unwrap().is_empty());

    recv.accept.store(true, Ordering::SeqCst);
    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let got = wait_for(60, "every alert delivered after the restart", || {
        let d = recv.delivered.lock().unwrap();
        let ids: HashSet<String> = d.iter().map(|(id, _)| id.clone()).collect();
        expected.is_subset(&ids).then_some(ids)
    });
    assert!(recv.bad_signatures.lock().unwrap().is_empty());
    // Each body is the alert its idempotency header names.
    for (id, body) in recv.delivered.lock().unwrap().iter() {
        let v: serde_json::Value = serde_json::from_slice(body).unwrap();
        assert_eq!(v["alert_id"].as_str().unwrap(), id);
    }
    assert_eq!(
        got, expected,
        "only alerts (min_action review, default record kinds)"
    );
    assert!(svc.stop().success());
}
