//! The embedded state store: account histories, campaign windows and dedupe state on disk, so a
//! restart neither makes every account look new nor re-alerts.
//!
//! [redb](https://docs.rs/redb) (an embedded, crash-safe key-value store; no external service)
//! holds one file, `DATA_DIR/state.redb`, with two tables:
//! - `accounts`: account id → JSON of [`AccountHistory`] (a few hundred bytes each);
//! - `meta`: `detector` → JSON of [`DetectorMeta`] (campaign groups, brake budgets, alerted
//!   originals, post ids within the duplicate window), `cursor` → the resume position and
//!   `mastodon_status` → the newest Mastodon status id processed (where a Mastodon source
//!   backfills from after a restart).
//!
//! A checkpoint writes the accounts changed since the previous one, deletes the evicted ones,
//! and replaces the meta entry, all in one transaction: after a crash the store holds the last
//! complete checkpoint, and the cursor saved with it says where to resume, so the posts after
//! it are processed again and give the same alerts (same ids) rather than none.

use std::path::{Path, PathBuf};

use redb::{Database, ReadableDatabase, ReadableTable, TableDefinition};

use crate::detect::detector::{Detector, DetectorMeta};
use crate::detect::event::Timestamp;
use crate::detect::score::AccountHistory;

const ACCOUNTS: TableDefinition<&str, &[u8]> = TableDefinition::new("accounts");
const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");
const META_DETECTOR: &str = "detector";
const META_CURSOR: &str = "cursor";
const META_MASTODON: &str = "mastodon_status";

/// The store's file inside the data directory.
pub const STATE_FILE: &str = "state.redb";

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create data directory {path}: {source}")]
    Dir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("state store {path}: {source}")]
    Db {
        path: PathBuf,
        #[source]
        source: Box<redb::Error>,
    },
    #[error("state store {path}: corrupt entry {key:?}: {source}")]
    Corrupt {
        path: PathBuf,
        key: String,
        #[source]
        source: serde_json::Error,
    },
}

/// What a checkpoint wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Checkpoint {
    pub accounts_written: usize,
    pub accounts_evicted: usize,
}

/// The state loaded at startup.
#[derive(Debug, Default)]
pub struct Loaded {
    pub meta: Option<DetectorMeta>,
    pub accounts: Vec<(String, AccountHistory)>,
    /// Resume position of the source: microseconds of event time, as saved.
    pub cursor: Option<i64>,
    /// A Mastodon source's resume position: the newest status id processed, as saved.
    pub mastodon_status: Option<String>,
}

/// A store file found corrupt at startup and moved aside (`state.redb.corrupt-<unix secs>`).
#[derive(Debug, Clone)]
pub struct Quarantined {
    /// Where the corrupt file now is.
    pub moved_to: PathBuf,
    /// What was wrong with it.
    pub reason: String,
}

/// The store handle.
pub struct StateStore {
    db: Database,
    path: PathBuf,
}

impl StateStore {
    /// Opens (or creates) `dir/state.redb`.
    ///
    /// # Errors
    /// The directory or the database cannot be created or opened.
    pub fn open(dir: &Path) -> Result<StateStore, StoreError> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Dir {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = dir.join(STATE_FILE);
        let db = Database::create(&path).map_err(|e| db_err(&path, e))?;
        Ok(StateStore { db, path })
    }

