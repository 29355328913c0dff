//! The tokens and sentence starts of a region, exactly as [`tokens`] and
//! [`sentences`] find them, with those run only where they have work to do:
//! the segmentation of an [`Analysis`](crate::Analysis).
//!
//! Both walk text through Unicode (UAX #29) machinery that made them a third
//! of the tagger's time. Two facts about UAX #29 let most text skip it:
//!
//! * A word never spans ASCII white space, so a region can be tokenized
//!   chunk by chunk (runs of other characters), and a chunk of ASCII letters
//!   and digits (`said`, `COP29`), perhaps after a bracket or quote and
//!   before a comma or like mark, is that one word. Only the other chunks go
//!   to [`tokens`].
//! * A sentence can only start after a terminator (`.`, `!`, `?` and their
//!   kin) or a line break, and whether one does is decided by the chunk that
//!   the terminator ends and what follows up to the next word. So
//!   [`sentences`] runs only on such windows; characters outside ASCII that
//!   might be terminators get a window too.
//!
//! `tests::matches_newsclip_text` checks both against [`tokens`] and
//! [`sentences`] on arbitrary text.

use crate::{is_blank_char, sentences, tokens, Span, Token, TokenKind};

/// Calls `each` with the tokens of `text`, as [`tokens`] yields them.
pub(crate) fn tokenize<'a>(text: &'a str, mut each: impl FnMut(Token<'a>)) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(rest) = bytes.get(at..) {
        let Some(start) = rest.iter().position(|&b| CLASSES[usize::from(b)] != BLANK) else { break };
        let mut chunk = Chunk { start: at + start, classes: 0, marks: 0 };
        let mut end = chunk.start;
        for &byte in rest.get(start..).unwrap_or_default() {
            let class = CLASSES[usize::from(byte)];
            if class == BLANK {
                break;
            }
            chunk.classes |= class;
            chunk.marks += usize::from(class == OTHER);
            end += 1;
        }
        chunk.tokenize(text, end, &mut each);
        at = end;
    }
}

/// Byte classes for [`tokenize`], combined per chunk.
const BLANK: u8 = 1;
const LETTER: u8 = 2;
const DIGIT: u8 = 4;
const OTHER: u8 = 8;
const NON_ASCII: u8 = 16;

const CLASSES: [u8; 256] = {
    let mut classes = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        classes[b] = match b as u8 {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => BLANK,
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            _ => OTHER,
        };
        b += 1;
    }
    classes
};

/// A run of characters other than ASCII white space.
struct Chunk {
    start: usize,
    /// The classes of its bytes, or-ed.
    classes: u8,
    /// How many of its bytes are ASCII marks (neither letters nor digits).
    marks: usize,
}

impl Chunk {
    /// Appends the tokens of the chunk that ends at `end`.
    fn tokenize<'a>(&self, text: &'a str, end: usize, each: &mut impl FnMut(Token<'a>)) {
        let span = Span::new(self.start, end);
        if self.classes & NON_ASCII == 0 && self.marks <= 2 && plain_word(text, span, self, each) {
            return;
        }
        // A combining mark or format character opening a chunk belongs to the blanks before it.
        let from = if self.classes & NON_ASCII != 0 { blanks_before(text, span.start) } else { span.start };
        let Some(piece) = text.get(from..span.end) else { return };
        for token in tokens(piece) {
            let span = token.span.offset(from);
            each(Token { span, text: span.get(text).unwrap_or_default(), kind: token.kind });
        }
    }
}

/// Where the run of ASCII spaces and tabs that ends at `at` starts.
fn blanks_before(text: &str, at: usize) -> usize {
    let before = text.as_bytes().get(..at).unwrap_or_default();
    before.iter().rposition(|&b| !matches!(b, b' ' | b'\t')).map_or(0, |i| i + 1)
}

