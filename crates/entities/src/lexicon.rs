//! What the recognizers read from the lexicon (`newsclip-lexicon`): given
//! names, family names, roles, cue verbs, particles, non-names, institution
//! words and places, each asked the way the rules need it.

pub(crate) use newsclip_lexicon::WordClass;
use newsclip_lexicon::{CueClass, Entry, InstitutionClass, Lexicon, TitleClass};

/// The compiled-in lexicon.
pub(crate) fn lexicon() -> &'static Lexicon {
    Lexicon::english()
}

/// Whether the lowercase (or any-case) `word` belongs to a class of `words.tsv`.
pub(crate) fn is(word: &str, class: WordClass) -> bool {
    lexicon().entry(word).is(class)
}

/// Whether the capitalized `word` is an East Asian family name written first (`Wang Dan`).
pub(crate) fn is_surname_first(word: &str) -> bool {
    is_capitalized(&lexicon().entry(word), word, WordClass::FamilyNameFirst)
}

/// Whether `word`, whose entry is `entry`, is written capitalized (or in
/// capitals) and belongs to `class`: given names and family names count
/// only so (`Will`, not `will`).
pub(crate) fn is_capitalized(entry: &Entry, word: &str, class: WordClass) -> bool {
    entry.is(class) && starts_upper(word)
}

/// Whether a word belongs to names of organisations, places or events and
/// never to a person's (`rights`, `affairs`, `county`).
pub(crate) fn is_institution_word(entry: &Entry) -> bool {
    matches!(entry.institution(), Some(InstitutionClass::Part | InstitutionClass::Body))
}

/// Whether `word` is two or three initials, each with its full stop (`D.Y.`,
/// `A.P.J.`): before a capitalized name, a person's initials.
pub(crate) fn is_dotted_initials(word: &str) -> bool {
    let bytes = word.as_bytes();
    (4..=6).contains(&bytes.len())
        && bytes.chunks(2).all(|pair| matches!(pair, [letter, b'.'] if letter.is_ascii_uppercase()))
}

/// Whether a word is a verb whose subject is a person: a finite speech verb
/// (`said`, `told`) or a verb of a person's acts (`met`).
pub(crate) fn is_cue(entry: &Entry) -> bool {
    matches!(entry.cue(), Some(CueClass::Say | CueClass::SayInverted | CueClass::Act))
}

/// Whether a word is a finite speech verb, which names a person after it (`said Stig Larsen`).
pub(crate) fn is_speech_verb(entry: &Entry) -> bool {
    matches!(entry.cue(), Some(CueClass::Say | CueClass::SayInverted))
}

/// Whether a word (its entry) and the word after it (`second`) make a cue
/// phrase after which the speaker is named (`according to`).
pub(crate) fn is_by_phrase(lexicon: &Lexicon, first: &Entry, second: &str) -> bool {
    first.cue_group().is_some_and(|group| {
        lexicon.cue_phrases(group).iter().any(|p| {
            p.class() == CueClass::By && p.rest().len() == 1 && p.rest().all(|w| w.eq_ignore_ascii_case(second))
        })
    })
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
pub(crate) fn roles(lexicon: &Lexicon) -> impl Iterator<Item = (&str, RoleKind)> {
    lexicon.titles().iter().filter_map(|title| {
        let kind = match title.class() {
            TitleClass::Modifier => RoleKind::Modifier,
            TitleClass::Portfolio | TitleClass::Occupation => return None,
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

/// The position of an institution head word written as listed or in
/// capitals (`Ministry`, `CORP.`), whose entry is `entry`.
pub(crate) fn head_of(lexicon: &Lexicon, entry: &Entry, word: &str) -> Option<HeadPosition> {
    match lexicon.institution_class(entry, word)? {
        InstitutionClass::Final | InstitutionClass::Team => Some(HeadPosition::Final),
        InstitutionClass::Leading => Some(HeadPosition::Leading),
        InstitutionClass::Both => Some(HeadPosition::Both),
        InstitutionClass::Company => Some(HeadPosition::Company),
        InstitutionClass::Body | InstitutionClass::Part => None,
    }
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_load() {
        let entry = |w| lexicon().entry(w);
        let given = |w| is_capitalized(&entry(w), w, WordClass::GivenName);
        assert!(given("John") && given("JOHN") && given("André") && !given("john"));
        assert!(entry("tuesday").is(WordClass::NotPerson) && entry("van").is(WordClass::Particle));
        assert!(is_cue(&entry("said")) && is_cue(&entry("met")) && !is_speech_verb(&entry("met")));
        assert!(is_by_phrase(lexicon(), &entry("according"), "TO"));
        assert!(is_institution_word(&entry("rights")) && !is_institution_word(&entry("park")));
        let head = |w| head_of(lexicon(), &entry(w), w);
        assert_eq!(head("Ministry"), Some(HeadPosition::Both));
        assert_eq!(head("CORP."), Some(HeadPosition::Company));
        assert_eq!(head("Kirby"), None);
    }

    #[test]
    fn roles_match_in_any_case_and_prefer_the_longest() {
        let text = "Russian foreign minister Pavel Orlov and Secretary of State Antony Blinken";
        let region = crate::doc::Region::for_test(text);
        let ctx =
            crate::context::Context::new(text, &region, crate::lexicon::lexicon(), &crate::listed::Phrases::english());
        let found: Vec<_> = ctx.roles.iter().map(|r| &text[r.span]).collect();
        assert_eq!(found, ["foreign minister", "Secretary of State"]);
    }
}
