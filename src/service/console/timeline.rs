//! The console's memory of accounts' recent posts: what the alert detail's timeline and
//! account card show, and where a campaign's posts are found.
//!
//! The detector keeps counters and baselines per account (a few hundred bytes each,
//! docs/performance.md), not posts, and should not grow for a page. So the console keeps its
//! own bounded store, fed by the detector thread after each post is decided (only in
//! `serve` with a `[console]`; `replay` and the backtests never build one):
//!
//! - per account, a ring of the newest `timeline_posts` post summaries (id, event time, the
//!   first [`EXCERPT_CHARS`] characters of the text, client, crypto/wallet/retweet, content
//!   score, the action taken), the author as the latest post described it (username,
//!   followers, verified, creation date), and the event time of the first crypto post the
//!   store saw;
//! - at most `timeline_accounts` accounts, the least recently posting one evicted first.
//!
//! Both evictions are counted (`scamwatch_console_timeline_evictions_total`). The store lives
//! in memory: a restart starts it empty (the detector's own history and the record log do
//! survive). One mutex guards it; the detector thread holds it for one insertion per post,
//! readers (an alert being opened) for one copy.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use serde::Serialize;

use crate::detect::detector::Decision;
use crate::detect::event::{Post, Timestamp};
use crate::detect::record::Action;

/// Characters of a post's text kept in its summary.
pub const EXCERPT_CHARS: usize = 100;

/// Distinct client names shared between summaries (more are stored per post).
const MAX_CLIENTS: usize = 1024;

const NIL: u32 = u32::MAX;

/// One post as the timeline shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PostSummary {
    pub id: Box<str>,
    pub at: Timestamp,
    /// The first [`EXCERPT_CHARS`] characters of the text (`…` when cut).
    pub text: Box<str>,
    #[serde(serialize_with = "opt_str")]
    pub client: Option<Arc<str>>,
    /// What the detector's history counts as a crypto post (a retweet never is).
    pub crypto: bool,
    /// A payable wallet address in the post.
    pub wallet: bool,
    pub retweet: bool,
    /// The content score (0 when nothing matched).
    pub score: f32,
    /// The alert's action, if an alert was emitted.
    pub action: Option<Action>,
}

/// The author as its latest post described it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Profile {
    pub username: Option<Box<str>>,
    pub display_name: Option<Box<str>>,
    pub followers: Option<u64>,
    pub verified: Option<bool>,
    /// When the account was created.
    pub created_at: Option<Timestamp>,
}

/// What the store knows of one account, newest post first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AccountTimeline {
    pub profile: Profile,
    /// The latest post's client.
    #[serde(serialize_with = "opt_str")]
    pub client: Option<Arc<str>>,
    /// Event time of the first post the store saw of this account.
    pub since: Timestamp,
    /// Event time of the first crypto post the store saw (its ring may have moved past it).
    pub first_crypto_post: Option<Timestamp>,
    /// Posts seen, and how many of them are no longer in the ring.
    pub posts_seen: u32,
    pub posts_dropped: u32,
    pub posts: Vec<PostSummary>,
}

/// What one insertion evicted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Evicted {
    pub accounts: u64,
    pub posts: u64,
}

struct Slot {
    key: Arc<str>,
    profile: Profile,
    since: Timestamp,
    first_crypto: Option<Timestamp>,
    posts_seen: u32,
    posts: VecDeque<PostSummary>,
    /// The LRU list: towards the most recent, towards the least recent.
    newer: u32,
    older: u32,
}

/// The store: accounts in a map, ordered by their latest post in an intrusive list.
pub struct Timelines {
    max_accounts: usize,
    max_posts: usize,
    index: HashMap<Arc<str>, u32>,
    slots: Vec<Slot>,
    /// Most and least recently posting accounts.
    newest: u32,
    oldest: u32,
    clients: HashMap<Box<str>, Arc<str>>,
}

impl Timelines {
    /// A store of at most `accounts` accounts with `posts` posts each (0 and 0: keeps nothing).
    pub fn new(accounts: usize, posts: usize) -> Timelines {
        let accounts = accounts.min(NIL as usize - 1);
        Timelines {
            max_accounts: accounts,
            max_posts: posts,
            index: HashMap::with_capacity(accounts.min(65_536)),
            slots: Vec::new(),
            newest: NIL,
            oldest: NIL,
            clients: HashMap::new(),
        }
    }

