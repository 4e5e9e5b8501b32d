//! Who may use the console: users and their credentials, sessions, CSRF tokens and the
//! failed-login limiter. Pure state, no HTTP: the handlers in [`super`] call it, and the unit
//! tests below drive it with their own clock.
//!
//! Why these choices:
//! - **Passwords are Argon2id PHC strings** (`$argon2id$v=19$m=…`): the parameters travel with
//!   the hash, so a stronger setting later does not invalidate old hashes, and the config file
//!   never holds a secret an attacker can replay. `scamwatch console-hash-password` makes them.
//! - **Tokens** (from an environment variable or a file, never the config itself) are for
//!   service accounts and the demo; they are compared in constant time.
//! - **Sessions live in memory**: a restart signs everyone out, which is cheap for a handful of
//!   moderators and leaves nothing on disk to steal. Ids are 256 random bits from the OS.
//! - **One CSRF token per session**, sent back by the page in `X-CSRF-Token`: SameSite=Strict
//!   already keeps other sites' forms out, the token also covers same-site subdomains and
//!   browsers without SameSite.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use serde::Deserialize;

/// What a user may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads the queue and the alerts.
    Viewer,
    /// Also gives verdicts.
    Moderator,
    /// Everything (rule reloads and dead letters from the console are not built yet).
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }

    /// Moderators and admins give verdicts; viewers only read.
    pub fn may_give_verdicts(self) -> bool {
        self >= Role::Moderator
    }
}

/// One `[[console.user]]`: a name, a role and exactly one credential.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserConfig {
    pub name: String,
    pub role: Role,
    /// An Argon2 PHC string (`scamwatch console-hash-password` prints one).
    pub password_hash: Option<String>,
    /// The name of an environment variable holding the user's token.
    pub token_env: Option<String>,
    /// A file holding the user's token (one line; trailing whitespace ignored).
    pub token_file: Option<std::path::PathBuf>,
}

/// Why a user's credential cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum CredentialError {
    #[error("console user {user:?}: set exactly one of password_hash, token_env, token_file")]
    NotExactlyOne { user: String },
    #[error("console user {user:?}: password_hash is not an Argon2 PHC string: {message}")]
    BadHash { user: String, message: String },
    #[error("console user {user:?}: token_env names {var}, which is not set")]
    NoEnv { user: String, var: String },
    #[error("console user {user:?}: cannot read token_file {path}: {source}")]
    File {
        user: String,
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("console user {user:?}: the token is empty")]
    Empty { user: String },
}

/// A credential ready to check.
#[derive(Clone, Debug)]
enum Credential {
    Hash(String),
    Token(String),
    /// Signs in only through the demo's one-time link.
    None,
}

/// A user the console knows.
#[derive(Clone, Debug)]
pub struct User {
    pub name: String,
    pub role: Role,
    credential: Credential,
}

impl UserConfig {
    /// Checks the shape of the credential without reading secrets (config validation).
    ///
    /// # Errors
    /// Not exactly one credential, or a hash that is not a PHC string.
    pub fn validate(&self) -> Result<(), CredentialError> {
        let set = [
            self.password_hash.is_some(),
            self.token_env.is_some(),
            self.token_file.is_some(),
        ];
        if set.iter().filter(|s| **s).count() != 1 {
            return Err(CredentialError::NotExactlyOne {
                user: self.name.clone(),
            });
        }
        if let Some(h) = &self.password_hash {
            PasswordHash::new(h).map_err(|e| CredentialError::BadHash {
                user: self.name.clone(),
                message: e.to_string(),
            })?;
        }
        Ok(())
    }

    /// Reads the secret (environment or file) and returns the user.
    ///
    /// # Errors
    /// See [`CredentialError`].
    pub fn resolve(&self) -> Result<User, CredentialError> {
        self.validate()?;
        let user = self.name.clone();
        let credential = if let Some(h) = &self.password_hash {
            Credential::Hash(h.clone())
        } else {
            let token = if let Some(var) = &self.token_env {
                std::env::var(var).map_err(|_| CredentialError::NoEnv {
                    user: user.clone(),
                    var: var.clone(),
                })?
            } else {
                let path = self.token_file.clone().expect("validated: one credential");
                std::fs::read_to_string(&path).map_err(|source| CredentialError::File {
                    user: user.clone(),
                    path,
                    source,
                })?
            };
            let token = token.trim_end().to_string();
            if token.is_empty() {
                return Err(CredentialError::Empty { user });
            }
            Credential::Token(token)
        };
        Ok(User {
            name: self.name.clone(),
            role: self.role,
            credential,
        })
    }
}

