//! Validates every distinct address of the "Double and Nothing" giveaway-scam data set
//! (NDSS 2023, MIT licence, see tests/data/giveaway-scam-wallets-2022.LICENSE.md) and pins the
//! per-chain figures quoted in docs/wallets.md, so the documentation cannot drift from the code.

use std::collections::BTreeMap;

use scamwatch::detect::wallet::{self, AddressError, Chain, Network};

const CSV: &str = include_str!("../data/giveaway-scam-wallets-2022.csv");

/// Figures for one label of the data set.
#[derive(Debug, Default, PartialEq, Eq, Clone, Copy)]
struct Figures {
    /// Distinct addresses carrying this label.
    distinct: usize,
    /// How many validate as any chain (any network).
    valid: usize,
    /// How many validate as the labelled chain.
    same_chain: usize,
    /// How many validate on mainnet.
    mainnet: usize,
}

fn rows() -> Vec<(&'static str, &'static str)> {
    let mut lines = CSV.lines();
    assert_eq!(lines.next(), Some("crypto_address,detected_crypto_type"));
    lines
        .map(|l| {
            let (addr, label) = l.rsplit_once(',').expect("two columns");
            (addr, label)
        })
        .collect()
}

fn measure() -> BTreeMap<&'static str, Figures> {
    let mut by_label: BTreeMap<&'static str, Figures> = BTreeMap::new();
    for (addr, label) in rows() {
        let f = by_label.entry(label).or_default();
        f.distinct += 1;
        if let Some((chain, network, _)) = wallet::validate(addr) {
            f.valid += 1;
            if wallet::chain_from_str(label) == Some(chain) {
                f.same_chain += 1;
            }
            if network == Network::Mainnet {
                f.mainnet += 1;
            }
        }
    }
    by_label
}

#[test]
fn dataset_has_every_distinct_pair() {
    let rows = rows();
    assert_eq!(rows.len(), 2267);
    let distinct: std::collections::HashSet<_> = rows.iter().collect();
    assert_eq!(distinct.len(), rows.len());
}

#[test]
fn per_label_figures_match_the_docs() {
    let got = measure();
    for (label, f) in &got {
        println!("{label:>5}: {f:?}");
    }
    let expected: BTreeMap<&str, Figures> = [
        // label, distinct, valid, same chain, mainnet
        ("", 224, 107, 0, 107),
        ("ada", 215, 212, 212, 212),
        ("btc", 860, 848, 848, 848),
        ("eth", 683, 678, 678, 678),
        ("xrp", 285, 270, 267, 270),
    ]
    .into_iter()
    .map(|(l, d, v, s, m)| {
        (
            l,
            Figures {
                distinct: d,
                valid: v,
                same_chain: s,
                mainnet: m,
            },
        )
    })
    .collect();
    assert_eq!(got, expected);
}

/// Short name of a rejection reason, for the tally below.
fn reason(e: AddressError) -> &'static str {
    match e {
        AddressError::Length(_) => "length",
        AddressError::Charset => "charset",
        AddressError::Checksum(_) => "checksum",
        AddressError::Unrecognized => "unrecognized",
    }
}

/// Why the rejected rows fail, and which chain the mislabelled rows really are. Every failure
/// was inspected by hand (see docs/wallets.md): hex hashes, base64 image data, truncated or
/// over-long scrapes, other chains' bech32 (terra, zil, bnb, cosmos), and a handful of
/// checksum failures (typos); none is a validator bug.
#[test]
fn failures_and_cross_labels_are_pinned() {
    let mut reasons: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut cross: BTreeMap<(&str, Chain), usize> = BTreeMap::new();
    for (addr, label) in rows() {
        match wallet::classify(addr) {
            Err(e) => *reasons.entry((label, reason(e))).or_default() += 1,
            Ok((chain, _, _)) => {
                if wallet::chain_from_str(label) != Some(chain) {
                    *cross.entry((label, chain)).or_default() += 1;
                }
            }
        }
    }
    let expected_reasons: BTreeMap<(&str, &str), usize> = [
        (("", "charset"), 93),
        (("", "checksum"), 2),
        (("", "length"), 15),
        (("", "unrecognized"), 7),
        (("ada", "checksum"), 3),
        (("btc", "charset"), 7),
        (("btc", "checksum"), 1),
        (("btc", "unrecognized"), 4),
        (("eth", "charset"), 5),
        (("xrp", "charset"), 13),
        (("xrp", "length"), 2),
    ]
    .into_iter()
    .collect();
    assert_eq!(reasons, expected_reasons);
    let expected_cross: BTreeMap<(&str, Chain), usize> = [
        (("", Chain::Btc), 6),
        (("", Chain::Eth), 47),
        (("", Chain::Doge), 19),
        (("", Chain::Ltc), 1),
        (("", Chain::Xrp), 1),
        (("", Chain::Trx), 12),
        (("", Chain::Sol), 21),
        (("xrp", Chain::Eth), 1),
        (("xrp", Chain::Doge), 1),
        (("xrp", Chain::Sol), 1),
    ]
    .into_iter()
    .collect();
    assert_eq!(cross, expected_cross);
}

/// Every mixed-case ETH address in the data set passes EIP-55: scam kits copy addresses from
/// wallets, which emit checksummed case. A failure here would point at the keccak code.
#[test]
fn mixed_case_eth_rows_all_pass_eip55() {
    let mut mixed = 0;
    for (addr, label) in rows() {
        let hex = addr.strip_prefix("0x").unwrap_or("");
        if label == "eth"
            && hex.len() == 40
            && hex.bytes().all(|b| b.is_ascii_hexdigit())
            && hex.bytes().any(|b| b.is_ascii_uppercase())
            && hex.bytes().any(|b| b.is_ascii_lowercase())
        {
            mixed += 1;
            assert_eq!(
                wallet::validate(addr),
                Some((Chain::Eth, Network::Mainnet, true)),
                "{addr}"
            );
        }
    }
    assert!(mixed > 0);
    println!("{mixed} mixed-case ETH rows");
}

/// The shipped known-scam list is exactly the data set's mainnet-valid addresses, plus the
/// July 2020 Twitter-hack address.
#[test]
fn known_scam_list_matches_dataset() {
    let list = include_str!("../../rules/known-scam-addresses.txt");
    let listed: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut expected: Vec<&str> = rows()
        .into_iter()
        .map(|(a, _)| a)
        .filter(|a| matches!(wallet::validate(a), Some((_, Network::Mainnet, _))))
        .collect();
    expected.push("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
    expected.sort_unstable();
    expected.dedup();
    let mut sorted = listed.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, expected);
    for a in listed {
        assert!(wallet::validate(a).is_some(), "{a}");
    }
}
