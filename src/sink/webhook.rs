//! The webhook sink: filter, outbox, deliver with retries, dead-letter. See `docs/delivery.md`.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Deserialize;
use tokio::task::JoinSet;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::metrics::Metrics;
use super::outbox::{Outbox, Pending};
use super::sign;
use super::stored::StoredRecord;
use super::template::{self, Template};
use super::{RecordKind, Secret, SinkError, alert_categories, alert_rules, de_action, record_id};
use crate::detect::record::{Action, Record};

fn default_min_action() -> Action {
    Action::Review
}
fn default_records() -> Vec<RecordKind> {
    vec![RecordKind::Alert]
}
fn default_timeout_ms() -> u64 {
    5_000
}
fn default_concurrency() -> usize {
    4
}
fn default_max_attempts() -> u32 {
    30
}
fn default_max_age_secs() -> u64 {
    86_400
}
fn default_backoff_base_ms() -> u64 {
    500
}
fn default_backoff_cap_ms() -> u64 {
    300_000
}
fn default_max_retry_after_secs() -> u64 {
    3_600
}

/// Where one hook stands (`scamwatch webhooks status`, `GET /webhooks`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct HookStatus {
    /// The hook's `name`.
    pub name: String,
    /// Records in the outbox waiting for an attempt (first or retry).
    pub pending: u64,
    /// Requests under way.
    pub in_flight: u64,
    /// Records delivered (2xx) since the service started; `None` when read offline.
    pub delivered: Option<u64>,
    /// Records in `dead-letter.jsonl`.
    pub dead_letters: u64,
    /// Age of the oldest record not yet delivered, in seconds; `None` when there is none.
    pub oldest_pending_age_secs: Option<u64>,
}

/// One `[[webhook]]` table. Defaults are chosen so that a receiver down for about an hour loses
/// nothing (30 attempts with backoff capped at 5 minutes), and a record is never held longer
/// than a day.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct WebhookConfig {
    /// Unique name: the outbox directory (`<data_dir>/webhook/<name>/`) and the `sink` metric
    /// label. ASCII letters, digits, `-` and `_`.
    pub name: String,
    /// `http://` or `https://` URL to POST to. Redirects are not followed.
    pub url: String,
    /// The HMAC key, inline. Prefer `secret_env` or `secret_file`. Exactly one of the three.
    /// With `signature = "standard"` or `"both"` it is a Standard Webhooks secret,
    /// `whsec_<base64 of 24 to 64 bytes>`.
    #[serde(default)]
    pub secret: Option<Secret>,
    /// The name of an environment variable holding the HMAC key (read at `open`).
    #[serde(default)]
    pub secret_env: Option<String>,
    /// A file holding the HMAC key (read at `open`; trailing whitespace ignored).
    #[serde(default)]
    pub secret_file: Option<std::path::PathBuf>,
    /// The key being rotated out, from an environment variable or a file: while set, every
    /// request is signed with both keys (two signatures in the header), so receivers can
    /// switch at their own pace.
    #[serde(default)]
    pub previous_secret_env: Option<String>,
    #[serde(default)]
    pub previous_secret_file: Option<std::path::PathBuf>,
    /// Which signature headers go with each request: `scamwatch` (default:
    /// `X-Scamwatch-Signature`, `X-Scamwatch-Timestamp`), `standard` (Standard Webhooks:
    /// `webhook-id`, `webhook-timestamp`, `webhook-signature`) or `both`. `Idempotency-Key`
    /// is always sent.
    #[serde(default)]
    pub signature: SignatureScheme,
    /// Alerts weaker than this are not sent (`review` < `takedown` < `lock`).
    #[serde(default = "default_min_action", deserialize_with = "de_action")]
    pub min_action: Action,
    /// When non-empty, an alert is sent only if one of its reasons names one of these
    /// categories (`wallet` and `campaign` match wallet and campaign reasons).
    #[serde(default)]
    pub categories: Vec<String>,
    /// When non-empty, an alert is sent only if one of these rule ids fired (and counted). With
    /// both `categories` and `rules`, both must match.
    #[serde(default)]
    pub rules: Vec<String>,
    /// Record kinds to send: `alert` (default), `campaign`, `circuit_breaker`, `shadow`,
    /// `reload`, `verdict` (a moderator's verdict, docs/alerts.md). The
    /// action/category/rule filters apply to alerts only.
    #[serde(default = "default_records")]
    pub records: Vec<RecordKind>,
    /// `slack`: send a chat message body instead of the JSON envelope.
    #[serde(default)]
    pub template: Option<Template>,
    /// Timeout of one request, connect to last byte of the response.
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u64,
    /// Requests in flight at once for this hook.
    #[serde(default = "default_concurrency")]
    pub concurrency: usize,
    /// Attempts before a record is dead-lettered.
    #[serde(default = "default_max_attempts")]
    pub max_attempts: u32,
    /// A record that fails after it has been in the outbox this long is dead-lettered (it
    /// always gets at least one attempt, even after a long downtime).
    #[serde(default = "default_max_age_secs")]
    pub max_age_secs: u64,
    /// Backoff before retry n (1-based) is uniform in `[0, min(cap, base * 2^(n-1))]`.
    #[serde(default = "default_backoff_base_ms")]
    pub backoff_base_ms: u64,
    #[serde(default = "default_backoff_cap_ms")]
    pub backoff_cap_ms: u64,
    /// A `Retry-After` longer than this is clamped to it.
    #[serde(default = "default_max_retry_after_secs")]
    pub max_retry_after_secs: u64,
    /// Extra headers on every request, name = value (a tenant, a routing key). They cannot
    /// replace the headers scamwatch sets (content type, idempotency key, signatures).
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// Extra headers whose values are secrets (an `Authorization` the receiver wants), name =
    /// the environment variable holding the value.
    #[serde(default)]
    pub header_env: BTreeMap<String, String>,
    /// The same, name = a file holding the value (trailing whitespace ignored).
    #[serde(default)]
    pub header_file: BTreeMap<String, std::path::PathBuf>,
    /// A PEM bundle of CA certificates: the receiver's certificate is checked against these
    /// **instead of** the public roots (a private CA; `https://` only).
    #[serde(default)]
    pub ca_file: Option<std::path::PathBuf>,
    /// mTLS: a PEM client certificate (chain, leaf first) presented to the receiver, with
    /// `client_key_file` (`https://` only; both or neither).
    #[serde(default)]
    pub client_cert_file: Option<std::path::PathBuf>,
    #[serde(default)]
    pub client_key_file: Option<std::path::PathBuf>,
}

