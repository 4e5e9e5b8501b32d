//! Who may use the HTTP API (`docs/serve.md#access`).
//!
//! Every route of the listener needs a credential except `/healthz` and `/readyz`:
//! - the **API** (`/metrics`, `/alerts`, `/alerts/sse`, `/ingest`, `POST /rules/reload`,
//!   `POST /feedback`, `GET /webhooks`, `POST /webhooks/requeue`) needs `Authorization: Bearer <http token>`;
//! - the **console** (`/console/…`) needs a session cookie from its own sign-in
//!   ([`super::console::auth`]).
//!
//! Both kinds of secret come from the environment or a file, never from the committed
//! configuration; both are compared in constant time ([`constant_time_eq`]); both answer a
//! missing or wrong credential with `401` and a body saying what to send; and both count every
//! refusal in `scamwatch_http_unauthorized_total{endpoint,reason}`.
//!
//! Why tokens that all open the whole API rather than one per route: the alert stream and the
//! metrics carry the same data (post text, account ids, rule hits), and a service with one
//! operator team gains nothing from a token matrix but ways to get it wrong. There may be several
//! (`[[http.tokens]]`, each named) so that each producer has its own `/ingest` rate bucket and
//! can be revoked without re-keying the others. With no token configured
//! the API refuses everything (`403`), so a forgotten setting fails closed.

use std::path::{Path, PathBuf};

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus::IntCounterVec;

pub use super::config::ApiToken;

/// The environment variable read for the API token when the configuration names none.
pub const DEFAULT_TOKEN_ENV: &str = "SCAMWATCH_HTTP_TOKEN";

/// The `endpoint` labels of `scamwatch_http_unauthorized_total` (a closed set).
pub const ENDPOINTS: [&str; 8] = [
    "metrics",
    "alerts",
    "alerts_sse",
    "ingest",
    "reload",
    "feedback",
    "webhooks",
    "console",
];

/// The `reason` labels of `scamwatch_http_unauthorized_total`.
pub const REASONS: [&str; 3] = ["missing", "invalid", "not_configured"];

/// Compares two byte strings in time that depends only on their lengths.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Why a secret could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("{what}: set at most one of {}", .keys.join(", "))]
    MoreThanOne {
        what: &'static str,
        keys: &'static [&'static str],
    },
    #[error("{what}: token_env names {var}, which is not set")]
    NoEnv { what: &'static str, var: String },
    #[error("{what}: cannot read token_file {path}: {source}")]
    File {
        what: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{what}: the token is empty")]
    Empty { what: &'static str },
}

/// Reads a secret from the variable `env` or the file `file` (at most one is given; trailing
/// whitespace, such as the file's newline, is not part of it). `Ok(None)` when neither is.
///
/// # Errors
/// The variable is not set, the file cannot be read, or the secret is empty.
pub fn read_secret(
    what: &'static str,
    env: Option<&str>,
    file: Option<&Path>,
) -> Result<Option<String>, SecretError> {
    let raw = match (env, file) {
        (None, None) => return Ok(None),
        (Some(_), Some(_)) => {
            return Err(SecretError::MoreThanOne {
                what,
                keys: &["token_env", "token_file"],
            });
        }
        (Some(var), None) => std::env::var(var).map_err(|_| SecretError::NoEnv {
            what,
            var: var.to_string(),
        })?,
        (None, Some(path)) => {
            std::fs::read_to_string(path).map_err(|source| SecretError::File {
                what,
                path: path.to_path_buf(),
                source,
            })?
        }
    };
    let secret = raw.trim_end().to_string();
    if secret.is_empty() {
        return Err(SecretError::Empty { what });
    }
    Ok(Some(secret))
}

/// Why a request was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No `Authorization: Bearer …` header (401).
    Missing,
    /// A bearer token that is not the configured one (401).
    Invalid,
    /// The service has no API token, so the API refuses everyone (403).
    NotConfigured,
}

impl Refusal {
    pub fn as_str(self) -> &'static str {
        match self {
            Refusal::Missing => "missing",
            Refusal::Invalid => "invalid",
            Refusal::NotConfigured => "not_configured",
        }
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::Missing | Refusal::Invalid => {
                let challenge = if self == Refusal::Missing {
                    "Bearer realm=\"scamwatch\""
                } else {
                    "Bearer realm=\"scamwatch\", error=\"invalid_token\""
                };
                let body = if self == Refusal::Missing {
                    "bearer token required: send `Authorization: Bearer <token>` with the \
                     service's http token (docs/serve.md#access)\n"
                } else {
                    "wrong bearer token (docs/serve.md#access)\n"
                };
                (
                    StatusCode::UNAUTHORIZED,
                    [(
                        header::WWW_AUTHENTICATE,
                        HeaderValue::from_static(challenge),
                    )],
                    body,
                )
                    .into_response()
            }
            Refusal::NotConfigured => (
                StatusCode::FORBIDDEN,
                "this endpoint needs a bearer token and the service has none: set \
                 http.token_env or http.token_file in the configuration (or the \
                 SCAMWATCH_HTTP_TOKEN environment variable; docs/serve.md#access). It carries \
                 post text and account ids, or changes what the service does: never anonymous.\n",
            )
                .into_response(),
        }
    }
}

