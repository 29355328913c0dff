//! [`Lexicon`]: every table, built from the lexicon files, and the word look-up.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::builtin::{self, Kind, LANGUAGES};
use crate::file::{records, LoadError, LoadErrorKind, Record};
use crate::table::{EntryId, HashSet64, Key, WordTable};
use crate::tables::{
    Anchor, Country, CuePhrase, CueSpeaker, FurnitureFamily, FurniturePhrase, Institution, InstitutionKind, Listing,
    Person, Pronoun, Title,
};
use crate::user::{UserKind, UserLexicon};
use crate::words::{AbbreviationClass, CueClass, Entry, Gender, InstitutionClass, NominalKind, TitleClass, WordClass};
use crate::CountryCode;

/// The word knowledge of one language: word classes, given names, titles,
/// cues, institution words, countries, institutions and places.
///
/// [`Lexicon::english`] is the compiled-in English lexicon, built once per
/// process on first use; [`Lexicon::with_user`] adds a user's people,
/// institutions and country names to it. Words are looked up without regard
/// to case.
#[derive(Clone, Debug)]
pub struct Lexicon {
    language: &'static str,
    /// Lowercase word → index into `entries`.
    words: WordTable,
    /// The given names, as hashes: most have no entry of their own.
    given_names: HashSet64,
    entries: Vec<Entry>,
    /// Cue phrases by group; a group holds the phrases that start with one word, longest first.
    cue_groups: Vec<Vec<CuePhrase>>,
    titles: Vec<Title>,
    /// Lowercase one-word titles → index into `titles`.
    title_index: FxHashMap<Box<str>, u32>,
    /// Sorted by code.
    countries: Vec<Country>,
    /// Lowercase names and aliases (not demonyms) → country.
    country_names: FxHashMap<Box<str>, CountryCode>,
    institutions: Vec<Institution>,
    /// Lowercase names and aliases → index into `institutions`.
    institution_names: FxHashMap<Box<str>, u32>,
    places: Vec<Box<str>>,
    /// Descriptions that stand for what they fit (`envoy` fits `ambassador`, `regulator` fits
    /// `Authority`), by lowercase noun.
    fits: FxHashMap<Box<str>, Box<[Box<str>]>>,
    /// Nouns of people who speak for an institution (`spokesperson`, `officials`), lowercase.
    speaks_for: HashSet<Box<str>>,
    /// People a user lexicon lists.
    people: Vec<Person>,
    /// The listed form of each head word with capitals in it (`SpA`, `AG`), by lowercase.
    head_forms: FxHashMap<Box<str>, Box<str>>,
    /// Lowercase endings common in family names.
    surname_endings: Vec<Box<str>>,
    /// Lowercase endings that make one compound word an institution's name (`ministerium`).
    institution_suffixes: Vec<Box<str>>,
    /// Lowercase beginnings that mark such a compound as public (`bundes`).
    institution_prefixes: Vec<Box<str>>,
    /// Section labels, lowercase.
    section_labels: Vec<Box<str>>,
    /// Months' names and abbreviations, lowercase, with the month's number.
    months: Vec<(Box<str>, u8)>,
    /// Cities of the European time zones, lowercase, with the zone's winter offset.
    city_zones: Vec<(Box<str>, i8)>,
    furniture: Vec<FurniturePhrase>,
    /// Subject pronouns, lowercase (none in English, whose few the quote finder knows).
    pronouns: FxHashMap<Box<str>, Pronoun>,
    errors: Vec<LoadError>,
}

