//! The scam's chorus: replies and quotes that vouch for a post the detector took down
//! (`[amplification]` in models/model.toml), through the real binary.

use crate::common::*;
use serde_json::{Value, json};

/// A Twitter v2 message: `id` by `author` (a week-old account with 40 followers) at minute
/// `min` past 10:00, replying to `reply_to` (a user id) or quoting `quote_of` (a post id).
fn post(
    id: &str,
    author: &str,
    min: u32,
    text: &str,
    reply_to: Option<&str>,
    quote_of: Option<&str>,
) -> String {
    let mut data = json!({
        "id": id,
        "text": text,
        "author_id": author,
        "created_at": format!("2026-05-01T{:02}:{:02}:00Z", 10 + min / 60, min % 60),
    });
    if let Some(u) = reply_to {
        data["in_reply_to_user_id"] = json!(u);
    }
    if let Some(q) = quote_of {
        data["referenced_tweets"] = json!([{ "type": "quoted", "id": q }]);
    }
    json!({
        "data": data,
        "includes": { "users": [{
            "id": author, "username": format!("u{author}"),
            "created_at": "2026-04-24T00:00:00Z",
            "public_metrics": { "followers_count": 40 },
        }]},
    })
    .to_string()
}

#[test]
fn vouching_replies_and_quotes_of_a_post_taken_down_are_taken_down_with_the_reason() {
    let scam = "Send 0.1 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh and I will send back double, 30 minutes only";
    let lines = [
        post("1", "100", 0, scam, None, None),
        // The chorus: a reply to the scam account and a quote of its post.
        post(
            "2",
            "200",
            5,
            "Can confirm, sent 0.5 and got 1 back in 5 minutes",
            Some("100"),
            None,
        ),
        post(
            "3",
            "201",
            6,
            "Funktioniert wirklich! 2 geschickt, 4 zurückbekommen",
            None,
            Some("1"),
        ),
        // A warning and a question about the same post: negative evidence, never the chorus.
        post(
            "4",
            "202",
            7,
            "This is a scam, do not send anything. Got my funds back? No.",
            Some("100"),
            None,
        ),
        post(
            "5",
            "203",
            8,
            "is this real? can confirm anyone got paid?",
            None,
            Some("1"),
        ),
        // Vouching words with nothing taken down to vouch for, and after the window.
        post("6", "204", 9, "Can confirm, it works", Some("999"), None),
        post(
            "7",
            "205",
            200,
            "Can confirm, sent 0.5 and got 1 back",
            Some("100"),
            None,
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("posts.jsonl");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let (records, _) = replay(&file);
    let alerts = alerts_by_tweet(&records);
    let action = |id: &str| {
        alerts
            .get(id)
            .map(|a| a["action"].as_str().unwrap().to_string())
    };
    assert!(
        matches!(action("1").as_deref(), Some("takedown" | "lock")),
        "{alerts:?}"
    );
    for id in ["2", "3"] {
        let a = &alerts[id];
        assert!(
            matches!(a["action"].as_str(), Some("takedown" | "lock")),
            "{a}"
        );
        let amp: Vec<&Value> = a["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["kind"] == "amplifies")
            .collect();
        assert_eq!(amp.len(), 1, "{a}");
        let target = if id == "2" { "account:100" } else { "post:1" };
        assert_eq!(amp[0]["target"], target, "{a}");
    }
    for id in ["4", "5", "6", "7"] {
        assert!(
            action(id).is_none_or(|a| a == "review"),
            "{id}: {:?}",
            alerts.get(id)
        );
    }
}

/// The `follow_up` reason of `id`'s alert, if any.
fn follow_up(alerts: &std::collections::HashMap<String, Value>, id: &str) -> Option<Value> {
    alerts.get(id).and_then(|a| {
        a["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["kind"] == "follow_up")
            .cloned()
    })
}

#[test]
fn the_next_posts_of_an_account_taken_down_carry_its_scam_on_with_an_address_or_a_link() {
    let scam = "Send 0.1 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh and I will send back double, 30 minutes only";
    let addr = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh";
    let lines = [
        post("1", "100", 0, scam, None, None),
        // The burst goes on: the address alone, the address in a payment URI with gift emoji.
        post("2", "100", 4, addr, None, None),
        post(
            "3",
            "100",
            9,
            &format!("🎁🎁 bitcoin:{addr}?amount=0.1 🎁🎁"),
            None,
            None,
        ),
        // Its "we were hacked, do not send" notice carries a warning: never a follow-up.
        post(
            "4",
            "100",
            60,
            &format!("My account was hacked. Do not send anything to {addr}, it is a scam."),
            None,
            None,
        ),
        // Another account posting the same address alone: nothing of its own was taken down.
        post("5", "300", 10, addr, None, None),
        // The same account after the window.
        post("6", "100", 400, addr, None, None),
    ];
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("posts.jsonl");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let (records, _) = replay(&file);
    let alerts = alerts_by_tweet(&records);
    for id in ["2", "3"] {
        let a = &alerts[id];
        assert_eq!(a["action"], "takedown", "{a}");
        let f = follow_up(&alerts, id).expect("a follow_up reason");
        assert_eq!(f["target"], "account:100", "{a}");
        assert_eq!(f["carries"], "address", "{a}");
    }
    for id in ["4", "5", "6"] {
        assert!(
            follow_up(&alerts, id).is_none(),
            "{id}: {:?}",
            alerts.get(id)
        );
        assert!(
            alerts
                .get(id)
                .is_none_or(|a| a["action"] == "review" || a["action"] == "none"),
            "{id}: {:?}",
            alerts.get(id)
        );
    }
}
