//! Time zones named by a city, as pages in Europe print them (`9:30 am (Paris)`): the offset
//! depends on the date, since European summer time runs from the last Sunday of March to the
//! last Sunday of October.

use once_cell::sync::Lazy;

use crate::date::{Date, Time, UtcOffset};
use crate::words::KeySet;

/// Cities of the three European zones by the zone's winter offset in hours east of UTC, from
/// the lexicon (`time_zones.tsv`).
static CITY_SETS: Lazy<Vec<(i16, KeySet)>> = Lazy::new(|| {
    let lexicon = newsclip_lexicon::Lexicon::english();
    (0..=2)
        .map(|hours| {
            let cities = lexicon.city_zones().filter(|&(_, offset)| i16::from(offset) == hours).map(|(city, _)| city);
            (hours, KeySet::new(cities))
        })
        .collect()
});

/// The UTC offset of the local time `time` on `date` in the zone of `city` (any case), if the
/// city is known: its winter offset, one hour more in European summer time.
pub(crate) fn city_offset(city: &str, date: Date, time: Time) -> Option<UtcOffset> {
    let winter = CITY_SETS.iter().find(|(_, cities)| cities.contains_word(city)).map(|(hours, _)| *hours)?;
    let summer = is_summer_time(date, time, winter);
    UtcOffset::from_minutes((winter + i16::from(summer)) * 60)
}

/// Whether European summer time is in force at local `time` on `date` in a zone `winter` hours
/// east of UTC: clocks change at 01:00 UTC on the last Sundays of March and October.
fn is_summer_time(date: Date, time: Time, winter: i16) -> bool {
    let (month, day) = (date.month(), date.day());
    let change_day = |month: u8| last_sunday(date.year(), month);
    // The local hour of the change: in winter time in March, in summer time in October.
    let hour = i16::from(time.hour());
    let (spring_hour, autumn_hour) = (CHANGE_UTC_HOUR + winter, CHANGE_UTC_HOUR + winter + 1);
    match month {
        4..=9 => true,
        3 => day > change_day(3) || (day == change_day(3) && hour >= spring_hour),
        10 => day < change_day(10) || (day == change_day(10) && hour < autumn_hour),
        _ => false,
    }
}

/// The hour, in UTC, at which European clocks change.
const CHANGE_UTC_HOUR: i16 = 1;

/// The day of the last Sunday of `month` (March or October: 31 days).
fn last_sunday(year: u16, month: u8) -> u8 {
    31 - weekday(year, month, 31)
}

/// The day of the week, 0 for Sunday (Sakamoto's method).
fn weekday(year: u16, month: u8, day: u8) -> u8 {
    const OFFSETS: [u16; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let year = if month < 3 { year - 1 } else { year };
    let offset = OFFSETS.get(usize::from(month.saturating_sub(1))).copied().unwrap_or(0);
    let days = year + year / 4 - year / 100 + year / 400 + offset + u16::from(day);
    (days % 7) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offset(city: &str, (y, m, d): (u16, u8, u8), hour: u8) -> Option<String> {
        let date = Date::new(y, m, d).expect("a valid date");
        city_offset(city, date, Time::new(hour, 0, None).expect("a valid time")).map(|o| o.to_string())
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday(2024, 2, 16), 5, "a Friday");
        assert_eq!(weekday(2024, 1, 1), 1, "a Monday");
        assert_eq!(last_sunday(2024, 3), 31);
        assert_eq!(last_sunday(2024, 10), 27);
    }

    #[test]
    fn european_cities_follow_summer_time() {
        assert_eq!(offset("Paris", (2024, 2, 16), 9).as_deref(), Some("+01:00"));
        assert_eq!(offset("paris", (2024, 7, 8), 18).as_deref(), Some("+02:00"));
        assert_eq!(offset("London", (2024, 7, 8), 18).as_deref(), Some("+01:00"));
        assert_eq!(offset("London", (2024, 12, 1), 18).as_deref(), Some("Z"));
        assert_eq!(offset("Athens", (2024, 3, 31), 2).as_deref(), Some("+02:00"));
        assert_eq!(offset("Athens", (2024, 3, 31), 4).as_deref(), Some("+03:00"));
        assert_eq!(offset("Berlin", (2024, 10, 27), 2).as_deref(), Some("+02:00"));
        assert_eq!(offset("Berlin", (2024, 10, 27), 3).as_deref(), Some("+01:00"));
        assert_eq!(offset("Springfield", (2024, 7, 8), 18), None);
    }
}
