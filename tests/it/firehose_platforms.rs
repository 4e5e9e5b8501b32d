//! The firehose speaking Bluesky's Jetstream (with its profile directory) feeding the real
//! `scamwatch serve`, and `scamwatch demo --platform bluesky`: a takeover on Bluesky is locked
//! at each hijacked account's first scam post, and a new scam account is locked only because
//! hydration told the service it has few followers (with the profile server down, the same
//! post is a takedown whose reasons say the profile was not there).

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use serde_json::Value;

use crate::common::*;

/// Kills the firehose when the test ends, however it ends.
struct Hose(Child);

impl Drop for Hose {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A Jetstream-shaped stream of `count` messages: the lines, and the ground truth (post id →
/// label, account → label) from `firehose --stdout --labels`.
struct Truth {
    lines: Vec<String>,
    posts: HashMap<String, String>,
    accounts: HashMap<String, String>,
}

fn truth(dir: &Path, args: &[&str]) -> Truth {
    let labels = dir.join("labels.csv");
    let out = scamwatch(
        &[
            &["firehose", "--stdout", "--labels", labels.to_str().unwrap()],
            args,
        ]
        .concat(),
    );
    assert!(out.status.success());
    let lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let (mut posts, mut accounts) = (HashMap::new(), HashMap::new());
    for row in csv_rows(&labels).into_iter().skip(1) {
        let map = if row[0] == "post" {
            &mut posts
        } else {
            &mut accounts
        };
        map.insert(row[1].clone(), row[2].clone());
    }
    Truth {
        lines,
        posts,
        accounts,
    }
}

impl Truth {
    /// The post id (AT-URI) of a Jetstream line that creates a post.
    fn post_id(line: &str) -> Option<(String, String)> {
        let v: Value = serde_json::from_str(line).ok()?;
        let c = &v["commit"];
        (c["collection"] == "app.bsky.feed.post").then(|| {
            let did = v["did"].as_str().unwrap().to_string();
            let uri = format!(
                "at://{did}/app.bsky.feed.post/{}",
                c["rkey"].as_str().unwrap()
            );
            (did, uri)
        })
    }

    /// Every account labelled `label`, with its first scam post.
    fn first_scam_posts(&self, label: &str) -> HashMap<String, String> {
        let mut first = HashMap::new();
        for (did, uri) in self.lines.iter().filter_map(|l| Self::post_id(l)) {
            if self.accounts.get(&did).map(String::as_str) == Some(label)
                && self.posts.get(&uri).map(String::as_str) == Some("scam")
            {
                first.entry(did).or_insert(uri);
            }
        }
        first
    }

    fn post_count(&self) -> usize {
        self.lines
            .iter()
            .filter(|l| Self::post_id(l).is_some())
            .count()
    }
}

/// Starts `scamwatch firehose` on free ports with `args`; returns it, its stream URL and
/// (with `--profiles`) its profile directory's base URL.
fn start_hose(args: &[&str]) -> (Hose, String, Option<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(["firehose", "--listen", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the scamwatch binary starts");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let hose = Hose(child);
    let mut profiles = None;
    loop {
        let mut line = String::new();
        assert!(out.read_line(&mut line).unwrap() > 0, "the firehose ended");
        let line = line.trim();
        if let Some(p) = line.strip_prefix("profiles on ") {
            profiles = Some(p.trim_end_matches('/').to_string());
        } else if let Some(u) = line.strip_prefix("listening on ") {
            return (hose, u.to_string(), profiles);
        }
    }
}

/// Runs `serve` on the stream at `stream` (Jetstream) with hydration from `appview` (each
/// post waiting at most `budget_ms` for it) until it has received `messages` messages and
/// decided `posts` posts; stops it and returns the records of its JSONL sink and its last
/// `/metrics` page.
fn serve_jetstream(
    dir: &Path,
    stream: &str,
    (appview, budget_ms): (&str, u64),
    messages: usize,
    posts: usize,
) -> (Vec<Value>, String) {
    std::fs::create_dir_all(dir).unwrap();
    let config = dir.join("scamwatch.toml");
    let alerts = dir.join("alerts.jsonl");
    std::fs::write(
        &config,
        format!(
            "[source]\nurl = \"jetstream:{stream}\"\n\
             # The firehose closes after --count: no reconnect while the test reads.\n\
             backoff_initial_ms = 600000\nbackoff_max_ms = 600000\n\
             [hydration]\nappview = \"{appview}\"\nrate_per_sec = 10000\nburst = 10000\n\
             budget_ms = {budget_ms}\ntimeout_ms = {budget_ms}\n\
             [jsonl]\npath = \"{}\"\n",
            alerts.display()
        ),
    )
    .unwrap();
    let svc = Service::start(&[
        "--config",
        config.to_str().unwrap(),
        "--http",
        "127.0.0.1:0",
        "--data-dir",
        dir.join("data").to_str().unwrap(),
    ]);
    let page = wait_for(120, "every message decided", || {
        let page = metrics_page(svc.http);
        let received = metric(&page, "scamwatch_messages_received_total").unwrap_or(0.0);
        let decided = metric(&page, "scamwatch_posts_processed_total").unwrap_or(0.0);
        (received >= messages as f64 && decided >= posts as f64).then_some(page)
    });
    assert!(svc.stop().success());
    let records = std::fs::read_to_string(&alerts)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (records, page)
}

fn reason<'a>(alert: &'a Value, kind: &str) -> Option<&'a Value> {
    alert["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == kind)
}

fn feature<'a>(alert: &'a Value, name: &str) -> Option<&'a Value> {
    alert["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "feature" && r["name"] == name)
}

/// The first alert of each account, in stream order.
fn first_alerts(records: &[Value]) -> HashMap<String, &Value> {
    let mut first = HashMap::new();
    for r in records.iter().filter(|r| r["kind"] == "alert") {
        first
            .entry(r["account_id"].as_str().unwrap().to_string())
            .or_insert(r);
    }
    first
}

#[test]
fn a_takeover_on_jetstream_is_locked_at_each_first_scam_post() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "--platform",
        "bluesky",
        "--scenario",
        "takeover",
        "--count",
        "3500",
        "--rate",
        "1500",
        "--accounts",
        "2000",
    ];
    let truth = truth(dir.path(), &args);
    let hijacked = truth.first_scam_posts("hijacked");
    assert!(hijacked.len() >= 6, "one takeover: {hijacked:?}");
    let (_hose, stream, profiles) =
        start_hose(&[&args[..], &["--profiles", "127.0.0.1:0"]].concat());
    let (records, page) = serve_jetstream(
        dir.path(),
        &stream,
        // A generous budget: a loaded test machine must not turn a lookup into a timeout.
        (&profiles.expect("the profile directory"), 5_000),
        truth.lines.len(),
        truth.post_count(),
    );
    let first = first_alerts(&records);
    for (did, scam) in &hijacked {
        let a = first
            .get(did)
            .unwrap_or_else(|| panic!("{did} not alerted: {records:#?}"));
        assert_eq!(a["action"], "lock", "{a}");
        assert_eq!(&a["post_id"], scam, "locked at its first scam post");
        assert_eq!(a["platform"], "bluesky");
        // Explained: the identity change before the post, and the profile the lookup gave.
        let ev = feature(a, "security_event").expect("the identity change counts");
        assert!(
            ev["detail"]
                .as_str()
                .unwrap()
                .starts_with("identity_changed"),
            "{ev}"
        );
        let h = reason(a, "hydration").expect("hydrated");
        assert_eq!(h["status"], "hydrated", "{h}");
        assert!(a["followers"].as_u64().unwrap() >= 800_000, "{a}");
        assert!(a["username"].as_str().unwrap().ends_with(".bsky.social"));
    }
    // Nobody else is locked or taken down.
    for a in records
        .iter()
        .filter(|r| r["kind"] == "alert" && r["action"] != "review")
    {
        assert!(
            hijacked.contains_key(a["account_id"].as_str().unwrap()),
            "{a}"
        );
    }
    assert!(
        metric(
            &page,
            "scamwatch_messages_ignored_total{reason=\"other_collection\"}"
        )
        .unwrap()
            >= 1.0,
        "reposts are another collection"
    );
    assert!(metric(&page, "scamwatch_account_events_total").unwrap() >= 6.0);
}

