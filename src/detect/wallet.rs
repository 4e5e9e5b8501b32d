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
//! So payment URIs (`bitcoin:…?amount=`, `BITCOIN:BC1Q…` from QR codes, `ethereum:pay-0x…@1`,
//! `solana:`, `web+cardano:`, …) and block-explorer links (`…/address/…`, `…/#/account/…`)
//! need no per-scheme or per-site code: the address is a token of its own and is validated
//! like any other, and a `/tx/` hash or a commit id fails validation. One URL-specific step:
//! a token preceded by `%` drops the two hex digits of the percent-escape it starts with
//! (`chl=bitcoin%3A1A1z…`, `address%2F0x…`) when the whole token does not validate.
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
//! [`classify`] gives the reason a candidate was rejected ([`AddressError`]); [`validate`] is
//! the same check returning an `Option`. Details, the disambiguation rationale and the figures
//! measured on 2,267 real scam addresses are in `docs/wallets.md`.
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

/// Finds every valid address in `original`, in order of position.
///
/// Never panics; every returned `range` slices `original` to exactly `text`.
pub fn extract(original: &str) -> Vec<Address> {
    let b = original.as_bytes();
    let mut out = Vec::new();
    for (start, end) in long_tokens(b) {
        let mut start_adj = start;
        if start >= 5
            && b[start..end].len() > 5
            && b[start..start + 5].eq_ignore_ascii_case(b"test1")
            && b[start - 5..start].eq_ignore_ascii_case(b"addr_")
            && (start == 5 || !is_token_byte(b[start - 6]))
        {
            start_adj = start - 5;
        }
        if let Some(a) = bare(original, start_adj..end) {
            out.push(a);
        } else if start_adj == start
            && start > 0
            && b[start - 1] == b'%'
            && end - start > 2
            && b[start].is_ascii_hexdigit()
            && b[start + 1].is_ascii_hexdigit()
        {
            // A percent-escaped delimiter glues its two hex digits to the address:
            // `?chl=bitcoin%3A1A1z…`, `address%2F0x…`, `%201A1z…`. Retry without them.
            if let Some(a) = bare(original, start + 2..end) {
                out.push(a);
            }
        }
    }
    out
}

/// Validates `original[range]` as one whole candidate.
fn bare(original: &str, range: Range<usize>) -> Option<Address> {
    if range.len() > MAX_LEN {
        return None;
    }
    // Both ends are ASCII bytes (or the string ends), so these are char boundaries.
    let token = original.get(range.clone())?;
    let (chain, network, checksummed) = validate(token)?;
    Some(Address {
        chain,
        network,
        text: token.to_owned(),
        range,
        checksummed,
    })
}

/// ASCII letters and digits: the bytes a token is made of.
const TOKEN_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

fn is_token_byte(c: u8) -> bool {
    TOKEN_BYTE[usize::from(c)]
}

/// Yields `(start, end)` of every maximal token-byte run at least [`MIN_LEN`] long.
///
/// Skip-ahead scan (the Boyer–Moore idea applied to run length): looking at the byte
/// `MIN_LEN - 1` past the current position, a boundary there proves no long-enough token
/// starts before it, so `MIN_LEN` bytes are skipped at once. Prose, made of short words, is
/// crossed touching only a few bytes per word; every byte is looked at no more than ~twice.
fn long_tokens(b: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Invariant: `i == 0` or `b[i - 1]` is a boundary, so a run containing `i` starts at `i`.
    let mut i = 0;
    std::iter::from_fn(move || {
        while i + MIN_LEN <= b.len() {
            let j = i + MIN_LEN - 1;
            if !is_token_byte(b[j]) {
                i = j + 1;
                continue;
            }
            let mut s = j;
            while s > i && is_token_byte(b[s - 1]) {
                s -= 1;
            }
            if s > i {
                // The run containing `j` starts at `s`, after a boundary: re-check from there.
                i = s;
                continue;
            }
            let mut e = j + 1;
            while e < b.len() && is_token_byte(b[e]) {
                e += 1;
            }
            i = e;
            return Some((s, e));
        }
        None
    })
}

