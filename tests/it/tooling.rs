//! Operator tooling, through the real binary: `check-rules` lints, `test-rules`,
//! `replay --labels/--report` (the report opened in headless Chromium) and `diff-rules`.
//!
//! Figures printed by the backtest are checked against figures this test computes itself from
//! the alerts on stdout and `tests/data/labels.csv`, so the test does not depend on how the
//! model is tuned.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use scamwatch::detect::load::load_checked;

use crate::common::headless_chromium;
use scamwatch::detect::model::Model;
use scamwatch::detect::rules::codes;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scamwatch(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run scamwatch")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The three labelled fixture files, concatenated (each is in event-time order; the files
/// cover different periods in this order).
fn labelled_input(dir: &Path) -> PathBuf {
    let mut all = Vec::new();
    for f in [
        "src/synth/july2020.jsonl",
        "tests/data/obfuscated.jsonl",
        "tests/data/hard-negatives.jsonl",
    ] {
        all.extend(fs::read(root().join(f)).expect("fixture"));
    }
    let p = dir.join("all.jsonl");
    fs::write(&p, all).expect("write input");
    p
}

#[test]
fn check_rules_prints_lint_warnings_and_deny_warnings_fails() {
    let dir = "tests/golden/rules/warnings-lint/input";
    let ok = scamwatch(&["check-rules", "--rules", dir]);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stderr));
    let out = text(&ok.stdout);
    for code in ["W007", "W008", "W009", "W010", "W011"] {
        assert!(
            out.contains(&format!("warning[{code}]")),
            "{code} missing:\n{out}"
        );
    }
    assert!(out.contains("    hint: "), "hints are printed:\n{out}");
    let strict = scamwatch(&["check-rules", "--rules", dir, "--deny-warnings"]);
    assert_eq!(strict.status.code(), Some(1));

    let bad = scamwatch(&[
        "check-rules",
        "--rules",
        "tests/golden/rules/bad-allow-address/input",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(text(&bad.stdout).contains("error[E019]"));

    let shipped = scamwatch(&["check-rules", "--rules", "rules", "--deny-warnings"]);
    assert_eq!(shipped.status.code(), Some(0), "{}", text(&shipped.stdout));
}

#[test]
fn test_rules_passes_on_shipped_rules() {
    let out = scamwatch(&["test-rules", "--rules", "rules", "--models", "models"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains(" 0 failed"), "{stdout}");
    let shipped = scamwatch::detect::rules::compile_dir(&root().join("rules")).expect("compiles");
    assert!(
        shipped.post_examples().len() >= 5,
        "shipped whole-post examples"
    );
}

/// The rendering of E020 and E021 (with the diff) is a golden file.
#[test]
fn test_rules_failures_match_golden_output() {
    let case = root().join("tests/golden/test-rules/failing");
    let out = scamwatch(&[
        "test-rules",
        "--rules",
        "tests/golden/test-rules/failing/input",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let got = text(&out.stdout).replace("tests/golden/test-rules/failing/", "");
    // The text model's probability changes with every retraining; its line is pinned as a
    // shape, not a number.
    let got = regex::Regex::new(r"model [0-9.]+ \(")
        .unwrap()
        .replace_all(&got, "model P (")
        .into_owned();
    let path = case.join("expected.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&path, &got).expect("write golden");
    }
    let want = fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(got, want, "UPDATE_GOLDEN=1 to accept");
}

#[test]
fn load_checked_refuses_a_set_whose_examples_fail() {
    let model = Model::builtin();
    let set = load_checked(&root().join("rules"), &model).expect("shipped rules pass");
    assert!(!set.rules().is_empty());
    let diags = load_checked(
        &root().join("tests/golden/test-rules/failing/input"),
        &model,
    )
    .expect_err("failing examples");
    let codes_seen: Vec<&str> = diags.iter().map(|d| d.code).collect();
    assert_eq!(
        codes_seen,
        vec![
            codes::EXAMPLE_FAILED,
            codes::EXAMPLE_FAILED,
            codes::POST_EXAMPLE_FAILED
        ]
    );
    assert!(diags.iter().all(|d| d.is_error()));
    // A set that does not compile reports its compile errors.
    let diags = load_checked(
        &root().join("tests/golden/rules/bad-allow-address/input"),
        &model,
    )
    .expect_err("does not compile");
    assert!(diags.iter().any(|d| d.code == codes::BAD_ALLOW_ADDRESS));
}

/// Reads `labels.csv` into post and account maps.
fn labels() -> (HashMap<String, String>, HashMap<String, String>) {
    let (mut posts, mut accounts) = (HashMap::new(), HashMap::new());
    let src = fs::read_to_string(root().join("tests/data/labels.csv")).expect("labels");
    for line in src.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        match f[0] {
            "post" => posts.insert(f[1].to_owned(), f[2].to_owned()),
            _ => accounts.insert(f[1].to_owned(), f[2].to_owned()),
        };
    }
    (posts, accounts)
}

fn ratio(a: usize, b: usize) -> String {
    if b == 0 {
        "n/a".into()
    } else {
        format!("{:.3}", a as f64 / b as f64)
    }
}

#[test]
fn replay_with_labels_reports_figures_that_match_the_alerts() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = labelled_input(tmp.path());
    let input = input.to_str().expect("utf-8 path");
    let plain = scamwatch(&["replay", input]);
    let report = tmp.path().join("report.html");
    let labelled = scamwatch(&[
        "replay",
        input,
        "--labels",
        "tests/data/labels.csv",
        "--report",
        report.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(
        labelled.status.code(),
        Some(0),
        "{}",
        text(&labelled.stderr)
    );
    // stdout is the alert stream, byte for byte the same as without --labels.
    assert_eq!(plain.stdout, labelled.stdout);
    let stderr = text(&labelled.stderr);
    // Not a terminal: no progress bar output.
    assert!(
        !stderr.contains('\r') && !stderr.contains(", eta ") && !stderr.contains(" read ("),
        "{stderr}"
    );

    // Recompute the figures from the alerts.
    let (post_labels, account_labels) = labels();
    let mut action: HashMap<String, String> = HashMap::new();
    let mut locked: HashSet<String> = HashSet::new();
    for line in text(&labelled.stdout).lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        if v["kind"] == "alert" {
            let id = v["tweet_id"].as_str().expect("id").to_owned();
            let a = v["action"].as_str().expect("action").to_owned();
            if a == "lock" {
                locked.insert(v["account_id"].as_str().expect("account").to_owned());
            }
            action.insert(id, a);
        }
    }
    let (mut tp, mut fp, mut fn_, mut tn) = (0, 0, 0, 0);
    let (mut etp, mut efp, mut efn) = (0, 0, 0);
    for (id, label) in &post_labels {
        let a = action.get(id).map(String::as_str);
        match (label.as_str(), a.is_some()) {
            ("scam", true) => tp += 1,
            ("scam", false) => fn_ += 1,
            (_, true) => fp += 1,
            (_, false) => tn += 1,
        }
        let enforced = matches!(a, Some("takedown" | "lock"));
        match (label.as_str(), enforced) {
            ("scam", true) => etp += 1,
            ("scam", false) => efn += 1,
            (_, true) => efp += 1,
            _ => {}
        }
    }
    let want_any = format!(
        "backtest: any alert  precision {} recall {} (tp {tp}, fp {fp}, fn {fn_}, tn {tn})",
        ratio(tp, tp + fp),
        ratio(tp, tp + fn_)
    );
    assert!(stderr.contains(&want_any), "want {want_any}\n{stderr}");
    let want_enforced = format!(
        "backtest: takedown+  precision {} recall {}",
        ratio(etp, etp + efp),
        ratio(etp, etp + efn)
    );
    assert!(
        stderr.contains(&want_enforced),
        "want {want_enforced}\n{stderr}"
    );
    let hijacked_locked = locked
        .iter()
        .filter(|a| account_labels.get(*a).is_some_and(|l| l == "hijacked"))
        .count();
    assert!(hijacked_locked > 0, "the fixtures lock hijacked accounts");
    assert!(
        stderr.contains(&format!("  locked {hijacked_locked} of ")),
        "time to first lock summary:\n{stderr}"
    );
    // The three files hold every labelled post.
    assert!(
        stderr.contains(&format!(
            "backtest: {} labelled posts ({} scam, {} benign), 0 unlabelled posts, 0 post labels not in the input",
            post_labels.len(),
            tp + fn_,
            fp + tn
        )),
        "{stderr}"
    );
    for section in [
        "backtest: per rule",
        "en.multiply.send-back-double",
        "backtest: worst false positives",
        "backtest: worst false negatives",
        "backtest: time to first lock",
    ] {
        assert!(stderr.contains(section), "{section} missing:\n{stderr}");
    }

    // The report is one self-contained file.
    let html = fs::read_to_string(&report).expect("report written");
    for needle in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!html.contains(needle), "report references `{needle}`");
    }
    for id in [
        "score-distribution",
        "rule-hits",
        "pr-curve",
        "per-rule",
        "time-to-lock",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id} missing");
    }
    rendered_in_chromium(&report, tmp.path());
}

