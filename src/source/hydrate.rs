//! Account hydration: Bluesky posts carry no follower count or account age, so for a post that
//! already looks suspicious the author's profile is looked up (`app.bsky.actor.getProfile` on
//! an AppView) before the detector decides.
//!
//! ```text
//!  jetstream reader ─(Input)─▶ hydration stage ─(Input, profile filled in)─▶ detector queue
//!                               ordered, N lookups at once, each within the budget
//! ```
//!
//! The stage keeps arrival order (`buffered`: at most `concurrency` posts in flight, released
//! in order), so the detector sees the stream as it came. A lookup runs as its own task within
//! `timeout_ms`; the post waits for it at most `budget_ms`, then is decided without the data
//! (the reason says so) while a late answer still fills the cache for the account's next post.
//! A bounded LRU cache (`cache_size`, `cache_ttl_secs`) keeps profiles and "not found"
//! answers; a token bucket (`rate_per_sec`, `burst`) bounds the requests: past it, posts are
//! decided without the data. Every outcome is counted (`scamwatch_hydration_total{result}`);
//! none is fatal.

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use prometheus::IntCounterVec;
use serde::Deserialize;
use tokio::sync::mpsc;

use crate::detect::event::{Hydration, Input, Platform, Post, Timestamp};

/// `[hydration]`: where and how to look profiles up. Off unless `appview` is set.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HydrationConfig {
    /// Base URL of a Bluesky AppView (`https://public.api.bsky.app`); none: no hydration.
    pub appview: Option<String>,
    /// Most profiles kept.
    pub cache_size: usize,
    /// How long a cached profile (or "not found") is trusted.
    pub cache_ttl_secs: u64,
    /// Most lookups per second (token bucket), and the burst above it.
    pub rate_per_sec: f64,
    pub burst: f64,
    /// A lookup is abandoned after this long.
    pub timeout_ms: u64,
    /// A post waits at most this long for its lookup, then is decided without it.
    pub budget_ms: u64,
    /// Posts in flight in the stage (the others wait, in order).
    pub concurrency: usize,
}

impl Default for HydrationConfig {
    fn default() -> Self {
        HydrationConfig {
            appview: None,
            cache_size: 50_000,
            cache_ttl_secs: 3_600,
            rate_per_sec: 20.0,
            burst: 40.0,
            timeout_ms: 2_000,
            budget_ms: 500,
            concurrency: 32,
        }
    }
}

impl HydrationConfig {
    /// # Errors
    /// A message naming the first bad field.
    pub fn validate(&self) -> Result<(), String> {
        if let Some(a) = &self.appview
            && !(a.starts_with("https://") || a.starts_with("http://"))
        {
            return Err(format!(
                "hydration.appview must be an http(s) URL, got {a:?}"
            ));
        }
        if self.cache_size == 0 || self.concurrency == 0 {
            return Err("hydration.cache_size and hydration.concurrency must be > 0".into());
        }
        if !(self.rate_per_sec.is_finite() && self.rate_per_sec > 0.0 && self.burst >= 1.0) {
            return Err("hydration.rate_per_sec must be > 0 and hydration.burst >= 1".into());
        }
        if self.timeout_ms == 0 || self.budget_ms == 0 {
            return Err("hydration.timeout_ms and hydration.budget_ms must be > 0".into());
        }
        Ok(())
    }
}

/// What a profile says that the scorer uses (and a moderator reads).
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub handle: Option<String>,
    pub display_name: Option<String>,
    pub followers: Option<u64>,
    pub follows: Option<u64>,
    pub posts: Option<u64>,
    pub created_at: Option<Timestamp>,
    pub labels: Vec<String>,
}

/// `app.bsky.actor.defs#profileViewDetailed`, the fields used.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProfileView {
    did: String,
    handle: Option<String>,
    display_name: Option<String>,
    followers_count: Option<u64>,
    follows_count: Option<u64>,
    posts_count: Option<u64>,
    created_at: Option<String>,
    #[serde(default)]
    labels: Vec<Label>,
}

#[derive(Deserialize)]
struct Label {
    val: String,
}

/// A lookup's answer.
#[derive(Clone, Debug)]
enum Answer {
    Found(Profile),
    NotFound,
}

