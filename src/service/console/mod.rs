//! The moderator console: `/console` on the service's HTTP listener (docs/console.md).
//!
//! Server-rendered HTML shells, one small vanilla JavaScript file and one stylesheet, all
//! embedded in the binary with `include_str!`: no build step, no CDN, nothing to vendor, and
//! the page works offline. Post text is attacker-controlled, so the script only ever writes it
//! with `textContent`, and every console response carries a strict Content-Security-Policy
//! (no inline script or style at all), so even a mistake there cannot run a script.
//!
//! ```text
//!  detector thread ─▶ History::append ─▶ DATA_DIR/console/records.jsonl (fsync per batch)
//!                                   └──▶ memory (newest N) ─▶ /console/api/alerts, /stream
//!  /console/api/verdict ─▶ the VerdictLog of POST /feedback (DATA_DIR/verdicts.jsonl)
//! ```

pub mod auth;
pub mod history;
pub mod links;
pub mod timeline;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Form;
use axum::Router;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use futures_util::Stream;
use serde::Deserialize;
use tokio::sync::broadcast;
use tokio_util::sync::CancellationToken;

use self::auth::{LoginLimiter, Session, Sessions, User, UserConfig};
use self::history::{Entry, History};
use self::links::Links;
use self::timeline::Timelines;
use super::Shared;
use crate::detect::verdict::{self, Verdict};

/// The session cookie's name.
pub const COOKIE: &str = "scamwatch_console";

/// The Content-Security-Policy of every console response: nothing inline, nothing from
/// elsewhere, no plugins, no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
                       object-src 'none'; frame-ancestors 'none'; base-uri 'none'; \
                       form-action 'self'";

/// `[console]` in the serve configuration.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConsoleConfig {
    /// A session ends this many minutes after sign-in.
    pub session_ttl_mins: u64,
    /// Records kept in memory for the queue and the stream's resume (the newest).
    pub history: usize,
    /// Failed sign-ins allowed per client address within `login_window_secs`.
    pub login_failures: u32,
    pub login_window_secs: u64,
    /// Accounts whose recent posts the console keeps for the alert detail's timeline (the
    /// least recently posting one is evicted first); 0 keeps none.
    pub timeline_accounts: usize,
    /// Post summaries kept per account (the oldest is dropped first).
    pub timeline_posts: usize,
    /// The link to a post on its platform: `{post_id}`, `{account_id}`, `{username}` are
    /// replaced by the percent-encoded ids; empty for no link. X's by default.
    pub post_url: String,
    /// The link to an account on its platform, likewise.
    pub account_url: String,
    /// `[[console.user]]`: the people (and service accounts) who may sign in.
    #[serde(rename = "user")]
    pub users: Vec<UserConfig>,
    /// Not in the file: a one-time sign-in token (`scamwatch demo` sets it and prints the
    /// link `/console/login?once=TOKEN`, which signs in as `demo`, an admin, once).
    #[serde(skip)]
    pub one_time_token: Option<String>,
}

impl Default for ConsoleConfig {
    fn default() -> Self {
        ConsoleConfig {
            session_ttl_mins: 8 * 60,
            history: 10_000,
            login_failures: 5,
            login_window_secs: 300,
            timeline_accounts: 10_000,
            timeline_posts: 16,
            post_url: links::X_POST_URL.into(),
            account_url: links::X_ACCOUNT_URL.into(),
            users: Vec::new(),
            one_time_token: None,
        }
    }
}

