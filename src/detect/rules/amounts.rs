//! Amounts set side by side: "send 0.1 BTC, get 0.2 BTC", "0.5 ETH ➜ 1 ETH", tables of tiers.
//!
//! A promise to multiply does not need the word "double": two amounts of the same currency,
//! the second a multiple of the first, say it in every language. This recognizer finds them in
//! the original text (where decimals and thousands separators are still there) and reports the
//! larger amount of each pair, which the rule files can make a term of a concept
//! (`@amount_ratio`, usually of MULTIPLIER).

use std::ops::Range;

/// Most bytes from the first amount of a pair to the second.
const PAIR_SPAN: usize = 90;
/// Most bytes between a bare first amount and the second amount it takes its currency from.
const BARE_FIRST_GAP: usize = 8;
/// The ratios that read as a promise: 1.5× to 10×.
const RATIO: std::ops::RangeInclusive<f64> = 1.5..=10.0;

/// One amount with its currency, as found in the original text.
#[derive(Clone, Debug, PartialEq)]
struct Amount {
    value: f64,
    /// `None`: a bare number, which takes the currency of the amount it is paired with.
    unit: Option<&'static str>,
    range: Range<usize>,
}

/// Byte ranges (in `original`) of the larger amount of every pair of same-currency amounts in
/// a 1.5–10× ratio within a short distance, in text order.
///
/// The second amount of a pair may leave its currency out ("send 0.02 BTC, I send back
/// 0.04"): a bare number takes the currency of the amount before it when it is written with
/// decimals or stands alone (not followed by a word: "2 hours" is not an amount).
pub(crate) fn ratios(original: &str) -> Vec<Range<usize>> {
    let amounts = amounts(original);
    let mut out = Vec::new();
    for (i, a) in amounts.iter().enumerate() {
        for b in &amounts[i + 1..] {
            if b.range.start - a.range.start > PAIR_SPAN {
                break;
            }
            // A bare first amount takes the currency of a second one right after it
            // ("0.05 → 0.1 BTC"); two bare numbers are no pair.
            // Two bare numbers are a pair only when an arrow joins them: a row of a table of
            // tiers whose currency is in its heading ("(ETH): 0,5 → 1 | 1 → 2").
            let paired = match (a.unit, b.unit) {
                (Some(_), None) => true,
                (Some(u), Some(v)) => u == v,
                (None, Some(_)) => b.range.start - a.range.end <= BARE_FIRST_GAP,
                (None, None) => joined_by_arrow(&original[a.range.end..b.range.start]),
            };
            if paired && a.value > 0.0 && RATIO.contains(&(b.value / a.value)) {
                if out.last() != Some(&b.range) {
                    out.push(b.range.clone());
                }
                break;
            }
        }
    }
    out
}

/// The ASCII arrows that set one amount against another (`=>`, `->`); [`ARROW_CHARS`] has the
/// arrow characters.
const ARROWS: &[&str] = &["=>", "->", "-->", "==>"];
/// The arrow characters (all three bytes in UTF-8, starting with 0xE2).
const ARROW_CHARS: &[&str] = &["→", "➜", "➡", "⇒", "⟶", "➔"];

/// True when `between` (the text between two numbers) is an arrow with at most spaces
/// around it.
fn joined_by_arrow(between: &str) -> bool {
    let t = between.trim_matches(|c: char| c == ' ' || c == '\u{a0}' || c == '\u{fe0f}');
    ARROWS.contains(&t) || ARROW_CHARS.contains(&t)
}

/// True when `original` has an arrow (`→`, `=>`, ...): amounts set side by side are worth
/// looking for in a post no concept term matched ("10 SOL => 20 SOL" names no coin the
/// lexicons know by itself).
pub(crate) fn has_arrow(original: &str) -> bool {
    // One pass: every arrow is `>` after `=` or `-`, or a three-byte character starting with
    // 0xE2 (the Arrows, Dingbats and Supplemental Arrows blocks).
    let b = original.as_bytes();
    memchr::memchr2_iter(b'>', 0xE2, b).any(|i| {
        if b[i] == b'>' {
            i > 0 && matches!(b[i - 1], b'=' | b'-')
        } else {
            b.get(i..i + 3)
                .is_some_and(|c| ARROW_CHARS.iter().any(|a| a.as_bytes() == c))
        }
    })
}

