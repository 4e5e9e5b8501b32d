//! Links written in a post's text: `https://…`, `www.…`, a bare `name.tld`, and the defanged
//! forms scam posts use to slip past link filters (`name[.]com`, `name(.)live`, `name .com`,
//! `name dot live`).
//!
//! A post's URL entities are links already; these are the others. Both feed the same
//! `on = "urls"` rules, and both count as "a link" for a frame's `requires`. A scammer who
//! writes `tesla-btc .live` instead of a clickable link still gives the reader somewhere to go,
//! and that is what makes a promise a scam.
//!
//! What is deliberately not a link: a dotted word whose last part is not a top-level domain
//! scam links commonly use (`node.js`, `e.g.`, `0.5`), so ordinary prose costs nothing.
//!
//! Two defanged forms are the security community's: an `hxxp://` scheme and a square-bracketed
//! dot (`tesla-event[.]live`). Researchers, journalists and warnings write a scam's link that
//! way so nobody can click it. Such a link is **reported** ([`TextLink::reported`]):
//! - with `hxxp://` (which only reports write) the match stage ([`crate::detect::analyze`])
//!   keeps it out of the rules and the frames' `requires` altogether;
//! - with only a bracketed dot (which an evasive scam may write too) it stays a link for the
//!   rules, but joins no campaign and no account's link history, so a wave of reports naming
//!   one site is not a takeover wave;
//! - unless the post also has an `hxxp` link or names two or more reported hosts: a scam sends
//!   the reader to one place, a list of defanged domains is research ([`keep_offered`]), and
//!   then no reported link is offered at all.
//!
//! `hxxp[:]//` (a scheme defanged at its colon) counts as `hxxp`.
//!
//! Evasive forms (`name(.)live`, `name .com`, `name dot live`) are plain links.

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem;

/// A link found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextLink {
    /// Where it is written, in the original text.
    pub range: Range<usize>,
    /// The link with its dots restored (`tesla-btc.live/x`); equal to the text at `range` when
    /// `verbatim`.
    pub url: String,
    /// True when `url` is the original text at `range`; false for a defanged form, whose
    /// offsets inside `url` do not map back.
    pub verbatim: bool,
    /// Written the way reports write a link nobody should click (`hxxps://`, `name[.]live`):
    /// the post mentions the link rather than offering it.
    pub reported: bool,
    /// Written with the unclickable `hxxp(s)://` scheme, which only reports use.
    pub hxxp: bool,
}

impl TextLink {
    /// The host, lowercase as written (`Tesla-BTC.live` stays as is; compare case-insensitively).
    pub fn host(&self) -> Option<&str> {
        crate::detect::rules::url_host(&self.url)
    }
}

/// Top-level domains scam links use often enough to count a bare `name.tld` as a link.
const LINK_TLDS: &[&str] = &[
    "com", "net", "org", "io", "xyz", "live", "site", "app", "online", "top", "info", "co", "me",
    "gift", "club", "vip", "pro", "finance", "fund", "events", "event", "world", "today", "cc",
    "us", "uk", "ru", "tk", "ml", "ga", "cf", "gq", "link", "click", "website", "store", "shop",
    "biz", "digital", "network", "claims", "bet", "tech", "fun", "space", "stream", "tv",
];

fn is_tld(s: &str) -> bool {
    LINK_TLDS.iter().any(|t| t.eq_ignore_ascii_case(s))
}

fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.'
}

/// A byte that may continue a link's path.
fn is_path_byte(b: u8) -> bool {
    b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b'<' | b'>' | b'`')
}