impl ConsoleConfig {
    /// Pure checks (no secret is read).
    ///
    /// # Errors
    /// The first problem, as a sentence.
    pub fn validate(&self) -> Result<(), String> {
        if self.users.is_empty() && self.one_time_token.is_none() {
            return Err("[console] needs at least one [[console.user]]".into());
        }
        if self.session_ttl_mins == 0
            || self.history == 0
            || self.login_failures == 0
            || self.login_window_secs == 0
        {
            return Err("console.session_ttl_mins, history, login_failures and \
                        login_window_secs must be > 0"
                .into());
        }
        if self.timeline_posts == 0 && self.timeline_accounts > 0 {
            return Err(
                "console.timeline_posts must be > 0 (timeline_accounts = 0 keeps no timeline)"
                    .into(),
            );
        }
        Links::new(&self.post_url, &self.account_url)?;
        let mut seen = std::collections::HashSet::new();
        for u in &self.users {
            if u.name.is_empty() || !seen.insert(u.name.as_str()) {
                return Err(format!(
                    "console user names must be unique and non-empty ({:?})",
                    u.name
                ));
            }
            u.validate().map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}

/// Why the console could not start.
#[derive(Debug, thiserror::Error)]
pub enum ConsoleError {
    #[error(transparent)]
    Credential(#[from] auth::CredentialError),
    #[error("{0}")]
    Links(String),
    #[error("cannot open the console's record log {path}: {source}")]
    History {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// The latest verdict on a post, as the queue shows it.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Shown {
    pub verdict: &'static str,
    pub by: String,
    pub at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The console's state, shared by its handlers and the detector thread.
pub struct Console {
    users: HashMap<String, User>,
    sessions: Sessions,
    limiter: LoginLimiter,
    pub history: History,
    /// Post id → its latest verdict, from `verdicts.jsonl` at startup, then every new one.
    verdicts: Mutex<HashMap<String, Shown>>,
    /// The demo's one-time sign-in token, until used.
    one_time: Mutex<Option<String>>,
    /// A user no one can be (a hash of random bits), checked for unknown names.
    decoy: Arc<User>,
    /// Accounts' recent posts, fed by the detector thread (`timeline.rs`).
    pub timelines: Mutex<Timelines>,
    /// Links to posts and accounts on their platform.
    links: Links,
}

impl Console {
    /// Reads the users' secrets, opens the record log and indexes the verdict file.
    ///
    /// # Errors
    /// A credential that cannot be read, or a record log that cannot be opened.
    pub fn open(
        cfg: &ConsoleConfig,
        data_dir: &Path,
        live_buffer: usize,
    ) -> Result<Console, ConsoleError> {
        let mut users = HashMap::new();
        for u in &cfg.users {
            users.insert(u.name.clone(), u.resolve()?);
        }
        let history = History::open(data_dir, cfg.history, live_buffer).map_err(|source| {
            ConsoleError::History {
                path: data_dir.join(history::RECORDS_FILE),
                source,
            }
        })?;
        let console = Console {
            users,
            sessions: Sessions::new(Duration::from_secs(cfg.session_ttl_mins * 60)),
            limiter: LoginLimiter::new(
                cfg.login_failures,
                Duration::from_secs(cfg.login_window_secs),
            ),
            history,
            verdicts: Mutex::new(HashMap::new()),
            one_time: Mutex::new(cfg.one_time_token.clone()),
            decoy: Arc::new(User::decoy()),
            timelines: Mutex::new(Timelines::new(cfg.timeline_accounts, cfg.timeline_posts)),
            links: Links::new(&cfg.post_url, &cfg.account_url).map_err(ConsoleError::Links)?,
        };
        // A missing file is no verdicts yet; bad lines are the backtest's to report.
        if let Ok(f) = std::fs::File::open(data_dir.join(super::feedback::VERDICTS_FILE))
            && let Ok(file) = verdict::read_verdicts(std::io::BufReader::new(f))
        {
            console.note_verdicts(&file.verdicts);
        }
        Ok(console)
    }

    /// Records verdicts just stored (from the console or `POST /feedback`) for the queue.
    pub fn note_verdicts(&self, verdicts: &[Verdict]) {
        let mut map = self.verdicts.lock().unwrap_or_else(|p| p.into_inner());
        for v in verdicts {
            map.insert(
                v.post_id.clone(),
                Shown {
                    verdict: v.verdict.as_str(),
                    by: v.by.clone(),
                    at: v.at.clone(),
                    note: v.note.clone(),
                },
            );
        }
    }

    /// One entry as the API and the stream send it: `{"id":N,"record":{…},"verdict":…}`,
    /// and for an alert `"links":{"post":…,"account":…}` (its platform's).
    fn item(&self, e: &Entry) -> String {
        // The few fields needed, borrowed: the record is scanned, not built into a tree.
        let ids = serde_json::from_str::<RecordIds>(&e.record).ok();
        let verdict = ids
            .as_ref()
            .and_then(|i| i.tweet_id.as_deref())
            .and_then(|p| {
                let map = self.verdicts.lock().unwrap_or_else(|p| p.into_inner());
                map.get(p)
                    .map(|s| serde_json::to_string(s).expect("serializes"))
            })
            .unwrap_or_else(|| "null".into());
        let links = match &ids {
            Some(i) if i.kind == "alert" => format!(
                ",\"links\":{}",
                self.links.json(links::Ids {
                    post_id: i.tweet_id.as_deref(),
                    account_id: i.account_id.as_deref(),
                    username: i.username.as_deref(),
                })
            ),
            _ => String::new(),
        };
        format!(
            "{{\"id\":{},\"record\":{},\"verdict\":{verdict}{links}}}",
            e.id, e.record
        )
    }

    /// The session of a request's cookie, if it is live.
    fn session(&self, headers: &HeaderMap) -> Option<Session> {
        cookie(headers).and_then(|id| self.sessions.get(&id, Instant::now()))
    }
}

/// The fields of a record the console's items need.
#[derive(Deserialize)]
struct RecordIds<'a> {
    #[serde(borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow, default)]
    tweet_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    account_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    username: Option<Cow<'a, str>>,
}

/// The session id in the request's `Cookie` header.
fn cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            (k == COOKIE).then(|| v.to_string())
        })
}

#[derive(Clone)]
struct App {
    shared: Arc<Shared>,
    console: Arc<Console>,
    queue: tokio::sync::mpsc::Sender<super::Msg>,
    stop: CancellationToken,
}

/// The console's routes, every response with the security headers.
pub(crate) fn router(
    shared: Arc<Shared>,
    console: Arc<Console>,
    queue: tokio::sync::mpsc::Sender<super::Msg>,
    stop: CancellationToken,
) -> Router {
    Router::new()
        .route("/console", get(page))
        .route("/console/", get(page))
        .route("/console/login", get(login_page).post(login))
        .route("/console/assets/console.js", get(script))
        .route("/console/assets/console.css", get(style))
        .route("/console/api/alerts", get(alerts))
        .route("/console/api/account", get(account))
        .route("/console/api/campaign", get(campaign))
        .route("/console/api/stream", get(stream))
        .route("/console/api/verdict", post(give_verdict))
        .route("/console/api/logout", post(logout))
        .route("/console/api/reload", post(reload))
        .route("/console/api/dead-letters/requeue", post(requeue))
        .with_state(App {
            shared,
            console,
            queue,
            stop,
        })
        .layer(axum::middleware::map_response(security_headers))
}

async fn security_headers(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    r
}

const LOGIN_HTML: &str = include_str!("assets/login.html");
const CONSOLE_HTML: &str = include_str!("assets/console.html");
const CONSOLE_JS: &str = include_str!("assets/console.js");
const CONSOLE_CSS: &str = include_str!("assets/console.css");

/// Escapes text for HTML element content and quoted attributes.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}

fn login_html(message: &str) -> String {
    LOGIN_HTML.replace("{{message}}", &escape_html(message))
}

#[derive(Deserialize)]
struct LoginQuery {
    once: Option<String>,
}

/// The sign-in form; with `?once=TOKEN`, the demo's one-time link: a session as `demo`
/// (admin), and the token is spent.
async fn login_page(
    State(app): State<App>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    q: Query<LoginQuery>,
) -> Response {
    let Some(once) = q.once.as_deref() else {
        return html(StatusCode::OK, login_html(""));
    };
    let logins = &app.shared.metrics.console_logins;
    let now = Instant::now();
    if !app.console.limiter.allowed(peer.ip(), now) {
        logins.with_label_values(&["limited"]).inc();
        return html(
            StatusCode::TOO_MANY_REQUESTS,
            login_html("Too many failed sign-ins from this address. Wait, then try again."),
        );
    }
    let spent = {
        let mut slot = app
            .console
            .one_time
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        let ok = slot
            .as_deref()
            .is_some_and(|t| auth::constant_time_eq(t.as_bytes(), once.as_bytes()));
        if ok {
            *slot = None;
        }
        ok
    };
    if !spent {
        app.console.limiter.failed(peer.ip(), now);
        logins.with_label_values(&["failure"]).inc();
        return html(
            StatusCode::UNAUTHORIZED,
            login_html("This sign-in link is not valid (it works once)."),
        );
    }
    logins.with_label_values(&["success"]).inc();
    signed_in(&app.console, &User::demo())
}

/// The answer to a successful sign-in: a session, its cookie, and the way to the queue.
fn signed_in(c: &Console, user: &User) -> Response {
    let (id, _) = c.sessions.open(user, Instant::now());
    tracing::info!(user = %user.name, role = user.role.as_str(), "console sign-in");
    let cookie = format!(
        "{COOKIE}={id}; HttpOnly; SameSite=Strict; Path=/console; Max-Age={}",
        c.sessions.ttl().as_secs()
    );
    (
        StatusCode::SEE_OTHER,
        [
            (header::SET_COOKIE, cookie),
            (header::LOCATION, "/console".into()),
        ],
    )
        .into_response()
}

async fn page(State(app): State<App>, headers: HeaderMap) -> Response {
    let Some(s) = app.console.session(&headers) else {
        return Redirect::to("/console/login").into_response();
    };
    let body = CONSOLE_HTML
        .replace("{{user}}", &escape_html(&s.user))
        .replace("{{role}}", s.role.as_str())
        .replace("{{csrf}}", &escape_html(&s.csrf));
    html(StatusCode::OK, body)
}

async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        CONSOLE_JS,
    )
        .into_response()
}