    /// Opens `dir/state.redb` and reads everything saved; a file that turns out to be
    /// corrupt (truncated, not a redb file, a page or an entry that does not check out) is
    /// moved aside to `state.redb.corrupt-<unix seconds>` and a new, empty store takes its
    /// place, so the service starts: from no history, which costs detection quality for a
    /// while (accounts look new), rather than no detection at all. The caller tells the
    /// operator ([`Quarantined`]).
    ///
    /// Only corruption is quarantined: a store another process holds open, a permission
    /// problem or a full disk are errors, and the file stays where it is.
    ///
    /// # Errors
    /// The store cannot be opened for any reason other than corruption, or the fresh store
    /// cannot be created.
    pub fn open_or_quarantine(
        dir: &Path,
    ) -> Result<(StateStore, Loaded, Option<Quarantined>), StoreError> {
        match open_and_load(dir) {
            Ok((store, loaded)) => Ok((store, loaded, None)),
            Err(e) if e.is_corruption() => {
                let path = dir.join(STATE_FILE);
                let secs = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs());
                let moved_to = dir.join(format!("{STATE_FILE}.corrupt-{secs}"));
                let io = |source| StoreError::Dir {
                    path: path.clone(),
                    source,
                };
                std::fs::rename(&path, &moved_to).map_err(io)?;
                std::fs::File::open(dir)
                    .and_then(|d| d.sync_all())
                    .map_err(io)?;
                let (store, loaded) = open_and_load(dir)?;
                let q = Quarantined {
                    moved_to,
                    reason: e.to_string(),
                };
                Ok((store, loaded, Some(q)))
            }
            Err(e) => Err(e),
        }
    }

    /// The data directory the store lives in.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// Reads everything saved.
    ///
    /// # Errors
    /// A database error or an entry that does not parse.
    pub fn load(&self) -> Result<Loaded, StoreError> {
        let p = &self.path;
        let tx = self.db.begin_read().map_err(|e| db_err(p, e))?;
        let mut loaded = Loaded::default();
        match tx.open_table(META) {
            Ok(meta) => {
                if let Some(v) = meta.get(META_DETECTOR).map_err(|e| db_err(p, e))? {
                    loaded.meta = Some(parse(p, META_DETECTOR, v.value())?);
                }
                if let Some(v) = meta.get(META_CURSOR).map_err(|e| db_err(p, e))? {
                    loaded.cursor = Some(parse(p, META_CURSOR, v.value())?);
                }
                if let Some(v) = meta.get(META_MASTODON).map_err(|e| db_err(p, e))? {
                    loaded.mastodon_status = Some(parse(p, META_MASTODON, v.value())?);
                }
            }
            Err(redb::TableError::TableDoesNotExist(_)) => return Ok(loaded),
            Err(e) => return Err(db_err(p, e)),
        }
        match tx.open_table(ACCOUNTS) {
            Ok(t) => {
                for row in t.iter().map_err(|e| db_err(p, e))? {
                    let (k, v) = row.map_err(|e| db_err(p, e))?;
                    let id = k.value().to_string();
                    let h: AccountHistory = parse(p, &id, v.value())?;
                    loaded.accounts.push((id, h));
                }
            }
            Err(redb::TableError::TableDoesNotExist(_)) => {}
            Err(e) => return Err(db_err(p, e)),
        }
        Ok(loaded)
    }

    /// A Mastodon source's saved resume position (the newest status id processed), read alone.
    ///
    /// # Errors
    /// A database error or an entry that does not parse.
    pub fn mastodon_status(&self) -> Result<Option<String>, StoreError> {
        let p = &self.path;
        let tx = self.db.begin_read().map_err(|e| db_err(p, e))?;
        let meta = match tx.open_table(META) {
            Ok(m) => m,
            Err(redb::TableError::TableDoesNotExist(_)) => return Ok(None),
            Err(e) => return Err(db_err(p, e)),
        };
        match meta.get(META_MASTODON).map_err(|e| db_err(p, e))? {
            Some(v) => Ok(Some(parse(p, META_MASTODON, v.value())?)),
            None => Ok(None),
        }
    }

    /// Restores a detector from the store; returns the saved cursor.
    ///
    /// # Errors
    /// As [`StateStore::load`].
    pub fn restore_into(&self, detector: &mut Detector) -> Result<Option<i64>, StoreError> {
        let loaded = self.load()?;
        if let Some(meta) = loaded.meta {
            detector.restore(meta, loaded.accounts);
        }
        Ok(loaded.cursor)
    }

    /// Writes a checkpoint: dirty accounts, evictions (accounts not seen for `ttl_ms` of event
    /// time before the watermark, when given), the detector's meta state and the cursor.
    ///
    /// # Errors
    /// A database error; the previous checkpoint stays intact.
    pub fn checkpoint(
        &self,
        detector: &mut Detector,
        cursor: Option<i64>,
        ttl_ms: Option<i64>,
    ) -> Result<Checkpoint, StoreError> {
        self.write(&Snapshot::capture(detector, cursor, ttl_ms))
    }

    /// Writes a captured snapshot in one transaction. Runs on any thread, so the detector
    /// only pays for [`Snapshot::capture`].
    ///
    /// # Errors
    /// A database error; the previous checkpoint stays intact.
    pub fn write(&self, snap: &Snapshot) -> Result<Checkpoint, StoreError> {
        let p = &self.path;
        let tx = self.db.begin_write().map_err(|e| db_err(p, e))?;
        {
            let mut accounts = tx.open_table(ACCOUNTS).map_err(|e| db_err(p, e))?;
            // Evicted first: an account evicted and seen again since is dirty, and stays.
            for id in &snap.evicted {
                accounts.remove(id.as_str()).map_err(|e| db_err(p, e))?;
            }
            for (id, h) in &snap.dirty {
                let v = serde_json::to_vec(h).expect("account history serializes");
                accounts
                    .insert(id.as_str(), v.as_slice())
                    .map_err(|e| db_err(p, e))?;
            }
            let mut m = tx.open_table(META).map_err(|e| db_err(p, e))?;
            let v = serde_json::to_vec(&snap.meta).expect("detector meta serializes");
            m.insert(META_DETECTOR, v.as_slice())
                .map_err(|e| db_err(p, e))?;
            if let Some(c) = snap.cursor {
                let v = serde_json::to_vec(&c).expect("cursor serializes");
                m.insert(META_CURSOR, v.as_slice())
                    .map_err(|e| db_err(p, e))?;
            }
            if let Some(id) = &snap.mastodon_status {
                let v = serde_json::to_vec(id).expect("a status id serializes");
                m.insert(META_MASTODON, v.as_slice())
                    .map_err(|e| db_err(p, e))?;
            }
        }
        tx.commit().map_err(|e| db_err(p, e))?;
        Ok(Checkpoint {
            accounts_written: snap.dirty.len(),
            accounts_evicted: snap.evicted.len(),
        })
    }
}

