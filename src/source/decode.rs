//! Decoders: one line (or websocket message) of JSON → one [`Input`].
//!
//! These formats are recognized, per message, without configuration:
//!
//! 1. Twitter API v2 filtered-stream messages (`{"data": {...}, "includes": {...}}`),
//! 2. Twitter API v1.1 status objects (`{"id_str": ..., "user": {...}, ...}`),
//! 3. account security events (`{"account_event": {...}}`),
//! 4. Bluesky Jetstream events (`{"did": ..., "time_us": ..., "kind": "commit", ...}`; see
//!    [`bluesky`]),
//! 5. Mastodon streaming events (`{"event": "update", "payload": "..."}`) and status objects
//!    (see [`mastodon`]).
//!
//! # Why it is built this way
//!
//! The decoder sits on the hot path (every post of the stream goes through it), so it never
//! builds a `serde_json::Value`. Each message is read once into `Message`, a typed struct
//! whose fields are the union of the top-level keys of all three formats, all optional; the
//! format is then decided from which keys were present. Unknown keys are skipped (real API
//! messages carry dozens we do not use), and strings borrow from the input unless they contain
//! JSON escapes. `Message` is filled by the strict single-pass reader of `lazy` (issue 16:
//! it skips unread values in place, without serde's visitor machinery), which gives up on
//! anything it is not certain to read exactly as serde_json would; serde then decodes the
//! message and reports any error. Both paths fill the same structs, so what follows them is
//! shared, and [`decode_line_reference`] (serde alone) is what tests compare the fast path to. UTF-8 is validated once up front (with `simdutf8`'s `compat` API, whose errors
//! carry the same exact offset as `std::str::from_utf8`'s at about 1 % less of the whole replay
//! path), so the reported offset is exact and serde_json can take the cheaper `&str` path.
//!
//! # Behaviour worth knowing
//!
//! - Required: a post id, an author id and a parseable `created_at` (per format); everything
//!   else is optional, and a field that is `null` counts as missing. A v2 message whose author
//!   is not in `includes.users` gets an [`Account`] with only the id.
//! - Ids may be JSON strings or integers (v1.1 `id`); both become decimal strings.
//! - A retweet's [`Post::text`] and [`Post::urls`] are the retweeted post's (full text, its URL
//!   entities) when the message carries it; otherwise the `RT @x: …` text and its own URLs.
//! - Text and `source` are HTML-unescaped once (`&amp;lt;` → `&lt;`); `source` keeps only the
//!   anchor text. A v2 message without `text` gets an empty text; `lang: ""` becomes `None`.
//! - `{"data": …}` wins over any other key (v2 may send partial `errors` alongside `data`); a
//!   message with only `errors` is a `WrongShape` quoting the first error's title and detail.
//! - A top-level value that is not an object, or an object of no known shape, is `WrongShape`;
//!   JSON nested deeper than serde_json's limit (128) is `InvalidJson` ("recursion limit
//!   exceeded"), which also bounds the recursion through nested v1.1 statuses.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, Visitor};

use crate::detect::event::{
    Account, AccountEvent, Input, Platform, Post, Referenced, SecurityEventKind, Timestamp,
};

/// Why a line was skipped. Each is counted by [`DecodeError::reason`].
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// Not JSON. `column` is 1-based, in bytes, as reported by serde_json.
    #[error("invalid JSON at column {column}: {message}")]
    InvalidJson { column: usize, message: String },
    /// Not UTF-8. `offset` is the 0-based byte offset of the first invalid byte.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 { offset: usize },
    /// Valid JSON, but not a message we know, or one missing a required field.
    #[error("unrecognized message shape: {0}")]
    WrongShape(String),
    /// A line longer than the reader's limit; it was skipped without being buffered.
    #[error("line of {len} bytes exceeds the limit of {limit} bytes")]
    TooLarge { len: usize, limit: usize },
    /// A well-formed message that carries no post or account event: a delete, a record of
    /// another collection, a notification, a kind this version does not know. Counted by its
    /// reason, not reported as bad input.
    #[error("not a post or account event ({0})")]
    Ignored(&'static str),
}

impl DecodeError {
    /// A short, bounded label for metrics and summaries.
    pub fn reason(&self) -> &'static str {
        match self {
            DecodeError::InvalidJson { .. } => "invalid_json",
            DecodeError::InvalidUtf8 { .. } => "invalid_utf8",
            DecodeError::WrongShape(_) => "wrong_shape",
            DecodeError::TooLarge { .. } => "too_large",
            DecodeError::Ignored(reason) => reason,
        }
    }

    /// True for [`DecodeError::Ignored`]: a message understood and deliberately not decided
    /// (deletes, other collections, other events), as opposed to bad input.
    pub fn is_ignored(&self) -> bool {
        matches!(self, DecodeError::Ignored(_))
    }
}

