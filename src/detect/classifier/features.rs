//! The classifier's features: hashed word n-grams and byte n-grams of the normalized text.
//!
//! Both kinds read the normalized text ([`crate::detect::normalize::Text`]), so the model sees
//! what the rules see: homoglyphs, fullwidth letters, zero-width characters, letter spacing and
//! leetspeak are already folded. Digits fold to `0` first, so `send 0.1 get 0.2` and
//! `send 5 get 10` share features: the model learns the shape of an amount table, not amounts.
//!
//! - **Word n-grams** (unigrams, and bigrams of neighbouring tokens) carry the vocabulary.
//! - **Byte n-grams** of each word with its surrounding spaces carry inflections and word
//!   boundaries in every script: `doppel`, `doppelt` and `verdoppeln` share `dopp`; Chinese and
//!   Japanese, written without spaces, get character-level features for free (a CJK character is
//!   three bytes).
//!
//! Wallet addresses, hashes and ids (tokens of 20 or more characters with a digit) are one
//! placeholder feature: their characters are noise, and would dilute everything else.
//!
//! Each feature is hashed into `2^hash_bits` buckets (the hashing trick): no vocabulary to
//! store, any text scores, and the model's size is fixed by `hash_bits`. Every occurrence
//! counts once, and the sum is scaled by `1/sqrt(count)` so a long post does not score higher
//! for being long. The hash is fixed here (a murmur3 finalizer over the packed bytes): a model
//! file is only valid with the hash it was trained with, which [`FEATURE_VERSION`] names.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// Version of the feature extraction below. A model file records the version it was trained
/// with; a different one is refused at load, since every weight would be in the wrong bucket.
pub const FEATURE_VERSION: u32 = 2;

/// Which features a model uses (its manifest's `[features]`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureSpec {
    /// [`FEATURE_VERSION`] of the extraction the model was trained with.
    pub version: u32,
    /// The model has `2^hash_bits` weights.
    pub hash_bits: u8,
    /// 1: word unigrams; 2: unigrams and bigrams; 0: no word features.
    pub word_ngrams: u8,
    /// Lengths of the byte n-grams, each in 2..=8.
    pub byte_ngrams: Vec<u8>,
}

impl Default for FeatureSpec {
    fn default() -> Self {
        FeatureSpec {
            version: FEATURE_VERSION,
            hash_bits: 17,
            word_ngrams: 2,
            byte_ngrams: vec![4],
        }
    }
}

impl FeatureSpec {
    /// Number of weights.
    pub fn dims(&self) -> usize {
        1usize << self.hash_bits
    }

    /// What is wrong with the spec, if anything.
    ///
    /// # Errors
    /// A message naming the field.
    pub fn validate(&self) -> Result<(), String> {
        if self.version != FEATURE_VERSION {
            return Err(format!(
                "features.version is {}, this scamwatch extracts version {FEATURE_VERSION}: retrain the model",
                self.version
            ));
        }
        if !(10..=24).contains(&self.hash_bits) {
            return Err(format!(
                "features.hash_bits must be in 10..=24, found {}",
                self.hash_bits
            ));
        }
        if self.word_ngrams > 2 {
            return Err(format!(
                "features.word_ngrams must be 0, 1 or 2, found {}",
                self.word_ngrams
            ));
        }
        let mut seen = [false; 9];
        for &n in &self.byte_ngrams {
            if !(2..=8).contains(&n) {
                return Err(format!(
                    "features.byte_ngrams: each length must be in 2..=8, found {n}"
                ));
            }
            if std::mem::replace(&mut seen[n as usize], true) {
                return Err(format!("features.byte_ngrams: {n} is listed twice"));
            }
        }
        if self.word_ngrams == 0 && self.byte_ngrams.is_empty() {
            return Err(
                "features: no word and no byte n-grams: the model would see nothing".into(),
            );
        }
        Ok(())
    }
}

/// Bytes as the features see them: ASCII digits fold to `0`.
static FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = if i >= b'0' as usize && i <= b'9' as usize {
            b'0'
        } else {
            i as u8
        };
        i += 1;
    }
    t
};

const SALT_WORD: u64 = 0x5157_4f52_4401;
const SALT_BIGRAM: u64 = 0x5142_4947_5202;
const SALT_BYTES: u64 = 0x5142_5954_4503;

