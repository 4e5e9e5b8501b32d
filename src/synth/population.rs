//! Who posts: the accounts of a generated stream (ordinary, famous, exchanges, news,
//! researchers, dedicated scam accounts), their clients, names and descriptions.

use crate::detect::event::Timestamp;
use crate::synth::texts::{LANGS, pick};

/// What kind of account, for texts and behaviour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    Ordinary,
    Famous,
    Exchange,
    News,
    Researcher,
    ScamAccount,
}

/// One account of the stream.
#[derive(Clone, Debug)]
pub(super) struct Account {
    pub(super) id: String,
    pub(super) username: String,
    pub(super) name: String,
    pub(super) description: &'static str,
    pub(super) followers: u64,
    pub(super) following: u64,
    pub(super) verified: bool,
    pub(super) created_at: Timestamp,
    pub(super) client: &'static str,
    /// An occasional second client (a phone next to the desktop tool).
    pub(super) alt_client: &'static str,
    pub(super) lang: usize,
    /// First active hour (UTC) and how many hours the account is usually active.
    pub(super) active_from: u8,
    pub(super) active_hours: u8,
    pub(super) role: Role,
    pub(super) posts: u32,
}

impl Account {
    pub(super) fn active_at(&self, hour: u8) -> bool {
        (hour + 24 - self.active_from) % 24 < self.active_hours
    }
}

/// Clients of ordinary accounts (weighted by repetition).
const CLIENTS: &[&str] = &[
    "Twitter for iPhone",
    "Twitter for iPhone",
    "Twitter for iPhone",
    "Twitter for Android",
    "Twitter for Android",
    "Twitter for Android",
    "Twitter Web App",
    "Twitter for iPad",
    "TweetDeck",
];

/// The client the July 2020 scam posts came from; famous accounts here never use it.
pub(super) const TAKEOVER_CLIENT: &str = "Twitter Web App";

/// The special accounts: famous people, exchanges, news and researchers.
pub(super) const FAMOUS: &[(&str, &str, &str, Role, &str)] = &[
    // (username, name, usual client, role, description)
    (
        "orbitalmotors_ceo",
        "Dana Orbit",
        "Twitter for iPhone",
        Role::Famous,
        "CEO of Orbital Motors. Rockets, cars, memes.",
    ),
    (
        "BillRowan",
        "Bill Rowan",
        "Sprinklr",
        Role::Famous,
        "Sharing things I'm learning through my foundation.",
    ),
    (
        "PixelFruit",
        "Pixel Fruit",
        "Sprinklr",
        Role::Famous,
        "Everything you need to know about Pixel Fruit devices.",
    ),
    (
        "SenMayaHart",
        "Maya Hart",
        "TweetDeck",
        Role::Famous,
        "Senator. Fighting for working families.",
    ),
    (
        "djkolter",
        "DJ KOLTER",
        "Twitter for iPhone",
        Role::Famous,
        "Producer. World tour 2020 tickets below.",
    ),
    (
        "RideBluebird",
        "Bluebird",
        "Sprinklr",
        Role::Famous,
        "Rides in 600 cities. Help: @BluebirdSupport",
    ),
    (
        "JeffCastell",
        "Jeff Castell",
        "Twitter for iPhone",
        Role::Famous,
        "Founder. Space enthusiast.",
    ),
    (
        "mikebloomfield",
        "Mike Bloomfield",
        "TweetDeck",
        Role::Famous,
        "Entrepreneur, philanthropist, three-time mayor.",
    ),
    ("yeezyforreal", "ye", "Twitter for iPhone", Role::Famous, ""),
    (
        "BarryObrien",
        "Barry O'Brien",
        "Hootsuite Inc.",
        Role::Famous,
        "Dad, husband, former president.",
    ),
    (
        "WarrenBuffer",
        "Warren Buffer",
        "Twitter for Android",
        Role::Famous,
        "Long-term investor.",
    ),
    (
        "StarlaSings",
        "Starla",
        "Twitter for iPhone",
        Role::Famous,
        "New album out now.",
    ),
    (
        "CoinVault",
        "CoinVault",
        "Sprinklr",
        Role::Exchange,
        "The world's most trusted crypto exchange. Support: @CoinVaultHelp",
    ),
    (
        "GeminiSky",
        "GeminiSky Exchange",
        "Hootsuite Inc.",
        Role::Exchange,
        "Buy, sell and store crypto safely.",
    ),
    (
        "WorldNewsNow",
        "World News Now",
        "SocialFlow",
        Role::News,
        "Breaking news from around the world.",
    ),
    (
        "TechDaily",
        "Tech Daily",
        "TweetDeck",
        Role::News,
        "Technology news, every day.",
    ),
    (
        "CryptoTimes",
        "Crypto Times",
        "Buffer",
        Role::News,
        "Crypto and blockchain news.",
    ),
    (
        "malware_mia",
        "Mia (infosec)",
        "Twitter Web App",
        Role::Researcher,
        "Threat intel. Views my own.",
    ),
    (
        "scamhunter",
        "Scam Hunter",
        "TweetDeck",
        Role::Researcher,
        "I track crypto scams so you don't lose money.",
    ),
    (
        "0xsec_lab",
        "0xSec Lab",
        "Twitter Web App",
        Role::Researcher,
        "Blockchain security research.",
    ),
];

const ORDINARY_DESCRIPTIONS: &[&str] = &[
    "Opinions are my own. Coffee, code and long walks. Building things on the internet since forever.",
    "Mum of two, runner, bookworm. 📚🏃‍♀️",
    "Football, music and bad jokes.",
    "Fotógrafa. Viajes y café.",
    "Ingénieur le jour, musicien la nuit.",
    "",
];

