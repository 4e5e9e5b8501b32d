//! Scanner and compiler unit tests on small rule directories written to a temp dir.

use std::fs;

use proptest::prelude::*;

use super::*;
use crate::detect::normalize::normalize;

/// Compiles `files` (name, contents) as a rules directory.
fn compile(files: &[(&str, &str)]) -> Result<RuleSet, Vec<Diagnostic>> {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        fs::write(dir.path().join(name), text).expect("write rule file");
    }
    compile_dir(dir.path())
}

fn set(files: &[(&str, &str)]) -> RuleSet {
    match compile(files) {
        Ok(s) => s,
        Err(d) => panic!("{d:#?}"),
    }
}

const BASIC: &str = r#"
[lists.double]
phrases = ["send back double", "double"]

[[rule]]
id = "t.multiply.phrase"
description = "d"
category = "multiply"
weight = 1.0
phrases = ["send back double"]
examples = { match = ["x"], no_match = ["y"] }

[[rule]]
id = "t.multiply.double"
description = "d"
category = "multiply"
weight = 0.5
mode = "shadow"
lists = ["double"]
examples = { match = ["x"], no_match = ["y"] }

[[rule]]
id = "t.urgency.minutes"
description = "d"
category = "urgency"
weight = 1.0
regex = ['\b[0-9]+ minutes\b']
examples = { match = ["x"], no_match = ["y"] }

[[rule]]
id = "t.scam_url.elon"
description = "d"
category = "scam_url"
weight = 1.0
on = "urls"
regex = ['elon[-.]?gift']
examples = { match = ["x"], no_match = ["y"] }

[[rule]]
id = "t.scam_url.original"
description = "d"
category = "scam_url"
weight = 1.0
on = "original"
regex = ['\$[0-9]+']
examples = { match = ["x"], no_match = ["y"] }

[allow]
domains = ["Tesla.com"]
accounts = ["@ElonMusk", "44196397"]
addresses = ["1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"]

[addresses]
known_scam = ["scam.txt"]
"#;

const SCAM_TXT: &str = "# comment\n  bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh  \n\n1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa # also allowed\n";

/// Compiled once: the proptests scan it hundreds of times.
static BASIC_SET: std::sync::LazyLock<RuleSet> =
    std::sync::LazyLock::new(|| set(&[("basic.toml", BASIC), ("scam.txt", SCAM_TXT)]));

fn basic() -> &'static RuleSet {
    &BASIC_SET
}

fn scan_ids(set: &RuleSet, original: &str, urls: &[&str]) -> Vec<(String, Vec<Span>)> {
    let urls: Vec<String> = urls.iter().map(|u| u.to_string()).collect();
    set.scan(
        original,
        &normalize(original),
        &urls,
        &crate::detect::links::in_text(original),
    )
    .into_iter()
    .map(|h| (set.rules()[h.rule].id.clone(), h.spans))
    .collect()
}

fn text(range: std::ops::Range<usize>) -> Span {
    Span {
        source: SpanSource::Text,
        range,
        concept: None,
    }
}

#[test]
fn compiled_metadata() {
    let s = basic();
    assert_eq!(s.rules().len(), 5);
    assert_eq!(s.rules()[1].mode, Mode::Shadow);
    assert_eq!(s.rules()[0].mode, Mode::Act);
    assert_eq!(s.rule_index("t.urgency.minutes"), Some(2));
    assert_eq!(s.rule_index("nope"), None);
    let d = s.detail(3).expect("detail");
    assert!(d.on_urls);
    let id_at = BASIC.find("id = \"t.scam_url.elon\"").expect("in BASIC");
    assert_eq!(d.line, BASIC[..id_at].lines().count() + 1);
    assert_eq!(d.examples.matches, vec!["x".to_string()]);
    assert_ne!(s.fingerprint(), 0);
    assert_eq!(s.files().len(), 2);
}

