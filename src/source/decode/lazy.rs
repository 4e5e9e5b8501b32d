//! The decoder's fast path: one strict pass over the message that fills the wire structs
//! directly, reading the fields the detector uses and skipping the rest without building
//! anything.
//!
//! # Why a hand-written reader
//!
//! Measured on the synthetic stream (docs/performance.md, "lazy decoding"): serde_json's derived
//! visitors spend most of a message's time in machinery around the few fields we keep (a visitor
//! call per key, `Option` and `Box` wrappers, value-by-value skipping of the ignored keys). A
//! SIMD parser gains little on messages of about a kilobyte (sonic-rs 14 % on parsing,
//! simd-json nothing) and reports different errors, so serde would stay for those anyway. This
//! reader walks the bytes once, finds the ends of strings with `memchr`, skips unread values in
//! place and borrows every string that has no escape.
//!
//! # The contract: same result or no result
//!
//! [`message`] returns `None` whenever it is not *certain* to produce exactly what serde_json
//! would: on any syntax error, any type that the field's serde type would reject, a duplicate
//! known key (serde's "duplicate field" error), a key written with escapes, a `\u` escape of a
//! UTF-16 surrogate that is not a well-formed pair, a number out of the field's range, nesting
//! deeper than [`MAX_DEPTH`]. The caller then runs the serde path, which decides and reports
//! errors with their exact column. So the grammar accepted here is a subset of serde_json's and,
//! on that subset, the structs are the same ones serde would build; `decode_line_reference` (the
//! serde path alone) is checked against it by tests and the `decode` fuzz target.

use std::borrow::Cow;

use serde::de::IgnoredAny;

use super::bluesky::{AccountStatus, Commit, Identity};
use super::{
    Entities, Id, Message, NoteTweet, Obj, PublicMetrics, Raw, RawAccountEvent, Str, UrlEntity,
    V1Extended, V1User, V2Error, V2Includes, V2Ref, V2Tweet, V2User,
};

/// Deeper than this, the serde path decides (serde_json's own limit is 128).
pub(super) const MAX_DEPTH: u32 = 64;

/// A top-level object (the caller has checked that `text` starts with `{` after whitespace),
/// or `None` when the serde path must decide.
pub(super) fn message(text: &str) -> Option<Message<'_>> {
    let mut c = Cursor::new(text);
    let m = c.message()?;
    c.end()?;
    Some(m)
}

/// A single JSON object of type `T`, read by `read`, and nothing after it but whitespace.
pub(super) fn document<'a, T>(
    text: &'a str,
    read: impl FnOnce(&mut Cursor<'a>) -> Option<T>,
) -> Option<T> {
    let mut c = Cursor::new(text);
    let v = read(&mut c)?;
    c.end()?;
    Some(v)
}

/// The contents of a JSON string literal (`text` is the whole literal, quotes included),
/// unescaped; `None` unless it is exactly one valid string.
pub(super) fn string_literal(text: &str) -> Option<Cow<'_, str>> {
    document(text, |c| c.string().map(|s| s.0))
}

/// A position in the message. Every method that reads a value returns `None` to give up.
pub(super) struct Cursor<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    depth: u32,
    /// No byte of the document is a control character, so no string can hold one and the end
    /// of a string is found by looking for quotes and backslashes alone (with `memchr`).
    clean: bool,
}