/// Why a lookup gave nothing to use.
#[derive(Debug, thiserror::Error)]
enum LookupError {
    #[error("timed out")]
    Timeout,
    #[error("{0}")]
    Failed(String),
}

/// Decides whether a post is worth a lookup (it already scores as suspicious).
pub type Suspicious = Arc<dyn Fn(&Post) -> bool + Send + Sync>;

/// The lookups, their cache and rate limit, and their counters.
pub struct Hydrator {
    cfg: HydrationConfig,
    base: String,
    client: reqwest::Client,
    cache: Mutex<lru::LruCache<String, (Instant, Answer)>>,
    bucket: Mutex<(f64, Instant)>,
    results: IntCounterVec,
    cache_metrics: CacheMetrics,
    suspicious: Suspicious,
}

/// The cache's size and the profiles its bound pushed out (least recently used first).
#[derive(Clone, Debug)]
pub struct CacheMetrics {
    pub evicted: prometheus::IntCounter,
    pub entries: prometheus::IntGauge,
}

impl Hydrator {
    /// `results` counts each outcome (`hydrated`, `cached`, `not_found`, `timeout`, `failed`,
    /// `rate_limited`, `not_suspicious`). None when `cfg.appview` is unset.
    pub fn new(
        cfg: &HydrationConfig,
        results: IntCounterVec,
        cache_metrics: CacheMetrics,
        suspicious: Suspicious,
    ) -> Option<Arc<Hydrator>> {
        let base = cfg.appview.as_ref()?.trim_end_matches('/').to_string();
        let client = reqwest::Client::builder()
            .timeout(Duration::from_millis(cfg.timeout_ms))
            .build()
            .expect("an HTTP client builds");
        Some(Arc::new(Hydrator {
            cache: Mutex::new(lru::LruCache::new(
                NonZeroUsize::new(cfg.cache_size).unwrap_or(NonZeroUsize::MIN),
            )),
            bucket: Mutex::new((cfg.burst, Instant::now())),
            cfg: cfg.clone(),
            base,
            client,
            results,
            cache_metrics,
            suspicious,
        }))
    }