/// The state to write at one instant: taken on the detector's thread (consistent with the
/// cursor), written by [`StateStore::write`] wherever is convenient. Snapshots must be written
/// in the order they were captured: each holds only what changed since the previous one.
#[derive(Debug)]
pub struct Snapshot {
    dirty: Vec<(String, AccountHistory)>,
    evicted: Vec<String>,
    meta: DetectorMeta,
    cursor: Option<i64>,
    mastodon_status: Option<String>,
}

impl Snapshot {
    /// Evicts expired accounts and copies what changed since the last capture (accounts the
    /// detector evicted for room included, when it tracks them).
    pub fn capture(detector: &mut Detector, cursor: Option<i64>, ttl_ms: Option<i64>) -> Snapshot {
        let mut evicted = detector.take_evicted_accounts();
        if let Some(ttl) = ttl_ms {
            evicted.extend(detector.evict_accounts(Timestamp(detector.watermark().0 - ttl)));
        }
        Snapshot {
            dirty: detector.take_dirty_accounts(),
            evicted,
            meta: detector.meta_snapshot(),
            cursor,
            mastodon_status: None,
        }
    }

    /// Folds a later snapshot into this one: what a checkpoint that failed and the next one
    /// would have written, in one. So snapshots that cannot be written (a full disk) take the
    /// memory of one, not one each.
    pub fn merge(&mut self, later: Snapshot) {
        let later_dirty: std::collections::HashSet<&str> =
            later.dirty.iter().map(|(id, _)| id.as_str()).collect();
        self.dirty
            .retain(|(id, _)| !later_dirty.contains(id.as_str()));
        let later_evicted: std::collections::HashSet<&str> =
            later.evicted.iter().map(String::as_str).collect();
        self.dirty
            .retain(|(id, _)| !later_evicted.contains(id.as_str()));
        self.dirty.extend(later.dirty);
        self.evicted.extend(later.evicted);
        self.evicted.sort_unstable();
        self.evicted.dedup();
        self.meta = later.meta;
        self.cursor = later.cursor.or(self.cursor);
        self.mastodon_status = later.mastodon_status.or(self.mastodon_status.take());
    }

