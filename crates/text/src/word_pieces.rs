//! UAX #29 word-boundary pieces, with a fast path for ASCII.
//!
//! `unicode-segmentation` looks up each character's word-break class in a
//! table, which dominates tokenizing English news. Within a stretch of ASCII
//! text between spaces the UAX #29 rules reduce to a few comparisons, so such
//! stretches are split here directly; any stretch with a non-ASCII character
//! goes to `unicode-segmentation` whole. Both paths give the same pieces.

use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

/// Iterator over `(offset, piece)` like `str::split_word_bound_indices`,
/// except that runs of ASCII white space are skipped rather than returned.
pub(crate) struct WordPieces<'a> {
    text: &'a str,
    pos: usize,
    /// The pieces of a non-ASCII stretch: its offset in `text` and its iterator.
    slow: Option<(usize, UWordBoundIndices<'a>)>,
}

impl<'a> WordPieces<'a> {
    pub(crate) fn new(text: &'a str) -> WordPieces<'a> {
        WordPieces { text, pos: 0, slow: None }
    }
}

impl<'a> Iterator for WordPieces<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        if let Some((base, pieces)) = &mut self.slow {
            if let Some((offset, piece)) = pieces.next() {
                return Some((*base + offset, piece));
            }
            self.slow = None;
        }
        let bytes = self.text.as_bytes();
        while bytes.get(self.pos).is_some_and(u8::is_ascii_whitespace) {
            self.pos += 1;
        }
        let start = self.pos;
        if start >= bytes.len() {
            return None;
        }
        let stretch_end = bytes[start..].iter().position(u8::is_ascii_whitespace).map_or(bytes.len(), |i| start + i);
        let stretch = &bytes[start..stretch_end];
        if !stretch.is_ascii() {
            self.pos = stretch_end;
            let mut pieces = self.text[start..stretch_end].split_word_bound_indices();
            let first = pieces.next();
            self.slow = Some((start, pieces));
            return first.map(|(offset, piece)| (start + offset, piece));
        }
        let len = ascii_piece_len(stretch);
        self.pos = start + len;
        Some((start, &self.text[start..start + len]))
    }
}

/// Length of the first UAX #29 word piece of a non-empty ASCII stretch without spaces.
fn ascii_piece_len(s: &[u8]) -> usize {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    if !s.first().copied().is_some_and(is_word) {
        return 1;
    }
    let mut i = 1;
    while i < s.len() {
        let (prev, here) = (s[i - 1], s[i]);
        if is_word(here) {
            i += 1;
            continue;
        }
        // A middle character joins two word characters of the right kinds
        // (WB6/WB7 for letters, WB11/WB12 for digits).
        let Some(&next) = s.get(i + 1) else { break };
        let letters = prev.is_ascii_alphabetic() && next.is_ascii_alphabetic();
        let digits = prev.is_ascii_digit() && next.is_ascii_digit();
        let joins = match here {
            b'.' | b'\'' => letters || digits,
            b':' => letters,
            b',' | b';' => digits,
            _ => false,
        };
        if !joins {
            break;
        }
        i += 2;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices().filter(|(_, p)| !p.bytes().all(|b| b.is_ascii_whitespace())).collect()
    }

    fn fast(text: &str) -> Vec<(usize, &str)> {
        WordPieces::new(text).collect()
    }

    #[test]
    fn ascii_rules() {
        for text in ["U.S. aid", "don't stop", "2,000.50 and 3;4", "a:b 1:2", "snake_case _x", "x--y", "F.B.I.'s"] {
            assert_eq!(fast(text), reference(text), "{text}");
        }
    }

    #[test]
    fn mixed_stretches_use_the_full_rules() {
        for text in ["“We don’t,” she said", "café au lait", "naïve. Next"] {
            assert_eq!(fast(text), reference(text), "{text}");
        }
    }

    proptest! {
        #[test]
        fn same_pieces_as_unicode_segmentation(text in "[a-zA-Z0-9_.,;:'\\- \\n\\t\"!?()é’“]{0,60}") {
            prop_assert_eq!(fast(&text), reference(&text));
        }
    }
}
