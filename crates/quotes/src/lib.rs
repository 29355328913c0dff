//! Finds the direct quotations of a news article, who said them, and the cue
//! that says so.
//!
//! Given article text and its [`Layout`] (headline and paragraphs), the
//! extractor pairs quotation marks in every style the news uses — `"…"`,
//! `“…”`, British `‘…’` told apart from apostrophes, `«…»`, `„…“`, and the
//! `''…''` of wire archives — joins quotations that run over several
//! paragraphs, and reads the words around each quotation for its cue
//! (`said`, `told`, `went on to add`, `according to`) and its speaker
//! (`Omar Haddad, the agency's spokesman`, `he`, `the ministry`). Speakers
//! are resolved to names: surnames and pronouns to the most recent compatible
//! named person, nominals such as `the ministry` to the institution they
//! point to, and two people speaking together to both names.
//!
//! [`QuoteExtractor::new`] reads English; [`QuoteExtractor::for_language`]
//! (or [`QuoteExtractorBuilder::language`]) reads German, French or Spanish
//! with that language's cues (`sagte`, `so`, `a déclaré`, `selon`, `dijo`,
//! `según`, each with where its speaker stands), roles, given names and
//! pronouns (`sagte sie`, `dijo él`); a Spanish verb left without its
//! subject after a quotation (`«…», añadió.`) speaks for the last speaker.
//! French guillemets may be set off by no-break spaces (`«\u{a0}Oui\u{a0}»`).
//!
//! # Should I use this crate?
//!
//! Use it alone when you have clean article text and want its quotations. It
//! finds names from the text itself (capitalization, titles, role nouns) and
//! accepts [`Hint`]s, known person and institution mentions, from your own
//! entity tagger. The `newsclip` facade runs it after boilerplate stripping
//! (`newsclip-strip`, which also finds the headline) and feeds it the hints of
//! `newsclip-entities`; use the facade for raw page dumps.
//!
//! # Example
//!
//! ```
//! use newsclip_quotes::{Layout, QuoteExtractor, Span, SpeakerKind};
//!
//! let text = "Talks Are ‘Close’, Ministry Says\n\n\
//!             “We are ready,” Maria Lopez, the ministry's spokeswoman, told reporters, “to talk.”\n\n\
//!             She added: “Nothing is agreed until everything is agreed.”";
//! // The headline is the first line; `newsclip-strip` finds it in page dumps.
//! let title_end = text.find('\n').unwrap();
//! let mut layout = Layout::of_clean_text(text);
//! layout.paragraphs.remove(0);
//! layout.title = Some(Span::new(0, title_end));
//!
//! let quotes = QuoteExtractor::new().extract(text, &layout, &[]);
//! assert_eq!(quotes.len(), 4);
//! assert!(quotes[0].in_title && quotes[0].text() == "Close");
//!
//! assert_eq!(quotes[1].text(), "We are ready,");
//! let speaker = quotes[1].speaker.as_ref().unwrap();
//! assert_eq!((speaker.name.as_deref(), speaker.kind), (Some("Maria Lopez"), SpeakerKind::Person));
//! assert_eq!(quotes[1].cue.unwrap().text, "told");
//! // A quotation split by its attribution: the second half has the same speaker.
//! assert_eq!(quotes[2].speaker.as_ref().unwrap().name.as_deref(), Some("Maria Lopez"));
//! // A pronoun resolves to the most recent compatible named speaker.
//! let she = quotes[3].speaker.as_ref().unwrap();
//! assert_eq!((she.name.as_deref(), she.mention.unwrap().text), (Some("Maria Lopez"), "She"));
//! ```
//!
//! For clean text without a known headline, [`extract`] does it in one call.
//!
//! # What is reported
//!
//! Every quotation that is speech, in document order: standing alone or as a
//! fragment of the narrator's sentence ([`Quote::partial`]), in the headline
//! ([`Quote::in_title`]) or the body. A quotation with no attribution of its
//! own continues the speaker of the quotation before it (in the same
//! sentence, or up to two paragraphs back), as news writing does.
//!
//! Quoted text that is not speech is left out unless a speaker is named right
//! at it: titles of works (`the band’s “Blue Hour” tour`), quoted headings, and
//! headline-style single marks in an outlet that quotes speech in double
//! marks. Scare quotes — fragments nobody is said to have said, in the body or
//! the headline — are left out by default. [`QuoteExtractor::builder`] turns each of these on or off:
//!
//! ```
//! use newsclip_quotes::{Layout, QuoteExtractor};
//!
//! let text = "The council approved a so-called “green corridor” along the canal.";
//! let all = QuoteExtractor::builder().scare_quotes(true).build();
//! let quotes = all.extract(text, &Layout::of_clean_text(text), &[]);
//! assert!(quotes[0].partial && quotes[0].speaker.is_none());
//! ```
//!
//! # How speakers are found
//!
//! Around each quotation the extractor looks, in order, for the speaker right
//! after it (`“…,” she said`, `“…,” said Omar Haddad, the spokesman`), earlier in
//! its sentence (`Haddad concluded: “…”`, `According to X, “…”`), a colon
//! (`Harbour Trust: “…”`), and the sentence before (`Varga argues that … “…”`).
//! The mention is then resolved: a surname, or another word of a full name
//! (`Quispe` for `Luis Alberto Quispe Mamani`), to the full name written earlier;
//! `he`/`she` to the person their sentence or the one before is about — who
//! speaks in it, or its subject (`Ann Roe accused the government of … “…,” she
//! said`), not a name that only comes up in it — else to the latest person of
//! that gender (from given names, courtesy titles and earlier pronouns);
//! `they`/`it` likewise to what their sentence or the one before is about,
//! else to the latest group, pair of speakers or institution; `the ministry`
//! to the latest institution so named (`the company` to the institution the
//! text is about), `the spokeswoman` to the person introduced with that role.
//! A description resolves only to what it fits (the lexicon's `nominals.tsv`):
//! `the envoy` to a person titled ambassador, `the regulator` to the latest
//! `… Authority` or `… Commission`, and `the judge` never to a person the text
//! gave another role. People who speak for an institution make it the speaker
//! (`a spokeswoman for the ministry`, `an FCA spokesman`, `officials at the
//! port`). When nothing compatible is found for a pronoun or a description of
//! a person, [`Speaker::name`] is `None` and the mention is kept, rather than
//! the nearest name guessed. Every speaker carries the rule that found it
//! ([`Speaker::attribution`]) and the rule that named it ([`Speaker::rule`]),
//! listed in [`rules`].
//!
//! ```
//! let text = "The Coastal Energy Authority fined a utility.\n\n\
//!             “The breach was serious,” the regulator said.\n\n\
//!             “We will appeal,” a spokesman for Veltro Power said.";
//! let quotes = newsclip_quotes::extract(text);
//! let regulator = quotes[0].speaker.as_ref().unwrap();
//! assert_eq!(regulator.name.as_deref(), Some("Coastal Energy Authority"));
//! assert_eq!(regulator.rule.id(), "quotes.speaker.institution-antecedent");
//! let firm = quotes[1].speaker.as_ref().unwrap();
//! assert_eq!((firm.name.as_deref(), firm.rule.id()), (Some("Veltro Power"), "quotes.speaker.spokesperson"));
//! ```
//!
//! # Performance
//!
//! Extraction is linear in the input: marks are paired with a bounded
//! look-back, every word is classified by one hash look-up (which also tells
//! whether a cue phrase starts there), attribution reads a bounded window
//! around each quotation, coreference looks back over a bounded number of
//! names, and the subjects pronouns prefer are read only for the sentences
//! around a pronoun. Word lists are compiled into the crate and parsed once,
//! on first use. On one core it reads news text at about 26 MiB/s, 42 MiB/s
//! from an analysis the facade shares with the entity tagger (`cargo bench -p
//! newsclip --bench extract` on the seed pages).
//!
//! # Untrusted input
//!
//! Any `&str` is fine: the extractor never panics, and unbalanced quotation
//! marks never swallow the rest of the document — a quotation left open ends
//! with its paragraph unless the next paragraph reopens it. Every span is a
//! byte range on `char` boundaries of the input.
//!
//! # Features
//!
//! * `serde` (default): `Serialize` for [`Quote`], [`Speaker`], [`SpeakerKind`]
//!   and [`Hint`] (`Deserialize` too for the last two), in the shape of
//!   newsclip's JSON output.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod attribution;
mod cues;
mod document;
mod extractor;
mod lexicon;
mod mentions;
mod quote;
mod resolution;
mod resolve;
pub mod rules;
mod salience;
mod speech;
mod subjects;

pub use extractor::{QuoteExtractor, QuoteExtractorBuilder};
pub use newsclip_text::{Layout, Rule, Span, Spanned};
pub use quote::{Hint, Quote, Speaker, SpeakerKind};

/// The quotations of clean article text, every paragraph taken as body (no
/// headline) and no hints: `QuoteExtractor::new()` on
/// [`Layout::of_clean_text`].
///
/// ```
/// let quotes = newsclip_quotes::extract("“The bridge will open in May,” Varga told reporters.");
/// assert_eq!(quotes[0].text(), "The bridge will open in May,");
/// assert_eq!(quotes[0].speaker.as_ref().and_then(|s| s.name.as_deref()), Some("Varga"));
/// ```
#[must_use]
pub fn extract(text: &str) -> Vec<Quote<'_>> {
    QuoteExtractor::new().extract(text, &Layout::of_clean_text(text), &[])
}
