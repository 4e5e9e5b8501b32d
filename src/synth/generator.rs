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

use crate::detect::event::{Platform, Timestamp};
use crate::synth::address::{COINS, Chain, make_address};
use crate::synth::networks;
use crate::synth::obfuscate::obfuscate;
use crate::synth::population::{Account, FAMOUS, Role, TAKEOVER_CLIENT, population, scam_account};
use crate::synth::texts::{
    CRYPTO_TALK, EXCHANGE_TALK, HIJACK_TEXTS, LANGS, NEWS_REACTIONS, NEWS_TALK, ORDINARY,
    RESEARCHER_REACTIONS, RESEARCHER_TALK, SCAM_TEXTS, pick, truncate_chars,
};
use crate::synth::wire::{self, Original};

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
    /// The network whose wire forms the stream speaks: Twitter (API v2 and v1.1, account
    /// security events), Bluesky (Jetstream events) or Mastodon (streaming `update` frames).
    /// The same seed gives the same scenario on each: the same accounts, texts, incidents
    /// and event times; only the messages' shape and ids differ.
    pub platform: Platform,
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
            platform: Platform::Twitter,
        }
    }
}

/// One generated message and its ground truth.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The JSON line (no newline).
    pub line: String,
    pub kind: Kind,
    /// The author of a post, or the account of an account event (a user id, a DID or
    /// `user@host`, as scamwatch names the account).
    pub account_id: String,
    /// The post id (`None` for account events): a tweet id, an AT-URI or a status `uri`.
    pub tweet_id: Option<String>,
    pub event_time: Timestamp,
    /// Number of the incident cycle this message belongs to, for incident messages.
    pub incident: Option<u64>,
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
    /// Mastodon: the last status id given (snowflakes: `ms << 16`, strictly increasing).
    last_status: u64,
    /// Bluesky: the sequence number of the last identity event.
    identity_seq: u64,
}

