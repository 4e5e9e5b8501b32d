//! Wallet addresses: extract candidates from a post's original text, keep only valid ones.
//!
//! A giveaway scam only works if the victim can pay, so the scam post (or the page it links)
//! carries a wallet address. A string that *looks* like an address is weak evidence; a string
//! whose checksum verifies is strong evidence, because random text almost never passes a
//! 32-bit checksum. This module therefore never reports a candidate whose checksum fails.
//!
//! Extraction works on the ORIGINAL text, not the normalized one: base58 and EIP-55 checksums
//! are case-sensitive, and folding would destroy them.
//!
//! # Extraction
//!
//! A token is a maximal run of ASCII alphanumeric bytes (every byte that is not an ASCII letter
//! or digit, including every non-ASCII byte, is a boundary). So `bitcoin:1A1z…?amount=1`,
//! `(0xAbC…)`, `«bc1q…»`, `addr: r…!` all yield the bare address. The one exception is the
//! Cardano testnet prefix `addr_test1`, whose underscore is re-attached when a token starting
//! with `test1` directly follows `addr_`. A token must be 25..=130 bytes long before any decoding
//! is attempted; that prefilter makes an address-free 200-byte post cost a single byte scan.
//! An address glued to letters (`payto1A1z…`) is not found, on purpose: we cannot know where it
//! would start.
//!
//! # Validation per chain
//!
//! | Chain | Accepted forms | Check |
//! |-------|----------------|-------|
//! | BTC | base58 P2PKH `1…`/P2SH `3…`, bech32 v0 `bc1q…`, bech32m v1+ `bc1p…` | the `bitcoin` crate (`Address<NetworkUnchecked>`): base58check / BIP-173 / BIP-350, witness-program length rules. `tb1…`, `bcrt1…`, `m…`, `n…`, `2…` are [`Network::Testnet`]. |
//! | ETH | `0x` + 40 hex digits | mixed case must pass EIP-55 (keccak-256 of the lowercase hex); all-lower or all-upper is valid but `checksummed: false`. |
//! | DOGE | base58check version `0x1E` (`D…`) or `0x16` (`9…`/`A…`); testnet `0x71` | double-SHA-256 checksum, 21-byte payload. |
//! | LTC | base58check `0x30` (`L…`), `0x32` (`M…`); testnet `0x3A`; bech32 `ltc1…` (testnet `tltc1…`) witness v0/v1 | base58check; BIP-173/BIP-350 checksum and witness rules via the `bech32` crate. |
//! | XRP | base58check with the Ripple alphabet, version `0x00`, starts with `r` | double-SHA-256 checksum, 21-byte payload. |
//! | TRX | base58check version `0x41`, starts with `T` | double-SHA-256 checksum, 21-byte payload. |
//! | ADA | Shelley bech32 `addr1…` (testnet `addr_test1…`); Byron base58 (`Ae2…`, `DdzFF…`) | Shelley: bech32 checksum (without the 90-char limit, via [`CheckedHrpstring`]), header type and network id consistent with the HRP, payload length per address type. Byron: CBOR envelope `[tag24(bytes), crc32]` with the CRC32 of the payload verified, payload shaped `[28-byte root, attributes map, type]`; a protocol-magic attribute means testnet. |
//! | SOL | base58, 32..=44 chars, decoding to exactly 32 bytes | **none**: SOL addresses carry no checksum, so `checksummed: false`. |
//!
//! # Disambiguation
//!
//! Candidates are tried in this order and the first match wins:
//! ETH → BTC (bech32, then base58) → LTC bech32 → ADA Shelley → base58check by version byte
//! (DOGE, LTC, TRX) → XRP → ADA Byron → SOL.
//!
//! * Version `0x05` (`3…`) is P2SH for both BTC and legacy LTC; it is reported as BTC.
//! * Version `0xC4` (`2…`) is testnet P2SH for both BTC and DOGE; it is reported as BTC testnet.
//! * SOL is a last resort because any 43/44-character base58 string of the right magnitude
//!   decodes to 32 bytes. False-positive risk: a long random identifier (API key, URL slug)
//!   made only of base58 characters will be reported as SOL. Consumers should weigh
//!   `checksummed: false` accordingly.
//! * TRX testnets (Shasta, Nile) use the same version byte as mainnet, and XRP has no testnet
//!   address format, so both are always reported as [`Network::Mainnet`].

use std::ops::Range;

use bech32::Bech32;
use bech32::primitives::decode::{CheckedHrpstring, SegwitHrpstring};