async fn style() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        CONSOLE_CSS,
    )
        .into_response()
}

#[derive(Deserialize)]
struct LoginForm {
    user: String,
    password: String,
}

async fn login(
    State(app): State<App>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Form(form): Form<LoginForm>,
) -> Response {
    let c = &app.console;
    let logins = &app.shared.metrics.console_logins;
    let now = Instant::now();
    let ip = peer.ip();
    if !c.limiter.allowed(ip, now) {
        logins.with_label_values(&["limited"]).inc();
        tracing::warn!(%ip, "console sign-in refused: too many failures");
        return html(
            StatusCode::TOO_MANY_REQUESTS,
            login_html("Too many failed sign-ins from this address. Wait, then try again."),
        );
    }
    let user = c.users.get(&form.user).cloned();
    // Argon2 is deliberately slow: off the async workers. An unknown user is checked against
    // a decoy hash, so the answer takes as long and does not tell which names exist.
    let password = form.password;
    let decoy = Arc::clone(&c.decoy);
    let ok = tokio::task::spawn_blocking(move || match user {
        Some(u) => u.check(&password).then_some(u),
        None => {
            let _ = decoy.check(&password);
            None
        }
    })
    .await
    .ok()
    .flatten();
    let Some(user) = ok else {
        c.limiter.failed(ip, now);
        logins.with_label_values(&["failure"]).inc();
        tracing::info!(%ip, user = %form.user, "console sign-in failed");
        return html(
            StatusCode::UNAUTHORIZED,
            login_html("Unknown user or wrong password."),
        );
    };
    c.limiter.succeeded(ip);
    logins.with_label_values(&["success"]).inc();
    signed_in(c, &user)
}

