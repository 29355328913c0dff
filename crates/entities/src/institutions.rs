//! Institutions: the listed ones (`data/institutions.tsv`) and the rules that
//! find the others from their head words (`Ministry of X`, `X Party`,
//! `X Corp`) and from acronym definitions (`Full Name (ACRONYM)`).

use crate::candidate::{Candidate, Canonical, Label, Strength};
use crate::context::overlapping;
use crate::context::Context;
use crate::lexicon::{self, HeadPosition, WordClass};
use crate::units::line_break_between;
use newsclip_text::chunk::{Chunker, RunWords};
use newsclip_text::Casing;
use newsclip_text::{Rule, Span};

use crate::rules;

/// Proposes institution mentions in a region.
pub(crate) fn recognize(ctx: &Context<'_, '_>, out: &mut Vec<Candidate>) {
    for found in &ctx.institutions {
        let mut candidate = Candidate::new(found.span, Label::Institution, Strength::Strong, rules::INSTITUTION_LISTED);
        candidate.canonical = Some(Canonical::Institution(found.value));
        candidate.country = ctx.lexicon.institutions().get(found.value as usize).and_then(|i| i.country());
        out.push(candidate);
    }
    let start = out.len();
    // In capitals-only text every word looks like a name: only listed
    // institutions (and, later, names found elsewhere) count there.
    if !ctx.region.shouting {
        by_head_words(ctx, out);
        by_kind_noun(ctx, out);
        by_acronym_definition(ctx, out);
        bare_acronyms(ctx, out);
    }
    references(ctx, out);
    define_acronyms(ctx, &mut out[start..]);
}

fn is_proper(ctx: &Context<'_, '_>, i: usize) -> bool {
    ctx.units.get(i).is_some_and(|u| u.is_word && u.is_upper_initial())
}

/// A lowercase connector word (`of`, `the`, `de`) or an ampersand.
fn is_connector_at(ctx: &Context<'_, '_>, i: usize) -> bool {
    ctx.units
        .get(i)
        .is_some_and(|u| u.text == "&" || (u.is_word && u.shape == Casing::Lower && u.entry.is(WordClass::Connector)))
}

fn head_at(ctx: &Context<'_, '_>, i: usize) -> Option<HeadPosition> {
    ctx.units.get(i).filter(|u| u.is_word && u.is_upper_initial()).and_then(|u| u.head)
}

/// The units as capitalized words joined by connectors, for the chunker.
struct ProperWords<'c, 'a, 'r>(&'c Context<'a, 'r>);

impl RunWords for ProperWords<'_, '_, '_> {
    fn is_part(&self, i: usize) -> bool {
        is_proper(self.0, i)
    }

    fn is_joiner(&self, i: usize) -> bool {
        is_connector_at(self.0, i)
    }

    fn ends_after(&self, i: usize) -> bool {
        self.0.ends_run_after(i)
    }
}

/// Maximal runs of capitalized units joined by up to two connectors (`Bank of the Ozarks`), split
/// after possessives and at line breaks.
fn proper_runs(ctx: &Context<'_, '_>) -> Vec<(usize, usize)> {
    Chunker::new(2).runs(&ProperWords(ctx), ctx.units.len()).map(|run| (run.start, run.end)).collect()
}

fn is_ampersand(ctx: &Context<'_, '_>, i: usize) -> bool {
    ctx.units.get(i).is_some_and(|u| u.text == "&")
}

/// `State Department`, `Armenian Ministry of Defense`, `Toyota Motor Corp`;
/// and without a head word, `Marks & Spencer`: people's names are never
/// joined with an ampersand, firms' often are.
fn by_head_words(ctx: &Context<'_, '_>, out: &mut Vec<Candidate>) {
    for (run_start, run_end) in proper_runs(ctx) {
        let found = out.len();
        by_head_words_in_run(ctx, run_start, run_end, out);
        let ampersand = (run_start + 1..run_end).find(|&i| is_ampersand(ctx, i));
        if let Some(ampersand) = ampersand.filter(|_| out.len() == found) {
            let start = after_last_connector(ctx, trim_start(ctx, run_start, ampersand), ampersand);
            if start < ampersand && !names_a_country(ctx, start, run_end) {
                let mut candidate = institution(ctx, start, run_end, rules::INSTITUTION_AMPERSAND);
                candidate.strength = Strength::Good;
                out.push(candidate);
            }
        }
    }
}

