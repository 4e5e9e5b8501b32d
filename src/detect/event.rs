//! The plain data types that flow through the pipeline.
//!
//! Every stage depends on these and on nothing upstream of it: a decoder produces [`Input`]s,
//! normalization turns a post's text into a [`crate::detect::normalize::Text`], the matchers produce
//! findings, the scorer and the policy turn them into alerts.

use std::fmt;

/// Event time: milliseconds since the Unix epoch, UTC.
///
/// All windows and baselines are computed on this clock (the post's own `created_at`), never on
/// the wall clock, so a replay of the same input gives the same alerts every time.
///
/// Serialized as an RFC 3339 string (`2020-07-15T20:17:34.000Z`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_rfc3339())
    }
}

/// Accepts the RFC 3339 string it writes, or integer milliseconds.
impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Repr<'a> {
            Millis(i64),
            #[serde(borrow)]
            Text(std::borrow::Cow<'a, str>),
        }
        match Repr::deserialize(d)? {
            Repr::Millis(ms) => Ok(Timestamp(ms)),
            Repr::Text(s) => Timestamp::parse_any(&s)
                .ok_or_else(|| serde::de::Error::custom(format!("invalid timestamp {s:?}"))),
        }
    }
}

impl Timestamp {
    pub const MINUTE: i64 = 60_000;
    pub const HOUR: i64 = 60 * Self::MINUTE;
    pub const DAY: i64 = 24 * Self::HOUR;

    /// Parses RFC 3339 (`2020-07-15T20:17:34.000Z`), as used by the v2 API and account events.
    pub fn parse_rfc3339(s: &str) -> Option<Timestamp> {
        chrono::DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|d| Timestamp(d.timestamp_millis()))
    }

    /// Parses the v1.1 API's `created_at` (`Wed Jul 15 20:17:34 +0000 2020`).
    pub fn parse_twitter_v1(s: &str) -> Option<Timestamp> {
        chrono::DateTime::parse_from_str(s, "%a %b %d %H:%M:%S %z %Y")
            .ok()
            .map(|d| Timestamp(d.timestamp_millis()))
    }

    /// Either of the two formats above.
    pub fn parse_any(s: &str) -> Option<Timestamp> {
        Self::parse_rfc3339(s).or_else(|| Self::parse_twitter_v1(s))
    }

    /// Hour of the day (0..24), UTC.
    pub fn hour_utc(self) -> u8 {
        (self.0.rem_euclid(Self::DAY) / Self::HOUR) as u8
    }

    /// RFC 3339 with millisecond precision and a `Z` suffix.
    pub fn to_rfc3339(self) -> String {
        match chrono::DateTime::from_timestamp_millis(self.0) {
            Some(d) => d.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            None => self.0.to_string(),
        }
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

/// What the input said about the author when the post was made. Every field but the id may be
/// missing: the scorer uses what is there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Account {
    pub id: String,
    pub username: Option<String>,
    pub display_name: Option<String>,
    pub verified: Option<bool>,
    pub followers: Option<u64>,
    /// When the account was created.
    pub created_at: Option<Timestamp>,
}

/// A post that this post retweets or quotes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Referenced {
    pub id: String,
    pub author_id: Option<String>,
    /// Full text of the referenced post, when the input carried it.
    pub text: Option<String>,
}

/// The network a post comes from: it decides how ids read and where a post's link points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// Twitter / X (API v2 and v1.1 shapes); also the account security events.
    #[default]
    Twitter,
    /// Bluesky (AT Protocol, through Jetstream): post ids are AT-URIs, account ids DIDs.
    Bluesky,
    /// Mastodon (and the fediverse servers speaking its API): post ids are ActivityPub URIs,
    /// account ids `user@host`.
    Mastodon,
}

impl Platform {
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Twitter => "twitter",
            Platform::Bluesky => "bluesky",
            Platform::Mastodon => "mastodon",
        }
    }

    /// The web page of post `id` on this platform, when it can be derived from the id alone
    /// (a Mastodon post carries its own link: [`Post::permalink`]).
    pub fn post_url(self, id: &str) -> Option<String> {
        match self {
            Platform::Twitter => Some(format!("https://x.com/i/web/status/{id}")),
            Platform::Bluesky => {
                // at://DID/app.bsky.feed.post/RKEY -> https://bsky.app/profile/DID/post/RKEY
                let rest = id.strip_prefix("at://")?;
                let rest = rest.split('#').next()?;
                let mut parts = rest.splitn(3, '/');
                let (did, collection, rkey) = (parts.next()?, parts.next()?, parts.next()?);
                (collection == "app.bsky.feed.post")
                    .then(|| format!("https://bsky.app/profile/{did}/post/{rkey}"))
            }
            Platform::Mastodon => None,
        }
    }
}