/// Why an API request is refused before its handler runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refused {
    /// No live session: 401.
    SignIn,
    /// A state change without the session's CSRF token: 403.
    Csrf,
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        match self {
            Refused::SignIn => {
                (StatusCode::UNAUTHORIZED, "sign in at /console/login\n").into_response()
            }
            Refused::Csrf => {
                (StatusCode::FORBIDDEN, "missing or wrong X-CSRF-Token\n").into_response()
            }
        }
    }
}

/// The session of an API request.
/// A request with no live session is counted like the API's refusals
/// (`scamwatch_http_unauthorized_total{endpoint="console"}`: `missing` without a cookie,
/// `invalid` with one that names no live session).
fn api_session(app: &App, headers: &HeaderMap) -> Result<Session, Refused> {
    app.console.session(headers).ok_or_else(|| {
        let reason = if cookie(headers).is_some() {
            super::access::Refusal::Invalid
        } else {
            super::access::Refusal::Missing
        };
        app.shared.access.count("console", reason);
        Refused::SignIn
    })
}

/// The session of a state-changing request: signed in, and the CSRF header matches.
fn changing_session(app: &App, headers: &HeaderMap) -> Result<Session, Refused> {
    let s = api_session(app, headers)?;
    let header = headers.get("x-csrf-token").and_then(|v| v.to_str().ok());
    if !auth::csrf_ok(&s, header) {
        return Err(Refused::Csrf);
    }
    Ok(s)
}