/// The institutions with head words in the run of units `[run_start, run_end)`.
fn by_head_words_in_run(ctx: &Context<'_, '_>, run_start: usize, run_end: usize, out: &mut Vec<Candidate>) {
    let mut segment = run_start;
    let mut k = run_start;
    while k < run_end {
        let Some(position) = head_at(ctx, k).filter(|_| !opens_role(ctx, segment, k)) else {
            k += 1;
            continue;
        };
        let leads = position.can_lead() && leads_tail(ctx, k + 1) && k + 2 < run_end;
        let end = if leads {
            tail_end(ctx, k + 2, run_end)
        } else if position.can_end() {
            final_head_end(ctx, k, run_end)
        } else {
            if trim_start(ctx, segment, k) == k && run_end == k + 1 && is_lone_head_name(ctx, k) {
                out.push(institution(ctx, k, k + 1, rules::INSTITUTION_LONE_HEAD));
            }
            k += 1;
            continue;
        };
        // `Ingrid Hauge of the University of Oslo`: the name starts after the
        // connectors before its head, whether the head leads or ends it.
        let start = after_last_connector(ctx, trim_start(ctx, segment, k), k);
        if (start < k || leads) && !names_a_country(ctx, start, end) {
            out.push(institution(ctx, start, end, rules::INSTITUTION_HEAD_WORD));
        }
        segment = end;
        k = end;
    }
}

/// `el Gobierno`, `le Parlement`: a head word alone, capitalized inside a
/// sentence, where the language writes common nouns in lowercase.
fn is_lone_head_name(ctx: &Context<'_, '_>, k: usize) -> bool {
    ctx.lexicon.lone_heads_are_names()
        && ctx.units.get(k).is_some_and(|u| u.shape == Casing::Capitalized && !u.opens)
        && ctx.role_of_unit(k).is_none()
}

/// `Israeli Energy Minister`: a head word that opens a role phrase, with
/// nothing before it but a country's name or adjective, is the role's, not a
/// name's (but `British Labour Party leader` names a party).
fn opens_role(ctx: &Context<'_, '_>, from: usize, k: usize) -> bool {
    let (Some(unit), Some(role)) = (ctx.units.get(k), ctx.role_of_unit(k)) else { return false };
    role.span.end > unit.span.end && (from..k).all(|i| ctx.country_of_unit(i).is_some())
}

/// `Le Matin newspaper`, `the Warsaw daily`, `the far-right Chega party`, `mineral water firm Multico,`:
/// a name with a noun of its kind right after it, or right before it when a
/// comma or full stop closes the name.
fn by_kind_noun(ctx: &Context<'_, '_>, out: &mut Vec<Candidate>) {
    for (run_start, run_end) in proper_runs(ctx) {
        let start = trim_start(ctx, run_start, run_end);
        let same_line = |a: usize, b: usize| !line_break_between(ctx.doc, ctx.units.get(a), ctx.units.get(b));
        let noun_after = ctx.entry(run_end).is(WordClass::KindNoun) && same_line(run_end - 1, run_end);
        let noun_before = run_start > 0
            && ctx.entry(run_start - 1).is(WordClass::KindNoun)
            && ctx.units.get(run_end).is_some_and(|u| matches!(u.text, "," | "."));
        let possessive = ctx.units.get(run_end - 1).is_some_and(|u| u.possessive);
        // `the ruling Georgian Dream party`: a country's adjective may open the name.
        let after_country = start + usize::from(ctx.country_of_unit(start).is_some() && start + 1 < run_end);
        let named = (after_country..run_end).all(|i| ctx.role_of_unit(i).is_none() && !ctx.is_listed(i))
            && (start..after_country).all(|i| ctx.role_of_unit(i).is_none());
        // `Ruling Moslem party`: a sentence's first word is capitalized anyway,
        // and parties are described by adjectives (`ruling`, `opposition`).
        let party_after_opener = ctx.lower(run_end) == Some("party") && ctx.units.get(start).is_some_and(|u| u.opens);
        if (noun_after || noun_before) && start < run_end && !possessive && named && !party_after_opener {
            out.push(institution(ctx, start, run_end, rules::INSTITUTION_KIND_NOUN));
        }
    }
}