/// The API's tokens and the refusal counter; cheap to clone.
#[derive(Clone)]
pub struct Access {
    tokens: std::sync::Arc<[ApiToken]>,
    refused: IntCounterVec,
}

impl std::fmt::Debug for Access {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Access")
            .field("tokens", &self.tokens)
            .finish()
    }
}

impl Access {
    pub fn new(tokens: Vec<ApiToken>, refused: IntCounterVec) -> Access {
        Access {
            tokens: tokens.into(),
            refused,
        }
    }

    /// Whether a token is configured.
    pub fn configured(&self) -> bool {
        !self.tokens.is_empty()
    }

    /// Checks the request's bearer token against every configured token, each in constant
    /// time and all of them whatever matched (so the time says nothing of which one), and
    /// returns the name of the one it is.
    ///
    /// # Errors
    /// Why the request is refused.
    pub fn check(&self, headers: &HeaderMap) -> Result<&str, Refusal> {
        if self.tokens.is_empty() {
            return Err(Refusal::NotConfigured);
        }
        let got = bearer(headers).ok_or(Refusal::Missing)?;
        let mut found = None;
        for t in self.tokens.iter() {
            if constant_time_eq(got.as_bytes(), t.secret.as_bytes()) {
                found = found.or(Some(t.name.as_str()));
            }
        }
        found.ok_or(Refusal::Invalid)
    }

    /// Counts a refusal on `endpoint` (one of [`ENDPOINTS`]).
    pub fn count(&self, endpoint: &str, refusal: Refusal) {
        self.refused
            .with_label_values(&[endpoint, refusal.as_str()])
            .inc();
    }

    /// [`Access::check`], counting a refusal on `endpoint`.
    ///
    /// # Errors
    /// Why the request is refused (already counted).
    pub fn admit(&self, endpoint: &str, headers: &HeaderMap) -> Result<(), Refusal> {
        match self.check(headers) {
            Ok(name) => {
                tracing::trace!(endpoint, token = name, "http request admitted");
                Ok(())
            }
            Err(r) => {
                self.count(endpoint, r);
                tracing::debug!(endpoint, reason = r.as_str(), "http request refused");
                Err(r)
            }
        }
    }
}

/// The token of an `Authorization: Bearer …` header (the scheme is case-insensitive, RFC 7235).
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = v.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

/// The `endpoint` label of an API path.
fn endpoint(path: &str) -> &'static str {
    match path {
        "/metrics" => "metrics",
        "/alerts" => "alerts",
        "/alerts/sse" => "alerts_sse",
        "/ingest" => "ingest",
        "/rules/reload" => "reload",
        "/feedback" => "feedback",
        "/webhooks" | "/webhooks/requeue" => "webhooks",
        _ => "other",
    }
}

