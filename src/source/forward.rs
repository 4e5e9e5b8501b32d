//! From websocket frames to a consumer's bounded queue: the step the upstream client
//! ([`super::websocket`]) and the ingest endpoint ([`super::ingest`]) share.
//!
//! The queue item is the consumer's (`M:` [`FromInput`]), so the sources know nothing of what
//! else travels through it. Sending waits for room: a full queue stops the sources from
//! reading their sockets (TCP backpressure) instead of dropping posts or growing memory.

use std::time::Instant;

use prometheus::{IntCounter, IntCounterVec, IntGauge, IntGaugeVec};
use tokio::sync::mpsc;

use crate::detect::event::Input;
use crate::source::decode::{DecodeError, decode_line};

/// A queue item made of one decoded input, the time its message arrived, and the line it was
/// decoded from. Every `From<(Input, Instant)>` type is one (it drops the line); the cluster
/// ingest keeps the line, to publish it as received (docs/cluster.md).
pub trait FromInput: Sized {
    fn from_input(input: Input, received: Instant, line: &[u8]) -> Self;
}

impl<M: From<(Input, Instant)>> FromInput for M {
    fn from_input(input: Input, received: Instant, _line: &[u8]) -> Self {
        M::from((input, received))
    }
}

/// The counters the sources bump. The consumer builds them from its own registry (prometheus
/// handles are cheap clones of the registered metric), so the metric names stay its own.
#[derive(Clone, Debug)]
pub struct SourceMetrics {
    /// Messages received (decoded or not).
    pub messages_received: IntCounter,
    /// Messages skipped, labelled by reason ([`DecodeError::reason`], or `protocol`).
    pub skipped: IntCounterVec,
    /// Well-formed messages that carry no post or account event, labelled by reason
    /// ([`DecodeError::Ignored`]: `deleted`, `other_collection`, `other_event`, ...).
    pub ignored: IntCounterVec,
    /// Depth of bounded queues, labelled by queue; the sources set `queue_name`'s.
    pub queue_depth: IntGaugeVec,
    /// The label of the queue the sources feed.
    pub queue_name: &'static str,
    /// Reconnection attempts of the upstream client.
    pub reconnects: IntCounter,
    /// 1 while the upstream client is connected.
    pub connected: IntGauge,
    /// Statuses read from a REST timeline to fill the gap after a reconnect (Mastodon).
    pub backfilled: IntCounter,
    /// Seconds spent waiting for room in the queue (backpressure on the upstream).
    pub queue_wait: prometheus::Counter,
}

/// Decodes frames and queues their inputs, as `M`s.
pub struct Forwarder<M> {
    queue: mpsc::Sender<M>,
    metrics: SourceMetrics,
    max_frame_bytes: usize,
}

impl<M> Clone for Forwarder<M> {
    fn clone(&self) -> Self {
        Forwarder {
            queue: self.queue.clone(),
            metrics: self.metrics.clone(),
            max_frame_bytes: self.max_frame_bytes,
        }
    }
}

impl<M: FromInput> Forwarder<M> {
    /// Frames larger than `max_frame_bytes` are skipped and counted (`too_large`).
    pub fn new(queue: mpsc::Sender<M>, metrics: SourceMetrics, max_frame_bytes: usize) -> Self {
        Forwarder {
            queue,
            metrics,
            max_frame_bytes,
        }
    }

    pub fn metrics(&self) -> &SourceMetrics {
        &self.metrics
    }

    /// The largest frame read at all: frames up to it are read and skipped (counted) when over
    /// the limit; past it the websocket library refuses them and the connection is closed, so
    /// a huge frame costs the connection, not memory.
    pub fn hard_ceiling(&self) -> usize {
        self.max_frame_bytes.saturating_mul(4).max(16 << 20)
    }

    /// Decodes one websocket frame and queues its inputs (waiting for room: backpressure).
    /// Returns false when the consumer is gone.
    pub async fn forward(&self, data: &[u8], received: Instant) -> bool {
        let m = &self.metrics;
        if data.len() > self.max_frame_bytes {
            m.messages_received.inc();
            let e = DecodeError::TooLarge {
                len: data.len(),
                limit: self.max_frame_bytes,
            };
            m.skipped.with_label_values(&[e.reason()]).inc();
            tracing::warn!(error = %e, "frame skipped");
            return true;
        }
        // One message per line, as `decode_frame` reads a frame.
        for line in data.split(|&b| b == b'\n') {
            let item = match decode_line(line) {
                Ok(None) => continue,
                Ok(Some(input)) => Ok(input),
                Err(e) => Err(e),
            };
            m.messages_received.inc();
            match item {
                Ok(input) => match self.queue.try_send(M::from_input(input, received, line)) {
                    Ok(()) => {}
                    Err(mpsc::error::TrySendError::Closed(_)) => return false,
                    Err(mpsc::error::TrySendError::Full(msg)) => {
                        // The queue is full: wait for room, and count the wait (the upstream
                        // is slowed down meanwhile).
                        let waiting = Instant::now();
                        let sent = self.queue.send(msg).await;
                        m.queue_wait.inc_by(waiting.elapsed().as_secs_f64());
                        if sent.is_err() {
                            return false;
                        }
                    }
                },
                Err(e) if e.is_ignored() => {
                    m.ignored.with_label_values(&[e.reason()]).inc();
                    tracing::trace!(reason = e.reason(), "message ignored");
                }
                Err(e) => {
                    m.skipped.with_label_values(&[e.reason()]).inc();
                    tracing::debug!(error = %e, "message skipped");
                }
            }
        }
        m.queue_depth
            .with_label_values(&[m.queue_name])
            .set((self.queue.max_capacity() - self.queue.capacity()) as i64);
        true
    }

    /// Counts a message lost to a websocket protocol error.
    pub fn protocol_error(&self) {
        self.metrics.skipped.with_label_values(&["protocol"]).inc();
    }
}
