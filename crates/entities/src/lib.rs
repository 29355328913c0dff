//! Tags the people, countries and institutions that a news article mentions,
//! each once with all of its mentions.
//!
//! * **Countries**: every ISO 3166-1 country and territory by its short and
//!   official names, the aliases news uses (`U.S.`, `UK`, `Holland`, `Burma`,
//!   `Ivory Coast` …) and demonyms (`Armenian`, `Armenians`, `Dutch`),
//!   reported with the alpha-2 [`CountryCode`]. Case rules keep `us` and
//!   `turkey` out; `New Mexico`, `Mexico City` and `Atlanta, Georgia` are not
//!   countries.
//! * **Institutions**: a list of international organisations, government
//!   bodies and news outlets, plus rules that find the others from their
//!   head words (`Ministry of X`, `X Department`, `X Party`, `X Corp`) and
//!   from acronym definitions (`Full Name (ACRONYM)`).
//! * **People**: found from evidence, not from a list of people: a title
//!   before the name (`President Okafor`), a listed given name, a cue verb
//!   after it (`Patel said`), an apposition (`Ned Price, the Department's
//!   spokesperson`; `Ukraine's foreign minister, Dmytro Kuleba,`), a
//!   possessive owner (`Russia's Vladimir Putin`) or a surname's morphology.
//!   Surnames, titled surnames and the middle names some people go by (`Lula`
//!   of `Luiz Inácio Lula da Silva`) join the full name. Words of
//!   institutions' names (`Human Rights`, `Bristol City`) never make a person.
//!
//! # Languages
//!
//! [`tag`] and [`Tagger::new`] read English. [`Tagger::for_language`] reads
//! German, French or Spanish with that language's lexicon (country names,
//! demonyms and their inflections, institutions and head words, roles, given
//! names, cue verbs), and a few rules follow the language's spelling: a
//! lowercase demonym (`mexicano`, `deutschen`) is an adjective, not a mention;
//! in French and Spanish a capitalized head word alone names an institution
//! (`el Gobierno`); in German, where every noun is capitalized, a capital is
//! weak evidence, so a word after an article is a noun (`das Ziel`), a name
//! starts at its given name and ends one word after it, and neither a
//! surname's ending nor a cue verb after a lone word counts.
//!
//! # Should I use this crate?
//!
//! Use it alone when you have article text and want its entities. To go from
//! a whole page dump to article, quotes and entities in one call, use the
//! `newsclip` facade, which also links every quote's speaker to an entity
//! found here. `newsclip-strip` finds the article in a page and
//! `newsclip-quotes` finds quotations; this crate needs neither.
//!
//! # Example
//!
//! ```
//! use newsclip_entities::{tag, EntityKind};
//!
//! let text = "The State Department on Tuesday said it will continue to engage.\n\n\
//!             \"We are committed,\" Ned Price, the Department's spokesperson, said of the \
//!             Armenian and Azerbaijani talks. Price added that the U.S. would help.";
//! let entities = tag(text);
//! let price = entities.iter().find(|e| e.kind == EntityKind::Person).unwrap();
//! assert_eq!(price.name, "Ned Price");
//! assert_eq!(price.title.as_deref(), Some("spokesperson"));
//! assert_eq!(price.mentions.len(), 2);
//! let codes: Vec<_> = entities.iter().filter_map(|e| e.code).map(|c| c.to_string()).collect();
//! assert_eq!(codes, ["AM", "AZ", "US"]);
//! let department = entities.iter().find(|e| e.kind == EntityKind::Institution).unwrap();
//! assert_eq!(department.name, "State Department");
//! ```
//!
//! # Spans
//!
//! Every mention is a [`Spanned`](newsclip_text::Spanned): UTF-8 byte
//! offsets into the text you passed in, on `char` boundaries. Mentions of one
//! entity, and of different entities, never overlap.
//!
//! # Performance
//!
//! Word lists come from `newsclip-lexicon` (compiled into the binary, about
//! 0.6 MB, most of it the given-name list) and are built once per process into
//! Aho-Corasick automata and hash tables: the first call pays some tens of
//! milliseconds for it. After that, tagging is
//! linear in the size of the text, at about 14 MiB/s on one core for news
//! text, 20 MiB/s from an analysis the facade shares with the quote finder
//! (`cargo bench -p newsclip --bench extract` on the seed pages).
//!
//! # Untrusted input
//!
//! Any `&str` is fine: no panics, no unbounded recursion, time and memory
//! linear in the input.
//!
//! # Features
//!
//! * `serde` (default): `Serialize` for [`Entity`], [`EntityKind`] and
//!   [`CountryCode`] (as `"US"`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod candidate;
mod context;
mod countries;
mod doc;
mod entity;
mod gazetteer;
mod institutions;
mod lexicon;
mod listed;
mod merge;
mod people;
mod propagate;
pub mod rules;
mod tagger;
mod teams;
mod units;
mod word_map;

pub use entity::{Entity, EntityKind, Mention};
pub use newsclip_lexicon::{CountryCode, ParseCountryCodeError, ParseErrorKind};
pub use tagger::{Tagger, TaggerBuilder};

/// Tags `text` as clean article text: every paragraph is body, there is no title.
///
/// Shorthand for `Tagger::new().tag(text, &Layout::of_clean_text(text))`.
#[must_use]
pub fn tag(text: &str) -> Vec<Entity<'_>> {
    Tagger::new().tag(text, &newsclip_text::Layout::of_clean_text(text))
}
