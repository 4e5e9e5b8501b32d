//! The JSON Lines file sink: one record per line, appended, rotated by size.
//!
//! Synchronous (plain `std::io`) so `replay --out FILE` and `serve` share it. Rotation renames
//! `path` to `path.1` (and `path.1` to `path.2`, …, dropping `path.<keep>`), then starts a fresh
//! `path`; it happens only between records, so no line is ever split across files. A file may
//! exceed `max_bytes` by at most one record (a record larger than the limit gets a file alone).
//!
//! Fsync policy (`fsync`):
//! - `every_batch` (default): `write_batch` returns after `fdatasync`, so a batch reported written
//!   survives a crash or power loss;
//! - `never`: the OS flushes when it likes; a crash of scamwatch loses nothing (the data is in
//!   the page cache), a power loss may lose the last seconds.
//!
//! A crash in the middle of a write can leave a partial last line; `open` cuts it off (it was
//! never reported written), so the file is always valid JSON Lines.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::SinkError;
use crate::detect::record::Record;

fn default_max_bytes() -> u64 {
    100 << 20
}
fn default_keep() -> usize {
    5
}

/// When `write_batch` forces data to disk.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FsyncPolicy {
    #[default]
    EveryBatch,
    Never,
}

/// The `[jsonl]` table.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonlConfig {
    /// The file appended to (created if missing, with its directory).
    pub path: PathBuf,
    /// Rotate before a record would take the file past this size; 0 disables rotation.
    #[serde(default = "default_max_bytes")]
    pub max_bytes: u64,
    /// Rotated files kept (`path.1` newest … `path.<keep>` oldest). 0 keeps none: the full file
    /// is deleted on rotation.
    #[serde(default = "default_keep")]
    pub keep: usize,
    #[serde(default)]
    pub fsync: FsyncPolicy,
}

impl JsonlConfig {
    /// A config with the defaults, for `replay --out FILE`.
    pub fn new(path: impl Into<PathBuf>) -> JsonlConfig {
        JsonlConfig {
            path: path.into(),
            max_bytes: default_max_bytes(),
            keep: default_keep(),
            fsync: FsyncPolicy::default(),
        }
    }

    pub fn validate(&self) -> Result<(), SinkError> {
        if self.path.as_os_str().is_empty() {
            return Err(SinkError::Config("[jsonl] path is empty".into()));
        }
        if self.path.file_name().is_none() {
            return Err(SinkError::Config(format!(
                "[jsonl] path {} does not name a file",
                self.path.display()
            )));
        }
        if self.keep > 1000 {
            return Err(SinkError::Config("[jsonl] keep must be <= 1000".into()));
        }
        Ok(())
    }
}

/// An open JSONL file.
#[derive(Debug)]
pub struct JsonlSink {
    cfg: JsonlConfig,
    file: File,
    len: u64,
}

fn rotated(path: &Path, n: usize) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(format!(".{n}"));
    PathBuf::from(s)
}