/// Decodes one message. `Ok(None)` for blank lines and keep-alives.
///
/// The input is one line (without or with its trailing `\n` / `\r\n`) or one websocket
/// message holding a single JSON document. A leading UTF-8 byte-order mark is ignored (the
/// first line of a file saved by some editors has one). Never panics, whatever the bytes.
pub fn decode_line(line: &[u8]) -> Result<Option<Input>, DecodeError> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let (body, shift) = match line.strip_prefix(BOM) {
        Some(rest) => (rest, BOM.len()),
        None => (line, 0),
    };
    let Some(first) = body.iter().position(|b| !b.is_ascii_whitespace()) else {
        return Ok(None);
    };
    let text = simdutf8::compat::from_utf8(body).map_err(|e| DecodeError::InvalidUtf8 {
        offset: e.valid_up_to() + shift,
    })?;
    if body[first] != b'{' {
        // serde derive would happily read a JSON array into a struct (positionally): refuse
        // anything but an object before that can happen.
        return Err(not_an_object(text, body[first], shift));
    }
    // The fast path fills the same structs serde would, or gives up and lets serde decide.
    let msg = match fast_path().then(|| lazy::message(text)).flatten() {
        Some(msg) => msg,
        None => serde_json::from_str(text).map_err(|e| json_error(e, text, shift))?,
    };
    msg.into_input(text).map(Some)
}

/// [`decode_line`] through serde alone, without the fast path: the reference the fast path is
/// checked against (tests and the `decode` fuzz target). Not for production use: slower, same
/// results.
#[doc(hidden)]
pub fn decode_line_reference(line: &[u8]) -> Result<Option<Input>, DecodeError> {
    FAST_PATH.with(|on| {
        on.set(false);
        let r = decode_line(line);
        on.set(true);
        r
    })
}

/// Decodes a websocket message that may carry several newline-separated JSON messages.
///
/// Each line is decoded independently with [`decode_line`], so one bad message does not hide
/// the others; blank lines and keep-alives yield nothing. A single JSON document pretty-printed
/// over several lines is *not* supported here (use [`decode_line`] on the whole frame).
pub fn decode_frame(frame: &[u8]) -> impl Iterator<Item = Result<Input, DecodeError>> + '_ {
    frame
        .split(|&b| b == b'\n')
        .filter_map(|line| decode_line(line).transpose())
}

thread_local! {
    /// Off only inside [`decode_line_reference`].
    static FAST_PATH: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

fn fast_path() -> bool {
    FAST_PATH.with(std::cell::Cell::get)
}

// ---------------------------------------------------------------------------------------------
// Error mapping

/// The error for a top-level value that is not an object: `InvalidJson` if it does not even
/// parse, else `WrongShape` naming what it is.
fn not_an_object(text: &str, first: u8, shift: usize) -> DecodeError {
    if let Err(e) = serde_json::from_str::<IgnoredAny>(text) {
        return syntax_error(&e, shift);
    }
    let kind = match first {
        b'[' => "an array",
        b'"' => "a string",
        b't' | b'f' => "a boolean",
        b'n' => "null",
        _ => "a number",
    };
    DecodeError::WrongShape(format!("expected a JSON object, found {kind}"))
}

/// Maps a serde_json error. A *data* error (wrong type for a known key) on input that is also
/// syntactically broken further on is reported as `InvalidJson`, since that is the root cause.
fn json_error(e: serde_json::Error, text: &str, shift: usize) -> DecodeError {
    match e.classify() {
        serde_json::error::Category::Data => match serde_json::from_str::<IgnoredAny>(text) {
            Ok(_) => DecodeError::WrongShape(e.to_string()),
            Err(syntax) => syntax_error(&syntax, shift),
        },
        _ => syntax_error(&e, shift),
    }
}

fn syntax_error(e: &serde_json::Error, shift: usize) -> DecodeError {
    let full = e.to_string();
    // serde_json appends " at line L column C"; the column is carried separately.
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    };
    let column = if e.line() <= 1 {
        e.column() + shift
    } else {
        e.column()
    };
    DecodeError::InvalidJson { column, message }
}

fn wrong_shape(what: &str) -> DecodeError {
    DecodeError::WrongShape(what.to_string())
}

// ---------------------------------------------------------------------------------------------
// Borrowing string types

/// A JSON string, borrowed from the input when it has no escapes.
///
/// `#[serde(borrow)]` on `Option<Cow<str>>` does not borrow (serde only special-cases a bare
/// `Cow`), so this newtype with its own visitor is what makes `Option<Str>` zero-copy.
#[derive(Debug, Default)]
struct Str<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Str<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(StrVisitor)
    }
}