/// Headers a hook's `headers` cannot set: scamwatch's own (the body's type and length, the
/// idempotency key, both signature schemes) and the connection's.
const RESERVED_HEADERS: [&str; 11] = [
    "content-type",
    "content-length",
    "transfer-encoding",
    "connection",
    "host",
    "idempotency-key",
    "x-scamwatch-signature",
    "x-scamwatch-timestamp",
    "webhook-id",
    "webhook-timestamp",
    "webhook-signature",
];

impl WebhookConfig {
    /// Checks the table on its own (no I/O, no environment).
    pub fn validate(&self) -> Result<(), SinkError> {
        let err = |m: String| Err(SinkError::Config(format!("webhook `{}`: {m}", self.name)));
        if self.name.is_empty()
            || self.name.len() > 64
            || !self
                .name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return err("name must be 1-64 ASCII letters, digits, `-` or `_`".into());
        }
        match reqwest::Url::parse(&self.url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => {}
            _ => return err(format!("url `{}` is not an http(s) URL", self.url)),
        }
        match (&self.secret, &self.secret_env, &self.secret_file) {
            (Some(s), None, None) if !s.expose().is_empty() => {
                if self.signature.standard() {
                    sign::standard::decode_secret(s.expose()).map_err(|e| {
                        SinkError::Config(format!("webhook `{}`: secret: {e}", self.name))
                    })?;
                }
            }
            (None, Some(v), None) if !v.is_empty() => {}
            (None, None, Some(_)) => {}
            (None, None, None) => {
                return err(
                    "a non-empty `secret`, `secret_env` or `secret_file` is required".into(),
                );
            }
            (Some(s), None, None) if s.expose().is_empty() => {
                return err("`secret` is empty".into());
            }
            _ => {
                return err("set one of `secret`, `secret_env` or `secret_file`, not both".into());
            }
        }
        if self.previous_secret_env.is_some() && self.previous_secret_file.is_some() {
            return err("set `previous_secret_env` or `previous_secret_file`, not both".into());
        }
        if self.records.is_empty() {
            return err("`records` is empty: nothing would be sent".into());
        }
        if self
            .categories
            .iter()
            .chain(&self.rules)
            .any(String::is_empty)
        {
            return err("empty string in `categories` or `rules`".into());
        }
        if self.timeout_ms == 0 {
            return err("`timeout_ms` must be > 0".into());
        }
        if !(1..=256).contains(&self.concurrency) {
            return err("`concurrency` must be 1..=256".into());
        }
        if self.max_attempts == 0 {
            return err("`max_attempts` must be >= 1".into());
        }
        if self.max_age_secs == 0 {
            return err("`max_age_secs` must be > 0".into());
        }
        if self.backoff_base_ms == 0 || self.backoff_base_ms > self.backoff_cap_ms {
            return err("need 0 < `backoff_base_ms` <= `backoff_cap_ms`".into());
        }
        let mut seen = std::collections::HashSet::new();
        let names = self
            .headers
            .keys()
            .map(|n| ("headers", n))
            .chain(self.header_env.keys().map(|n| ("header_env", n)))
            .chain(self.header_file.keys().map(|n| ("header_file", n)));
        for (key, name) in names {
            let Ok(h) = reqwest::header::HeaderName::from_bytes(name.as_bytes()) else {
                return err(format!("`{key}`: `{name}` is not a valid header name"));
            };
            if RESERVED_HEADERS.contains(&h.as_str()) {
                return err(format!(
                    "`{key}`: `{name}` is set by scamwatch itself and cannot be replaced"
                ));
            }
            if !seen.insert(h) {
                return err(format!("`{key}`: header `{name}` is given twice"));
            }
        }
        for (name, value) in &self.headers {
            if reqwest::header::HeaderValue::from_str(value).is_err() {
                return err(format!(
                    "`headers`: the value of `{name}` is not a valid header value"
                ));
            }
        }
        if self.header_env.values().any(String::is_empty) {
            return err("`header_env`: empty variable name".into());
        }
        let tls = self.ca_file.is_some()
            || self.client_cert_file.is_some()
            || self.client_key_file.is_some();
        if tls && !self.url.starts_with("https://") {
            return err(
                "`ca_file`, `client_cert_file` and `client_key_file` need an https:// url".into(),
            );
        }
        if self.client_cert_file.is_some() != self.client_key_file.is_some() {
            return err("set both `client_cert_file` and `client_key_file`, or neither".into());
        }
        Ok(())
    }

    /// Whether this hook wants the record.
    pub fn selects(&self, record: &Record) -> bool {
        let alert = match record {
            Record::Alert(a) => Some(Selection {
                action: a.action,
                categories: alert_categories(&a.reasons),
                rules: alert_rules(&a.reasons),
            }),
            _ => None,
        };
        self.admits(RecordKind::of(record), alert)
    }

    /// Whether this hook wants a stored record (read back from the cluster's records stream):
    /// the same filters as [`WebhookConfig::selects`].
    pub fn selects_stored(&self, record: &StoredRecord) -> bool {
        let alert = record.alert.as_ref().map(|a| Selection {
            action: a.action,
            categories: a.categories.iter().map(String::as_str),
            rules: a.rules.iter().map(String::as_str),
        });
        self.admits(record.kind, alert)
    }

    /// The filters, on what they read of a record: its kind and, for an alert, a
    /// [`Selection`].
    fn admits<'a>(
        &self,
        kind: RecordKind,
        alert: Option<Selection<impl Iterator<Item = &'a str>, impl Iterator<Item = &'a str>>>,
    ) -> bool {
        if !self.records.contains(&kind) {
            return false;
        }
        let Some(mut a) = alert else {
            return true;
        };
        if a.action < self.min_action {
            return false;
        }
        if !self.categories.is_empty()
            && !a.categories.any(|c| self.categories.iter().any(|x| x == c))
        {
            return false;
        }
        if !self.rules.is_empty() && !a.rules.any(|r| self.rules.iter().any(|x| x == r)) {
            return false;
        }
        true
    }
}

