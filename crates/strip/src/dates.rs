//! Finding dates and times written in page text: `07.03.2024 18:05`, `Tue 5 Dec 2023 14.30 GMT`,
//! `August 25, 2025`, `4:12 PM EST Dec 5, 2023`, `2007-11-24 16:23:08`, and yearless `Oct 17`.
//!
//! Numeric dates with dots or dashes read day first (`07.03.2024` is 7 March); with slashes they
//! read month first unless the first number cannot be a month (`22/06/2023`).

use newsclip_lexicon::Lexicon;
use once_cell::sync::Lazy;
use regex::{Captures, Regex};

use crate::date::{Date, Time, Timestamp, UtcOffset};
use crate::published::is_date_cue;
use crate::words::{word_spans, KeySet};
use crate::zones::city_offset;
use newsclip_text::Span;

/// A date found in text; the year is missing in datelines such as `MOSCOW, December 5.`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FoundDate {
    /// Where the date is, relative to the searched text.
    pub(crate) span: Span,
    pub(crate) year: Option<u16>,
    pub(crate) month: u8,
    pub(crate) day: u8,
}

impl FoundDate {
    /// The date, with `fallback_year` when the text gave none.
    pub(crate) fn date(&self, fallback_year: Option<u16>) -> Option<Date> {
        Date::new(self.year.or(fallback_year)?, self.month, self.day)
    }
}

/// A full timestamp found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FoundTimestamp {
    /// Where the date and its time are, relative to the searched text.
    pub(crate) span: Span,
    pub(crate) timestamp: Timestamp,
}

const ORDINAL: &str = r"(?:st|nd|rd|th|er|º)?";

static ISO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?)?(?-u:\b)")
        .expect("valid ISO date pattern")
});
static YEAR_FIRST: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?-u:\b)(\d{4})([/.])(\d{1,2})[/.](\d{1,2})(?-u:\b)").expect("valid year-first pattern"));
static NUMERIC: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})([./-])(\d{1,2})([./-])(\d{4}|\d{2})(?-u:\b)").expect("valid numeric pattern")
});
static DAY_MONTH_YEAR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(\d{{1,2}}){ORDINAL}(?:\s+(?:of|de))?[\s./-]+(\p{{L}}{{3,10}})\.?(?:\s+de)?,?[\s./-]+(\d{{4}})(?-u:\b)"
    ))
    .expect("valid day-month-year pattern")
});
static MONTH_DAY_YEAR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b)(\p{{L}}{{3,10}})\.?\s+(\d{{1,2}}){ORDINAL},?\s+(\d{{4}})(?-u:\b)"))
        .expect("valid month-day-year pattern")
});
static MONTH_DAY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b)(\p{{L}}{{3,10}})\.?\s+(\d{{1,2}}){ORDINAL}(?-u:\b)"))
        .expect("valid month-day pattern")
});
static DAY_MONTH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b)(\d{{1,2}}){ORDINAL}\s+(\p{{L}}{{3,10}})(?-u:\b)"))
        .expect("valid day-month pattern")
});
static TIME: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(\d{1,2})(?:[:.h](\d{2})(?:[:.](\d{2}))?)?\s*(a\.?m(?-u:\b)\.?|p\.?m(?-u:\b)\.?)?(?:\s*\(?((?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}(?-u:\b)|\p{L}{1,5}(?-u:\b))\)?)?",
    )
    .expect("valid time pattern")
});

/// Any of the dated patterns, without captures: a fast first test.
static ANY_DATE: Lazy<Regex> = Lazy::new(|| {
    let patterns =
        [&*ISO, &*YEAR_FIRST, &*NUMERIC, &*DAY_MONTH_YEAR, &*MONTH_DAY_YEAR].map(|r| format!("(?:{})", r.as_str()));
    Regex::new(&patterns.join("|")).expect("valid union of date patterns")
});

/// The first date with a year in `text`.
pub(crate) fn find_date(text: &str) -> Option<FoundDate> {
    find_date_in(text, Order::MonthFirst)
}

/// How a numeric date with slashes is read: `05/06/2024` is May 6 on English pages and 5 June
/// on German, French and Spanish ones (dots and dashes are read day first everywhere).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Order {
    MonthFirst,
    DayFirst,
}

