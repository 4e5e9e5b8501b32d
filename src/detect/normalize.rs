//! Text normalization: fold the tricks scammers use to dodge keyword lists.
//!
//! Keyword rules are only as good as the text they see. Scam posts are routinely written as
//! `ｄｏｕｂｌｅ`, `𝐝𝐨𝐮𝐛𝐥𝐞`, `Вitсоin` (Cyrillic look-alikes), `dou\u{200b}ble` (zero-width
//! space), `double🚀your🚀bitcoin`, `D.O.U.B.L.E` or `B1tc0in`. [`normalize`] folds all of these
//! to one canonical spelling *before* matching, and rule phrases go through the very same
//! function when a rule set is compiled, so every fold applies equally to phrases and posts.
//!
//! # Pipeline
//!
//! 1. **Per character** (`fold_char`): ASCII takes a fast path (lowercase letters, keep
//!    digits, `@ $ !` decided per word, everything else is a separator). Other characters are
//!    compatibility-decomposed (NFKD, which covers fullwidth, mathematical alphanumerics,
//!    circled letters and ligatures), lowercased, decomposed again, and stripped of combining
//!    marks (so `é`→`e`, `ñ`→`n`, `ü`→`u`, `ç`→`c`). Invisible format characters (zero-width
//!    characters, soft hyphen, bidi controls, variation selectors, tag characters, Hangul
//!    fillers) vanish without splitting a word. A few letters with no decomposition are
//!    spelled out (`ß`→`ss`, `æ`→`ae`, `œ`→`oe`) and Latin-script look-alikes such as small
//!    capitals (`ᴅᴏᴜʙʟᴇ`), dotless `ı` or `ø` are folded to their base letter. Any other
//!    character that is not alphanumeric (punctuation, symbols, emoji, whitespace, controls)
//!    becomes a separator.
//! 2. **Per word** (`fold_token`): leetspeak digits and `@ $ !` inside words are mapped to
//!    letters, and Cyrillic/Greek/Armenian/Cherokee homoglyphs are folded to Latin (see
//!    "Homoglyph policy").
//! 3. **Scripts without spaces**: every Han ideograph, kana and Hangul syllable is a token of
//!    its own, so phrases match there a character at a time.
//! 4. **Across words**: a run of three or more single-letter words is joined (`d o u b l e`),
//!    reading a lone digit between two of them as a letter (`d 0 u b l e`).
//!
//! # Homoglyph policy
//!
//! A word's look-alike characters are folded to Latin when the word already contains a Latin
//! letter (mixed script: `Вitсоin`) or when *every* letter of it is a look-alike (`ВТС`,
//! `ΒΤC`). A genuine word of another script containing at least one letter with no Latin
//! look-alike (`привет`, `καλημέρα`) is left in its own script: folding it would produce
//! Latin gibberish that can collide with real English words (`сор` → `cop`). The decision is
//! per word, so a word is never half-folded.
//!
//! # Leetspeak policy
//!
//! Scammers write `B1tc0in`; legitimate posts write `2x`, `10x`, `5000btc`, `$1,000`, `2020`,
//! `web3`. A digit is read as a letter (`0`→o, `1`→i, `3`→e, `4`→a, `5`→s, `7`→t) only when
//! *all* of these hold, which keeps every amount and multiplier intact:
//! - it is part of a run of at most two digits with a letter immediately on **both** sides
//!   (`d0uble`, `g1v3away`), so leading/trailing digits (`2x`, `x2`, `web3`, `1inch`) stay —
//!   except that once a word has such an inside run, its leading and trailing runs of up to
//!   three leetspeak digits are read as letters too (`d0ubl3` → double, `r3nv013` → renvoie);
//! - the word has at least two letters and more letters than digits, or every digit in it is
//!   a leetspeak digit (so amounts and digit-heavy identifiers such as `0x` addresses are left
//!   alone);
//! - the word is at most [`LEET_MAX_WORD`] characters long (wallet addresses are longer).
//!
//! In a word of Cyrillic letters (and no Latin one) the digits read as the Cyrillic letters
//! they stand for by shape (`0`→о, `3`→з, `4`→ч, `6`→б, `8`→в: `п0лучи` → получи, `уд8аиваю`
//! → удваиваю), so the word stays Cyrillic for the Russian lexicon instead of becoming mixed
//! script.
//!
//! `@` and `!` inside a word (letters on both sides) read as `a` and `i` (`b@ck`, `b!tcoin`);
//! `$` reads as `s` between letters (`ca$h`) or at the start of a word followed by a
//! lowercase letter (`$end`), unless that word is a major coin's ticker ([`TICKERS`]:
//! `$btc`). Uppercase cashtags (`$BTC`) and every other `@ $ !` (mentions, amounts,
//! exclamations) are separators.
//!
//! # Performance
//!
//! The input is cut at ASCII separator bytes; a segment made only of ASCII letters (or only
//! of ASCII digits) needs no folding and is copied and lowercased in bulk, with a single map
//! entry. Only the other segments (mixed letters and digits, `@ $ !`, non-ASCII) go through
//! the per-character pipeline. [`normalize_into`] reuses all buffers, so the steady state
//! allocates nothing. Measured with `cargo bench --bench normalize` on the shared 2-core
//! machine under load: about 0.55 µs for a 194-byte ASCII post, 1.3 µs for a heavily
//! obfuscated 203-byte one.
//!
//! # Known limits
//!
//! - Combining marks are always removed, which also removes vowel signs of Indic scripts;
//!   this is consistent between phrases and posts, so matching still works.
//! - Hangul syllables come out as decomposed jamo (NFKD without recomposition).
//! - In a letter-spaced word, a digit is read as a letter only between two single letters
//!   (`d 0 u b l e` → `double`, while `1 2 3` and `a b 1 2` keep their digits); a spaced word
//!   that starts or ends with a digit (`s 3 n d` works, `0 k` does not) keeps it.
//! - `1` always reads as `i`, never `l` (`wa11et` → `waiiet`).

use std::fmt;
use std::ops::Range;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Longest word (in characters) in which leetspeak digits are mapped to letters. Obfuscated
/// keywords are short; long mixed alphanumeric strings are addresses, hashes or ids.
pub const LEET_MAX_WORD: usize = 24;