/// A chain that giveaway scams ask to be paid on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Chain {
    /// Bitcoin.
    Btc,
    /// Ethereum (and every EVM chain sharing its address format).
    Eth,
    /// Dogecoin.
    Doge,
    /// Litecoin.
    Ltc,
    /// XRP Ledger.
    Xrp,
    /// Tron.
    Trx,
    /// Cardano.
    Ada,
    /// Solana (no checksum: see the module documentation).
    Sol,
}

impl Chain {
    /// Every chain, in declaration order.
    pub const ALL: [Chain; 8] = [
        Chain::Btc,
        Chain::Eth,
        Chain::Doge,
        Chain::Ltc,
        Chain::Xrp,
        Chain::Trx,
        Chain::Ada,
        Chain::Sol,
    ];

    /// The lowercase ticker, as used in rule files, alerts and the serde representation.
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

impl std::fmt::Display for Chain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The string given to [`Chain::from_str`](std::str::FromStr) names no supported chain.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown chain {0:?} (expected one of btc, eth, doge, ltc, xrp, trx, ada, sol)")]
pub struct UnknownChain(pub String);

impl std::str::FromStr for Chain {
    type Err = UnknownChain;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        chain_from_str(s).ok_or_else(|| UnknownChain(s.to_owned()))
    }
}

/// Inverse of [`Chain::as_str`], case-insensitive (`"BTC"` and `"btc"` both work) so that
/// labels from data sets and rule files can be read as written.
pub fn chain_from_str(s: &str) -> Option<Chain> {
    Chain::ALL
        .into_iter()
        .find(|c| c.as_str().eq_ignore_ascii_case(s))
}

/// Which network an address belongs to. Only mainnet addresses are payable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    /// The production network: sending there moves real money.
    Mainnet,
    /// Any test network (testnet, signet, regtest, …): worthless coins, never scored.
    Testnet,
}

/// A validated address found in a post's original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    /// The chain the address belongs to (see the module docs for ambiguous formats).
    pub chain: Chain,
    /// Mainnet or a test network.
    pub network: Network,
    /// The address exactly as written.
    pub text: String,
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// True when the format carries a checksum and it passed (false for SOL, and for ETH
    /// addresses written all-lower or all-upper case).
    pub checksummed: bool,
}

/// Why a candidate string is not an address. Returned by [`classify`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    /// Too short or too long for every supported format.
    #[error("length {0} is outside {MIN_LEN}..={MAX_LEN}, the range of every supported format")]
    Length(usize),
    /// Contains a character that no supported format uses.
    #[error("contains a character that no supported address format uses")]
    Charset,
    /// Has the shape of a checksummed format but the checksum does not verify.
    #[error("{0} checksum does not verify")]
    Checksum(&'static str),
    /// Well-formed encoding, but nothing a supported chain accepts (wrong version byte,
    /// wrong payload length, unknown prefix, …).
    #[error("matches no supported address format")]
    Unrecognized,
}

/// Validated facts about one address string.
pub type Validated = (Chain, Network, bool);

/// Shortest supported address: an XRP address with a minimal account id (25 chars).
pub const MIN_LEN: usize = 25;
/// Longest supported address: Byron addresses with a derivation path reach ~128 chars.
pub const MAX_LEN: usize = 130;

/// Validates one candidate string as a whole. `None` means "not an address".
pub fn validate(candidate: &str) -> Option<(Chain, Network, bool)> {
    classify(candidate).ok()
}

