//! Cues: the speech verbs and attribution phrases of the lexicon
//! (`cues.tsv` of `newsclip-lexicon`), found among the words of the narration.
//!
//! The lexicon knows each word that starts a cue phrase (its entry's cue
//! group), so finding cues costs no more than the word look-up every word
//! gets anyway: a phrase is then matched word by word from its first word.

use newsclip_text::{QuoteGlyph, Span};

pub(crate) use newsclip_lexicon::CueClass;

use crate::document::{word_at as word, Item};
use newsclip_lexicon::Lexicon;

/// Whether the speaker of a cue of this class is the subject written before it.
pub(crate) const fn takes_subject(class: CueClass) -> bool {
    matches!(class, CueClass::Say | CueClass::SayInverted | CueClass::Call)
}

/// A cue found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    /// The words of the cue ("went on to add").
    pub(crate) span: Span,
    /// How it relates to its speaker.
    pub(crate) class: CueClass,
    /// A verb that may go without its subject (Spanish `añadió`): alone
    /// after a quotation, it speaks for the last speaker.
    pub(crate) dropped: bool,
    /// The speaker is the pronoun inside the cue (French `a-t-elle ajouté`).
    pub(crate) pronoun: bool,
}

/// `a-t-elle`, `dit-il`: a word joined by hyphens to a subject pronoun (one
/// or two joins, with the euphonic `t`), as one text, with the index of the
/// pronoun.
fn inverted_clitic<'a>(text: &'a str, items: &[Item<'a>], k: usize) -> Option<(&'a str, usize)> {
    let first = word(items, k)?;
    let mut last = k;
    for _ in 0..2 {
        let (dash, next) = (word(items, last + 1)?, word(items, last + 2)?);
        if dash.text != "-" || dash.spaced || next.spaced {
            return None;
        }
        last += 2;
        if next.pronoun.is_some() {
            return Some((text.get(first.span.start..next.span.end)?, last));
        }
    }
    None
}

/// Marks the cues among the words of a region (`items`, spans of `text`
/// inside `region`), on their first word. In running text a cue must be
/// written in lowercase (so "State" and "Post" in names are not cues), except
/// an inverted one or `according to` opening a sentence ("Said Ms. Lee: …");
/// `title_case` lifts that for headlines ("Health Ministry Says").
pub(crate) fn mark_cues(lexicon: &Lexicon, text: &str, region: Span, items: &mut [Item<'_>], title_case: bool) {
    let mut k = 0;
    while k < items.len() {
        let Some((cue, last)) = cue_at(lexicon, text, region, items, k, title_case) else {
            k += 1;
            continue;
        };
        if let Some(Item::Word(first)) = items.get_mut(k) {
            first.cue = Some(cue);
        }
        // Cues do not overlap: "say" in "went on to say" starts none.
        k = last + 1;
    }
}

/// The cue whose first word is `items[k]`, if any, with the index of its last word.
fn cue_at(
    lexicon: &Lexicon,
    text: &str,
    region: Span,
    items: &[Item<'_>],
    k: usize,
    title_case: bool,
) -> Option<(Cue, usize)> {
    let first = word(items, k)?;
    // A whole word: not the end of a hyphenated one ("self-described").
    if !first.spaced && k.checked_sub(1).and_then(|p| word(items, p)).is_some_and(|w| w.text == "-") {
        return None;
    }
    // French inversion: `a-t-elle ajouté`, `dit-il` start with the verb and its pronoun as one word.
    let clitic =
        inverted_clitic(text, items, k).and_then(|(joined, end)| Some((lexicon.entry(joined).cue_group()?, end)));
    let (group, verb_end) = match clitic {
        Some(found) => found,
        None => (first.info.cue?, k),
    };
    let phrases = lexicon.cue_phrases(group);
    let (phrase, last) = phrases.iter().find_map(|phrase| {
        let mut last = verb_end;
        for rest in phrase.rest() {
            word(items, last + 1).filter(|w| w.spaced && w.is(rest))?;
            last += 1;
        }
        let hyphenated = word(items, last + 1).is_some_and(|w| !w.spaced && w.text == "-");
        (!hyphenated).then_some((phrase, last))
    })?;
    let lowercase = first.text.starts_with(char::is_lowercase);
    // "Asked about the plan, she said …" opens a participial phrase, not an inversion.
    let inverted_opener = matches!(phrase.class(), CueClass::SayInverted | CueClass::By)
        && !first.is("asked")
        && opens_sentence(text.get(region.start..first.span.start).unwrap_or_default());
    let span = Span::new(first.span.start, word(items, last)?.span.end);
    let speaker = phrase.speaker();
    let cue = Cue { span, class: phrase.class(), dropped: speaker.dropped(), pronoun: speaker.pronoun() };
    (title_case || lowercase || inverted_opener).then_some((cue, last))
}

/// Whether a word after `before` opens a sentence.
fn opens_sentence(before: &str) -> bool {
    before
        .trim_end_matches(newsclip_text::is_blank_char)
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':') || QuoteGlyph::of_char(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use newsclip_text::Layout;

    fn cues_of(text: &str, title: bool) -> Vec<(String, CueClass)> {
        let mut layout = Layout::of_clean_text(text);
        if title {
            layout.title = layout.paragraphs.pop();
        }
        let doc = Document::new(text, &layout);
        let words = doc.regions.iter().flat_map(|r| r.items.iter().filter_map(Item::word));
        words.filter_map(|w| w.cue).map(|c| (text[c.span].to_string(), c.class)).collect()
    }

    fn cues(text: &str) -> Vec<(String, CueClass)> {
        cues_of(text, false)
    }

    fn expect(found: &[(&str, CueClass)]) -> Vec<(String, CueClass)> {
        found.iter().map(|(t, c)| (t.to_string(), *c)).collect()
    }

    #[test]
    fn finds_single_and_multi_word_cues() {
        assert_eq!(
            cues("Varga went on to say it, adding that, according to him, it said."),
            expect(&[
                ("went on to say", CueClass::SayInverted),
                ("adding", CueClass::Participle),
                ("according to", CueClass::By),
                ("said", CueClass::SayInverted)
            ])
        );
    }

    #[test]
    fn whole_lowercase_words_only() {
        assert_eq!(cues("the sayings of the United States Post"), []);
        assert_eq!(cues("Asked about it. Said Ms. Lee: yes."), expect(&[("Said", CueClass::SayInverted)]));
        assert_eq!(cues("unsaid, resaid, self-described"), []);
        assert_eq!(cues_of("Health Ministry Says", true), expect(&[("Says", CueClass::SayInverted)]));
    }
}
