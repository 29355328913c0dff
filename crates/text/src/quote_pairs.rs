//! Pairing quotation marks into quotations: within a paragraph, and across
//! paragraphs by the newsroom convention for long quotations.
//!
//! [`quote_marks`] says what each mark could be; this module decides which
//! marks belong together. Pairing is local and forgiving:
//!
//! * a closing mark closes the nearest open quotation of its family, so
//!   `“He said ‘no’ twice”` nests and a stray `”` is ignored;
//! * a new opening mark of the family of the innermost open quotation (`“a “b”`)
//!   abandons that quotation: curly and guillemet quotations never nest in their
//!   own family, so the first mark was a typo;
//! * a closing single mark that may be a plural possessive (`the workers'`)
//!   closes only when no later single mark could;
//! * an outermost quotation still open at the end of its paragraph runs to the
//!   end of that paragraph and no further ([`QuotePair::close`] is `None`);
//!   single-mark openers left open are dropped (they were apostrophes: `'em`)
//!   unless a `‘` opens the paragraph.
//!
//! [`quotations`] then applies the multi-paragraph convention: a paragraph
//! that leaves its quotation open and a next paragraph that opens with a mark of
//! the same family make one quotation with one segment per paragraph.
//!
//! Both run in time linear in the input, whatever the marks.

use crate::{quote_marks, QuoteFamily, QuoteMark, Span};

/// How many open quotations a closing mark looks through for its opener:
/// enough for real nesting, small enough to keep pairing linear.
const CLOSE_SEARCH_DEPTH: usize = 3;

/// An opening mark with its closing mark: one quotation within one region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct QuotePair {
    /// The opening mark.
    pub open: QuoteMark,
    /// The closing mark, or `None` when the quotation runs to the end of its region.
    pub close: Option<QuoteMark>,
    /// The words between the marks (or up to the end of the region), marks
    /// excluded and blanks trimmed.
    pub inner: Span,
    /// How many other quotations enclose this one (0 for the outermost).
    pub depth: usize,
}

impl QuotePair {
    /// From the opening mark to the closing mark (or the end of the words),
    /// marks included.
    #[must_use]
    pub fn outer(&self) -> Span {
        let end = self.close.map_or(self.inner.end, |c| c.span.end);
        Span::new(self.open.span.start, end.max(self.inner.end))
    }

    /// The family of the opening mark.
    #[must_use]
    pub const fn family(&self) -> QuoteFamily {
        self.open.glyph.family()
    }

    /// Whether the quotation runs to the end of its region unclosed.
    #[must_use]
    pub const fn is_open_ended(&self) -> bool {
        self.close.is_none()
    }

    fn shifted(mut self, delta: usize) -> QuotePair {
        self.open.span = self.open.span.offset(delta);
        if let Some(close) = &mut self.close {
            close.span = close.span.offset(delta);
        }
        self.inner = self.inner.offset(delta);
        self
    }
}

