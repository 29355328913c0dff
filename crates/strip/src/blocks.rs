//! Blocks of a page dump and the text statistics that tell prose from page furniture.
//!
//! A block is one paragraph as [`newsclip_text::paragraphs_with`] finds it: a line in a
//! one-block-per-line dump, or a blank-line separated run of hard-wrapped lines.

use std::collections::HashSet;

use newsclip_text::{is_blank_char, is_terminal_punctuation, lines, paragraphs_with, LineJoining, Paragraph, Span};
use once_cell::sync::Lazy;

/// One paragraph of the page with its statistics.
#[derive(Clone, Debug)]
pub(crate) struct Block<'a> {
    /// Trimmed span in the page.
    pub(crate) span: Span,
    /// `&page[span]`.
    pub(crate) text: &'a str,
    pub(crate) stats: TextStats,
}

/// Splits `page` into blocks.
///
/// With [`LineJoining::Auto`], a page whose detected wrapping mostly joins lines that end a
/// sentence is a one-block-per-line dump after all (its lines merely have similar lengths), and
/// every line stays a block.
pub(crate) fn blocks(page: &str, joining: LineJoining) -> Vec<Block<'_>> {
    let mut paragraphs = paragraphs_with(page, joining);
    if joining == LineJoining::Auto && !joins_look_wrapped(&paragraphs) {
        paragraphs = paragraphs_with(page, LineJoining::Never);
    }
    paragraphs.into_iter().map(|p| Block { span: p.span, text: p.text, stats: TextStats::of(p.text) }).collect()
}

/// Whether most line breaks inside multi-line paragraphs fall mid-sentence, as wrapping does.
fn joins_look_wrapped(paragraphs: &[Paragraph<'_>]) -> bool {
    let (mut joins, mut sentence_joins) = (0usize, 0usize);
    for paragraph in paragraphs.iter().filter(|p| p.lines.len() > 1) {
        let mut lines = lines(paragraph.text).peekable();
        while let Some(line) = lines.next() {
            if lines.peek().is_none() {
                break;
            }
            joins += 1;
            if TextStats::of(line.text).ends_with_terminal {
                sentence_joins += 1;
            }
        }
    }
    sentence_joins * 2 <= joins
}

/// Counts that describe how much a text reads like running prose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TextStats {
    /// Runs of letters and digits.
    pub(crate) words: u32,
    /// Words in the stop-word list (function words).
    pub(crate) stop_words: u32,
    /// Words starting with an upper-case letter.
    pub(crate) capitalized: u32,
    /// Words made only of digits.
    pub(crate) numbers: u32,
    /// Terminal punctuation followed by a blank or the end (after closing quotes or brackets).
    pub(crate) sentence_ends: u32,
    /// Whether the text ends a sentence: `.`, `!`, `?`, `…`, possibly inside closing quotes.
    pub(crate) ends_with_terminal: bool,
    /// Whether the text ends with a colon (a lead-in to a list or a quotation).
    pub(crate) ends_with_colon: bool,
    /// Item separators standing alone between blanks: `|`, `•`, `·`, `»`, `›`, `>`, `/`.
    pub(crate) separators: u32,
    /// Characters, blanks excluded.
    pub(crate) chars: u32,
}

static STOP_WORDS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    include_str!("../data/stopwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Longest stop word in bytes; longer words skip the lookup.
const MAX_STOP_WORD_LEN: usize = 12;

/// Whether `word` (any case) is a stop word.
pub(crate) fn is_stop_word(word: &str) -> bool {
    if word.len() > MAX_STOP_WORD_LEN {
        return false;
    }
    if word.is_ascii() {
        let mut buf = [0u8; MAX_STOP_WORD_LEN];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        core::str::from_utf8(lower).is_ok_and(|w| STOP_WORDS.contains(w))
    } else {
        STOP_WORDS.contains(word.to_lowercase().as_str())
    }
}

/// Whether `c` continues a word: letters, digits and combining marks.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The words of `text`: maximal runs of [word characters](is_word_char), as byte spans.
pub(crate) fn word_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().chain(core::iter::once((text.len(), ' ')));
    core::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            match (start, is_word_char(c) && i < text.len()) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    start = None;
                    return Some(Span::new(s, i));
                }
                _ => {}
            }
        }
        None
    })
}

/// Closing quotation marks and brackets that may follow a sentence's final punctuation.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '*')
}

