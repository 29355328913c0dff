//! People, found from evidence rather than from a list of people: a title
//! before the name, a given name, a cue verb after it, an apposition, the
//! possessive of a country or institution, or a surname's morphology.

use newsclip_text::Span;

use crate::candidate::{Candidate, Canonical, Label, Strength};
use crate::context::{overlapping, Context};
use crate::countries::Form;
use crate::doc::OrdinaryOpeners;
use crate::lexicon::{self, RoleKind, WordClass};
use crate::rules;
use crate::teams;
use crate::units::line_break_between;
use crate::CountryCode;
use newsclip_lexicon::TitleClass;
use newsclip_text::chunk::{Chunker, RunWords};
use newsclip_text::Casing;
use newsclip_text::Rule;

/// The most capitalized words a name has (`Luiz Inácio Lula da Silva`); a
/// longer run is a title, a heading or a list.
const MAX_NAME_WORDS: usize = 4;

/// Proposes person mentions in a region; `ordinary` tells which sentence
/// starts the document also writes in lowercase, so a capitalized `Asked`
/// there is known to be an ordinary word.
pub(crate) fn recognize(ctx: &Context<'_, '_>, ordinary: &OrdinaryOpeners<'_>, out: &mut Vec<Candidate>) {
    if ctx.region.weak_case {
        return;
    }
    let mut i = 0;
    while i < ctx.units.len() {
        if !is_name_unit(ctx, i) && !is_given_name_before_name(ctx, i) && !is_given_name_spelled_like_a_month(ctx, i) {
            i += 1;
            continue;
        }
        let end = chunk_end(ctx, i);
        if let Some(candidate) = person(ctx, i, end, ordinary) {
            out.push(candidate);
        }
        i = end.max(i + 1);
    }
}

/// Proposes the people a user lexicon lists, found by name or alias.
pub(crate) fn recognize_listed(ctx: &Context<'_, '_>, out: &mut Vec<Candidate>) {
    for found in &ctx.people {
        let mut candidate = Candidate::new(found.span, Label::Person, Strength::Strong, rules::PERSON_LISTED);
        candidate.canonical = Some(Canonical::Person(found.value));
        candidate.country = ctx.lexicon.people().get(found.value as usize).and_then(|p| p.country());
        out.push(candidate);
    }
}

/// A capitalized word or initial that is not a listed country, institution or place.
fn is_name_unit(ctx: &Context<'_, '_>, i: usize) -> bool {
    let Some(unit) = ctx.units.get(i) else { return false };
    unit.is_word
        && (matches!(unit.shape, Casing::Capitalized | Casing::Initial) || is_initials_before_name(ctx, i))
        && !ctx.is_listed(i)
        && (ctx.role_of_unit(i).is_some() || unit.head.is_none() && !unit.entry.is(WordClass::NotPerson))
}

/// `D.Y. Chandrachud`: dotted initials in capitals right before a capitalized word.
fn is_initials_before_name(ctx: &Context<'_, '_>, i: usize) -> bool {
    ctx.units.get(i).is_some_and(|u| lexicon::is_dotted_initials(u.text))
        && ctx.units.get(i + 1).is_some_and(|u| u.is_word && u.shape == Casing::Capitalized)
}

/// A word of institutions' names (`Commission`, `Rights`, `County`): a run
/// of name units holding one names no person.
fn is_institution_word_at(ctx: &Context<'_, '_>, i: usize) -> bool {
    ctx.units.get(i).is_some_and(|u| u.head.is_some() || lexicon::is_institution_word(&u.entry))
}

/// `Chad Miller`, `Jordan Henderson`: a listed country or place that is also
/// a given name, followed by a capitalized name.
/// A plural after a town makes a team instead (`Dallas Cowboys`).
fn is_given_name_before_name(ctx: &Context<'_, '_>, i: usize) -> bool {
    is_place_named_like_a_person(ctx, i)
        && ctx.units.get(i + 1).is_some_and(|u| u.shape == Casing::Capitalized)
        && is_name_unit(ctx, i + 1)
        && !(ctx.is_place(i) && teams::nickname_end(ctx, i + 1).is_some())
}

