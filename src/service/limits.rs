//! What one request may cost (`[http.limits]`, `docs/serve.md#limits`): body sizes per route
//! and a token bucket per API token on `/ingest`. Every refusal is answered with its status
//! (413, or 429 with `Retry-After`) and counted in
//! `scamwatch_http_refused_total{endpoint,reason}`.
//!
//! Why a bucket per token rather than per client address: producers sit behind load balancers
//! and NATs, so an address says little about who sends; the token is who is admitted. Buckets
//! are keyed by a hash of the token (never the token itself), and only tokens that passed
//! [`super::access`] get one, so the map holds at most one bucket per configured token.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use prometheus::IntCounterVec;

/// The `endpoint` labels of `scamwatch_http_refused_total`.
pub const ENDPOINTS: [&str; 2] = ["ingest", "feedback"];
/// The `reason` labels of `scamwatch_http_refused_total`.
pub const REASONS: [&str; 2] = ["too_large", "rate_limited"];

/// A token bucket: `burst` tokens at most, refilled at `rate` per second. Time is an input.
#[derive(Clone, Debug)]
pub struct Bucket {
    rate: f64,
    burst: f64,
    tokens: f64,
    at: Instant,
}

impl Bucket {
    /// A full bucket at `now`.
    pub fn new(rate: f64, burst: f64, now: Instant) -> Bucket {
        Bucket {
            rate,
            burst,
            tokens: burst,
            at: now,
        }
    }

    fn refill(&mut self, now: Instant) {
        let dt = now.saturating_duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + dt * self.rate).min(self.burst);
        self.at = self.at.max(now);
    }

    /// Takes one token, or says how long until one is there.
    ///
    /// # Errors
    /// The wait until the next token.
    pub fn take(&mut self, now: Instant) -> Result<(), Duration> {
        self.refill(now);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - self.tokens) / self.rate))
        }
    }
}

/// One bucket per API token.
#[derive(Debug)]
pub struct RateLimiter {
    rate: f64,
    burst: f64,
    buckets: Mutex<HashMap<[u8; 32], Bucket>>,
}