impl JsonlSink {
    pub fn open(cfg: JsonlConfig) -> Result<JsonlSink, SinkError> {
        cfg.validate()?;
        if let Some(dir) = cfg.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(|e| SinkError::io("creating", dir, e))?;
        }
        let mut file = OpenOptions::new()
            .create(true)
            .read(true)
            .append(true)
            .open(&cfg.path)
            .map_err(|e| SinkError::io("opening", &cfg.path, e))?;
        let len =
            cut_partial_line(&mut file).map_err(|e| SinkError::io("repairing", &cfg.path, e))?;
        Ok(JsonlSink { cfg, file, len })
    }

    pub fn path(&self) -> &Path {
        &self.cfg.path
    }

    /// Appends one line per record, rotating between records as needed, then applies the fsync
    /// policy.
    pub fn write_batch(&mut self, records: &[Record]) -> Result<(), SinkError> {
        let lines: Vec<String> = records.iter().map(Record::to_json).collect();
        self.write_lines(&lines)
    }

    /// [`JsonlSink::write_batch`] for records already serialized (one envelope each, without
    /// the newline): what `scamwatch deliver` reads from the cluster's records stream.
    pub fn write_lines(&mut self, lines: &[impl AsRef<str>]) -> Result<(), SinkError> {
        let mut buf = Vec::new();
        for line in lines {
            let line = line.as_ref();
            let need = line.len() as u64 + 1;
            if self.cfg.max_bytes > 0
                && self.len + buf.len() as u64 > 0
                && self.len + buf.len() as u64 + need > self.cfg.max_bytes
            {
                self.flush(&mut buf)?;
                self.rotate()?;
            }
            buf.extend_from_slice(line.as_bytes());
            buf.push(b'\n');
        }
        self.flush(&mut buf)?;
        if self.cfg.fsync == FsyncPolicy::EveryBatch && !lines.is_empty() {
            self.file
                .sync_data()
                .map_err(|e| SinkError::io("syncing", &self.cfg.path, e))?;
        }
        Ok(())
    }

    fn flush(&mut self, buf: &mut Vec<u8>) -> Result<(), SinkError> {
        if buf.is_empty() {
            return Ok(());
        }
        if let Err(e) = self.file.write_all(buf) {
            // A short write (a full disk) leaves part of a line: cut it off, so the batch can
            // be written again whole and every line of the file stays one record.
            let _ = self.file.set_len(self.len);
            return Err(SinkError::io("writing", &self.cfg.path, e));
        }
        self.len += buf.len() as u64;
        buf.clear();
        Ok(())
    }

    fn rotate(&mut self) -> Result<(), SinkError> {
        let path = &self.cfg.path;
        // The full file is complete: make it durable before it gets a new name.
        if self.cfg.fsync == FsyncPolicy::EveryBatch {
            self.file
                .sync_data()
                .map_err(|e| SinkError::io("syncing", path, e))?;
        }
        if self.cfg.keep == 0 {
            fs::remove_file(path).map_err(|e| SinkError::io("removing", path, e))?;
        } else {
            let oldest = rotated(path, self.cfg.keep);
            if let Err(e) = fs::remove_file(&oldest)
                && e.kind() != std::io::ErrorKind::NotFound
            {
                return Err(SinkError::io("removing", &oldest, e));
            }
            for n in (1..self.cfg.keep).rev() {
                let from = rotated(path, n);
                if from.exists() {
                    fs::rename(&from, rotated(path, n + 1))
                        .map_err(|e| SinkError::io("renaming", &from, e))?;
                }
            }
            fs::rename(path, rotated(path, 1)).map_err(|e| SinkError::io("renaming", path, e))?;
        }
        self.file = OpenOptions::new()
            .create(true)
            .read(true)
            .append(true)
            .open(path)
            .map_err(|e| SinkError::io("opening", path, e))?;
        self.len = 0;
        if self.cfg.fsync == FsyncPolicy::EveryBatch {
            // The renames and the new file's name must be durable too, or a power loss could
            // take the fsynced lines of the new file with it.
            let dir = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            File::open(dir)
                .and_then(|d| d.sync_all())
                .map_err(|e| SinkError::io("syncing directory", dir, e))?;
        }
        Ok(())
    }
}

/// Truncates the file after its last newline; returns the new length.
fn cut_partial_line(file: &mut File) -> std::io::Result<u64> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(0);
    }
    // Scan back in chunks for the last '\n'.
    let mut end = len;
    let mut chunk = vec![0u8; 64 * 1024];
    while end > 0 {
        let start = end.saturating_sub(chunk.len() as u64);
        let n = (end - start) as usize;
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut chunk[..n])?;
        if let Some(i) = memchr::memrchr(b'\n', &chunk[..n]) {
            let keep = start + i as u64 + 1;
            if keep != len {
                file.set_len(keep)?;
            }
            return Ok(keep);
        }
        end = start;
    }
    file.set_len(0)?;
    Ok(0)
}