fn is_separator(c: char) -> bool {
    matches!(c, '|' | '•' | '·' | '»' | '›' | '>' | '/' | '◦' | '▪' | '∙' | '¦')
}

impl TextStats {
    /// Computes the statistics of `text` in one pass.
    pub(crate) fn of(text: &str) -> TextStats {
        let mut stats = TextStats::default();
        for span in word_spans(text) {
            let word = &text[span];
            stats.words += 1;
            let first = word.chars().next().unwrap_or(' ');
            if first.is_uppercase() {
                stats.capitalized += 1;
            } else if word.bytes().all(|b| b.is_ascii_digit()) {
                stats.numbers += 1;
            }
            if is_stop_word(word) {
                stats.stop_words += 1;
            }
        }
        let mut previous_blank = true;
        let mut pending_terminal = false;
        let mut pending_separator = false;
        for c in text.chars() {
            let blank = is_blank_char(c);
            if blank {
                if pending_terminal {
                    stats.sentence_ends += 1;
                }
                if pending_separator {
                    stats.separators += 1;
                }
                pending_terminal = false;
                pending_separator = false;
            } else {
                stats.chars += 1;
                if is_terminal_punctuation(c) {
                    pending_terminal = true;
                } else if !is_closer(c) {
                    pending_terminal = false;
                }
                pending_separator = previous_blank && is_separator(c);
            }
            previous_blank = blank;
        }
        let tail = text.trim_end_matches(|c| is_blank_char(c) || is_closer(c));
        let last = tail.chars().next_back();
        stats.ends_with_terminal = last.is_some_and(is_terminal_punctuation);
        stats.ends_with_colon = last == Some(':');
        if stats.ends_with_terminal {
            stats.sentence_ends += 1;
        }
        stats
    }

    /// Share of words that are stop words.
    pub(crate) fn stop_density(&self) -> f32 {
        ratio(self.stop_words, self.words)
    }
}

fn ratio(part: u32, whole: u32) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 / whole as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_has_stop_words_and_sentences() {
        let s = TextStats::of("The council met on Tuesday. It approved the budget, officials said.");
        assert_eq!(s.words, 11);
        assert!(s.stop_density() > 0.25);
        assert_eq!(s.sentence_ends, 2);
        assert!(s.ends_with_terminal);
    }

    #[test]
    fn menus_are_capitalized_and_separated() {
        let s = TextStats::of("Home | World | Politics | Sport");
        assert_eq!(s.words, 4);
        assert_eq!(s.separators, 3);
        assert_eq!(s.stop_words, 0);
        assert_eq!(s.capitalized, 4);
        assert!(!s.ends_with_terminal);
    }

    #[test]
    fn terminal_inside_closing_quotes() {
        assert!(TextStats::of("He said “we will win.”").ends_with_terminal);
        assert!(TextStats::of("Read this:").ends_with_colon);
        assert_eq!(TextStats::of("U.S. officials").sentence_ends, 1);
    }

    #[test]
    fn words_split_on_punctuation_and_keep_accents() {
        let text = "Café-au-lait, naïve 2023!";
        let words: Vec<&str> = word_spans(text).map(|s| &text[s]).collect();
        assert_eq!(words, ["Café", "au", "lait", "naïve", "2023"]);
        assert_eq!(word_spans("").count(), 0);
    }

    #[test]
    fn similar_line_lengths_are_not_mistaken_for_wrapping() {
        let page = "The council met on Tuesday and approved the budget after a long debate about roads.\n\
                    Subheading\n\
                    The mayor said the vote was a victory for the city and thanked all council members.\n\
                    Comments";
        assert_eq!(blocks(page, LineJoining::Auto).len(), 4);
        let wrapped = "The committee met on Tuesday to discuss the proposal, which would\n\
                       change the way the city pays for its roads and bridges over the\n\
                       next decade.\n\n\
                       Opponents said the plan would raise taxes for families who can\n\
                       least afford it, while supporters called it overdue.";
        assert_eq!(blocks(wrapped, LineJoining::Auto).len(), 2);
    }

    #[test]
    fn stop_words_in_any_case() {
        assert!(is_stop_word("The") && is_stop_word("und") && is_stop_word("ÜBER"));
        assert!(!is_stop_word("Azerbaijan") && !is_stop_word("extraordinarily-long-word"));
    }
}
