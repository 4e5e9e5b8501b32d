//! Bluesky's Jetstream: `commit`, `identity` and `account` events as JSON.
//!
//! Shapes from Jetstream's README (bluesky-social/jetstream) and the lexicons of
//! `app.bsky.feed.post`, `app.bsky.richtext.facet` and `app.bsky.embed.*`:
//!
//! ```json
//! {"did":"did:plc:…","time_us":1725911162329308,"kind":"commit",
//!  "commit":{"rev":"3l3qo2vutsw2b","operation":"create","collection":"app.bsky.feed.post",
//!            "rkey":"3l3qo2vuowo2b","cid":"bafyrei…",
//!            "record":{"$type":"app.bsky.feed.post","text":"…","createdAt":"2024-09-09T19:46:02.102Z",
//!                      "langs":["en"],"facets":[…],"reply":{…},"embed":{…}}}}
//! {"did":"did:plc:…","time_us":…,"kind":"identity","identity":{"did":"…","handle":"alice.bsky.social","seq":1,"time":"…"}}
//! {"did":"did:plc:…","time_us":…,"kind":"account","account":{"active":false,"did":"…","seq":2,"time":"…","status":"deactivated"}}
//! ```
//!
//! - **Event time is `time_us`**, when Jetstream relayed the event: a record's `createdAt` is
//!   whatever the client wrote (archive importers back-date posts by years), so it is used
//!   only when `time_us` is missing. `time_us` is also Jetstream's resume cursor, so the
//!   service's cursor (the latest event time processed) resumes exactly there.
//! - A post's id is its AT-URI, `at://DID/app.bsky.feed.post/RKEY`; an `update` of a post is
//!   decided again as a new version, `AT-URI#edit-REV` (the protocol allows edits through the
//!   API even though the app does not offer them: a benign post edited into a scam).
//! - Links come from the `#link` facets and from an `app.bsky.embed.external` card (also
//!   inside `recordWithMedia`), in that order, deduplicated: the text shows links shortened.
//! - A quote (`app.bsky.embed.record`, `recordWithMedia`) is `quote_of`; a reply's parent
//!   author (the DID in its URI) is `reply_to_user`.
//! - `identity` (a new handle, signing key or hosting server) and `account` (activated,
//!   deactivated) become account security events: just before a scam post they are departure
//!   signals, as a password reset is.
//! - Deletes, records of other collections and unknown kinds or operations are
//!   [`DecodeError::Ignored`], counted by reason.

use super::lazy::{self, Cursor, once};
use super::{DecodeError, Obj, Raw, Str, fast_path, parse_rfc3339_time, wrong_shape};
use crate::detect::event::{
    Account, AccountEvent, Input, Platform, Post, Referenced, SecurityEventKind, Timestamp,
};
use serde::Deserialize;

/// The collection of posts.
pub const POST_COLLECTION: &str = "app.bsky.feed.post";

#[derive(Deserialize, Default)]
pub(super) struct Commit<'a> {
    #[serde(borrow)]
    pub(super) operation: Option<Str<'a>>,
    #[serde(borrow)]
    pub(super) collection: Option<Str<'a>>,
    #[serde(borrow)]
    pub(super) rkey: Option<Str<'a>>,
    #[serde(borrow)]
    pub(super) rev: Option<Str<'a>>,
    #[serde(borrow)]
    pub(super) cid: Option<Str<'a>>,
    /// Parsed only for the post collection: a record of another collection may have any shape.
    #[serde(borrow)]
    pub(super) record: Option<Raw<'a>>,
}

#[derive(Deserialize, Default)]
pub(super) struct Identity<'a> {
    #[serde(borrow)]
    pub(super) did: Option<Str<'a>>,
    #[serde(borrow)]
    pub(super) time: Option<Str<'a>>,
}

#[derive(Deserialize, Default)]
pub(super) struct AccountStatus<'a> {
    pub(super) active: Option<bool>,
    #[serde(borrow)]
    pub(super) did: Option<Str<'a>>,
    #[serde(borrow)]
    pub(super) time: Option<Str<'a>>,
}

