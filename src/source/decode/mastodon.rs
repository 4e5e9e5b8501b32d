//! Mastodon: streaming API events and REST status objects.
//!
//! Shapes from Mastodon's API documentation (docs.joinmastodon.org: `methods/streaming`,
//! `entities/Status`, `entities/Account`). The streaming API sends, over websocket,
//!
//! ```json
//! {"stream":["public"],"event":"update","payload":"{\"id\":\"1099…\",\"uri\":\"https://…\",…}"}
//! {"stream":["public"],"event":"delete","payload":"1099…"}
//! {"stream":["public"],"event":"status.update","payload":"{…the edited status…}"}
//! ```
//!
//! `payload` is the status JSON **as a string** (an object is accepted too). The REST
//! timelines (`GET /api/v1/timelines/public`) return the same status objects in an array; one
//! status per line is also read as input.
//!
//! - A post's id is the status's `uri`, its ActivityPub id, unique across servers (the `id` is
//!   one server's database key); its link is the status's `url`. An edit (`status.update`) is
//!   decided again as a new version, `URI#edit-EDITED_AT`.
//! - The author's id is `user@host` (`acct` is bare for the server's own users: the host is
//!   taken from the account's `url`); `followers_count`, `created_at` and `display_name` come
//!   with every status.
//! - `content` is HTML: [`html_text`] keeps the text and the link targets (mentions and
//!   hashtags apart); a preview card's `url` is a link too. A reblog is a retweet: its text and
//!   links are the reblogged status's.
//! - `delete` is counted (`deleted`); other events (notifications, filters, announcements) are
//!   counted as `other_event`. Nothing here is fatal.

use serde::Deserialize;

use super::lazy::{self, Cursor, once};
use super::{DecodeError, Id, Obj, Str, fast_path, parse_rfc3339_time, unescape_html, wrong_shape};
use crate::detect::event::{Account, Input, Platform, Post, Referenced};

#[derive(Deserialize, Default)]
struct Status<'a> {
    #[serde(borrow)]
    uri: Option<Str<'a>>,
    #[serde(borrow)]
    url: Option<Str<'a>>,
    #[serde(borrow)]
    created_at: Option<Str<'a>>,
    #[serde(borrow)]
    edited_at: Option<Str<'a>>,
    #[serde(borrow)]
    content: Option<Str<'a>>,
    #[serde(borrow)]
    language: Option<Str<'a>>,
    #[serde(borrow)]
    in_reply_to_account_id: Option<Id<'a>>,
    #[serde(borrow)]
    account: Option<Obj<MAccount<'a>>>,
    #[serde(borrow)]
    reblog: Option<Box<Obj<Status<'a>>>>,
    #[serde(borrow)]
    application: Option<App<'a>>,
    #[serde(borrow)]
    card: Option<Card<'a>>,
}

#[derive(Deserialize, Default)]
struct MAccount<'a> {
    #[serde(borrow)]
    acct: Option<Str<'a>>,
    #[serde(borrow)]
    username: Option<Str<'a>>,
    #[serde(borrow)]
    display_name: Option<Str<'a>>,
    #[serde(borrow)]
    url: Option<Str<'a>>,
    #[serde(borrow)]
    created_at: Option<Str<'a>>,
    followers_count: Option<u64>,
}

#[derive(Deserialize, Default)]
struct App<'a> {
    #[serde(borrow)]
    name: Option<Str<'a>>,
}

#[derive(Deserialize, Default)]
struct Card<'a> {
    #[serde(borrow)]
    url: Option<Str<'a>>,
}