/// A post's text after normalization, with a map back to the original.
///
/// # Contract (the rule matcher relies on it)
///
/// - The normalized text is a sequence of tokens separated by single ASCII spaces, with
///   exactly one leading and one trailing space, so a phrase `" w1 w2 "` matches only on
///   word boundaries.
/// - A text with no token (empty input, or only punctuation/emoji/invisible characters) is
///   exactly `" "`: one space that is both the leading and the trailing one. The rule compiler
///   must therefore reject phrases that normalize to `" "`.
/// - Every non-space character is alphanumeric, lowercase (its `to_lowercase` is itself), not
///   a combining mark and not a format character.
/// - Normalization is idempotent: `normalize(t.as_str()).as_str() == t.as_str()`.
///
/// A `Text` can be reused across posts with [`normalize_into`] to avoid reallocating.
#[derive(Clone)]
pub struct Text {
    norm: String,
    /// Map back to the original, sorted by `Span::norm` (see [`Span`]): one span per ASCII
    /// word, per space and per character produced by the general path, rather than one entry
    /// per byte, so the common ASCII case writes a handful of spans per post.
    map: Vec<Span>,
    /// Scratch: folded characters of the current input (reused across calls).
    units: Vec<Unit>,
    /// Scratch: pending run of single-letter tokens (reused across calls).
    pending: Vec<Unit>,
}

/// The blank text `" "` (what `normalize("")` returns), so even a default `Text` honours the
/// contract.
impl Default for Text {
    fn default() -> Self {
        let mut text = Text {
            norm: String::new(),
            map: Vec::new(),
            units: Vec::new(),
            pending: Vec::new(),
        };
        normalize_into(&mut text, "");
        text
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Text").field("norm", &self.norm).finish()
    }
}

impl Text {
    /// The normalized text (see the contract on [`Text`]).
    pub fn as_str(&self) -> &str {
        &self.norm
    }

    /// True when the text has no token at all (it is `" "`).
    pub fn is_blank(&self) -> bool {
        self.norm.len() <= 1
    }

    /// The byte ranges, in the normalized text, of each token (spaces excluded), in order.
    pub fn tokens(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let bytes = self.norm.as_bytes();
        let mut pos = 0;
        std::iter::from_fn(move || {
            while pos < bytes.len() && bytes[pos] == b' ' {
                pos += 1;
            }
            if pos >= bytes.len() {
                return None;
            }
            let start = pos;
            while pos < bytes.len() && bytes[pos] != b' ' {
                pos += 1;
            }
            Some(start..pos)
        })
    }

    /// The byte range of the original text that produced `norm_range` of the normalized text.
    ///
    /// Leading and trailing spaces of `norm_range` are ignored, so the match of a phrase
    /// `" send back "` maps to exactly `send back` (or `s3nd-b@ck`, or `s e n d back`) in the
    /// original. The result always lies within the original text and on its char
    /// boundaries, covering whole original characters; a joined spaced-out word maps to the
    /// whole spaced-out span. Out-of-bounds or reversed ranges are clamped and never panic; a
    /// range with no token character yields an empty range.
    pub fn original_range(&self, norm_range: Range<usize>) -> Range<usize> {
        let bytes = self.norm.as_bytes();
        let len = bytes.len();
        let mut end = norm_range.end.min(len);
        let mut start = norm_range.start.min(end);
        while start < end && bytes[start] == b' ' {
            start += 1;
        }
        while end > start && bytes[end - 1] == b' ' {
            end -= 1;
        }
        if start >= end {
            let at = if start < len {
                self.byte_origin(start).0
            } else {
                self.map.last().map_or(0, |span| span.end)
            } as usize;
            return at..at;
        }
        let s = self.byte_origin(start).0 as usize;
        let e = (self.byte_origin(end - 1).1 as usize).max(s);
        s..e
    }

    /// The normalized byte offset where the text from original byte `offset` on begins (the
    /// first mapped piece starting at or after it; the end of the text when none does).
    pub fn norm_offset(&self, offset: usize) -> usize {
        let idx = self
            .map
            .partition_point(|span| (span.start as usize) < offset);
        self.map
            .get(idx)
            .map_or(self.norm.len(), |span| span.norm as usize)
    }

    /// The original byte range of the character that produced normalized byte `pos`.
    fn byte_origin(&self, pos: usize) -> (u32, u32) {
        let idx = self
            .map
            .partition_point(|span| span.norm as usize <= pos)
            .saturating_sub(1);
        match self.map.get(idx) {
            Some(span) if span.linear => {
                let o = span.start + (pos as u32).saturating_sub(span.norm);
                let o = o.min(span.end.saturating_sub(1));
                (o, o + 1)
            }
            Some(span) => (span.start, span.end),
            None => (0, 0),
        }
    }

    /// Bytes held by this text's buffers (what reusing it keeps allocated).
    pub fn capacity_bytes(&self) -> usize {
        self.norm.capacity()
            + (self.map.capacity() * std::mem::size_of::<Span>())
            + (self.units.capacity() + self.pending.capacity()) * std::mem::size_of::<Unit>()
    }

    /// The slice of `original` that produced `norm_range`; `original` must be the text this
    /// `Text` was normalized from (otherwise the result is unspecified but never panics).
    pub fn original_str<'a>(&self, original: &'a str, norm_range: Range<usize>) -> &'a str {
        original.get(self.original_range(norm_range)).unwrap_or("")
    }
}

/// Normalizes `original` into a fresh [`Text`]. See [`Text`] for the output contract and the
/// module documentation for what is folded.
pub fn normalize(original: &str) -> Text {
    // Empty buffers (no allocation yet): `normalize_into` reserves what this text needs once,
    // instead of growing buffers sized for the empty text.
    let mut text = Text {
        norm: String::new(),
        map: Vec::new(),
        units: Vec::new(),
        pending: Vec::new(),
    };
    normalize_into(&mut text, original);
    text
}