/// Marks a known key as seen; `None` (give up) when it was already seen, since serde reports a
/// duplicate field as an error.
#[inline]
pub(super) fn once(seen: &mut u64, bit: u32) -> Option<()> {
    let m = 1u64 << bit;
    if *seen & m != 0 {
        return None;
    }
    *seen |= m;
    Some(())
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of `w` is a quote, a backslash or a control character (below 0x20).
#[inline]
fn special(w: u64) -> bool {
    let quote = w ^ (ONES * u64::from(b'"'));
    let backslash = w ^ (ONES * u64::from(b'\\'));
    let zero = |v: u64| v.wrapping_sub(ONES) & !v;
    ((zero(quote) | zero(backslash) | (w.wrapping_sub(ONES * 0x20) & !w)) & HIGHS) != 0
}

/// Whether any byte is below 0x20 (a control character, or JSON whitespace other than a
/// space). Written as a fold without early exit so that it compiles to vector instructions.
fn has_control(b: &[u8]) -> bool {
    b.chunks(64)
        .any(|c| c.iter().fold(false, |acc, &x| acc | (x < 0x20)))
}

/// The index of the first quote or backslash in `b` at or after `j`.
#[inline]
fn quote_or_backslash(b: &[u8], mut j: usize) -> Option<usize> {
    // Most strings are short (keys, ids, names): two words in registers before memchr.
    for _ in 0..2 {
        let Some(w) = b.get(j..j + 8) else { break };
        let w = u64::from_le_bytes(w.try_into().ok()?);
        let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
        let hits = zero(w ^ (ONES * u64::from(b'"'))) | zero(w ^ (ONES * u64::from(b'\\')));
        if hits != 0 {
            // The lowest flagged byte is exact (borrows only propagate upwards).
            return Some(j + (hits.trailing_zeros() / 8) as usize);
        }
        j += 8;
    }
    memchr::memchr2(b'"', b'\\', b.get(j..)?).map(|k| j + k)
}

fn hex4(b: &[u8]) -> Option<u32> {
    let d = b.get(..4)?;
    d.iter().try_fold(0u32, |acc, &c| {
        let v = (c as char).to_digit(16)?;
        Some(acc * 16 + v)
    })
}

/// The length of the escape at the start of `b` (which starts with a backslash) and the
/// character it stands for; `None` for an invalid escape or a surrogate that is not a pair.
fn escape(b: &[u8]) -> Option<(usize, char)> {
    let ch = match *b.get(1)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let hi = hex4(&b[2..])?;
            if !(0xD800..0xE000).contains(&hi) {
                return Some((6, char::from_u32(hi)?));
            }
            if hi >= 0xDC00 || b.get(6..8)? != b"\\u" {
                return None;
            }
            let lo = hex4(&b[8..])?;
            if !(0xDC00..0xE000).contains(&lo) {
                return None;
            }
            let code = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
            return Some((12, char::from_u32(code)?));
        }
        _ => return None,
    };
    Some((2, ch))
}

fn unescape(raw: &str) -> Option<String> {
    let b = raw.as_bytes();
    let mut out = String::with_capacity(raw.len());
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'\\', &b[i..]) {
        out.push_str(&raw[i..i + k]);
        let (len, ch) = escape(&b[i + k..])?;
        out.push(ch);
        i += k + len;
    }
    out.push_str(&raw[i..]);
    Some(out)
}

impl<'a> Cursor<'a> {
    pub(super) fn new(s: &'a str) -> Self {
        let b = s.as_bytes();
        // A line's trailing `\r` (or `\n`) cannot be inside a string that ends with a quote.
        let end = b.len()
            - b.iter()
                .rev()
                .take_while(|c| matches!(c, b' ' | b'\n' | b'\t' | b'\r'))
                .count();
        Cursor {
            s,
            b,
            i: 0,
            depth: 0,
            clean: !has_control(&b[..end]),
        }
    }

    /// Only whitespace left.
    fn end(&mut self) -> Option<()> {
        self.peek().is_none().then_some(())
    }