/// Middleware for the API routes: the bearer token, before the handler (and before any
/// websocket handshake or body read).
pub async fn require_token(State(access): State<Access>, req: Request, next: Next) -> Response {
    match access.admit(endpoint(req.uri().path()), req.headers()) {
        Ok(()) => next.run(req).await,
        Err(r) => r.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn access(token: Option<&str>) -> Access {
        let c =
            IntCounterVec::new(prometheus::Opts::new("t", "t"), &["endpoint", "reason"]).unwrap();
        let tokens = token.map(|t| ApiToken {
            name: "default".into(),
            secret: t.to_string(),
        });
        Access::new(tokens.into_iter().collect(), c)
    }

    fn headers(auth: Option<&str>) -> HeaderMap {
        let mut h = HeaderMap::new();
        if let Some(a) = auth {
            h.insert(header::AUTHORIZATION, a.parse().unwrap());
        }
        h
    }

    #[test]
    fn the_bearer_token_is_checked_exactly() {
        let a = access(Some("s3cret-token"));
        let table: [(Option<&str>, Result<&str, Refusal>); 9] = [
            (Some("Bearer s3cret-token"), Ok("default")),
            (Some("bearer s3cret-token"), Ok("default")),
            (Some("BEARER  s3cret-token "), Ok("default")),
            (None, Err(Refusal::Missing)),
            (Some("Bearer "), Err(Refusal::Missing)),
            (Some("Basic czNjcmV0LXRva2Vu"), Err(Refusal::Missing)),
            (Some("Bearer s3cret-toke"), Err(Refusal::Invalid)),
            (Some("Bearer s3cret-token2"), Err(Refusal::Invalid)),
            (Some("Bearer S3cret-token"), Err(Refusal::Invalid)),
        ];
        for (auth, want) in table {
            assert_eq!(a.check(&headers(auth)), want, "{auth:?}");
        }
        let none = access(None);
        assert_eq!(
            none.check(&headers(Some("Bearer anything"))),
            Err(Refusal::NotConfigured)
        );
    }

    #[test]
    fn each_token_is_known_by_its_name() {
        let c =
            IntCounterVec::new(prometheus::Opts::new("t", "t"), &["endpoint", "reason"]).unwrap();
        let token = |name: &str, secret: &str| ApiToken {
            name: name.into(),
            secret: secret.into(),
        };
        let a = Access::new(
            vec![token("default", "aaaa"), token("producer-b", "bbbb")],
            c,
        );
        assert_eq!(a.check(&headers(Some("Bearer aaaa"))), Ok("default"));
        assert_eq!(a.check(&headers(Some("Bearer bbbb"))), Ok("producer-b"));
        assert_eq!(
            a.check(&headers(Some("Bearer cccc"))),
            Err(Refusal::Invalid)
        );
        assert!(!format!("{a:?}").contains("bbbb"), "{a:?}");
    }

    #[test]
    fn refusals_are_counted_by_endpoint_and_reason() {
        let a = access(Some("t"));
        assert!(a.admit("metrics", &headers(None)).is_err());
        assert!(a.admit("metrics", &headers(Some("Bearer x"))).is_err());
        assert!(a.admit("metrics", &headers(Some("Bearer t"))).is_ok());
        assert_eq!(
            a.refused.with_label_values(&["metrics", "missing"]).get(),
            1
        );
        assert_eq!(
            a.refused.with_label_values(&["metrics", "invalid"]).get(),
            1
        );
    }

    #[test]
    fn secrets_come_from_one_place_without_their_newline() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("tok");
        std::fs::write(&f, "t0ken\n").unwrap();
        assert_eq!(
            read_secret("http", None, Some(&f)).unwrap().as_deref(),
            Some("t0ken")
        );
        assert!(read_secret("http", None, None).unwrap().is_none());
        assert!(matches!(
            read_secret("http", Some("SCAMWATCH_TEST_SURELY_UNSET_VAR"), None),
            Err(SecretError::NoEnv { .. })
        ));
        assert!(matches!(
            read_secret("http", Some("X"), Some(&f)),
            Err(SecretError::MoreThanOne { .. })
        ));
        std::fs::write(&f, "\n").unwrap();
        assert!(matches!(
            read_secret("http", None, Some(&f)),
            Err(SecretError::Empty { .. })
        ));
        assert!(matches!(
            read_secret("http", None, Some(&dir.path().join("nope"))),
            Err(SecretError::File { .. })
        ));
    }

    #[test]
    fn the_constant_time_comparison_is_equality() {
        assert!(constant_time_eq(b"", b""));
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
