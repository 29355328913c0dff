//! Lines of a page dump, whatever its line terminators.

use crate::{is_blank, Span, Spanned};

/// One line of the input, without its terminator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    /// The line's content, terminator excluded.
    pub span: Span,
    /// `&input[span]`.
    pub text: &'a str,
    /// Zero-based line number.
    pub number: usize,
}

impl<'a> Line<'a> {
    /// Whether the line holds only [blank](crate::is_blank_char) characters.
    #[inline]
    #[must_use]
    pub fn is_blank(&self) -> bool {
        is_blank(self.text)
    }

    /// The line without leading and trailing blank characters.
    #[must_use]
    pub fn trimmed(&self, input: &'a str) -> Spanned<'a> {
        let span = self.span.trim(input);
        Spanned { span, text: &input[span] }
    }
}

/// Splits `input` into lines at `\n`, `\r\n`, a lone `\r`, U+0085, U+2028 and
/// U+2029.
///
/// A final terminator does not start an extra empty line; an empty input has
/// no lines.
///
/// ```
/// let lines: Vec<_> = newsclip_text::lines("a\r\nb\rc\n").map(|l| l.text).collect();
/// assert_eq!(lines, ["a", "b", "c"]);
/// ```
#[must_use]
pub fn lines(input: &str) -> Lines<'_> {
    Lines { input, pos: 0, number: 0 }
}

/// Iterator over the [`Line`]s of a string; see [`lines`].
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    input: &'a str,
    pos: usize,
    number: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        let rest = self.input.get(self.pos..)?;
        if rest.is_empty() {
            return None;
        }
        let (content_len, terminator_len) = match find_terminator(rest.as_bytes()) {
            Some((i, 1)) if rest.as_bytes()[i] == b'\r' && rest.as_bytes().get(i + 1) == Some(&b'\n') => (i, 2),
            Some(found) => found,
            None => (rest.len(), 0),
        };
        let span = Span::new(self.pos, self.pos + content_len);
        let line = Line { span, text: &rest[..content_len], number: self.number };
        self.pos += content_len + terminator_len;
        self.number += 1;
        Some(line)
    }
}

impl core::iter::FusedIterator for Lines<'_> {}

/// The byte offset and length of the first line terminator in `bytes`.
///
/// Scans bytes rather than chars: every terminator starts with `\n`, `\r`,
/// 0xC2 (U+0085) or 0xE2 (U+2028, U+2029), so most bytes need one comparison.
fn find_terminator(bytes: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| matches!(b, b'\n' | b'\r' | 0xC2 | 0xE2)) {
        let at = i + offset;
        match &bytes[at..] {
            [b'\n' | b'\r', ..] => return Some((at, 1)),
            [0xC2, 0x85, ..] => return Some((at, 2)),
            [0xE2, 0x80, 0xA8 | 0xA9, ..] => return Some((at, 3)),
            _ => i = at + 1,
        }
    }
    None
}

/// Whether `c` ends a line.
#[inline]
#[must_use]
pub fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<&str> {
        lines(input).map(|l| l.text).collect()
    }

    #[test]
    fn all_terminators() {
        assert_eq!(texts("a\nb\r\nc\rd\u{2028}e\u{85}f\u{2029}g"), ["a", "b", "c", "d", "e", "f", "g"]);
    }

    #[test]
    fn lookalike_bytes_are_not_terminators() {
        // U+00E9 is C3 A9, U+00A0 is C2 A0, U+2014 is E2 80 94: lead bytes shared with terminators.
        assert_eq!(texts("é\u{a0}—x\ny"), ["é\u{a0}—x", "y"]);
    }

    #[test]
    fn blank_lines_are_kept() {
        assert_eq!(texts("a\n\n\r\n\nb"), ["a", "", "", "", "b"]);
    }

    #[test]
    fn trailing_terminator_adds_no_line() {
        assert_eq!(texts("a\n"), ["a"]);
        assert_eq!(texts(""), Vec::<&str>::new());
        assert_eq!(texts("\n"), [""]);
    }

    #[test]
    fn spans_slice_the_input_and_numbers_count() {
        let input = "x\r\n\u{a0}yé\rz";
        for (i, line) in lines(input).enumerate() {
            assert_eq!(&input[line.span], line.text);
            assert_eq!(line.number, i);
        }
        let blank: Vec<bool> = lines("a\n\u{a0}\u{200b}\n").map(|l| l.is_blank()).collect();
        assert_eq!(blank, [false, true]);
    }
}