#[test]
fn a_new_scam_account_is_locked_because_hydration_says_it_has_few_followers() {
    let args = [
        "--platform",
        "bluesky",
        "--scenario",
        "scam-accounts",
        "--count",
        "7000",
        "--rate",
        "3000",
        "--accounts",
        "2000",
    ];
    let dir = tempfile::tempdir().unwrap();
    let truth = truth(dir.path(), &args);
    let scammers = truth.first_scam_posts("scammer");
    assert!(scammers.len() >= 4, "a wave: {scammers:?}");

    // With the profile directory: locked at the first scam post, the profile in the reasons.
    let with = dir.path().join("with");
    let (hose, stream, profiles) =
        start_hose(&[&args[..], &["--profiles", "127.0.0.1:0"]].concat());
    let (records, _) = serve_jetstream(
        &with,
        &stream,
        (&profiles.unwrap(), 5_000),
        truth.lines.len(),
        truth.post_count(),
    );
    drop(hose);
    let first = first_alerts(&records);
    let locked: Vec<(&String, &String)> = scammers
        .iter()
        .filter(|(did, scam)| {
            first
                .get(*did)
                .is_some_and(|a| a["action"] == "lock" && &a["post_id"] == *scam)
        })
        .collect();
    assert_eq!(
        locked.len(),
        scammers.len(),
        "every scam account locked at its first scam post: {records:#?}"
    );
    for (did, _) in &locked {
        let a = first[*did];
        assert_eq!(reason(a, "hydration").unwrap()["status"], "hydrated");
        assert!(a["followers"].as_u64().unwrap() < 300, "{a}");
        assert!(
            feature(a, "few_followers").is_some() || feature(a, "new_account").is_some(),
            "the profile is what locks: {a}"
        );
    }

    // The profile server down (nothing listens): the same posts are decided without it,
    // within the budget, and say so; no follower count, so no lock.
    let down = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let without = dir.path().join("without");
    let (_hose, stream, _) = start_hose(&args);
    let (records, page) = serve_jetstream(
        &without,
        &stream,
        (&format!("http://{down}"), 300),
        truth.lines.len(),
        truth.post_count(),
    );
    let by_post: HashMap<&str, &Value> = records
        .iter()
        .filter(|r| r["kind"] == "alert")
        .map(|r| (r["post_id"].as_str().unwrap(), r))
        .collect();
    for (_, scam) in &locked {
        let a = by_post
            .get(scam.as_str())
            .unwrap_or_else(|| panic!("{scam} decided without an alert"));
        assert_eq!(a["action"], "takedown", "{a}");
        let h = reason(a, "hydration").expect("the reason says why");
        assert_eq!(h["status"], "failed", "{h}");
        assert!(
            h["detail"]
                .as_str()
                .unwrap()
                .contains("decided without followers or account age"),
            "{h}"
        );
    }
    assert!(metric(&page, "scamwatch_hydration_total{result=\"failed\"}").unwrap() >= 1.0);
    // Within the budget: no decision waited a second.
    assert_eq!(
        metric(
            &page,
            "scamwatch_ingest_to_decision_seconds_bucket{le=\"1\"}"
        ),
        metric(&page, "scamwatch_ingest_to_decision_seconds_count")
    );
}

