//! The wire forms of generated messages: Twitter API v2 stream messages (with their
//! `includes.users`), v1.1 statuses and account security events.

use serde::Serialize;
use serde_json::json;

use crate::detect::event::Timestamp;
use crate::synth::population::Account;

/// A post being retweeted: what the retweet message embeds.
#[derive(Clone, Debug)]
pub(super) struct Original {
    pub(super) id: String,
    pub(super) text: String,
    pub(super) author: usize,
    pub(super) created_at: Timestamp,
}

/// What both wire forms of a post carry.
pub(super) struct PostFields<'a> {
    pub(super) author: &'a Account,
    pub(super) id: &'a str,
    pub(super) text: &'a str,
    pub(super) lang: &'a str,
    pub(super) client: &'a str,
    pub(super) now: Timestamp,
}

/// An account security event (`{"account_event": …}`).
pub(super) fn account_event(account_id: &str, kind: &str, now: Timestamp, country: &str) -> String {
    json!({
        "account_event": {
            "account_id": account_id,
            "type": kind,
            "created_at": now.to_rfc3339(),
            "ip_country": country,
        }
    })
    .to_string()
}

fn user_v2(acc: &Account) -> V2User<'_> {
    V2User {
        id: &acc.id,
        username: &acc.username,
        name: &acc.name,
        verified: acc.verified,
        protected: false,
        created_at: acc.created_at.to_rfc3339(),
        description: acc.description,
        location: "",
        url: "",
        profile_image_url: format!(
            "https://pbs.twimg.com/profile_images/{}/avatar_normal.jpg",
            acc.id
        ),
        public_metrics: UserMetrics {
            followers_count: acc.followers,
            following_count: acc.following,
            tweet_count: 40 + u64::from(acc.posts) * 7,
            listed_count: acc.followers / 900,
        },
    }
}

/// A v2 stream message; a retweet embeds the original and its author. Serialized
/// from borrowed structs rather than a `json!` tree: the firehose must outrun the detector it
/// feeds.
pub(super) fn v2_message(
    post: &PostFields<'_>,
    retweet_of: Option<(&Original, &Account)>,
) -> String {
    let (acc, id) = (post.author, post.id);
    let mut users = vec![user_v2(acc)];
    let mut tweets = None;
    let mut referenced = None;
    if let Some((o, author)) = retweet_of {
        referenced = Some([V2Ref {
            kind: "retweeted",
            id: &o.id,
        }]);
        users.push(user_v2(author));
        tweets = Some([V2Tweet {
            id: &o.id,
            text: &o.text,
            author_id: &author.id,
            created_at: o.created_at.to_rfc3339(),
        }]);
    }
    let msg = V2Message {
        data: V2Data {
            id,
            text: post.text,
            author_id: &acc.id,
            created_at: post.now.to_rfc3339(),
            lang: post.lang,
            source: post.client,
            conversation_id: id,
            possibly_sensitive: false,
            reply_settings: "everyone",
            public_metrics: PostMetrics::default(),
            edit_history_tweet_ids: [id],
            referenced_tweets: referenced,
        },
        includes: V2Includes { users, tweets },
        matching_rules: [MatchingRule {
            id: "1283000000000000001",
            tag: "firehose",
        }],
    };
    serde_json::to_string(&msg).expect("plain data serializes")
}

/// A v1.1 status.
pub(super) fn v1_status(post: &PostFields<'_>) -> String {
    let (acc, id, client) = (post.author, post.id, post.client);
    json!({
        "created_at": twitter_v1_time(post.now),
        "id": id.parse::<u64>().unwrap_or(0),
        "id_str": id,
        "text": post.text,
        "truncated": false,
        "source": format!("<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">{client}</a>"),
        "in_reply_to_status_id_str": null,
        "in_reply_to_user_id_str": null,
        "user": {
            "id": acc.id.parse::<u64>().unwrap_or(0),
            "id_str": acc.id,
            "name": acc.name,
            "screen_name": acc.username,
            "verified": acc.verified,
            "followers_count": acc.followers,
            "friends_count": acc.following,
            "statuses_count": 40 + u64::from(acc.posts) * 7,
            "created_at": twitter_v1_time(acc.created_at),
            "description": acc.description,
            "protected": false,
        },
        "is_quote_status": false,
        "entities": {"hashtags": [], "urls": [], "user_mentions": []},
        "lang": post.lang,
    })
    .to_string()
}

#[derive(Serialize)]
struct V2Message<'a> {
    data: V2Data<'a>,
    includes: V2Includes<'a>,
    matching_rules: [MatchingRule; 1],
}

#[derive(Serialize)]
struct V2Data<'a> {
    id: &'a str,
    text: &'a str,
    author_id: &'a str,
    created_at: String,
    lang: &'a str,
    source: &'a str,
    conversation_id: &'a str,
    possibly_sensitive: bool,
    reply_settings: &'static str,
    public_metrics: PostMetrics,
    edit_history_tweet_ids: [&'a str; 1],
    #[serde(skip_serializing_if = "Option::is_none")]
    referenced_tweets: Option<[V2Ref<'a>; 1]>,
}

#[derive(Serialize, Default)]
struct PostMetrics {
    retweet_count: u32,
    reply_count: u32,
    like_count: u32,
    quote_count: u32,
}

#[derive(Serialize)]
struct V2Ref<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
}

#[derive(Serialize)]
struct V2Includes<'a> {
    users: Vec<V2User<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tweets: Option<[V2Tweet<'a>; 1]>,
}

#[derive(Serialize)]
struct V2Tweet<'a> {
    id: &'a str,
    text: &'a str,
    author_id: &'a str,
    created_at: String,
}

#[derive(Serialize)]
struct V2User<'a> {
    id: &'a str,
    username: &'a str,
    name: &'a str,
    verified: bool,
    protected: bool,
    created_at: String,
    description: &'static str,
    location: &'static str,
    url: &'static str,
    profile_image_url: String,
    public_metrics: UserMetrics,
}

#[derive(Serialize)]
struct UserMetrics {
    followers_count: u64,
    following_count: u64,
    tweet_count: u64,
    listed_count: u64,
}

#[derive(Serialize)]
struct MatchingRule {
    id: &'static str,
    tag: &'static str,
}

/// `Wed Jul 15 20:17:34 +0000 2020`, the v1.1 `created_at` format.
fn twitter_v1_time(t: Timestamp) -> String {
    chrono::DateTime::from_timestamp_millis(t.0)
        .unwrap_or_default()
        .format("%a %b %d %H:%M:%S +0000 %Y")
        .to_string()
}
