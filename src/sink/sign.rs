//! Webhook signatures: HMAC-SHA256 over `timestamp + "." + body`.
//!
//! The sender puts the unix time (seconds) of *this attempt* in `X-Scamwatch-Timestamp` and
//! `v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>` in `X-Scamwatch-Signature`. Binding the
//! timestamp into the MAC lets a receiver reject a captured request replayed later (older than its
//! tolerance) without keeping state; the `Idempotency-Key` header covers legitimate retries.
//! See `docs/delivery.md` for the receiver's recipe.

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
    let ts: i64 = ts_str.parse().map_err(|_| VerifyError::BadTimestamp)?;
    let age = now_unix.saturating_sub(ts);
    if age.unsigned_abs() > tolerance_secs {
        return Err(VerifyError::Expired {
            age_secs: age,
            tolerance_secs,
        });
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
