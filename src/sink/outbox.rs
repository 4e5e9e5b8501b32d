//! The durable outbox of one webhook: an append-only log of segments with length+CRC framing,
//! and one small ack log per segment.
//!
//! ```text
//! <data_dir>/webhook/<name>/
//!   LOCK                          held (advisory lock) while a sink has the outbox open
//!   seg-00000000000000000001.log  frames: "SWOB" | len u32 LE | crc32 u32 LE | JSON entry
//!   seg-00000000000000000001.ack  acks:   seq u64 LE | crc32(seq) u32 LE   (12 bytes each)
//!   dead-letter.jsonl             records given up on, one JSON object per line
//!   corrupt-seg-….log             a segment with nothing valid left, kept for a post-mortem
//! ```
//!
//! Why a log and not one file per record: a batch of N records costs one `write` and one
//! `fdatasync` instead of N file creations, N fsyncs and a directory fsync, so detection is not
//! slowed by a burst. Why framing with a CRC: a `kill -9` or power loss can leave a torn frame at
//! the tail of the segment being written; recovery checks every frame's length and CRC, skips
//! (and counts) what does not check out, and resynchronises on the next magic, so garbage never
//! stops recovery and never yields a wrong record. A new process never appends to an old
//! segment, so a torn tail stays a tail.
//!
//! Acks are appended without fsync: losing an ack in a crash only re-delivers a record that was
//! delivered already (at-least-once; the idempotency key makes it harmless). A segment whose
//! records are all acked (or dead-lettered) is deleted. A dead letter is fsynced *before* its
//! ack is written, so a record is always in the outbox, in the dead-letter file, or both.

use std::collections::{BTreeMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::SinkError;

const MAGIC: &[u8; 4] = b"SWOB";
/// The dead-letter file of an outbox.
pub const DEAD_LETTERS: &str = "dead-letter.jsonl";
const HEADER: usize = 12;
const ACK_LEN: usize = 12;
/// A segment stops taking new batches past this size.
const SEGMENT_BYTES: u64 = 8 << 20;
/// Frames larger than this are garbage (a record body is a few KiB).
const MAX_FRAME: usize = 64 << 20;

/// One record as stored in the outbox.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Entry {
    /// Position in this outbox, increasing in enqueue order.
    pub seq: u64,
    /// The idempotency key ([`super::record_id`]).
    pub id: String,
    /// The record's `kind`.
    pub kind: String,
    /// Wall-clock time of the enqueue, unix milliseconds (for `max_age_secs`).
    pub enqueued_ms: i64,
    /// The exact bytes to POST (the envelope or the rendered template).
    pub body: String,
}

/// An entry not yet acknowledged: its metadata and where its frame lies. The body stays on disk
/// (read back for each attempt with [`Outbox::read_body`]), so a long receiver outage costs
/// disk, not memory: about 100 bytes of memory per waiting record.
#[derive(Clone, Debug)]
pub struct Pending {
    pub seq: u64,
    pub id: String,
    pub kind: String,
    pub enqueued_ms: i64,
    /// The segment holding the frame, and the frame's byte range in it.
    pub segment: u64,
    pub offset: u64,
    pub frame_len: u32,
}

impl Pending {
    fn new(e: Entry, segment: u64, offset: u64, frame_len: usize) -> Pending {
        Pending {
            seq: e.seq,
            id: e.id,
            kind: e.kind,
            enqueued_ms: e.enqueued_ms,
            segment,
            offset,
            frame_len: frame_len as u32,
        }
    }
}

/// What [`Outbox::requeue_dead_letters`] did.
#[derive(Debug, Default)]
pub struct Requeued {
    /// The records back in the outbox, to hand to delivery.
    pub pending: Vec<Pending>,
    /// Dead-letter lines that could not be read back (left in a file, never requeued).
    pub unparsable: usize,
    /// Where the requeued lines were kept, when any were.
    pub kept: Option<PathBuf>,
}

/// `dir/name`, or `dir/name.N` for the first N not taken (two requeues in one second).
fn unused_name(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    (1..)
        .map(|n| dir.join(format!("{name}.{n}")))
        .find(|p| !p.exists())
        .expect("some name is free")
}