/// Like [`validate`], but says why a candidate was rejected (used by diagnostics and the
/// data-set test to tell checksum failures from mis-scraped garbage).
pub fn classify(candidate: &str) -> Result<Validated, AddressError> {
    let s = candidate;
    let b = s.as_bytes();
    if !(MIN_LEN..=MAX_LEN).contains(&b.len()) {
        return Err(AddressError::Length(b.len()));
    }
    // The only non-alphanumeric byte any supported format uses is the `_` of `addr_test1`.
    let ada_testnet = b.len() > 10 && b[..10].eq_ignore_ascii_case(b"addr_test1");
    let body = if ada_testnet { &b[10..] } else { b };
    if !body.iter().all(u8::is_ascii_alphanumeric) {
        return Err(AddressError::Charset);
    }

    if b.len() == 42 && b.starts_with(b"0x") {
        return eth(&b[2..]);
    }

    let mut err = AddressError::Unrecognized;
    let mut note = |e: AddressError| {
        if e != AddressError::Unrecognized {
            err = e;
        }
    };

    // Bech32 families, decided by their human-readable part (case-insensitive per BIP-173).
    let sep = b.iter().rposition(|&c| c == b'1');
    if let Some(sep) = sep {
        let hrp = &b[..sep];
        let is = |h: &[u8]| hrp.eq_ignore_ascii_case(h);
        if is(b"bc") || is(b"tb") || is(b"bcrt") {
            return btc(s).ok_or_else(|| segwit_error(s));
        }
        if is(b"ltc") || is(b"tltc") {
            return ltc_segwit(s);
        }
        if is(b"addr") || is(b"addr_test") {
            return ada_shelley(s);
        }
    }
    if ada_testnet {
        return Err(AddressError::Unrecognized);
    }

    // Everything below is base58 (XRP's alphabet has the same character set as Bitcoin's).
    if !b.iter().all(|&c| is_base58(c)) {
        return Err(AddressError::Charset);
    }
    if b.len() <= 35 {
        if matches!(b[0], b'1' | b'3' | b'm' | b'n' | b'2')
            && let Some(v) = btc(s)
        {
            return Ok(v);
        }
        match base58check_21(b, bs58::Alphabet::BITCOIN) {
            Ok(version) => {
                if let Some((chain, net)) = chain_for_version(version) {
                    return Ok((chain, net, true));
                }
            }
            Err(e) => note(e),
        }
        if b[0] == b'r' {
            match base58check_21(b, bs58::Alphabet::RIPPLE) {
                Ok(0x00) => return Ok((Chain::Xrp, Network::Mainnet, true)),
                Ok(_) => {}
                Err(e) => note(e),
            }
        }
    }
    if b.len() >= 50 {
        match ada_byron(b) {
            Ok(net) => return Ok((Chain::Ada, net, true)),
            Err(e) => note(e),
        }
    }
    if (32..=44).contains(&b.len()) && is_sol(b) {
        return Ok((Chain::Sol, Network::Mainnet, false));
    }
    Err(err)
}

/// Finds every valid address in `original`, in order.
///
/// Never panics; every returned `range` slices `original` to exactly `text`.
pub fn extract(original: &str) -> Vec<Address> {
    let b = original.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let end = i;
        let mut start_adj = start;
        if start >= 5
            && b[start..end].len() > 5
            && b[start..start + 5].eq_ignore_ascii_case(b"test1")
            && b[start - 5..start].eq_ignore_ascii_case(b"addr_")
            && (start == 5 || !b[start - 6].is_ascii_alphanumeric())
        {
            start_adj = start - 5;
        }
        if !(MIN_LEN..=MAX_LEN).contains(&(end - start_adj)) {
            continue;
        }
        // Both ends are ASCII bytes (or the string ends), so these are char boundaries.
        let Some(token) = original.get(start_adj..end) else {
            continue;
        };
        if let Some((chain, network, checksummed)) = validate(token) {
            out.push(Address {
                chain,
                network,
                text: token.to_owned(),
                range: start_adj..end,
                checksummed,
            });
        }
    }
    out
}

fn is_base58(c: u8) -> bool {
    c.is_ascii_alphanumeric() && !matches!(c, b'0' | b'O' | b'I' | b'l')
}

/// Bitcoin through the `bitcoin` crate: base58 P2PKH/P2SH, bech32 v0, bech32m v1+.
fn btc(s: &str) -> Option<Validated> {
    use bitcoin::address::NetworkUnchecked;
    let addr: bitcoin::Address<NetworkUnchecked> = s.parse().ok()?;
    let net = if addr.is_valid_for_network(bitcoin::Network::Bitcoin) {
        Network::Mainnet
    } else {
        Network::Testnet
    };
    Some((Chain::Btc, net, true))
}

/// EIP-55: the i-th hex letter is uppercase iff the i-th nibble of keccak-256(lowercase hex)
/// is >= 8. `hex` is the 40 bytes after `0x`.
fn eth(hex: &[u8]) -> Result<Validated, AddressError> {
    if !hex.iter().all(u8::is_ascii_hexdigit) {
        return Err(AddressError::Charset);
    }
    let has_upper = hex.iter().any(u8::is_ascii_uppercase);
    let has_lower = hex.iter().any(u8::is_ascii_lowercase);
    if !(has_upper && has_lower) {
        return Ok((Chain::Eth, Network::Mainnet, false));
    }
    let mut lower = [0u8; 40];
    for (d, s) in lower.iter_mut().zip(hex) {
        *d = s.to_ascii_lowercase();
    }
    let hash = keccak256(&lower);
    for (i, &c) in hex.iter().enumerate() {
        if c.is_ascii_alphabetic() {
            let nibble = (hash[i / 2] >> if i % 2 == 0 { 4 } else { 0 }) & 0x0f;
            if (nibble >= 8) != c.is_ascii_uppercase() {
                return Err(AddressError::Checksum("EIP-55"));
            }
        }
    }
    Ok((Chain::Eth, Network::Mainnet, true))
}

