//! Name units: words with hyphenated parts joined (`Jean-Pierre`, `al-Assad`).

use newsclip_text::Span;

use newsclip_lexicon::{Entry, Lexicon};

use crate::doc::{Region, Word};
use crate::lexicon::{self, HeadPosition, WordClass};
use newsclip_text::Casing;

/// A word of a region, or several joined by hyphens without spaces.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unit<'a> {
    pub(crate) span: Span,
    pub(crate) text: &'a str,
    pub(crate) shape: Casing,
    pub(crate) possessive: bool,
    pub(crate) opens: bool,
    pub(crate) is_word: bool,
    /// Where the text in lowercase is, for [`Region::lowercase`].
    pub(crate) lower: Option<Span>,
    /// What the lexicon knows about the unit.
    pub(crate) entry: Entry,
    /// The institution head word (`Ministry`, `Corp.`) a capitalized unit is,
    /// looked up once: many rules ask.
    pub(crate) head: Option<HeadPosition>,
}

impl Unit<'_> {
    pub(crate) fn is_upper_initial(&self) -> bool {
        is_upper_initial(self.shape)
    }
}

fn is_upper_initial(shape: Casing) -> bool {
    matches!(shape, Casing::Capitalized | Casing::Upper | Casing::Initial)
}

/// The units of a region, in order.
pub(crate) fn units<'a>(doc: &'a str, region: &Region<'a>, known: &Lexicon) -> Vec<Unit<'a>> {
    let words = &region.words;
    let mut out: Vec<Unit<'a>> = Vec::with_capacity(words.len());
    let mut i = 0;
    while let Some(first) = words.get(i) {
        let mut last = i;
        // Join `word-word` while the parts touch.
        while first.is_word && last + 2 < words.len() {
            let (Some(prev), Some(dash), Some(next)) = (words.get(last), words.get(last + 1), words.get(last + 2))
            else {
                break;
            };
            let touches = prev.span.end == dash.span.start && dash.span.end == next.span.start;
            if !(touches && !prev.possessive && is_hyphen(dash.text) && next.is_word) {
                break;
            }
            last += 2;
        }
        let end_word: &Word<'a> = words.get(last).unwrap_or(first);
        let span = Span::new(first.span.start, end_word.span.end);
        let text = span.get(doc).unwrap_or(first.text);
        let shape = if last == i { first.shape } else { joined_shape(first, end_word) };
        let entry = if last == i { first.entry } else { known.entry(text) };
        // The parts of a joined unit touch, so each has its lowercase copied.
        let lower = if last == i {
            first.lower
        } else {
            first.lower.zip(end_word.lower).map(|(a, b)| Span::new(a.start, b.end))
        };
        let head = if first.is_word && is_upper_initial(shape) {
            head(known, &entry, text, region.lowercase(lower, text))
        } else {
            None
        };
        out.push(Unit {
            span,
            text,
            shape,
            possessive: end_word.possessive,
            opens: first.opens,
            is_word: first.is_word,
            lower,
            entry,
            head,
        });
        i = last + 1;
    }
    out
}

/// The institution head word a capitalized unit is: a listed one
/// (`Ministry`), or a compound ending in a listed suffix (`Finanzministerium`,
/// in languages that write compounds solid), which ends a name.
fn head(known: &Lexicon, entry: &Entry, text: &str, lower: &str) -> Option<HeadPosition> {
    lexicon::head_of(known, entry, text).or_else(|| {
        let compound =
            !entry.is(WordClass::Calendar) && entry.title().is_none() && known.is_institution_compound(lower);
        compound.then_some(HeadPosition::Final)
    })
}

/// Whether a line break separates two units (names and institutions do not
/// run across lines: table rows, lists).
pub(crate) fn line_break_between(doc: &str, before: Option<&Unit<'_>>, after: Option<&Unit<'_>>) -> bool {
    let (Some(before), Some(after)) = (before, after) else { return false };
    doc.get(before.span.end..after.span.start).is_some_and(|gap| gap.contains(['\n', '\r']))
}

/// `-based`, `-led`, `-speaking`, `-born`: the second part of a compound
/// adjective (`Boston-based`), not of a name (`Song-ho`, `Ata-ur-Rehman`).
fn is_adjectival_suffix(part: &str) -> bool {
    part.ends_with("ed")
        || part.ends_with("ing")
        || matches!(part, "born" | "run" | "made" | "era" | "style" | "origin" | "bound" | "held" | "wide" | "built")
}

fn is_hyphen(text: &str) -> bool {
    matches!(text, "-" | "‐" | "‑")
}

/// `al-Assad` is shaped like `Assad`; `Jean-Pierre` like `Jean`; a compound
/// that ends in lowercase (`Boston-based`, `Hong Kong-listed`) is an ordinary word.
fn joined_shape(first: &Word<'_>, last: &Word<'_>) -> Casing {
    if first.shape == Casing::Lower && first.entry.is(WordClass::Particle) {
        last.shape
    } else if last.shape == Casing::Lower && is_adjectival_suffix(last.text) {
        Casing::Lower
    } else {
        first.shape
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphens_join_touching_words() {
        let text = "Jean-Pierre met al-Assad on the Armenian-Azerbaijani border - again.";
        let region = Region::for_test(text);
        let got: Vec<_> = units(text, &region, crate::lexicon::lexicon()).iter().map(|u| (u.text, u.shape)).collect();
        assert_eq!(got[0], ("Jean-Pierre", Casing::Capitalized));
        assert_eq!(got[2], ("al-Assad", Casing::Capitalized));
        assert_eq!(got[5], ("Armenian-Azerbaijani", Casing::Capitalized));
        assert_eq!(got[7], ("-", Casing::Uncased));
    }
}
