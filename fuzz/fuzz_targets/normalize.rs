//! Normalization: the contract of `scamwatch::detect::normalize::Text` on any input. Tokens
//! separated by single spaces with one leading and one trailing space; every token character
//! alphanumeric and lowercase; folding is idempotent; the map back to the original stays in
//! bounds, on character boundaries, in order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scamwatch::detect::normalize::{normalize, normalize_into};

fuzz_target!(|data: &[u8]| {
    let original = String::from_utf8_lossy(data);
    let t = normalize(&original);
    let s = t.as_str();
    assert!(s.starts_with(' ') && s.ends_with(' '), "{s:?}");
    assert!(!s.contains("  ") || s == " ", "double space in {s:?}");
    assert_eq!(t.is_blank(), s == " ");
    for c in s.chars().filter(|c| *c != ' ') {
        assert!(c.is_alphanumeric(), "{c:?} in {s:?}");
        assert!(
            c.to_lowercase().eq(std::iter::once(c)),
            "{c:?} is not lowercase"
        );
    }
    // Idempotent, and the same through the reusing path.
    assert_eq!(normalize(s).as_str(), s, "not idempotent on {original:?}");
    let mut reused = normalize("warm up the buffers with something else 123");
    normalize_into(&mut reused, &original);
    assert_eq!(reused.as_str(), s);
    // The offset map.
    let mut last_end = 0usize;
    for tok in t.tokens() {
        assert!(tok.start < tok.end && tok.end <= s.len());
        assert_eq!(&s[tok.start - 1..tok.start], " ");
        let r = t.original_range(tok.clone());
        assert!(r.start <= r.end && r.end <= original.len(), "{r:?}");
        assert!(original.is_char_boundary(r.start) && original.is_char_boundary(r.end));
        assert!(r.start < r.end, "a token maps to nothing: {tok:?} of {s:?}");
        assert!(r.start >= last_end.min(r.start), "out of order");
        last_end = r.end;
        let _ = t.original_str(&original, tok);
    }
    // Arbitrary (also reversed or out-of-bounds) ranges never panic and stay in bounds.
    let n = s.len();
    for (a, b) in [
        (0, n),
        (n, 0),
        (1, n + 5),
        (n / 2, n / 2 + 3),
        (usize::MAX - 1, usize::MAX),
    ] {
        let r = t.original_range(a..b);
        assert!(r.start <= r.end && r.end <= original.len());
        assert!(original.is_char_boundary(r.start) && original.is_char_boundary(r.end));
    }
    for off in [0, original.len() / 2, original.len(), original.len() + 1] {
        assert!(t.norm_offset(off) <= n);
    }
});
