//! The learned text model end to end: `scamwatch train` through the real binary (deterministic
//! files, bad lines reported), the model's reason in alerts, a moderator's dismissal that stops
//! an alert after retraining, and a broken model refused by `test-rules` and by a reload.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::common::{Service, data, http, records, root, scamwatch};

/// Runs `scamwatch train` with a fixed `SOURCE_DATE_EPOCH`; panics unless it exits 0.
fn train(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .arg("train")
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1795737600")
        .current_dir(root())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "train failed: {stderr}");
    stderr
}

/// A models directory holding the shipped model.toml (its `[classifier]` names the text model).
fn models_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("models/model.toml"),
        dir.path().join("model.toml"),
    )
    .unwrap();
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn training_twice_on_the_same_data_writes_the_same_files() {
    let (a, b) = (models_dir(), models_dir());
    let args = |out: &Path| {
        vec![
            "--set".to_string(),
            s(&data("multilingual")).to_string(),
            "--posts".into(),
            s(&data("malformed.jsonl")).into(),
            "--hash-bits".into(),
            "14".into(),
            "--out".into(),
            s(out).into(),
        ]
    };
    let args_a = args(a.path());
    let log = train(&args_a.iter().map(String::as_str).collect::<Vec<_>>());
    let args_b = args(b.path());
    train(&args_b.iter().map(String::as_str).collect::<Vec<_>>());
    for f in ["text-model.toml", "text-model.bin"] {
        let (x, y) = (
            std::fs::read(a.path().join(f)).unwrap(),
            std::fs::read(b.path().join(f)).unwrap(),
        );
        assert!(!x.is_empty());
        assert!(x == y, "{f} differs between two runs");
    }
    // Bad lines are reported with their file and line, and skipped.
    assert!(
        log.contains("malformed.jsonl:2: skipped (invalid_json)"),
        "{log}"
    );
    assert!(
        log.contains("out of fold (5 folds by account): AUC"),
        "{log}"
    );
    let manifest = std::fs::read_to_string(a.path().join("text-model.toml")).unwrap();
    for needle in [
        "format = \"scamwatch-text-model\"",
        "trained_at = \"2026-11-27T00:00:00Z\"",
        "data_fingerprint = ",
        "[[cross_validation.thresholds]]",
        "split = \"account\"",
        "name = \"multilingual/posts.jsonl\"",
    ] {
        assert!(
            manifest.contains(needle),
            "{needle} missing from:\n{manifest}"
        );
    }
    // The trained model runs: its probability is a reason in the alerts.
    let out = scamwatch(&[
        "replay",
        s(&data("multilingual/posts.jsonl")),
        "--models",
        s(a.path()),
    ]);
    assert!(out.status.success());
    let model_reasons: Vec<Value> = records(&out)
        .iter()
        .filter(|r| r["kind"] == "alert")
        .flat_map(|r| r["reasons"].as_array().unwrap().clone())
        .filter(|r| r["kind"] == "model")
        .collect();
    assert!(!model_reasons.is_empty());
    let top = &model_reasons
        .iter()
        .find(|r| r["probability"].as_f64().unwrap() > 0.9)
        .unwrap();
    assert_eq!(top["mode"], "live");
    assert!(!top["ngrams"].as_array().unwrap().is_empty(), "{top}");
}

