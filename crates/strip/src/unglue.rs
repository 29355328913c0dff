//! Words a scraper glued together when it dropped the markup between two elements:
//! `2:15 PM GMTUpdated 6 months ago`, `02/26/2024February 26, 2024`. Date and cue patterns
//! need the word boundary back; [`Unglued`] is a copy with a space at each seam that maps its
//! offsets back to the original.

use newsclip_text::Span;

/// A copy of a short text with a space inserted at every seam between glued words.
#[derive(Clone, Debug)]
pub(crate) struct Unglued {
    /// The copy.
    pub(crate) text: String,
    /// Where the inserted spaces are, in the copy, ascending.
    inserted: Vec<usize>,
}

impl Unglued {
    /// The copy of `text` with its seams opened, or `None` when it has none.
    pub(crate) fn of(text: &str) -> Option<Unglued> {
        let mut seams = seams(text).peekable();
        seams.peek()?;
        let mut copy = String::with_capacity(text.len() + 4);
        let mut inserted = Vec::new();
        let mut from = 0;
        for at in seams {
            copy.push_str(text.get(from..at)?);
            inserted.push(copy.len());
            copy.push(' ');
            from = at;
        }
        copy.push_str(text.get(from..)?);
        Some(Unglued { text: copy, inserted })
    }

    /// The offset in the original text of offset `at` of the copy.
    fn original(&self, at: usize) -> usize {
        at - self.inserted.partition_point(|&space| space < at)
    }

    /// The span of the original text that span `span` of the copy covers.
    pub(crate) fn original_span(&self, span: Span) -> Span {
        Span::new(self.original(span.start), self.original(span.end))
    }
}

/// Where a word starts right after another without a space: a capital after a digit
/// (`2024February`), after a lower-case letter (`agoPublished`), or after a run of capitals when
/// a lower-case letter follows it (`GMTUpdated`, `PMPublished`).
fn seams(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut chars = text.char_indices().peekable();
    let mut previous: Option<char> = None;
    let mut capitals_before = 0usize;
    core::iter::from_fn(move || {
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let seam = c.is_uppercase()
                && previous.is_some_and(|p| {
                    p.is_ascii_digit()
                        || p.is_lowercase()
                        || (p.is_uppercase() && capitals_before >= 2 && next.is_some_and(char::is_lowercase))
                });
            capitals_before = if c.is_uppercase() { capitals_before + 1 } else { 0 };
            previous = Some(c);
            if seam {
                return Some(at);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opened(text: &str) -> Option<String> {
        Unglued::of(text).map(|u| u.text)
    }

    #[test]
    fn seams_open_between_glued_words() {
        assert_eq!(opened("2:15 PM GMTUpdated 6 months ago").as_deref(), Some("2:15 PM GMT Updated 6 months ago"));
        assert_eq!(opened("02/26/2024February 26, 2024").as_deref(), Some("02/26/2024 February 26, 2024"));
        assert_eq!(opened("5 minutes agoPublished").as_deref(), Some("5 minutes ago Published"));
    }

    #[test]
    fn words_in_capitals_and_plain_text_have_no_seams() {
        assert_eq!(opened("Updated 4:12 PM EST, December 5, 2023"), None);
        assert_eq!(opened("BREAKING NEWS"), None);
        assert_eq!(opened(""), None);
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let text = "2024February 26";
        let unglued = Unglued::of(text).expect("a seam");
        let february = unglued.text.find("February").expect("in the copy");
        let span = unglued.original_span(Span::new(february, february + "February".len()));
        assert_eq!(&text[span], "February");
        let whole = unglued.original_span(Span::new(0, unglued.text.len()));
        assert_eq!(&text[whole], text);
    }
}