/// Whether the connector at `i` opens the tail of a leading head word:
/// `Ministry of Defense`, `Office for Democratic Institutions`, `Commission
/// on Human Rights`, but not `the Commission on Monday`.
fn leads_tail(ctx: &Context<'_, '_>, i: usize) -> bool {
    match ctx.lower(i) {
        Some("of" | "for") => true,
        Some("on") => ctx.lower(i + 1).is_some() && !ctx.entry(i + 1).is(WordClass::Calendar),
        // Other languages list theirs: `für`, `der`; `de`, `du`; `de`, `del`.
        Some(_) => ctx.entry(i).is(WordClass::HeadTail),
        None => false,
    }
}

/// Where a name whose head word is at `k` ends: at the last head word of the
/// capitalized stretch that follows (`Kenyan Energy Regulatory Commission`,
/// `Toyota Motor Corp`), before any role word or after a possessive.
fn final_head_end(ctx: &Context<'_, '_>, k: usize, run_end: usize) -> usize {
    let mut end = k + 1;
    let mut i = k + 1;
    while i < run_end && is_proper(ctx, i) && !ctx.units.get(i - 1).is_some_and(|u| u.possessive) {
        if ctx.role_of_unit(i).is_some() && head_at(ctx, i).is_none() {
            break;
        }
        if head_at(ctx, i).is_some_and(HeadPosition::can_end) {
            end = i + 1;
        }
        i += 1;
    }
    end
}

/// Where the `of X` tail of `Ministry of X` ends: at the run's end, before a
/// role word (`Ministry of Defense Spokesman …`), or after a possessive.
fn tail_end(ctx: &Context<'_, '_>, from: usize, run_end: usize) -> usize {
    let mut e = from;
    while e < run_end {
        // `Ministry of Water and the Energy Commission`: a second institution
        // after `and` is not part of the first one's tail.
        let and = ctx.lower(e) == Some("and");
        if and && (e + 1..run_end).any(|i| head_at(ctx, i).is_some_and(HeadPosition::can_end)) {
            break;
        }
        let entry = ctx.entry(e);
        let ordinary = entry.is(WordClass::NotPerson) && !entry.is(WordClass::Connector);
        if e > from && (ordinary || ctx.role_of_unit(e).is_some() && head_at(ctx, e).is_none()) {
            break;
        }
        e += 1;
        if ctx.units.get(e - 1).is_some_and(|u| u.possessive) {
            break;
        }
    }
    // A name does not end in a connector.
    while e > from && is_connector_at(ctx, e - 1) {
        e -= 1;
    }
    e
}

/// `Units of the Azerbaijani Armed Forces`: a name that ends in its head
/// word starts after the last connector before it, unless a leading head
/// owns that connector (`Bank of America Corp`).
fn after_last_connector(ctx: &Context<'_, '_>, start: usize, head: usize) -> usize {
    let mut new_start = start;
    for i in start..head {
        if is_connector_at(ctx, i) && !is_ampersand(ctx, i) {
            let owned = i.checked_sub(1).and_then(|p| head_at(ctx, p)).is_some_and(HeadPosition::can_lead);
            if !owned {
                new_start = i + 1;
            }
        }
    }
    while new_start < head && is_connector_at(ctx, new_start) {
        new_start += 1;
    }
    new_start
}

/// Whether units `[start, end)` are exactly a listed country (`Soviet Union`)
/// or lie inside a listed place (`West Bank`).
fn names_a_country(ctx: &Context<'_, '_>, start: usize, end: usize) -> bool {
    let (Some(first), Some(last)) = (ctx.units.get(start), ctx.units.get(end.saturating_sub(1))) else { return false };
    let span = Span::new(first.span.start, last.span.end);
    overlapping(&ctx.countries, span).is_some_and(|c| c.span == span)
        || overlapping(&ctx.places, span).is_some_and(|p| p.span.contains_span(span))
}

