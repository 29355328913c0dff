//! Blocks of a page dump and the text statistics that tell prose from page furniture.
//!
//! A block is one paragraph as [`newsclip_text::paragraphs_with`] finds it: a line in a
//! one-block-per-line dump, or a blank-line separated run of hard-wrapped lines.

use newsclip_text::{paragraphs_with, LineJoining, Span};

use crate::language::Language;
use crate::words::{ascii_class, class, is_stop_word_at};

/// One paragraph of the page with its statistics.
#[derive(Clone, Debug)]
pub(crate) struct Block<'a> {
    /// Trimmed span in the page.
    pub(crate) span: Span,
    /// `&page[span]`.
    pub(crate) text: &'a str,
    pub(crate) stats: TextStats,
}

/// Splits `page` into blocks ([`LineJoining::Auto`] tells hard-wrapped dumps from
/// one-block-per-line dumps).
pub(crate) fn blocks(page: &str, joining: LineJoining, language: Language) -> Vec<Block<'_>> {
    paragraphs_with(page, joining)
        .into_iter()
        .map(|p| {
            // Only pages in a language without resources are read as in a script without blanks.
            let stats = TextStats::of_in(p.text, language == Language::Other);
            Block { span: p.span, text: p.text, stats: TextStats { language, ..stats } }
        })
        .collect()
}

/// Counts that describe how much a text reads like running prose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TextStats {
    /// Runs of letters and digits.
    pub(crate) words: u32,
    /// Words in the stop-word list (function words), among the first [`STOP_SAMPLE`] words.
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
    /// Characters common in source code and rare in prose (`{ } [ ] ; = < >` …).
    pub(crate) code_marks: u32,
    /// Commas: they separate the items of a list of names or the cells of a row.
    pub(crate) commas: u32,
    /// The language of the page, whose phrases label the text besides the English ones.
    pub(crate) language: Language,
}

/// The stop words as [`WordKey`]s, sorted for binary search.
impl TextStats {
    /// Computes the statistics of `text` in one pass (ASCII by table lookup).
    pub(crate) fn of(text: &str) -> TextStats {
        TextStats::of_in(text, false)
    }

    /// [`of`](Self::of), counting each character of a script written without blanks between
    /// words (Chinese, Japanese, Thai …) as a word when `unspaced` is set.
    pub(crate) fn of_in(text: &str, unspaced: bool) -> TextStats {
        let mut scan = Scan::default();
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                let bits = ascii_class(b);
                if bits & class::WORD != 0 {
                    // An ASCII run of letters and digits in a tight loop.
                    let mut end = i + 1;
                    let mut digits = bits & class::DIGIT != 0;
                    while let Some(bits) =
                        bytes.get(end).map(|&b| ascii_class(b)).filter(|bits| bits & class::WORD != 0)
                    {
                        digits &= bits & class::DIGIT != 0;
                        end += 1;
                    }
                    scan.word_chars(i, end, bits, digits);
                    i = end;
                } else {
                    scan.other(bytes, i, bits);
                    i += 1;
                }
            } else {
                let c = text.get(i..).and_then(|rest| rest.chars().next()).unwrap_or(' ');
                let bits = class(c);
                if bits & class::WORD != 0 && unspaced && is_unspaced(c) {
                    // Chinese, Japanese, Thai … write no blanks between words: each character
                    // counts as one, so that their prose is as long as it reads.
                    scan.end_word(bytes, i);
                    scan.word_chars(i, i + c.len_utf8(), bits, false);
                    scan.end_word(bytes, i + c.len_utf8());
                } else if bits & class::WORD != 0 {
                    scan.word_chars(i, i + c.len_utf8(), bits, false);
                } else {
                    scan.other(bytes, i, bits);
                }
                i += c.len_utf8();
            }
        }
        scan.end_word(bytes, bytes.len());
        let mut stats = scan.stats;
        let tail = text.trim_end_matches(|c| class(c) & (class::BLANK | class::CLOSER) != 0);
        let last = tail.chars().next_back();
        stats.ends_with_terminal = last.is_some_and(|c| class(c) & class::TERMINAL != 0);
        stats.ends_with_colon = last == Some(':');
        if stats.ends_with_terminal {
            stats.sentence_ends += 1;
        }
        stats
    }

    /// Counts the word of `len` bytes at the start of `rest`.
    #[inline]
    fn count_word(&mut self, rest: &[u8], len: usize, capitalized: bool, digits: bool) {
        self.words += 1;
        self.capitalized += u32::from(capitalized);
        self.numbers += u32::from(digits);
        if self.words <= STOP_SAMPLE {
            self.stop_words += u32::from(!digits && is_stop_word_at(rest, len));
        }
    }

    /// How many words the stop-word count looked at.
    pub(crate) fn sampled_words(&self) -> u32 {
        self.words.min(STOP_SAMPLE)
    }

    /// Words that start with neither a capital nor a digit: running text has many, headlines
    /// and menus few.
    pub(crate) fn lower_words(&self) -> u32 {
        self.words.saturating_sub(self.capitalized + self.numbers)
    }

    /// Whether the text looks like source code: several code marks, densely.
    pub(crate) fn looks_like_code(&self) -> bool {
        self.code_marks >= 3 && self.code_marks * 30 >= self.chars
    }

    /// Share of words that are stop words (estimated on the first [`STOP_SAMPLE`] words).
    pub(crate) fn stop_density(&self) -> f32 {
        ratio(self.stop_words, self.sampled_words())
    }
}

