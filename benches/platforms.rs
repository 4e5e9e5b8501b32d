//! The replay path on each network's input, single thread: the same seeded stream (same
//! accounts, texts, incidents and event times) as Twitter API v2 messages, Bluesky Jetstream
//! events and Mastodon streaming `update` frames.
//!
//! - `decode/PLATFORM`: JSON → `Post` (or account event) for every message;
//! - `replay/PLATFORM`: the whole `scamwatch replay` path, bytes to alert lines.
//!
//! Throughput is in messages (20,000 per iteration). The messages differ in size: a v2
//! message carries its author's user object (about 0.9 KB on average with the v1.1 statuses
//! and account events), a Jetstream commit only the record (about 0.45 KB: no follower counts,
//! and in replay no hydration), a Mastodon frame the status with its account as an escaped
//! JSON string (about 1.2 KB, decoded twice). Figures: docs/performance.md. Each bench asserts
//! what it found (every post decoded, the takeover locked), so it cannot pass by finding
//! nothing. Run: `cargo bench --bench platforms`.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use scamwatch::detect::detector::Detector;
use scamwatch::detect::event::Platform;
use scamwatch::detect::model::Model;
use scamwatch::detect::rules::compile_dir;
use scamwatch::source::decode::decode_line;
use scamwatch::synth::generator::{Config, Generator, Kind};
use scamwatch::tools::replay::{self, ReplayOptions};

const MESSAGES: usize = 20_000;

/// The stream on `platform`: its bytes, and how many messages are posts or account events
/// (decoded) and how many are not (a Bluesky repost is a record of another collection).
fn input(platform: Platform) -> (Vec<u8>, u64) {
    let mut g = Generator::new(Config {
        platform,
        ..Config::default()
    });
    let mut bytes = Vec::new();
    let mut inputs = 0;
    for _ in 0..MESSAGES {
        let m = g.next_full();
        inputs += u64::from(!(platform == Platform::Bluesky && m.kind == Kind::Retweet));
        bytes.extend_from_slice(m.line.as_bytes());
        bytes.push(b'\n');
    }
    (bytes, inputs)
}

fn benches(c: &mut Criterion) {
    let rules = Arc::new(
        compile_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rules")))
            .expect("the shipped rules compile"),
    );
    let model = Arc::new(Model::builtin());
    let mut g = c.benchmark_group("platforms");
    g.throughput(Throughput::Elements(MESSAGES as u64));
    g.sample_size(20);
    for platform in [Platform::Twitter, Platform::Bluesky, Platform::Mastodon] {
        let (bytes, inputs) = input(platform);
        eprintln!(
            "{}: {MESSAGES} messages, {:.0} bytes each on average",
            platform.as_str(),
            bytes.len() as f64 / MESSAGES as f64
        );
        g.bench_function(format!("decode/{}", platform.as_str()), |b| {
            b.iter(|| {
                let mut n = 0;
                for l in bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
                    if let Ok(Some(_)) = decode_line(black_box(l)) {
                        n += 1;
                    }
                }
                assert_eq!(n, inputs);
            })
        });
        g.bench_function(format!("replay/{}", platform.as_str()), |b| {
            b.iter(|| {
                let mut det = Detector::new(Arc::clone(&rules), Arc::clone(&model));
                let mut out = Vec::with_capacity(1 << 20);
                let s = replay::run(
                    &bytes[..],
                    &mut det,
                    &mut out,
                    &mut std::io::sink(),
                    &ReplayOptions::default(),
                )
                .unwrap();
                assert_eq!(s.stats.posts + s.stats.account_events, inputs);
                assert!(s.stats.locks >= 6, "the takeover: {}", s.render());
                black_box(out);
            })
        });
    }
    g.finish();
}

criterion_group!(platforms, benches);
criterion_main!(platforms);
