//! Heap allocations per post on the whole replay path (decode, analyze, score, decide,
//! serialize), counted by a global allocator that wraps the system one.
//!
//! A binary of its own: the counting allocator must not slow down or count the other
//! integration tests. The figure it prints is the one in docs/performance.md
//! ("Allocations per post"); the bound it asserts is that figure with a little room, so a
//! change that adds an allocation to every post fails here, not in a benchmark nobody reran.
//!
//! Run: `cargo test --release --test alloc -- --nocapture` (the count is the same in debug).

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use scamwatch::detect::detector::Detector;
use scamwatch::detect::model::Model;
use scamwatch::detect::rules::compile_dir;
use scamwatch::synth::generator::{Config, Generator};
use scamwatch::tools::replay::{self, ReplayOptions};

struct Counting;

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; the counters are
// relaxed atomics with no effect on the memory handed out.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(new_size as u64, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// `n` messages of the seeded synthetic stream (the benchmarks' input), one per line.
fn stream(g: &mut Generator, n: usize) -> Vec<u8> {
    let mut bytes = Vec::new();
    for _ in 0..n {
        bytes.extend_from_slice(g.next_message().0.as_bytes());
        bytes.push(b'\n');
    }
    bytes
}

/// Allocations and allocated bytes while `f` runs.
fn counted<T>(f: impl FnOnce() -> T) -> (T, u64, u64) {
    let (a0, b0) = (
        ALLOCS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed),
    );
    let out = f();
    let (a1, b1) = (
        ALLOCS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed),
    );
    (out, a1 - a0, b1 - b0)
}

#[test]
fn allocations_per_post_on_the_replay_path() {
    let rules = Arc::new(
        compile_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/rules")))
            .expect("the shipped rules compile"),
    );
    let mut detector = Detector::new(rules, Arc::new(Model::builtin()));
    let mut g = Generator::new(Config::default());
    // The first 40,000 messages meet most of the stream's 10,000 accounts: their histories,
    // the maps and the output buffer grow here, once, as in a service that has been running.
    let warm = stream(&mut g, 40_000);
    let measured = stream(&mut g, 20_000);
    let mut out = Vec::with_capacity(8 << 20);
    let opts = ReplayOptions::default();
    let warm_summary = replay::run(
        &warm[..],
        &mut detector,
        &mut out,
        &mut std::io::sink(),
        &opts,
    )
    .expect("replay of the warm-up stream");
    out.clear();
    // The detector's counters run on from the warm-up.
    let warm_posts = warm_summary.stats.posts;

    let (summary, allocs, bytes) = counted(|| {
        replay::run(
            &measured[..],
            &mut detector,
            &mut out,
            &mut std::io::sink(),
            &opts,
        )
        .expect("replay of the measured stream")
    });
    let posts = summary.stats.posts - warm_posts;
    assert!(posts > 19_000, "{posts} posts");
    assert!(
        summary.records > 0,
        "the measured stream must alert somewhere"
    );
    let per_post = allocs as f64 / posts as f64;
    let bytes_per_post = bytes as f64 / posts as f64;
    println!(
        "allocations per post: {per_post:.2} ({allocs} for {posts} posts), \
         {bytes_per_post:.0} bytes allocated per post, {} records",
        summary.records
    );
    // 11.6 on 2026-11-28: about 10 in decoding (the post's owned strings, the boxed post and
    // the wire structs of `includes`), the rest in scoring the posts a rule fired on.
    assert!(
        per_post <= 12.5,
        "{per_post:.2} allocations per post on the replay path (docs/performance.md)"
    );
}
