use super::*;
use proptest::prelude::*;

/// 2020-07-15T20:17:34Z in milliseconds.
const T0_MS: i64 = 1_594_844_254_000;

fn ts(s: &str) -> Timestamp {
    Timestamp::parse_any(s).expect("test timestamp")
}

fn post(line: &str) -> Post {
    match decode_line(line.as_bytes()) {
        Ok(Some(Input::Post(p))) => *p,
        other => panic!("expected a post from {line}, got {other:?}"),
    }
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

const V2_RETWEET: &str = r#"{"data":{"id":"1283518038445068289","text":"RT @elonmusk: I'm giving back to the community. All Bitcoin sent to the address below will be sent back doubl…","author_id":"111","created_at":"2020-07-15T20:17:34.000Z","lang":"en","source":"Twitter for iPhone","referenced_tweets":[{"type":"retweeted","id":"1283518038445068288"}],"entities":{"urls":[{"start":0,"end":23,"url":"https://t.co/own","expanded_url":"https://own.example/"}],"mentions":[{"start":3,"end":12,"username":"elonmusk","id":"44196397"}]},"edit_history_tweet_ids":["1283518038445068289"]},"includes":{"users":[{"id":"44196397","username":"elonmusk","name":"Elon Musk","verified":true},{"id":"111","username":"fan_acct","name":"Fan \"One\"","verified":false,"created_at":"2019-01-01T00:00:00.000Z","public_metrics":{"followers_count":42,"following_count":10,"tweet_count":7}}],"tweets":[{"id":"1283518038445068288","text":"I'm giving back to the community. All Bitcoin sent to the address below will be sent back doubled! Only 30 minutes &amp; no more. https://t.co/xyz","author_id":"44196397","created_at":"2020-07-15T20:15:00.000Z","entities":{"urls":[{"url":"https://t.co/xyz","expanded_url":"https://giveaway.example/claim"}]}}]},"matching_rules":[{"id":"1","tag":"crypto"}]}"#;

const V2_QUOTE: &str = r#"{"data":{"id":"20","text":"Don&#39;t miss this &lt;3 https://t.co/q","author_id":"7","created_at":"2020-07-15T20:17:34Z","lang":"en","referenced_tweets":[{"type":"quoted","id":"19"}],"entities":{"urls":[{"url":"https://t.co/q","expanded_url":"https://twitter.com/x/status/19"}]}},"includes":{"users":[{"id":"7","username":"quoter","name":"Q","verified":false,"public_metrics":{"followers_count":0}}],"tweets":[{"id":"19","text":"Send 0.1 BTC get 0.2 back","author_id":"8"}]}}"#;

const V2_REPLY_NOTE_NO_INCLUDES: &str = r#"{"data":{"id":"30","text":"short version…","note_tweet":{"text":"the long version with &quot;quotes&quot; and a wallet 0x52908400098527886E0F7030069857D2E4169EE7","entities":{}},"author_id":"9","created_at":"2020-07-15T20:17:34.123+02:00","in_reply_to_user_id":"44196397","referenced_tweets":[{"type":"replied_to","id":"29"}],"source":"<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>"}}"#;

const V2_QUOTE_NOT_INCLUDED: &str = r#"{"data":{"id":"40","text":"look","author_id":"10","created_at":"2020-07-15T20:17:34.000Z","referenced_tweets":[{"type":"quoted","id":"39"}]},"includes":{"users":[{"id":"99","username":"someone_else"}]}}"#;

const V2_RETWEET_NOT_INCLUDED: &str = r#"{"data":{"id":"50","text":"RT @a: double your BTC","author_id":"11","created_at":"2020-07-15T20:17:34.000Z","referenced_tweets":[{"type":"retweeted","id":"49"}],"entities":{"urls":[{"url":"https://t.co/only-short"}]}}}"#;

const V1_TRUNCATED: &str = r#"{"created_at":"Wed Jul 15 20:17:34 +0000 2020","id":1283518038445068289,"id_str":"1283518038445068289","text":"I am giving back to the community &amp; all BTC sent to the address below will be sent back doubled. If you send $1,000, I will… https://t.co/trunc","source":"<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>","truncated":true,"in_reply_to_status_id":null,"in_reply_to_user_id":null,"in_reply_to_user_id_str":null,"user":{"id":44196397,"id_str":"44196397","name":"Elon Musk","screen_name":"elonmusk","location":"","verified":true,"followers_count":37000000,"friends_count":100,"created_at":"Tue Jun 02 20:12:29 +0000 2009","profile_image_url_https":"https://pbs.twimg.com/x.jpg"},"geo":null,"extended_tweet":{"full_text":"I am giving back to the community &amp; all BTC sent to the address below will be sent back doubled. If you send $1,000, I will send back $2,000. Only doing this for 30 minutes. bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh https://t.co/full","display_text_range":[0,200],"entities":{"hashtags":[],"urls":[{"url":"https://t.co/full","expanded_url":"https://btc.example/double","display_url":"btc.example/double"}],"user_mentions":[]}},"is_quote_status":false,"retweet_count":0,"entities":{"hashtags":[],"urls":[{"url":"https://t.co/trunc","expanded_url":"https://twitter.com/i/web/status/1283518038445068289"}],"user_mentions":[]},"favorited":false,"lang":"en","timestamp_ms":"1594844254000"}"#;

const V1_RETWEET: &str = r#"{"created_at":"Wed Jul 15 20:20:00 +0000 2020","id_str":"2","text":"RT @elonmusk: I am giving back…","source":"Twitter Web App","truncated":false,"user":{"id_str":"555","screen_name":"victim","name":"V","verified":false,"followers_count":12},"retweeted_status":{"created_at":"Wed Jul 15 20:17:34 +0000 2020","id_str":"1","text":"I am giving back… https://t.co/t","truncated":true,"user":{"id_str":"44196397","screen_name":"elonmusk"},"extended_tweet":{"full_text":"I am giving back &lt;all&gt; BTC doubled https://t.co/f","entities":{"urls":[{"url":"https://t.co/f","expanded_url":"https://scam.example/"}]}},"entities":{"urls":[{"url":"https://t.co/t","expanded_url":"https://twitter.com/i/web/status/1"}]}},"entities":{"urls":[]},"lang":"en"}"#;

const V1_QUOTE_REPLY: &str = r#"{"created_at":"Thu Jul 16 01:00:00 -0500 2020","id":3,"full_text":"wow &gt;&gt; legit","user":{"id":777,"screen_name":"q"},"is_quote_status":true,"quoted_status_id_str":"1","quoted_status":{"id_str":"1","full_text":"double your BTC","user":{"id_str":"44196397"}},"in_reply_to_user_id_str":"44196397","entities":{"urls":[{"url":"https://t.co/a"},{"url":"https://t.co/b","expanded_url":"https://b.example/"}]}}"#;

const V1_QUOTE_ID_ONLY: &str = r#"{"created_at":"Wed Jul 15 20:17:34 +0000 2020","id_str":"4","text":"see this","user":{"id_str":"1"},"quoted_status_id_str":"3","in_reply_to_user_id":12345}"#;

#[test]
fn decodes_posts_of_every_format() {
    let cases: Vec<(&str, &str, Post)> = vec![
        (
            "v2 retweet with includes",
            V2_RETWEET,
            Post {
                id: "1283518038445068289".into(),
                platform: Platform::Twitter,
                permalink: None,
                hydration: None,
                author: Account {
                    id: "111".into(),
                    username: s("fan_acct"),
                    display_name: s("Fan \"One\""),
                    verified: Some(false),
                    followers: Some(42),
                    created_at: Some(ts("2019-01-01T00:00:00Z")),
                },
                text: "I'm giving back to the community. All Bitcoin sent to the address below will be sent back doubled! Only 30 minutes & no more. https://t.co/xyz".into(),
                created_at: Timestamp(T0_MS),
                lang: s("en"),
                source: s("Twitter for iPhone"),
                retweet_of: Some(Referenced {
                    id: "1283518038445068288".into(),
                    author_id: s("44196397"),
                    text: s("I'm giving back to the community. All Bitcoin sent to the address below will be sent back doubled! Only 30 minutes & no more. https://t.co/xyz"),
                }),
                quote_of: None,
                reply_to_user: None,
                urls: vec!["https://giveaway.example/claim".into()],
            },
        ),
        (
            "v2 quote",
            V2_QUOTE,
            Post {
                id: "20".into(),
                platform: Platform::Twitter,
                permalink: None,
                hydration: None,
                author: Account {
                    id: "7".into(),
                    username: s("quoter"),
                    display_name: s("Q"),
                    verified: Some(false),
                    followers: Some(0),
                    created_at: None,
                },
                text: "Don't miss this <3 https://t.co/q".into(),
                created_at: Timestamp(T0_MS),
                lang: s("en"),
                quote_of: Some(Referenced {
                    id: "19".into(),
                    author_id: s("8"),
                    text: s("Send 0.1 BTC get 0.2 back"),
                }),
                urls: vec!["https://twitter.com/x/status/19".into()],
                ..Post::default()
            },
        ),
        (
            "v2 reply, long note_tweet, HTML source, no includes",
            V2_REPLY_NOTE_NO_INCLUDES,
            Post {
                id: "30".into(),
                platform: Platform::Twitter,
                permalink: None,
                hydration: None,
                author: Account {
                    id: "9".into(),
                    ..Account::default()
                },
                text: "the long version with \"quotes\" and a wallet 0x52908400098527886E0F7030069857D2E4169EE7".into(),
                created_at: Timestamp(T0_MS + 123 - 2 * Timestamp::HOUR),
                source: s("Twitter Web App"),
                reply_to_user: s("44196397"),
                ..Post::default()
            },
        ),
        (
            "v2 quote not included, author not included",
            V2_QUOTE_NOT_INCLUDED,
            Post {
                id: "40".into(),
                platform: Platform::Twitter,
                permalink: None,
                hydration: None,
                author: Account {
                    id: "10".into(),
                    ..Account::default()
                },
                text: "look".into(),
                created_at: Timestamp(T0_MS),
                quote_of: Some(Referenced {
                    id: "39".into(),
                    ..Referenced::default()
                }),
                ..Post::default()
            },
        ),
        (
            "v2 retweet not included keeps RT text, url falls back to short url",
            V2_RETWEET_NOT_INCLUDED,
            Post {
                id: "50".into(),
                platform: Platform::Twitter,
                permalink: None,
                hydration: None,
                author: Account {
                    id: "11".into(),
                    ..Account::default()
                },
                text: "RT @a: double your BTC".into(),
                created_at: Timestamp(T0_MS),
                retweet_of: Some(Referenced {
                    id: "49".into(),
                    ..Referenced::default()
                }),
                urls: vec!["https://t.co/only-short".into()],
                ..Post::default()
            },
        ),
        (
            "v1.1 truncated extended tweet",
            V1_TRUNCATED,
            Post {
                id: "1283518038445068289".into(),
                platform: Platform::Twitter,
                permalink: None,
                hydration: None,
                author: Account {
                    id: "44196397".into(),
                    username: s("elonmusk"),
                    display_name: s("Elon Musk"),
                    verified: Some(true),
                    followers: Some(37_000_000),
                    created_at: Some(ts("2009-06-02T20:12:29Z")),
                },
                text: "I am giving back to the community & all BTC sent to the address below will be sent back doubled. If you send $1,000, I will send back $2,000. Only doing this for 30 minutes. bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh https://t.co/full".into(),
                created_at: Timestamp(T0_MS),
                lang: s("en"),
                source: s("Twitter for iPhone"),
                urls: vec!["https://btc.example/double".into()],
                ..Post::default()
            },
        ),
        (
            "v1.1 retweet of a truncated status",
            V1_RETWEET,
            Post {
                id: "2".into(),
                platform: Platform::Twitter,
                permalink: None,
                hydration: None,
                author: Account {
                    id: "555".into(),
                    username: s("victim"),
                    display_name: s("V"),
                    verified: Some(false),
                    followers: Some(12),
                    created_at: None,
                },
                text: "I am giving back <all> BTC doubled https://t.co/f".into(),
                created_at: ts("2020-07-15T20:20:00Z"),
                lang: s("en"),
                source: s("Twitter Web App"),
                retweet_of: Some(Referenced {
                    id: "1".into(),
                    author_id: s("44196397"),
                    text: s("I am giving back <all> BTC doubled https://t.co/f"),
                }),
                urls: vec!["https://scam.example/".into()],
                ..Post::default()
            },
        ),
        (
            "v1.1 quote + reply, numeric ids, full_text, url fallback, offset time",
            V1_QUOTE_REPLY,
            Post {
                id: "3".into(),
                platform: Platform::Twitter,
                permalink: None,
                hydration: None,
                author: Account {
                    id: "777".into(),
                    username: s("q"),
                    ..Account::default()
                },
                text: "wow >> legit".into(),
                created_at: ts("2020-07-16T06:00:00Z"),
                quote_of: Some(Referenced {
                    id: "1".into(),
                    author_id: s("44196397"),
                    text: s("double your BTC"),
                }),
                reply_to_user: s("44196397"),
                urls: vec!["https://t.co/a".into(), "https://b.example/".into()],
                ..Post::default()
            },
        ),
        (
            "v1.1 quote by id only, numeric in_reply_to_user_id, missing followers",
            V1_QUOTE_ID_ONLY,
            Post {
                id: "4".into(),
                platform: Platform::Twitter,
                permalink: None,
                hydration: None,
                author: Account {
                    id: "1".into(),
                    ..Account::default()
                },
                text: "see this".into(),
                created_at: Timestamp(T0_MS),
                quote_of: Some(Referenced {
                    id: "3".into(),
                    ..Referenced::default()
                }),
                reply_to_user: s("12345"),
                ..Post::default()
            },
        ),
    ];
    for (name, json, want) in cases {
        assert_eq!(post(json), want, "case: {name}");
        // Same result with CRLF and surrounding whitespace, as read from a file.
        assert_eq!(post(&format!("  {json}\r\n")), want, "case (CRLF): {name}");
    }
}

#[test]
fn decodes_account_events() {
    let cases = [
        (
            r#"{"account_event":{"account_id":"44196397","type":"password_reset","created_at":"2020-07-15T20:17:34.000Z"}}"#,
            "44196397",
            SecurityEventKind::PasswordReset,
        ),
        (
            r#"{"account_event":{"type":"email_changed","account_id":"1","created_at":"2020-07-15T20:17:34Z","ip":"10.0.0.1"}}"#,
            "1",
            SecurityEventKind::EmailChanged,
        ),
        (
            r#"{"account_event":{"account_id":7,"type":"login_new_device","created_at":"2020-07-15T20:17:34Z"}}"#,
            "7",
            SecurityEventKind::LoginNewDevice,
        ),
        (
            r#"{"account_event":{"account_id":"2","type":"mfa_disabled","created_at":"2020-07-15T20:17:34Z"}}"#,
            "2",
            SecurityEventKind::MfaDisabled,
        ),
        (
            r#"{"account_event":{"account_id":"3","type":"recovery_codes_viewed","created_at":"2020-07-15T20:17:34Z"}}"#,
            "3",
            SecurityEventKind::Other("recovery_codes_viewed".into()),
        ),
    ];
    for (json, id, kind) in cases {
        let got = decode_line(json.as_bytes()).unwrap().unwrap();
        let want = Input::AccountEvent(AccountEvent {
            account_id: id.into(),
            kind,
            created_at: Timestamp(T0_MS),
        });
        assert_eq!(got, want, "{json}");
    }
}

#[test]
fn blank_lines_and_keep_alives_decode_to_nothing() {
    for line in [
        &b""[..],
        b"\r\n",
        b"\n",
        b"   \t ",
        b"\xEF\xBB\xBF",
        b"\xEF\xBB\xBF \r\n",
    ] {
        assert!(
            matches!(decode_line(line), Ok(None)),
            "{line:?} should be blank"
        );
    }
}

#[test]
fn every_error_kind_has_its_reason_and_position() {
    // (input, reason, expected Display substring)
    let cases: &[(&[u8], &str, &str)] = &[
        (b"{\"data\": ", "invalid_json", "invalid JSON at column 9: EOF"),
        (b"{\"a\" 1}", "invalid_json", "invalid JSON at column 6: expected `:`"),
        (b"not json", "invalid_json", "invalid JSON at column 2: expected ident"),
        (b"[1, 2", "invalid_json", "invalid JSON at column 5"),
        (
            b"\xEF\xBB\xBF{,}",
            "invalid_json",
            "invalid JSON at column 5: key must be a string",
        ),
        (
            b"{\"data\": 5, oops}",
            "invalid_json",
            "invalid JSON at column 13",
        ),
        (b"{\"text\": \"caf\xC3\xA9 \xFF\"}", "invalid_utf8", "invalid UTF-8 at byte 16"),
        (b"\xEF\xBB\xBF\xC3", "invalid_utf8", "invalid UTF-8 at byte 3"),
        (b"[1, 2]", "wrong_shape", "expected a JSON object, found an array"),
        (b"42", "wrong_shape", "found a number"),
        (b"\"x\"", "wrong_shape", "found a string"),
        (b"null", "wrong_shape", "found null"),
        (b"true", "wrong_shape", "found a boolean"),
        (b"{}", "wrong_shape", "no known top-level key"),
        (
            br#"{"errors":[{"title":"operational-disconnect","detail":"This stream has been disconnected"}]}"#,
            "wrong_shape",
            "v2 stream error message: operational-disconnect: This stream has been disconnected",
        ),
        (
            br#"{"data":{"text":"x","author_id":"1","created_at":"2020-07-15T20:17:34Z"}}"#,
            "wrong_shape",
            "no data.id",
        ),
        (
            br#"{"data":{"id":"1","text":"x","created_at":"2020-07-15T20:17:34Z"}}"#,
            "wrong_shape",
            "no data.author_id",
        ),
        (
            br#"{"data":{"id":"1","author_id":"2"}}"#,
            "wrong_shape",
            "v2 data.created_at is missing",
        ),
        (
            br#"{"data":{"id":"1","author_id":"2","created_at":"yesterday"}}"#,
            "wrong_shape",
            "v2 data.created_at is not a valid time: \"yesterday\"",
        ),
        (
            br#"{"data":[{"id":"1"}]}"#,
            "wrong_shape",
            "invalid type: sequence",
        ),
        (
            br#"{"id_str":"1","text":"x","created_at":"Wed Jul 15 20:17:34 +0000 2020"}"#,
            "wrong_shape",
            "v1.1 status has no user",
        ),
        (
            br#"{"id_str":"1","user":{"screen_name":"x"},"created_at":"Wed Jul 15 20:17:34 +0000 2020"}"#,
            "wrong_shape",
            "v1.1 status has no user.id_str",
        ),
        (
            br#"{"user":{"id_str":"1"},"created_at":"Wed Jul 15 20:17:34 +0000 2020"}"#,
            "wrong_shape",
            "v1.1 status has no id_str",
        ),
        (
            br#"{"id_str":"1","user":{"id_str":"2"},"created_at":"2020-07-15T20:17:34Z"}"#,
            "wrong_shape",
            "v1.1 status created_at is not a valid time",
        ),
        (
            br#"{"id_str":"1","user":{"id_str":"2"},"created_at":"Thu Jul 15 20:17:34 +0000 2020"}"#,
            "wrong_shape",
            "v1.1 status created_at is not a valid time",
        ),
        (
            br#"{"id_str":"2","user":{"id_str":"2"},"created_at":"Wed Jul 15 20:17:34 +0000 2020","retweeted_status":{"text":"x"}}"#,
            "wrong_shape",
            "v1.1 retweeted_status has no id_str",
        ),
        (
            br#"{"account_event":{"type":"password_reset","created_at":"2020-07-15T20:17:34Z"}}"#,
            "wrong_shape",
            "account_event has no account_id",
        ),
        (
            br#"{"account_event":{"account_id":"1","created_at":"2020-07-15T20:17:34Z"}}"#,
            "wrong_shape",
            "account_event has no type",
        ),
        (
            br#"{"account_event":{"account_id":"1","type":"password_reset"}}"#,
            "wrong_shape",
            "account_event.created_at is missing",
        ),
    ];
    for &(input, reason, msg) in cases {
        let err = decode_line(input).expect_err(&String::from_utf8_lossy(input));
        assert_eq!(err.reason(), reason, "{err} for {input:?}");
        let shown = err.to_string();
        assert!(shown.contains(msg), "{shown:?} should contain {msg:?}");
    }
    let e = DecodeError::TooLarge { len: 10, limit: 5 };
    assert_eq!(e.reason(), "too_large");
    assert_eq!(
        e.to_string(),
        "line of 10 bytes exceeds the limit of 5 bytes"
    );
}

#[test]
fn invalid_json_and_utf8_positions_are_exact() {
    match decode_line(b"{\"data\": }") {
        Err(DecodeError::InvalidJson { column, .. }) => assert_eq!(column, 10),
        other => panic!("{other:?}"),
    }
    match decode_line("{\"text\": \"é\u{1F4B0}\"".as_bytes()) {
        Err(DecodeError::InvalidJson { column, message }) => {
            assert_eq!(column, 17, "EOF is reported just past the last byte");
            assert_eq!(message, "EOF while parsing an object");
        }
        other => panic!("{other:?}"),
    }
    match decode_line(b"{\"a\":\"\x80\"}") {
        Err(DecodeError::InvalidUtf8 { offset }) => assert_eq!(offset, 6),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unescapes_html_entities_once() {
    let cases = [
        ("plain", "plain"),
        ("a &amp; b", "a & b"),
        ("&lt;b&gt;", "<b>"),
        ("&quot;hi&quot; &#39;x&#39; &apos;y&apos;", "\"hi\" 'x' 'y'"),
        ("&amp;lt;", "&lt;"),
        ("&#128176; &#x1F4B0; &#X41;", "\u{1F4B0} \u{1F4B0} A"),
        ("AT&T & co &", "AT&T & co &"),
        (
            "&#0; &#xD800; &#99999999999; &#; &#x;",
            "&#0; &#xD800; &#99999999999; &#; &#x;",
        ),
        ("&ampersand &lt", "&ampersand &lt"),
        ("é&amp;é", "é&é"),
    ];
    for (input, want) in cases {
        assert_eq!(unescape_html(input), want, "{input}");
    }
}

#[test]
fn source_keeps_only_the_anchor_text() {
    let cases = [
        (
            r#"<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>"#,
            Some("Twitter for Android"),
        ),
        ("Twitter Web App", Some("Twitter Web App")),
        (r#"<a href="x">Tweet&amp;Go</a>"#, Some("Tweet&Go")),
        ("<a href=\"x\"></a>", None),
        ("   ", None),
        ("a > b", Some("a > b")),
    ];
    for (input, want) in cases {
        assert_eq!(source_text(input).as_deref(), want, "{input}");
    }
}

#[test]
fn fast_time_parsers_agree_with_chrono() {
    let rfc = [
        "2020-07-15T20:17:34.000Z",
        "2020-07-15T20:17:34Z",
        "2020-07-15T20:17:34.5Z",
        "2020-07-15T20:17:34.123456789Z",
        "2020-02-29T00:00:00Z",
        "2021-02-29T00:00:00Z",
        "2020-13-01T00:00:00Z",
        "2020-07-15T24:00:00Z",
        "2020-07-15T20:17:60Z",
        "1969-12-31T23:59:59.999Z",
        "2020-07-15t20:17:34Z",
        "2020-07-15T20:17:34.Z",
        "2020-07-15T20:17:34+05:30",
        "0000-01-01T00:00:00Z",
    ];
    for t in rfc {
        assert_eq!(parse_rfc3339_time(t), Timestamp::parse_rfc3339(t), "{t}");
    }
    let v1 = [
        "Wed Jul 15 20:17:34 +0000 2020",
        "Thu Jul 16 01:00:00 -0500 2020",
        "Tue Jun 02 20:12:29 +0000 2009",
        "Thu Jul 15 20:17:34 +0000 2020",
        "Wed Jul 15 20:17:34 +0000 20201",
        "Wed Jux 15 20:17:34 +0000 2020",
        "Sat Feb 29 12:00:00 +0130 2020",
        "Sun Feb 29 12:00:00 +0000 2021",
    ];
    for t in v1 {
        assert_eq!(parse_v1_time(t), Timestamp::parse_twitter_v1(t), "{t}");
    }
}

#[test]
fn decode_frame_yields_each_message_and_keeps_going_after_errors() {
    let frame = format!("{V2_QUOTE}\r\n\r\nnot json\n{V1_QUOTE_ID_ONLY}\n");
    let got: Vec<_> = decode_frame(frame.as_bytes()).collect();
    assert_eq!(got.len(), 3);
    assert!(matches!(&got[0], Ok(Input::Post(p)) if p.id == "20"));
    assert!(matches!(
        &got[1],
        Err(DecodeError::InvalidJson { column: 2, .. })
    ));
    assert!(matches!(&got[2], Ok(Input::Post(p)) if p.id == "4"));
    assert_eq!(decode_frame(b"\r\n").count(), 0);
}

/// Twitter's escaping of post text: `&`, `<` and `>`.
fn twitter_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The fast path and the serde path give the same result (or the same error, to the column).
fn same_as_reference(line: &[u8]) {
    let fast = format!("{:?}", decode_line(line));
    let reference = format!("{:?}", decode_line_reference(line));
    assert_eq!(
        fast,
        reference,
        "input: {:?}",
        String::from_utf8_lossy(line)
    );
}

/// Every fixture of this file: the fast path takes it (it does not give up on ordinary input)
/// and agrees with serde.
#[test]
fn fast_path_takes_every_well_formed_fixture_and_agrees_with_serde() {
    let fixtures = [
        V2_RETWEET,
        V2_QUOTE,
        V2_REPLY_NOTE_NO_INCLUDES,
        V2_QUOTE_NOT_INCLUDED,
        V2_RETWEET_NOT_INCLUDED,
        V1_TRUNCATED,
        V1_RETWEET,
        V1_QUOTE_REPLY,
        V1_QUOTE_ID_ONLY,
    ];
    for f in fixtures {
        assert!(lazy::message(f).is_some(), "fast path gave up on {f}");
        same_as_reference(f.as_bytes());
    }
}

/// The test data sets (not the blind ones, which only their checker reads), the malformed
/// golden file and the synthetic stream of every platform: the same result line by line, and
/// the fast path takes every line serde decodes.
#[test]
fn fast_path_agrees_with_serde_on_the_data_sets() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files = vec![
        "jetstream.jsonl",
        "mastodon.jsonl",
        "malformed.jsonl",
        "obfuscated.jsonl",
        "hard-negatives.jsonl",
    ]
    .into_iter()
    .map(|f| std::fs::read(root.join(f)).unwrap())
    .collect::<Vec<_>>();
    for set in [
        "dev",
        "tune",
        "tune2",
        "janitr",
        "multilingual",
        "hard-negatives-ml",
    ] {
        files.push(std::fs::read(root.join(set).join("posts.jsonl")).unwrap());
    }
    for platform in [Platform::Twitter, Platform::Bluesky, Platform::Mastodon] {
        let mut g = crate::synth::generator::Generator::new(crate::synth::generator::Config {
            platform,
            ..Default::default()
        });
        let mut bytes = Vec::new();
        for _ in 0..3000 {
            bytes.extend_from_slice(g.next_message().0.as_bytes());
            bytes.push(b'\n');
        }
        files.push(bytes);
    }
    for bytes in &files {
        for line in bytes.split(|&b| b == b'\n') {
            same_as_reference(line);
            // A CRLF line ending; a control character inside a string.
            same_as_reference(&[line, b"\r"].concat());
            if let Some(q) = line.iter().rposition(|&b| b == b'"') {
                same_as_reference(&[&line[..q], b"\t", &line[q..]].concat());
            }
            if let Ok(text) = std::str::from_utf8(line)
                && text.trim_start().starts_with('{')
                && serde_json::from_str::<Message<'_>>(text).is_ok()
            {
                assert!(lazy::message(text).is_some(), "fast path gave up on {text}");
            }
        }
    }
}

proptest! {
    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        same_as_reference(&bytes);
    }

    #[test]
    fn never_panics_on_json_ish_strings(
        s in r#"[{}\[\]":,0-9a-z_ .\\\-]{0,200}"#,
        keys in proptest::collection::vec(
            prop_oneof![
                Just("data"), Just("includes"), Just("users"), Just("tweets"), Just("id"),
                Just("id_str"), Just("user"), Just("text"), Just("created_at"),
                Just("account_event"), Just("referenced_tweets"), Just("retweeted_status"),
                Just("extended_tweet"), Just("truncated"), Just("errors"),
            ],
            0..6,
        ),
    ) {
        same_as_reference(s.as_bytes());
        let mut nested = String::new();
        for k in &keys {
            nested.push_str(&format!("{{\"{k}\":"));
        }
        nested.push_str(&s);
        same_as_reference(nested.as_bytes());
    }

    /// One byte of a real message replaced by a byte that matters to JSON (or any byte): the
    /// fast path either gives up or agrees.
    #[test]
    fn fast_path_agrees_with_serde_on_mutated_messages(
        pos in 0usize..2000,
        byte in prop_oneof![
            Just(b'"'), Just(b'\\'), Just(b','), Just(b':'), Just(b'{'), Just(b'}'),
            Just(b'['), Just(b']'), Just(b'n'), Just(b'0'), Just(b'-'), Just(b'.'),
            Just(b' '), Just(b'\n'), Just(0x01u8), Just(b'u'), Just(b'e'), any::<u8>(),
        ],
        second in proptest::option::of((0usize..2000, any::<u8>())),
    ) {
        for fixture in [V2_RETWEET, V2_QUOTE, V2_REPLY_NOTE_NO_INCLUDES, V1_TRUNCATED, V1_RETWEET, V1_QUOTE_REPLY] {
            let mut b = fixture.as_bytes().to_vec();
            let p = pos % b.len();
            b[p] = byte;
            if let Some((p2, b2)) = second {
                let p2 = p2 % b.len();
                b[p2] = b2;
            }
            same_as_reference(&b);
            b.insert(p, byte);
            same_as_reference(&b);
        }
    }

    #[test]
    fn never_panics_on_mutated_real_messages(cut in 0usize..2000, pos in 0usize..2000, byte in any::<u8>()) {
        for fixture in [V2_RETWEET, V1_TRUNCATED, V1_RETWEET] {
            let mut b = fixture.as_bytes().to_vec();
            let p = pos % b.len();
            b[p] = byte;
            same_as_reference(&b);
            same_as_reference(&fixture.as_bytes()[..cut % fixture.len()]);
        }
    }

    #[test]
    fn generated_v2_message_round_trips(
        id in 1u64..,
        author in 1u64..,
        text in r#"(\PC|[ "\\&<>]|&amp;|&lt;|&#39;){0,80}"#,
        username in "[A-Za-z0-9_]{1,15}",
        name in r#"\PC{0,20}"#,
        followers in proptest::option::of(any::<u64>()),
        verified in proptest::option::of(any::<bool>()),
        millis in 0i64..4_102_444_800_000,
    ) {
        let created = Timestamp(millis).to_rfc3339();
        let mut user = serde_json::json!({
            "id": author.to_string(), "username": username, "name": name,
        });
        if let Some(f) = followers {
            user["public_metrics"] = serde_json::json!({"followers_count": f, "tweet_count": 1});
        }
        if let Some(v) = verified {
            user["verified"] = serde_json::json!(v);
        }
        let msg = serde_json::json!({
            "data": {
                "id": id.to_string(),
                "text": twitter_escape(&text),
                "author_id": author.to_string(),
                "created_at": created,
                "edit_history_tweet_ids": [id.to_string()],
            },
            "includes": {"users": [user]},
            "matching_rules": [{"id": "1", "tag": "t"}],
        });
        let line = serde_json::to_string(&msg).unwrap();
        let p = post(&line);
        prop_assert_eq!(p.id, id.to_string());
        prop_assert_eq!(p.text, text);
        prop_assert_eq!(p.created_at, Timestamp(millis));
        prop_assert_eq!(p.author, Account {
            id: author.to_string(),
            username: Some(username),
            display_name: Some(name),
            verified,
            followers,
            created_at: None,
        });
    }

    #[test]
    fn fast_rfc3339_agrees_with_chrono(millis in -62_135_596_800_000i64..253_402_300_799_000) {
        let t = Timestamp(millis).to_rfc3339();
        prop_assert_eq!(parse_rfc3339_time(&t), Some(Timestamp(millis)));
    }

    #[test]
    fn fast_v1_agrees_with_chrono(secs in 0i64..4_102_444_800, off_min in -720i32..=840) {
        let off = chrono::FixedOffset::east_opt(off_min * 60).unwrap();
        let d = chrono::DateTime::from_timestamp(secs, 0).unwrap().with_timezone(&off);
        let t = d.format("%a %b %d %H:%M:%S %z %Y").to_string();
        prop_assert_eq!(parse_v1_time(&t), Some(Timestamp(secs * 1000)));
        prop_assert_eq!(fast_v1(t.as_bytes()), Some(Timestamp(secs * 1000)));
    }
}

/// `retweeted_status` is recursive in the wire type: serde_json's nesting limit (128) must stop
/// hostile input before the stack does, and anything under it must still decode.
#[test]
fn deeply_nested_statuses_are_bounded_by_the_json_nesting_limit() {
    for (depth, want) in [
        (1, "ok"),
        (100, "ok"),
        (127, "recursion"),
        (10_000, "recursion"),
    ] {
        let mut line = String::new();
        for _ in 0..depth {
            line.push_str(r#"{"id_str":"1","retweeted_status":"#);
        }
        line.push_str(r#"{"id_str":"2"}"#);
        for level in 0..depth {
            if level + 1 == depth {
                line.push_str(
                    r#","user":{"id_str":"9"},"created_at":"Wed Jul 15 20:17:34 +0000 2020""#,
                );
            }
            line.push('}');
        }
        let r = decode_line(line.as_bytes());
        match want {
            "ok" => {
                let Ok(Some(Input::Post(p))) = r else {
                    panic!("depth {depth}: {r:?}")
                };
                let want_ref = if depth == 1 { "2" } else { "1" };
                assert_eq!(p.retweet_of.map(|r| r.id).as_deref(), Some(want_ref));
            }
            _ => match r {
                Err(DecodeError::InvalidJson { message, .. }) => {
                    assert_eq!(message, "recursion limit exceeded", "depth {depth}")
                }
                other => panic!("depth {depth}: {other:?}"),
            },
        }
    }
}

#[test]
fn ids_compare_across_json_types() {
    let text = |s: &'static str| Id::Text(Cow::Borrowed(s));
    let cases = [
        (text("42"), text("42"), true),
        (text("42"), text("042"), false),
        (Id::Num(42), Id::Num(42), true),
        (Id::Num(42), text("42"), true),
        (text("42"), Id::Num(42), true),
        (text("042"), Id::Num(42), false),
        (text("+42"), Id::Num(42), false),
        (Id::Num(0), text("0"), true),
        (Id::Num(u64::MAX), text("18446744073709551615"), true),
    ];
    for (a, b, same) in cases {
        assert_eq!(a.same(&b), same, "{a:?} vs {b:?}");
    }
    assert_eq!(Id::Num(1283).to_owned_string(), "1283");
}

#[test]
fn lenient_about_optional_parts() {
    /// (name, json, check)
    type Case = (&'static str, &'static str, fn(&Post));
    let cases: [Case; 4] = [
        (
            "v2 author given as a number in includes, partial errors alongside data",
            r#"{"data":{"id":"1","text":"hi","author_id":"5","created_at":"2020-07-15T20:17:34Z"},"includes":{"users":[{"id":5,"username":"num"}]},"errors":[{"title":"Not Found Error"}]}"#,
            |p| assert_eq!(p.author.username.as_deref(), Some("num")),
        ),
        (
            "v2 without text, null optional fields",
            r#"{"data":{"id":"1","author_id":"5","created_at":"2020-07-15T20:17:34Z","lang":null,"source":null,"entities":null,"referenced_tweets":[{"type":"retweeted"}]}}"#,
            |p| {
                assert_eq!(p.text, "");
                assert_eq!((&p.lang, &p.source, &p.retweet_of), (&None, &None, &None));
            },
        ),
        (
            "v1 with null user fields and unparseable account created_at",
            r#"{"id_str":"1","text":"x","created_at":"Wed Jul 15 20:17:34 +0000 2020","user":{"id_str":"2","screen_name":null,"followers_count":null,"created_at":"soon"},"lang":""}"#,
            |p| {
                assert_eq!(
                    p.author,
                    Account {
                        id: "2".into(),
                        ..Account::default()
                    }
                );
                assert_eq!(p.lang, None);
            },
        ),
        (
            "JSON escapes in text are decoded, then HTML entities",
            r#"{"data":{"id":"1","text":"\u0026amp; \"q\" \\ \ud83d\udcb0 &lt;","author_id":"5","created_at":"2020-07-15T20:17:34Z"}}"#,
            |p| assert_eq!(p.text, "& \"q\" \\ \u{1F4B0} <"),
        ),
    ];
    for (name, json, check) in cases {
        let p = post(json);
        eprintln!("case: {name}");
        check(&p);
    }
}

// ---------------------------------------------------------------------------------------------
// Bluesky Jetstream (shapes: Jetstream's README, the app.bsky.feed.post lexicon)

const JS_POST: &str = r#"{"did":"did:plc:abc123","time_us":1725911162329308,"kind":"commit","commit":{"rev":"3l3qo2vutsw2b","operation":"create","collection":"app.bsky.feed.post","rkey":"3l3qo2vuowo2b","record":{"$type":"app.bsky.feed.post","createdAt":"2015-01-01T00:00:00.000Z","langs":["en"],"text":"Claim at claim.example/x… now","facets":[{"index":{"byteStart":9,"byteEnd":27},"features":[{"$type":"app.bsky.richtext.facet#link","uri":"https://claim.example/x?ref=1"}]},{"index":{"byteStart":0,"byteEnd":1},"features":[{"$type":"app.bsky.richtext.facet#mention","did":"did:plc:zzz"}]}],"reply":{"root":{"uri":"at://did:plc:root/app.bsky.feed.post/1","cid":"c"},"parent":{"uri":"at://did:plc:parent/app.bsky.feed.post/2","cid":"c"}},"embed":{"$type":"app.bsky.embed.recordWithMedia","record":{"$type":"app.bsky.embed.record","record":{"uri":"at://did:plc:q/app.bsky.feed.post/3","cid":"c"}},"media":{"$type":"app.bsky.embed.external","external":{"uri":"https://card.example/","title":"t","description":"d"}}}},"cid":"bafyrei"}}"#;

#[test]
fn jetstream_post_create() {
    let p = post(JS_POST);
    assert_eq!(p.id, "at://did:plc:abc123/app.bsky.feed.post/3l3qo2vuowo2b");
    assert_eq!(p.platform, Platform::Bluesky);
    assert_eq!(p.author.id, "did:plc:abc123");
    assert_eq!(p.author.followers, None);
    // Event time is time_us, not the client's createdAt.
    assert_eq!(p.created_at, Timestamp(1_725_911_162_329));
    assert_eq!(p.lang.as_deref(), Some("en"));
    assert_eq!(p.text, "Claim at claim.example/x… now");
    assert_eq!(
        p.urls,
        vec!["https://claim.example/x?ref=1", "https://card.example/"]
    );
    assert_eq!(p.reply_to_user.as_deref(), Some("did:plc:parent"));
    let q = p.quote_of.unwrap();
    assert_eq!(q.id, "at://did:plc:q/app.bsky.feed.post/3");
    assert_eq!(q.author_id.as_deref(), Some("did:plc:q"));
}

#[test]
fn jetstream_update_is_a_new_version_and_others_are_ignored_by_reason() {
    let upd = JS_POST.replace("\"operation\":\"create\"", "\"operation\":\"update\"");
    assert_eq!(
        post(&upd).id,
        "at://did:plc:abc123/app.bsky.feed.post/3l3qo2vuowo2b#edit-3l3qo2vutsw2b"
    );
    let cases = [
        (
            r#"{"did":"did:plc:a","time_us":1,"kind":"commit","commit":{"rev":"r","operation":"delete","collection":"app.bsky.feed.post","rkey":"k"}}"#,
            "deleted",
        ),
        (
            r#"{"did":"did:plc:a","time_us":1,"kind":"commit","commit":{"rev":"r","operation":"create","collection":"app.bsky.feed.like","rkey":"k","record":{"subject":{"uri":"at://x","cid":"c"},"createdAt":7}}}"#,
            "other_collection",
        ),
        (
            r#"{"did":"did:plc:a","time_us":1,"kind":"sync","sync":{}}"#,
            "unknown_kind",
        ),
        (
            r#"{"did":"did:plc:a","time_us":1,"kind":"commit","commit":{"operation":"mangle","collection":"app.bsky.feed.post","rkey":"k"}}"#,
            "unknown_operation",
        ),
    ];
    for (line, reason) in cases {
        let e = decode_line(line.as_bytes()).unwrap_err();
        assert!(e.is_ignored(), "{line}: {e}");
        assert_eq!(e.reason(), reason, "{line}");
    }
}

#[test]
fn jetstream_identity_and_account_events_are_security_events() {
    let cases = [
        (
            r#"{"did":"did:plc:ufb","time_us":1725516665234703,"kind":"identity","identity":{"did":"did:plc:ufb","handle":"new.bsky.social","seq":1409752997,"time":"2024-09-05T06:11:04.870Z"}}"#,
            SecurityEventKind::IdentityChanged,
        ),
        (
            r#"{"did":"did:plc:ufb","time_us":1725516665234703,"kind":"account","account":{"active":true,"did":"did:plc:ufb","seq":1409753013,"time":"2024-09-05T06:11:04.870Z"}}"#,
            SecurityEventKind::AccountActivated,
        ),
        (
            r#"{"did":"did:plc:ufb","time_us":1725516665234703,"kind":"account","account":{"active":false,"did":"did:plc:ufb","seq":1,"time":"2024-09-05T06:11:04.870Z","status":"takendown"}}"#,
            SecurityEventKind::AccountDeactivated,
        ),
    ];
    for (line, kind) in cases {
        match decode_line(line.as_bytes()).unwrap().unwrap() {
            Input::AccountEvent(e) => {
                assert_eq!(e.account_id, "did:plc:ufb");
                assert_eq!(e.kind, kind);
                assert_eq!(e.created_at, Timestamp(1_725_516_665_234));
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn malformed_jetstream_events_are_wrong_shape() {
    let cases = [
        r#"{"did":"did:plc:a","time_us":1,"kind":"commit"}"#,
        r#"{"did":"did:plc:a","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k"}}"#,
        r#"{"did":"did:plc:a","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":{"text":5}}}"#,
        r#"{"did":"did:plc:a","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"k","record":[1]}}"#,
        r#"{"did":"nobody","time_us":1,"kind":"identity","identity":{}}"#,
        r#"{"did":"did:plc:a","kind":"identity","identity":{}}"#,
        r#"{"did":"did:plc:a","time_us":1,"kind":"account","account":{"did":"did:plc:a"}}"#,
    ];
    for line in cases {
        let e = decode_line(line.as_bytes()).unwrap_err();
        assert_eq!(e.reason(), "wrong_shape", "{line}: {e}");
    }
}

// ---------------------------------------------------------------------------------------------
// Mastodon (shapes: docs.joinmastodon.org, methods/streaming and entities/Status)

const MASTO_STATUS: &str = r#"{"id":"109","created_at":"2024-05-01T12:00:00.000Z","in_reply_to_id":null,"in_reply_to_account_id":"77","sensitive":false,"spoiler_text":"","visibility":"public","language":"en","uri":"https://m.example/users/alice/statuses/109","url":"https://m.example/@alice/109","edited_at":null,"content":"<p>Double your <a href=\"https://m.example/tags/btc\" class=\"mention hashtag\" rel=\"tag\">#<span>BTC</span></a> at <a href=\"https://claim.example/x\" rel=\"nofollow noopener\" target=\"_blank\"><span class=\"invisible\">https://</span><span class=\"\">claim.example/x</span><span class=\"invisible\"></span></a></p><p>Fast &amp; easy</p>","reblog":null,"application":{"name":"Web","website":null},"account":{"id":"1","username":"alice","acct":"alice","display_name":"Alice","locked":false,"bot":false,"created_at":"2022-11-03T00:00:00.000Z","url":"https://m.example/@alice","followers_count":1200,"following_count":10,"statuses_count":500},"media_attachments":[],"mentions":[],"tags":[{"name":"btc","url":"https://m.example/tags/btc"}],"emojis":[],"card":{"url":"https://card.example/","title":"t"},"poll":null}"#;

fn masto_frame(event: &str, payload: &str) -> String {
    serde_json::json!({"stream": ["public"], "event": event, "payload": payload}).to_string()
}

#[test]
fn mastodon_update_event_and_rest_status() {
    let p = post(&masto_frame("update", MASTO_STATUS));
    assert_eq!(p.id, "https://m.example/users/alice/statuses/109");
    assert_eq!(p.platform, Platform::Mastodon);
    assert_eq!(p.permalink.as_deref(), Some("https://m.example/@alice/109"));
    assert_eq!(p.author.id, "alice@m.example");
    assert_eq!(p.author.username.as_deref(), Some("alice@m.example"));
    assert_eq!(p.author.followers, Some(1200));
    assert_eq!(p.author.created_at, Some(ts("2022-11-03T00:00:00Z")));
    assert_eq!(
        p.text,
        "Double your #BTC at https://claim.example/x\n\nFast & easy"
    );
    assert_eq!(
        p.urls,
        vec!["https://claim.example/x", "https://card.example/"]
    );
    assert_eq!(p.source.as_deref(), Some("Web"));
    assert_eq!(p.reply_to_user.as_deref(), Some("77"));
    assert_eq!(p.created_at, ts("2024-05-01T12:00:00Z"));
    // The same status from the REST timeline, one per line; and a payload sent as an object.
    assert_eq!(post(MASTO_STATUS), p);
    let object = format!(r#"{{"event":"update","payload":{MASTO_STATUS}}}"#);
    assert_eq!(post(&object), p);
}

#[test]
fn mastodon_edits_reblogs_and_other_events() {
    let edited = MASTO_STATUS.replace(
        "\"edited_at\":null",
        "\"edited_at\":\"2024-05-01T12:05:00.000Z\"",
    );
    assert_eq!(
        post(&masto_frame("status.update", &edited)).id,
        "https://m.example/users/alice/statuses/109#edit-2024-05-01T12:05:00.000Z"
    );
    let reblog = format!(
        r#"{{"id":"200","created_at":"2024-05-01T13:00:00.000Z","uri":"https://o.example/users/bob/statuses/200/activity","url":null,"content":"","account":{{"acct":"bob@o.example","url":"https://o.example/@bob","followers_count":3}},"reblog":{MASTO_STATUS}}}"#
    );
    let p = post(&masto_frame("update", &reblog));
    assert_eq!(p.author.id, "bob@o.example");
    assert!(p.text.starts_with("Double your #BTC"));
    let rt = p.retweet_of.unwrap();
    assert_eq!(rt.id, "https://m.example/users/alice/statuses/109");
    assert_eq!(rt.author_id.as_deref(), Some("alice@m.example"));
    for (line, reason) in [
        (masto_frame("delete", "109"), "deleted"),
        (masto_frame("notification", "{}"), "other_event"),
        (
            r#"{"stream":["public"],"event":"filters_changed"}"#.to_string(),
            "other_event",
        ),
    ] {
        let e = decode_line(line.as_bytes()).unwrap_err();
        assert!(e.is_ignored(), "{line}");
        assert_eq!(e.reason(), reason);
    }
    for line in [
        masto_frame("update", "not json"),
        masto_frame("update", r#"{"uri":"u"}"#),
        r#"{"event":"update"}"#.to_string(),
        r#"{"event":"update","payload":5}"#.to_string(),
    ] {
        let e = decode_line(line.as_bytes()).unwrap_err();
        assert_eq!(e.reason(), "wrong_shape", "{line}: {e}");
    }
}