fn keccak256(data: &[u8]) -> [u8; 32] {
    use tiny_keccak::{Hasher, Keccak};
    let mut k = Keccak::v256();
    k.update(data);
    let mut out = [0u8; 32];
    k.finalize(&mut out);
    out
}

/// Why a segwit-looking string failed: checksum, or anything else (length, padding, version).
fn segwit_error(s: &str) -> AddressError {
    use bech32::primitives::decode::SegwitHrpstringError as E;
    match SegwitHrpstring::new(s) {
        Err(E::Checksum(_)) => AddressError::Checksum("bech32"),
        _ => AddressError::Unrecognized,
    }
}

/// Litecoin native segwit: BIP-173/350 rules with the `ltc` / `tltc` HRP, witness v0 or v1.
fn ltc_segwit(s: &str) -> Result<Validated, AddressError> {
    let seg = SegwitHrpstring::new(s).map_err(|_| segwit_error(s))?;
    if seg.witness_version().to_u8() > 1 {
        return Err(AddressError::Unrecognized);
    }
    let net = if seg.hrp().as_str().eq_ignore_ascii_case("ltc") {
        Network::Mainnet
    } else {
        Network::Testnet
    };
    Ok((Chain::Ltc, net, true))
}

/// Cardano Shelley: bech32 (not bech32m) with no 90-char limit; CIP-19 header checks.
fn ada_shelley(s: &str) -> Result<Validated, AddressError> {
    // `CheckedHrpstring` uses `Bech32::CODE_LENGTH` (1023), not the segwit 90-char limit.
    let checked = CheckedHrpstring::new::<Bech32>(s).map_err(|e| {
        use bech32::primitives::decode::CheckedHrpstringError as E;
        match e {
            E::Checksum(_) => AddressError::Checksum("bech32"),
            _ => AddressError::Unrecognized,
        }
    })?;
    checked
        .validate_segwit_padding()
        .map_err(|_| AddressError::Unrecognized)?;
    let mainnet = checked.hrp().as_str().eq_ignore_ascii_case("addr");
    // Largest Shelley address is a base address: 1 + 28 + 28 bytes; pointers are shorter.
    let mut buf = [0u8; 57];
    let mut len = 0;
    for byte in checked.byte_iter() {
        if len == buf.len() {
            return Err(AddressError::Unrecognized);
        }
        buf[len] = byte;
        len += 1;
    }
    let data = &buf[..len];
    let Some((&header, rest)) = data.split_first() else {
        return Err(AddressError::Unrecognized);
    };
    let (kind, net_id) = (header >> 4, header & 0x0f);
    let shape_ok = match kind {
        0..=3 => rest.len() == 56,
        4 | 5 => rest.len() > 28 && pointer_ok(&rest[28..]),
        6 | 7 => rest.len() == 28,
        _ => false, // 8 = Byron (never bech32), 14/15 = reward (`stake` HRP).
    };
    if !shape_ok || (net_id == 1) != mainnet {
        return Err(AddressError::Unrecognized);
    }
    let net = if mainnet {
        Network::Mainnet
    } else {
        Network::Testnet
    };
    Ok((Chain::Ada, net, true))
}

/// A CIP-19 pointer is exactly three variable-length naturals (7 bits per byte, MSB = more).
fn pointer_ok(mut p: &[u8]) -> bool {
    for _ in 0..3 {
        let Some(n) = p.iter().position(|&x| x & 0x80 == 0) else {
            return false;
        };
        if n >= 9 {
            return false;
        }
        p = &p[n + 1..];
    }
    p.is_empty()
}