impl Lexicon {
    /// The compiled-in English lexicon, built on first use (some milliseconds).
    #[must_use]
    pub fn english() -> &'static Lexicon {
        static ENGLISH: OnceLock<Lexicon> = OnceLock::new();
        ENGLISH.get_or_init(|| Lexicon::build(&LANGUAGES[0]))
    }

    /// The compiled-in lexicon of a language, by its ISO 639-1 code, built
    /// on first use: `en` has every table; `de`, `fr` and `es` every table
    /// quotes and entities read (see the crate docs) and their phrases of page
    /// furniture ([`furniture`](Self::furniture)); `pt`, `it` and `nl`, so
    /// far, their function words and the words that join names in a byline
    /// (the classes of `data/<code>/words.tsv`).
    ///
    /// ```
    /// use newsclip_lexicon::{Lexicon, WordClass};
    ///
    /// let de = Lexicon::for_language("de").unwrap();
    /// assert!(de.entry("und").is(WordClass::JoinsAnd));
    /// assert!(Lexicon::for_language("xx").is_none());
    /// ```
    #[must_use]
    pub fn for_language(code: &str) -> Option<&'static Lexicon> {
        static LOADED: [OnceLock<Lexicon>; 7] = [const { OnceLock::new() }; 7];
        let i = LANGUAGES.iter().position(|l| l.code == code)?;
        if i == 0 {
            return Some(Lexicon::english());
        }
        Some(LOADED.get(i)?.get_or_init(|| Lexicon::build(&LANGUAGES[i])))
    }

    /// The codes of the compiled-in languages, English first.
    pub fn languages() -> impl Iterator<Item = &'static str> {
        LANGUAGES.iter().map(|l| l.code)
    }

    fn build(language: &'static builtin::Language) -> Lexicon {
        let size = |given: bool| -> usize {
            language.files.iter().filter(|f| (f.kind == Kind::GivenNames) == given).map(|f| f.text.len()).sum()
        };
        // About sixteen bytes a line of words, eight a given name.
        let mut builder = Builder::new(language.code, size(false) / 16, size(true) / 8);
        for file in language.files {
            builder.load(file.name, file.text, file.kind);
        }
        builder.finish()
    }

    /// The language of the lexicon (`"en"`).
    #[must_use]
    pub fn language(&self) -> &str {
        self.language
    }

    /// Problems found while loading the compiled-in files (their tests demand none).
    #[must_use]
    pub fn load_errors(&self) -> &[LoadError] {
        &self.errors
    }

    /// What the lexicon knows about `word`, in any case, but for one class:
    /// a word is a [`GivenName`](WordClass::GivenName) only when written with
    /// a capital (`Will`, not `will`). A capitalized word written with
    /// accents that is no listed name may be one without them, and counts
    /// as a given name only (`André` is the listed `Andre`).
    #[must_use]
    pub fn entry(&self, word: &str) -> Entry {
        self.entry_id(word).map(|id| self.get(id)).unwrap_or_default()
    }

    /// The id of `word`'s entry (see [`entry`](Self::entry)), to look the
    /// entry up later with [`get`](Self::get): the form a text analysis
    /// keeps for each of its words. `None` for a word the lexicon does not know.
    #[inline]
    #[must_use]
    pub fn entry_id(&self, word: &str) -> Option<EntryId> {
        let key = Key::of(word);
        let id = self.words.get_key(&key);
        let capitalized = word.chars().next().is_some_and(char::is_uppercase);
        let given = if capitalized { self.given_names.get(&key) } else { None };
        match (id, given) {
            (Some(id), None) => Some(id),
            (Some(id), Some(tag)) => Some(EntryId(id.0 | given_bits(tag))),
            (None, Some(tag)) => Some(EntryId(NO_INDEX | given_bits(tag))),
            (None, None) if capitalized && !word.is_ascii() => self.folded_given_name(word),
            (None, None) => None,
        }
    }

    /// A given name written with accents the list spells without (`André`).
    fn folded_given_name(&self, word: &str) -> Option<EntryId> {
        let folded: String = word.chars().flat_map(char::to_lowercase).map(without_accent).collect();
        let tag = self.given_names.get(&Key::of(&folded))?;
        Some(EntryId(NO_INDEX | given_bits(tag)))
    }

    /// The entry with `id`; the default entry for an id of another lexicon.
    #[inline]
    #[must_use]
    pub fn get(&self, id: EntryId) -> Entry {
        let mut entry = self.entries.get((id.0 & INDEX) as usize).copied().unwrap_or_default();
        if id.0 & GIVEN != 0 {
            entry.classes.insert(WordClass::GivenName);
            entry.gender = match id.0 & (MALE | FEMALE) {
                MALE => Some(Gender::Male),
                FEMALE => Some(Gender::Female),
                _ => None,
            };
        }
        entry
    }

    /// How `word` makes an institution's name, with a head word's capitals
    /// as listed: `SpA` or `SPA`, never `Spa`; `Ministry` or `MINISTRY`.
    #[must_use]
    pub fn institution_word(&self, word: &str) -> Option<InstitutionClass> {
        self.institution_class(&self.entry(word), word)
    }

    /// How `written`, a word whose entry is `entry`, makes an institution's
    /// name: [`institution_word`](Self::institution_word) without the look-up.
    #[must_use]
    pub fn institution_class(&self, entry: &Entry, written: &str) -> Option<InstitutionClass> {
        let class = entry.institution()?;
        if !class.is_head() {
            return Some(class);
        }
        let fits = with_lowercase(written, |lower| self.head_forms.get(lower).is_none_or(|l| case_fits(l, written)));
        fits.then_some(class)
    }

    /// The cue phrases of a group ([`Entry::cue_group`]), longest first: the
    /// rest of each phrase after the word that starts the group.
    #[must_use]
    pub fn cue_phrases(&self, group: u16) -> &[CuePhrase] {
        self.cue_groups.get(usize::from(group)).map_or(&[], Vec::as_slice)
    }

    /// Every title and role phrase.
    #[must_use]
    pub fn titles(&self) -> &[Title] {
        &self.titles
    }

    /// The one-word title `word` (any case).
    #[must_use]
    pub fn title(&self, word: &str) -> Option<&Title> {
        with_lowercase(word, |lower| self.title_index.get(lower).and_then(|&i| self.titles.get(i as usize)))
    }

    /// What a noun heading a description fits (`nominals.tsv`, column `fits`): the roles of a
    /// person (`envoy` fits `ambassador`) or the head words of an institution's name
    /// (`regulator` fits `Authority`); empty when the noun fits only itself.
    ///
    /// ```
    /// let en = newsclip_lexicon::Lexicon::english();
    /// assert!(en.fits("envoy").iter().any(|role| role.as_ref() == "ambassador"));
    /// assert!(en.fits("Holm").is_empty());
    /// ```
    #[must_use]
    pub fn fits(&self, noun: &str) -> &[Box<str>] {
        with_lowercase(noun, |lower| self.fits.get(lower).map_or(&[][..], |fits| &fits[..]))
    }

    /// Whether a noun names people who speak for an institution (`nominals.tsv`, column
    /// `speaks_for`): `a spokeswoman for the ministry`, `officials at the port` speak as the
    /// ministry and the port.
    ///
    /// ```
    /// let en = newsclip_lexicon::Lexicon::english();
    /// assert!(en.speaks_for_institution("Spokeswoman") && !en.speaks_for_institution("lawyer"));
    /// ```
    #[must_use]
    pub fn speaks_for_institution(&self, noun: &str) -> bool {
        with_lowercase(noun, |lower| self.speaks_for.contains(lower))
    }

    /// Every country, sorted by code.
    #[must_use]
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country with `code`.
    #[must_use]
    pub fn country(&self, code: CountryCode) -> Option<&Country> {
        self.countries.binary_search_by_key(&code, Country::code).ok().and_then(|i| self.countries.get(i))
    }

    /// The country a name or alias (not a demonym) names, in any case: `Russia`, `U.S.`.
    #[must_use]
    pub fn country_named(&self, name: &str) -> Option<CountryCode> {
        with_lowercase(name, |lower| self.country_names.get(lower).copied())
    }

    /// Every listed institution.
    #[must_use]
    pub fn institutions(&self) -> &[Institution] {
        &self.institutions
    }

    /// The listed institution a name or alias names, in any case: `Kremlin`, `UN`.
    #[must_use]
    pub fn institution_named(&self, name: &str) -> Option<&Institution> {
        with_lowercase(name, |lower| self.institution_names.get(lower).and_then(|&i| self.institutions.get(i as usize)))
    }

    /// Whether the lowercase `word` ends like a family name in the news (`-ov`, `-escu`, `-shvili`).
    #[must_use]
    pub fn has_surname_ending(&self, lower: &str) -> bool {
        self.surname_endings.iter().any(|ending| lower.ends_with(&**ending))
    }

    /// Whether the lowercase `word` is one compound that names an
    /// institution: it ends in a listed suffix (`ministerium`, `gericht`) and
    /// is longer than it (`Finanzministerium`, `Landgericht`). English
    /// lists no suffixes.
    #[must_use]
    pub fn is_institution_compound(&self, lower: &str) -> bool {
        self.institution_suffixes.iter().any(|s| lower.len() > s.len() && lower.ends_with(&**s))
    }

    /// Whether the lowercase `word` starts with a prefix that marks a
    /// public body (`bundes`, `landes`), and goes on after it.
    #[must_use]
    pub fn has_institution_prefix(&self, lower: &str) -> bool {
        self.institution_prefixes.iter().any(|p| lower.len() > p.len() + 2 && lower.starts_with(&**p))
    }

    /// Whether the language capitalizes every noun (German): there a capital
    /// is weak evidence of a name.
    #[must_use]
    pub fn capitalizes_nouns(&self) -> bool {
        self.language == "de"
    }

    /// Whether a capitalized head word alone names an institution (`el
    /// Gobierno`, `le Parlement`): in French and Spanish, which write common
    /// nouns in lowercase, the capital marks the name. Not in English
    /// (`Government` in a headline) nor German (every noun is capitalized).
    #[must_use]
    pub fn lone_heads_are_names(&self) -> bool {
        matches!(self.language, "fr" | "es")
    }

    /// Whether months and weekdays are written in lowercase (French,
    /// Spanish): there a capitalized `Julio` or `Domingo` before a name is a
    /// given name, not a date.
    #[must_use]
    pub fn writes_calendar_lowercase(&self) -> bool {
        matches!(self.language, "fr" | "es")
    }

    /// Whether a speech verb before a lone capitalized word (`dijo Zamorano.`,
    /// `sagte Röttgen.`) is proof of a person's name: in languages other than
    /// English, whose nouns there take an article.
    #[must_use]
    pub fn inverted_cue_names_people(&self) -> bool {
        matches!(self.language, "de" | "fr" | "es")
    }

    /// The subject pronoun `word` is, in any case (`er`, `Elle`), from the
    /// language's `pronouns.tsv`; `None` in English, whose pronouns the
    /// quote finder knows by heart.
    ///
    /// ```
    /// use newsclip_lexicon::{Gender, Lexicon};
    ///
    /// let fr = Lexicon::for_language("fr").unwrap();
    /// assert_eq!(fr.pronoun("Elle").and_then(|p| p.gender()), Some(Gender::Female));
    /// assert!(fr.pronoun("la").is_none());
    /// ```
    #[must_use]
    pub fn pronoun(&self, word: &str) -> Option<Pronoun> {
        if self.pronouns.is_empty() {
            return None;
        }
        with_lowercase(word, |lower| self.pronouns.get(lower).copied())
    }

    /// People a user lexicon lists (none in the compiled-in lexicon).
    #[must_use]
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// This lexicon with the people, institutions and country names of
    /// `user` added: found, merged and linked like the compiled-in ones.
    #[must_use]
    pub fn with_user(&self, user: &UserLexicon) -> Lexicon {
        let mut builder = Builder { lexicon: self.clone(), cue_firsts: HashMap::new(), furniture_keys: HashSet::new() };
        for entry in user.entries() {
            let code = entry.code().map(Into::into);
            match entry.kind() {
                UserKind::Person => builder.lexicon.people.push(entry.listing.clone()),
                UserKind::Institution => {
                    let kind = InstitutionKind::Other;
                    builder.add_institution(entry.name(), entry.aliases(), entry.country(), kind, code);
                }
                UserKind::Country => {
                    if let Some(code) = entry.country() {
                        builder.add_country_names(code, core::iter::once(entry.name()).chain(entry.aliases()));
                    }
                }
            }
        }
        builder.finish()
    }

    /// Every word of the lexicon with `class`, lowercase, in no set order
    /// (the compiled-in classes of `words.tsv` and `newsroom.tsv`).
    ///
    /// ```
    /// use newsclip_lexicon::{Lexicon, WordClass};
    ///
    /// let desks: Vec<&str> = Lexicon::english().words_of(WordClass::LoneDesk).collect();
    /// assert!(desks.contains(&"newsroom"));
    /// ```
    pub fn words_of(&self, class: WordClass) -> impl Iterator<Item = &str> + '_ {
        self.words.iter().filter(move |&(_, id)| self.get(id).is(class)).map(|(word, _)| word)
    }

    /// Section labels news sites file articles under (`politics`, `world
    /// news`), lowercase (`sections.tsv`).
    pub fn section_labels(&self) -> impl Iterator<Item = &str> + '_ {
        self.section_labels.iter().map(AsRef::as_ref)
    }

    /// The names and abbreviations of the months, lowercase, with the
    /// month's number (1 to 12): `january`, `sept`, `märz` (each language's
    /// `words.tsv`).
    pub fn months(&self) -> impl Iterator<Item = (&str, u8)> + '_ {
        self.months.iter().map(|(name, month)| (&**name, *month))
    }

    /// Cities that pages name for a European time zone, lowercase, with the
    /// zone's winter offset in hours east of UTC (`time_zones.tsv`).
    pub fn city_zones(&self) -> impl Iterator<Item = (&str, i8)> + '_ {
        self.city_zones.iter().map(|(city, offset)| (&**city, *offset))
    }

    /// The phrases of page furniture, by family (`furniture.tsv`), in the
    /// file's order.
    #[must_use]
    pub fn furniture(&self) -> &[FurniturePhrase] {
        &self.furniture
    }

    /// Cities, states and regions that are neither countries nor people.
    pub fn places(&self) -> impl Iterator<Item = &str> + '_ {
        self.places.iter().map(AsRef::as_ref)
    }
}