/// An identifier: a string (`"1283"`, v2 and `id_str`) or an integer (`1283`, v1.1 `id`).
///
/// Integers are kept as numbers and only formatted when used: a v1.1 status carries both `id`
/// and `id_str`, and formatting the unused one on every message would be wasted work.
#[derive(Debug)]
enum Id<'a> {
    Text(Cow<'a, str>),
    Num(u64),
}

impl<'de: 'a, 'a> Deserialize<'de> for Id<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct IdVisitor;

        impl<'de> Visitor<'de> for IdVisitor {
            type Value = Id<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or non-negative integer id")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Id::Text(Cow::Borrowed(v)))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Id::Text(Cow::Owned(v.to_owned())))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(Id::Num(v))
            }
        }

        d.deserialize_any(IdVisitor)
    }
}

struct StrVisitor;

impl<'de> Visitor<'de> for StrVisitor {
    type Value = Str<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Str(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Str(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Str(Cow::Owned(v)))
    }
}

impl Str<'_> {
    fn as_str(&self) -> &str {
        &self.0
    }
}

impl Id<'_> {
    fn to_owned_string(&self) -> String {
        match self {
            Id::Text(s) => s.as_ref().to_owned(),
            Id::Num(n) => n.to_string(),
        }
    }

    /// Whether two ids are the same, whatever their JSON types.
    fn same(&self, other: &Id<'_>) -> bool {
        match (self, other) {
            (Id::Text(a), Id::Text(b)) => a == b,
            (Id::Num(a), Id::Num(b)) => a == b,
            // Mixed types never happen within one API version; exact but not fast.
            (Id::Text(t), Id::Num(n)) | (Id::Num(n), Id::Text(t)) => *t == n.to_string(),
        }
    }
}

/// A value that must be a JSON object.
///
/// serde's derived struct impls also accept a JSON *array* and fill the fields positionally,
/// which would turn `{"data": [...]}` (a v2 lookup response, not a stream message) into a
/// confusing error about the first field. Routing through `deserialize_map` rejects arrays
/// up front with "invalid type: sequence, expected a JSON object".
#[derive(Default)]
struct Obj<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ObjVisitor<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjVisitor<T> {
            type Value = Obj<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Obj)
            }
        }

        d.deserialize_map(ObjVisitor(std::marker::PhantomData))
    }
}

/// The raw text of a JSON value (`serde_json`'s `RawValue`, as a `&str`), so that the fast path
/// can hand out the same slice.
#[derive(Debug, Clone, Copy)]
struct Raw<'a>(&'a str);

impl<'de: 'a, 'a> Deserialize<'de> for Raw<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <&'de serde_json::value::RawValue>::deserialize(d).map(|r| Raw(r.get()))
    }
}

impl<'a> Raw<'a> {
    fn get(&self) -> &'a str {
        self.0
    }
}

impl<T> std::ops::Deref for Obj<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

// ---------------------------------------------------------------------------------------------
// Wire structs

/// One top-level message of any supported format, and also a v1.1 status object (nested
/// `retweeted_status` / `quoted_status` reuse it). All keys optional; the format is decided
/// afterwards from which were present.
#[derive(Deserialize, Default)]
struct Message<'a> {
    // --- v2 filtered stream
    #[serde(borrow)]
    data: Option<Box<Obj<V2Tweet<'a>>>>,
    #[serde(borrow)]
    includes: Option<Obj<V2Includes<'a>>>,
    #[serde(borrow)]
    errors: Option<Vec<V2Error<'a>>>,
    // --- account security events
    #[serde(borrow)]
    account_event: Option<Box<Obj<RawAccountEvent<'a>>>>,
    // --- v1.1 status
    #[serde(borrow)]
    id_str: Option<Id<'a>>,
    #[serde(borrow)]
    id: Option<Id<'a>>,
    #[serde(borrow)]
    text: Option<Str<'a>>,
    #[serde(borrow)]
    full_text: Option<Str<'a>>,
    truncated: Option<bool>,
    #[serde(borrow)]
    extended_tweet: Option<Box<V1Extended<'a>>>,
    #[serde(borrow)]
    created_at: Option<Str<'a>>,
    #[serde(borrow)]
    user: Option<Box<Obj<V1User<'a>>>>,
    #[serde(borrow)]
    lang: Option<Str<'a>>,
    #[serde(borrow)]
    source: Option<Str<'a>>,
    #[serde(borrow)]
    retweeted_status: Option<Box<Obj<Message<'a>>>>,
    #[serde(borrow)]
    quoted_status: Option<Box<Obj<Message<'a>>>>,
    #[serde(borrow)]
    quoted_status_id_str: Option<Id<'a>>,
    #[serde(borrow)]
    in_reply_to_user_id_str: Option<Id<'a>>,
    #[serde(borrow)]
    in_reply_to_user_id: Option<Id<'a>>,
    #[serde(borrow)]
    entities: Option<Entities<'a>>,
    // --- Bluesky Jetstream events
    #[serde(borrow)]
    did: Option<Str<'a>>,
    time_us: Option<i64>,
    #[serde(borrow)]
    kind: Option<Str<'a>>,
    #[serde(borrow)]
    commit: Option<Box<Obj<bluesky::Commit<'a>>>>,
    #[serde(borrow)]
    identity: Option<Box<Obj<bluesky::Identity<'a>>>>,
    /// A Jetstream account event's status (a Mastodon status's `account` reads into it too,
    /// harmlessly: that path decodes the status again).
    #[serde(borrow)]
    account: Option<Box<Obj<bluesky::AccountStatus<'a>>>>,
    // --- Mastodon streaming events, and the markers of a Mastodon REST status
    #[serde(borrow)]
    event: Option<Str<'a>>,
    #[serde(borrow)]
    payload: Option<Raw<'a>>,
    uri: Option<IgnoredAny>,
    content: Option<IgnoredAny>,
}

