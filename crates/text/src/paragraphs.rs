//! Paragraphs of a page dump: one per line, or blank-line separated and hard-wrapped.
//!
//! Scrapers dump pages in two shapes. Most write one block per line, sometimes
//! with blank lines between blocks; mail archives, wire feeds and plain-text
//! exports wrap each paragraph over several lines of roughly equal width and
//! separate paragraphs with blank lines. [`paragraphs`] tells the two apart
//! per document: a document is hard-wrapped when most of its lines that run on
//! into a next line stop because the next word would not have fitted the
//! document's wrap width.

use core::ops::Range;

use crate::{lines, Span};

/// How lines inside a block (a run of non-blank lines) become paragraphs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LineJoining {
    /// Detect hard wrapping per document: a document is hard-wrapped when most
    /// of its run-on lines stop because the next word would not have fitted.
    #[default]
    Auto,
    /// Every non-blank line is a paragraph.
    Never,
    /// Every block of non-blank lines is one paragraph.
    Always,
}

/// A paragraph: one or more consecutive non-blank lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph<'a> {
    /// From the first non-blank character of the first line to the last
    /// non-blank character of the last line.
    pub span: Span,
    /// `&input[span]`; holds the line breaks of a wrapped paragraph.
    pub text: &'a str,
    /// The zero-based numbers of the lines it covers.
    pub lines: Range<usize>,
}

/// Splits `input` into paragraphs, detecting hard wrapping ([`LineJoining::Auto`]).
///
/// ```
/// let dump = "Title\nFirst paragraph.\nSecond paragraph.";
/// let texts: Vec<_> = newsclip_text::paragraphs(dump).into_iter().map(|p| p.text).collect();
/// assert_eq!(texts, ["Title", "First paragraph.", "Second paragraph."]);
///
/// let wrapped = "The minister said on Tuesday that the talks would resume in the\n\
///                spring, after a pause of several months that both sides had\n\
///                described as necessary for consultations at home.\n\n\
///                A second paragraph follows here, also wrapped at the same width\n\
///                as the first one, and it ends on this line.";
/// assert_eq!(newsclip_text::paragraphs(wrapped).len(), 2);
/// ```
#[must_use]
pub fn paragraphs(input: &str) -> Vec<Paragraph<'_>> {
    paragraphs_with(input, LineJoining::Auto)
}

/// Splits `input` into paragraphs with an explicit [`LineJoining`] policy.
#[must_use]
pub fn paragraphs_with(input: &str, joining: LineJoining) -> Vec<Paragraph<'_>> {
    let lines = content_lines(input);
    let wrap_width = match joining {
        LineJoining::Auto => detect_wrap_width(&lines),
        LineJoining::Never | LineJoining::Always => None,
    };
    let mut out: Vec<Paragraph<'_>> = Vec::new();
    let mut current: Option<(Span, Range<usize>)> = None;
    for (i, line) in lines.iter().enumerate() {
        let joins_previous = i > 0 && {
            let prev = &lines[i - 1];
            prev.block == line.block
                && match (joining, wrap_width) {
                    (LineJoining::Always, _) => true,
                    (_, Some(width)) => prev.would_not_fit(line, width),
                    _ => false,
                }
        };
        match (&mut current, joins_previous) {
            (Some((span, range)), true) => {
                span.end = line.span.end;
                range.end = line.number + 1;
            }
            _ => {
                if let Some((span, range)) = current.take() {
                    out.push(Paragraph { span, text: &input[span], lines: range });
                }
                current = Some((line.span, line.number..line.number + 1));
            }
        }
    }
    if let Some((span, range)) = current {
        out.push(Paragraph { span, text: &input[span], lines: range });
    }
    out
}

/// A non-blank line, trimmed, with the facts wrap detection needs.
struct ContentLine {
    span: Span,
    number: usize,
    /// Index of the blank-line separated block the line is in.
    block: usize,
    /// Width in chars.
    width: usize,
    /// Width in chars of the line's first word.
    first_word: usize,
    /// Whether the line ends with terminal punctuation, perhaps followed by
    /// closing quotation marks or brackets.
    ends_sentence: bool,
}

impl ContentLine {
    /// Whether this line ended only because `next`'s first word would have
    /// overflowed `width`.
    fn would_not_fit(&self, next: &ContentLine, width: usize) -> bool {
        self.width + 1 + next.first_word > width
    }
}

fn content_lines(input: &str) -> Vec<ContentLine> {
    let mut block = 0;
    let mut previous_blank = false;
    let mut out = Vec::new();
    for line in lines(input) {
        if line.is_blank() {
            if !previous_blank {
                block += 1;
            }
            previous_blank = true;
            continue;
        }
        previous_blank = false;
        let span = line.span.trim(input);
        let text = &input[span];
        out.push(ContentLine {
            span,
            number: line.number,
            block,
            width: text.chars().count(),
            first_word: text.split(crate::is_blank_char).next().map_or(0, |w| w.chars().count()),
            ends_sentence: text
                .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']'])
                .ends_with(crate::is_terminal_punctuation),
        });
    }
    out
}