#[derive(Deserialize, Default)]
struct FeedPost<'a> {
    #[serde(borrow)]
    text: Option<Str<'a>>,
    #[serde(borrow, rename = "createdAt")]
    created_at: Option<Str<'a>>,
    #[serde(borrow, default)]
    langs: Vec<Str<'a>>,
    #[serde(borrow, default)]
    facets: Vec<Facet<'a>>,
    #[serde(borrow)]
    reply: Option<Reply<'a>>,
    #[serde(borrow)]
    embed: Option<Embed<'a>>,
}

#[derive(Deserialize, Default)]
struct Facet<'a> {
    #[serde(borrow, default)]
    features: Vec<Feature<'a>>,
}

#[derive(Deserialize, Default)]
struct Feature<'a> {
    #[serde(borrow, rename = "$type")]
    kind: Option<Str<'a>>,
    #[serde(borrow)]
    uri: Option<Str<'a>>,
}

#[derive(Deserialize, Default)]
struct Reply<'a> {
    #[serde(borrow)]
    parent: Option<StrongRef<'a>>,
}

#[derive(Deserialize, Default)]
struct StrongRef<'a> {
    #[serde(borrow)]
    uri: Option<Str<'a>>,
}

#[derive(Deserialize, Default)]
struct Embed<'a> {
    #[serde(borrow)]
    external: Option<External<'a>>,
    /// `app.bsky.embed.record`: `{uri, cid}`; `recordWithMedia`: `{record: {uri, cid}}`.
    #[serde(borrow)]
    record: Option<EmbedRecord<'a>>,
    /// `recordWithMedia`: the media beside the quoted record (may be an external card).
    #[serde(borrow)]
    media: Option<Box<Embed<'a>>>,
}

#[derive(Deserialize, Default)]
struct External<'a> {
    #[serde(borrow)]
    uri: Option<Str<'a>>,
}

#[derive(Deserialize, Default)]
struct EmbedRecord<'a> {
    #[serde(borrow)]
    uri: Option<Str<'a>>,
    #[serde(borrow)]
    record: Option<StrongRef<'a>>,
}

// The fast path's readers of the record (see `lazy`): the same structs serde fills, or `None`.

fn feed_post<'a>(c: &mut Cursor<'a>) -> Option<FeedPost<'a>> {
    let mut p = FeedPost::default();
    let mut seen = 0u64;
    c.object(|c, key| {
        match key {
            b"text" => {
                once(&mut seen, 0)?;
                p.text = c.opt_str()?;
            }
            b"createdAt" => {
                once(&mut seen, 1)?;
                p.created_at = c.opt_str()?;
            }
            b"langs" => {
                once(&mut seen, 2)?;
                p.langs = c.array(Cursor::string)?;
            }
            b"facets" => {
                once(&mut seen, 3)?;
                p.facets = c.array(facet)?;
            }
            b"reply" => {
                once(&mut seen, 4)?;
                p.reply = c.opt(|c| {
                    let mut r = Reply::default();
                    let mut seen = 0u64;
                    c.object(|c, key| match key {
                        b"parent" => {
                            once(&mut seen, 0)?;
                            r.parent = c.opt(strong_ref)?;
                            Some(())
                        }
                        _ => c.skip(),
                    })?;
                    Some(r)
                })?;
            }
            b"embed" => {
                once(&mut seen, 5)?;
                p.embed = c.opt(embed)?;
            }
            _ => c.skip()?,
        }
        Some(())
    })?;
    Some(p)
}

fn facet<'a>(c: &mut Cursor<'a>) -> Option<Facet<'a>> {
    let mut f = Facet::default();
    let mut seen = 0u64;
    c.object(|c, key| match key {
        b"features" => {
            once(&mut seen, 0)?;
            f.features = c.array(|c| {
                let mut x = Feature::default();
                let mut seen = 0u64;
                c.object(|c, key| {
                    match key {
                        b"$type" => {
                            once(&mut seen, 0)?;
                            x.kind = c.opt_str()?;
                        }
                        b"uri" => {
                            once(&mut seen, 1)?;
                            x.uri = c.opt_str()?;
                        }
                        _ => c.skip()?,
                    }
                    Some(())
                })?;
                Some(x)
            })?;
            Some(())
        }
        _ => c.skip(),
    })?;
    Some(f)
}

