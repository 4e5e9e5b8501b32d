//! Wallet addresses: extract candidates from the original text, keep only valid ones.
//!
//! STUB: the final API, being replaced by the real extraction and validation.

use std::ops::Range;

/// A chain that giveaway scams ask to be paid on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Chain {
    Btc,
    Eth,
    Doge,
    Ltc,
    Xrp,
    Trx,
    Ada,
    Sol,
}

impl Chain {
    pub fn as_str(self) -> &'static str {
        match self {
            Chain::Btc => "btc",
            Chain::Eth => "eth",
            Chain::Doge => "doge",
            Chain::Ltc => "ltc",
            Chain::Xrp => "xrp",
            Chain::Trx => "trx",
            Chain::Ada => "ada",
            Chain::Sol => "sol",
        }
    }
}

/// Which network an address belongs to. Only mainnet addresses are payable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    Mainnet,
    Testnet,
}

/// A validated address found in a post's original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub chain: Chain,
    pub network: Network,
    /// The address exactly as written.
    pub text: String,
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// True when the format carries a checksum and it passed (false for SOL, and for ETH
    /// addresses written all-lower or all-upper case).
    pub checksummed: bool,
}

/// Validates one candidate string as a whole. `None` means "not an address".
pub fn validate(candidate: &str) -> Option<(Chain, Network, bool)> {
    let _ = candidate;
    None
}

/// Finds every valid address in `original`, in order.
pub fn extract(original: &str) -> Vec<Address> {
    let _ = original;
    Vec::new()
}