/// What a hook's alert filters read of an alert: its action, and the categories and rules its
/// reasons name (shadow-mode rules excluded).
pub(crate) struct Selection<C, R> {
    pub action: Action,
    pub categories: C,
    pub rules: R,
}

impl WebhookConfig {
    /// Whether this hook can be fed stored records (`scamwatch deliver`): a chat `template`
    /// renders from the detector's record, which a stored envelope does not rebuild.
    ///
    /// # Errors
    /// [`SinkError::Config`] naming the hook.
    pub fn validate_stored(&self) -> Result<(), SinkError> {
        if self.template.is_some() {
            return Err(SinkError::Config(format!(
                "webhook `{}`: `template` is not supported by `scamwatch deliver` yet (it renders from the detector's record); deliver it from `serve`, or drop the template",
                self.name
            )));
        }
        Ok(())
    }
}

/// Checks every table and that names are unique (each names an outbox directory).
pub fn validate_all(hooks: &[WebhookConfig]) -> Result<(), SinkError> {
    let mut seen = std::collections::HashSet::new();
    for h in hooks {
        h.validate()?;
        if !seen.insert(h.name.as_str()) {
            return Err(SinkError::Config(format!(
                "two [[webhook]] tables are named `{}`",
                h.name
            )));
        }
    }
    Ok(())
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// Which signature headers a hook sends (docs/delivery.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureScheme {
    /// `X-Scamwatch-Signature: v1=<hex>` over `timestamp.body` (the original scheme).
    #[default]
    Scamwatch,
    /// Standard Webhooks: `webhook-signature: v1,<base64>` over `id.timestamp.body`.
    Standard,
    /// Both sets of headers on every request (for moving receivers from one to the other).
    Both,
}

impl SignatureScheme {
    pub fn scamwatch(self) -> bool {
        matches!(self, SignatureScheme::Scamwatch | SignatureScheme::Both)
    }
    pub fn standard(self) -> bool {
        matches!(self, SignatureScheme::Standard | SignatureScheme::Both)
    }
}

/// The signing keys of a hook, the current one first (then the one being rotated out).
struct Keys {
    /// The secrets' bytes, for the scamwatch scheme.
    scamwatch: Vec<Vec<u8>>,
    /// The decoded `whsec_` keys, for Standard Webhooks (empty unless that scheme is on).
    standard: Vec<Vec<u8>>,
}

impl Keys {
    fn resolve(cfg: &WebhookConfig) -> Result<Keys, SinkError> {
        let current = match (&cfg.secret, &cfg.secret_env, &cfg.secret_file) {
            (Some(s), _, _) => s.expose().to_string(),
            (None, Some(var), _) => read_env(&cfg.name, var)?,
            (None, None, Some(path)) => read_file(&cfg.name, path)?,
            (None, None, None) => unreachable!("validated"),
        };
        let previous = match (&cfg.previous_secret_env, &cfg.previous_secret_file) {
            (Some(var), _) => Some(read_env(&cfg.name, var)?),
            (None, Some(path)) => Some(read_file(&cfg.name, path)?),
            (None, None) => None,
        };
        let secrets: Vec<String> = std::iter::once(current).chain(previous).collect();
        let standard = if cfg.signature.standard() {
            secrets
                .iter()
                .map(|s| {
                    sign::standard::decode_secret(s).map_err(|e| {
                        SinkError::Config(format!("webhook `{}`: secret: {e}", cfg.name))
                    })
                })
                .collect::<Result<_, _>>()?
        } else {
            Vec::new()
        };
        Ok(Keys {
            scamwatch: secrets.into_iter().map(String::into_bytes).collect(),
            standard,
        })
    }
}

