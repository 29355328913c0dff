//! Quoted text that is not speech: titles of works (`the band’s “Blue Hour” tour`,
//! `the novel “Salt Roads”`), headings made of a quotation, and headline-style
//! single quotes in an outlet that quotes speech with double marks. Such a
//! quotation counts only when a speaker is named right at it
//! (`“Fine,” I said`, `Holm: ‘A Shameful Day’`).

use newsclip_text::QuoteFamily;

use crate::attribution::{Context, Source};
use crate::document::{Document, Item, Placed};
use crate::lexicon::{is, WordClass};

/// Longest title of a work, in words.
const MAX_TITLE_WORDS: usize = 8;
/// Longest heading made of a quotation, in words.
const MAX_HEADING_WORDS: usize = 12;

/// The document's main quotation style, to tell headline-style marks from speech.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Style {
    /// Speech is in double marks and single-mark quotations are rare: those are
    /// headline conventions or scare quotes.
    single_is_minor: bool,
}

impl Style {
    pub(crate) fn of(doc: &Document<'_>) -> Style {
        let (mut single, mut double) = (0usize, 0usize);
        for placed in &doc.quotes {
            match placed.quotation.segments.first().map(|s| s.family()) {
                Some(QuoteFamily::Single) => single += 1,
                Some(_) => double += 1,
                None => {}
            }
        }
        Style { single_is_minor: double >= 2 && single < double }
    }
}

/// Whether the quotation is speech, given what its context says.
///
/// Headline-style single marks count only when a speaker is named right at
/// them; a title-case fragment only when it stands as a quotation of its own
/// with a speaker (`She added: “Never.”`); a heading only with a speaker.
pub(crate) fn is_speech(doc: &Document<'_>, placed: &Placed, style: Style, context: &Context) -> bool {
    if placed.in_title {
        return true;
    }
    let Some(first) = placed.quotation.segments.first() else { return true };
    let words = &doc.text[first.inner];
    // `on the network’s “Morning Desk,” Varga said`: a title after its owner.
    if placed.quotation.segments.len() == 1 && is_title_case(words) && follows_possessive(doc, placed) {
        return false;
    }
    let source = context.attribution.as_ref().map(|a| a.source);
    let named_at = matches!(source, Some(Source::After | Source::Colon));
    if style.single_is_minor && first.family() == QuoteFamily::Single && !named_at {
        return false;
    }
    if placed.quotation.segments.len() > 1 || named_at {
        return true;
    }
    let work_title = is_title_case(words) && (context.partial || source.is_none());
    !(work_title || (source.is_none() && is_heading(doc, placed, words)))
}

/// Whether the quotation comes right after a possessive (`Radio Nord’s “Morning Desk”`).
fn follows_possessive(doc: &Document<'_>, placed: &Placed) -> bool {
    let (region, k) = placed.first_place();
    let before = k.checked_sub(1).and_then(|p| doc.regions.get(region)?.items.get(p));
    before.and_then(Item::word).is_some_and(|w| w.is_possessive())
}

/// Title case: every word capitalized but small ones (`Voices of the Valley`), and
/// no exclamation or question (`“What a Great Night!”` is speech).
fn is_title_case(words: &str) -> bool {
    if words.trim_end().ends_with(['!', '?']) {
        return false;
    }
    let capitalized = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let mut count = 0;
    for word in words.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())) {
        if word.is_empty() {
            continue;
        }
        count += 1;
        let fits = if count == 1 { capitalized(word) } else { capitalized(word) || is(word, WordClass::TitleSmall) };
        if count > MAX_TITLE_WORDS || !fits || matches!(word, "I" | "I'm" | "I’m") {
            return false;
        }
    }
    count > 0
}

/// A quotation standing alone as a paragraph, short and without final
/// punctuation: a heading (`‘No room left at the shelter’`).
fn is_heading(doc: &Document<'_>, placed: &Placed, words: &str) -> bool {
    let Some(&(region, _)) = placed.places.first() else { return false };
    let Some(region) = doc.regions.get(region) else { return false };
    let whole = region.items.len() == 1;
    let unpunctuated = !words.trim_end().ends_with(['.', '?', '!', ',', '…', ':', ';']);
    whole && unpunctuated && words.split_whitespace().count() <= MAX_HEADING_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsclip_text::Layout;

    fn not_speech(text: &str) -> Vec<bool> {
        let doc = Document::new(text, &Layout::of_clean_text(text));
        let style = Style::of(&doc);
        let speech = |(i, q)| is_speech(&doc, q, style, &crate::attribution::context(&doc, i));
        doc.quotes.iter().enumerate().map(|p| !speech(p)).collect()
    }

    #[test]
    fn titles_of_works() {
        assert_eq!(
            not_speech("She told Radio Nord’s “Morning Desk” show and “Voices of the Valley” she would run."),
            [true, true]
        );
        assert_eq!(not_speech("On Radio Nord’s “Morning Desk,” Varga said the plan was dead."), [true]);
        assert_eq!(not_speech("“We will run,” she said."), [false]);
        assert_eq!(not_speech("She added: “Never.”"), [false]);
    }

    #[test]
    fn headings() {
        assert_eq!(not_speech("‘No room left at the shelter’\n\nRents rose."), [true]);
        assert_eq!(not_speech("“We had no time to hire extra hands.”"), [false]);
    }

    #[test]
    fn single_marks_in_a_double_mark_outlet() {
        let text = "\"We agree,\" he said. \"Not yet,\" she said. \"Go,\" I said. The 'stay or pay' plan passed, \
                    'or else,' he said.";
        assert_eq!(not_speech(text), [false, false, false, true, false]);
    }
}
