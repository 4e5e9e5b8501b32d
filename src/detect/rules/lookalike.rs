//! Look-alike names in a link's host: `binnance-promo.com`, `saylorr-btc.com`,
//! `microstrateqy.live`, `te5la-event.io`.
//!
//! A drainer or "official event" page needs a new domain for every wave, and the cheapest way
//! to make one look official is a brand or a famous name misspelt by one letter, or with digits
//! for letters. A rule's `lookalike` list names what to protect; a host token (the host split at
//! dots, hyphens and underscores) that is not the name but is one edit away from it, or is the
//! name once digits are read as letters, fires the rule. The name itself, spelt right, does not:
//! that is the regex rules' job (`binance-bonus`), and the real domain is in the allowlist.

/// Shortest name compared by edit distance: shorter names have too many one-letter neighbours
/// that are ordinary words.
pub(crate) const MIN_FUZZY_LEN: usize = 5;

/// True when a token of `host` looks like one of `names` (lowercase ASCII) without being it.
pub(crate) fn host_has_lookalike(host: &str, names: &[String]) -> bool {
    // The top-level domain is no name (`.finance` is one letter from "binance").
    let host = host.rsplit_once('.').map_or(host, |(rest, _)| rest);
    host.split(['.', '-', '_'])
        .filter(|t| t.len() >= 3 && t.len() <= 40)
        .any(|token| {
            let token = token.to_ascii_lowercase();
            let read = unleet(&token);
            names.iter().any(|name| {
                if token == *name {
                    return false;
                }
                if read == *name {
                    return true;
                }
                name.len() >= MIN_FUZZY_LEN && one_edit(&read, name)
            })
        })
}

/// Digits read as the letters they stand in for: `te5la` → `tesla`, `b1nance` → `binance`.
fn unleet(token: &str) -> String {
    token
        .bytes()
        .map(|b| match b {
            b'0' => 'o',
            b'1' => 'l',
            b'3' => 'e',
            b'4' => 'a',
            b'5' => 's',
            b'7' => 't',
            b'8' => 'b',
            _ => b as char,
        })
        .collect()
}

/// True when `a` and `b` differ by exactly one substitution, insertion, deletion or swap of
/// two adjacent letters.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            // One substitution, or one swap of neighbours.
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<String> {
        [
            "binance",
            "saylor",
            "microstrategy",
            "tesla",
            "coinbase",
            "ripple",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    #[test]
    fn lookalike_hosts_table() {
        let table: &[(&str, bool)] = &[
            ("binnance-promo.com", true),
            ("saylorr-btc.com", true),
            ("microstrateqy-btc.live", true),
            ("te5la-event.io", true),
            ("coinbsae.help", true),
            ("event.b1nance.org", true),
            // The name spelt right is not a look-alike (other rules and the allowlist).
            ("www.binance.com", false),
            ("saylor-event.live", false),
            // Ordinary words near a short name, and far-off words.
            ("triple-bonus.net", false),
            ("news.example.com", false),
            ("teslas.example", true),
            ("tidepool.finance", false),
            ("arcflow.finance", false),
        ];
        for (host, want) in table {
            assert_eq!(host_has_lookalike(host, &names()), *want, "{host}");
        }
    }

    #[test]
    fn one_edit_is_exactly_one() {
        assert!(one_edit("binnance", "binance"));
        assert!(!one_edit("bianace", "binance"));
        assert!(one_edit("bniance", "binance"));
        assert!(one_edit("binanse", "binance"));
        assert!(!one_edit("binance", "binance"));
        assert!(!one_edit("bnance1", "binance"));
    }
}
