//! Dates as pages state them in markup (`2023-12-05T14:30:00+01:00`, `20231205`,
//! `Tue, 05 Dec 2023 14:30:00 GMT`, `December 5, 2023`) and in URLs (`/2023/12/05/`), written back
//! as ISO 8601 the way newsclip reports every date: `2023-12-05`, `2023-12-05T14:30`,
//! `2023-12-05T14:30:00+01:00`. The date is the one the page states, in its own zone.

use core::fmt::Write;
use std::collections::HashMap;

use newsclip_lexicon::Lexicon;
use once_cell::sync::Lazy;

/// The ISO 8601 form of a date or timestamp written in markup, or `None` when it is no date.
pub(crate) fn normalize(value: &str) -> Option<String> {
    let value = value.trim();
    iso(value).or_else(|| compact(value)).or_else(|| written(value))
}

/// `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]]` and a zone (`Z`, `+01:00`, `+0100`).
fn iso(value: &str) -> Option<String> {
    let b = value.as_bytes();
    if b.len() < 10 || b[4] != b'-' || !matches!(b[7], b'-') {
        return None;
    }
    let year = number(&value[0..4])?;
    let month = number(&value[5..7])?;
    let day = number(&value[8..10])?;
    let mut out = date(year, month, day)?;
    let rest = &value[10..];
    let Some(time) = rest.strip_prefix(['T', ' ', 't']) else { return Some(out) };
    let tb = time.as_bytes();
    if tb.len() < 5 || tb[2] != b':' {
        return Some(out);
    }
    let (hour, minute) = (number(&time[0..2])?, number(&time[3..5])?);
    if hour > 23 || minute > 59 {
        return Some(out);
    }
    let _ = write!(out, "T{hour:02}:{minute:02}");
    let mut rest = &time[5..];
    if rest.len() >= 3 && rest.as_bytes()[0] == b':' {
        if let Some(second) = number(&rest[1..3]).filter(|&s| s < 61) {
            let _ = write!(out, ":{second:02}");
            rest = &rest[3..];
        }
    }
    if let Some(fraction) = rest.strip_prefix('.') {
        rest = fraction.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    let rest = rest.trim();
    if rest.eq_ignore_ascii_case("z") || rest.eq_ignore_ascii_case("utc") || rest.eq_ignore_ascii_case("gmt") {
        out.push('Z');
    } else if let Some(offset) = offset(rest) {
        out.push_str(&offset);
    }
    Some(out)
}

/// A zone offset `+01:00`, `-0500`, `+01` as `±HH:MM` (`Z` for zero).
fn offset(value: &str) -> Option<String> {
    let sign = match value.as_bytes().first()? {
        b'+' => '+',
        b'-' => '-',
        _ => return None,
    };
    let digits: String = value[1..].chars().filter(char::is_ascii_digit).collect();
    let (hours, minutes) = match digits.len() {
        2 => (number(&digits)?, 0),
        4 => (number(&digits[..2])?, number(&digits[2..])?),
        _ => return None,
    };
    if hours > 14 || minutes > 59 {
        return None;
    }
    if hours == 0 && minutes == 0 {
        return Some("Z".to_owned());
    }
    Some(format!("{sign}{hours:02}:{minutes:02}"))
}

/// `YYYYMMDD` alone, or followed by a time (`20231205T143000`).
fn compact(value: &str) -> Option<String> {
    let digits = value.get(..8)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || value[8..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    date(number(&digits[..4])?, number(&digits[4..6])?, number(&digits[6..8])?)
}

/// Dates written with a month name: `Tue, 05 Dec 2023 14:30:00 GMT`, `December 5, 2023`,
/// `5 December 2023`, `Dec. 5, 2023 10:15 am`.
fn written(value: &str) -> Option<String> {
    let mut month = None;
    let mut numbers = Vec::new();
    for word in value.split(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == '/' || c == '-') {
        if word.is_empty() {
            continue;
        }
        if word.contains(':') {
            break;
        }
        if let Some(m) = month_number(word) {
            month.get_or_insert(m);
        } else {
            // `2025Jane` and `5th`: markup glues words to numbers, and English writes ordinals.
            let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
            if let Some(n) = number(digits) {
                numbers.push((n, digits.len()));
            }
        }
    }
    let month = month?;
    let year = numbers.iter().find(|&&(n, len)| len == 4 && (1990..=2100).contains(&n))?.0;
    let day = numbers.iter().find(|&&(n, len)| len <= 2 && (1..=31).contains(&n))?.0;
    date(year, month, day)
}

/// Which comes first in a date written in numbers with slashes or hyphens, the day or the month
/// (`5/12/2023`); dots always put the day first (`5.12.2023`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Order {
    /// `12/5/2023` is December 5 (American English).
    MonthFirst,
    /// `5/12/2023` is December 5.
    DayFirst,
}

impl Order {
    /// The order a page in `language` (`en-US`, `de`) writes, when it tells.
    pub(crate) fn of_language(language: Option<&str>) -> Option<Order> {
        let language = language?.to_ascii_lowercase();
        match language.as_str() {
            "en-us" | "en-ph" | "en" => Some(Order::MonthFirst),
            _ if language.starts_with("en") => Some(Order::DayFirst),
            _ if !language.is_empty() => Some(Order::DayFirst),
            _ => None,
        }
    }
}

/// A date written in numbers: `2023/12/05`, `2023.12.05`, `05.12.2023`, and, in the `order`
/// given or when the day is over 12, `12/5/2023`, `5-12-2023`.
fn numeric(word: &str, order: Option<Order>) -> Option<String> {
    let separator = word.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = word.trim_end_matches('.').split(separator).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    if ![a, b, c].iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
        return date(number(a)?, number(b)?, number(c)?);
    }
    if c.len() != 4 || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (x, y, year) = (number(a)?, number(b)?, number(c)?);
    // Day-month-year with dots or hyphens is the European and ISO-country habit.
    let order = if separator != '/' || x > 12 {
        Order::DayFirst
    } else if y > 12 {
        Order::MonthFirst
    } else {
        order?
    };
    match order {
        Order::DayFirst => date(year, y, x),
        Order::MonthFirst => date(year, x, y),
    }
}