    /// Reads `rx` until it ends, hydrating suspicious Bluesky posts, and sends everything on
    /// to `out` in arrival order. Returns when `rx` ends or `out` is gone.
    pub async fn run<M: From<(Input, Instant)>>(
        self: Arc<Self>,
        rx: mpsc::Receiver<(Input, Instant)>,
        out: mpsc::Sender<M>,
    ) {
        let width = self.cfg.concurrency;
        let items = futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|item| (item, rx))
        });
        let ordered = items
            .map(|(input, at)| {
                let h = Arc::clone(&self);
                async move { (h.hydrate(input).await, at) }
            })
            .buffered(width);
        let mut ordered = std::pin::pin!(ordered);
        while let Some(item) = ordered.next().await {
            if out.send(M::from(item)).await.is_err() {
                return;
            }
        }
    }

    /// One input through the stage: a suspicious Bluesky post without follower data gets its
    /// author's profile (or a note that it was decided without it).
    pub async fn hydrate(&self, input: Input) -> Input {
        let Input::Post(mut post) = input else {
            return input;
        };
        if post.platform != Platform::Bluesky || post.author.followers.is_some() {
            return Input::Post(post);
        }
        if !(self.suspicious)(&post) {
            self.count("not_suspicious");
            return Input::Post(post);
        }
        let did = post.author.id.clone();
        let note = match self.cached(&did) {
            Some(answer) => self.apply(&mut post, &answer, "cached"),
            None if !self.take_token() => {
                self.count("rate_limited");
                Hydration {
                    status: "rate_limited",
                    detail: "profile lookups over their rate limit: decided without followers or account age".into(),
                }
            }
            None => self.lookup_within_budget(&did, &mut post).await,
        };
        post.hydration = Some(note);
        Input::Post(post)
    }

    async fn lookup_within_budget(&self, did: &str, post: &mut Post) -> Hydration {
        let task = {
            let client = self.client.clone();
            let url = format!("{}/xrpc/app.bsky.actor.getProfile", self.base);
            let did = did.to_string();
            tokio::spawn(async move { fetch(&client, &url, &did).await })
        };
        let budget = Duration::from_millis(self.cfg.budget_ms);
        let result = match tokio::time::timeout(budget, task).await {
            Ok(Ok(r)) => r,
            Ok(Err(join)) => Err(LookupError::Failed(join.to_string())),
            // The lookup goes on alone; its answer is lost (the next post looks up again).
            Err(_) => Err(LookupError::Timeout),
        };
        match result {
            Ok(answer) => {
                let mut cache = self.cache.lock().expect("cache lock");
                let pushed_out = cache.push(did.to_string(), (Instant::now(), answer.clone()));
                if pushed_out.is_some_and(|(k, _)| k != did) {
                    self.cache_metrics.evicted.inc();
                }
                self.cache_metrics.entries.set(cache.len() as i64);
                drop(cache);
                self.apply(post, &answer, "hydrated")
            }
            Err(LookupError::Timeout) => {
                self.count("timeout");
                tracing::debug!(did, "profile lookup over budget");
                Hydration {
                    status: "timeout",
                    detail: format!(
                        "profile lookup took over {} ms: decided without followers or account age",
                        self.cfg.budget_ms
                    ),
                }
            }
            Err(LookupError::Failed(why)) => {
                self.count("failed");
                tracing::warn!(did, error = %why, "profile lookup failed");
                Hydration {
                    status: "failed",
                    detail: format!(
                        "profile lookup failed ({why}): decided without followers or account age"
                    ),
                }
            }
        }
    }

    fn cached(&self, did: &str) -> Option<Answer> {
        let ttl = Duration::from_secs(self.cfg.cache_ttl_secs);
        let mut cache = self.cache.lock().expect("cache lock");
        match cache.get(did) {
            Some((at, answer)) if at.elapsed() <= ttl => Some(answer.clone()),
            Some(_) => {
                cache.pop(did);
                None
            }
            None => None,
        }
    }

    fn take_token(&self) -> bool {
        let mut b = self.bucket.lock().expect("bucket lock");
        let now = Instant::now();
        let refill = now.duration_since(b.1).as_secs_f64() * self.cfg.rate_per_sec;
        b.0 = (b.0 + refill).min(self.cfg.burst);
        b.1 = now;
        if b.0 >= 1.0 {
            b.0 -= 1.0;
            true
        } else {
            false
        }
    }

    fn count(&self, result: &str) {
        self.results.with_label_values(&[result]).inc();
    }

    /// Fills the post's author from `answer`; `status` says where it came from.
    fn apply(&self, post: &mut Post, answer: &Answer, status: &'static str) -> Hydration {
        match answer {
            Answer::NotFound => {
                self.count("not_found");
                Hydration {
                    status: "not_found",
                    detail: "no profile for the account: decided without followers or account age"
                        .into(),
                }
            }
            Answer::Found(p) => {
                self.count(status);
                let a = &mut post.author;
                a.followers = p.followers;
                a.created_at = a.created_at.or(p.created_at);
                if a.username.is_none() {
                    a.username.clone_from(&p.handle);
                }
                if a.display_name.is_none() {
                    a.display_name.clone_from(&p.display_name);
                }
                let n = |v: Option<u64>| v.map_or_else(|| "?".to_string(), |v| v.to_string());
                let mut detail = format!(
                    "profile{}: {} followers, {} follows, {} posts, created {}",
                    if status == "cached" { " (cached)" } else { "" },
                    n(p.followers),
                    n(p.follows),
                    n(p.posts),
                    p.created_at
                        .map_or_else(|| "?".to_string(), |t| t.to_rfc3339()),
                );
                if !p.labels.is_empty() {
                    detail.push_str(", labels: ");
                    detail.push_str(&p.labels.join(", "));
                }
                Hydration { status, detail }
            }
        }
    }
}