/// The larger amounts of the second and later pairs: a table of tiers ("0.1 → 0.2,
/// 0.5 → 1, 1 → 2") states its promise more than once. Empty when there is one pair or none.
pub(crate) fn tiers(ratios: &[Range<usize>]) -> &[Range<usize>] {
    ratios.get(1..).unwrap_or(&[])
}

/// The exact multiples that read as a reported payout: 2× to 10×.
const PAYOUT_MULTIPLES: std::ops::RangeInclusive<u32> = 2..=10;

/// Byte ranges (in `original`) of the larger number of every pair of numbers within a short
/// distance, one an exact 2–10× multiple of the other, in either order, with a currency on one
/// of them at most: the testimonial's "sent 0.05, five minutes later 0.1 came back", "2
/// geschickt, 4 zurückbekommen", "转了2,500，收到5,000", and the boast that gives the payout
/// first, "just received 1,000 USDT! I sent 500". Numbers followed by a word count here ("2
/// hours, 4 people" is a pair too): it is weak evidence, for a frame that has a testimonial's
/// words around it (the shipped PAYOUT_RATIO concept and `xx.multiply.testimonial`). Two
/// amounts that both name their currency are [`ratios`]' (the promise "send 1 BTC, get 2 BTC").
pub(crate) fn bare_ratios(original: &str) -> Vec<Range<usize>> {
    let b = original.as_bytes();
    // Every number: its value, its range, and whether a currency names it.
    let mut numbers: Vec<(f64, Range<usize>, bool)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit()
            || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.'))
        {
            i += 1;
            continue;
        }
        let (value, end, _) = number(b, i);
        let named = currency_before(original, i).is_some() || unit_after(original, end).is_some();
        numbers.push((value, i..end, named));
        i = end.max(i + 1);
    }
    let mut out = Vec::new();
    for (n, (a, ra, a_named)) in numbers.iter().enumerate() {
        for (v, rb, b_named) in &numbers[n + 1..] {
            if rb.start - ra.start > PAIR_SPAN {
                break;
            }
            if *a_named && *b_named {
                continue;
            }
            let (small, large, larger) = if v >= a { (a, v, rb) } else { (v, a, ra) };
            let k = large / small;
            let exact = *small > 0.0 && (k - k.round()).abs() < 1e-9 * k.max(1.0);
            if exact && PAYOUT_MULTIPLES.contains(&(k.round() as u32)) {
                if !out.contains(larger) {
                    out.push(larger.clone());
                }
                break;
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// Coin tickers that are ordinary words in lower case (Spanish and Portuguese *sol*, Turkish
/// *ada*, French *ton*, English *dot* and *near*): only their capitals name the coin.
const CAPITAL_TICKERS: &[&str] = &[
    "SOL", "ADA", "TON", "DOT", "NEAR", "ATOM", "SUI", "APT", "ARB", "AVAX", "TRX", "XLM",
];

/// Byte ranges of the coin tickers written in capitals as a word of their own (`SOL`,
/// `$ADA`, `250.000 SOL`): the lexicons match lower-cased text, where `sol` is the sun.
pub(crate) fn tickers(original: &str) -> Vec<Range<usize>> {
    let b = original.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_uppercase() || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let len = b[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let word = &original[i..i + len];
        if CAPITAL_TICKERS.contains(&word) && b.get(i + len).is_none_or(|c| *c < 0x80) {
            out.push(i..i + len);
        }
        i += len.max(1);
    }
    out
}

/// Byte ranges of the amounts of a coin (`0.1 BTC`, `500 USDT`, `5.000 DOGE`, `₿1`, `ETH 2`):
/// a sum of crypto named as money, what a giveaway offers to whoever drops an address
/// ("sending 500 USDT to 3 random people"). Amounts in dollars or euros are left out: a
/// creator's "$50 to one follower" is paid by card, and "10 WL spots" is no amount at all.
pub(crate) fn coin_amounts(original: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for a in amounts(original) {
        // "0,1 BTC 312 people": the ticker of one amount is no unit of the number after it.
        let overlaps = out.last().is_some_and(|last| a.range.start < last.end);
        if a.unit.is_some_and(|u| !FIAT.contains(&u)) && !overlaps {
            out.push(a.range);
        }
    }
    out
}

/// The units of `UNITS` that are no coin.
const FIAT: &[&str] = &["usd", "eur", "gbp"];

/// Payment URI schemes that wallet apps open (BIP 21 `bitcoin:` and its kin), lower case.
const PAYMENT_SCHEMES: &[&str] = &[
    "bitcoin",
    "bitcoincash",
    "ethereum",
    "solana",
    "litecoin",
    "dogecoin",
    "tron",
    "ton",
    "web+cardano",
];

/// Byte ranges of the payment URIs that ask for an amount (`bitcoin:bc1q…?amount=0.1`,
/// `ethereum:0x…?value=5e17`, `solana:…?amount=5&label=Event`): tapped or scanned, they fill
/// in the wallet app's send screen, address and amount. A public post carrying one asks every
/// reader to pay that much; a tip jar's URI names no amount.
pub(crate) fn payment_requests(original: &str) -> Vec<Range<usize>> {
    let b = original.as_bytes();
    let mut out = Vec::new();
    for colon in memchr::memchr_iter(b':', b) {
        let start = b[..colon]
            .iter()
            .rposition(|c| !(c.is_ascii_alphabetic() || *c == b'+'))
            .map_or(0, |p| p + 1);
        let scheme = &original[start..colon];
        if scheme.is_empty()
            || !PAYMENT_SCHEMES
                .iter()
                .any(|s| s.eq_ignore_ascii_case(scheme))
        {
            continue;
        }
        let end = b[colon..]
            .iter()
            .position(|c| c.is_ascii_whitespace() || *c >= 0x80)
            .map_or(b.len(), |p| colon + p);
        let Some(query) = original[colon..end].split_once('?').map(|(_, q)| q) else {
            continue;
        };
        let asks = query.split('&').any(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (k.eq_ignore_ascii_case("amount") || k.eq_ignore_ascii_case("value"))
                && v.bytes().next().is_some_and(|c| c.is_ascii_digit())
        });
        if asks {
            out.push(start..end);
        }
    }
    out
}

/// Fewest shortened addresses that make a list of payouts.
const PAYOUT_LIST_MIN: usize = 3;

/// Byte ranges of the shortened addresses (`0x1238…a2d7`, `bc1qh3...ydcl`) of a list of them,
/// from the third on: the fake "already paid" table of a giveaway shows the payouts it never
/// made. Empty with fewer than three.
pub(crate) fn payout_list(original: &str) -> Vec<Range<usize>> {
    let b = original.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // Jump to the next candidate: a dot or the first byte of `…`.
        match memchr::memchr2(b'.', 0xE2, &b[i..]) {
            Some(off) => i += off,
            None => break,
        }
        // An ellipsis: `…` (E2 80 A6), or two or three dots.
        let (dots_start, dots_end) = if b[i..].starts_with("…".as_bytes()) {
            (i, i + 3)
        } else if b[i] == b'.' && b.get(i + 1) == Some(&b'.') {
            let n = b[i..].iter().take_while(|c| **c == b'.').count();
            if n > 3 {
                i += n;
                continue;
            }
            (i, i + n)
        } else {
            i += 1;
            continue;
        };
        let head = b[..dots_start]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let tail = b[dots_end..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let start = dots_start - head;
        let before_ok = start == 0 || !b[start - 1].is_ascii_alphanumeric();
        let shaped = (4..=12).contains(&head)
            && (3..=10).contains(&tail)
            && b[start..dots_start].iter().any(u8::is_ascii_digit);
        if before_ok && shaped {
            found.push(start..dots_end + tail);
        }
        i = dots_end + tail;
    }
    if found.len() < PAYOUT_LIST_MIN {
        return Vec::new();
    }
    found.split_off(PAYOUT_LIST_MIN - 1)
}

/// Every amount with a currency: `0.1 BTC`, `1,5 ETH`, `$1,000`, `2000 USDT`, `€500`; and bare
/// numbers that may be the second amount of a pair (`unit: None`).
fn amounts(s: &str) -> Vec<Amount> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit()
            || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.'))
        {
            i += 1;
            continue;
        }
        let (value, end, decimal) = number(b, i);
        let before = currency_before(s, i);
        let after = unit_after(s, end);
        match (before, after) {
            (Some((unit, start)), _) => out.push(Amount {
                value,
                unit: Some(unit),
                range: start..end,
            }),
            (None, Some((unit, unit_end))) => out.push(Amount {
                value,
                unit: Some(unit),
                range: i..unit_end,
            }),
            (None, None) if decimal || !followed_by_word(s, end) => out.push(Amount {
                value,
                unit: None,
                range: i..end,
            }),
            (None, None) => {}
        }
        i = end.max(i + 1);
    }
    out
}

