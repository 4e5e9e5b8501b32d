//! The wire forms of generated messages on the open networks: Bluesky's Jetstream events
//! (`commit`, `identity`) and Mastodon's streaming `update` frames, for the same stream the
//! Twitter forms of [`super::wire`] carry.
//!
//! Shapes as `scamwatch::source::decode` reads them (docs/input.md), from Jetstream's README
//! and the `app.bsky.feed.post` / `app.bsky.feed.repost` lexicons, and Mastodon's API
//! documentation (`methods/streaming`, `entities/Status`, `entities/Account`):
//!
//! - **Bluesky**: an account is a DID (`did:plc:` and 24 base32 characters made from its id)
//!   with the handle `username.bsky.social`; a post is a `commit` creating an
//!   `app.bsky.feed.post` record (key: a TID made from the event time), its links as `#link`
//!   facets; a retweet is a `commit` creating an `app.bsky.feed.repost` (another collection:
//!   counted and ignored by the service, as on the real stream without `wantedCollections`);
//!   an account security event is an `identity` event (Jetstream says nothing of passwords:
//!   a hijacker's first move that shows on the network is a handle or key change). `time_us`
//!   is the event time in microseconds. No follower counts: Jetstream carries none
//!   (the firehose's profile directory answers `app.bsky.actor.getProfile` for them).
//! - **Mastodon**: one server's `public` stream; an account is `username@host` (bare `acct`
//!   for the server's own users), a post an `update` frame whose `payload` is the status JSON
//!   as a string, its `content` HTML; its id a snowflake (`ms << 16 | sequence`), its `uri`
//!   and `url` on the author's host; a retweet is a reblog. The client is the status's
//!   `application.name`. Mastodon's streaming API has no account events: the firehose drops
//!   them in this mode.

use serde::Serialize;

use crate::detect::event::Timestamp;
use crate::synth::population::Account;

/// The collection of Bluesky posts.
const POST: &str = "app.bsky.feed.post";
const REPOST: &str = "app.bsky.feed.repost";
/// The Mastodon server whose stream the firehose plays; its own users have a bare `acct`.
pub(super) const MASTODON_HOME: &str = "mastodon.social";
const MASTODON_HOSTS: [&str; 5] = [
    MASTODON_HOME,
    "fosstodon.org",
    "mas.to",
    "hachyderm.io",
    "infosec.exchange",
];
const BASE32_SORT: &[u8; 32] = b"234567abcdefghijklmnopqrstuvwxyz";

/// The DID of account id `id` (a decimal number): `did:plc:` and 24 base32 characters, one
/// to one with the id (a bijective mix of its 64 bits, then more characters from them).
pub(super) fn did(id: &str) -> String {
    let mut x: u64 = id.parse().unwrap_or_else(|_| {
        // Not a number (never, for generated accounts): a stable hash of it.
        id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
    });
    x = (x ^ (x >> 31)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 29;
    let y = x.wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (x >> 32);
    let mut out = String::with_capacity(32);
    out.push_str("did:plc:");
    for i in 0..13 {
        out.push(BASE32_SORT[((x >> (i * 5)) & 31) as usize] as char);
    }
    for i in 0..11 {
        out.push(BASE32_SORT[((y >> (i * 5)) & 31) as usize] as char);
    }
    out
}

/// The handle of a Bluesky account: lowercase, underscores become hyphens.
pub(super) fn handle(acc: &Account) -> String {
    format!(
        "{}.bsky.social",
        acc.username.to_ascii_lowercase().replace('_', "-")
    )
}

/// A record key: a TID (13 base32-sortable characters of `time_us << 10 | clock`).
pub(super) fn tid(time_us: i64, clock: u64) -> String {
    let v = ((time_us.max(0) as u64) << 10 | (clock & 0x3ff)) & (u64::MAX >> 1);
    (0..13)
        .rev()
        .map(|i| BASE32_SORT[((v >> (i * 5)) & 31) as usize] as char)
        .collect()
}

/// A CID-looking content hash (`bafyrei` and 52 base32 characters) made from `seed`.
fn cid(seed: u64) -> String {
    let mut x = seed ^ 0x9e37_79b9_7f4a_7c15;
    let mut out = String::from("bafyrei");
    for _ in 0..52 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push(b"abcdefghijklmnopqrstuvwxyz234567"[(x & 31) as usize] as char);
    }
    out
}

/// The AT-URI of a post (or repost) `rkey` of `did`.
pub(super) fn at_uri(did: &str, repost: bool, rkey: &str) -> String {
    format!("at://{did}/{}/{rkey}", if repost { REPOST } else { POST })
}