/// `Jan Bakker`, `Jun Wang`: a given name spelled like a month's
/// abbreviation, before a capitalized name. A date writes the abbreviation
/// before a number (`Jan 5`), never before a name. (Full month names and other
/// ordinary words stay ordinary: `In March Velden left`, `North Africans`.)
fn is_given_name_spelled_like_a_month(ctx: &Context<'_, '_>, i: usize) -> bool {
    let Some(unit) = ctx.units.get(i) else { return false };
    // Where months and weekdays are written in lowercase, a capitalized one is a given name
    // before a name (`Julio Rivera`, `Domingo Siro`).
    let calendar = unit.entry.is(WordClass::MonthAbbreviation)
        || (unit.entry.is(WordClass::Calendar) && ctx.lexicon.writes_calendar_lowercase());
    unit.is_word
        && unit.shape == Casing::Capitalized
        && calendar
        && lexicon::is_capitalized(&unit.entry, unit.text, WordClass::GivenName)
        && !ctx.is_listed(i)
        && ctx.units.get(i + 1).is_some_and(|u| u.shape == Casing::Capitalized)
        && is_name_unit(ctx, i + 1)
}

/// A country's or place's one-word name that is also a given or family name:
/// `Chad`, `Jordan`, `Georgia`, `Washington`.
fn is_place_named_like_a_person(ctx: &Context<'_, '_>, i: usize) -> bool {
    let Some(unit) = ctx.units.get(i) else { return false };
    unit.is_word
        && unit.shape == Casing::Capitalized
        && (ctx.country_of_unit(i).is_some_and(|c| c.form == Form::Name) || ctx.is_place(i))
}

/// `Peter Such`, `Theresa May`: after a given name, a capitalized ordinary
/// word (not a time word) can be a surname.
fn is_word_surname(ctx: &Context<'_, '_>, i: usize) -> bool {
    ctx.units.get(i).is_some_and(|u| {
        u.is_word
            && u.shape == Casing::Capitalized
            && !u.opens
            && u.entry.is(WordClass::NotPerson)
            && !u.entry.is(WordClass::Calendar)
            && u.head.is_none()
            && !ctx.is_listed(i)
    })
}

/// Where every noun is capitalized, a name that starts with given names
/// ends one word (and its particles) after the last of them: `Heinrich
/// Kessler der Plan` names `Heinrich Kessler`, `Ulrike von Hallstein` stays whole.
fn name_end_after_given_names(ctx: &Context<'_, '_>, first: usize, end: usize) -> usize {
    let Some(last_given) = (first..end).take_while(|&i| is_given_name_at(ctx, i) || is_initial_at(ctx, i)).last()
    else {
        return end;
    };
    let mut e = last_given + 1;
    while e < end && is_particle_at(ctx, e) {
        e += 1;
    }
    (e + 1).min(end)
}

/// `Bayern-Vorstand`, `Teamkollegen`, `Co-Fraktionschef`: where compounds are
/// written solid (German), one capitalized word that ends in a listed role
/// of four letters or more; its span.
fn compound_role_at(ctx: &Context<'_, '_>, i: usize) -> Option<Span> {
    let unit = ctx.units.get(i)?;
    if !unit.is_word || unit.shape != Casing::Capitalized || ctx.is_listed(i) || ctx.role_of_unit(i).is_some() {
        return None;
    }
    let lower = ctx.lowercase(unit);
    let is_role = |at: usize| {
        lower.len() >= at + 4
            && lower.get(at..).and_then(|rest| ctx.lexicon.title(rest)).is_some_and(|t| t.class() == TitleClass::Title)
    };
    lower.char_indices().skip(1).any(|(at, _)| is_role(at)).then_some(unit.span)
}

fn is_initial_at(ctx: &Context<'_, '_>, i: usize) -> bool {
    ctx.units.get(i).is_some_and(|u| u.shape == Casing::Initial)
}

fn is_given_name_at(ctx: &Context<'_, '_>, i: usize) -> bool {
    ctx.units.get(i).is_some_and(|u| lexicon::is_capitalized(&u.entry, u.text, WordClass::GivenName))
}

fn is_particle_at(ctx: &Context<'_, '_>, i: usize) -> bool {
    ctx.units.get(i).is_some_and(|u| u.is_word && u.shape == Casing::Lower && u.entry.is(WordClass::Particle))
}

/// The units as name words joined by particles, for the chunker, in the run that starts at
/// `start`: right after a given name, a place's name or an ordinary capitalized word may be a
/// surname (`Peter Such`, `Michael Jordan`).
struct NameWords<'c, 'a, 'r> {
    ctx: &'c Context<'a, 'r>,
    start: usize,
    given_first: bool,
}

