//! The phrase tables of the lexicon: countries, institutions, titles, cue phrases.

use crate::{CountryCode, CueClass, Gender, TitleClass};

/// A country or territory of ISO 3166-1 (`countries.tsv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    pub(crate) code: CountryCode,
    pub(crate) name: Box<str>,
    pub(crate) official: Box<str>,
    pub(crate) aliases: Vec<Box<str>>,
    pub(crate) demonyms: Vec<Box<str>>,
}

impl Country {
    /// The ISO 3166-1 alpha-2 code.
    #[must_use]
    pub fn code(&self) -> CountryCode {
        self.code
    }

    /// The English short name: `United States`.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The official name: `United States of America`.
    #[must_use]
    pub fn official_name(&self) -> &str {
        &self.official
    }

    /// The other names news uses: `US`, `U.S.`, `America`.
    pub fn aliases(&self) -> impl Iterator<Item = &str> + '_ {
        self.aliases.iter().map(AsRef::as_ref)
    }

    /// The demonyms and adjectives: `American`, `Americans`.
    pub fn demonyms(&self) -> impl Iterator<Item = &str> + '_ {
        self.demonyms.iter().map(AsRef::as_ref)
    }

    /// The short name, the official name and the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        [self.name(), self.official_name()].into_iter().chain(self.aliases())
    }
}

/// What kind of body a listed institution is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstitutionKind {
    /// An international organisation: `United Nations`.
    International,
    /// A government body: `State Department`.
    Government,
    /// Armed forces: `Pentagon`.
    Military,
    /// A political party.
    Party,
    /// A news outlet or agency.
    Outlet,
    /// A company.
    Company,
    /// A sports body or club.
    Sport,
    /// A university or school.
    Education,
    /// Anything else, and institutions a user lists.
    Other,
}

impl InstitutionKind {
    pub(crate) const NAMED: &'static [(&'static str, InstitutionKind)] = &[
        ("international", InstitutionKind::International),
        ("government", InstitutionKind::Government),
        ("military", InstitutionKind::Military),
        ("party", InstitutionKind::Party),
        ("outlet", InstitutionKind::Outlet),
        ("company", InstitutionKind::Company),
        ("sport", InstitutionKind::Sport),
        ("education", InstitutionKind::Education),
        ("other", InstitutionKind::Other),
    ];
}

/// The names and links of a listed person or institution: a canonical name,
/// aliases, a country and the code a user lexicon gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listing {
    pub(crate) name: Box<str>,
    pub(crate) aliases: Vec<Box<str>>,
    pub(crate) country: Option<CountryCode>,
    pub(crate) code: Option<Box<str>>,
}

impl Listing {
    /// The canonical name: `United Nations`, `Amara Okonjo`.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Aliases and acronyms: `UN`, `U.N.`; `A. Okonjo`.
    pub fn aliases(&self) -> impl Iterator<Item = &str> + '_ {
        self.aliases.iter().map(AsRef::as_ref)
    }

    /// The canonical name and the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        core::iter::once(self.name()).chain(self.aliases())
    }

    /// The country; `None` for international bodies and where none is listed.
    #[must_use]
    pub fn country(&self) -> Option<CountryCode> {
        self.country
    }

    /// The code a user lexicon gives it (an id in a watch-list).
    #[must_use]
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }
}

/// A listed institution (`institutions.tsv`, or a user's lexicon): its
/// [`Listing`] (name, aliases, country, code) and its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Institution {
    pub(crate) listing: Listing,
    pub(crate) kind: InstitutionKind,
}

impl Institution {
    /// What kind of body it is.
    #[must_use]
    pub fn kind(&self) -> InstitutionKind {
        self.kind
    }
}

impl core::ops::Deref for Institution {
    type Target = Listing;

    fn deref(&self) -> &Listing {
        &self.listing
    }
}

/// A person listed in a user lexicon: a [`Listing`].
pub type Person = Listing;

/// A title or role phrase (`titles.tsv`): `Secretary of State`, `Mr.`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    pub(crate) phrase: Box<str>,
    pub(crate) class: TitleClass,
    pub(crate) gender: Option<Gender>,
    pub(crate) means: Option<Box<str>>,
}

