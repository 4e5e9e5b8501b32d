//! Benchmarks of the detection path, single thread.
//!
//! - `analyze`: normalize + rule scan + wallet extraction per post (decoding done beforehand);
//! - `decode`: JSON decoding of v2 messages with their user objects;
//! - `replay`: the whole path from bytes to alert lines (decode, analyze, score, decide,
//!   serialize), exactly what `scamwatch replay` runs; `replay_without_text_model` the same
//!   with the learned text model switched off, so the two give the model's share of the path;
//! - `text_model`: the learned text model's probability for every post's normalized text
//!   (the detector only scores posts the rules or the wallet extractor found something in;
//!   this scores all of them, the worst case per post).
//!
//! Input: the seeded synthetic stream of `scamwatch::synth::generator` (v2 messages of realistic size, with
//! user objects; 3% crypto talk, 0.1% background scams, and the incidents of the default scenario:
//! scam-account waves and a takeover). Each bench asserts what it found, so it cannot pass
//! by finding nothing. Run: `cargo bench --bench pipeline`.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use scamwatch::detect::analyze::analyze;
use scamwatch::detect::detector::Detector;
use scamwatch::detect::event::Input;
use scamwatch::detect::model::Model;
use scamwatch::detect::rules::compile_dir;
use scamwatch::source::decode::decode_line;
use scamwatch::synth::generator::{Config, Generator, Kind};
use scamwatch::tools::replay::{self, ReplayOptions};

const POSTS: usize = 20_000;

fn input() -> (Vec<u8>, usize) {
    let mut g = Generator::new(Config::default());
    let mut bytes = Vec::new();
    let mut scams = 0;
    for _ in 0..POSTS {
        let (line, kind) = g.next_message();
        scams += usize::from(kind == Kind::Scam);
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
    }
    (bytes, scams)
}

fn benches(c: &mut Criterion) {
    let rules = Arc::new(
        compile_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rules")))
            .expect("the shipped rules compile"),
    );
    let model = Arc::new(Model::builtin());
    let (bytes, scams) = input();
    assert!(scams > 0);
    // The stream also carries account security events (a few per thousand messages).
    let posts: Vec<_> = bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .filter_map(|l| match decode_line(l) {
            Ok(Some(Input::Post(p))) => Some(p),
            Ok(Some(Input::AccountEvent(_))) => None,
            other => panic!("synthetic line must decode: {other:?}"),
        })
        .collect();
    assert!(posts.len() > POSTS * 99 / 100, "{} posts", posts.len());
    let n_posts = posts.len() as u64;

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Elements(POSTS as u64));
    g.sample_size(20);

    // Lines are found with `memchr`, as `replay`'s line reader does: a byte-by-byte `split`
    // cost about a sixth of this bench's time, which the replay path never spends.
    g.bench_function("decode", |b| {
        b.iter(|| {
            let mut n = 0;
            let mut start = 0;
            for end in memchr::memchr_iter(b'\n', &bytes) {
                let l = &bytes[start..end];
                start = end + 1;
                if !l.is_empty() && matches!(decode_line(black_box(l)), Ok(Some(_))) {
                    n += 1;
                }
            }
            assert_eq!(n, POSTS);
        })
    });

    g.bench_function("analyze", |b| {
        b.iter(|| {
            let mut with_address = 0;
            for p in &posts {
                let f = analyze(black_box(p), &rules);
                with_address += usize::from(!f.addresses.is_empty());
            }
            assert!(with_address >= scams, "{with_address} < {scams}");
        })
    });

    let texts: Vec<_> = posts
        .iter()
        .map(|p| scamwatch::detect::normalize::normalize(&p.text))
        .collect();
    let classifier = model
        .text_classifier
        .clone()
        .expect("the built-in model has a text model");
    g.bench_function("text_model", |b| {
        b.iter(|| {
            let flagged = texts
                .iter()
                .filter(|t| classifier.probability(black_box(t.as_str())) >= 0.5)
                .count();
            assert!(flagged >= 1 && flagged < texts.len() / 2, "{flagged}");
        })
    });

    let mut without = Model::builtin();
    without.classifier = None;
    without.text_classifier = None;
    let without = Arc::new(without);
    for (name, model) in [("replay", &model), ("replay_without_text_model", &without)] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut det = Detector::new(Arc::clone(&rules), Arc::clone(model));
                let mut out = Vec::with_capacity(1 << 20);
                let s = replay::run(
                    &bytes[..],
                    &mut det,
                    &mut out,
                    &mut std::io::sink(),
                    &ReplayOptions::default(),
                )
                .unwrap();
                assert_eq!(s.stats.posts, n_posts);
                assert!(s.stats.takedowns + s.stats.locks >= 1, "{}", s.render());
                black_box(out);
            })
        });
    }
    g.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
