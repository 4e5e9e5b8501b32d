//! The line decoders, every input format (Twitter v2 and v1.1, account events, Bluesky
//! Jetstream, Mastodon streaming events and statuses, HTML of statuses), and the line reader:
//! never a panic, the fast path gives the same result as serde alone, and the reader (through
//! a tiny buffer, so lines straddle refills) yields the same items as splitting the bytes into
//! lines.
#![no_main]

use std::io::BufReader;

use libfuzzer_sys::fuzz_target;
use scamwatch::source::decode::{self, mastodon};
use scamwatch::source::lines::LineReader;

fn summary(r: &Result<scamwatch::detect::event::Input, decode::DecodeError>) -> String {
    match r {
        Ok(i) => format!("{i:?}"),
        Err(e) => e.reason().to_string(),
    }
}

fuzz_target!(|data: &[u8]| {
    // The fast path gives up or agrees with serde, errors and their columns included.
    assert_eq!(
        format!("{:?}", decode::decode_line(data)),
        format!("{:?}", decode::decode_line_reference(data)),
        "the fast path and serde disagree"
    );
    let framed: Vec<String> = decode::decode_frame(data).map(|r| summary(&r)).collect();
    let read: Vec<String> =
        LineReader::with_max_line_len(BufReader::with_capacity(7, data), 1 << 20)
            .map(|item| {
                let (_, r) = item.expect("reading a slice cannot fail");
                summary(&r)
            })
            .collect();
    assert_eq!(
        framed, read,
        "the line reader and the frame splitter disagree"
    );
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = mastodon::decode_status(text, false);
        let _ = mastodon::decode_status(text, true);
        let (plain, links) = mastodon::html_text(text);
        // Text is never invented: the plain text is at most the HTML's length plus one
        // newline per tag (paragraphs, breaks), and every link is a substring of the input
        // once entities are decoded.
        assert!(
            plain.len() <= text.len() * 4 + 8,
            "{} -> {}",
            text.len(),
            plain.len()
        );
        let unescaped = decode::unescape_html(text);
        for l in &links {
            assert!(
                text.contains(l.as_str()) || unescaped.contains(l.as_str()),
                "link {l:?} not in the input"
            );
        }
    }
});
