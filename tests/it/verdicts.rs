//! Moderator verdicts through the real binary: `POST /feedback` on `scamwatch serve` (token,
//! validation, durable storage across a restart, metrics) and `replay --verdicts` (verdicts
//! outranking the labels file in a backtest).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::common::*;
use scamwatch::detect::verdict::{Verdict, read_verdicts};
use scamwatch::source::decode::decode_line;

const TOKEN: &str = "s3cret";

/// One verdict line.
fn verdict(post: &str, kind: &str) -> String {
    format!(
        r#"{{"alert_id":"al-{post}","post_id":"{post}","account_id":"a-{post}","verdict":"{kind}","by":"dana","at":"2026-11-27T10:00:00Z"}}"#
    )
}

/// `POST /feedback` with `body` (and the bearer token, if any): (status, body).
fn post_feedback(addr: std::net::SocketAddr, token: Option<&str>, body: &str) -> (u16, String) {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Content-Type", "application/x-ndjson")];
    if let Some(a) = &auth {
        headers.push(("Authorization", a));
    }
    request(addr, "POST", "/feedback", &headers, body)
}

/// A bare HTTP/1.1 request with a body on loopback: (status, body). Headers may override
/// `Content-Length`.
fn request(
    addr: std::net::SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if !headers
        .iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("content-length"))
    {
        req.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).unwrap();
    let mut buf = String::new();
    s.read_to_string(&mut buf).unwrap();
    let (head, body) = buf.split_once("\r\n\r\n").unwrap_or((&buf, ""));
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, body.to_string())
}

fn metrics_page(addr: std::net::SocketAddr) -> String {
    let auth = format!("Bearer {TOKEN}");
    let (status, body) = request(addr, "GET", "/metrics", &[("Authorization", &auth)], "");
    assert_eq!(status, 200);
    body
}

/// The verdicts in the file, all of which must be good lines.
fn stored(path: &Path) -> Vec<Verdict> {
    let text = std::fs::read(path).unwrap_or_default();
    let f = read_verdicts(&text[..]).unwrap();
    assert!(f.errors.is_empty(), "bad lines in the file: {:?}", f.errors);
    f.verdicts
}

fn parsed(lines: &[String]) -> Vec<Verdict> {
    lines.iter().map(|l| Verdict::parse(l).unwrap()).collect()
}

/// A config file with the token, listening on port 0, state in `dir/data`.
fn config_with_token(dir: &Path) -> std::path::PathBuf {
    let cfg = dir.join("serve.toml");
    std::fs::write(
        &cfg,
        format!(
            "[http]\nlisten = \"127.0.0.1:0\"\ntoken = \"{TOKEN}\"\n[state]\ndata_dir = {:?}\n[reload]\nwatch = false\n",
            dir.join("data")
        ),
    )
    .unwrap();
    cfg
}

#[test]
fn feedback_is_refused_when_no_token_is_configured() {
    let dir = tempfile::tempdir().unwrap();
    let svc = Service::start_with_token(
        &[
            "--http",
            "127.0.0.1:0",
            "--data-dir",
            dir.path().to_str().unwrap(),
            "--no-watch",
        ],
        None,
    );
    for token in [None, Some("anything")] {
        let (status, body) = post_feedback(svc.http, token, &verdict("1", "confirmed"));
        assert_eq!(status, 403, "{body}");
        assert!(
            body.contains("needs a bearer token") && body.contains("http.token_env"),
            "{body}"
        );
    }
    assert!(stored(&dir.path().join("verdicts.jsonl")).is_empty());
    // With no token, the whole API is closed, the metrics included.
    assert_eq!(request(svc.http, "GET", "/metrics", &[], "").0, 403);
    assert!(svc.stop().success());
}