/// A date written inside a line of text: with a month name (`By Jane Doe - Mar 27, 2024`), as
/// ISO 8601 (`2024-03-27`, `2024-03-27T10:15+01:00`), or in numbers (`27.03.2024`, `3/27/2024`,
/// read in `order` when the numbers do not tell).
pub(crate) fn written_in(line: &str, order: Option<Order>) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric());
        // `Dec 17, 2025Jane`, `Published:Jan 14`: words glued by markup.
        let month_at = word
            .char_indices()
            .filter(|&(at, c)| c.is_alphabetic() && !word[..at].ends_with(char::is_alphabetic))
            .map(|(at, _)| at)
            .find(|&at| month_number(word[at..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("")).is_some());
        if let Some(at) = month_at {
            let from = i.saturating_sub(2);
            let to = (i + 4).min(words.len());
            // Cut only letters glued before the month (`Published:Jan`), not a day (`25.Jun.2019`).
            let glued = word[..at].contains(char::is_alphabetic);
            let own = if glued { &word[at..] } else { word };
            let window: Vec<&str> = (from..to).map(|j| if j == i { own } else { words[j] }).collect();
            if let Some(date) = written(&window.join(" ")) {
                return Some(date);
            }
        }
        if let Some(date) = trimmed.get(..10).and_then(iso) {
            return Some(date);
        }
        if let Some(date) = numeric(trimmed, order) {
            return Some(date);
        }
    }
    None
}

/// The English months' names and abbreviations (the lexicon's, lowercase), with their numbers.
static MONTHS: Lazy<HashMap<&'static str, u32>> =
    Lazy::new(|| Lexicon::english().months().map(|(name, month)| (name, u32::from(month))).collect());

/// The month of an English name or abbreviation, in any case.
fn month_number(word: &str) -> Option<u32> {
    if word.len() > 12 {
        return None;
    }
    MONTHS.get(word.to_ascii_lowercase().as_str()).copied()
}

/// A date in URL path segments: `/2023/12/05/`, `/2023-12-05/`, `/20231205/`, `/2023/12/`
/// (the first of the month is no date: only full dates count).
pub(crate) fn from_url(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    for (i, window) in segments.windows(3).enumerate() {
        let _ = i;
        if let [y, m, d] = window {
            if y.len() == 4 && (1..=2).contains(&m.len()) {
                let day: String = d.chars().take_while(char::is_ascii_digit).collect();
                if (1..=2).contains(&day.len()) && (d.len() == day.len() || d[day.len()..].starts_with(['-', '_', '.']))
                {
                    if let Some(date) = date(number(y)?, number(m).unwrap_or(0), number(&day).unwrap_or(0)) {
                        return Some(date);
                    }
                }
            }
        }
    }
    for segment in &segments {
        for piece in segment.split(['-', '_', '.']).collect::<Vec<_>>().windows(3) {
            if let [y, m, d] = piece {
                if y.len() == 4 && m.len() == 2 && d.len() == 2 {
                    if let (Some(y), Some(m), Some(d)) = (number(y), number(m), number(d)) {
                        if let Some(date) = date(y, m, d) {
                            return Some(date);
                        }
                    }
                }
            }
        }
        if segment.len() == 8 {
            if let Some(date) = compact(segment).filter(|d| d.starts_with("19") || d.starts_with("20")) {
                return Some(date);
            }
        }
    }
    None
}

