//! The detector's maps under a bound (`[limits.detector]`, docs/reliability.md#bounds): past
//! it the oldest entries go, every map stays at its bound, the evictions are counted, and what
//! goes depends on the input alone: two runs give the same records, and so does a run cut in
//! two by a checkpoint and a restart (the accounts evicted for room leave the store too).

use std::path::Path;
use std::sync::Arc;

use scamwatch::detect::detector::{Bounds, Detector, EvictReason, Tracked};
use scamwatch::detect::event::Input;
use scamwatch::detect::model::Model;
use scamwatch::detect::record::Record;
use scamwatch::detect::rules::compile_dir;
use scamwatch::service::state::StateStore;
use scamwatch::source::decode::decode_line;
use scamwatch::synth::generator::{Config, Generator};

/// Bounds far below what the stream needs, so that every map is full most of the time.
const SMALL: Bounds = Bounds {
    accounts: 1_500,
    campaigns: 16,
    campaign_members: 6,
    seen_ids: 3_000,
    alerted: 40,
    actioned: 40,
};

fn inputs(n: usize) -> Vec<Input> {
    let mut g = Generator::new(Config::default());
    (0..n)
        .map(|_| {
            decode_line(g.next_full().line.as_bytes())
                .expect("generated lines decode")
                .expect("not blank")
        })
        .collect()
}

fn detector(bounds: Bounds) -> Detector {
    let rules = compile_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rules")).unwrap();
    Detector::new(Arc::new(rules), Arc::new(Model::builtin())).with_bounds(bounds)
}

/// The records of `inputs`, checking after each input that no map is past its bound.
fn run(d: &mut Detector, inputs: &[Input]) -> Vec<String> {
    let b = *d.bounds();
    let mut out = Vec::new();
    let mut recs: Vec<Record> = Vec::new();
    for i in inputs {
        recs.clear();
        d.process(i, &mut recs);
        out.extend(recs.iter().map(Record::to_json));
        for (map, n) in d.map_sizes() {
            let bound = match map {
                Tracked::Accounts => b.accounts,
                Tracked::Campaigns => b.campaigns,
                Tracked::CampaignMembers => b.campaigns * b.campaign_members,
                Tracked::SeenIds => b.seen_ids,
                Tracked::Alerted => b.alerted,
                Tracked::Actioned => b.actioned,
            };
            assert!(n <= bound, "{} holds {n}, bound {bound}", map.as_str());
        }
    }
    out
}

#[test]
fn full_maps_evict_the_oldest_the_same_way_every_run_and_across_a_restart() {
    let all = inputs(30_000);
    let mut first = detector(SMALL);
    let expected = run(&mut first, &all);
    assert!(expected.iter().any(|r| r.contains("\"kind\":\"alert\"")));
    let ev = first.evictions().clone();
    for map in [Tracked::Accounts, Tracked::SeenIds, Tracked::Alerted] {
        assert!(
            ev.get(map, EvictReason::Capacity) > 0,
            "{} never filled up",
            map.as_str()
        );
    }
    assert_eq!(
        first.map_sizes()[0],
        (Tracked::Accounts, first.accounts_tracked())
    );

    // Again, in a new detector (another hash seed): the same records.
    let mut again = detector(SMALL);
    assert_eq!(run(&mut again, &all), expected, "a second run differs");
    assert_eq!(again.evictions(), &ev);

    // Cut in two by a checkpoint and a restart from the store: the same records.
    let cut = all.len() / 2;
    let dir = tempfile::tempdir().unwrap();
    let mut got = {
        let mut d = detector(SMALL);
        d.track_evicted_accounts();
        let mut got = run(&mut d, &all[..cut / 2]);
        let store = StateStore::open(dir.path()).unwrap();
        store.checkpoint(&mut d, Some(1), None).unwrap();
        got.extend(run(&mut d, &all[cut / 2..cut]));
        store.checkpoint(&mut d, Some(2), None).unwrap();
        got
    };
    let store = StateStore::open(dir.path()).unwrap();
    let loaded = store.load().unwrap();
    assert!(
        loaded.accounts.len() <= SMALL.accounts,
        "the accounts evicted for room left the store too: {} kept",
        loaded.accounts.len()
    );
    let mut restarted = detector(SMALL);
    restarted.restore(loaded.meta.unwrap(), loaded.accounts);
    got.extend(run(&mut restarted, &all[cut..]));
    assert_eq!(got, expected, "a restart changed what was evicted");
}

#[test]
fn default_bounds_evict_nothing_from_the_bundled_sample() {
    // The default bounds are far above what a day of the sample needs: no record changes.
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/synth/july2020.jsonl"),
    )
    .unwrap();
    let all: Vec<Input> = text
        .lines()
        .filter_map(|l| decode_line(l.as_bytes()).ok().flatten())
        .collect();
    let mut d = detector(Bounds::default());
    run(&mut d, &all);
    for map in Tracked::ALL {
        assert_eq!(d.evictions().get(map, EvictReason::Capacity), 0);
    }
}