/// The bit of an [`EntryId`] that says the word is a given name.
const GIVEN: u32 = 1 << 31;
/// The bits of an [`EntryId`] that give a given name's gender.
const MALE: u32 = 1 << 30;
const FEMALE: u32 = 1 << 29;
/// The bits of an [`EntryId`] that index the entries.
const INDEX: u32 = FEMALE - 1;
/// The index of no entry; below `INDEX`, so that no id is `u32::MAX`.
const NO_INDEX: u32 = INDEX - 1;

/// The tags of the given-name set: a name with no gender, a man's, a woman's.
const TAG_NONE: u8 = 1;
const TAG_MALE: u8 = 2;
const TAG_FEMALE: u8 = 3;

/// The bits of an [`EntryId`] for a given name with the set's `tag`.
fn given_bits(tag: u8) -> u32 {
    match tag {
        TAG_MALE => GIVEN | MALE,
        TAG_FEMALE => GIVEN | FEMALE,
        _ => GIVEN,
    }
}

/// Builds a [`Lexicon`] from lexicon files.
struct Builder {
    lexicon: Lexicon,
    /// Cue group of each lowercase first word.
    cue_firsts: HashMap<Box<str>, u16>,
    /// The furniture phrases so far, lowercase, by whether they open a block.
    furniture_keys: HashSet<(bool, String)>,
}