/// Normalizes `original` into `text`, reusing its buffers (the hot path for a stream of posts).
///
/// Inputs longer than `u32::MAX` bytes are normalized only up to the last character boundary
/// below that limit (offsets are stored as `u32` to halve the map's size).
pub fn normalize_into(text: &mut Text, original: &str) {
    let original = clamp_len(original);
    // Built as bytes (so ASCII words are copied and lowercased in bulk), then turned back into
    // a `String` without copying; only whole UTF-8 encoded chars are ever written.
    let mut norm = std::mem::take(&mut text.norm).into_bytes();
    norm.clear();
    text.map.clear();
    text.units.clear();
    text.pending.clear();
    norm.reserve(original.len() + 2);
    text.map.reserve(original.len() / 4 + 2);

    let mut out = Out {
        norm: &mut norm,
        map: &mut text.map,
        last_end: 0,
    };
    let units = &mut text.units;
    let pending = &mut text.pending;
    let bytes = original.as_bytes();
    // The input is cut into segments at ASCII separator bytes (which never occur inside a
    // multi-byte UTF-8 character, so segment bounds are char boundaries). A segment of ASCII
    // letters only, or of ASCII digits only, is a finished word and is written directly; any
    // other segment (letters mixed with digits, `@ $ !`, non-ASCII) goes through the general
    // per-character folding. No fold looks
    // across an ASCII separator, so this is equivalent to folding the whole text at once.
    let mut i = 0;
    while i < bytes.len() {
        if BYTE_CLASS[bytes[i] as usize] == B_SEP {
            i += 1;
            continue;
        }
        let start = i;
        let mut seen = 0u8;
        while i < bytes.len() {
            let class = BYTE_CLASS[bytes[i] as usize];
            if class == B_SEP {
                break;
            }
            seen |= class;
            i += 1;
        }
        if seen == B_LETTER {
            if i - start == 1 {
                pending.push(Unit::ascii(bytes[start], start, Class::Latin));
            } else if let Some(word) = original.get(start..i) {
                out.flush(pending);
                out.ascii_word(word, start as u32);
            }
            continue;
        }
        if seen == B_DIGIT {
            // A number: never folded. A lone leetspeak digit may belong to a letter-spaced
            // word (`d 0 u b l e`), which `Out::flush` decides.
            if i - start == 1 && leet(bytes[start] as char).is_some() {
                pending.push(Unit::ascii(bytes[start], start, Class::Digit));
            } else if let Some(number) = original.get(start..i) {
                out.flush(pending);
                out.ascii_word(number, start as u32);
            }
            continue;
        }
        let Some(segment) = original.get(start..i) else {
            continue;
        };
        units.clear();
        // One allocation for the scratch of a post's first folded segment, not a doubling
        // series (most segments fold to at most this many units).
        units.reserve(UNITS_RESERVE);
        fold_chars(segment, start as u32, units);
        resolve_symbols(original, units);
        emit_units(units, pending, &mut out);
    }
    out.flush(pending);
    let len = original.len() as u32;
    let last = out.last_end.min(len);
    out.space(last, len);
    text.norm = String::from_utf8(norm)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
}

/// Scratch units reserved at once when a post first needs the general folding path.
const UNITS_RESERVE: usize = 64;

/// Byte classes for the segmenting scan (bit flags, OR-ed over a segment): ASCII separators
/// (everything but letters, digits and `@ $ !`), ASCII letters, ASCII digits, and the rest
/// (`@ $ !`, bytes of non-ASCII chars).
const B_SEP: u8 = 0;
const B_LETTER: u8 = 1;
const B_DIGIT: u8 = 2;
const B_OTHER: u8 = 4;
static BYTE_CLASS: [u8; 256] = {
    let mut table = [B_OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphabetic() {
            B_LETTER
        } else if c.is_ascii_digit() {
            B_DIGIT
        } else if c == b'@' || c == b'$' || c == b'!' {
            B_OTHER
        } else {
            B_SEP
        };
        b += 1;
    }
    table
};

/// Stage 2 and 3 over folded units: split into words, fold each word, join letter-spacing.
fn emit_units(units: &mut [Unit], pending: &mut Vec<Unit>, out: &mut Out<'_>) {
    let mut i = 0;
    while i < units.len() {
        if units[i].class == Class::Sep {
            i += 1;
            continue;
        }
        let start = i;
        while i < units.len() && units[i].class != Class::Sep {
            i += 1;
        }
        let token = &mut units[start..i];
        fold_token(token);
        if let [single] = token
            && (single.class.is_letter()
                || (single.class == Class::Digit && leet(single.c).is_some()))
        {
            pending.push(*single);
            continue;
        }
        out.flush(pending);
        out.token(token);
    }
}

fn clamp_len(s: &str) -> &str {
    let mut cut = s.len().min(u32::MAX as usize);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    &s[..cut]
}

/// What a folded character is, for the word-level passes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A Latin letter (ASCII after folding, or a Latin letter with no decomposition).
    Latin,
    /// A letter of another script; `Unit::alt` holds its Latin look-alike, if any.
    Other,
    /// An ASCII digit (candidate for leetspeak).
    Digit,
    /// A non-ASCII numeric character (kept as is, part of a word).
    Num,
    /// (Part of) a Han ideograph, kana or Hangul syllable: a token of its own, never folded
    /// or joined with its neighbours.
    Syllable,
    /// `@`, `$` or `!`: a letter inside a word, a separator otherwise.
    Sym,
    /// Word separator.
    Sep,
}

impl Class {
    fn is_letter(self) -> bool {
        matches!(self, Class::Latin | Class::Other)
    }
}

/// One folded character with the original byte span of the character that produced it.
#[derive(Clone, Copy, Debug)]
struct Unit {
    c: char,
    /// Latin look-alike of a `Class::Other` letter, or `'\0'`.
    alt: char,
    start: u32,
    end: u32,
    class: Class,
}

impl Unit {
    /// The unit of the one ASCII byte `b` at original offset `at` (lowercased).
    fn ascii(b: u8, at: usize, class: Class) -> Unit {
        Unit {
            c: b.to_ascii_lowercase() as char,
            alt: '\0',
            start: at as u32,
            end: at as u32 + 1,
            class,
        }
    }
}

/// Pushes one unit, collapsing consecutive separators and dropping leading ones.
#[inline]
fn push(units: &mut Vec<Unit>, c: char, alt: char, class: Class, start: u32, end: u32) {
    if class == Class::Sep && units.last().is_none_or(|u| u.class == Class::Sep) {
        return;
    }
    units.push(Unit {
        c,
        alt,
        start,
        end,
        class,
    });
}

/// Stage 1: fold every character of `original` into `units`.
/// `segment` starts at byte `offset` of the original text.
fn fold_chars(segment: &str, offset: u32, units: &mut Vec<Unit>) {
    let bytes = segment.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let at = offset + i as u32;
        if b.is_ascii() {
            push_ascii(units, b, at, at + 1);
            i += 1;
            continue;
        }
        let Some(c) = segment.get(i..).and_then(|s| s.chars().next()) else {
            break;
        };
        fold_char(units, c, at, at + c.len_utf8() as u32);
        i += c.len_utf8();
    }
}

#[inline]
fn push_ascii(units: &mut Vec<Unit>, b: u8, start: u32, end: u32) {
    let (c, class) = match b {
        b'a'..=b'z' => (b as char, Class::Latin),
        b'A'..=b'Z' => (b.to_ascii_lowercase() as char, Class::Latin),
        b'0'..=b'9' => (b as char, Class::Digit),
        b'@' | b'$' | b'!' => (b as char, Class::Sym),
        _ => (' ', Class::Sep),
    };
    push(units, c, '\0', class, start, end);
}

