//! [`Normalized`]: the text as the rules match it — Unicode NFC, with
//! ligatures and full-width forms folded — and the way back to the caller's
//! bytes.
//!
//! The word lists are written in composed form (`José`, `Élysée`), and the
//! rules test letters one character at a time, so decomposed input (NFD:
//! `e` + U+0301) must be composed before it is read. Ligatures (`ﬁ`) and
//! full-width letters (`Ｎｅｗｓ`) are folded too, as their compatibility
//! decompositions say; other compatibility forms (superscripts, `½`, `™`)
//! keep their meaning and are left alone. Results are found in the
//! normalized text and their spans mapped back, so that every span still
//! points into the bytes the caller passed in.
//!
//! The work is done only where needed: ASCII text and text already in NFC
//! with nothing to fold is used as it is, and otherwise only the changed
//! stretches are recorded, so the map costs memory in proportion to them.

use std::borrow::Cow;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::Span;

/// A text normalized for matching, with the map back to the original.
///
/// ```
/// use newsclip_text::{Normalized, Span};
///
/// let original = "Jose\u{301} met the ﬁnance chief";
/// let normalized = Normalized::new(original);
/// assert_eq!(normalized.text(), "José met the finance chief");
/// // `José` in the normalized text is `Jose` + U+0301 in the original.
/// let jose = Span::new(0, "José".len());
/// assert_eq!(&original[normalized.to_original(jose)], "Jose\u{301}");
/// let at = normalized.text().find("finance").unwrap();
/// let finance = Span::new(at, at + "finance".len());
/// assert_eq!(&original[normalized.to_original(finance)], "ﬁnance");
/// ```
#[derive(Clone, Debug)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    /// The stretches that normalization changed, in order: where each is in
    /// the normalized text and where it was in the original.
    changes: Vec<Change>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Change {
    normalized: Span,
    original: Span,
}