#[test]
fn overlapping_phrases_both_fire_with_spans_in_the_original() {
    let s = basic();
    let post = "Hey!! SEND back, DOUBLE now";
    let hits = scan_ids(s, post, &[]);
    assert_eq!(
        hits,
        vec![
            ("t.multiply.phrase".to_string(), vec![text(6..23)]),
            // One hit for the list rule: both of its phrases, spans sorted.
            (
                "t.multiply.double".to_string(),
                vec![text(6..23), text(17..23)]
            ),
        ]
    );
    assert_eq!(&post[6..23], "SEND back, DOUBLE");
    assert_eq!(&post[17..23], "DOUBLE");
}

#[test]
fn adjacent_matches_sharing_a_space_are_all_found() {
    let s = basic();
    let post = "double double double";
    let hits = scan_ids(s, post, &[]);
    assert_eq!(
        hits,
        vec![(
            "t.multiply.double".to_string(),
            vec![text(0..6), text(7..13), text(14..20)]
        )]
    );
}

#[test]
fn phrases_only_match_whole_words() {
    let s = basic();
    for post in ["doubled", "redouble", "send back doubles", "doubletree"] {
        assert!(scan_ids(s, post, &[]).is_empty(), "{post}");
    }
}

#[test]
fn text_regex_spans_trim_the_bounding_spaces() {
    let s = basic();
    let post = "only 30   minutes!";
    let hits = scan_ids(s, post, &[]);
    assert_eq!(
        hits,
        vec![("t.urgency.minutes".to_string(), vec![text(5..17)])]
    );
    assert_eq!(&post[5..17], "30   minutes");
}

#[test]
fn original_regex_sees_case_and_punctuation() {
    let s = basic();
    // `$` is dropped by normalization but visible to `on = "original"`.
    let hits = scan_ids(s, "send $1000 now", &[]);
    assert_eq!(
        hits,
        vec![("t.scam_url.original".to_string(), vec![text(5..10)])]
    );
    assert!(scan_ids(s, "send 1000 now", &[]).is_empty());
}

#[test]
fn url_rules_report_url_spans_and_skip_allowlisted_domains() {
    let s = basic();
    let urls = [
        "https://elon-gift.xyz/a",
        "https://elon-gift.tesla.com/",
        "https://TESLA.com/elongift",
        "https://x.io/elon.gift",
    ];
    let hits = scan_ids(s, "look", &urls);
    assert_eq!(
        hits,
        vec![(
            "t.scam_url.elon".to_string(),
            vec![
                Span {
                    source: SpanSource::Url(0),
                    range: 8..17,
                    concept: None,
                },
                Span {
                    source: SpanSource::Url(3),
                    range: 13..22,
                    concept: None,
                },
            ]
        )]
    );
    // URL rules never look at the text.
    assert!(scan_ids(s, "elon-gift", &[]).is_empty());
}

#[test]
fn one_hit_per_rule_in_rule_order() {
    let s = basic();
    let post = "double! 5 minutes, send back double, double";
    let hits = s.scan(
        post,
        &normalize(post),
        &["https://elongift.io".to_string()],
        &[],
    );
    let rules: Vec<usize> = hits.iter().map(|h| h.rule).collect();
    assert_eq!(rules, vec![0, 1, 2, 3]);
    for h in &hits {
        let mut spans = h.spans.clone();
        spans.dedup();
        assert_eq!(spans, h.spans, "duplicate spans");
    }
}

