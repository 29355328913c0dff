//! The word model: what the lexicon knows about one word, from one look-up.

/// A class a word belongs to (the `classes` column of `words.tsv`, and the
/// classes other files give single words). A word may belong to several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WordClass {
    /// Never part of a proper name, even capitalized (`The`, `When`, `Monday`).
    Stop,
    /// Capitalized, but never a word of a person's name (`News`, `Tuesday`, `The`).
    NotPerson,
    /// An auxiliary or adverb that may stand between a speaker and the cue verb (`also`, `had`).
    Modifier,
    /// A lowercase particle inside personal names (`de`, `van`, `bin`).
    Particle,
    /// Opens a noun phrase (`the`, `his`, `several`).
    Determiner,
    /// A preposition whose object does not speak (`on`, `via`).
    Preposition,
    /// Opens an introductory phrase ending in a comma (`In`, `Following`).
    Introducer,
    /// May open a sentence before its subject (`Meanwhile`, `However`).
    SentenceAdverb,
    /// May open a sentence before its subject (`But`, `And`).
    Conjunction,
    /// Left in lowercase inside title case (`of`, `the`).
    TitleSmall,
    /// Joins the capitalized words of an institution's name (`of`, `&`, `de`).
    Connector,
    /// A month, a weekday or a day relative to today.
    Calendar,
    /// A month's abbreviation written without its full stop (`jan`, `sept`).
    MonthAbbreviation,
    /// Says what kind of institution a name beside it is (`newspaper`, `party`).
    KindNoun,
    /// Before a cue verb, makes it passive or a question (`was`, `when`).
    CueBlocker,
    /// A plural after a town that is no team's nickname (`Democrats`, `Games`).
    NotNickname,
    /// An acronym that spells a common word (`US`, `WHO`).
    WordlikeAcronym,
    /// Usually opens a sentence (`The`, `He`, `But`).
    Opener,
    /// A function word: its share of a block's words tells prose from menus (`the`, `und`, `les`).
    Function,
    /// Joins two names in a byline or a credit, as `and` does (`and`, `&`, `und`, `y`).
    JoinsAnd,
    /// Joins an outlet and its sources in a credit, as `with` does (`with`, `avec`, `mit`).
    JoinsWith,
    /// A function word that is also a common given name (`Will`, `May`, `Van`).
    NameLike,
    /// Opens the complement of a leading head word (`of` in `Ministry of
    /// Defense`, `für` in `Bundesamt für Migration`, `de` in `ministère de`).
    HeadTail,
    /// Names a newsroom rather than a person (`desk`, `bureau`, `staff`).
    Desk,
    /// Ends a desk's byline alone on its line (`Web Desk`, `Special Correspondent`).
    LoneDesk,
    /// Ends a journalist's role (`correspondent`, `editor`).
    RoleNoun,
    /// Qualifies a journalist's role (`chief`, `political`, `technology`).
    RoleWord,
    /// A wire agency, or a word for agencies, in an outlet's credit (`AFP`, `agencies`).
    Agency,
    /// Dates a byline line (`Updated`, `Posted`); never a word of a name.
    DateCue,
    /// A listed given name (`given_names.tsv`).
    GivenName,
    /// A family name common across the world's newsrooms' beats (`Khan`, `Silva`).
    CommonSurname,
    /// An East Asian family name, written before the given name (`Wang`, `Kim`).
    FamilyNameFirst,
    /// The whole name, or an alias, of a listed institution (`Kremlin`, `NATO`).
    InstitutionName,
    /// The whole name, or an alias, of a listed country (`Russia`, `US`).
    CountryName,
}