/// Opens the report in headless Chromium and checks the rendered DOM has the charts. Fails in
/// CI (`CI=true`) when Chromium is missing (`.ci/run` installs it); skips elsewhere.
fn rendered_in_chromium(report: &Path, tmp: &Path) {
    let profile = tmp.join("chromium-profile");
    let Some(mut cmd) = headless_chromium(&profile) else {
        return;
    };
    let mut child = cmd
        .arg("--dump-dom")
        .arg(format!("file://{}", report.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    // Read stdout on a thread so a full pipe cannot block the browser; bound the wait.
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).map(|_| s)
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait chromium") {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let dom = reader.join().expect("reader thread").expect("read DOM");
    assert!(status.success(), "chromium failed: {status}");
    for id in ["score-distribution", "rule-hits", "pr-curve"] {
        assert!(
            dom.contains(&format!("<figure id=\"{id}\">")),
            "rendered DOM lacks figure {id}"
        );
    }
    assert!(dom.matches("<svg").count() >= 3, "three SVG charts");
    assert!(dom.contains("<polyline class=\"curve\""), "PR curve drawn");
    assert!(dom.matches("<rect class=\"bar").count() >= 4, "bars drawn");
    assert!(dom.contains("<table id=\"per-rule\">"));
}

#[test]
fn replay_refuses_bad_labels_before_replaying() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let labels = tmp.path().join("labels.csv");
    fs::write(&labels, "kind,id,label\npost,1,spam\n").expect("write");
    let out = scamwatch(&[
        "replay",
        "--sample",
        "--labels",
        labels.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing replayed");
    assert!(
        text(&out.stderr).contains("labels.csv:2: post label must be"),
        "{}",
        text(&out.stderr)
    );
}

/// A copy of the shipped rules with one overly broad rule added.
fn broader_rules(dir: &Path) -> PathBuf {
    let new = dir.join("new-rules");
    fs::create_dir(&new).expect("mkdir");
    for e in fs::read_dir(root().join("rules")).expect("rules") {
        let p = e.expect("entry").path();
        fs::copy(&p, new.join(p.file_name().expect("name"))).expect("copy");
    }
    let mut en = fs::read_to_string(new.join("en.toml")).expect("en.toml");
    en.push_str(
        "\n[[rule]]\nid = \"en.multiply.any-double\"\ndescription = \"Too broad.\"\n\
         category = \"multiply\"\nweight = 3.0\nphrases = [\"doubled\"]\n\
         examples = { match = [\"doubled\"], no_match = [\"triple\"] }\n",
    );
    fs::write(new.join("en.toml"), en).expect("write");
    new
}

#[test]
fn diff_rules_shows_changed_actions_with_reasons() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = labelled_input(tmp.path());
    let input = input.to_str().expect("path");
    let new = broader_rules(tmp.path());
    let new = new.to_str().expect("path");

    let same = scamwatch(&["diff-rules", "rules", "rules", input]);
    assert_eq!(same.status.code(), Some(0));
    assert!(
        text(&same.stdout).contains(" 0 change action"),
        "{}",
        text(&same.stdout)
    );

    let out = scamwatch(&["diff-rules", "rules", new, input]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(
        s.contains("rules added: en.multiply.any-double; rules removed: none"),
        "{s}"
    );
    assert!(s.contains("== new alerts"), "{s}");
    assert!(s.contains("none → review"), "{s}");
    assert!(s.contains("rules +en.multiply.any-double"), "{s}");

    let json = scamwatch(&["diff-rules", "rules", new, input, "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let changes = v["changes"].as_array().expect("changes");
    assert!(!changes.is_empty());
    let n = |k: &str| v[k].as_u64().expect("count");
    assert_eq!(
        n("new_alerts") + n("lost_alerts") + n("upgrades") + n("downgrades"),
        changes.len() as u64
    );
    for c in changes {
        assert!(
            c["rules_added"]
                .as_array()
                .expect("array")
                .iter()
                .any(|r| r == "en.multiply.any-double"),
            "every change here is due to the new rule: {c}"
        );
        assert_ne!(c["old_action"], c["new_action"]);
    }
    // Reversed, the same posts lose their alert or are downgraded.
    let back = scamwatch(&["diff-rules", new, "rules", input, "--json"]);
    let b: serde_json::Value = serde_json::from_slice(&back.stdout).expect("json");
    assert_eq!(b["lost_alerts"], v["new_alerts"]);
    assert_eq!(b["downgrades"], v["upgrades"]);
}