/// True when a letter, a currency sign or a percent sign follows `end`, after at most one
/// space (a no-break space too): "2 hours", "3rd", "10k", "500 $" (an amount of its own, in
/// another currency), "40 %" (a share: "deposit 15 USDT, get 40 % off fees" pairs no amounts).
fn followed_by_word(s: &str, end: usize) -> bool {
    let rest = &s[end..];
    let rest = rest
        .strip_prefix([' ', '\u{a0}', '\u{202f}'])
        .unwrap_or(rest);
    rest.chars().next().is_some_and(|c| {
        c.is_alphabetic()
            || matches!(
                c,
                '$' | '€' | '£' | '₿' | '¥' | '₽' | '₺' | '%' | '٪' | '％'
            )
    })
}

/// Parses the number at `i`: digits with `,` or `.` separators. A separator followed by
/// exactly three digits after a non-zero integer part groups thousands (`1,000`, `10.000`);
/// otherwise it is the decimal point (`0.5`, `1,5`). Returns the value, where it ends, and
/// whether it has a decimal point.
fn number(b: &[u8], mut i: usize) -> (f64, usize, bool) {
    // Integer and fraction digits as integers (no allocation per number); the fraction is
    // divided once at the end, so `0.15` is exactly the f64 `0.15`.
    let (mut int, mut frac, mut frac_len) = (0u64, 0u64, 0i32);
    let mut int_nonzero = false;
    let mut decimal = false;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            let d = u64::from(c - b'0');
            if decimal {
                if frac_len < 18 {
                    frac = frac * 10 + d;
                    frac_len += 1;
                }
            } else {
                int = int.saturating_mul(10).saturating_add(d);
                int_nonzero |= d != 0;
            }
            i += 1;
            continue;
        }
        // A space (or a no-break space) before exactly three digits groups thousands too
        // (`5 000`, as French, Russian and others write them).
        let space = match (c, b.get(i + 1), b.get(i + 2)) {
            (b' ', _, _) => 1,
            (0xC2, Some(0xA0), _) => 2,
            (0xE2, Some(0x80), Some(0xAF)) => 3,
            _ => 0,
        };
        if space > 0 && int_nonzero && !decimal {
            let group = b[i + space..]
                .iter()
                .take_while(|d| d.is_ascii_digit())
                .count();
            if group == 3 {
                i += space;
                continue;
            }
        }
        let digits = b[i + 1..].iter().take_while(|d| d.is_ascii_digit()).count();
        if (c == b',' || c == b'.') && digits > 0 && !decimal {
            if !(digits == 3 && int_nonzero) {
                decimal = true;
            }
            i += 1;
            continue;
        }
        break;
    }
    let value = int as f64 + frac as f64 / 10f64.powi(frac_len);
    (value, i, decimal)
}