/// Tokenizes the common ASCII chunk: letters and digits, with one opening
/// bracket or double quote before and one of `,;:!?)"` after (`(Reuters`,
/// `said,`). None of these marks joins a word in UAX #29 except between
/// letters or digits, and none is a full stop that an abbreviation could
/// absorb. Returns false, with no token, for any other chunk.
fn plain_word<'a>(text: &'a str, span: Span, chunk: &Chunk, each: &mut impl FnMut(Token<'a>)) -> bool {
    let bytes = text.as_bytes().get(span.range()).unwrap_or_default();
    let opens = matches!(bytes.first(), Some(b'(' | b'"'));
    let closes = bytes.len() > usize::from(opens) + 1
        && matches!(bytes.last(), Some(b',' | b';' | b':' | b'!' | b'?' | b')' | b'"'));
    // The marks must be just those two.
    if chunk.marks != usize::from(opens) + usize::from(closes) || chunk.classes & (LETTER | DIGIT) == 0 {
        return false;
    }
    let word = Span::new(span.start + usize::from(opens), span.end - usize::from(closes));
    let kind = if chunk.classes & LETTER != 0 { TokenKind::Word } else { TokenKind::Number };
    let mut push = |span: Span, kind| each(Token { span, text: span.get(text).unwrap_or_default(), kind });
    if opens {
        push(Span::new(span.start, word.start), TokenKind::Punctuation);
    }
    push(word, kind);
    if closes {
        push(Span::new(word.end, span.end), TokenKind::Punctuation);
    }
    true
}

/// Where the sentences of `text` start, as [`sentences`] finds them.
pub(crate) fn sentence_starts(text: &str) -> Vec<usize> {
    let Some(first) = text.char_indices().find(|&(_, c)| !is_blank_char(c)).map(|(i, _)| i) else {
        return Vec::new();
    };
    let mut starts = vec![first];
    for window in windows(text) {
        let Some(piece) = window.get(text) else { continue };
        // The window's first sentence began at or before the window.
        starts.extend(sentences(piece).skip(1).map(|s| window.start + s.span.start));
    }
    starts
}

/// Characters after which a sentence may end: line breaks, ASCII
/// terminators, and anything outside ASCII that is not a letter, a digit or
/// a common quote, dash or space (UAX #29 has many terminators).
fn may_end_sentence(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '.' | '!' | '?' | '\n' | '\r');
    }
    !c.is_alphanumeric() && !matches!(c, '‘' | '’' | '“' | '”' | '«' | '»' | '–' | '—' | '…' | '\u{a0}' | '\u{ad}')
}

