//! The console's record log: `DATA_DIR/console/records.jsonl`, append-only, one line per record
//! the console shows (`alert`, `campaign`, `circuit_breaker`, `reload`, `verdict`), each with a
//! record id that only
//! grows: `{"id":N,"record":{…}}`.
//!
//! Why a log of its own: the queue must survive a page reload and a restart, the SSE stream
//! must resume after `Last-Event-ID`, and neither the JSONL sink (optional, rotated, without
//! ids) nor the webhook outboxes (drained) can promise that. The detector thread appends each
//! batch in one write and one `fdatasync`, like the other durable sinks, before the records go
//! live. At startup the newest `history` lines are loaded into memory; older ones stay on disk.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use tokio::sync::broadcast;

use crate::detect::record::Record;

/// The log inside the data directory.
pub const RECORDS_FILE: &str = "console/records.jsonl";

/// One record the console shows: its id and its JSON (the alert-stream envelope).
#[derive(Clone, Debug)]
pub struct Entry {
    pub id: u64,
    pub record: Arc<str>,
}

/// The log on disk and its newest entries in memory.
pub struct History {
    path: PathBuf,
    keep: usize,
    /// The writer's side (the detector thread): the file and the next id. Held through the
    /// write and the fsync, which readers never wait for.
    writer: Mutex<Writer>,
    /// The readers' side: the newest entries, locked only to copy or push.
    recent: Mutex<VecDeque<Entry>>,
    live: broadcast::Sender<Entry>,
}

struct Writer {
    file: File,
    next_id: u64,
}

/// True for the kinds the console shows.
fn shown(r: &Record) -> bool {
    matches!(
        r,
        Record::Alert(_)
            | Record::Campaign(_)
            | Record::CircuitBreaker(_)
            | Record::Reload(_)
            | Record::Verdict(_)
    )
}

