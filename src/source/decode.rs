//! Decoders: one line (or websocket message) of JSON → one [`Input`].
//!
//! STUB: the final API, being replaced by the real decoders.

use crate::event::Input;

/// Why a line was skipped. Each is counted by [`DecodeError::reason`].
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("invalid JSON at column {column}: {message}")]
    InvalidJson { column: usize, message: String },
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 { offset: usize },
    #[error("unrecognized message shape: {0}")]
    WrongShape(String),
    #[error("line of {len} bytes exceeds the limit of {limit} bytes")]
    TooLarge { len: usize, limit: usize },
}

impl DecodeError {
    /// A short, bounded label for metrics and summaries.
    pub fn reason(&self) -> &'static str {
        match self {
            DecodeError::InvalidJson { .. } => "invalid_json",
            DecodeError::InvalidUtf8 { .. } => "invalid_utf8",
            DecodeError::WrongShape(_) => "wrong_shape",
            DecodeError::TooLarge { .. } => "too_large",
        }
    }
}

/// Decodes one message. `Ok(None)` for blank lines and keep-alives.
pub fn decode_line(line: &[u8]) -> Result<Option<Input>, DecodeError> {
    let _ = line;
    Ok(None)
}