/// murmur3's 64-bit finalizer: every input bit reaches every output bit.
#[inline]
fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

#[inline]
fn bucket(x: u64, salt: u64, bits: u8) -> u32 {
    (mix(x ^ salt) >> (64 - u32::from(bits))) as u32
}

/// FNV-1a over the folded bytes of a token.
#[inline]
fn token_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(FOLD[b as usize]);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// What a feature is, for explanations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Bigram,
    Bytes,
}

/// Tokens this long with a digit in them are wallet addresses, hashes or ids: each is one
/// placeholder feature, since their characters are noise to a text model (and would dilute
/// every other feature of the post).
pub const MASK_MIN_LEN: usize = 20;

/// The placeholder a masked token's byte n-grams are computed over.
const MASKED: &[u8] = b" \x01 ";

/// Calls `f(bucket, kind, range)` for every feature of `norm` (a normalized text), where
/// `range` is the feature's byte range in `norm`. Returns the number of features.
///
/// Per token: its word feature, the bigram with the token before it, and the byte n-grams of
/// the token with its surrounding spaces (`" send "` gives `" se"`, `"sen"`, …, `"nd "`), so
/// n-grams mark where a word starts and ends and never straddle two words (the bigram covers
/// that).
#[inline]
pub fn visit(spec: &FeatureSpec, norm: &str, mut f: impl FnMut(u32, Kind, Range<usize>)) -> u32 {
    let bytes = norm.as_bytes();
    let bits = spec.hash_bits;
    let mut count = 0u32;
    let mut prev: Option<(u64, usize)> = None;
    let mut pos = 0;
    while pos < bytes.len() {
        while pos < bytes.len() && bytes[pos] == b' ' {
            pos += 1;
        }
        if pos >= bytes.len() {
            break;
        }
        let start = pos;
        while pos < bytes.len() && bytes[pos] != b' ' {
            pos += 1;
        }
        let token = &bytes[start..pos];
        let masked = token.len() >= MASK_MIN_LEN && token.iter().any(u8::is_ascii_digit);
        if spec.word_ngrams > 0 {
            let h = token_hash(if masked { &MASKED[1..2] } else { token });
            f(bucket(h, SALT_WORD, bits), Kind::Word, start..pos);
            count += 1;
            if spec.word_ngrams > 1
                && let Some((hp, ps)) = prev
            {
                f(
                    bucket(hp.rotate_left(23) ^ h, SALT_BIGRAM, bits),
                    Kind::Bigram,
                    ps..pos,
                );
                count += 1;
            }
            prev = Some((h, start));
        }
        if spec.byte_ngrams.is_empty() {
            continue;
        }
        // The token with its spaces (the normalized text always has them), or the placeholder.
        let padded: &[u8] = if masked {
            MASKED
        } else {
            &bytes[start - 1..(pos + 1).min(bytes.len())]
        };
        let mut window: u64 = 0;
        for (i, &b) in padded.iter().enumerate() {
            window = (window << 8) | u64::from(FOLD[b as usize]);
            let filled = i + 1;
            for &n in &spec.byte_ngrams {
                let n = usize::from(n);
                if filled < n {
                    continue;
                }
                let gram = if n == 8 {
                    window
                } else {
                    window & ((1u64 << (8 * n)) - 1)
                };
                let range = if masked {
                    start..pos
                } else {
                    start - 1 + filled - n..start - 1 + filled
                };
                f(
                    bucket(gram, SALT_BYTES + n as u64, bits),
                    Kind::Bytes,
                    range,
                );
                count += 1;
            }
        }
    }
    count
}