/// Folds one non-ASCII character (see the module docs for the steps).
fn fold_char(units: &mut Vec<Unit>, c: char, start: u32, end: u32) {
    if is_invisible(c) || is_combining_mark(c) {
        return;
    }
    if is_syllabic(c) && c.is_alphabetic() {
        // A word of its own: scripts written without spaces between words are matched a
        // character at a time (a phrase `双倍` is the token sequence `双 倍`).
        // Its decomposition stays one token (a Hangul syllable's jamo), except where it is
        // itself several syllabic characters (the digraph `ヿ` is `コト`).
        push(units, ' ', '\0', Class::Sep, start, start);
        decompose_compatible(c, |d| {
            if is_combining_mark(d) {
                return;
            }
            if is_syllabic(d) {
                push_own_token(units, d, start, end);
            } else {
                push(units, d, '\0', Class::Syllable, start, end);
            }
        });
        push(units, ' ', '\0', Class::Sep, end, end);
        return;
    }
    // Negative circled / negative squared Latin capitals (🅑, 🅱) have no decomposition.
    let cp = c as u32;
    if let 0x1F150..=0x1F169 | 0x1F170..=0x1F189 = cp {
        let base = if cp >= 0x1F170 { 0x1F170 } else { 0x1F150 };
        let letter = char::from(b'a' + (cp - base) as u8);
        push(units, letter, '\0', Class::Latin, start, end);
        return;
    }
    decompose_compatible(c, |d| {
        if is_invisible(d) || is_combining_mark(d) {
            return;
        }
        if let Some(alt) = upper_lookalike(d) {
            let lower = d.to_lowercase().next().unwrap_or(d);
            push(units, lower, alt, Class::Other, start, end);
            return;
        }
        for l in d.to_lowercase() {
            decompose_compatible(l, |e| classify(units, e, start, end));
        }
    });
}

/// Classifies a fully folded (decomposed, lowercased) character.
fn classify(units: &mut Vec<Unit>, e: char, start: u32, end: u32) {
    if e.is_ascii() {
        push_ascii(units, e as u8, start, end);
        return;
    }
    if is_invisible(e) || is_combining_mark(e) {
        return;
    }
    let spelled: &str = match e {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        _ => "",
    };
    if !spelled.is_empty() {
        for s in spelled.chars() {
            push(units, s, '\0', Class::Latin, start, end);
        }
        return;
    }
    if is_syllabic(e) && e.is_alphabetic() {
        // A compatibility form (a Kangxi radical, a circled ideograph) that decomposed to an
        // ideograph: a token of its own, as the ideograph itself is.
        push_own_token(units, e, start, end);
        return;
    }
    if let Some((alt, latin)) = lower_lookalike(e) {
        if latin {
            push(units, alt, '\0', Class::Latin, start, end);
        } else {
            push(units, e, alt, Class::Other, start, end);
        }
        return;
    }
    // A few characters stay uppercase after `to_lowercase` + NFKD; fold once more so the
    // output is lowercase-stable (needed for idempotence).
    let e = match e.to_lowercase().next() {
        Some(l) if !l.is_ascii() => l,
        _ => e,
    };
    if e.is_alphabetic() {
        let class = if is_latin(e) {
            Class::Latin
        } else {
            Class::Other
        };
        push(units, e, '\0', class, start, end);
    } else if e.is_numeric() {
        push(units, e, '\0', Class::Num, start, end);
    } else {
        push(units, ' ', '\0', Class::Sep, start, end);
    }
}

/// Pushes `c` as a token of its own (separators on both sides), for syllabic characters.
fn push_own_token(units: &mut Vec<Unit>, c: char, start: u32, end: u32) {
    push(units, ' ', '\0', Class::Sep, start, start);
    push(units, c, '\0', Class::Syllable, start, end);
    push(units, ' ', '\0', Class::Sep, end, end);
}

/// Han ideographs, kana and Hangul syllables: each is one token (see [`fold_char`]).
/// Halfwidth katakana are included (NFKD turns them into fullwidth ones).
fn is_syllabic(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF // Hiragana, Katakana (with the prolonged sound mark)
        | 0x3400..=0x4DBF // CJK Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xAC00..=0xD7A3 // Hangul syllables
        | 0xF900..=0xFAFF // CJK Compatibility Ideographs
        | 0xFF66..=0xFF9F // Halfwidth katakana
        | 0x20000..=0x3134F // CJK Extensions B-G
    )
}

/// Characters that are removed without a trace: they render as nothing (or as blank filler)
/// and are inserted precisely to split keywords invisibly.
fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD // soft hyphen
        | 0x034F // combining grapheme joiner
        | 0x061C // Arabic letter mark
        | 0x0640 // Arabic tatweel (kashida): stretches a word, adds no letter
        | 0x115F | 0x1160 | 0x3164 | 0xFFA0 // Hangul fillers
        | 0x17B4 | 0x17B5 // Khmer inherent vowels
        | 0x180B..=0x180F // Mongolian variation selectors, vowel separator
        | 0x200B..=0x200F // zero-width space/non-joiner/joiner, LRM, RLM
        | 0x202A..=0x202E // bidi embeddings and overrides
        | 0x2060..=0x206F // word joiner, invisible operators, bidi isolates
        | 0xFE00..=0xFE0F // variation selectors
        | 0xFEFF // zero-width no-break space (BOM)
        | 0xFFF0..=0xFFF8
        | 0x1BCA0..=0x1BCA3 // shorthand format controls
        | 0x1D173..=0x1D17A // musical format controls
        | 0xE0000..=0xE0FFF // tags, variation selectors supplement
    )
}

/// Latin-script letters (after folding), for the homoglyph decision.
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c as u32,
            0x00C0..=0x024F | 0x0250..=0x02AF | 0x1D00..=0x1DBF | 0x1E00..=0x1EFF
            | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xAB30..=0xAB6F | 0xFB00..=0xFB06)
}

/// Uppercase look-alikes, checked before lowercasing because the lowercase form may look
/// different (Greek `Η` looks like H, its lowercase `η` like n).
fn upper_lookalike(c: char) -> Option<char> {
    Some(match c {
        // Greek capitals
        'Α' => 'a',
        'Β' => 'b',
        'Ε' => 'e',
        'Ζ' => 'z',
        'Η' => 'h',
        'Ι' => 'i',
        'Κ' => 'k',
        'Μ' => 'm',
        'Ν' => 'n',
        'Ο' => 'o',
        'Ρ' => 'p',
        'Τ' => 't',
        'Υ' => 'y',
        'Χ' => 'x',
        'Ϲ' => 'c',
        'Ϳ' => 'j',
        // Cyrillic capitals
        'А' => 'a',
        'В' => 'b',
        'Е' => 'e',
        'К' => 'k',
        'М' => 'm',
        'Н' => 'h',
        'О' => 'o',
        'Р' => 'p',
        'С' => 'c',
        'Т' => 't',
        'У' => 'y',
        'Х' => 'x',
        'Ѕ' => 's',
        'І' => 'i',
        'Ј' => 'j',
        'Ԁ' => 'd',
        'Ԛ' => 'q',
        'Ԝ' => 'w',
        'Ү' => 'y',
        'Һ' => 'h',
        'Ӏ' => 'l',
        'Ь' => 'b',
        'Ѵ' => 'v',
        // Cherokee capitals
        'Ꭺ' => 'a',
        'Ᏼ' => 'b',
        'Ꮯ' => 'c',
        'Ꭼ' => 'e',
        'Ꮋ' => 'h',
        'Ꭻ' => 'j',
        'Ꮶ' => 'k',
        'Ꮇ' => 'm',
        'Ꮲ' => 'p',
        'Ꮪ' => 's',
        'Ꭲ' => 't',
        'Ꮃ' => 'w',
        _ => return None,
    })
}