impl User {
    /// A user with the hash of a random password (the default Argon2 parameters, like
    /// `console-hash-password`): checking it costs what checking a real user costs.
    ///
    /// # Panics
    /// When the OS has no randomness or Argon2 fails on its own defaults.
    pub fn decoy() -> User {
        User {
            name: String::new(),
            role: Role::Viewer,
            credential: Credential::Hash(
                hash_password(&random_id()).expect("hashing a random password works"),
            ),
        }
    }

    /// The user of the demo's one-time sign-in link: an admin, with no credential that
    /// could ever check.
    pub fn demo() -> User {
        User {
            name: "demo".into(),
            role: Role::Admin,
            credential: Credential::None,
        }
    }

    /// True when `secret` is this user's password (or token).
    pub fn check(&self, secret: &str) -> bool {
        match &self.credential {
            Credential::Hash(h) => PasswordHash::new(h).is_ok_and(|parsed| {
                Argon2::default()
                    .verify_password(secret.as_bytes(), &parsed)
                    .is_ok()
            }),
            Credential::Token(t) => constant_time_eq(t.as_bytes(), secret.as_bytes()),
            Credential::None => false,
        }
    }
}

/// The one constant-time comparison of the service (the API's bearer token uses it too).
pub(crate) use crate::service::access::constant_time_eq;

/// Why a password could not be hashed.
#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("the password is empty")]
    Empty,
    #[error("no randomness from the operating system: {0}")]
    Random(String),
    #[error("argon2: {0}")]
    Argon2(String),
}

/// Hashes `password` with Argon2id (the crate's default parameters) and a random salt: the
/// PHC string for `password_hash`.
///
/// # Errors
/// An empty password, no OS randomness, or an Argon2 failure.
pub fn hash_password(password: &str) -> Result<String, HashError> {
    if password.is_empty() {
        return Err(HashError::Empty);
    }
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| HashError::Random(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| HashError::Argon2(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashError::Argon2(e.to_string()))
}

/// 256 random bits, hex: session ids and CSRF tokens.
///
/// # Panics
/// When the OS has no randomness to give (nothing safe can be done without it).
pub fn random_id() -> String {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).expect("the OS random source works");
    hex::encode(b)
}

/// A signed-in user.
#[derive(Clone, Debug)]
pub struct Session {
    pub user: String,
    pub role: Role,
    pub csrf: String,
    expires: Instant,
}

/// The in-memory session store.
pub struct Sessions {
    ttl: Duration,
    map: Mutex<HashMap<String, Session>>,
}