/// The stretches of `text` that decide where its sentences start: around
/// each character that may end a sentence, from the start of the chunk of
/// the last non-blank character before it to the end of the first chunk
/// with an ASCII letter after it. The window's first sentence thus began at
/// or before the window. Overlapping windows are merged; the pass is linear.
fn windows(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut windows: Vec<Span> = Vec::new();
    let mut lookahead = Lookahead::new(text);
    let solid_end = text.char_indices().rev().find(|&(_, c)| !is_blank_char(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let mut at = 0;
    while let Some(i) =
        bytes.get(at..).and_then(|rest| rest.iter().position(|&b| may_start_terminator(b))).map(|n| at + n)
    {
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        at = i + c.len_utf8();
        // Nothing can start after the last non-blank character (most
        // paragraphs end in a full stop).
        if !may_end_sentence(c) || at >= solid_end {
            continue;
        }
        // Looking back past the previous window's end would only find that
        // the windows overlap.
        let floor = windows.last().map_or(0, |w| w.end.min(i));
        let window = Span::new(solid_chunk_start(text, i, floor), lookahead.end_of_next_word(at));
        match windows.last_mut() {
            Some(last) if window.start <= last.end => *last = last.cover(window),
            _ => windows.push(window),
        }
    }
    windows
}

/// Whether a character that may end a sentence can start with `byte`.
fn may_start_terminator(byte: u8) -> bool {
    matches!(byte, b'.' | b'!' | b'?' | b'\n' | b'\r' | 0xc0..)
}

/// The start of the chunk of the last non-blank character before `at`, or
/// `floor` if that lies at or before it.
fn solid_chunk_start(text: &str, at: usize, floor: usize) -> usize {
    let before = text.get(floor..at).unwrap_or_default();
    let Some(solid) = before.char_indices().rev().find(|&(_, c)| !is_blank_char(c)).map(|(i, _)| floor + i) else {
        return floor;
    };
    let chunk = text.as_bytes().get(floor..solid).unwrap_or_default();
    chunk.iter().rposition(u8::is_ascii_whitespace).map_or(floor, |i| floor + i + 1)
}

/// Finds, for positions given in increasing order, the end of the first
/// chunk with an ASCII letter at or after them, looking at each byte once.
struct Lookahead<'a> {
    text: &'a str,
    /// The first ASCII letter at or after the last position asked about (or
    /// the end of the text), once asked.
    letter: Option<usize>,
    /// The end of the chunk holding `letter`.
    chunk_end: usize,
}

impl<'a> Lookahead<'a> {
    fn new(text: &'a str) -> Lookahead<'a> {
        Lookahead { text, letter: None, chunk_end: 0 }
    }

    fn end_of_next_word(&mut self, from: usize) -> usize {
        if self.letter.is_some_and(|letter| from <= letter) {
            return self.chunk_end;
        }
        // Only an ASCII letter surely ends UAX #29's look-ahead: elsewhere in
        // Unicode, some letters are combining marks that it skips.
        let rest = self.text.as_bytes().get(from..).unwrap_or_default();
        let letter = rest.iter().position(u8::is_ascii_alphabetic).map_or(self.text.len(), |i| from + i);
        // A letter before the known chunk's end is in that chunk.
        if letter >= self.chunk_end {
            let after = self.text.as_bytes().get(letter..).unwrap_or_default();
            self.chunk_end = after.iter().position(u8::is_ascii_whitespace).map_or(self.text.len(), |n| letter + n);
        }
        self.letter = Some(letter);
        self.chunk_end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference_tokens(text: &str) -> Vec<Token<'_>> {
        tokens(text).collect()
    }

    fn tokens_of(text: &str) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        tokenize(text, |t| out.push(t));
        out
    }

    fn reference_starts(text: &str) -> Vec<usize> {
        sentences(text).map(|s| s.span.start).collect()
    }

    #[test]
    fn plain_words_and_the_rest() {
        let text = "(Reuters) Mr. O'Neil said, \"U.S. aid\" rose 2,000 in COP29: ok? a \u{301}b";
        assert_eq!(tokens_of(text), reference_tokens(text));
    }

    #[test]
    fn sentence_starts_after_terminators_and_line_breaks() {
        let text = "He met Mr. Smith in the U.S. The talks ended.\n\"Go!\" he said. 2024 was hard…\nnext line";
        assert_eq!(sentence_starts(text), reference_starts(text));
        assert_eq!(sentence_starts(" \u{a0}"), reference_starts(" \u{a0}"));
    }

    #[test]
    fn windows_reach_past_blank_terminators_and_non_ascii_letters() {
        // A line separator is blank; a combining mark can be a letter that UAX #29 skips.
        for text in ["\" \u{2028}Mr", "?\u{1e023} \u{1d54a}", "?\u{1772}\tMr", "x. \u{1e023} a"] {
            assert_eq!(sentence_starts(text), reference_starts(text), "{text:?}");
        }
    }

    /// Text dense in what tokenizing and sentence splitting care about.
    fn tricky_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[A-Za-z0-9]{1,6}",
            "[a-z]{1,4}",
            Just("Mr".to_owned()),
            Just("U.S".to_owned()),
            Just("Inc".to_owned()),
            Just("The".to_owned()),
            Just("F".to_owned()),
            "[ \t\n\r]{1,2}",
            "[.!?,;:'\"()\\-_]",
            "[‘’“”«»–—…\u{a0}\u{ad}\u{200b}\u{301}\u{2028}\u{85}。！？․‼]",
            "[éÉßøİı]",
            "\\PC",
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn matches_newsclip_text(text in tricky_text()) {
            prop_assert_eq!(tokens_of(&text), reference_tokens(&text));
            prop_assert_eq!(sentence_starts(&text), reference_starts(&text));
        }

        #[test]
        fn matches_newsclip_text_on_any_text(text in "\\PC{0,80}") {
            prop_assert_eq!(tokens_of(&text), reference_tokens(&text));
            prop_assert_eq!(sentence_starts(&text), reference_starts(&text));
        }
    }
}
