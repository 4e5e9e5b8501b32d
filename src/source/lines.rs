//! Line-by-line reading of a file or stdin into decoded [`Input`]s.
//!
//! A JSON-lines capture can hold anything: a truncated write, a binary blob, a 200 MB line. The
//! reader therefore bounds memory per line (an oversize line is read and *discarded* up to the
//! next newline, never buffered whole), reports every bad line and carries on, and stops only on
//! an I/O error. The line buffer is reused between lines, and a line that lies entirely inside
//! the underlying `BufRead`'s buffer is decoded in place without being copied at all.

use std::io::{self, BufRead};

use crate::detect::event::Input;
use crate::source::decode::{DecodeError, decode_line};

/// The default maximum line length: 1 MiB. A real post is a few kilobytes at most.
pub const DEFAULT_MAX_LINE_LEN: usize = 1 << 20;

/// One decoded line: its 1-based line number and what it decoded to.
pub type Line = (u64, Result<Input, DecodeError>);

/// Reads JSON lines from `R` and decodes each with [`decode_line`].
///
/// Iterate with [`LineReader::next_item`] or through the [`Iterator`] impl, which yields the
/// same items: `Ok((line_number, Ok(input)))` for a decoded line, `Ok((line_number, Err(e)))`
/// for a line that was skipped (bad JSON, wrong shape, too large, ...) — iteration continues
/// after those — and `Err(io_error)` once if reading fails, after which the iteration is over.
/// Blank lines and keep-alives yield nothing but still count for line numbers. Lines end with
/// `\n` or `\r\n`; a last line without a newline is read too.
pub struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    max_len: usize,
    line_no: u64,
    done: bool,
}

/// The outcome of reading one raw line.
enum Raw {
    /// The line is in `self.buf`.
    Buffered,
    /// The line was decoded straight from the reader's buffer.
    Decoded(Result<Option<Input>, DecodeError>),
    /// The line was longer than the limit and was discarded; the value is its length.
    TooLarge(usize),
    /// End of input.
    Eof,
}

impl<R: BufRead> LineReader<R> {
    /// A reader with the default 1 MiB line limit.
    pub fn new(inner: R) -> Self {
        Self::with_max_line_len(inner, DEFAULT_MAX_LINE_LEN)
    }

    /// A reader whose lines may be at most `max_len` bytes, not counting the line ending.
    pub fn with_max_line_len(inner: R, max_len: usize) -> Self {
        LineReader {
            inner,
            buf: Vec::new(),
            max_len,
            line_no: 0,
            done: false,
        }
    }

    /// The number of the last line read (0 before the first).
    pub fn line_number(&self) -> u64 {
        self.line_no
    }

    /// Gives back the underlying reader.
    pub fn into_inner(self) -> R {
        self.inner
    }

    /// The next non-blank line, decoded; `None` at the end of input or after an I/O error.
    pub fn next_item(&mut self) -> Option<io::Result<Line>> {
        while !self.done {
            let raw = match self.read_line() {
                Ok(raw) => raw,
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            };
            let decoded = match raw {
                Raw::Eof => {
                    self.done = true;
                    return None;
                }
                Raw::TooLarge(len) => Err(DecodeError::TooLarge {
                    len,
                    limit: self.max_len,
                }),
                Raw::Decoded(d) => d,
                Raw::Buffered => decode_line(&self.buf),
            };
            match decoded {
                Ok(None) => continue,
                Ok(Some(input)) => return Some(Ok((self.line_no, Ok(input)))),
                Err(e) => return Some(Ok((self.line_no, Err(e)))),
            }
        }
        None
    }

    /// Reads one line, without its `\n`. Lines longer than the limit are drained, not kept.
    fn read_line(&mut self) -> io::Result<Raw> {
        self.buf.clear();
        // One byte of slack so a `\r` before the `\n` does not count against the limit.
        let keep = self.max_len.saturating_add(1);
        let mut len = 0usize;
        let mut any = false;
        let mut last = 0u8;
        loop {
            let avail = match self.inner.fill_buf() {
                Ok(a) => a,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if avail.is_empty() {
                if !any {
                    return Ok(Raw::Eof);
                }
                break;
            }
            any = true;
            let newline = memchr::memchr(b'\n', avail);
            let chunk = &avail[..newline.unwrap_or(avail.len())];
            if len == 0 && newline.is_some() && content_len(chunk) <= self.max_len {
                // Fast path: the whole line is in the reader's buffer; decode it in place.
                let decoded = decode_line(chunk);
                let used = chunk.len() + 1;
                self.inner.consume(used);
                self.line_no += 1;
                return Ok(Raw::Decoded(decoded));
            }
            let used = chunk.len() + usize::from(newline.is_some());
            len = len.saturating_add(chunk.len());
            last = chunk.last().copied().unwrap_or(last);
            if len <= keep {
                self.buf.extend_from_slice(chunk);
            } else if !self.buf.is_empty() {
                // Over the limit: stop buffering and just count until the newline.
                self.buf.clear();
            }
            self.inner.consume(used);
            if newline.is_some() {
                break;
            }
        }
        self.line_no += 1;
        if len > keep || content_len(&self.buf) > self.max_len {
            return Ok(Raw::TooLarge(len - usize::from(last == b'\r')));
        }
        Ok(Raw::Buffered)
    }
}

/// The length of a line without a trailing `\r` (CRLF line endings).
fn content_len(line: &[u8]) -> usize {
    line.len() - usize::from(line.ends_with(b"\r"))
}

impl<R: BufRead> Iterator for LineReader<R> {
    type Item = io::Result<Line>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_item()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufReader, Cursor, Read};