impl RateLimiter {
    pub fn new(rate: f64, burst: f64) -> RateLimiter {
        RateLimiter {
            rate,
            burst,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token from `token`'s bucket at `now`.
    ///
    /// # Errors
    /// The wait until the bucket has a token again.
    pub fn take(&self, token: &str, now: Instant) -> Result<(), Duration> {
        use sha2::Digest;
        let key: [u8; 32] = sha2::Sha256::digest(token.as_bytes()).into();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        buckets
            .entry(key)
            .or_insert_with(|| Bucket::new(self.rate, self.burst, now))
            .take(now)
    }
}

/// The body limits, the `/ingest` limiter and the refusal counter; cheap to share.
#[derive(Debug)]
pub struct Limits {
    pub feedback_body_bytes: usize,
    pub ingest_body_bytes: usize,
    pub ingest: Option<RateLimiter>,
    refused: IntCounterVec,
}

impl Limits {
    pub fn new(cfg: &super::config::HttpLimits, refused: IntCounterVec) -> Limits {
        Limits {
            feedback_body_bytes: cfg.feedback_body_bytes,
            ingest_body_bytes: cfg.ingest_body_bytes,
            ingest: cfg
                .ingest_bucket()
                .map(|(rate, burst)| RateLimiter::new(rate, burst)),
            refused,
        }
    }

    /// Counts a refusal (`endpoint` one of [`ENDPOINTS`], `reason` one of [`REASONS`]).
    pub fn count(&self, endpoint: &'static str, reason: &'static str) {
        self.refused.with_label_values(&[endpoint, reason]).inc();
        tracing::debug!(endpoint, reason, "http request refused");
    }

    /// Admits one `/ingest` request or websocket handshake for the request's token: `Err` is
    /// the wait until the next token (the refusal is counted; answer it with [`too_many`]).
    ///
    /// # Errors
    /// The wait before a retry can succeed.
    pub fn admit_ingest(&self, headers: &HeaderMap) -> Result<(), Duration> {
        let Some(limiter) = &self.ingest else {
            return Ok(());
        };
        let token = super::access::bearer(headers).unwrap_or("");
        limiter
            .take(token, Instant::now())
            .inspect_err(|_| self.count("ingest", "rate_limited"))
    }

    /// Waits until the token's bucket has a token (an open `/ingest` websocket: its messages
    /// are slowed down, never dropped). Returns whether it had to wait.
    pub async fn throttle_ingest(&self, token: &str) -> bool {
        let Some(limiter) = &self.ingest else {
            return false;
        };
        let mut waited = false;
        while let Err(wait) = limiter.take(token, Instant::now()) {
            waited = true;
            tokio::time::sleep(wait).await;
        }
        waited
    }
}

/// 429 with `Retry-After` in whole seconds (at least 1).
pub fn too_many(wait: Duration) -> Response {
    let secs = wait.as_secs_f64().ceil().max(1.0) as u64;
    (
        StatusCode::TOO_MANY_REQUESTS,
        [(header::RETRY_AFTER, HeaderValue::from(secs))],
        format!("rate limit of http.limits.ingest_rate exceeded: retry in {secs} s\n"),
    )
        .into_response()
}

/// 413 naming the limit and the key that sets it.
pub fn too_large(limit: usize, key: &str) -> Response {
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("body over {limit} bytes ({key}): send less per request\n"),
    )
        .into_response()
}

/// Why a body was not read.
#[derive(Debug)]
pub enum BodyError {
    /// Over the limit (declared or read).
    TooLarge,
    /// The connection failed while reading.
    Read(String),
}

/// Reads a body of at most `limit` bytes; a declared length over it is refused before reading.
///
/// # Errors
/// Too large, or the connection failed.
pub async fn read_body(
    limit: usize,
    headers: &HeaderMap,
    body: Body,
) -> Result<Vec<u8>, BodyError> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(BodyError::TooLarge);
    }
    let mut buf = Vec::new();
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| BodyError::Read(e.to_string()))?;
        if buf.len() + chunk.len() > limit {
            return Err(BodyError::TooLarge);
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bucket_allows_its_burst_then_its_rate() {
        let t0 = Instant::now();
        let ms = |n: u64| t0 + Duration::from_millis(n);
        let mut b = Bucket::new(2.0, 3.0, t0);
        // (time in ms, expected: Ok, or the wait in ms)
        let table: [(u64, Result<(), u64>); 8] = [
            (0, Ok(())),
            (0, Ok(())),
            (0, Ok(())),
            (0, Err(500)),
            (250, Err(250)),
            (500, Ok(())),
            (500, Err(500)),
            // A long quiet spell refills to the burst, not beyond.
            (60_000, Ok(())),
        ];
        for (at, want) in table {
            let got = b.take(ms(at)).map_err(|d| d.as_millis() as u64);
            assert_eq!(got, want, "at {at} ms");
        }
        assert!(b.take(ms(60_000)).is_ok());
        assert!(b.take(ms(60_000)).is_ok());
        assert!(b.take(ms(60_000)).is_err());
    }

    #[test]
    fn each_token_has_its_own_bucket() {
        let l = RateLimiter::new(1.0, 1.0);
        let now = Instant::now();
        assert!(l.take("a", now).is_ok());
        assert!(l.take("a", now).is_err());
        assert!(l.take("b", now).is_ok());
    }

    #[tokio::test]
    async fn a_body_over_the_limit_is_refused_with_or_without_a_declared_length() {
        let none = HeaderMap::new();
        let r = read_body(10, &none, Body::from(vec![b' '; 11])).await;
        assert!(matches!(r, Err(BodyError::TooLarge)));
        let r = read_body(10, &none, Body::from(vec![b' '; 10])).await;
        assert_eq!(r.unwrap().len(), 10);
        let mut declared = HeaderMap::new();
        declared.insert(header::CONTENT_LENGTH, 11.into());
        let r = read_body(10, &declared, Body::from(Vec::new())).await;
        assert!(matches!(r, Err(BodyError::TooLarge)));
    }

    #[test]
    fn retry_after_is_whole_seconds_rounded_up() {
        let r = too_many(Duration::from_millis(1500));
        assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(r.headers()[header::RETRY_AFTER], "2");
        assert_eq!(
            too_many(Duration::from_millis(1)).headers()[header::RETRY_AFTER],
            "1"
        );
    }
}