async fn logout(State(app): State<App>, headers: HeaderMap) -> Response {
    if let Err(r) = changing_session(&app, &headers) {
        return r.into_response();
    }
    if let Some(id) = cookie(&headers) {
        app.console.sessions.close(&id);
    }
    (
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/console; Max-Age=0"),
        )],
    )
        .into_response()
}

/// The most entries one page of the API returns.
pub const MAX_PAGE: usize = 500;

#[derive(Deserialize)]
struct PageQuery {
    before: Option<u64>,
    limit: Option<usize>,
}

fn json(body: String) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn items_json(c: &Console, entries: &[Entry], next_before: Option<u64>) -> String {
    let items: Vec<String> = entries.iter().map(|e| c.item(e)).collect();
    let next = next_before.map_or_else(|| "null".to_string(), |n| n.to_string());
    format!("{{\"items\":[{}],\"next_before\":{next}}}", items.join(","))
}

/// `GET /console/api/alerts?before=ID&limit=N`: newest first; `next_before` pages on.
async fn alerts(State(app): State<App>, headers: HeaderMap, q: Query<PageQuery>) -> Response {
    if let Err(r) = api_session(&app, &headers) {
        return r.into_response();
    }
    let limit = q.limit.unwrap_or(100).clamp(1, MAX_PAGE);
    let page = app.console.history.page(q.before, limit);
    let next = (page.len() == limit)
        .then(|| page.last().map(|e| e.id))
        .flatten();
    json(items_json(&app.console, &page, next))
}

#[derive(Deserialize)]
struct AccountQuery {
    id: String,
}

/// `GET /console/api/account?id=…`: the account's alerts in memory, newest first.
async fn account(State(app): State<App>, headers: HeaderMap, q: Query<AccountQuery>) -> Response {
    if let Err(r) = api_session(&app, &headers) {
        return r.into_response();
    }
    let page = app.console.history.of_account(&q.id, 50);
    // What the detector remembers, asked through its queue; a busy detector may take a
    // moment, a stopping one never answers.
    let (tx, rx) = tokio::sync::oneshot::channel();
    let history = if app
        .queue
        .send(super::Msg::Account(q.id.clone(), tx))
        .await
        .is_ok()
    {
        tokio::time::timeout(Duration::from_secs(5), rx)
            .await
            .ok()
            .and_then(Result::ok)
            .flatten()
    } else {
        None
    };
    let items = items_json(&app.console, &page, None);
    let history = history.map_or_else(|| "null".to_string(), |h| h.to_string());
    let timeline = app
        .console
        .timelines
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .account(&q.id);
    let timeline = match timeline {
        Some(t) => {
            let mut v = serde_json::to_value(&t).expect("serializes");
            for (p, post) in t
                .posts
                .iter()
                .zip(v["posts"].as_array_mut().into_iter().flatten())
            {
                post["link"] = app
                    .console
                    .links
                    .post(links::Ids {
                        post_id: Some(&p.id),
                        account_id: Some(&q.id),
                        username: t.profile.username.as_deref(),
                    })
                    .into();
            }
            v.to_string()
        }
        None => "null".into(),
    };
    // `{"items":[…],"next_before":null,"history":{…}|null,"timeline":{…}|null}`
    json(format!(
        "{},\"history\":{history},\"timeline\":{timeline}}}",
        &items[..items.len() - 1]
    ))
}

/// `GET /console/api/campaign?id=…`: the campaign's latest record in memory (404 if none)
/// and `posts`, the timeline of its posts (who, when, what action), oldest first: the
/// record's posts and those of the alerts that name the campaign.
async fn campaign(State(app): State<App>, headers: HeaderMap, q: Query<AccountQuery>) -> Response {
    if let Err(r) = api_session(&app, &headers) {
        return r.into_response();
    }
    let Some(e) = app.console.history.campaign(&q.id) else {
        return (StatusCode::NOT_FOUND, "no such campaign in the history\n").into_response();
    };
    let posts = serde_json::to_string(&campaign_posts(&app.console, &e)).expect("serializes");
    let item = app.console.item(&e);
    json(format!("{},\"posts\":{posts}}}", &item[..item.len() - 1]))
}

/// The members of a campaign record.
#[derive(Deserialize)]
struct CampaignMembers {
    campaign_id: String,
    accounts: Vec<String>,
    tweet_ids: Vec<String>,
}