impl WordClass {
    /// The classes of `words.tsv`, by the names the file uses.
    pub(crate) const NAMED: &'static [(&'static str, WordClass)] = &[
        ("stop", WordClass::Stop),
        ("not-person", WordClass::NotPerson),
        ("modifier", WordClass::Modifier),
        ("particle", WordClass::Particle),
        ("determiner", WordClass::Determiner),
        ("preposition", WordClass::Preposition),
        ("introducer", WordClass::Introducer),
        ("sentence-adverb", WordClass::SentenceAdverb),
        ("conjunction", WordClass::Conjunction),
        ("title-small", WordClass::TitleSmall),
        ("connector", WordClass::Connector),
        ("calendar", WordClass::Calendar),
        ("month-abbreviation", WordClass::MonthAbbreviation),
        ("kind-noun", WordClass::KindNoun),
        ("cue-blocker", WordClass::CueBlocker),
        ("not-nickname", WordClass::NotNickname),
        ("wordlike-acronym", WordClass::WordlikeAcronym),
        ("opener", WordClass::Opener),
        ("function", WordClass::Function),
        ("joins-and", WordClass::JoinsAnd),
        ("joins-with", WordClass::JoinsWith),
        ("name-like", WordClass::NameLike),
        ("head-tail", WordClass::HeadTail),
        ("desk", WordClass::Desk),
        ("lone-desk", WordClass::LoneDesk),
        ("role-noun", WordClass::RoleNoun),
        ("role-word", WordClass::RoleWord),
        ("agency", WordClass::Agency),
        ("date-cue", WordClass::DateCue),
    ];
}

/// A set of [`WordClass`]es.
/// Three 16-bit words (48 classes at most), so that an [`Entry`] stays 16 bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Classes([u16; 3]);

impl Classes {
    /// Whether the set holds `class`.
    #[inline]
    #[must_use]
    pub const fn contains(self, class: WordClass) -> bool {
        let i = class as usize;
        i < 48 && self.0[i / 16] & (1 << (i % 16)) != 0
    }

    pub(crate) fn insert(&mut self, class: WordClass) {
        let i = class as usize;
        if let Some(bits) = self.0.get_mut(i / 16) {
            *bits |= 1 << (i % 16);
        }
    }
}

/// Grammatical gender, where a word tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// `he`, `Mr`, `John`.
    Male,
    /// `she`, `Ms`, `Maria`.
    Female,
}

/// How a title or role is used (`titles.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TitleClass {
    /// A form of address kept with a surname: `Mr.`, `Dame`.
    Courtesy,
    /// A title or role: `President`, `spokesperson`, `Sen.`.
    Title,
    /// Precedes a title and belongs to it: `deputy`, `acting`.
    Modifier,
    /// Qualifies a role without being one: `Foreign` in `Foreign Minister`.
    Portfolio,
    /// A party or camp written before a name: `Republican`.
    Affiliation,
    /// An occupation written before a name: `engineer`, `nurse`. A role for
    /// a speaker's description, but no evidence that a capitalized word after
    /// it is a person's name (`state engineer Comelf` is a firm).
    Occupation,
}

/// What a noun heading a speaker's description points to (`nominals.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NominalKind {
    /// One person: `the spokeswoman`.
    Person,
    /// Several people: `officials`.
    Group,
    /// An institution: `the ministry`.
    Institution,
    /// A text that speaks for its author: `a statement`.
    Document,
}

/// How a word makes an institution's name (`institution_words.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InstitutionClass {
    /// A head word that ends a name: `Department`.
    Final,
    /// A head word that starts a name before of/for/on: `Ministry of …`.
    Leading,
    /// A head word on either side.
    Both,
    /// Ends a company's name: `Corp.`, `Airlines`.
    Company,
    /// Ends a sports club's name: `United`, `Rangers`.
    Team,
    /// Names a body or office that speaks (`House`, `News`), but too common
    /// in other names to make an institution's name alone.
    Body,
    /// A word of institutions' names that is never a person's: `Rights`.
    Part,
}

impl InstitutionClass {
    /// Whether the word heads an institution's name (all classes but
    /// [`Body`](Self::Body) and [`Part`](Self::Part)).
    #[must_use]
    pub const fn is_head(self) -> bool {
        !matches!(self, InstitutionClass::Body | InstitutionClass::Part)
    }
}

