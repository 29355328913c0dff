//! Character classes that page dumps need beyond `char::is_whitespace`.

/// Whether `c` renders as nothing or as space: Unicode white space (which
/// includes U+00A0 NO-BREAK SPACE) plus the zero-width characters that
/// scrapers leave behind (U+200B..U+200D, U+2060, U+FEFF, U+00AD soft hyphen).
///
/// ```
/// assert!(newsclip_text::is_blank_char('\u{a0}'));
/// assert!(newsclip_text::is_blank_char('\u{200b}'));
/// assert!(!newsclip_text::is_blank_char('x'));
/// ```
#[inline]
#[must_use]
pub fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}')
}

/// Whether every character of `s` is [blank](is_blank_char); true for `""`.
#[inline]
#[must_use]
pub fn is_blank(s: &str) -> bool {
    s.chars().all(is_blank_char)
}

/// Whether `c` ends a sentence: `.`, `!`, `?`, `…` and their full-width forms.
#[inline]
#[must_use]
pub fn is_terminal_punctuation(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Whether `c` is a dash used as punctuation: hyphen-minus, the Unicode
/// dashes (‐ ‑ ‒ – — ―) and the minus sign.
#[inline]
#[must_use]
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_strings() {
        assert!(is_blank(""));
        assert!(is_blank(" \t\u{a0}\u{feff}"));
        assert!(!is_blank(" - "));
    }

    #[test]
    fn dashes_and_terminals() {
        assert!(is_dash('—') && is_dash('-') && is_dash('–'));
        assert!(!is_dash('_'));
        assert!(is_terminal_punctuation('…') && !is_terminal_punctuation(','));
    }
}
