//! Webhook signatures: HMAC-SHA256 over `timestamp + "." + body`.
//!
//! The sender puts the unix time (seconds) of *this attempt* in `X-Scamwatch-Timestamp` and
//! `v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>` in `X-Scamwatch-Signature`. Binding the
//! timestamp into the MAC lets a receiver reject a captured request replayed later (older than its
//! tolerance) without keeping state; the `Idempotency-Key` header covers legitimate retries.
//! See `docs/delivery.md` for the receiver's recipe.
//!
//! [`standard`] is the other scheme a hook can use (`signature = "standard"` or `"both"`):
//! [Standard Webhooks](https://www.standardwebhooks.com/), which receivers verify with
//! off-the-shelf libraries.

use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Header carrying `v1=<hex>`.
pub const SIGNATURE_HEADER: &str = "X-Scamwatch-Signature";
/// Header carrying the signing time, unix seconds.
pub const TIMESTAMP_HEADER: &str = "X-Scamwatch-Timestamp";
/// Header carrying the record id ([`crate::sink::record_id`]).
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";
/// The only signature scheme so far. A future scheme gets a new prefix; receivers that see
/// several comma-separated `scheme=value` entries accept if any scheme they know verifies.
pub const SCHEME: &str = "v1";

/// Why a request failed verification. The variants tell an operator what to fix; a receiver
/// should answer every one of them with the same 401 and no detail.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("timestamp header is not a unix time in seconds")]
    BadTimestamp,
    #[error("timestamp is {age_secs}s away from now, outside the {tolerance_secs}s tolerance")]
    Expired { age_secs: i64, tolerance_secs: u64 },
    #[error("signature header has no v1=<64 hex digits> entry")]
    MalformedSignature,
    #[error("signature does not match the body and timestamp")]
    Mismatch,
}

fn mac(secret: &[u8], timestamp: &str, body: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut m = HmacSha256::new_from_slice(secret).expect("HMAC takes any key length");
    m.update(timestamp.as_bytes());
    m.update(b".");
    m.update(body);
    m
}

/// The value of `X-Scamwatch-Signature` for this body signed at `timestamp` (unix seconds):
/// `v1=<64 lowercase hex digits>`.
pub fn sign(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let tag = mac(secret, &timestamp.to_string(), body)
        .finalize()
        .into_bytes();
    format!("{SCHEME}={}", hex::encode(tag))
}

/// The timestamp header parses as unix seconds within `tolerance_secs` of `now_unix`, in
/// either direction (a timestamp from the future is as suspect as an old one).
fn check_timestamp(header: &str, now_unix: i64, tolerance_secs: u64) -> Result<(), VerifyError> {
    let ts: i64 = header
        .trim()
        .parse()
        .map_err(|_| VerifyError::BadTimestamp)?;
    let age = now_unix.saturating_sub(ts);
    if age.unsigned_abs() > tolerance_secs {
        return Err(VerifyError::Expired {
            age_secs: age,
            tolerance_secs,
        });
    }
    Ok(())
}

/// Checks a received request, exactly as a receiver should:
///
/// 1. `timestamp_header` parses as an integer (unix seconds) and lies within `tolerance_secs` of
///    `now_unix`, in either direction (a timestamp from the future is as suspect as an old one);
/// 2. one `v1=` entry of `signature_header` equals HMAC-SHA256(secret, timestamp_header + "." +
///    body), compared in constant time (`Mac::verify_slice`), over the **raw** body bytes as
///    received (not re-serialized JSON).
pub fn verify(
    secret: &[u8],
    timestamp_header: &str,
    signature_header: &str,
    body: &[u8],
    now_unix: i64,
    tolerance_secs: u64,
) -> Result<(), VerifyError> {
    let ts_str = timestamp_header.trim();
    check_timestamp(ts_str, now_unix, tolerance_secs)?;
    let mut any = false;
    for entry in signature_header.split(',') {
        let Some((scheme, value)) = entry.trim().split_once('=') else {
            continue;
        };
        if scheme != SCHEME {
            continue;
        }
        let Ok(tag) = hex::decode(value) else {
            continue;
        };
        if tag.len() != 32 {
            continue;
        }
        any = true;
        if mac(secret, ts_str, body).verify_slice(&tag).is_ok() {
            return Ok(());
        }
    }
    if any {
        Err(VerifyError::Mismatch)
    } else {
        Err(VerifyError::MalformedSignature)
    }
}

/// [Standard Webhooks](https://www.standardwebhooks.com/) (spec 1.0.0), symmetric:
/// `webhook-id`, `webhook-timestamp` (unix seconds of this attempt) and
/// `webhook-signature: v1,<base64 HMAC-SHA256(key, id + "." + timestamp + "." + body)>`, the
/// key being the base64 after `whsec_` in the secret. Several signatures (a key rotation) are
/// separated by spaces.
pub mod standard {
    use super::{HmacSha256, Mac, VerifyError};
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD as B64;