    /// Accounts kept.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// A decided post: its summary goes into its author's ring.
    pub fn record(&mut self, post: &Post, decision: &Decision) -> Evicted {
        if self.max_accounts == 0 || self.max_posts == 0 {
            return Evicted::default();
        }
        let client = post.source.as_deref().map(|c| self.client(c));
        let summary = PostSummary {
            id: post.id.as_str().into(),
            at: post.created_at,
            text: excerpt(&post.text),
            client,
            crypto: decision.crypto && !post.is_retweet(),
            wallet: decision.wallet.payable,
            retweet: post.is_retweet(),
            score: decision.content_score as f32,
            action: decision.action,
        };
        self.push(post, summary)
    }

    fn client(&mut self, name: &str) -> Arc<str> {
        if let Some(c) = self.clients.get(name) {
            return Arc::clone(c);
        }
        let c: Arc<str> = Arc::from(name);
        if self.clients.len() < MAX_CLIENTS {
            self.clients.insert(name.into(), Arc::clone(&c));
        }
        c
    }

    fn push(&mut self, post: &Post, summary: PostSummary) -> Evicted {
        let mut evicted = Evicted::default();
        let i = match self.index.get(post.author.id.as_str()) {
            Some(&i) => {
                self.unlink(i);
                i
            }
            None => {
                let key: Arc<str> = Arc::from(post.author.id.as_str());
                let slot = Slot {
                    key: Arc::clone(&key),
                    profile: Profile::default(),
                    since: summary.at,
                    first_crypto: None,
                    posts_seen: 0,
                    posts: VecDeque::new(),
                    newer: NIL,
                    older: NIL,
                };
                let i = if self.index.len() < self.max_accounts {
                    self.slots.push(slot);
                    (self.slots.len() - 1) as u32
                } else {
                    // Full: the least recently posting account makes room.
                    let i = self.oldest;
                    self.unlink(i);
                    let old = std::mem::replace(&mut self.slots[i as usize], slot);
                    self.index.remove(&old.key);
                    evicted.accounts = 1;
                    i
                };
                self.index.insert(key, i);
                i
            }
        };
        self.link_newest(i);
        let max_posts = self.max_posts;
        let s = &mut self.slots[i as usize];
        update_profile(&mut s.profile, post);
        s.since = s.since.min(summary.at);
        if summary.crypto {
            s.first_crypto = Some(s.first_crypto.map_or(summary.at, |t| t.min(summary.at)));
        }
        s.posts_seen = s.posts_seen.saturating_add(1);
        if s.posts.len() == max_posts {
            s.posts.pop_front();
            evicted.posts = 1;
        }
        s.posts.push_back(summary);
        evicted
    }

    fn unlink(&mut self, i: u32) {
        let (newer, older) = {
            let s = &self.slots[i as usize];
            (s.newer, s.older)
        };
        if newer == NIL {
            self.newest = older;
        } else {
            self.slots[newer as usize].older = older;
        }
        if older == NIL {
            self.oldest = newer;
        } else {
            self.slots[older as usize].newer = newer;
        }
    }

    fn link_newest(&mut self, i: u32) {
        let old_newest = self.newest;
        {
            let s = &mut self.slots[i as usize];
            s.newer = NIL;
            s.older = old_newest;
        }
        if old_newest == NIL {
            self.oldest = i;
        } else {
            self.slots[old_newest as usize].newer = i;
        }
        self.newest = i;
    }

    /// What the store knows of an account, newest post first.
    pub fn account(&self, id: &str) -> Option<AccountTimeline> {
        let s = &self.slots[*self.index.get(id)? as usize];
        Some(AccountTimeline {
            profile: s.profile.clone(),
            client: s.posts.back().and_then(|p| p.client.clone()),
            since: s.since,
            first_crypto_post: s.first_crypto,
            posts_seen: s.posts_seen,
            posts_dropped: s.posts_seen - s.posts.len() as u32,
            posts: s.posts.iter().rev().cloned().collect(),
        })
    }

    /// One post of an account, if it is still in the ring.
    pub fn post(&self, account: &str, post_id: &str) -> Option<(Profile, PostSummary)> {
        let s = &self.slots[*self.index.get(account)? as usize];
        s.posts
            .iter()
            .find(|p| &*p.id == post_id)
            .map(|p| (s.profile.clone(), p.clone()))
    }
}

fn opt_str<S: serde::Serializer>(v: &Option<Arc<str>>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => s.serialize_str(v),
        None => s.serialize_none(),
    }
}

fn update_profile(p: &mut Profile, post: &Post) {
    let a = &post.author;
    if a.username.is_some() && p.username.as_deref() != a.username.as_deref() {
        p.username = a.username.as_deref().map(Into::into);
    }
    if a.display_name.is_some() && p.display_name.as_deref() != a.display_name.as_deref() {
        p.display_name = a.display_name.as_deref().map(Into::into);
    }
    p.followers = a.followers.or(p.followers);
    p.verified = a.verified.or(p.verified);
    p.created_at = a.created_at.or(p.created_at);
}

