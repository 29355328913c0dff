//! Everything the recognizers know about one region: its units and the
//! listed phrases found in it.

use newsclip_lexicon::Lexicon;
use newsclip_text::Span;

use crate::countries::CountryPhrase;
use crate::doc::Region;
use crate::lexicon::RoleKind;
use crate::listed::{Listed, Phrases};
use crate::units::{line_break_between, units, Unit};

/// A listed phrase found in the document.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found<T> {
    pub(crate) span: Span,
    pub(crate) value: T,
}

/// A region with its units and gazetteer hits, all spans in document coordinates.
#[derive(Debug)]
pub(crate) struct Context<'a, 'r> {
    pub(crate) doc: &'a str,
    pub(crate) region: &'r Region<'a>,
    /// The lexicon the listed phrases come from.
    pub(crate) lexicon: &'r Lexicon,
    pub(crate) units: Vec<Unit<'a>>,
    pub(crate) countries: Vec<Found<CountryPhrase>>,
    /// Listed institutions, by index in the lexicon.
    pub(crate) institutions: Vec<Found<u32>>,
    /// People of a user lexicon, by index in the lexicon.
    pub(crate) people: Vec<Found<u32>>,
    pub(crate) places: Vec<Found<()>>,
    pub(crate) roles: Vec<Found<RoleKind>>,
}

impl<'a, 'r> Context<'a, 'r> {
    pub(crate) fn new(
        doc: &'a str,
        region: &'r Region<'a>,
        lexicon: &'r Lexicon,
        phrases: &Phrases,
    ) -> Context<'a, 'r> {
        let mut ctx = Context {
            doc,
            region,
            lexicon,
            units: units(doc, region, lexicon),
            countries: Vec::new(),
            institutions: Vec::new(),
            people: Vec::new(),
            places: Vec::new(),
            roles: Vec::new(),
        };
        // Hits come by start, longest first: each list keeps its leftmost-longest
        // phrases that do not overlap one another.
        for hit in phrases.gazetteer().find(region.text, region.shouting) {
            let span = hit.span.offset(region.span.start);
            match *hit.value {
                Listed::Country(value) => keep_if_free(&mut ctx.countries, span, value),
                Listed::Institution(value) => keep_if_free(&mut ctx.institutions, span, value),
                Listed::Person(value) => keep_if_free(&mut ctx.people, span, value),
                Listed::Place => keep_if_free(&mut ctx.places, span, ()),
                Listed::Role(value) => keep_if_free(&mut ctx.roles, span, value),
            }
        }
        ctx
    }

    /// The country named or implied by exactly the unit at `i` (`Armenian`, `U.S.`).
    pub(crate) fn country_of_unit(&self, i: usize) -> Option<CountryPhrase> {
        let unit = self.units.get(i)?;
        overlapping(&self.countries, unit.span).filter(|c| c.span == unit.span).map(|c| c.value)
    }

    /// Whether a listed country, institution or place covers part of the unit at `i`.
    pub(crate) fn is_listed(&self, i: usize) -> bool {
        let Some(unit) = self.units.get(i) else { return false };
        overlapping(&self.countries, unit.span).is_some()
            || overlapping(&self.institutions, unit.span).is_some()
            || overlapping(&self.people, unit.span).is_some()
            || overlapping(&self.places, unit.span).is_some()
    }

    /// Whether a listed place covers part of the unit at `i`.
    pub(crate) fn is_place(&self, i: usize) -> bool {
        self.units.get(i).is_some_and(|u| overlapping(&self.places, u.span).is_some())
    }

    /// The role phrase covering the unit at `i`, if any.
    pub(crate) fn role_of_unit(&self, i: usize) -> Option<Found<RoleKind>> {
        let unit = self.units.get(i)?;
        overlapping(&self.roles, unit.span).filter(|r| r.span.contains_span(unit.span)).copied()
    }

    /// The lexicon entry of the unit at `i` (the default entry for no word).
    pub(crate) fn entry(&self, i: usize) -> newsclip_lexicon::Entry {
        self.units.get(i).filter(|u| u.is_word).map(|u| u.entry).unwrap_or_default()
    }

    /// Whether a run of name words ends after the unit at `i`: a possessive, or a line break
    /// after it.
    pub(crate) fn ends_run_after(&self, i: usize) -> bool {
        self.units.get(i).is_some_and(|u| u.possessive)
            || line_break_between(self.doc, self.units.get(i), self.units.get(i + 1))
    }

    /// The unit at `i` in lowercase, if it is a word.
    pub(crate) fn lower(&self, i: usize) -> Option<&str> {
        self.units.get(i).filter(|u| u.is_word).map(|u| self.lowercase(u))
    }

    /// `unit` in lowercase.
    pub(crate) fn lowercase(&self, unit: &Unit<'a>) -> &str {
        self.region.lowercase(unit.lower, unit.text)
    }
}

/// Appends the phrase at `span` unless it overlaps the last one kept.
fn keep_if_free<T>(list: &mut Vec<Found<T>>, span: Span, value: T) {
    if list.last().is_none_or(|last| last.span.end <= span.start) {
        list.push(Found { span, value });
    }
}

/// The first of the sorted, disjoint `list` that overlaps `span`, by binary search.
pub(crate) fn overlapping<T>(list: &[Found<T>], span: Span) -> Option<&Found<T>> {
    let i = list.partition_point(|f| f.span.end <= span.start);
    list.get(i).filter(|f| f.span.start < span.end)
}
