//! Word tokens with their spans, abbreviation-aware.

use crate::abbreviations::absorbs_stop;
use crate::word_pieces::WordPieces;
use crate::{is_blank, Span, Spanned};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// Contains a letter: `Kirby`, `don’t`, `U.S.`, `COP29`.
    Word,
    /// Digits, possibly with separators: `2,000`, `3.5`.
    Number,
    /// Anything else that is not blank: `,`, `“`, `—`, `$`.
    Punctuation,
}

/// A token of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// Where the token is.
    pub span: Span,
    /// `&input[span]`.
    pub text: &'a str,
    /// What it is made of.
    pub kind: TokenKind,
}

impl Token<'_> {
    /// Whether the token is a word or a number.
    #[inline]
    #[must_use]
    pub fn is_word_like(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }

    /// Whether the token starts with an uppercase letter.
    #[inline]
    #[must_use]
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Iterates over the non-blank tokens of `text` (UAX #29 word boundaries).
///
/// Apostrophes stay inside words (`don’t`, `O'Sullivan`), and a full stop
/// that belongs to an abbreviation or initial joins its word (`U.S.`, `Mr.`,
/// `F.`), so the token layer already knows that `Mr.` is not `Mr` + `.`.
///
/// ```
/// use newsclip_text::{tokens, TokenKind};
///
/// let toks: Vec<_> = tokens("Mr. O'Neil paid $2,000 in the U.S.").map(|t| t.text).collect();
/// assert_eq!(toks, ["Mr.", "O'Neil", "paid", "$", "2,000", "in", "the", "U.S."]);
/// ```
#[must_use]
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, inner: WordPieces::new(text).peekable() }
}

/// Iterator over [`Token`]s; see [`tokens`].
pub struct Tokens<'a> {
    text: &'a str,
    inner: core::iter::Peekable<WordPieces<'a>>,
}

impl core::fmt::Debug for Tokens<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Tokens").finish_non_exhaustive()
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let (offset, piece) = self.inner.next()?;
            if is_blank(piece) {
                continue;
            }
            let kind = kind_of(piece);
            let mut span = Span::new(offset, offset + piece.len());
            // Only a word followed directly by a full stop needs the abbreviation check.
            if let Some(&(next_offset, ".")) = self.inner.peek() {
                if next_offset == span.end && kind == TokenKind::Word && absorbs_stop(piece) {
                    span.end += 1;
                    self.inner.next();
                }
            }
            return Some(Token { span, text: &self.text[span], kind });
        }
    }
}

impl core::iter::FusedIterator for Tokens<'_> {}

/// Iterates over the word and number tokens of `text`, skipping punctuation.
///
/// ```
/// let words: Vec<_> = newsclip_text::words("“Yes,” she said.").map(|w| w.text).collect();
/// assert_eq!(words, ["Yes", "she", "said"]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = Spanned<'_>> + '_ {
    tokens(text).filter(Token::is_word_like).map(|t| Spanned { span: t.span, text: t.text })
}

fn kind_of(piece: &str) -> TokenKind {
    if piece.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if piece.chars().any(|c| c.is_numeric()) {
        TokenKind::Number
    } else {
        TokenKind::Punctuation
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokens(text).map(|t| t.text).collect()
    }

    #[test]
    fn apostrophes_and_hyphens() {
        assert_eq!(texts("don’t N'Guessan's well-known"), ["don’t", "N'Guessan's", "well", "-", "known"]);
    }

    #[test]
    fn abbreviations_keep_their_stop() {
        assert_eq!(
            texts("Washington D.C./Turan: John F. Kennedy"),
            ["Washington", "D.C.", "/", "Turan", ":", "John", "F.", "Kennedy"]
        );
        assert_eq!(texts("It ended."), ["It", "ended", "."]);
    }

    #[test]
    fn kinds() {
        let kinds: Vec<_> = tokens("COP29 2,000 —").map(|t| t.kind).collect();
        assert_eq!(kinds, [TokenKind::Word, TokenKind::Number, TokenKind::Punctuation]);
    }

    #[test]
    fn spans_slice_the_input() {
        let text = "Ça va, “très” bien\u{a0}!";
        for t in tokens(text) {
            assert_eq!(&text[t.span], t.text);
        }
    }
}