/// The first [`EXCERPT_CHARS`] characters, `…` when cut.
fn excerpt(text: &str) -> Box<str> {
    match text.char_indices().nth(EXCERPT_CHARS) {
        None => text.into(),
        Some((cut, _)) => format!("{}…", &text[..cut]).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::event::Account;

    fn post(account: &str, id: &str, at: i64, text: &str) -> Post {
        Post {
            id: id.into(),
            author: Account {
                id: account.into(),
                username: Some(format!("user_{account}")),
                followers: Some(at as u64),
                created_at: Some(Timestamp(1_000)),
                ..Account::default()
            },
            text: text.into(),
            created_at: Timestamp(at),
            source: Some("Twitter Web App".into()),
            ..Post::default()
        }
    }

    fn decision(crypto: bool, action: Option<Action>) -> Decision {
        Decision {
            findings: Default::default(),
            wallet: Default::default(),
            content_score: if crypto { 1.5 } else { 0.0 },
            account: Default::default(),
            campaign: None,
            amplifies: None,
            follow_up: None,
            graded: action,
            caps: Vec::new(),
            action,
            covered: false,
            lock_ref: None,
            text: None,
            crypto,
        }
    }

    #[test]
    fn rings_keep_the_newest_posts_and_the_first_crypto_post() {
        let mut t = Timelines::new(10, 3);
        let plain = decision(false, None);
        let scam = decision(true, Some(Action::Takedown));
        assert_eq!(
            t.record(&post("a", "1", 10, "hello"), &plain),
            Evicted::default()
        );
        t.record(&post("a", "2", 20, "send 1 BTC get 2 back"), &scam);
        t.record(&post("a", "3", 30, "lunch"), &plain);
        let e = t.record(&post("a", "4", 40, "again"), &plain);
        assert_eq!(
            e,
            Evicted {
                accounts: 0,
                posts: 1
            }
        );
        let a = t.account("a").unwrap();
        let ids: Vec<&str> = a.posts.iter().map(|p| &*p.id).collect();
        assert_eq!(ids, ["4", "3", "2"], "newest first, the oldest dropped");
        assert_eq!((a.posts_seen, a.posts_dropped), (4, 1));
        assert_eq!(a.since, Timestamp(10));
        assert_eq!(a.first_crypto_post, Some(Timestamp(20)));
        assert_eq!(a.profile.username.as_deref(), Some("user_a"));
        assert_eq!(a.profile.followers, Some(40), "the latest post's figure");
        assert_eq!(a.profile.created_at, Some(Timestamp(1_000)));
        assert_eq!(a.client.as_deref(), Some("Twitter Web App"));
        let (_, p) = t.post("a", "2").unwrap();
        assert_eq!(p.action, Some(Action::Takedown));
        assert!(p.crypto && p.score > 1.0);
        assert!(t.post("a", "1").is_none(), "out of the ring");
        assert!(t.account("b").is_none());
    }

    #[test]
    fn the_least_recently_posting_account_is_evicted() {
        let mut t = Timelines::new(2, 4);
        let d = decision(false, None);
        t.record(&post("a", "1", 1, "x"), &d);
        t.record(&post("b", "2", 2, "x"), &d);
        t.record(&post("a", "3", 3, "x"), &d);
        let e = t.record(&post("c", "4", 4, "x"), &d);
        assert_eq!(
            e,
            Evicted {
                accounts: 1,
                posts: 0
            }
        );
        assert!(t.account("b").is_none(), "b posted least recently");
        assert!(t.account("a").is_some() && t.account("c").is_some());
        assert_eq!(t.len(), 2);
        // Many more: the list stays consistent, the newest two survive.
        for i in 0..100 {
            t.record(
                &post(&format!("n{}", i % 7), &i.to_string(), 10 + i, "x"),
                &d,
            );
        }
        assert_eq!(t.len(), 2);
        assert!(t.account("n1").is_some() && t.account("n0").is_some());
        let disabled = &mut Timelines::new(0, 0);
        assert_eq!(
            disabled.record(&post("a", "1", 1, "x"), &d),
            Evicted::default()
        );
        assert!(disabled.is_empty());
    }

    #[test]
    fn excerpts_cut_on_characters() {
        let long = "é".repeat(EXCERPT_CHARS + 5);
        let e = excerpt(&long);
        assert_eq!(e.chars().count(), EXCERPT_CHARS + 1);
        assert!(e.ends_with('…'));
        assert_eq!(&*excerpt("short"), "short");
    }
}
