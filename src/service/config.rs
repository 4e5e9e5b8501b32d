//! The service configuration: a TOML file (see `docs/scamwatch.example.toml`) plus flags for the
//! common settings. Unknown keys are errors; the whole configuration is validated, purely,
//! before anything starts.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::detect::load::LoadError;
use crate::detect::toml_file::{self, FileError};
pub use crate::source::websocket::SourceConfig;

/// The whole configuration of `scamwatch serve`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServeConfig {
    #[serde(default)]
    pub source: SourceConfig,
    /// Bluesky account hydration (`docs/serve.md`); off unless `appview` is set.
    #[serde(default)]
    pub hydration: crate::source::hydrate::HydrationConfig,
    #[serde(default)]
    pub http: HttpConfig,
    #[serde(default)]
    pub detector: DetectorConfig,
    #[serde(default)]
    pub state: StateConfig,
    #[serde(default)]
    pub reload: ReloadConfig,
    #[serde(default)]
    pub limits: LimitsConfig,
    #[serde(default)]
    pub log: LogConfig,
    /// Signed, durable webhooks (docs/delivery.md).
    #[serde(default)]
    pub webhook: Vec<crate::sink::WebhookConfig>,
    /// Append every record to a JSONL file with rotation (docs/delivery.md).
    #[serde(default)]
    pub jsonl: Option<crate::sink::JsonlConfig>,
    /// The moderator console at `/console` (docs/console.md); absent: no console.
    #[serde(default)]
    pub console: Option<crate::service::console::ConsoleConfig>,
    /// Cluster mode (`scamwatch ingest` and `scamwatch worker`, docs/cluster.md); `serve`
    /// ignores it.
    #[serde(default)]
    pub cluster: Option<crate::service::cluster::ClusterConfig>,
}

/// The HTTP listener: metrics, health, the alert stream, reload, `/ingest` and `/feedback`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HttpConfig {
    pub listen: SocketAddr,
    /// The API's bearer token inline. Only for tests and throw-away configs: a committed
    /// configuration names where the token is (`token_env`, `token_file`), never the token.
    pub token: Option<String>,
    /// Name of an environment variable holding the API token (`docs/serve.md#access`);
    /// with neither this nor `token_file` set, `SCAMWATCH_HTTP_TOKEN` is read if present.
    pub token_env: Option<String>,
    /// A file holding the API token (one line; trailing whitespace ignored).
    pub token_file: Option<PathBuf>,
    /// More API tokens, each named (`[[http.tokens]]`): one per producer or tool, so each has
    /// its own `/ingest` rate bucket and can be revoked alone (`docs/serve.md#access`).
    pub tokens: Vec<NamedToken>,
    /// Serve `/metrics` (with `/healthz` and `/readyz`) on a listener of its own, as
    /// Prometheus deployments expect; `/metrics` then leaves the main listener. None: on the
    /// main listener (`docs/serve.md#metrics-on-a-listener-of-its-own`).
    pub metrics_listen: Option<SocketAddr>,
    /// Whether `/metrics` on `metrics_listen` needs the API token: `token` (default) or `none`.
    pub metrics_auth: MetricsAuth,
    /// TLS on every HTTP listener (`docs/serve.md#tls`); absent: plain HTTP.
    pub tls: Option<TlsConfig>,
    /// Request size limits and the `/ingest` rate limit (`docs/serve.md#limits`).
    pub limits: HttpLimits,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            token_env: None,
            token_file: None,
            tokens: Vec::new(),
            metrics_listen: None,
            metrics_auth: MetricsAuth::Token,
            tls: None,
            limits: HttpLimits::default(),
        }
    }
}

/// `[[http.tokens]]`: one more API token, with a name for logs and for its rate bucket. The
/// secret comes from exactly one of `token_env`, `token_file` (or `token` inline, for tests).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedToken {
    pub name: String,
    pub token: Option<String>,
    pub token_env: Option<String>,
    pub token_file: Option<PathBuf>,
}

/// An API token as the service holds it: its name (`default` for `http.token*`) and secret.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub name: String,
    pub secret: String,
}

