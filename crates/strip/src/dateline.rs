//! Datelines that open wire-style articles.
//!
//! The forms agencies use, place first:
//!
//! * `Springfield Ill./Newswire:` and `Lisbon/14.05.25/Lusa:` — place, optional date and agency
//!   between slashes, then a colon;
//! * `MOSCOW, December 5. /TASS/.` — the agency between slashes after the date;
//! * `WASHINGTON (AP) —`, `BERLIN, Oct 17 (Reuters) -` — the agency in parentheses, then a dash;
//! * `Washington CNN —`, `Santiago, Chile CNN —` — the agency's initials after the place (and
//!   its country or state), then a dash;
//! * `DUBLIN, 5 December 2023 —`, `KYIV —`, `KYIV:` — no agency; the place in capitals, or
//!   followed by a date.

use newsclip_text::Span;
use once_cell::sync::Lazy;
use regex::{Captures, Regex};

use crate::dates::{find_date_or_day, FoundDate};
use crate::language::Language;
use crate::words::is_stop_word;

/// A dateline at the start of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DatelineMatch {
    /// The dateline, separator included, from the start of the text.
    pub(crate) span: Span,
    pub(crate) place: Option<Span>,
    pub(crate) agency: Option<Span>,
    /// The date, with its span relative to the text.
    pub(crate) date: Option<FoundDate>,
}

/// How far into a paragraph a dateline may reach, in bytes.
const MAX_DATELINE_LEN: usize = 120;

const CAPITALIZED_PLACE: &str = r"[\p{Lu}][\p{L}\p{M}'’.\-]*(?:[ ][\p{Lu}][\p{L}\p{M}'’.\-]*){0,3}";
const UPPER_PLACE: &str = r"[\p{Lu}][\p{Lu}\p{M}'’.\-]+(?:[ ][\p{Lu}][\p{Lu}\p{M}'’.\-]*){0,3}";
const DASH: &str = r"(?:--|[-–—])";

static SLASHED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{CAPITALIZED_PLACE})(?:\s*/\s*(?P<date>\d{{1,4}}[.\-]\d{{1,2}}[.\-]\d{{2,4}}))?\s*/\s*(?P<agency>\p{{L}}[\p{{L}}\-]*(?:[ ]\p{{L}}[\p{{L}}\-]*){{0,2}})\s*:"
    ))
    .expect("valid slashed dateline pattern")
});
static AGENCY_IN_SLASHES: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{CAPITALIZED_PLACE}),\s+(?P<date>[^/\n]{{3,30}}?)\.?\s*/(?P<agency>\p{{L}}[\p{{L}}\- ]{{1,20}})/\.?(?:\s*{DASH}(?:\s|$))?"
    ))
    .expect("valid agency-in-slashes dateline pattern")
});
static AGENCY_IN_PARENS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{CAPITALIZED_PLACE})(?:,\s*(?P<date>[^()\n]{{2,30}}?))?\s*\((?P<agency>[^()\n]{{2,30}})\)\s*(?P<separator>\.?{DASH}|:)?"
    ))
    .expect("valid agency-in-parentheses dateline pattern")
});
/// `Marburg. Die Stadt …`: a place and a full stop open the first paragraph of German regional
/// papers.
static PLACE_PERIOD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^(?P<place>{CAPITALIZED_PLACE})\.[ ](?P<next>\p{{Lu}})")).expect("valid place-period pattern")
});
static AGENCY_ONLY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^\((?P<agency>\p{{Lu}}[\p{{L}}\-]{{1,15}})\)\s*(?P<separator>{DASH}|:)?"))
        .expect("valid agency-only dateline pattern")
});
static PLACE_DATE_DASH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^(?P<place>{CAPITALIZED_PLACE}),\s*(?P<date>[^\n]{{3,30}}?)\s*{DASH}(?:\s|$)"))
        .expect("valid place-date dateline pattern")
});
static PLACE_AGENCY_DASH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{CAPITALIZED_PLACE}(?:,\s*{CAPITALIZED_PLACE})?)\s+(?P<agency>\p{{Lu}}{{2,6}})\s*{DASH}(?:\s|$)"
    ))
    .expect("valid place-agency dateline pattern")
});
static UPPER_PLACE_DASH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?P<place>{UPPER_PLACE}(?:,\s*[\p{{Lu}}][\p{{L}}.]+(?:[ ][\p{{Lu}}][\p{{L}}.]+)?)?)\s*(?:{DASH}|:)(?:\s|$)"
    ))
    .expect("valid capitals dateline pattern")
});