/// Creates `path` with `data`, fsynced.
fn write_synced(path: &Path, data: &[u8]) -> Result<(), SinkError> {
    File::create(path)
        .and_then(|mut f| f.write_all(data).and_then(|()| f.sync_all()))
        .map_err(|e| SinkError::io("writing", path, e))
}

/// What recovery found.
#[derive(Debug, Default)]
pub struct Recovery {
    pub pending: Vec<Pending>,
    /// Torn frames, garbage regions and unknown files skipped.
    pub corrupt: u64,
}

struct LiveSegment {
    remaining: usize,
    ack: Option<File>,
    /// Read handle for bodies, opened on first use.
    reader: Option<File>,
}

struct Current {
    id: u64,
    file: File,
    len: u64,
}

/// A batch written but not yet forced to disk.
#[must_use = "entries are durable only after sync()"]
pub struct Unsynced {
    pending: Vec<Pending>,
    file: File,
    path: PathBuf,
}

impl Unsynced {
    /// `fdatasync`s the segment; after `Ok` the batch survives a crash or power loss.
    pub fn sync(self) -> Result<Vec<Pending>, SinkError> {
        self.file
            .sync_data()
            .map_err(|e| SinkError::io("syncing", &self.path, e))?;
        Ok(self.pending)
    }
}

/// The on-disk outbox. Not thread-safe by itself: the sink wraps it in a mutex.
pub struct Outbox {
    dir: PathBuf,
    _lock: File,
    current: Option<Current>,
    next_seq: u64,
    live: BTreeMap<u64, LiveSegment>,
    /// [`SEGMENT_BYTES`]; smaller in tests.
    segment_bytes: u64,
}

fn seg_path(dir: &Path, id: u64, ext: &str) -> PathBuf {
    dir.join(format!("seg-{id:020}.{ext}"))
}

fn parse_seg_name(name: &str) -> Option<(u64, &str)> {
    let rest = name.strip_prefix("seg-")?;
    let (num, ext) = rest.split_once('.')?;
    if num.len() != 20 || !num.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((num.parse().ok()?, ext))
}

fn frame(entry: &Entry, out: &mut Vec<u8>) {
    let payload = serde_json::to_vec(entry).expect("entries serialize");
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
}

/// Parses every valid frame of a segment. Returns the entries with their offsets and frame
/// lengths, and the number of corrupt regions (a run of bytes that is not a valid frame counts
/// once).
fn parse_frames(data: &[u8]) -> (Vec<(Entry, u64, usize)>, u64) {
    let mut out = Vec::new();
    let mut corrupt = 0;
    let mut in_garbage = false;
    let mut i = 0;
    while i < data.len() {
        if let Some((entry, len)) = try_frame(&data[i..]) {
            out.push((entry, i as u64, len));
            i += len;
            in_garbage = false;
            continue;
        }
        if !in_garbage {
            corrupt += 1;
            in_garbage = true;
        }
        // Resynchronise on the next magic.
        i += 1;
        match memchr::memmem::find(&data[i..], MAGIC) {
            Some(k) => i += k,
            None => break,
        }
    }
    (out, corrupt)
}

fn try_frame(data: &[u8]) -> Option<(Entry, usize)> {
    if data.len() < HEADER || &data[..4] != MAGIC {
        return None;
    }
    let len = u32::from_le_bytes(data[4..8].try_into().ok()?) as usize;
    let crc = u32::from_le_bytes(data[8..12].try_into().ok()?);
    if len > MAX_FRAME || data.len() < HEADER + len {
        return None;
    }
    let payload = &data[HEADER..HEADER + len];
    if crc32fast::hash(payload) != crc {
        return None;
    }
    let entry: Entry = serde_json::from_slice(payload).ok()?;
    Some((entry, HEADER + len))
}

fn parse_acks(data: &[u8]) -> HashSet<u64> {
    data.chunks_exact(ACK_LEN)
        .filter_map(|c| {
            let seq = &c[..8];
            let crc = u32::from_le_bytes(c[8..12].try_into().ok()?);
            (crc32fast::hash(seq) == crc).then(|| u64::from_le_bytes(seq.try_into().unwrap()))
        })
        .collect()
}

fn read_all(path: &Path) -> Result<Vec<u8>, SinkError> {
    let mut buf = Vec::new();
    File::open(path)
        .and_then(|mut f| f.read_to_end(&mut buf))
        .map_err(|e| SinkError::io("reading", path, e))?;
    Ok(buf)
}