/// The fast path's reader of a status (see `lazy`): the same struct serde fills, or `None`.
fn status<'a>(c: &mut Cursor<'a>) -> Option<Status<'a>> {
    let mut s = Status::default();
    let mut seen = 0u64;
    c.object(|c, key| {
        match key {
            b"uri" => {
                once(&mut seen, 0)?;
                s.uri = c.opt_str()?;
            }
            b"url" => {
                once(&mut seen, 1)?;
                s.url = c.opt_str()?;
            }
            b"created_at" => {
                once(&mut seen, 2)?;
                s.created_at = c.opt_str()?;
            }
            b"edited_at" => {
                once(&mut seen, 3)?;
                s.edited_at = c.opt_str()?;
            }
            b"content" => {
                once(&mut seen, 4)?;
                s.content = c.opt_str()?;
            }
            b"language" => {
                once(&mut seen, 5)?;
                s.language = c.opt_str()?;
            }
            b"in_reply_to_account_id" => {
                once(&mut seen, 6)?;
                s.in_reply_to_account_id = c.opt_id()?;
            }
            b"account" => {
                once(&mut seen, 7)?;
                s.account = c.opt(|c| account(c).map(Obj))?;
            }
            b"reblog" => {
                once(&mut seen, 8)?;
                s.reblog = c.opt(|c| status(c).map(|r| Box::new(Obj(r))))?;
            }
            b"application" => {
                once(&mut seen, 9)?;
                s.application = c.opt(|c| {
                    let mut a = App::default();
                    let mut seen = 0u64;
                    c.object(|c, key| match key {
                        b"name" => {
                            once(&mut seen, 0)?;
                            a.name = c.opt_str()?;
                            Some(())
                        }
                        _ => c.skip(),
                    })?;
                    Some(a)
                })?;
            }
            b"card" => {
                once(&mut seen, 10)?;
                s.card = c.opt(|c| {
                    let mut card = Card::default();
                    let mut seen = 0u64;
                    c.object(|c, key| match key {
                        b"url" => {
                            once(&mut seen, 0)?;
                            card.url = c.opt_str()?;
                            Some(())
                        }
                        _ => c.skip(),
                    })?;
                    Some(card)
                })?;
            }
            _ => c.skip()?,
        }
        Some(())
    })?;
    Some(s)
}

fn account<'a>(c: &mut Cursor<'a>) -> Option<MAccount<'a>> {
    let mut a = MAccount::default();
    let mut seen = 0u64;
    c.object(|c, key| {
        match key {
            b"acct" => {
                once(&mut seen, 0)?;
                a.acct = c.opt_str()?;
            }
            b"username" => {
                once(&mut seen, 1)?;
                a.username = c.opt_str()?;
            }
            b"display_name" => {
                once(&mut seen, 2)?;
                a.display_name = c.opt_str()?;
            }
            b"url" => {
                once(&mut seen, 3)?;
                a.url = c.opt_str()?;
            }
            b"created_at" => {
                once(&mut seen, 4)?;
                a.created_at = c.opt_str()?;
            }
            b"followers_count" => {
                once(&mut seen, 5)?;
                a.followers_count = c.opt_u64()?;
            }
            _ => c.skip()?,
        }
        Some(())
    })?;
    Some(a)
}

/// A streaming event: `event` and its `payload` (a JSON string, or raw JSON).
pub(super) fn decode_event(event: &str, payload: Option<&str>) -> Result<Input, DecodeError> {
    let edit = match event {
        "update" => false,
        "status.update" => true,
        "delete" => return Err(DecodeError::Ignored("deleted")),
        _ => return Err(DecodeError::Ignored("other_event")),
    };
    let payload = payload.ok_or_else(|| wrong_shape("mastodon update event has no payload"))?;
    decode_status(payload, edit).map(|p| Input::Post(Box::new(p)))
}

/// One status object (REST, or a streaming payload); `edit`: it is an edited version.
pub fn decode_status(json: &str, edit: bool) -> Result<Post, DecodeError> {
    let status = match fast_path().then(|| lazy::document(json, status)).flatten() {
        Some(status) => status,
        None => {
            serde_json::from_str::<Obj<Status<'_>>>(json)
                .map_err(|e| DecodeError::WrongShape(format!("mastodon status: {e}")))?
                .0
        }
    };
    let mut post = status_post(&status)?;
    if let Some(r) = &status.reblog {
        let inner = status_post(r)?;
        post.text = inner.text;
        post.urls = inner.urls;
        post.lang = post.lang.or(inner.lang);
        post.retweet_of = Some(Referenced {
            id: inner.id,
            author_id: Some(inner.author.id),
            text: Some(post.text.clone()),
        });
    }
    if edit {
        let at = status.edited_at.as_ref().map_or("", Str::as_str);
        post.id.push_str("#edit-");
        post.id.push_str(at);
    }
    Ok(post)
}