#[test]
fn allowlists() {
    let s = basic();
    let cases = [
        ("44196397", None, true),
        ("1", Some("elonmusk"), true),
        ("1", Some("@ElonMusk"), true),
        ("1", Some("elonmusk_"), false),
        ("1", None, false),
    ];
    for (id, user, want) in cases {
        assert_eq!(s.is_allowlisted_account(id, user), want, "{id} {user:?}");
    }
    assert!(s.allowlists().domains.contains("tesla.com"));
    assert!(s.is_allowlisted_url("http://shop.tesla.com/x"));
    assert!(!s.is_allowlisted_url("http://tesla.com.evil.io/x"));
    assert!(s.is_known_scam_address("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"));
    // Allowlisted addresses are never known-scam (and the conflict is a warning).
    assert!(!s.is_known_scam_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"));
    assert!(s.is_allowlisted_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"));
    assert_eq!(s.known_scam_count(), 2);
    assert!(
        s.warnings()
            .iter()
            .any(|w| w.code == codes::ALLOWED_AND_SCAM)
    );
}

#[test]
fn examples_are_checked() {
    let s = set(&[(
        "r.toml",
        r#"
[[rule]]
id = "t.giveaway.x"
description = "d"
category = "giveaway"
weight = 1.0
phrases = ["giveaway"]
examples = { match = ["Big GIVEAWAY!", "nothing here"], no_match = ["a giveaway", "fine"] }
"#,
    )]);
    let failures = s.test_examples();
    assert_eq!(
        failures,
        vec![
            ExampleFailure {
                rule: 0,
                example: "nothing here".into(),
                expected_match: true
            },
            ExampleFailure {
                rule: 0,
                example: "a giveaway".into(),
                expected_match: false
            },
        ]
    );
}

#[test]
fn errors_are_all_collected_and_sorted() {
    let bad = r#"
[[rule]]
id = "a"
description = "d"
category = "nope"
weight = 1.0
lists = ["missing"]

[[rule]]
id = "a"
description = "d"
category = "multiply"
weight = 1.0
regex = ["("]
"#;
    let diags = compile(&[("x.toml", bad)]).expect_err("must fail");
    let codes: Vec<&str> = diags.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        vec![
            codes::NO_EXAMPLES,
            codes::UNKNOWN_CATEGORY,
            codes::UNKNOWN_LIST,
            codes::DUPLICATE_RULE,
            codes::NO_EXAMPLES,
            codes::BAD_REGEX,
        ]
    );
    assert!(diags.iter().all(|d| d.line > 0 && d.col > 0));
}

#[test]
fn fingerprint_tracks_content() {
    let a = set(&[("basic.toml", BASIC), ("scam.txt", SCAM_TXT)]);
    let b = set(&[("basic.toml", BASIC), ("scam.txt", SCAM_TXT)]);
    let c = set(&[
        ("basic.toml", BASIC),
        ("scam.txt", "LbTjMGN7gELw4KbeyQf6cTCq859hD18guE\n"),
    ]);
    assert_eq!(a.fingerprint(), b.fingerprint());
    assert_ne!(a.fingerprint(), c.fingerprint());
}

#[test]
fn prefix_armed_and_always_run_regexes_both_work() {
    // `' send [0-9]+ btc '` has literal prefixes (" send 0" ...) and is armed by the
    // automaton; `'[0-9]+x '` has none and runs on every post.
    let s = set(&[(
        "r.toml",
        r#"
[[rule]]
id = "t.multiply.armed"
description = "d"
category = "multiply"
weight = 1.0
regex = [' send [0-9]+ btc ', ' SEND [0-9]+ eth ']
examples = { match = ["x"], no_match = ["y"] }

[[rule]]
id = "t.multiply.always"
description = "d"
category = "multiply"
weight = 1.0
regex = ['[0-9]+x ']
examples = { match = ["x"], no_match = ["y"] }
"#,
    )]);
    let post = "pls Send 2 BTC, send 3 ETH for 2x";
    let hits = scan_ids(&s, post, &[]);
    assert_eq!(
        hits,
        vec![
            (
                "t.multiply.armed".to_string(),
                vec![text(4..14), text(16..26)]
            ),
            ("t.multiply.always".to_string(), vec![text(31..33)]),
        ]
    );
    assert!(scan_ids(&s, "send btc", &[]).is_empty());
}

#[test]
fn byte_order_mark_is_accepted() {
    let src = "\u{feff}[[rule]]\nid = \"t.crypto.x\"\ndescription = \"d\"\ncategory = \"crypto\"\nweight = 1\nphrases = [\"btc\"]\nexamples = { match = [\"btc\"], no_match = [\"x\"] }\n";
    let s = set(&[("bom.toml", src)]);
    assert_eq!(s.rules().len(), 1);
    assert_eq!(s.rules()[0].weight, 1.0);
}

#[test]
fn missing_dir_is_a_diagnostic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let diags = compile_dir(&dir.path().join("nope")).expect_err("must fail");
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].code, codes::MISSING_FILE);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any text and URLs: no panic, hits in strictly increasing rule order, every span inside
    /// its haystack and on char boundaries.
    #[test]
    fn scan_spans_are_in_bounds(post in "\\PC{0,80}", url in "\\PC{0,40}") {
        let s = basic();
        let urls = vec![url];
        let hits = s.scan(&post, &normalize(&post), &urls, &crate::detect::links::in_text(&post));
        for w in hits.windows(2) {
            prop_assert!(w[0].rule < w[1].rule);
        }
        for h in &hits {
            prop_assert!(!h.spans.is_empty());
            for sp in &h.spans {
                let hay = match sp.source {
                    SpanSource::Text => post.as_str(),
                    SpanSource::Url(i) => urls[i].as_str(),
                };
                prop_assert!(sp.range.start <= sp.range.end && sp.range.end <= hay.len());
                prop_assert!(hay.get(sp.range.clone()).is_some());
            }
        }
    }

    /// Rule files of arbitrary bytes never panic the compiler.
    #[test]
    fn compile_never_panics(src in "\\PC{0,200}") {
        let _ = compile(&[("x.toml", &src)]);
    }
}