fn sync_dir(dir: &Path) -> Result<(), SinkError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| SinkError::io("syncing directory", dir, e))
}

impl Outbox {
    /// Opens (creating if needed) the outbox in `dir`, takes its lock, and recovers every entry
    /// not acknowledged, in enqueue order.
    pub fn open(dir: &Path) -> Result<(Outbox, Recovery), SinkError> {
        fs::create_dir_all(dir).map_err(|e| SinkError::io("creating", dir, e))?;
        let lock_path = dir.join("LOCK");
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| SinkError::io("opening", &lock_path, e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                return Err(SinkError::Locked {
                    path: dir.to_path_buf(),
                });
            }
            Err(fs::TryLockError::Error(e)) => {
                return Err(SinkError::io("locking", &lock_path, e));
            }
        }

        let mut segments: BTreeMap<u64, bool> = BTreeMap::new(); // id -> has .log
        let mut corrupt = 0u64;
        let rd = fs::read_dir(dir).map_err(|e| SinkError::io("listing", dir, e))?;
        for ent in rd {
            let ent = ent.map_err(|e| SinkError::io("listing", dir, e))?;
            let name = ent.file_name();
            let name = name.to_string_lossy();
            match parse_seg_name(&name) {
                Some((id, "log")) => {
                    segments.insert(id, true);
                }
                Some((id, "ack")) => {
                    segments.entry(id).or_insert(false);
                }
                _ if name == "LOCK"
                    || name.starts_with("dead-letter.jsonl")
                    || name.starts_with("corrupt-") => {}
                _ => {
                    // Not ours (an editor's backup, a stray copy): leave it, but say so.
                    tracing::warn!(file = %ent.path().display(), "unknown file in the webhook outbox, ignored");
                    corrupt += 1;
                }
            }
        }

