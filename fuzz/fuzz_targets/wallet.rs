//! Wallet extraction: never a panic; every address found lies in the text, on character
//! boundaries, in order, and validates on its own.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scamwatch::detect::wallet;

fuzz_target!(|data: &[u8]| {
    let original = String::from_utf8_lossy(data);
    let found = wallet::extract(&original);
    let mut last = 0usize;
    for a in &found {
        let r = a.range.clone();
        assert!(r.start < r.end && r.end <= original.len(), "{r:?}");
        assert!(original.is_char_boundary(r.start) && original.is_char_boundary(r.end));
        assert!(r.start >= last, "addresses out of order: {found:?}");
        last = r.start;
        let span = &original[r.clone()];
        // A bare address is its span; a split one is its chunks, in order, in the span.
        if span != a.text {
            let mut rest = span;
            for c in a.text.chars() {
                let at = rest
                    .find(c)
                    .unwrap_or_else(|| panic!("{c:?} of {:?} not in {span:?}", a.text));
                rest = &rest[at + c.len_utf8()..];
            }
        }
        let v = wallet::validate(&a.text);
        assert!(v.is_some(), "extracted {:?} does not validate", a.text);
        let (chain, network, _) = v.unwrap();
        assert_eq!((chain, network), (a.chain, a.network), "{:?}", a.text);
    }
    let _ = wallet::classify(&original);
});