#[test]
fn rule_set_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<RuleSet>();
}

#[test]
fn prefix_literals_cut_on_char_boundaries() {
    let s = set(&[(
        "r.toml",
        r#"
[[rule]]
id = "t.urgency.es"
description = "d"
category = "urgency"
weight = 1.0
regex = [' следующие [0-9]+ минут ']
examples = { match = ["x"], no_match = ["y"] }
"#,
    )]);
    assert_eq!(s.matcher.triggered.len(), 1, "armed, not always-run");
    // Normalized text keeps non-Latin words (lowercased); accents would be stripped, so the
    // multi-byte prefix here is Cyrillic.
    let post = "в СЛЕДУЮЩИЕ 30 минут!";
    let hits = scan_ids(&s, post, &[]);
    assert_eq!(hits, vec![("t.urgency.es".to_string(), vec![text(3..35)])]);
}

#[test]
fn except_phrases_suppress_matches_inside_them_only() {
    let s = set(&[(
        "r.toml",
        r#"
[[rule]]
id = "t.warning.scam"
description = "d"
category = "warning"
weight = -4.0
phrases = ["scam"]
except = ["not a scam", "no scam"]
examples = { match = ["x"], no_match = ["y"] }
"#,
    )]);
    // The scammer's reassurance does not read as a warning...
    assert!(scan_ids(&s, "100% legit, NOT a sc@m!", &[]).is_empty());
    // ...but a real warning in the same post still does.
    let post = "not a scam? it IS a scam";
    let hits = scan_ids(&s, post, &[]);
    let start = post.rfind("scam").unwrap();
    assert_eq!(
        hits,
        vec![("t.warning.scam".to_string(), vec![text(start..start + 4)])]
    );
}