/// One post of a campaign as its timeline shows it.
#[derive(serde::Serialize)]
struct CampaignPost {
    tweet_id: String,
    account_id: Option<String>,
    username: Option<String>,
    at: Option<String>,
    /// The alert's action, `null` for a post without an alert (or not in memory).
    action: Option<String>,
    /// The alert's record id (the page opens it), if it is in the history.
    record_id: Option<u64>,
    text: Option<String>,
    link: Option<String>,
}

/// Each post of the campaign: from its alert in the history, else from its author's timeline
/// (a member post below review has no alert), else only its id.
fn campaign_posts(c: &Console, e: &Entry) -> Vec<CampaignPost> {
    let Ok(mut m) = serde_json::from_str::<CampaignMembers>(&e.record) else {
        return Vec::new();
    };
    // The record lists the posts up to its latest growth; alerts naming the campaign add a
    // member's later posts.
    let mut alerts = HashMap::new();
    for a in c.history.alerts_in_campaign(&m.campaign_id) {
        if let Some(id) = serde_json::from_str::<RecordIds>(&a.record)
            .ok()
            .and_then(|i| i.tweet_id.map(Cow::into_owned))
        {
            if !m.tweet_ids.contains(&id) {
                m.tweet_ids.push(id.clone());
            }
            alerts.insert(id, a);
        }
    }
    let wanted: HashSet<&str> = m
        .tweet_ids
        .iter()
        .map(String::as_str)
        .filter(|id| !alerts.contains_key(*id))
        .collect();
    alerts.extend(c.history.alerts_of_posts(&wanted));
    let timelines = c.timelines.lock().unwrap_or_else(|p| p.into_inner());
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for id in &m.tweet_ids {
        if !seen.insert(id.as_str()) {
            continue;
        }
        let mut p = CampaignPost {
            tweet_id: id.clone(),
            account_id: None,
            username: None,
            at: None,
            action: None,
            record_id: None,
            text: None,
            link: None,
        };
        if let Some(a) = alerts.get(id.as_str()) {
            let r: serde_json::Value = serde_json::from_str(&a.record).unwrap_or_default();
            let s = |k: &str| r.get(k).and_then(|v| v.as_str()).map(String::from);
            p.account_id = s("account_id");
            p.username = s("username");
            p.at = s("event_time");
            p.action = s("action");
            p.record_id = Some(a.id);
            p.text = s("text").map(|t| t.chars().take(timeline::EXCERPT_CHARS).collect());
        } else if let Some((acc, (profile, post))) = m
            .accounts
            .iter()
            .find_map(|acc| timelines.post(acc, id).map(|found| (acc, found)))
        {
            p.account_id = Some(acc.clone());
            p.username = profile.username.map(String::from);
            p.at = Some(post.at.to_rfc3339());
            p.action = post.action.map(|a| a.as_str().to_string());
            p.text = Some(post.text.to_string());
        }
        p.link = c.links.post(links::Ids {
            post_id: Some(id),
            account_id: p.account_id.as_deref(),
            username: p.username.as_deref(),
        });
        out.push(p);
    }
    // RFC 3339 with milliseconds and Z sorts as text; posts not in memory go last.
    out.sort_by(|a, b| (a.at.is_none(), &a.at).cmp(&(b.at.is_none(), &b.at)));
    out
}

#[derive(Deserialize)]
struct StreamQuery {
    /// Where a new stream starts (the newest record the page loaded); `Last-Event-ID`, sent
    /// by a reconnecting browser, wins over it.
    after: Option<u64>,
    /// `except=campaign`: leave the campaign records out (the page fetches a campaign when an
    /// alert of it is opened; under a flood they are most of the stream's bytes, each listing
    /// every member).
    except: Option<String>,
}

