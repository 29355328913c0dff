//! What the attribution rules read from the lexicon (`newsclip-lexicon`):
//! each word's entry, seen the way speakers are found.

pub(crate) use newsclip_lexicon::{with_lowercase, Gender, WordClass};
use newsclip_lexicon::{Entry, InstitutionClass, Lexicon, NominalKind, TitleClass};

use crate::SpeakerKind;

/// What the lexicon knows about one word, as the rules ask for it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordInfo {
    /// A title or role written before a name ("Sen.", "spokesperson").
    pub(crate) title: Option<Title>,
    /// A noun that can head a speaker mention ("the ministry", "officials").
    pub(crate) nominal: Option<Nominal>,
    /// A head word that makes a name an institution ("Department", "Party").
    pub(crate) institution: bool,
    /// The name of a listed institution, alone ("Kremlin", "NATO"): an
    /// institution as the last word of a name, a modifier before others
    /// ("NASA Administrator Jim Bridenstine").
    pub(crate) listed_institution: bool,
    /// A function word that is never part of a name, even capitalized ("The", "When").
    pub(crate) stop: bool,
    /// An auxiliary or adverb that may stand between a speaker and the cue ("also", "had").
    pub(crate) modifier: bool,
    /// The group of cue phrases that start with this word ("said", "went" of "went on to add").
    pub(crate) cue: Option<u16>,
    /// The entry itself, for the word classes the rules ask about.
    pub(crate) entry: Entry,
}

impl WordInfo {
    pub(crate) fn of(entry: Entry) -> WordInfo {
        WordInfo {
            // A modifier (`acting`, `top`) is an adjective to these rules, and an
            // affiliation (`Republican`) no role.
            title: entry.title().and_then(|class| match class {
                TitleClass::Courtesy => Some(Title::Honorific),
                TitleClass::Title | TitleClass::Occupation => Some(Title::Role),
                TitleClass::Portfolio => Some(Title::Portfolio),
                TitleClass::Modifier | TitleClass::Affiliation => None,
            }),
            nominal: entry.nominal().map(|kind| match kind {
                NominalKind::Person => Nominal::Speaker(SpeakerKind::Person),
                NominalKind::Group => Nominal::Speaker(SpeakerKind::Group),
                NominalKind::Institution => Nominal::Speaker(SpeakerKind::Institution),
                NominalKind::Document => Nominal::Document,
            }),
            institution: entry
                .institution()
                .is_some_and(|c| !matches!(c, InstitutionClass::Team | InstitutionClass::Part)),
            listed_institution: entry.is(WordClass::InstitutionName),
            stop: entry.is(WordClass::Stop),
            modifier: entry.is(WordClass::Modifier),
            cue: entry.cue_group(),
            entry,
        }
    }

    /// Whether the word belongs to a class of `words.tsv`.
    pub(crate) fn is(&self, class: WordClass) -> bool {
        self.entry.is(class)
    }
}

/// The two kinds of titles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Title {
    /// A courtesy title kept in a surname mention: "Mr.", "Dr.".
    Honorific,
    /// A role: "President", "secretary".
    Role,
    /// A word that qualifies a role: "Foreign" in "Foreign Minister", "State" in "Secretary of State".
    Portfolio,
}

/// What a nominal head points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Nominal {
    /// A speaker of this kind ("the spokeswoman", "officials", "the ministry").
    Speaker(SpeakerKind),
    /// A text that speaks for its author ("a statement", "the study").
    Document,
}

/// The compiled-in lexicon.
pub(crate) fn lexicon() -> &'static Lexicon {
    Lexicon::english()
}

/// What the lexicon knows about `word`, matched without regard to case.
pub(crate) fn word_info(word: &str) -> WordInfo {
    WordInfo::of(lexicon().entry(word))
}

/// Whether `word` belongs to a class of `words.tsv` (any case).
pub(crate) fn is(word: &str, class: WordClass) -> bool {
    lexicon().entry(word).is(class)
}

/// The gender a given name usually carries ("Maria" is female).
pub(crate) fn given_name_gender(name: &str) -> Option<Gender> {
    lexicon().entry(name).gender()
}

/// The gender a courtesy title tells ("Mrs." is female).
pub(crate) fn courtesy_gender(title: &str) -> Option<Gender> {
    lexicon().title(title).and_then(newsclip_lexicon::Title::gender)
}

/// The role a title stands for, so that two mentions of one role are known
/// as one: "senator" for "Sen.", "spokesperson" for "spokeswoman".
pub(crate) fn role_family(role: &str) -> &str {
    match lexicon().title(role) {
        Some(title) => title.means().trim_end_matches('.'),
        None => role.trim_end_matches('.'),
    }
}

/// Whether a noun names people who speak for an institution (`spokeswoman`, `officials`).
pub(crate) fn speaks_for_institution(noun: &str) -> bool {
    lexicon().speaks_for_institution(noun)
}

/// What else a description's head noun may stand for: a person's titles
/// (`envoy`: `ambassador`) or an institution's head words (`regulator`: `authority`).
pub(crate) fn fits(noun: &str) -> &'static [Box<str>] {
    lexicon().fits(noun)
}

/// Whether `word` is a demonym (`Russian`), which names no institution.
pub(crate) fn is_demonym(word: &str) -> bool {
    lexicon().countries().iter().any(|c| c.demonyms().any(|d| d.eq_ignore_ascii_case(word)))
}

/// Whether `name` (words separated by single spaces) is a country.
pub(crate) fn is_country(name: &str) -> bool {
    lexicon().country_named(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_classified_without_regard_to_case() {
        assert_eq!(word_info("Sen.").title, Some(Title::Role));
        assert_eq!(word_info("Mr.").title, Some(Title::Honorific));
        assert_eq!(word_info("ministry").nominal, Some(Nominal::Speaker(SpeakerKind::Institution)));
        assert!(word_info("Kremlin").listed_institution && word_info("Ministry").institution);
        assert!(word_info("The").stop && word_info("also").modifier);
        assert_eq!(word_info("Holm"), WordInfo::default());
    }

    #[test]
    fn countries_include_short_forms() {
        assert!(is_country("Russia") && is_country("U.S.") && is_country("United States"));
        assert!(!is_country("Kremlin"));
    }

    #[test]
    fn given_names_and_titles_carry_a_gender() {
        assert_eq!(given_name_gender("Maria"), Some(Gender::Female));
        assert_eq!(given_name_gender("NED"), Some(Gender::Male));
        assert_eq!(given_name_gender("Jamie"), None);
        assert_eq!(courtesy_gender("Mrs."), Some(Gender::Female));
        assert_eq!(role_family("spokeswoman"), role_family("spokesman"));
        assert_eq!(role_family("Sen."), "senator");
    }
}
