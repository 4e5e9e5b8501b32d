//! The moderator console through the real binary on 127.0.0.1: sign-in required, bad
//! passwords refused, counted and rate-limited, CSRF and roles on verdicts, verdicts stored in
//! `verdicts.jsonl`, the paginated history across a restart and the SSE stream's resume with
//! `Last-Event-ID`.

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;
use scamwatch::detect::verdict::read_verdicts;

const TOKEN: &str = "ingest-s3cret";

/// A response: status, headers (lower-cased names), body.
struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// One HTTP/1.1 request with a body on loopback.
fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Resp {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(60)))
        .unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).unwrap();
    let mut buf = String::new();
    s.read_to_string(&mut buf).unwrap();
    let (head, body) = buf.split_once("\r\n\r\n").unwrap_or((&buf, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Resp {
        status,
        headers,
        body: body.to_string(),
    }
}

/// Form-encodes one value (what a browser sends for a plain text field).
fn form_value(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".into(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

fn login(addr: SocketAddr, user: &str, password: &str) -> Resp {
    request(
        addr,
        "POST",
        "/console/login",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        &format!(
            "user={}&password={}",
            form_value(user),
            form_value(password)
        ),
    )
}

/// A signed-in user: the cookie header value and the CSRF token from the page.
struct Signed {
    cookie: String,
    csrf: String,
}

fn sign_in(addr: SocketAddr, user: &str, password: &str) -> Signed {
    let r = login(addr, user, password);
    assert_eq!(r.status, 303, "{}", r.body);
    let set = r.header("set-cookie").unwrap().to_string();
    for attr in ["HttpOnly", "SameSite=Strict", "Path=/console"] {
        assert!(set.contains(attr), "{set}");
    }
    let cookie = set.split(';').next().unwrap().to_string();
    let id = cookie.split_once('=').unwrap().1;
    assert_eq!(id.len(), 64, "256 random bits, hex");
    let page = request(addr, "GET", "/console", &[("Cookie", &cookie)], "");
    assert_eq!(page.status, 200);
    let csrf = page
        .body
        .split("name=\"csrf-token\" content=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    Signed { cookie, csrf }
}

/// A config: console users `mod` (moderator) and `view` (viewer), the ingest token.
fn config(dir: &Path, login_failures: u32) -> PathBuf {
    let cfg = dir.join("serve.toml");
    std::fs::write(
        &cfg,
        format!(
            r#"[http]
listen = "127.0.0.1:0"
token = "{TOKEN}"
[state]
data_dir = {data:?}
[reload]
watch = false
[jsonl]
path = {jsonl:?}
[console]
history = 1000
login_failures = {login_failures}
[[console.user]]
name = "mod"
role = "moderator"
password_hash = "{m}"
[[console.user]]
name = "view"
role = "viewer"
password_hash = "{v}"
[[console.user]]
name = "boss"
role = "admin"
password_hash = "{b}"
"#,
            data = dir.join("data"),
            jsonl = dir.join("records.jsonl"),
            m = console_password_hash("mod pass"),
            v = console_password_hash("view pass"),
            b = console_password_hash("boss pass"),
        ),
    )
    .unwrap();
    cfg
}

fn start(cfg: &Path) -> Service {
    Service::start(&["--config", cfg.to_str().unwrap()])
}

fn metrics(addr: SocketAddr) -> String {
    let auth = format!("Bearer {TOKEN}");
    request(addr, "GET", "/metrics", &[("Authorization", &auth)], "").body
}

/// Pushes a fixture's lines to `/ingest`.
fn push(addr: SocketAddr, file: &str) -> usize {
    let text = std::fs::read_to_string(data(file)).unwrap();
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    ingest(addr, &lines, Some(TOKEN));
    lines.len()
}

fn alerts_page(addr: SocketAddr, s: &Signed, query: &str) -> Value {
    let r = request(
        addr,
        "GET",
        &format!("/console/api/alerts{query}"),
        &[("Cookie", &s.cookie)],
        "",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

fn alert_items(page: &Value) -> Vec<Value> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["record"]["kind"] == "alert")
        .cloned()
        .collect()
}

#[test]
fn console_needs_a_session_and_failed_logins_are_refused_counted_and_limited() {
    let dir = tempfile::tempdir().unwrap();
    let svc = start(&config(dir.path(), 2));
    let a = svc.http;

    let page = request(a, "GET", "/console", &[], "");
    assert_eq!(page.status, 303);
    assert_eq!(page.header("location"), Some("/console/login"));
    for api in [
        "/console/api/alerts",
        "/console/api/stream",
        "/console/api/account?id=1",
    ] {
        assert_eq!(request(a, "GET", api, &[], "").status, 401, "{api}");
    }
    let forged = [("Cookie", "scamwatch_console=0000")];
    assert_eq!(
        request(a, "GET", "/console/api/alerts", &forged, "").status,
        401
    );

    let form = request(a, "GET", "/console/login", &[], "");
    assert_eq!(form.status, 200);
    let csp = form.header("content-security-policy").unwrap();
    for part in [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(part), "{csp}");
    }

    let bad = login(a, "mod", "wrong");
    assert_eq!(bad.status, 401);
    assert!(bad.header("set-cookie").is_none());
    assert_eq!(login(a, "nobody", "mod pass").status, 401);
    // Two failures from this address: the third try is refused unchecked, even if right.
    assert_eq!(login(a, "mod", "mod pass").status, 429);
    let m = metrics(a);
    assert_eq!(
        metric(&m, "scamwatch_console_logins_total{result=\"failure\"}"),
        Some(2.0)
    );
    assert_eq!(
        metric(&m, "scamwatch_console_logins_total{result=\"limited\"}"),
        Some(1.0)
    );
    assert_eq!(
        metric(&m, "scamwatch_console_logins_total{result=\"success\"}"),
        Some(0.0)
    );
    // The API requests without a session are counted with the API's refusals: three with no
    // cookie, one with a cookie naming no session.
    assert_eq!(
        metric(
            &m,
            "scamwatch_http_unauthorized_total{endpoint=\"console\",reason=\"missing\"}"
        ),
        Some(3.0)
    );
    assert_eq!(
        metric(
            &m,
            "scamwatch_http_unauthorized_total{endpoint=\"console\",reason=\"invalid\"}"
        ),
        Some(1.0)
    );
    assert!(svc.stop().success());
}

#[test]
fn console_verdicts_history_across_a_restart_and_the_stream_resume() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), 5);
    let svc = start(&cfg);
    let a = svc.http;
    let m = sign_in(a, "mod", "mod pass");
    let v = sign_in(a, "view", "view pass");
    assert_eq!(
        metric(
            &metrics(a),
            "scamwatch_console_logins_total{result=\"success\"}"
        ),
        Some(2.0)
    );

    push(a, "obfuscated.jsonl");
    let items = wait_for(60, "the alerts in the console's API", || {
        let page = alerts_page(a, &m, "?limit=500");
        let items = alert_items(&page);
        (items.len() >= 27).then_some(items)
    });
    // Newest first, ids strictly falling.
    let ids: Vec<u64> = items.iter().map(|i| i["id"].as_u64().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "{ids:?}");
    let target = items[0]["record"].clone();
    // The account: its alerts in the history and what the detector remembers of it.
    let acc = request(
        a,
        "GET",
        &format!(
            "/console/api/account?id={}",
            target["account_id"].as_str().unwrap()
        ),
        &[("Cookie", &m.cookie)],
        "",
    )
    .json();
    assert!(
        acc["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["record"]["tweet_id"] == target["tweet_id"])
    );
    assert!(acc["history"]["posts"].as_u64().unwrap() >= 1, "{acc}");
    assert!(
        acc["history"]["first_seen"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );
    let nobody = request(
        a,
        "GET",
        "/console/api/account?id=no-such-account",
        &[("Cookie", &m.cookie)],
        "",
    )
    .json();
    assert_eq!(nobody["history"], Value::Null);
    assert_eq!(nobody["items"], serde_json::json!([]));
    let body = serde_json::json!({
        "alert_id": target["alert_id"],
        "post_id": target["tweet_id"],
        "account_id": target["account_id"],
        "verdict": "confirmed",
        "note": "seen it before",
    })
    .to_string();
    let verdict = |s: &Signed, csrf: Option<&str>| {
        let mut h = vec![
            ("Cookie", s.cookie.as_str()),
            ("Content-Type", "application/json"),
        ];
        if let Some(c) = csrf {
            h.push(("X-CSRF-Token", c));
        }
        request(a, "POST", "/console/api/verdict", &h, &body)
    };
    assert_eq!(verdict(&m, None).status, 403, "no CSRF token");
    assert_eq!(verdict(&m, Some("forged")).status, 403, "wrong CSRF token");
    assert_eq!(
        verdict(&m, Some(&v.csrf)).status,
        403,
        "another session's token"
    );
    let viewer = verdict(&v, Some(&v.csrf));
    assert_eq!(viewer.status, 403, "{}", viewer.body);
    assert!(viewer.body.contains("viewer"), "{}", viewer.body);
    let path = dir.path().join("data/verdicts.jsonl");
    assert!(
        std::fs::read_to_string(&path)
            .unwrap_or_default()
            .is_empty()
    );
    let ok = verdict(&m, Some(&m.csrf));
    assert_eq!(ok.status, 200, "{}", ok.body);

    let text = std::fs::read(&path).unwrap();
    let file = read_verdicts(&text[..]).unwrap();
    assert!(file.errors.is_empty(), "{:?}", file.errors);
    assert_eq!(file.verdicts.len(), 1);
    let stored = &file.verdicts[0];
    assert_eq!(stored.by, "mod");
    assert_eq!(stored.post_id, target["tweet_id"].as_str().unwrap());
    assert_eq!(stored.note.as_deref(), Some("seen it before"));
    assert_eq!(
        metric(
            &metrics(a),
            "scamwatch_verdicts_total{verdict=\"confirmed\"}"
        ),
        Some(1.0)
    );
    // The verdict also goes to the sinks, as a `verdict` record, after the alerts.
    let sunk = wait_for(30, "the verdict record in the JSONL sink", || {
        let text = std::fs::read_to_string(dir.path().join("records.jsonl")).ok()?;
        text.lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .find(|r| r["kind"] == "verdict")
    });
    assert_eq!(sunk["post_id"], target["tweet_id"]);
    assert_eq!(sunk["alert_id"], target["alert_id"]);
    assert_eq!(sunk["verdict"], "confirmed");
    assert_eq!(sunk["by"], "mod");
    assert_eq!(sunk["note"], "seen it before");

    // Only admins reload rules from the console (with the CSRF token).
    let reload = |s: &Signed, csrf: &str| {
        request(
            a,
            "POST",
            "/console/api/reload",
            &[("Cookie", s.cookie.as_str()), ("X-CSRF-Token", csrf)],
            "",
        )
    };
    assert_eq!(reload(&m, &m.csrf).status, 403, "a moderator");
    let boss = sign_in(a, "boss", "boss pass");
    assert_eq!(reload(&boss, "forged").status, 403, "no CSRF token");
    let r = reload(&boss, &boss.csrf);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["status"], "applied");

    // Pages: the newest 5, then the 5 before them.
    let first = alerts_page(a, &m, "?limit=5");
    let before = first["next_before"].as_u64().unwrap();
    let second = alerts_page(a, &m, &format!("?limit=5&before={before}"));
    let page_ids = |p: &Value| -> Vec<u64> {
        p["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_u64().unwrap())
            .collect()
    };
    assert_eq!(page_ids(&first).len(), 5);
    assert!(page_ids(&second).iter().all(|id| *id < before));
    let all_before = alerts_page(a, &m, "?limit=500");
    assert!(svc.stop().success());

    // A restart: sessions are gone, the history and the verdict are not.
    let svc = start(&cfg);
    let a = svc.http;
    assert_eq!(
        request(
            a,
            "GET",
            "/console/api/alerts",
            &[("Cookie", &m.cookie)],
            ""
        )
        .status,
        401,
        "sessions live in memory"
    );
    let m = sign_in(a, "mod", "mod pass");
    let after = alerts_page(a, &m, "?limit=500");
    let after_alerts = alert_items(&after);
    assert_eq!(
        alert_items(&all_before)
            .iter()
            .map(|i| i["id"].clone())
            .collect::<Vec<_>>(),
        after_alerts
            .iter()
            .map(|i| i["id"].clone())
            .collect::<Vec<_>>(),
        "the same alerts with the same ids"
    );
    let judged = after_alerts
        .iter()
        .find(|i| i["record"]["tweet_id"] == target["tweet_id"])
        .unwrap();
    assert_eq!(judged["verdict"]["verdict"], "confirmed");
    assert_eq!(judged["verdict"]["by"], "mod");

    // The stream resumes after Last-Event-ID: the records after id N, in order, ids as
    // event ids (the new startup's reload record included).
    let newest = after["items"][0]["id"].as_u64().unwrap();
    let resume = newest - 3;
    let got = sse_ids(a, &m, Resume::LastEventId(resume), 3);
    assert_eq!(got, vec![resume + 1, resume + 2, resume + 3]);
    // A new page starts its stream with ?after= (the newest record it loaded); a reconnect's
    // Last-Event-ID wins over it.
    let got = sse_ids(a, &m, Resume::After(resume + 1), 2);
    assert_eq!(got, vec![resume + 2, resume + 3]);
    let got = sse_ids(
        a,
        &m,
        Resume::Both {
            header: resume + 2,
            after: 0,
        },
        1,
    );
    assert_eq!(got, vec![resume + 3]);
    assert!(svc.stop().success());
}

/// Where a stream resumes.
enum Resume {
    LastEventId(u64),
    After(u64),
    Both {
        header: u64,
        after: u64,
    },
    /// `?except=campaign&after=N`: the page's stream, without campaign records.
    ExceptCampaigns(u64),
}

/// Reads `/console/api/stream`, resuming as told, until `n` event ids arrived.
fn sse_ids(addr: SocketAddr, s: &Signed, resume: Resume, n: usize) -> Vec<u64> {
    let mut sock = std::net::TcpStream::connect(addr).unwrap();
    sock.set_read_timeout(Some(std::time::Duration::from_secs(60)))
        .unwrap();
    let (path, header) = match resume {
        Resume::LastEventId(l) => ("/console/api/stream".to_string(), Some(l)),
        Resume::After(a) => (format!("/console/api/stream?after={a}"), None),
        Resume::Both { header, after } => {
            (format!("/console/api/stream?after={after}"), Some(header))
        }
        Resume::ExceptCampaigns(a) => (
            format!("/console/api/stream?except=campaign&after={a}"),
            None,
        ),
    };
    let header = header.map_or(String::new(), |l| format!("Last-Event-ID: {l}\r\n"));
    write!(
        sock,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nCookie: {}\r\n{header}Accept: text/event-stream\r\n\r\n",
        s.cookie
    )
    .unwrap();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let text = String::from_utf8_lossy(&buf);
        let ids: Vec<u64> = text
            .lines()
            .filter_map(|l| l.strip_prefix("id: ").or_else(|| l.strip_prefix("id:")))
            .filter_map(|v| v.trim().parse().ok())
            .collect();
        if ids.len() >= n {
            return ids;
        }
        let k = sock.read(&mut chunk).expect("the stream sends the backlog");
        assert!(k > 0, "stream ended early: {text}");
        buf.extend_from_slice(&chunk[..k]);
    }
}