    /// With a Mastodon source's resume position (the newest status id processed).
    pub fn with_mastodon_status(mut self, id: Option<String>) -> Snapshot {
        self.mastodon_status = id;
        self
    }
}

/// Opens and loads in one step; a panic inside redb (its debug builds panic on some corrupt
/// pages, where release builds return `Corrupted`) is corruption too.
fn open_and_load(dir: &Path) -> Result<(StateStore, Loaded), StoreError> {
    let path = dir.join(STATE_FILE);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let store = StateStore::open(dir)?;
        let loaded = store.load()?;
        Ok((store, loaded))
    }))
    .unwrap_or_else(|_| {
        Err(StoreError::Db {
            path,
            source: Box::new(redb::Error::Corrupted(
                "the store panicked while reading a page".into(),
            )),
        })
    })
}

impl StoreError {
    /// Whether a write failed on I/O (a full disk): redb then refuses every later transaction
    /// until the database is opened again.
    pub fn is_io(&self) -> bool {
        matches!(
            self,
            StoreError::Db { source, .. }
                if matches!(source.as_ref(), redb::Error::Io(_) | redb::Error::PreviousIo)
        )
    }

    /// Whether the error says the file is damaged (as opposed to unreachable or busy).
    pub fn is_corruption(&self) -> bool {
        match self {
            StoreError::Corrupt { .. } => true,
            StoreError::Dir { .. } => false,
            StoreError::Db { source, .. } => match source.as_ref() {
                redb::Error::Corrupted(_) => true,
                redb::Error::Io(e) => matches!(
                    e.kind(),
                    std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::InvalidData
                ),
                _ => false,
            },
        }
    }
}

fn db_err(path: &Path, e: impl Into<redb::Error>) -> StoreError {
    StoreError::Db {
        path: path.to_path_buf(),
        source: Box::new(e.into()),
    }
}

