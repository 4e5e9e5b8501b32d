//! Synthetic traffic: a seeded, deterministic, endless stream of realistic posts with
//! scheduled incidents, and the ground truth of every message.
//!
//! This is what the benchmarks and the built-in firehose (`scamwatch firehose`) serve where real
//! traffic is needed but cannot be shipped:
//!
//! - a **population** of accounts: most small, a few huge, some verified; each with a usual
//!   client, a language and active hours, so history-based scoring sees the baselines real
//!   accounts have;
//! - **ordinary traffic** in English, Spanish, French, German and Portuguese, mostly Twitter API
//!   v2 stream messages with their `includes.users` object, some v1.1 statuses, now and then a
//!   benign account security event (a login from a new phone);
//! - **crypto talk that is not a scam**: price talk, exchange announcements, scam warnings;
//! - **scheduled incidents** (see [`Scenario`]): waves of dedicated scam accounts (fresh, tiny)
//!   posting giveaway scams with valid addresses of several chains, and a coordinated takeover
//!   of famous accounts like July 2020 (account security events minutes before, then scam posts
//!   from a new client with one shared Bitcoin address), with news and researchers reacting
//!   (warnings quoting the address) and ordinary users retweeting.
//!
//! Incidents are scheduled by **message position** (an incident cycle is a fixed number of
//! messages), so every rate sees whole incidents in the same number of messages; event time
//! advances by a seeded random gap whose mean is `1 / rate`. Nothing reads the wall clock: the
//! same [`Config`] gives the same bytes, every run, on every machine.
//!
//! Every message comes with its ground truth ([`Message::kind`], [`Message::account_id`]), so
//! tests can assert what the detector should do: lock the accounts that posted
//! [`Kind::Hijack`] or [`Kind::Scam`] messages, leave every other account alone.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::Serialize;
use serde_json::json;
use tiny_keccak::{Hasher, Keccak};

use crate::detect::event::Timestamp;

/// What a generated message is: the ground truth benchmarks and tests assert on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Everyday chatter (including news and researchers' own topics).
    Ordinary,
    /// Crypto talk that is not a scam: prices, exchange announcements, general warnings.
    CryptoTalk,
    /// A giveaway scam from a dedicated scam account (fresh, few followers). Should lock it.
    Scam,
    /// A scam post from a taken-over famous account. Should lock it.
    Hijack,
    /// News or a researcher reacting to a takeover, quoting the address. Not a scam.
    Reaction,
    /// An ordinary user retweeting an incident post. Not the user's own speech.
    Retweet,
    /// An account security event (`{"account_event": …}`), benign or before a takeover.
    AccountEvent,
}

impl Kind {
    /// True for the posts whose accounts the detector should lock.
    pub fn is_scam(self) -> bool {
        matches!(self, Kind::Scam | Kind::Hijack)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Ordinary => "ordinary",
            Kind::CryptoTalk => "crypto_talk",
            Kind::Scam => "scam",
            Kind::Hijack => "hijack",
            Kind::Reaction => "reaction",
            Kind::Retweet => "retweet",
            Kind::AccountEvent => "account_event",
        }
    }
}

/// Which incidents a stream schedules. Every scenario has the same background traffic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scenario {
    /// Every incident cycle: a wave of dedicated scam accounts, then a takeover of famous
    /// accounts with reactions and retweets.
    #[default]
    Default,
    /// Only takeovers, after a short warm-up in which famous accounts post more often (so
    /// they have history), and no background scams: the July 2020 replay, for the demo.
    Takeover,
    /// Only waves of dedicated scam accounts.
    ScamAccounts,
    /// No incidents: background traffic only (background scams included, at [`Config::scam`]).
    /// Every other scenario has them too, except [`Scenario::Takeover`].
    Quiet,
}

impl Scenario {
    pub const ALL: [Scenario; 4] = [
        Scenario::Default,
        Scenario::Takeover,
        Scenario::ScamAccounts,
        Scenario::Quiet,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scenario::Default => "default",
            Scenario::Takeover => "takeover",
            Scenario::ScamAccounts => "scam-accounts",
            Scenario::Quiet => "quiet",
        }
    }

    fn takeovers(self) -> bool {
        matches!(self, Scenario::Default | Scenario::Takeover)
    }

    fn scam_waves(self) -> bool {
        matches!(self, Scenario::Default | Scenario::ScamAccounts)
    }
}

impl fmt::Display for Scenario {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The name given to [`Scenario::from_str`] is not a scenario.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown scenario `{0}` (expected one of: default, takeover, scam-accounts, quiet)")]
pub struct UnknownScenario(pub String);

impl FromStr for Scenario {
    type Err = UnknownScenario;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Scenario::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| UnknownScenario(s.to_string()))
    }
}

/// Settings of a generator.
#[derive(Clone, Debug)]
pub struct Config {
    pub seed: u64,
    /// Ordinary accounts (famous, news and researcher accounts come on top).
    pub accounts: usize,
    /// Event time of the first message, ms.
    pub start: Timestamp,
    /// Messages per second of event time: the mean gap between messages is `1 / rate`.
    pub rate: f64,
    /// Share of background crypto talk that is not a scam (0..1).
    pub crypto_talk: f64,
    /// Share of background scam posts from dedicated scam accounts (0..1), on top of incidents.
    pub scam: f64,
    /// Share of ordinary posts written as v1.1 statuses instead of v2 messages (0..1).
    pub v1_share: f64,
    pub scenario: Scenario,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            seed: 20_200_715,
            accounts: 10_000,
            start: Timestamp(1_594_771_200_000), // 2020-07-15T00:00:00Z
            rate: 200.0,
            crypto_talk: 0.03,
            scam: 0.001,
            v1_share: 0.08,
            scenario: Scenario::Default,
        }
    }
}

/// One generated message and its ground truth.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The JSON line (no newline).
    pub line: String,
    pub kind: Kind,
    /// The author of a post, or the account of an account event.
    pub account_id: String,
    /// The post id (`None` for account events).
    pub tweet_id: Option<String>,
    pub event_time: Timestamp,
    /// Number of the incident cycle this message belongs to, for incident messages.
    pub incident: Option<u64>,
}

/// What kind of account, for texts and behaviour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Ordinary,
    Famous,
    Exchange,
    News,
    Researcher,
    ScamAccount,
}