impl RunWords for NameWords<'_, '_, '_> {
    fn is_part(&self, i: usize) -> bool {
        let ctx = self.ctx;
        i == self.start
            || is_name_unit(ctx, i)
            || i == self.start + 1
                && self.given_first
                && (is_place_named_like_a_person(ctx, i) || is_word_surname(ctx, i))
    }

    fn is_joiner(&self, i: usize) -> bool {
        is_particle_at(self.ctx, i)
    }

    fn ends_after(&self, i: usize) -> bool {
        self.ctx.ends_run_after(i)
    }
}

/// The end of the run of name units starting at `start`, through interior particles.
fn chunk_end(ctx: &Context<'_, '_>, start: usize) -> usize {
    let given_first =
        ctx.units.get(start).is_some_and(|u| lexicon::is_capitalized(&u.entry, u.text, WordClass::GivenName));
    let words = NameWords { ctx, start, given_first };
    Chunker::new(2).end(&words, start, ctx.units.len())
}

/// What supports reading a run as a person's name: the strongest evidence
/// and the first rule that gave it.
#[derive(Default)]
struct Evidence {
    strength: Option<Strength>,
    rule: Option<Rule>,
    title: Option<Span>,
}

impl Evidence {
    fn add(&mut self, strength: Strength, rule: Rule) {
        if Some(strength) > self.strength {
            self.strength = Some(strength);
            self.rule = Some(rule);
        }
    }
}