/// A currency sign or ticker just before `i` (`$1,000`, `€ 500`, `ETH 0.3`): its unit and
/// where it starts.
fn currency_before(s: &str, i: usize) -> Option<(&'static str, usize)> {
    let head = s[..i].trim_end_matches(' ');
    // A ticker in capitals, one space before the number: "ETH 0.3 → 0.6" (a lower-case
    // word before a number is prose: "eth 2" is rare, "sol 2" is Spanish).
    if head.len() < i {
        let word_len = head
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphabetic)
            .count();
        let word = &head[head.len() - word_len..];
        let starts_word = head.len() == word_len
            || !head.as_bytes()[head.len() - word_len - 1].is_ascii_alphanumeric();
        if (3..=4).contains(&word_len)
            && starts_word
            && word.bytes().all(|b| b.is_ascii_uppercase())
        {
            let lower = word.to_ascii_lowercase();
            if let Some((_, unit)) = UNITS.iter().find(|(w, _)| *w == lower) {
                return Some((unit, head.len() - word_len));
            }
        }
    }
    let sign = head.chars().next_back()?;
    let unit = match sign {
        '$' => "usd",
        '€' => "eur",
        '£' => "gbp",
        '₿' => "btc",
        'Ξ' => "eth",
        _ => return None,
    };
    Some((unit, head.len() - sign.len_utf8()))
}

