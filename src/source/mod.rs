//! Sources of input: decoders for the supported formats and readers that feed them.

pub mod decode;
pub mod lines;
