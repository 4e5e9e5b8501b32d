//! Payable addresses: valid mainnet addresses of several chains made from seeded random bytes.

use tiny_keccak::{Hasher, Keccak};

/// The chains scam accounts ask to be paid on: (ticker, address kind).
pub(super) const COINS: &[(&str, Chain)] = &[
    ("BTC", Chain::BtcBech32),
    ("BTC", Chain::BtcLegacy),
    ("ETH", Chain::Eth),
    ("DOGE", Chain::Doge),
    ("LTC", Chain::Ltc),
    ("XRP", Chain::Xrp),
    ("TRX", Chain::Trx),
    ("USDT", Chain::Trx),
    ("SOL", Chain::Sol),
];

#[derive(Clone, Copy, Debug)]
pub(super) enum Chain {
    BtcBech32,
    BtcLegacy,
    Eth,
    Doge,
    Ltc,
    Xrp,
    Trx,
    Sol,
}

/// A valid (checksummed where the chain has a checksum) mainnet address made from seeded
/// random bytes, so every scam account gets its own payable address.
pub(super) fn make_address(rng: &mut fastrand::Rng, chain: Chain) -> String {
    let mut h = [0u8; 20];
    rng.fill(&mut h);
    let b58check = |version: u8, alphabet: &'static bs58::Alphabet| {
        bs58::encode(h)
            .with_alphabet(alphabet)
            .with_check_version(version)
            .into_string()
    };
    match chain {
        Chain::BtcBech32 => bech32::segwit::encode_v0(bech32::hrp::BC, &h)
            .expect("a 20-byte witness program is valid"),
        Chain::BtcLegacy => b58check(0x00, bs58::Alphabet::BITCOIN),
        Chain::Doge => b58check(0x1E, bs58::Alphabet::BITCOIN),
        Chain::Ltc => b58check(0x30, bs58::Alphabet::BITCOIN),
        Chain::Trx => b58check(0x41, bs58::Alphabet::BITCOIN),
        Chain::Xrp => b58check(0x00, bs58::Alphabet::RIPPLE),
        Chain::Eth => eip55(&h),
        Chain::Sol => {
            let mut k = [0u8; 32];
            rng.fill(&mut k);
            // Keep the magnitude of a real key so the base58 form has 43-44 characters.
            k[0] |= 0x10;
            bs58::encode(k).into_string()
        }
    }
}

/// `0x` + the EIP-55 mixed-case checksum form of a 20-byte address.
fn eip55(addr: &[u8; 20]) -> String {
    let hex: String = addr.iter().map(|b| format!("{b:02x}")).collect();
    let mut hash = [0u8; 32];
    let mut k = Keccak::v256();
    k.update(hex.as_bytes());
    k.finalize(&mut hash);
    let mut out = String::with_capacity(42);
    out.push_str("0x");
    for (i, c) in hex.chars().enumerate() {
        let nibble = (hash[i / 2] >> if i % 2 == 0 { 4 } else { 0 }) & 0xF;
        if c.is_ascii_alphabetic() && nibble >= 8 {
            out.push(c.to_ascii_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::wallet::{Network, validate};

    #[test]
    fn generated_addresses_are_valid_mainnet_addresses() {
        let mut rng = fastrand::Rng::with_seed(1);
        for &(coin, chain) in COINS {
            for _ in 0..50 {
                let a = make_address(&mut rng, chain);
                let (_, network, _) =
                    validate(&a).unwrap_or_else(|| panic!("{coin} address {a} must validate"));
                assert_eq!(network, Network::Mainnet, "{a}");
            }
        }
    }
}