#[test]
fn console_admins_requeue_dead_letters() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("data");
    // One dead letter of a hook whose receiver has since been fixed.
    let hook_dir = data_dir.join("webhook/hook");
    std::fs::create_dir_all(&hook_dir).unwrap();
    std::fs::write(
        hook_dir.join("dead-letter.jsonl"),
        "{\"id\":\"al-1\",\"kind\":\"alert\",\"body\":{\"kind\":\"alert\"}}\n",
    )
    .unwrap();
    let cfg = config(dir.path(), 5);
    let mut text = std::fs::read_to_string(&cfg).unwrap();
    text.push_str(
        "[[webhook]]\nname = \"hook\"\nurl = \"http://127.0.0.1:9/never\"\nsecret = \"s\"\n",
    );
    std::fs::write(&cfg, text).unwrap();
    let svc = start(&cfg);
    let a = svc.http;
    let requeue = |s: &Signed| {
        request(
            a,
            "POST",
            "/console/api/dead-letters/requeue",
            &[
                ("Cookie", s.cookie.as_str()),
                ("X-CSRF-Token", s.csrf.as_str()),
            ],
            "",
        )
    };
    let m = sign_in(a, "mod", "mod pass");
    assert_eq!(requeue(&m).status, 403, "a moderator");
    let boss = sign_in(a, "boss", "boss pass");
    let r = requeue(&boss);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["requeued"]["hook"], 1);
    assert!(!hook_dir.join("dead-letter.jsonl").exists());
    assert_eq!(requeue(&boss).json()["requeued"]["hook"], 0);
    assert!(svc.stop().success());
}

