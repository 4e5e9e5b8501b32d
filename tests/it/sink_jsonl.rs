//! The JSONL file sink: rotation by size keeps whole lines, `keep` bounds the files, a torn last
//! line is cut on open.

use std::path::Path;

use scamwatch::detect::decide::BrakeState;
use scamwatch::detect::event::Timestamp;
use scamwatch::detect::record::{Action, BreakerRecord, Record};
use scamwatch::sink::{FsyncPolicy, JsonlConfig, JsonlSink};

fn rec(i: usize) -> Record {
    Record::CircuitBreaker(BreakerRecord {
        budget: Action::Lock,
        state: if i.is_multiple_of(2) {
            BrakeState::Tripped
        } else {
            BrakeState::Reset
        },
        limit: i as u32,
        window_minutes: 10.0,
        event_time: Timestamp(i as i64 * 1000),
        tweet_id: format!("{i}"),
    })
}

fn lines(p: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(p).unwrap();
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "{} ends mid-line",
        p.display()
    );
    text.lines()
        .map(|l| serde_json::from_str(l).expect("every line is a whole record"))
        .collect()
}

#[test]
fn rotation_by_size_keeps_whole_lines_and_n_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out").join("alerts.jsonl");
    let line_len = rec(0).to_json().len() as u64 + 1;
    let cfg: JsonlConfig = toml::from_str(&format!(
        "path = {:?}\nmax_bytes = {}\nkeep = 2\nfsync = \"every_batch\"",
        path.to_str().unwrap(),
        line_len * 3 + line_len / 2
    ))
    .unwrap();
    assert_eq!(cfg.fsync, FsyncPolicy::EveryBatch);
    let mut sink = JsonlSink::open(cfg.clone()).unwrap();
    // 10 records in uneven batches: files hold 3 lines each (3.5 lines of room).
    let all: Vec<Record> = (0..10).map(rec).collect();
    for batch in [&all[0..1], &all[1..5], &all[5..6], &all[6..10]] {
        sink.write_batch(batch).unwrap();
    }
    let rotated = |n: usize| dir.path().join("out").join(format!("alerts.jsonl.{n}"));
    let cur = lines(&path);
    let r1 = lines(&rotated(1));
    let r2 = lines(&rotated(2));
    assert!(!rotated(3).exists(), "keep = 2");
    for f in [&cur, &r1, &r2] {
        assert!(f.len() <= 3);
    }
    // Newest last, in order, nothing split: the files concatenate to the tail of the stream.
    let tweet = |v: &serde_json::Value| v["tweet_id"].as_str().unwrap().parse::<usize>().unwrap();
    let seq: Vec<usize> = r2.iter().chain(&r1).chain(&cur).map(tweet).collect();
    assert_eq!(seq, (10 - seq.len()..10).collect::<Vec<_>>());
    assert_eq!(cur.len(), 1);
    assert_eq!(seq.len(), 7);

    // Reopening appends to the current file.
    drop(sink);
    let mut sink = JsonlSink::open(cfg).unwrap();
    sink.write_batch(&[rec(10)]).unwrap();
    assert_eq!(lines(&path).len(), 2);
}

#[test]
fn torn_last_line_is_cut_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.jsonl");
    let mut cfg = JsonlConfig::new(&path);
    cfg.fsync = FsyncPolicy::Never;
    let mut sink = JsonlSink::open(cfg.clone()).unwrap();
    sink.write_batch(&[rec(0), rec(1)]).unwrap();
    drop(sink);
    // A crash mid-write leaves half a record.
    let half = rec(2).to_json();
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(&half.as_bytes()[..half.len() / 2]);
    std::fs::write(&path, bytes).unwrap();
    let mut sink = JsonlSink::open(cfg).unwrap();
    sink.write_batch(&[rec(3)]).unwrap();
    let got: Vec<String> = lines(&path)
        .iter()
        .map(|v| v["tweet_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(got, ["0", "1", "3"]);
}

#[test]
fn one_record_larger_than_max_bytes_gets_a_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.jsonl");
    let mut cfg = JsonlConfig::new(&path);
    cfg.max_bytes = 10;
    cfg.keep = 5;
    let mut sink = JsonlSink::open(cfg).unwrap();
    sink.write_batch(&[rec(0), rec(1), rec(2)]).unwrap();
    for p in [
        path.clone(),
        dir.path().join("b.jsonl.1"),
        dir.path().join("b.jsonl.2"),
    ] {
        assert_eq!(lines(&p).len(), 1, "{}", p.display());
    }
    assert!(JsonlSink::open(JsonlConfig::new("")).is_err());
}
