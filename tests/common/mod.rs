//! Helpers shared by the integration tests: run the real binary, read fixtures.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn data(name: &str) -> PathBuf {
    root().join("tests/data").join(name)
}

/// Runs the built `scamwatch` binary with `args` from the repository root.
pub fn scamwatch(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the scamwatch binary runs")
}

/// The JSON records a replay printed on stdout.
pub fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// Replays one fixture file with the shipped rules and model; panics unless it exits 0.
pub fn replay(file: &Path) -> (Vec<Value>, String) {
    let out = scamwatch(&[
        "replay",
        file.to_str().unwrap(),
        "--rules",
        "rules",
        "--models",
        "models",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "replay failed: {stderr}");
    (records(&out), stderr)
}

/// Post alerts by tweet id.
pub fn alerts_by_tweet(records: &[Value]) -> HashMap<String, Value> {
    records
        .iter()
        .filter(|r| r["kind"] == "alert")
        .map(|r| (r["tweet_id"].as_str().unwrap().to_string(), r.clone()))
        .collect()
}

/// Rows of a small CSV without quoting (the fixtures' labels and expectations).
pub fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.splitn(3, ',').map(str::to_string).collect())
        .collect()
}