/// One post, decoded from any supported input format.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Post {
    pub id: String,
    /// The network the post comes from.
    pub platform: Platform,
    /// The post's web page, when the input carried one (Mastodon's `url`); else derived from
    /// the id by [`Platform::post_url`].
    pub permalink: Option<String>,
    pub author: Account,
    /// The text this post shows. For a retweet this is the retweeted post's full text when the
    /// input carried it (else the `RT @user: …` text); for a quote it is the quoter's own words
    /// only (the quoted text is in `quote_of`).
    pub text: String,
    pub created_at: Timestamp,
    pub lang: Option<String>,
    /// The posting client (`Twitter for iPhone`, `Twitter Web App`, ...), HTML stripped.
    pub source: Option<String>,
    pub retweet_of: Option<Referenced>,
    pub quote_of: Option<Referenced>,
    pub reply_to_user: Option<String>,
    /// Expanded URLs from the entities, in order.
    pub urls: Vec<String>,
    /// What account hydration did for this post (live Bluesky input only): the author's
    /// profile was looked up, or the decision was made without it. Shown as a reason.
    pub hydration: Option<Hydration>,
}

/// The outcome of looking up a post's author profile before deciding (account hydration).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hydration {
    /// `hydrated`, `cached`, `not_found`, `timeout`, `failed`, `rate_limited`.
    pub status: &'static str,
    /// For the moderator: what the profile said, or why the decision went without it.
    pub detail: String,
}

impl Post {
    pub fn is_retweet(&self) -> bool {
        self.retweet_of.is_some()
    }
}

/// The kind of an account security event.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SecurityEventKind {
    PasswordReset,
    EmailChanged,
    PhoneChanged,
    LoginNewDevice,
    MfaDisabled,
    /// The account's identity changed: a new handle, signing key or hosting server (Bluesky's
    /// `identity` event). Just before a scam post it is a departure signal, as a password
    /// reset is.
    IdentityChanged,
    /// The account became active again (Bluesky's `account` event with `active: true`).
    AccountActivated,
    /// The account was deactivated, suspended or taken down (`active: false`).
    AccountDeactivated,
    /// A type this version does not know: kept and counted, never rejected.
    Other(String),
}

impl SecurityEventKind {
    pub fn parse(s: &str) -> SecurityEventKind {
        match s {
            "password_reset" => Self::PasswordReset,
            "email_changed" => Self::EmailChanged,
            "phone_changed" => Self::PhoneChanged,
            "login_new_device" => Self::LoginNewDevice,
            "mfa_disabled" => Self::MfaDisabled,
            "identity_changed" => Self::IdentityChanged,
            "account_activated" => Self::AccountActivated,
            "account_deactivated" => Self::AccountDeactivated,
            other => Self::Other(other.to_string()),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Self::PasswordReset => "password_reset",
            Self::EmailChanged => "email_changed",
            Self::PhoneChanged => "phone_changed",
            Self::LoginNewDevice => "login_new_device",
            Self::MfaDisabled => "mfa_disabled",
            Self::IdentityChanged => "identity_changed",
            Self::AccountActivated => "account_activated",
            Self::AccountDeactivated => "account_deactivated",
            Self::Other(s) => s,
        }
    }
}

/// An account security event (`{"account_event": {...}}`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountEvent {
    pub account_id: String,
    pub kind: SecurityEventKind,
    pub created_at: Timestamp,
}

/// One decoded input message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Post(Box<Post>),
    AccountEvent(AccountEvent),
}

impl Input {
    pub fn event_time(&self) -> Timestamp {
        match self {
            Input::Post(p) => p.created_at,
            Input::AccountEvent(e) => e.created_at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_twitter_time_formats_to_the_same_instant() {
        let a = Timestamp::parse_rfc3339("2020-07-15T20:17:34.000Z").unwrap();
        let b = Timestamp::parse_twitter_v1("Wed Jul 15 20:17:34 +0000 2020").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.hour_utc(), 20);
        assert_eq!(a.to_rfc3339(), "2020-07-15T20:17:34.000Z");
        assert_eq!(Timestamp::parse_any("yesterday"), None);
    }

    #[test]
    fn post_links_per_platform() {
        assert_eq!(
            Platform::Bluesky.post_url("at://did:plc:abc/app.bsky.feed.post/3kq2#edit-x"),
            Some("https://bsky.app/profile/did:plc:abc/post/3kq2".into())
        );
        assert_eq!(
            Platform::Bluesky.post_url("at://did:plc:abc/app.bsky.feed.like/3"),
            None
        );
        assert_eq!(
            Platform::Twitter.post_url("1283"),
            Some("https://x.com/i/web/status/1283".into())
        );
        assert_eq!(
            Platform::Mastodon.post_url("https://m.example/users/a/statuses/1"),
            None
        );
    }

    #[test]
    fn unknown_security_event_types_are_kept() {
        let k = SecurityEventKind::parse("recovery_codes_viewed");
        assert_eq!(k, SecurityEventKind::Other("recovery_codes_viewed".into()));
        assert_eq!(k.as_str(), "recovery_codes_viewed");
        assert_eq!(
            SecurityEventKind::parse("password_reset").as_str(),
            "password_reset"
        );
    }
}