impl std::fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiToken")
            .field("name", &self.name)
            .field("secret", &"<redacted>")
            .finish()
    }
}

/// Who may read `/metrics` on its own listener.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MetricsAuth {
    /// The API's bearer token, as on the main listener.
    #[default]
    Token,
    /// Anyone who reaches the listener (put it on a private interface).
    None,
}

/// `[http.tls]`: the listeners' certificate chain and private key, PEM files.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsConfig {
    /// The certificate chain, leaf first.
    pub cert_file: PathBuf,
    /// The private key (PKCS#8, PKCS#1 or SEC1).
    pub key_file: PathBuf,
}

/// `[http.limits]`: what one request may cost.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HttpLimits {
    /// Largest `POST /feedback` body, in bytes; larger: 413.
    pub feedback_body_bytes: usize,
    /// Largest `POST /ingest` body (JSON Lines), in bytes; larger: 413.
    pub ingest_body_bytes: usize,
    /// Requests (and websocket messages) per second on `/ingest`, per token; 0: no limit.
    pub ingest_rate: f64,
    /// How many `/ingest` requests a token may send at once after a quiet spell (the bucket's
    /// size); 0: `ingest_rate` rounded up.
    pub ingest_burst: u32,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits {
            feedback_body_bytes: 1 << 20,
            ingest_body_bytes: 1 << 20,
            ingest_rate: 0.0,
            ingest_burst: 0,
        }
    }
}

impl HttpLimits {
    /// The `/ingest` bucket: (rate per second, burst), or `None` when unlimited.
    pub fn ingest_bucket(&self) -> Option<(f64, f64)> {
        (self.ingest_rate > 0.0).then(|| {
            let burst = if self.ingest_burst == 0 {
                self.ingest_rate.ceil()
            } else {
                f64::from(self.ingest_burst)
            };
            (self.ingest_rate, burst.max(1.0))
        })
    }
}

