//! Chaos at start (issue 14): a truncated state store and a damaged webhook outbox segment,
//! through the real binary. Detected, quarantined (the damaged bytes kept for a post-mortem),
//! the service starts, the operator is told (an `error` log line, `scamwatch_state_quarantined`,
//! `scamwatch_outbox_corrupt_total`), and every record that was not damaged is delivered.

use std::path::{Path, PathBuf};

use axum::http::StatusCode;

use crate::common::*;
use crate::webhooks_cli::Receiver;

fn files(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect();
    v.sort();
    v
}

#[test]
fn a_corrupt_state_store_and_outbox_at_start_are_quarantined_and_the_service_starts() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // 503 until it is fixed: the alerts wait in the outbox (retried, not dead-lettered).
    let rx = Receiver::start(StatusCode::SERVICE_UNAVAILABLE);
    let cfg = dir.path().join("scamwatch.toml");
    std::fs::write(
        &cfg,
        format!(
            "[http]\nlisten = \"127.0.0.1:0\"\n[state]\ndata_dir = \"{}\"\n[reload]\nwatch = false\n\
             [[webhook]]\nname = \"h\"\nurl = \"http://{}/h\"\nsecret = \"s3cret\"\n",
            data.display(),
            rx.addr
        ),
    )
    .unwrap();
    let expected: Vec<String> = records(&scamwatch(&[
        "replay",
        sample().to_str().unwrap(),
        "--rules",
        "rules",
    ]))
    .iter()
    .filter(|r| r["kind"] == "alert")
    .map(|r| r["alert_id"].as_str().unwrap().to_string())
    .collect();
    assert!(expected.len() >= 3);

    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let sample_text = std::fs::read(sample()).unwrap();
    let (status, _, body) = http_body(svc.http, "POST", "/ingest", &[AUTH], &sample_text);
    assert_eq!(status, 202, "{body}");
    wait_for(60, "every alert in the outbox", || {
        let page = metrics_page(svc.http);
        (metric(&page, "scamwatch_outbox_depth{sink=\"h\"}") == Some(expected.len() as f64))
            .then_some(())
    });
    assert!(svc.stop().success(), "a final checkpoint, the outbox kept");

    // The damage: the store cut in half (a copy gone wrong, a disk full mid-write), one
    // outbox frame with a flipped byte (bit rot) and a torn frame at the segment's tail.
    let state = data.join("state.redb");
    let bytes = std::fs::read(&state).unwrap();
    std::fs::write(&state, &bytes[..bytes.len() / 2]).unwrap();
    let outbox = data.join("webhook/h");
    let segs = files(&outbox, "seg-");
    let seg = segs
        .iter()
        .find(|p| p.extension().unwrap() == "log")
        .unwrap();
    let mut log = std::fs::read(seg).unwrap();
    let frames: Vec<usize> = log
        .windows(4)
        .enumerate()
        .filter(|(_, w)| *w == b"SWOB")
        .map(|(i, _)| i)
        .collect();
    assert_eq!(frames.len(), expected.len());
    log[frames[1] + 40] ^= 0x20;
    log.extend_from_slice(b"SWOB\xe8\x03\x00\x00\x00\x00\x00\x00{\"seq\":");
    std::fs::write(seg, &log).unwrap();

    // The fixed receiver; the service starts all the same.
    rx.accept.store(true, std::sync::atomic::Ordering::SeqCst);
    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let logs = svc.logs();
    assert!(logs.contains("the state store was corrupt"), "{logs}");
    let quarantined = files(&data, "state.redb.corrupt-");
    assert_eq!(quarantined.len(), 1, "{quarantined:?}");
    assert_eq!(
        std::fs::read(&quarantined[0]).unwrap(),
        &bytes[..bytes.len() / 2],
        "kept as found"
    );
    let page = metrics_page(svc.http);
    assert_eq!(metric(&page, "scamwatch_state_quarantined"), Some(1.0));
    assert_eq!(
        metric(&page, "scamwatch_outbox_corrupt_total{sink=\"h\"}"),
        Some(2.0),
        "the flipped frame and the torn tail"
    );
    assert!(logs.contains("torn or corrupt frames skipped"), "{logs}");
    // Every record but the damaged one is delivered; the damaged bytes are kept.
    let n = expected.len() - 1;
    wait_for(30, "the undamaged records delivered", || {
        (rx.got("h").len() >= n).then_some(())
    });
    let got = rx.got("h");
    assert_eq!(got.len(), n, "{got:?}");
    assert!(got.iter().all(|id| expected.contains(id)));
    assert_eq!(files(&outbox, "corrupt-seg-").len(), 1);
    assert!(svc.stop().success());

    // The new store is sound: the next start finds nothing to quarantine.
    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let page = metrics_page(svc.http);
    assert_eq!(metric(&page, "scamwatch_state_quarantined"), Some(0.0));
    assert_eq!(files(&data, "state.redb.corrupt-").len(), 1);
    assert!(svc.stop().success());
}