/// [`find_date`], with numeric dates read in `order`.
pub(crate) fn find_date_in(text: &str, order: Order) -> Option<FoundDate> {
    if !ANY_DATE.is_match(text) {
        return None;
    }
    [iso_date, year_first_date, day_month_year, month_day_year]
        .iter()
        .filter_map(|find| find(text))
        .chain(numeric_date(text, order))
        .min_by_key(|d| (d.span.start, core::cmp::Reverse(d.span.end)))
}

/// The first date in `text`, allowing a missing year (`Oct 17`, `5 December`).
pub(crate) fn find_date_or_day(text: &str) -> Option<FoundDate> {
    let with_year = find_date(text);
    let yearless = [month_day, day_month].iter().filter_map(|find| find(text)).min_by_key(|d| d.span.start);
    match (with_year, yearless) {
        (Some(full), Some(day)) if day.span.start < full.span.start && day.span.end <= full.span.start => Some(day),
        (Some(full), _) => Some(full),
        (None, day) => day,
    }
}

/// The first date with a year in `text`, with the time of day written next to it (before or after).
#[cfg(test)]
pub(crate) fn find_timestamp(text: &str) -> Option<FoundTimestamp> {
    find_timestamp_in(text, Order::MonthFirst)
}

/// [`find_timestamp`], with numeric dates read in `order`.
pub(crate) fn find_timestamp_in(text: &str, order: Order) -> Option<FoundTimestamp> {
    let found = find_date_in(text, order)?;
    let date = found.date(None)?;
    let mut timestamp = Timestamp::new(date);
    let mut span = found.span;
    if let Some((time_span, time, offset)) = iso_time(text, found.span) {
        timestamp = timestamp.with_time(time, offset);
        span = span.cover(time_span);
    } else if let Some((time_span, time, offset)) = time_near(text, found.span) {
        let (time_span, offset) = match offset {
            Some(offset) => (time_span, Some(offset)),
            None => match city_zone(text, time_span) {
                Some((city, end)) => (Span::new(time_span.start, end), city_offset(city, date, time)),
                None => (time_span, None),
            },
        };
        timestamp = timestamp.with_time(time, offset);
        span = span.cover(time_span);
    }
    Some(FoundTimestamp { span, timestamp })
}

/// The city in parentheses that closes the time at `time` and names its zone (`Paris` in `9:30
/// am (Paris)`), and where it ends. The time pattern takes in a short one.
fn city_zone(text: &str, time: Span) -> Option<(&str, usize)> {
    let inside = text.get(time.start..time.end)?;
    if let Some((_, city)) = inside.strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
        return Some((city, time.end));
    }
    let after = text.get(time.end..)?;
    let open = after.len() - after.trim_start().len();
    let rest = after[open..].strip_prefix('(')?;
    let close = rest.bytes().take(MAX_CITY_LEN).position(|b| b == b')')?;
    let city = &rest[..close];
    let end = time.end + open + 1 + close + 1;
    (!city.is_empty() && city.chars().all(char::is_alphabetic)).then_some((city, end))
}

/// Longest city name in parentheses after a time, in bytes.
const MAX_CITY_LEN: usize = 24;

fn span_of(caps: &Captures<'_>) -> Span {
    caps.get(0).map_or(Span::empty(0), |m| Span::new(m.start(), m.end()))
}

fn number<T: core::str::FromStr>(caps: &Captures<'_>, group: usize) -> Option<T> {
    caps.get(group)?.as_str().parse().ok()
}

fn found(span: Span, year: Option<u16>, month: u8, day: u8) -> Option<FoundDate> {
    // A date must exist (any leap year admits February 29).
    Date::new(year.unwrap_or(2000), month, day)?;
    Some(FoundDate { span, year, month, day })
}

fn iso_date(text: &str) -> Option<FoundDate> {
    ISO.captures_iter(text).find_map(|c| {
        let span = c.get(3).map(|m| Span::new(span_of(&c).start, m.end()))?;
        found(span, Some(number(&c, 1)?), number(&c, 2)?, number(&c, 3)?)
    })
}

fn year_first_date(text: &str) -> Option<FoundDate> {
    YEAR_FIRST
        .captures_iter(text)
        .find_map(|c| found(span_of(&c), Some(number(&c, 1)?), number(&c, 3)?, number(&c, 4)?))
}