/// A Jetstream `commit` creating the post `rkey`; links in the text become `#link` facets.
pub(super) fn jetstream_post(
    did: &str,
    time_us: i64,
    rkey: &str,
    text: &str,
    lang: &str,
    now: Timestamp,
) -> String {
    let facets: Vec<Facet<'_>> = links(text)
        .map(|(start, end)| Facet {
            index: ByteSlice {
                byte_start: start,
                byte_end: end,
            },
            features: [LinkFeature {
                kind: "app.bsky.richtext.facet#link",
                uri: &text[start..end],
            }],
        })
        .collect();
    let event = JetstreamCommit {
        did,
        time_us,
        kind: "commit",
        commit: Commit {
            rev: rkey,
            operation: "create",
            collection: POST,
            rkey,
            record: PostRecord {
                kind: POST,
                text,
                created_at: now.to_rfc3339(),
                langs: [lang],
                facets,
            },
            cid: cid(time_us as u64),
        },
    };
    serde_json::to_string(&event).expect("plain data serializes")
}

/// A Jetstream `commit` creating a repost `rkey` of the post at `subject`.
pub(super) fn jetstream_repost(
    did: &str,
    time_us: i64,
    rkey: &str,
    subject: &str,
    now: Timestamp,
) -> String {
    serde_json::json!({
        "did": did,
        "time_us": time_us,
        "kind": "commit",
        "commit": {
            "rev": rkey,
            "operation": "create",
            "collection": REPOST,
            "rkey": rkey,
            "record": {
                "$type": REPOST,
                "subject": {"uri": subject, "cid": cid(subject.len() as u64 ^ time_us as u64)},
                "createdAt": now.to_rfc3339(),
            },
            "cid": cid(time_us as u64),
        }
    })
    .to_string()
}

/// A Jetstream `identity` event of `did` (sequence number `seq`).
pub(super) fn jetstream_identity(
    did: &str,
    handle: &str,
    time_us: i64,
    seq: u64,
    now: Timestamp,
) -> String {
    serde_json::json!({
        "did": did,
        "time_us": time_us,
        "kind": "identity",
        "identity": {"did": did, "handle": handle, "seq": seq, "time": now.to_rfc3339()},
    })
    .to_string()
}

/// The profile `app.bsky.actor.getProfile` answers for an account
/// (`app.bsky.actor.defs#profileViewDetailed`, the fields scamwatch reads and a few more).
pub(super) fn bluesky_profile(acc: &Account) -> String {
    serde_json::json!({
        "did": did(&acc.id),
        "handle": handle(acc),
        "displayName": acc.name,
        "description": acc.description,
        "followersCount": acc.followers,
        "followsCount": acc.following,
        "postsCount": 40 + u64::from(acc.posts) * 7,
        "createdAt": acc.created_at.to_rfc3339(),
        "indexedAt": acc.created_at.to_rfc3339(),
        "labels": [],
    })
    .to_string()
}

/// The host of an account on the Mastodon side: most on the home server, the rest spread.
pub(super) fn mastodon_host(acc: &Account) -> &'static str {
    let n: u64 = acc.id.bytes().map(u64::from).sum();
    if n.is_multiple_of(3) {
        MASTODON_HOME
    } else {
        MASTODON_HOSTS[(n % 5) as usize]
    }
}

/// `username@host`, the account id scamwatch gives a Mastodon account.
pub(super) fn mastodon_acct(acc: &Account) -> String {
    format!("{}@{}", acc.username, mastodon_host(acc))
}

/// A status's `uri` (its ActivityPub id).
pub(super) fn mastodon_uri(acc: &Account, status_id: u64) -> String {
    format!(
        "https://{}/users/{}/statuses/{status_id}",
        mastodon_host(acc),
        acc.username
    )
}

/// The Mastodon app standing in for a Twitter client: one-to-one, so a new client on one
/// network is a new client on the other.
pub(super) fn mastodon_app(client: &str) -> &'static str {
    match client {
        "Twitter for iPhone" => "Ivory",
        "Twitter for Android" => "Tusky",
        "Twitter Web App" => "Web",
        "Twitter for iPad" => "Mona",
        "TweetDeck" => "Elk",
        "Sprinklr" => "Buffer",
        _ => "Phanpy",
    }
}