#[test]
fn known_scam_domains_and_lookalikes_fire_on_every_link() {
    let s = set(&[(
        "r.toml",
        r#"
[[rule]]
id = "t.scam_url.known"
description = "d"
category = "scam_url"
weight = 3.0
domains = ["elon-gift.xyz", "*.Scam.example."]
examples = { match = ["https://elon-gift.xyz"], no_match = ["https://gift.xyz"] }

[[rule]]
id = "t.scam_url.lookalike"
description = "d"
category = "scam_url"
weight = 2.5
lookalike = ["binance"]
examples = { match = ["https://binnance-promo.com"], no_match = ["https://binance.com"] }
"#,
    )]);
    let ids = |text: &str, urls: &[&str]| -> Vec<String> {
        scan_ids(&s, text, urls)
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    };
    let known = vec!["t.scam_url.known".to_string()];
    let look = vec!["t.scam_url.lookalike".to_string()];
    // URL entities, links in the text, defanged links, subdomains.
    assert_eq!(
        ids("see t.co/x", &["https://www.elon-gift.xyz/claim"]),
        known
    );
    assert_eq!(ids("go to elon-gift[.]xyz now", &[]), known);
    assert_eq!(ids("https://a.scam.example/x", &[]), known);
    assert_eq!(ids("claim at binnance-promo.com", &[]), look);
    // Neither a parent nor a look-alike of a listed domain, nor the brand spelt right.
    assert!(ids("https://gift.xyz and https://binance.com", &[]).is_empty());
    assert!(ids("elon-gift.xyz.evil.io", &[]).is_empty());
}

#[test]
fn ignore_quoted_phrase_rules_skip_quoted_matches_only() {
    let s = set(&[(
        "r.toml",
        r#"
[[rule]]
id = "t.multiply.double"
description = "d"
category = "multiply"
weight = 3.0
ignore_quoted = true
phrases = ["send back double"]
examples = { match = ["x"], no_match = ["y"] }

[[rule]]
id = "t.multiply.plain"
description = "d"
category = "multiply"
weight = 3.0
phrases = ["send back double"]
examples = { match = ["x"], no_match = ["y"] }
"#,
    )]);
    let ids = |post: &str| -> Vec<String> {
        scan_ids(&s, post, &[])
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    };
    let both = vec![
        "t.multiply.double".to_string(),
        "t.multiply.plain".to_string(),
    ];
    let plain_only = vec!["t.multiply.plain".to_string()];
    // Spoken: both fire. Quoted (news, research, victims): only the rule without the key.
    assert_eq!(ids("I will send back double"), both);
    assert_eq!(
        ids("The posts said \"I will send back double\""),
        plain_only
    );
    assert_eq!(ids("Die Posts: „I will send back double“"), plain_only);
    // An unclosed quote quotes nothing.
    assert_eq!(ids("12\" screen, I will send back double"), both);
}

const FRAMES: &str = r#"
[concepts.SEND]
en = ["send", "transfer"]
de = ["send*", "überweis*"]
zh = ["发送", "转账"]

[concepts.MULTIPLIER]
en = ["double", "twice"]
de = ["verdoppel*", "doppelt"]
ar = ["*ضعف"]
zh = ["双倍"]
any = ["2x", "x2", "@amount_ratio"]

[concepts.RETURN]
en = ["back", "return*"]
zh = ["返还"]

[[rule]]
id = "t.multiply.transfer-return"
description = "d"
category = "multiply"
weight = 3.0
frame = { all = ["SEND", "MULTIPLIER"], window = 8 }
examples = { match = ["x"], no_match = ["y"] }

[[rule]]
id = "t.multiply.return-with-address"
description = "d"
category = "multiply"
weight = 1.0
frame = { all = ["RETURN", "MULTIPLIER"], window = 4, requires = "address" }
examples = { match = ["x"], no_match = ["y"] }
"#;

static FRAME_SET: std::sync::LazyLock<RuleSet> =
    std::sync::LazyLock::new(|| set(&[("frames.toml", FRAMES)]));

