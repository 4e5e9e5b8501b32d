//! The HTTP request bodies, through the functions the handlers call: `POST /feedback`
//! (verdicts), `POST /console/api/verdict` (one verdict from the console), `POST
//! /webhooks/requeue` and `POST /ingest` (a frame of lines, decoded like a websocket frame).
//! Never a panic; every refusal names its line; what is accepted writes back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scamwatch::detect::verdict::Verdict;
use scamwatch::service::RequeueRequest;
use scamwatch::service::console::verdict_of_request;
use scamwatch::service::feedback::parse_body;
use scamwatch::source::decode;

fuzz_target!(|data: &[u8]| {
    match parse_body(data) {
        Ok(verdicts) => {
            assert!(!verdicts.is_empty());
            for v in verdicts {
                assert_eq!(Verdict::parse(&v.to_line()).expect("its own line parses"), v);
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "a refusal says why");
            let lines = data.split(|&b| b == b'\n').count();
            for (line, _) in errors {
                assert!((1..=lines).contains(&line), "line {line} of {lines}");
            }
        }
    }

    if let Ok(v) = verdict_of_request(data, "moderator", "2026-11-27T10:00:00.000Z") {
        assert_eq!(v.by, "moderator");
        assert_eq!(Verdict::parse(&v.to_line()).expect("its own line parses"), v);
    }

    let _ = RequeueRequest::parse(data);

    for item in decode::decode_frame(data) {
        let _ = item;
    }
});