/// A currency word just after `end` (`0.1 BTC`, `2ETH`, `500 dollars`): its unit and end.
fn unit_after(s: &str, end: usize) -> Option<(&'static str, usize)> {
    let rest = &s[end..];
    let skipped = rest.len() - rest.trim_start_matches(' ').len();
    if skipped > 1 {
        return None;
    }
    let word_start = end + skipped;
    // The word ends where the script changes too: "100 USDT送金" is USDT, then Japanese.
    let tail = &s[word_start..];
    let ascii = tail.chars().next().is_some_and(|c| c.is_ascii());
    let len = tail
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric() || c.is_ascii() != ascii)
        .map_or(tail.len(), |(at, _)| at);
    let word = &tail[..len];
    let lower = word.to_lowercase();
    let unit = UNITS.iter().find(|(w, _)| *w == lower)?.1;
    Some((unit, word_start + word.len()))
}

/// Currency words and the unit they stand for.
const UNITS: &[(&str, &str)] = &[
    ("btc", "btc"),
    ("bitcoin", "btc"),
    ("bitcoins", "btc"),
    ("eth", "eth"),
    ("ether", "eth"),
    ("ethereum", "eth"),
    ("usdt", "usdt"),
    ("usdc", "usdc"),
    ("sol", "sol"),
    ("solana", "sol"),
    ("bnb", "bnb"),
    ("doge", "doge"),
    ("dogecoin", "doge"),
    ("xrp", "xrp"),
    ("ada", "ada"),
    ("trx", "trx"),
    ("ltc", "ltc"),
    ("shib", "shib"),
    ("ton", "ton"),
    ("usd", "usd"),
    ("dollar", "usd"),
    ("dollars", "usd"),
    ("eur", "eur"),
    ("euro", "eur"),
    ("euros", "eur"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<&str> {
        ratios(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn coin_amounts_are_sums_of_a_coin_not_of_money() {
        let table: &[(&str, &[&str])] = &[
            ("Mando 500 USDT a 3 persone a caso", &["500 USDT"]),
            ("Раздаю 0,1 BTC 312 случайным людям", &["0,1 BTC"]),
            (
                "Rastgele 20 kişiye 5.000 DOGE hediye ediyorum",
                &["5.000 DOGE"],
            ),
            ("リプ欄の人から2.5 BTCをプレゼント", &["2.5 BTC"]),
            ("send ₿1 or ETH 2", &["₿1", "ETH 2"]),
            // Money, counts and bare numbers are no coin amount.
            ("$50 to one follower, €20 to another", &[]),
            ("10 WL spots, 3 winners, 24 hours", &[]),
            ("100 dollars", &[]),
        ];
        for (text, want) in table {
            let got: Vec<&str> = coin_amounts(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn bare_numbers_in_an_exact_multiple() {
        fn found(s: &str) -> Vec<&str> {
            bare_ratios(s).into_iter().map(|r| &s[r]).collect()
        }
        let table: &[(&str, &[&str])] = &[
            ("Отправил 0,05, через пять минут пришло 0,1", &["0,1"]),
            (
                "Funktioniert wirklich! 2 geschickt, 4 zurückbekommen",
                &["4"],
            ),
            ("真的有效！转了2,500，五分钟后收到5,000", &["5,000"]),
            ("0.2 보냈더니 5분 만에 0.4 들어옴", &["0.4"]),
            ("Mandé 0.05 y me devolvieron 0.15", &["0.15"]),
            // The payout first, one currency named.
            ("Acabo de recibir 10 ETH del evento! Yo envié 5", &["10"]),
            ("Just received 1,000 USDT!! Sent 500. It's real", &["1,000"]),
            ("sent $5, got 10", &["10"]),
            // Not an exact multiple, more than 10x, or a currency on both sides.
            ("sent 0.05, got 0.12 back", &[]),
            ("sent 1, got 20 back", &[]),
            ("sent 0.1 BTC and got 0.2 BTC", &[]),
        ];
        for (text, want) in table {
            assert_eq!(found(text), *want, "{text}");
        }
        let far = format!("sent 1{}got 2", " x".repeat(60));
        assert!(found(&far).is_empty());
    }

    #[test]
    fn amounts_side_by_side_in_a_ratio() {
        let table: &[(&str, &[&str])] = &[
            ("Send 0.1 BTC, get 0.2 BTC back", &["0.2 BTC"]),
            (
                "0.5 ETH ➜ 1 ETH\n1 ETH ➜ 2 ETH\n5 ETH ➜ 10 ETH",
                &["1 ETH", "2 ETH", "5 ETH", "10 ETH"],
            ),
            ("you send $1,000, I send you back $2,000", &["$2,000"]),
            ("Envía 1,5 ETH y recibe 3 ETH", &["3 ETH"]),
            ("发送0.1BTC，返还0.2BTC", &["0.2BTC"]),
            ("10.000 USDT → 20.000 USDT", &["20.000 USDT"]),
            // A share is no amount: a discount, a fee, a yield.
            (
                "пополните счёт на 15 USDT и получите скидку 40 % на комиссии",
                &[],
            ),
            ("deposit 15 USDT, get 40% off", &[]),
            ("dépose 15 USDT et gagne 40\u{a0}% de remise", &[]),
            // The second amount without its currency.
            (
                "you send me 0.02 btc and ill send you 0.04 right back",
                &["0.04"],
            ),
            ("0,5 ETH ➜ 1\n1 ETH ➜ 2", &["1", "2"]),
            ("Send 1 BTC within 2 hours", &[]),
            // A ticker before the number; bare numbers joined by an arrow; a unit glued to
            // the next word of a script without spaces.
            ("ETH 0.3 → 0.6 | ETH 1.5 → 3", &["0.6", "ETH 1.5", "3"]),
            (
                "Tabla (ETH): ▪️ 0,5 → 1 | ▪️ 1 → 2 | ▪️ 10 → 20",
                &["1", "2", "20"],
            ),
            (
                "10 SOL => 20 SOL | 50 SOL -> 100 SOL",
                &["20 SOL", "50 SOL", "100 SOL"],
            ),
            ("・100 USDT送金 → 200 USDT受取", &["200 USDT"]),
            ("the eth 2 upgrade, score 2 - 1", &[]),
            ("scores 1 2 3 4", &[]),
            ("rooms 2 → 5 floors", &[]),
            ("1) 5 000 XRP ⇒ 10 000 XRP", &["10 000 XRP"]),
            ("✅ 1Jb3ni…szmc  0.1 → 0.2 BTC", &["0.2 BTC"]),
            ("in 2 days, 5 BTC", &[]),
            ("deposit 100 USDT and trade 500 $ to get a coupon", &[]),
            // Same currency but no multiple, or different currencies.
            ("I bought 1 BTC and 1 BTC more", &[]),
            ("0.1 BTC for 200 USDT", &[]),
            // Numbers without a currency, far apart amounts.
            ("Top 10 and top 20 lists", &[]),
            (
                "1 BTC today. Nothing more to say here, honestly, none at all; the market is dull and slow all week long, and then 2 BTC",
                &[],
            ),
        ];
        for (text, want) in table {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn arrows_are_found_in_one_pass() {
        for (text, want) in [
            ("10 SOL => 20 SOL", true),
            ("1 -> 2", true),
            ("0.5 → 1", true),
            ("0.5 ➜ 1, 1 ➡ 2", true),
            ("a ⇒ b", true),
            ("it’s “quoted” … no arrow > here", false),
            ("", false),
        ] {
            assert_eq!(has_arrow(text), want, "{text}");
        }
    }

    #[test]
    fn tickers_in_capitals_only() {
        let table: &[(&str, &[&str])] = &[
            ("Tesla verschenkt SOL an die Community", &["SOL"]),
            ("250.000 SOL und $ADA, TON.", &["SOL", "ADA", "TON"]),
            // Lower case and mixed case are words; glued to letters is no ticker.
            ("tomar el sol, la ada, ton ami", &[]),
            ("Sol de verano, SOLANA, xSOL, SOLx", &[]),
        ];
        for (text, want) in table {
            let got: Vec<&str> = tickers(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn payment_uris_that_ask_for_an_amount() {
        fn found(s: &str) -> Vec<&str> {
            payment_requests(s).into_iter().map(|r| &s[r]).collect()
        }
        let table: &[(&str, &[&str])] = &[
            (
                "Scan to join 👉 bitcoin:bc1qg0mw9uc9xw65vznmzy9hh3w7uh94gkpq7j6tgy?amount=0.25",
                &["bitcoin:bc1qg0mw9uc9xw65vznmzy9hh3w7uh94gkpq7j6tgy?amount=0.25"],
            ),
            (
                "ethereum:0xcEecb4A7Cbf6229A76041992A91b7B7AE0fD0A82?value=500000000000000000 2x back",
                &["ethereum:0xcEecb4A7Cbf6229A76041992A91b7B7AE0fD0A82?value=500000000000000000"],
            ),
            (
                "SOLANA:4araJVkEWZCYKYUyQzfHcwMcaWfxubQhhLxuNSz3m5oa?label=Event&amount=50",
                &["SOLANA:4araJVkEWZCYKYUyQzfHcwMcaWfxubQhhLxuNSz3m5oa?label=Event&amount=50"],
            ),
            // A tip jar names no amount; other schemes and words before a colon are not
            // payment requests.
            (
                "Tips: bitcoin:bc1qg0mw9uc9xw65vznmzy9hh3w7uh94gkpq7j6tgy",
                &[],
            ),
            (
                "bitcoin:bc1qg0mw9uc9xw65vznmzy9hh3w7uh94gkpq7j6tgy?label=tips",
                &[],
            ),
            ("https://example.org/?amount=5", &[]),
            ("Bitcoin: up 5% today?amount=5", &[]),
            ("mybitcoin:abc?amount=1", &[]),
        ];
        for (text, want) in table {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn payout_lists_of_shortened_addresses() {
        let table: &[(&str, usize)] = &[
            (
                "latest payouts:\n0x1238…a2d7 | +1 ETH\n0x585d…9E12 | +6 ETH\n0x9A89...568f | +2 ETH\n0x4c8c…A9c3",
                2,
            ),
            (
                "✅ bc1qh3…ydcl 0.05 → 0.1 BTC ✅ 1QGTHq…bvro ✅ 3QLV8e...tdM6",
                1,
            ),
            // Two are no list; ellipses in prose are no addresses.
            ("0x1238…a2d7 and 0x585d…9E12", 0),
            ("well... maybe... ok... later...", 0),
            ("wait for it…… done", 0),
        ];
        for (text, want) in table {
            assert_eq!(payout_list(text).len(), *want, "{text}");
        }
    }

    #[test]
    fn numbers_parse_with_either_separator() {
        let table: &[(&str, f64)] = &[
            ("0.5", 0.5),
            ("1,5", 1.5),
            ("1,000", 1000.0),
            ("10.000", 10000.0),
            ("5 000", 5000.0),
            ("10\u{a0}000", 10000.0),
            ("20\u{202f}000,5", 20000.5),
            ("5 00", 5.0),
            ("0.100", 0.1),
            ("2", 2.0),
        ];
        for (s, want) in table {
            assert_eq!(number(s.as_bytes(), 0).0, *want, "{s}");
        }
    }
}
