//! The real `scamwatch firehose` binary: listening on 127.0.0.1:0, serving the seeded stream
//! over websocket, deterministically; and `--stdout` writing the same messages as JSON Lines.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use futures_util::StreamExt;
use tokio_tungstenite::tungstenite::Message;

use scamwatch::source::decode::decode_frame;

/// Kills the child process when the test ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the firehose on a free port and returns it with its URL, read from the
/// `listening on ws://…` line (the readiness signal: the socket is bound before it is printed).
fn start(args: &[&str]) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(["firehose", "--listen", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the scamwatch binary starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read the listening line");
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_string();
    assert!(url.starts_with("ws://127.0.0.1:"), "{url}");
    (server, url)
}

/// Connects and collects the text lines of every frame until the server closes after `count`.
async fn receive(url: &str, count: usize) -> (Vec<String>, usize) {
    let started = std::time::Instant::now();
    let (mut ws, _) = tokio_tungstenite::connect_async(url)
        .await
        .expect("connect to the firehose");
    let mut lines = Vec::new();
    let mut frames = 0;
    while let Some(msg) = ws.next().await {
        match msg.expect("a websocket message") {
            Message::Text(t) => {
                frames += 1;
                let text = t.as_str();
                for r in decode_frame(text.as_bytes()) {
                    r.unwrap_or_else(|e| panic!("undecodable message: {e}"));
                }
                lines.extend(text.split('\n').map(str::to_string));
            }
            Message::Close(_) => break,
            _ => {}
        }
    }
    assert_eq!(
        lines.len(),
        count,
        "the server sends exactly --count messages"
    );
    // Pacing: message k is due k / rate seconds after the connection, so the stream cannot
    // end sooner (every server in these tests runs at 20,000/s; only a lower bound is checked,
    // a busy machine may be slower).
    let min = Duration::from_secs_f64((count - 1) as f64 / 20_000.0 * 0.95);
    assert!(
        started.elapsed() >= min,
        "{:?} < {min:?}",
        started.elapsed()
    );
    (lines, frames)
}

fn run<F: std::future::Future>(f: F) -> F::Output {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // Bounded: a hung server fails the test instead of hanging it.
    rt.block_on(async { tokio::time::timeout(Duration::from_secs(60), f).await })
        .expect("the firehose test finishes within 60 s")
}

#[test]
fn serves_the_same_decodable_stream_to_every_client_and_matches_stdout() {
    let n = 2_000;
    let (_a, url_a) = start(&["--rate", "20000", "--seed", "42", "--count", "2000"]);
    let (_b, url_b) = start(&[
        "--rate", "20000", "--seed", "42", "--count", "2000", "--batch", "7",
    ]);
    let (first, frames_first) = run(receive(&url_a, n));
    let (second, _) = run(receive(&url_a, n));
    let (other_server, frames_other) = run(receive(&url_b, n));
    // Same seed, same messages: for two clients of one server, and for another server that
    // only frames them differently.
    assert_eq!(first, second);
    assert_eq!(first, other_server);
    assert!(frames_first < n, "several messages per frame at 20,000/s");
    assert!(
        frames_other >= n / 7,
        "--batch 7 caps a frame at 7 messages"
    );

    // `--stdout` writes the same stream (same seed and rate) as JSON Lines.
    let out = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args([
            "firehose", "--stdout", "--rate", "20000", "--seed", "42", "--count", "2000",
        ])
        .output()
        .expect("run firehose --stdout");
    assert!(out.status.success());
    let stdout_lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(stdout_lines, first);

    // Another seed, another stream.
    let (_c, url_c) = start(&["--rate", "20000", "--seed", "43", "--count", "2000"]);
    let (third, _) = run(receive(&url_c, n));
    assert_ne!(third, first);
}

#[test]
fn rejects_a_bad_rate_and_a_bad_scenario() {
    let out = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(["firehose", "--stdout", "--count", "1", "--scenario", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown scenario"));
    let out = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(["firehose", "--listen", "127.0.0.1:0", "--rate", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid rate"));
}

/// `--labels` writes the stream's ground truth, which a labelled backtest reads as is.
#[test]
fn stdout_with_labels_is_a_labelled_backtest() {
    let dir = tempfile::tempdir().unwrap();
    let (posts, labels) = (
        dir.path().join("posts.jsonl"),
        dir.path().join("labels.csv"),
    );
    let out = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(["firehose", "--stdout", "--count", "20000", "--labels"])
        .arg(&labels)
        .output()
        .unwrap();
    assert!(out.status.success());
    std::fs::write(&posts, &out.stdout).unwrap();
    let csv = std::fs::read_to_string(&labels).unwrap();
    assert!(csv.starts_with("kind,id,label\n"));
    let scams = csv.lines().filter(|l| l.ends_with(",scam")).count();
    assert!(scams >= 10, "{scams} scam posts");
    assert!(
        csv.lines()
            .any(|l| l.starts_with("account,") && l.ends_with(",hijacked"))
    );
    let out = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .arg("replay")
        .arg(&posts)
        .arg("--labels")
        .arg(&labels)
        .args(["--worst", "0"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains(&format!(
            "takedown+  precision 1.000 recall 1.000 (tp {scams}, fp 0"
        )),
        "{err}"
    );
}