/// Lowercase look-alikes: `(latin, is_latin_script)`. Latin-script ones (small capitals,
/// dotless i, stroked letters) are always folded; others only under the homoglyph policy.
fn lower_lookalike(c: char) -> Option<(char, bool)> {
    Some(match c {
        // Cyrillic
        'а' => ('a', false),
        'в' => ('b', false),
        'е' => ('e', false),
        'к' => ('k', false),
        'м' => ('m', false),
        'н' => ('h', false),
        'о' => ('o', false),
        'р' => ('p', false),
        'с' => ('c', false),
        'т' => ('t', false),
        'у' => ('y', false),
        'х' => ('x', false),
        'ѕ' => ('s', false),
        'і' => ('i', false),
        'ј' => ('j', false),
        'ԁ' => ('d', false),
        'ԛ' => ('q', false),
        'ԝ' => ('w', false),
        'ү' => ('y', false),
        'һ' => ('h', false),
        'ӏ' => ('l', false),
        'ь' => ('b', false),
        'ѵ' => ('v', false),
        // Greek
        'α' => ('a', false),
        'β' => ('b', false),
        'ε' => ('e', false),
        'η' => ('n', false),
        'ι' => ('i', false),
        'κ' => ('k', false),
        'μ' => ('u', false),
        'ν' => ('v', false),
        'ο' => ('o', false),
        'ρ' => ('p', false),
        'τ' => ('t', false),
        'υ' => ('u', false),
        'χ' => ('x', false),
        'ω' => ('w', false),
        'ϲ' => ('c', false),
        'ϳ' => ('j', false),
        // Armenian
        'օ' => ('o', false),
        'ս' => ('u', false),
        'հ' => ('h', false),
        'ո' => ('n', false),
        // Latin-script look-alikes with no decomposition
        'ı' => ('i', true),
        'ȷ' => ('j', true),
        'ɑ' => ('a', true),
        'ɡ' => ('g', true),
        'ɩ' => ('i', true),
        'ɪ' => ('i', true),
        'ʟ' => ('l', true),
        'ɴ' => ('n', true),
        'ʀ' => ('r', true),
        'ʙ' => ('b', true),
        'ɢ' => ('g', true),
        'ʜ' => ('h', true),
        'ʏ' => ('y', true),
        'ᴀ' => ('a', true),
        'ᴄ' => ('c', true),
        'ᴅ' => ('d', true),
        'ᴇ' => ('e', true),
        'ᴊ' => ('j', true),
        'ᴋ' => ('k', true),
        'ᴍ' => ('m', true),
        'ᴏ' => ('o', true),
        'ᴘ' => ('p', true),
        'ꜱ' => ('s', true),
        'ᴛ' => ('t', true),
        'ᴜ' => ('u', true),
        'ᴠ' => ('v', true),
        'ᴡ' => ('w', true),
        'ᴢ' => ('z', true),
        'ꜰ' => ('f', true),
        'ø' => ('o', true),
        'đ' => ('d', true),
        'ł' => ('l', true),
        'ħ' => ('h', true),
        'ŧ' => ('t', true),
        'ƀ' => ('b', true),
        'ɨ' => ('i', true),
        'ʉ' => ('u', true),
        _ => return None,
    })
}

/// Stage 1b: decide, from its neighbours, whether each `@ $ !` is a letter or a separator.
fn resolve_symbols(original: &str, units: &mut [Unit]) {
    for i in 0..units.len() {
        if units[i].class != Class::Sym {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| units[p].class);
        let next = units.get(i + 1).copied();
        let prev_letter = prev.is_some_and(Class::is_letter);
        let next_letter = next.is_some_and(|u| u.class.is_letter());
        let inside = prev_letter && next_letter;
        let letter = match units[i].c {
            '@' if inside => Some('a'),
            '!' if inside => Some('i'),
            '$' if inside => Some('s'),
            '$' if next_letter && prev.is_none_or(|c| c == Class::Sep) => {
                // `$end` is leetspeak, `$BTC` or `$btc` a cashtag: look at the original
                // character's case and at the word.
                let lowercase = next
                    .and_then(|u| original.get(u.start as usize..))
                    .and_then(|s| s.chars().next())
                    .is_some_and(char::is_lowercase);
                (lowercase && !is_ticker(&units[i + 1..])).then_some('s')
            }
            _ => None,
        };
        let u = &mut units[i];
        match letter {
            Some(c) => {
                u.c = c;
                u.class = Class::Latin;
            }
            None => {
                u.c = ' ';
                u.class = Class::Sep;
            }
        }
    }
}

/// Cashtags of major coins, which are often written in lowercase (`$btc`) and must not read
/// as leetspeak (`$end` → `send`).
pub const TICKERS: &[&str] = &[
    "ada", "avax", "bnb", "btc", "busd", "dai", "doge", "dot", "eth", "link", "ltc", "matic",
    "pepe", "shib", "sol", "ton", "trx", "usdc", "usdt", "xlm", "xmr", "xrp",
];

/// Whether the letters at the start of `rest` (up to the next non-letter) form a ticker.
fn is_ticker(rest: &[Unit]) -> bool {
    let mut word = [0u8; 4];
    let mut len = 0;
    for u in rest {
        if !u.class.is_letter() {
            break;
        }
        if len == word.len() || !u.c.is_ascii() {
            return false;
        }
        word[len] = u.c as u8;
        len += 1;
    }
    let word = &word[..len];
    TICKERS.iter().any(|t| t.as_bytes() == word)
}

/// The letter a leetspeak digit stands for.
fn leet(d: char) -> Option<char> {
    Some(match d {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        _ => return None,
    })
}

/// The Cyrillic letter a leetspeak digit stands for in a Cyrillic word (`п0лучи`,
/// `уд8аиваю`, `3ара6отай`): the digits Russian leetspeak uses, by shape.
fn leet_cyrillic(d: char) -> Option<char> {
    Some(match d {
        '0' => 'о',
        '3' => 'з',
        '4' => 'ч',
        '6' => 'б',
        '8' => 'в',
        _ => return None,
    })
}

/// Reads the digit of `u` as the letter `c` of its word's script.
fn read_as_letter(u: &mut Unit, c: char) {
    match lower_lookalike(c) {
        Some((alt, false)) => {
            u.c = c;
            u.alt = alt;
            u.class = Class::Other;
        }
        _ if c.is_ascii() => {
            u.c = c;
            u.class = Class::Latin;
        }
        _ => {
            u.c = c;
            u.class = Class::Other;
        }
    }
}

