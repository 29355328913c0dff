//! Word lists compiled in from `data/`: given names, roles, cue verbs, name
//! particles, non-name words, institution head words and places.

use once_cell::sync::Lazy;
use rustc_hash::{FxHashMap, FxHashSet};

/// The lines of a data file that are neither blank nor `#` comments.
pub(crate) fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn word_set(data: &'static str) -> FxHashSet<&'static str> {
    data_lines(data).collect()
}

static GIVEN_NAMES: Lazy<FxHashSet<&'static str>> = Lazy::new(|| word_set(include_str!("../data/given_names.txt")));
static NON_NAMES: Lazy<FxHashSet<&'static str>> = Lazy::new(|| word_set(include_str!("../data/non_names.txt")));
static PARTICLES: Lazy<FxHashSet<&'static str>> = Lazy::new(|| word_set(include_str!("../data/particles.txt")));
static INSTITUTION_WORDS: Lazy<FxHashSet<&'static str>> =
    Lazy::new(|| word_set(include_str!("../data/institution_words.txt")));
static SURNAMES_FIRST: Lazy<FxHashSet<&'static str>> =
    Lazy::new(|| word_set(include_str!("../data/surnames_first.txt")));
static SURNAMES: Lazy<FxHashSet<&'static str>> = Lazy::new(|| word_set(include_str!("../data/surnames.txt")));
static CUES: Lazy<FxHashSet<&'static str>> = Lazy::new(|| word_set(include_str!("../data/cues.txt")));

/// Whether `word` (as written, in capitals, or without its accents:
/// `André`, `José`) is a listed given name.
pub(crate) fn is_given_name(word: &str) -> bool {
    if GIVEN_NAMES.contains(word) {
        return true;
    }
    if !word.is_ascii() {
        let folded: String = word.chars().map(without_accent).collect();
        if folded.is_ascii() && folded != word && is_given_name(&folded) {
            return true;
        }
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(first) if word.len() > 1 && !chars.clone().any(char::is_lowercase) => {
            let titled: String = first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect();
            GIVEN_NAMES.contains(titled.as_str())
        }
        _ => false,
    }
}

/// Whether `word` is an East Asian family name written first (`Wang Dan`).
pub(crate) fn is_surname_first(word: &str) -> bool {
    SURNAMES_FIRST.contains(word)
}

/// Whether `word` is a listed common family name (`Khan`, `Silva`, `Smith`).
pub(crate) fn is_common_surname(word: &str) -> bool {
    SURNAMES.contains(word)
}

/// Whether the lowercase `word` is a capitalized non-name (month, weekday, function word …).
pub(crate) fn is_non_name(lower: &str) -> bool {
    NON_NAMES.contains(lower)
}

/// Whether the lowercase `word` belongs to names of organisations, places or
/// events and never to a person's (`rights`, `affairs`, `county`).
pub(crate) fn is_institution_word(lower: &str) -> bool {
    INSTITUTION_WORDS.contains(lower)
}

/// Whether the lowercase `word` is a month or weekday, never part of a name.
pub(crate) fn is_time_word(lower: &str) -> bool {
    matches!(
        lower,
        "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tomorrow"
    )
}

/// Whether `word` is two or three initials, each with its full stop (`D.Y.`,
/// `A.P.J.`): before a capitalized name, a person's initials.
pub(crate) fn is_dotted_initials(word: &str) -> bool {
    let bytes = word.as_bytes();
    (4..=6).contains(&bytes.len())
        && bytes.chunks(2).all(|pair| matches!(pair, [letter, b'.'] if letter.is_ascii_uppercase()))
}

/// The Latin letter under an accented one (`é` → `e`), for looking up names
/// the list spells without accents; other characters unchanged.
fn without_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => 'E',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => 'I',
        'ñ' | 'ń' | 'ň' => 'n',
        'Ñ' | 'Ń' | 'Ň' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' => 'Y',
        'š' | 'ś' | 'ş' => 's',
        'Š' | 'Ś' | 'Ş' => 'S',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ğ' => 'g',
        'Ğ' => 'G',
        'ř' => 'r',
        'Ř' => 'R',
        'ť' => 't',
        'Ť' => 'T',
        'ď' => 'd',
        'Ď' => 'D',
        other => other,
    }
}

/// Whether the lowercase `word` is a month's abbreviation written without its
/// full stop (`jan`, `sept`).
pub(crate) fn is_month_abbreviation(lower: &str) -> bool {
    matches!(lower, "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec")
}

/// Whether the lowercase `word` is a name particle (`de`, `van`, `bin`, `al`).
pub(crate) fn is_particle(lower: &str) -> bool {
    PARTICLES.contains(lower)
}

/// Whether the lowercase `word` is a verb that follows a speaker (`said`, `told`).
pub(crate) fn is_cue(lower: &str) -> bool {
    CUES.contains(lower)
}

/// How a role phrase is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RoleKind {
    /// `President`, `spokesperson`.
    Title,
    /// `Mr.`, `Dr.`: always followed by a name.
    Honorific,
    /// `deputy`, `principal`: belongs to a following title.
    Modifier,
}

/// Titles, honorifics and title modifiers (`data/roles.tsv`), matched in any case.
pub(crate) fn roles() -> impl Iterator<Item = (&'static str, RoleKind)> {
    data_lines(include_str!("../data/roles.tsv")).filter_map(|line| {
        let (phrase, kind) = line.split_once('\t')?;
        let kind = match kind {
            "title" => RoleKind::Title,
            "honorific" => RoleKind::Honorific,
            "modifier" => RoleKind::Modifier,
            _ => return None,
        };
        Some((phrase, kind))
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

static HEADS: Lazy<FxHashMap<&'static str, HeadPosition>> = Lazy::new(|| {
    data_lines(include_str!("../data/institution_heads.tsv"))
        .filter_map(|line| {
            let (word, position) = line.split_once('\t')?;
            let position = match position {
                "final" => HeadPosition::Final,
                "leading" => HeadPosition::Leading,
                "both" => HeadPosition::Both,
                "company" => HeadPosition::Company,
                _ => return None,
            };
            Some((word, position))
        })
        .collect()
});

/// The position of an institution head word written as in the list (`Ministry`, `Corp.`).
pub(crate) fn head(word: &str) -> Option<HeadPosition> {
    HEADS.get(word).copied().or_else(|| {
        // Capitals-only text: `MINISTRY` is `Ministry`.
        let mut chars = word.chars();
        let first = chars.next()?;
        if chars.clone().any(char::is_lowercase) {
            return None;
        }
        let titled: String = first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect();
        HEADS.get(titled.as_str()).copied()
    })
}

/// Cities, states and regions that are neither countries nor people (`data/places.txt`).
pub(crate) fn places() -> impl Iterator<Item = &'static str> {
    data_lines(include_str!("../data/places.txt"))
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
