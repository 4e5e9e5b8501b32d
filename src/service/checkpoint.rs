//! Checkpoints of the detector's state: captured on the detector's thread (cheap: copies of
//! what changed), serialized and committed by a writer thread, so a slow disk never stalls
//! decisions.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use prometheus::IntCounterVec;

use crate::detect::detector::Detector;
use crate::detect::event::Timestamp;
use crate::service::config::StateConfig;
use crate::service::state::{Snapshot, StateStore};
use crate::source::websocket::UpstreamState;

/// The detector thread's side of checkpointing: when to capture, and where snapshots go.
pub(crate) struct Checkpointer {
    snapshots: std::sync::mpsc::Sender<Snapshot>,
    writer: std::thread::JoinHandle<()>,
    every: Duration,
    last: Instant,
    ttl_ms: i64,
}

impl Checkpointer {
    /// Starts the writer thread on `store`; `checkpoints` counts its results (`ok`, `failed`).
    pub fn start(store: StateStore, cfg: &StateConfig, checkpoints: IntCounterVec) -> Self {
        let (snapshots, to_write) = std::sync::mpsc::channel::<Snapshot>();
        let writer = std::thread::Builder::new()
            .name("state-writer".into())
            .spawn(move || store_writer(store, to_write, checkpoints))
            .expect("spawn the state writer thread");
        Checkpointer {
            snapshots,
            writer,
            every: Duration::from_secs(cfg.checkpoint_secs),
            last: Instant::now(),
            ttl_ms: (cfg.account_ttl_days * Timestamp::DAY as f64) as i64,
        }
    }

    /// Captures a snapshot when the checkpoint interval has passed.
    pub fn maybe(&mut self, d: &mut Detector, upstream: &UpstreamState) {
        if self.last.elapsed() >= self.every {
            self.capture(d, upstream);
            self.last = Instant::now();
        }
    }

    /// Captures the last snapshot and waits until the writer has written everything.
    pub fn finish(self, d: &mut Detector, upstream: &UpstreamState) {
        self.capture(d, upstream);
        drop(self.snapshots);
        let _ = self.writer.join();
    }

    /// Captures a snapshot on the detector's thread (cheap: copies of what changed) for the
    /// writer, with the upstream's resume positions (both advanced by this thread, so they
    /// agree with the state captured).
    fn capture(&self, d: &mut Detector, upstream: &UpstreamState) {
        let c = upstream.cursor.load(Ordering::Relaxed);
        let snap = Snapshot::capture(d, (c > 0).then_some(c), Some(self.ttl_ms))
            .with_mastodon_status(upstream.mastodon_status());
        let _ = self.snapshots.send(snap);
    }
}

/// The store writer: serializes and commits snapshots off the detector's thread, in capture
/// order. A snapshot that fails to write is kept, and the later ones fold into it (each holds
/// only what changed since the previous capture, so none may be skipped).
fn store_writer(
    store: StateStore,
    rx: std::sync::mpsc::Receiver<Snapshot>,
    checkpoints: IntCounterVec,
) {
    let dir = store.dir().to_path_buf();
    let mut store = Some(store);
    // At most one snapshot waits: the ones that come while it is written, or after it failed
    // to be (a full disk), fold into it, so a slow or failing disk costs the memory of one
    // snapshot, not one per interval.
    let mut pending: Option<Snapshot> = None;
    let mut closed = false;
    while !closed || pending.is_some() {
        let first = if pending.is_some() {
            // Something failed to be written: wait for the next snapshot (or the end), then
            // try again.
            rx.recv().ok()
        } else {
            match rx.recv() {
                Ok(s) => Some(s),
                Err(_) => break,
            }
        };
        match first {
            Some(s) => fold(&mut pending, s),
            None => closed = true,
        }
        while let Ok(s) = rx.try_recv() {
            fold(&mut pending, s);
        }
        if let Some(snap) = &pending {
            // redb refuses every transaction after a failed write (PreviousIo) until the
            // database is opened again: a store closed after a failure is opened again here
            // (repairing it if it must), once there is room to.
            if store.is_none() {
                match StateStore::open(&dir) {
                    Ok(s) => {
                        tracing::warn!(dir = %dir.display(), "state store opened again after a failed write");
                        store = Some(s);
                    }
                    Err(e) => {
                        checkpoints.with_label_values(&["failed"]).inc();
                        tracing::error!(error = %e, "state store cannot be opened again yet; the checkpoint is kept for the next attempt");
                    }
                }
            }
            if let Some(st) = &store {
                match st.write(snap) {
                    Ok(cp) => {
                        checkpoints.with_label_values(&["ok"]).inc();
                        tracing::debug!(
                            written = cp.accounts_written,
                            evicted = cp.accounts_evicted,
                            "checkpoint"
                        );
                        pending = None;
                    }
                    Err(e) => {
                        checkpoints.with_label_values(&["failed"]).inc();
                        tracing::error!(error = %e, "checkpoint failed; kept for the next attempt, the previous one stays intact");
                        if e.is_io() {
                            store = None;
                        }
                    }
                }
            }
        }
        if closed && pending.is_some() {
            tracing::error!("state not saved at shutdown");
            break;
        }
    }
}

/// `later` folded into what waits to be written.
fn fold(pending: &mut Option<Snapshot>, later: Snapshot) {
    match pending {
        Some(p) => p.merge(later),
        None => *pending = Some(later),
    }
}