impl Builder {
    /// A builder for about `words` words and `names` given names.
    fn new(language: &'static str, words: usize, names: usize) -> Builder {
        Builder {
            lexicon: Lexicon {
                language,
                words: WordTable::with_capacity(words),
                given_names: HashSet64::with_capacity(names),
                entries: Vec::new(),
                cue_groups: Vec::new(),
                titles: Vec::new(),
                title_index: FxHashMap::default(),
                countries: Vec::new(),
                country_names: FxHashMap::default(),
                institutions: Vec::new(),
                institution_names: FxHashMap::default(),
                places: Vec::new(),
                fits: FxHashMap::default(),
                speaks_for: HashSet::new(),
                people: Vec::new(),
                head_forms: FxHashMap::default(),
                surname_endings: Vec::new(),
                institution_suffixes: Vec::new(),
                institution_prefixes: Vec::new(),
                section_labels: Vec::new(),
                months: Vec::new(),
                city_zones: Vec::new(),
                furniture: Vec::new(),
                pronouns: FxHashMap::default(),
                errors: Vec::new(),
            },
            cue_firsts: HashMap::new(),
            furniture_keys: HashSet::new(),
        }
    }

    /// The entry of a lowercase word, created if new.
    fn entry(&mut self, word: &str) -> &mut Entry {
        let lexicon = &mut self.lexicon;
        let next = u32::try_from(lexicon.entries.len()).unwrap_or(NO_INDEX);
        let (id, inserted) = lexicon.words.get_or_insert(word, next);
        if inserted {
            lexicon.entries.push(Entry::default());
        }
        &mut lexicon.entries[id.0 as usize]
    }

