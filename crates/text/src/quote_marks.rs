//! Quotation marks: which characters are marks, which way they face, and which
//! are apostrophes instead.
//!
//! Newsrooms write quotations with `"…"`, `“…”`, `‘…’`, `'…'`, `«…»`, `„…“`,
//! and wire and NYT archives with `''…''` or ``` ``…'' ```. The same
//! characters serve as apostrophes (`don’t`, `Patel’s`, `days'`, `'90s`).
//! [`quote_marks`] reads each candidate in its context — what stands before and
//! after it — and reports the ones that can open or close a quotation, marking
//! those that might still be an apostrophe (`days'`).

use crate::{is_blank_char, is_dash, Span};

/// The character (or two-character sequence) used as a mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteGlyph {
    /// `"`
    StraightDouble,
    /// `“`
    LeftDouble,
    /// `”`
    RightDouble,
    /// `„` (opens German and East European quotations)
    LowDouble,
    /// `'`
    StraightSingle,
    /// `‘`
    LeftSingle,
    /// `’`
    RightSingle,
    /// `‚`
    LowSingle,
    /// `«`
    LeftGuillemet,
    /// `»`
    RightGuillemet,
    /// `‹`
    LeftSingleGuillemet,
    /// `›`
    RightSingleGuillemet,
    /// ``` `` ``` (opens a quotation in TeX-style and some wire texts)
    DoubleBacktick,
    /// `''` (two apostrophes: the double quotation mark of NYT and wire archives)
    DoubleApostrophe,
    /// `` ` `` (opens a single quotation in old ASCII texts)
    Backtick,
}

/// Marks of one family pair with each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteFamily {
    /// `"`, `“`, `”`, `„`
    Double,
    /// `'`, `‘`, `’`, `‚`, `` ` ``
    Single,
    /// `«`, `»`
    Guillemet,
    /// `‹`, `›`
    SingleGuillemet,
    /// ``` `` ``` and `''`
    Doubled,
}

impl QuoteGlyph {
    /// The family whose marks pair with this one.
    #[must_use]
    pub const fn family(self) -> QuoteFamily {
        use QuoteGlyph::*;
        match self {
            StraightDouble | LeftDouble | RightDouble | LowDouble => QuoteFamily::Double,
            StraightSingle | LeftSingle | RightSingle | LowSingle | Backtick => QuoteFamily::Single,
            LeftGuillemet | RightGuillemet => QuoteFamily::Guillemet,
            LeftSingleGuillemet | RightSingleGuillemet => QuoteFamily::SingleGuillemet,
            DoubleBacktick | DoubleApostrophe => QuoteFamily::Doubled,
        }
    }

    /// The direction the glyph itself points to, when it has one.
    const fn inherent_role(self) -> QuoteRole {
        use QuoteGlyph::*;
        match self {
            LeftDouble | LowDouble | LeftSingle | LowSingle | LeftGuillemet | LeftSingleGuillemet | DoubleBacktick
            | Backtick => QuoteRole::Open,
            RightDouble | RightSingle | RightGuillemet | RightSingleGuillemet => QuoteRole::Close,
            StraightDouble | StraightSingle | DoubleApostrophe => QuoteRole::Either,
        }
    }

    /// Whether the glyph doubles as an apostrophe.
    const fn is_apostrophe_like(self) -> bool {
        matches!(self, QuoteGlyph::StraightSingle | QuoteGlyph::LeftSingle | QuoteGlyph::RightSingle)
    }

    /// The glyph of the character `c`, if it is a one-character mark.
    #[must_use]
    pub const fn of_char(c: char) -> Option<QuoteGlyph> {
        use QuoteGlyph::*;
        Some(match c {
            '"' => StraightDouble,
            '“' => LeftDouble,
            '”' => RightDouble,
            '„' => LowDouble,
            '\'' => StraightSingle,
            '‘' => LeftSingle,
            '’' => RightSingle,
            '‚' => LowSingle,
            '«' => LeftGuillemet,
            '»' => RightGuillemet,
            '‹' => LeftSingleGuillemet,
            '›' => RightSingleGuillemet,
            '`' => Backtick,
            _ => return None,
        })
    }
}

/// Whether a mark opens or closes a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum QuoteRole {
    /// Starts a quotation: `“Yes`.
    Open,
    /// Ends a quotation: `yes,”`.
    Close,
    /// Context does not tell (a straight mark between two spaces or two letters).
    Either,
}

/// A quotation mark found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct QuoteMark {
    /// Where the mark is (two bytes for `''` and ``` `` ```).
    pub span: Span,
    /// Which mark it is.
    pub glyph: QuoteGlyph,
    /// Which way it faces in its context.
    pub role: QuoteRole,
    /// A closing single mark after `s`, `z` or `x` (`the days' end`): it may
    /// be a plural possessive rather than the end of a quotation.
    pub may_be_apostrophe: bool,
}

impl QuoteMark {
    /// The family of the mark's glyph.
    #[must_use]
    pub const fn family(&self) -> QuoteFamily {
        self.glyph.family()
    }