impl Title {
    /// The phrase, lowercase.
    #[must_use]
    pub fn phrase(&self) -> &str {
        &self.phrase
    }

    /// How it is used.
    #[must_use]
    pub fn class(&self) -> TitleClass {
        self.class
    }

    /// The gender a courtesy title tells.
    #[must_use]
    pub fn gender(&self) -> Option<Gender> {
        self.gender
    }

    /// The role it stands for: `senator` for `sen.`, itself when it stands for no other.
    #[must_use]
    pub fn means(&self) -> &str {
        self.means.as_deref().unwrap_or(&self.phrase)
    }
}

/// A cue phrase after its first word: `on to add` of `went on to add`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CuePhrase {
    pub(crate) rest: Vec<Box<str>>,
    pub(crate) class: CueClass,
    pub(crate) speaker: CueSpeaker,
}

impl CuePhrase {
    /// The words after the first, lowercase.
    pub fn rest(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.rest.iter().map(AsRef::as_ref)
    }

    /// How the phrase relates to its speaker.
    #[must_use]
    pub fn class(&self) -> CueClass {
        self.class
    }

    /// Where the phrase's speaker may stand (the `speaker` column of the
    /// languages other than English; empty when the file does not say).
    #[must_use]
    pub fn speaker(&self) -> CueSpeaker {
        self.speaker
    }
}

/// The places a cue's speaker may stand, relative to the cue (a set).
///
/// ```
/// use newsclip_lexicon::Lexicon;
///
/// let es = Lexicon::for_language("es").unwrap();
/// let group = es.entry("añadió").cue_group().unwrap();
/// let cue = es.cue_phrases(group).iter().find(|p| p.rest().len() == 0).unwrap();
/// assert!(cue.speaker().dropped() && cue.speaker().after());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CueSpeaker(u8);

impl CueSpeaker {
    const AFTER: u8 = 1;
    const BEFORE: u8 = 2;
    const INSIDE: u8 = 4;
    const PRONOUN: u8 = 8;
    const DROPPED: u8 = 16;

    /// The set a `speaker` field names (`after,before`); unknown names are ignored.
    pub(crate) fn parse<'a>(names: impl Iterator<Item = &'a str>) -> CueSpeaker {
        CueSpeaker(names.fold(0, |bits, name| {
            bits | match name {
                "after" => Self::AFTER,
                "before" | "subject" => Self::BEFORE,
                "inside" => Self::INSIDE,
                "pronoun" => Self::PRONOUN,
                "dropped" => Self::DROPPED,
                _ => 0,
            }
        }))
    }

    /// After the cue, inverted: `sagte der Minister`, `dijo el ministro`.
    #[must_use]
    pub fn after(self) -> bool {
        self.0 & Self::AFTER != 0
    }

    /// Before the cue, as its subject: `Der Minister sagte`.
    #[must_use]
    pub fn before(self) -> bool {
        self.0 & Self::BEFORE != 0
    }

    /// Between the parts of a split cue: `hat der Minister gesagt`.
    #[must_use]
    pub fn inside(self) -> bool {
        self.0 & Self::INSIDE != 0
    }

    /// In the cue itself, as a pronoun: French `a-t-il déclaré`.
    #[must_use]
    pub fn pronoun(self) -> bool {
        self.0 & Self::PRONOUN != 0
    }

    /// Nowhere: a Spanish verb without its subject (`añadió`); the speaker
    /// is the last one named before.
    #[must_use]
    pub fn dropped(self) -> bool {
        self.0 & Self::DROPPED != 0
    }
}

