//! Loading TOML files, and locating byte offsets in them as `line:col`.
//!
//! Every operator-edited file (rules, the model, the service configuration) is TOML, and every
//! error in one is reported as `file:line:col: message`, the shape editors and terminals turn
//! into a jump-to-location link. This module is the one place that turns a byte offset into
//! that position, and the one place that reads and parses a whole file into a serde type.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

/// Why a TOML file could not be loaded. Callers with checks beyond the schema wrap it in their
/// own error type (see [`crate::detect::model::ModelError`]).
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// TOML syntax, or a value that does not fit the schema (unknown key, wrong type).
    #[error("{path}:{line}:{col}: {message}")]
    Parse {
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        col: usize,
        message: String,
    },
}

/// Reads `path` and parses it as a `T`.
///
/// # Errors
/// [`FileError::Io`] when the file cannot be read, [`FileError::Parse`] (located) when it is
/// not valid TOML for `T`.
pub fn load<T: DeserializeOwned>(path: &Path) -> Result<T, FileError> {
    let src = std::fs::read_to_string(path).map_err(|source| FileError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&src, path)
}

/// Parses TOML source as a `T`; `path` is only used in messages.
///
/// # Errors
/// [`FileError::Parse`], at the position toml reports (`1:1` when it reports none).
pub fn parse<T: DeserializeOwned>(src: &str, path: &Path) -> Result<T, FileError> {
    toml::from_str(src).map_err(|e| {
        let (line, col) = e.span().map_or((1, 1), |s| line_col(src, s.start));
        FileError::Parse {
            path: path.to_path_buf(),
            line,
            col,
            message: e.message().to_string(),
        }
    })
}

/// 1-based line and column (in characters) of byte `offset` in `src`, for a single lookup.
/// Use a [`LineIndex`] to locate many offsets of one file.
pub(crate) fn line_col(src: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(src).locate(src, offset)
}

/// Maps byte offsets of one file to 1-based line:col. Columns count characters, not bytes, so
/// a caret placed by an editor lands on the right character in non-ASCII files.
#[derive(Debug)]
pub(crate) struct LineIndex {
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(src: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based (line, col) of byte `offset` in `src`, the text the index was built from. An
    /// offset past the end is clamped to the end; one inside a character locates that
    /// character.
    pub(crate) fn locate(&self, src: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(src.len());
        while !src.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line.saturating_sub(1)];
        let col = src[start..offset].chars().count() + 1;
        (line.max(1), col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_lines_and_columns() {
        let src = "ab\ncé d\n\nx";
        let idx = LineIndex::new(src);
        let cases = [
            (0, (1, 1)),
            (1, (1, 2)),
            (3, (2, 1)),
            (5, (2, 2)), // inside the two-byte é: the é itself
            (6, (2, 3)), // after the two-byte é: one column
            (7, (2, 4)),
            (9, (3, 1)),
            (10, (4, 1)),
            (999, (4, 2)),
        ];
        for (off, want) in cases {
            assert_eq!(idx.locate(src, off), want, "offset {off}");
            assert_eq!(line_col(src, off), want, "offset {off}");
        }
    }

    #[test]
    fn line_col_edge_cases() {
        let cases = [
            ("", 0, (1, 1)),
            ("", 10, (1, 1)),
            ("\n", 1, (2, 1)),
            ("a\r\nb", 3, (2, 1)), // `\r` ends no line: it is the last column of line 1
            ("ab\ncé d", 7, (2, 4)),
        ];
        for (src, off, want) in cases {
            assert_eq!(line_col(src, off), want, "{src:?} at {off}");
        }
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // only deserialized
    struct Small {
        name: String,
    }

    #[test]
    fn errors_render_with_their_location() {
        let path = Path::new("c.toml");
        let cases = [
            (
                "name = \"x\"\nnmae = 1\n",
                "c.toml:2:1: unknown field `nmae`",
            ),
            ("name = \"é\" x\n", "c.toml:1:12: "),
            ("", "c.toml:1:1: missing field `name`"),
        ];
        for (src, want) in cases {
            let err = parse::<Small>(src, path).unwrap_err().to_string();
            assert!(err.starts_with(want), "{src:?}: {err}");
        }
        let err = load::<Small>(Path::new("/nonexistent/c.toml")).unwrap_err();
        assert!(matches!(err, FileError::Io { .. }), "{err}");
        assert!(
            err.to_string().starts_with("/nonexistent/c.toml: "),
            "{err}"
        );
    }
}