    /// Whether the mark can open a quotation.
    #[must_use]
    pub fn can_open(&self) -> bool {
        self.role != QuoteRole::Close
    }

    /// Whether the mark can close a quotation opened by `opener`.
    ///
    /// Marks close openers of their own family; ``` `` ``` is closed only by `''`.
    #[must_use]
    pub fn can_close(&self, opener: &QuoteMark) -> bool {
        self.role != QuoteRole::Open
            && self.family() == opener.family()
            && self.glyph != QuoteGlyph::DoubleBacktick
            && self.glyph != QuoteGlyph::Backtick
    }
}

/// Iterates over the quotation marks of `text`, skipping apostrophes.
///
/// ```
/// use newsclip_text::{quote_marks, QuoteRole};
///
/// let text = "“We don’t know,” she said of the workers' 'last stand'.";
/// let marks: Vec<_> = quote_marks(text).map(|m| (&text[m.span], m.role)).collect();
/// assert_eq!(marks, [
///     ("“", QuoteRole::Open),
///     ("”", QuoteRole::Close),
///     ("'", QuoteRole::Close), // after an `s`: may be an apostrophe, and is flagged so
///     ("'", QuoteRole::Open),
///     ("'", QuoteRole::Close),
/// ]);
/// ```
#[must_use]
pub fn quote_marks(text: &str) -> QuoteMarks<'_> {
    QuoteMarks { text, pos: 0, prev: None }
}

/// Iterator over [`QuoteMark`]s; see [`quote_marks`].
#[derive(Clone, Debug)]
pub struct QuoteMarks<'a> {
    text: &'a str,
    pos: usize,
    /// The character before `pos`.
    prev: Option<char>,
}

impl Iterator for QuoteMarks<'_> {
    type Item = QuoteMark;

    fn next(&mut self) -> Option<QuoteMark> {
        loop {
            // Every mark starts with one of these bytes (the lead bytes of
            // U+0080..U+00BF and U+2000..U+2FFF for `«»` and `‘’‚“”„‹›`):
            // skip to the next one without decoding what lies between.
            let bytes = self.text.as_bytes().get(self.pos..)?;
            let skip = bytes.iter().position(|&b| matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2))?;
            if skip > 0 {
                self.pos += skip;
                self.prev = self.text.get(..self.pos).and_then(|before| before.chars().next_back());
            }
            let rest = self.text.get(self.pos..)?;
            let c = rest.chars().next()?;
            let start = self.pos;
            let bytes = rest.as_bytes();
            let (glyph, len) = match (c, bytes.get(1)) {
                // `,'''` closes a nested single quotation, then the doubled one
                ('\'', Some(b'\'')) if bytes.get(2) == Some(&b'\'') && self.prev.is_some_and(|p| !is_blank_char(p)) => {
                    (Some(QuoteGlyph::StraightSingle), 1)
                }
                ('\'', Some(b'\'')) => (Some(QuoteGlyph::DoubleApostrophe), 2),
                ('`', Some(b'`')) => (Some(QuoteGlyph::DoubleBacktick), 2),
                _ => (QuoteGlyph::of_char(c), c.len_utf8()),
            };
            let prev = self.prev;
            self.pos += len;
            self.prev = rest[..len].chars().next_back();
            let Some(glyph) = glyph else { continue };
            let after = &self.text[self.pos..];
            if let Some(mark) = classify(glyph, Span::new(start, start + len), prev, after) {
                return Some(mark);
            }
        }
    }
}

impl core::iter::FusedIterator for QuoteMarks<'_> {}

/// Reads a candidate mark in context; `None` when it is an apostrophe.
fn classify(glyph: QuoteGlyph, span: Span, prev: Option<char>, after: &str) -> Option<QuoteMark> {
    let next = after.chars().next();
    let word_before = prev.is_some_and(char::is_alphanumeric);
    let word_after = next.is_some_and(char::is_alphanumeric);
    if glyph.is_apostrophe_like() {
        if word_before && word_after {
            return None; // don’t, O'Sullivan, Patel’s
        }
        if !word_before && starts_elided_year(after) {
            return None; // '90s, ’08 elections
        }
    }
    // French sets guillemets off with (no-break) spaces: `«\u{a0}Oui\u{a0}», dit-il`;
    // a guillemet after a space and before a comma closes.
    let before_punctuation = glyph.family() == QuoteFamily::Guillemet && next.is_some_and(is_closing_punctuation);
    let opens = opening_context(prev) && next.is_some_and(|c| !is_blank_char(c)) && !before_punctuation;
    let closes = closing_context(next) && prev.is_some_and(|c| !is_blank_char(c));
    let role = match (opens, closes) {
        (true, false) => QuoteRole::Open,
        (false, true) => QuoteRole::Close,
        _ => glyph.inherent_role(),
    };
    let may_be_apostrophe = glyph.is_apostrophe_like()
        && role != QuoteRole::Open
        && prev.is_some_and(|c| matches!(c, 's' | 'S' | 'z' | 'x'));
    Some(QuoteMark { span, glyph, role, may_be_apostrophe })
}