    pub const ID_HEADER: &str = "webhook-id";
    pub const TIMESTAMP_HEADER: &str = "webhook-timestamp";
    pub const SIGNATURE_HEADER: &str = "webhook-signature";
    /// The prefix of a symmetric secret.
    pub const SECRET_PREFIX: &str = "whsec_";
    /// The signature identifier of the symmetric scheme.
    pub const VERSION: &str = "v1";

    /// Why a configured secret is not a Standard Webhooks secret.
    #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
    pub enum SecretError {
        #[error("a Standard Webhooks secret is `whsec_` followed by base64")]
        NoPrefix,
        #[error("the part after `whsec_` is not base64")]
        NotBase64,
        #[error("the key is {0} bytes; the spec asks for 24 to 64")]
        Length(usize),
    }

    /// The HMAC key of a `whsec_<base64>` secret (24 to 64 bytes, as the spec asks).
    ///
    /// # Errors
    /// No `whsec_` prefix, not base64, or a key of the wrong length.
    pub fn decode_secret(secret: &str) -> Result<Vec<u8>, SecretError> {
        let b64 = secret
            .trim()
            .strip_prefix(SECRET_PREFIX)
            .ok_or(SecretError::NoPrefix)?;
        let key = B64.decode(b64).map_err(|_| SecretError::NotBase64)?;
        if !(24..=64).contains(&key.len()) {
            return Err(SecretError::Length(key.len()));
        }
        Ok(key)
    }

    /// `whsec_` + base64 of `key`: how to hand a key to a receiver.
    pub fn encode_secret(key: &[u8]) -> String {
        format!("{SECRET_PREFIX}{}", B64.encode(key))
    }