fn person(ctx: &Context<'_, '_>, start: usize, end: usize, ordinary: &OrdinaryOpeners<'_>) -> Option<Candidate> {
    // Leading roles and ordinary words are not part of the name.
    let mut first = start;
    while first < end {
        let unit = ctx.units.get(first)?;
        let ordinary = (unit.entry.is(WordClass::NotPerson) && !is_given_name_spelled_like_a_month(ctx, first))
            || (unit.opens && ordinary.contains(ctx.lowercase(unit)));
        if ctx.role_of_unit(first).is_some() || ordinary || is_particle_at(ctx, first) {
            first += 1;
        } else {
            break;
        }
    }
    // `Chicago Cardinal Joseph Bernardin`: the name follows the last title.
    if let Some(role) =
        (first..end).rev().find(|&i| ctx.role_of_unit(i).is_some_and(|r| r.value != RoleKind::Modifier) && i + 1 < end)
    {
        first = first.max(role + 1);
    }
    // Where every noun is capitalized (German), nouns before a given name
    // are no part of it: `Rennkanute Adam Kessler`, `Co-Fraktionschef Ines Vogt`.
    let nouns_capitalized = ctx.lexicon.capitalizes_nouns();
    let mut end = end;
    // `Bayern-Vorstand Rummenigge`, `Teamkollegen Ines Vogt`: a compound ending in a role.
    let mut compound_title = None;
    if nouns_capitalized {
        let last_role = (first..end.saturating_sub(1)).rev().find_map(|i| compound_role_at(ctx, i).map(|s| (i, s)));
        if let Some((i, span)) = last_role {
            first = i + 1;
            compound_title = Some(span);
        }
        if !is_given_name_at(ctx, first) {
            if let Some(given) = (first + 1..end.saturating_sub(1)).find(|&i| is_given_name_at(ctx, i)) {
                first = given;
            }
        }
        // `das Ziel der Offensive`, `im Tal`: a capitalized word after an article is a noun.
        if first == start && start.checked_sub(1).is_some_and(|i| ctx.entry(i).is(WordClass::Determiner)) {
            return None;
        }
        end = end.min(name_end_after_given_names(ctx, first, end));
    }
    let last = end.checked_sub(1)?;
    let units = ctx.units.get(first..=last)?;
    let (head, tail) = (units.first()?, units.last()?);
    // `Viña del Mar.`: a word with its full stop ends no name but `Jr.` and `Sr.`.
    if tail.shape == Casing::Capitalized && tail.text.ends_with('.') && !matches!(tail.text, "Jr." | "Sr.") {
        return None;
    }
    // Particles do not count: `Luiz Inácio Lula da Silva` has four name words.
    let n = units.iter().filter(|u| u.shape != Casing::Lower).count();
    if n > MAX_NAME_WORDS || (first..end).any(|i| is_institution_word_at(ctx, i)) {
        return None;
    }
    // `the Mariners`, `the Blue Jays`: people are not named with an article and a plural.
    if first == start && ctx.lower(start.wrapping_sub(1)) == Some("the") && teams::is_plural_nickname(tail.text) {
        return None;
    }
    let mut evidence = Evidence::default();

    if let Some(title) = title_before(ctx, head.span.start) {
        evidence.add(Strength::Strong, rules::PERSON_TITLE);
        evidence.title = Some(title);
    } else if let Some(title) = title_in_apposition_before(ctx, first, end) {
        evidence.add(if n >= 2 { Strength::Strong } else { Strength::Good }, rules::PERSON_TITLE_APPOSITION);
        evidence.title = Some(title);
    } else if let Some(title) = compound_title {
        evidence.add(Strength::Strong, rules::PERSON_TITLE);
        evidence.title = Some(title);
    }
    let has_name_word = units.iter().any(|u| u.shape == Casing::Capitalized);
    let given = lexicon::is_capitalized(&head.entry, head.text, WordClass::GivenName);
    if n >= 2 && has_name_word && (given || head.shape == Casing::Initial) {
        evidence.add(Strength::Strong, rules::PERSON_GIVEN_NAME);
    }
    if n == 2
        && !nouns_capitalized
        && head.shape == Casing::Capitalized
        && lexicon::is_capitalized(&tail.entry, tail.text, WordClass::CommonSurname)
    {
        evidence.add(Strength::Good, rules::PERSON_COMMON_SURNAME);
    }
    let family_first = lexicon::is_capitalized(&head.entry, head.text, WordClass::FamilyNameFirst);
    if n >= 2 && family_first && units.get(1).is_some_and(|u| u.shape == Casing::Capitalized) {
        evidence.add(Strength::Strong, rules::PERSON_FAMILY_NAME_FIRST);
    }
    if n >= 3 && units.iter().skip(1).take(n - 2).any(|u| u.shape == Casing::Initial) {
        evidence.add(Strength::Strong, rules::PERSON_MIDDLE_INITIAL);
    }
    if n >= 2 && possessive_owner_before(ctx, first).is_some() {
        evidence.add(Strength::Strong, rules::PERSON_POSSESSIVE_OWNER);
    }
    if !tail.possessive {
        if let Some(title) = apposition_after(ctx, end) {
            evidence.add(Strength::Strong, rules::PERSON_APPOSITION);
            evidence.title = evidence.title.or(Some(title));
        }
        // Where all nouns are capitalized, a lone word before `sagte` that opens
        // a sentence is as likely a noun (`Experten sagten`).
        let lone_name =
            if nouns_capitalized { !head.opens } else { !head.opens || !ordinary.contains(ctx.lowercase(head)) };
        if cue_after(ctx, end) && (n >= 2 || lone_name) {
            evidence.add(Strength::Good, rules::PERSON_CUE_VERB);
        }
    }
    // The surname test is the costliest; it can only raise weaker evidence.
    // Endings (`-er`, `-mann`) are common nouns' too where nouns are capitalized.
    let weak = evidence.strength < Some(Strength::Good) && !nouns_capitalized;
    if weak && (n >= 2 || !head.opens) && lexicon::has_surname_ending(ctx.lowercase(tail)) {
        evidence.add(Strength::Good, rules::PERSON_SURNAME_ENDING);
    }
    if head.shape == Casing::Initial && n == 1 {
        return None;
    }
    // `sagte Röttgen.`: an inverted cue names a lone surname (a noun there has its article).
    if cue_before(ctx, first) && end_of_clause(ctx, end) {
        if n >= 2 {
            evidence.add(Strength::Good, rules::PERSON_CUE_BEFORE);
        } else if ctx.lexicon.inverted_cue_names_people() && !head.opens {
            evidence.add(Strength::Strong, rules::PERSON_CUE_BEFORE);
        }
    }
    if n >= 2 && alone_on_line(ctx, first, end) {
        evidence.add(Strength::Good, rules::PERSON_ALONE_ON_LINE);
    }
    let (strength, rule) = evidence.strength.zip(evidence.rule)?;
    // `Henry VIII`, `Elizabeth I`: a regnal number belongs to the name.
    let tail_span = match ctx.units.get(end) {
        Some(numeral)
            if !tail.possessive
                && is_regnal_number(numeral.text)
                && blank_between(ctx.doc, tail.span.end, numeral.span.start) =>
        {
            numeral.span
        }
        _ => tail.span,
    };
    let mut candidate = Candidate::new(Span::new(head.span.start, tail_span.end), Label::Person, strength, rule);
    candidate.title = evidence.title;
    candidate.needs_full_name = n == 1 && strength < Strength::Strong;
    candidate.country = country_before(ctx, first, evidence.title);
    Some(candidate)
}

