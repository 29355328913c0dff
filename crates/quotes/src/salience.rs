//! The sentences of the narration and who each one is about.
//!
//! A sentence is about the person who acts in it, its grammatical subject
//! (`Pavel also criticized Slovakia's Prime Minister Robert Fico, whose …` is
//! about Pavel), more than about the names that only come up in it (objects,
//! possessors, appositions). Pronouns prefer that person: the resolver asks
//! for the subject of the pronoun's own sentence and of the one before.

use std::cell::OnceCell;

use newsclip_text::Span;

use crate::document::Document;
use crate::mentions::Mention;
use crate::subjects::sentence_subject;

/// A sentence of the headline or a paragraph.
#[derive(Clone, Debug)]
struct Sentence {
    /// One past its last byte; it starts where the sentence before ends.
    end: usize,
    /// Its region, and its items in that region.
    region: usize,
    items: (usize, usize),
    /// The mention opening it as its subject, read when first asked for.
    subject: OnceCell<Option<Mention>>,
}

/// The sentences of a document in reading order.
#[derive(Clone, Debug)]
pub(crate) struct Sentences<'d> {
    doc: &'d Document<'d>,
    list: Vec<Sentence>,
}

impl<'d> Sentences<'d> {
    /// Splits every region into sentences: at terminal punctuation, at a
    /// quotation that ends one, and at the region's end.
    pub(crate) fn of(doc: &'d Document<'d>) -> Sentences<'d> {
        let mut list = Vec::new();
        for (r, region) in doc.regions.iter().enumerate() {
            let mut lo = 0;
            for k in 0..region.items.len() {
                if k + 1 < region.items.len() && !doc.item_ends_sentence(r, k) {
                    continue;
                }
                let Some(end) = doc.item_span(r, k).map(|s| s.end) else { continue };
                list.push(Sentence { end, region: r, items: (lo, k + 1), subject: OnceCell::new() });
                lo = k + 1;
            }
        }
        // A layout may place its headline after the first paragraph.
        if !list.is_sorted_by_key(|s| s.end) {
            list.sort_by_key(|s| s.end);
        }
        Sentences { doc, list }
    }

    /// The index of the sentence that holds byte `at`.
    pub(crate) fn index_of(&self, at: usize) -> usize {
        self.list.partition_point(|s| s.end <= at)
    }

    /// The bytes of sentence `index`.
    pub(crate) fn span(&self, index: usize) -> Option<Span> {
        let end = self.list.get(index)?.end;
        let start = index.checked_sub(1).and_then(|i| self.list.get(i)).map_or(0, |s| s.end);
        Some(Span::new(start, end))
    }

    /// The subject of sentence `index` (none in the headline), read once:
    /// only the sentences around a pronoun are ever asked for.
    pub(crate) fn subject(&self, index: usize) -> Option<&Mention> {
        let sentence = self.list.get(index)?;
        let subject = sentence.subject.get_or_init(|| {
            let region = self.doc.regions.get(sentence.region).filter(|r| !r.is_title)?;
            let (lo, hi) = sentence.items;
            sentence_subject(self.doc.text, &region.items, lo, hi)
        });
        subject.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsclip_text::Layout;

    fn subjects(text: &str) -> Vec<Option<&str>> {
        let doc = Document::new(text, &Layout::of_clean_text(text));
        let sentences = Sentences::of(&doc);
        (0..sentences.list.len()).map(|i| sentences.subject(i).map(|m| &text[m.span])).collect()
    }

    #[test]
    fn each_sentence_has_its_opening_subject() {
        let text = "Ines Navarro criticized Paul Varga, whose party voted against it. “It is a mistake.”\n\n\
                    The committee chair, Omar Diallo, disagreed.\n\nVoices From the Valley";
        assert_eq!(subjects(text), [Some("Ines Navarro"), None, Some("Omar Diallo"), None]);
    }

    #[test]
    fn a_sentence_of_speech_is_about_its_speaker() {
        let text = "The plan, Ines Navarro said, would fail. It is wrong, said Paul Varga, a lawyer. “No,” he said.";
        assert_eq!(subjects(text), [Some("Ines Navarro"), Some("Paul Varga"), Some("he")]);
    }

    #[test]
    fn positions_fall_in_sentences() {
        let text = "Ines Navarro spoke. Then “We agree,” she said.";
        let doc = Document::new(text, &Layout::of_clean_text(text));
        let sentences = Sentences::of(&doc);
        let she = text.find("she").unwrap_or_default();
        assert_eq!(sentences.index_of(0), 0);
        assert_eq!(sentences.index_of(she), 1);
        let second = sentences.span(1).map(|s| text[s].trim_start());
        assert_eq!(second, Some("Then “We agree,” she said."));
        assert_eq!(sentences.index_of(text.len()), 2);
        assert_eq!(sentences.span(2), None);
    }
}