static UPPER_PLACE_ALONE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^(?P<place>{UPPER_PLACE}(?:,\s*[\p{{Lu}}][\p{{L}}.]+(?:[ ][\p{{Lu}}][\p{{L}}.]+)?)?)$"))
        .expect("valid lone place pattern")
});

/// A place in capitals that is all of `text` (`ATHENS`, `NEW DELHI`): a dateline when it stands
/// between the byline or date and the first paragraph, a heading elsewhere.
pub(crate) fn find_place_alone(text: &str) -> Option<DatelineMatch> {
    let trimmed = text.trim();
    if trimmed.len() > MAX_DATELINE_LEN {
        return None;
    }
    let offset = text.len() - text.trim_start().len();
    // `UPDATED`, `PUBLISHED`: a date cue in capitals heads a date, it names no place.
    if crate::published::is_date_cue(trimmed) {
        return None;
    }
    let caps = UPPER_PLACE_ALONE.captures(trimmed)?;
    let place = group(&caps, "place")?;
    let letters = trimmed[place].chars().filter(|c| c.is_uppercase()).count();
    let place = place.offset(offset);
    (letters >= 3).then_some(DatelineMatch { span: place, place: Some(place), agency: None, date: None })
}

/// The dateline at the start of `text`, a text of a page in `language`, if any.
pub(crate) fn find_dateline(text: &str, language: Language) -> Option<DatelineMatch> {
    let head = head(text);
    slashed(head)
        .or_else(|| agency_in_slashes(head))
        .or_else(|| agency_in_parens(head, language))
        .or_else(|| agency_only(head))
        .or_else(|| place_agency_dash(head))
        .or_else(|| place_date_dash(head))
        .or_else(|| upper_place_dash(head))
        .or_else(|| (language == Language::German).then(|| place_period(head)).flatten())
        .filter(|m| m.place.is_some() || m.agency.is_some())
}

