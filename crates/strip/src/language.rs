//! The language a page is stripped in, and the resources it brings.

use crate::dates::Order;

/// The language of a page, as far as the stripper has resources for it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Language {
    /// English, and pages of unknown language: the English resources only.
    #[default]
    English,
    German,
    French,
    Spanish,
    /// A language without resources of its own.
    Other,
}

impl Language {
    /// The language of an ISO 639-1 code; `None` is English.
    pub(crate) fn of(code: Option<&str>) -> Language {
        match code {
            None | Some("en") => Language::English,
            Some("de") => Language::German,
            Some("fr") => Language::French,
            Some("es") => Language::Spanish,
            Some(_) => Language::Other,
        }
    }

    /// The ISO 639-1 code of the lexicon that holds the language's own resources, if any.
    pub(crate) fn lexicon_code(self) -> Option<&'static str> {
        match self {
            Language::German => Some("de"),
            Language::French => Some("fr"),
            Language::Spanish => Some("es"),
            Language::English | Language::Other => None,
        }
    }

    /// How numeric dates with slashes read: month first in English (and on pages of unknown
    /// or other languages, as before languages were told apart), day first elsewhere.
    pub(crate) fn date_order(self) -> Order {
        match self {
            Language::German | Language::French | Language::Spanish => Order::DayFirst,
            Language::English | Language::Other => Order::MonthFirst,
        }
    }

    /// An index per language, for tables of per-language resources.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Every language, in [`index`](Self::index) order.
    pub(crate) const ALL: [Language; 5] =
        [Language::English, Language::German, Language::French, Language::Spanish, Language::Other];
}
