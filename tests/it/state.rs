//! The detector's state survives a checkpoint and a restart: the second half of a stream gives
//! the same records whether or not the process restarted in the middle; duplicates are dropped.

use std::path::Path;
use std::sync::Arc;

use scamwatch::detect::detector::Detector;
use scamwatch::detect::event::Input;
use scamwatch::detect::model::Model;
use scamwatch::detect::record::Record;
use scamwatch::detect::rules::compile_dir;
use scamwatch::service::state::StateStore;
use scamwatch::source::decode::decode_line;

fn inputs() -> Vec<Input> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/synth/july2020.jsonl"),
    )
    .unwrap();
    text.lines()
        .filter_map(|l| decode_line(l.as_bytes()).ok().flatten())
        .collect()
}

fn detector() -> Detector {
    let rules = compile_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")).unwrap();
    Detector::new(Arc::new(rules), Arc::new(Model::builtin()))
}

fn run(d: &mut Detector, inputs: &[Input]) -> Vec<String> {
    let mut out = Vec::new();
    let mut recs: Vec<Record> = Vec::new();
    for i in inputs {
        recs.clear();
        d.process(i, &mut recs);
        out.extend(recs.iter().map(Record::to_json));
    }
    out
}

#[test]
fn a_restart_in_the_middle_changes_nothing() {
    let all = inputs();
    // Cut inside the takeover, so history, campaigns, locks and budgets all matter after it.
    let cut = all
        .iter()
        .position(|i| matches!(i, Input::Post(p) if p.text.contains("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh")))
        .unwrap()
        + 3;
    let mut whole = detector();
    run(&mut whole, &all[..cut]);
    let expected = run(&mut whole, &all[cut..]);
    assert!(expected.iter().any(|r| r.contains("\"action\":\"lock\"")));

    let dir = tempfile::tempdir().unwrap();
    {
        let mut first = detector();
        run(&mut first, &all[..cut]);
        let store = StateStore::open(dir.path()).unwrap();
        let cp = store.checkpoint(&mut first, Some(42), None).unwrap();
        assert!(cp.accounts_written > 50, "{cp:?}");
        // A second checkpoint with nothing new writes no account.
        assert_eq!(
            store
                .checkpoint(&mut first, Some(42), None)
                .unwrap()
                .accounts_written,
            0
        );
    }
    let store = StateStore::open(dir.path()).unwrap();
    let mut second = detector();
    assert_eq!(store.restore_into(&mut second).unwrap(), Some(42));
    assert_eq!(run(&mut second, &all[cut..]), expected);
}

#[test]
fn a_post_seen_twice_is_processed_once() {
    let all = inputs();
    let mut d = detector();
    // The alerting part of the takeover, then the same posts again, as an upstream resuming
    // from a cursor a little behind would re-send them.
    let first_alert = all
        .iter()
        .position(|i| matches!(i, Input::Post(p) if p.text.contains("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh")))
        .unwrap();
    let first = run(&mut d, &all[..=first_alert]);
    assert!(
        first.iter().any(|r| r.contains("\"action\":\"lock\"")),
        "{first:?}"
    );
    // The tail within the window, the first scam post included.
    let t = all[first_alert].event_time().0;
    let start = all[..=first_alert]
        .iter()
        .rposition(|i| t - i.event_time().0 > 50_000)
        .map_or(0, |i| i + 1);
    let burst = &all[start..=first_alert];
    let again = run(&mut d, burst);
    assert_eq!(again.len(), 0, "no record for a post processed already");
    let posts = burst.iter().filter(|i| matches!(i, Input::Post(_))).count() as u64;
    assert_eq!(d.stats().duplicates, posts);
}

/// What docs/serve.md says about state size: a tracked account costs a few hundred bytes.
#[test]
fn state_per_account_stays_small() {
    let all = inputs();
    let mut d = detector();
    run(&mut d, &all);
    let accounts = d.take_dirty_accounts();
    let bytes: usize = accounts
        .iter()
        .map(|(id, h)| id.len() + serde_json::to_vec(h).unwrap().len())
        .sum();
    let per = bytes / accounts.len();
    eprintln!(
        "state: {} accounts, {per} bytes per account serialized",
        accounts.len()
    );
    assert!(per < 600, "{per} bytes per account");
}

#[test]
fn evicted_accounts_leave_the_store() {
    let all = inputs();
    let mut d = detector();
    run(&mut d, &all);
    let n = d.accounts_tracked();
    let dir = tempfile::tempdir().unwrap();
    let store = StateStore::open(dir.path()).unwrap();
    store.checkpoint(&mut d, None, None).unwrap();
    // A TTL of one hour of event time keeps only the accounts active in the takeover's last hour.
    let cp = store.checkpoint(&mut d, None, Some(3_600_000)).unwrap();
    assert!(
        cp.accounts_evicted > 0 && cp.accounts_evicted < n,
        "{cp:?} of {n}"
    );
    let loaded = store.load().unwrap();
    assert_eq!(loaded.accounts.len(), n - cp.accounts_evicted);
}
