//! ISO 3166-1 alpha-2 country codes.

use core::fmt;
use core::str::FromStr;

use crate::Lexicon;

/// An ISO 3166-1 alpha-2 code such as `US` or `AM`, always two ASCII capitals
/// and always one that the crate's country table knows.
///
/// Besides the current codes, the table keeps the historical ones that news
/// still uses (`SU` Soviet Union, `YU` Yugoslavia, `CS` Serbia and
/// Montenegro) and the user-assigned `XK` for Kosovo.
///
/// ```
/// use newsclip_lexicon::CountryCode;
///
/// let code: CountryCode = "am".parse().unwrap();
/// assert_eq!(code.as_str(), "AM");
/// assert_eq!(code.name(), "Armenia");
/// assert!("ZZ".parse::<CountryCode>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Builds a code from two ASCII letters without checking the table; the
    /// country table's loader is the only caller.
    pub(crate) const fn from_letters(letters: [u8; 2]) -> CountryCode {
        CountryCode([letters[0].to_ascii_uppercase(), letters[1].to_ascii_uppercase()])
    }

    /// The code as text, e.g. `"US"`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        // Construction admits only ASCII letters, so this never falls back.
        core::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The English short name, e.g. `"United States"` for `US`.
    #[must_use]
    pub fn name(&self) -> &'static str {
        Lexicon::english().country(*self).map_or("", |c| c.name())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

impl FromStr for CountryCode {
    type Err = ParseCountryCodeError;

    /// Parses two ASCII letters in either case; the code must be in the table.
    fn from_str(s: &str) -> Result<CountryCode, ParseCountryCodeError> {
        let &[a, b] = s.as_bytes() else {
            return Err(ParseCountryCodeError { kind: ParseErrorKind::Length });
        };
        if !(a.is_ascii_alphabetic() && b.is_ascii_alphabetic()) {
            return Err(ParseCountryCodeError { kind: ParseErrorKind::NotLetters });
        }
        let code = CountryCode::from_letters([a, b]);
        if Lexicon::english().country(code).is_none() {
            return Err(ParseCountryCodeError { kind: ParseErrorKind::Unknown });
        }
        Ok(code)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Why a string is not a [`CountryCode`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCountryCodeError {
    kind: ParseErrorKind,
}

impl ParseCountryCodeError {
    /// What was wrong with the input.
    #[must_use]
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }
}

/// The kinds of [`ParseCountryCodeError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The input is not exactly two bytes long.
    Length,
    /// The input is not two ASCII letters.
    NotLetters,
    /// Two letters, but not a code in the country table.
    Unknown,
}

impl fmt::Display for ParseCountryCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.kind {
            ParseErrorKind::Length => "a country code has exactly two letters",
            ParseErrorKind::NotLetters => "a country code is made of ASCII letters",
            ParseErrorKind::Unknown => "not an ISO 3166-1 alpha-2 code known to newsclip",
        })
    }
}

impl std::error::Error for ParseCountryCodeError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_in_either_case_and_displays_in_capitals() {
        let code: CountryCode = "gb".parse().expect("GB is listed");
        assert_eq!(code.to_string(), "GB");
        assert_eq!(code.name(), "United Kingdom");
    }

    #[test]
    fn rejects_bad_input_with_a_kind() {
        assert_eq!("USA".parse::<CountryCode>().expect_err("invalid code").kind(), ParseErrorKind::Length);
        assert_eq!("U1".parse::<CountryCode>().expect_err("invalid code").kind(), ParseErrorKind::NotLetters);
        assert_eq!("é".parse::<CountryCode>().expect_err("invalid code").kind(), ParseErrorKind::NotLetters);
        assert_eq!("QQ".parse::<CountryCode>().expect_err("invalid code").kind(), ParseErrorKind::Unknown);
    }
}