/// Whether a mark after `prev` stands where quotations open: at the start, after
/// a space, an opening bracket, a dash, a slash, a colon or another mark.
fn opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            is_blank_char(c)
                || is_dash(c)
                || matches!(c, '(' | '[' | '{' | '/' | ':')
                || QuoteGlyph::of_char(c).is_some()
        }
    }
}

/// Whether a mark before `next` stands where quotations close: at the end, or
/// before a space, punctuation, a closing bracket, a dash or another mark.
fn closing_context(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => {
            is_blank_char(c)
                || is_dash(c)
                || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…' | ')' | ']' | '}' | '/')
                || QuoteGlyph::of_char(c).is_some()
        }
    }
}

/// Punctuation that follows a closing mark, never an opening one.
fn is_closing_punctuation(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…' | ')' | ']' | '}')
}

/// `90s`, `08 elections`: two digits after an apostrophe that elides a century.
fn starts_elided_year(after: &str) -> bool {
    let mut chars = after.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(a), Some(b), third) if a.is_ascii_digit() && b.is_ascii_digit()
            && third.is_none_or(|c| c == 's' || !c.is_alphanumeric())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(text: &str) -> Vec<(&str, QuoteRole)> {
        quote_marks(text).map(|m| (&text[m.span], m.role)).collect()
    }

    #[test]
    fn curly_and_straight_doubles() {
        assert_eq!(
            marks("He said, \"yes,\" and “no”."),
            [("\"", QuoteRole::Open), ("\"", QuoteRole::Close), ("“", QuoteRole::Open), ("”", QuoteRole::Close)]
        );
    }

    #[test]
    fn french_guillemets_with_inner_spaces_and_german_reversed_ones() {
        let roles = |text| marks(text).into_iter().map(|(_, r)| r).collect::<Vec<_>>();
        let (open, close) = (QuoteRole::Open, QuoteRole::Close);
        assert_eq!(roles("«\u{a0}Oui\u{a0}», a-t-il dit."), [open, close]);
        assert_eq!(roles("« Oui\u{202f}»."), [open, close]);
        assert_eq!(roles("„Ja“, sagte sie, »wirklich«."), [open, close, open, close]);
    }

    #[test]
    fn apostrophes_are_skipped() {
        assert!(marks("don’t Patel’s O'Sullivan N'Guessan rock'n'roll").is_empty());
        assert!(marks("in the '90s and ’08 polls").is_empty());
    }

    #[test]
    fn plural_possessive_is_flagged() {
        let text = "the workers' union";
        let m: Vec<_> = quote_marks(text).collect();
        assert_eq!(m.len(), 1);
        assert!(m[0].may_be_apostrophe && m[0].role == QuoteRole::Close);
    }

    #[test]
    fn doubled_apostrophes_and_backticks() {
        let text = "''We are ready,'' he said. ``Fine,'' she said.";
        let got: Vec<_> = quote_marks(text).map(|m| (&text[m.span], m.glyph, m.role)).collect();
        assert_eq!(
            got,
            [
                ("''", QuoteGlyph::DoubleApostrophe, QuoteRole::Open),
                ("''", QuoteGlyph::DoubleApostrophe, QuoteRole::Close),
                ("``", QuoteGlyph::DoubleBacktick, QuoteRole::Open),
                ("''", QuoteGlyph::DoubleApostrophe, QuoteRole::Close),
            ]
        );
    }

    #[test]
    fn three_apostrophes_close_single_then_doubled() {
        let text = "''I said, 'Go,''' he said. '''Tis,'' she said.";
        let got: Vec<_> = quote_marks(text).map(|m| (&text[m.span], m.role)).collect();
        assert_eq!(
            got,
            [
                ("''", QuoteRole::Open),
                ("'", QuoteRole::Open),
                ("'", QuoteRole::Close),
                ("''", QuoteRole::Close),
                ("''", QuoteRole::Open),
                ("'", QuoteRole::Open),
                ("''", QuoteRole::Close),
            ]
        );
    }

    #[test]
    fn german_low_quotes_and_guillemets() {
        let text = "„Ja“, sagte er. «Oui», dit-elle. »Nein«";
        let got = marks(text);
        assert_eq!(
            got,
            [
                ("„", QuoteRole::Open),
                ("“", QuoteRole::Close),
                ("«", QuoteRole::Open),
                ("»", QuoteRole::Close),
                ("»", QuoteRole::Open),
                ("«", QuoteRole::Close)
            ]
        );
        let m: Vec<_> = quote_marks(text).collect();
        assert!(m[1].can_close(&m[0]));
        assert!(!m[3].can_close(&m[0]));
    }

    #[test]
    fn nested_marks() {
        assert_eq!(
            marks("\"'Hi,' he said\""),
            [("\"", QuoteRole::Open), ("'", QuoteRole::Open), ("'", QuoteRole::Close), ("\"", QuoteRole::Close)]
        );
    }

    #[test]
    fn backtick_never_closes() {
        let m: Vec<_> = quote_marks("`a` b").collect();
        assert_eq!(m.len(), 2);
        assert!(!m[1].can_close(&m[0]));
    }
}