fn number(digits: &str) -> Option<u32> {
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// How many days apart two dates (`YYYY-MM-DD…`) are, when both are dates.
pub(crate) fn days_apart(a: &str, b: &str) -> Option<u64> {
    Some(day_number(a)?.abs_diff(day_number(b)?))
}

/// The days since 1970-01-01 of a `YYYY-MM-DD…` date (the civil calendar, proleptic Gregorian).
fn day_number(value: &str) -> Option<i64> {
    let value = value.get(..10)?;
    let (year, month, day) = (number(&value[0..4])?, number(&value[5..7])?, number(&value[8..10])?);
    let (year, month, day) = (i64::from(year), i64::from(month), i64::from(day));
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(era * 146_097 + day_of_era - 719_468)
}

/// `YYYY-MM-DD` for a plausible date.
fn date(year: u32, month: u32, day: u32) -> Option<String> {
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => 29,
        _ => return None,
    };
    ((1990..=2100).contains(&year) && (1..=days).contains(&day)).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_dates_normalize() {
        assert_eq!(normalize("2023-12-05").as_deref(), Some("2023-12-05"));
        assert_eq!(normalize("2023-12-05T14:30:00+01:00").as_deref(), Some("2023-12-05T14:30:00+01:00"));
        assert_eq!(normalize("2023-12-05T14:30:00.000Z").as_deref(), Some("2023-12-05T14:30:00Z"));
        assert_eq!(normalize("2023-12-05 14:30").as_deref(), Some("2023-12-05T14:30"));
        assert_eq!(normalize("2023-12-05T14:30:00-0500").as_deref(), Some("2023-12-05T14:30:00-05:00"));
        assert_eq!(normalize("20231205").as_deref(), Some("2023-12-05"));
        assert_eq!(normalize("Tue, 05 Dec 2023 14:30:00 GMT").as_deref(), Some("2023-12-05"));
        assert_eq!(normalize("December 5, 2023").as_deref(), Some("2023-12-05"));
        assert_eq!(normalize("Sept. 30, 2021 10:15 am").as_deref(), Some("2021-09-30"));
        assert_eq!(normalize("yesterday"), None);
        assert_eq!(normalize("2023-13-05"), None);
        assert_eq!(normalize("Mayor"), None);
    }

    #[test]
    fn dates_inside_lines() {
        let w = |line: &str| written_in(line, None);
        assert_eq!(w("By Jane Doe - Mar 27, 2024").as_deref(), Some("2024-03-27"));
        assert_eq!(w("Review Editor ⋅ Updated November 18, 2025").as_deref(), Some("2025-11-18"));
        assert_eq!(w("Posted on 2020-01-02 by Jane").as_deref(), Some("2020-01-02"));
        assert_eq!(w("May the best team win in 2024"), None);
        assert_eq!(w("Dec 17, 2025Jane Doe").as_deref(), Some("2025-12-17"));
        assert_eq!(w("Published:Jan 14, 2008").as_deref(), Some("2008-01-14"));
        assert_eq!(w("Jan 5th, 2024").as_deref(), Some("2024-01-05"));
        assert_eq!(w("Published on 25.Jun.2019 in Vol 7").as_deref(), Some("2019-06-25"));
        assert_eq!(w("Share 2022-11-23T08:10+02:00").as_deref(), Some("2022-11-23"));
        assert_eq!(w("Desk - 2025/4/29").as_deref(), Some("2025-04-29"));
        assert_eq!(w("Stand: 05.12.2023, 14:30 Uhr").as_deref(), Some("2023-12-05"));
        assert_eq!(w("Posted 10/12/2023"), None);
        assert_eq!(written_in("Posted 10/12/2023", Some(Order::MonthFirst)).as_deref(), Some("2023-10-12"));
        assert_eq!(written_in("Posted 10/12/2023", Some(Order::DayFirst)).as_deref(), Some("2023-12-10"));
        assert_eq!(w("Posted 24/2/2026").as_deref(), Some("2026-02-24"));
        assert_eq!(w("Posted 02-12-2025").as_deref(), Some("2025-12-02"));
        assert_eq!(w("Call 555-1234 or 1/2"), None);
    }

    #[test]
    fn days_between_dates() {
        assert_eq!(days_apart("2024-02-28", "2024-03-01T10:00Z"), Some(2));
        assert_eq!(days_apart("2023-12-31", "2024-01-01"), Some(1));
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(days_apart("2024-02-28", "soon"), None);
    }

    #[test]
    fn url_dates() {
        assert_eq!(from_url("https://x.example/2019/11/19/story-title/").as_deref(), Some("2019-11-19"));
        assert_eq!(from_url("https://x.example/news/2019-11-19-story").as_deref(), Some("2019-11-19"));
        assert_eq!(from_url("https://x.example/a/20191119/story.html").as_deref(), Some("2019-11-19"));
        assert_eq!(from_url("https://x.example/2019/11/story-title"), None);
        assert_eq!(from_url("https://x.example/story-244592.html"), None);
    }
}
