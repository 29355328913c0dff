//! Date lines: a block that is a date (`07.03.2024 18:05`, `03.Feb.2024`) or a publication line
//! (`First published on Tue 5 Dec 2023 14.30 GMT`, `Updated 4:12 PM EST Dec 5, 2023`).

use once_cell::sync::Lazy;
use regex::Regex;

use crate::dates::{find_timestamp, FoundTimestamp};
use crate::words::{word_spans, KeySet};

/// What a date line says about its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum DateCue {
    /// `Published`, `Posted`, `First published`: the publication date.
    Published,
    /// A bare date.
    Bare,
    /// `Updated`, `Last modified`: a later revision.
    Updated,
}

/// A block that carries a date as metadata.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateLine {
    pub(crate) found: FoundTimestamp,
    pub(crate) cue: DateCue,
    /// Whether the block holds nothing but the date, its time and cue words.
    pub(crate) date_only: bool,
}

/// The longest block, in words, that can be a date line.
const MAX_WORDS: u32 = 24;
/// Words outside the date a publication line may hold (a place, a desk, an author).
const MAX_OTHER_WORDS: usize = 8;

static CUE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(first\s+published|published|posted|released|issued|created|veröffentlicht|publié|publicado)|(last\s+updated|updated|last\s+modified|modified|edited|aktualisiert|mis\s+à\s+jour|actualizado))")
        .expect("valid date cue pattern")
});

/// The date line `text` is, if any; `words` is its word count.
pub(crate) fn date_line(text: &str, words: u32) -> Option<DateLine> {
    if words > MAX_WORDS || text.len() > 300 {
        return None;
    }
    let found = find_timestamp(text)?;
    let cue = CUE.captures(text).map_or(DateCue::Bare, |c| {
        if c.get(1).is_some() {
            DateCue::Published
        } else {
            DateCue::Updated
        }
    });
    let others = word_spans(text).filter(|w| !found.span.contains_span(*w)).filter(|w| !is_filler(&text[*w])).count();
    let date_only = others == 0;
    if date_only || (cue != DateCue::Bare && others <= MAX_OTHER_WORDS) || others <= 2 {
        Some(DateLine { found, cue, date_only })
    } else {
        None
    }
}

/// Words that dress a date without adding content: cues, weekdays, `on`, `at`, zones, `min read`.
const FILLER: &str = "on at am pm date time de le el um the first last since \
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun \
    gmt utc est edt cst cdt pst pdt bst cet cest ist min mins minute minutes read ago hrs hours h \
    published posted released issued created updated modified edited veröffentlicht aktualisiert publié \
    publicado actualizado mis à jour";

static FILLERS: Lazy<KeySet> = Lazy::new(|| KeySet::new(FILLER.split_ascii_whitespace()));

fn is_filler(word: &str) -> bool {
    FILLERS.contains_word(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Option<(String, DateCue, bool)> {
        let words = crate::blocks::TextStats::of(text).words;
        date_line(text, words).map(|d| (d.found.timestamp.to_string(), d.cue, d.date_only))
    }

    #[test]
    fn bare_dates() {
        assert_eq!(line("07.03.2024 18:05"), Some(("2024-03-07T18:05".into(), DateCue::Bare, true)));
        assert_eq!(line("03.Feb.2024"), Some(("2024-02-03".into(), DateCue::Bare, true)));
        assert_eq!(line("Tuesday, August 25, 2025"), Some(("2025-08-25".into(), DateCue::Bare, true)));
    }

    #[test]
    fn publication_lines() {
        assert_eq!(
            line("First published on Tue 5 Dec 2023 14.30 GMT"),
            Some(("2023-12-05T14:30Z".into(), DateCue::Published, true))
        );
        assert_eq!(line("Published On 5 Dec 2023"), Some(("2023-12-05".into(), DateCue::Published, true)));
        assert_eq!(
            line("Updated 4:12 PM EST Dec 5, 2023"),
            Some(("2023-12-05T16:12-05:00".into(), DateCue::Updated, true))
        );
        let (_, cue, only) = line("New Delhi, News Desk | Updated : 19 November 2019, 09:01 AM").expect("a date line");
        assert_eq!((cue, only), (DateCue::Updated, false));
    }

    #[test]
    fn prose_with_a_date_is_not_a_date_line() {
        assert_eq!(line("The council will meet again on 5 December 2023 to vote on the budget proposal."), None);
        assert_eq!(line("No date here"), None);
    }
}
