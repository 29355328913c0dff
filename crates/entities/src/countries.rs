//! The country table (`data/countries.tsv`) and its name matcher.

use newsclip_text::Span;
use once_cell::sync::Lazy;

use crate::candidate::{Candidate, Label, Strength};
use crate::context::Context;
use crate::lexicon;
use crate::CountryCode;
use newsclip_text::Casing;

/// How a phrase names a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// A name or alias: `Armenia`, `U.S.`, `Holland`.
    Name,
    /// A demonym or adjective: `Armenian`, `Armenians`, `Dutch`.
    Demonym,
}

/// A phrase of the table with the country it names.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CountryPhrase {
    pub(crate) code: CountryCode,
    pub(crate) form: Form,
}

/// One row of the table.
#[derive(Debug)]
struct Row {
    code: CountryCode,
    short_name: &'static str,
}

/// Every country with the phrases that name it.
#[derive(Debug)]
pub(crate) struct CountryTable {
    rows: Vec<Row>,
    phrases: Vec<(&'static str, CountryPhrase)>,
}

static TABLE: Lazy<CountryTable> = Lazy::new(|| CountryTable::parse(include_str!("../data/countries.tsv")));

/// The compiled-in table, built on first use.
pub(crate) fn table() -> &'static CountryTable {
    &TABLE
}

impl CountryTable {
    fn parse(data: &'static str) -> CountryTable {
        let mut rows = Vec::new();
        let mut phrases = Vec::new();
        for line in data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let fields: Vec<&'static str> = line.split('\t').collect();
            let [alpha2, _alpha3, short, official, aliases, demonyms] = fields[..] else { continue };
            let &[a, b] = alpha2.as_bytes() else { continue };
            let code = CountryCode::from_letters([a, b]);
            rows.push(Row { code, short_name: short });
            let names = [short, official].into_iter().chain(aliases.split('|'));
            for name in names.filter(|n| !n.is_empty()) {
                phrases.push((name, CountryPhrase { code, form: Form::Name }));
            }
            for demonym in demonyms.split('|').filter(|d| !d.is_empty()) {
                phrases.push((demonym, CountryPhrase { code, form: Form::Demonym }));
            }
        }
        rows.sort_by_key(|r| r.code);
        CountryTable { rows, phrases }
    }

    /// The English short name of `code`, if the table has it.
    pub(crate) fn short_name(&self, code: CountryCode) -> Option<&'static str> {
        self.rows.binary_search_by_key(&code, |r| r.code).ok().and_then(|i| self.rows.get(i)).map(|r| r.short_name)
    }

    /// The names, aliases and demonyms of the table, with the country each names.
    pub(crate) fn phrases(&self) -> &[(&'static str, CountryPhrase)] {
        &self.phrases
    }

    /// Number of countries and territories in the table.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }
}

/// Proposes country mentions in a region, and place mentions that block them.
pub(crate) fn recognize(ctx: &Context<'_, '_>, out: &mut Vec<Candidate>) {
    for place in &ctx.places {
        out.push(Candidate::new(place.span, Label::Place, Strength::Good));
    }
    for found in &ctx.countries {
        if found.value.form == Form::Demonym && names_a_language(ctx, found.span) {
            continue;
        }
        if us_state_reading(ctx, found.span, found.value.code) || inside_larger_name(ctx, found.span) {
            continue;
        }
        out.push(Candidate::new(found.span, Label::Country(found.value.code), Strength::Good));
    }
}