/// Skips sentence-opening function words, titles and anything before a
/// lowercase `and` (`Armenia and Azerbaijan Airlines` names one airline).
fn trim_start(ctx: &Context<'_, '_>, mut start: usize, head: usize) -> usize {
    if let Some(and) = (start..head).rev().find(|&i| ctx.lower(i) == Some("and")) {
        start = and + 1;
    }
    while start < head {
        let Some(unit) = ctx.units.get(start) else { break };
        // Non-name words open sentences (`The`, `In`) or name times (`Tuesday`);
        // inside a name they are modifiers (`National`, `Northern`).
        let ordinary = unit.entry.is(WordClass::NotPerson) && (unit.opens || unit.entry.is(WordClass::Calendar));
        let skip = is_connector_at(ctx, start)
            || ordinary && unit.head.is_none()
            || ctx.role_of_unit(start).is_some_and(|r| r.value != lexicon::RoleKind::Modifier)
                && !names_with_role_word(ctx, start, head);
        if !skip {
            break;
        }
        start += 1;
    }
    start
}

/// `General Elections Commission`: a one-word title (`General`) before a
/// word that is no given name, inside a name that ends in a head word, is
/// part of the name, not a person's title.
fn names_with_role_word(ctx: &Context<'_, '_>, start: usize, head: usize) -> bool {
    let (Some(unit), Some(role), Some(next)) =
        (ctx.units.get(start), ctx.role_of_unit(start), ctx.units.get(start + 1))
    else {
        return false;
    };
    role.span == unit.span
        && start + 1 < head
        && next.shape == Casing::Capitalized
        && next.head.is_none()
        && !lexicon::is_capitalized(&next.entry, next.text, WordClass::GivenName)
}

/// An institution candidate over units `[start, end)`, with the country named inside it.
fn institution(ctx: &Context<'_, '_>, start: usize, end: usize, rule: Rule) -> Candidate {
    let (Some(first), Some(last)) = (ctx.units.get(start), ctx.units.get(end.saturating_sub(1))) else {
        return Candidate::new(Span::empty(0), Label::Institution, Strength::Weak, rule);
    };
    let mut candidate =
        Candidate::new(Span::new(first.span.start, last.span.end), Label::Institution, Strength::Strong, rule);
    candidate.country = (start..end).find_map(|i| ctx.country_of_unit(i)).map(|c| c.code);
    candidate
}

/// `Committee to Protect Journalists (CPJ)`: a capitalized phrase whose
/// initials spell the acronym in brackets after it.
fn by_acronym_definition(ctx: &Context<'_, '_>, out: &mut Vec<Candidate>) {
    for close in 0..ctx.units.len() {
        let Some((open, acronym)) = bracketed_acronym(ctx, close) else { continue };
        let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        if open == 0 || letters.len() < 2 {
            continue;
        }
        // Walk left over the phrase, matching initials from the end of the acronym.
        let mut remaining = letters.len();
        let mut i = open;
        while i > 0 && remaining > 0 {
            i -= 1;
            let Some(unit) = ctx.units.get(i) else { break };
            if is_connector_at(ctx, i) {
                continue;
            }
            if !(unit.is_word && unit.is_upper_initial()) {
                break;
            }
            let initial = unit.text.chars().next().map(|c| c.to_uppercase().next().unwrap_or(c));
            if initial != letters.get(remaining - 1).copied() {
                break;
            }
            remaining -= 1;
        }
        if remaining == 0 && open - i >= 2 {
            let start = trim_start(ctx, i, open - 1);
            let mut candidate = institution(ctx, start, open, rules::INSTITUTION_ACRONYM_DEFINITION);
            candidate.strength = Strength::Good;
            out.push(candidate);
        }
    }
}

/// If the unit at `close` is `)` closing `( ACRONYM )`, the index of `(` and the acronym.
fn bracketed_acronym<'a>(ctx: &Context<'a, '_>, close: usize) -> Option<(usize, &'a str)> {
    if close < 2 || ctx.units.get(close)?.text != ")" || ctx.units.get(close - 2)?.text != "(" {
        return None;
    }
    let inner = ctx.units.get(close - 1)?;
    (inner.shape == Casing::Upper).then_some((close - 2, inner.text))
}

/// Marks `Full Name (ACRONYM)`: the acronym becomes an alias of the institution before it.
fn define_acronyms(ctx: &Context<'_, '_>, candidates: &mut [Candidate]) {
    let acronyms: rustc_hash::FxHashMap<usize, Span> = (0..ctx.units.len())
        .filter_map(|close| {
            let (open, _) = bracketed_acronym(ctx, close)?;
            let before = ctx.units.get(open.checked_sub(1)?)?.span.end;
            Some((before, ctx.units.get(close - 1)?.span))
        })
        .collect();
    for candidate in candidates.iter_mut() {
        if let Some(acronym) = acronyms.get(&candidate.span.end) {
            candidate.acronym = Some(*acronym);
        }
    }
}