/// The hook's HTTP client: its timeout, no redirects, its extra headers, and its TLS (a private
/// CA instead of the public roots, a client certificate for mTLS). The files and variables are
/// read here, at `open`: a broken one stops the start, naming its key.
fn client(cfg: &WebhookConfig) -> Result<reqwest::Client, SinkError> {
    use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
    let tls_err = |key: &'static str, reason: String| SinkError::Tls {
        sink: cfg.name.clone(),
        key,
        reason,
    };
    let read = |key: &'static str, path: &Path| {
        std::fs::read(path)
            .map_err(|e| tls_err(key, format!("cannot read {}: {e}", path.display())))
    };
    let mut headers = HeaderMap::new();
    let bad_value = |name: &str| {
        SinkError::Config(format!(
            "webhook `{}`: the value of header `{name}` is not a valid header value",
            cfg.name
        ))
    };
    for (name, value) in &cfg.headers {
        let v = HeaderValue::from_str(value).map_err(|_| bad_value(name))?;
        headers.insert(
            HeaderName::from_bytes(name.as_bytes()).expect("validated"),
            v,
        );
    }
    let secrets = cfg
        .header_env
        .iter()
        .map(|(n, var)| read_env(&cfg.name, var).map(|v| (n, v)))
        .chain(
            cfg.header_file
                .iter()
                .map(|(n, path)| read_file(&cfg.name, path).map(|v| (n, v))),
        );
    for r in secrets {
        let (name, value) = r?;
        let mut v = HeaderValue::from_str(&value).map_err(|_| bad_value(name))?;
        // Kept out of `Debug` output and logs.
        v.set_sensitive(true);
        headers.insert(
            HeaderName::from_bytes(name.as_bytes()).expect("validated"),
            v,
        );
    }
    let mut b = reqwest::Client::builder()
        .timeout(Duration::from_millis(cfg.timeout_ms))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("scamwatch/", env!("CARGO_PKG_VERSION")))
        .default_headers(headers);
    if let Some(path) = &cfg.ca_file {
        let pem = read("ca_file", path)?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem)
            .map_err(|e| tls_err("ca_file", format!("{}: {e}", path.display())))?;
        if certs.is_empty() {
            return Err(tls_err(
                "ca_file",
                format!("{} holds no certificate", path.display()),
            ));
        }
        // Only the private CA: a receiver on a private network is not vouched for by a
        // public CA, and trusting both would let any public certificate for the name pass.
        b = b.tls_built_in_root_certs(false);
        for c in certs {
            b = b.add_root_certificate(c);
        }
    }
    if let (Some(cert), Some(key)) = (&cfg.client_cert_file, &cfg.client_key_file) {
        let cert_pem = read("client_cert_file", cert)?;
        let key_pem = read("client_key_file", key)?;
        check_client_identity(&cert_pem, &key_pem).map_err(|(k, reason)| tls_err(k, reason))?;
        let mut pem = cert_pem;
        pem.push(b'\n');
        pem.extend_from_slice(&key_pem);
        let id = reqwest::Identity::from_pem(&pem)
            .map_err(|e| tls_err("client_cert_file", e.to_string()))?;
        b = b.identity(id);
    }
    Ok(b.build()?)
}

/// Checks that the PEM client certificate and key make an identity (the key signs for the
/// certificate), so a wrong pair stops the start rather than failing every handshake.
fn check_client_identity(cert_pem: &[u8], key_pem: &[u8]) -> Result<(), (&'static str, String)> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let chain = CertificateDer::pem_slice_iter(cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| ("client_cert_file", format!("not PEM: {e}")))?;
    if chain.is_empty() {
        return Err(("client_cert_file", "holds no certificate".into()));
    }
    let key = PrivateKeyDer::from_pem_slice(key_pem)
        .map_err(|e| ("client_key_file", format!("no usable private key: {e}")))?;
    let provider = rustls::crypto::ring::default_provider();
    rustls::sign::CertifiedKey::from_der(chain, key, &provider)
        .map(|_| ())
        .map_err(|e| {
            (
                "client_key_file",
                format!("does not go with client_cert_file: {e}"),
            )
        })
}

fn read_env(sink: &str, var: &str) -> Result<String, SinkError> {
    match std::env::var(var) {
        Ok(v) if !v.trim().is_empty() => Ok(v.trim_end().to_string()),
        _ => Err(SinkError::MissingSecret {
            sink: sink.to_string(),
            var: var.to_string(),
        }),
    }
}

fn read_file(sink: &str, path: &Path) -> Result<String, SinkError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        SinkError::Config(format!(
            "webhook `{sink}`: cannot read the secret file {}: {e}",
            path.display()
        ))
    })?;
    let t = text.trim_end();
    if t.is_empty() {
        return Err(SinkError::Config(format!(
            "webhook `{sink}`: the secret file {} is empty",
            path.display()
        )));
    }
    Ok(t.to_string())
}

struct Shared {
    cfg: WebhookConfig,
    keys: Keys,
    client: reqwest::Client,
    outbox: Mutex<Outbox>,
    /// Entries written by `enqueue_batch` and not yet seen by the dispatcher.
    inbox: Mutex<Vec<Pending>>,
    wake: tokio::sync::Notify,
    metrics: Metrics,
    /// Recovered entries, taken by the first `run`; and the state a stopped `run` leaves for
    /// the next one.
    parked: Mutex<Option<Vec<Item>>>,
    running: std::sync::atomic::AtomicBool,
    /// Requests under way, and the enqueue time of the oldest record not yet delivered
    /// (unix ms, 0: none), as the dispatcher last saw them (for [`WebhookSink::status`]).
    in_flight: std::sync::atomic::AtomicUsize,
    oldest_enqueued_ms: std::sync::atomic::AtomicI64,
}