/// A status posted by `acc` (a reblog when `reblog` is given: the reblogged status JSON).
#[allow(clippy::too_many_arguments)]
pub(super) fn mastodon_status(
    acc: &Account,
    status_id: u64,
    text: &str,
    lang: &str,
    client: &str,
    now: Timestamp,
    reblog: Option<serde_json::Value>,
) -> serde_json::Value {
    let host = mastodon_host(acc);
    let acct = if host == MASTODON_HOME {
        acc.username.clone()
    } else {
        mastodon_acct(acc)
    };
    let content = if reblog.is_some() {
        String::new()
    } else {
        html(text)
    };
    serde_json::json!({
        "id": status_id.to_string(),
        "created_at": now.to_rfc3339(),
        "in_reply_to_id": null,
        "in_reply_to_account_id": null,
        "sensitive": false,
        "spoiler_text": "",
        "visibility": "public",
        "language": lang,
        "uri": mastodon_uri(acc, status_id),
        "url": format!("https://{host}/@{}/{status_id}", acc.username),
        "replies_count": 0,
        "reblogs_count": 0,
        "favourites_count": 0,
        "edited_at": null,
        "content": content,
        "reblog": reblog,
        "application": {"name": mastodon_app(client), "website": null},
        "account": {
            "id": acc.id,
            "username": acc.username,
            "acct": acct,
            "display_name": acc.name,
            "locked": false,
            "bot": false,
            "discoverable": true,
            "group": false,
            "created_at": acc.created_at.to_rfc3339(),
            "note": format!("<p>{}</p>", escape(acc.description)),
            "url": format!("https://{host}/@{}", acc.username),
            "followers_count": acc.followers,
            "following_count": acc.following,
            "statuses_count": 40 + u64::from(acc.posts) * 7,
        },
        "media_attachments": [],
        "mentions": [],
        "tags": [],
        "emojis": [],
        "card": null,
        "poll": null,
    })
}

/// A streaming `update` frame carrying `status` as a string.
pub(super) fn mastodon_update(status: &serde_json::Value) -> String {
    serde_json::json!({
        "stream": ["public"],
        "event": "update",
        "payload": status.to_string(),
    })
    .to_string()
}

/// The byte ranges of the `http(s)://` links of `text`, each up to the next whitespace.
fn links(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let rest = &text[from..];
        let at = ["https://", "http://"]
            .iter()
            .filter_map(|p| rest.find(p))
            .min()?;
        let start = from + at;
        let end = text[start..]
            .find(char::is_whitespace)
            .map_or(text.len(), |e| start + e);
        from = end;
        Some((start, end))
    })
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Text as a status's `content`: paragraphs, line breaks, links as anchors.
fn html(text: &str) -> String {
    let mut out = String::from("<p>");
    let mut last = 0;
    for (start, end) in links(text) {
        out.push_str(&escape(&text[last..start]).replace('\n', "<br>"));
        let url = escape(&text[start..end]);
        out.push_str(&format!(
            "<a href=\"{url}\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">{url}</a>"
        ));
        last = end;
    }
    out.push_str(&escape(&text[last..]).replace('\n', "<br>"));
    out.push_str("</p>");
    out
}

#[derive(Serialize)]
struct JetstreamCommit<'a> {
    did: &'a str,
    time_us: i64,
    kind: &'static str,
    commit: Commit<'a>,
}

#[derive(Serialize)]
struct Commit<'a> {
    rev: &'a str,
    operation: &'static str,
    collection: &'static str,
    rkey: &'a str,
    record: PostRecord<'a>,
    cid: String,
}

#[derive(Serialize)]
struct PostRecord<'a> {
    #[serde(rename = "$type")]
    kind: &'static str,
    text: &'a str,
    #[serde(rename = "createdAt")]
    created_at: String,
    langs: [&'a str; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    facets: Vec<Facet<'a>>,
}

#[derive(Serialize)]
struct Facet<'a> {
    index: ByteSlice,
    features: [LinkFeature<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ByteSlice {
    byte_start: usize,
    byte_end: usize,
}

#[derive(Serialize)]
struct LinkFeature<'a> {
    #[serde(rename = "$type")]
    kind: &'static str,
    uri: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dids_are_one_to_one_and_look_real() {
        let a = did("1000001");
        let b = did("1000010");
        let c = did("1283000000000000123");
        assert_ne!(a, b);
        assert_ne!(b, c);
        for d in [&a, &b, &c] {
            assert_eq!(d.len(), "did:plc:".len() + 24, "{d}");
            assert!(
                d["did:plc:".len()..]
                    .bytes()
                    .all(|x| BASE32_SORT.contains(&x))
            );
        }
    }

    #[test]
    fn tids_sort_by_time() {
        let a = tid(1_594_771_200_000_000, 1);
        let b = tid(1_594_771_200_000_001, 0);
        assert_eq!(a.len(), 13);
        assert!(a < b, "{a} {b}");
    }

    #[test]
    fn links_become_facets_and_anchors() {
        let t = "claim at https://x.example/a now & http://y.example";
        let spans: Vec<_> = links(t).map(|(s, e)| &t[s..e]).collect();
        assert_eq!(spans, ["https://x.example/a", "http://y.example"]);
        let h = html(t);
        assert!(h.contains("<a href=\"https://x.example/a\""), "{h}");
        assert!(h.contains("now &amp; "), "{h}");
    }
}
