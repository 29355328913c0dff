//! newsclip turns a news page into facts: the clean article (boilerplate
//! stripped), every direct quotation with **who said it**, and the **people,
//! countries and institutions** it mentions, normalized.
//!
//! This crate is the facade: [`Extractor`] runs the whole pipeline and returns
//! an owned, serializable [`Article`]. The stages are separate crates,
//! re-exported here as modules, each useful on its own:
//!
//! | module | crate | use it alone when you need |
//! |---|---|---|
//! | [`text`] | `newsclip-text` | spans, lines, paragraphs, sentences, tokens, quotation marks |
//! | [`strip`] | `newsclip-strip` | only the article text and metadata of a page dump |
//! | [`quotes`] | `newsclip-quotes` | quotations and speakers in text you already cleaned |
//! | [`entities`] | `newsclip-entities` | people, countries (ISO 3166-1) and institutions |
//!
//! Use the facade when you want more than one of these: it feeds the stripper's
//! layout to the other stages, gives the quote finder the tagged entities as
//! hints, and links every quote's speaker to its entity.
//!
//! # Example
//!
//! ```
//! let page = "\
//! Council Approves New Budget
//! Home | World | Politics | Sport
//! SPRINGFIELD (AP) — The city council approved the budget on Tuesday after a long debate.
//! “This is a good day for the city,” Mayor Ana Lopez told reporters after the vote.
//! Lopez said the plan would be reviewed by the Treasury Department next year.
//! Share on Facebook
//! ";
//! let article = newsclip::extract(page);
//! assert_eq!(article.title.as_ref().map(|t| t.text.as_str()), Some("Council Approves New Budget"));
//! assert_eq!(article.paragraphs.len(), 3);
//!
//! let quote = &article.quotes[0];
//! assert_eq!(quote.text, "This is a good day for the city,");
//! let speaker = quote.speaker.as_ref().expect("attributed");
//! assert_eq!(speaker.name, "Ana Lopez");
//! let entity = &article.entities[speaker.entity.expect("linked")];
//! assert_eq!(entity.mentions.len(), 2);
//! ```
//!
//! Every offset in an [`Article`] is a UTF-8 byte offset into the page you
//! passed in; `&page[span.start..span.end]` is the reported text.
//!
//! # JSON
//!
//! With the `serde` feature (default), an [`Article`] serializes to the JSON
//! the `newsclip` command-line tool prints:
//!
//! ```text
//! {"title": Span|null, "dateline": {"text","start","end","place","date","agency"}|null,
//!  "author": Span|null, "published": "ISO 8601"|null, "section": Span|null,
//!  "paragraphs": [Span], "removed": [{"start","end","reason"}],
//!  "quotes": [{"text", "segments": [Span], "speaker": {"name","names","kind","mention","entity"}|null,
//!              "cue": Span|null, "partial", "in_title"}],
//!  "entities": [{"id","kind","name","code","country","title","mentions": [Span]}]}
//! ```
//! where a Span is `{"text", "start", "end"}`.
//!
//! # Performance
//!
//! Patterns and gazetteers are compiled once per process, on first use; every
//! stage runs in time linear in the page. Build one [`Extractor`] and share it
//! across threads (it is `Send + Sync`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod article;
mod error;
mod extractor;
mod from_html;
mod link;

pub use newsclip_entities as entities;
pub use newsclip_html as html;
pub use newsclip_quotes as quotes;
pub use newsclip_strip as strip;
pub use newsclip_text as text;

pub use article::{Article, Dateline, Entity, Paragraph, Quote, Removed, Speaker, TextSpan};
pub use error::{Error, ErrorKind};
pub use extractor::{Extractor, ExtractorBuilder};

/// Extracts an article with the default [`Extractor`], built once per process.
///
/// ```
/// let article = newsclip::extract("Headline\nThe body of the article, in one paragraph that ends here.");
/// assert_eq!(article.paragraphs.len(), 1);
/// ```
#[must_use]
pub fn extract(page: &str) -> Article {
    default_extractor().extract(page)
}

/// Extracts an article from an HTML page with the default [`Extractor`]; see
/// [`Extractor::extract_html`].
#[must_use]
pub fn extract_html(html: &[u8], url: Option<&str>) -> Article {
    default_extractor().extract_html(html, url)
}

fn default_extractor() -> &'static Extractor {
    static DEFAULT: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(Extractor::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_are_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
        assert_send_sync::<Article>();
        assert_send_sync::<Error>();
    }

    #[test]
    fn invalid_utf8_is_an_error_with_its_offset() {
        let err = Extractor::new().extract_bytes(b"ok \xff").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
        assert_eq!(err.byte_offset(), Some(3));
    }
}