/// What a phrase of page furniture labels (`furniture.tsv`, by section).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FurnitureFamily {
    /// Menus, breadcrumbs, login and search links: `Home`, `Skip to content`.
    Navigation,
    /// Breaking-news tickers and live banners: `Breaking news`.
    Ticker,
    /// Related-stories lists and their headings: `Read more`.
    Related,
    /// Share, follow and newsletter prompts: `Share this article`.
    Share,
    /// Cookie and consent banners: `We use cookies`.
    CookieBanner,
    /// Advertisements and sponsored-content labels: `Advertisement`.
    Advertisement,
    /// Appeals for readers' money: `Please consider supporting our journalism`.
    Support,
    /// Photo captions and credits: `Photo:`, `Image caption`.
    Caption,
    /// Reader comments and their headings: `Comments (12)`, `Leave a reply`.
    Comments,
    /// Lines inside a comment thread: `Reply to this`, `Jane says:`.
    CommentMeta,
    /// Tag and topic lists: `Tags:`.
    Tags,
    /// Copyright lines and legal links: `All rights reserved`.
    Footer,
    /// Author lines: `About the author`.
    Byline,
    /// A prompt to another story inside the article (`Lesen Sie auch`, `Lire aussi`): it and
    /// the headline under it are furniture, and the article goes on below them.
    InlineRelated,
}

impl FurnitureFamily {
    /// The families by the section names `furniture.tsv` uses.
    pub const NAMED: &'static [(&'static str, FurnitureFamily)] = &[
        ("navigation", FurnitureFamily::Navigation),
        ("ticker", FurnitureFamily::Ticker),
        ("related", FurnitureFamily::Related),
        ("share", FurnitureFamily::Share),
        ("cookie_banner", FurnitureFamily::CookieBanner),
        ("advertisement", FurnitureFamily::Advertisement),
        ("support", FurnitureFamily::Support),
        ("caption", FurnitureFamily::Caption),
        ("comments", FurnitureFamily::Comments),
        ("comment_meta", FurnitureFamily::CommentMeta),
        ("tags", FurnitureFamily::Tags),
        ("footer", FurnitureFamily::Footer),
        ("byline", FurnitureFamily::Byline),
        ("inline_related", FurnitureFamily::InlineRelated),
    ];
}

/// Where in a block a phrase of furniture must stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Anchor {
    /// At the start (leading bullets and symbols aside): `^Read more`.
    Start,
    /// At the end (trailing punctuation, counts and arrows aside): `comments$`.
    End,
    /// The whole block but for those: `^Home$`.
    Whole,
    /// Anywhere.
    Anywhere,
}

impl Anchor {
    /// Whether the phrase must open the block.
    #[must_use]
    pub const fn at_start(self) -> bool {
        matches!(self, Anchor::Start | Anchor::Whole)
    }

    /// Whether nothing but punctuation, counts and arrows may follow the phrase.
    #[must_use]
    pub const fn at_end(self) -> bool {
        matches!(self, Anchor::End | Anchor::Whole)
    }
}

/// A phrase of page furniture (`furniture.tsv`): `Share this article`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FurniturePhrase {
    pub(crate) phrase: Box<str>,
    pub(crate) family: FurnitureFamily,
    pub(crate) anchor: Anchor,
}

impl FurniturePhrase {
    /// The phrase, as listed (matched without regard to ASCII case).
    #[must_use]
    pub fn phrase(&self) -> &str {
        &self.phrase
    }

    /// What a block it labels is.
    #[must_use]
    pub fn family(&self) -> FurnitureFamily {
        self.family
    }

    /// Where in the block it must stand.
    #[must_use]
    pub fn anchor(&self) -> Anchor {
        self.anchor
    }
}

/// A personal pronoun that can be a speaker's subject (`pronouns.tsv` of
/// the languages other than English): `er`, `elle`, `ella`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pronoun {
    pub(crate) person: u8,
    pub(crate) gender: Option<Gender>,
    pub(crate) plural: Option<bool>,
}

impl Pronoun {
    /// The grammatical person: 1, 2 or 3.
    #[must_use]
    pub fn person(&self) -> u8 {
        self.person
    }

    /// The gender it tells, if it tells one.
    #[must_use]
    pub fn gender(&self) -> Option<Gender> {
        self.gender
    }

    /// Whether it is plural, when it tells (`vous` does not).
    #[must_use]
    pub fn is_plural(&self) -> Option<bool> {
        self.plural
    }
}
