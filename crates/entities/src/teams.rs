//! Sports teams, which news names after their home town and give plural
//! nicknames: `Seattle Mariners`, `Chicago White Sox`, `the Eagles`.
//!
//! Such names look like a given name and a surname (`Dallas`, `Jordan` and
//! `Seattle` are given names too), so they are found here and kept out of
//! [`people`](crate::people).

use newsclip_text::Span;

use crate::candidate::{Candidate, Label, Strength};
use crate::context::{overlapping, Context};
use crate::lexicon::{self, WordClass};
use crate::rules;
use crate::units::line_break_between;
use newsclip_text::Casing;
use newsclip_text::Rule;

/// The most words of a nickname (`White Sox`, `Blue Jays`).
const MAX_NICKNAME_WORDS: usize = 2;

/// The most words of one side of a result (`Paris St Germain`).
const MAX_SIDE_WORDS: usize = 4;

/// The fewest numbers after a name that make a row of a league table
/// (played, won, drawn, lost, for, against, points); golf's four rounds and
/// total are fewer.
const MIN_TABLE_NUMBERS: usize = 6;

/// Proposes teams: `Town Nicknames`, a listed town or region followed by a
/// plural nickname, and the sides of results and league tables.
pub(crate) fn recognize(ctx: &Context<'_, '_>, out: &mut Vec<Candidate>) {
    results(ctx, out);
    if ctx.region.weak_case {
        return;
    }
    for place in &ctx.places {
        let after = ctx.units.partition_point(|u| u.span.start < place.span.end);
        let Some(end) = nickname_end(ctx, after) else { continue };
        let Some(last) = ctx.units.get(end - 1) else { continue };
        out.push(team(Span::new(place.span.start, last.span.end), rules::TEAM_NICKNAME));
    }
}

fn team(span: Span, rule: Rule) -> Candidate {
    Candidate::new(span, Label::Institution, Strength::Strong, rule)
}

/// Lines that are a result, `Leyton Orient 2 Hartlepool 0`, or a row of a
/// league table, `Red Star 4 4 0 0 9 3 12`: their named sides are teams
/// (national sides are countries and stay so).
fn results(ctx: &Context<'_, '_>, out: &mut Vec<Candidate>) {
    let mut start = 0;
    while start < ctx.units.len() {
        let mut end = start + 1;
        while end < ctx.units.len() && !line_break_between(ctx.doc, ctx.units.get(end - 1), ctx.units.get(end)) {
            end += 1;
        }
        for side in result_sides(ctx, start, end).into_iter().flatten() {
            if !is_country(ctx, side) {
                out.push(team(side, rules::TEAM_RESULT));
            }
        }
        start = end;
    }
}

/// The sides of the line of units `[start, end)` if it is a result or a table row.
fn result_sides(ctx: &Context<'_, '_>, start: usize, end: usize) -> [Option<Span>; 2] {
    let Some((first, after)) = side(ctx, start, end) else { return [None, None] };
    let numbers = (after..end).take_while(|&i| is_score(ctx, i)).count();
    if after + numbers == end && numbers >= MIN_TABLE_NUMBERS {
        return [Some(first), None];
    }
    if numbers != 1 {
        return [None, None];
    }
    let Some((second, after)) = side(ctx, after + 1, end) else { return [None, None] };
    let closed = after + 1 >= end || ctx.units.get(after + 1).is_some_and(|u| u.text == "(");
    if is_score(ctx, after) && closed {
        [Some(first), Some(second)]
    } else {
        [None, None]
    }
}

/// A side's name of capitalized words from `i`, perhaps with its country in
/// brackets after it (`Alba (Germany)`): its span and the unit after it.
fn side(ctx: &Context<'_, '_>, i: usize, end: usize) -> Option<(Span, usize)> {
    let mut last = i;
    while last < end
        && last < i + MAX_SIDE_WORDS
        && ctx.units.get(last).is_some_and(|u| u.is_word && u.is_upper_initial())
    {
        last += 1;
    }
    if last == i {
        return None;
    }
    let span = Span::new(ctx.units.get(i)?.span.start, ctx.units.get(last - 1)?.span.end);
    let bracketed = ctx.units.get(last).is_some_and(|u| u.text == "(")
        && ctx.units.get(last + 2).is_some_and(|u| u.text == ")")
        && last + 3 <= end;
    Some((span, if bracketed { last + 3 } else { last }))
}

/// A goal, run or point count: one to three digits.
fn is_score(ctx: &Context<'_, '_>, i: usize) -> bool {
    ctx.units.get(i).is_some_and(|u| (1..=3).contains(&u.text.len()) && u.text.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `span` is exactly a listed country.
fn is_country(ctx: &Context<'_, '_>, span: Span) -> bool {
    overlapping(&ctx.countries, span).is_some_and(|c| c.span == span)
}

/// If a plural nickname of one or two capitalized words starts at unit `i`,
/// right after the unit before it on the same line, the index after it.
pub(crate) fn nickname_end(ctx: &Context<'_, '_>, i: usize) -> Option<usize> {
    let joined = i > 0 && !line_break_between(ctx.doc, ctx.units.get(i - 1), ctx.units.get(i));
    if !joined || ctx.units.get(i - 1).is_some_and(|u| u.possessive) {
        return None;
    }
    let mut end = i;
    while end < i + MAX_NICKNAME_WORDS && is_capitalized_word(ctx, end) {
        let unit = ctx.units.get(end)?;
        end += 1;
        if is_plural_nickname(unit.text) {
            return Some(end);
        }
        if unit.possessive || line_break_between(ctx.doc, Some(unit), ctx.units.get(end)) {
            return None;
        }
    }
    None
}

fn is_capitalized_word(ctx: &Context<'_, '_>, i: usize) -> bool {
    ctx.units.get(i).is_some_and(|u| {
        u.is_word && u.shape == Casing::Capitalized && u.head.is_none() && overlapping(&ctx.roles, u.span).is_none()
    })
}

/// `Mariners`, `Sox`: a plural the way team nicknames are (not `Congress`,
/// `Chris`, `Dennis`), and not the residents (`Texans`), party members
/// (`Ohio Democrats`) or events (`Atlanta Games`) of a place.
pub(crate) fn is_plural_nickname(word: &str) -> bool {
    word == "Sox"
        || word.len() >= 4
            && word.ends_with('s')
            && !["ss", "us", "is", "ans"].iter().any(|e| word.ends_with(e))
            && !lexicon::is(word, WordClass::NotNickname)
}

#[cfg(test)]
mod tests {
    use super::is_plural_nickname;
    use crate::{tag, EntityKind};

    #[test]
    fn plurals_of_nicknames() {
        for word in ["Mariners", "Sox", "Jays", "Eagles", "Rockies"] {
            assert!(is_plural_nickname(word), "{word}");
        }
        for word in ["Congress", "Chris", "Dennis", "Bus", "Texans", "Republicans", "Democrats"] {
            assert!(!is_plural_nickname(word), "{word}");
        }
    }

    #[test]
    fn a_town_and_a_nickname_make_a_team() {
        let entities = tag("The Seattle Mariners beat the Chicago White Sox 5-2 on Friday.");
        let teams: Vec<&str> =
            entities.iter().filter(|e| e.kind == EntityKind::Institution).map(|e| e.name.as_str()).collect();
        assert_eq!(teams, ["Seattle Mariners", "Chicago White Sox"]);
        assert!(entities.iter().all(|e| e.kind != EntityKind::Person));
    }
}