#[test]
fn the_demo_on_bluesky_locks_the_takeover_and_explains_it() {
    let demo = Demo::start(&["--platform", "bluesky", "--rate", "400"]);
    let banner = demo.lines.lock().unwrap()[0].clone();
    assert!(banner.contains("on Bluesky (Jetstream events"), "{banner}");
    let lock = demo.wait_for_line(120, "LOCK");
    for part in [".bsky.social", "profile hydrated", "security event"] {
        assert!(lock.contains(part), "{part} missing in {lock}");
    }
    let token = demo
        .banner("api token")
        .expect("the demo prints its API token");
    let bearer = format!("Bearer {token}");
    let (_, page) = http(
        demo.svc.http,
        "GET",
        "/metrics",
        &[("Authorization", &bearer)],
    );
    assert!(metric(&page, "scamwatch_hydration_total{result=\"hydrated\"}").unwrap() >= 1.0);
    assert!(demo.svc.stop().success());
}

/// `firehose --stdout` on each open network, replayed: every hijacked account's first alert is
/// a lock on its first scam post (the labels name accounts and posts as the platform does).
#[test]
fn the_takeover_replayed_on_each_network_is_locked_at_each_first_scam_post() {
    for platform in ["bluesky", "mastodon"] {
        let dir = tempfile::tempdir().unwrap();
        let args = [
            "--platform",
            platform,
            "--scenario",
            "takeover",
            "--count",
            "3500",
            "--rate",
            "200",
        ];
        let truth = truth(dir.path(), &args);
        let file = dir.path().join("stream.jsonl");
        std::fs::write(&file, truth.lines.join("\n")).unwrap();
        let (records, _) = replay(&file);
        let first = first_alerts(&records);
        // The first scam post of each hijacked account, from the stream and its labels.
        let mut expected: HashMap<String, String> = HashMap::new();
        for r in records.iter().filter(|r| r["kind"] == "alert") {
            let id = r["post_id"].as_str().unwrap();
            let who = r["account_id"].as_str().unwrap();
            if truth.accounts.get(who).map(String::as_str) == Some("hijacked") {
                assert_eq!(truth.posts.get(id).map(String::as_str), Some("scam"), "{r}");
            }
        }
        for line in &truth.lines {
            let v: Value = serde_json::from_str(line).unwrap();
            let (who, id) = match platform {
                "bluesky" => match Truth::post_id(line) {
                    Some(x) => x,
                    None => continue,
                },
                _ => {
                    let s: Value = serde_json::from_str(v["payload"].as_str().unwrap()).unwrap();
                    let acct = s["account"]["acct"].as_str().unwrap();
                    let who = if acct.contains('@') {
                        acct.to_string()
                    } else {
                        format!("{acct}@mastodon.social")
                    };
                    (who, s["uri"].as_str().unwrap().to_string())
                }
            };
            if truth.accounts.get(&who).map(String::as_str) == Some("hijacked")
                && truth.posts.get(&id).map(String::as_str) == Some("scam")
            {
                expected.entry(who).or_insert(id);
            }
        }
        assert!(expected.len() >= 6, "{platform}: {expected:?}");
        for (who, scam) in &expected {
            let a = first
                .get(who)
                .unwrap_or_else(|| panic!("{platform}: {who} not alerted"));
            assert_eq!(a["action"], "lock", "{platform}: {a}");
            assert_eq!(&a["post_id"], scam, "{platform}: at its first scam post");
            assert_eq!(a["platform"], platform);
        }
    }
}