fn numeric_date(text: &str, order: Order) -> Option<FoundDate> {
    NUMERIC.captures_iter(text).find_map(|c| {
        let (separator, second_separator) = (c.get(2)?.as_str(), c.get(4)?.as_str());
        if separator != second_separator {
            return None;
        }
        let (a, b): (u8, u8) = (number(&c, 1)?, number(&c, 3)?);
        let year = full_year(c.get(5)?.as_str())?;
        let month_first = separator == "/" && a <= 12 && (order == Order::MonthFirst || b > 12);
        let (month, day) = if month_first { (a, b) } else { (b, a) };
        found(span_of(&c), Some(year), month, day)
    })
}

/// `2025` as is, `25` as 2025 and `97` as 1997.
fn full_year(digits: &str) -> Option<u16> {
    let n: u16 = digits.parse().ok()?;
    Some(match digits.len() {
        2 if n < 70 => 2000 + n,
        2 => 1900 + n,
        _ => n,
    })
}

fn day_month_year(text: &str) -> Option<FoundDate> {
    DAY_MONTH_YEAR.captures_iter(text).find_map(|c| {
        let month = month_number(c.get(2)?.as_str())?;
        found(span_of(&c), Some(number(&c, 3)?), month, number(&c, 1)?)
    })
}

fn month_day_year(text: &str) -> Option<FoundDate> {
    MONTH_DAY_YEAR.captures_iter(text).find_map(|c| {
        let month = month_number(c.get(1)?.as_str())?;
        found(span_of(&c), Some(number(&c, 3)?), month, number(&c, 2)?)
    })
}

fn month_day(text: &str) -> Option<FoundDate> {
    MONTH_DAY.captures_iter(text).find_map(|c| {
        let month = month_number(c.get(1)?.as_str())?;
        found(span_of(&c), None, month, number(&c, 2)?)
    })
}

fn day_month(text: &str) -> Option<FoundDate> {
    DAY_MONTH.captures_iter(text).find_map(|c| {
        let month = month_number(c.get(2)?.as_str())?;
        found(span_of(&c), None, month, number(&c, 1)?)
    })
}

/// Month names by month, in every language of the lexicon (each `words.tsv`): English names and
/// abbreviations, and the full names in the major European languages.
static MONTH_SETS: Lazy<Vec<KeySet>> = Lazy::new(|| {
    let lexicons: Vec<&Lexicon> = Lexicon::languages().filter_map(Lexicon::for_language).collect();
    (1..=12)
        .map(|number| {
            let names = lexicons.iter().flat_map(|l| l.months().filter(|&(_, m)| m == number).map(|(name, _)| name));
            KeySet::new(names)
        })
        .collect()
});

/// The number (1 to 12) of the month named `word`, in any case.
fn month_number(word: &str) -> Option<u8> {
    if word.len() > 12 {
        return None;
    }
    MONTH_SETS.iter().position(|names| names.contains_word(word)).and_then(|i| u8::try_from(i + 1).ok())
}

/// The time of an ISO date-time such as `2007-11-24 16:23:08` or `2023-12-05T14:30:00Z`.
fn iso_time(text: &str, date: Span) -> Option<(Span, Time, Option<UtcOffset>)> {
    let caps = ISO.captures_at(text, date.start)?;
    let whole = caps.get(0)?;
    if whole.start() != date.start {
        return None;
    }
    let time = Time::new(number(&caps, 4)?, number(&caps, 5)?, caps.get(6).and_then(|m| m.as_str().parse().ok()))?;
    let offset = caps.get(7).and_then(|m| zone_offset(m.as_str()));
    Some((Span::new(whole.start(), whole.end()), time, offset))
}

/// How far, in bytes, a time may be written from its date.
const TIME_DISTANCE: usize = 24;