    /// The next byte after whitespace (JSON's four: space, tab, newline, carriage return).
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        while let Some(&c) = self.b.get(self.i) {
            if !matches!(c, b' ' | b'\n' | b'\t' | b'\r') {
                return Some(c);
            }
            self.i += 1;
        }
        None
    }

    #[inline]
    fn eat(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.i += 1)
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        self.b[self.i..]
            .starts_with(word)
            .then(|| self.i += word.len())
    }

    /// Consumes `null` if it is next.
    #[inline]
    fn null(&mut self) -> Option<bool> {
        if self.peek()? == b'n' {
            self.literal(b"null")?;
            return Some(true);
        }
        Some(false)
    }

    /// The raw contents of the string at the cursor (which is at its opening quote) and
    /// whether it has escapes.
    ///
    /// Returns the byte range of the contents: a key is matched as bytes and a skipped string
    /// is never sliced as a `str`, which would check both ends for character boundaries.
    #[inline]
    fn raw_string(&mut self) -> Option<(usize, usize, bool)> {
        let start = self.i + 1;
        let mut j = start;
        let mut escaped = false;
        if self.clean {
            loop {
                j = quote_or_backslash(self.b, j)?;
                if self.b[j] == b'"' {
                    break;
                }
                escaped = true;
                j += escape(&self.b[j..])?.0;
            }
            self.i = j + 1;
            return Some((start, j, escaped));
        }
        loop {
            // Eight bytes at a time while none of them is special.
            while let Some(w) = self.b.get(j..j + 8) {
                let w = u64::from_le_bytes(w.try_into().ok()?);
                if special(w) {
                    break;
                }
                j += 8;
            }
            match *self.b.get(j)? {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    j += escape(&self.b[j..])?.0;
                }
                c if c < 0x20 => return None,
                _ => j += 1,
            }
        }
        self.i = j + 1;
        Some((start, j, escaped))
    }

    /// A string value, borrowed unless it has escapes.
    pub(super) fn string(&mut self) -> Option<Str<'a>> {
        if self.peek()? != b'"' {
            return None;
        }
        let (start, end, escaped) = self.raw_string()?;
        let raw = &self.s[start..end];
        Some(Str(if escaped {
            Cow::Owned(unescape(raw)?)
        } else {
            Cow::Borrowed(raw)
        }))
    }

    /// `Option<Str>`: `null` is `None`.
    pub(super) fn opt_str(&mut self) -> Option<Option<Str<'a>>> {
        if self.null()? {
            return Some(None);
        }
        self.string().map(Some)
    }

    /// `Option<Id>`: a string, or an integer that fits a `u64`.
    pub(super) fn opt_id(&mut self) -> Option<Option<Id<'a>>> {
        match self.peek()? {
            b'n' => self.literal(b"null").map(|()| None),
            b'"' => self.string().map(|s| Some(Id::Text(s.0))),
            _ => self.unsigned().map(|n| Some(Id::Num(n))),
        }
    }

    pub(super) fn opt_bool(&mut self) -> Option<Option<bool>> {
        match self.peek()? {
            b'n' => self.literal(b"null").map(|()| None),
            b't' => self.literal(b"true").map(|()| Some(true)),
            b'f' => self.literal(b"false").map(|()| Some(false)),
            _ => None,
        }
    }

    pub(super) fn opt_u64(&mut self) -> Option<Option<u64>> {
        if self.null()? {
            return Some(None);
        }
        self.unsigned().map(Some)
    }

    /// A non-negative integer without fraction or exponent that fits a `u64`.
    fn unsigned(&mut self) -> Option<u64> {
        let digits = self.b[self.i..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits == 0 || (digits > 1 && self.b[self.i] == b'0') {
            return None;
        }
        let end = self.i + digits;
        if matches!(self.b.get(end), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        let mut n: u64 = 0;
        for &d in &self.b[self.i..end] {
            n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
        }
        self.i = end;
        Some(n)
    }

    pub(super) fn opt_i64(&mut self) -> Option<Option<i64>> {
        if self.null()? {
            return Some(None);
        }
        let negative = self.b[self.i] == b'-';
        if negative {
            self.i += 1;
        }
        let n = i64::try_from(self.unsigned()?).ok()?;
        // "-0" and the most negative value are left to serde.
        if negative && n == 0 {
            return None;
        }
        Some(Some(if negative { -n } else { n }))
    }

    /// `Option<IgnoredAny>`: `null` is `None`, anything else is skipped.
    fn opt_ignored(&mut self) -> Option<Option<IgnoredAny>> {
        if self.null()? {
            return Some(None);
        }
        self.skip().map(|()| Some(IgnoredAny))
    }

    /// `Option<Raw>`: the raw text of any value but `null`.
    pub(super) fn opt_raw(&mut self) -> Option<Option<Raw<'a>>> {
        if self.null()? {
            return Some(None);
        }
        let start = self.i;
        self.skip()?;
        Some(Some(Raw(&self.s[start..self.i])))
    }

    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    /// Reads an object: `field` is called with each key (keys with escapes give up) and must
    /// consume its value.
    #[inline]
    pub(super) fn object(
        &mut self,
        mut field: impl FnMut(&mut Self, &'a [u8]) -> Option<()>,
    ) -> Option<()> {
        self.eat(b'{')?;
        self.enter()?;
        if self.peek()? == b'}' {
            self.i += 1;
        } else {
            loop {
                if self.peek()? != b'"' {
                    return None;
                }
                let (start, end, escaped) = self.raw_string()?;
                if escaped {
                    return None;
                }
                let key = &self.b[start..end];
                self.eat(b':')?;
                field(self, key)?;
                match self.peek()? {
                    b',' => self.i += 1,
                    b'}' => {
                        self.i += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        self.depth -= 1;
        Some(())
    }

    /// Reads an array whose elements `read` reads (`#[serde(default)] Vec<T>` fields: `null`
    /// gives up, as serde rejects it).
    pub(super) fn array<T>(
        &mut self,
        mut read: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        let mut out = Vec::new();
        self.eat(b'[')?;
        self.enter()?;
        if self.peek()? == b']' {
            self.i += 1;
        } else {
            loop {
                out.push(read(self)?);
                match self.peek()? {
                    b',' => self.i += 1,
                    b']' => {
                        self.i += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        self.depth -= 1;
        Some(out)
    }

    /// `Option<T>` of a struct read by `read`: `null` is `None`.
    #[inline]
    pub(super) fn opt<T>(
        &mut self,
        read: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<Option<T>> {
        if self.null()? {
            return Some(None);
        }
        read(self).map(Some)
    }

    /// Skips any value, checking it as strictly as serde_json does.
    pub(super) fn skip(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.raw_string().map(drop),
            b'{' => self.object(|c, _| c.skip()),
            b'[' => {
                self.i += 1;
                self.enter()?;
                if self.peek()? == b']' {
                    self.i += 1;
                } else {
                    loop {
                        self.skip()?;
                        match self.peek()? {
                            b',' => self.i += 1,
                            b']' => {
                                self.i += 1;
                                break;
                            }
                            _ => return None,
                        }
                    }
                }
                self.depth -= 1;
                Some(())
            }
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    /// Skips a number of JSON's grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Option<()> {
        let b = self.b;
        let mut j = self.i;
        if b[j] == b'-' {
            j += 1;
        }
        let digits = |j: usize| {
            b[j.min(b.len())..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count()
        };
        let int = digits(j);
        if int == 0 || (int > 1 && b[j] == b'0') {
            return None;
        }
        j += int;
        if b.get(j) == Some(&b'.') {
            let frac = digits(j + 1);
            if frac == 0 {
                return None;
            }
            j += 1 + frac;
        }
        if matches!(b.get(j), Some(b'e' | b'E')) {
            j += 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            let exp = digits(j);
            if exp == 0 {
                return None;
            }
            j += exp;
        }
        self.i = j;
        Some(())
    }

    // -----------------------------------------------------------------------------------------
    // The wire structs, field by field (each key's bit in `seen` is its position here).

    fn message(&mut self) -> Option<Message<'a>> {
        let mut m = Message::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"data" => {
                    once(&mut seen, 0)?;
                    m.data = c.opt(|c| c.v2_tweet().map(|t| Box::new(Obj(t))))?;
                }
                b"includes" => {
                    once(&mut seen, 1)?;
                    m.includes = c.opt(|c| c.v2_includes().map(Obj))?;
                }
                b"errors" => {
                    once(&mut seen, 2)?;
                    m.errors = c.opt(|c| c.array(Cursor::v2_error))?;
                }
                b"account_event" => {
                    once(&mut seen, 3)?;
                    m.account_event = c.opt(|c| c.account_event().map(|e| Box::new(Obj(e))))?;
                }
                b"id_str" => {
                    once(&mut seen, 4)?;
                    m.id_str = c.opt_id()?;
                }
                b"id" => {
                    once(&mut seen, 5)?;
                    m.id = c.opt_id()?;
                }
                b"text" => {
                    once(&mut seen, 6)?;
                    m.text = c.opt_str()?;
                }
                b"full_text" => {
                    once(&mut seen, 7)?;
                    m.full_text = c.opt_str()?;
                }
                b"truncated" => {
                    once(&mut seen, 8)?;
                    m.truncated = c.opt_bool()?;
                }
                b"extended_tweet" => {
                    once(&mut seen, 9)?;
                    m.extended_tweet = c.opt(|c| c.v1_extended().map(Box::new))?;
                }
                b"created_at" => {
                    once(&mut seen, 10)?;
                    m.created_at = c.opt_str()?;
                }
                b"user" => {
                    once(&mut seen, 11)?;
                    m.user = c.opt(|c| c.v1_user().map(|u| Box::new(Obj(u))))?;
                }
                b"lang" => {
                    once(&mut seen, 12)?;
                    m.lang = c.opt_str()?;
                }
                b"source" => {
                    once(&mut seen, 13)?;
                    m.source = c.opt_str()?;
                }
                b"retweeted_status" => {
                    once(&mut seen, 14)?;
                    m.retweeted_status = c.opt(|c| c.message().map(|s| Box::new(Obj(s))))?;
                }
                b"quoted_status" => {
                    once(&mut seen, 15)?;
                    m.quoted_status = c.opt(|c| c.message().map(|s| Box::new(Obj(s))))?;
                }
                b"quoted_status_id_str" => {
                    once(&mut seen, 16)?;
                    m.quoted_status_id_str = c.opt_id()?;
                }
                b"in_reply_to_user_id_str" => {
                    once(&mut seen, 17)?;
                    m.in_reply_to_user_id_str = c.opt_id()?;
                }
                b"in_reply_to_user_id" => {
                    once(&mut seen, 18)?;
                    m.in_reply_to_user_id = c.opt_id()?;
                }
                b"entities" => {
                    once(&mut seen, 19)?;
                    m.entities = c.opt(Cursor::entities)?;
                }
                b"did" => {
                    once(&mut seen, 20)?;
                    m.did = c.opt_str()?;
                }
                b"time_us" => {
                    once(&mut seen, 21)?;
                    m.time_us = c.opt_i64()?;
                }
                b"kind" => {
                    once(&mut seen, 22)?;
                    m.kind = c.opt_str()?;
                }
                b"commit" => {
                    once(&mut seen, 23)?;
                    m.commit = c.opt(|c| c.commit().map(|x| Box::new(Obj(x))))?;
                }
                b"identity" => {
                    once(&mut seen, 24)?;
                    m.identity = c.opt(|c| c.identity().map(|x| Box::new(Obj(x))))?;
                }
                b"account" => {
                    once(&mut seen, 25)?;
                    m.account = c.opt(|c| c.account_status().map(|x| Box::new(Obj(x))))?;
                }
                b"event" => {
                    once(&mut seen, 26)?;
                    m.event = c.opt_str()?;
                }
                b"payload" => {
                    once(&mut seen, 27)?;
                    m.payload = c.opt_raw()?;
                }
                b"uri" => {
                    once(&mut seen, 28)?;
                    m.uri = c.opt_ignored()?;
                }
                b"content" => {
                    once(&mut seen, 29)?;
                    m.content = c.opt_ignored()?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(m)
    }

    fn v2_tweet(&mut self) -> Option<V2Tweet<'a>> {
        let mut t = V2Tweet::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"id" => {
                    once(&mut seen, 0)?;
                    t.id = c.opt_id()?;
                }
                b"text" => {
                    once(&mut seen, 1)?;
                    t.text = c.opt_str()?;
                }
                b"author_id" => {
                    once(&mut seen, 2)?;
                    t.author_id = c.opt_id()?;
                }
                b"created_at" => {
                    once(&mut seen, 3)?;
                    t.created_at = c.opt_str()?;
                }
                b"lang" => {
                    once(&mut seen, 4)?;
                    t.lang = c.opt_str()?;
                }
                b"source" => {
                    once(&mut seen, 5)?;
                    t.source = c.opt_str()?;
                }
                b"referenced_tweets" => {
                    once(&mut seen, 6)?;
                    t.referenced_tweets = c.array(Cursor::v2_ref)?;
                }
                b"in_reply_to_user_id" => {
                    once(&mut seen, 7)?;
                    t.in_reply_to_user_id = c.opt_id()?;
                }
                b"entities" => {
                    once(&mut seen, 8)?;
                    t.entities = c.opt(Cursor::entities)?;
                }
                b"note_tweet" => {
                    once(&mut seen, 9)?;
                    t.note_tweet = c.opt(|c| {
                        let mut n = NoteTweet::default();
                        let mut seen = 0u64;
                        c.object(|c, key| match key {
                            b"text" => {
                                once(&mut seen, 0)?;
                                n.text = c.opt_str()?;
                                Some(())
                            }
                            _ => c.skip(),
                        })?;
                        Some(n)
                    })?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(t)
    }

    fn v2_ref(&mut self) -> Option<V2Ref<'a>> {
        let mut r = V2Ref::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"type" => {
                    once(&mut seen, 0)?;
                    r.kind = c.opt_str()?;
                }
                b"id" => {
                    once(&mut seen, 1)?;
                    r.id = c.opt_id()?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(r)
    }

    fn v2_includes(&mut self) -> Option<V2Includes<'a>> {
        let mut inc = V2Includes::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"users" => {
                    once(&mut seen, 0)?;
                    inc.users = c.array(Cursor::v2_user)?;
                }
                b"tweets" => {
                    once(&mut seen, 1)?;
                    inc.tweets = c.array(Cursor::v2_tweet)?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(inc)
    }

    fn v2_user(&mut self) -> Option<V2User<'a>> {
        let mut u = V2User::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"id" => {
                    once(&mut seen, 0)?;
                    u.id = c.opt_id()?;
                }
                b"username" => {
                    once(&mut seen, 1)?;
                    u.username = c.opt_str()?;
                }
                b"name" => {
                    once(&mut seen, 2)?;
                    u.name = c.opt_str()?;
                }
                b"verified" => {
                    once(&mut seen, 3)?;
                    u.verified = c.opt_bool()?;
                }
                b"created_at" => {
                    once(&mut seen, 4)?;
                    u.created_at = c.opt_str()?;
                }
                b"public_metrics" => {
                    once(&mut seen, 5)?;
                    u.public_metrics = c.opt(|c| {
                        let mut p = PublicMetrics::default();
                        let mut seen = 0u64;
                        c.object(|c, key| match key {
                            b"followers_count" => {
                                once(&mut seen, 0)?;
                                p.followers_count = c.opt_u64()?;
                                Some(())
                            }
                            _ => c.skip(),
                        })?;
                        Some(p)
                    })?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(u)
    }

    fn v2_error(&mut self) -> Option<V2Error<'a>> {
        let mut e = V2Error::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"title" => {
                    once(&mut seen, 0)?;
                    e.title = c.opt_str()?;
                }
                b"detail" => {
                    once(&mut seen, 1)?;
                    e.detail = c.opt_str()?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(e)
    }

    fn entities(&mut self) -> Option<Entities<'a>> {
        let mut e = Entities::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"urls" => {
                    once(&mut seen, 0)?;
                    e.urls = c.array(Cursor::url_entity)?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(e)
    }

    fn url_entity(&mut self) -> Option<UrlEntity<'a>> {
        let mut u = UrlEntity::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"expanded_url" => {
                    once(&mut seen, 0)?;
                    u.expanded_url = c.opt_str()?;
                }
                b"url" => {
                    once(&mut seen, 1)?;
                    u.url = c.opt_str()?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(u)
    }

    fn v1_extended(&mut self) -> Option<V1Extended<'a>> {
        let mut x = V1Extended::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"full_text" => {
                    once(&mut seen, 0)?;
                    x.full_text = c.opt_str()?;
                }
                b"entities" => {
                    once(&mut seen, 1)?;
                    x.entities = c.opt(Cursor::entities)?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(x)
    }

    fn v1_user(&mut self) -> Option<V1User<'a>> {
        let mut u = V1User::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"id_str" => {
                    once(&mut seen, 0)?;
                    u.id_str = c.opt_id()?;
                }
                b"id" => {
                    once(&mut seen, 1)?;
                    u.id = c.opt_id()?;
                }
                b"screen_name" => {
                    once(&mut seen, 2)?;
                    u.screen_name = c.opt_str()?;
                }
                b"name" => {
                    once(&mut seen, 3)?;
                    u.name = c.opt_str()?;
                }
                b"verified" => {
                    once(&mut seen, 4)?;
                    u.verified = c.opt_bool()?;
                }
                b"followers_count" => {
                    once(&mut seen, 5)?;
                    u.followers_count = c.opt_u64()?;
                }
                b"created_at" => {
                    once(&mut seen, 6)?;
                    u.created_at = c.opt_str()?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(u)
    }

    fn account_event(&mut self) -> Option<RawAccountEvent<'a>> {
        let mut e = RawAccountEvent::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"account_id" => {
                    once(&mut seen, 0)?;
                    e.account_id = c.opt_id()?;
                }
                b"type" => {
                    once(&mut seen, 1)?;
                    e.kind = c.opt_str()?;
                }
                b"created_at" => {
                    once(&mut seen, 2)?;
                    e.created_at = c.opt_str()?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(e)
    }

    fn commit(&mut self) -> Option<Commit<'a>> {
        let mut x = Commit::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"operation" => {
                    once(&mut seen, 0)?;
                    x.operation = c.opt_str()?;
                }
                b"collection" => {
                    once(&mut seen, 1)?;
                    x.collection = c.opt_str()?;
                }
                b"rkey" => {
                    once(&mut seen, 2)?;
                    x.rkey = c.opt_str()?;
                }
                b"rev" => {
                    once(&mut seen, 3)?;
                    x.rev = c.opt_str()?;
                }
                b"cid" => {
                    once(&mut seen, 4)?;
                    x.cid = c.opt_str()?;
                }
                b"record" => {
                    once(&mut seen, 5)?;
                    x.record = c.opt_raw()?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(x)
    }

    fn identity(&mut self) -> Option<Identity<'a>> {
        let mut x = Identity::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"did" => {
                    once(&mut seen, 0)?;
                    x.did = c.opt_str()?;
                }
                b"time" => {
                    once(&mut seen, 1)?;
                    x.time = c.opt_str()?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(x)
    }

    fn account_status(&mut self) -> Option<AccountStatus<'a>> {
        let mut x = AccountStatus::default();
        let mut seen = 0u64;
        self.object(|c, key| {
            match key {
                b"active" => {
                    once(&mut seen, 0)?;
                    x.active = c.opt_bool()?;
                }
                b"did" => {
                    once(&mut seen, 1)?;
                    x.did = c.opt_str()?;
                }
                b"time" => {
                    once(&mut seen, 2)?;
                    x.time = c.opt_str()?;
                }
                _ => c.skip()?,
            }
            Some(())
        })?;
        Some(x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_bytes_are_found_in_every_lane() {
        for lane in 0..8 {
            for c in [b'"', b'\\', 0u8, 0x1f, b'\n'] {
                let mut w = *b"abcdefgh";
                w[lane] = c;
                assert!(special(u64::from_le_bytes(w)), "{c:#x} at {lane}");
            }
            let mut w = *b"abcdefgh";
            w[lane] = 0xC3;
            assert!(!special(u64::from_le_bytes(w)));
        }
        assert!(!special(u64::from_le_bytes(*b" !#[]~\x7f ")));
    }

    #[test]
    fn quotes_and_backslashes_are_found_at_every_offset() {
        for len in 0..40 {
            for c in [b'"', b'\\'] {
                let mut b = vec![b'a'; len];
                b.push(c);
                b.extend_from_slice(b"xx\"");
                assert_eq!(quote_or_backslash(&b, 0), Some(len), "{len}");
                // Bytes that differ from a quote by one bit, and non-ASCII, are not hits.
                let mut b = vec![b'#'; len];
                b.extend_from_slice("\u{e9}!\"".as_bytes());
                assert_eq!(quote_or_backslash(&b, 0), Some(len + 3), "{len}");
            }
        }
        assert_eq!(quote_or_backslash(b"abc", 0), None);
        assert!(has_control(b"{\"a\":\t1}"));
        assert!(!has_control("{\"a\":\"\u{e9}\"}".as_bytes()));
    }

    #[test]
    fn escapes_and_surrogates() {
        assert_eq!(
            string_literal(r#""a\"b\\c\/\n\u00e9""#).as_deref(),
            Some("a\"b\\c/\né")
        );
        assert_eq!(
            string_literal(r#""\ud83d\ude80""#).as_deref(),
            Some("\u{1F680}")
        );
        for bad in [
            r#""\ud83d""#,
            r#""\ude80""#,
            r#""\ud83dx""#,
            r#""\q""#,
            "\"\u{1}\"",
            r#""\u12g4""#,
        ] {
            assert_eq!(string_literal(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_follow_json_grammar() {
        for good in ["0", "-0", "1.5", "-12e+3", "1E5", "0.0e0"] {
            let mut c = Cursor::new(good);
            assert_eq!(c.skip(), Some(()), "{good}");
            assert_eq!(c.end(), Some(()), "{good}");
        }
        for bad in ["01", "-", "1.", ".5", "1e", "+1", "1e+"] {
            let mut c = Cursor::new(bad);
            assert!(c.skip().is_none() || c.end().is_none(), "{bad}");
        }
    }
}
