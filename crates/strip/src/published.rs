//! Date lines: a block that is a date (`07.03.2024 18:05`, `03.Feb.2024`) or a publication line
//! (`First published on Tue 5 Dec 2023 14.30 GMT`, `Updated 4:12 PM EST Dec 5, 2023`).

use once_cell::sync::Lazy;
use regex::Regex;

use newsclip_text::Span;

use crate::dates::{find_date, find_timestamp_in, FoundTimestamp, Order};
use crate::unglue::Unglued;
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

/// Whether `word` is a date cue (`Published`, `Updated`, `posted`).
pub(crate) fn is_date_cue(word: &str) -> bool {
    CUE.find(word).is_some_and(|m| m.len() == word.len())
}

/// The longest block, in words, that can be a date line.
const MAX_WORDS: u32 = 24;
/// Words outside the date a publication line may hold (a place, a desk, an author).
const MAX_OTHER_WORDS: usize = 8;

static CUE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(first\s+published|published|posted|released|issued|created|veröffentlicht|publié|publicado)|(last\s+updated|updated|update|last\s+modified|modified|edited|aktualisiert|mis\s+à\s+jour|actualizado))")
        .expect("valid date cue pattern")
});

/// The date line `text` is, if any; `words` is its word count. Words glued together by the
/// scraper (`GMTUpdated`) are read apart.
#[cfg(test)]
pub(crate) fn date_line(text: &str, words: u32) -> Option<DateLine> {
    date_line_in(text, words, Order::MonthFirst)
}

/// [`date_line`], with numeric dates read in `order`.
pub(crate) fn date_line_in(text: &str, words: u32, order: Order) -> Option<DateLine> {
    if words > MAX_WORDS || text.len() > 300 {
        return None;
    }
    match Unglued::of(text) {
        None => read_date_line(text, order),
        Some(unglued) => read_date_line(&unglued.text, order).map(|mut line| {
            line.found.span = unglued.original_span(line.found.span);
            line
        }),
    }
}

fn read_date_line(text: &str, order: Order) -> Option<DateLine> {
    let found = find_timestamp_in(text, order)?;
    let cue = CUE.captures(text).map_or(DateCue::Bare, |c| {
        if c.get(1).is_some() {
            DateCue::Published
        } else {
            DateCue::Updated
        }
    });
    let dates = more_dates(text, found.span.end);
    let others = word_spans(text)
        .filter(|w| !found.span.contains_span(*w) && !dates.iter().any(|d| d.contains_span(*w)))
        .filter(|w| !is_filler(&text[*w]))
        .count();
    let date_only = others == 0;
    if date_only || (cue != DateCue::Bare && others <= MAX_OTHER_WORDS) || others <= 2 {
        Some(DateLine { found, cue, date_only })
    } else {
        None
    }
}

/// The spans of the dates after `from`: a line may give a date twice, in two formats
/// (`02/26/2024 February 26, 2024`), or a publication and an update date.
fn more_dates(text: &str, mut from: usize) -> Vec<Span> {
    let mut spans = Vec::new();
    while spans.len() < MAX_DATES {
        let Some(found) = text.get(from..).and_then(find_date) else { break };
        let span = found.span.offset(from);
        spans.push(span);
        from = span.end;
    }
    spans
}

/// Most further dates read on one line.
const MAX_DATES: usize = 3;

/// A time of day alone, or after a publication cue or a relative day: `Updated 6:02 p.m. ET`,
/// `Published 14:22`, `Today, 3:12 pm`.
static TIME_LINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(?P<cue>(?:last\s+)?updated|published|posted|modified|today|yesterday)\s*[:,]?\s*(?:on\s+|at\s+)?)?\d{1,2}[:.]\d{2}\s*(?P<meridiem>[ap]\.?m\.?)?\s*(?:\(?[a-z]{2,4}\)?)?\s*$",
    )
    .expect("valid time line pattern")
});

