//! The tagger's output: entities and their mentions.

use newsclip_text::{Rule, Span};

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

/// One mention of an entity: where it is, what is written there, and the
/// rule that found it.
///
/// With the `serde` feature it serializes as `{"text", "start", "end", "rule"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mention<'a> {
    /// Where the mention is in the input (byte offsets).
    pub span: Span,
    /// The text as written: `&input[span]`.
    pub text: &'a str,
    /// The rule that found the mention (one of [`rules`](crate::rules)).
    pub rule: Rule,
}

#[cfg(feature = "serde")]
impl serde::Serialize for Mention<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Mention", 4)?;
        s.serialize_field("text", self.text)?;
        s.serialize_field("start", &self.span.start)?;
        s.serialize_field("end", &self.span.end)?;
        s.serialize_field("rule", &self.rule)?;
        s.end()
    }
}

/// One person, country or institution of a document with all of its mentions.
///
/// With the `serde` feature it serializes as
/// `{"kind", "name", "code", "country", "title", "mentions": [{"text", "start", "end", "rule"}]}`.
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
    pub mentions: Vec<Mention<'a>>,
    /// For a person or institution a user lexicon lists, the code it gives
    /// it (an id in the user's watch-list); serialized only when present.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub reference: Option<String>,
}