/// Stage 2: leetspeak and homoglyph folding within one word (see the module docs).
fn fold_token(token: &mut [Unit]) {
    // A Cyrillic word that stays Cyrillic (no Latin letter, and a letter with no Latin
    // look-alike, see the homoglyph policy) reads its digits as Cyrillic letters; any other
    // word reads them as Latin letters (`В1В` is folded to Latin as a whole: `bib`).
    let cyrillic = !token.iter().any(|u| u.class == Class::Latin)
        && token.iter().any(|u| {
            u.class == Class::Other && u.alt == '\0' && ('\u{400}'..='\u{4ff}').contains(&u.c)
        });
    let leet = |d: char| {
        if cyrillic { leet_cyrillic(d) } else { leet(d) }
    };
    let (mut letters, mut digits) = (0usize, 0usize);
    for u in token.iter() {
        match u.class {
            Class::Latin | Class::Other => letters += 1,
            Class::Digit => digits += 1,
            _ => {}
        }
    }
    let all_mappable = || {
        token
            .iter()
            .filter(|u| u.class == Class::Digit)
            .all(|u| leet(u.c).is_some())
    };
    if digits > 0
        && letters >= 2
        && token.len() <= LEET_MAX_WORD
        && (letters > digits || all_mappable())
    {
        // Pass 1: runs of at most two digits with a letter on both sides.
        let mut mapped_inside = false;
        let mut i = 1;
        while i < token.len() {
            if token[i].class != Class::Digit {
                i += 1;
                continue;
            }
            let run = i;
            while i < token.len() && token[i].class == Class::Digit {
                i += 1;
            }
            let mappable = i - run <= 2
                && token[run - 1].class.is_letter()
                && token.get(i).is_some_and(|u| u.class.is_letter())
                && token[run..i].iter().all(|u| leet(u.c).is_some());
            if mappable {
                mapped_inside = true;
                for u in &mut token[run..i] {
                    if let Some(c) = leet(u.c) {
                        read_as_letter(u, c);
                    }
                }
            }
        }
        // Pass 2: a word proven to be leetspeak by pass 1 also has its leading and trailing
        // digit runs (up to three digits) read as letters: `d0ubl3`, `r3nv013`, `1nv3st`.
        if mapped_inside {
            let lead = token.iter().take_while(|u| u.class == Class::Digit).count();
            let trail = token
                .iter()
                .rev()
                .take_while(|u| u.class == Class::Digit)
                .count();
            let n = token.len();
            for range in [0..lead, n - trail..n] {
                if range.len() <= 3 && token[range.clone()].iter().all(|u| leet(u.c).is_some()) {
                    for u in &mut token[range] {
                        if let Some(c) = leet(u.c) {
                            read_as_letter(u, c);
                        }
                    }
                }
            }
        }
    }

    let (mut latin, mut genuine, mut lookalike) = (false, false, false);
    for u in token.iter() {
        match u.class {
            Class::Latin => latin = true,
            Class::Other if u.alt == '\0' => genuine = true,
            Class::Other => lookalike = true,
            _ => {}
        }
    }
    if lookalike && (latin || !genuine) {
        for u in token.iter_mut() {
            if u.class == Class::Other && u.alt != '\0' {
                u.c = u.alt;
                u.class = Class::Latin;
            }
        }
    }
}

/// One entry of the map back to the original: normalized bytes from `norm` up to the next
/// span's `norm` came from original bytes `start..end`. A `linear` span is an ASCII word
/// copied byte for byte (normalized byte `norm + k` came from original byte `start + k`);
/// any other span's bytes all came from the whole `start..end` (one original character, or
/// for a space, the gap between its neighbouring tokens).
#[derive(Clone, Copy, Debug)]
struct Span {
    norm: u32,
    start: u32,
    end: u32,
    linear: bool,
}

/// Output writer: appends tokens and spaces to the normalized text and its map.
struct Out<'a> {
    norm: &'a mut Vec<u8>,
    map: &'a mut Vec<Span>,
    /// Original end offset of the last token written.
    last_end: u32,
}