/// Whether `text` is a time line without a date: a publication cue or `a.m.`/`p.m.` must say
/// it is a time (`12:30` alone may be a score).
pub(crate) fn is_time_line(text: &str) -> bool {
    // A time line opens with the time or a cue: test that before the pattern.
    let first = text.trim_start().bytes().next().map(|b| b.to_ascii_lowercase());
    text.len() <= MAX_TIME_LINE_LEN
        && matches!(first, Some(b'0'..=b'9' | b'u' | b'p' | b'm' | b'l' | b't' | b'y'))
        && TIME_LINE.captures(text).is_some_and(|c| c.name("cue").is_some() || c.name("meridiem").is_some())
}

/// Longest time line, in bytes.
const MAX_TIME_LINE_LEN: usize = 48;

/// Words that dress a date without adding content: cues, weekdays, `on`, `at`, zones, `min read`,
/// relative times.
const FILLER: &str = "on at am pm date time de le el um the first last since \
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun \
    gmt utc est edt cst cdt pst pdt bst cet cest ist min mins minute minutes read ago hrs hours h \
    seconds days weeks months years \
    published posted released issued created update updated modified edited veröffentlicht aktualisiert publié \
    publicado actualizado mis à jour \
    publiée modifié modifiée actualisé actualisée uhr zuletzt geändert";

static FILLERS: Lazy<KeySet> = Lazy::new(|| KeySet::new(FILLER.split_ascii_whitespace()));

/// Whether `word` dresses a date: a filler word, or a bare count (`6 months ago`).
fn is_filler(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit()) || FILLERS.contains_word(word) || is_french_time(word)
}

/// Whether `word` is a time of day as French writes it: `18h05`, `9h`.
fn is_french_time(word: &str) -> bool {
    let Some((hours, minutes)) = word.split_once('h') else { return false };
    (1..=2).contains(&hours.len())
        && (minutes.is_empty() || minutes.len() == 2)
        && hours.bytes().chain(minutes.bytes()).all(|b| b.is_ascii_digit())
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
        assert_eq!(line("02/26/2024 February 26, 2024"), Some(("2024-02-26".into(), DateCue::Bare, true)));
    }

    #[test]
    fn glued_words_are_read_apart() {
        assert_eq!(line("02/26/2024February 26, 2024"), Some(("2024-02-26".into(), DateCue::Bare, true)));
        assert_eq!(
            line("June 3, 2024 2:15 PM GMTUpdated 6 months ago"),
            Some(("2024-06-03T14:15Z".into(), DateCue::Updated, true))
        );
        let text = "June 3, 2024 2:15 PM GMTUpdated";
        let found = date_line(text, 6).expect("a date line").found;
        assert_eq!(&text[found.span], "June 3, 2024 2:15 PM GMT");
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
    fn time_lines() {
        assert!(is_time_line("Updated 6:02 p.m. ET"));
        assert!(is_time_line("Published: 14:22"));
        assert!(is_time_line("9:45 AM"));
        assert!(is_time_line("Today, 3:12 pm"));
        assert!(is_time_line("Yesterday at 18:40"));
        assert!(!is_time_line("12:30"));
        assert!(!is_time_line("Updated 6:02 p.m. ET after the vote in the council"));
    }

    #[test]
    fn prose_with_a_date_is_not_a_date_line() {
        assert_eq!(line("The council will meet again on 5 December 2023 to vote on the budget proposal."), None);
        assert_eq!(line("No date here"), None);
    }

    #[test]
    fn numeric_dates_read_day_first_on_european_pages() {
        let words = 4;
        let day_first = date_line_in("Publié le 05/06/2024 à 07h30", words, Order::DayFirst).expect("a date line");
        assert_eq!(day_first.found.timestamp.to_string(), "2024-06-05T07:30");
        assert!(day_first.date_only);
        let month_first = date_line_in("Published 05/06/2024", 2, Order::MonthFirst).expect("a date line");
        assert_eq!(month_first.found.timestamp.to_string(), "2024-05-06");
        assert!(is_french_time("18h05") && is_french_time("9h") && !is_french_time("h") && !is_french_time("hohe"));
    }
}
