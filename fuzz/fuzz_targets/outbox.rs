//! The webhook outbox's segment reader, on segments built from the input: chunks separated by
//! 0xFF become valid frames, or raw garbage when they start with 0x00, and the first byte tears
//! the file's tail. Recovery never panics, every frame written before the first garbage chunk
//! and the tear comes back, and every recovered record's body reads back exactly.
#![no_main]

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use libfuzzer_sys::fuzz_target;
use scamwatch::sink::outbox::Outbox;

fn frame(seq: u64, body: &str, out: &mut Vec<u8>) {
    let payload = serde_json::to_vec(&serde_json::json!({
        "seq": seq, "id": format!("id-{seq}"), "kind": "alert", "enqueued_ms": 0, "body": body,
    }))
    .unwrap();
    out.extend_from_slice(b"SWOB");
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
}

fuzz_target!(|data: &[u8]| {
    static RUN: AtomicU64 = AtomicU64::new(0);
    let Some((&tear, rest)) = data.split_first() else {
        return;
    };
    let mut seg = Vec::new();
    let mut bodies = HashMap::new();
    let mut intact = Vec::new(); // frames before any garbage, with their end offsets
    let mut garbage_seen = false;
    for (i, chunk) in rest.split(|b| *b == 0xFF).enumerate() {
        if chunk.first() == Some(&0) {
            seg.extend_from_slice(chunk);
            garbage_seen = true;
        } else {
            let seq = i as u64 + 1;
            let body = String::from_utf8_lossy(chunk).into_owned();
            frame(seq, &body, &mut seg);
            bodies.insert(format!("id-{seq}"), body);
            if !garbage_seen {
                intact.push((format!("id-{seq}"), seg.len()));
            }
        }
    }
    let cut = seg.len().saturating_sub(usize::from(tear % 32));
    seg.truncate(cut);
    let base = std::env::temp_dir().join(format!(
        "scamwatch-fuzz-outbox-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&base).unwrap();
    std::fs::write(base.join("seg-00000000000000000001.log"), &seg).unwrap();
    let (mut outbox, recovery) = Outbox::open(&base).expect("recovery never fails on bad bytes");
    let got: HashMap<String, String> = recovery
        .pending
        .iter()
        .map(|p| {
            let body = outbox.read_body(p).expect("a recovered frame reads back");
            (p.id.clone(), body)
        })
        .collect();
    for (id, end) in &intact {
        if *end <= cut {
            assert_eq!(got.get(id), bodies.get(id), "{id} lost");
        }
    }
    drop(outbox);
    let _ = std::fs::remove_dir_all(&base);
});