impl HttpConfig {
    /// Checks the listeners and limits (no I/O: the TLS files are read at startup).
    ///
    /// # Errors
    /// The first problem found, naming its key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |m: &str| Err(ConfigError::Invalid(m.to_string()));
        if let Some(m) = self.metrics_listen
            && m.port() != 0
            && m == self.listen
        {
            return bad("http.metrics_listen must differ from http.listen");
        }
        if self.metrics_listen.is_none() && self.metrics_auth == MetricsAuth::None {
            return bad(
                "http.metrics_auth = \"none\" needs http.metrics_listen: /metrics on the main \
                 listener always needs the token",
            );
        }
        let l = &self.limits;
        if l.feedback_body_bytes < 1024 {
            return bad("http.limits.feedback_body_bytes must be at least 1024");
        }
        if l.ingest_body_bytes < 1024 {
            return bad("http.limits.ingest_body_bytes must be at least 1024");
        }
        if !(l.ingest_rate.is_finite() && l.ingest_rate >= 0.0) {
            return bad("http.limits.ingest_rate must be a number >= 0 (0: no limit)");
        }
        if l.ingest_rate == 0.0 && l.ingest_burst != 0 {
            return bad("http.limits.ingest_burst needs http.limits.ingest_rate > 0");
        }
        Ok(())
    }

    /// Every API token: `default` ([`HttpConfig::resolved_token`]) when there is one, then each
    /// of `[[http.tokens]]`, in order.
    ///
    /// # Errors
    /// As [`HttpConfig::resolved_token`] for each; a name that is empty, not `[A-Za-z0-9_.-]`
    /// or given twice; one secret under two names (a request could not say who sent it).
    pub fn resolved_tokens(&self) -> Result<Vec<ApiToken>, ConfigError> {
        use crate::service::access::{self, SecretError};
        let mut out = Vec::new();
        if let Some(secret) = self.resolved_token()? {
            out.push(ApiToken {
                name: "default".into(),
                secret,
            });
        }
        for t in &self.tokens {
            let what = format!("http.tokens `{}`", t.name);
            let valid = |c: char| c.is_ascii_alphanumeric() || "_.-".contains(c);
            if t.name.is_empty() || !t.name.chars().all(valid) {
                return Err(ConfigError::Invalid(format!(
                    "{what}: a name is one or more of A-Z a-z 0-9 _ . -"
                )));
            }
            if out.iter().any(|o: &ApiToken| o.name == t.name) {
                return Err(ConfigError::Invalid(format!(
                    "{what}: the name is taken (`default` is http.token*)"
                )));
            }
            let bad = |e: SecretError| ConfigError::Invalid(format!("{what}: {e}"));
            let secret = match (&t.token, &t.token_env, &t.token_file) {
                (Some(s), None, None) if s.trim().is_empty() => {
                    return Err(bad(SecretError::Empty { what: "token" }));
                }
                (Some(s), None, None) => s.clone(),
                (None, env, file) if env.is_some() || file.is_some() => {
                    access::read_secret("token", env.as_deref(), file.as_deref())
                        .map_err(bad)?
                        .unwrap_or_default()
                }
                _ => {
                    return Err(ConfigError::Invalid(format!(
                        "{what}: set exactly one of token_env, token_file, token"
                    )));
                }
            };
            if let Some(o) = out.iter().find(|o| o.secret == secret) {
                return Err(ConfigError::Invalid(format!(
                    "{what}: the same secret as `{}`: give each its own",
                    o.name
                )));
            }
            out.push(ApiToken {
                name: t.name.clone(),
                secret,
            });
        }
        Ok(out)
    }

    /// The API's bearer token: `token`, else the variable named by `token_env`, else the file
    /// `token_file`, else `SCAMWATCH_HTTP_TOKEN` when set; `None` when there is none (the API
    /// then refuses every request).
    ///
    /// # Errors
    /// More than one source, a variable that is not set, a file that cannot be read, an empty
    /// token.
    pub fn resolved_token(&self) -> Result<Option<String>, ConfigError> {
        use crate::service::access::{self, SecretError};
        let bad = |e: SecretError| ConfigError::Invalid(e.to_string());
        let given = [
            self.token.is_some(),
            self.token_env.is_some(),
            self.token_file.is_some(),
        ];
        if given.iter().filter(|g| **g).count() > 1 {
            return Err(bad(SecretError::MoreThanOne {
                what: "http",
                keys: &["token", "token_env", "token_file"],
            }));
        }
        if let Some(t) = &self.token {
            if t.trim().is_empty() {
                return Err(bad(SecretError::Empty { what: "http" }));
            }
            return Ok(Some(t.clone()));
        }
        if self.token_env.is_none() && self.token_file.is_none() {
            return Ok(std::env::var(access::DEFAULT_TOKEN_ENV)
                .ok()
                .map(|t| t.trim_end().to_string())
                .filter(|t| !t.is_empty()));
        }
        access::read_secret(
            "http",
            self.token_env.as_deref(),
            self.token_file.as_deref(),
        )
        .map_err(bad)
    }
}

/// Where the rules and the model come from.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DetectorConfig {
    pub rules: PathBuf,
    /// Directory holding `model.toml`; none: the built-in model.
    pub models: Option<PathBuf>,
}

impl DetectorConfig {
    /// Loads the model and the rules and runs the rules' own examples
    /// ([`crate::detect::load::load`]): the one path of startup and every reload.
    ///
    /// # Errors
    /// The model error, or the rule diagnostics and failing examples.
    pub fn load(
        &self,
    ) -> Result<(crate::detect::rules::RuleSet, crate::detect::model::Model), LoadError> {
        crate::detect::load::load(&self.rules, self.models.as_deref())
    }
}

impl Default for DetectorConfig {
    fn default() -> Self {
        DetectorConfig {
            rules: PathBuf::from("rules"),
            models: None,
        }
    }
}

/// The embedded state store.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StateConfig {
    pub data_dir: PathBuf,
    /// A checkpoint is written this often (and at shutdown).
    pub checkpoint_secs: u64,
    /// Accounts not seen for this many days of event time are evicted.
    pub account_ttl_days: f64,
}

