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
//! The lexicon is compiled in from `data/<language>/*.tsv` (only `en` today;
//! resources for other languages go beside it in their own directory). Every
//! file is a tab-separated table with a header line, read by one strict loader
//! ([`file::parse`]): a malformed line, an unknown column, class or section,
//! or an entry listed twice fails the crate's tests, naming the file and line.
//!
//! | file | what it lists |
//! |---|---|
//! | `words.tsv` | function words, calendar words and particles, with their classes ([`WordClass`]) |
//! | `abbreviations.tsv` | abbreviations whose full stop does not end a sentence |
//! | `given_names.tsv` | given names, with the gender they usually carry |
//! | `surnames.tsv` | common family names, and East Asian ones written first |
//! | `titles.tsv` | titles and roles (`President`, `Mr.`, `deputy`, `Foreign`) |
//! | `nominals.tsv` | nouns that head a speaker's description (`the ministry`, `officials`) |
//! | `cues.tsv` | speech verbs and attribution phrases with their class, and verbs of a person's acts |
//! | `institution_words.tsv` | head words of institutions' names and words of no person's name |
//! | `countries.tsv` | ISO 3166-1 countries with names, aliases and demonyms |
//! | `institutions.tsv` | well-known institutions with aliases, country and kind |
//! | `places.tsv` | cities and regions that are neither countries nor people |
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
    Anchor, Country, CuePhrase, FurnitureFamily, FurniturePhrase, Institution, InstitutionKind, Person, Title,
};
pub use user::{UserEntry, UserKind, UserLexicon};
pub use words::{
    AbbreviationClass, Classes, CueClass, Entry, Gender, InstitutionClass, NominalKind, TitleClass, WordClass,
};
