//! Moderator verdicts: what a human decided about a post, the ground truth the detector learns
//! from (`docs/verdicts.md`).
//!
//! A verdict file is JSON Lines, one object per line:
//!
//! ```json
//! {"alert_id":"al-5f1c0e2a9b7d3344","post_id":"1283000000000000123","account_id":"1000000000000000001","verdict":"confirmed","by":"dana","at":"2026-11-27T10:00:00Z","note":"same wallet as the July wave"}
//! ```
//!
//! `serve` appends the verdicts moderators post to `/feedback`; `replay --labels --verdicts`
//! and `train` read the file back. Plain data: parsing and validation here, the files and the
//! endpoint in the layers above.
//!
//! Why the checks are this strict: a verdict changes what the model learns, so a line that is
//! not exactly a verdict (a typo'd field, a post id sent as a number, a time without a zone) is
//! refused with a message naming the field, never guessed at. In a file, a bad line is skipped
//! and reported ([`read_verdicts`]): one torn line must not cost the rest of the moderators'
//! work.

use std::collections::HashMap;
use std::io::{self, BufRead};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The longest line read as a verdict, in bytes (without the line terminator). A verdict is a
/// few hundred bytes; anything much longer is not one.
pub const MAX_LINE_BYTES: usize = 16 * 1024;

/// The longest `note`, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// The fields of a verdict line, in the order they are written.
pub const FIELDS: [&str; 7] = [
    "alert_id",
    "post_id",
    "account_id",
    "verdict",
    "by",
    "at",
    "note",
];

/// What the moderator decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VerdictKind {
    /// The post is a scam.
    Confirmed,
    /// The post is benign (the alert, if any, was a false positive).
    Dismissed,
    /// Passed on to someone else: no label yet.
    Escalated,
}

impl VerdictKind {
    /// Every kind, in the order of [`VerdictKind::as_str`]'s documentation.
    pub const ALL: [VerdictKind; 3] = [
        VerdictKind::Confirmed,
        VerdictKind::Dismissed,
        VerdictKind::Escalated,
    ];