fn status_post(s: &Status<'_>) -> Result<Post, DecodeError> {
    let uri = s
        .uri
        .as_ref()
        .map(Str::as_str)
        .filter(|u| !u.is_empty())
        .ok_or_else(|| wrong_shape("mastodon status has no uri"))?;
    let account = s
        .account
        .as_ref()
        .ok_or_else(|| wrong_shape("mastodon status has no account"))?;
    let author_id =
        qualified_acct(account).ok_or_else(|| wrong_shape("mastodon account has no acct"))?;
    let created_at = super::required_time(
        s.created_at.as_ref(),
        "mastodon status created_at",
        parse_rfc3339_time,
    )?;
    let (text, mut urls) = html_text(s.content.as_ref().map_or("", Str::as_str));
    if let Some(card) = s.card.as_ref().and_then(|c| c.url.as_ref()) {
        let card = card.as_str();
        if !card.is_empty() && !urls.iter().any(|u| u == card) {
            urls.push(card.to_owned());
        }
    }
    Ok(Post {
        id: uri.to_owned(),
        platform: Platform::Mastodon,
        permalink: s
            .url
            .as_ref()
            .map(Str::as_str)
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
            .map(str::to_owned),
        hydration: None,
        author: Account {
            username: Some(author_id.clone()),
            id: author_id,
            display_name: account
                .display_name
                .as_ref()
                .map(|n| n.as_str().to_owned())
                .filter(|n| !n.is_empty()),
            verified: None,
            followers: account.followers_count,
            created_at: account
                .created_at
                .as_ref()
                .and_then(|t| parse_rfc3339_time(t.as_str())),
        },
        text,
        created_at,
        lang: s
            .language
            .as_ref()
            .map(Str::as_str)
            .filter(|l| !l.is_empty())
            .map(str::to_owned),
        source: s
            .application
            .as_ref()
            .and_then(|a| a.name.as_ref())
            .map(|n| n.as_str().to_owned())
            .filter(|n| !n.is_empty()),
        retweet_of: None,
        quote_of: None,
        reply_to_user: s.in_reply_to_account_id.as_ref().map(Id::to_owned_string),
        urls,
    })
}

/// `user@host`: `acct` as given when it names a host, else with the host of the account's
/// `url` (the server's own users have a bare `acct`).
fn qualified_acct(a: &MAccount<'_>) -> Option<String> {
    let acct = a
        .acct
        .as_ref()
        .or(a.username.as_ref())
        .map(Str::as_str)
        .filter(|s| !s.is_empty())?;
    if acct.contains('@') {
        return Some(acct.to_owned());
    }
    let host = a
        .url
        .as_ref()
        .map(Str::as_str)
        .and_then(|u| u.split_once("://"))
        .and_then(|(_, rest)| rest.split(['/', '?', '#']).next())
        .filter(|h| !h.is_empty());
    Some(match host {
        Some(h) => format!("{acct}@{h}"),
        None => acct.to_owned(),
    })
}

/// The text of a status's HTML `content` and the targets of its links.
///
/// Mastodon sends a small, sanitized subset (`p`, `br`, `a`, `span`), but a server can send
/// anything, so this is a scanner that never drops text: a `<` that does not open a well-formed
/// tag (`I <3 BTC`, an unclosed `<a`) is kept as text. Paragraphs become blank lines, `<br>` a
/// newline, entities are decoded once. `href`s of `<a>` are the links, except mentions and
/// hashtags (class `mention` / `hashtag`), which point inside the network. A parser crate
/// (`tl`) was considered: it silently skips what it cannot parse, and text that disappears is
/// what a scammer would aim for.
pub fn html_text(html: &str) -> (String, Vec<String>) {
    let mut text = String::with_capacity(html.len());
    let mut links: Vec<String> = Vec::new();
    let mut rest = html;
    let mut paragraphs = 0usize;
    while let Some(lt) = rest.find('<') {
        text.push_str(&unescape_html(&rest[..lt]));
        let after = &rest[lt..];
        match tag(after) {
            Some((t, len)) => {
                match t.name.as_str() {
                    "br" => text.push('\n'),
                    "p" if !t.closing => {
                        if paragraphs > 0 {
                            text.push_str("\n\n");
                        }
                        paragraphs += 1;
                    }
                    "a" if !t.closing => {
                        if let Some(href) = t.href
                            && !t.internal
                            && !href.is_empty()
                            && !links.contains(&href)
                        {
                            links.push(href);
                        }
                    }
                    _ => {}
                }
                rest = &after[len..];
            }
            None => {
                text.push('<');
                rest = &after[1..];
            }
        }
    }
    text.push_str(&unescape_html(rest));
    let trimmed = text.trim();
    if trimmed.len() != text.len() {
        text = trimmed.to_owned();
    }
    (text, links)
}