/// The shipped model's reason names the n-grams with their original spans.
#[test]
fn the_shipped_model_explains_itself_with_original_spans() {
    let dir = tempfile::tempdir().unwrap();
    let post = dir.path().join("post.jsonl");
    let text = "Send 0.1 ETH and receive 0.2 ETH back! Official event, only today";
    let line = serde_json::json!({"data": {"id": "9001", "text": text, "author_id": "77",
        "created_at": "2026-11-27T10:00:00.000Z"}, "includes": {"users": [{"id": "77"}]}});
    std::fs::write(&post, format!("{line}\n")).unwrap();
    let out = scamwatch(&["replay", s(&post)]);
    let recs = records(&out);
    let alert = recs
        .iter()
        .find(|r| r["kind"] == "alert")
        .expect("an alert");
    let model = alert["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "model")
        .expect("a model reason");
    assert!(model["probability"].as_f64().unwrap() >= 0.8, "{model}");
    for g in model["ngrams"].as_array().unwrap() {
        let (start, end) = (g["start"].as_u64().unwrap(), g["end"].as_u64().unwrap());
        assert_eq!(g["text"], text[start as usize..end as usize], "{g}");
        assert!(g["weight"].as_f64().unwrap() > 0.0);
    }
}

#[test]
fn a_dismissed_alert_stops_recurring_after_retraining() {
    let models = models_dir();
    let dir = tempfile::tempdir().unwrap();
    // A made-up campaign the model learns as scam, and ordinary chatter.
    let names = [
        "ana", "ben", "carla", "dev", "eli", "fay", "gus", "hana", "ivo", "jo", "kai", "lia",
        "moe", "nia", "oto", "pia", "quin", "ray", "sol", "tia", "uma", "vic", "wen", "xia", "yan",
        "zoe",
    ];
    let mut labelled = String::new();
    for (i, n) in names.iter().enumerate() {
        let scam = format!("bitcoin meetup tonight at the harbour pub with {n}, bring your wallet");
        let benign = format!("lovely weather by the river with {n} today, going for a long walk");
        for (text, label) in [(scam, "scam"), (benign, "benign")] {
            let l = serde_json::json!({"text": text, "label": label, "account_id": format!("a{i}-{label}")});
            labelled.push_str(&format!("{l}\n"));
        }
    }
    let set = dir.path().join("labelled.jsonl");
    std::fs::write(&set, labelled).unwrap();
    // The post a moderator will dismiss: rules see only a coin's name, the model sees the
    // campaign's wording.
    let post = dir.path().join("post.jsonl");
    let line = serde_json::json!({"data": {"id": "5551", "author_id": "4242",
        "text": "bitcoin meetup tonight at the harbour pub with everyone, bring your wallet",
        "created_at": "2026-11-27T10:00:00.000Z"}, "includes": {"users": [{"id": "4242"}]}});
    std::fs::write(&post, format!("{line}\n")).unwrap();
    let common = [
        "--labelled",
        s(&set),
        "--posts",
        s(&post),
        "--hash-bits",
        "14",
        "--folds",
        "2",
        "--out",
        s(models.path()),
    ];
    train(&common);
    let alert = |label: &str| {
        let out = scamwatch(&["replay", s(&post), "--models", s(models.path())]);
        assert!(out.status.success(), "{label}");
        records(&out).into_iter().find(|r| r["kind"] == "alert")
    };
    let first = alert("before").expect("the model alone lifts the post to review");
    assert_eq!(first["action"], "review");
    let reason = first["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["kind"] == "model")
        .unwrap()
        .clone();
    assert_eq!(reason["lifted_to"], "review", "{reason}");

    // The moderator dismisses it; the model is retrained with the verdict.
    let verdicts = dir.path().join("verdicts.jsonl");
    let v = serde_json::json!({"alert_id": first["alert_id"], "post_id": "5551",
        "account_id": "4242", "verdict": "dismissed", "by": "dana",
        "at": "2026-11-27T10:05:00Z"});
    std::fs::write(&verdicts, format!("{v}\n")).unwrap();
    let mut args = common.to_vec();
    args.extend(["--verdicts", s(&verdicts)]);
    let log = train(&args);
    assert!(log.contains("1 verdicts applied"), "{log}");
    assert!(alert("after").is_none(), "the dismissed alert came back");
}

#[test]
fn a_broken_text_model_is_refused_by_test_rules_and_by_a_reload() {
    let models = models_dir();
    for f in ["text-model.toml", "text-model.bin"] {
        std::fs::copy(root().join("models").join(f), models.path().join(f)).unwrap();
    }
    let ok = scamwatch(&["test-rules", "--models", s(models.path())]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );

    let data_dir = tempfile::tempdir().unwrap();
    let cfg = data_dir.path().join("serve.toml");
    std::fs::write(
        &cfg,
        format!(
            "[http]\nlisten = \"127.0.0.1:0\"\ntoken = \"s3cret\"\n[detector]\nrules = \"rules\"\nmodels = {:?}\n[state]\ndata_dir = {:?}\n[reload]\nwatch = false\n",
            models.path(),
            data_dir.path().join("data")
        ),
    )
    .unwrap();
    let svc = Service::start(&["--config", s(&cfg)]);
    let auth = [("Authorization", "Bearer s3cret")];

    // Half a weights file, as a copy interrupted midway leaves it.
    let weights = models.path().join("text-model.bin");
    let bytes = std::fs::read(&weights).unwrap();
    std::fs::write(&weights, &bytes[..bytes.len() / 2]).unwrap();
    let (status, body) = http(svc.http, "POST", "/rules/reload", &auth);
    assert_eq!(status, 422, "{body}");
    assert!(
        body.contains("text-model.toml") && body.contains("checksum"),
        "{body}"
    );
    let out = scamwatch(&["test-rules", "--models", s(models.path())]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("checksum"));

    // Back in place, it loads again.
    std::fs::write(&weights, &bytes).unwrap();
    let (status, body) = http(svc.http, "POST", "/rules/reload", &auth);
    assert_eq!(status, 200, "{body}");
    assert!(svc.stop().success());
}

/// In shadow mode the model changes no action; `shadow` records say what it would have done.
#[test]
fn a_shadow_model_acts_on_nothing_and_says_what_it_would_have_done() {
    let run = |mode: Option<&str>| {
        let dir = models_dir();
        let model = std::fs::read_to_string(dir.path().join("model.toml")).unwrap();
        let model = match mode {
            Some(m) => model.replace("mode = \"live\"", &format!("mode = \"{m}\"")),
            None => {
                let start = model.find("[classifier]").unwrap();
                let end = start + model[start..].find("\n[thresholds]").unwrap();
                format!("{}{}", &model[..start], &model[end..])
            }
        };
        std::fs::write(dir.path().join("model.toml"), model).unwrap();
        for f in ["text-model.toml", "text-model.bin"] {
            std::fs::copy(root().join("models").join(f), dir.path().join(f)).unwrap();
        }
        let out = scamwatch(&[
            "replay",
            s(&data("dev/posts.jsonl")),
            "--models",
            s(dir.path()),
        ]);
        assert!(out.status.success());
        records(&out)
    };
    let actions = |recs: &[Value]| -> Vec<(String, String)> {
        recs.iter()
            .filter(|r| r["kind"] == "alert")
            .map(|r| (r["tweet_id"].to_string(), r["action"].to_string()))
            .collect()
    };
    let (live, shadow, without) = (run(Some("live")), run(Some("shadow")), run(None));
    // Shadow mode takes exactly the actions of no model at all.
    assert_eq!(actions(&shadow), actions(&without));
    let lifted: Vec<&Value> = live
        .iter()
        .filter(|r| {
            r["kind"] == "alert"
                && r["reasons"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|x| x["kind"] == "model" && x.get("lifted_to").is_some())
        })
        .collect();
    assert!(!lifted.is_empty(), "the live model lifts some dev posts");
    let would: std::collections::HashMap<String, &Value> = shadow
        .iter()
        .filter(|r| r["kind"] == "shadow" && r.get("model").is_some())
        .map(|r| (r["tweet_id"].to_string(), r))
        .collect();
    // Every post the live model lifted has a shadow record saying so.
    for l in &lifted {
        let sh = would
            .get(&l["tweet_id"].to_string())
            .unwrap_or_else(|| panic!("no shadow record for {}", l["tweet_id"]));
        assert!(sh["model_probability"].as_f64().unwrap() >= 0.8, "{sh}");
        assert_ne!(sh["would_action"], sh["action"], "{sh}");
    }
    // And no alert of the shadow run carries a lift.
    assert!(shadow.iter().all(|r| {
        r["kind"] != "alert"
            || r["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .all(|x| x.get("lifted_to").is_none())
    }));
}
