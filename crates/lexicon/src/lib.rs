//! The word knowledge of [newsclip](https://docs.rs/newsclip): what a word
//! is (a given name, a title, a cue verb, a function word, an institution's
//! head word …), and the countries, institutions and places news names.
//!
//! # Should I use this crate?
//!
//! It is the lowest layer of newsclip: `newsclip-text` reads its
//! abbreviations, and `newsclip-strip`, `newsclip-quotes` and
//! `newsclip-entities` read everything else from it, so that each word list
//! exists once. Use it alone to look words up ([`Lexicon::entry`]), to read
//! the country and institution tables, or to check lexicon files of your own
//! with the same strict loader ([`file`](mod@file)).
//!
//! # Example
//!
//! ```
//! use newsclip_lexicon::{Gender, Lexicon, TitleClass, WordClass};
//!
//! let en = Lexicon::english();
//! let maria = en.entry("MARIA");
//! assert!(maria.is(WordClass::GivenName));
//! assert_eq!(maria.gender(), Some(Gender::Female));
//! assert_eq!(en.entry("Sen.").title(), Some(TitleClass::Title));
//! assert!(en.entry("Tuesday").is(WordClass::Calendar));
//! assert_eq!(en.country_named("U.K.").map(|c| c.to_string()).as_deref(), Some("GB"));
//! ```
//!
//! # Data files
//!
//! The lexicon is compiled in from `data/<language>/*.tsv`, a directory per
//! language named by its ISO 639-1 code ([`Lexicon::for_language`]). English
//! (`en`) has every table. German, French and Spanish (`de`, `fr`, `es`) have
//! what quotes and entities need: `name_words.tsv` (stop, calendar, particle,
//! connector, determiner and `head-tail` words), `given_names.tsv`,
//! `titles.tsv` (roles, with the role each form means: `Ministerin` is
//! `minister`), `cues.tsv` (with a `speaker` column saying where the speaker
//! stands: [`CueSpeaker`]), `pronouns.tsv` ([`Lexicon::pronoun`]), `nominals.tsv`,
//! `institution_words.tsv` (German adds compound `-suffix` and `prefix-`
//! entries: [`Lexicon::is_institution_compound`]), `countries.tsv` (names from
//! Unicode CLDR, under the Unicode licence in `data/LICENSE-CLDR`, with
//! inflected forms and demonyms) and `institutions.tsv`; they read the English
//! given names, surnames, institutions and places as well, and have a
//! `furniture.tsv` and a `newsroom.tsv`, the phrases of page furniture and the
//! words of bylines of sites in that language (`Lesen Sie auch`, `Partager`,
//! `Publicidad`), which the stripper reads on pages identified as that
//! language. `pt`, `it` and `nl`
//! have, so far, a `words.tsv` with their function words, the words that join
//! names in a byline and the months' names, which the stripper reads on pages
//! in any of these languages. Resources for another language go in a
//! directory of its own, in the same formats. Every file is a tab-separated table with a
//! header line, read by one strict loader ([`file::parse`]): a malformed line,
//! an unknown column, class or section, or an entry listed twice fails the
//! crate's tests, naming the file and line.
//!
//! | file | what it lists |
//! |---|---|
//! | `words.tsv` | function words, calendar words, particles and joining words, with their classes ([`WordClass`]), and the months' numbers |
//! | `abbreviations.tsv` | abbreviations whose full stop does not end a sentence |
//! | `given_names.tsv` | given names, with the gender they usually carry |
//! | `surnames.tsv` | common family names, and East Asian ones written first |
//! | `titles.tsv` | titles and roles (`President`, `Mr.`, `deputy`, `Foreign`) |
//! | `nominals.tsv` | nouns that head a speaker's description (`the ministry`, `officials`), those who speak for an institution (`spokesperson`) and what each fits (`envoy`: `ambassador`) |
//! | `cues.tsv` | speech verbs and attribution phrases with their class, and verbs of a person's acts |
//! | `institution_words.tsv` | head words of institutions' names and words of no person's name |
//! | `countries.tsv` | ISO 3166-1 countries with names, aliases and demonyms |
//! | `institutions.tsv` | well-known institutions with aliases, country and kind |
//! | `places.tsv` | cities and regions that are neither countries nor people |
//! | `newsroom.tsv` | the words of bylines: desks, journalists' roles, wire agencies, date cues |
//! | `sections.tsv` | section labels news sites file articles under (`Politics`, `World news`) |
//! | `furniture.tsv` | phrases of page furniture by family (menus, share prompts, cookie notices …) |
//! | `time_zones.tsv` | cities European pages name for their time zone, with its offset |
//! | `pronouns.tsv` | (not English) subject pronouns with person, gender and number |
//! | `name_words.tsv` | (not English) the classes of `words.tsv` that names and quotes need, kept apart from the stripper's `words.tsv` |
//!
//! A user's own people, institutions and country names come in a TSV file of
//! their own ([`UserLexicon::from_tsv`]) and are added with
//! [`Lexicon::with_user`].
//!
//! # Performance
//!
//! [`Lexicon::english`] parses the files on first use, in a few milliseconds;
//! a look-up is one hash of the lowercase word (without allocating for
//! words up to 32 bytes).
//!
//! # Features
//!
//! * `serde` (default): [`CountryCode`] serializes as its two letters.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod builtin;
mod code;
pub mod file;
mod lexicon;
mod table;
mod tables;
mod user;
mod words;

pub use code::{CountryCode, ParseCountryCodeError, ParseErrorKind};
pub use lexicon::{with_lowercase, Lexicon};
pub use table::EntryId;
pub use tables::{
    Anchor, Country, CuePhrase, CueSpeaker, FurnitureFamily, FurniturePhrase, Institution, InstitutionKind, Listing,
    Person, Pronoun, Title,
};
pub use user::{UserEntry, UserKind, UserLexicon};
pub use words::{
    AbbreviationClass, Classes, CueClass, Entry, Gender, InstitutionClass, NominalKind, TitleClass, WordClass,
};
