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
//! An address **split** into 2..=12 chunks by spaces, hyphens, one line break or invisible characters
//! (`bc1qxy2kgdyg jrsqtzq2n0yrf 2493p83kkfjhx0wlh`, `TR7N…\u{200B}TCi8…`, or in the groups of
//! four characters many wallets display: `bc1q p7f7 klhm … auvk ec`) is joined only when
//! the joined string passes a checksum; the search is gated by digits and bounded per anchor
//! (see the `split` module). Its `text` is the joined address and its `range` runs from the
//! first chunk's first character to the last chunk's last one.
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
    /// The address exactly as written; for an address split into chunks, the chunks joined
    /// (separators removed).
    pub text: String,
    /// Byte range in the original text, from the address's first character to its last (for
    /// a split address it includes the separators between the chunks).
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
/// Never panics. Every returned `range` starts on the address's first character and ends after
/// its last one, on char boundaries of `original`. For a bare address `&original[range]` is
/// exactly `text`; for a split address (see the module docs) it also holds the separators, and
/// `text` is the chunks joined.
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
    if b.len() > MIN_LEN {
        split::find(original, &mut out);
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

/// Addresses split into chunks by spaces, one line break or invisible characters.
///
/// Scammers write `bc1qxy2kgdyg jrsqtzq2n0yrf 2493p83kkfjhx0wlh` so that a filter looking for
/// whole addresses misses it, while a victim can still copy it. Joining arbitrary words would
/// manufacture addresses out of prose, so a join is reported only when the joined string
/// passes a **checksum** (`checksummed: true`): never on length or charset alone, never for
/// SOL (no checksum) or all-lowercase / all-uppercase ETH (no EIP-55 mixed case).
///
/// Cost, since this runs on every post:
///
/// * The search is driven by digits: every supported address carries a digit in its prefix
///   (`0x`, `bc1`, `ltc1`, `addr1`, `1`, `3`) or, for the other base58 ones, almost surely in
///   its body (33 random base58 characters hold no digit ~0.4% of the time). A post is
///   crossed 16 bytes at a time with a branch-free "any digit in this block?" test until a
///   digit shows up, so text without digits costs one cheap pass.
/// * Only a chunk of at least [`ANCHOR_MIN`] address characters that contains a digit (an
///   *anchor*) starts any work: `2024` or `$100` never do; `g1veaway` does, and is dropped at
///   the next step because no neighbouring chunk starts like an address.
/// * Around an anchor, at most five chunks on each side are looked at, and a join must start
///   at a chunk that starts like a mainnet address and stay within that format's character
///   set and length; only then is the checksum computed. Each anchor therefore costs at most a
///   few dozen byte-class checks and, rarely, a few validations.
mod split {
    use super::{Address, MAX_LEN, MIN_LEN, is_base58, is_token_byte, validate};

    /// Shortest chunk that can start the search (an *anchor*, which must contain a digit):
    /// four, for the groups of four wallets display addresses in.
    pub const ANCHOR_MIN: usize = 4;
    /// Most chunks an address may be split into: a 42- or 44-character address in groups of
    /// four is eleven or twelve.
    pub const MAX_CHUNKS: usize = 12;
    /// Most bytes between two chunks (e.g. `" \u{200B} "` is 5 bytes).
    const MAX_SEPARATOR: usize = 12;
    /// Shortest first chunk: a join never starts at a one-to-three-letter word.
    const FIRST_MIN: usize = 4;

    /// What the first chunk says the address must look like.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Shape {
        /// `0x` + 40 hex digits, mixed case (EIP-55): exactly 42 bytes.
        Eth,
        /// `bc1…`, `ltc1…`, `addr1…` (either case): bech32 data characters after the `1`.
        Bech32,
        /// Base58check (`1`, `3`, `D`, `A`, `9`, `L`, `M`, `T`, `r`): at most 35 bytes, or a
        /// Byron address (`Ae2…`, `DdzFF…`) of at least 50.
        Base58 { byron: bool },
    }

    /// The shape of an address whose first chunk is `c`, if `c` starts like a mainnet
    /// address. Testnet prefixes are left out on purpose: a testnet address is never payable,
    /// so a split one is not worth the extra candidates.
    fn shape(c: &[u8]) -> Option<Shape> {
        if c.len() < FIRST_MIN {
            return None;
        }
        let starts = |p: &[u8]| c.len() > p.len() && c[..p.len()].eq_ignore_ascii_case(p);
        if c.starts_with(b"0x") {
            Some(Shape::Eth)
        } else if starts(b"bc1") || starts(b"ltc1") || starts(b"addr1") {
            Some(Shape::Bech32)
        } else if matches!(
            c[0],
            b'1' | b'3' | b'D' | b'A' | b'9' | b'L' | b'M' | b'T' | b'r'
        ) {
            let byron = c.starts_with(b"Ae2") || c.starts_with(b"DdzFF");
            Some(Shape::Base58 { byron })
        } else {
            None
        }
    }

    /// Whether chunk `c` (chunk number `i` of the join, 0 = first) fits `shape`'s charset.
    fn fits(shape: Shape, c: &[u8], i: usize) -> bool {
        match shape {
            Shape::Eth => {
                let hex = if i == 0 { &c[2..] } else { c };
                hex.iter().all(u8::is_ascii_hexdigit)
            }
            Shape::Bech32 => {
                let data = if i == 0 {
                    // After the separator `1` of the HRP (present: `shape` checked it).
                    let sep = c.iter().position(|&x| x == b'1').unwrap_or(0);
                    &c[sep + 1..]
                } else {
                    c
                };
                data.iter().all(|&x| is_bech32_data(x))
            }
            Shape::Base58 { .. } => c.iter().all(|&x| is_base58(x)),
        }
    }

    /// Whether a join of `len` bytes in `shape` is worth validating.
    fn worth_validating(shape: Shape, joined: &[u8]) -> bool {
        let len = joined.len();
        match shape {
            Shape::Eth => {
                let hex = &joined[2..];
                len == 42
                    && hex.iter().any(u8::is_ascii_uppercase)
                    && hex.iter().any(u8::is_ascii_lowercase)
            }
            Shape::Bech32 => {
                len >= MIN_LEN
                    && (joined.iter().all(|x| !x.is_ascii_uppercase())
                        || joined.iter().all(|x| !x.is_ascii_lowercase()))
            }
            Shape::Base58 { byron } => (MIN_LEN..=35).contains(&len) || (byron && len >= 50),
        }
    }

    /// Longest join worth building for `shape`.
    fn max_len(shape: Shape) -> usize {
        match shape {
            Shape::Eth => 42,
            Shape::Bech32 => MAX_LEN,
            Shape::Base58 { byron } => {
                if byron {
                    MAX_LEN
                } else {
                    35
                }
            }
        }
    }

    /// The bech32 data alphabet `qpzry9x8gf2tvdw0s3jn54khce6mua7l`, either case.
    fn is_bech32_data(c: u8) -> bool {
        c.is_ascii_alphanumeric() && !matches!(c.to_ascii_lowercase(), b'1' | b'b' | b'i' | b'o')
    }

    /// Length of the separator unit ending at `b[..end]`, if any: an ASCII space, tab, CR,
    /// LF or hyphen (`1ALtR…3a - e2HM…`), or (as UTF-8) NO-BREAK SPACE, SOFT HYPHEN, ZERO WIDTH SPACE / NON-JOINER / JOINER,
    /// WORD JOINER, ZERO WIDTH NO-BREAK SPACE (BOM).
    fn unit_before(b: &[u8], end: usize) -> Option<usize> {
        let tail = &b[..end];
        match tail.last()? {
            b' ' | b'\t' | b'\r' | b'\n' | b'-' => Some(1),
            0xA0 | 0xAD if tail.ends_with(&[0xC2, 0xA0]) || tail.ends_with(&[0xC2, 0xAD]) => {
                Some(2)
            }
            0x8B..=0x8D
                if tail.len() >= 3 && tail[tail.len() - 3..tail.len() - 1] == [0xE2, 0x80] =>
            {
                Some(3)
            }
            0xA0 if tail.ends_with(&[0xE2, 0x81, 0xA0]) => Some(3),
            0xBF if tail.ends_with(&[0xEF, 0xBB, 0xBF]) => Some(3),
            _ => None,
        }
    }

    /// Length of the separator unit starting at `b[start..]`, if any (see [`unit_before`]).
    fn unit_after(b: &[u8], start: usize) -> Option<usize> {
        let head = &b[start..];
        match head.first()? {
            b' ' | b'\t' | b'\r' | b'\n' | b'-' => Some(1),
            0xC2 if matches!(head.get(1), Some(0xA0 | 0xAD)) => Some(2),
            0xE2 if head.len() >= 3
                && (matches!(head[1..3], [0x80, 0x8B..=0x8D]) || head[1..3] == [0x81, 0xA0]) =>
            {
                Some(3)
            }
            0xEF if head.starts_with(&[0xEF, 0xBB, 0xBF]) => Some(3),
            _ => None,
        }
    }

    /// A separator: 1..=[`MAX_SEPARATOR`] bytes of separator units with at most one line
    /// feed (a blank line ends a paragraph, not an address).
    fn separator_ok(units: &[u8]) -> bool {
        units.iter().filter(|&&c| c == b'\n').count() <= 1
    }

    /// The chunk before the one starting at `start`, if a separator joins them.
    fn chunk_before(b: &[u8], start: usize) -> Option<(usize, usize)> {
        let mut p = start;
        while let Some(n) = unit_before(b, p) {
            p -= n;
            if start - p > MAX_SEPARATOR {
                return None;
            }
        }
        if p == start || !separator_ok(&b[p..start]) || p == 0 || !is_token_byte(b[p - 1]) {
            return None;
        }
        let end = p;
        let mut s = end;
        while s > 0 && is_token_byte(b[s - 1]) && end - s <= MAX_LEN {
            s -= 1;
        }
        // A run longer than any address is not a chunk of one.
        (end - s <= MAX_LEN).then_some((s, end))
    }

    /// The chunk after the one ending at `end`, if a separator joins them.
    fn chunk_after(b: &[u8], end: usize) -> Option<(usize, usize)> {
        let mut p = end;
        while let Some(n) = unit_after(b, p) {
            p += n;
            if p - end > MAX_SEPARATOR {
                return None;
            }
        }
        if p == end || !separator_ok(&b[end..p]) || p == b.len() || !is_token_byte(b[p]) {
            return None;
        }
        let start = p;
        let mut e = start;
        while e < b.len() && is_token_byte(b[e]) && e - start <= MAX_LEN {
            e += 1;
        }
        (e - start <= MAX_LEN).then_some((start, e))
    }

    /// Whether `s..e` overlaps one of `found`.
    fn overlaps(ranges: &[(usize, usize)], s: usize, e: usize) -> bool {
        ranges.iter().any(|&(rs, re)| rs < e && s < re)
    }

    /// First index `>= from` of an ASCII digit. Skips 16 bytes at a time with a branch-free
    /// test per block (no early exit inside a block, so it can be done with wide compares).
    fn next_digit(b: &[u8], from: usize) -> Option<usize> {
        let mut i = from;
        while let Some(block) = b.get(i..i + 16) {
            let any = block
                .iter()
                .fold(0u8, |acc, &c| acc | u8::from(c.wrapping_sub(b'0') < 10));
            if any != 0 {
                break;
            }
            i += 16;
        }
        b.get(i..)?
            .iter()
            .position(u8::is_ascii_digit)
            .map(|p| p + i)
    }

    /// Adds every split address of `original` to `out`, which holds the bare ones.
    ///
    /// A checksummed bare address is never part of a join. An unchecksummed one (a SOL-shaped
    /// chunk, an all-lowercase ETH chunk) may be: a chunk of a split address can happen to
    /// decode as a Solana key, and then the checksummed join is the better reading, so the
    /// unchecksummed candidate it overlaps is dropped.
    pub fn find(original: &str, out: &mut Vec<Address>) {
        let b = original.as_bytes();
        let blocking: Vec<(usize, usize)> = out
            .iter()
            .filter(|a| a.checksummed)
            .map(|a| (a.range.start, a.range.end))
            .collect();
        let mut found: Vec<Address> = Vec::new();
        let mut i = 0;
        let mut last_end = 0;
        let mut joined = String::new();
        while let Some(d) = next_digit(b, i) {
            let mut s = d;
            while s > 0 && is_token_byte(b[s - 1]) {
                s -= 1;
            }
            let mut e = d + 1;
            while e < b.len() && is_token_byte(b[e]) {
                e += 1;
            }
            i = e;
            if e - s < ANCHOR_MIN || e - s > MAX_LEN || s < last_end || overlaps(&blocking, s, e) {
                continue;
            }
            if let Some(a) = join_around(original, (s, e), &blocking, last_end, &mut joined) {
                last_end = a.range.end;
                i = i.max(last_end);
                found.push(a);
            }
        }
        if found.is_empty() {
            return;
        }
        out.retain(|a| {
            a.checksummed
                || !found
                    .iter()
                    .any(|f| f.range.start < a.range.end && a.range.start < f.range.end)
        });
        out.extend(found);
        // Both parts are in order and never overlap; a stable sort merges them.
        out.sort_by_key(|a| a.range.start);
    }

    /// Tries every join of 2..=[`MAX_CHUNKS`] consecutive chunks that includes the anchor
    /// chunk; returns the first (leftmost start, then fewest chunks) that validates with a
    /// checksum.
    fn join_around(
        original: &str,
        anchor: (usize, usize),
        blocking: &[(usize, usize)],
        last_end: usize,
        joined: &mut String,
    ) -> Option<Address> {
        let b = original.as_bytes();
        // The window: up to MAX_CHUNKS - 1 chunks on each side of the anchor.
        let mut window = [(0usize, 0usize); 2 * MAX_CHUNKS - 1];
        let mut left = 0;
        let mut cur = anchor;
        let mut before = [(0usize, 0usize); MAX_CHUNKS - 1];
        while left < MAX_CHUNKS - 1 {
            match chunk_before(b, cur.0) {
                Some(c) if c.0 >= last_end && !overlaps(blocking, c.0, c.1) => {
                    before[left] = c;
                    left += 1;
                    cur = c;
                }
                _ => break,
            }
        }
        let mut n = 0;
        for &c in before[..left].iter().rev() {
            window[n] = c;
            n += 1;
        }
        let k = n; // index of the anchor
        window[n] = anchor;
        n += 1;
        cur = anchor;
        while n < k + MAX_CHUNKS {
            match chunk_after(b, cur.1) {
                Some(c) if !overlaps(blocking, c.0, c.1) => {
                    window[n] = c;
                    n += 1;
                    cur = c;
                }
                _ => break,
            }
        }
        if n < 2 {
            return None;
        }
        for first in 0..=k {
            let Some(shape) = shape(&b[window[first].0..window[first].1]) else {
                continue;
            };
            joined.clear();
            for (idx, &(s, e)) in window[first..n.min(first + MAX_CHUNKS)].iter().enumerate() {
                let chunk = &b[s..e];
                if !fits(shape, chunk, idx) || joined.len() + chunk.len() > max_len(shape) {
                    break;
                }
                // Chunks are ASCII token bytes, so this never splits a character.
                joined.push_str(&original[s..e]);
                let last = first + idx;
                if last < k.max(first + 1) || !worth_validating(shape, joined.as_bytes()) {
                    continue;
                }
                if let Some((chain, network, true)) = validate(joined) {
                    return Some(Address {
                        chain,
                        network,
                        text: joined.clone(),
                        range: window[first].0..e,
                        checksummed: true,
                    });
                }
            }
        }
        None
    }
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

    /// Addresses broken into 2..=10 chunks by spaces, hyphens, one line break or invisible characters:
    /// joined only when the joined string passes a checksum.
    #[test]
    fn extract_joins_split_addresses_that_checksum() {
        assert_extracts(&[
            (
                "send to bc1qxy2kgdyg jrsqtzq2n0yrf 2493p83kkfjhx0wlh today",
                &[("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", Btc)],
            ),
            (
                "ETH: 0x742d35Cc6634 C0532925a3b8 44Bc454e4438f44e (copy all three parts)",
                &[("0x742d35Cc6634C0532925a3b844Bc454e4438f44e", Eth)],
            ),
            // Seven chunks of six; a hyphen between two chunks.
            (
                "Same address: bc1qxy 2kgdyg jrsqtz q2n0yr f2493p 83kkfj hx0wlh |",
                &[("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", Btc)],
            ),
            (
                "received at 1A1zP1eP5QGefi2D - MPTfTL5SLmv7DivfNa will be multiplied",
                &[("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Btc)],
            ),
            (
                "Send to:\n1A1zP1eP5QGefi2D\nMPTfTL5SLmv7DivfNa thanks",
                &[("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Btc)],
            ),
            (
                "Windows line break: 1A1zP1eP5QGefi2D\r\nMPTfTL5SLmv7DivfNa",
                &[("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Btc)],
            ),
            // Zero-width characters alone: the post looks like one unbroken address.
            (
                "USDT (TRC20) TR7NHqjeKQxG\u{200B}TCi8q8ZY4pL8\u{200C}otSzgjLj6t",
                &[("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", Trx)],
            ),
            (
                "rNRmLmkUfdV \u{200D} ePejEDe8LJY\u{2060}\u{FEFF}M9k94v7tWSj4",
                &[("rNRmLmkUfdVePejEDe8LJYM9k94v7tWSj4", Xrp)],
            ),
            (
                "LdWngaPVQjdFKVzsf\u{A0}1Vr1okguUWQwCQxwJ and LTC bech32 ltc1q4s6hrgar7k\u{AD}637a4g7qhccr29t\t48vlrj8vhycrc",
                &[
                    ("LdWngaPVQjdFKVzsf1Vr1okguUWQwCQxwJ", Ltc),
                    ("ltc1q4s6hrgar7k637a4g7qhccr29t48vlrj8vhycrc", Ltc),
                ],
            ),
            // Groups of four, as wallets display addresses: eleven chunks, none of five.
            (
                "BTC 👇 bc1q p7f7 klhm j09n fcvv ckm4 wmy4 pgr3 hxv2 auvk ec",
                &[("bc1qp7f7klhmj09nfcvvckm4wmy4pgr3hxv2auvkec", Btc)],
            ),
            (
                "0x742d 35Cc 6634 C053 2925 a3b8 44Bc 454e 4438 f44e",
                &[("0x742d35Cc6634C0532925a3b844Bc454e4438f44e", Eth)],
            ),
            (
                "DOGE DEA5vG b2NpAw CiCp5y TE16F3 DueQUV ivQp",
                &[("DEA5vGb2NpAwCiCp5yTE16F3DueQUVivQp", Doge)],
            ),
            (
                "QR text: BITCOIN:BC1QW508D6QE JXTDG4Y5R3ZARV ARY0C5XW7KV8F3T4",
                &[("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", Btc)],
            ),
            (
                "bitcoin:bc1pmrll9524h7zsjvv6 nfehs3djw0rgh83z0q25g a05ttw3eh6nusjqqyshge?amount=1",
                &[(
                    "bc1pmrll9524h7zsjvv6nfehs3djw0rgh83z0q25ga05ttw3eh6nusjqqyshge",
                    Btc,
                )],
            ),
            (
                "ADA addr1vx2fxv2umyhttkx yxp8x0dlpdt3k6cwng5p xj3jhsydzers66hrl8 or Byron Ae2tdPwUPEZFRbyhz3cp fC2CumGzNkFBN2L42rcU c2yjQpEkxDbkPodpMAi",
                &[
                    (
                        "addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8",
                        Ada,
                    ),
                    (
                        "Ae2tdPwUPEZFRbyhz3cpfC2CumGzNkFBN2L42rcUc2yjQpEkxDbkPodpMAi",
                        Ada,
                    ),
                ],
            ),
            // The second chunk alone decodes as a Solana key (no checksum); the checksummed
            // join is the better reading and replaces it.
            (
                "Ae2tdPwUPEZFRbyh z3cpfC2CumGzNkFBN2L42rcUc2yjQpEkxDbkPodpMAi",
                &[(
                    "Ae2tdPwUPEZFRbyhz3cpfC2CumGzNkFBN2L42rcUc2yjQpEkxDbkPodpMAi",
                    Ada,
                )],
            ),
            (
                "z3cpfC2CumGzNkFBN2L42rcUc2yjQpEkxDbkPodpMAi",
                &[("z3cpfC2CumGzNkFBN2L42rcUc2yjQpEkxDbkPodpMAi", Sol)],
            ),
            // Bare and split addresses come back in text order.
            (
                "0x9eD1d9f5e12A 20Ef707884D83f B00bF2696386fb, 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, 3J98t1WpEZ73 CNmQviecrnyiWrnqRhWNLy",
                &[
                    ("0x9eD1d9f5e12A20Ef707884D83fB00bF2696386fb", Eth),
                    ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Btc),
                    ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", Btc),
                ],
            ),
        ]);
    }

    #[test]
    fn extract_does_not_join_what_a_checksum_does_not_confirm() {
        assert_extracts(&[
            // All-lowercase ETH: valid when whole, but a split one has no checksum to confirm
            // the join.
            ("0xde709f2102306220 921060314715629080e2fb77", &[]),
            ("0x52908400098527886E0F 7030069857D2E4169EE7", &[]),
            // SOL has no checksum at all.
            ("EPjFWdd5AufqSSqeM2qN1 xzybapC8G4wEGGkZwyTDt1v", &[]),
            // One character wrong: every join fails its checksum.
            ("bc1qxy2kgdyg jrsqtzq2n0yrf 2493p83kkfjhx0wlj", &[]),
            ("1A1zP1eP5QGefi2D MPTfTL5SLmv7DivfNb", &[]),
            ("0x742d35Cc6634 C0532925a3b8 44Bc454e4438f44E", &[]),
            // Mixed-case bech32 is invalid (BIP-173), split or not.
            ("bc1qxy2kgdyg JRSQTZQ2N0YRF 2493p83kkfjhx0wlh", &[]),
            // Thirteen chunks: more than we join.
            ("1A1zP 1eP 5Q Gef i2 DM PT fT L5 SL mv 7D ivfNa", &[]),
            // A blank line, a word or punctuation between the chunks.
            ("1A1zP1eP5QGefi2D\n\nMPTfTL5SLmv7DivfNa", &[]),
            ("1A1zP1eP5QGefi2D or MPTfTL5SLmv7DivfNa", &[]),
            ("1A1zP1eP5QGefi2D_MPTfTL5SLmv7DivfNa", &[]),
            ("1A1zP1eP5QGefi2D. MPTfTL5SLmv7DivfNa", &[]),
            // Ordinary text with short words and numbers.
            (
                "Top 3 winners get 1 BTC each! 2024 edition: send 0.1 to win 10 back. Thanks to all 100k followers 🚀 Done in 24h, ref A1B2C3 D4E5F6",
                &[],
            ),
            (
                "commit 8dc445f 8dc445fdaec4 be719daad849 dbac21d664412674 tagged v1.2.3 on 2024-05-01",
                &[],
            ),
            (
                "Tx 0x66716ceb9c3f1e32889dfd980752c160 cabe4d2e20d2c16554fec7d1c578adc8 confirmed",
                &[],
            ),
            // A testnet address is never payable, so a split one is not looked for.
            (
                "tb1qrp33g0q5c5txsp9arysrx4k6z dkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
                &[],
            ),
        ]);
    }

    /// Mainnet checksummed vectors the split search must join wherever they are cut.
    const SPLITTABLE: &[&str] = &[
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
        "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
        "bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
        "DEA5vGb2NpAwCiCp5yTE16F3DueQUVivQp",
        "A1TG3QCihNTvfF67tcng864kBsarnaPyFm",
        "LUEweDxDA4WhvWiNXXSxjM9CYzHPJv4QQF",
        "MGv9cSYnaRSTZNzYaN7bhbgmozoGkKBvCn",
        "ltc1qvt5s0v2uhuna2sjnn84ldu8m2r4m3rcc3n0rm5",
        "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh",
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
        "addr1vx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzers66hrl8",
        "addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x",
        "Ae2tdPwUPEZFRbyhz3cpfC2CumGzNkFBN2L42rcUc2yjQpEkxDbkPodpMAi",
    ];

    /// Separators the split search accepts between chunks.
    const SEPARATORS: &[&str] = &[
        " ",
        "  ",
        "-",
        " - ",
        "\n",
        " \n ",
        "\r\n",
        "\t",
        "\u{200B}",
        "\u{200C}",
        "\u{200D}",
        "\u{2060}",
        "\u{FEFF}",
        "\u{A0}",
        "\u{AD}",
        " \u{200B} ",
    ];

    proptest! {
        #[test]
        fn extract_never_panics_and_ranges_slice_exactly(s in "\\PC{0,300}") {
            for a in extract(&s) {
                let slice = s.get(a.range.clone());
                prop_assert!(slice.is_some(), "{:?} in {:?}", a, s);
                prop_assert_eq!(address_chars(slice.unwrap_or_default()), a.text.clone());
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

        /// Any valid mainnet checksummed address cut into 2..=10 chunks (the first at least
        /// 10 characters long) with any accepted separators is found, in words of any kind.
        #[test]
        fn extract_joins_any_split_of_a_checksummed_address(
            idx in 0..SPLITTABLE.len(),
            cuts in proptest::collection::vec(any::<u16>(), 1..=9),
            seps in proptest::collection::vec(0..SEPARATORS.len(), 9),
            pre in "(\\PC{0,20} )?",
            post in "( \\PC{0,20})?",
        ) {
            let addr = SPLITTABLE[idx];
            let mut cuts: Vec<usize> = cuts
                .into_iter()
                .map(|c| 10 + usize::from(c) % (addr.len() - 10))
                .collect();
            cuts.sort_unstable();
            cuts.dedup();
            let mut split = String::new();
            let mut prev = 0;
            for (n, &c) in cuts.iter().enumerate() {
                split.push_str(&addr[prev..c]);
                split.push_str(SEPARATORS[seps[n]]);
                prev = c;
            }
            split.push_str(&addr[prev..]);
            let text = format!("{pre}{split}{post}");
            let start = pre.len();
            let found = extract(&text);
            prop_assert!(
                found.iter().any(|a| a.text == addr
                    && a.range == (start..start + split.len())
                    && a.checksummed),
                "{:?} in {:?}", found, text
            );
        }

        /// Random mixes of address chunks, separators and words never panic, and every range
        /// is a char-boundary slice whose address characters are the text.
        #[test]
        fn extract_on_chunky_text_keeps_ranges_exact(
            parts in proptest::collection::vec(
                prop_oneof![
                    "[0-9a-zA-Z]{1,20}",
                    (0..SPLITTABLE.len(), 0usize..30, 1usize..30).prop_map(|(i, a, n)| {
                        let s = SPLITTABLE[i];
                        let a = a.min(s.len() - 1);
                        s[a..(a + n).min(s.len())].to_owned()
                    }),
                    (0..SEPARATORS.len()).prop_map(|i| SEPARATORS[i].to_owned()),
                    "[:/?&@%._-]",
                    "\\PC{1,3}",
                ],
                0..40,
            ),
        ) {
            let text: String = parts.concat();
            for a in extract(&text) {
                let slice = text.get(a.range.clone());
                prop_assert!(slice.is_some(), "{:?} in {:?}", a, text);
                prop_assert_eq!(address_chars(slice.unwrap_or_default()), a.text.clone());
                prop_assert_eq!(validate(&a.text), Some((a.chain, a.network, a.checksummed)));
            }
        }

        #[test]
        fn validate_never_panics(s in "[0-9A-Za-z_]{0,140}") {
            let _ = classify(&s);
        }
    }
}
