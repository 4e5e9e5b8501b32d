//! Bluesky (Jetstream) and Mastodon input through `replay`: a hijacked account on each
//! platform is locked at its first scam post, alerts carry the platform, the post id on it and
//! a link to the post, and what is not a post is counted by reason, never fatal.

use serde_json::Value;

use crate::common::*;

const SCAM_ADDRESS: &str = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh";

/// The alerts of a replay, in order.
fn alerts(records: &[Value]) -> Vec<&Value> {
    records.iter().filter(|r| r["kind"] == "alert").collect()
}

fn has_feature(alert: &Value, name: &str) -> Option<String> {
    alert["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "feature" && r["name"] == name)
        .map(|r| r["detail"].as_str().unwrap().to_string())
}

/// The first post of `account` whose text carries the scam address, from the fixture itself.
fn first_scam_post_line(file: &str, needle: &str) -> String {
    std::fs::read_to_string(data(file))
        .unwrap()
        .lines()
        .find(|l| l.contains(needle) && l.contains(SCAM_ADDRESS))
        .expect("the fixture has the takeover")
        .to_string()
}

#[test]
fn bluesky_hijack_is_locked_at_its_first_scam_post() {
    let (records, stderr) = replay(&data("jetstream.jsonl"));
    let alerts = alerts(&records);
    let victim = "did:plc:vict1m0000000000000000aa";
    let first = alerts
        .iter()
        .find(|a| a["account_id"] == victim)
        .expect("the victim is alerted");
    // The first scam post of the fixture is the one locked.
    let line = first_scam_post_line("jetstream.jsonl", victim);
    let rkey = first["post_id"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap();
    assert!(line.contains(rkey), "the lock is on the first scam post");
    assert_eq!(first["action"], "lock");
    assert_eq!(first["platform"], "bluesky");
    assert!(
        first["post_id"]
            .as_str()
            .unwrap()
            .starts_with(&format!("at://{victim}/app.bsky.feed.post/"))
    );
    assert_eq!(first["tweet_id"], first["post_id"]);
    assert_eq!(
        first["post_url"],
        format!("https://bsky.app/profile/{victim}/post/{rkey}").as_str()
    );
    // The identity change minutes before is a departure signal, as a password reset is.
    let ev = has_feature(first, "security_event").expect("the identity change counts");
    assert!(ev.starts_with("identity_changed 8 min"), "{ev}");
    // The second scam post is taken down under the open lock; nobody else is acted on.
    assert_eq!(alerts.len(), 2, "{alerts:?}");
    assert_eq!(alerts[1]["action"], "takedown");
    assert_eq!(alerts[1]["lock_ref"], first["alert_id"]);
    // Noise is counted by reason, the malformed frame skipped, the run goes on.
    assert!(
        stderr.contains(
            "replay: not posts, ignored by reason: deleted 1, other_collection 1, unknown_kind 1"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("skipped by reason: invalid_json 1"),
        "{stderr}"
    );
}

#[test]
fn mastodon_hijack_is_locked_at_its_first_scam_post() {
    let (records, stderr) = replay(&data("mastodon.jsonl"));
    let alerts = alerts(&records);
    let first = alerts[0];
    assert_eq!(first["account_id"], "newsdesk@social.example");
    assert_eq!(first["username"], "newsdesk@social.example");
    assert_eq!(first["action"], "lock");
    assert_eq!(first["platform"], "mastodon");
    let post_id = first["post_id"].as_str().unwrap();
    assert!(post_id.starts_with("https://social.example/users/newsdesk/statuses/"));
    let sid = post_id.rsplit('/').next().unwrap();
    assert_eq!(
        first["post_url"],
        format!("https://social.example/@newsdesk/{sid}").as_str()
    );
    assert_eq!(first["followers"], 250000);
    let line = first_scam_post_line("mastodon.jsonl", "newsdesk");
    assert!(
        line.contains(&format!("\\\"id\\\":\\\"{sid}\\\"")),
        "locked at the first scam post"
    );
    // HTML stripped: the text reads as users saw it.
    assert!(
        first["text"]
            .as_str()
            .unwrap()
            .starts_with("I'm giving back to the community.")
    );
    assert!(has_feature(first, "new_client").is_some());
    // The edit is decided again as a new version; the third post links its scam site.
    assert_eq!(alerts.len(), 3, "{alerts:?}");
    assert!(
        alerts[1]["post_id"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{post_id}#edit-"))
    );
    assert!(
        alerts
            .iter()
            .all(|a| a["account_id"] == "newsdesk@social.example")
    );
    assert!(
        stderr.contains("ignored by reason: deleted 1, other_event 1"),
        "{stderr}"
    );
    assert!(
        stderr.contains("skipped by reason: wrong_shape 1"),
        "{stderr}"
    );
}
