//! [`UserLexicon`]: people, institutions and countries' aliases a user adds
//! to the compiled-in lexicon (a monitoring team's watch-list).

use crate::file::{records, Column, LoadError, LoadErrorKind, Schema, Unique, Value};
use crate::{CountryCode, Listing};

/// What a user lexicon lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UserKind {
    /// A person: found by name or alias wherever written, merged with the
    /// other mentions of that person.
    Person,
    /// An institution, with its aliases and acronyms.
    Institution,
    /// More names for a country the lexicon lists (by its `code`).
    Country,
}

/// One record of a user lexicon: what it lists and its [`Listing`] (name,
/// aliases, country, code; for a country record, the country named).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserEntry {
    pub(crate) kind: UserKind,
    pub(crate) listing: Listing,
}

impl UserEntry {
    /// What the record lists.
    #[must_use]
    pub fn kind(&self) -> UserKind {
        self.kind
    }
}

impl core::ops::Deref for UserEntry {
    type Target = Listing;

    fn deref(&self) -> &Listing {
        &self.listing
    }
}

/// The columns of a user lexicon.
const SCHEMA: Schema = Schema {
    columns: &[
        Column::required("kind", Value::Class(&["person", "institution", "country"])),
        Column::required("name", Value::Text),
        Column::optional("aliases", Value::List),
        Column::optional("country", Value::CountryCode),
        Column::optional("code", Value::Text),
    ],
    sections: &[],
    unique: Unique::FirstTwo,
};

/// People, institutions and countries' aliases to add to the lexicon: a
/// tab-separated file with a header line, read by the same strict loader as
/// the compiled-in lexicon.
///
/// Columns (in any order; the last three may be left empty or out):
///
/// * `kind`: `person`, `institution` or `country`;
/// * `name`: the canonical name (for `country`, one more name of it);
/// * `aliases`: other names and acronyms, separated by `|`;
/// * `country`: the ISO 3166-1 alpha-2 code of a person's or institution's
///   country; for a `country` record, of the country the names are of
///   (required there, here or in `code`);
/// * `code`: for a person or institution, your own code for it (reported with
///   the entity as its `reference`).
///
/// ```
/// use newsclip_lexicon::{Lexicon, UserLexicon};
///
/// let tsv = "kind\tname\taliases\tcountry\tcode
/// person\tAmara Okonjo\tA. Okonjo\tNG\tWL-0042
/// institution\tHarbour Trust\tHBT\tGB
/// country\tSomeland\t\tNL
/// ";
/// let user = UserLexicon::from_tsv(tsv).unwrap();
/// assert_eq!(user.entries().len(), 3);
/// let lexicon = Lexicon::english().with_user(&user);
/// assert_eq!(lexicon.institution_named("HBT").map(|i| i.name()), Some("Harbour Trust"));
/// assert_eq!(lexicon.country_named("Someland").map(|c| c.to_string()).as_deref(), Some("NL"));
///
/// let err = UserLexicon::from_tsv("kind\tname\nperon\tAmara Okonjo\n").unwrap_err();
/// assert_eq!(err.line(), 2);
/// assert_eq!(err.to_string(), "<lexicon>:2: unknown class 'peron' in column 'kind' (expected person, institution or country)");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserLexicon {
    entries: Vec<UserEntry>,
}

impl UserLexicon {
    /// Reads a user lexicon; messages name it `<lexicon>`.
    ///
    /// # Errors
    ///
    /// The first malformed line, with its number ([`LoadError`]): an unknown
    /// kind or column, a missing name, a country code that is malformed or
    /// that the lexicon does not know, a `country` record without its code,
    /// or a name listed twice for one kind.
    pub fn from_tsv(text: &str) -> Result<UserLexicon, LoadError> {
        UserLexicon::from_tsv_named("<lexicon>", text)
    }

    /// Reads a user lexicon; messages name it `file`.
    ///
    /// # Errors
    ///
    /// As [`from_tsv`](Self::from_tsv).
    pub fn from_tsv_named(file: &str, text: &str) -> Result<UserLexicon, LoadError> {
        let mut entries = Vec::new();
        for record in records(file, text, &SCHEMA) {
            let record = record?;
            let error = |message: String| LoadError::new(LoadErrorKind::UnknownClass, file, record.line, message);
            let kind = match record.field(0) {
                "person" => UserKind::Person,
                "institution" => UserKind::Institution,
                _ => UserKind::Country,
            };
            let code_of = |field: &str| -> Result<Option<CountryCode>, LoadError> {
                if field.is_empty() {
                    return Ok(None);
                }
                let code: CountryCode =
                    field.parse().map_err(|_| error(format!("'{field}' is no country code the lexicon knows")))?;
                Ok(Some(code))
            };
            let (country, code) = match kind {
                UserKind::Country => {
                    // The country named: its code in `country`, or in `code`.
                    let field = Some(record.field(3)).filter(|c| !c.is_empty()).unwrap_or(record.field(4));
                    let code = code_of(field)?
                        .ok_or_else(|| error("a country record needs the ISO code of its country".into()))?;
                    (Some(code), None)
                }
                _ => (code_of(record.field(3))?, Some(record.field(4)).filter(|c| !c.is_empty()).map(Into::into)),
            };
            let name = record.field(1).into();
            let listing = Listing { name, aliases: record.list(2).map(Into::into).collect(), country, code };
            entries.push(UserEntry { kind, listing });
        }
        Ok(UserLexicon { entries })
    }

    /// Adds the records of `other` (from another file).
    pub fn extend(&mut self, other: UserLexicon) {
        self.entries.extend(other.entries);
    }

    /// The records, in the order read.
    #[must_use]
    pub fn entries(&self) -> &[UserEntry] {
        &self.entries
    }

    /// Whether the lexicon lists nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_of(text: &str) -> (LoadErrorKind, usize) {
        let err = UserLexicon::from_tsv(text).expect_err("an error");
        (err.kind(), err.line())
    }

    #[test]
    fn malformed_lines_are_reported_with_their_number() {
        let header = "kind\tname\taliases\tcountry\tcode\n";
        assert_eq!(line_of(&format!("{header}person\tA B\n\tC D\n")), (LoadErrorKind::Malformed, 3));
        assert_eq!(line_of(&format!("{header}person\tA B\t\tZZ\n")), (LoadErrorKind::UnknownClass, 2));
        assert_eq!(line_of(&format!("{header}country\tSomeland\n")), (LoadErrorKind::UnknownClass, 2));
        assert_eq!(line_of(&format!("{header}person\tA B\nPERSON\ta b\n")), (LoadErrorKind::UnknownClass, 3));
        assert_eq!(line_of(&format!("{header}person\tA B\nperson\ta b\n")), (LoadErrorKind::Duplicate, 3));
        assert_eq!(line_of("kind\tnom\n"), (LoadErrorKind::UnknownColumn, 1));
        assert_eq!(line_of("name\naa\n"), (LoadErrorKind::MissingColumn, 1));
    }

    #[test]
    fn a_name_may_be_a_person_and_an_institution() {
        let user = UserLexicon::from_tsv("kind\tname\nperson\tRiver Jones\ninstitution\tRiver Jones\n").expect("loads");
        assert_eq!(user.entries().len(), 2);
    }
}