#[derive(Deserialize, Default)]
struct V2Tweet<'a> {
    #[serde(borrow)]
    id: Option<Id<'a>>,
    #[serde(borrow)]
    text: Option<Str<'a>>,
    #[serde(borrow)]
    author_id: Option<Id<'a>>,
    #[serde(borrow)]
    created_at: Option<Str<'a>>,
    #[serde(borrow)]
    lang: Option<Str<'a>>,
    #[serde(borrow)]
    source: Option<Str<'a>>,
    #[serde(borrow, default)]
    referenced_tweets: Vec<V2Ref<'a>>,
    #[serde(borrow)]
    in_reply_to_user_id: Option<Id<'a>>,
    #[serde(borrow)]
    entities: Option<Entities<'a>>,
    #[serde(borrow)]
    note_tweet: Option<NoteTweet<'a>>,
}

#[derive(Deserialize, Default)]
struct V2Ref<'a> {
    #[serde(borrow, rename = "type")]
    kind: Option<Str<'a>>,
    #[serde(borrow)]
    id: Option<Id<'a>>,
}

#[derive(Deserialize, Default)]
struct NoteTweet<'a> {
    #[serde(borrow)]
    text: Option<Str<'a>>,
}

#[derive(Deserialize, Default)]
struct V2Includes<'a> {
    #[serde(borrow, default)]
    users: Vec<V2User<'a>>,
    #[serde(borrow, default)]
    tweets: Vec<V2Tweet<'a>>,
}

#[derive(Deserialize, Default)]
struct V2User<'a> {
    #[serde(borrow)]
    id: Option<Id<'a>>,
    #[serde(borrow)]
    username: Option<Str<'a>>,
    #[serde(borrow)]
    name: Option<Str<'a>>,
    verified: Option<bool>,
    #[serde(borrow)]
    created_at: Option<Str<'a>>,
    public_metrics: Option<PublicMetrics>,
}

#[derive(Deserialize, Default)]
struct PublicMetrics {
    followers_count: Option<u64>,
}

#[derive(Deserialize, Default)]
struct V2Error<'a> {
    #[serde(borrow)]
    title: Option<Str<'a>>,
    #[serde(borrow)]
    detail: Option<Str<'a>>,
}

#[derive(Deserialize, Default)]
struct Entities<'a> {
    #[serde(borrow, default)]
    urls: Vec<UrlEntity<'a>>,
}

#[derive(Deserialize, Default)]
struct UrlEntity<'a> {
    #[serde(borrow)]
    expanded_url: Option<Str<'a>>,
    #[serde(borrow)]
    url: Option<Str<'a>>,
}

#[derive(Deserialize, Default)]
struct V1Extended<'a> {
    #[serde(borrow)]
    full_text: Option<Str<'a>>,
    #[serde(borrow)]
    entities: Option<Entities<'a>>,
}

#[derive(Deserialize, Default)]
struct V1User<'a> {
    #[serde(borrow)]
    id_str: Option<Id<'a>>,
    #[serde(borrow)]
    id: Option<Id<'a>>,
    #[serde(borrow)]
    screen_name: Option<Str<'a>>,
    #[serde(borrow)]
    name: Option<Str<'a>>,
    verified: Option<bool>,
    followers_count: Option<u64>,
    #[serde(borrow)]
    created_at: Option<Str<'a>>,
}

#[derive(Deserialize, Default)]
struct RawAccountEvent<'a> {
    #[serde(borrow)]
    account_id: Option<Id<'a>>,
    #[serde(borrow, rename = "type")]
    kind: Option<Str<'a>>,
    #[serde(borrow)]
    created_at: Option<Str<'a>>,
}

// ---------------------------------------------------------------------------------------------
// Wire → event

