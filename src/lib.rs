//! scamwatch: a real-time detector of crypto-giveaway scams.
//!
//! # Layout
//!
//! ```text
//! source ─Input─▶ normalize ─Text─▶ match (rules + wallets) ─Findings─▶ score ─▶ decide ─Alert─▶ sinks
//!                                     ▲ compiled rule set
//! ```
//!
//! - [`event`]: the plain data types every stage shares.
//! - [`source`]: decoders for the input formats, and readers.
//! - [`normalize`]: Unicode and obfuscation folding, with a map back to the original text.
//! - [`rules`]: rule-file schema, the one compile path, the scanner.
//! - [`wallet`]: wallet-address extraction and validation.

pub mod event;
pub mod normalize;
pub mod rules;
pub mod source;
pub mod wallet;
