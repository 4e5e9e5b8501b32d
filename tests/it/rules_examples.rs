//! Compiles the shipped rule set (`rules/`) and checks every rule's declared examples.
//!
//! This is the same check `test-rules` runs: `match` examples must fire their rule, `no_match`
//! examples must not.

use std::path::Path;

use scamwatch::detect::normalize::normalize;
use scamwatch::detect::rules::{CATEGORIES, RuleSet, compile_dir};

fn shipped() -> RuleSet {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    match compile_dir(&dir) {
        Ok(set) => set,
        Err(diags) => {
            let text: Vec<String> = diags.iter().map(|d| format!("{d:#}")).collect();
            panic!("rules/ does not compile:\n{}", text.join("\n"));
        }
    }
}

fn categories(set: &RuleSet, text: &str, urls: &[String]) -> Vec<String> {
    set.scan(
        text,
        &normalize(text),
        urls,
        &scamwatch::detect::links::in_text(text),
    )
    .iter()
    .map(|h| set.rules()[h.rule].category.clone())
    .collect()
}

#[test]
fn shipped_rules_compile_without_warnings() {
    let set = shipped();
    let warnings: Vec<String> = set.warnings().iter().map(|d| format!("{d:#}")).collect();
    assert!(warnings.is_empty(), "warnings:\n{}", warnings.join("\n"));
    assert!(set.rules().len() >= 40, "only {} rules", set.rules().len());
}

#[test]
fn every_shipped_rule_has_examples_of_both_kinds() {
    let set = shipped();
    for (i, r) in set.rules().iter().enumerate() {
        let d = set.detail(i).expect("detail for every rule");
        assert!(
            !d.examples.matches.is_empty() && !d.examples.no_match.is_empty(),
            "{} needs match and no_match examples",
            r.id
        );
        assert!(CATEGORIES.contains(&r.category.as_str()), "{}", r.id);
    }
}

#[test]
fn every_shipped_example_behaves_as_declared() {
    let set = shipped();
    let failures: Vec<String> = set
        .test_examples()
        .iter()
        .map(|f| {
            let what = if f.expected_match {
                "did not fire on match"
            } else {
                "fired on no_match"
            };
            format!("{}: {what} example {:?}", set.rules()[f.rule].id, f.example)
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_category_is_covered_in_every_language() {
    let set = shipped();
    let per_language = [
        "multiply",
        "send_instruction",
        "urgency",
        "giveaway",
        "impersonation",
        "warning",
        "news",
        "price_talk",
        "crypto",
    ];
    for lang in ["en", "es", "fr", "de", "pt"] {
        for cat in per_language {
            let covered = set.rules().iter().enumerate().any(|(i, r)| {
                r.category == cat
                    && set
                        .detail(i)
                        .is_some_and(|d| d.lang.iter().any(|l| l == lang))
            });
            assert!(covered, "no `{cat}` rule for `{lang}`");
        }
    }
    assert!(set.rules().iter().any(|r| r.category == "scam_url"));
}

#[test]
fn price_talk_is_not_multiply() {
    let set = shipped();
    let cats = categories(
        &set,
        "BTC doubled since March, market cap at a new high",
        &[],
    );
    assert!(!cats.iter().any(|c| c == "multiply"), "{cats:?}");
    assert!(cats.iter().any(|c| c == "price_talk"), "{cats:?}");
}

#[test]
fn july_2020_post_fires_the_expected_categories() {
    let set = shipped();
    let text = "I am giving back to the community. All Bitcoin sent to the address below will be \
                sent back doubled! If you send $1,000, I will send back $2,000. Only doing this \
                for 30 minutes. bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh";
    let cats = categories(&set, text, &[]);
    for want in [
        "multiply",
        "send_instruction",
        "urgency",
        "giveaway",
        "crypto",
    ] {
        assert!(cats.iter().any(|c| c == want), "missing {want} in {cats:?}");
    }
    assert!(!cats.iter().any(|c| c == "warning"), "{cats:?}");
    assert!(set.is_known_scam_address("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"));
}

#[test]
fn allowlisted_domains_never_fire_url_rules() {
    let set = shipped();
    let urls = vec!["https://tesla-event.tesla.com/x2-btc".to_string()];
    let cats = categories(&set, "see link", &urls);
    assert!(!cats.iter().any(|c| c == "scam_url"), "{cats:?}");
    let urls = vec!["https://tesla-event.live/x2-btc".to_string()];
    let cats = categories(&set, "see link", &urls);
    assert!(cats.iter().any(|c| c == "scam_url"), "{cats:?}");
}