impl<'a> Message<'a> {
    /// `text` is the whole message (a Mastodon REST status is decoded again from it).
    fn into_input(self, text: &str) -> Result<Input, DecodeError> {
        if let Some(data) = self.data {
            return decode_v2(&data, self.includes.as_deref()).map(|p| Input::Post(Box::new(p)));
        }
        if let Some(ev) = self.account_event {
            return decode_account_event(&ev).map(Input::AccountEvent);
        }
        if let (Some(kind), true) = (&self.kind, self.did.is_some() || self.time_us.is_some()) {
            return bluesky::Event {
                did: self.did.as_ref(),
                time_us: self.time_us,
                kind: kind.as_str(),
                commit: self.commit.as_deref().map(|c| &**c),
                identity: self.identity.as_deref().map(|c| &**c),
                account: self.account.as_deref().map(|c| &**c),
            }
            .decode();
        }
        if let Some(event) = &self.event {
            let payload = match self.payload {
                None => None,
                Some(raw) if raw.get().starts_with('"') => {
                    match fast_path()
                        .then(|| lazy::string_literal(raw.get()))
                        .flatten()
                    {
                        Some(payload) => Some(payload),
                        None => Some(serde_json::from_str::<Cow<'_, str>>(raw.get()).map_err(
                            |e| DecodeError::WrongShape(format!("mastodon payload: {e}")),
                        )?),
                    }
                }
                Some(raw) => Some(Cow::Borrowed(raw.get())),
            };
            return mastodon::decode_event(event.as_str(), payload.as_deref());
        }
        if self.user.is_none() && self.uri.is_some() && self.content.is_some() {
            return mastodon::decode_status(text, false).map(|p| Input::Post(Box::new(p)));
        }
        if self.id_str.is_some() || self.id.is_some() || self.user.is_some() {
            return self.decode_v1().map(|p| Input::Post(Box::new(p)));
        }
        if let Some(errors) = self.errors {
            let first = errors.first();
            let title = first.and_then(|e| e.title.as_ref()).map_or("", Str::as_str);
            let detail = first
                .and_then(|e| e.detail.as_ref())
                .map_or("", Str::as_str);
            return Err(DecodeError::WrongShape(format!(
                "v2 stream error message: {title}: {detail}"
            )));
        }
        Err(wrong_shape(
            "no known top-level key (expected `data`, `account_event`, a v1.1 status with `id_str` and `user`, a Jetstream event with `kind`, a Mastodon event with `event`, or a Mastodon status)",
        ))
    }

    /// The status's full text: `extended_tweet.full_text` when truncated, else `full_text`
    /// (extended mode), else `text`.
    fn full_text(&self) -> &str {
        let extended = self
            .extended_tweet
            .as_ref()
            .and_then(|e| e.full_text.as_ref());
        let text = match (self.truncated, extended) {
            (Some(true), Some(ext)) => Some(ext),
            _ => self.full_text.as_ref().or(self.text.as_ref()).or(extended),
        };
        text.map_or("", Str::as_str)
    }

    /// The status's URL entities, preferring the extended tweet's (they cover the full text).
    fn urls(&self) -> Vec<String> {
        let extended = match self.truncated {
            Some(true) => self
                .extended_tweet
                .as_ref()
                .and_then(|e| e.entities.as_ref()),
            _ => None,
        };
        collect_urls(extended.or(self.entities.as_ref()))
    }

    fn status_id(&self) -> Option<&Id<'a>> {
        self.id_str.as_ref().or(self.id.as_ref())
    }

    fn user_id(&self) -> Option<&Id<'a>> {
        let user = self.user.as_ref()?;
        user.id_str.as_ref().or(user.id.as_ref())
    }

    /// A nested `retweeted_status` / `quoted_status` as a [`Referenced`].
    fn as_referenced(&self, field: &str) -> Result<Referenced, DecodeError> {
        let id = self
            .status_id()
            .ok_or_else(|| DecodeError::WrongShape(format!("v1.1 {field} has no id_str")))?;
        let text = self.full_text();
        Ok(Referenced {
            id: id.to_owned_string(),
            author_id: self.user_id().map(Id::to_owned_string),
            text: self.has_text().then(|| unescape_html(text)),
        })
    }

    fn has_text(&self) -> bool {
        self.text.is_some() || self.full_text.is_some() || self.extended_tweet.is_some()
    }

    fn decode_v1(self) -> Result<Post, DecodeError> {
        let id = self
            .status_id()
            .ok_or_else(|| wrong_shape("v1.1 status has no id_str"))?
            .to_owned_string();
        let user = self
            .user
            .as_ref()
            .ok_or_else(|| wrong_shape("v1.1 status has no user"))?;
        let author_id = user
            .id_str
            .as_ref()
            .or(user.id.as_ref())
            .ok_or_else(|| wrong_shape("v1.1 status has no user.id_str"))?;
        let created_at = required_time(
            self.created_at.as_ref(),
            "v1.1 status created_at",
            parse_v1_time,
        )?;
        let author = Account {
            id: author_id.to_owned_string(),
            username: owned(user.screen_name.as_ref()),
            display_name: owned(user.name.as_ref()),
            verified: user.verified,
            followers: user.followers_count,
            created_at: user
                .created_at
                .as_ref()
                .and_then(|s| parse_v1_time(s.as_str())),
        };

        let retweet_of = self
            .retweeted_status
            .as_deref()
            .map(|rt| rt.as_referenced("retweeted_status"))
            .transpose()?;
        let quote_of = match (&self.quoted_status, &self.quoted_status_id_str) {
            (Some(q), _) => Some(q.as_referenced("quoted_status")?),
            (None, Some(qid)) => Some(Referenced {
                id: qid.to_owned_string(),
                ..Referenced::default()
            }),
            (None, None) => None,
        };
        // A retweet shows the retweeted status (the top-level text is a truncated `RT @x: …`).
        let (text, urls) = match (&self.retweeted_status, &retweet_of) {
            (Some(rt), Some(Referenced { text: Some(t), .. })) => (t.clone(), rt.urls()),
            _ => (unescape_html(self.full_text()), self.urls()),
        };
        Ok(Post {
            id,
            platform: Platform::Twitter,
            permalink: None,
            hydration: None,
            author,
            text,
            created_at,
            lang: non_empty(self.lang.as_ref()),
            source: self.source.as_ref().and_then(|s| source_text(s.as_str())),
            retweet_of,
            quote_of,
            reply_to_user: self
                .in_reply_to_user_id_str
                .or(self.in_reply_to_user_id)
                .as_ref()
                .map(Id::to_owned_string),
            urls,
        })
    }
}

