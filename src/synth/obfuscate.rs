//! How dedicated scam posts dodge keyword lists.

/// Rewrites some words the way scammers dodge keyword lists: Cyrillic look-alike letters in
/// Latin words, leetspeak digits inside words, or zero-width spaces inside words (one trick per
/// post). Placeholders (`{addr}`) and short words are left alone.
pub(super) fn obfuscate(rng: &mut fastrand::Rng, text: &str) -> String {
    let trick = rng.u8(0..3);
    let mut out = String::with_capacity(text.len() + 32);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let chars: Vec<char> = word.chars().collect();
        if word.contains('{') || chars.len() < 4 || rng.f64() < 0.4 {
            out.push_str(word);
            continue;
        }
        let last = chars.len() - 1;
        for (j, &c) in chars.iter().enumerate() {
            let inside = j > 0
                && j < last
                && chars[j - 1].is_ascii_alphabetic()
                && chars[j + 1].is_ascii_alphabetic();
            match trick {
                0 => out.push(match c {
                    'a' if j > 0 => 'а',
                    'e' if j > 0 => 'е',
                    'o' if j > 0 => 'о',
                    'c' if j > 0 => 'с',
                    'p' if j > 0 => 'р',
                    _ => c,
                }),
                1 => out.push(match c {
                    'o' if inside => '0',
                    'i' if inside => '1',
                    'e' if inside => '3',
                    _ => c,
                }),
                _ => {
                    out.push(c);
                    if j == chars.len() / 2 - 1 {
                        out.push('\u{200b}');
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn obfuscation_keeps_placeholders_and_uses_each_trick() {
        let mut rng = fastrand::Rng::with_seed(3);
        let t = "Send BTC to the address below and I will send back double {addr}";
        let mut seen = [false; 3];
        for _ in 0..60 {
            let o = obfuscate(&mut rng, t);
            assert!(o.ends_with(" {addr}"), "{o}");
            seen[0] |= o.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c));
            seen[1] |= o.contains("d0uble") || o.contains("s3nd") || o.contains("b3low");
            seen[2] |= o.contains('\u{200b}');
        }
        assert_eq!(seen, [true; 3]);
    }
}