/// A tag as [`html_text`] needs it.
struct Tag {
    name: String,
    closing: bool,
    href: Option<String>,
    /// A mention or hashtag link.
    internal: bool,
}

/// The tag at the start of `s` (which starts with `<`) and its length; `None` when `s` does
/// not start a well-formed tag (then the `<` is text).
fn tag(s: &str) -> Option<(Tag, usize)> {
    let b = s.as_bytes();
    let mut i = 1;
    let closing = b.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == name_start || !b[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    let mut href = None;
    let mut internal = false;
    // Attributes: name[=value], value quoted with " or ' or bare, up to '>'.
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        match b.get(i) {
            None => return None,
            Some(b'>') => break,
            Some(b'/') if b.get(i + 1) == Some(&b'>') => {
                i += 1;
                break;
            }
            Some(_) => {}
        }
        let attr_start = i;
        while i < b.len() && !matches!(b[i], b'=' | b'>' | b'/') && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        let attr = s[attr_start..i].to_ascii_lowercase();
        if attr.is_empty() {
            // A stray '/' or '=': skip it.
            i += 1;
            continue;
        }
        let mut value = None;
        if b.get(i) == Some(&b'=') {
            i += 1;
            match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = s[i + 1..].find(q as char)? + i + 1;
                    value = Some(&s[i + 1..end]);
                    i = end + 1;
                }
                Some(_) => {
                    let start = i;
                    while i < b.len() && b[i] != b'>' && !b[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    value = Some(&s[start..i]);
                }
                None => return None,
            }
        }
        match (attr.as_str(), value) {
            ("href", Some(v)) => href = Some(unescape_html(v)),
            ("class", Some(v)) => {
                internal = v
                    .split_ascii_whitespace()
                    .any(|c| c == "mention" || c == "hashtag");
            }
            _ => {}
        }
    }
    Some((
        Tag {
            name,
            closing,
            href,
            internal,
        },
        i + 1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_text_keeps_text_and_link_targets() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("<p>Hello <b>world</b></p>", "Hello world", &[]),
            (
                "<p>one</p><p>two<br>three<br/>four</p>",
                "one\n\ntwo\nthree\nfour",
                &[],
            ),
            (
                r#"<p>Claim at <a href="https://claim.example/x?a=1&amp;b=2" rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="">claim.example/x</span><span class="invisible">?a=1&amp;b=2</span></a></p>"#,
                "Claim at https://claim.example/x?a=1&b=2",
                &["https://claim.example/x?a=1&b=2"],
            ),
            (
                r#"<p><span class="h-card"><a href="https://m.example/@bob" class="u-url mention">@<span>bob</span></a></span> <a href="https://m.example/tags/btc" class="mention hashtag" rel="tag">#<span>btc</span></a></p>"#,
                "@bob #btc",
                &[],
            ),
            // Not HTML at all: nothing is lost.
            ("I <3 BTC & ETH < 5 > 2", "I <3 BTC & ETH < 5 > 2", &[]),
            (
                "send <a href=\"https://x.example",
                "send <a href=\"https://x.example",
                &[],
            ),
            (
                "<p>unclosed <a href='https://y.example'>link",
                "unclosed link",
                &["https://y.example"],
            ),
            (
                "<a href=https://bare.example>bare</a>",
                "bare",
                &["https://bare.example"],
            ),
            ("", "", &[]),
            ("&lt;p&gt; escaped &#x1F680;", "<p> escaped \u{1F680}", &[]),
            ("<>< / <", "<>< / <", &[]),
        ];
        for (html, text, links) in cases {
            let (t, l) = html_text(html);
            assert_eq!(&t, text, "{html}");
            assert_eq!(
                l,
                links.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{html}"
            );
        }
    }
}