/// Decodes a base58check string that must carry a 21-byte payload (version + 20-byte hash);
/// returns the version byte.
fn base58check_21(b: &[u8], alphabet: &bs58::Alphabet) -> Result<u8, AddressError> {
    let mut buf = [0u8; 25];
    match bs58::decode(b)
        .with_alphabet(alphabet)
        .with_check(None)
        .onto(&mut buf)
    {
        Ok(21) => Ok(buf[0]),
        Ok(_) => Err(AddressError::Unrecognized),
        Err(bs58::decode::Error::InvalidChecksum { .. }) => {
            Err(AddressError::Checksum("base58check"))
        }
        Err(_) => Err(AddressError::Unrecognized),
    }
}

/// Non-BTC base58check version bytes. BTC's own (0x00, 0x05, 0x6F, 0xC4) are handled by the
/// `bitcoin` crate first, which is how BTC wins the 0x05/0xC4 ambiguities with LTC/DOGE.
fn chain_for_version(v: u8) -> Option<(Chain, Network)> {
    Some(match v {
        0x1e | 0x16 => (Chain::Doge, Network::Mainnet),
        0x71 => (Chain::Doge, Network::Testnet),
        0x30 | 0x32 => (Chain::Ltc, Network::Mainnet),
        0x3a => (Chain::Ltc, Network::Testnet),
        0x41 => (Chain::Trx, Network::Mainnet),
        _ => return None,
    })
}

/// SOL: a base58 string that decodes to exactly 32 bytes (an ed25519 public key).
fn is_sol(b: &[u8]) -> bool {
    let mut buf = [0u8; 32];
    matches!(bs58::decode(b).onto(&mut buf), Ok(32))
}

/// Cardano Byron: base58 of the CBOR `[tag 24(bytes payload), uint crc32(payload)]`, where the
/// payload is `[bytes(28) root, {attributes}, uint type]`.
fn ada_byron(b: &[u8]) -> Result<Network, AddressError> {
    let mut buf = [0u8; 128];
    let n = bs58::decode(b)
        .onto(&mut buf)
        .map_err(|_| AddressError::Unrecognized)?;
    let bad = AddressError::Unrecognized;
    let mut r = Cbor(&buf[..n]);
    if r.head().ok_or(bad)? != (4, 2) || r.head().ok_or(bad)? != (6, 24) {
        return Err(bad);
    }
    let payload = r.bytes().ok_or(bad)?;
    let (major, crc) = r.head().ok_or(bad)?;
    if major != 0 || !r.0.is_empty() {
        return Err(bad);
    }
    if crc32fast::hash(payload) as u64 != crc {
        return Err(AddressError::Checksum("Byron CRC32"));
    }
    let mut p = Cbor(payload);
    if p.head().ok_or(bad)? != (4, 3) || p.bytes().ok_or(bad)?.len() != 28 {
        return Err(bad);
    }
    let (major, entries) = p.head().ok_or(bad)?;
    if major != 5 {
        return Err(bad);
    }
    let mut network = Network::Mainnet;
    for _ in 0..entries {
        let (kmajor, key) = p.head().ok_or(bad)?;
        if kmajor != 0 {
            return Err(bad);
        }
        p.bytes().ok_or(bad)?;
        // Key 2 is the protocol magic, present only off mainnet.
        if key == 2 {
            network = Network::Testnet;
        }
    }
    let (major, kind) = p.head().ok_or(bad)?;
    if major != 0 || kind > 2 || !p.0.is_empty() {
        return Err(bad);
    }
    Ok(network)
}

/// Just enough of a CBOR reader for Byron addresses: definite-length heads and byte strings.
struct Cbor<'a>(&'a [u8]);

impl<'a> Cbor<'a> {
    /// Reads one item head; returns (major type, argument).
    fn head(&mut self) -> Option<(u8, u64)> {
        let (&first, rest) = self.0.split_first()?;
        let (major, info) = (first >> 5, first & 0x1f);
        let width = match info {
            0..=23 => 0,
            24 => 1,
            25 => 2,
            26 => 4,
            27 => 8,
            _ => return None, // indefinite lengths and reserved values
        };
        if rest.len() < width {
            return None;
        }
        let arg = if width == 0 {
            u64::from(info)
        } else {
            rest[..width]
                .iter()
                .fold(0u64, |acc, &x| (acc << 8) | u64::from(x))
        };
        self.0 = &rest[width..];
        Some((major, arg))
    }

    /// Reads one definite-length byte string.
    fn bytes(&mut self) -> Option<&'a [u8]> {
        let (major, len) = self.head()?;
        let len = usize::try_from(len).ok()?;
        if major != 2 || self.0.len() < len {
            return None;
        }
        let (out, rest) = self.0.split_at(len);
        self.0 = rest;
        Some(out)
    }
}