#[derive(Clone, Debug)]
struct Account {
    id: String,
    username: String,
    name: String,
    description: &'static str,
    followers: u64,
    following: u64,
    verified: bool,
    created_at: Timestamp,
    client: &'static str,
    /// An occasional second client (a phone next to the desktop tool).
    alt_client: &'static str,
    lang: usize,
    /// First active hour (UTC) and how many hours the account is usually active.
    active_from: u8,
    active_hours: u8,
    role: Role,
    posts: u32,
}

impl Account {
    fn active_at(&self, hour: u8) -> bool {
        (hour + 24 - self.active_from) % 24 < self.active_hours
    }
}

/// A scheduled incident step.
#[derive(Clone, Debug)]
enum Step {
    /// Picks the takeover's targets and schedules its steps.
    TakeoverStart,
    /// Creates fresh scam accounts and schedules their posts.
    ScamWave,
    SecurityEvent {
        account: usize,
        kind: &'static str,
    },
    HijackPost {
        account: usize,
        template: usize,
        address: String,
    },
    ScamPost {
        account: usize,
    },
    Reaction {
        account: usize,
        template: usize,
        address: String,
        victims: Vec<usize>,
    },
    Retweet {
        original: Box<Original>,
        kind: Kind,
    },
}

/// A post being retweeted: what the retweet message embeds.
#[derive(Clone, Debug)]
struct Original {
    id: String,
    text: String,
    author: usize,
    created_at: Timestamp,
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
const TAKEOVER_CLIENT: &str = "Twitter Web App";

const LANGS: &[&str] = &["en", "es", "fr", "de", "pt"];

/// Ordinary posts per language, composed from an opening and an ending so texts vary.
const ORDINARY: &[(&[&str], &[&str])] = &[
    (
        &[
            "Just finished a long run along the river, legs are done but what a view this morning",
            "Can't believe the game last night, that last minute goal was unreal",
            "Reading a great book on the history of navigation, highly recommend it",
            "Our team is hiring backend engineers, come build with us",
            "Coffee first, emails later",
            "The new season drops on Friday and I already cleared my weekend",
            "Thank you all for the kind messages, we are overwhelmed by the support",
            "Traffic on the bridge is terrible again, leave early if you can",
            "Made my grandmother's lasagna recipe tonight and it was perfect",
            "Anyone else watching the launch this afternoon?",
            "Finally fixed that bug that has been haunting me for a week",
            "Rainy Sunday, a blanket and a long movie",
        ],
        &[
            "",
            " 🙌",
            " #MondayMotivation",
            " Happy Wednesday everyone!",
            " link in bio",
            " 😂",
            " who's with me?",
        ],
    ),
    (
        &[
            "Qué partido anoche, no me lo puedo creer",
            "Terminando el informe del trimestre, por fin viernes",
            "Gracias a todos por los mensajes de cumpleaños",
            "Hoy toca paella con la familia",
            "El tráfico en la autopista está imposible otra vez",
        ],
        &[
            "",
            " vamos equipo",
            " sois los mejores",
            " 😍",
            " #buenosdias",
        ],
    ),
    (
        &[
            "Quelle belle journée à Paris, petit café en terrasse avant le travail",
            "Merci à toute l'équipe pour ce lancement réussi",
            "Le match de ce soir va être serré, qui regarde ?",
            "Encore une grève des trains demain, courage à tous",
        ],
        &["", " vous êtes incroyables", " 🇫🇷", " bonne soirée"],
    ),
    (
        &[
            "Endlich Wochenende, heute geht es in die Berge zum Wandern",
            "Danke an alle für die tollen Glückwünsche zum Jubiläum",
            "Der Zug hat wieder Verspätung, typisch Montag",
            "Heute Abend gibt es Spätzle, wer kommt vorbei?",
        ],
        &["", " 😊", " #Wochenende", " bis bald"],
    ),
    (
        &[
            "Que jogo incrível ontem à noite, ainda estou sem acreditar",
            "Bom dia! Café, música e muito trabalho pela frente",
            "Obrigado a todos pelo carinho nas mensagens de hoje",
            "Praia no fim de semana, finalmente",
        ],
        &["", " ❤️", " #bomdia", " valeu galera"],
    ),
];

/// Crypto talk that is not a scam: prices, exchange news, warnings (several languages).
const CRYPTO_TALK: &[(&str, &str)] = &[
    (
        "en",
        "BTC doubled since March, what a run for the whole market this year",
    ),
    (
        "en",
        "Bitcoin hashrate hits a new all time high according to the latest data",
    ),
    (
        "en",
        "Just moved my coins to a hardware wallet, not your keys not your coins",
    ),
    (
        "en",
        "ETH gas fees are brutal today, waiting for the weekend to make any transfers",
    ),
    (
        "en",
        "Reminder: nobody will ever double your crypto, giveaways asking you to send first are scams",
    ),
    (
        "en",
        "Does anyone have a good guide to running a Lightning node at home?",
    ),
    (
        "en",
        "Market cap of the whole crypto market back above 300 billion today",
    ),
    (
        "es",
        "El bitcoin se duplicó desde marzo, qué año para las criptomonedas",
    ),
    (
        "fr",
        "Le bitcoin a doublé depuis mars, incroyable cette année",
    ),
    (
        "de",
        "Bitcoin hat sich seit März verdoppelt, verrücktes Jahr für Krypto",
    ),
    (
        "pt",
        "O bitcoin dobrou desde março, que ano para as criptomoedas",
    ),
];

/// Exchange announcements (the exchange's own account).
const EXCHANGE_TALK: &[&str] = &[
    "We will list two new tokens on Friday, details on our blog",
    "Scheduled maintenance on Sunday 02:00 UTC: deposits and withdrawals will pause for about an hour",
    "Reminder: our staff will never DM you first or ask you to send funds. Report impersonators",
    "Trading volume hit a new record this week. Thank you for trading with us",
];

/// What news accounts and researchers post when nothing happens.
const NEWS_TALK: &[&str] = &[
    "Markets close higher as tech stocks rally for a third day",
    "Storm warning issued for the coast this weekend, officials urge caution",
    "Parliament votes on the new budget later today: live updates",
    "Interview: the scientist behind the new battery chemistry",
];
const RESEARCHER_TALK: &[&str] = &[
    "New write-up on a phishing kit that clones bank login pages, IOCs in the thread",
    "Patch your VPN appliances, exploitation in the wild started this morning",
    "Slides from my talk on browser extension malware are up",
    "Password reuse is still the number one way accounts get taken over. Turn on 2FA",
];

/// Takeover texts, July 2020 style, all with the campaign's one address.
const HIJACK_TEXTS: &[&str] = &[
    "I am giving back to the community. All Bitcoin sent to the address below will be sent back doubled! If you send $1,000, I will send back $2,000. Only doing this for 30 minutes.\n\n{addr}",
    "Everyone is asking me to give back, and now is the time. I am doubling all payments sent to my BTC address for the next 30 minutes. You send $1,000, I send you back $2,000.\n\n{addr}",
    "We are giving back to our community. We support Bitcoin and we believe you should too! All Bitcoin sent to our address below will be sent back to you doubled!\n\n{addr}",
    "Feeling generous because of Covid-19. I will double any BTC payment sent to my BTC address for the next hour. Good luck, and stay safe out there!\n\n{addr}",
    "I have decided to give back to my fans. All Bitcoin sent to my address below will be sent back doubled. I am only doing this for the next 30 minutes. Enjoy!\n\n{addr}",
];

/// Dedicated scam account texts: `{coin}` is the chain's ticker, `{addr}` a valid address.
const SCAM_TEXTS: &[(&str, &str)] = &[
    (
        "en",
        "🚀 GIVEAWAY 🚀 To celebrate our launch we are giving away 5,000 {coin}! Send 0.1 - 20 {coin} to the address below and get 2x back instantly. Hurry, only 2 hours left!\n{addr}",
    ),
    (
        "en",
        "I'm giving away 1,000 {coin} to my followers! Send {coin} to my address and I will send back double. Limited time only!\n{addr}",
    ),
    (
        "en",
        "Official {coin} giveaway is LIVE. All {coin} sent to the address below will be sent back doubled! Don't miss out 👇\n{addr}",
    ),
    (
        "es",
        "🎁 Sorteo oficial de {coin}: envía {coin} a la dirección de abajo y te devuelvo el doble al instante. ¡Solo hoy!\n{addr}",
    ),
    (
        "pt",
        "Sorteio oficial de {coin}! Envie {coin} para o endereço abaixo e receba o dobro de volta. Só hoje!\n{addr}",
    ),
];

/// Reactions to a takeover: `{users}` the victims' handles, `{addr}` the campaign address.
const NEWS_REACTIONS: &[&str] = &[
    "Breaking: the accounts of {users} posted a Bitcoin giveaway scam asking followers to send funds to {addr}. The company says it is investigating what appears to be a coordinated attack.",
    "Several verified accounts, including {users}, were hacked and used to promote a cryptocurrency scam, according to the company. The posts asked users to send Bitcoin to {addr}.",
];
const RESEARCHER_REACTIONS: &[&str] = &[
    "PSA: the \"send me BTC and I'll send back double\" posts from {users} are a SCAM, the accounts are compromised. Do NOT send anything to {addr}",
    "Scam alert: {addr} is collecting funds from the hacked {users} posts. Report it, don't pay. Nobody will double your bitcoin.",
];

const FAMOUS: &[(&str, &str, &str, Role, &str)] = &[
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

/// The chains scam accounts ask to be paid on: (ticker, address kind).
const COINS: &[(&str, Chain)] = &[
    ("BTC", Chain::BtcBech32),
    ("BTC", Chain::BtcLegacy),
    ("ETH", Chain::Eth),
    ("DOGE", Chain::Doge),
    ("LTC", Chain::Ltc),
    ("XRP", Chain::Xrp),
    ("TRX", Chain::Trx),
    ("USDT", Chain::Trx),
    ("SOL", Chain::Sol),
];

#[derive(Clone, Copy, Debug)]
enum Chain {
    BtcBech32,
    BtcLegacy,
    Eth,
    Doge,
    Ltc,
    Xrp,
    Trx,
    Sol,
}

/// Messages per incident cycle.
const CYCLE: u64 = 30_000;
/// Position (in the cycle) of the dedicated scam account wave and of the takeover.
const WAVE_AT: u64 = 6_000;
const TAKEOVER_AT: u64 = 15_000;
/// In the takeover scenario the first cycle starts with a shorter warm-up.
const TAKEOVER_WARMUP: u64 = 600;
/// A takeover target needs at least this many earlier posts (more than the detector's minimum
/// history, so the takeover is a departure from an established baseline).
const MIN_TARGET_POSTS: u32 = 6;
const TAKEOVER_TARGETS: usize = 6;

/// The generator: an endless [`Iterator`] of [`Message`]s.
pub struct Generator {
    rng: fastrand::Rng,
    cfg: Config,
    accounts: Vec<Account>,
    /// Index of the first special (famous, exchange, news, researcher) account.
    special: usize,
    /// Event time in nanoseconds since the epoch.
    now_ns: i128,
    gap_ns: u64,
    /// Messages emitted so far.
    count: u64,
    next_tweet: u64,
    next_scam_account: u64,
    /// Scheduled steps: (position, sequence) → (step, incident cycle).
    plan: BTreeMap<(u64, u64), (Step, u64)>,
    seq: u64,
    /// Background scam account currently posting (index), and how many posts it has left.
    background_scammer: Option<(usize, u32)>,
    /// Famous accounts already taken over (each once, until all were: then it starts over).
    hijacked: Vec<usize>,
}

impl Generator {
    pub fn new(cfg: Config) -> Self {
        let mut rng = fastrand::Rng::with_seed(cfg.seed);
        let start = cfg.start.0;
        let mut accounts: Vec<Account> = (0..cfg.accounts.max(1))
            .map(|i| {
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
                    username: format!("{}{}", handle_stem(&mut rng), i),
                    name: format!("{} {}", first_name(&mut rng), last_initial(&mut rng)),
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
            })
            .collect();
        let special = accounts.len();
        for (j, (username, name, client, role, description)) in FAMOUS.iter().enumerate() {
            let followers = match role {
                Role::Famous => 2_000_000 + rng.u64(0..60_000_000),
                Role::Exchange => 800_000 + rng.u64(0..4_000_000),
                Role::News => 1_000_000 + rng.u64(0..20_000_000),
                _ => 20_000 + rng.u64(0..150_000),
            };
            accounts.push(Account {
                id: (10_000 + j as u64).to_string(),
                username: (*username).to_string(),
                name: (*name).to_string(),
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
                role: *role,
                posts: 0,
            });
        }
        let gap_ns = if cfg.rate > 0.0 {
            (1e9 / cfg.rate) as u64
        } else {
            5_000_000
        };
        let mut g = Generator {
            now_ns: i128::from(start) * 1_000_000,
            gap_ns,
            count: 0,
            next_tweet: 1_283_000_000_000_000_000,
            next_scam_account: 1_280_000_000_000_000_000,
            plan: BTreeMap::new(),
            seq: 0,
            background_scammer: None,
            hijacked: Vec::new(),
            rng,
            accounts,
            special,
            cfg,
        };
        g.plan_cycle(0);
        g
    }

    /// The configuration this generator runs with.
    pub fn config(&self) -> &Config {
        &self.cfg
    }

    /// Messages emitted so far.
    pub fn emitted(&self) -> u64 {
        self.count
    }

    /// The next message as one JSON line (no newline), and what kind of message it is.
    pub fn next_message(&mut self) -> (String, Kind) {
        let m = self.next_full();
        (m.line, m.kind)
    }

    /// The next message with its ground truth.
    pub fn next_full(&mut self) -> Message {
        let gap = self.gap_ns.max(1);
        self.now_ns += i128::from(self.rng.u64(0..=2 * gap));
        let cycle = self.count / CYCLE;
        if self.count.is_multiple_of(CYCLE) && self.count > 0 {
            self.plan_cycle(cycle);
        }
        let due = self
            .plan
            .first_key_value()
            .is_some_and(|((pos, _), _)| *pos <= self.count);
        let m = if due {
            let (_, (step, incident)) = self.plan.pop_first().expect("checked non-empty");
            self.run_step(step, incident)
        } else {
            self.background()
        };
        self.count += 1;
        m
    }

    fn now(&self) -> Timestamp {
        Timestamp((self.now_ns / 1_000_000) as i64)
    }

    fn schedule(&mut self, pos: u64, step: Step, incident: u64) {
        self.seq += 1;
        self.plan.insert((pos, self.seq), (step, incident));
    }

    fn plan_cycle(&mut self, cycle: u64) {
        let base = cycle * CYCLE;
        let sc = self.cfg.scenario;
        if sc.scam_waves() {
            self.schedule(base + WAVE_AT, Step::ScamWave, cycle);
        }
        if sc.takeovers() {
            let at = if sc == Scenario::Takeover && cycle == 0 {
                TAKEOVER_WARMUP
            } else {
                TAKEOVER_AT
            };
            self.schedule(base + at, Step::TakeoverStart, cycle);
        }
    }

    /// Share of background posts written by famous, exchange, news and researcher accounts.
    fn special_share(&self) -> f64 {
        if self.cfg.scenario == Scenario::Takeover && self.count < TAKEOVER_WARMUP {
            0.3
        } else {
            0.03
        }
    }

    fn background(&mut self) -> Message {
        let roll = self.rng.f64();
        // The takeover scenario is the July 2020 replay alone: no background scams.
        let scam = if self.cfg.scenario == Scenario::Takeover {
            0.0
        } else {
            self.cfg.scam
        };
        if roll < scam {
            return self.background_scam();
        }
        let roll = roll - scam;
        if roll < 0.001 {
            // A benign security event: people log in from new phones all the time.
            let a = self.rng.usize(0..self.special);
            let kind =
                ["login_new_device", "password_reset", "phone_changed"][self.rng.usize(0..3)];
            return self.account_event(a, kind, Kind::AccountEvent, None);
        }
        if self.rng.f64() < self.special_share() {
            let a = self.special + self.rng.usize(0..FAMOUS.len());
            let (text, kind) = match self.accounts[a].role {
                Role::Exchange => (
                    pick(&mut self.rng, EXCHANGE_TALK).to_string(),
                    Kind::CryptoTalk,
                ),
                Role::News => (pick(&mut self.rng, NEWS_TALK).to_string(), Kind::Ordinary),
                Role::Researcher => (
                    pick(&mut self.rng, RESEARCHER_TALK).to_string(),
                    Kind::Ordinary,
                ),
                _ => (self.ordinary_text(0), Kind::Ordinary),
            };
            return self.post(a, text, "en", None, kind, None, None);
        }
        let a = self.pick_ordinary();
        if roll < 0.001 + self.cfg.crypto_talk {
            let (lang, text) = CRYPTO_TALK[self.rng.usize(0..CRYPTO_TALK.len())];
            return self.post(
                a,
                text.to_string(),
                lang,
                None,
                Kind::CryptoTalk,
                None,
                None,
            );
        }
        let lang = self.accounts[a].lang;
        let text = self.ordinary_text(lang);
        self.post(a, text, LANGS[lang], None, Kind::Ordinary, None, None)
    }

    /// An ordinary account active at the current hour (a few tries, then anyone).
    fn pick_ordinary(&mut self) -> usize {
        let hour = self.now().hour_utc();
        let mut a = self.rng.usize(0..self.special);
        for _ in 0..4 {
            if self.accounts[a].active_at(hour) {
                break;
            }
            a = self.rng.usize(0..self.special);
        }
        a
    }

    fn ordinary_text(&mut self, lang: usize) -> String {
        let (openings, endings) = ORDINARY[lang];
        format!(
            "{}{}",
            pick(&mut self.rng, openings),
            pick(&mut self.rng, endings)
        )
    }

    fn new_scam_account(&mut self) -> usize {
        self.next_scam_account += 1 + self.rng.u64(0..5_000_000);
        let (stem, name) = SCAM_NAMES[self.rng.usize(0..SCAM_NAMES.len())];
        let now = self.now().0;
        let age_ms = self.rng.i64(Timestamp::HOUR..10 * Timestamp::DAY);
        self.accounts.push(Account {
            id: self.next_scam_account.to_string(),
            username: format!("{stem}{}", self.rng.u32(10..9_999)),
            name: name.to_string(),
            description: "Official giveaway event. Limited time!",
            followers: self.rng.u64(0..300),
            following: self.rng.u64(0..50),
            verified: false,
            created_at: Timestamp(now - age_ms),
            client: TAKEOVER_CLIENT,
            alt_client: TAKEOVER_CLIENT,
            lang: 0,
            active_from: 0,
            active_hours: 24,
            role: Role::ScamAccount,
            posts: 0,
        });
        self.accounts.len() - 1
    }

    fn background_scam(&mut self) -> Message {
        let a = match self.background_scammer {
            Some((a, left)) if left > 0 => {
                self.background_scammer = Some((a, left - 1));
                a
            }
            _ => {
                let a = self.new_scam_account();
                let posts = self.rng.u32(0..3);
                self.background_scammer = Some((a, posts));
                a
            }
        };
        self.scam_post(a, None)
    }

    fn scam_post(&mut self, a: usize, incident: Option<u64>) -> Message {
        let (coin, chain) = COINS[self.rng.usize(0..COINS.len())];
        let address = make_address(&mut self.rng, chain);
        let (lang, template) = SCAM_TEXTS[self.rng.usize(0..SCAM_TEXTS.len())];
        let mut text = template.replace("{coin}", coin);
        // A third of dedicated scam posts dodge keyword lists the way real ones do.
        if self.rng.f64() < 1.0 / 3.0 {
            text = obfuscate(&mut self.rng, &text);
        }
        let text = text.replace("{addr}", &address);
        self.post(a, text, lang, None, Kind::Scam, incident, None)
    }

    fn run_step(&mut self, step: Step, incident: u64) -> Message {
        let inc = Some(incident);
        match step {
            Step::ScamWave => {
                let n = 4 + self.rng.usize(0..4);
                let mut pos = self.count + 50;
                for _ in 0..n {
                    let a = self.new_scam_account();
                    for _ in 0..1 + self.rng.usize(0..3) {
                        self.schedule(pos, Step::ScamPost { account: a }, incident);
                        pos += 40 + self.rng.u64(0..200);
                    }
                }
                self.background()
            }
            Step::TakeoverStart => {
                let eligible = |g: &Self| -> Vec<usize> {
                    (g.special..g.special + FAMOUS.len())
                        .filter(|&a| {
                            let acc = &g.accounts[a];
                            matches!(acc.role, Role::Famous | Role::Exchange)
                                && acc.posts >= MIN_TARGET_POSTS
                                && !g.hijacked.contains(&a)
                        })
                        .collect()
                };
                let mut targets = eligible(self);
                if targets.len() < TAKEOVER_TARGETS && !self.hijacked.is_empty() {
                    // Every famous account was taken over once: start over, so the stream
                    // stays endless (a second takeover of an account within the lock dedupe
                    // window is a takedown under the open lock).
                    self.hijacked.clear();
                    targets = eligible(self);
                }
                self.rng.shuffle(&mut targets);
                targets.truncate(TAKEOVER_TARGETS);
                targets.sort_unstable();
                let address = make_address(&mut self.rng, Chain::BtcBech32);
                let mut pos = self.count + 1;
                for (i, &a) in targets.iter().enumerate() {
                    self.hijacked.push(a);
                    // Security events "minutes" (hundreds of messages) before the first post.
                    let kind = ["password_reset", "email_changed", "mfa_disabled"][i % 3];
                    self.schedule(pos, Step::SecurityEvent { account: a, kind }, incident);
                    if i % 2 == 0 {
                        self.schedule(
                            pos + 20,
                            Step::SecurityEvent {
                                account: a,
                                kind: "login_new_device",
                            },
                            incident,
                        );
                    }
                    let first = pos + 300 + self.rng.u64(0..100);
                    let template = i % HIJACK_TEXTS.len();
                    self.schedule(
                        first,
                        Step::HijackPost {
                            account: a,
                            template,
                            address: address.clone(),
                        },
                        incident,
                    );
                    if i % 3 == 0 {
                        // Some accounts post twice (the second copy after the lock: takedown).
                        let second = first + 400 + self.rng.u64(0..200);
                        self.schedule(
                            second,
                            Step::HijackPost {
                                account: a,
                                template: (template + 1) % HIJACK_TEXTS.len(),
                                address: address.clone(),
                            },
                            incident,
                        );
                    }
                    pos += 150 + self.rng.u64(0..100);
                }
                if !targets.is_empty() {
                    let reactors: Vec<usize> = (self.special..self.special + FAMOUS.len())
                        .filter(|&a| matches!(self.accounts[a].role, Role::News | Role::Researcher))
                        .collect();
                    let mut rpos = pos + 300;
                    for (k, &r) in reactors.iter().enumerate() {
                        let victims: Vec<usize> = targets.iter().copied().take(2 + k % 2).collect();
                        self.schedule(
                            rpos,
                            Step::Reaction {
                                account: r,
                                template: k,
                                address: address.clone(),
                                victims,
                            },
                            incident,
                        );
                        rpos += 100 + self.rng.u64(0..200);
                    }
                }
                self.background()
            }
            Step::SecurityEvent { account, kind } => {
                self.account_event(account, kind, Kind::AccountEvent, inc)
            }
            Step::HijackPost {
                account,
                template,
                address,
            } => {
                let text = HIJACK_TEXTS[template].replace("{addr}", &address);
                let m = self.post(
                    account,
                    text.clone(),
                    "en",
                    Some(TAKEOVER_CLIENT),
                    Kind::Hijack,
                    inc,
                    None,
                );
                self.schedule_retweets(&m, text, account, incident);
                m
            }
            Step::ScamPost { account } => self.scam_post(account, inc),
            Step::Reaction {
                account,
                template,
                address,
                victims,
            } => {
                let users: Vec<String> = victims
                    .iter()
                    .map(|&v| format!("@{}", self.accounts[v].username))
                    .collect();
                let users = users.join(" and ");
                let pool = if self.accounts[account].role == Role::News {
                    NEWS_REACTIONS
                } else {
                    RESEARCHER_REACTIONS
                };
                let text = pool[template % pool.len()]
                    .replace("{users}", &users)
                    .replace("{addr}", &address);
                let m = self.post(account, text.clone(), "en", None, Kind::Reaction, inc, None);
                self.schedule_retweets(&m, text, account, incident);
                m
            }
            Step::Retweet { original, kind } => {
                let a = self.pick_ordinary();
                let text = format!(
                    "RT @{}: {}",
                    self.accounts[original.author].username,
                    truncate_chars(&original.text, 120)
                );
                self.post(a, text, "en", None, kind, inc, Some(&original))
            }
        }
    }

    /// Ordinary users retweet an incident post over the next few hundred messages.
    fn schedule_retweets(&mut self, m: &Message, text: String, author: usize, incident: u64) {
        let n = if m.kind == Kind::Hijack {
            1 + self.rng.u64(0..4)
        } else {
            self.rng.u64(0..3)
        };
        let original = Original {
            id: m.tweet_id.clone().unwrap_or_default(),
            text,
            author,
            created_at: m.event_time,
        };
        for _ in 0..n {
            let pos = self.count + 5 + self.rng.u64(0..400);
            self.schedule(
                pos,
                Step::Retweet {
                    original: Box::new(original.clone()),
                    kind: Kind::Retweet,
                },
                incident,
            );
        }
    }

    fn account_event(
        &mut self,
        a: usize,
        kind: &str,
        truth: Kind,
        incident: Option<u64>,
    ) -> Message {
        let now = self.now();
        let acc = &self.accounts[a];
        let country = ["US", "DE", "BR", "FR", "ES"][self.rng.usize(0..5)];
        let line = json!({
            "account_event": {
                "account_id": acc.id,
                "type": kind,
                "created_at": now.to_rfc3339(),
                "ip_country": country,
            }
        })
        .to_string();
        Message {
            line,
            kind: truth,
            account_id: acc.id.clone(),
            tweet_id: None,
            event_time: now,
            incident,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn post(
        &mut self,
        a: usize,
        text: String,
        lang: &str,
        client: Option<&'static str>,
        kind: Kind,
        incident: Option<u64>,
        retweet_of: Option<&Original>,
    ) -> Message {
        self.next_tweet += 1 + self.rng.u64(0..1000);
        let id = self.next_tweet.to_string();
        let now = self.now();
        let client = client.unwrap_or_else(|| {
            let acc = &self.accounts[a];
            if self.rng.f64() < 0.1 {
                acc.alt_client
            } else {
                acc.client
            }
        });
        self.accounts[a].posts += 1;
        let v1 = kind == Kind::Ordinary
            && retweet_of.is_none()
            && self.accounts[a].role == Role::Ordinary
            && self.rng.f64() < self.cfg.v1_share;
        let line = if v1 {
            self.v1_status(a, &id, &text, lang, client, now)
        } else {
            self.v2_message(a, &id, &text, lang, client, now, retweet_of)
        };
        Message {
            line,
            kind,
            account_id: self.accounts[a].id.clone(),
            tweet_id: Some(id),
            event_time: now,
            incident,
        }
    }

    fn user_v2(&self, a: usize) -> V2User<'_> {
        let acc = &self.accounts[a];
        V2User {
            id: &acc.id,
            username: &acc.username,
            name: &acc.name,
            verified: acc.verified,
            protected: false,
            created_at: acc.created_at.to_rfc3339(),
            description: acc.description,
            location: "",
            url: "",
            profile_image_url: format!(
                "https://pbs.twimg.com/profile_images/{}/avatar_normal.jpg",
                acc.id
            ),
            public_metrics: UserMetrics {
                followers_count: acc.followers,
                following_count: acc.following,
                tweet_count: 40 + u64::from(acc.posts) * 7,
                listed_count: acc.followers / 900,
            },
        }
    }

    /// A v2 stream message. Serialized from borrowed structs rather than a `json!` tree: the
    /// firehose must outrun the detector it feeds.
    #[allow(clippy::too_many_arguments)]
    fn v2_message(
        &mut self,
        a: usize,
        id: &str,
        text: &str,
        lang: &str,
        client: &str,
        now: Timestamp,
        retweet_of: Option<&Original>,
    ) -> String {
        let acc = &self.accounts[a];
        let mut users = vec![self.user_v2(a)];
        let mut tweets = None;
        let mut referenced = None;
        if let Some(o) = retweet_of {
            referenced = Some([V2Ref {
                kind: "retweeted",
                id: &o.id,
            }]);
            users.push(self.user_v2(o.author));
            tweets = Some([V2Tweet {
                id: &o.id,
                text: &o.text,
                author_id: &self.accounts[o.author].id,
                created_at: o.created_at.to_rfc3339(),
            }]);
        }
        let msg = V2Message {
            data: V2Data {
                id,
                text,
                author_id: &acc.id,
                created_at: now.to_rfc3339(),
                lang,
                source: client,
                conversation_id: id,
                possibly_sensitive: false,
                reply_settings: "everyone",
                public_metrics: PostMetrics::default(),
                edit_history_tweet_ids: [id],
                referenced_tweets: referenced,
            },
            includes: V2Includes { users, tweets },
            matching_rules: [MatchingRule {
                id: "1283000000000000001",
                tag: "firehose",
            }],
        };
        serde_json::to_string(&msg).expect("plain data serializes")
    }

    fn v1_status(
        &self,
        a: usize,
        id: &str,
        text: &str,
        lang: &str,
        client: &str,
        now: Timestamp,
    ) -> String {
        let acc = &self.accounts[a];
        json!({
            "created_at": twitter_v1_time(now),
            "id": id.parse::<u64>().unwrap_or(0),
            "id_str": id,
            "text": text,
            "truncated": false,
            "source": format!("<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">{client}</a>"),
            "in_reply_to_status_id_str": null,
            "in_reply_to_user_id_str": null,
            "user": {
                "id": acc.id.parse::<u64>().unwrap_or(0),
                "id_str": acc.id,
                "name": acc.name,
                "screen_name": acc.username,
                "verified": acc.verified,
                "followers_count": acc.followers,
                "friends_count": acc.following,
                "statuses_count": 40 + u64::from(acc.posts) * 7,
                "created_at": twitter_v1_time(acc.created_at),
                "description": acc.description,
                "protected": false,
            },
            "is_quote_status": false,
            "entities": {"hashtags": [], "urls": [], "user_mentions": []},
            "lang": lang,
        })
        .to_string()
    }
}

#[derive(Serialize)]
struct V2Message<'a> {
    data: V2Data<'a>,
    includes: V2Includes<'a>,
    matching_rules: [MatchingRule; 1],
}

#[derive(Serialize)]
struct V2Data<'a> {
    id: &'a str,
    text: &'a str,
    author_id: &'a str,
    created_at: String,
    lang: &'a str,
    source: &'a str,
    conversation_id: &'a str,
    possibly_sensitive: bool,
    reply_settings: &'static str,
    public_metrics: PostMetrics,
    edit_history_tweet_ids: [&'a str; 1],
    #[serde(skip_serializing_if = "Option::is_none")]
    referenced_tweets: Option<[V2Ref<'a>; 1]>,
}

#[derive(Serialize, Default)]
struct PostMetrics {
    retweet_count: u32,
    reply_count: u32,
    like_count: u32,
    quote_count: u32,
}

#[derive(Serialize)]
struct V2Ref<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
}

#[derive(Serialize)]
struct V2Includes<'a> {
    users: Vec<V2User<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tweets: Option<[V2Tweet<'a>; 1]>,
}

#[derive(Serialize)]
struct V2Tweet<'a> {
    id: &'a str,
    text: &'a str,
    author_id: &'a str,
    created_at: String,
}

#[derive(Serialize)]
struct V2User<'a> {
    id: &'a str,
    username: &'a str,
    name: &'a str,
    verified: bool,
    protected: bool,
    created_at: String,
    description: &'static str,
    location: &'static str,
    url: &'static str,
    profile_image_url: String,
    public_metrics: UserMetrics,
}

#[derive(Serialize)]
struct UserMetrics {
    followers_count: u64,
    following_count: u64,
    tweet_count: u64,
    listed_count: u64,
}

#[derive(Serialize)]
struct MatchingRule {
    id: &'static str,
    tag: &'static str,
}

impl Iterator for Generator {
    type Item = Message;

