//! The generated incident stream against the detector, with the generator's ground truth.
//!
//! The generator says which accounts are dedicated scam accounts or taken over (the posts of
//! [`Kind::Scam`] and [`Kind::Hijack`]). The detector, with the shipped rules and model, must
//! lock every one of those accounts, at its first scam post, and must not lock or take down a
//! post of anyone else: news, researchers quoting the address, users retweeting, the crypto
//! talk that is not a scam, and the ordinary traffic around it.
//!
//! The lock budget (`policy.max_locks` per `policy.budget_window_minutes` of event time) is part
//! of the detector: a stream dense in scam accounts spends it, and past it locks are downgraded
//! to reviews that say so. The first two tests keep the event-time density of incidents below
//! the budget; the third runs the dense default and checks that the brake, not a miss, is why an
//! account was not locked.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use scamwatch::detect::detector::Detector;
use scamwatch::detect::event::Input;
use scamwatch::detect::model::Model;
use scamwatch::detect::record::{Action, Reason, Record};
use scamwatch::detect::rules::compile_dir;
use scamwatch::source::decode::decode_line;
use scamwatch::synth::generator::{Config, Generator, Kind, Scenario};

struct Outcome {
    /// Accounts the ground truth says should be locked.
    scam_accounts: BTreeSet<String>,
    /// Accounts locked, with the tweet of the lock.
    locked: BTreeMap<String, String>,
    /// First scam post per scam account.
    first_scam_post: HashMap<String, String>,
    /// Scam accounts whose lock the brake downgraded (a `budget_exceeded` cap on their alert).
    braked: BTreeSet<String>,
    breaker_records: usize,
    /// Takedowns and locks on posts that are not scams: (kind, account, tweet, text).
    wrongly_actioned: Vec<(Kind, String, String, String)>,
    kinds: BTreeMap<Kind, usize>,
    campaigns: usize,
}

fn run(cfg: Config, n: usize) -> Outcome {
    let rules = Arc::new(
        compile_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"))
            .expect("the shipped rules compile"),
    );
    let mut det = Detector::new(rules, Arc::new(Model::builtin()));
    let mut g = Generator::new(cfg);
    let mut out = Outcome {
        scam_accounts: BTreeSet::new(),
        locked: BTreeMap::new(),
        first_scam_post: HashMap::new(),
        braked: BTreeSet::new(),
        breaker_records: 0,
        wrongly_actioned: Vec::new(),
        kinds: BTreeMap::new(),
        campaigns: 0,
    };
    let mut records = Vec::new();
    for _ in 0..n {
        let m = g.next_full();
        *out.kinds.entry(m.kind).or_default() += 1;
        if m.kind.is_scam() {
            out.scam_accounts.insert(m.account_id.clone());
            out.first_scam_post
                .entry(m.account_id.clone())
                .or_insert_with(|| m.tweet_id.clone().expect("a post"));
        }
        let input: Input = decode_line(m.line.as_bytes())
            .expect("generated lines decode")
            .expect("not blank");
        records.clear();
        det.process(&input, &mut records);
        for r in &records {
            match r {
                Record::Alert(a) => {
                    if a.action == Action::Lock {
                        out.locked
                            .entry(a.account_id.clone())
                            .or_insert_with(|| a.tweet_id.clone());
                    }
                    let braked = a.reasons.iter().any(
                        |r| matches!(r, Reason::Cap { name, .. } if *name == "budget_exceeded"),
                    );
                    if braked && m.kind.is_scam() {
                        out.braked.insert(a.account_id.clone());
                    }
                    if a.action >= Action::Takedown && !m.kind.is_scam() {
                        out.wrongly_actioned.push((
                            m.kind,
                            a.account_id.clone(),
                            a.tweet_id.clone(),
                            a.text.clone(),
                        ));
                    }
                }
                Record::Campaign(_) => out.campaigns += 1,
                Record::CircuitBreaker(_) => out.breaker_records += 1,
                Record::Shadow(_) | Record::Reload(_) | Record::Verdict(_) => {}
            }
        }
    }
    out
}

fn check_no_innocent_actioned(o: &Outcome) {
    assert!(
        o.wrongly_actioned.is_empty(),
        "actions on posts that are not scams: {:#?}",
        o.wrongly_actioned
    );
    let innocent: Vec<&String> = o
        .locked
        .keys()
        .filter(|a| !o.scam_accounts.contains(*a))
        .collect();
    assert!(
        innocent.is_empty(),
        "innocent accounts locked: {innocent:?}"
    );
}

fn check(o: &Outcome) {
    check_no_innocent_actioned(o);
    assert_eq!(
        o.breaker_records, 0,
        "the lock budget should not be reached"
    );
    let missed: Vec<&String> = o
        .scam_accounts
        .iter()
        .filter(|a| !o.locked.contains_key(*a))
        .collect();
    assert!(missed.is_empty(), "scam accounts not locked: {missed:?}");
    for (acct, tweet) in &o.locked {
        assert_eq!(
            Some(tweet),
            o.first_scam_post.get(acct),
            "account {acct} should be locked at its first scam post"
        );
    }
}

#[test]
fn the_takeover_locks_the_hijacked_accounts_and_nobody_else() {
    let o = run(
        Config {
            scenario: Scenario::Takeover,
            scam: 0.0,
            ..Config::default()
        },
        4_000,
    );
    let hijacks = o.kinds.get(&Kind::Hijack).copied().unwrap_or(0);
    assert!(hijacks >= 6, "{:?}", o.kinds);
    assert!(o.kinds.get(&Kind::Reaction).copied().unwrap_or(0) >= 3);
    assert!(o.kinds.get(&Kind::Retweet).copied().unwrap_or(0) >= 3);
    assert_eq!(o.scam_accounts.len(), 6, "six famous accounts taken over");
    check(&o);
    // One shared address from many accounts: a campaign forms.
    assert!(o.campaigns >= 1, "no campaign record");
}

#[test]
fn the_default_scenario_locks_scam_and_hijacked_accounts_and_nobody_else() {
    // One full incident cycle: a wave of dedicated scam accounts, then a takeover, with
    // background scams and crypto talk all along. At 20 messages a second (a filtered stream)
    // the cycle spans 25 minutes of event time: fewer locks per 10 minutes than the budget.
    let o = run(
        Config {
            rate: 20.0,
            scam: 0.0002,
            ..Config::default()
        },
        20_000,
    );
    let scams = o.kinds.get(&Kind::Scam).copied().unwrap_or(0);
    let hijacks = o.kinds.get(&Kind::Hijack).copied().unwrap_or(0);
    assert!(scams >= 10 && hijacks >= 6, "{:?}", o.kinds);
    assert!(o.kinds.get(&Kind::CryptoTalk).copied().unwrap_or(0) >= 300);
    check(&o);
}

#[test]
fn a_dense_stream_spends_the_lock_budget_and_the_brake_says_so() {
    // 200 messages a second with background scams at 0.4%: an incident cycle every 2.5
    // minutes of event time, more scam accounts per 10 minutes than the lock budget allows.
    let o = run(
        Config {
            scam: 0.004,
            ..Config::default()
        },
        20_000,
    );
    check_no_innocent_actioned(&o);
    assert!(o.breaker_records >= 1, "the brake should trip");
    let unexplained: Vec<&String> = o
        .scam_accounts
        .iter()
        .filter(|a| !o.locked.contains_key(*a) && !o.braked.contains(*a))
        .collect();
    assert!(
        unexplained.is_empty(),
        "scam accounts neither locked nor braked: {unexplained:?}"
    );
    assert!(o.locked.len() >= 20, "{} locked", o.locked.len());
}