/// The searchers for " dot ", built once.
static DOT_WORDS: LazyLock<[memmem::Finder<'static>; 2]> =
    LazyLock::new(|| [memmem::Finder::new(b" dot "), memmem::Finder::new(b" DOT ")]);

/// Cheap test before the search: a dot next to a letter or a bracket, a scheme, or " dot ".
fn may_have_link(b: &[u8]) -> bool {
    memchr::memchr_iter(b'.', b).any(|i| {
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        let spaced = i > 0
            && b[i - 1] == b' '
            && next == b' '
            && b.get(i + 2).is_some_and(u8::is_ascii_alphabetic);
        next.is_ascii_alphabetic() || matches!(next, b']' | b')' | b'}') || spaced
    }) || DOT_WORDS.iter().any(|f| f.find(b).is_some())
}

/// Every link written in `t`, in text order, without overlaps.
pub fn in_text(t: &str) -> Vec<TextLink> {
    let b = t.as_bytes();
    let mut out: Vec<TextLink> = Vec::new();
    if !may_have_link(b) {
        return out;
    }
    for at in memmem::find_iter(b, b"://") {
        let start = at
            - b[..at]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
        if start == at {
            continue;
        }
        let end = trim_end(
            b,
            at + 3 + b[at + 3..].iter().take_while(|&&c| is_path_byte(c)).count(),
        );
        if end > at + 3 {
            let written = &t[start..end];
            let hxxp = t[start..at].to_ascii_lowercase().starts_with("hxxp");
            let bracketed = written.contains("[.]");
            let url = if hxxp || bracketed {
                let url = written.replace("[.]", ".");
                format!("http{}", &url[4..])
            } else {
                written.to_string()
            };
            out.push(TextLink {
                range: start..end,
                verbatim: url == written,
                url,
                reported: hxxp || bracketed,
                hxxp,
            });
        }
    }
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'.', &b[i..]) {
        let dot = i + off;
        i = dot + 1;
        if out.iter().any(|l| l.range.contains(&dot)) {
            continue;
        }
        // `[.]`, `(.)`, `{.}` around the dot.
        let bracketed = dot > 0
            && matches!(b[dot - 1], b'[' | b'(' | b'{')
            && matches!(b.get(dot + 1), Some(b']' | b')' | b'}'));
        let (dot_start, dot_end) = if bracketed {
            (dot - 1, dot + 2)
        } else {
            (dot, dot + 1)
        };
        if let Some(mut link) = bare(t, dot_start, dot_end, !bracketed) {
            link.reported = bracketed && b[dot - 1] == b'[';
            // A scheme defanged around its colon (`hxxp[:]//`, `https[:]//`) before the host:
            // written by the same reports as `hxxp://`.
            let head = &b[..link.range.start];
            let ends_with = |tail: &[u8]| {
                head.len() >= tail.len()
                    && head[head.len() - tail.len()..].eq_ignore_ascii_case(tail)
            };
            if ends_with(b"[:]//") || ends_with(b"hxxp://") || ends_with(b"hxxps://") {
                link.reported = true;
                link.hxxp = true;
            }
            i = link.range.end;
            out.push(link);
        }
    }
    for finder in DOT_WORDS.iter() {
        let needle = finder.needle();
        for at in finder.find_iter(b) {
            if out.iter().any(|l| l.range.contains(&at)) {
                continue;
            }
            if let Some(link) = bare(t, at, at + needle.len(), false) {
                out.push(link);
            }
        }
    }
    out.sort_by_key(|l| l.range.start);
    out
}

/// Keeps the links a post offers to its reader: never an `hxxp` one, and no reported one at
/// all when the post has an `hxxp` link too or names two or more distinct reported hosts. A
/// scam sends the reader to one place (an evasive one may bracket its dot); a list of defanged
/// domains is a researcher's or a journalist's ("new drainer domains: a[.]org, hxxps://b[.]io").
pub fn keep_offered(links: &mut Vec<TextLink>) {
    let any_hxxp = links.iter().any(|l| l.hxxp);
    let mut reported = links.iter().filter(|l| l.reported).map(TextLink::host);
    let listed = match reported.next() {
        Some(first) => reported.any(|h| h != first),
        None => false,
    };
    if any_hxxp || listed {
        links.retain(|l| !l.reported);
    }
}

