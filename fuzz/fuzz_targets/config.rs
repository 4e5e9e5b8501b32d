//! The service configuration parser and validation: never a panic, errors located in the
//! file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use scamwatch::service::config::ServeConfig;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    match ServeConfig::parse(src, Path::new("fuzz.toml")) {
        Ok(cfg) => {
            let _ = cfg.validate();
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with("fuzz.toml:"), "{msg}");
        }
    }
});
