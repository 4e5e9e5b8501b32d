//! The match stage: normalize a post's text, run the rules over it, extract wallet addresses.
//!
//! Pure and stateless: the same post and rule set always give the same findings, so this stage
//! can run on any thread; everything that depends on history happens later, in order, in
//! [`crate::detect::score`] and [`crate::detect::decide`].

use crate::detect::event::Post;
use crate::detect::normalize::{Text, normalize};
use crate::detect::rules::{Hit, Requires, RuleSet};
use crate::detect::wallet::{self, Address};

/// Everything the matchers found in one post.
#[derive(Clone, Debug, Default)]
pub struct Findings {
    pub text: Text,
    pub hits: Vec<Hit>,
    /// Valid addresses in the original text (any network).
    pub addresses: Vec<Address>,
}

/// Runs normalization, the rule scanner and the wallet extractor over `post`; frames that
/// need an address or a link the post does not have are dropped.
pub fn analyze(post: &Post, rules: &RuleSet) -> Findings {
    let text = normalize(&post.text);
    let mut hits = rules.scan(&post.text, &text, &post.urls);
    let addresses = wallet::extract(&post.text);
    if !hits.is_empty() {
        hits.retain(|h| match rules.requirement(h.rule) {
            None => true,
            Some(Requires::Address) => !addresses.is_empty(),
            Some(Requires::Link) => has_link(post),
            Some(Requires::AddressOrLink) => !addresses.is_empty() || has_link(post),
        });
    }
    Findings {
        text,
        hits,
        addresses,
    }
}

/// Top-level domains scam links use often enough to count a bare `name.tld` as a link.
const LINK_TLDS: &[&str] = &[
    "com", "net", "org", "io", "xyz", "live", "site", "app", "online", "top", "info", "co", "me",
    "gift", "club", "vip", "pro", "finance", "fund", "events", "event", "world", "today", "cc",
    "us", "uk", "ru", "tk", "ml", "ga", "cf", "gq", "link", "click", "website", "store", "shop",
];

/// True when the post carries a link: URL entities, a scheme, `www.`, or a bare `name.tld`.
pub fn has_link(post: &Post) -> bool {
    if !post.urls.is_empty() {
        return true;
    }
    let t = post.text.as_str();
    if t.contains("://") || t.contains("www.") {
        return true;
    }
    let bytes = t.as_bytes();
    memchr::memchr_iter(b'.', bytes).any(|i| {
        let before = i > 0 && bytes[i - 1].is_ascii_alphanumeric();
        let tld_len = bytes[i + 1..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let after = bytes.get(i + 1 + tld_len);
        before
            && (2..=7).contains(&tld_len)
            && after.is_none_or(|b| !b.is_ascii_alphanumeric())
            && LINK_TLDS
                .iter()
                .any(|tld| tld.eq_ignore_ascii_case(&t[i + 1..i + 1 + tld_len]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::event::{Account, Timestamp};

    fn post(text: &str, urls: &[&str]) -> Post {
        Post {
            id: "1".into(),
            text: text.into(),
            author: Account {
                id: "a".into(),
                ..Account::default()
            },
            created_at: Timestamp(0),
            urls: urls.iter().map(|u| u.to_string()).collect(),
            ..Post::default()
        }
    }

    #[test]
    fn links_are_recognized_in_text_and_entities() {
        let table: &[(&str, &[&str], bool)] = &[
            ("claim at https://x.example/a", &[], true),
            ("go to www.tesla-event.live now", &[], true),
            ("visit musk-2x.xyz today", &[], true),
            ("CLAIM: Elon-Gift.LIVE", &[], true),
            ("see t.co link", &["https://elon.gift/x"], true),
            ("I paid 0.5 btc. Then 2.0 more.", &[], false),
            ("e.g. this is fine", &[], false),
            ("version 1.2.3 is out", &[], false),
            ("the end.", &[], false),
        ];
        for (text, urls, want) in table {
            assert_eq!(has_link(&post(text, urls)), *want, "{text}");
        }
    }
}