/// Pairs the quotation marks of `text`, taken as one region (a paragraph).
///
/// Returns every pair, nested ones included, ordered by opening mark; spans
/// are offsets into `text`.
///
/// ```
/// use newsclip_text::quote_pairs;
///
/// let text = "“Call it a ‘reset,’” she said, “and move on";
/// let pairs = quote_pairs(text);
/// let found: Vec<_> = pairs.iter().map(|p| (&text[p.inner], p.depth, p.close.is_some())).collect();
/// assert_eq!(found, [
///     ("Call it a ‘reset,’", 0, true),
///     ("reset,", 1, true),
///     ("and move on", 0, false),
/// ]);
/// ```
#[must_use]
pub fn quote_pairs(text: &str) -> Vec<QuotePair> {
    let marks: Vec<QuoteMark> = quote_marks(text).collect();
    let later_single_closer = later_single_closers(&marks);
    let mut open: Vec<QuoteMark> = Vec::new();
    let mut pairs: Vec<QuotePair> = Vec::new();
    for (i, mark) in marks.iter().enumerate() {
        if let Some(k) = opener_closed_by(&open, mark) {
            if mark.may_be_apostrophe && (later_single_closer[i] || precedes_lowercase_word(text, mark)) {
                continue; // `the workers' union`: a possessive, not the end of the quotation
            }
            let opener = open[k];
            open.truncate(k); // openers above `k` were never closed: apostrophes or typos
            let inner = Span::new(opener.span.end, mark.span.start).trim(text);
            pairs.push(QuotePair { open: opener, close: Some(*mark), inner, depth: 0 });
            continue;
        }
        if !mark.can_open() || mark.may_be_apostrophe {
            continue; // a stray closing mark
        }
        if open.last().is_some_and(|top| top.family() == mark.family() && abandons_same_family(top)) {
            open.pop();
        }
        open.push(*mark);
    }
    // A single mark left open is an apostrophe (`'em`), unless it is a `‘`
    // opening the region: a British quotation running on into the next paragraph.
    let opens_region = |m: &QuoteMark| {
        matches!(m.glyph, crate::QuoteGlyph::LeftSingle | crate::QuoteGlyph::LowSingle)
            && text[..m.span.start].trim_start_matches(crate::is_blank_char).is_empty()
    };
    if let Some(first) = open.first().filter(|m| m.family() != QuoteFamily::Single || opens_region(m)) {
        let inner = Span::new(first.span.end, text.len()).trim(text);
        pairs.push(QuotePair { open: *first, close: None, inner, depth: 0 });
    }
    pairs.sort_by_key(|p| (p.open.span.start, core::cmp::Reverse(p.outer().end)));
    assign_depths(&mut pairs);
    pairs
}

/// Whether a lowercase word follows the mark after a space (`workers' canteen`):
/// a closing mark is followed by punctuation, a cue or a new sentence instead.
fn precedes_lowercase_word(text: &str, mark: &QuoteMark) -> bool {
    let mut after = text[mark.span.end..].chars();
    after.next().is_some_and(|c| c == ' ') && after.next().is_some_and(char::is_lowercase)
}

/// Which open quotation (index into `open`) `mark` closes, looking only at the
/// innermost few.
fn opener_closed_by(open: &[QuoteMark], mark: &QuoteMark) -> Option<usize> {
    let lowest = open.len().saturating_sub(CLOSE_SEARCH_DEPTH);
    (lowest..open.len()).rev().find(|&k| mark.can_close(&open[k]) || closes_typed_double(mark, &open[k]))
}

/// Typed text mixes the two ASCII forms of a double mark: `"…''` and `''…"`.
fn closes_typed_double(mark: &QuoteMark, opener: &QuoteMark) -> bool {
    use crate::QuoteGlyph::{DoubleApostrophe, DoubleBacktick, StraightDouble};
    mark.role != crate::QuoteRole::Open
        && matches!(
            (opener.glyph, mark.glyph),
            (StraightDouble, DoubleApostrophe) | (DoubleApostrophe | DoubleBacktick, StraightDouble)
        )
}

/// Whether an open quotation is abandoned when a new one of its own family
/// opens inside it. Straight and doubled marks are read from context and a
/// wrongly read one should not undo its neighbour, so only marks that face a
/// direction by their shape abandon.
fn abandons_same_family(top: &QuoteMark) -> bool {
    use crate::QuoteGlyph::*;
    !matches!(top.glyph, StraightDouble | StraightSingle | DoubleApostrophe)
}

/// For each mark, whether a later single mark (before the next single opener)
/// could close a single quotation: then an ambiguous `s'` before it is an apostrophe.
fn later_single_closers(marks: &[QuoteMark]) -> Vec<bool> {
    let mut out = vec![false; marks.len()];
    let mut seen = false;
    for (i, mark) in marks.iter().enumerate().rev() {
        out[i] = seen;
        if mark.family() == QuoteFamily::Single {
            if mark.role == crate::QuoteRole::Open {
                seen = false;
            } else if !mark.may_be_apostrophe {
                seen = true;
            }
        }
    }
    out
}