#[test]
fn feedback_is_authenticated_validated_stored_durably_and_kept_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config_with_token(dir.path());
    let file = dir.path().join("data").join("verdicts.jsonl");
    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let one = verdict("1", "confirmed");

    // Without the token, or with a wrong one: 401, nothing stored.
    assert_eq!(post_feedback(svc.http, None, &one).0, 401);
    assert_eq!(post_feedback(svc.http, Some("s3creT"), &one).0, 401);
    assert_eq!(
        post_feedback(svc.http, Some("s3cret-and-more"), &one).0,
        401
    );

    // One bad line refuses the whole body: 422 with every bad line, nothing stored.
    let bad = format!(
        "{one}\n{}\n{}\n",
        verdict("2", "approved"),
        one.replace("\"by\":\"dana\",", "")
    );
    let (status, body) = post_feedback(svc.http, Some(TOKEN), &bad);
    assert_eq!(status, 422, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["stored"], 0);
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2, "{body}");
    assert_eq!(errors[0]["line"], 2);
    assert!(
        errors[0]["error"]
            .as_str()
            .unwrap()
            .starts_with("`verdict` must be `confirmed`, `dismissed` or `escalated`"),
        "{body}"
    );
    assert_eq!(errors[1]["line"], 3);
    assert_eq!(errors[1]["error"], "missing `by`");
    assert!(stored(&file).is_empty(), "a refused body stored something");

    // A declared body over the limit: 413 before anything is read.
    let (status, _) = request(
        svc.http,
        "POST",
        "/feedback",
        &[
            ("Authorization", "Bearer s3cret"),
            ("Content-Length", "2000000"),
        ],
        "",
    );
    assert_eq!(status, 413);

    // Two requests: JSON Lines, then one pretty-printed object.
    let first = vec![verdict("1", "confirmed"), verdict("2", "dismissed")];
    let (status, body) = post_feedback(svc.http, Some(TOKEN), &first.join("\n"));
    assert_eq!((status, body.as_str()), (200, "{\"stored\":2}\n"));
    let pretty = serde_json::to_string_pretty(
        &serde_json::from_str::<serde_json::Value>(&verdict("3", "escalated")).unwrap(),
    )
    .unwrap();
    let (status, body) = post_feedback(svc.http, Some(TOKEN), &pretty);
    assert_eq!((status, body.as_str()), (200, "{\"stored\":1}\n"));
    let mut want = parsed(&first);
    want.extend(parsed(&[verdict("3", "escalated")]));
    assert_eq!(stored(&file), want, "the file holds exactly the verdicts");

    // Concurrent requests never interleave their lines: each request's lines stay together,
    // in order.
    let batches: Vec<Vec<String>> = (0..8)
        .map(|t| {
            (0..25)
                .map(|i| verdict(&format!("t{t}-{i:02}"), "confirmed"))
                .collect()
        })
        .collect();
    std::thread::scope(|s| {
        for b in &batches {
            let addr = svc.http;
            s.spawn(move || {
                let (status, body) = post_feedback(addr, Some(TOKEN), &b.join("\n"));
                assert_eq!((status, body.as_str()), (200, "{\"stored\":25}\n"));
            });
        }
    });
    let all = stored(&file);
    assert_eq!(all.len(), 3 + 8 * 25);
    for chunk in all[3..].chunks(25) {
        let t = chunk[0].post_id.split('-').next().unwrap().to_owned();
        let ids: Vec<&str> = chunk.iter().map(|v| v.post_id.as_str()).collect();
        let want: Vec<String> = (0..25).map(|i| format!("{t}-{i:02}")).collect();
        assert_eq!(ids, want, "lines of concurrent requests interleaved");
    }

    let page = metrics_page(svc.http);
    for (kind, n) in [("confirmed", 201.0), ("dismissed", 1.0), ("escalated", 1.0)] {
        assert_eq!(
            metric(
                &page,
                &format!("scamwatch_verdicts_total{{verdict=\"{kind}\"}}")
            ),
            Some(n),
            "{kind}"
        );
    }
    // Two bad lines, and one body too large.
    assert_eq!(
        metric(&page, "scamwatch_verdicts_rejected_total"),
        Some(3.0)
    );
    assert!(svc.stop().success());

    // After a restart, new verdicts are appended after the earlier ones.
    let svc = Service::start(&["--config", cfg.to_str().unwrap()]);
    let later = verdict("2", "confirmed");
    let (status, _) = post_feedback(svc.http, Some(TOKEN), &later);
    assert_eq!(status, 200);
    let after = stored(&file);
    assert_eq!(after.len(), all.len() + 1);
    assert_eq!(after[..all.len()], all[..], "the restart lost verdicts");
    assert_eq!(after[all.len()], Verdict::parse(&later).unwrap());
    assert!(svc.stop().success());
}

