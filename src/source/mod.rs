//! Sources of input: decoders for the supported formats, the readers that feed them (lines,
//! the upstream websocket client, the `/ingest` endpoint), and the step that queues decoded
//! inputs for a consumer. Nothing here knows the service: the queue item, the counters and the
//! shared cursor are handed in.

pub mod decode;
pub mod forward;
pub mod hydrate;
pub mod ingest;
pub mod lines;
pub mod websocket;