/// Sets each pair's depth from the pairs enclosing it; `pairs` are sorted by
/// start, outer pairs first.
fn assign_depths(pairs: &mut [QuotePair]) {
    let mut enclosing: Vec<usize> = Vec::new(); // ends of the enclosing pairs
    for pair in pairs.iter_mut() {
        let outer = pair.outer();
        while enclosing.last().is_some_and(|&end| end <= outer.start) {
            enclosing.pop();
        }
        pair.depth = enclosing.len();
        enclosing.push(outer.end);
    }
}

/// One quotation of a document: a single pair, or pairs in consecutive
/// paragraphs joined by the multi-paragraph convention.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Quotation {
    /// One pair per paragraph, in order, with offsets into the whole input; all
    /// but the last are open-ended.
    pub segments: Vec<QuotePair>,
    /// Index (into the `regions` given to [`quotations`]) of the first paragraph.
    pub first_region: usize,
}

impl Quotation {
    /// From the first opening mark to the last closing mark (or the end of the words).
    #[must_use]
    pub fn outer(&self) -> Span {
        match (self.segments.first(), self.segments.last()) {
            (Some(first), Some(last)) => first.outer().cover(last.outer()),
            _ => Span::default(),
        }
    }

    /// Index of the last paragraph.
    #[must_use]
    pub fn last_region(&self) -> usize {
        self.first_region + self.segments.len().saturating_sub(1)
    }
}