impl Out<'_> {
    fn span(&mut self, start: u32, end: u32, linear: bool) {
        self.map.push(Span {
            norm: self.norm.len() as u32,
            start,
            end,
            linear,
        });
    }

    fn space(&mut self, start: u32, end: u32) {
        self.span(start.min(end), end, false);
        self.norm.push(b' ');
    }

    /// Writes a word of ASCII letters or digits starting at original byte `offset`.
    fn ascii_word(&mut self, word: &str, offset: u32) {
        self.space(self.last_end, offset);
        let end = offset + word.len() as u32;
        self.span(offset, end, true);
        // ASCII letters and digits only: setting bit 5 lowercases letters, keeps digits.
        self.norm.extend(word.bytes().map(|b| b | 0x20));
        self.last_end = self.last_end.max(end);
    }

    fn token(&mut self, units: &[Unit]) {
        let Some(first) = units.first() else {
            return;
        };
        self.space(self.last_end, first.start);
        for u in units {
            self.span(u.start, u.end, false);
            let mut buf = [0u8; 4];
            self.norm
                .extend_from_slice(u.c.encode_utf8(&mut buf).as_bytes());
            self.last_end = self.last_end.max(u.end);
        }
    }

    /// Writes the pending run of single-character tokens (letters, and digits that have a
    /// leetspeak reading). A digit with a single letter on both sides is read as a letter
    /// (`d 0 u b l e`); any other digit stays a number and splits the run (`1 2 3`). Each
    /// resulting group of three or more letters is joined into one word.
    #[inline]
    fn flush(&mut self, pending: &mut Vec<Unit>) {
        if !pending.is_empty() {
            self.flush_run(pending);
        }
    }

    fn flush_run(&mut self, pending: &mut Vec<Unit>) {
        let n = pending.len();
        for k in 0..n {
            let bridged = pending[k].class == Class::Digit
                && k > 0
                && k + 1 < n
                && pending[k - 1].class.is_letter()
                && pending[k + 1].class.is_letter();
            if let Some(c) = leet(pending[k].c).filter(|_| bridged) {
                pending[k].c = c;
                pending[k].class = Class::Latin;
            }
        }
        let mut start = 0;
        for k in 0..=n {
            if k < n && pending[k].class != Class::Digit {
                continue;
            }
            let group = &pending[start..k];
            if group.len() >= 3 {
                self.token(group);
            } else {
                for u in group {
                    self.token(std::slice::from_ref(u));
                }
            }
            if let Some(digit) = pending.get(k) {
                self.token(std::slice::from_ref(digit));
            }
            start = k + 1;
        }
        pending.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_obfuscations() {
        let cases: &[(&str, &str)] = &[
            // plain
            (
                "Send me BTC and I'll send back DOUBLE!",
                " send me btc and i ll send back double ",
            ),
            // fullwidth, mathematical, circled, enclosed, small capitals, ligatures
            ("ｄｏｕｂｌｅ ｙｏｕｒ ＢＴＣ", " double your btc "),
            ("𝐝𝐨𝐮𝐛𝐥𝐞 𝑩𝑰𝑻𝑪𝑶𝑰𝑵", " double bitcoin "),
            ("𝓭𝓸𝓾𝓫𝓵𝓮 𝕓𝕥𝕔", " double btc "),
            ("ⓓⓞⓤⓑⓛⓔ Ⓑⓣⓒ", " double btc "),
            ("🅱🆃🅲 🅑🅣🅒 🄱🅃🄲", " btc btc btc "),
            ("ᴅᴏᴜʙʟᴇ ʏᴏᴜʀ ʙɪᴛᴄᴏɪɴ", " double your bitcoin "),
            ("ﬁnal ofﬂine", " final offline "),
            ("Ｘ２ ⁵⁰⁰⁰", " x2 5000 "),
            // homoglyphs
            ("Вitсоin", " bitcoin "),
            ("ΒΤC", " btc "),
            ("ВТС", " btc "),
            ("ΕΤΗ giveаwаy", " eth giveaway "),
            ("ѕеnd bаck", " send back "),
            ("dοuble", " double "),
            ("bıtcoın", " bitcoin "),
            // genuine words of other scripts stay
            ("привет мир", " привет мир "),
            ("Καλημέρα κόσμε", " καλημερα κοσμε "),
            ("比特币", " 比 特 币 "),
            ("ヿ", " コ ト "),
            ("送BTC返还双倍", " 送 btc 返 还 双 倍 "),
            ("ﾋﾞｯﾄｺｲﾝ", " ヒ ッ ト コ イ ン "),
            // invisible characters
            ("dou\u{200b}ble", " double "),
            ("الـــمــحفظة", " المحفظة "),
            ("gi\u{ad}ve\u{200d}a\u{2060}way", " giveaway "),
            ("\u{feff}\u{202e}bitcoin\u{202c}", " bitcoin "),
            ("b\u{fe0f}t\u{e0041}c", " btc "),
            ("e\u{301}\u{301}\u{301}", " e "),
            // separators
            ("double🚀your🚀bitcoin", " double your bitcoin "),
            ("send•back", " send back "),
            ("send-back", " send back "),
            ("  send...back!!!\n\tnow  ", " send back now "),
            ("❤\u{fe0f}👨\u{200d}👩 double", " double "),
            // letter spacing
            ("D.O.U.B.L.E", " double "),
            ("d o u b l e your B T C", " double your btc "),
            ("send B-T-C now", " send btc now "),
            ("1 2 3", " 1 2 3 "),
            ("d 0 u b l e", " double "),
            ("s 3 n d", " send "),
            ("B-1-T-C-0-I-N", " bitcoin "),
            ("a b 1 2 c", " a b 1 2 c "),
            ("send 1 btc", " send 1 btc "),
            ("x 1 y 2", " xiy 2 "),
            ("1 a b c 2", " 1 abc 2 "),
            ("a b", " a b "),
            ("I am a boy", " i am a boy "),
            // leetspeak
            ("d0uble", " double "),
            ("B1tc0in", " bitcoin "),
            ("g1v3away", " giveaway "),
            ("s3nd", " send "),
            ("b@ck", " back "),
            ("$end", " send "),
            ("b!tcoin", " bitcoin "),
            ("ca$h", " cash "),
            ("Eth3r3um", " ethereum "),
            // a word proven leet by an inside digit has its edge digits read too
            ("d0ubl3", " double "),
            ("r3nv013", " renvoie "),
            ("1nv3st", " invest "),
            // a Cyrillic word reads its digits as Cyrillic letters and stays Cyrillic
            ("п0лучи", " получи "),
            ("уд8аиваю", " удваиваю "),
            ("0тправь", " 0тправь "),
            ("сег0дня", " сегодня "),
            ("т0лько", " только "),
            // ...but a word of look-alikes only is folded to Latin, digits and all
            ("В1В", " bib "),
            ("covid19", " covid19 "),
            ("mp3", " mp3 "),
            // numbers and amounts must keep their digits
            ("2x", " 2x "),
            ("x2", " x2 "),
            ("10x", " 10x "),
            ("5000btc", " 5000btc "),
            ("1000", " 1000 "),
            ("0.5", " 0 5 "),
            ("2020", " 2020 "),
            ("$1,000", " 1 000 "),
            ("30 minutes", " 30 minutes "),
            ("web3 1inch covid19", " web3 1inch covid19 "),
            ("$BTC @elonmusk wow!", " btc elonmusk wow "),
            ("$btc $eth $doge to the moon", " btc eth doge to the moon "),
            ("$ending $end", " sending send "),
            ("US$100", " us 100 "),
            (
                "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
                " 1bvbmseystwetqtfn5au4m4gfg7xjanvn2 ",
            ),
            // accents (es, fr, de, pt)
            (
                "¡Envía 1 BTC y recibirás el doble!",
                " envia 1 btc y recibiras el doble ",
            ),
            (
                "Offre limitée : je vous rembourserai le double, ça marche",
                " offre limitee je vous rembourserai le double ca marche ",
            ),
            (
                "Größte Aktion: wir zahlen das Doppelte zurück",
                " grosste aktion wir zahlen das doppelte zuruck ",
            ),
            (
                "Envie ETH e receberá o dobro, promoção única",
                " envie eth e recebera o dobro promocao unica ",
            ),
            ("ÆSIR cœur ẞ", " aesir coeur ss "),
            ("İstanbul", " istanbul "),
            // blank
            ("", " "),
            ("   !!! 🚀 \u{200b}", " "),
        ];
        for (input, expected) in cases {
            let got = normalize(input);
            assert_eq!(got.as_str(), *expected, "input {input:?}");
            assert_eq!(normalize(expected).as_str(), *expected, "not idempotent");
        }
    }

    #[test]
    fn maps_back_to_original() {
        let cases: &[(&str, &str, &str)] = &[
            // (input, normalized phrase to look for, original span expected)
            ("hey d o u b l e now", " double ", "d o u b l e"),
            ("x Вitсоin y", " bitcoin ", "Вitсоin"),
            ("a 𝐝𝐨𝐮𝐛𝐥𝐞 b", " double ", "𝐝𝐨𝐮𝐛𝐥𝐞"),
            ("pls s3nd-b@ck!!", " send back ", "s3nd-b@ck"),
            ("dou\u{200b}ble it", " double ", "dou\u{200b}ble"),
            ("¡Envía ya!", " envia ", "Envía"),
            ("🚀🚀Größte", " grosste ", "Größte"),
        ];
        for (input, phrase, span) in cases {
            let text = normalize(input);
            let at = text
                .as_str()
                .find(phrase)
                .unwrap_or_else(|| panic!("{phrase:?} not in {:?}", text.as_str()));
            let range = at..at + phrase.len();
            assert_eq!(text.original_str(input, range), *span, "input {input:?}");
        }
    }

    #[test]
    fn original_range_never_panics_on_odd_ranges() {
        let input = "héllo 𝐝𝐨𝐮𝐛𝐥𝐞";
        let text = normalize(input);
        let n = text.as_str().len();
        #[allow(clippy::reversed_empty_ranges)]
        let odd = [0..0, 0..1, 5..2, n..n + 10, 100..200, 0..usize::MAX, 3..4];
        for r in odd {
            let o = text.original_range(r.clone());
            assert!(o.start <= o.end && o.end <= input.len(), "{r:?} -> {o:?}");
            assert!(input.is_char_boundary(o.start) && input.is_char_boundary(o.end));
        }
        // A range made only of the separating space maps to no original character.
        assert!(text.original_range(0..1).is_empty());
        let blank = normalize("");
        assert!(blank.is_blank());
        assert_eq!(blank.original_range(0..5), 0..0);
        assert_eq!(blank.tokens().count(), 0);
        assert_eq!(blank.as_str(), " ");
        assert_eq!(Text::default().as_str(), " ");
    }

    #[test]
    fn reuses_buffers() {
        let mut text = Text::default();
        normalize_into(&mut text, "ｄｏｕｂｌｅ your BTC");
        assert_eq!(text.as_str(), " double your btc ");
        normalize_into(&mut text, "ok");
        assert_eq!(text.as_str(), " ok ");
        assert_eq!(text.original_range(1..3), 0..2);
    }

    /// Strings biased towards the characters the folds care about.
    fn tricky() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            any::<char>().prop_map(String::from),
            prop::sample::select(vec![
                " ",
                "a",
                "B",
                "é",
                "e\u{301}",
                "0",
                "1",
                "3",
                "$",
                "@",
                "!",
                ".",
                "-",
                "\u{200b}",
                "\u{ad}",
                "\u{fe0f}",
                "🚀",
                "В",
                "с",
                "Η",
                "η",
                "ß",
                "ẞ",
                "ｄ",
                "𝐝",
                "ⓓ",
                "🅱",
                "ᴅ",
                "ﬁ",
                "½",
                "²",
                "İ",
                "ı",
                "Ꭺ",
                "ꭺ",
                "ϒ",
                "п",
                "κ",
                "한",
                "\u{1160}",
                "\u{3164}",
                "\u{e0100}",
                "٣",
                "Ⅻ",
                "ǅ",
                "ʀ",
                "Ʀ",
                "\u{0}",
                "\n",
            ])
            .prop_map(String::from),
        ];
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    fn check_contract(input: &str) -> Result<(), TestCaseError> {
        let text = normalize(input);
        let n = text.as_str();
        prop_assert!(n.starts_with(' ') && n.ends_with(' '), "{n:?}");
        prop_assert!(!n.contains("  "), "double space in {n:?}");
        prop_assert!(text.map.first().is_some_and(|s| s.norm == 0));
        prop_assert!(
            text.map.windows(2).all(|w| w[0].norm < w[1].norm),
            "map not sorted"
        );
        prop_assert!(text.map.last().is_some_and(|s| (s.norm as usize) < n.len()));
        for c in n.chars() {
            if c == ' ' {
                continue;
            }
            prop_assert!(c.is_alphanumeric(), "{c:?} in {n:?}");
            prop_assert!(
                c.to_lowercase().eq(std::iter::once(c)),
                "{c:?} not lowercase"
            );
            prop_assert!(!is_combining_mark(c) && !is_invisible(c), "{c:?}");
        }
        let mut prev_start = 0;
        for tok in text.tokens() {
            let o = text.original_range(tok.clone());
            prop_assert!(o.start < o.end && o.end <= input.len(), "{tok:?} -> {o:?}");
            prop_assert!(input.is_char_boundary(o.start) && input.is_char_boundary(o.end));
            prop_assert!(
                o.start >= prev_start,
                "non-monotonic {o:?} after {prev_start}"
            );
            prev_start = o.start;
        }
        for i in 0..=n.len() + 1 {
            for j in [i, i + 1, i + 3, n.len(), n.len() + 2] {
                let o = text.original_range(i..j);
                prop_assert!(o.start <= o.end && o.end <= input.len());
                prop_assert!(input.is_char_boundary(o.start) && input.is_char_boundary(o.end));
            }
        }
        let again = normalize(n);
        prop_assert_eq!(again.as_str(), n, "not idempotent on {:?}", input);
        Ok(())
    }

    #[test]
    fn folding_is_idempotent_on_every_east_asian_character() {
        // Compatibility forms decompose into several syllabic characters (`ヿ` → `コト`,
        // `㍿` → `株式会社`): every such character, alone and between Latin letters, must fold
        // to a fixed point.
        let ranges = [
            0x1100..0x1200,
            0x2E80..0x3400,
            0xA960..0xA980,
            0xD7B0..0xD800,
            0xF900..0xFB00,
            0xFE30..0xFE50,
            0xFF00..0xFFF0,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            for input in [c.to_string(), format!("a{c}b"), format!("{c}{c}1")] {
                let once = normalize(&input);
                let twice = normalize(once.as_str());
                assert_eq!(
                    twice.as_str(),
                    once.as_str(),
                    "{input:?} (U+{:04X})",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn syllabic_scripts_are_matched_a_character_at_a_time() {
        // Hangul syllables come out as jamo, one token per syllable, so a word matches inside
        // a longer one with its particle attached (비트코인 in 비트코인을).
        let attached = normalize("비트코인을");
        assert_eq!(attached.tokens().count(), 5);
        assert_eq!(attached.as_str(), normalize("비 트 코 인 을").as_str());
        assert!(attached.as_str().contains(normalize("비트코인").as_str()));
        // Mixed with Latin words and digits: each ideograph is its own token.
        let mixed = normalize("发送0.1BTC，返还0.2BTC");
        assert_eq!(mixed.as_str(), " 发 送 0 1btc 返 还 0 2btc ");
        // Spans map back to the one original character.
        let t = normalize("双倍返还");
        let r = t.original_range(1..4);
        assert_eq!(&"双倍返还"[r], "双");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn contract_holds_on_arbitrary_unicode(input in any::<String>()) {
            check_contract(&input)?;
        }

        #[test]
        fn contract_holds_on_tricky_strings(input in tricky()) {
            check_contract(&input)?;
        }
    }
}
