//! Calendar values with ISO 8601 display: [`Date`], [`Time`], [`UtcOffset`] and [`Timestamp`].

use core::fmt;

/// A calendar date (proleptic Gregorian), displayed as `YYYY-MM-DD`.
///
/// ```
/// use newsclip_strip::Date;
///
/// let date = Date::new(2023, 6, 22).expect("a valid date");
/// assert_eq!(date.to_string(), "2023-06-22");
/// assert!(Date::new(2023, 2, 29).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, or `None` when the day does not exist (years 1000 to 9999).
    #[must_use]
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid =
            (1000..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// The year, e.g. `2023`.
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, `1..=12`.
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, `1..=31`.
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }
}

fn days_in(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A time of day, displayed as `HH:MM` or `HH:MM:SS` (seconds only when the page gave them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    hour: u8,
    minute: u8,
    second: Option<u8>,
}

impl Time {
    /// The time, or `None` when out of range (a leap second `60` is allowed).
    #[must_use]
    pub fn new(hour: u8, minute: u8, second: Option<u8>) -> Option<Time> {
        (hour < 24 && minute < 60 && second.is_none_or(|s| s <= 60)).then_some(Time { hour, minute, second })
    }

    /// Hours, `0..=23`.
    #[must_use]
    pub const fn hour(self) -> u8 {
        self.hour
    }

    /// Minutes, `0..=59`.
    #[must_use]
    pub const fn minute(self) -> u8 {
        self.minute
    }

    /// Seconds, when the page gave them.
    #[must_use]
    pub const fn second(self) -> Option<u8> {
        self.second
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)?;
        match self.second {
            Some(s) => write!(f, ":{s:02}"),
            None => Ok(()),
        }
    }
}

/// An offset from UTC in minutes, displayed as `Z` or `±HH:MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UtcOffset {
    minutes: i16,
}

impl UtcOffset {
    /// UTC itself.
    pub const UTC: UtcOffset = UtcOffset { minutes: 0 };

    /// The offset, or `None` beyond ±18 hours.
    #[must_use]
    pub fn from_minutes(minutes: i16) -> Option<UtcOffset> {
        (-18 * 60..=18 * 60).contains(&minutes).then_some(UtcOffset { minutes })
    }

    /// Minutes east of UTC (negative west of it).
    #[must_use]
    pub const fn minutes(self) -> i16 {
        self.minutes
    }
}

impl fmt::Display for UtcOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.minutes == 0 {
            return f.write_str("Z");
        }
        let sign = if self.minutes < 0 { '-' } else { '+' };
        let abs = self.minutes.unsigned_abs();
        write!(f, "{sign}{:02}:{:02}", abs / 60, abs % 60)
    }
}

/// A publication date, with the time of day and UTC offset when the page gives them.
///
/// Displays (and serializes) as ISO 8601: `2023-06-22`, `2023-12-06T09:34`,
/// `2023-12-05T14:30Z`, `2023-12-05T16:12:05-05:00`.
///
/// ```
/// use newsclip_strip::{Date, Time, Timestamp, UtcOffset};
///
/// let date = Date::new(2023, 12, 5).expect("a valid date");
/// let at = Timestamp::new(date).with_time(Time::new(16, 12, None).expect("a valid time"), UtcOffset::from_minutes(-300));
/// assert_eq!(at.to_string(), "2023-12-05T16:12-05:00");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    date: Date,
    time: Option<Time>,
    offset: Option<UtcOffset>,
}

impl Timestamp {
    /// A date without a time of day.
    #[must_use]
    pub const fn new(date: Date) -> Timestamp {
        Timestamp { date, time: None, offset: None }
    }

    /// The same date at `time`, in the zone `offset` when known.
    #[must_use]
    pub const fn with_time(self, time: Time, offset: Option<UtcOffset>) -> Timestamp {
        Timestamp { date: self.date, time: Some(time), offset }
    }

    /// The calendar date.
    #[must_use]
    pub const fn date(self) -> Date {
        self.date
    }

    /// The time of day, when given.
    #[must_use]
    pub const fn time(self) -> Option<Time> {
        self.time
    }

    /// The UTC offset, when the page named a zone.
    #[must_use]
    pub const fn offset(self) -> Option<UtcOffset> {
        self.offset
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date)?;
        if let Some(time) = self.time {
            write!(f, "T{time}")?;
            if let Some(offset) = self.offset {
                write!(f, "{offset}")?;
            }
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{Date, Timestamp};

    impl serde::Serialize for Date {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(self)
        }
    }

    impl serde::Serialize for Timestamp {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(self)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_validate_the_calendar() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2100, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2023, 4, 31).is_none());
        assert!(Date::new(2023, 13, 1).is_none());
        assert!(Date::new(2023, 1, 0).is_none());
    }

    #[test]
    fn iso_display() {
        let date = Date::new(2023, 12, 6).expect("a valid date");
        assert_eq!(Timestamp::new(date).to_string(), "2023-12-06");
        let t = Time::new(9, 34, None).expect("a valid time");
        assert_eq!(Timestamp::new(date).with_time(t, None).to_string(), "2023-12-06T09:34");
        let t = Time::new(9, 34, Some(5)).expect("a valid time");
        assert_eq!(Timestamp::new(date).with_time(t, Some(UtcOffset::UTC)).to_string(), "2023-12-06T09:34:05Z");
        let ist = UtcOffset::from_minutes(330);
        assert_eq!(Timestamp::new(date).with_time(t, ist).to_string(), "2023-12-06T09:34:05+05:30");
    }

    #[test]
    fn offsets_are_bounded() {
        assert!(UtcOffset::from_minutes(19 * 60).is_none());
        assert_eq!(UtcOffset::from_minutes(-300).expect("a valid offset").to_string(), "-05:00");
    }
}