/// How a cue relates to its speaker (`cues.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueClass {
    /// A finite speech verb; its subject is the speaker ("she said").
    Say,
    /// A finite speech verb that may also precede its subject right after a
    /// quotation ("…,” said Ms. Lee).
    SayInverted,
    /// A participle continuing the clause of an earlier speaker ("adding that").
    Participle,
    /// A phrase after which the speaker is named ("according to").
    By,
    /// A verb of naming quoting a fragment ("called the plan “reckless”").
    Call,
    /// A verb whose subject is a person that attributes no quotation ("met", "believes").
    Act,
}

/// How a full stop after an abbreviation bears on a sentence break (`abbreviations.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbbreviationClass {
    /// A title, a month, a reference word: the sentence goes on.
    Continues,
    /// A company suffix or `etc`: a break only before a usual sentence opener.
    Ambiguous,
}

/// Everything the lexicon knows about one word, whatever its case.
///
/// An unknown word has the default entry: no class, nothing else.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Entry {
    pub(crate) classes: Classes,
    pub(crate) gender: Option<Gender>,
    pub(crate) title: Option<TitleClass>,
    pub(crate) nominal: Option<NominalKind>,
    pub(crate) institution: Option<InstitutionClass>,
    pub(crate) cue: Option<CueClass>,
    pub(crate) abbreviation: Option<AbbreviationClass>,
    /// The cue phrases that start with the word, by group.
    pub(crate) cue_group: Option<u16>,
}

impl Entry {
    /// Whether the word belongs to `class`.
    #[inline]
    #[must_use]
    pub const fn is(&self, class: WordClass) -> bool {
        self.classes.contains(class)
    }

    /// All the word's classes.
    #[inline]
    #[must_use]
    pub const fn classes(&self) -> Classes {
        self.classes
    }

    /// The gender a given name or courtesy title usually carries.
    #[inline]
    #[must_use]
    pub const fn gender(&self) -> Option<Gender> {
        self.gender
    }

    /// The word's class as a one-word title or role.
    #[inline]
    #[must_use]
    pub const fn title(&self) -> Option<TitleClass> {
        self.title
    }

    /// What the word points to as the head of a speaker's description.
    #[inline]
    #[must_use]
    pub const fn nominal(&self) -> Option<NominalKind> {
        self.nominal
    }

    /// How the word makes an institution's name.
    #[inline]
    #[must_use]
    pub const fn institution(&self) -> Option<InstitutionClass> {
        self.institution
    }

    /// The class of the one-word cue the word is (`said`), if it is one.
    #[inline]
    #[must_use]
    pub const fn cue(&self) -> Option<CueClass> {
        self.cue
    }

    /// The group of cue phrases that start with the word (see [`Lexicon::cue_phrases`](crate::Lexicon::cue_phrases)).
    #[inline]
    #[must_use]
    pub const fn cue_group(&self) -> Option<u16> {
        self.cue_group
    }

    /// How a full stop after the word bears on a sentence break, if it is an abbreviation.
    #[inline]
    #[must_use]
    pub const fn abbreviation(&self) -> Option<AbbreviationClass> {
        self.abbreviation
    }

    /// Whether the lexicon knows nothing about the word.
    #[must_use]
    pub fn is_unknown(&self) -> bool {
        *self == Entry::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_bits() {
        let mut classes = Classes::default();
        classes.insert(WordClass::Stop);
        classes.insert(WordClass::CountryName);
        assert!(classes.contains(WordClass::Stop) && classes.contains(WordClass::CountryName));
        assert!(!classes.contains(WordClass::Particle));
    }

    #[test]
    fn entries_stay_small() {
        assert!(core::mem::size_of::<Entry>() <= 16);
        // The last class still has a bit in `Classes`.
        assert!((WordClass::CountryName as u32) < 48);
    }
}
