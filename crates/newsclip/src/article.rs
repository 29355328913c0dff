//! The owned, serializable result of extraction.
//!
//! The sub-crates return values that borrow the input (`Spanned<'a>`); an
//! [`Article`] owns its strings so that it can outlive the page, cross threads
//! and be stored. Its serde form is the JSON contract of the `newsclip` CLI.

use newsclip_entities::{CountryCode, EntityKind};
use newsclip_quotes::SpeakerKind;
use newsclip_strip::{PageRules, RemovalReason};
use newsclip_text::{Rule, Span, Spanned};

/// Everything newsclip found in one page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Article {
    /// The headline.
    pub title: Option<TextSpan>,
    /// The dateline (`WASHINGTON (AP) —`), cut off the first paragraph.
    pub dateline: Option<Dateline>,
    /// The author's name(s) as written in the byline.
    pub author: Option<TextSpan>,
    /// The authors' names one by one, in the byline's order (`["Jane Doe", "John Roe"]` for
    /// `By Jane Doe and John Roe`); for HTML input, as the page shows or declares them.
    pub authors: Vec<String>,
    /// When the article was published, as ISO 8601 (`2023-12-06T09:34`).
    pub published: Option<String>,
    /// The section label (`Politics`).
    pub section: Option<TextSpan>,
    /// The page's language as an ISO 639-1 code (`en`, `de`), identified from its text; for
    /// HTML input, the language the page declares (`<html lang>` and its kin) when the text
    /// agrees or is too short to judge. `None` (left out of the JSON) when the text has no
    /// language to identify. See the crate docs, section *Languages*.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub language: Option<String>,
    /// What the user should know about this result, one message each: a page in a language
    /// without resources (quotes and entities not extracted), a page whose text reads as
    /// another language than it declares. The messages are stable (see the crate docs,
    /// section *Languages*); left out of the JSON when empty.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pub warnings: Vec<String>,
    /// The page's canonical URL, or the URL it was fetched from, for HTML input.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<String>,
    /// The name of the site (`og:site_name`), for HTML input.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub site_name: Option<String>,
    /// The body paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Every block of the page that is not article text, with the reason
    /// and the rule that removed it.
    pub removed: Vec<Removed>,
    /// The rules that picked the title, author, publication date, section
    /// and dateline (`strip.title.copy`, `strip.byline.cued` …; `null` where
    /// nothing was picked).
    pub rules: PageRules,
    /// Direct quotations, in document order.
    pub quotes: Vec<Quote>,
    /// People, countries and institutions, in order of first mention; an
    /// entity's [`id`](Entity::id) is its index here.
    pub entities: Vec<Entity>,
    /// For HTML input, the text newsclip rendered the page into, which every
    /// span of the article indexes; `None` for text input, whose spans index
    /// the input itself.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub text: Option<String>,
}

/// A piece of the input and where it is: `{"text", "start", "end"}` in JSON,
/// with `"rule"` where a rule found it (an entity's mentions).
///
/// `start` and `end` are UTF-8 byte offsets into the page that was extracted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TextSpan {
    /// The text, equal to `&page[start..end]`.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The rule that found it, for the spans a rule finds (entity mentions).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub rule: Option<Rule>,
}