/// The title that ends right before `at` (blanks between), joined with the
/// modifiers and titles before it: `principal deputy spokesperson`.
fn title_before(ctx: &Context<'_, '_>, at: usize) -> Option<Span> {
    let index = ctx.roles.partition_point(|r| r.span.end <= at);
    let mut i = index.checked_sub(1)?;
    let last = ctx.roles.get(i)?;
    if !blank_between(ctx.doc, last.span.end, at) || last.value == RoleKind::Modifier {
        return None;
    }
    let mut span = last.span;
    while i > 0 {
        let previous = ctx.roles.get(i - 1)?;
        // `Associated Press writer`: a listed name is not part of the title.
        let listed = overlapping(&ctx.institutions, previous.span).is_some();
        if listed || !blank_between(ctx.doc, previous.span.end, span.start) {
            break;
        }
        span = previous.span.cover(span);
        i -= 1;
    }
    Some(span)
}

/// `Ukraine's foreign minister, Dmytro Kuleba, said`: the name is set off by
/// commas right after a title.
fn title_in_apposition_before(ctx: &Context<'_, '_>, first: usize, end: usize) -> Option<Span> {
    let comma_at = first.checked_sub(1)?;
    let comma = ctx.units.get(comma_at)?;
    if comma.text != "," || !end_of_clause(ctx, end) {
        return None;
    }
    title_before(ctx, comma.span.start).or_else(|| title_of_place_before(ctx, comma_at))
}

/// `el alcalde de Urretxu, Ana Ruiz,`, `le maire de Lille, …`: outside
/// English, a role with the place or body it belongs to before the comma
/// (at most four words after the role, joined by connectors).
fn title_of_place_before(ctx: &Context<'_, '_>, comma: usize) -> Option<Span> {
    if ctx.lexicon.language() == "en" {
        return None;
    }
    let mut i = comma;
    for _ in 0..5 {
        i = i.checked_sub(1)?;
        let unit = ctx.units.get(i)?;
        let connector = unit.shape == Casing::Lower && unit.entry.is(WordClass::Connector);
        if !(unit.is_word && (unit.is_upper_initial() || connector)) {
            return None;
        }
        if connector {
            let title = title_before(ctx, unit.span.start);
            if title.is_some() {
                return title;
            }
        }
    }
    None
}

/// `Name, the ministry's spokeswoman`, `Name, principal deputy spokesperson`:
/// the title in the phrase after the comma, with its modifiers.
fn apposition_after(ctx: &Context<'_, '_>, end: usize) -> Option<Span> {
    if ctx.units.get(end)?.text != "," {
        return None;
    }
    let limit = ctx.units.len().min(end + 9);
    for i in end + 1..limit {
        let unit = ctx.units.get(i)?;
        if !unit.is_word {
            return None;
        }
        let Some(role) = ctx.role_of_unit(i) else { continue };
        // Take the whole chain of adjacent role phrases: `principal deputy spokesperson`.
        let at = ctx.roles.partition_point(|r| r.span.end <= role.span.start);
        let mut span = role.span;
        let mut has_title = role.value != RoleKind::Modifier;
        for next in ctx.roles.iter().skip(at + 1) {
            if !blank_between(ctx.doc, span.end, next.span.start) {
                break;
            }
            span = span.cover(next.span);
            has_title |= next.value != RoleKind::Modifier;
        }
        return has_title.then_some(span);
    }
    None
}

/// `said Stig Larsen.`, `according to Ana Costa,`: a cue verb right before the name.
fn cue_before(ctx: &Context<'_, '_>, first: usize) -> bool {
    let Some(before) = first.checked_sub(1) else { return false };
    let by = before.checked_sub(1).is_some_and(|two_before| {
        ctx.lower(before).is_some_and(|second| lexicon::is_by_phrase(ctx.lexicon, &ctx.entry(two_before), second))
    });
    lexicon::is_speech_verb(&ctx.entry(before)) || by
}

/// Whether the clause ends after the unit before `end` (`.`, `,`, `;`, end of text).
fn end_of_clause(ctx: &Context<'_, '_>, end: usize) -> bool {
    ctx.units.get(end).is_none_or(|u| matches!(u.text, "." | "," | ";" | ":" | "!" | "?"))
}