        let mut pending = Vec::new();
        let mut live = BTreeMap::new();
        let mut max_seq = 0u64;
        let mut max_seg = 0u64;
        for (&id, &has_log) in &segments {
            max_seg = max_seg.max(id);
            let log = seg_path(dir, id, "log");
            let ack = seg_path(dir, id, "ack");
            if !has_log {
                // An ack log whose segment is gone (deleted just before a crash).
                let _ = fs::remove_file(&ack);
                continue;
            }
            let (entries, bad) = parse_frames(&read_all(&log)?);
            if bad > 0 {
                tracing::warn!(segment = %log.display(), regions = bad, "torn or corrupt frames skipped in the webhook outbox");
            }
            corrupt += bad;
            let acked = if ack.exists() {
                parse_acks(&read_all(&ack)?)
            } else {
                HashSet::new()
            };
            let mut remaining = 0;
            for (e, offset, len) in entries {
                max_seq = max_seq.max(e.seq);
                if !acked.contains(&e.seq) {
                    remaining += 1;
                    pending.push(Pending::new(e, id, offset, len));
                }
            }
            let kept = dir.join(format!("corrupt-seg-{id:020}.log"));
            if remaining == 0 && bad > 0 {
                // Nothing deliverable left, but keep the bytes for a post-mortem.
                fs::rename(&log, &kept).map_err(|e| SinkError::io("renaming", &log, e))?;
                let _ = fs::remove_file(&ack);
            } else if remaining == 0 {
                fs::remove_file(&log).map_err(|e| SinkError::io("removing", &log, e))?;
                let _ = fs::remove_file(&ack);
            } else {
                if bad > 0 {
                    // Its good records are delivered from the segment, which goes once they
                    // are acknowledged: keep a copy of the damaged bytes for a post-mortem.
                    fs::copy(&log, &kept).map_err(|e| SinkError::io("copying", &log, e))?;
                    tracing::warn!(segment = %log.display(), copy = %kept.display(), "a copy of the damaged segment is kept");
                }
                live.insert(
                    id,
                    LiveSegment {
                        remaining,
                        ack: None,
                        reader: None,
                    },
                );
            }
        }
        pending.sort_by_key(|p| p.seq);
        let outbox = Outbox {
            dir: dir.to_path_buf(),
            _lock: lock,
            current: None,
            next_seq: max_seq.max(max_seg) + 1,
            live,
            segment_bytes: SEGMENT_BYTES,
        };
        Ok((outbox, Recovery { pending, corrupt }))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Appends a batch and fsyncs it once. When this returns `Ok`, every entry survives a crash.
    /// `items` are (id, kind, body); `now_ms` is the wall-clock enqueue time.
    pub fn append(
        &mut self,
        items: Vec<(String, &'static str, String)>,
        now_ms: i64,
    ) -> Result<Vec<Pending>, SinkError> {
        self.write(items, now_ms)?.sync()
    }

    /// Appends a batch without waiting for the disk: the caller releases the outbox (so acks
    /// and other batches proceed) and then calls [`Unsynced::sync`] before handing the entries
    /// to delivery. Batches are written in order under the caller's lock; each sync covers at
    /// least its own batch.
    pub fn write(
        &mut self,
        items: Vec<(String, &'static str, String)>,
        now_ms: i64,
    ) -> Result<Unsynced, SinkError> {
        if self
            .current
            .as_ref()
            .is_some_and(|c| c.len >= self.segment_bytes)
        {
            let old = self.current.take().expect("checked");
            self.maybe_delete(old.id);
        }
        if self.current.is_none() {
            let id = self.next_seq;
            let path = seg_path(&self.dir, id, "log");
            let file = OpenOptions::new()
                .create_new(true)
                .append(true)
                .open(&path)
                .map_err(|e| SinkError::io("creating", &path, e))?;
            // The new name must be durable before anything in it counts as written.
            sync_dir(&self.dir)?;
            self.live.insert(
                id,
                LiveSegment {
                    remaining: 0,
                    ack: None,
                    reader: None,
                },
            );
            self.current = Some(Current { id, file, len: 0 });
        }
        let first_seq = self.next_seq;
        let cur = self.current.as_mut().expect("just set");
        let mut buf = Vec::new();
        let mut out = Vec::with_capacity(items.len());
        for (id, kind, body) in items {
            let entry = Entry {
                seq: self.next_seq,
                id,
                kind: kind.to_string(),
                enqueued_ms: now_ms,
                body,
            };
            self.next_seq += 1;
            let start = buf.len();
            frame(&entry, &mut buf);
            out.push(Pending::new(
                entry,
                cur.id,
                cur.len + start as u64,
                buf.len() - start,
            ));
        }
        let path = seg_path(&self.dir, cur.id, "log");
        let file = match cur.file.write_all(&buf).and_then(|()| cur.file.try_clone()) {
            Ok(f) => f,
            Err(e) => {
                // A short write (a full disk): the offsets of the next batch must be where
                // its frames land, so the torn frame is cut off; if even that fails, the next
                // batch goes to a new segment (recovery skips the torn tail).
                self.next_seq = first_seq;
                if cur.file.set_len(cur.len).is_err() {
                    let id = cur.id;
                    self.current = None;
                    self.maybe_delete(id);
                }
                return Err(SinkError::io("writing", &path, e));
            }
        };
        cur.len += buf.len() as u64;
        self.live
            .get_mut(&cur.id)
            .expect("current is live")
            .remaining += out.len();
        Ok(Unsynced {
            pending: out,
            file,
            path,
        })
    }

    /// Marks an entry delivered (or dead-lettered). Not fsynced: see the module doc.
    pub fn ack(&mut self, p: &Pending) -> Result<(), SinkError> {
        let Some(seg) = self.live.get_mut(&p.segment) else {
            return Ok(());
        };
        if seg.ack.is_none() {
            let path = seg_path(&self.dir, p.segment, "ack");
            seg.ack = Some(
                OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&path)
                    .map_err(|e| SinkError::io("opening", &path, e))?,
            );
        }
        let mut rec = [0u8; ACK_LEN];
        rec[..8].copy_from_slice(&p.seq.to_le_bytes());
        let crc = crc32fast::hash(&rec[..8]);
        rec[8..].copy_from_slice(&crc.to_le_bytes());
        let file = seg.ack.as_mut().expect("opened");
        file.write_all(&rec)
            .map_err(|e| SinkError::io("writing", seg_path(&self.dir, p.segment, "ack"), e))?;
        seg.remaining = seg.remaining.saturating_sub(1);
        self.maybe_delete(p.segment);
        Ok(())
    }

    /// Deletes a segment with nothing left to deliver, unless batches still go to it.
    fn maybe_delete(&mut self, id: u64) {
        if self.current.as_ref().is_some_and(|c| c.id == id) {
            return;
        }
        if self.live.get(&id).is_some_and(|s| s.remaining == 0) {
            self.live.remove(&id);
            // Log first: if only the ack log went, recovery would re-deliver the segment.
            for ext in ["log", "ack"] {
                let path = seg_path(&self.dir, id, ext);
                if let Err(e) = fs::remove_file(&path)
                    && e.kind() != std::io::ErrorKind::NotFound
                {
                    tracing::warn!(file = %path.display(), error = %e, "could not remove a delivered outbox segment");
                }
            }
        }
    }

    /// Reads back the body of a pending entry, checking its frame's CRC.
    pub fn read_body(&mut self, p: &Pending) -> Result<String, SinkError> {
        use std::os::unix::fs::FileExt;
        let path = seg_path(&self.dir, p.segment, "log");
        let seg = self.live.get_mut(&p.segment).ok_or_else(|| {
            SinkError::io(
                "reading",
                &path,
                std::io::Error::new(std::io::ErrorKind::NotFound, "segment no longer live"),
            )
        })?;
        if seg.reader.is_none() {
            seg.reader = Some(File::open(&path).map_err(|e| SinkError::io("opening", &path, e))?);
        }
        let mut buf = vec![0u8; p.frame_len as usize];
        seg.reader
            .as_ref()
            .expect("opened")
            .read_exact_at(&mut buf, p.offset)
            .map_err(|e| SinkError::io("reading", &path, e))?;
        match try_frame(&buf) {
            Some((e, _)) if e.seq == p.seq => Ok(e.body),
            _ => Err(SinkError::io(
                "reading",
                &path,
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("frame of record {} no longer checks out", p.id),
                ),
            )),
        }
    }