const SCAM_NAMES: &[(&str, &str)] = &[
    ("CryptoGiveaway", "Crypto Giveaway Official"),
    ("OrbitalGifts", "Dana Orbit Giveaway"),
    ("BTC_Airdrop", "BTC Airdrop Event"),
    ("CoinVault_Promo", "CoinVault Promo ✔"),
    ("ethfree2x", "ETH Foundation Giveaway"),
    ("sorteo_cripto", "Sorteo Cripto Oficial"),
];

/// The population of a new stream: `ordinary` ordinary accounts, then the [`FAMOUS`] ones
/// (from index `ordinary` on). `start` is the event time of the first message.
pub(super) fn population(rng: &mut fastrand::Rng, ordinary: usize, start: i64) -> Vec<Account> {
    let mut accounts: Vec<Account> = (0..ordinary)
        .map(|i| ordinary_account(rng, i, start))
        .collect();
    for (j, famous) in FAMOUS.iter().enumerate() {
        accounts.push(special_account(rng, j, famous, start));
    }
    accounts
}

/// Ordinary account number `i`.
fn ordinary_account(rng: &mut fastrand::Rng, i: usize, start: i64) -> Account {
    // Heavy tail: most accounts have a few hundred followers, a few have millions.
    let tail = rng.f64().powi(6);
    let followers = (20.0 + tail * 5_000_000.0) as u64;
    let lang = if rng.f64() < 0.6 {
        0
    } else {
        rng.usize(0..LANGS.len())
    };
    Account {
        id: (1_000_000 + i as u64).to_string(),
        username: format!("{}{}", handle_stem(rng), i),
        name: format!("{} {}", first_name(rng), last_initial(rng)),
        description: ORDINARY_DESCRIPTIONS[rng.usize(0..ORDINARY_DESCRIPTIONS.len())],
        followers,
        following: rng.u64(20..2_000),
        verified: followers > 1_000_000 || rng.f64() < 0.005,
        created_at: Timestamp(start - (60 + rng.u64(0..4_000)) as i64 * Timestamp::DAY),
        client: CLIENTS[rng.usize(0..CLIENTS.len())],
        alt_client: CLIENTS[rng.usize(0..CLIENTS.len())],
        lang,
        active_from: rng.u8(0..24),
        active_hours: rng.u8(8..20),
        role: Role::Ordinary,
        posts: 0,
    }
}

/// Special account number `j`, one of [`FAMOUS`].
fn special_account(
    rng: &mut fastrand::Rng,
    j: usize,
    famous: &(&'static str, &'static str, &'static str, Role, &'static str),
    start: i64,
) -> Account {
    let &(username, name, client, role, description) = famous;
    let followers = match role {
        Role::Famous => 2_000_000 + rng.u64(0..60_000_000),
        Role::Exchange => 800_000 + rng.u64(0..4_000_000),
        Role::News => 1_000_000 + rng.u64(0..20_000_000),
        _ => 20_000 + rng.u64(0..150_000),
    };
    Account {
        id: (10_000 + j as u64).to_string(),
        username: username.to_string(),
        name: name.to_string(),
        description,
        followers,
        following: rng.u64(50..800),
        verified: true,
        created_at: Timestamp(start - (1_500 + rng.u64(0..2_500)) as i64 * Timestamp::DAY),
        client,
        alt_client: client,
        lang: 0,
        active_from: rng.u8(0..24),
        active_hours: 24,
        role,
        posts: 0,
    }
}

/// A fresh dedicated scam account with id `id`, created an hour to ten days before `now`.
pub(super) fn scam_account(rng: &mut fastrand::Rng, id: u64, now: Timestamp) -> Account {
    let (stem, name) = SCAM_NAMES[rng.usize(0..SCAM_NAMES.len())];
    let age_ms = rng.i64(Timestamp::HOUR..10 * Timestamp::DAY);
    Account {
        id: id.to_string(),
        username: format!("{stem}{}", rng.u32(10..9_999)),
        name: name.to_string(),
        description: "Official giveaway event. Limited time!",
        followers: rng.u64(0..300),
        following: rng.u64(0..50),
        verified: false,
        created_at: Timestamp(now.0 - age_ms),
        client: TAKEOVER_CLIENT,
        alt_client: TAKEOVER_CLIENT,
        lang: 0,
        active_from: 0,
        active_hours: 24,
        role: Role::ScamAccount,
        posts: 0,
    }
}

fn handle_stem(rng: &mut fastrand::Rng) -> &'static str {
    pick(
        rng,
        &[
            "sam",
            "lucia",
            "the_real_tom",
            "ana",
            "marc",
            "julia",
            "kev",
            "nadia",
            "pierre",
            "lena",
            "joao",
            "bea",
            "chris",
            "mo",
            "runner",
            "coffeelover",
            "dev",
        ],
    )
}

fn first_name(rng: &mut fastrand::Rng) -> &'static str {
    pick(
        rng,
        &[
            "Sam", "Lucía", "Tom", "Ana", "Marc", "Julia", "Kevin", "Nadia", "Pierre", "Lena",
            "João", "Beatriz", "Chris", "Mo", "Aisha", "Jonas",
        ],
    )
}

fn last_initial(rng: &mut fastrand::Rng) -> &'static str {
    pick(
        rng,
        &["A.", "B.", "C.", "D.", "G.", "K.", "M.", "R.", "S.", "W."],
    )
}