#[test]
fn frames_fire_on_concepts_in_any_order_and_language() {
    let set = &*FRAME_SET;
    let fired = |text: &str| -> Vec<String> {
        scan_ids(set, text, &[])
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    };
    let transfer = "t.multiply.transfer-return".to_string();
    let with_return = "t.multiply.return-with-address".to_string();
    let table: &[(&str, &[&String])] = &[
        ("Send 0.1 BTC and I will double it", &[&transfer]),
        ("Double whatever you send me", &[&transfer]),
        ("Twice what you transfer comes back", &[&transfer]),
        ("Send 1 BTC, get it back twice", &[&transfer, &with_return]),
        ("Sendet BTC, wir verdoppeln alles", &[&transfer]),
        (
            "Überweisen Sie 1 ETH und erhalten Sie das Doppelte zurück",
            &[],
        ),
        (
            "Überweisen Sie 1 ETH, Sie bekommen es doppelt",
            &[&transfer],
        ),
        ("发送比特币，双倍返还", &[&transfer, &with_return]),
        ("s e n d 1 btc get 2x", &[&transfer]),
        ("SEND💰BTC💰GET💰X2", &[&transfer]),
        // Amounts side by side are a multiplier too, in any language.
        ("Send 0.1 BTC, receive 0.2 BTC", &[&transfer]),
        ("发送0.5ETH 收到1ETH", &[&transfer]),
        ("Send 1 BTC, receive 1 BTC", &[]),
        // Too far apart: nine tokens between.
        (
            "send me a message about the new album we will double the tour dates",
            &[],
        ),
        ("BTC doubled since March", &[]),
        ("I sent you the photos", &[]),
    ];
    for (text, want) in table {
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        assert_eq!(fired(text), want, "{text}");
    }
}

#[test]
fn frame_spans_name_their_concepts() {
    let set = &*FRAME_SET;
    let text = "please SEND it, we DOUBLE it";
    let hits = scan_ids(set, text, &[]);
    let (_, spans) = &hits[0];
    let named: Vec<(&str, &str)> = spans
        .iter()
        .map(|s| {
            (
                &text[s.range.clone()],
                set.concepts()[s.concept.expect("a frame span names its concept") as usize]
                    .as_str(),
            )
        })
        .collect();
    assert_eq!(named, vec![("SEND", "SEND"), ("DOUBLE", "MULTIPLIER")]);
    assert_eq!(set.requirement(1), Some(Requires::Address));
    assert_eq!(set.requirement(0), None);
}