    fn load(&mut self, name: &str, text: &str, kind: Kind) {
        let schema = kind.schema();
        // The compiled-in files are proven free of duplicates by the tests.
        for record in records(name, text, schema).without_duplicate_check() {
            match record {
                Ok(record) => self.add(kind, &record),
                Err(error) => self.lexicon.errors.push(error),
            }
        }
    }

    fn add(&mut self, kind: Kind, record: &Record<'_>) {
        let key = record.field(0);
        match kind {
            Kind::Words | Kind::Newsroom => {
                let classes: Vec<WordClass> = record
                    .classes(1)
                    .filter_map(|c| WordClass::NAMED.iter().find(|(n, _)| *n == c).map(|&(_, class)| class))
                    .collect();
                let entry = self.entry(key);
                classes.into_iter().for_each(|c| entry.classes.insert(c));
                if let Some(month) = builtin::MONTH_NUMBERS.iter().position(|&m| m == record.field(2)) {
                    let number = u8::try_from(month + 1).unwrap_or_default();
                    self.lexicon.months.push((key.to_lowercase().into(), number));
                }
            }
            Kind::TimeZones => {
                let offset = builtin::EUROPEAN_OFFSETS.iter().position(|&o| o == record.field(1));
                let offset = offset.and_then(|o| i8::try_from(o).ok()).unwrap_or_default();
                self.lexicon.city_zones.push((key.to_lowercase().into(), offset));
            }
            Kind::GivenNames => {
                // No given name needs an entry of its own: its gender is kept with it in the set.
                let tag = match gender(record.field(1)) {
                    Some(Gender::Male) => TAG_MALE,
                    Some(Gender::Female) => TAG_FEMALE,
                    None => TAG_NONE,
                };
                self.lexicon.given_names.insert(&Key::of(key), tag);
            }
            Kind::Surnames => {
                let classes: Vec<&str> = record.classes(1).collect();
                if let Some(ending) = key.strip_prefix('-').filter(|_| classes.contains(&"ending")) {
                    self.lexicon.surname_endings.push(ending.to_lowercase().into());
                    return;
                }
                let entry = self.entry(key);
                if classes.contains(&"common") {
                    entry.classes.insert(WordClass::CommonSurname);
                }
                if classes.contains(&"first") {
                    entry.classes.insert(WordClass::FamilyNameFirst);
                }
            }
            Kind::Abbreviations => {
                let class = match record.field(1) {
                    "continues" => AbbreviationClass::Continues,
                    _ => AbbreviationClass::Ambiguous,
                };
                self.entry(key).abbreviation = Some(class);
            }
            Kind::Nominals => {
                let kind = match record.field(1) {
                    "group" => NominalKind::Group,
                    "institution" => NominalKind::Institution,
                    "document" => NominalKind::Document,
                    _ => NominalKind::Person,
                };
                self.entry(key).nominal = Some(kind);
                let noun: Box<str> = key.to_lowercase().into();
                if record.field(2) == "institution" {
                    self.lexicon.speaks_for.insert(noun.clone());
                }
                let fits: Box<[Box<str>]> = record.list(3).map(Into::into).collect();
                if !fits.is_empty() {
                    self.lexicon.fits.insert(noun, fits);
                }
            }
            Kind::InstitutionWords => {
                match record.field(1) {
                    "suffix" => {
                        let suffix = key.trim_start_matches('-').to_lowercase();
                        return self.lexicon.institution_suffixes.push(suffix.into());
                    }
                    "prefix" => {
                        let prefix = key.trim_end_matches('-').to_lowercase();
                        return self.lexicon.institution_prefixes.push(prefix.into());
                    }
                    _ => {}
                }
                let class = match record.field(1) {
                    "final" => InstitutionClass::Final,
                    "leading" => InstitutionClass::Leading,
                    "both" => InstitutionClass::Both,
                    "company" => InstitutionClass::Company,
                    "team" => InstitutionClass::Team,
                    "body" => InstitutionClass::Body,
                    _ => InstitutionClass::Part,
                };
                self.entry(key).institution = Some(class);
                if class.is_head() && key.chars().any(char::is_uppercase) {
                    self.lexicon.head_forms.insert(key.to_lowercase().into(), key.into());
                }
            }
            Kind::Titles => self.add_title(record),
            Kind::Cues => self.add_cue(record),
            Kind::Countries => self.add_country(record),
            Kind::Institutions => {
                let kind = InstitutionKind::NAMED
                    .iter()
                    .find(|(n, _)| *n == record.field(3))
                    .map_or(InstitutionKind::Other, |&(_, k)| k);
                let country = self.known_country(record.field(2));
                self.add_institution(key, record.list(1), country, kind, None);
            }
            Kind::Places => self.lexicon.places.push(key.into()),
            Kind::Sections => self.lexicon.section_labels.push(key.to_lowercase().into()),
            Kind::Furniture => self.add_furniture(record),
            Kind::Pronouns => {
                let pronoun = Pronoun {
                    person: record.field(1).parse().unwrap_or(3),
                    gender: gender(record.field(2)),
                    plural: match record.field(3) {
                        "sg" => Some(false),
                        "pl" => Some(true),
                        _ => None,
                    },
                };
                self.lexicon.pronouns.insert(key.to_lowercase().into(), pronoun);
            }
        }
    }