    /// Never `None`: the stream is endless.
    fn next(&mut self) -> Option<Message> {
        Some(self.next_full())
    }
}

/// Rewrites some words the way scammers dodge keyword lists: Cyrillic look-alike letters in
/// Latin words, leetspeak digits inside words, or zero-width spaces inside words (one trick per
/// post). Placeholders (`{addr}`) and short words are left alone.
fn obfuscate(rng: &mut fastrand::Rng, text: &str) -> String {
    let trick = rng.u8(0..3);
    let mut out = String::with_capacity(text.len() + 32);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let chars: Vec<char> = word.chars().collect();
        if word.contains('{') || chars.len() < 4 || rng.f64() < 0.4 {
            out.push_str(word);
            continue;
        }
        let last = chars.len() - 1;
        for (j, &c) in chars.iter().enumerate() {
            let inside = j > 0
                && j < last
                && chars[j - 1].is_ascii_alphabetic()
                && chars[j + 1].is_ascii_alphabetic();
            match trick {
                0 => out.push(match c {
                    'a' if j > 0 => 'а',
                    'e' if j > 0 => 'е',
                    'o' if j > 0 => 'о',
                    'c' if j > 0 => 'с',
                    'p' if j > 0 => 'р',
                    _ => c,
                }),
                1 => out.push(match c {
                    'o' if inside => '0',
                    'i' if inside => '1',
                    'e' if inside => '3',
                    _ => c,
                }),
                _ => {
                    out.push(c);
                    if j == chars.len() / 2 - 1 {
                        out.push('\u{200b}');
                    }
                }
            }
        }
    }
    out
}