impl<'a> Normalized<'a> {
    /// `text` in NFC, with ligatures and full-width forms folded.
    #[must_use]
    pub fn new(text: &'a str) -> Normalized<'a> {
        if text.is_ascii() || (is_nfc_quick(text.chars()) == IsNormalized::Yes && !text.chars().any(folds)) {
            return Normalized { text: Cow::Borrowed(text), changes: Vec::new() };
        }
        let mut out = String::with_capacity(text.len());
        let mut changes = Vec::new();
        for (start, segment) in segments(text) {
            let at = out.len();
            out.extend(segment.nfc().flat_map(fold));
            if out.get(at..) != Some(segment) {
                let original = Span::new(start, start + segment.len());
                changes.push(Change { normalized: Span::new(at, out.len()), original });
            }
        }
        Normalized { text: Cow::Owned(out), changes }
    }

    /// The normalized text, to match in.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the normalized text is the original (nothing changed).
    #[must_use]
    pub fn is_unchanged(&self) -> bool {
        self.changes.is_empty()
    }

    /// The span of the original text that `span` of the normalized text came
    /// from, widened to whole changed stretches where it cuts into one.
    #[must_use]
    pub fn to_original(&self, span: Span) -> Span {
        Span::new(self.original_start(span.start), self.original_end(span.end))
    }

    /// The original offset of normalized offset `at`, rounding a position
    /// inside a changed stretch down to its start.
    fn original_start(&self, at: usize) -> usize {
        let i = self.changes.partition_point(|c| c.normalized.end <= at);
        match self.changes.get(i) {
            Some(c) if c.normalized.start <= at && at < c.normalized.end => c.original.start,
            _ => self.shifted(i, at),
        }
    }

    /// The original offset of normalized offset `at`, rounding a position
    /// inside a changed stretch up to its end.
    fn original_end(&self, at: usize) -> usize {
        let i = self.changes.partition_point(|c| c.normalized.end < at);
        match self.changes.get(i) {
            Some(c) if c.normalized.start < at && at <= c.normalized.end => c.original.end,
            _ => self.shifted(i, at),
        }
    }

    /// `at`, outside any changed stretch and after the first `before` of
    /// them, shifted by how much those changed the length.
    fn shifted(&self, before: usize, at: usize) -> usize {
        match before.checked_sub(1).and_then(|i| self.changes.get(i)) {
            Some(c) => (at + c.original.end).saturating_sub(c.normalized.end),
            None => at,
        }
    }
}

/// Whether `c` is folded on top of NFC: a Latin ligature or a full-width form.
fn folds(c: char) -> bool {
    matches!(c, '\u{FB00}'..='\u{FB06}' | '\u{FF01}'..='\u{FF5E}' | '\u{3000}')
}

/// `c`, or its compatibility decomposition if it [folds].
fn fold(c: char) -> impl Iterator<Item = char> {
    let folded = folds(c).then(|| core::iter::once(c).nfkc().collect::<String>());
    let keep = folded.is_none().then_some(c);
    keep.into_iter().chain(folded.into_iter().flat_map(|s| s.chars().collect::<Vec<_>>()))
}

/// The text cut before every character that nothing before it can combine
/// with (a starter that NFC keeps as it is), with the offset of each piece:
/// each piece normalizes on its own.
fn segments(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut rest = text.char_indices().peekable();
    core::iter::from_fn(move || {
        let (start, _) = rest.next()?;
        let mut end = text.len();
        while let Some(&(i, c)) = rest.peek() {
            if is_boundary(c) {
                end = i;
                break;
            }
            rest.next();
        }
        Some((start, text.get(start..end).unwrap_or_default()))
    })
}

/// Whether a segment may start before `c`: an ASCII character, or a starter
/// that no character before it composes with.
fn is_boundary(c: char) -> bool {
    c.is_ascii() || (canonical_combining_class(c) == 0 && is_nfc_quick(core::iter::once(c)) == IsNormalized::Yes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ascii_and_nfc_text_is_borrowed() {
        assert!(Normalized::new("plain text").is_unchanged());
        assert!(Normalized::new("José Álvarez, Zürich").is_unchanged());
        assert!(matches!(Normalized::new("Zürich").text, Cow::Borrowed(_)));
    }

    #[test]
    fn decomposed_letters_are_composed_and_mapped_back() {
        let original = "Zu\u{308}rich and Me\u{301}xico";
        let n = Normalized::new(original);
        assert_eq!(n.text(), "Zürich and México");
        let mexico = n.text().find("México").map(|s| Span::new(s, s + "México".len())).expect("found");
        assert_eq!(&original[n.to_original(mexico)], "Me\u{301}xico");
        let and = Span::new(8, 11);
        assert_eq!(&n.text()[and], "and");
        assert_eq!(&original[n.to_original(and)], "and");
    }

    #[test]
    fn full_width_forms_and_ligatures_fold() {
        let n = Normalized::new("Ｎｅｗｓ ﬂash");
        assert_eq!(n.text(), "News flash");
        assert_eq!(n.to_original(Span::new(0, 4)), Span::new(0, "Ｎｅｗｓ".len()));
    }

    proptest! {
        #[test]
        fn spans_map_into_the_original_on_boundaries(text in "[a-zé\u{301}\u{308}\u{327}ﬁＡ-Ｚ 日本。]{0,40}", a in 0usize..60, b in 0usize..60) {
            let n = Normalized::new(&text);
            let (a, b) = (a.min(b).min(n.text().len()), a.max(b).min(n.text().len()));
            if n.text().is_char_boundary(a) && n.text().is_char_boundary(b) {
                let span = n.to_original(Span::new(a, b));
                prop_assert!(span.start <= span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                // What the span selects normalizes to at least the selected normalized text.
                let back: String = text.as_str()[span].nfc().collect();
                let folded: String = back.chars().flat_map(fold).collect();
                prop_assert!(folded.contains(&n.text()[a..b]));
            }
        }

        #[test]
        fn nfd_and_nfc_give_the_same_text(text in "[a-zA-ZéÉüÜçñÑøØ ]{0,40}") {
            let nfd: String = text.nfd().collect();
            let normalized = Normalized::new(&nfd);
            prop_assert_eq!(normalized.text(), text.as_str());
        }
    }
}