    /// A phrase of furniture. The loader has checked that no phrase is
    /// listed twice with the same anchor; a phrase may still not be listed
    /// both at the start of a block and as the whole block, since both are
    /// matched from the block's start.
    fn add_furniture(&mut self, record: &Record<'_>) {
        let anchor = match record.field(1) {
            "start" => Anchor::Start,
            "end" => Anchor::End,
            "whole" => Anchor::Whole,
            _ => Anchor::Anywhere,
        };
        let family = record
            .section
            .and_then(|name| FurnitureFamily::NAMED.iter().find(|(n, _)| *n == name))
            .map_or(FurnitureFamily::Navigation, |&(_, family)| family);
        let phrase = record.field(0);
        if !self.furniture_keys.insert((anchor.at_start(), phrase.to_ascii_lowercase())) {
            let message = format!("'{phrase}' is listed twice among the phrases that open a block");
            self.lexicon.errors.push(LoadError::new(
                LoadErrorKind::Duplicate,
                "en/furniture.tsv",
                record.line,
                message,
            ));
            return;
        }
        self.lexicon.furniture.push(FurniturePhrase { phrase: phrase.into(), family, anchor });
    }

    fn add_title(&mut self, record: &Record<'_>) {
        let phrase = record.field(0).to_lowercase();
        let class = match record.field(1) {
            "courtesy" => TitleClass::Courtesy,
            "modifier" => TitleClass::Modifier,
            "portfolio" => TitleClass::Portfolio,
            "affiliation" => TitleClass::Affiliation,
            "occupation" => TitleClass::Occupation,
            _ => TitleClass::Title,
        };
        let means = Some(record.field(3)).filter(|m| !m.is_empty()).map(Into::into);
        if !phrase.contains(' ') {
            let index = u32::try_from(self.lexicon.titles.len()).unwrap_or(u32::MAX);
            self.lexicon.title_index.insert(phrase.clone().into_boxed_str(), index);
            self.entry(&phrase).title = Some(class);
        }
        self.lexicon.titles.push(Title { phrase: phrase.into(), class, gender: gender(record.field(2)), means });
    }

    fn add_cue(&mut self, record: &Record<'_>) {
        let class = match record.field(1) {
            "say+" => CueClass::SayInverted,
            "ing" => CueClass::Participle,
            "by" => CueClass::By,
            "call" => CueClass::Call,
            "act" => CueClass::Act,
            _ => CueClass::Say,
        };
        let lower = record.field(0).to_lowercase();
        let mut words = lower.split(' ');
        let Some(first) = words.next() else { return };
        let rest: Vec<Box<str>> = words.map(Into::into).collect();
        if rest.is_empty() {
            self.entry(first).cue = Some(class);
        }
        // Acts attribute no quotation: they are no cue phrases to match.
        if class == CueClass::Act {
            return;
        }
        let group = match self.cue_firsts.get(first) {
            Some(&group) => group,
            None => {
                let group = u16::try_from(self.lexicon.cue_groups.len()).unwrap_or(u16::MAX);
                self.lexicon.cue_groups.push(Vec::new());
                self.cue_firsts.insert(first.into(), group);
                self.entry(first).cue_group = Some(group);
                group
            }
        };
        if let Some(phrases) = self.lexicon.cue_groups.get_mut(usize::from(group)) {
            phrases.push(CuePhrase { rest, class, speaker: CueSpeaker::parse(record.classes(2)) });
            // Longest first; a stable sort keeps the file's order among equals.
            phrases.sort_by_key(|p| core::cmp::Reverse(p.rest.len()));
        }
    }