/// `GET /console/api/stream`: server-sent events, each with its record id as event id; with
/// `Last-Event-ID`, first every kept record after it.
async fn stream(State(app): State<App>, headers: HeaderMap, q: Query<StreamQuery>) -> Response {
    if let Err(r) = api_session(&app, &headers) {
        return r.into_response();
    }
    let last = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .or(q.after);
    // Subscribe before reading the backlog, so nothing falls between the two.
    let rx = app.console.history.subscribe();
    let backlog = last
        .map(|l| app.console.history.after(l))
        .unwrap_or_default();
    let sent = backlog.last().map(|e| e.id).or(last).unwrap_or(0);
    let skip_campaigns = q
        .except
        .as_deref()
        .is_some_and(|e| e.split(',').any(|k| k.trim() == "campaign"));
    let backlog = if skip_campaigns {
        backlog.into_iter().filter(|e| !is_campaign(e)).collect()
    } else {
        backlog
    };
    Sse::new(entry_stream(app, rx, backlog, sent, skip_campaigns))
        .keep_alive(KeepAlive::default())
        .into_response()
}

fn is_campaign(e: &Entry) -> bool {
    e.record.starts_with("{\"kind\":\"campaign\"")
}

fn entry_stream(
    app: App,
    rx: broadcast::Receiver<Entry>,
    backlog: Vec<Entry>,
    sent: u64,
    skip_campaigns: bool,
) -> impl Stream<Item = Result<Event, Infallible>> {
    let backlog = backlog.into_iter();
    futures_util::stream::unfold(
        (app, rx, backlog, sent),
        move |(app, mut rx, mut backlog, mut sent)| async move {
            let e = if let Some(e) = backlog.next() {
                e
            } else {
                loop {
                    let r = tokio::select! {
                        r = rx.recv() => r,
                        () = app.stop.cancelled() => return None,
                    };
                    match r {
                        Ok(e) if e.id > sent && !(skip_campaigns && is_campaign(&e)) => break e,
                        Ok(_) => {}
                        // A console too slow for the stream ends it: the browser reconnects
                        // with Last-Event-ID and gets what it missed from memory.
                        Err(_) => return None,
                    }
                }
            };
            sent = e.id;
            let ev = Event::default()
                .id(e.id.to_string())
                .data(app.console.item(&e));
            Some((Ok(ev), (app, rx, backlog, sent)))
        },
    )
}

/// `POST /console/api/reload`: admins reload the rules and the model, as `POST /rules/reload`
/// does (the `reload` record says `trigger: http`).
async fn reload(State(app): State<App>, headers: HeaderMap) -> Response {
    let s = match changing_session(&app, &headers) {
        Ok(s) => s,
        Err(r) => return r.into_response(),
    };
    if s.role != auth::Role::Admin {
        return (
            StatusCode::FORBIDDEN,
            format!("role {} cannot reload rules\n", s.role.as_str()),
        )
            .into_response();
    }
    tracing::info!(user = %s.user, "rule reload asked from the console");
    super::http::reload_now(&app.shared).await
}

/// `POST /console/api/dead-letters/requeue`: admins move every webhook's dead letters back
/// into its outbox (once the receiver is fixed): `{"requeued":{"HOOK":N,…}}`.
async fn requeue(State(app): State<App>, headers: HeaderMap) -> Response {
    let s = match changing_session(&app, &headers) {
        Ok(s) => s,
        Err(r) => return r.into_response(),
    };
    if s.role != auth::Role::Admin {
        return (
            StatusCode::FORBIDDEN,
            format!("role {} cannot requeue dead letters\n", s.role.as_str()),
        )
            .into_response();
    }
    let hooks = app.shared.webhooks.clone();
    // File I/O and fsync: off the async workers.
    let done = tokio::task::spawn_blocking(move || {
        let mut out = serde_json::Map::new();
        for h in &hooks {
            let n = h
                .requeue_dead_letters()
                .map_err(|e| format!("{}: {e}", h.name()))?;
            out.insert(h.name().to_string(), n.into());
        }
        Ok::<_, String>(out)
    })
    .await;
    match done {
        Ok(Ok(out)) => {
            tracing::info!(user = %s.user, requeued = ?out, "dead letters requeued from the console");
            json(serde_json::json!({ "requeued": out }).to_string())
        }
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response(),
    }
}

/// A verdict from the console: the post, the kind, an optional note.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerdictRequest {
    alert_id: Option<String>,
    post_id: String,
    account_id: String,
    verdict: String,
    note: Option<String>,
}

