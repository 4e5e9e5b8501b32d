//! Synthetic traffic: a seeded, deterministic stream of realistic posts.
//!
//! Used by the benchmarks (and the firehose built on it) where real traffic is needed but
//! cannot be shipped: a population of accounts (most small, a few huge), ordinary chatter in
//! several languages, crypto talk that is not a scam, and now and then a scam post. Every message
//! is a Twitter API v2 stream message with its `includes.users` object, the size real messages
//! have. The same seed gives the same stream, byte for byte.

use serde_json::json;

use crate::event::Timestamp;

/// What kind of post a generated message is (for benchmarks that assert their counts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Ordinary,
    CryptoTalk,
    Scam,
}

/// Settings of a generator.
#[derive(Clone, Debug)]
pub struct Config {
    pub seed: u64,
    pub accounts: usize,
    /// Event time of the first post, ms.
    pub start: Timestamp,
    /// Mean event-time gap between posts, ms.
    pub mean_gap_ms: u64,
    /// Share of crypto talk that is not a scam (0..1).
    pub crypto_talk: f64,
    /// Share of scam posts (0..1).
    pub scam: f64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            seed: 20_200_715,
            accounts: 10_000,
            start: Timestamp(1_594_771_200_000), // 2020-07-15T00:00:00Z
            mean_gap_ms: 5,
            crypto_talk: 0.03,
            scam: 0.002,
        }
    }
}

struct Account {
    id: u64,
    username: String,
    name: String,
    followers: u64,
    verified: bool,
    created_at: Timestamp,
    client: &'static str,
    lang: usize,
}

/// The generator.
pub struct Generator {
    rng: fastrand::Rng,
    cfg: Config,
    accounts: Vec<Account>,
    now: i64,
    next_id: u64,
}

const CLIENTS: &[&str] = &[
    "Twitter for iPhone",
    "Twitter for Android",
    "Twitter Web App",
    "TweetDeck",
    "Hootsuite Inc.",
    "Sprinklr",
];

const LANGS: &[&str] = &["en", "es", "fr", "de", "pt"];

const ORDINARY: &[&[&str]] = &[
    &[
        "Just finished a long run along the river, legs are done but what a view this morning",
        "Can't believe the game last night, that last minute goal was unreal #football",
        "Reading a great book on the history of navigation, highly recommend it to anyone curious",
        "Our team is hiring backend engineers, come build with us, link in bio",
        "Coffee first, emails later. Happy Wednesday everyone!",
        "The new season drops on Friday and I already cleared my weekend",
        "Thank you all for the kind messages, we are overwhelmed by the support from this community",
        "Traffic on the bridge is terrible again, leave early if you can",
    ],
    &[
        "Qué partido anoche, no me lo puedo creer, vamos equipo",
        "Terminando el informe del trimestre, por fin viernes",
        "Gracias a todos por los mensajes de cumpleaños, sois los mejores",
    ],
    &[
        "Quelle belle journée à Paris, petit café en terrasse avant le travail",
        "Merci à toute l'équipe pour ce lancement réussi, vous êtes incroyables",
        "Le match de ce soir va être serré, qui regarde ?",
    ],
    &[
        "Endlich Wochenende, heute geht es in die Berge zum Wandern",
        "Danke an alle für die tollen Glückwünsche zum Jubiläum",
        "Der Zug hat wieder Verspätung, typisch Montag",
    ],
    &[
        "Que jogo incrível ontem à noite, ainda estou sem acreditar",
        "Bom dia! Café, música e muito trabalho pela frente",
        "Obrigado a todos pelo carinho nas mensagens de hoje",
    ],
];

const CRYPTO_TALK: &[&str] = &[
    "BTC doubled since March, what a run for the whole market this year",
    "Bitcoin hashrate hits a new all time high according to the latest data",
    "Just moved my coins to a hardware wallet, not your keys not your coins",
    "ETH gas fees are brutal today, waiting for the weekend to make any transfers",
    "Reminder: nobody will ever double your crypto, giveaways asking you to send first are scams",
    "Our exchange will list two new tokens on Friday, details on the blog",
];

const SCAM: &[&str] = &[
    "I'm giving back to the community. All Bitcoin sent to the address below will be sent back doubled! If you send $1,000, I will send back $2,000. Only doing this for 30 minutes. {addr}",
    "Everyone is asking me to give back, and now is the time. I am doubling all payments sent to my BTC address for the next 30 minutes. You send $1,000, I send you back $2,000. {addr}",
    "We are giving back to our community. We support Bitcoin and we believe you should too! All Bitcoin sent to our address below will be sent back to you doubled! {addr}",
];

