//! Sentences: Unicode sentence boundaries (UAX #29) repaired for English news.
//!
//! UAX #29 breaks after every full stop that precedes a capital letter, which
//! splits `Mr. Smith`, `John F. Kennedy` and `the U.S. President`. The repairs:
//! a stop after a title, month, reference word or initial never ends a
//! sentence; a stop after a dotted acronym (`U.S.`, `D.C.`) or company suffix
//! ends one only before a usual sentence opener (`The`, `He`, `But` …); and a
//! fragment that starts in lower case continues the previous sentence, as in
//! `"Go!" he said.`

use unicode_segmentation::{USentenceBoundIndices, UnicodeSegmentation};

use crate::abbreviations::{is_sentence_opener, stop_after, StopAfter};
use crate::{is_blank_char, Span, Spanned};

/// Iterates over the sentences of `text`, each trimmed of surrounding blanks.
///
/// ```
/// let text = "Mr. Smith met U.S. officials in Washington, D.C. on Monday. The talks went well.";
/// let sentences: Vec<_> = newsclip_text::sentences(text).map(|s| s.text).collect();
/// assert_eq!(sentences, [
///     "Mr. Smith met U.S. officials in Washington, D.C. on Monday.",
///     "The talks went well.",
/// ]);
/// ```
#[must_use]
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences { text, fragments: text.split_sentence_bound_indices(), pending: None }
}

/// Iterator over sentences; see [`sentences`].
#[derive(Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    fragments: USentenceBoundIndices<'a>,
    /// The sentence being assembled, trimmed.
    pending: Option<Span>,
}

impl core::fmt::Debug for Sentences<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Sentences").field("pending", &self.pending).finish_non_exhaustive()
    }
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Spanned<'a>;

    fn next(&mut self) -> Option<Spanned<'a>> {
        for (offset, fragment) in self.fragments.by_ref() {
            let span = Span::new(offset, offset + fragment.len()).trim(self.text);
            if span.is_empty() {
                continue;
            }
            match self.pending {
                Some(pending) if continues(&self.text[pending], &self.text[span]) => {
                    self.pending = Some(pending.cover(span));
                }
                Some(pending) => {
                    self.pending = Some(span);
                    return Some(Spanned { span: pending, text: &self.text[pending] });
                }
                None => self.pending = Some(span),
            }
        }
        let pending = self.pending.take()?;
        Some(Spanned { span: pending, text: &self.text[pending] })
    }
}

impl core::iter::FusedIterator for Sentences<'_> {}

/// Characters that may sit between a sentence's last word and the next
/// sentence's first: closing and opening quotes and brackets.
fn is_wrapper(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '(' | ')' | '[' | ']' | '`')
}

/// Whether `next` continues the sentence `previous` rather than starting a new one.
fn continues(previous: &str, next: &str) -> bool {
    let next_word: &str = next
        .trim_start_matches(|c: char| is_wrapper(c) || is_blank_char(c))
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let Some(first) = next_word.chars().next() else { return false };
    if first.is_lowercase() {
        return true;
    }
    let Some(word) = last_word_before_stop(previous) else { return false };
    match stop_after(word) {
        StopAfter::Continues => true,
        StopAfter::Ambiguous => !is_sentence_opener(next_word),
        StopAfter::Ends => false,
    }
}

/// The word before a final full stop (`"… the U.S."` → `U.S`), if the text ends in one.
fn last_word_before_stop(text: &str) -> Option<&str> {
    let body = text.trim_end_matches(is_wrapper).strip_suffix('.')?;
    if body.ends_with('.') {
        return None; // an ellipsis written as dots
    }
    let start = body
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &body[start..];
    (!word.is_empty()).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).map(|s| s.text).collect()
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Dr. Jane Doe and Gen. Mark Milley met. John F. Kennedy spoke."),
            ["Dr. Jane Doe and Gen. Mark Milley met.", "John F. Kennedy spoke."]
        );
        assert_eq!(
            split("Sen. Warren said so on Jan. 5. It was No. 3 on the list."),
            ["Sen. Warren said so on Jan. 5.", "It was No. 3 on the list."]
        );
    }

    #[test]
    fn dotted_acronyms_end_sentences_only_before_openers() {
        assert_eq!(
            split("Aid came from the U.S. President Biden approved it."),
            ["Aid came from the U.S. President Biden approved it."]
        );
        assert_eq!(
            split("She moved to the U.S. The family followed."),
            ["She moved to the U.S.", "The family followed."]
        );
        assert_eq!(
            split("He lives in Washington, D.C. He works there."),
            ["He lives in Washington, D.C.", "He works there."]
        );
    }

    #[test]
    fn quotations_that_continue() {
        assert_eq!(
            split("\"Go home!\" he shouted. \"Now?\" she asked."),
            ["\"Go home!\" he shouted.", "\"Now?\" she asked."]
        );
        assert_eq!(split("“We are ready,” she said. “Let us talk.”"), ["“We are ready,” she said.", "“Let us talk.”"]);
    }

    #[test]
    fn ellipsis_between_sentences() {
        assert_eq!(split("We urge calm... We don't want violence."), ["We urge calm...", "We don't want violence."]);
    }

    #[test]
    fn spans_are_trimmed_and_slice_the_input() {
        let text = "  First one.\u{a0} Second one.  ";
        let got: Vec<_> = sentences(text).collect();
        assert_eq!(got.len(), 2);
        for s in got {
            assert_eq!(&text[s.span], s.text);
            assert_eq!(s.text.trim(), s.text);
        }
        assert_eq!(sentences("").count(), 0);
        assert_eq!(sentences(" \n ").count(), 0);
    }
}
