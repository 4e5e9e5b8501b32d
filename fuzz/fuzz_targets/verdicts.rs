//! The body of `POST /feedback` and the verdict file: never a panic; a verdict that parses
//! writes a line that parses back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scamwatch::detect::verdict::{Verdict, read_verdicts};

fuzz_target!(|data: &[u8]| {
    let file = read_verdicts(data).expect("reading a slice cannot fail");
    for v in &file.verdicts {
        let line = v.to_line();
        assert!(!line.contains('\n'), "{line:?}");
        assert_eq!(&Verdict::parse(&line).expect("its own line parses"), v);
    }
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(v) = Verdict::parse(s) {
            assert_eq!(Verdict::parse(&v.to_line()).unwrap(), v);
        }
    }
});