/// Wrapped text is rarely narrower or wider than this.
const WRAP_WIDTHS: Range<usize> = 40..121;
/// Share of run-on lines that must look wrapped for the document to count as wrapped.
const WRAPPED_SHARE: f64 = 0.6;
/// Fewest run-on lines that can establish hard wrapping.
const MIN_RUN_ON_LINES: usize = 2;

/// The document's wrap width when it is hard-wrapped.
fn detect_wrap_width(lines: &[ContentLine]) -> Option<usize> {
    // Lines followed by another line of the same block: these are the ones a
    // wrapping tool would have broken.
    let run_on: Vec<usize> =
        (0..lines.len().saturating_sub(1)).filter(|&i| lines[i].block == lines[i + 1].block).collect();
    if run_on.len() < MIN_RUN_ON_LINES {
        return None;
    }
    let mut widths: Vec<usize> = lines.iter().map(|l| l.width).collect();
    widths.sort_unstable();
    let width = widths[(widths.len() * 9 / 10).min(widths.len() - 1)];
    if !WRAP_WIDTHS.contains(&width) {
        return None;
    }
    let substantial: Vec<usize> = run_on.into_iter().filter(|&i| lines[i].width * 2 >= width).collect();
    let run_on_substantial = substantial.len();
    if run_on_substantial < MIN_RUN_ON_LINES {
        return None;
    }
    let wrapped: Vec<usize> =
        substantial.into_iter().filter(|&i| lines[i].would_not_fit(&lines[i + 1], width)).collect();
    // Wrapping breaks lines wherever the width runs out, mostly mid-sentence; a
    // one-paragraph-per-line dump whose paragraphs merely have similar lengths
    // breaks after sentences.
    let mid_sentence = wrapped.iter().filter(|&&i| !lines[i].ends_sentence).count();
    let enough_wrapped = wrapped.len() as f64 >= WRAPPED_SHARE * (run_on_substantial as f64);
    (enough_wrapped && mid_sentence * 2 > wrapped.len()).then_some(width)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<&str> {
        paragraphs(input).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn one_paragraph_per_line() {
        assert_eq!(texts("A.\nB.\r\n\r\nC."), ["A.", "B.", "C."]);
    }

    #[test]
    fn long_lines_in_one_block_stay_apart() {
        let a = "After a long introduction that runs well past any wrap width a plain-text tool would use, the article goes on.";
        let b =
            "The second paragraph of the same block is just as long and also ends with a full stop, as paragraphs do.";
        let input = format!("{a}\n{b}\n\n{a}");
        assert_eq!(texts(&input), [a, b, a]);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let input = "The committee met on Tuesday to discuss the proposal, which would\n\
                     change the way the city pays for its roads and bridges over the\n\
                     next decade.\n\
                     \n\
                     Opponents said the plan would raise taxes for families who can\n\
                     least afford it, while supporters called it overdue.\n";
        let paras = paragraphs(input);
        assert_eq!(paras.len(), 2);
        assert!(paras[0].text.starts_with("The committee") && paras[0].text.ends_with("decade."));
        assert_eq!(paras[0].lines, 0..3);
        assert_eq!(paras[1].lines, 4..6);
    }

    #[test]
    fn similar_long_lines_that_end_sentences_are_not_wrapped_text() {
        let input = "The minister said the talks would resume in the spring after a pause.\n\
                     Opponents of the plan said it would raise taxes for many families.\n\
                     Supporters called the proposal overdue and said it was a good start.\n\
                     The vote on the measure is expected to take place later this month.";
        assert_eq!(paragraphs(input).len(), 4);
    }

    #[test]
    fn short_menu_lines_are_not_wrapped_text() {
        assert_eq!(texts("Home\nNews\nSport\nWeather"), ["Home", "News", "Sport", "Weather"]);
    }

    #[test]
    fn explicit_policies() {
        let input = "a b\nc d\n\ne";
        let always: Vec<_> = paragraphs_with(input, LineJoining::Always).into_iter().map(|p| p.text).collect();
        assert_eq!(always, ["a b\nc d", "e"]);
        let never: Vec<_> = paragraphs_with(input, LineJoining::Never).into_iter().map(|p| p.text).collect();
        assert_eq!(never, ["a b", "c d", "e"]);
    }

    #[test]
    fn spans_are_trimmed_of_nbsp() {
        let input = "\u{a0} Hello \u{200b}\n";
        let paras = paragraphs(input);
        assert_eq!(paras[0].text, "Hello");
        assert_eq!(&input[paras[0].span], "Hello");
    }
}
