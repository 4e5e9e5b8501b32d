//! The Redis key schema (docs/cluster.md#shared-state-in-redis), in one place.

use crate::detect::campaign::KeyType;

/// Builds every key under one prefix.
#[derive(Clone, Debug)]
pub(crate) struct Keys {
    prefix: String,
}

impl Keys {
    pub fn new(prefix: &str) -> Self {
        Keys {
            prefix: prefix.to_string(),
        }
    }

    /// A campaign group: `P:cmp:<type>:<key>`.
    pub fn campaign(&self, t: KeyType, key: &str) -> String {
        format!("{}:cmp:{}:{key}", self.prefix, t.as_str())
    }

    /// A budget's admitted times, `P:brake:<lock|takedown>`, and its state hash.
    pub fn brake(&self, budget: &str) -> (String, String) {
        let k = format!("{}:brake:{budget}", self.prefix);
        let state = format!("{k}:state");
        (k, state)
    }

    pub fn alerted(&self, original: &str) -> String {
        format!("{}:alerted:{original}", self.prefix)
    }

    /// `key` is `post:ID` or `account:ID`.
    pub fn actioned(&self, key: &str) -> String {
        format!("{}:actioned:{key}", self.prefix)
    }

    /// The answers one post got from the shared state.
    pub fn memo(&self, tweet: &str) -> String {
        format!("{}:memo:{tweet}", self.prefix)
    }

    /// A processed post id: `P:seen:<post id>` → the event time (ms) it was decided at
    /// (docs/cluster.md#processed-post-ids).
    pub fn seen(&self, post: &str) -> String {
        format!("{}:seen:{post}", self.prefix)
    }

    pub fn account(&self, id: &str) -> String {
        format!("{}:acct:{id}", self.prefix)
    }

    pub fn committed(&self, p: u32) -> String {
        format!("{}:part:{p}:committed", self.prefix)
    }

    pub fn done(&self, p: u32) -> String {
        format!("{}:part:{p}:done", self.prefix)
    }

    pub fn partition_lease(&self, p: u32) -> String {
        format!("{}:lease:part:{p}", self.prefix)
    }

    /// The ingest leader's lease, and its cursor (input lines published and acknowledged).
    pub fn ingest(&self, name: &str) -> (String, String) {
        (
            format!("{}:lease:ingest:{name}", self.prefix),
            format!("{}:ingest:{name}:cursor", self.prefix),
        )
    }

    /// The ingest leader's upstream resume position (a hash: `cursor_us`, the event time in
    /// unix microseconds of what it published; `mastodon_status`, the newest status id).
    pub fn ingest_resume(&self, name: &str) -> String {
        format!("{}:ingest:{name}:resume", self.prefix)
    }

    pub fn workers(&self) -> String {
        format!("{}:workers", self.prefix)
    }
}