impl History {
    /// Opens (or creates) the log under `data_dir` and loads its newest `keep` entries. A line
    /// that does not parse (a write torn by a crash, never published) is skipped.
    ///
    /// # Errors
    /// The directory or the file cannot be created or read.
    pub fn open(data_dir: &Path, keep: usize, live_buffer: usize) -> io::Result<History> {
        let path = data_dir.join(RECORDS_FILE);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut recent = VecDeque::with_capacity(keep.min(65_536));
        let mut next_id = 1;
        let mut torn = false;
        if let Ok(f) = File::open(&path) {
            for line in BufReader::new(f).lines() {
                let line = line?;
                let Some(e) = parse_line(&line) else {
                    torn = !line.is_empty();
                    continue;
                };
                torn = false;
                next_id = next_id.max(e.id + 1);
                if recent.len() == keep {
                    recent.pop_front();
                }
                recent.push_back(e);
            }
        }
        let mut file = OpenOptions::new().create(true).append(true).open(&path)?;
        if torn {
            // Start the next entry on a line of its own.
            file.write_all(b"\n")?;
        }
        let (live, _) = broadcast::channel(live_buffer.max(1));
        Ok(History {
            path,
            keep,
            writer: Mutex::new(Writer { file, next_id }),
            recent: Mutex::new(recent),
            live,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends the records the console shows (one write, one `sync_data`), keeps them in
    /// memory and sends them to the console's live streams. Called by the detector thread.
    ///
    /// # Errors
    /// The write or the sync failed (the entries are still shown live).
    pub fn append(&self, records: &[Record]) -> io::Result<()> {
        let lines: Vec<Arc<str>> = records.iter().map(|r| Arc::from(r.to_json())).collect();
        self.append_json(records, &lines)
    }

    /// [`History::append`] with each record's JSON already made (`lines[i]` is
    /// `records[i].to_json()`): the detector thread serializes a record once for the log and
    /// the live streams.
    ///
    /// # Errors
    /// The write or the sync failed (the entries are still shown live).
    pub fn append_json(&self, records: &[Record], lines: &[Arc<str>]) -> io::Result<()> {
        debug_assert_eq!(records.len(), lines.len());
        let mut w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let mut buf = String::new();
        let mut added = Vec::new();
        for (_, json) in records.iter().zip(lines).filter(|(r, _)| shown(r)) {
            let id = w.next_id;
            w.next_id += 1;
            buf.push_str("{\"id\":");
            buf.push_str(&id.to_string());
            buf.push_str(",\"record\":");
            buf.push_str(json);
            buf.push_str("}\n");
            added.push(Entry {
                id,
                record: Arc::clone(json),
            });
        }
        if added.is_empty() {
            return Ok(());
        }
        let written = w
            .file
            .write_all(buf.as_bytes())
            .and_then(|()| w.file.sync_data());
        // Still under the writer's lock, so entries reach memory and the stream in id order.
        let mut recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        for e in added {
            if recent.len() == self.keep {
                recent.pop_front();
            }
            recent.push_back(e.clone());
            let _ = self.live.send(e);
        }
        written
    }

    /// A receiver of entries appended from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Entry> {
        self.live.subscribe()
    }

    /// Up to `limit` entries with an id below `before` (all, without it), newest first.
    pub fn page(&self, before: Option<u64>, limit: usize) -> Vec<Entry> {
        let recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        recent
            .iter()
            .rev()
            .filter(|e| before.is_none_or(|b| e.id < b))
            .take(limit)
            .cloned()
            .collect()
    }

    /// Entries with an id above `after`, oldest first (what a resuming stream missed).
    pub fn after(&self, after: u64) -> Vec<Entry> {
        let recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        let start = recent.partition_point(|e| e.id <= after);
        recent.iter().skip(start).cloned().collect()
    }

    /// The newest record in memory of one campaign (it grows: the latest has every member).
    pub fn campaign(&self, campaign_id: &str) -> Option<Entry> {
        let needle = format!("\"campaign_id\":{}", serde_json::Value::from(campaign_id));
        let recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        recent
            .iter()
            .rev()
            .find(|e| e.record.starts_with("{\"kind\":\"campaign\"") && e.record.contains(&needle))
            .cloned()
    }

    /// The newest alert in memory of each of these posts, by post id.
    pub fn alerts_of_posts(&self, post_ids: &HashSet<&str>) -> HashMap<String, Entry> {
        let mut out = HashMap::new();
        if post_ids.is_empty() {
            return out;
        }
        let recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        for e in recent.iter().rev() {
            if !e.record.starts_with("{\"kind\":\"alert\"") {
                continue;
            }
            if let Some(id) = first_string_field(&e.record, "tweet_id")
                && post_ids.contains(id)
                && !out.contains_key(id)
            {
                out.insert(id.to_string(), e.clone());
                if out.len() == post_ids.len() {
                    break;
                }
            }
        }
        out
    }

    /// The alerts in memory that name this campaign (posts after its latest record: a member
    /// posting again does not grow it), oldest first.
    pub fn alerts_in_campaign(&self, campaign_id: &str) -> Vec<Entry> {
        let needle = format!("\"campaign_id\":{}", serde_json::Value::from(campaign_id));
        let recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        recent
            .iter()
            .filter(|e| e.record.starts_with("{\"kind\":\"alert\"") && e.record.contains(&needle))
            .cloned()
            .collect()
    }

    /// The alerts in memory of one account, newest first.
    pub fn of_account(&self, account_id: &str, limit: usize) -> Vec<Entry> {
        let needle = format!("\"account_id\":{}", serde_json::Value::from(account_id));
        let recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        recent
            .iter()
            .rev()
            .filter(|e| e.record.starts_with("{\"kind\":\"alert\"") && e.record.contains(&needle))
            .take(limit)
            .cloned()
            .collect()
    }
}

/// The value of the first `"name":"…"` in a record's JSON, when it has no escapes (ids never
/// do; a value with one is not found rather than misread). The record's own fields come
/// before any text, so the first occurrence is the record's.
fn first_string_field<'a>(json: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("\"{name}\":\"");
    let start = json.find(&key)? + key.len();
    let len = json[start..].find('"')?;
    let v = &json[start..start + len];
    (!v.contains('\\')).then_some(v)
}

/// One line of the log, or `None` for a line that is not an entry.
fn parse_line(line: &str) -> Option<Entry> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let id = v.get("id")?.as_u64()?;
    let record = v.get("record")?;
    record.is_object().then(|| Entry {
        id,
        record: Arc::from(record.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::event::Timestamp;
    use crate::detect::load::{ReloadStatus, ReloadTrigger};
    use crate::detect::record::{ReloadRecord, ShadowRecord};

    fn reload(n: usize) -> Record {
        Record::Reload(ReloadRecord {
            status: ReloadStatus::Applied,
            trigger: ReloadTrigger::Startup,
            rules_fingerprint: "00".into(),
            rules: n,
            text_model: None,
            text_model_mode: None,
            errors: Vec::new(),
            at: "2026-11-27T10:00:00Z".into(),
        })
    }

    fn shadow() -> Record {
        Record::Shadow(ShadowRecord {
            tweet_id: "t".into(),
            account_id: "a".into(),
            event_time: Timestamp(0),
            action: "none",
            would_action: "review",
            would_score: 1.0,
            rules: Vec::new(),
            model: None,
            model_probability: None,
        })
    }

    #[test]
    fn ids_grow_across_reopens_and_only_the_newest_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let h = History::open(dir.path(), 3, 16).unwrap();
        h.append(&[reload(1), shadow(), reload(2)]).unwrap();
        h.append(&[reload(3), reload(4)]).unwrap();
        let ids: Vec<u64> = h.page(None, 10).iter().map(|e| e.id).collect();
        assert_eq!(
            ids,
            vec![4, 3, 2],
            "shadow records are not kept, newest 3 in memory"
        );
        drop(h);
        // A torn last line, as after a crash mid-write.
        let path = dir.path().join(RECORDS_FILE);
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(b"{\"id\":5,\"rec").unwrap();
        drop(f);
        let h = History::open(dir.path(), 3, 16).unwrap();
        h.append(&[reload(5)]).unwrap();
        let page: Vec<u64> = h.page(None, 2).iter().map(|e| e.id).collect();
        assert_eq!(page, vec![5, 4]);
        let older: Vec<u64> = h.page(Some(4), 10).iter().map(|e| e.id).collect();
        assert_eq!(older, vec![3]);
        let after: Vec<u64> = h.after(3).iter().map(|e| e.id).collect();
        assert_eq!(after, vec![4, 5]);
        assert!(h.page(None, 1)[0].record.contains("\"rules\":5"));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.lines()
                .last()
                .unwrap()
                .starts_with("{\"id\":5,\"record\":{")
        );
    }
}