impl Default for StateConfig {
    fn default() -> Self {
        StateConfig {
            data_dir: PathBuf::from("data"),
            checkpoint_secs: 5,
            account_ttl_days: 90.0,
        }
    }
}

/// Hot reload of rules and model.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReloadConfig {
    /// Reload when a file in the rules or models directory changes.
    pub watch: bool,
    /// Wait this long after the last change before reloading (editors write in bursts).
    pub debounce_ms: u64,
}

impl Default for ReloadConfig {
    fn default() -> Self {
        ReloadConfig {
            watch: true,
            debounce_ms: 500,
        }
    }
}

/// Bounds that keep memory flat under any load.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    /// Messages between the sources and the detector. When full, sources stop reading their
    /// sockets (TCP backpressure) instead of dropping posts or growing memory.
    pub queue_capacity: usize,
    /// Largest websocket frame or message accepted, in bytes; larger ones are skipped.
    pub max_frame_bytes: usize,
    /// Records buffered per alert-stream client; a slower client lags and is told so.
    pub alert_stream_buffer: usize,
    /// `[limits.detector]`: the most entries each of the detector's maps holds (accounts,
    /// campaigns, post ids, ...), so memory stays flat under any input
    /// (docs/reliability.md#bounds).
    pub detector: crate::detect::detector::Bounds,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig {
            queue_capacity: 8192,
            max_frame_bytes: 1 << 20,
            alert_stream_buffer: 4096,
            detector: crate::detect::detector::Bounds::default(),
        }
    }
}

/// Log output.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// `human` or `json`.
    pub format: LogFormat,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            format: LogFormat::Human,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Human,
    Json,
}