    fn add_country(&mut self, record: &Record<'_>) {
        let &[a, b] = record.field(0).as_bytes() else { return };
        let country = Country {
            code: CountryCode::from_letters([a, b]),
            name: record.field(2).into(),
            official: record.field(3).into(),
            aliases: record.list(4).map(Into::into).collect(),
            demonyms: record.list(5).map(Into::into).collect(),
        };
        for name in country.names() {
            let lower: Box<str> = name.to_lowercase().into();
            if !lower.contains(' ') {
                self.entry(&lower).classes.insert(WordClass::CountryName);
            }
            self.lexicon.country_names.entry(lower).or_insert(country.code);
        }
        let at = self.lexicon.countries.partition_point(|c| c.code < country.code);
        self.lexicon.countries.insert(at, country);
    }

    fn add_institution<'r>(
        &mut self,
        name: &str,
        aliases: impl Iterator<Item = &'r str>,
        country: Option<CountryCode>,
        kind: InstitutionKind,
        code: Option<Box<str>>,
    ) {
        let aliases = aliases.map(Into::into).collect();
        let institution = Institution { listing: Listing { name: name.into(), aliases, country, code }, kind };
        let index = u32::try_from(self.lexicon.institutions.len()).unwrap_or(u32::MAX);
        for name in institution.names() {
            let lower: Box<str> = name.to_lowercase().into();
            if !lower.contains(' ') {
                self.entry(&lower).classes.insert(WordClass::InstitutionName);
            }
            self.lexicon.institution_names.entry(lower).or_insert(index);
        }
        self.lexicon.institutions.push(institution);
    }

    /// More names for the country with `code`.
    fn add_country_names<'n>(&mut self, code: CountryCode, names: impl Iterator<Item = &'n str>) {
        let Ok(at) = self.lexicon.countries.binary_search_by_key(&code, Country::code) else { return };
        for name in names {
            let lower: Box<str> = name.to_lowercase().into();
            if !lower.contains(' ') {
                self.entry(&lower).classes.insert(WordClass::CountryName);
            }
            self.lexicon.country_names.entry(lower).or_insert(code);
            if let Some(country) = self.lexicon.countries.get_mut(at) {
                country.aliases.push(name.into());
            }
        }
    }

    /// The code of a country loaded before (never through [`CountryCode::from_str`],
    /// which asks the lexicon being built).
    fn known_country(&self, code: &str) -> Option<CountryCode> {
        let &[a, b] = code.as_bytes() else { return None };
        let code = CountryCode::from_letters([a, b]);
        self.lexicon.countries.binary_search_by_key(&code, Country::code).is_ok().then_some(code)
    }

    fn finish(self) -> Lexicon {
        self.lexicon
    }
}

/// Whether `word` has a capital wherever `listed` has one, or is all in capitals.
fn case_fits(listed: &str, word: &str) -> bool {
    if !word.chars().any(char::is_lowercase) {
        return true;
    }
    listed.chars().count() == word.chars().count()
        && listed.chars().zip(word.chars()).all(|(l, w)| !l.is_uppercase() || w.is_uppercase())
}

fn gender(field: &str) -> Option<Gender> {
    match field {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
}

/// The longest word looked up without allocating.
const STACK_WORD: usize = 32;

/// Calls `f` with `word` in lowercase, without allocating for ASCII words of
/// up to 32 bytes: the key of every look-up.
///
/// ```
/// assert_eq!(newsclip_lexicon::with_lowercase("SAID", str::len), 4);
/// ```
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; STACK_WORD];
    match buffer.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            f(core::str::from_utf8(lower).unwrap_or_default())
        }
        _ => f(&word.to_lowercase()),
    }
}