#[test]
fn frame_diagnostics() {
    let bad = r#"
[concepts.SEND]
en = ["send", "se*"]

[concepts.UNUSED]
en = ["nothing"]

[[rule]]
id = "t.multiply.bad"
description = "d"
category = "multiply"
weight = 1.0
frame = { all = ["SEND", "MULTIPLY"], window = 0 }
examples = { match = ["x"], no_match = ["y"] }

[[rule]]
id = "t.multiply.wide"
description = "d"
category = "multiply"
weight = 1.0
frame = { all = ["SEND"], window = 80 }
examples = { match = ["x"], no_match = ["y"] }
"#;
    let diags = compile(&[("f.toml", bad)]).expect_err("unknown concept is an error");
    let codes: Vec<&str> = diags.iter().map(|d| d.code).collect();
    for code in ["E023", "E024", "W012", "W013", "W014"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
}

#[test]
fn except_sentences_drop_matches_in_the_sentence_of_a_concept() {
    let s = set(&[(
        "r.toml",
        r#"
[concepts.VICTIM]
en = ["victim of?", "lost your funds?", "if you got scammed"]

[concepts.WARNING]
en = ["scam"]

[concepts.CRYPTO]
en = ["crypto"]

[[rule]]
id = "t.warning.phrase"
description = "d"
category = "warning"
weight = -4.0
phrases = ["scam"]
except_sentences = ["VICTIM"]
examples = { match = ["x"], no_match = ["y"] }

[[rule]]
id = "t.warning.frame"
description = "d"
category = "warning"
weight = -3.0
frame = { all = ["WARNING", "CRYPTO"], window = 8 }
except_sentences = ["VICTIM"]
examples = { match = ["x"], no_match = ["y"] }
"#,
    )]);
    // (post, the phrase rule fires, the frame fires)
    let cases = [
        // The pitch's opening question: the reader's situation, no warning.
        (
            "Victim of a crypto scam? We recover funds, write to us",
            false,
            false,
        ),
        (
            "Lost your funds to a crypto scam? Our team can help",
            false,
            false,
        ),
        // A statement, not the question: the concept's asked term does not occur.
        ("I was the victim of a crypto scam, beware", true, true),
        // The warning after the question still counts.
        (
            "Victim of a crypto scam? Beware: every crypto recovery offer is a scam too",
            true,
            true,
        ),
        // A victim's own question about the thing, not about the reader.
        (
            "Real or scam? They said send crypto and get double",
            true,
            true,
        ),
        // A clause addressed to the reader: its sentence, from its start, is the exception.
        (
            "Crypto scam? If you got scammed, our team recovers it",
            true,
            true,
        ),
        (
            "Crypto? If you got scammed, our crypto team helps",
            false,
            false,
        ),
        (
            "If you got scammed, don't panic. This crypto offer is a scam",
            true,
            true,
        ),
        // A full stop inside a number does not end the sentence.
        (
            "If you got scammed of 0.5 crypto by a scam, write to us",
            false,
            false,
        ),
    ];
    for (post, phrase, frame) in cases {
        let ids = scan_ids(&s, post, &[]);
        assert_eq!(
            ids.iter().any(|(i, _)| i == "t.warning.phrase"),
            phrase,
            "{post}: {ids:?}"
        );
        assert_eq!(
            ids.iter().any(|(i, _)| i == "t.warning.frame"),
            frame,
            "{post}: {ids:?}"
        );
    }
    // An unknown concept is an error, as in a frame.
    let unknown = r#"
[[rule]]
id = "t.warning.unknown"
description = "d"
category = "warning"
weight = -1.0
phrases = ["scam"]
except_sentences = ["NOPE"]
examples = { match = ["scam"], no_match = ["y"] }
"#;
    let diags = compile(&[("f.toml", unknown)]).expect_err("unknown concept");
    assert!(
        diags
            .iter()
            .any(|d| d.message.contains("unknown concept `NOPE`")),
        "{diags:?}"
    );
}

#[test]
fn quoted_only_frames_count_quoted_occurrences_only() {
    let s = set(&[(
        "r.toml",
        r#"
[concepts.SEND]
en = ["send"]

[concepts.MULTIPLIER]
en = ["double"]

[[rule]]
id = "t.news.quotes"
description = "d"
category = "news"
weight = -3.0
frame = { all = ["SEND", "MULTIPLIER"], window = 8, quoted_only = true }
examples = { match = ["x"], no_match = ["y"] }
"#,
    )]);
    let fires = |post: &str| !scan_ids(&s, post, &[]).is_empty();
    assert!(fires("The posts said \"send 1 BTC and I will double it\""));
    assert!(fires("Les messages : « send 1 BTC, I double it »"));
    // Spoken, or only half quoted: no quotation of the promise.
    assert!(!fires("send 1 BTC and I will double it"));
    assert!(!fires("send 1 BTC and I will \"double\" it"));
    // Both keys on one frame is an error.
    let both = r#"
[concepts.SEND]
en = ["send"]

[[rule]]
id = "t.news.both"
description = "d"
category = "news"
weight = -1.0
frame = { all = ["SEND"], ignore_quoted = true, quoted_only = true }
examples = { match = ["x"], no_match = ["y"] }
"#;
    let diags = compile(&[("f.toml", both)]).expect_err("contradictory keys");
    assert!(diags.iter().any(|d| d.code == "E024"), "{diags:?}");
}