/// The verdict a console request body makes, given by `by` at `at` (RFC 3339): the body's
/// fields through the same validation as `POST /feedback` ([`Verdict::parse`]). Public for the
/// `bodies` fuzz target.
///
/// # Errors
/// Why the body is refused (a JSON error or the verdict's), for a 422.
pub fn verdict_of_request(body: &[u8], by: &str, at: &str) -> Result<Verdict, String> {
    let req: VerdictRequest = serde_json::from_slice(body).map_err(|e| e.to_string())?;
    let note = req.note.filter(|n| !n.trim().is_empty());
    let line = serde_json::json!({
        "alert_id": req.alert_id,
        "post_id": req.post_id,
        "account_id": req.account_id,
        "verdict": req.verdict,
        "by": by,
        "at": at,
        "note": note,
    });
    // Absent optional fields, not nulls: the verdict format has no nulls.
    let mut obj = line.as_object().cloned().unwrap_or_default();
    obj.retain(|_, v| !v.is_null());
    Verdict::parse(&serde_json::Value::Object(obj).to_string()).map_err(|e| e.to_string())
}

/// `POST /console/api/verdict`: moderators and admins; stored by the same path as
/// `POST /feedback` (durable before 200), counted in the same metrics, `by` the user.
async fn give_verdict(
    State(app): State<App>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    // Who asks comes first: nobody learns anything about the body without a session.
    let s = match changing_session(&app, &headers) {
        Ok(s) => s,
        Err(r) => return r.into_response(),
    };
    if !s.role.may_give_verdicts() {
        return (
            StatusCode::FORBIDDEN,
            format!("role {} cannot give verdicts\n", s.role.as_str()),
        )
            .into_response();
    }
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let v = match verdict_of_request(&body, &s.user, &at) {
        Ok(v) => v,
        Err(e) => {
            app.shared.metrics.verdicts_rejected.inc();
            return (StatusCode::UNPROCESSABLE_ENTITY, format!("{e}\n")).into_response();
        }
    };
    if let Err(e) = app.shared.verdicts.append(std::slice::from_ref(&v)).await {
        tracing::error!(error = %e, "cannot store a console verdict");
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("cannot store the verdict: {e}\n"),
        )
            .into_response();
    }
    app.shared
        .metrics
        .verdicts
        .with_label_values(&[v.verdict.as_str()])
        .inc();
    app.console.note_verdicts(std::slice::from_ref(&v));
    super::feedback::send_records(&app.queue, vec![v.clone()]).await;
    tracing::info!(by = %v.by, verdict = v.verdict.as_str(), post = %v.post_id, "console verdict stored");
    json(
        serde_json::json!({"stored": 1, "verdict": v.verdict.as_str(), "by": v.by, "at": v.at})
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escaping_covers_tags_quotes_and_ampersands() {
        assert_eq!(
            escape_html(r#"<script>alert("x")</script>&'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;"
        );
    }

    #[test]
    fn a_console_verdict_is_the_user_s_with_no_blank_note() {
        let at = "2026-11-27T10:00:00.000Z";
        let body = br#"{"post_id":"1","account_id":"2","verdict":"dismissed","note":"  "}"#;
        let v = verdict_of_request(body, "dana", at).unwrap();
        assert_eq!((v.by.as_str(), v.post_id.as_str()), ("dana", "1"));
        assert_eq!(v.note, None);
        // `by` is the session's: a body cannot name someone else.
        let forged = br#"{"post_id":"1","account_id":"2","verdict":"dismissed","by":"eve"}"#;
        assert!(verdict_of_request(forged, "dana", at).is_err());
        let unknown = br#"{"post_id":"1","account_id":"2","verdict":"maybe"}"#;
        assert!(verdict_of_request(unknown, "dana", at).is_err());
    }

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; scamwatch_console=abc; b=2"),
        );
        assert_eq!(cookie(&h).as_deref(), Some("abc"));
        assert_eq!(cookie(&HeaderMap::new()), None);
    }

    #[test]
    fn the_assets_have_no_inline_script_or_style() {
        for page in [LOGIN_HTML, CONSOLE_HTML] {
            assert!(!page.contains("<script>"), "inline script");
            assert!(!page.contains("style="), "inline style");
            assert!(!page.contains("<style"), "inline style");
        }
        assert!(
            !CONSOLE_JS.contains("innerHTML"),
            "post text only via textContent"
        );
    }

    #[test]
    fn config_needs_users_with_one_credential() {
        let c = ConsoleConfig::default();
        assert!(c.validate().unwrap_err().contains("at least one"));
    }
}