/// A webhook: cheap to clone (all clones share one outbox). Call [`WebhookSink::enqueue_batch`]
/// from detection and drive [`WebhookSink::run`] on a clone.
#[derive(Clone)]
pub struct WebhookSink {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for WebhookSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookSink")
            .field("name", &self.shared.cfg.name)
            .finish_non_exhaustive()
    }
}

#[derive(Clone)]
struct Item {
    p: Pending,
    attempts: u32,
    last_error: String,
}

impl Shared {
    /// Hands `n` records made durable in the outbox to delivery: counted, queued, and the
    /// delivery loop woken.
    fn admit(&self, pending: impl IntoIterator<Item = Pending>, n: usize) {
        self.metrics.enqueued.inc_by(n as u64);
        self.metrics.depth.add(n as i64);
        self.inbox
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend(pending);
        self.wake.notify_one();
    }
}

impl WebhookSink {
    /// Validates `cfg`, resolves the secret, opens (and locks) the outbox under
    /// `<data_dir>/webhook/<name>/`, recovers what was not delivered, and registers metrics.
    pub fn open(
        cfg: WebhookConfig,
        data_dir: &Path,
        registry: &prometheus::Registry,
    ) -> Result<WebhookSink, SinkError> {
        cfg.validate()?;
        let keys = Keys::resolve(&cfg)?;
        let dir = data_dir.join("webhook").join(&cfg.name);
        let (outbox, recovery) = Outbox::open(&dir)?;
        let metrics = Metrics::register(registry, &cfg.name)?;
        metrics.corrupt.inc_by(recovery.corrupt);
        metrics.recovered.inc_by(recovery.pending.len() as u64);
        metrics.depth.set(recovery.pending.len() as i64);
        if !recovery.pending.is_empty() {
            tracing::info!(sink = %cfg.name, records = recovery.pending.len(), "recovered undelivered webhook records");
        }
        let client = client(&cfg)?;
        let oldest = recovery
            .pending
            .iter()
            .map(|p| p.enqueued_ms)
            .min()
            .unwrap_or(0);
        let parked = recovery
            .pending
            .into_iter()
            .map(|p| Item {
                p,
                attempts: 0,
                last_error: String::new(),
            })
            .collect();
        Ok(WebhookSink {
            shared: Arc::new(Shared {
                cfg,
                keys,
                client,
                outbox: Mutex::new(outbox),
                inbox: Mutex::new(Vec::new()),
                wake: tokio::sync::Notify::new(),
                metrics,
                parked: Mutex::new(Some(parked)),
                running: false.into(),
                in_flight: 0.into(),
                oldest_enqueued_ms: oldest.into(),
            }),
        })
    }

    pub fn name(&self) -> &str {
        &self.shared.cfg.name
    }

    pub fn config(&self) -> &WebhookConfig {
        &self.shared.cfg
    }

    /// Filters `records` and writes the selected ones to the outbox with a single fsync; returns
    /// how many were selected. Never touches the network, so a slow or dead receiver cannot slow
    /// the caller; it does block on the disk (call it from `spawn_blocking` or accept a few ms).
    /// On `Err` none of the batch is guaranteed durable: the caller should retry or stop.
    pub fn enqueue_batch(&self, records: &[Record]) -> Result<usize, SinkError> {
        let s = &self.shared;
        let mut items = Vec::new();
        for r in records {
            if !s.cfg.selects(r) {
                s.metrics.filtered_out.inc();
                continue;
            }
            let body = match s.cfg.template {
                Some(t) => template::render(t, r).to_string(),
                None => r.to_json(),
            };
            items.push((record_id(r), r.kind(), body));
        }
        self.enqueue_items(items)
    }

    /// [`WebhookSink::enqueue_batch`] for records read back from where they were stored (the
    /// cluster's records stream, `scamwatch deliver`): the same filters, the same outbox, the
    /// stored envelope as the body and the stored idempotency key.
    ///
    /// # Errors
    /// As `enqueue_batch`; and [`SinkError::Config`] for a hook with a `template`, which needs
    /// the detector's record to render (validate with [`WebhookConfig::validate_stored`]).
    pub fn enqueue_stored(&self, records: &[StoredRecord]) -> Result<usize, SinkError> {
        let s = &self.shared;
        s.cfg.validate_stored()?;
        let mut items = Vec::new();
        for r in records {
            if !s.cfg.selects_stored(r) {
                s.metrics.filtered_out.inc();
                continue;
            }
            items.push((r.key.clone(), r.kind_name(), r.json.clone()));
        }
        self.enqueue_items(items)
    }