/// A bare `host SEP tld[/path]` around a separator at `sep_start..sep_end` (a dot, a bracketed
/// dot, or " dot "). A plain dot may have one space before it (`name .com`).
fn bare(t: &str, sep_start: usize, sep_end: usize, plain: bool) -> Option<TextLink> {
    let b = t.as_bytes();
    let mut label_end = sep_start;
    let mut spaced = false;
    if plain
        && label_end >= 2
        && b[label_end - 1] == b' '
        && b[label_end - 2].is_ascii_alphanumeric()
    {
        label_end -= 1;
        spaced = true;
    }
    let start = label_end
        - b[..label_end]
            .iter()
            .rev()
            .take_while(|&&c| is_host_byte(c))
            .count();
    let label = t[start..label_end].trim_start_matches('.');
    let start = label_end - label.len();
    if !label.bytes().any(|c| c.is_ascii_alphanumeric()) || label.ends_with('.') {
        return None;
    }
    // `name . top`: one space after a spaced dot too.
    let sep_end = if spaced && b.get(sep_end) == Some(&b' ') {
        sep_end + 1
    } else {
        sep_end
    };
    let tld_len = b[sep_end..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let tld = &t[sep_end..sep_end + tld_len];
    if !(2..=7).contains(&tld_len)
        || b.get(sep_end + tld_len)
            .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    let www = label.len() > 4 && label[..4].eq_ignore_ascii_case("www.");
    if !(is_tld(tld) || www) {
        return None;
    }
    let mut end = sep_end + tld_len;
    // More labels after a top-level-domain-looking one (`elon-gift.xyz.evil.io`): the host
    // goes on to its real end.
    while b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) {
        end += 1 + b[end + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
    }
    if b.get(end) == Some(&b'/') {
        end = trim_end(
            b,
            end + b[end..].iter().take_while(|&&c| is_path_byte(c)).count(),
        );
    }
    let verbatim = plain && !spaced;
    let url = if verbatim {
        t[start..end].to_string()
    } else {
        format!("{label}.{}", &t[sep_end..end])
    };
    Some(TextLink {
        range: start..end,
        url,
        verbatim,
        reported: false,
        hxxp: false,
    })
}

/// Hosts of messenger links that open a private chat.
const MESSENGER_HOSTS: &[&str] = &[
    "t.me",
    "telegram.me",
    "telegram.dog",
    "wa.me",
    "api.whatsapp.com",
    "chat.whatsapp.com",
    "line.me",
    "discord.gg",
    "signal.me",
];

/// Domains of free mail services: an address there belongs to a person, not to a company's
/// support desk (`support@exchange.com`), which is what a recovery "expert" gives.
const FREE_MAIL_DOMAINS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "protonmail.com",
    "proton.me",
    "pm.me",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "yahoo.com",
    "icloud.com",
    "aol.com",
    "mail.com",
    "gmx.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "yandex.ru",
    "yandex.com",
    "mail.ru",
    "qq.com",
    "163.com",
    "126.com",
    "naver.com",
    "tutanota.com",
    "zoho.com",
];

/// True when the post gives somewhere private to write to: an `@handle` in its body (the
/// mentions a reply starts with are the conversation, not a destination), a messenger link,
/// an international phone number or an address at a free mail service.
pub fn has_contact(original: &str, urls: &[String], links: &[TextLink]) -> bool {
    let messenger = |host: Option<&str>| {
        host.is_some_and(|h| MESSENGER_HOSTS.iter().any(|m| m.eq_ignore_ascii_case(h)))
    };
    if urls
        .iter()
        .any(|u| messenger(crate::detect::rules::url_host(u)))
        || links.iter().any(|l| messenger(l.host()))
    {
        return true;
    }
    let b = original.as_bytes();
    // Skip the leading run of mentions.
    let mut i = 0;
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let n = handle_len(&b[i..]);
        if n == 0 {
            break;
        }
        i += n;
    }
    memchr::memchr_iter(b'@', &b[i..]).any(|at| {
        let at = i + at;
        let after_word = at > 0 && (b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'.');
        if after_word {
            return free_mail(&b[at + 1..]);
        }
        handle_len(&b[at..]) > 0
    }) || memchr::memchr_iter(b'+', b).any(|at| phone_digits(&b[at + 1..]) >= 8)
}