/// Post ids of a fixture, in order.
fn post_ids(file: &str) -> Vec<String> {
    std::fs::read_to_string(data(file))
        .unwrap()
        .lines()
        .filter_map(|l| match decode_line(l.as_bytes()).ok().flatten()? {
            scamwatch::detect::event::Input::Post(p) => Some(p.id.clone()),
            _ => None,
        })
        .collect()
}

/// The `backtest: any alert …` line and the alerted post ids of a replay.
fn backtest(args: &[&str]) -> (String, HashSet<String>, String) {
    let out = scamwatch(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    let alerted = alerts_by_tweet(&records(&out)).into_keys().collect();
    let any = stderr
        .lines()
        .find(|l| l.starts_with("backtest: any alert"))
        .unwrap_or_else(|| panic!("no backtest figures:\n{stderr}"))
        .to_owned();
    (any, alerted, stderr)
}

/// `(tp, fp, fn, tn)` of a `backtest: any alert … (tp 1, fp 2, fn 3, tn 4)` line.
fn confusion(line: &str) -> [u64; 4] {
    let inner = line.rsplit_once('(').unwrap().1.trim_end_matches(')');
    let v: Vec<u64> = inner
        .split(", ")
        .map(|kv| kv.rsplit_once(' ').unwrap().1.parse().unwrap())
        .collect();
    v.try_into().unwrap()
}

#[test]
fn replay_verdicts_outrank_the_labels_file() {
    let input = data("obfuscated.jsonl");
    let input = input.to_str().unwrap();
    let labels = data("labels.csv");
    let labels = labels.to_str().unwrap();
    let base = ["replay", input, "--labels", labels, "--worst", "0"];
    let (any, alerted, _) = backtest(&base);
    let [tp, fp, fn_, tn] = confusion(&any);

    let file_labels: HashMap<String, String> = csv_rows(&data("labels.csv"))
        .into_iter()
        .filter(|r| r[0] == "post")
        .map(|r| (r[1].clone(), r[2].clone()))
        .collect();
    let ids = post_ids("obfuscated.jsonl");
    let label = |id: &String| file_labels.get(id).map(String::as_str);
    // A scam post that got an alert, and a benign one that did not.
    let caught = ids
        .iter()
        .find(|id| label(id) == Some("scam") && alerted.contains(*id))
        .expect("a caught scam post");
    let quiet = ids
        .iter()
        .find(|id| label(id) == Some("benign") && !alerted.contains(*id))
        .expect("a benign post without an alert");
    let other = ids
        .iter()
        .find(|id| *id != caught && label(id) == Some("scam") && alerted.contains(*id))
        .expect("another caught scam post");

    let dir = tempfile::tempdir().unwrap();
    let verdicts = dir.path().join("verdicts.jsonl");
    std::fs::write(
        &verdicts,
        [
            verdict(caught, "confirmed"),
            // The moderator changed their mind: the later verdict wins.
            verdict(caught, "dismissed"),
            verdict(quiet, "confirmed"),
            // Escalated: the labels file's label stays.
            verdict(other, "escalated"),
            "{\"post_id\":\"broken".into(),
            verdict("no-such-post", "confirmed"),
        ]
        .join("\n"),
    )
    .unwrap();
    let v = verdicts.to_str().unwrap();

    let mut args = base.to_vec();
    args.extend(["--verdicts", v]);
    let (any, alerted_v, stderr) = backtest(&args);
    assert_eq!(alerted_v, alerted, "verdicts change labels, never alerts");
    // The caught scam is now a false positive, the quiet benign post a miss.
    assert_eq!(
        confusion(&any),
        [tp - 1, fp + 1, fn_ + 1, tn - 1],
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{v}:5: verdict skipped: not JSON: EOF while parsing a string"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "backtest: 3 post labels from moderator verdicts (2 overriding the labels file, 1 not in it)"
        ),
        "{stderr}"
    );

    // Without --labels the verdicts are the labels: the caught post (dismissed, alerted) and
    // the quiet one (confirmed, no alert); the third label is of a post not in the input.
    let (any, _, stderr) = backtest(&["replay", input, "--verdicts", v, "--worst", "0"]);
    assert_eq!(confusion(&any), [0, 1, 1, 0], "{stderr}");
    assert!(
        stderr.contains("backtest: 2 labelled posts (1 scam, 1 benign)")
            && stderr.contains("1 post labels not in the input"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "backtest: 3 post labels from moderator verdicts (0 overriding the labels file, 3 not in it)"
        ),
        "{stderr}"
    );
}