    /// Writes selected (key, kind, body) items to the outbox with one fsync and hands them to
    /// delivery; returns how many.
    fn enqueue_items(
        &self,
        items: Vec<(String, &'static str, String)>,
    ) -> Result<usize, SinkError> {
        let s = &self.shared;
        let n = items.len();
        if n == 0 {
            return Ok(0);
        }
        // Write under the lock, fsync outside it: delivery acks never wait for our fsync.
        let unsynced = s
            .outbox
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .write(items, now_ms())?;
        let pending = unsynced.sync()?;
        s.admit(pending, n);
        Ok(n)
    }

    /// Moves every record of `dead-letter.jsonl` back into the outbox; returns how many. For
    /// after the receiver is fixed. See [`WebhookSink::requeue_dead_letters_matching`].
    pub fn requeue_dead_letters(&self) -> Result<usize, SinkError> {
        self.requeue_dead_letters_matching(None)
    }

    /// Moves the dead letters back into the outbox (one fsynced batch, original idempotency
    /// keys): all of them, or only those with the id `only` (an alert id); returns how many,
    /// and hands them to delivery. What was requeued is kept in
    /// `dead-letter.jsonl.requeued-<unix seconds>`, the rest stays in `dead-letter.jsonl`
    /// ([`Outbox::requeue_dead_letters`]: a crash in between means duplicates, never a loss).
    pub fn requeue_dead_letters_matching(&self, only: Option<&str>) -> Result<usize, SinkError> {
        let s = &self.shared;
        let mut ob = s.outbox.lock().unwrap_or_else(|e| e.into_inner());
        let r = ob.requeue_dead_letters(only, now_ms())?;
        drop(ob);
        let n = r.pending.len();
        if n > 0 {
            s.admit(r.pending, n);
        }
        if let Some(kept) = &r.kept {
            tracing::info!(sink = %s.cfg.name, records = n, only = only.unwrap_or("*"), unparsable = r.unparsable, kept = %kept.display(), "dead letters requeued");
        }
        Ok(n)
    }

    /// Where this hook stands, for `scamwatch webhooks status` (`GET /webhooks`).
    ///
    /// # Errors
    /// The dead-letter file cannot be read.
    pub fn status(&self) -> Result<HookStatus, SinkError> {
        let s = &self.shared;
        let dead_letters = s
            .outbox
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .dead_letter_count()?;
        let in_flight = s.in_flight.load(std::sync::atomic::Ordering::Relaxed) as u64;
        let depth = s.metrics.depth.get().max(0) as u64;
        let oldest = s
            .oldest_enqueued_ms
            .load(std::sync::atomic::Ordering::Relaxed);
        Ok(HookStatus {
            name: s.cfg.name.clone(),
            pending: depth.saturating_sub(in_flight),
            in_flight,
            delivered: Some(s.metrics.delivered.get()),
            dead_letters: dead_letters as u64,
            oldest_pending_age_secs: (depth > 0 && oldest > 0)
                .then(|| ((now_ms() - oldest).max(0) / 1000) as u64),
        })
    }

    /// Delivers the outbox until `shutdown` is cancelled, then returns at once: requests in
    /// flight are abandoned and their records stay in the outbox (re-delivered by the next run,
    /// possibly as duplicates). Only one `run` per sink at a time; a second concurrent call logs
    /// an error and returns.
    pub async fn run(self, shutdown: CancellationToken) {
        let s = self.shared;
        if s.running.swap(true, std::sync::atomic::Ordering::SeqCst) {
            tracing::error!(sink = %s.cfg.name, "webhook sink is already running");
            return;
        }
        let parked = s
            .parked
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
            .unwrap_or_default();
        let mut d = Dispatcher {
            s: s.clone(),
            items: BTreeMap::new(),
            ready: BTreeSet::new(),
            delayed: BinaryHeap::new(),
            tasks: JoinSet::new(),
            task_seq: HashMap::new(),
        };
        for it in parked {
            d.ready.insert(it.p.seq);
            d.items.insert(it.p.seq, it);
        }
        d.run(&shutdown).await;
        let left: Vec<Item> = d.items.into_values().collect();
        *s.parked.lock().unwrap_or_else(|e| e.into_inner()) = Some(left);
        s.running.store(false, std::sync::atomic::Ordering::SeqCst);
    }
}

/// How one attempt ended.
enum Outcome {
    Delivered,
    Retry {
        reason: &'static str,
        error: String,
        retry_after: Option<Duration>,
    },
    Rejected {
        reason: &'static str,
        error: String,
    },
}

struct Dispatcher {
    s: Arc<Shared>,
    /// Every entry this run is responsible for, by sequence number.
    items: BTreeMap<u64, Item>,
    /// Entries due for an attempt, lowest sequence (oldest) first.
    ready: BTreeSet<u64>,
    /// Entries waiting for their backoff.
    delayed: BinaryHeap<Reverse<(Instant, u64)>>,
    tasks: JoinSet<(u64, Outcome, Duration)>,
    /// Which entry each task delivers, to recover the entry if a task panics.
    task_seq: HashMap<tokio::task::Id, u64>,
}

impl Dispatcher {
    async fn run(&mut self, shutdown: &CancellationToken) {
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            self.take_inbox();
            let now = Instant::now();
            while let Some(Reverse((due, seq))) = self.delayed.peek().copied() {
                if due > now {
                    break;
                }
                self.delayed.pop();
                self.ready.insert(seq);
            }
            while self.tasks.len() < self.s.cfg.concurrency {
                let Some(seq) = self.ready.pop_first() else {
                    break;
                };
                self.start(seq);
            }
            self.update_age();
            let next_due = self.delayed.peek().map(|Reverse((due, _))| *due);
            tokio::select! {
                biased;
                () = shutdown.cancelled() => break,
                Some(res) = self.tasks.join_next_with_id(), if !self.tasks.is_empty() => match res {
                    Ok((id, (seq, outcome, took))) => {
                        self.task_seq.remove(&id);
                        self.finish(seq, outcome, took);
                    }
                    Err(e) => {
                        // A bug, not a delivery failure: keep the record and try again later.
                        tracing::error!(sink = %self.s.cfg.name, error = %e, "webhook delivery task failed");
                        if let Some(seq) = self.task_seq.remove(&e.id()) {
                            let delay = Duration::from_millis(self.s.cfg.backoff_cap_ms);
                            self.delayed.push(Reverse((Instant::now() + delay, seq)));
                        }
                    }
                },
                () = self.s.wake.notified() => {}
                () = tokio::time::sleep_until(next_due.unwrap_or(now)), if next_due.is_some() => {}
                _ = tick.tick() => {}
            }
        }
        // Abandon requests in flight; their entries stay in `items` for the next run. Wait for
        // the aborted tasks to be dropped (immediate: they are cancelled at their next await),
        // so that once `run` returns and the sink is dropped, the outbox lock is free.
        self.tasks.abort_all();
        while self.tasks.join_next().await.is_some() {}
    }