/// A time of day written just after the date (`5 Dec 2023 14.30 GMT`, `August 25, 2025 at 4:12 pm`)
/// or just before it (`4:12 PM EST Dec 5, 2023`).
fn time_near(text: &str, date: Span) -> Option<(Span, Time, Option<UtcOffset>)> {
    let after = TIME
        .captures_iter(text.get(date.end..)?)
        .filter_map(|c| parse_time(&c).map(|t| (span_of(&c).offset(date.end), t.0, t.1)))
        .find(|(span, _, _)| span.start <= date.end + TIME_DISTANCE && !runs_on(text, span.end));
    let apart = |from: usize, to: usize| text.get(from..to).is_none_or(opens_another_field);
    if let Some(after) = after.filter(|(span, _, _)| !apart(date.end, span.start)) {
        return Some(after);
    }
    let before_start = floor_char_boundary(text, date.start.saturating_sub(TIME_DISTANCE * 2));
    let window = text.get(before_start..date.start)?;
    TIME.captures_iter(window)
        .filter_map(|c| parse_time(&c).map(|t| (span_of(&c).offset(before_start), t.0, t.1)))
        .filter(|(span, _, _)| span.end + TIME_DISTANCE >= date.start)
        .last()
        .filter(|(span, _, _)| !apart(span.end, date.start))
}

/// Whether the text between a date and a time opens another field of the line, so that the time
/// belongs to another date: a bar, or a date cue (`Published: 10:32, 5 March 2024 | Updated: 11:05,
/// 5 March 2024`).
fn opens_another_field(gap: &str) -> bool {
    gap.contains('|') || word_spans(gap).any(|w| is_date_cue(&gap[w]))
}