/// `Air France`, `Statistics Canada`, `U.S. Open`, `Bosnian Serbs`: a country
/// name glued to another capitalized word is part of a larger name (an
/// institution, an event, a group). Titles after it (`U.S. President`) and
/// other countries do not count; in headlines capitals say nothing.
fn inside_larger_name(ctx: &Context<'_, '_>, span: Span) -> bool {
    if ctx.region.weak_case {
        return false;
    }
    let first = ctx.units.partition_point(|u| u.span.start < span.start);
    let after = ctx.units.partition_point(|u| u.span.start < span.end);
    let glued = |i: usize, left: bool| {
        let Some(unit) = ctx.units.get(i) else { return false };
        let gap = if left { ctx.doc.get(unit.span.end..span.start) } else { ctx.doc.get(span.end..unit.span.start) };
        let touching = gap.is_some_and(|g| g == " ") && !(left && unit.possessive);
        touching
            && unit.is_word
            && matches!(unit.shape, Casing::Capitalized | Casing::Upper)
            && !(left && unit.opens)
            && ctx.role_of_unit(i).is_none()
            && ctx.country_of_unit(i).is_none()
            && !lexicon::is_non_name(ctx.lowercase(unit))
            && unit.head.is_none()
    };
    first.checked_sub(1).is_some_and(|i| glued(i, true)) || glued(after, false)
}

/// `in Russian`, `English-language`, `French speakers`: a language, not a country.
fn names_a_language(ctx: &Context<'_, '_>, span: Span) -> bool {
    let index = ctx.units.partition_point(|u| u.span.start < span.start);
    let before = index.checked_sub(1).and_then(|i| ctx.lower(i));
    let after = ctx.units.get(index + 1).filter(|u| u.span.start >= span.end).map(|u| ctx.lowercase(u));
    let after_text = ctx.doc.get(span.end..).unwrap_or("");
    let language_word = after_text.starts_with("-language")
        || after_text.starts_with("-speaking")
        || matches!(after, Some("language" | "languages" | "speakers" | "speaking" | "translation" | "version"));
    let spoken = matches!(before, Some("in" | "into" | "speak" | "speaks" | "spoke" | "speaking" | "from"))
        && !after.is_some_and(|w| w.chars().next().is_some_and(char::is_alphabetic) && !is_function_word(w));
    language_word || spoken
}

fn is_function_word(word: &str) -> bool {
    matches!(word, "and" | "or" | "but" | "as" | "to" | "with" | "by" | "at" | "for" | "on" | "in" | "of")
}

/// `Atlanta, Georgia`, `the state of Georgia`, `Georgia state`: the US state of that name.
fn us_state_reading(ctx: &Context<'_, '_>, span: Span, code: CountryCode) -> bool {
    if code.as_str() != "GE" {
        return false;
    }
    let index = ctx.units.partition_point(|u| u.span.start < span.start);
    let word = |i: Option<usize>| i.and_then(|i| ctx.lower(i)).unwrap_or_default();
    let comma_before = index.checked_sub(1).and_then(|i| ctx.units.get(i)).is_some_and(|u| u.text == ",");
    let city_before = comma_before && index.checked_sub(2).is_some_and(|i| ctx.is_place(i));
    let state_of = word(index.checked_sub(1)) == "of" && word(index.checked_sub(2)) == "state";
    let state_after =
        matches!(word(Some(index + 1)), "state" | "governor" | "legislature" | "senator" | "democrats" | "republicans");
    city_before || state_of || state_after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_parses_and_codes_are_unique() {
        let data = include_str!("../data/countries.tsv");
        let lines = data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).count();
        assert_eq!(table().len(), lines);
        let mut codes: Vec<_> = table().rows.iter().map(|r| r.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), lines);
        assert!(lines >= 249, "ISO 3166-1 has 249 entries");
    }

    #[test]
    fn demonyms_and_aliases() {
        let text = "Dutch and Armenians met in Holland and the U.S.";
        let region = crate::doc::Region::for_test(text);
        let ctx = Context::new(text, &region);
        let found: Vec<_> =
            ctx.countries.iter().map(|f| (&text[f.span], f.value.code.as_str(), f.value.form)).collect();
        assert_eq!(
            found,
            [
                ("Dutch", "NL", Form::Demonym),
                ("Armenians", "AM", Form::Demonym),
                ("Holland", "NL", Form::Name),
                ("U.S.", "US", Form::Name)
            ]
        );
    }
}