/// Jetstream's resume on the firehose: a client connecting with `?cursor=µs` gets the stream
/// from the first message at or after that event time, exactly as `--stdout` wrote it.
#[test]
fn a_jetstream_client_resumes_the_firehose_with_its_cursor() {
    use futures_util::StreamExt;
    let dir = tempfile::tempdir().unwrap();
    let args = ["--platform", "bluesky", "--rate", "5000"];
    let all = truth(dir.path(), &[&args[..], &["--count", "1500"]].concat()).lines;
    let from = 1_000;
    let cursor = serde_json::from_str::<Value>(&all[from]).unwrap()["time_us"]
        .as_i64()
        .unwrap();
    let (_hose, url, _) = start_hose(&[&args[..], &["--count", "20"]].concat());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let got: Vec<String> = rt.block_on(async {
        let (mut ws, _) = tokio_tungstenite::connect_async(format!(
            "{url}subscribe?wantedCollections=app.bsky.feed.post&cursor={cursor}"
        ))
        .await
        .unwrap();
        let mut lines = Vec::new();
        while let Some(Ok(m)) = ws.next().await {
            if let tokio_tungstenite::tungstenite::Message::Text(t) = m {
                lines.extend(t.as_str().lines().map(str::to_string));
            }
        }
        lines
    });
    assert_eq!(got, all[from..from + 20]);
}