/// Why a configuration was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read, or does not fit the schema (located).
    #[error(transparent)]
    File(#[from] FileError),
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

impl ServeConfig {
    /// Reads and parses a config file (not yet validated: flags may still override it).
    ///
    /// # Errors
    /// I/O or TOML errors, with `file:line:col`.
    pub fn load(path: &Path) -> Result<ServeConfig, ConfigError> {
        let cfg: ServeConfig = toml_file::load(path)?;
        if cfg.http.token.is_some() {
            tracing::warn!(
                file = %path.display(),
                "http.token is set inline: keep secrets out of configuration files \
                 (http.token_env or http.token_file)"
            );
        }
        for t in cfg.http.tokens.iter().filter(|t| t.token.is_some()) {
            tracing::warn!(
                file = %path.display(),
                name = %t.name,
                "an http.tokens secret is set inline: keep secrets out of configuration files \
                 (token_env or token_file)"
            );
        }
        Ok(cfg)
    }

    /// Parses config source; `path` is only used in messages.
    ///
    /// # Errors
    /// TOML syntax or schema errors, with `file:line:col`.
    pub fn parse(src: &str, path: &Path) -> Result<ServeConfig, ConfigError> {
        Ok(toml_file::parse(src, path)?)
    }

    /// Checks everything that can be checked without touching the network.
    ///
    /// # Errors
    /// The first problem found.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |m: String| Err(ConfigError::Invalid(m));
        if let Some(c) = &self.cluster {
            c.validate().map_err(ConfigError::Invalid)?;
        }
        if let Some((kind, url)) = self.source.target() {
            if !(url.starts_with("ws://") || url.starts_with("wss://")) {
                return bad(format!(
                    "source.url must start with ws:// or wss:// (optionally after jetstream: or mastodon:), got {:?}",
                    self.source.url.as_deref().unwrap_or("")
                ));
            }
            if kind == crate::source::websocket::SourceKind::Mastodon {
                self.source.token().map_err(ConfigError::Invalid)?;
            }
        }
        let s = &self.source;
        if s.backoff_initial_ms == 0 || s.backoff_initial_ms > s.backoff_max_ms {
            return bad(
                "source.backoff_initial_ms must be > 0 and <= source.backoff_max_ms".into(),
            );
        }
        if s.ping_interval_secs == 0 || s.pong_timeout_secs <= s.ping_interval_secs {
            return bad(
                "source.ping_interval_secs must be > 0 and below source.pong_timeout_secs".into(),
            );
        }
        if s.connect_timeout_secs == 0 {
            return bad("source.connect_timeout_secs must be > 0".into());
        }
        self.hydration.validate().map_err(ConfigError::Invalid)?;
        let l = &self.limits;
        if l.queue_capacity == 0 || l.alert_stream_buffer == 0 {
            return bad("limits.queue_capacity and limits.alert_stream_buffer must be > 0".into());
        }
        l.detector.validate().map_err(ConfigError::Invalid)?;
        if l.max_frame_bytes < 1024 {
            return bad("limits.max_frame_bytes must be at least 1024".into());
        }
        if self.state.checkpoint_secs == 0 {
            return bad("state.checkpoint_secs must be > 0".into());
        }
        if !(self.state.account_ttl_days.is_finite() && self.state.account_ttl_days > 0.0) {
            return bad("state.account_ttl_days must be a positive number".into());
        }
        crate::sink::webhook::validate_all(&self.webhook)
            .map_err(|e| ConfigError::Invalid(e.to_string()))?;
        if let Some(j) = &self.jsonl {
            j.validate()
                .map_err(|e| ConfigError::Invalid(e.to_string()))?;
        }
        if let Some(c) = &self.console {
            c.validate().map_err(ConfigError::Invalid)?;
        }
        self.http.validate()?;
        self.http.resolved_tokens()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_config_parses_and_validates() {
        let src = include_str!("../../docs/scamwatch.example.toml");
        let cfg = ServeConfig::parse(src, Path::new("example.toml")).unwrap();
        cfg.validate().unwrap();
        assert_eq!(cfg.source.resume_param, "cursor");
    }

    #[test]
    fn unknown_keys_are_located() {
        let err = ServeConfig::parse(
            "[http]\nlisten = \"127.0.0.1:1\"\nlisen = 1\n",
            Path::new("c.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("c.toml:3:1:"), "{err}");
        assert!(err.contains("lisen"), "{err}");
    }

    #[test]
    fn validation_catches_nonsense() {
        let mut c = ServeConfig::default();
        c.validate().unwrap();
        c.source.url = Some("http://x".into());
        assert!(c.validate().unwrap_err().to_string().contains("ws://"));
        c.source.url = None;
        c.source.pong_timeout_secs = 1;
        assert!(c.validate().is_err());
    }

    #[test]
    fn named_tokens_are_checked_for_names_and_secrets() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("b");
        std::fs::write(&file, "bbbb\n").unwrap();
        let http = |extra: &str| {
            let src = format!("[http]\ntoken = \"aaaa\"\n{extra}");
            ServeConfig::parse(&src, Path::new("c.toml")).unwrap().http
        };
        let file = file.display().to_string();
        let ok = http(&format!(
            "[[http.tokens]]\nname = \"producer-b\"\ntoken_file = \"{file}\"\n"
        ));
        let names: Vec<_> = ok
            .resolved_tokens()
            .unwrap()
            .into_iter()
            .map(|t| (t.name, t.secret))
            .collect();
        assert_eq!(
            names,
            [
                ("default".to_string(), "aaaa".to_string()),
                ("producer-b".to_string(), "bbbb".to_string())
            ]
        );
        let table = [
            ("name = \"default\"\ntoken = \"x\"", "the name is taken"),
            ("name = \"a b\"\ntoken = \"x\"", "a name is one or more"),
            ("name = \"\"\ntoken = \"x\"", "a name is one or more"),
            (
                "name = \"b\"\ntoken = \"aaaa\"",
                "the same secret as `default`",
            ),
            ("name = \"b\"", "set exactly one of"),
            ("name = \"b\"\ntoken = \" \"", "empty"),
            (
                "name = \"b\"\ntoken_env = \"SCAMWATCH_TEST_SURELY_UNSET_VAR\"",
                "not set",
            ),
        ];
        for (entry, want) in table {
            let e = http(&format!("[[http.tokens]]\n{entry}\n"))
                .resolved_tokens()
                .unwrap_err()
                .to_string();
            assert!(e.contains(want), "{entry:?}: {e}");
        }
    }
}