    /// How many records `dead-letter.jsonl` holds (its non-empty lines; 0 without the file).
    ///
    /// # Errors
    /// The file exists but cannot be read.
    pub fn dead_letter_count(&self) -> Result<usize, SinkError> {
        let path = self.dir.join(DEAD_LETTERS);
        match fs::read_to_string(&path) {
            Ok(t) => Ok(t.lines().filter(|l| !l.trim().is_empty()).count()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(0),
            Err(e) => Err(SinkError::io("reading", &path, e)),
        }
    }

    /// Moves dead letters back into the outbox: all of them (`only` is `None`), or those whose
    /// `id` is `only`. The records are appended in one fsynced batch with their original
    /// idempotency keys; then what was requeued is kept in `dead-letter.jsonl.requeued-<unix
    /// seconds>` and `dead-letter.jsonl` keeps the rest (replaced atomically; removed when
    /// nothing is left). A crash between the two steps requeues the same records again
    /// later: duplicates, which the key makes harmless, never a loss. The body is
    /// re-serialized from the stored JSON (same content, keys in sorted order).
    ///
    /// # Errors
    /// The dead-letter file cannot be read or rewritten, or the outbox cannot be written.
    pub fn requeue_dead_letters(
        &mut self,
        only: Option<&str>,
        now_ms: i64,
    ) -> Result<Requeued, SinkError> {
        let path = self.dir.join(DEAD_LETTERS);
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Requeued::default()),
            Err(e) => return Err(SinkError::io("reading", &path, e)),
        };
        let mut items = Vec::new();
        let (mut taken, mut kept) = (String::new(), String::new());
        let mut unparsable = 0usize;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let parsed = serde_json::from_str::<serde_json::Value>(line).ok();
            let Some(v) = parsed
                .as_ref()
                .filter(|v| v["id"].is_string() && v["kind"].is_string() && !v["body"].is_null())
            else {
                // Kept for a person to read: with the requeued copy when everything goes, in
                // the dead-letter file when only some ids do.
                unparsable += 1;
                let to = if only.is_none() {
                    &mut taken
                } else {
                    &mut kept
                };
                to.push_str(line);
                to.push('\n');
                continue;
            };
            let id = v["id"].as_str().expect("checked");
            if only.is_some_and(|want| want != id) {
                kept.push_str(line);
                kept.push('\n');
                continue;
            }
            let kind: &'static str = match v["kind"].as_str().expect("checked") {
                "alert" => "alert",
                "campaign" => "campaign",
                "circuit_breaker" => "circuit_breaker",
                "shadow" => "shadow",
                "reload" => "reload",
                "verdict" => "verdict",
                _ => "unknown",
            };
            let body = match &v["body"] {
                serde_json::Value::String(raw) => raw.clone(),
                other => other.to_string(),
            };
            items.push((id.to_string(), kind, body));
            taken.push_str(line);
            taken.push('\n');
        }
        if items.is_empty() && only.is_some() {
            return Ok(Requeued {
                pending: Vec::new(),
                unparsable,
                kept: None,
            });
        }
        let pending = if items.is_empty() {
            Vec::new()
        } else {
            self.append(items, now_ms)?
        };
        let moved = unused_name(
            &self.dir,
            &format!("{DEAD_LETTERS}.requeued-{}", now_ms / 1000),
        );
        if kept.is_empty() {
            fs::rename(&path, &moved).map_err(|e| SinkError::io("renaming", &path, e))?;
        } else {
            write_synced(&moved, taken.as_bytes())?;
            let tmp = self.dir.join(format!("{DEAD_LETTERS}.tmp"));
            write_synced(&tmp, kept.as_bytes())?;
            fs::rename(&tmp, &path).map_err(|e| SinkError::io("renaming", &tmp, e))?;
        }
        sync_dir(&self.dir)?;
        Ok(Requeued {
            pending,
            unparsable,
            kept: Some(moved),
        })
    }

    /// Appends the entry to `dead-letter.jsonl` (fsynced), then acks it.
    pub fn dead_letter(&mut self, p: &Pending, line: &str) -> Result<(), SinkError> {
        let path = self.dir.join(DEAD_LETTERS);
        let mut f = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| SinkError::io("opening", &path, e))?;
        let mut buf = String::with_capacity(line.len() + 1);
        buf.push_str(line);
        buf.push('\n');
        f.write_all(buf.as_bytes())
            .and_then(|()| f.sync_data())
            .map_err(|e| SinkError::io("writing", &path, e))?;
        self.ack(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_resync_after_garbage() {
        let e = |seq| Entry {
            seq,
            id: format!("id{seq}"),
            kind: "alert".into(),
            enqueued_ms: 0,
            body: "{}".into(),
        };
        let mut buf = Vec::new();
        frame(&e(1), &mut buf);
        buf.extend_from_slice(b"SWOBgarbage\x00\x01");
        frame(&e(2), &mut buf);
        let mut torn = Vec::new();
        frame(&e(3), &mut torn);
        buf.extend_from_slice(&torn[..torn.len() - 3]);
        let (entries, bad) = parse_frames(&buf);
        assert_eq!(entries.iter().map(|e| e.0.seq).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(bad, 2);
    }

    #[test]
    fn append_ack_recover() {
        let dir = tempfile::tempdir().unwrap();
        let items = |n: usize| {
            (0..n)
                .map(|i| (format!("a{i}"), "alert", format!("{{\"n\":{i}}}")))
                .collect::<Vec<_>>()
        };
        let (mut ob, rec) = Outbox::open(dir.path()).unwrap();
        assert!(rec.pending.is_empty());
        let p = ob.append(items(3), 1).unwrap();
        ob.ack(&p[1]).unwrap();
        // A second open while the first holds the lock is refused.
        assert!(matches!(
            Outbox::open(dir.path()),
            Err(SinkError::Locked { .. })
        ));
        drop(ob);
        let (mut ob, rec) = Outbox::open(dir.path()).unwrap();
        let ids: Vec<_> = rec.pending.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["a0", "a2"]);
        assert_eq!(ob.read_body(&rec.pending[1]).unwrap(), "{\"n\":2}");
        for p in &rec.pending {
            ob.ack(p).unwrap();
        }
        let more = ob.append(items(2), 2).unwrap();
        assert!(more[0].seq > 3, "sequence numbers never repeat");
        assert_eq!(ob.read_body(&more[1]).unwrap(), "{\"n\":1}");
        ob.ack(&more[1]).unwrap();
        ob.ack(&more[0]).unwrap();
        drop(ob);
        let (_ob, rec) = Outbox::open(dir.path()).unwrap();
        assert!(rec.pending.is_empty());
        // Fully acked segments are gone.
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".log"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    fn segments(dir: &Path) -> Vec<String> {
        let mut v: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.starts_with("seg-"))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn segments_rotate_and_are_deleted_when_fully_acked() {
        let dir = tempfile::tempdir().unwrap();
        let (mut ob, _) = Outbox::open(dir.path()).unwrap();
        ob.segment_bytes = 200;
        let mut all = Vec::new();
        for b in 0..6 {
            let items = (0..3)
                .map(|i| (format!("b{b}i{i}"), "alert", "x".repeat(40)))
                .collect();
            all.extend(ob.append(items, 0).unwrap());
        }
        let segs: std::collections::BTreeSet<u64> = all.iter().map(|p| p.segment).collect();
        assert!(segs.len() >= 3, "{segs:?}");
        // Ack everything but the last record of the second segment.
        let second = *segs.iter().nth(1).unwrap();
        let keep = all.iter().rfind(|p| p.segment == second).unwrap().clone();
        for p in all.iter().filter(|p| p.seq != keep.seq) {
            ob.ack(p).unwrap();
        }
        // Only the second segment (not fully acked) and the current one remain.
        let current = *segs.iter().next_back().unwrap();
        assert_eq!(
            segments(dir.path()),
            [
                format!("seg-{second:020}.ack"),
                format!("seg-{second:020}.log"),
                format!("seg-{current:020}.ack"),
                format!("seg-{current:020}.log"),
            ]
        );
        assert_eq!(ob.read_body(&keep).unwrap(), "x".repeat(40));
        drop(ob);
        let (mut ob, rec) = Outbox::open(dir.path()).unwrap();
        assert_eq!(rec.pending.len(), 1);
        assert_eq!(rec.pending[0].id, keep.id);
        assert_eq!(ob.read_body(&rec.pending[0]).unwrap(), "x".repeat(40));
        ob.ack(&rec.pending[0]).unwrap();
        drop(ob);
        let (_ob, rec) = Outbox::open(dir.path()).unwrap();
        assert!(rec.pending.is_empty());
        assert!(segments(dir.path()).is_empty());
    }

    #[test]
    fn dead_letters_requeue_by_id_or_all_and_bad_lines_stay_readable() {
        let dir = tempfile::tempdir().unwrap();
        let (mut ob, _) = Outbox::open(dir.path()).unwrap();
        let line =
            |id: &str| format!("{{\"id\":\"{id}\",\"kind\":\"alert\",\"body\":{{\"n\":1}}}}");
        let text = format!("{}\n{}\nnot json\n{}\n", line("a1"), line("a2"), line("a1"));
        fs::write(dir.path().join(DEAD_LETTERS), &text).unwrap();
        assert_eq!(ob.dead_letter_count().unwrap(), 4);
        // An id that is not there: nothing changes.
        let r = ob.requeue_dead_letters(Some("zz"), 1_000).unwrap();
        assert!(r.pending.is_empty() && r.kept.is_none());
        assert_eq!(
            fs::read_to_string(dir.path().join(DEAD_LETTERS)).unwrap(),
            text
        );
        // By id: both a1 lines go back, a2 and the bad line stay.
        let r = ob.requeue_dead_letters(Some("a1"), 1_000).unwrap();
        assert_eq!(
            r.pending.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
            ["a1", "a1"]
        );
        assert_eq!(ob.read_body(&r.pending[0]).unwrap(), "{\"n\":1}");
        assert_eq!(r.unparsable, 1);
        let kept = r.kept.unwrap();
        assert_eq!(kept.file_name().unwrap(), "dead-letter.jsonl.requeued-1");
        assert_eq!(fs::read_to_string(&kept).unwrap().lines().count(), 2);
        assert_eq!(
            fs::read_to_string(dir.path().join(DEAD_LETTERS)).unwrap(),
            format!("{}\nnot json\n", line("a2"))
        );
        // All: a2 goes back, the file is moved aside (a second name in the same second).
        let r = ob.requeue_dead_letters(None, 1_000).unwrap();
        assert_eq!(r.pending.len(), 1);
        assert_eq!(
            r.kept.unwrap().file_name().unwrap(),
            "dead-letter.jsonl.requeued-1.1"
        );
        assert!(!dir.path().join(DEAD_LETTERS).exists());
        assert_eq!(ob.dead_letter_count().unwrap(), 0);
        drop(ob);
        let (_, rec) = Outbox::open(dir.path()).unwrap();
        assert_eq!(rec.pending.len(), 3, "requeued records survive a reopen");
    }
}