fn is_base58(c: u8) -> bool {
    is_token_byte(c) && !matches!(c, b'0' | b'O' | b'I' | b'l')
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use Chain::*;
    use Network::{Mainnet as Main, Testnet as Test};

    /// (address, chain, network, checksummed). Sources: BTC genesis / wiki P2SH example,
    /// BIP-173 and BIP-350 vectors, the July 2020 Twitter-hack address, the EIP-55 examples,
    /// CIP-19 test vectors (ADA), the XRP genesis account and ACCOUNT_ZERO, the Tron USDT
    /// contract, Solana program ids. DOGE/LTC/TRX/BTC-testnet base58 rows marked "genesis"
    /// re-encode the genesis hash160 62e907b1…ebb88f18 under that chain's version byte, and the
    /// ltc1 rows encode it (or bytes 0..32) as witness programs.
    const VALID: &[(&str, Chain, Network, bool)] = &[
        ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Btc, Main, true),
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", Btc, Main, true),
        (
            "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
            Btc,
            Main,
            true,
        ),
        (
            "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
            Btc,
            Main,
            true,
        ),
        (
            "bc1qwqdg6squsna38e46795at95yu9atm8azzmyvckulcc7kytlcckxswvvzej",
            Btc,
            Main,
            true,
        ),
        (
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
            Btc,
            Main,
            true,
        ),
        (
            "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr",
            Btc,
            Main,
            true,
        ),
        (
            "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
            Btc,
            Test,
            true,
        ),
        (
            "bcrt1q2nfxmhd4n3c8834pj72xagvyr9gl57n5r94fsl",
            Btc,
            Test,
            true,
        ),
        ("mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn", Btc, Test, true),
        ("2N2GDNJ4rEm6NxfMC9ck8VuRdheQzXWaNZv", Btc, Test, true), // genesis, 0xC4
        (
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            Eth,
            Main,
            true,
        ),
        (
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            Eth,
            Main,
            true,
        ),
        (
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            Eth,
            Main,
            true,
        ),
        (
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
            Eth,
            Main,
            true,
        ),
        (
            "0x52908400098527886E0F7030069857D2E4169EE7",
            Eth,
            Main,
            false,
        ),
        (
            "0xde709f2102306220921060314715629080e2fb77",
            Eth,
            Main,
            false,
        ),
        ("DEA5vGb2NpAwCiCp5yTE16F3DueQUVivQp", Doge, Main, true), // genesis, 0x1E
        ("A1TG3QCihNTvfF67tcng864kBsarnaPyFm", Doge, Main, true), // genesis, 0x16
        ("ndD9eHKwJndf5gn17o6gFVqLTn2hXk9FFJ", Doge, Test, true), // genesis, 0x71
        ("LUEweDxDA4WhvWiNXXSxjM9CYzHPJv4QQF", Ltc, Main, true),  // genesis, 0x30
        ("MGv9cSYnaRSTZNzYaN7bhbgmozoGkKBvCn", Ltc, Main, true),  // genesis, 0x32
        ("QVcyVJw6Fs9U6r7Emin9abs4r2rpPhBE1A", Ltc, Test, true),  // genesis, 0x3A
        (
            "ltc1qvt5s0v2uhuna2sjnn84ldu8m2r4m3rcc3n0rm5",
            Ltc,
            Main,
            true,
        ),
        (
            "tltc1qvt5s0v2uhuna2sjnn84ldu8m2r4m3rccxpv2g7",
            Ltc,
            Test,
            true,
        ),
        (
            "ltc1pqqqsyqcyq5rqwzqfpg9scrgwpugpzysnzs23v9ccrydpk8qarc0sts9tf8",
            Ltc,
            Main,
            true,
        ),
        ("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", Xrp, Main, true),
        ("rrrrrrrrrrrrrrrrrrrrrhoLvTp", Xrp, Main, true),
        ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", Trx, Main, true),
        ("TJzCP527E8Pbpt5qwf7NyUmaFZfRQhiAJx", Trx, Main, true), // genesis, 0x41
        (
            "addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x",
            Ada,
            Main,
            true,
        ),
        (
            "addr_test1qz2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgs68faae",
            Ada,
            Test,
            true,
        ),
        (
            "addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8",
            Ada,
            Main,
            true,
        ),
        (
            "addr1gx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer5pnz75xxcrzqf96k",
            Ada,
            Main,
            true,
        ),
        (
            "Ae2tdPwUPEZFRbyhz3cpfC2CumGzNkFBN2L42rcUc2yjQpEkxDbkPodpMAi",
            Ada,
            Main,
            true,
        ),
        (
            "DdzFFzCqrhsw3prhfMFDNFowbzUku3QmrMwarfjUbWXRisodn97R436SHc1rimp4MhPNmbdYb1aTdqtGSJixMVMi5MkArDQJ6Sc1n3Ez",
            Ada,
            Main,
            true,
        ),
        (
            "37btjrVyb4KEB2STADSsj3MYSAdj52X5FrFWpw2r7Wmj2GDzXjFRsHWuZqrw7zSkwopv8Ci3VWeg6bisU9dgJxW5hb2MZYeduNKbQJrqz3zVBsu9nT",
            Ada,
            Test,
            true,
        ),
        (
            "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA",
            Sol,
            Main,
            false,
        ),
        (
            "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
            Sol,
            Main,
            false,
        ),
        ("11111111111111111111111111111111", Sol, Main, false),
    ];

    #[test]
    fn valid_addresses_validate() {
        for &(addr, chain, net, ck) in VALID {
            assert_eq!(validate(addr), Some((chain, net, ck)), "{addr}");
        }
    }

    /// Changes one character to a different one of the same class, keeping the string in the
    /// address's alphabet (so only the checksum can catch it).
    fn flip(addr: &str, at: usize) -> String {
        let mut b = addr.as_bytes().to_vec();
        b[at] = match b[at] {
            b'q' => b'p',
            b'Q' => b'P',
            b'9' => b'8',
            b'z' => b'y',
            b'Z' => b'Y',
            c if c.is_ascii_digit() => c + 1,
            c if c.is_ascii_lowercase() && c != b'k' => c + 1,
            c if c.is_ascii_uppercase() && c != b'H' => c + 1,
            c => c - 1,
        };
        String::from_utf8(b).expect("ASCII")
    }

    /// Every checksummed vector with its last character changed must fail (SOL and
    /// unchecksummed ETH cannot detect this, by design).
    #[test]
    fn one_character_flip_breaks_every_checksummed_vector() {
        for &(addr, chain, _, ck) in VALID {
            if !ck {
                continue;
            }
            let bad = flip(addr, addr.len() - 1);
            assert_ne!(bad, addr);
            let got = validate(&bad);
            // A flipped base58check string could in theory fall through to SOL; none of ours do.
            assert!(
                got.is_none(),
                "{addr} -> {bad} validated as {got:?} (was {chain})"
            );
        }
    }

    #[test]
    fn invalid_candidates_are_rejected() {
        let cases: &[(&str, AddressError)] = &[
            (
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",
                AddressError::Checksum("base58check"),
            ),
            (
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
                AddressError::Checksum("EIP-55"),
            ),
            (
                "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                AddressError::Checksum("EIP-55"),
            ),
            // BIP-350: bech32 checksum on a v1 program (must be bech32m).
            (
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
                AddressError::Checksum("bech32"),
            ),
            // Mixed case is forbidden by BIP-173.
            (
                "bc1Qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
                AddressError::Unrecognized,
            ),
            // Witness v2 is valid bech32m but not a Litecoin address we accept.
            (
                "ltc1zqqqsyqcyq5rqwzqfpg9scrgwpugpzysnzs23v9ccrydpk8qarc0srduy8v",
                AddressError::Unrecognized,
            ),
            (
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
                AddressError::Charset,
            ),
            (
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg",
                AddressError::Charset,
            ),
            ("1A1zP1eP5QGefi2DMPTfTL5SLmv7Di0fNa", AddressError::Charset),
            ("1A1zP1eP5QGefi2DMPTfTL5SLmv7Di fNa", AddressError::Charset),
            ("1A1zP1eP5QGefi2DMPTf", AddressError::Length(20)),
            ("", AddressError::Length(0)),
            // 31 zero bytes: one short of a SOL key.
            (
                "1111111111111111111111111111111",
                AddressError::Unrecognized,
            ),
            // Other chains' bech32 (Terra) is not ours; its `0`/`l` rule out base58 too.
            (
                "terra1hk6x2wasyrlzcjk3h6emenh20m2rad2y3wjvnw",
                AddressError::Charset,
            ),
            // Truncated Shelley address.
            (
                "addr1q95f7ax3ze8rgfhdhaakgk6nxcetk38ya8k04y",
                AddressError::Checksum("bech32"),
            ),
        ];
        for (addr, err) in cases {
            assert_eq!(classify(addr), Err(*err), "{addr}");
            assert_eq!(validate(addr), None, "{addr}");
        }
    }

    #[test]
    fn ambiguous_prefixes_resolve_as_documented() {
        // 0x05 is P2SH on BTC and legacy LTC: BTC wins.
        assert_eq!(
            validate("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy").map(|v| v.0),
            Some(Btc)
        );
        // 0xC4 is testnet P2SH on BTC and DOGE: BTC wins.
        assert_eq!(
            validate("2N2GDNJ4rEm6NxfMC9ck8VuRdheQzXWaNZv"),
            Some((Btc, Test, true))
        );
        // A 'T…' SOL key is not taken for TRX (length and checksum differ).
        assert_eq!(
            validate("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA").map(|v| v.0),
            Some(Sol)
        );
    }

    #[test]
    fn chain_names_round_trip() {
        for c in Chain::ALL {
            assert_eq!(chain_from_str(c.as_str()), Some(c));
            assert_eq!(c.as_str().to_uppercase().parse::<Chain>(), Ok(c));
            assert_eq!(c.to_string(), c.as_str());
        }
        assert_eq!(chain_from_str("bitcoin"), None);
        assert_eq!("xmr".parse::<Chain>(), Err(UnknownChain("xmr".to_owned())));
    }

    /// (text, expected (address, chain) in order). Ranges are checked against the text.
    #[test]
    fn extract_finds_addresses_in_context() {
        let cases: &[(&str, &[(&str, Chain)])] = &[
            ("no addresses here, just words", &[]),
            (
                "Send BTC to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa!",
                &[("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Btc)],
            ),
            (
                "pay: bitcoin:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh?amount=0.1",
                &[("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", Btc)],
            ),
            (
                "(ethereum:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed@1), then",
                &[("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", Eth)],
            ),
            (
                "🚀🚀«0xde709f2102306220921060314715629080e2fb77»✅ and DEA5vGb2NpAwCiCp5yTE16F3DueQUVivQp.",
                &[
                    ("0xde709f2102306220921060314715629080e2fb77", Eth),
                    ("DEA5vGb2NpAwCiCp5yTE16F3DueQUVivQp", Doge),
                ],
            ),
            (
                "XRP→rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh, TRX→TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t\nADA: addr_test1qz2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgs68faae",
                &[
                    ("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", Xrp),
                    ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", Trx),
                    (
                        "addr_test1qz2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgs68faae",
                        Ada,
                    ),
                ],
            ),
            // A bad checksum next to a good one: only the good one comes back.
            (
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb or 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                &[("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Btc)],
            ),
            // Glued to letters: not a token boundary, not found.
            ("pay1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", &[]),
            // Longer hex (a tx hash) is not an ETH address.
            (
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00 is a hash prefix",
                &[],
            ),
        ];
        for (text, want) in cases {
            let got = extract(text);
            let got_pairs: Vec<(&str, Chain)> =
                got.iter().map(|a| (a.text.as_str(), a.chain)).collect();
            assert_eq!(&got_pairs, want, "{text}");
            for a in &got {
                assert_eq!(&text[a.range.clone()], a.text);
            }
        }
    }

    #[test]
    fn extract_reports_byte_ranges_after_multibyte_text() {
        let text = "héllo 💰 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
        let start = text.find('1').expect("present");
        let got = extract(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].range, start..text.len());
        assert_eq!(got[0].network, Main);
        assert!(got[0].checksummed);
    }

    #[test]
    fn extract_marks_testnet() {
        let got =
            extract("faucet: tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7.");
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].chain, got[0].network), (Btc, Test));
    }

    /// The characters of an address inside `s`: what remains once the separators a split
    /// address may contain are removed.
    fn address_chars(s: &str) -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    }

    /// Runs `extract` on each text and checks the (address, chain) pairs in order, and that
    /// every range starts and ends on the address's first and last character.
    fn assert_extracts(cases: &[(&str, &[(&str, Chain)])]) {
        for (text, want) in cases {
            let got = extract(text);
            let pairs: Vec<(&str, Chain)> =
                got.iter().map(|a| (a.text.as_str(), a.chain)).collect();
            assert_eq!(&pairs, want, "{text:?}");
            for a in &got {
                let slice = &text[a.range.clone()];
                assert_eq!(address_chars(slice), a.text, "{text:?}");
                assert!(
                    slice.starts_with(&a.text[..1]) && slice.ends_with(&a.text[a.text.len() - 1..])
                );
                assert_eq!(validate(&a.text), Some((a.chain, a.network, a.checksummed)));
            }
        }
    }

    /// Payment URIs (BIP-21, EIP-681, and the schemes wallets register): the scheme, `pay-`,
    /// `@chain`, `?query` and `&` are all token boundaries, so the address is cut cleanly.
    /// Uppercase schemes and bech32 addresses are what QR codes carry (alphanumeric mode).
    #[test]
    fn extract_finds_addresses_in_payment_uris() {
        assert_extracts(&[
            (
                "bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                &[("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Btc)],
            ),
            (
                "bitcoin:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh?amount=0.1&label=Elon%20Musk&message=x2",
                &[("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", Btc)],
            ),
            (
                "scan: BITCOIN:BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4?AMOUNT=0.5",
                &[("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", Btc)],
            ),
            (
                "BITCOIN:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
                &[("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", Btc)],
            ),
            (
                "bitcoin://bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr?amount=1",
                &[(
                    "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr",
                    Btc,
                )],
            ),
            (
                "ethereum:0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
                &[("0x742d35Cc6634C0532925a3b844Bc454e4438f44e", Eth)],
            ),
            (
                "ethereum:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed@1?value=2.014e18",
                &[("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", Eth)],
            ),
            (
                "ethereum:pay-0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359@1?value=1e18",
                &[("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", Eth)],
            ),
            (
                "ETHEREUM:0xde709f2102306220921060314715629080e2fb77",
                &[("0xde709f2102306220921060314715629080e2fb77", Eth)],
            ),
            (
                "litecoin:LUEweDxDA4WhvWiNXXSxjM9CYzHPJv4QQF?amount=3",
                &[("LUEweDxDA4WhvWiNXXSxjM9CYzHPJv4QQF", Ltc)],
            ),
            (
                "LITECOIN:ltc1qvt5s0v2uhuna2sjnn84ldu8m2r4m3rcc3n0rm5",
                &[("ltc1qvt5s0v2uhuna2sjnn84ldu8m2r4m3rcc3n0rm5", Ltc)],
            ),
            (
                "dogecoin:DEA5vGb2NpAwCiCp5yTE16F3DueQUVivQp?amount=1000",
                &[("DEA5vGb2NpAwCiCp5yTE16F3DueQUVivQp", Doge)],
            ),
            (
                "solana:EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v?amount=5&label=drop",
                &[("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", Sol)],
            ),
            (
                "tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t?amount=100",
                &[("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", Trx)],
            ),
            (
                "ripple:rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh?amount=50&dt=1",
                &[("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", Xrp)],
            ),
            (
                "xrp:rNRmLmkUfdVePejEDe8LJYM9k94v7tWSj4",
                &[("rNRmLmkUfdVePejEDe8LJYM9k94v7tWSj4", Xrp)],
            ),
            (
                "web+cardano:addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8?amount=10",
                &[(
                    "addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8",
                    Ada,
                )],
            ),
            (
                "cardano:addr_test1qz2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgs68faae",
                &[(
                    "addr_test1qz2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgs68faae",
                    Ada,
                )],
            ),
            // A URI whose address fails its checksum yields nothing.
            ("bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb?amount=1", &[]),
            // Glued to a scheme-like word without a delimiter: no boundary, not found.
            ("bitcoin1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", &[]),
        ]);
    }

    /// Block-explorer links: nothing is site-specific; an address-shaped path or query segment
    /// of any URL is a token like any other and must validate.
    #[test]
    fn extract_finds_addresses_in_explorer_links() {
        assert_extracts(&[
            (
                "https://www.blockchain.com/explorer/addresses/btc/1X88Uzv9FCCcgV4nN8WQWurzbyioTNWA3",
                &[("1X88Uzv9FCCcgV4nN8WQWurzbyioTNWA3", Btc)],
            ),
            (
                "see https://blockchair.com/bitcoin/address/bc1q4ur2qc8vcvzx749v99qnp6ap6krnxxychp5flg?from=x",
                &[("bc1q4ur2qc8vcvzx749v99qnp6ap6krnxxychp5flg", Btc)],
            ),
            (
                "https://mempool.space/address/39aBPNxeZoYL69wcVzCDyoBBxEGJqHGEK2#tx",
                &[("39aBPNxeZoYL69wcVzCDyoBBxEGJqHGEK2", Btc)],
            ),
            (
                "proof: https://etherscan.io/address/0xEe49E4BF0b841bC19b3422B0E2FF5C2c70F038ad.",
                &[("0xEe49E4BF0b841bC19b3422B0E2FF5C2c70F038ad", Eth)],
            ),
            (
                "https://bscscan.com/address/0xbd23d63bd60818ee2882d652cd140c225d4c68af",
                &[("0xbd23d63bd60818ee2882d652cd140c225d4c68af", Eth)],
            ),
            (
                "https://etherscan.io/token/0xdAC17F958D2ee523a2206206994597C13D831ec7?a=0x9eD1d9f5e12A20Ef707884D83fB00bF2696386fb",
                &[
                    ("0xdAC17F958D2ee523a2206206994597C13D831ec7", Eth),
                    ("0x9eD1d9f5e12A20Ef707884D83fB00bF2696386fb", Eth),
                ],
            ),
            (
                "https://tronscan.org/#/address/TLt24BogAjatEcSmftXSzTVzNQJmSueKJr",
                &[("TLt24BogAjatEcSmftXSzTVzNQJmSueKJr", Trx)],
            ),
            (
                "https://solscan.io/account/7zg5BNcpLPtEykDdoSVNXjLopj9x35CjazJwdvd9dreo?cluster=mainnet",
                &[("7zg5BNcpLPtEykDdoSVNXjLopj9x35CjazJwdvd9dreo", Sol)],
            ),
            (
                "https://cardanoscan.io/address/addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x",
                &[(
                    "addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x",
                    Ada,
                )],
            ),
            (
                "https://xrpscan.com/account/rNRmLmkUfdVePejEDe8LJYM9k94v7tWSj4",
                &[("rNRmLmkUfdVePejEDe8LJYM9k94v7tWSj4", Xrp)],
            ),
            (
                "https://dogechain.info/address/D6jJNpn6Jgf8GNGtAdfzqFQrZxbbdgfeBi",
                &[("D6jJNpn6Jgf8GNGtAdfzqFQrZxbbdgfeBi", Doge)],
            ),
            (
                "https://litecoinspace.org/address/LdWngaPVQjdFKVzsf1Vr1okguUWQwCQxwJ",
                &[("LdWngaPVQjdFKVzsf1Vr1okguUWQwCQxwJ", Ltc)],
            ),
            // Not addresses: transaction hashes in `/tx/` links, commit hashes, article slugs,
            // video ids, shortened links, a Solana signature (88 chars).
            (
                "https://etherscan.io/tx/0x66716ceb9c3f1e32889dfd980752c160cabe4d2e20d2c16554fec7d1c578adc8",
                &[],
            ),
            (
                "https://mempool.space/tx/66716ceb9c3f1e32889dfd980752c160cabe4d2e20d2c16554fec7d1c578adc8",
                &[],
            ),
            (
                "https://blockchair.com/bitcoin/transaction/66716ceb9c3f1e32889dfd980752c160cabe4d2e20d2c16554fec7d1c578adc8",
                &[],
            ),
            (
                "https://github.com/rust-lang/rust/commit/8dc445fdaec4be719daad849dbac21d664412674",
                &[],
            ),
            (
                "fixed in 8dc445fdaec4be719daad849dbac21d664412674, see 8dc445f",
                &[],
            ),
            (
                "https://example.com/blog/2024/05/how-to-spot-a-crypto-giveaway-scam-and-stay-safe?utm_source=newsletter_2024_05",
                &[],
            ),
            (
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s https://t.co/AbC123xyZ9",
                &[],
            ),
            (
                "https://solscan.io/tx/5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW",
                &[],
            ),
        ]);
    }

    /// A percent-escaped delimiter (`%3A`, `%2F`, `%20`) glues two hex digits to the address.
    #[test]
    fn extract_finds_addresses_after_percent_escapes() {
        assert_extracts(&[
            (
                "https://chart.example/qr?cht=qr&chl=bitcoin%3A1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa%3Famount%3D0.1",
                &[("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Btc)],
            ),
            (
                "https://go.example/?to=https%3A%2F%2Fetherscan.io%2Faddress%2F0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                &[("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", Eth)],
            ),
            (
                "q=send%20bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh%20now",
                &[("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", Btc)],
            ),
            // Only an escape's two hex digits are dropped, and only after `%`.
            ("x3A1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", &[]),
            ("%3G1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", &[]),
        ]);
    }

    proptest! {
        #[test]
        fn extract_never_panics_and_ranges_slice_exactly(s in "\\PC{0,300}") {
            for a in extract(&s) {
                prop_assert_eq!(&s[a.range.clone()], a.text.as_str());
                prop_assert_eq!(validate(&a.text).map(|v| v.0), Some(a.chain));
            }
        }

        #[test]
        fn extract_finds_an_address_between_arbitrary_text(
            pre in "\\PC{0,40}",
            post in "\\PC{0,40}",
            idx in 0..VALID.len(),
        ) {
            let (addr, chain, _, _) = VALID[idx];
            let text = format!("{pre} {addr} {post}");
            let found = extract(&text);
            let start = pre.len() + 1;
            prop_assert!(
                found.iter().any(|a| a.range == (start..start + addr.len()) && a.chain == chain),
                "{:?} in {:?}", found, text
            );
        }

        /// The skip-ahead scanner finds exactly the runs a naive split finds.
        #[test]
        fn long_tokens_matches_naive_split(s in "([a-c12]{0,40}[ .é_]?){0,10}") {
            let b = s.as_bytes();
            let mut naive = Vec::new();
            let mut i = 0;
            while i < b.len() {
                if b[i].is_ascii_alphanumeric() {
                    let start = i;
                    while i < b.len() && b[i].is_ascii_alphanumeric() {
                        i += 1;
                    }
                    if i - start >= MIN_LEN {
                        naive.push((start, i));
                    }
                } else {
                    i += 1;
                }
            }
            prop_assert_eq!(long_tokens(b).collect::<Vec<_>>(), naive);
        }

        #[test]
        fn validate_never_panics(s in "[0-9A-Za-z_]{0,140}") {
            let _ = classify(&s);
        }
    }
}