    const GOOD: &str = r#"{"account_event":{"account_id":"1","type":"password_reset","created_at":"2020-07-15T20:17:34Z"}}"#;

    /// What a line turned into, in a form that is easy to compare.
    #[derive(Debug, PartialEq)]
    enum Got {
        Event(String),
        Post(String),
        Err(&'static str),
    }

    fn summarize(item: Line) -> (u64, Got) {
        let (n, r) = item;
        let got = match r {
            Ok(Input::AccountEvent(e)) => Got::Event(e.account_id),
            Ok(Input::Post(p)) => Got::Post(p.id),
            Err(e) => Got::Err(e.reason()),
        };
        (n, got)
    }

    fn read_all<R: BufRead>(r: LineReader<R>) -> Vec<(u64, Got)> {
        r.map(|item| summarize(item.expect("no I/O error")))
            .collect()
    }

    fn event(id: &str) -> String {
        GOOD.replace("\"1\"", &format!("\"{id}\""))
    }

    #[test]
    fn yields_numbered_lines_and_skips_bad_and_blank_ones() {
        let big = format!("{{\"text\": \"{}\"}}", "x".repeat(300));
        /// (name, input, max line length, BufReader capacity, expected items)
        type Case = (&'static str, String, usize, usize, Vec<(u64, Got)>);
        let cases: Vec<Case> = vec![
            (
                "LF, blank lines, bad line",
                format!("{}\n\n  \nnot json\n{}\n", event("a"), event("b")),
                1024,
                8192,
                vec![
                    (1, Got::Event("a".into())),
                    (4, Got::Err("invalid_json")),
                    (5, Got::Event("b".into())),
                ],
            ),
            (
                "CRLF and no final newline",
                format!("{}\r\n\r\n{}", event("a"), event("b")),
                1024,
                8192,
                vec![(1, Got::Event("a".into())), (3, Got::Event("b".into()))],
            ),
            (
                "oversize line in the middle, small reader buffer",
                format!("{}\n{big}\n{}\n{}", event("a"), event("b"), event("c")),
                200,
                16,
                vec![
                    (1, Got::Event("a".into())),
                    (2, Got::Err("too_large")),
                    (3, Got::Event("b".into())),
                    (4, Got::Event("c".into())),
                ],
            ),
            (
                "oversize line in the middle, large reader buffer",
                format!("{}\n{big}\r\n{}\n", event("a"), event("b")),
                200,
                8192,
                vec![
                    (1, Got::Event("a".into())),
                    (2, Got::Err("too_large")),
                    (3, Got::Event("b".into())),
                ],
            ),
            (
                "oversize final line without newline",
                format!("{}\n{big}", event("a")),
                200,
                32,
                vec![(1, Got::Event("a".into())), (2, Got::Err("too_large"))],
            ),
            (
                "line of exactly the limit, CRLF does not count",
                format!("{}\r\n{}\n", event("a"), event("b")),
                GOOD.len(),
                7,
                vec![(1, Got::Event("a".into())), (2, Got::Event("b".into()))],
            ),
            (
                "keep-alives only",
                "\r\n\r\n\n".to_string(),
                1024,
                8192,
                vec![],
            ),
            ("empty input", String::new(), 1024, 8192, vec![]),
            (
                "bad JSON escape",
                format!("{}\n{{\"x\":\"\\u\"}}\n", event("a")),
                1024,
                8192,
                vec![(1, Got::Event("a".into())), (2, Got::Err("invalid_json"))],
            ),
        ];
        for (name, input, max, cap, want) in cases {
            let reader = BufReader::with_capacity(cap, Cursor::new(input.into_bytes()));
            let got = read_all(LineReader::with_max_line_len(reader, max));
            assert_eq!(got, want, "case: {name}");
        }
    }

    #[test]
    fn reports_the_length_of_an_oversize_line() {
        for (ending, cap) in [
            ("\n", 8192),
            ("\r\n", 8192),
            ("\n", 5),
            ("\r\n", 5),
            ("", 5),
        ] {
            let mut input = "y".repeat(100);
            if !ending.is_empty() {
                input = format!("{input}{ending}{GOOD}\n");
            }
            let reader = BufReader::with_capacity(cap, Cursor::new(input.into_bytes()));
            let mut lines = LineReader::with_max_line_len(reader, 99);
            match lines.next_item() {
                Some(Ok((1, Err(DecodeError::TooLarge { len, limit })))) => {
                    assert_eq!((len, limit), (100, 99), "ending {ending:?}");
                }
                other => panic!("{other:?}"),
            }
            if !ending.is_empty() {
                assert!(matches!(lines.next_item(), Some(Ok((2, Ok(_))))));
            }
        }
    }

    #[test]
    fn invalid_utf8_is_reported_with_its_line() {
        let mut input = format!("{GOOD}\n").into_bytes();
        input.extend_from_slice(b"{\"a\":\"\xFF\"}\n");
        input.extend_from_slice(GOOD.as_bytes());
        let got = read_all(LineReader::new(Cursor::new(input)));
        assert_eq!(
            got,
            vec![
                (1, Got::Event("1".into())),
                (2, Got::Err("invalid_utf8")),
                (3, Got::Event("1".into())),
            ]
        );
    }

    #[test]
    fn decodes_posts_too() {
        let post = r#"{"data":{"id":"9","text":"hi","author_id":"2","created_at":"2020-07-15T20:17:34Z"}}"#;
        let got = read_all(LineReader::new(Cursor::new(format!("{post}\n{GOOD}"))));
        assert_eq!(
            got,
            vec![(1, Got::Post("9".into())), (2, Got::Event("1".into()))]
        );
    }

    /// A reader that returns some data, then `Interrupted` once, then more data, then fails.
    struct Flaky {
        data: Cursor<Vec<u8>>,
        interrupted: bool,
    }

    impl Read for Flaky {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.data.read(buf)?;
            if n > 0 {
                return Ok(n);
            }
            if !self.interrupted {
                self.interrupted = true;
                return Err(io::Error::from(io::ErrorKind::Interrupted));
            }
            Err(io::Error::other("disk on fire"))
        }
    }