/// The outermost quotations of a document whose paragraphs are `regions`
/// (disjoint spans of `text`, in order), with multi-paragraph quotations joined.
///
/// Regions out of bounds for `text` are skipped. Nested quotations stay inside
/// their segments and are not listed.
///
/// ```
/// use newsclip_text::{paragraphs, quotations, Span};
///
/// let text = "“We are ready.\n\n“We have waited long enough,” she said.\n\nIt was “late.”";
/// let regions: Vec<Span> = paragraphs(text).iter().map(|p| p.span).collect();
/// let quotes = quotations(text, &regions);
/// assert_eq!(quotes.len(), 2);
/// let first: Vec<_> = quotes[0].segments.iter().map(|s| &text[s.inner]).collect();
/// assert_eq!(first, ["We are ready.", "We have waited long enough,"]);
/// assert_eq!(&text[quotes[1].segments[0].inner], "late.");
/// ```
#[must_use]
pub fn quotations(text: &str, regions: &[Span]) -> Vec<Quotation> {
    let mut out: Vec<Quotation> = Vec::new();
    // The quotation left open at the end of the previous region, if any.
    let mut open_from_previous: Option<usize> = None;
    for (index, &region) in regions.iter().enumerate() {
        let Some(region_text) = region.get(text) else {
            open_from_previous = None;
            continue;
        };
        let mut carried = open_from_previous.take();
        for pair in quote_pairs(region_text).into_iter().filter(|p| p.depth == 0) {
            let pair = pair.shifted(region.start);
            let continues = carried.take().filter(|&q| {
                let opens_region =
                    text[region.start..pair.open.span.start].trim_start_matches(crate::is_blank_char).is_empty();
                opens_region && out[q].segments.last().is_some_and(|last| last.family() == pair.family())
            });
            match continues {
                Some(q) => out[q].segments.push(pair),
                None => out.push(Quotation { segments: vec![pair], first_region: index }),
            }
            if pair.is_open_ended() {
                open_from_previous = Some(out.len() - 1);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<(&str, usize, bool)> {
        quote_pairs(text).iter().map(|p| (&text[p.inner], p.depth, p.close.is_some())).collect()
    }

    #[test]
    fn straight_and_curly_pairs() {
        assert_eq!(inner("\"Yes,\" he said, \"no.\""), [("Yes,", 0, true), ("no.", 0, true)]);
        assert_eq!(inner("“Yes,” he said."), [("Yes,", 0, true)]);
    }

    #[test]
    fn nested_single_inside_double() {
        assert_eq!(inner("\"I said, 'Go,' and left.\""), [("I said, 'Go,' and left.", 0, true), ("Go,", 1, true)]);
    }

    #[test]
    fn doubled_apostrophes_with_a_nested_single_at_the_end() {
        let text = "''He said, 'Eight years, no daylight,''' he recalled.";
        assert_eq!(
            inner(text),
            [("He said, 'Eight years, no daylight,'", 0, true), ("Eight years, no daylight,", 1, true)]
        );
    }

    #[test]
    fn apostrophes_do_not_open_quotations() {
        assert_eq!(inner("'Cause they said “yes” we went."), [("yes", 0, true)]);
        assert_eq!(inner("the workers' union"), []);
    }

    #[test]
    fn plural_possessive_inside_single_quotes() {
        let text = "‘The workers’ union is strong,’ he said.";
        assert_eq!(inner(text), [("The workers’ union is strong,", 0, true)]);
        let text = "'The days' end,' she said.";
        assert_eq!(inner(text), [("The days' end,", 0, true)]);
    }

    #[test]
    fn typed_double_marks_close_each_other() {
        assert_eq!(inner("it said \"would not do'' for him"), [("would not do", 0, true)]);
        assert_eq!(inner("''Yes,\" he said."), [("Yes,", 0, true)]);
    }

    #[test]
    fn plural_possessive_before_a_noun_at_the_paragraph_end() {
        assert_eq!(inner("‘The workers’ canteen closed"), [("The workers’ canteen closed", 0, false)]);
        assert_eq!(inner("‘We are the Joneses,’ she said"), [("We are the Joneses,", 0, true)]);
    }

    #[test]
    fn stray_closing_marks_are_ignored() {
        assert_eq!(inner("a” b “c” d”"), [("c", 0, true)]);
    }

    #[test]
    fn same_family_opener_abandons_the_unclosed_one() {
        assert_eq!(inner("“We are ready, she said. “To talk,” she added."), [("To talk,", 0, true)]);
    }

    #[test]
    fn unclosed_quotation_runs_to_the_region_end() {
        assert_eq!(inner("He said: “We will win"), [("We will win", 0, false)]);
    }

    #[test]
    fn guillemets_and_low_quotes() {
        assert_eq!(inner("«Oui», dit-il. „Ja“, sagte sie."), [("Oui", 0, true), ("Ja", 0, true)]);
    }

    #[test]
    fn multi_paragraph_quotation_is_joined() {
        let text = "\"First part.\n\n\"Second part.\n\n\"Third,\" she said.";
        let regions = [Span::new(0, 12), Span::new(14, 27), Span::new(29, text.len())];
        let quotes = quotations(text, &regions);
        assert_eq!(quotes.len(), 1);
        let segments: Vec<_> = quotes[0].segments.iter().map(|s| &text[s.inner]).collect();
        assert_eq!(segments, ["First part.", "Second part.", "Third,"]);
        assert_eq!((quotes[0].first_region, quotes[0].last_region()), (0, 2));
    }

    #[test]
    fn british_quotation_over_two_paragraphs() {
        let text = "‘We measured it every spring.\n\n‘It was shorter each year,’ she said. Rock 'em.";
        let regions: Vec<Span> = crate::paragraphs(text).iter().map(|p| p.span).collect();
        let quotes = quotations(text, &regions);
        assert_eq!(quotes.len(), 1);
        let segments: Vec<_> = quotes[0].segments.iter().map(|s| &text[s.inner]).collect();
        assert_eq!(segments, ["We measured it every spring.", "It was shorter each year,"]);
    }

    #[test]
    fn open_quotation_is_not_continued_without_an_opening_mark() {
        let text = "He said: “We will win\n\nThe vote is “soon.”";
        let regions = [Span::new(0, 23), Span::new(25, text.len())];
        let quotes = quotations(text, &regions);
        assert_eq!(quotes.len(), 2);
        assert_eq!(&text[quotes[1].segments[0].inner], "soon.");
    }

    #[test]
    fn many_unbalanced_marks_stay_linear() {
        let text = "“‘«".repeat(20_000);
        let pairs = quote_pairs(&text);
        assert_eq!(pairs.iter().filter(|p| p.depth == 0).count(), 1);
        assert!(pairs.len() <= 2); // the final `«` reads as a closing mark: `»Nein«`
        let text = "\"".repeat(20_001);
        assert_eq!(quote_pairs(&text).len(), 10_000);
    }
}
