//! The country table (`data/countries.tsv`) and its name matcher.

use newsclip_text::Span;

use crate::candidate::{Candidate, Label, Strength};
use crate::context::Context;
use crate::CountryCode;
use crate::{lexicon, rules};
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

/// Proposes country mentions in a region, and place mentions that block them.
pub(crate) fn recognize(ctx: &Context<'_, '_>, out: &mut Vec<Candidate>) {
    for place in &ctx.places {
        // A place is never output; it only blocks other readings.
        out.push(Candidate::new(place.span, Label::Place, Strength::Good, rules::COUNTRY_NAME));
    }
    for found in &ctx.countries {
        if found.value.form == Form::Demonym && (names_a_language(ctx, found.span) || is_adjective(ctx, found.span)) {
            continue;
        }
        if us_state_reading(ctx, found.span, found.value.code) || inside_larger_name(ctx, found.span) {
            continue;
        }
        let rule = if found.value.form == Form::Demonym { rules::COUNTRY_DEMONYM } else { rules::COUNTRY_NAME };
        out.push(Candidate::new(found.span, Label::Country(found.value.code), Strength::Good, rule));
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
            && !unit.entry.is(lexicon::WordClass::NotPerson)
            && unit.head.is_none()
    };
    first.checked_sub(1).is_some_and(|i| glued(i, true)) || glued(after, false)
}

/// `mexicano`, `deutschen`, `français`: a demonym in lowercase is an
/// adjective (languages other than English write them so), which tells a
/// person's country but is no mention of the country itself.
fn is_adjective(ctx: &Context<'_, '_>, span: Span) -> bool {
    ctx.doc.get(span.start..).is_some_and(|rest| rest.starts_with(char::is_lowercase))
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

/// A small function word (`and`, `of`): `in Russian and English` still names a language.
fn is_function_word(word: &str) -> bool {
    lexicon::is(word, lexicon::WordClass::TitleSmall)
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
    fn demonyms_and_aliases() {
        let text = "Dutch and Armenians met in Holland and the U.S.";
        let region = crate::doc::Region::for_test(text);
        let ctx = Context::new(text, &region, crate::lexicon::lexicon(), &crate::listed::Phrases::english());
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