fn get_json(addr: SocketAddr, s: &Signed, path: &str) -> Value {
    let r = request(addr, "GET", path, &[("Cookie", &s.cookie)], "");
    assert_eq!(r.status, 200, "{path}: {}", r.body);
    r.json()
}

/// The alert detail's data: the account card (age, client), the account's recent timeline
/// (posts alerted or not, security events, the first crypto post), the campaign's posts, the
/// links to the platform; the timeline store bounded, its evictions counted.
#[test]
fn console_account_timeline_campaign_posts_and_platform_links() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), 5);
    // A small store: 30 accounts (the fixture has 32 authors), 10 posts each.
    let text = std::fs::read_to_string(&cfg).unwrap().replace(
        "history = 1000\n",
        "history = 1000\ntimeline_accounts = 30\ntimeline_posts = 10\n",
    );
    std::fs::write(&cfg, text).unwrap();
    let svc = start(&cfg);
    let a = svc.http;
    let m = sign_in(a, "mod", "mod pass");
    push(a, "obfuscated.jsonl");
    // maria_beats (2000003): twelve posts from an iPhone, a password reset and a new device,
    // then two giveaway posts from the web app.
    let hijacked = wait_for(60, "maria_beats' second scam alert", || {
        let items = alert_items(&alerts_page(a, &m, "?limit=500"));
        items
            .into_iter()
            .find(|i| i["record"]["tweet_id"] == "1391000000000000064")
    });
    assert_eq!(
        hijacked["links"]["post"],
        "https://x.com/i/web/status/1391000000000000064"
    );
    assert_eq!(hijacked["links"]["account"], "https://x.com/i/user/2000003");

    let acc = get_json(a, &m, "/console/api/account?id=2000003");
    let t = &acc["timeline"];
    assert_eq!(t["profile"]["username"], "maria_beats");
    assert_eq!(t["profile"]["created_at"], "2011-04-02T18:00:00.000Z");
    assert_eq!(t["profile"]["verified"], true);
    assert_eq!(t["profile"]["followers"], 243000);
    assert_eq!(t["client"], "Twitter Web App", "the latest post's client");
    assert_eq!(t["posts_seen"], 14);
    assert_eq!(t["posts_dropped"], 4, "a ring of 10");
    let posts = t["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 10);
    assert_eq!(posts[0]["id"], "1391000000000000064", "newest first");
    assert_eq!(posts[0]["client"], "Twitter Web App");
    assert!(posts[0]["crypto"].as_bool().unwrap());
    assert!(posts[0]["wallet"].as_bool().unwrap());
    assert_eq!(posts[0]["action"], hijacked["record"]["action"]);
    assert_eq!(
        posts[0]["link"],
        "https://x.com/i/web/status/1391000000000000064"
    );
    // Posts without an alert are there too: the account's ordinary speech.
    let plain = posts
        .iter()
        .find(|p| p["id"] == "1391000000000000054")
        .unwrap();
    assert_eq!(plain["text"], "Feliz domingo a todos");
    assert_eq!(plain["client"], "Twitter for iPhone");
    assert_eq!(plain["crypto"], false);
    assert_eq!(plain["action"], Value::Null);
    assert_eq!(plain["at"], "2021-05-07T23:03:38.466Z");
    // The first crypto post: the first giveaway, at 20:03 after the 19:52 password reset.
    assert_eq!(t["first_crypto_post"], "2021-05-09T20:03:55.198Z");
    let security: Vec<&str> = acc["history"]["security"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["type"].as_str().unwrap())
        .collect();
    assert!(
        security.contains(&"password_reset") && security.contains(&"login_new_device"),
        "{security:?}"
    );
    // An account with no post: no timeline.
    let nobody = get_json(a, &m, "/console/api/account?id=no-such-account");
    assert_eq!(nobody["timeline"], Value::Null);

    // The ETH giveaway's campaign (an alert after it formed): its shared address, its posts
    // oldest first, who and what; the first posts were alerted before it formed.
    let eth = wait_for(30, "an ETH giveaway alert in its campaign", || {
        alert_items(&alerts_page(a, &m, "?limit=500"))
            .into_iter()
            .find(|i| {
                i["record"]["campaign_id"].is_string()
                    && i["record"]["text"]
                        .as_str()
                        .unwrap()
                        .contains("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
            })
    });
    let campaign_id = eth["record"]["campaign_id"].as_str().unwrap().to_string();
    let c = get_json(a, &m, &format!("/console/api/campaign?id={campaign_id}"));
    assert_eq!(c["record"]["key_type"], "address");
    assert_eq!(
        c["record"]["key"],
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    );
    let cposts = c["posts"].as_array().unwrap();
    assert_eq!(
        cposts.len(),
        c["record"]["tweet_ids"].as_array().unwrap().len()
    );
    let times: Vec<&str> = cposts.iter().map(|p| p["at"].as_str().unwrap()).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    let members: Vec<&str> = c["record"]["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for p in cposts {
        assert!(members.contains(&p["account_id"].as_str().unwrap()), "{p}");
        assert!(
            p["text"]
                .as_str()
                .unwrap()
                .contains("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
        );
        assert!(
            p["link"]
                .as_str()
                .unwrap()
                .starts_with("https://x.com/i/web/status/")
        );
    }
    let this = cposts
        .iter()
        .find(|p| p["tweet_id"] == eth["record"]["tweet_id"])
        .unwrap();
    assert_eq!(this["record_id"], eth["id"]);
    assert_eq!(this["action"], eth["record"]["action"]);
    assert_eq!(this["username"], eth["record"]["username"]);
    let first = cposts
        .iter()
        .find(|p| p["tweet_id"] == "1391000000000000084")
        .unwrap();
    assert_eq!(first["username"], "eth_gift_promo0351");
    assert_eq!(first["at"], "2021-05-10T09:02:29.439Z");
    assert_eq!(
        request(
            a,
            "GET",
            "/console/api/campaign?id=nope",
            &[("Cookie", &m.cookie)],
            ""
        )
        .status,
        404
    );

    // The page's stream leaves campaign records out (it fetches a campaign when it opens one).
    let history = alerts_page(a, &m, "?limit=500");
    let first_campaign = history["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["record"]["kind"] == "campaign")
        .map(|i| i["id"].as_u64().unwrap())
        .min()
        .unwrap();
    assert_eq!(
        sse_ids(a, &m, Resume::After(first_campaign - 1), 1)[0],
        first_campaign
    );
    let next = sse_ids(a, &m, Resume::ExceptCampaigns(first_campaign - 1), 1)[0];
    assert!(
        next > first_campaign,
        "{next} after campaign {first_campaign}"
    );

    // The store is bounded and says what it evicted.
    let page = metrics(a);
    assert_eq!(
        metric(&page, "scamwatch_console_timeline_accounts"),
        Some(30.0)
    );
    assert!(
        metric(
            &page,
            "scamwatch_console_timeline_evictions_total{what=\"account\"}"
        ) >= Some(2.0),
        "32 authors into 30 places"
    );
    assert!(
        metric(
            &page,
            "scamwatch_console_timeline_evictions_total{what=\"post\"}"
        ) >= Some(4.0)
    );
    // Where the detector thread's time went.
    for stage in ["decide", "sinks", "console_log", "publish"] {
        assert!(
            metric(
                &page,
                &format!("scamwatch_detector_busy_seconds_total{{stage=\"{stage}\"}}")
            ) > Some(0.0),
            "{stage}"
        );
    }
    assert!(svc.stop().success());
}

#[test]
fn console_link_templates_are_checked_before_anything_starts() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(dir.path(), 5);
    let text = std::fs::read_to_string(&cfg).unwrap().replace(
        "history = 1000\n",
        "history = 1000\npost_url = \"javascript:alert(1)//{post_id}\"\n",
    );
    std::fs::write(&cfg, text).unwrap();
    let out = scamwatch(&["serve", "--config", cfg.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("console.post_url"), "{err}");
}
