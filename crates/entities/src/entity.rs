//! The tagger's output: entities and their mentions.

use newsclip_text::Spanned;

use crate::CountryCode;

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A country or territory, identified by its ISO 3166-1 code.
    Country,
    /// An organisation: international body, government body, party, company, outlet, club.
    Institution,
}

/// One person, country or institution of a document with all of its mentions.
///
/// With the `serde` feature it serializes as
/// `{"kind", "name", "code", "country", "title", "mentions": [{"text", "start", "end"}]}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entity<'a> {
    /// Person, country or institution.
    pub kind: EntityKind,
    /// Canonical name: a person's fullest name in the document, a country's
    /// English short name (`United States`), an institution's fullest name
    /// (`State Department`).
    pub name: String,
    /// The country's ISO 3166-1 alpha-2 code; `None` for people and institutions.
    pub code: Option<CountryCode>,
    /// For people and institutions, the country the text ties them to
    /// (`Armenian Ministry of Defense` → `AM`, `Russia's Vladimir Putin` → `RU`).
    pub country: Option<CountryCode>,
    /// For people, the title or role as written (`Secretary of State`, `spokesperson`).
    pub title: Option<String>,
    /// Every mention in document order; mentions never overlap each other nor
    /// the mentions of other entities.
    pub mentions: Vec<Spanned<'a>>,
}