const SCAM_ADDRESSES: &[&str] = &[
    "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
];

impl Generator {
    pub fn new(cfg: Config) -> Self {
        let mut rng = fastrand::Rng::with_seed(cfg.seed);
        let accounts = (0..cfg.accounts.max(1))
            .map(|i| {
                // Heavy tail: most accounts have a few hundred followers, a few have millions.
                let tail = rng.f64().powi(6);
                let followers = (50.0 + tail * 50_000_000.0) as u64;
                Account {
                    id: 1_000_000 + i as u64,
                    username: format!("user{i}"),
                    name: format!("User Number {i}"),
                    followers,
                    verified: followers > 1_000_000 || rng.f64() < 0.01,
                    created_at: Timestamp(
                        cfg.start.0 - (30 + rng.u64(0..4000)) as i64 * Timestamp::DAY,
                    ),
                    client: CLIENTS[rng.usize(0..CLIENTS.len())],
                    lang: if rng.f64() < 0.7 {
                        0
                    } else {
                        rng.usize(0..LANGS.len())
                    },
                }
            })
            .collect();
        Generator {
            now: cfg.start.0,
            next_id: 1_283_000_000_000_000_000,
            rng,
            accounts,
            cfg,
        }
    }

    /// The next message as one JSON line (no newline), and what kind of post it is.
    pub fn next_message(&mut self) -> (String, Kind) {
        let gap = self.cfg.mean_gap_ms.max(1);
        self.now += self.rng.u64(0..=2 * gap) as i64;
        self.next_id += 1 + self.rng.u64(0..1000);
        let a = &self.accounts[self.rng.usize(0..self.accounts.len())];
        let roll = self.rng.f64();
        let (kind, text, lang) = if roll < self.cfg.scam {
            let t = SCAM[self.rng.usize(0..SCAM.len())];
            let addr = SCAM_ADDRESSES[self.rng.usize(0..SCAM_ADDRESSES.len())];
            (Kind::Scam, t.replace("{addr}", addr), "en")
        } else if roll < self.cfg.scam + self.cfg.crypto_talk {
            let t = CRYPTO_TALK[self.rng.usize(0..CRYPTO_TALK.len())];
            (Kind::CryptoTalk, t.to_string(), "en")
        } else {
            let pool = ORDINARY[a.lang];
            let t = pool[self.rng.usize(0..pool.len())];
            (Kind::Ordinary, t.to_string(), LANGS[a.lang])
        };
        let created = Timestamp(self.now).to_rfc3339();
        let msg = json!({
            "data": {
                "id": self.next_id.to_string(),
                "text": text,
                "author_id": a.id.to_string(),
                "created_at": created,
                "lang": lang,
                "source": a.client,
                "conversation_id": self.next_id.to_string(),
                "possibly_sensitive": false,
                "reply_settings": "everyone",
                "public_metrics": {"retweet_count": 0, "reply_count": 0, "like_count": 0, "quote_count": 0},
                "edit_history_tweet_ids": [self.next_id.to_string()],
            },
            "includes": {
                "users": [{
                    "id": a.id.to_string(),
                    "username": a.username,
                    "name": a.name,
                    "verified": a.verified,
                    "protected": false,
                    "created_at": a.created_at.to_rfc3339(),
                    "description": "Opinions are my own. Coffee, code and long walks. Building things on the internet since forever.",
                    "location": "Somewhere on Earth",
                    "url": "",
                    "profile_image_url": format!("https://pbs.twimg.com/profile_images/{}/avatar_normal.jpg", a.id),
                    "public_metrics": {
                        "followers_count": a.followers,
                        "following_count": 321,
                        "tweet_count": 4567,
                        "listed_count": 12
                    }
                }]
            },
            "matching_rules": [{"id": "1283000000000000001", "tag": "firehose"}]
        });
        (msg.to_string(), kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let mut a = Generator::new(Config::default());
        let mut b = Generator::new(Config::default());
        for _ in 0..100 {
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
            ..Config::default()
        });
        let n = 5000;
        let mut scams = 0;
        let mut talk = 0;
        for _ in 0..n {
            let (m, k) = g.next_message();
            assert!(m.len() > 800, "realistic size: {}", m.len());
            match k {
                Kind::Scam => scams += 1,
                Kind::CryptoTalk => talk += 1,
                Kind::Ordinary => {}
            }
        }
        assert!((400..600).contains(&scams), "{scams}");
        assert!((900..1100).contains(&talk), "{talk}");
    }
}