impl Generator {
    pub fn new(cfg: Config) -> Self {
        let mut rng = fastrand::Rng::with_seed(cfg.seed);
        let start = cfg.start.0;
        let special = cfg.accounts.max(1);
        let accounts = population(&mut rng, special, start);
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
            last_status: 0,
            identity_seq: 1_409_752_000,
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

    /// The event time of the last message, in microseconds (Jetstream's `time_us`).
    pub fn last_time_us(&self) -> i64 {
        self.now_us()
    }

    /// Accounts made so far (the population, then each new scam account).
    pub fn accounts_made(&self) -> usize {
        self.accounts.len()
    }

    /// The Bluesky profiles (`app.bsky.actor.getProfile` answers: DID and JSON) of the
    /// accounts made from number `from` on, for a profile directory beside the stream.
    pub fn bluesky_profiles(&self, from: usize) -> Vec<(String, String)> {
        self.accounts
            .get(from..)
            .unwrap_or_default()
            .iter()
            .map(|a| (networks::did(&a.id), networks::bluesky_profile(a)))
            .collect()
    }

    /// The next message as one JSON line (no newline), and what kind of message it is.
    pub fn next_message(&mut self) -> (String, Kind) {
        let m = self.next_full();
        (m.line, m.kind)
    }

    /// The next message with its ground truth.
    pub fn next_full(&mut self) -> Message {
        loop {
            let m = self.next_any();
            // Mastodon's streaming API carries no account events: generated (the stream stays
            // the same scenario, draw for draw), not sent.
            if !(self.cfg.platform == Platform::Mastodon && m.kind == Kind::AccountEvent) {
                return m;
            }
        }
    }

    fn next_any(&mut self) -> Message {
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

    /// Event time in microseconds (Jetstream's `time_us`).
    fn now_us(&self) -> i64 {
        (self.now_ns / 1_000) as i64
    }

    /// The id scamwatch gives account `a` on the stream's platform.
    fn account_name(&self, a: usize) -> String {
        let acc = &self.accounts[a];
        match self.cfg.platform {
            Platform::Twitter => acc.id.clone(),
            Platform::Bluesky => networks::did(&acc.id),
            Platform::Mastodon => networks::mastodon_acct(acc),
        }
    }

    /// A new Mastodon status id: a snowflake of the event time, strictly increasing.
    fn next_status_id(&mut self) -> u64 {
        let id = ((self.now().0.max(0) as u64) << 16).max(self.last_status + 1);
        self.last_status = id;
        id
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
            return self.special_post();
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

    /// A famous, exchange, news or researcher account posting on its own topics.
    fn special_post(&mut self) -> Message {
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
        self.post(a, text, "en", None, kind, None, None)
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
        let now = self.now();
        let account = scam_account(&mut self.rng, self.next_scam_account, now);
        self.accounts.push(account);
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

    /// Runs a scheduled step: the message it posts (background traffic for the steps that
    /// only schedule others).
    fn run_step(&mut self, step: Step, incident: u64) -> Message {
        let inc = Some(incident);
        match step {
            Step::ScamWave => {
                self.schedule_scam_wave(incident);
                self.background()
            }
            Step::TakeoverStart => {
                self.schedule_takeover(incident);
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
                let client = Some(TAKEOVER_CLIENT);
                self.incident_post(account, text, client, Kind::Hijack, incident)
            }
            Step::ScamPost { account } => self.scam_post(account, inc),
            Step::Reaction {
                account,
                template,
                address,
                victims,
            } => {
                let text = self.reaction_text(account, template, &address, &victims);
                self.incident_post(account, text, None, Kind::Reaction, incident)
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

    /// A wave of fresh scam accounts, each posting one to three times over the next messages.
    fn schedule_scam_wave(&mut self, incident: u64) {
        let n = 4 + self.rng.usize(0..4);
        let mut pos = self.count + 50;
        for _ in 0..n {
            let a = self.new_scam_account();
            for _ in 0..1 + self.rng.usize(0..3) {
                self.schedule(pos, Step::ScamPost { account: a }, incident);
                pos += 40 + self.rng.u64(0..200);
            }
        }
    }

    /// Picks a takeover's targets and one campaign address, and schedules the targets'
    /// security events and scam posts, then news and researchers reacting.
    fn schedule_takeover(&mut self, incident: u64) {
        let targets = self.takeover_targets();
        let address = make_address(&mut self.rng, Chain::BtcBech32);
        let mut pos = self.count + 1;
        for (i, &a) in targets.iter().enumerate() {
            self.hijacked.push(a);
            self.schedule_hijack(i, a, pos, &address, incident);
            pos += 150 + self.rng.u64(0..100);
        }
        if !targets.is_empty() {
            self.schedule_reactions(&targets, pos + 300, &address, incident);
        }
    }

    /// Up to [`TAKEOVER_TARGETS`] famous accounts and exchanges with enough history, each
    /// taken over once until all were.
    fn takeover_targets(&mut self) -> Vec<usize> {
        let mut targets = self.takeover_candidates();
        if targets.len() < TAKEOVER_TARGETS && !self.hijacked.is_empty() {
            // Every famous account was taken over once: start over, so the stream
            // stays endless (a second takeover of an account within the lock dedupe
            // window is a takedown under the open lock).
            self.hijacked.clear();
            targets = self.takeover_candidates();
        }
        self.rng.shuffle(&mut targets);
        targets.truncate(TAKEOVER_TARGETS);
        targets.sort_unstable();
        targets
    }

    fn takeover_candidates(&self) -> Vec<usize> {
        (self.special..self.special + FAMOUS.len())
            .filter(|&a| {
                let acc = &self.accounts[a];
                matches!(acc.role, Role::Famous | Role::Exchange)
                    && acc.posts >= MIN_TARGET_POSTS
                    && !self.hijacked.contains(&a)
            })
            .collect()
    }

    /// The `i`th target `a` of a takeover: security events at `pos`, then its scam post (two
    /// for some) a few hundred messages later.
    fn schedule_hijack(&mut self, i: usize, a: usize, pos: u64, address: &str, incident: u64) {
        // Security events "minutes" (hundreds of messages) before the first post.
        let kind = ["password_reset", "email_changed", "mfa_disabled"][i % 3];
        self.schedule(pos, Step::SecurityEvent { account: a, kind }, incident);
        if i.is_multiple_of(2) {
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
                address: address.to_string(),
            },
            incident,
        );
        if i.is_multiple_of(3) {
            // Some accounts post twice (the second copy after the lock: takedown).
            let second = first + 400 + self.rng.u64(0..200);
            self.schedule(
                second,
                Step::HijackPost {
                    account: a,
                    template: (template + 1) % HIJACK_TEXTS.len(),
                    address: address.to_string(),
                },
                incident,
            );
        }
    }

    /// Every news and researcher account reacts to the takeover of `targets`, from `pos` on.
    fn schedule_reactions(&mut self, targets: &[usize], pos: u64, address: &str, incident: u64) {
        let reactors: Vec<usize> = (self.special..self.special + FAMOUS.len())
            .filter(|&a| matches!(self.accounts[a].role, Role::News | Role::Researcher))
            .collect();
        let mut rpos = pos;
        for (k, &r) in reactors.iter().enumerate() {
            let victims: Vec<usize> = targets.iter().copied().take(2 + k % 2).collect();
            self.schedule(
                rpos,
                Step::Reaction {
                    account: r,
                    template: k,
                    address: address.to_string(),
                    victims,
                },
                incident,
            );
            rpos += 100 + self.rng.u64(0..200);
        }
    }

    /// A news or researcher account's warning about the takeover of `victims`.
    fn reaction_text(
        &self,
        account: usize,
        template: usize,
        address: &str,
        victims: &[usize],
    ) -> String {
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
        pool[template % pool.len()]
            .replace("{users}", &users)
            .replace("{addr}", address)
    }

    /// A post of an incident that ordinary users go on to retweet.
    fn incident_post(
        &mut self,
        account: usize,
        text: String,
        client: Option<&'static str>,
        kind: Kind,
        incident: u64,
    ) -> Message {
        let m = self.post(
            account,
            text.clone(),
            "en",
            client,
            kind,
            Some(incident),
            None,
        );
        self.schedule_retweets(&m, text, account, incident);
        m
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
        let country = ["US", "DE", "BR", "FR", "ES"][self.rng.usize(0..5)];
        let acc = &self.accounts[a];
        let line = match self.cfg.platform {
            Platform::Twitter => wire::account_event(&acc.id, kind, now, country),
            // Jetstream shows no password or login events: what a takeover changes on the
            // network is the identity (a new handle or key).
            Platform::Bluesky => {
                self.identity_seq += 1;
                let did = networks::did(&acc.id);
                networks::jetstream_identity(
                    &did,
                    &networks::handle(acc),
                    self.now_us(),
                    self.identity_seq,
                    now,
                )
            }
            // Dropped by `next_full`.
            Platform::Mastodon => String::new(),
        };
        Message {
            line,
            kind: truth,
            account_id: self.account_name(a),
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
        let (line, id) = match self.cfg.platform {
            Platform::Twitter => {
                let fields = wire::PostFields {
                    author: &self.accounts[a],
                    id: &id,
                    text: &text,
                    lang,
                    client,
                    now,
                };
                let line = if v1 {
                    wire::v1_status(&fields)
                } else {
                    let retweet_of = retweet_of.map(|o| (o, &self.accounts[o.author]));
                    wire::v2_message(&fields, retweet_of)
                };
                (line, id)
            }
            Platform::Bluesky => {
                let did = networks::did(&self.accounts[a].id);
                let time_us = self.now_us();
                let rkey = networks::tid(time_us, self.count);
                let uri = networks::at_uri(&did, retweet_of.is_some(), &rkey);
                let line = match retweet_of {
                    Some(o) => networks::jetstream_repost(&did, time_us, &rkey, &o.id, now),
                    None => networks::jetstream_post(&did, time_us, &rkey, &text, lang, now),
                };
                (line, uri)
            }
            Platform::Mastodon => {
                let status_id = self.next_status_id();
                let reblog = retweet_of.map(|o| {
                    let author = &self.accounts[o.author];
                    let original_id =
                        o.id.rsplit('/')
                            .next()
                            .and_then(|i| i.parse().ok())
                            .unwrap_or(0);
                    networks::mastodon_status(
                        author,
                        original_id,
                        &o.text,
                        "en",
                        author.client,
                        o.created_at,
                        None,
                    )
                });
                let acc = &self.accounts[a];
                let status =
                    networks::mastodon_status(acc, status_id, &text, lang, client, now, reblog);
                (
                    networks::mastodon_update(&status),
                    networks::mastodon_uri(acc, status_id),
                )
            }
        };
        Message {
            line,
            kind,
            account_id: self.account_name(a),
            tweet_id: Some(id),
            event_time: now,
            incident,
        }
    }
}

impl Iterator for Generator {
    type Item = Message;

    /// Never `None`: the stream is endless.
    fn next(&mut self) -> Option<Message> {
        Some(self.next_full())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::detect::event::Input;
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

    /// The Twitter stream is pinned byte for byte: benchmarks, `models/train.sh` and the
    /// tests' fixtures depend on it (the platform modes must not move it). FNV-1a of the
    /// first 35,000 lines of the default stream, as `scamwatch firehose --stdout --count
    /// 35000 --rate 200` writes them (one takeover and one scam wave included).
    #[test]
    fn the_twitter_stream_stays_byte_identical() {
        let mut g = Generator::new(Config::default());
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |b: &[u8]| {
            for &x in b {
                h = (h ^ u64::from(x)).wrapping_mul(0x100_0000_01b3);
            }
        };
        for _ in 0..35_000 {
            eat(g.next_message().0.as_bytes());
            eat(b"\n");
        }
        assert_eq!(h, 0x7347_cd50_35d6_3af7);
    }

    /// The same seed on Bluesky and Mastodon: the same scenario (the same kinds of message at
    /// the same positions, but Mastodon's account events, which its API does not carry),
    /// every message decoding to a post or account event of that platform's shape.
    #[test]
    fn platform_streams_play_the_same_scenario() {
        let cfg = |platform| Config {
            scenario: Scenario::Takeover,
            platform,
            ..Config::default()
        };
        let twitter: Vec<Message> = Generator::new(cfg(Platform::Twitter)).take(3_000).collect();
        let bluesky: Vec<Message> = Generator::new(cfg(Platform::Bluesky)).take(3_000).collect();
        let kinds = |ms: &[Message]| {
            ms.iter()
                .map(|m| (m.kind, m.event_time))
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds(&twitter), kinds(&bluesky));
        let mastodon: Vec<Message> = Generator::new(cfg(Platform::Mastodon))
            .take(2_000)
            .collect();
        let no_events: Vec<_> = twitter
            .iter()
            .filter(|m| m.kind != Kind::AccountEvent)
            .take(2_000)
            .map(|m| (m.kind, m.event_time))
            .collect();
        assert_eq!(kinds(&mastodon), no_events);
        let mut hijacks = 0;
        for (m, platform) in bluesky
            .iter()
            .map(|m| (m, Platform::Bluesky))
            .chain(mastodon.iter().map(|m| (m, Platform::Mastodon)))
        {
            match decode_line(m.line.as_bytes()) {
                Ok(Some(Input::Post(p))) => {
                    assert_eq!(p.platform, platform);
                    assert_eq!(p.author.id, m.account_id, "{}", m.line);
                    assert_eq!(Some(&p.id), m.tweet_id.as_ref());
                    assert_eq!(p.created_at, m.event_time);
                    assert_eq!(p.is_retweet(), m.kind == Kind::Retweet);
                    hijacks += usize::from(m.kind == Kind::Hijack);
                }
                Ok(Some(Input::AccountEvent(e))) => {
                    assert_eq!(platform, Platform::Bluesky);
                    assert_eq!(e.account_id, m.account_id);
                    assert_eq!(m.kind, Kind::AccountEvent);
                }
                // A Bluesky repost is a record of another collection: counted, not a post.
                Err(e) if e.is_ignored() => {
                    assert_eq!((platform, m.kind), (Platform::Bluesky, Kind::Retweet));
                    assert!(m.line.contains("app.bsky.feed.repost"));
                }
                other => panic!("{other:?}: {}", m.line),
            }
        }
        assert!(hijacks >= 8, "{hijacks}");
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
}