/// One `getProfile` request. A 400 or 404 whose body says the profile is not there is
/// [`Answer::NotFound`]; anything else that is not a profile of `did` is a failure.
async fn fetch(client: &reqwest::Client, url: &str, did: &str) -> Result<Answer, LookupError> {
    let resp = client
        .get(url)
        .query(&[("actor", did)])
        .send()
        .await
        .map_err(|e| {
            if e.is_timeout() {
                LookupError::Timeout
            } else {
                LookupError::Failed(e.without_url().to_string())
            }
        })?;
    let status = resp.status();
    let body = resp.bytes().await.map_err(|e| {
        if e.is_timeout() {
            LookupError::Timeout
        } else {
            LookupError::Failed(e.without_url().to_string())
        }
    })?;
    if status.as_u16() == 404
        || (status.as_u16() == 400 && String::from_utf8_lossy(&body).contains("not found"))
    {
        return Ok(Answer::NotFound);
    }
    if !status.is_success() {
        return Err(LookupError::Failed(format!("HTTP {}", status.as_u16())));
    }
    let view: ProfileView = serde_json::from_slice(&body)
        .map_err(|e| LookupError::Failed(format!("not a profile: {e}")))?;
    if view.did != did {
        return Err(LookupError::Failed("the profile of another account".into()));
    }
    Ok(Answer::Found(Profile {
        handle: view.handle.filter(|h| !h.is_empty()),
        display_name: view.display_name.filter(|n| !n.is_empty()),
        followers: view.followers_count,
        follows: view.follows_count,
        posts: view.posts_count,
        created_at: view
            .created_at
            .as_deref()
            .and_then(Timestamp::parse_rfc3339),
        labels: view.labels.into_iter().map(|l| l.val).take(8).collect(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::extract::{Query, State};
    use axum::http::StatusCode;
    use axum::response::IntoResponse;
    use std::collections::HashMap;

    /// A profile server: `mode` decides the answer (`ok`, `slow` never answers, `500`,
    /// `garbage`, `missing`).
    async fn server(mode: &'static str) -> (String, Arc<Mutex<usize>>) {
        let hits = Arc::new(Mutex::new(0usize));
        async fn profile(
            State((mode, hits)): State<(&'static str, Arc<Mutex<usize>>)>,
            Query(q): Query<HashMap<String, String>>,
        ) -> axum::response::Response {
            *hits.lock().unwrap() += 1;
            let did = q.get("actor").cloned().unwrap_or_default();
            match mode {
                "slow" => std::future::pending().await,
                "500" => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
                "garbage" => "<html>oops</html>".into_response(),
                "missing" => (
                    StatusCode::BAD_REQUEST,
                    r#"{"error":"InvalidRequest","message":"Profile not found"}"#,
                )
                    .into_response(),
                _ => axum::Json(serde_json::json!({
                    "did": did, "handle": "scam.example", "displayName": "Elon",
                    "followersCount": 3, "followsCount": 900, "postsCount": 2,
                    "createdAt": "2024-09-16T00:00:00.000Z",
                    "labels": [{"src": "did:plc:mod", "uri": "at://x", "val": "spam", "cts": "2024-09-16T00:00:00.000Z"}]
                }))
                .into_response(),
            }
        }
        let app = axum::Router::new()
            .route(
                "/xrpc/app.bsky.actor.getProfile",
                axum::routing::get(profile),
            )
            .with_state((mode, Arc::clone(&hits)));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        (format!("http://{addr}"), hits)
    }

    fn hydrator(base: String, budget_ms: u64) -> (Arc<Hydrator>, IntCounterVec) {
        let results = IntCounterVec::new(
            prometheus::Opts::new("hydration_total", "test"),
            &["result"],
        )
        .unwrap();
        let cfg = HydrationConfig {
            appview: Some(base),
            budget_ms,
            timeout_ms: 5_000,
            rate_per_sec: 1.0,
            burst: 3.0,
            ..HydrationConfig::default()
        };
        let cache = CacheMetrics {
            evicted: prometheus::IntCounter::new("evicted", "test").unwrap(),
            entries: prometheus::IntGauge::new("entries", "test").unwrap(),
        };
        let h = Hydrator::new(
            &cfg,
            results.clone(),
            cache,
            Arc::new(|p: &Post| p.text.contains("BTC")),
        )
        .unwrap();
        (h, results)
    }

    fn post(did: &str, text: &str) -> Input {
        Input::Post(Box::new(Post {
            id: format!("at://{did}/app.bsky.feed.post/1"),
            platform: Platform::Bluesky,
            author: crate::detect::event::Account {
                id: did.into(),
                ..Default::default()
            },
            text: text.into(),
            ..Post::default()
        }))
    }

    fn note(i: &Input) -> (&'static str, String, Option<u64>) {
        match i {
            Input::Post(p) => {
                let h = p.hydration.clone().unwrap_or_default();
                (h.status, h.detail, p.author.followers)
            }
            Input::AccountEvent(_) => panic!("a post"),
        }
    }

    #[tokio::test]
    async fn profiles_fill_the_author_and_are_cached() {
        let (base, hits) = server("ok").await;
        let (h, results) = hydrator(base, 2_000);
        let out = h.hydrate(post("did:plc:a", "send BTC")).await;
        let (status, detail, followers) = note(&out);
        assert_eq!((status, followers), ("hydrated", Some(3)));
        assert!(
            detail.contains("3 followers, 900 follows, 2 posts, created 2024-09-16"),
            "{detail}"
        );
        assert!(detail.ends_with("labels: spam"), "{detail}");
        if let Input::Post(p) = &out {
            assert_eq!(p.author.username.as_deref(), Some("scam.example"));
        }
        let again = h.hydrate(post("did:plc:a", "send BTC")).await;
        assert_eq!(note(&again).0, "cached");
        assert_eq!(*hits.lock().unwrap(), 1, "the second post read the cache");
        // Not suspicious: no lookup, no note.
        let plain = h.hydrate(post("did:plc:b", "good morning")).await;
        assert_eq!(note(&plain).0, "");
        // The rate limit: 3 tokens, 2 left after the first lookup... spend them, then refuse.
        for i in 0..2 {
            h.hydrate(post(&format!("did:plc:r{i}"), "BTC")).await;
        }
        assert_eq!(
            note(&h.hydrate(post("did:plc:r9", "BTC")).await).0,
            "rate_limited"
        );
        for r in ["hydrated", "cached", "not_suspicious", "rate_limited"] {
            assert!(results.with_label_values(&[r]).get() >= 1, "{r}");
        }
    }

    #[tokio::test]
    async fn a_slow_server_costs_at_most_the_budget() {
        let (base, _) = server("slow").await;
        let (h, results) = hydrator(base, 150);
        let started = Instant::now();
        let out = h.hydrate(post("did:plc:slow", "BTC")).await;
        let took = started.elapsed();
        let (status, detail, followers) = note(&out);
        assert_eq!((status, followers), ("timeout", None));
        assert!(detail.contains("decided without followers"), "{detail}");
        assert!(
            took >= Duration::from_millis(150) && took < Duration::from_millis(1_500),
            "{took:?}"
        );
        assert_eq!(results.with_label_values(&["timeout"]).get(), 1);
    }

    #[tokio::test]
    async fn failing_and_garbage_and_missing_profiles_never_lose_the_post() {
        for (mode, status) in [
            ("500", "failed"),
            ("garbage", "failed"),
            ("missing", "not_found"),
        ] {
            let (base, _) = server(mode).await;
            let (h, results) = hydrator(base, 2_000);
            let out = h.hydrate(post("did:plc:x", "BTC")).await;
            assert_eq!(note(&out).0, status, "{mode}");
            assert_eq!(note(&out).2, None, "{mode}");
            assert_eq!(results.with_label_values(&[status]).get(), 1, "{mode}");
        }
        // Nothing listening at all.
        let (h, _) = hydrator("http://127.0.0.1:9".into(), 2_000);
        assert_eq!(note(&h.hydrate(post("did:plc:x", "BTC")).await).0, "failed");
    }

    #[tokio::test]
    async fn the_stage_keeps_arrival_order() {
        let (base, _) = server("slow").await;
        let (h, _) = hydrator(base, 100);
        let (tx, rx) = mpsc::channel(16);
        let (out_tx, mut out_rx) = mpsc::channel::<(Input, Instant)>(16);
        let task = tokio::spawn(Arc::clone(&h).run(rx, out_tx));
        // A slow suspicious post first, then plain posts: they come out after it.
        tx.send((post("did:plc:s", "BTC"), Instant::now()))
            .await
            .unwrap();
        for i in 0..5 {
            tx.send((post(&format!("did:plc:p{i}"), "hello"), Instant::now()))
                .await
                .unwrap();
        }
        drop(tx);
        let mut ids = Vec::new();
        while let Some((Input::Post(p), _)) = out_rx.recv().await {
            ids.push(p.author.id.clone());
        }
        task.await.unwrap();
        assert_eq!(
            ids,
            [
                "did:plc:s",
                "did:plc:p0",
                "did:plc:p1",
                "did:plc:p2",
                "did:plc:p3",
                "did:plc:p4"
            ]
        );
    }
}
