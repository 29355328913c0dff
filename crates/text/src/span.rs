//! Byte spans into the caller's input and the borrowed [`Spanned`] text they select.

use core::fmt;
use core::ops::{Index, Range};

/// A half-open byte range `[start, end)` into a UTF-8 input.
///
/// Every span produced by newsclip lies on `char` boundaries of the input it was
/// computed from, so `&input[span]` never panics for that input. Like
/// `aho_corasick::Span`, a span carries no lifetime: slice the input with it.
///
/// ```
/// use newsclip_text::Span;
///
/// let text = "Café au lait";
/// let span = Span::new(0, 5);
/// assert_eq!(&text[span], "Café");
/// assert_eq!(span.len(), 5);
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span; an `end` before `start` is clamped to an empty span at `start`.
    #[inline]
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        if end < start {
            Span { start, end: start }
        } else {
            Span { start, end }
        }
    }

    /// An empty span at `offset`.
    #[inline]
    #[must_use]
    pub const fn empty(offset: usize) -> Span {
        Span { start: offset, end: offset }
    }

    /// The span as a `Range`, for slicing.
    #[inline]
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    #[inline]
    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span selects no bytes.
    #[inline]
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether `offset` lies inside `[start, end)`.
    #[inline]
    #[must_use]
    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// Whether `other` lies entirely inside this span.
    #[inline]
    #[must_use]
    pub const fn contains_span(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    #[must_use]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both spans.
    #[inline]
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// Shifts both ends by `delta` bytes: turns a span into a substring into a
    /// span into the string that contains it.
    #[inline]
    #[must_use]
    pub const fn offset(self, delta: usize) -> Span {
        Span { start: self.start + delta, end: self.end + delta }
    }

    /// The selected text, or `None` if the span is out of bounds or not on
    /// `char` boundaries of `text`.
    #[inline]
    #[must_use]
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }

    /// Narrows the span so that it neither starts nor ends with [blank](crate::is_blank_char)
    /// characters (Unicode white space, non-breaking and zero-width spaces).
    ///
    /// A span that is out of bounds for `text` is returned unchanged.
    #[must_use]
    pub fn trim(self, text: &str) -> Span {
        let Some(inner) = self.get(text) else { return self };
        let left = inner.len() - inner.trim_start_matches(crate::is_blank_char).len();
        let right = inner.trim_end_matches(crate::is_blank_char).len();
        if right <= left {
            Span::empty(self.start + left.min(inner.len()))
        } else {
            Span { start: self.start + left, end: self.start + right }
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    /// Slices the string; panics like `&text[range]` when the span is out of
    /// bounds or not on `char` boundaries.
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

/// A piece of the input together with where it is: the borrowed form of every
/// newsclip result.
///
/// With the `serde` feature it serializes as `{"text", "start", "end"}`, the
/// span object of newsclip's JSON output.
///
/// ```
/// use newsclip_text::{Span, Spanned};
///
/// let input = "Hello, world";
/// let word = Spanned::new(input, Span::new(7, 12)).unwrap();
/// assert_eq!(word.text, "world");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Spanned<'a> {
    /// Where the text is in the input.
    pub span: Span,
    /// The text itself: always `&input[span]`.
    pub text: &'a str,
}

impl<'a> Spanned<'a> {
    /// Selects `span` of `input`, or `None` when the span is not valid for it.
    #[inline]
    #[must_use]
    pub fn new(input: &'a str, span: Span) -> Option<Spanned<'a>> {
        span.get(input).map(|text| Spanned { span, text })
    }

    /// Byte offset of the first byte.
    #[inline]
    #[must_use]
    pub const fn start(&self) -> usize {
        self.span.start
    }

    /// Byte offset one past the last byte.
    #[inline]
    #[must_use]
    pub const fn end(&self) -> usize {
        self.span.end
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Spanned<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Spanned", 3)?;
        s.serialize_field("text", self.text)?;
        s.serialize_field("start", &self.span.start)?;
        s.serialize_field("end", &self.span.end)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_clamps_reversed_bounds() {
        assert_eq!(Span::new(5, 2), Span::empty(5));
        assert!(Span::new(5, 2).is_empty());
    }

    #[test]
    fn trim_skips_nbsp_and_zero_width_space() {
        let text = "\u{a0}\u{200b} word \u{a0}";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(&text[span], "word");
    }

    #[test]
    fn trim_of_blank_span_is_empty() {
        let text = "a   b";
        assert!(Span::new(1, 4).trim(text).is_empty());
    }

    #[test]
    fn get_rejects_non_boundaries() {
        assert_eq!(Span::new(0, 1).get("é"), None);
        assert_eq!(Span::new(0, 9).get("é"), None);
        assert_eq!(Span::new(0, 2).get("é"), Some("é"));
    }

    #[test]
    fn relations() {
        let a = Span::new(2, 6);
        assert!(a.contains(2) && !a.contains(6));
        assert!(a.contains_span(Span::new(3, 6)));
        assert!(a.overlaps(Span::new(5, 9)) && !a.overlaps(Span::new(6, 9)));
        assert_eq!(a.cover(Span::new(8, 9)), Span::new(2, 9));
        assert_eq!(Span::new(1, 2).offset(10), Span::new(11, 12));
    }
}