/// `StrongRef` and `External`: objects whose only field read is `uri`.
fn uri_only<'a>(c: &mut Cursor<'a>) -> Option<Option<Str<'a>>> {
    let mut uri = None;
    let mut seen = 0u64;
    c.object(|c, key| match key {
        b"uri" => {
            once(&mut seen, 0)?;
            uri = c.opt_str()?;
            Some(())
        }
        _ => c.skip(),
    })?;
    Some(uri)
}

fn strong_ref<'a>(c: &mut Cursor<'a>) -> Option<StrongRef<'a>> {
    uri_only(c).map(|uri| StrongRef { uri })
}

fn embed<'a>(c: &mut Cursor<'a>) -> Option<Embed<'a>> {
    let mut e = Embed::default();
    let mut seen = 0u64;
    c.object(|c, key| {
        match key {
            b"external" => {
                once(&mut seen, 0)?;
                e.external = c.opt(|c| uri_only(c).map(|uri| External { uri }))?;
            }
            b"record" => {
                once(&mut seen, 1)?;
                e.record = c.opt(|c| {
                    let mut r = EmbedRecord::default();
                    let mut seen = 0u64;
                    c.object(|c, key| {
                        match key {
                            b"uri" => {
                                once(&mut seen, 0)?;
                                r.uri = c.opt_str()?;
                            }
                            b"record" => {
                                once(&mut seen, 1)?;
                                r.record = c.opt(strong_ref)?;
                            }
                            _ => c.skip()?,
                        }
                        Some(())
                    })?;
                    Some(r)
                })?;
            }
            b"media" => {
                once(&mut seen, 2)?;
                e.media = c.opt(|c| embed(c).map(Box::new))?;
            }
            _ => c.skip()?,
        }
        Some(())
    })?;
    Some(e)
}

/// The fields of a Jetstream event, as the top-level message read them.
pub(super) struct Event<'m, 'a> {
    pub did: Option<&'m Str<'a>>,
    pub time_us: Option<i64>,
    pub kind: &'m str,
    pub commit: Option<&'m Commit<'a>>,
    pub identity: Option<&'m Identity<'a>>,
    pub account: Option<&'m AccountStatus<'a>>,
}

impl Event<'_, '_> {
    pub fn decode(&self) -> Result<Input, DecodeError> {
        let did = self
            .did
            .map(Str::as_str)
            .filter(|d| d.starts_with("did:"))
            .ok_or_else(|| wrong_shape("jetstream event has no did"))?;
        match self.kind {
            "commit" => {
                let commit = self
                    .commit
                    .ok_or_else(|| wrong_shape("jetstream commit event has no commit"))?;
                decode_commit(did, self.time_us, commit).map(|p| Input::Post(Box::new(p)))
            }
            "identity" => {
                let time = self.identity.and_then(|i| i.time.as_ref());
                let did = self
                    .identity
                    .and_then(|i| i.did.as_ref())
                    .map_or(did, Str::as_str);
                Ok(Input::AccountEvent(AccountEvent {
                    account_id: did.to_owned(),
                    kind: SecurityEventKind::IdentityChanged,
                    created_at: event_time(self.time_us, time, "jetstream identity")?,
                }))
            }
            "account" => {
                let account = self
                    .account
                    .ok_or_else(|| wrong_shape("jetstream account event has no account"))?;
                let active = account
                    .active
                    .ok_or_else(|| wrong_shape("jetstream account event has no account.active"))?;
                Ok(Input::AccountEvent(AccountEvent {
                    account_id: account.did.as_ref().map_or(did, Str::as_str).to_owned(),
                    kind: if active {
                        SecurityEventKind::AccountActivated
                    } else {
                        SecurityEventKind::AccountDeactivated
                    },
                    created_at: event_time(
                        self.time_us,
                        account.time.as_ref(),
                        "jetstream account",
                    )?,
                }))
            }
            _ => Err(DecodeError::Ignored("unknown_kind")),
        }
    }
}

/// `time_us` (µs) as event time, else the fallback RFC 3339 time.
fn event_time(
    time_us: Option<i64>,
    fallback: Option<&Str<'_>>,
    what: &str,
) -> Result<Timestamp, DecodeError> {
    if let Some(us) = time_us.filter(|&us| us > 0) {
        return Ok(Timestamp(us / 1000));
    }
    fallback
        .and_then(|s| parse_rfc3339_time(s.as_str()))
        .ok_or_else(|| DecodeError::WrongShape(format!("{what} event has no valid time_us")))
}