impl Sessions {
    pub fn new(ttl: Duration) -> Sessions {
        Sessions {
            ttl,
            map: Mutex::new(HashMap::new()),
        }
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// Opens a session for `user` at `now`: its id (the cookie) and the session. Expired
    /// sessions are swept on the way.
    pub fn open(&self, user: &User, now: Instant) -> (String, Session) {
        let id = random_id();
        let s = Session {
            user: user.name.clone(),
            role: user.role,
            csrf: random_id(),
            expires: now + self.ttl,
        };
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        map.retain(|_, s| s.expires > now);
        map.insert(id.clone(), s.clone());
        (id, s)
    }

    /// The live session with this id at `now`.
    pub fn get(&self, id: &str, now: Instant) -> Option<Session> {
        let map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        map.get(id).filter(|s| s.expires > now).cloned()
    }

    /// Ends a session (sign-out).
    pub fn close(&self, id: &str) {
        self.map
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(id);
    }
}

/// True when the request's CSRF header is the session's token.
pub fn csrf_ok(session: &Session, header: Option<&str>) -> bool {
    header.is_some_and(|h| constant_time_eq(h.as_bytes(), session.csrf.as_bytes()))
}

/// Failed sign-ins per client address: at most `max` within `window`; past that, sign-ins
/// from the address are refused without checking the password (which also keeps Argon2's
/// deliberate cost from becoming a denial of service).
pub struct LoginLimiter {
    max: u32,
    window: Duration,
    map: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl LoginLimiter {
    pub fn new(max: u32, window: Duration) -> LoginLimiter {
        LoginLimiter {
            max,
            window,
            map: Mutex::new(HashMap::new()),
        }
    }

    /// True when `ip` may try to sign in at `now`.
    pub fn allowed(&self, ip: IpAddr, now: Instant) -> bool {
        let map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        map.get(&ip)
            .is_none_or(|(start, n)| now.duration_since(*start) >= self.window || *n < self.max)
    }

    /// Counts a failed sign-in from `ip` at `now`.
    pub fn failed(&self, ip: IpAddr, now: Instant) {
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        let window = self.window;
        map.retain(|_, (start, _)| now.duration_since(*start) < window);
        let e = map.entry(ip).or_insert((now, 0));
        e.1 += 1;
    }

    /// A successful sign-in clears the address's failures.
    pub fn succeeded(&self, ip: IpAddr) {
        self.map
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&ip);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(cfg: &str) -> UserConfig {
        toml::from_str(cfg).unwrap()
    }

    #[test]
    fn a_hashed_password_checks_and_others_do_not() {
        let phc = hash_password("correct horse").unwrap();
        assert!(phc.starts_with("$argon2id$"), "{phc}");
        let u = user(&format!(
            "name = \"dana\"\nrole = \"moderator\"\npassword_hash = {phc:?}\n"
        ))
        .resolve()
        .unwrap();
        assert!(u.check("correct horse"));
        for wrong in ["", "correct horse ", "Correct horse"] {
            assert!(!u.check(wrong), "{wrong:?}");
        }
        assert!(matches!(hash_password(""), Err(HashError::Empty)));
        // The decoy (for unknown names) and the demo's link user never check out.
        for u in [User::decoy(), User::demo()] {
            for s in ["", "correct horse", "demo"] {
                assert!(!u.check(s), "{s:?}");
            }
        }
    }

    #[test]
    fn credentials_are_exactly_one_and_well_formed() {
        let none = user("name = \"a\"\nrole = \"viewer\"\n");
        assert!(matches!(
            none.validate(),
            Err(CredentialError::NotExactlyOne { .. })
        ));
        let bad = user("name = \"a\"\nrole = \"viewer\"\npassword_hash = \"hunter2\"\n");
        assert!(matches!(
            bad.validate(),
            Err(CredentialError::BadHash { .. })
        ));
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("tok");
        std::fs::write(&f, "t0ken\n").unwrap();
        let u = user(&format!(
            "name = \"bot\"\nrole = \"viewer\"\ntoken_file = {:?}\n",
            f
        ))
        .resolve()
        .unwrap();
        assert!(u.check("t0ken"));
        assert!(!u.check("t0ke"));
        assert!(!u.check("t0ken\n"));
    }

    #[test]
    fn sessions_expire_and_close() {
        let s = Sessions::new(Duration::from_secs(60));
        let u = User {
            name: "v".into(),
            role: Role::Viewer,
            credential: Credential::Token("x".into()),
        };
        let t0 = Instant::now();
        let (id, sess) = s.open(&u, t0);
        assert_eq!(id.len(), 64);
        assert_ne!(id, sess.csrf);
        assert!(s.get(&id, t0 + Duration::from_secs(59)).is_some());
        assert!(s.get(&id, t0 + Duration::from_secs(60)).is_none());
        assert!(s.get("nope", t0).is_none());
        s.close(&id);
        assert!(s.get(&id, t0).is_none());
    }

    #[test]
    fn csrf_needs_the_sessions_token() {
        let sess = Session {
            user: "m".into(),
            role: Role::Moderator,
            csrf: "abc".into(),
            expires: Instant::now(),
        };
        assert!(csrf_ok(&sess, Some("abc")));
        assert!(!csrf_ok(&sess, Some("abd")));
        assert!(!csrf_ok(&sess, Some("")));
        assert!(!csrf_ok(&sess, None));
    }

    #[test]
    fn failed_logins_are_limited_per_address_within_the_window() {
        let l = LoginLimiter::new(3, Duration::from_secs(60));
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(l.allowed(a, t0));
            l.failed(a, t0);
        }
        assert!(!l.allowed(a, t0 + Duration::from_secs(59)));
        assert!(l.allowed(b, t0), "another address is not limited");
        assert!(
            l.allowed(a, t0 + Duration::from_secs(60)),
            "the window ends"
        );
        l.succeeded(a);
        assert!(l.allowed(a, t0));
    }

    #[test]
    fn roles_order_what_they_may_do() {
        assert!(!Role::Viewer.may_give_verdicts());
        assert!(Role::Moderator.may_give_verdicts());
        assert!(Role::Admin.may_give_verdicts());
    }
}