/// Capitals-only words that are not acronyms of institutions.
fn is_plain_acronym(unit: &crate::units::Unit<'_>) -> bool {
    let text = unit.text;
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    (2..=5).contains(&letters)
        && text.chars().all(|c| c.is_ascii_uppercase() || c == '.' || c == '&')
        && !unit.entry.is(WordClass::NotPerson)
        && !is_roman_numeral(text)
}

fn is_roman_numeral(text: &str) -> bool {
    text.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// Bare acronyms in mixed-case text (`KDP`, `OSCE`): weak institution guesses.
fn bare_acronyms(ctx: &Context<'_, '_>, out: &mut Vec<Candidate>) {
    let upper = |i: Option<usize>| i.and_then(|i| ctx.units.get(i)).is_some_and(|u| u.shape == Casing::Upper);
    for (i, unit) in ctx.units.iter().enumerate() {
        // `PAYING AGENT`, `CRUDE OIL`: a run of capitals is a shouted phrase, not an acronym.
        let in_shouted_phrase = upper(i.checked_sub(1)) || upper(Some(i + 1));
        // `D.Y. Chandrachud`: initials before a capitalized name are a person's.
        let initials = lexicon::is_dotted_initials(unit.text)
            && ctx.units.get(i + 1).is_some_and(|u| u.is_word && u.shape == Casing::Capitalized);
        if unit.shape == Casing::Upper
            && !in_shouted_phrase
            && !initials
            && is_plain_acronym(unit)
            && ctx.role_of_unit(i).is_none()
            && !ctx.is_listed(i)
        {
            out.push(Candidate::new(unit.span, Label::Institution, Strength::Weak, rules::INSTITUTION_ACRONYM));
        }
    }
}

/// `the Department`, `the Ministry`: a reference to the latest such institution.
fn references(ctx: &Context<'_, '_>, out: &mut Vec<Candidate>) {
    for i in 1..ctx.units.len() {
        let Some(unit) = ctx.units.get(i) else { continue };
        if unit.shape != Casing::Capitalized || !head_at(ctx, i).is_some_and(HeadPosition::can_end) {
            continue;
        }
        let after_the = ctx.lower(i - 1) == Some("the");
        let alone = !is_proper(ctx, i + 1) && !is_connector_at(ctx, i + 1);
        if after_the && alone {
            if let Some(the) = ctx.units.get(i - 1) {
                out.push(Candidate::new(
                    Span::new(the.span.start, unit.span.end),
                    Label::InstitutionReference,
                    Strength::Weak,
                    rules::INSTITUTION_REFERENCE,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{tag, EntityKind};

    fn institutions(text: &str) -> Vec<(String, Vec<&str>, Option<String>)> {
        tag(text)
            .into_iter()
            .filter(|e| e.kind == EntityKind::Institution)
            .map(|e| (e.name, e.mentions.iter().map(|m| m.text).collect(), e.country.map(|c| c.to_string())))
            .collect()
    }

    #[test]
    fn leading_and_final_heads() {
        let got = institutions("The Ministry of Water Resources and the Kenyan Energy Regulatory Commission met.");
        assert_eq!(got[0].0, "Ministry of Water Resources");
        assert_eq!(
            got[1],
            (
                "Kenyan Energy Regulatory Commission".into(),
                vec!["Kenyan Energy Regulatory Commission"],
                Some("KE".into())
            )
        );
    }

    #[test]
    fn names_stop_at_connectors_and_compound_adjectives() {
        let got = institutions("Units of the Polish Border Guard helped Boston-based Harlow Freight Corp.");
        let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Polish Border Guard", "Harlow Freight Corp."]);
    }

    #[test]
    fn listed_countries_and_places_are_not_institutions() {
        let got = institutions("After the Soviet Union fell, the West Bank stayed tense.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn bare_acronyms_but_not_shouted_phrases() {
        let got = institutions("The KMT won. PAYING AGENT: none.");
        let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["KMT"]);
    }
}