    /// `confirmed`, `dismissed` or `escalated`: the JSON value, also the metrics label.
    pub fn as_str(self) -> &'static str {
        match self {
            VerdictKind::Confirmed => "confirmed",
            VerdictKind::Dismissed => "dismissed",
            VerdictKind::Escalated => "escalated",
        }
    }

    fn from_name(s: &str) -> Option<VerdictKind> {
        VerdictKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One moderator verdict. Build it with [`Verdict::parse`], which validates; the serde
/// implementations only map the fields (serialization writes one line of the file format).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    /// The alert the verdict answers; absent for a post that got no alert (a moderator found
    /// it another way).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert_id: Option<String>,
    pub post_id: String,
    pub account_id: String,
    pub verdict: VerdictKind,
    /// The moderator.
    pub by: String,
    /// When the verdict was given, RFC 3339 (kept as written).
    pub at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Why a line is not a verdict. Each message names the field at fault.
#[derive(Debug, thiserror::Error)]
pub enum VerdictError {
    #[error("line is {bytes} bytes, over the {MAX_LINE_BYTES}-byte limit of a verdict")]
    TooLong { bytes: usize },
    #[error("line is not valid UTF-8")]
    NotUtf8,
    #[error("not JSON: {message} (column {column})")]
    Json { message: String, column: usize },
    #[error("a verdict is a JSON object, found {found}")]
    NotAnObject { found: &'static str },
    #[error("unknown field `{field}` (a verdict has {})", fields_list())]
    UnknownField { field: String },
    #[error("missing `{field}`")]
    Missing { field: &'static str },
    #[error("`{field}` must be {expected}, found {found}")]
    WrongType {
        field: &'static str,
        expected: &'static str,
        found: &'static str,
    },
    #[error("`{field}` is empty")]
    Empty { field: &'static str },
    #[error("`verdict` must be `confirmed`, `dismissed` or `escalated`, found {found:?}")]
    UnknownVerdict { found: String },
    #[error("`at` is not an RFC 3339 time like 2026-11-27T10:00:00Z: {value:?} ({source})")]
    BadTime {
        value: String,
        #[source]
        source: chrono::ParseError,
    },
    #[error("`note` is {chars} characters long, over the limit of {MAX_NOTE_CHARS}")]
    NoteTooLong { chars: usize },
}

fn fields_list() -> String {
    FIELDS
        .iter()
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `a string`, `a number`, … for messages.
fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The string value of `field`: `None` when absent or null (the caller decides whether that
/// is allowed); empty and whitespace-only strings are refused.
fn string_field(
    obj: &mut Map<String, Value>,
    field: &'static str,
) -> Result<Option<String>, VerdictError> {
    match obj.remove(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Err(VerdictError::Empty { field }),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(VerdictError::WrongType {
            field,
            expected: "a string",
            found: json_type(&other),
        }),
    }
}

/// The string value of a required `field`; absent is `Missing`, null a wrong type.
fn required(obj: &mut Map<String, Value>, field: &'static str) -> Result<String, VerdictError> {
    if obj.get(field) == Some(&Value::Null) {
        return Err(VerdictError::WrongType {
            field,
            expected: "a string",
            found: "null",
        });
    }
    string_field(obj, field)?.ok_or(VerdictError::Missing { field })
}

impl Verdict {
    /// The label this verdict gives its post: confirmed → `Some(true)` (scam), dismissed →
    /// `Some(false)` (benign), escalated → `None` (undecided).
    pub fn label(&self) -> Option<bool> {
        match self.verdict {
            VerdictKind::Confirmed => Some(true),
            VerdictKind::Dismissed => Some(false),
            VerdictKind::Escalated => None,
        }
    }

    /// Parses and validates one line: a JSON object with exactly the fields of the format;
    /// `post_id`, `account_id`, `verdict`, `by` and `at` required, strings non-empty, `at`
    /// RFC 3339, `note` at most [`MAX_NOTE_CHARS`] characters, the line at most
    /// [`MAX_LINE_BYTES`] bytes. A trailing `\r` or `\n` is ignored.
    ///
    /// # Errors
    /// The first problem found, naming the field.
    pub fn parse(line: &str) -> Result<Verdict, VerdictError> {
        let line = line.trim_end_matches(['\n', '\r']);
        if line.len() > MAX_LINE_BYTES {
            return Err(VerdictError::TooLong { bytes: line.len() });
        }
        let value: Value = serde_json::from_str(line).map_err(|e| VerdictError::Json {
            // serde_json appends " at line L column C"; the line is always 1 here.
            message: e.to_string().split(" at line ").next().unwrap_or("").into(),
            column: e.column(),
        })?;
        let mut obj = match value {
            Value::Object(obj) => obj,
            other => {
                return Err(VerdictError::NotAnObject {
                    found: json_type(&other),
                });
            }
        };
        if let Some(field) = obj.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            return Err(VerdictError::UnknownField {
                field: field.clone(),
            });
        }
        let alert_id = string_field(&mut obj, "alert_id")?;
        let post_id = required(&mut obj, "post_id")?;
        let account_id = required(&mut obj, "account_id")?;
        let kind = required(&mut obj, "verdict")?;
        let verdict =
            VerdictKind::from_name(&kind).ok_or(VerdictError::UnknownVerdict { found: kind })?;
        let by = required(&mut obj, "by")?;
        let at = required(&mut obj, "at")?;
        if let Err(source) = chrono::DateTime::parse_from_rfc3339(&at) {
            return Err(VerdictError::BadTime { value: at, source });
        }
        // An empty note says nothing: absent, null and "" all mean no note.
        let note = match obj.remove("note") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if s.is_empty() => None,
            Some(Value::String(s)) => {
                let chars = s.chars().count();
                if chars > MAX_NOTE_CHARS {
                    return Err(VerdictError::NoteTooLong { chars });
                }
                Some(s)
            }
            Some(other) => {
                return Err(VerdictError::WrongType {
                    field: "note",
                    expected: "a string",
                    found: json_type(&other),
                });
            }
        };
        Ok(Verdict {
            alert_id,
            post_id,
            account_id,
            verdict,
            by,
            at,
            note,
        })
    }

    /// The verdict as one line of the file format (no line terminator).
    pub fn to_line(&self) -> String {
        serde_json::to_string(self).expect("a verdict serializes")
    }
}

/// Every good verdict of a JSON Lines stream, and the bad lines (1-based line number + error),
/// which are skipped, never fatal. Blank lines skipped.
#[derive(Debug, Default)]
pub struct VerdictFile {
    pub verdicts: Vec<Verdict>,
    pub errors: Vec<(usize, VerdictError)>,
}

/// Reads a JSON Lines stream of verdicts. A bad line (not a verdict, not UTF-8, over
/// [`MAX_LINE_BYTES`]) is recorded in [`VerdictFile::errors`] and skipped; an over-long line
/// is never held in memory whole.
///
/// # Errors
/// Only I/O errors of `r`.
pub fn read_verdicts<R: BufRead>(mut r: R) -> io::Result<VerdictFile> {
    let mut file = VerdictFile::default();
    let mut buf = Vec::with_capacity(512);
    let mut n = 0;
    while let Some(bytes) = read_line_bounded(&mut r, &mut buf)? {
        n += 1;
        let result = if bytes > MAX_LINE_BYTES {
            Err(VerdictError::TooLong { bytes })
        } else {
            match std::str::from_utf8(&buf) {
                Ok(line) if line.trim().is_empty() => continue,
                Ok(line) => Verdict::parse(line),
                Err(_) => Err(VerdictError::NotUtf8),
            }
        };
        match result {
            Ok(v) => file.verdicts.push(v),
            Err(e) => file.errors.push((n, e)),
        }
    }
    Ok(file)
}

/// Reads the next line into `buf` (without its `\n` or `\r\n`), keeping at most
/// [`MAX_LINE_BYTES`] + 1 bytes of it; returns the line's full length, or `None` at the end.
fn read_line_bounded<R: BufRead>(r: &mut R, buf: &mut Vec<u8>) -> io::Result<Option<usize>> {
    buf.clear();
    let mut len = 0;
    let mut any = false;
    // The line's last byte, which `buf` may not hold when the line is over the limit.
    let mut last = None;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, end) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        let room = (MAX_LINE_BYTES + 1).saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..take.min(room)]);
        if take > 0 {
            last = Some(chunk[take - 1]);
        }
        len += take;
        r.consume(take + usize::from(end));
        if end {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if last == Some(b'\r') {
        if buf.len() == len {
            buf.pop();
        }
        len -= 1;
    }
    Ok(Some(len))
}

/// The last verdict per post id (later lines win): post_id → label, escalated posts left out
/// (a post whose latest verdict is `escalated` has no label, whatever came before).
pub fn labels_by_post(verdicts: &[Verdict]) -> HashMap<String, bool> {
    let mut labels = HashMap::new();
    for v in verdicts {
        match v.label() {
            Some(l) => {
                labels.insert(v.post_id.clone(), l);
            }
            None => {
                labels.remove(&v.post_id);
            }
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{"alert_id":"al-00000000000000ab","post_id":"p1","account_id":"a1","verdict":"confirmed","by":"dana","at":"2026-11-27T10:00:00Z","note":"same wallet"}"#;

    fn line(post: &str, kind: &str) -> String {
        format!(
            r#"{{"post_id":"{post}","account_id":"a","verdict":"{kind}","by":"m","at":"2026-11-27T10:00:00+01:00"}}"#
        )
    }

    #[test]
    fn good_lines_parse() {
        let v = Verdict::parse(GOOD).unwrap();
        assert_eq!(v.alert_id.as_deref(), Some("al-00000000000000ab"));
        assert_eq!(
            (v.post_id.as_str(), v.account_id.as_str(), v.by.as_str()),
            ("p1", "a1", "dana")
        );
        assert_eq!(v.verdict, VerdictKind::Confirmed);
        assert_eq!(v.at, "2026-11-27T10:00:00Z");
        assert_eq!(v.note.as_deref(), Some("same wallet"));
        // Serialized, it is the same line.
        assert_eq!(v.to_line(), GOOD);

        for (src, kind, label, alert, note) in [
            (line("p", "confirmed"), VerdictKind::Confirmed, Some(true), None, None),
            (line("p", "dismissed"), VerdictKind::Dismissed, Some(false), None, None),
            (line("p", "escalated"), VerdictKind::Escalated, None, None, None),
            (
                r#"{"alert_id":null,"post_id":"p","account_id":"a","verdict":"dismissed","by":"m","at":"2026-11-27T10:00:00.250Z","note":null}"#.into(),
                VerdictKind::Dismissed,
                Some(false),
                None,
                None,
            ),
            (
                format!("{}\r\n", GOOD.replace("same wallet", "")),
                VerdictKind::Confirmed,
                Some(true),
                Some("al-00000000000000ab"),
                None,
            ),
            (
                format!(
                    r#"{{"note":"{}","by":"m","at":"2026-11-27T10:00:00Z","verdict":"confirmed","account_id":"a","post_id":"p"}}"#,
                    "é".repeat(MAX_NOTE_CHARS)
                ),
                VerdictKind::Confirmed,
                Some(true),
                None,
                Some(MAX_NOTE_CHARS),
            ),
        ] {
            let v = Verdict::parse(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
            assert_eq!(v.verdict, kind, "{src}");
            assert_eq!(v.label(), label, "{src}");
            assert_eq!(v.alert_id.as_deref(), alert, "{src}");
            assert_eq!(v.note.as_ref().map(|n| n.chars().count()), note, "{src}");
            assert_eq!(Verdict::parse(&v.to_line()).unwrap(), v, "round trip");
        }
        assert_eq!(VerdictKind::Escalated.as_str(), "escalated");
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        let base: Value = serde_json::from_str(&line("p", "confirmed")).unwrap();
        let with = |k: &str, v: Value| {
            let mut o = base.clone();
            o[k] = v;
            o.to_string()
        };
        let without = |k: &str| {
            let mut o = base.clone();
            o.as_object_mut().unwrap().remove(k);
            o.to_string()
        };
        for (src, want) in [
            ("{\"post_id\":".to_string(), "not JSON: EOF while parsing"),
            ("[1,2]".into(), "a verdict is a JSON object, found an array"),
            (
                with("label", "scam".into()),
                "unknown field `label` (a verdict has `alert_id`, `post_id`,",
            ),
            (without("post_id"), "missing `post_id`"),
            (without("account_id"), "missing `account_id`"),
            (without("verdict"), "missing `verdict`"),
            (without("by"), "missing `by`"),
            (without("at"), "missing `at`"),
            (
                with("post_id", Value::Null),
                "`post_id` must be a string, found null",
            ),
            (
                with("post_id", 1283.into()),
                "`post_id` must be a string, found a number",
            ),
            (
                with("alert_id", true.into()),
                "`alert_id` must be a string, found a boolean",
            ),
            (with("alert_id", "".into()), "`alert_id` is empty"),
            (with("account_id", "".into()), "`account_id` is empty"),
            (with("by", "  ".into()), "`by` is empty"),
            (
                with("verdict", "approved".into()),
                "`verdict` must be `confirmed`, `dismissed` or `escalated`, found \"approved\"",
            ),
            (
                with("verdict", "Confirmed".into()),
                "`verdict` must be `confirmed`, `dismissed` or `escalated`, found \"Confirmed\"",
            ),
            (
                with("at", "2026-11-27 10:00".into()),
                "`at` is not an RFC 3339 time like 2026-11-27T10:00:00Z: \"2026-11-27 10:00\"",
            ),
            (
                with("at", "2026-11-27T10:00:00".into()),
                "`at` is not an RFC 3339 time",
            ),
            (
                with("note", "x".repeat(MAX_NOTE_CHARS + 1).into()),
                "`note` is 2001 characters long, over the limit of 2000",
            ),
            (
                with("note", serde_json::json!(["x"])),
                "`note` must be a string, found an array",
            ),
            (
                with("note", "x".repeat(MAX_LINE_BYTES).into()),
                "line is 16",
            ),
        ] {
            let e = Verdict::parse(&src).expect_err(&src).to_string();
            assert!(e.starts_with(want), "{src}:\n  got  {e}\n  want {want}");
        }
    }

    #[test]
    fn a_stream_keeps_good_lines_and_numbers_bad_ones() {
        let long = format!(
            r#"{{"post_id":"p","account_id":"a","verdict":"confirmed","by":"m","at":"2026-11-27T10:00:00Z","note":"{}"}}"#,
            "x".repeat(3 * MAX_LINE_BYTES)
        );
        let mut src = Vec::new();
        for l in [
            line("1", "confirmed").as_str(),
            "",
            "   ",
            "{not json",
            long.as_str(),
            line("2", "dismissed").as_str(),
        ] {
            src.extend_from_slice(l.as_bytes());
            src.extend_from_slice(b"\r\n");
        }
        src.extend_from_slice(b"\xff\xfe\n");
        // The last line has no terminator.
        src.extend_from_slice(line("3", "escalated").as_bytes());
        let f = read_verdicts(&src[..]).unwrap();
        let posts: Vec<&str> = f.verdicts.iter().map(|v| v.post_id.as_str()).collect();
        assert_eq!(posts, ["1", "2", "3"]);
        let errors: Vec<(usize, String)> =
            f.errors.iter().map(|(n, e)| (*n, e.to_string())).collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert_eq!(errors[0].0, 4);
        assert!(errors[0].1.starts_with("not JSON"), "{errors:?}");
        assert_eq!(
            errors[1],
            (
                5,
                format!(
                    "line is {} bytes, over the 16384-byte limit of a verdict",
                    long.len()
                )
            )
        );
        assert_eq!(errors[2], (7, "line is not valid UTF-8".into()));
        assert!(read_verdicts(&b""[..]).unwrap().verdicts.is_empty());
    }

    #[test]
    fn the_last_verdict_of_a_post_wins() {
        let src = [
            line("1", "confirmed"),
            line("2", "confirmed"),
            line("3", "dismissed"),
            line("1", "dismissed"),
            line("2", "escalated"),
            line("4", "escalated"),
            line("3", "escalated"),
            line("3", "confirmed"),
        ]
        .join("\n");
        let f = read_verdicts(src.as_bytes()).unwrap();
        assert!(f.errors.is_empty());
        let labels = labels_by_post(&f.verdicts);
        let mut got: Vec<(&str, bool)> = labels.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        got.sort();
        // 1: dismissed after confirmed; 2 and 4: escalated last, no label; 3: confirmed after
        // an escalation.
        assert_eq!(got, [("1", false), ("3", true)]);
    }
}