impl V2Tweet<'_> {
    /// The full text: `note_tweet.text` for long posts, else `text`.
    fn full_text(&self) -> Option<&str> {
        self.note_tweet
            .as_ref()
            .and_then(|n| n.text.as_ref())
            .or(self.text.as_ref())
            .map(Str::as_str)
    }
}

fn decode_v2(data: &V2Tweet<'_>, includes: Option<&V2Includes<'_>>) -> Result<Post, DecodeError> {
    let id = data
        .id
        .as_ref()
        .ok_or_else(|| wrong_shape("v2 message has no data.id"))?;
    let author_id = data
        .author_id
        .as_ref()
        .ok_or_else(|| wrong_shape("v2 message has no data.author_id"))?;
    let created_at = required_time(
        data.created_at.as_ref(),
        "v2 data.created_at",
        parse_rfc3339_time,
    )?;

    let (users, tweets): (&[V2User<'_>], &[V2Tweet<'_>]) = match &includes {
        Some(inc) => (&inc.users, &inc.tweets),
        None => (&[], &[]),
    };
    let author = users
        .iter()
        .find(|u| u.id.as_ref().is_some_and(|i| i.same(author_id)))
        .map_or_else(
            || Account {
                id: author_id.to_owned_string(),
                ..Account::default()
            },
            |u| Account {
                id: author_id.to_owned_string(),
                username: owned(u.username.as_ref()),
                display_name: owned(u.name.as_ref()),
                verified: u.verified,
                followers: u.public_metrics.as_ref().and_then(|m| m.followers_count),
                created_at: u
                    .created_at
                    .as_ref()
                    .and_then(|s| parse_rfc3339_time(s.as_str())),
            },
        );

    let find_included = |rid: &Id<'_>| {
        tweets
            .iter()
            .find(|t| t.id.as_ref().is_some_and(|i| i.same(rid)))
    };
    let mut retweet_of = None;
    let mut retweeted = None;
    let mut quote_of = None;
    for r in &data.referenced_tweets {
        let (Some(kind), Some(rid)) = (&r.kind, &r.id) else {
            continue;
        };
        let slot = match kind.as_str() {
            "retweeted" if retweet_of.is_none() => &mut retweet_of,
            "quoted" if quote_of.is_none() => &mut quote_of,
            _ => continue,
        };
        let included = find_included(rid);
        *slot = Some(Referenced {
            id: rid.to_owned_string(),
            author_id: included.and_then(|t| owned_id(t.author_id.as_ref())),
            text: included.and_then(V2Tweet::full_text).map(unescape_html),
        });
        if kind.as_str() == "retweeted" {
            retweeted = included;
        }
    }

    // A retweet shows the retweeted post's full text (and its URLs) when it was included.
    let (text, urls) = match (retweeted, &retweet_of) {
        (Some(rt), Some(Referenced { text: Some(t), .. })) => {
            (t.clone(), collect_urls(rt.entities.as_ref()))
        }
        _ => (
            unescape_html(data.full_text().unwrap_or("")),
            collect_urls(data.entities.as_ref()),
        ),
    };
    Ok(Post {
        id: id.to_owned_string(),
        platform: Platform::Twitter,
        permalink: None,
        hydration: None,
        author,
        text,
        created_at,
        lang: non_empty(data.lang.as_ref()),
        source: data.source.as_ref().and_then(|s| source_text(s.as_str())),
        retweet_of,
        quote_of,
        reply_to_user: owned_id(data.in_reply_to_user_id.as_ref()),
        urls,
    })
}

