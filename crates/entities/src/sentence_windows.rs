//! Where the sentences of a region start, exactly as `newsclip_text`'s
//! [`sentences`] finds them, but with it run only where it has work to do.
//!
//! [`sentences`] walks every character through the Unicode (UAX #29)
//! sentence-break state machine, which made it a fifth of the tagger's time.
//! But a sentence can only start after a terminator (`.`, `!`, `?` and their
//! kin) or a line break, and whether one does is decided by the chunk
//! (run of characters between ASCII blanks) that the terminator ends and
//! what follows up to the next word. So [`sentences`] runs only on such
//! windows; characters outside ASCII that might be terminators get a window
//! too. `tests::matches_newsclip_text` checks the result against
//! [`sentences`] on arbitrary text.

use newsclip_text::{is_blank_char, sentences, Span};

/// Where the sentences of `text` start, as `newsclip_text::sentences(text)` finds them.
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
    let mut at = 0;
    while let Some(i) =
        bytes.get(at..).and_then(|rest| rest.iter().position(|&b| may_start_terminator(b))).map(|n| at + n)
    {
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
        at = i + c.len_utf8();
        if !may_end_sentence(c) {
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

    fn reference_starts(text: &str) -> Vec<usize> {
        sentences(text).map(|s| s.span.start).collect()
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

    /// Text dense in what sentence splitting cares about.
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
            prop_assert_eq!(sentence_starts(&text), reference_starts(&text));
        }

        #[test]
        fn matches_newsclip_text_on_any_text(text in "\\PC{0,80}") {
            prop_assert_eq!(sentence_starts(&text), reference_starts(&text));
        }
    }
}