/// True when `after_at` (what follows the `@` of an e-mail address) starts with a free mail
/// domain that ends there (`gmail.com`, not `gmail.com.example`).
fn free_mail(after_at: &[u8]) -> bool {
    let n = after_at
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
        .count();
    let domain = after_at[..n].strip_suffix(b".").unwrap_or(&after_at[..n]);
    FREE_MAIL_DOMAINS
        .iter()
        .any(|d| d.as_bytes().eq_ignore_ascii_case(domain))
}

/// Digits of an international phone number after its `+`: digits with single spaces, dots,
/// dashes or parentheses between them (`+1 (715) 555-0182`); stops at anything else.
fn phone_digits(b: &[u8]) -> usize {
    let mut digits = 0;
    let mut run = 0;
    for &c in b {
        if c.is_ascii_digit() {
            digits += 1;
            run = 0;
        } else if matches!(c, b' ' | b'-' | b'.' | b'(' | b')') && run < 2 {
            run += 1;
        } else {
            break;
        }
    }
    if digits > 15 { 0 } else { digits }
}

/// Length of an `@handle` (2–30 word characters) at the start of `b`, or 0.
fn handle_len(b: &[u8]) -> usize {
    if b.first() != Some(&b'@') {
        return 0;
    }
    let n = b[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
        .count();
    if (2..=30).contains(&n) { n + 1 } else { 0 }
}

/// Drops trailing punctuation that ends a sentence rather than the link.
fn trim_end(b: &[u8], mut end: usize) -> usize {
    while end > 0
        && matches!(
            b[end - 1],
            b'.' | b',' | b'!' | b'?' | b':' | b';' | b')' | b']'
        )
    {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(String, bool)> {
        in_text(t)
            .into_iter()
            .map(|l| (l.url, l.verbatim))
            .collect()
    }

    #[test]
    fn links_in_text_table() {
        let table: &[(&str, &[(&str, bool)])] = &[
            (
                "go to https://elon-x2.live/claim now",
                &[("https://elon-x2.live/claim", true)],
            ),
            ("visit tesla-btc.live!", &[("tesla-btc.live", true)]),
            ("www.example.org/path.", &[("www.example.org/path", true)]),
            (
                "サイト：https://metamask-ninsho.net",
                &[("https://metamask-ninsho.net", true)],
            ),
            ("ark-invest-event[.]com", &[("ark-invest-event.com", false)]),
            ("saylor-2x dot live", &[("saylor-2x.live", false)]),
            (
                "saylor-bitcoin .com today",
                &[("saylor-bitcoin.com", false)],
            ),
            (
                "go to coinbase-gift-reward . top now",
                &[("coinbase-gift-reward.top", false)],
            ),
            ("here 👉 uniswap-app . xyz", &[("uniswap-app.xyz", false)]),
            ("mail support@wallet-help.io", &[("wallet-help.io", true)]),
            (
                "elon-gift.xyz.evil.io/x",
                &[("elon-gift.xyz.evil.io/x", true)],
            ),
            // Not links.
            ("Price is 0.5 BTC. Then up.", &[]),
            ("e.g. node.js works", &[]),
            ("I dot my i's", &[]),
            ("the end .", &[]),
        ];
        for (text, want) in table {
            let want: Vec<(String, bool)> = want.iter().map(|(u, v)| (u.to_string(), *v)).collect();
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn a_list_of_defanged_domains_offers_no_link() {
        // (text, the hosts offered)
        let table: &[(&str, &[&str])] = &[
            // One bracketed link: an evasive scam may write it, so it stays offered.
            (
                "claim at vitalik-fest[.]online now",
                &["vitalik-fest.online"],
            ),
            // hxxp, with `://` or a defanged colon: mentioned, never offered.
            ("seen: hxxps://bnb-gift[.]org", &[]),
            ("seen: hxxp[:]//ripple-giveaway[.]gift", &[]),
            // A list of reported domains, or one next to an hxxp link: a report.
            ("examples: a-drain[.]org, b-drain[.]io", &[]),
            ("new: leder-check[.]org / hxxp[:]//ripple-x2[.]gift", &[]),
            // The same host twice is still one place to go; plain links stay.
            (
                "go a-fest[.]org (a-fest[.]org/x)",
                &["a-fest.org", "a-fest.org"],
            ),
            (
                "hxxps://bad[.]org reported; docs at https://example.org/help",
                &["example.org"],
            ),
        ];
        for (text, want) in table {
            let mut links = in_text(text);
            keep_offered(&mut links);
            let hosts: Vec<&str> = links.iter().filter_map(TextLink::host).collect();
            assert_eq!(hosts, *want, "{text}");
        }
    }

    #[test]
    fn reported_links_are_the_research_defang_forms() {
        let table: &[(&str, &str, bool)] = &[
            (
                "site: tesla-event2026[.]live weiter",
                "tesla-event2026.live",
                true,
            ),
            (
                "hxxps://binance-anniversary[.]top/live |",
                "https://binance-anniversary.top/live",
                true,
            ),
            (
                "hXXp://elon-x2.live/claim",
                "http://elon-x2.live/claim",
                true,
            ),
            // The scammer's evasions and plain links are offered, not reported.
            ("ark-invest-event(.)com", "ark-invest-event.com", false),
            ("saylor-2x dot live", "saylor-2x.live", false),
            (
                "https://elon-x2.live/claim",
                "https://elon-x2.live/claim",
                false,
            ),
        ];
        for (text, url, reported) in table {
            let links = in_text(text);
            assert_eq!(links.len(), 1, "{text}");
            assert_eq!(links[0].url, *url, "{text}");
            assert_eq!(links[0].reported, *reported, "{text}");
        }
    }

    #[test]
    fn contacts_table() {
        let table: &[(&str, &[&str], bool)] = &[
            ("@mike_r he got it back, DM @hollis_recovers", &[], true),
            ("@mike_r @ann same here, so sorry", &[], false),
            ("write to me on telegram", &[], false),
            ("chat: https://t.me/recover_desk", &[], true),
            ("see link", &["https://wa.me/15551234"], true),
            ("mail me at bob@example.com", &[], false),
            ("support@exchange.com answers within a day", &[], false),
            ("recoveryexpert.anna@gmail.com got it back", &[], true),
            ("write to trace.desk@ProtonMail.com.", &[], true),
            ("not bob@gmail.com.example.org", &[], false),
            ("thanks @", &[], false),
            ("WhatsApp: +1 (715) 555-0182", &[], true),
            ("+44 20 7946 0958 call", &[], true),
            ("up +12% today, +3 points", &[], false),
        ];
        for (text, urls, want) in table {
            let urls: Vec<String> = urls.iter().map(|u| u.to_string()).collect();
            let links = in_text(text);
            assert_eq!(has_contact(text, &urls, &links), *want, "{text}");
        }
    }

    #[test]
    fn verbatim_ranges_are_the_text() {
        let t = "claim at https://a-b.xyz/c and x-y.live.";
        for l in in_text(t) {
            assert!(l.verbatim);
            assert_eq!(&t[l.range.clone()], l.url);
        }
        assert_eq!(in_text(t).len(), 2);
    }
}