/// The first [`MAX_DATELINE_LEN`] bytes of `text` (on a char boundary), plus room for the
/// separator's trailing blank.
fn head(text: &str) -> &str {
    let mut end = text.len().min(MAX_DATELINE_LEN + 4);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn group(caps: &Captures<'_>, name: &str) -> Option<Span> {
    caps.name(name).map(|m| Span::new(m.start(), m.end()))
}

fn whole(caps: &Captures<'_>) -> Span {
    caps.get(0).map_or(Span::empty(0), |m| Span::new(m.start(), m.end()))
}

/// The date in `span` of `text`, when the whole group reads as one.
fn date_in(text: &str, span: Option<Span>) -> Option<FoundDate> {
    let span = span?;
    let found = find_date_or_day(&text[span])?;
    Some(FoundDate { span: found.span.offset(span.start), ..found })
}

fn slashed(text: &str) -> Option<DatelineMatch> {
    let caps = SLASHED.captures(text)?;
    Some(DatelineMatch {
        span: whole(&caps),
        place: group(&caps, "place"),
        agency: group(&caps, "agency"),
        date: date_in(text, group(&caps, "date")),
    })
}

fn agency_in_slashes(text: &str) -> Option<DatelineMatch> {
    let caps = AGENCY_IN_SLASHES.captures(text)?;
    let date = date_in(text, group(&caps, "date"))?;
    Some(DatelineMatch {
        span: whole(&caps).trim(text),
        place: group(&caps, "place"),
        agency: group(&caps, "agency"),
        date: Some(date),
    })
}

fn agency_in_parens(text: &str, language: Language) -> Option<DatelineMatch> {
    let caps = AGENCY_IN_PARENS.captures(text)?;
    let mut place = group(&caps, "place")?;
    let date_group = group(&caps, "date");
    let date = date_in(text, date_group);
    if let (None, Some(extra)) = (date, date_group) {
        // `SAN FRANCISCO, Calif. (AP) —`: what follows the comma is part of the place.
        if !extra_place_words(&text[extra]) {
            return None;
        }
        place = place.cover(extra);
    }
    let agency = group(&caps, "agency")?;
    let agency_text = &text[agency];
    // German, French and Spanish wires write some agencies in lower case before a dash:
    // `Kiel (dpa) -`, `Bern (sda) –`, `München (dpa/lby) -`.
    let lower_agency = language.lexicon_code().is_some()
        && caps.name("separator").is_some()
        && !agency_text.contains(char::is_whitespace)
        && agency_text.len() <= MAX_LOWER_AGENCY_LEN;
    if !(agency_text.chars().next().is_some_and(char::is_uppercase) || lower_agency)
        || agency_text.split_whitespace().count() > 3
    {
        return None;
    }
    // Without a dash after it, only an acronym is surely an agency: `(PTI) The government …`.
    if caps.name("separator").is_none() && !is_acronym(agency_text) {
        return None;
    }
    Some(DatelineMatch { span: whole(&caps), place: Some(place), agency: Some(agency), date })
}

/// Longest agency written in lower case (`dpa-AFX`, `dpa/lby`), in bytes.
const MAX_LOWER_AGENCY_LEN: usize = 12;

/// `Marburg. Die Stadt …`: one to four capitalized words, none a function word, then a full stop.
fn place_period(text: &str) -> Option<DatelineMatch> {
    let caps = PLACE_PERIOD.captures(text)?;
    let place = group(&caps, "place")?;
    let words: Vec<&str> = text[place].split([' ', '-', '/']).collect();
    let names = words.iter().all(|w| w.chars().count() >= 3 && !is_stop_word(w) && !w.ends_with('.'));
    let next = caps.name("next")?.start();
    names.then_some(DatelineMatch { span: Span::new(0, next).trim(text), place: Some(place), agency: None, date: None })
}

/// `(CNN) —`, `(AFP)`: an agency alone in parentheses opening the text.
fn agency_only(text: &str) -> Option<DatelineMatch> {
    let caps = AGENCY_ONLY.captures(text)?;
    let agency = group(&caps, "agency")?;
    if caps.name("separator").is_none() && !is_acronym(&text[agency]) {
        return None;
    }
    Some(DatelineMatch { span: whole(&caps).trim(text), place: None, agency: Some(agency), date: None })
}

fn place_agency_dash(text: &str) -> Option<DatelineMatch> {
    let caps = PLACE_AGENCY_DASH.captures(text)?;
    Some(DatelineMatch {
        span: whole(&caps).trim(text),
        place: group(&caps, "place"),
        agency: group(&caps, "agency"),
        date: None,
    })
}

/// Whether `word` is an acronym of two to six capitals: `AP`, `PTI`, `CNN`.
fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.chars().count()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether `text` continues a place name: one or two capitalized words (`Calif.`, `New South Wales`).
fn extra_place_words(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len()) && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

fn place_date_dash(text: &str) -> Option<DatelineMatch> {
    let caps = PLACE_DATE_DASH.captures(text)?;
    let date_group = group(&caps, "date")?;
    let date = date_in(text, Some(date_group))?;
    // The date must fill the group, bar a weekday or punctuation.
    let rest = text[date_group].len() - date.span.len();
    (rest <= 12).then_some(DatelineMatch {
        span: whole(&caps),
        place: group(&caps, "place"),
        agency: None,
        date: Some(date),
    })
}

fn upper_place_dash(text: &str) -> Option<DatelineMatch> {
    let caps = UPPER_PLACE_DASH.captures(text)?;
    let place = group(&caps, "place")?;
    // At least one word of two capitals: `KYIV`, not `I` or `A`.
    let letters = text[place].chars().filter(|c| c.is_uppercase()).count();
    (letters >= 3).then_some(DatelineMatch {
        span: whole(&caps).trim(text),
        place: Some(place),
        agency: None,
        date: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dateline's text, place, agency and (year, month, day).
    type Parts = (String, Option<String>, Option<String>, Option<(Option<u16>, u8, u8)>);

    fn parts(text: &str) -> Option<Parts> {
        let m = find_dateline(text, Language::English)?;
        Some((
            text[m.span].to_string(),
            m.place.map(|s| text[s].to_string()),
            m.agency.map(|s| text[s].to_string()),
            m.date.map(|d| (d.year, d.month, d.day)),
        ))
    }

    #[test]
    fn slashed_forms() {
        let p = parts("Springfield Ill./Newswire: The city council met on Tuesday.").expect("a dateline");
        assert_eq!(p.0, "Springfield Ill./Newswire:");
        assert_eq!(p.1.as_deref(), Some("Springfield Ill."));
        assert_eq!(p.2.as_deref(), Some("Newswire"));
        let p = parts("Lisbon/14.05.25/Lusa: Protesters gathered.").expect("a dateline");
        assert_eq!(p.1.as_deref(), Some("Lisbon"));
        assert_eq!(p.3, Some((Some(2025), 5, 14)));
    }

    #[test]
    fn agency_in_slashes_form() {
        let p = parts("MOSCOW, December 5. /TASS/. Russia's foreign minister said.").expect("a dateline");
        assert_eq!(p.0, "MOSCOW, December 5. /TASS/.");
        assert_eq!(p.2.as_deref(), Some("TASS"));
        assert_eq!(p.3, Some((None, 12, 5)));
        let p = parts("HARBOR CITY, Ore., May 7, 2024 /PRNewswire/ -- The city opened a barrier.").expect("a dateline");
        assert_eq!(
            (p.0.as_str(), p.2.as_deref()),
            ("HARBOR CITY, Ore., May 7, 2024 /PRNewswire/ --", Some("PRNewswire"))
        );
    }

    #[test]
    fn agency_in_parentheses() {
        let p = parts("WASHINGTON (AP) — Lawmakers met.").expect("a dateline");
        assert_eq!(
            (p.0.as_str(), p.1.as_deref(), p.2.as_deref()),
            ("WASHINGTON (AP) —", Some("WASHINGTON"), Some("AP"))
        );
        let p = parts("BERLIN, Oct 17 (Reuters) - Germany's economy shrank.").expect("a dateline");
        assert_eq!((p.2.as_deref(), p.3), (Some("Reuters"), Some((None, 10, 17))));
        let p = parts("MANILA, Nov. 24 (Xinhua) -- The president ordered evacuations.").expect("a dateline");
        assert_eq!(p.1.as_deref(), Some("MANILA"));
        let p = parts("SAN FRANCISCO, Calif. (AP) — A startup said.").expect("a dateline");
        assert_eq!(p.1.as_deref(), Some("SAN FRANCISCO, Calif."));
    }

    #[test]
    fn agency_initials_after_the_place() {
        let p = parts("Washington CNN —").expect("a dateline");
        assert_eq!(
            (p.0.as_str(), p.1.as_deref(), p.2.as_deref()),
            ("Washington CNN —", Some("Washington"), Some("CNN"))
        );
        let p = parts("New York CNN — Stocks fell.").expect("a dateline");
        assert_eq!((p.1.as_deref(), p.2.as_deref()), (Some("New York"), Some("CNN")));
        let p = parts("Lagos, Nigeria CNN —").expect("a dateline");
        assert_eq!((p.1.as_deref(), p.2.as_deref()), (Some("Lagos, Nigeria"), Some("CNN")));
        assert_eq!(parts("Washington DC is a city."), None);
    }

    #[test]
    fn agency_alone_or_without_dash() {
        let p = parts("(CNN) — Lawmakers met.").expect("a dateline");
        assert_eq!((p.0.as_str(), p.1, p.2.as_deref()), ("(CNN) —", None, Some("CNN")));
        let p = parts("New Delhi, Dec 5 (PTI) The government said.").expect("a dateline");
        assert_eq!((p.1.as_deref(), p.2.as_deref(), p.3), (Some("New Delhi"), Some("PTI"), Some((None, 12, 5))));
        assert_eq!(parts("(Updated) The council met."), None);
        assert_eq!(parts("Paris (France) is large."), None);
    }

    #[test]
    fn place_and_date_or_capitals() {
        let p = parts("DUBLIN, 5 December 2023 — The government said.").expect("a dateline");
        assert_eq!((p.1.as_deref(), p.3), (Some("DUBLIN"), Some((Some(2023), 12, 5))));
        let p = parts("KYIV — Ukraine said on Monday.").expect("a dateline");
        assert_eq!(p.0, "KYIV —");
        let p = parts("NEW DELHI: The court ruled.").expect("a dateline");
        assert_eq!(p.1.as_deref(), Some("NEW DELHI"));
    }

    #[test]
    fn places_alone() {
        let place = |t: &str| find_place_alone(t).and_then(|m| m.place).map(|s| t[s].to_string());
        assert_eq!(place("ATHENS").as_deref(), Some("ATHENS"));
        assert_eq!(place(" NEW DELHI ").as_deref(), Some("NEW DELHI"));
        assert_eq!(place("Athens"), None);
        assert_eq!(place("ATHENS — The talks began."), None);
        assert_eq!(place("UK"), None);
        assert_eq!(place("UPDATED"), None, "a date cue in capitals");
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        assert_eq!(parts("Finance Ministers of France and Spain - Ana Ruiz and others - met."), None);
        assert_eq!(parts("The Finance Ministry on Monday said it would review the plan."), None);
        assert_eq!(parts("Brussels continues to talk (quietly) - officials say."), None);
        assert_eq!(parts("I - for one - disagree."), None);
        assert_eq!(parts("The talks (which began in May) — stalled."), None);
    }

    #[test]
    fn wire_datelines_of_german_french_and_spanish_pages() {
        type Found<'t> = (Option<&'t str>, Option<&'t str>, &'t str);
        fn found(text: &str, language: Language) -> Option<Found<'_>> {
            find_dateline(text, language)
                .map(|m| (m.place.map(|p| &text[p]), m.agency.map(|a| &text[a]), &text[m.span]))
        }
        let kiel = "Kiel (dpa) - Der Landtag hat beschlossen.";
        assert_eq!(found(kiel, Language::German), Some((Some("Kiel"), Some("dpa"), "Kiel (dpa) -")));
        assert_eq!(found(kiel, Language::English), None);
        let sevilla = "SEVILLA, 12 mar (EFE).- El metro ampliará su horario.";
        assert_eq!(found(sevilla, Language::Spanish), Some((Some("SEVILLA"), Some("EFE"), "SEVILLA, 12 mar (EFE).-")));
        let marburg = "Marburg. Die Sanierung dauert länger.";
        assert_eq!(found(marburg, Language::German), Some((Some("Marburg"), None, "Marburg.")));
        assert_eq!(found("Aber. Die Sanierung dauert länger.", Language::German), None);
        assert_eq!(found(marburg, Language::French), None);
    }
}