/// How many words of a block the stop-word density is estimated on: enough for a steady ratio,
/// and long blocks cost no more lookups.
const STOP_SAMPLE: u32 = 128;

/// The state of [`TextStats::of`] between characters.
struct Scan {
    stats: TextStats,
    /// Where the current word starts, or [`NO_WORD`].
    word_start: usize,
    capitalized: bool,
    digits: bool,
    previous_blank: bool,
    /// Terminal punctuation (and closers after it) since the last blank.
    pending_terminal: bool,
    /// A separator right after a blank.
    pending_separator: bool,
}

/// Marks "between words" in [`Scan`].
const NO_WORD: usize = usize::MAX;

impl Default for Scan {
    fn default() -> Scan {
        Scan {
            stats: TextStats::default(),
            word_start: NO_WORD,
            capitalized: false,
            digits: true,
            previous_blank: true,
            pending_terminal: false,
            pending_separator: false,
        }
    }
}

impl Scan {
    /// Word characters from `start` to `end`; `bits` are the first one's class.
    #[inline]
    fn word_chars(&mut self, start: usize, end: usize, bits: u8, digits: bool) {
        if self.word_start == NO_WORD {
            self.word_start = start;
            self.capitalized = bits & class::UPPER != 0;
            self.digits = true;
        }
        self.digits &= digits;
        self.stats.chars += (end - start) as u32;
        self.pending_terminal = false;
        self.pending_separator = false;
        self.previous_blank = false;
    }

    /// Any other character, of class `bits`, at `at`.
    #[inline]
    fn other(&mut self, bytes: &[u8], at: usize, bits: u8) {
        self.end_word(bytes, at);
        let blank = bits & class::BLANK != 0;
        if blank {
            self.stats.sentence_ends += u32::from(self.pending_terminal);
            self.stats.separators += u32::from(self.pending_separator);
            self.pending_terminal = false;
            self.pending_separator = false;
        } else {
            self.stats.chars += 1;
            self.stats.code_marks += u32::from(bits & class::CODE != 0);
            self.stats.commas += u32::from(bytes.get(at) == Some(&b','));
            if bits & class::TERMINAL != 0 {
                self.pending_terminal = true;
            } else if bits & class::CLOSER == 0 {
                self.pending_terminal = false;
            }
            self.pending_separator = self.previous_blank && bits & class::SEPARATOR != 0;
        }
        self.previous_blank = blank;
    }

    /// Counts the word being read, if any, which ends at `end`.
    #[inline]
    fn end_word(&mut self, bytes: &[u8], end: usize) {
        if self.word_start != NO_WORD {
            let rest = bytes.get(self.word_start..).unwrap_or_default();
            self.stats.count_word(rest, end - self.word_start, self.capitalized, self.digits);
            self.word_start = NO_WORD;
        }
    }
}

/// Whether `c` belongs to a script written without blanks between words: Han ideographs, kana,
/// Thai, Lao, Khmer and Myanmar letters.
fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' // hiragana, katakana
        | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' // Han
        | '\u{0e00}'..='\u{0eff}' // Thai, Lao
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{1780}'..='\u{17ff}' // Khmer
    )
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
        // Scripts without blanks between words count a word a character.
        assert_eq!(TextStats::of_in("新桥正式通车。", true).words, 6);
        assert_eq!(TextStats::of("新桥正式通车。").words, 1);
        assert_eq!(TextStats::of("Новый мост открыт.").words, 3);
        assert!(TextStats::of("Read this:").ends_with_colon);
        assert_eq!(TextStats::of("U.S. officials").sentence_ends, 1);
    }

    #[test]
    fn similar_line_lengths_are_not_mistaken_for_wrapping() {
        let page = "The council met on Tuesday and approved the budget after a long debate about roads.\n\
                    Subheading\n\
                    The mayor said the vote was a victory for the city and thanked all council members.\n\
                    Comments";
        assert_eq!(blocks(page, LineJoining::Auto, crate::language::Language::English).len(), 4);
        let wrapped = "The committee met on Tuesday to discuss the proposal, which would\n\
                       change the way the city pays for its roads and bridges over the\n\
                       next decade.\n\n\
                       Opponents said the plan would raise taxes for families who can\n\
                       least afford it, while supporters called it overdue.";
        assert_eq!(blocks(wrapped, LineJoining::Auto, crate::language::Language::English).len(), 2);
    }
}