/// The names in an author line, one by one: `Jane Doe, John Roe & Ann Lee` -> `Jane Doe`, `John
/// Roe`, `Ann Lee`.
pub(crate) fn names_in(author: &str) -> Vec<String> {
    author
        .split([',', ';', '&'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Names as one author line: `Jane Doe`, `Jane Doe and John Roe`, `Jane Doe, John Roe and Ann Lee`.
pub(crate) fn author_line(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

impl TextSpan {
    /// The byte range as a [`Span`].
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl From<Spanned<'_>> for TextSpan {
    fn from(s: Spanned<'_>) -> TextSpan {
        TextSpan { text: s.text.to_owned(), start: s.span.start, end: s.span.end, rule: None }
    }
}

impl From<newsclip_entities::Mention<'_>> for TextSpan {
    fn from(m: newsclip_entities::Mention<'_>) -> TextSpan {
        TextSpan { text: m.text.to_owned(), start: m.span.start, end: m.span.end, rule: Some(m.rule) }
    }
}

/// A body paragraph: `{"text", "start", "end", "source"}` in JSON.
///
/// It dereferences to its [`TextSpan`], so `paragraph.text` and
/// `paragraph.start` read as for any span.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Paragraph {
    /// The paragraph's text and where it is in the extracted text.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: TextSpan,
    /// For HTML input, the byte range of the paragraph's element in the
    /// original HTML bytes (`{"start", "end"}`); `None` for text input.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub source: Option<Span>,
}

impl core::ops::Deref for Paragraph {
    type Target = TextSpan;

    fn deref(&self) -> &TextSpan {
        &self.span
    }
}

impl From<TextSpan> for Paragraph {
    fn from(span: TextSpan) -> Paragraph {
        Paragraph { span, source: None }
    }
}

/// The dateline and what it says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Dateline {
    /// The whole dateline as written.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: TextSpan,
    /// The place (`Washington D.C.`).
    pub place: Option<String>,
    /// The date, as ISO 8601 (`2023-06-22`).
    pub date: Option<String>,
    /// The news agency (`AP`, `Reuters`).
    pub agency: Option<String>,
}

/// A block that is not part of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Removed {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Why it is not article text.
    pub reason: RemovalReason,
    /// The rule that removed it (`strip.furniture.phrase`,
    /// `strip.outside.boilerplate` …; see [`newsclip_strip::rules`]).
    pub rule: Rule,
}

/// A direct quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quote {
    /// The quoted words, segments joined by a space.
    pub text: String,
    /// The words between the quotation marks (marks excluded); several when
    /// the quotation runs over several paragraphs.
    pub segments: Vec<TextSpan>,
    /// Who said it, when the text tells.
    pub speaker: Option<Speaker>,
    /// The words that attribute it (`said`, `told`, `according to`).
    pub cue: Option<TextSpan>,
    /// A short fragment quoted inside narrative.
    pub partial: bool,
    /// The quotation is in the headline.
    pub in_title: bool,
}

/// Who said a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Speaker {
    /// The speaker's full name; for several people, their names joined by
    /// `and`. `null` when the mention refers back to someone the text does not
    /// name or no one compatible with it (`he`, `the judge`): the mention is
    /// kept, no name is guessed.
    pub name: Option<String>,
    /// One name per person when several people speak together.
    pub names: Vec<String>,
    /// Person, institution, country or group.
    pub kind: SpeakerKind,
    /// The words in the text that point to the speaker (`He`, `Patel`).
    pub mention: Option<TextSpan>,
    /// The [`Entity::id`] of the speaker, when it is among the entities.
    pub entity: Option<usize>,
    /// The rule that made the mention this name (`quotes.speaker.*`: the
    /// name as written, a surname, a pronoun's antecedent …).
    pub rule: Rule,
    /// The rule that found the speaker for the quotation (`quotes.attribution.*`).
    pub attribution: Rule,
}

/// A person, country or institution, with all its mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entity {
    /// Index of the entity in [`Article::entities`].
    pub id: usize,
    /// Person, country or institution.
    pub kind: EntityKind,
    /// The canonical name: a person's fullest name in the text, a country's
    /// English short name, an institution's fullest name.
    pub name: String,
    /// ISO 3166-1 alpha-2 code (countries).
    pub code: Option<CountryCode>,
    /// The country a person or institution is tied to, when the text says so.
    pub country: Option<CountryCode>,
    /// A person's title or role as written (`Secretary of State`).
    pub title: Option<String>,
    /// Every mention, in document order, each with the rule that found it.
    pub mentions: Vec<TextSpan>,
    /// For a person or institution a user lexicon lists, the code it gives
    /// it; serialized only when present.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub reference: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn author_lines_and_names() {
        assert_eq!(names_in("Jane Doe, John Roe & Ann Lee"), ["Jane Doe", "John Roe", "Ann Lee"]);
        assert_eq!(names_in("Jane Doe and John Roe"), ["Jane Doe", "John Roe"]);
        let names = |list: &[&str]| list.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
        assert_eq!(author_line(&names(&["Jane Doe"])), "Jane Doe");
        assert_eq!(author_line(&names(&["Jane Doe", "John Roe"])), "Jane Doe and John Roe");
        assert_eq!(author_line(&names(&["Jane Doe", "John Roe", "Ann Lee"])), "Jane Doe, John Roe and Ann Lee");
    }
}
