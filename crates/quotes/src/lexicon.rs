//! The word lists under `data/`, compiled in and parsed once.
//!
//! Every list is general knowledge about English news prose (titles, role
//! nouns, institution words, countries, function words); none is about a
//! particular article.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

use crate::SpeakerKind;

/// What the lexicons know about one lowercase word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordInfo {
    /// A title or role written before a name ("Sen.", "spokesperson").
    pub(crate) title: Option<Title>,
    /// A noun that can head a speaker mention ("the ministry", "officials").
    pub(crate) nominal: Option<Nominal>,
    /// A word that makes a name an institution ("Department", "Kremlin").
    pub(crate) institution: bool,
    /// A function word that is never part of a name, even capitalized ("The", "When").
    pub(crate) stop: bool,
    /// An auxiliary or adverb that may stand between a speaker and the cue ("also", "had").
    pub(crate) modifier: bool,
    /// The cue phrases that start with this word ("said", "went" of "went on to add"),
    /// by their id in the cue lexicon.
    pub(crate) cue: Option<u16>,
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

static WORDS: Lazy<LexiconMap<&'static str, WordInfo>> = Lazy::new(|| {
    let mut words: LexiconMap<&'static str, WordInfo> = LexiconMap::default();
    for (word, tag) in entries(include_str!("../data/titles.txt")) {
        let title = match tag {
            Some("honorific") => Title::Honorific,
            Some("portfolio") => Title::Portfolio,
            _ => Title::Role,
        };
        words.entry(word).or_default().title = Some(title);
    }
    for (word, tag) in entries(include_str!("../data/nominals.txt")) {
        let nominal = match tag {
            Some("group") => Nominal::Speaker(SpeakerKind::Group),
            Some("institution") => Nominal::Speaker(SpeakerKind::Institution),
            Some("document") => Nominal::Document,
            _ => Nominal::Speaker(SpeakerKind::Person),
        };
        words.entry(word).or_default().nominal = Some(nominal);
    }
    for (word, _) in entries(include_str!("../data/institutions.txt")) {
        words.entry(word).or_default().institution = true;
    }
    for (word, _) in entries(include_str!("../data/stopwords.txt")) {
        words.entry(word).or_default().stop = true;
    }
    for (word, _) in entries(include_str!("../data/modifiers.txt")) {
        words.entry(word).or_default().modifier = true;
    }
    for (word, id) in crate::cues::first_words() {
        words.entry(word).or_default().cue = Some(id);
    }
    words
});

static GIVEN_NAMES: Lazy<LexiconMap<&'static str, Gender>> = Lazy::new(|| {
    entries(include_str!("../data/given_names.txt"))
        .filter_map(|(name, tag)| match tag {
            Some("m") => Some((name, Gender::Male)),
            Some("f") => Some((name, Gender::Female)),
            _ => None,
        })
        .collect()
});

static COUNTRIES: Lazy<HashSet<String, BuildHasherDefault<WordHasher>>> =
    Lazy::new(|| entries(include_str!("../data/countries.txt")).map(|(name, _)| name.to_lowercase()).collect());

/// A map from the fixed words of a lexicon: its keys never come from the input,
/// so a fast multiplicative hash is safe here.
type LexiconMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// The FxHash function (as in rustc): a rotate, xor and multiply per word of input.
#[derive(Clone, Copy, Debug, Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Calls `f` with `word` in lowercase, without allocating for short ASCII words.
pub(crate) fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    if word.is_ascii() && word.len() <= LONGEST_WORD {
        let mut buffer = [0u8; LONGEST_WORD];
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        f(core::str::from_utf8(lower).unwrap_or(word))
    } else {
        f(&word.to_lowercase())
    }
}

/// The non-comment lines of a data file, split into the entry and its optional tab-separated tag.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = (&'static str, Option<&'static str>)> {
    data.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).map(|line| {
        let mut fields = line.split('\t');
        let entry = fields.next().unwrap_or_default().trim();
        (entry, fields.next().map(str::trim))
    })
}

/// The longest word the lexicons hold, in bytes: longer words are looked up in no table.
const LONGEST_WORD: usize = 24;

/// What the lexicons know about `word`, matched without regard to case.
pub(crate) fn word_info(word: &str) -> WordInfo {
    if word.len() > LONGEST_WORD {
        return WordInfo::default();
    }
    if !word.chars().any(char::is_uppercase) {
        return WORDS.get(word).copied().unwrap_or_default();
    }
    with_lowercase(word, |lower| WORDS.get(lower).copied().unwrap_or_default())
}

/// Grammatical gender, when the text tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// The gender a given name usually carries ("Maria" is female).
pub(crate) fn given_name_gender(name: &str) -> Option<Gender> {
    with_lowercase(name, |lower| GIVEN_NAMES.get(lower).copied())
}

/// Whether `name` (words separated by single spaces) is a country.
pub(crate) fn is_country(name: &str) -> bool {
    with_lowercase(name, |lower| COUNTRIES.contains(lower))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_classified_without_regard_to_case() {
        assert_eq!(word_info("Sen.").title, Some(Title::Role));
        assert_eq!(word_info("Mr.").title, Some(Title::Honorific));
        assert_eq!(word_info("ministry").nominal, Some(Nominal::Speaker(SpeakerKind::Institution)));
        assert!(word_info("Kremlin").institution);
        assert!(word_info("The").stop && word_info("also").modifier);
        assert_eq!(word_info("Holm"), WordInfo::default());
    }

    #[test]
    fn countries_include_short_forms() {
        assert!(is_country("Russia") && is_country("U.S.") && is_country("United States"));
        assert!(!is_country("Kremlin"));
    }

    #[test]
    fn given_names_carry_a_gender() {
        assert_eq!(given_name_gender("Maria"), Some(Gender::Female));
        assert_eq!(given_name_gender("NED"), Some(Gender::Male));
        assert_eq!(given_name_gender("Jamie"), None);
    }
}