    #[test]
    fn io_errors_end_the_iteration_after_the_good_lines() {
        let flaky = Flaky {
            data: Cursor::new(format!("{GOOD}\n{GOOD}").into_bytes()),
            interrupted: false,
        };
        let mut lines = LineReader::new(BufReader::with_capacity(16, flaky));
        assert!(matches!(lines.next_item(), Some(Ok((1, Ok(_))))));
        match lines.next_item() {
            Some(Err(e)) => assert_eq!(e.to_string(), "disk on fire"),
            other => panic!("{other:?}"),
        }
        assert!(lines.next_item().is_none());
        assert!(lines.next().is_none());
        assert_eq!(lines.line_number(), 1);
    }

    proptest::proptest! {
        /// Whatever the buffer size and line mix, the reader gives each line's own decoding,
        /// with the right number, and `TooLarge` exactly for lines over the limit.
        #[test]
        fn matches_per_line_decoding(
            picks in proptest::collection::vec((0usize..6, proptest::bool::ANY), 0..12),
            cap in 1usize..64,
            final_newline in proptest::bool::ANY,
        ) {
            const MAX: usize = 120;
            let pool = [
                GOOD.to_string(),
                String::new(),
                "   ".to_string(),
                "{\"data\": 1".to_string(),
                format!("{{\"pad\": \"{}\"}}", "z".repeat(MAX)),
                "[1]".to_string(),
            ];
            let mut input = String::new();
            let mut want = Vec::new();
            for (n, &(pick, crlf)) in picks.iter().enumerate() {
                let line = &pool[pick];
                if n > 0 {
                    input.push_str(if crlf { "\r\n" } else { "\n" });
                }
                input.push_str(line);
                let expected = if line.len() > MAX {
                    Some(Got::Err("too_large"))
                } else {
                    match decode_line(line.as_bytes()) {
                        Ok(None) => None,
                        Ok(Some(i)) => Some(summarize((0, Ok(i))).1),
                        Err(e) => Some(Got::Err(e.reason())),
                    }
                };
                if let Some(g) = expected {
                    want.push((n as u64 + 1, g));
                }
            }
            if final_newline && !picks.is_empty() {
                input.push('\n');
            }
            let reader = BufReader::with_capacity(cap, Cursor::new(input.into_bytes()));
            let got = read_all(LineReader::with_max_line_len(reader, MAX));
            proptest::prop_assert_eq!(got, want);
        }
    }
}
