//! Text normalization: fold the tricks scammers use to dodge keyword lists.
//!
//! STUB: lowercase-only placeholder with the final API. Being replaced by the real folding.

use std::ops::Range;

/// A post's text after normalization, with a map back to the original.
///
/// Contract (the rule matcher relies on it): the normalized text is a sequence of lowercase
/// tokens separated by single ASCII spaces, with one leading and one trailing space, so a
/// phrase `" w1 w2 "` matches only on word boundaries.
#[derive(Clone, Debug, Default)]
pub struct Text {
    norm: String,
    /// For each byte of `norm`, the original byte range it came from (start, end).
    map: Vec<(u32, u32)>,
}

impl Text {
    pub fn as_str(&self) -> &str {
        &self.norm
    }

    /// The byte range of the original text that produced `norm_range` of the normalized text.
    pub fn original_range(&self, norm_range: Range<usize>) -> Range<usize> {
        if norm_range.start >= norm_range.end || norm_range.end > self.map.len() {
            return 0..0;
        }
        let start = self.map[norm_range.start].0 as usize;
        let end = self.map[norm_range.end - 1].1 as usize;
        start..end.max(start)
    }
}

/// Normalizes `original`. See [`Text`] for the contract.
pub fn normalize(original: &str) -> Text {
    let mut norm = String::with_capacity(original.len() + 2);
    let mut map = Vec::with_capacity(original.len() + 2);
    norm.push(' ');
    map.push((0, 0));
    let mut last_space = true;
    for (i, c) in original.char_indices() {
        let r = (i as u32, (i + c.len_utf8()) as u32);
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                let before = norm.len();
                norm.push(l);
                for _ in before..norm.len() {
                    map.push(r);
                }
            }
            last_space = false;
        } else if !last_space {
            norm.push(' ');
            map.push(r);
            last_space = true;
        }
    }
    if !last_space {
        norm.push(' ');
        map.push((original.len() as u32, original.len() as u32));
    }
    Text { norm, map }
}
