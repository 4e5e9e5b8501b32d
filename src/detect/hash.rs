//! 64-bit FNV-1a: the one hash behind every id and fingerprint the detector writes out.
//!
//! Campaign ids, alert ids, text fingerprints and the rule-set fingerprint appear in output
//! records and are compared across runs and versions, so the hash must never change: FNV-1a
//! is tiny, fully specified, and stable across Rust versions (unlike `DefaultHasher`). It is
//! not a security hash: it only tells "same key" or "which version ran".
//!
//! Every value these functions return is pinned by the tests below; changing one changes ids
//! that operators have already stored.

/// The detector's in-memory maps (accounts, alerted posts, seen post ids, campaign groups):
/// foldhash, the hasher hashbrown chose as its default, instead of the standard SipHash,
/// which cost a measurable share of the replay path. Seeded per process like the standard
/// one, so no output depends on iteration order any more than before. Not for anything
/// written out: ids and fingerprints use FNV-1a below. The table is hashbrown's own (the
/// standard map wraps the same one) for `entry_ref`: one lookup by `&str` for an account seen
/// before, where the standard API needs two (`contains_key`, then `get_mut`).
pub type Map<K, V> = hashbrown::HashMap<K, V, foldhash::quality::RandomState>;
/// A set with the hasher of [`Map`].
pub type Set<K> = std::collections::HashSet<K, foldhash::quality::RandomState>;

/// The FNV-1a 64-bit offset basis: the hash of no bytes.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// The FNV-1a 64-bit prime.
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Continues hash `h` over `bytes` (no separator: `step(step(h, a), b)` equals
/// `step(h, a ++ b)`).
pub(crate) fn fnv_step(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// FNV-1a over `a`, a zero byte, then `b`: a namespaced id (`a` is the kind, `b` the key).
pub(crate) fn fnv1a(a: &[u8], b: &[u8]) -> u64 {
    fnv_step(fnv_step(fnv_step(FNV_OFFSET, a), &[0]), b)
}

/// FNV-1a over a sequence of fields, each followed by a `0xff` byte so that `("ab", "c")` and
/// `("a", "bc")` hash differently. Used for the rule-set fingerprint (file names and
/// contents), which only has to change when a file does.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FieldHasher(u64);

impl FieldHasher {
    pub(crate) fn new() -> Self {
        FieldHasher(FNV_OFFSET)
    }

    /// Adds one field.
    pub(crate) fn write_field(&mut self, bytes: &[u8]) {
        self.0 = fnv_step(fnv_step(self.0, bytes), &[0xff]);
    }

    /// The hash of the fields written so far.
    pub(crate) fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Published FNV-1a 64 test vectors, so the core is the standard hash.
    #[test]
    fn step_matches_reference_vectors() {
        let cases: [(&[u8], u64); 3] = [
            (b"", 0xcbf2_9ce4_8422_2325),
            (b"a", 0xaf63_dc4c_8601_ec8c),
            (b"foobar", 0x8594_4171_f739_67e8),
        ];
        for (input, want) in cases {
            assert_eq!(fnv_step(FNV_OFFSET, input), want, "{input:?}");
        }
        assert_eq!(
            fnv_step(fnv_step(FNV_OFFSET, b"foo"), b"bar"),
            fnv_step(FNV_OFFSET, b"foobar")
        );
    }

    /// Values that already appear in output records (campaign ids, alert ids): they must
    /// never change.
    #[test]
    fn pair_hash_is_stable() {
        let cases: [(&[u8], &[u8], u64); 3] = [
            (b"address", b"x", 0xcc6d_a76a_d129_fba3),
            (b"post", b"1", 0xff8d_f9d7_b6c7_787c),
            (b"", b"", fnv_step(FNV_OFFSET, &[0])),
        ];
        for (a, b, want) in cases {
            assert_eq!(fnv1a(a, b), want, "{a:?} {b:?}");
        }
    }

    #[test]
    fn fields_are_separated() {
        let hash = |fields: &[&[u8]]| {
            let mut h = FieldHasher::new();
            for f in fields {
                h.write_field(f);
            }
            h.finish()
        };
        let cases: [(&[&[u8]], u64); 3] = [
            (&[], FNV_OFFSET),
            (&[b"a", b"bc"], 0xa0a3_542c_19b9_00ab),
            (&[b"ab", b"c"], 0x20ba_9b30_25a8_b421),
        ];
        for (fields, want) in cases {
            assert_eq!(hash(fields), want, "{fields:?}");
        }
    }
}