fn decode_commit(
    did: &str,
    time_us: Option<i64>,
    commit: &Commit<'_>,
) -> Result<Post, DecodeError> {
    let collection = commit
        .collection
        .as_ref()
        .ok_or_else(|| wrong_shape("jetstream commit has no collection"))?;
    if collection.as_str() != POST_COLLECTION {
        return Err(DecodeError::Ignored("other_collection"));
    }
    let operation = commit.operation.as_ref().map_or("", Str::as_str);
    let edit = match operation {
        "create" => None,
        "update" => Some(
            commit
                .rev
                .as_ref()
                .or(commit.cid.as_ref())
                .map_or("", Str::as_str),
        ),
        "delete" => return Err(DecodeError::Ignored("deleted")),
        _ => return Err(DecodeError::Ignored("unknown_operation")),
    };
    let rkey = commit
        .rkey
        .as_ref()
        .map(Str::as_str)
        .filter(|r| !r.is_empty())
        .ok_or_else(|| wrong_shape("jetstream commit has no rkey"))?;
    let raw = commit
        .record
        .ok_or_else(|| wrong_shape("jetstream post commit has no record"))?;
    let record = match fast_path()
        .then(|| lazy::document(raw.get(), feed_post))
        .flatten()
    {
        Some(record) => record,
        None => {
            serde_json::from_str::<Obj<FeedPost<'_>>>(raw.get())
                .map_err(|e| DecodeError::WrongShape(format!("jetstream post record: {e}")))?
                .0
        }
    };
    let created_at = event_time(time_us, record.created_at.as_ref(), "jetstream commit")?;

    let mut id = format!("at://{did}/{POST_COLLECTION}/{rkey}");
    if let Some(rev) = edit {
        id.push_str("#edit-");
        id.push_str(rev);
    }
    let mut urls: Vec<String> = Vec::new();
    let mut add_url = |u: Option<&Str<'_>>| {
        if let Some(u) = u.map(Str::as_str).filter(|u| !u.is_empty())
            && !urls.iter().any(|x| x == u)
        {
            urls.push(u.to_owned());
        }
    };
    for f in record.facets.iter().flat_map(|f| &f.features) {
        if f.kind
            .as_ref()
            .is_some_and(|k| k.as_str() == "app.bsky.richtext.facet#link")
        {
            add_url(f.uri.as_ref());
        }
    }
    let mut quote = None;
    if let Some(e) = &record.embed {
        add_url(e.external.as_ref().and_then(|x| x.uri.as_ref()));
        if let Some(m) = &e.media {
            add_url(m.external.as_ref().and_then(|x| x.uri.as_ref()));
        }
        quote = e.record.as_ref().and_then(|r| {
            r.uri
                .as_ref()
                .or(r.record.as_ref().and_then(|s| s.uri.as_ref()))
        });
    }
    let reply_to_user = record
        .reply
        .as_ref()
        .and_then(|r| r.parent.as_ref())
        .and_then(|p| p.uri.as_ref())
        .and_then(|u| uri_did(u.as_str()))
        .map(str::to_owned);
    Ok(Post {
        id,
        platform: Platform::Bluesky,
        permalink: None,
        hydration: None,
        author: Account {
            id: did.to_owned(),
            ..Account::default()
        },
        text: record
            .text
            .as_ref()
            .map_or_else(String::new, |t| t.as_str().to_owned()),
        created_at,
        lang: record
            .langs
            .first()
            .map(Str::as_str)
            .filter(|l| !l.is_empty())
            .map(str::to_owned),
        source: None,
        retweet_of: None,
        quote_of: quote.map(|u| Referenced {
            id: u.as_str().to_owned(),
            author_id: uri_did(u.as_str()).map(str::to_owned),
            text: None,
        }),
        reply_to_user,
        urls,
    })
}

/// The DID of an AT-URI (`at://DID/collection/rkey`).
fn uri_did(uri: &str) -> Option<&str> {
    let rest = uri.strip_prefix("at://")?;
    let did = rest.split('/').next()?;
    did.starts_with("did:").then_some(did)
}