fn pick<'a>(rng: &mut fastrand::Rng, xs: &[&'a str]) -> &'a str {
    xs[rng.usize(0..xs.len())]
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

fn truncate_chars(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// `Wed Jul 15 20:17:34 +0000 2020`, the v1.1 `created_at` format.
fn twitter_v1_time(t: Timestamp) -> String {
    chrono::DateTime::from_timestamp_millis(t.0)
        .unwrap_or_default()
        .format("%a %b %d %H:%M:%S +0000 %Y")
        .to_string()
}

/// A valid (checksummed where the chain has a checksum) mainnet address made from seeded
/// random bytes, so every scam account gets its own payable address.
fn make_address(rng: &mut fastrand::Rng, chain: Chain) -> String {
    let mut h = [0u8; 20];
    rng.fill(&mut h);
    let b58check = |version: u8, alphabet: &'static bs58::Alphabet| {
        bs58::encode(h)
            .with_alphabet(alphabet)
            .with_check_version(version)
            .into_string()
    };
    match chain {
        Chain::BtcBech32 => bech32::segwit::encode_v0(bech32::hrp::BC, &h)
            .expect("a 20-byte witness program is valid"),
        Chain::BtcLegacy => b58check(0x00, bs58::Alphabet::BITCOIN),
        Chain::Doge => b58check(0x1E, bs58::Alphabet::BITCOIN),
        Chain::Ltc => b58check(0x30, bs58::Alphabet::BITCOIN),
        Chain::Trx => b58check(0x41, bs58::Alphabet::BITCOIN),
        Chain::Xrp => b58check(0x00, bs58::Alphabet::RIPPLE),
        Chain::Eth => eip55(&h),
        Chain::Sol => {
            let mut k = [0u8; 32];
            rng.fill(&mut k);
            // Keep the magnitude of a real key so the base58 form has 43-44 characters.
            k[0] |= 0x10;
            bs58::encode(k).into_string()
        }
    }
}