/// A line holding nothing but the name: a byline or a caption.
fn alone_on_line(ctx: &Context<'_, '_>, first: usize, end: usize) -> bool {
    let line_start = first == 0 || line_break_between(ctx.doc, ctx.units.get(first - 1), ctx.units.get(first));
    let line_end = end >= ctx.units.len() || line_break_between(ctx.doc, ctx.units.get(end - 1), ctx.units.get(end));
    line_start && line_end && (first..end).all(|i| ctx.units.get(i).is_some_and(|u| u.shape != Casing::Lower))
}

fn is_regnal_number(text: &str) -> bool {
    matches!(
        text,
        "I" | "II"
            | "III"
            | "IV"
            | "V"
            | "VI"
            | "VII"
            | "VIII"
            | "IX"
            | "X"
            | "XI"
            | "XII"
            | "XIII"
            | "XIV"
            | "XV"
            | "XVI"
    )
}

/// Whether a cue verb (`said`) or `, who` follows the name.
fn cue_after(ctx: &Context<'_, '_>, end: usize) -> bool {
    if lexicon::is_cue(&ctx.entry(end)) {
        return true;
    }
    ctx.units.get(end).is_some_and(|u| u.text == ",") && ctx.lower(end + 1) == Some("who")
}

/// `Russia's Vladimir Putin`, `National Security Council's John Kirby`: the
/// possessive country or institution right before the name.
fn possessive_owner_before(ctx: &Context<'_, '_>, first: usize) -> Option<Span> {
    let owner = ctx.units.get(first.checked_sub(1)?)?;
    (owner.possessive
        && (ctx.is_listed(first - 1) || lexicon::head_of(ctx.lexicon, &owner.entry, owner.text).is_some()))
    .then_some(owner.span)
}

/// The country right before the person's title or name: `Russian President
/// Vladimir Putin`, `U.S. Secretary of State`, `Russia's Vladimir Putin`.
fn country_before(ctx: &Context<'_, '_>, first: usize, title: Option<Span>) -> Option<CountryCode> {
    let at = title.map_or_else(|| ctx.units.get(first).map(|u| u.span.start), |t| Some(t.start))?;
    let index = ctx.units.partition_point(|u| u.span.end <= at);
    let before = index.checked_sub(1)?;
    let unit = ctx.units.get(before)?;
    if !blank_between(ctx.doc, unit.span.end, at) && !unit.possessive {
        return None;
    }
    ctx.country_of_unit(before).map(|c| c.code)
}

fn blank_between(doc: &str, from: usize, to: usize) -> bool {
    doc.get(from..to).is_some_and(|gap| gap.chars().all(newsclip_text::is_blank_char))
}

#[cfg(test)]
mod tests {
    use crate::{tag, EntityKind};

    fn people(text: &str) -> Vec<(String, Vec<&str>, Option<String>)> {
        tag(text)
            .into_iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| (e.name, e.mentions.iter().map(|m| m.text).collect(), e.title))
            .collect()
    }

    #[test]
    fn title_before_the_name_with_modifiers() {
        let got = people("The talks were led by deputy foreign minister Arno Veldkamp on Friday.");
        assert_eq!(got, [("Arno Veldkamp".into(), vec!["Arno Veldkamp"], Some("deputy foreign minister".into()))]);
    }

    #[test]
    fn apposition_gives_the_title() {
        let got = people("Lena Brandt, the ministry's chief spokeswoman, declined to comment.");
        assert_eq!(got, [("Lena Brandt".into(), vec!["Lena Brandt"], Some("chief spokeswoman".into()))]);
    }

    #[test]
    fn surname_morphology_and_cue_verbs() {
        let got = people("Talks between Rustam Kasymov and Gor Sargsyan went on. Sargsyan said more.");
        let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Rustam Kasymov", "Gor Sargsyan"]);
        assert_eq!(got[1].1, ["Gor Sargsyan", "Sargsyan"]);
    }

    #[test]
    fn a_lone_surname_needs_more_than_a_cue() {
        assert!(people("Cofrantex said profits rose.").is_empty());
        assert_eq!(people("Ambassador Reyes said profits rose.")[0].0, "Reyes");
    }

    #[test]
    fn regnal_numbers_and_particles() {
        let got = people("King Henry VIII met Ludwig van Hoorn.");
        let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Henry VIII", "Ludwig van Hoorn"]);
    }
}