    fn take_inbox(&mut self) {
        let new = std::mem::take(&mut *self.s.inbox.lock().unwrap_or_else(|e| e.into_inner()));
        for p in new {
            let seq = p.seq;
            self.ready.insert(seq);
            self.items.insert(
                seq,
                Item {
                    p,
                    attempts: 0,
                    last_error: String::new(),
                },
            );
        }
    }

    fn update_age(&self) {
        use std::sync::atomic::Ordering::Relaxed;
        // Items are keyed by sequence number: the first is the oldest enqueued.
        let oldest = self.items.values().next().map_or(0, |it| it.p.enqueued_ms);
        let age = if oldest == 0 {
            0
        } else {
            (now_ms() - oldest).max(0) / 1000
        };
        self.s.metrics.oldest_age.set(age);
        self.s.oldest_enqueued_ms.store(oldest, Relaxed);
        self.s.in_flight.store(self.tasks.len(), Relaxed);
    }

    fn start(&mut self, seq: u64) {
        let Some(it) = self.items.get_mut(&seq) else {
            return;
        };
        it.attempts += 1;
        let s = self.s.clone();
        let id = it.p.id.clone();
        // A pread from the page cache, almost always: the segment was written moments ago.
        let body = self
            .s
            .outbox
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .read_body(&it.p);
        let handle = self.tasks.spawn(async move {
            let t0 = Instant::now();
            let outcome = match body {
                Ok(body) => attempt(&s, &id, &body).await,
                Err(e) => Outcome::Retry {
                    reason: "outbox_read",
                    error: e.to_string(),
                    retry_after: None,
                },
            };
            (seq, outcome, t0.elapsed())
        });
        self.task_seq.insert(handle.id(), seq);
    }

    fn finish(&mut self, seq: u64, outcome: Outcome, took: Duration) {
        let m = &self.s.metrics;
        m.latency.observe(took.as_secs_f64());
        let name = &self.s.cfg.name;
        match outcome {
            Outcome::Delivered => {
                m.attempts.with_label_values(&["success"]).inc();
                let Some(it) = self.items.remove(&seq) else {
                    return;
                };
                let r = self
                    .s
                    .outbox
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .ack(&it.p);
                if let Err(e) = r {
                    // The record will be re-delivered after a restart: a duplicate, not a loss.
                    tracing::warn!(sink = %name, error = %e, "could not record a webhook ack");
                }
                m.delivered.inc();
                m.depth.dec();
            }
            Outcome::Rejected { reason, error } => {
                m.attempts.with_label_values(&["permanent"]).inc();
                m.failures.with_label_values(&[reason]).inc();
                if let Some(it) = self.items.get_mut(&seq) {
                    it.last_error = error;
                }
                self.dead_letter(seq, "rejected");
            }
            Outcome::Retry {
                reason,
                error,
                retry_after,
            } => {
                m.attempts.with_label_values(&["retryable"]).inc();
                m.failures.with_label_values(&[reason]).inc();
                let cfg = &self.s.cfg;
                let Some(it) = self.items.get_mut(&seq) else {
                    return;
                };
                it.last_error = error;
                let age_ms = now_ms() - it.p.enqueued_ms;
                if it.attempts >= cfg.max_attempts {
                    self.dead_letter(seq, "max_attempts");
                } else if age_ms > (cfg.max_age_secs as i64).saturating_mul(1000) {
                    self.dead_letter(seq, "max_age");
                } else {
                    let delay = match retry_after {
                        Some(d) => d.min(Duration::from_secs(cfg.max_retry_after_secs)),
                        None => backoff(cfg.backoff_base_ms, cfg.backoff_cap_ms, it.attempts),
                    };
                    tracing::debug!(sink = %name, id = %it.p.id, attempt = it.attempts, delay_ms = delay.as_millis() as u64, error = %it.last_error, "webhook delivery failed, will retry");
                    m.retries.inc();
                    self.delayed.push(Reverse((Instant::now() + delay, seq)));
                }
            }
        }
    }