fn decode_account_event(ev: &RawAccountEvent<'_>) -> Result<AccountEvent, DecodeError> {
    let account_id = ev
        .account_id
        .as_ref()
        .ok_or_else(|| wrong_shape("account_event has no account_id"))?;
    let kind = ev
        .kind
        .as_ref()
        .ok_or_else(|| wrong_shape("account_event has no type"))?;
    let created_at = required_time(
        ev.created_at.as_ref(),
        "account_event.created_at",
        parse_rfc3339_time,
    )?;
    Ok(AccountEvent {
        account_id: account_id.to_owned_string(),
        kind: SecurityEventKind::parse(kind.as_str()),
        created_at,
    })
}

fn required_time(
    s: Option<&Str<'_>>,
    field: &str,
    parse: fn(&str) -> Option<Timestamp>,
) -> Result<Timestamp, DecodeError> {
    let s = s.ok_or_else(|| DecodeError::WrongShape(format!("{field} is missing")))?;
    parse(s.as_str()).ok_or_else(|| {
        // Bound the echoed value: it comes from untrusted input and ends up in logs.
        let shown: String = s.as_str().chars().take(64).collect();
        DecodeError::WrongShape(format!("{field} is not a valid time: {shown:?}"))
    })
}

fn owned(s: Option<&Str<'_>>) -> Option<String> {
    s.map(|s| s.as_str().to_owned())
}

fn owned_id(s: Option<&Id<'_>>) -> Option<String> {
    s.map(Id::to_owned_string)
}

fn non_empty(s: Option<&Str<'_>>) -> Option<String> {
    s.filter(|s| !s.as_str().is_empty())
        .map(|s| s.as_str().to_owned())
}

