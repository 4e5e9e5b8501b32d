//! The rule-file compiler, on one rule file: never a panic, only diagnostics, each located
//! inside the file.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use scamwatch::detect::rules::compile_dir;

fn dir() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("a temporary directory"))
}

fuzz_target!(|data: &[u8]| {
    let d = dir();
    let file = d.path().join("fuzz.toml");
    std::fs::write(&file, data).expect("write the rule file");
    if let Err(diags) = compile_dir(d.path()) {
        let lines = String::from_utf8_lossy(data).lines().count().max(1);
        for diag in &diags {
            if diag.file == file {
                assert!(
                    diag.line >= 1 && diag.line <= lines + 1,
                    "{diag:?} of {lines} lines"
                );
            }
        }
    }
});