fn parse<T: serde::de::DeserializeOwned>(
    path: &Path,
    key: &str,
    bytes: &[u8],
) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|source| StoreError::Corrupt {
        path: path.to_path_buf(),
        key: key.to_string(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store with one checkpoint of the bundled sample's state; its bytes.
    fn a_store() -> Vec<u8> {
        let dir = tempfile::tempdir().unwrap();
        let s = StateStore::open(dir.path()).unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let rules = crate::detect::rules::compile_dir(&root.join("rules")).unwrap();
        let mut d = Detector::new(
            std::sync::Arc::new(rules),
            std::sync::Arc::new(crate::detect::model::Model::builtin()),
        );
        let text = std::fs::read(root.join("src/synth/july2020.jsonl")).unwrap();
        crate::tools::replay::run(
            text.as_slice(),
            &mut d,
            &mut std::io::sink(),
            &mut std::io::sink(),
            &Default::default(),
        )
        .unwrap();
        s.checkpoint(&mut d, Some(5), None).unwrap();
        drop(s);
        std::fs::read(dir.path().join(STATE_FILE)).unwrap()
    }

    #[test]
    fn snapshots_folded_into_one_write_what_they_write_one_by_one() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let rules = crate::detect::rules::compile_dir(&root.join("rules")).unwrap();
        let mut d = Detector::new(
            std::sync::Arc::new(rules),
            std::sync::Arc::new(crate::detect::model::Model::builtin()),
        );
        let text = std::fs::read_to_string(root.join("src/synth/july2020.jsonl")).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut snaps = Vec::new();
        for (i, part) in lines.chunks(lines.len() / 3 + 1).enumerate() {
            let joined = part.join("\n");
            crate::tools::replay::run(
                joined.as_bytes(),
                &mut d,
                &mut std::io::sink(),
                &mut std::io::sink(),
                &Default::default(),
            )
            .unwrap();
            // The last capture evicts every account but the most recent ones (a short TTL).
            let ttl = (i == 2).then_some(Timestamp::HOUR);
            snaps.push(Snapshot::capture(&mut d, Some(i as i64 + 1), ttl));
        }
        let (one, folded) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let a = StateStore::open(one.path()).unwrap();
        for s in &snaps {
            a.write(s).unwrap();
        }
        let mut it = snaps.into_iter();
        let mut merged = it.next().unwrap();
        for s in it {
            merged.merge(s);
        }
        let b = StateStore::open(folded.path()).unwrap();
        b.write(&merged).unwrap();
        let (la, lb) = (a.load().unwrap(), b.load().unwrap());
        assert!(!la.accounts.is_empty());
        assert_eq!(la.accounts.len(), lb.accounts.len());
        for ((ia, ha), (ib, hb)) in la.accounts.iter().zip(&lb.accounts) {
            assert_eq!(
                (ia, serde_json::to_string(ha).unwrap()),
                (ib, serde_json::to_string(hb).unwrap())
            );
        }
        assert_eq!(la.meta, lb.meta);
        assert_eq!((la.cursor, lb.cursor), (Some(3), Some(3)));
    }

    #[test]
    fn a_damaged_store_is_moved_aside_and_a_busy_one_is_not() {
        let good = a_store();
        let n = good.len();
        type Damage = fn(&mut Vec<u8>);
        let table: [(&str, Damage, bool); 6] = [
            ("intact", |_| {}, false),
            ("truncated to 100 bytes", |b| b.truncate(100), true),
            ("truncated to half", |b| b.truncate(b.len() / 2), true),
            ("one byte short", |b| b.truncate(b.len() - 1), true),
            ("header overwritten", |b| b[..64].fill(0xAA), true),
            // Every page after the first: the last page alone is not always in use (the
            // detector's maps iterate in a random order, so the file's layout varies from run
            // to run), and damage to a free page is rightly not noticed.
            (
                "every page after the first flipped",
                |b| b[4096..].iter_mut().for_each(|x| *x ^= 0xFF),
                true,
            ),
        ];
        for (what, damage, quarantined) in table {
            let dir = tempfile::tempdir().unwrap();
            let mut bytes = good.clone();
            damage(&mut bytes);
            std::fs::write(dir.path().join(STATE_FILE), &bytes).unwrap();
            let (store, loaded, q) = StateStore::open_or_quarantine(dir.path())
                .unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_eq!(q.is_some(), quarantined, "{what}: {q:?}");
            if let Some(q) = q {
                // The damaged bytes are kept as they were, for a post-mortem; the new store is
                // empty and works.
                assert_eq!(std::fs::read(&q.moved_to).unwrap(), bytes, "{what}");
                assert!(
                    loaded.accounts.is_empty() && loaded.cursor.is_none(),
                    "{what}"
                );
                let mut d = Detector::new(
                    std::sync::Arc::new(
                        crate::detect::rules::compile_dir(
                            &Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"),
                        )
                        .unwrap(),
                    ),
                    std::sync::Arc::new(crate::detect::model::Model::builtin()),
                );
                store.checkpoint(&mut d, Some(7), None).unwrap();
                assert_eq!(store.load().unwrap().cursor, Some(7), "{what}");
            } else {
                assert_eq!(loaded.cursor, Some(5));
                assert!(!loaded.accounts.is_empty());
                // A store this process already holds is busy, not damaged: an error, and
                // the file stays where it is.
                let e = StateStore::open_or_quarantine(dir.path()).err().unwrap();
                assert!(!e.is_corruption(), "{e}");
                assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
            }
            assert!(n > 8192);
        }
    }
}