    /// The `webhook-id` of a record: its idempotency key ([`crate::sink::record_id`]), the
    /// same on every retry and after restarts. The spec forbids a `.` in it (the signed
    /// content is dot-separated) and a header allows only visible ASCII, so a key with any
    /// other character than `[A-Za-z0-9_:-]` (a verdict's time, a Mastodon URL) is sent as
    /// `whid_` + 32 hex digits of its SHA-256 instead: still stable, still unique.
    pub fn webhook_id(idempotency_key: &str) -> String {
        let safe = !idempotency_key.is_empty()
            && idempotency_key.len() <= 200
            && idempotency_key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'-'));
        if safe {
            idempotency_key.to_string()
        } else {
            use sha2::Digest;
            let d = sha2::Sha256::digest(idempotency_key.as_bytes());
            format!("whid_{}", hex::encode(&d[..16]))
        }
    }

    fn mac(key: &[u8], id: &str, timestamp: &str, body: &[u8]) -> HmacSha256 {
        let mut m = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
        m.update(id.as_bytes());
        m.update(b".");
        m.update(timestamp.as_bytes());
        m.update(b".");
        m.update(body);
        m
    }

    /// One signature: `v1,<base64>`.
    pub fn sign(key: &[u8], id: &str, timestamp: i64, body: &[u8]) -> String {
        let tag = mac(key, id, &timestamp.to_string(), body)
            .finalize()
            .into_bytes();
        format!("{VERSION},{}", B64.encode(tag))
    }

    /// The `webhook-signature` value for every key (the current one first), space-separated.
    pub fn sign_all(keys: &[Vec<u8>], id: &str, timestamp: i64, body: &[u8]) -> String {
        keys.iter()
            .map(|k| sign(k, id, timestamp, body))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Checks a received request as the spec's receivers do: the timestamp within
    /// `tolerance_secs` of `now_unix` (either direction), then any `v1,` entry of the
    /// space-separated signature header equal to the HMAC of `id.timestamp.body` under `key`,
    /// compared in constant time, over the raw body.
    ///
    /// # Errors
    /// The same [`VerifyError`]s as [`super::verify`].
    pub fn verify(
        key: &[u8],
        id: &str,
        timestamp_header: &str,
        signature_header: &str,
        body: &[u8],
        now_unix: i64,
        tolerance_secs: u64,
    ) -> Result<(), VerifyError> {
        let ts_str = timestamp_header.trim();
        super::check_timestamp(ts_str, now_unix, tolerance_secs)?;
        let mut any = false;
        for entry in signature_header.split(' ').filter(|e| !e.is_empty()) {
            let Some((version, value)) = entry.split_once(',') else {
                continue;
            };
            if version != VERSION {
                continue;
            }
            let Ok(tag) = B64.decode(value) else {
                continue;
            };
            any = true;
            if mac(key, id, ts_str, body).verify_slice(&tag).is_ok() {
                return Ok(());
            }
        }
        if any {
            Err(VerifyError::Mismatch)
        } else {
            Err(VerifyError::MalformedSignature)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vector of the Standard Webhooks reference libraries' tests
    /// (github.com/standard-webhooks/standard-webhooks, `libraries/rust/src/lib.rs`,
    /// `test_sign`): same secret, id, timestamp and payload, same signature.
    #[test]
    fn standard_webhooks_reference_vector() {
        let key = standard::decode_secret("whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD").unwrap();
        let id = "msg_27UH4WbU6Z5A5EzD8u03UvzRbpk";
        let body = br#"{"email":"test@example.com","username":"test_user"}"#;
        let sig = standard::sign(&key, id, 1_649_367_553, body);
        assert_eq!(sig, "v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw=");
        let ok =
            |sig: &str, now: i64| standard::verify(&key, id, "1649367553", sig, body, now, 300);
        assert_eq!(ok(&sig, 1_649_367_553), Ok(()));
        // Among other signatures (a rotation), in any position.
        assert_eq!(
            ok(
                &format!("v1,tFtCZ5RDCPxzWQRWXWPgrCgE2frDBe9gjpbWQxnVfsQ= {sig} v1a,xyz"),
                1_649_367_553
            ),
            Ok(())
        );
        // The libraries' known-bad signature, a stale or future timestamp, another id, another
        // body.
        assert_eq!(
            ok(
                "v1,R3PTzyfHASBKHH98a7yexTwaJ4yNIcGhFQc1yuN+BPU=",
                1_649_367_553
            ),
            Err(VerifyError::Mismatch)
        );
        assert!(matches!(
            ok(&sig, 1_649_367_553 + 301),
            Err(VerifyError::Expired { .. })
        ));
        assert!(matches!(
            ok(&sig, 1_649_367_553 - 301),
            Err(VerifyError::Expired { .. })
        ));
        assert_eq!(
            standard::verify(
                &key,
                "msg_other",
                "1649367553",
                &sig,
                body,
                1_649_367_553,
                300
            ),
            Err(VerifyError::Mismatch)
        );
        assert_eq!(
            standard::verify(&key, id, "1649367553", &sig, b"{}", 1_649_367_553, 300),
            Err(VerifyError::Mismatch)
        );
        assert_eq!(
            ok("v1=abc", 1_649_367_553),
            Err(VerifyError::MalformedSignature)
        );
    }

    #[test]
    fn standard_secrets_are_whsec_base64_of_24_to_64_bytes() {
        use standard::SecretError;
        assert_eq!(
            standard::decode_secret("C2FVsBQIhrscChlQIMV+b5sSYspob7oD"),
            Err(SecretError::NoPrefix)
        );
        assert_eq!(
            standard::decode_secret("whsec_not base64!"),
            Err(SecretError::NotBase64)
        );
        assert_eq!(
            standard::decode_secret("whsec_c2hvcnQ="),
            Err(SecretError::Length(5))
        );
        let key = [7u8; 32];
        assert_eq!(
            standard::decode_secret(&standard::encode_secret(&key)).unwrap(),
            key
        );
    }

    #[test]
    fn webhook_ids_are_the_idempotency_key_when_the_spec_allows_it() {
        assert_eq!(
            standard::webhook_id("al-5f0c6b1f2a3e9d47"),
            "al-5f0c6b1f2a3e9d47"
        );
        assert_eq!(
            standard::webhook_id("cmp-22397e772674e223:formed:3"),
            "cmp-22397e772674e223:formed:3"
        );
        let v = "verdict:1283:dismissed:dana:2026-11-27T10:00:00.000Z";
        let id = standard::webhook_id(v);
        assert!(id.starts_with("whid_") && id.len() == 37, "{id}");
        assert!(!id.contains('.'));
        assert_eq!(id, standard::webhook_id(v), "stable");
        assert_ne!(id, standard::webhook_id(&v.replace("dana", "dan")));
    }

    #[test]
    fn known_vector() {
        // Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac key
        let s = sign(b"key", 1_700_000_000, br#"{"a":1}"#);
        assert_eq!(
            s,
            "v1=a438e398bfafc57e4396bb7fc2304422f0f768e965d073ca313cb52e22e6ad03"
        );
        assert_eq!(
            verify(b"key", "1700000000", &s, br#"{"a":1}"#, 1_700_000_010, 300),
            Ok(())
        );
    }

    #[test]
    fn rejects() {
        let body = br#"{"kind":"alert","action":"lock"}"#;
        let s = sign(b"k", 1000, body);
        assert_eq!(
            verify(
                b"k",
                "1000",
                &s,
                br#"{"kind":"alert","action":"review"}"#,
                1000,
                300
            ),
            Err(VerifyError::Mismatch)
        );
        assert_eq!(
            verify(b"other", "1000", &s, body, 1000, 300),
            Err(VerifyError::Mismatch)
        );
        assert_eq!(
            verify(b"k", "1001", &s, body, 1000, 300),
            Err(VerifyError::Mismatch)
        );
        assert!(matches!(
            verify(b"k", "1000", &s, body, 1301, 300),
            Err(VerifyError::Expired { .. })
        ));
        assert!(matches!(
            verify(b"k", "1000", &s, body, 699, 300),
            Err(VerifyError::Expired { .. })
        ));
        assert_eq!(
            verify(b"k", "x", &s, body, 1000, 300),
            Err(VerifyError::BadTimestamp)
        );
        assert_eq!(
            verify(b"k", "1000", "sha1=abc", body, 1000, 300),
            Err(VerifyError::MalformedSignature)
        );
        assert_eq!(
            verify(b"k", "1000", &format!("v0=1, {s}"), body, 1000, 300),
            Ok(())
        );
    }
}