fn collect_urls(entities: Option<&Entities<'_>>) -> Vec<String> {
    entities.map_or_else(Vec::new, |e| {
        e.urls
            .iter()
            .filter_map(|u| u.expanded_url.as_ref().or(u.url.as_ref()))
            .filter(|u| !u.as_str().is_empty())
            .map(|u| u.as_str().to_owned())
            .collect()
    })
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/// Undoes Twitter's HTML escaping of post text (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`,
/// `&apos;`, and numeric `&#NNN;` / `&#xHH;`), in one pass so `&amp;lt;` becomes `&lt;`.
/// Anything that is not a complete known entity is kept verbatim.
pub fn unescape_html(s: &str) -> String {
    let bytes = s.as_bytes();
    let Some(first) = memchr::memchr(b'&', bytes) else {
        return s.to_owned();
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut rest = &s[first..];
    loop {
        // `rest` starts with '&' here.
        match entity(rest) {
            Some((ch, len)) => {
                out.push(ch);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
        match memchr::memchr(b'&', rest.as_bytes()) {
            Some(i) => {
                out.push_str(&rest[..i]);
                rest = &rest[i..];
            }
            None => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

/// The character and byte length of the entity at the start of `s` (which starts with `&`).
fn entity(s: &str) -> Option<(char, usize)> {
    const NAMED: [(&str, char); 6] = [
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&#39;", '\''),
        ("&apos;", '\''),
    ];
    if let Some(&(name, ch)) = NAMED.iter().find(|(name, _)| s.starts_with(name)) {
        return Some((ch, name.len()));
    }
    let num = s.strip_prefix("&#")?;
    let (digits, radix, prefix) = match num.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16, 3),
        None => (num, 10, 2),
    };
    let end = digits.find(';')?;
    // At most 8 digits keeps the value within u32 and the scan short.
    if end == 0 || end > 8 {
        return None;
    }
    let code = u32::from_str_radix(&digits[..end], radix).ok()?;
    let ch = char::from_u32(code).filter(|&c| c != '\0')?;
    Some((ch, prefix + end + 1))
}

/// The posting client's name from the `source` field: v1.1 (and some v2 producers) send an
/// HTML anchor, `<a href="…" rel="nofollow">Twitter Web App</a>`; keep only its text.
fn source_text(s: &str) -> Option<String> {
    let text: Cow<'_, str> = match memchr::memchr(b'<', s.as_bytes()) {
        None => Cow::Borrowed(s),
        Some(first) => {
            // Copy the text between tags, jumping from `<` to `>` to `<` with memchr.
            let bytes = s.as_bytes();
            let mut out = String::with_capacity(s.len());
            out.push_str(&s[..first]);
            let mut pos = first;
            while pos < bytes.len() {
                // `pos` is at a '<': skip the tag (an unclosed tag runs to the end).
                let Some(close) = memchr::memchr(b'>', &bytes[pos..]) else {
                    break;
                };
                let start = pos + close + 1;
                let end = memchr::memchr(b'<', &bytes[start..]).map_or(bytes.len(), |i| start + i);
                out.push_str(&s[start..end]);
                pos = end;
            }
            Cow::Owned(out)
        }
    };
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| unescape_html(trimmed))
}

// ---------------------------------------------------------------------------------------------
// Time parsing
//
// chrono's general parsers cost a few hundred nanoseconds; the stream's timestamps come in two
// fixed layouts, parsed here directly. Anything the fast path does not accept goes to chrono
// (through `Timestamp`), so the accepted set and the results are exactly chrono's.

/// RFC 3339, fast path for `YYYY-MM-DDTHH:MM:SS[.fff…]Z`.
fn parse_rfc3339_time(s: &str) -> Option<Timestamp> {
    fast_rfc3339(s.as_bytes()).or_else(|| Timestamp::parse_rfc3339(s))
}

/// v1.1 `Wed Jul 15 20:17:34 +0000 2020`, fast path for the exact 30-byte layout.
fn parse_v1_time(s: &str) -> Option<Timestamp> {
    fast_v1(s.as_bytes()).or_else(|| Timestamp::parse_twitter_v1(s))
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, &d| {
        d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
    })
}

fn fast_rfc3339(b: &[u8]) -> Option<Timestamp> {
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' {
        return None;
    }
    if b[13] != b':' || b[16] != b':' || *b.last()? != b'Z' {
        return None;
    }
    let year = digits(&b[0..4])?;
    let (month, day) = (digits(&b[5..7])?, digits(&b[8..10])?);
    let (hour, min, sec) = (
        digits(&b[11..13])?,
        digits(&b[14..16])?,
        digits(&b[17..19])?,
    );
    let frac = &b[19..b.len() - 1];
    let millis = match frac {
        [] => 0,
        [b'.', rest @ ..] if !rest.is_empty() && rest.len() <= 9 => {
            let mut ms = 0;
            for (i, &d) in rest.iter().enumerate() {
                if !d.is_ascii_digit() {
                    return None;
                }
                if i < 3 {
                    ms = ms * 10 + i64::from(d - b'0');
                }
            }
            // Pad to milliseconds: ".5" is 500 ms.
            ms * 10i64.pow(3u32.saturating_sub(rest.len() as u32))
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day)?;
    if hour > 23 || min > 59 || sec > 59 {
        return None;
    }
    let secs = days * 86_400 + i64::from(hour * 3600 + min * 60 + sec);
    Some(Timestamp(secs * 1000 + millis))
}

fn fast_v1(b: &[u8]) -> Option<Timestamp> {
    // "Wed Jul 15 20:17:34 +0000 2020"
    if b.len() != 30 || b[3] != b' ' || b[7] != b' ' || b[10] != b' ' || b[19] != b' ' {
        return None;
    }
    if b[13] != b':' || b[16] != b':' || b[25] != b' ' {
        return None;
    }
    const MONTHS: [&[u8; 3]; 12] = [
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
        b"Dec",
    ];
    const WEEKDAYS: [&[u8; 3]; 7] = [b"Thu", b"Fri", b"Sat", b"Sun", b"Mon", b"Tue", b"Wed"];
    let month = MONTHS.iter().position(|m| &b[4..7] == *m)? as u32 + 1;
    let day = digits(&b[8..10])?;
    let (hour, min, sec) = (
        digits(&b[11..13])?,
        digits(&b[14..16])?,
        digits(&b[17..19])?,
    );
    let sign = match b[20] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (off_h, off_m) = (digits(&b[21..23])?, digits(&b[23..25])?);
    let year = digits(&b[26..30])?;
    if hour > 23 || min > 59 || sec > 59 || off_h > 23 || off_m > 59 {
        return None;
    }
    let days = days_from_civil(year, month, day)?;
    // chrono rejects a weekday that does not match the date; so do we (by deferring to it).
    if &b[0..3] != WEEKDAYS[days.rem_euclid(7) as usize] {
        return None;
    }
    let local = days * 86_400 + i64::from(hour * 3600 + min * 60 + sec);
    let offset = sign * i64::from(off_h * 3600 + off_m * 60);
    Some(Timestamp((local - offset) * 1000))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm), `None` for an
/// impossible date.
fn days_from_civil(year: u32, month: u32, day: u32) -> Option<i64> {
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&month) || day == 0 || day > DAYS[month as usize - 1] {
        return None;
    }
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    if month == 2 && day == 29 && !leap {
        return None;
    }
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

mod bluesky;
mod lazy;
pub mod mastodon;

pub use bluesky::POST_COLLECTION as BLUESKY_POST_COLLECTION;

#[cfg(test)]
mod tests;