    fn dead_letter(&mut self, seq: u64, why: &'static str) {
        let Some(it) = self.items.remove(&seq) else {
            return;
        };
        let e = &it.p;
        let mut ob = self.s.outbox.lock().unwrap_or_else(|e| e.into_inner());
        // The body as JSON when it parses (readable with jq), else as a string; null when the
        // frame itself can no longer be read (the error says so).
        let body = match ob.read_body(e) {
            Ok(b) => serde_json::from_str(&b).unwrap_or(serde_json::Value::String(b)),
            Err(_) => serde_json::Value::Null,
        };
        let line = serde_json::json!({
            "sink": self.s.cfg.name,
            "id": e.id,
            "kind": e.kind,
            "reason": why,
            "attempts": it.attempts,
            "last_error": it.last_error,
            "enqueued_at": chrono::DateTime::from_timestamp_millis(e.enqueued_ms).map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
            "dead_at": chrono::DateTime::from_timestamp_millis(now_ms()).map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
            "body": body,
        })
        .to_string();
        let r = ob.dead_letter(&it.p, &line);
        drop(ob);
        self.s.metrics.dead_letters.with_label_values(&[why]).inc();
        self.s.metrics.depth.dec();
        match r {
            Ok(()) => tracing::warn!(
                sink = %self.s.cfg.name, id = %e.id, reason = why, attempts = it.attempts,
                last_error = %it.last_error, "webhook record dead-lettered"
            ),
            Err(err) => tracing::error!(
                sink = %self.s.cfg.name, id = %e.id, reason = why, error = %err,
                "could not write the dead-letter file; the record stays in the outbox and is retried after a restart"
            ),
        }
    }
}

/// Full jitter: uniform in `[0, min(cap, base * 2^(attempt-1))]`.
pub fn backoff(base_ms: u64, cap_ms: u64, attempt: u32) -> Duration {
    let exp = base_ms.saturating_mul(1u64 << attempt.saturating_sub(1).min(40));
    Duration::from_millis(fastrand::u64(0..=exp.min(cap_ms)))
}

/// `Retry-After`: delta seconds or an HTTP date (relative to `now`).
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

async fn attempt(s: &Shared, id: &str, body: &str) -> Outcome {
    let ts = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let mut req = s
        .client
        .post(&s.cfg.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(sign::IDEMPOTENCY_HEADER, id);
    if s.cfg.signature.scamwatch() {
        let sig = s
            .keys
            .scamwatch
            .iter()
            .map(|k| sign::sign(k, ts, body.as_bytes()))
            .collect::<Vec<_>>()
            .join(",");
        req = req
            .header(sign::SIGNATURE_HEADER, sig)
            .header(sign::TIMESTAMP_HEADER, ts.to_string());
    }
    if s.cfg.signature.standard() {
        // The id is the record's idempotency key: the same on every retry, so a receiver
        // that remembers `webhook-id`s acts once.
        let wid = sign::standard::webhook_id(id);
        let sig = sign::standard::sign_all(&s.keys.standard, &wid, ts, body.as_bytes());
        req = req
            .header(sign::standard::ID_HEADER, wid)
            .header(sign::standard::TIMESTAMP_HEADER, ts.to_string())
            .header(sign::standard::SIGNATURE_HEADER, sig);
    }
    let res = req.body(body.to_string()).send().await;
    let mut resp = match res {
        Ok(r) => r,
        Err(e) => {
            let reason = if e.is_timeout() {
                "timeout"
            } else if e.is_connect() {
                "connect"
            } else {
                "other"
            };
            return Outcome::Retry {
                reason,
                error: error_chain(&e),
                retry_after: None,
            };
        }
    };
    let status = resp.status();
    let retry_after = resp
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_retry_after(v, SystemTime::now()));
    // Read the start of the response body, for the error message; a receiver that sends a
    // huge body cannot make us buffer it (the client's timeout bounds the time).
    let mut head = Vec::new();
    while head.len() < 1024 {
        match resp.chunk().await {
            Ok(Some(c)) => head.extend_from_slice(&c),
            _ => break,
        }
    }
    let text = String::from_utf8_lossy(&head[..head.len().min(1024)]).into_owned();
    if status.is_success() {
        return Outcome::Delivered;
    }
    let error = format!(
        "HTTP {}: {}",
        status.as_u16(),
        text.chars().take(200).collect::<String>()
    );
    match status.as_u16() {
        400 | 401 | 403 | 404 | 410 | 422 => Outcome::Rejected {
            reason: "http_4xx",
            error,
        },
        429 => Outcome::Retry {
            reason: "http_429",
            error,
            retry_after,
        },
        503 => Outcome::Retry {
            reason: "http_503",
            error,
            retry_after,
        },
        c if (500..600).contains(&c) => Outcome::Retry {
            reason: "http_5xx",
            error,
            retry_after: None,
        },
        c if (400..500).contains(&c) => Outcome::Retry {
            reason: "http_4xx",
            error,
            retry_after: None,
        },
        _ => Outcome::Retry {
            reason: "http_other",
            error,
            retry_after: None,
        },
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(c) = src {
        s.push_str(": ");
        s.push_str(&c.to_string());
        src = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        let now = UNIX_EPOCH + Duration::from_secs(1_445_412_480);
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        // Wed, 21 Oct 2015 07:28:00 GMT is 1445412480.
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn backoff_is_capped_full_jitter() {
        for attempt in 1..100 {
            let d = backoff(100, 5_000, attempt);
            assert!(d <= Duration::from_millis(5_000));
            assert!(d <= Duration::from_millis(100u64.saturating_mul(1 << (attempt - 1).min(40))));
        }
    }
}