/// The Latin letter under an accented lowercase one (`é` → `e`), for looking
/// up names the lists spell without accents; other characters unchanged.
fn without_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' | 'ş' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ğ' => 'g',
        'ř' => 'r',
        'ť' => 't',
        'ď' => 'd',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::parse;

    #[test]
    fn every_compiled_in_file_loads_strictly() {
        for file in builtin::files() {
            if let Err(error) = parse(file.name, file.text, file.kind.schema()) {
                panic!("{error}");
            }
        }
        for code in Lexicon::languages() {
            assert_eq!(Lexicon::for_language(code).map(Lexicon::load_errors), Some(&[][..]), "{code}");
        }
    }

    #[test]
    fn a_furniture_phrase_opens_a_block_in_one_way_only() {
        let mut builder = Builder::new("en", 8, 8);
        let file = "phrase\tanchor\n[navigation]\nhome\twhole\nhome\tanywhere\n[footer]\nHome\tstart\n";
        builder.load("en/furniture.tsv", file, Kind::Furniture);
        let lexicon = builder.finish();
        assert_eq!(lexicon.furniture().len(), 2);
        assert_eq!(lexicon.load_errors().len(), 1);
        assert_eq!(lexicon.load_errors()[0].line(), 6);
    }

    #[test]
    fn words_in_any_case() {
        let en = Lexicon::english();
        assert!(en.entry("The").is(WordClass::Stop) && en.entry("THE").is(WordClass::Stop));
        assert!(en.entry("van").is(WordClass::Particle));
        assert_eq!(en.entry("Maria").gender(), Some(Gender::Female));
        assert!(en.entry("JOHN").is(WordClass::GivenName) && !en.entry("john").is(WordClass::GivenName));
        assert!(en.entry("André").is(WordClass::GivenName) && en.entry("Aaban").is(WordClass::GivenName));
        assert!(en.entry("Will").is(WordClass::GivenName) && en.entry("will").is(WordClass::Modifier));
        assert_eq!(en.entry("Sen.").title(), Some(TitleClass::Title));
        assert_eq!(en.entry("mr.").title(), Some(TitleClass::Courtesy));
        assert_eq!(en.entry("ministry").nominal(), Some(NominalKind::Institution));
        assert_eq!(en.entry("Ministry").institution(), Some(InstitutionClass::Both));
        assert_eq!(en.institution_word("SpA"), Some(InstitutionClass::Company));
        assert_eq!(en.institution_word("SPA"), Some(InstitutionClass::Company));
        assert_eq!(en.institution_word("Spa"), None);
        assert_eq!(en.institution_word("Asa"), None);
        assert!(en.entry("Kremlin").is(WordClass::InstitutionName));
        assert_eq!(en.entry("said").cue(), Some(CueClass::SayInverted));
        assert_eq!(en.entry("inc").abbreviation(), Some(AbbreviationClass::Ambiguous));
        assert!(en.entry("Holm").is_unknown());
    }

    #[test]
    fn german_french_and_spanish_tables() {
        let code = |l: &Lexicon, name: &str| l.country_named(name).map(|c| c.to_string());
        let de = Lexicon::for_language("de").expect("German");
        assert!(de.entry("Dienstag").is(WordClass::Calendar) && de.entry("Dienstag").is(WordClass::NotPerson));
        assert!(de.entry("von").is(WordClass::Particle) && de.entry("im").is(WordClass::Determiner));
        assert_eq!(code(de, "Spanien").as_deref(), Some("ES"));
        assert_eq!(code(de, "Vereinigten Staaten").as_deref(), Some("US"));
        assert!(de.is_institution_compound("finanzministerium") && !de.is_institution_compound("ministerium"));
        assert!(de.has_institution_prefix("bundesamt") && !de.has_institution_prefix("bund"));
        assert_eq!(de.title("Ministerin").map(Title::means), Some("minister"));
        assert_eq!(de.title("Ministerin").and_then(Title::gender), Some(Gender::Female));
        assert!(de.capitalizes_nouns() && !Lexicon::english().capitalizes_nouns());
        assert_eq!(de.pronoun("er").and_then(|p| p.gender()), Some(Gender::Male));
        let fr = Lexicon::for_language("fr").expect("French");
        assert_eq!(code(fr, "Allemagne").as_deref(), Some("DE"));
        let selon = fr.entry("selon").cue_group().expect("a cue");
        assert!(fr.cue_phrases(selon).iter().any(|p| p.class() == CueClass::By));
        assert!(fr.lone_heads_are_names() && !de.lone_heads_are_names());
        let es = Lexicon::for_language("es").expect("Spanish");
        assert_eq!(code(es, "México").as_deref(), Some("MX"));
        assert!(!es.entry("y").is(WordClass::Particle), "`y` joins clauses, not names");
        assert!(es.entry("Ana").is(WordClass::GivenName) && es.entry("Begoña").is(WordClass::GivenName));
        assert!(es.institution_named("ONU").is_some() && es.institution_named("NATO").is_some());
        assert!(Lexicon::english().pronoun("he").is_none(), "English pronouns are the quote finder's own");
    }

    #[test]
    fn cue_phrases_start_with_their_first_word() {
        let en = Lexicon::english();
        let group = en.entry("according").cue_group().expect("a cue group");
        let phrase = &en.cue_phrases(group)[0];
        assert_eq!((phrase.rest().collect::<Vec<_>>(), phrase.class()), (vec!["to"], CueClass::By));
        let went = en.entry("went").cue_group().expect("a cue group");
        assert!(en.cue_phrases(went).iter().any(|p| p.rest().collect::<Vec<_>>() == ["on", "to", "add"]));
    }

    #[test]
    fn countries_institutions_and_titles() {
        let en = Lexicon::english();
        assert_eq!(en.country_named("u.s.").map(|c| c.to_string()).as_deref(), Some("US"));
        assert_eq!(en.country_named("Armenian"), None);
        assert!(en.countries().len() >= 249);
        assert_eq!(en.institution_named("nato").map(|i| i.name()), Some("NATO"));
        assert_eq!(en.title("Sen.").map(Title::means), Some("senator"));
        assert_eq!(en.title("Mrs").and_then(Title::gender), Some(Gender::Female));
    }
}