/// `0x` + the EIP-55 mixed-case checksum form of a 20-byte address.
fn eip55(addr: &[u8; 20]) -> String {
    let hex: String = addr.iter().map(|b| format!("{b:02x}")).collect();
    let mut hash = [0u8; 32];
    let mut k = Keccak::v256();
    k.update(hex.as_bytes());
    k.finalize(&mut hash);
    let mut out = String::with_capacity(42);
    out.push_str("0x");
    for (i, c) in hex.chars().enumerate() {
        let nibble = (hash[i / 2] >> if i % 2 == 0 { 4 } else { 0 }) & 0xF;
        if c.is_ascii_alphabetic() && nibble >= 8 {
            out.push(c.to_ascii_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::detect::event::Input;
    use crate::detect::wallet::{Network, validate};
    use crate::source::decode::decode_line;

    #[test]
    fn same_seed_same_stream() {
        let mut a = Generator::new(Config::default());
        let mut b = Generator::new(Config::default());
        for _ in 0..20_000 {
            assert_eq!(a.next_message(), b.next_message());
        }
        let mut c = Generator::new(Config {
            seed: 7,
            ..Config::default()
        });
        assert_ne!(a.next_message(), c.next_message());
    }

    #[test]
    fn mix_follows_the_config() {
        let mut g = Generator::new(Config {
            scam: 0.1,
            crypto_talk: 0.2,
            scenario: Scenario::Quiet,
            ..Config::default()
        });
        let n = 5000;
        let mut scams = 0;
        let mut talk = 0;
        for _ in 0..n {
            let (m, k) = g.next_message();
            if k != Kind::AccountEvent {
                assert!(m.len() > 600, "realistic size: {}", m.len());
            }
            match k {
                Kind::Scam => scams += 1,
                Kind::CryptoTalk => talk += 1,
                _ => {}
            }
        }
        assert!((400..600).contains(&scams), "{scams}");
        // Crypto talk: the configured share plus the exchanges' own posts.
        assert!((850..1150).contains(&talk), "{talk}");
    }

    #[test]
    fn generated_addresses_are_valid_mainnet_addresses() {
        let mut rng = fastrand::Rng::with_seed(1);
        for &(coin, chain) in COINS {
            for _ in 0..50 {
                let a = make_address(&mut rng, chain);
                let (_, network, _) =
                    validate(&a).unwrap_or_else(|| panic!("{coin} address {a} must validate"));
                assert_eq!(network, Network::Mainnet, "{a}");
            }
        }
    }

    #[test]
    fn every_message_decodes_and_time_only_moves_forward() {
        let mut g = Generator::new(Config::default());
        let mut last = Timestamp(0);
        let mut kinds: HashMap<Kind, usize> = HashMap::new();
        for _ in 0..TAKEOVER_AT + 3_000 {
            let m = g.next_full();
            let input = decode_line(m.line.as_bytes())
                .unwrap_or_else(|e| panic!("{e}: {}", m.line))
                .expect("not blank");
            match (&input, m.kind) {
                (Input::AccountEvent(e), Kind::AccountEvent) => {
                    assert_eq!(e.account_id, m.account_id)
                }
                (Input::Post(p), k) if k != Kind::AccountEvent => {
                    assert_eq!(p.author.id, m.account_id);
                    // v1.1 statuses carry whole seconds.
                    assert!((m.event_time.0 - p.created_at.0) < 1000, "{}", m.line);
                    assert_eq!(p.is_retweet(), k == Kind::Retweet, "{}", m.line);
                }
                _ => panic!("{:?} decoded as {input:?}", m.kind),
            }
            assert!(m.event_time >= last);
            last = m.event_time;
            *kinds.entry(m.kind).or_default() += 1;
        }
        // At the default rate of 200/s, 18,000 messages span about a minute and a half.
        let span = last.0 - Config::default().start.0;
        assert!((80_000..100_000).contains(&span), "{span} ms");
        for k in [
            Kind::Ordinary,
            Kind::CryptoTalk,
            Kind::Scam,
            Kind::Hijack,
            Kind::Reaction,
            Kind::Retweet,
            Kind::AccountEvent,
        ] {
            assert!(
                kinds.get(&k).copied().unwrap_or(0) > 0,
                "no {k:?}: {kinds:?}"
            );
        }
        // One takeover of six accounts (some post twice).
        let hijacks = kinds[&Kind::Hijack];
        assert!((6..=8).contains(&hijacks), "{hijacks}");
    }

    #[test]
    fn scenarios_parse_and_shape_the_stream() {
        for s in Scenario::ALL {
            assert_eq!(s.as_str().parse::<Scenario>(), Ok(s));
        }
        assert!("nope".parse::<Scenario>().is_err());
        let count = |scenario, n| {
            let mut g = Generator::new(Config {
                scenario,
                scam: 0.0,
                ..Config::default()
            });
            let mut c: HashMap<Kind, usize> = HashMap::new();
            for _ in 0..n {
                *c.entry(g.next_full().kind).or_default() += 1;
            }
            c
        };
        let quiet = count(Scenario::Quiet, CYCLE);
        assert_eq!(quiet.get(&Kind::Scam), None);
        assert_eq!(quiet.get(&Kind::Hijack), None);
        let takeover = count(Scenario::Takeover, 3_000);
        assert!(
            takeover.get(&Kind::Hijack).copied().unwrap_or(0) >= 4,
            "{takeover:?}"
        );
        assert_eq!(takeover.get(&Kind::Scam), None);
        let waves = count(Scenario::ScamAccounts, CYCLE);
        assert!(
            waves.get(&Kind::Scam).copied().unwrap_or(0) >= 4,
            "{waves:?}"
        );
        assert_eq!(waves.get(&Kind::Hijack), None);
    }

    #[test]
    fn takeovers_never_run_dry() {
        let mut g = Generator::new(Config {
            scenario: Scenario::Takeover,
            ..Config::default()
        });
        // 14 famous accounts and exchanges: the third takeover has to start over.
        let mut per_cycle = [0usize; 3];
        for _ in 0..2 * CYCLE + TAKEOVER_AT + 2_000 {
            let m = g.next_full();
            if m.kind == Kind::Hijack {
                per_cycle[m.incident.expect("incident post") as usize] += 1;
            }
        }
        assert!(
            per_cycle.iter().all(|n| *n >= TAKEOVER_TARGETS),
            "{per_cycle:?}"
        );
    }

    #[test]
    fn obfuscation_keeps_placeholders_and_uses_each_trick() {
        let mut rng = fastrand::Rng::with_seed(3);
        let t = "Send BTC to the address below and I will send back double {addr}";
        let mut seen = [false; 3];
        for _ in 0..60 {
            let o = obfuscate(&mut rng, t);
            assert!(o.ends_with(" {addr}"), "{o}");
            seen[0] |= o.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c));
            seen[1] |= o.contains("d0uble") || o.contains("s3nd") || o.contains("b3low");
            seen[2] |= o.contains('\u{200b}');
        }
        assert_eq!(seen, [true; 3]);
    }
}