/// Whether the number ending at `at` runs on into a longer one (`08.12` of `08.12.2023`): the
/// digits of a date are no time of day.
fn runs_on(text: &str, at: usize) -> bool {
    let mut rest = text.get(at..).unwrap_or("").chars();
    match rest.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('.' | '/' | '-' | ':') => rest.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn parse_time(caps: &Captures<'_>) -> Option<(Time, Option<UtcOffset>)> {
    let mut hour: u8 = number(caps, 1)?;
    let minute: Option<u8> = number(caps, 2);
    let meridiem = caps.get(4).map(|m| m.as_str().to_ascii_lowercase());
    if minute.is_none() && meridiem.is_none() {
        return None;
    }
    if let Some(meridiem) = meridiem {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let pm = meridiem.starts_with('p');
        hour = match (hour, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
    }
    let time = Time::new(hour, minute.unwrap_or(0), number(caps, 3))?;
    Some((time, caps.get(5).and_then(|m| zone_offset(m.as_str()))))
}

/// The UTC offset of a zone abbreviation (`GMT`, `EST`, `CEST`) or a numeric offset (`+04:00`,
/// `GMT+4`). Abbreviations read the common English-language meaning.
fn zone_offset(zone: &str) -> Option<UtcOffset> {
    let compact: String = zone.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let numeric = compact.trim_start_matches("GMT").trim_start_matches("UTC");
    if let Some(sign) = numeric.chars().next().filter(|c| matches!(c, '+' | '-')) {
        let digits: String = numeric[1..].chars().filter(char::is_ascii_digit).collect();
        let (hours, minutes): (i16, i16) = match digits.len() {
            1 | 2 => (digits.parse().ok()?, 0),
            3 | 4 => {
                let split = digits.len() - 2;
                (digits[..split].parse().ok()?, digits[split..].parse().ok()?)
            }
            _ => return None,
        };
        let total = hours * 60 + minutes;
        return UtcOffset::from_minutes(if sign == '-' { -total } else { total });
    }
    let hours_east: f32 = match compact.as_str() {
        "Z" | "GMT" | "UTC" | "UT" | "WET" => 0.0,
        "BST" | "CET" | "WEST" | "WAT" => 1.0,
        "CEST" | "EET" | "SAST" => 2.0,
        "EEST" | "MSK" | "EAT" | "AST" => 3.0,
        "AZT" | "GST" | "GET" => 4.0,
        "PKT" => 5.0,
        "IST" => 5.5,
        "SGT" | "HKT" | "AWST" => 8.0,
        "JST" | "KST" => 9.0,
        "AEST" => 10.0,
        "AEDT" => 11.0,
        "NZST" => 12.0,
        "NZDT" => 13.0,
        "EDT" => -4.0,
        "EST" | "CDT" => -5.0,
        "CST" | "MDT" => -6.0,
        "MST" | "PDT" => -7.0,
        "PST" => -8.0,
        "AKST" => -9.0,
        "HST" => -10.0,
        _ => return None,
    };
    UtcOffset::from_minutes((hours_east * 60.0) as i16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(text: &str) -> Option<String> {
        find_timestamp(text).map(|f| f.timestamp.to_string())
    }

    #[test]
    fn numeric_day_first_with_time() {
        assert_eq!(ts("07.03.2024 18:05").as_deref(), Some("2024-03-07T18:05"));
        assert_eq!(ts("22.06.23").as_deref(), Some("2023-06-22"));
        assert_eq!(ts("22/06/2023").as_deref(), Some("2023-06-22"));
        assert_eq!(ts("03/12/2024").as_deref(), Some("2024-03-12"));
        assert_eq!(ts("08.12.2023 - Update : 08.12.2023").as_deref(), Some("2023-12-08"));
    }

    #[test]
    fn written_months_in_both_orders() {
        assert_eq!(ts("First published on Tue 5 Dec 2023 14.30 GMT").as_deref(), Some("2023-12-05T14:30Z"));
        assert_eq!(ts("Published On 5 Dec 2023").as_deref(), Some("2023-12-05"));
        assert_eq!(ts("August 25, 2025").as_deref(), Some("2025-08-25"));
        assert_eq!(ts("Posted Nov. 3rd, 2019 at 7:05 p.m.").as_deref(), Some("2019-11-03T19:05"));
        assert_eq!(ts("03.Feb.2024").as_deref(), Some("2024-02-03"));
        assert_eq!(ts("le 3 mars 2021").as_deref(), Some("2021-03-03"));
    }

    #[test]
    fn a_city_in_parentheses_names_the_zone() {
        let published = "Published on February 16, 2024, at 9:30 am (Paris), updated at 10:12 am";
        assert_eq!(ts(published).as_deref(), Some("2024-02-16T09:30+01:00"));
        assert_eq!(ts("July 8, 2024, at 6:05 pm (Berlin)").as_deref(), Some("2024-07-08T18:05+02:00"));
        assert_eq!(ts("July 8, 2024, at 6:05 pm (Springfield)").as_deref(), Some("2024-07-08T18:05"));
    }

    #[test]
    fn time_before_the_date_with_zone() {
        assert_eq!(ts("Updated 4:12 PM EST Dec 5, 2023").as_deref(), Some("2023-12-05T16:12-05:00"));
        assert_eq!(ts("12:05 am GMT+4, 1 May 2024").as_deref(), Some("2024-05-01T00:05+04:00"));
    }

    #[test]
    fn a_time_across_a_bar_or_a_cue_belongs_to_another_date() {
        let both = "Published: 10:32 EDT, 5 March 2024 | Updated: 11:05 EDT, 5 March 2024";
        assert_eq!(ts(both).as_deref(), Some("2024-03-05T10:32-04:00"));
        assert_eq!(ts("Posted 5 March 2024, updated 11:05").as_deref(), Some("2024-03-05"));
        assert_eq!(ts("Updated 09:15 | 5 March 2024").as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn iso_forms() {
        assert_eq!(ts("www.example.com 2007-11-24 16:23:08 Print").as_deref(), Some("2007-11-24T16:23:08"));
        assert_eq!(ts("2023-12-05T14:30:00+01:00").as_deref(), Some("2023-12-05T14:30:00+01:00"));
        assert_eq!(ts("2023/12/05").as_deref(), Some("2023-12-05"));
    }

    #[test]
    fn yearless_days_for_datelines() {
        let d = find_date_or_day("MOSCOW, December 5. /TASS/.").expect("a date");
        assert_eq!((d.year, d.month, d.day), (None, 12, 5));
        let d = find_date_or_day("BERLIN, Oct 17 (Reuters)").expect("a date");
        assert_eq!((d.month, d.day), (10, 17));
        assert_eq!(d.date(Some(2023)).map(|d| d.to_string()).as_deref(), Some("2023-10-17"));
    }

    #[test]
    fn rejects_impossible_and_non_dates() {
        assert_eq!(ts("31.02.2023"), None);
        assert_eq!(ts("Version 1.2.3 released"), None);
        assert_eq!(ts("In May the council met 12 times"), None);
        assert_eq!(find_date_or_day("Chapter 12 of the book"), None);
    }
}