/// The buckets of every feature of `norm`, appended to `out` (training keeps them per post).
pub fn buckets(spec: &FeatureSpec, norm: &str, out: &mut Vec<u32>) {
    visit(spec, norm, |b, _, _| out.push(b));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::normalize::normalize;

    fn feats(spec: &FeatureSpec, text: &str) -> Vec<(u32, Kind, String)> {
        let t = normalize(text);
        let norm = t.as_str();
        let mut out = Vec::new();
        visit(spec, norm, |b, k, r| {
            out.push((
                b,
                k,
                String::from_utf8_lossy(&norm.as_bytes()[r]).into_owned(),
            ));
        });
        out
    }

    #[test]
    fn words_bigrams_and_byte_grams_with_their_ranges() {
        let spec = FeatureSpec {
            byte_ngrams: vec![3],
            ..FeatureSpec::default()
        };
        let got: Vec<(Kind, String)> = feats(&spec, "Send BTC")
            .into_iter()
            .map(|(_, k, s)| (k, s))
            .collect();
        let want: Vec<(Kind, &str)> = vec![
            (Kind::Word, "send"),
            (Kind::Bytes, " se"),
            (Kind::Bytes, "sen"),
            (Kind::Bytes, "end"),
            (Kind::Bytes, "nd "),
            (Kind::Word, "btc"),
            (Kind::Bigram, "send btc"),
            (Kind::Bytes, " bt"),
            (Kind::Bytes, "btc"),
            (Kind::Bytes, "tc "),
        ];
        let want: Vec<(Kind, String)> = want.into_iter().map(|(k, s)| (k, s.into())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn amounts_share_features_and_obfuscation_is_already_folded() {
        let spec = FeatureSpec::default();
        let a: Vec<u32> = feats(&spec, "send 0.1 get 0.2")
            .iter()
            .map(|f| f.0)
            .collect();
        let b: Vec<u32> = feats(&spec, "send 5.7 get 9.3")
            .iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(a, b);
        let c: Vec<u32> = feats(&spec, "ｓｅｎｄ 0.1 g e t 0.2")
            .iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(a, c);
    }

    #[test]
    fn addresses_are_one_placeholder() {
        let spec = FeatureSpec::default();
        let a: Vec<u32> = feats(
            &spec,
            "send to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh now",
        )
        .iter()
        .map(|f| f.0)
        .collect();
        let b: Vec<u32> = feats(
            &spec,
            "send to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed now",
        )
        .iter()
        .map(|f| f.0)
        .collect();
        assert_eq!(a, b);
        // The word, and the 3-gram of the 3-byte placeholder.
        let three = FeatureSpec {
            byte_ngrams: vec![3],
            ..FeatureSpec::default()
        };
        let masked = feats(&three, "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
        assert_eq!(masked.len(), 2);
        assert!(
            masked
                .iter()
                .all(|(_, _, s)| s == "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh")
        );
        // A long word without digits is a word.
        assert_eq!(feats(&three, "internationalization").len(), 1 + 20);
    }

    #[test]
    fn buckets_stay_in_range_and_are_stable() {
        for bits in [10u8, 18, 24] {
            let spec = FeatureSpec {
                hash_bits: bits,
                ..FeatureSpec::default()
            };
            for (b, _, _) in feats(&spec, "Doppelt zurück! 双倍返还 ビットコイン x2 →")
            {
                assert!((b as usize) < spec.dims());
            }
        }
        // Pinned: a model file is only valid with the hash it was trained with.
        let spec = FeatureSpec::default();
        let first: Vec<u32> = feats(&spec, "double").iter().map(|f| f.0).take(2).collect();
        assert_eq!(
            first,
            vec![
                bucket(token_hash(b"double"), SALT_WORD, spec.hash_bits),
                first[1]
            ]
        );
        assert_eq!(mix(0), 0);
        assert_eq!(mix(1), 0xb456_bcfc_34c2_cb2c);
    }

    #[test]
    fn spec_validation_names_the_field() {
        let bad = [
            (
                FeatureSpec {
                    hash_bits: 30,
                    ..FeatureSpec::default()
                },
                "hash_bits",
            ),
            (
                FeatureSpec {
                    word_ngrams: 3,
                    ..FeatureSpec::default()
                },
                "word_ngrams",
            ),
            (
                FeatureSpec {
                    byte_ngrams: vec![1],
                    ..FeatureSpec::default()
                },
                "byte_ngrams",
            ),
            (
                FeatureSpec {
                    byte_ngrams: vec![4, 4],
                    ..FeatureSpec::default()
                },
                "twice",
            ),
            (
                FeatureSpec {
                    version: 99,
                    ..FeatureSpec::default()
                },
                "retrain",
            ),
            (
                FeatureSpec {
                    word_ngrams: 0,
                    byte_ngrams: vec![],
                    ..FeatureSpec::default()
                },
                "nothing",
            ),
        ];
        for (spec, needle) in bad {
            let e = spec.validate().unwrap_err();
            assert!(e.contains(needle), "{e}");
        }
        assert!(FeatureSpec::default().validate().is_ok());
    }
}
