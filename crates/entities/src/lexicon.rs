//! What the recognizers read from the lexicon (`newsclip-lexicon`): given
//! names, family names, roles, cue verbs, particles, non-names, institution
//! words and places, each asked the way the rules need it.

pub(crate) use newsclip_lexicon::WordClass;
use newsclip_lexicon::{CueClass, InstitutionClass, Lexicon, TitleClass};

/// The compiled-in lexicon.
pub(crate) fn lexicon() -> &'static Lexicon {
    Lexicon::english()
}

/// Whether the lowercase (or any-case) `word` belongs to a class of `words.tsv`.
pub(crate) fn is(word: &str, class: WordClass) -> bool {
    lexicon().entry(word).is(class)
}

/// Whether `word`, written capitalized or in capitals, is a listed given
/// name (also without its accents: `André`, `José`).
pub(crate) fn is_given_name(word: &str) -> bool {
    starts_upper(word) && is(word, WordClass::GivenName)
}

/// Whether the capitalized `word` is an East Asian family name written first (`Wang Dan`).
pub(crate) fn is_surname_first(word: &str) -> bool {
    starts_upper(word) && is(word, WordClass::FamilyNameFirst)
}

/// Whether the capitalized `word` is a listed common family name (`Khan`, `Silva`, `Smith`).
pub(crate) fn is_common_surname(word: &str) -> bool {
    starts_upper(word) && is(word, WordClass::CommonSurname)
}

/// Whether the lowercase `word` is a capitalized non-name (month, weekday, function word …).
pub(crate) fn is_non_name(lower: &str) -> bool {
    is(lower, WordClass::NotPerson)
}

/// Whether the lowercase `word` belongs to names of organisations, places or
/// events and never to a person's (`rights`, `affairs`, `county`).
pub(crate) fn is_institution_word(lower: &str) -> bool {
    matches!(lexicon().entry(lower).institution(), Some(InstitutionClass::Part | InstitutionClass::Body))
}

/// Whether the lowercase `word` is a month or weekday, never part of a name.
pub(crate) fn is_time_word(lower: &str) -> bool {
    is(lower, WordClass::Calendar)
}

/// Whether `word` is two or three initials, each with its full stop (`D.Y.`,
/// `A.P.J.`): before a capitalized name, a person's initials.
pub(crate) fn is_dotted_initials(word: &str) -> bool {
    let bytes = word.as_bytes();
    (4..=6).contains(&bytes.len())
        && bytes.chunks(2).all(|pair| matches!(pair, [letter, b'.'] if letter.is_ascii_uppercase()))
}

/// Whether the lowercase `word` is a month's abbreviation written without its
/// full stop (`jan`, `sept`).
pub(crate) fn is_month_abbreviation(lower: &str) -> bool {
    is(lower, WordClass::MonthAbbreviation)
}

/// Whether the lowercase `word` is a name particle (`de`, `van`, `bin`, `al`).
pub(crate) fn is_particle(lower: &str) -> bool {
    is(lower, WordClass::Particle)
}

/// Whether the lowercase `word` is a verb whose subject is a person: a
/// finite speech verb (`said`, `told`) or a verb of a person's acts (`met`).
pub(crate) fn is_cue(lower: &str) -> bool {
    matches!(lexicon().entry(lower).cue(), Some(CueClass::Say | CueClass::SayInverted | CueClass::Act))
}

/// Whether the lowercase `word` is a finite speech verb, which names a person after it (`said Stig Larsen`).
pub(crate) fn is_speech_verb(lower: &str) -> bool {
    matches!(lexicon().entry(lower).cue(), Some(CueClass::Say | CueClass::SayInverted))
}

/// Whether the two lowercase words make a cue phrase after which the speaker
/// is named (`according to`).
pub(crate) fn is_by_phrase((first, second): (&str, &str)) -> bool {
    let en = lexicon();
    en.entry(first)
        .cue_group()
        .is_some_and(|group| en.cue_phrases(group).iter().any(|p| p.class() == CueClass::By && p.rest().eq([second])))
}

/// Whether the lowercase `word` ends like a family name in the news (`-ov`, `-escu`).
pub(crate) fn has_surname_ending(lower: &str) -> bool {
    lower.chars().count() >= 5 && lexicon().has_surname_ending(lower)
}

/// How a role phrase is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RoleKind {
    /// `President`, `spokesperson`, `Mr.`.
    Title,
    /// `deputy`, `acting`: belongs to a following title.
    Modifier,
}

/// Titles, courtesy titles and title modifiers (`titles.tsv`), matched in any
/// case. Portfolio words (`Foreign`, `Security`) count only inside a listed
/// phrase (`Foreign Minister`): alone they are words of institutions' names.
pub(crate) fn roles() -> impl Iterator<Item = (&'static str, RoleKind)> {
    lexicon().titles().iter().filter_map(|title| {
        let kind = match title.class() {
            TitleClass::Modifier => RoleKind::Modifier,
            TitleClass::Portfolio => return None,
            _ => RoleKind::Title,
        };
        Some((title.phrase(), kind))
    })
}

/// Where a head word stands in an institution's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HeadPosition {
    /// Ends the name: `State Department`.
    Final,
    /// Starts it, before `of`: `Ministry of Defense`.
    Leading,
    /// Either.
    Both,
    /// Ends a company's name, possibly after another head: `Azerbaijan Airlines`, `Lear Corp.`.
    Company,
}

impl HeadPosition {
    pub(crate) fn can_end(self) -> bool {
        matches!(self, HeadPosition::Final | HeadPosition::Both | HeadPosition::Company)
    }

    pub(crate) fn can_lead(self) -> bool {
        matches!(self, HeadPosition::Leading | HeadPosition::Both)
    }
}

/// The position of an institution head word written as listed or in capitals (`Ministry`, `CORP.`).
pub(crate) fn head(word: &str) -> Option<HeadPosition> {
    match lexicon().institution_word(word)? {
        InstitutionClass::Final | InstitutionClass::Team => Some(HeadPosition::Final),
        InstitutionClass::Leading => Some(HeadPosition::Leading),
        InstitutionClass::Both => Some(HeadPosition::Both),
        InstitutionClass::Company => Some(HeadPosition::Company),
        InstitutionClass::Body | InstitutionClass::Part => None,
    }
}

/// Cities, states and regions that are neither countries nor people (`places.tsv`).
pub(crate) fn places() -> impl Iterator<Item = &'static str> {
    lexicon().places()
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_load() {
        assert!(is_given_name("John") && is_given_name("JOHN") && !is_given_name("john"));
        assert!(is_non_name("tuesday") && is_particle("van") && is_cue("said"));
        assert!(is_institution_word("rights") && !is_institution_word("park"));
        assert_eq!(head("Ministry"), Some(HeadPosition::Both));
        assert_eq!(head("CORP."), Some(HeadPosition::Company));
        assert_eq!(head("Kirby"), None);
    }

    #[test]
    fn roles_match_in_any_case_and_prefer_the_longest() {
        let text = "Russian foreign minister Pavel Orlov and Secretary of State Antony Blinken";
        let region = crate::doc::Region::for_test(text);
        let ctx = crate::context::Context::new(text, &region);
        let found: Vec<_> = ctx.roles.iter().map(|r| &text[r.span]).collect();
        assert_eq!(found, ["foreign minister", "Secretary of State"]);
    }
}
