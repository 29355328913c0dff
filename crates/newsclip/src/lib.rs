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
//! | [`html`] | `newsclip-html` | an HTML page rendered to blocks with markup evidence, its article blocks and metadata |
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
//! assert_eq!(speaker.name.as_deref(), Some("Ana Lopez"));
//! let entity = &article.entities[speaker.entity.expect("linked")];
//! assert_eq!(entity.mentions.len(), 2);
//! ```
//!
//! Every offset in an [`Article`] is a UTF-8 byte offset into the page you
//! passed in; `&page[span.start..span.end]` is the reported text.
//!
//! # HTML
//!
//! [`Extractor::extract_html`] takes the bytes of an HTML page as a crawler
//! fetched them (any charset; [`Extractor::extract_html_with_content_type`]
//! also takes the server's `Content-Type`) and the page's URL when known.
//! `newsclip-html` decodes and renders the page to text, one block per line,
//! and finds the article's blocks from the markup (`<article>`, `<nav>`,
//! `role`, class words, link density, the element that holds the prose);
//! `newsclip-strip`'s text rules then remove bylines, date lines, captions and
//! prompts among them and read the byline, date and dateline; the page's
//! metadata (JSON-LD, OpenGraph, `<meta>`, `<time>`, the URL, the visible
//! headline) gives the title, authors, date, section, language, canonical URL
//! and site name. Quotes and entities are found in the result as for text.
//!
//! For HTML input, the article's spans index [`Article::text`], the rendering
//! (`&article.text[span.start..span.end]` is the reported text), and each
//! paragraph also carries [`Paragraph::source`], the byte range of its element
//! in the HTML you passed in (in its original encoding). A title or author
//! that the markup states but the page does not show (a JSON-LD `headline`
//! different from every visible line) is appended to the rendering on a line
//! of its own, so that it has a span too.
//!
//! ```
//! let html = br#"<title>Ferry Pier to Reopen</title><nav><a href="/">Home</a></nav>
//! <article><h1>Ferry Pier to Reopen</h1><p>The town council voted on Monday to repair the old ferry pier.</p></article>"#;
//! let article = newsclip::extract_html(html, None);
//! let text = article.text.as_deref().expect("HTML input has a rendering");
//! let body = &article.paragraphs[0];
//! assert_eq!(&text[body.start..body.end], body.text);
//! let source = body.source.expect("its element");
//! assert_eq!(&html[source.start..source.end], &b"<p>The town council voted on Monday to repair the old ferry pier.</p>"[..]);
//! ```
//!
//! # JSON
//!
//! With the `serde` feature (default), an [`Article`] serializes to the JSON
//! the `newsclip` command-line tool prints:
//!
//! ```text
//! {"title": Span|null, "dateline": {"text","start","end","place","date","agency"}|null,
//!  "author": Span|null, "published": "ISO 8601"|null, "section": Span|null,
//!  "language": "en"?, "warnings": ["…"]?, "url": "https://…"?, "site_name": "…"?,
//!  "paragraphs": [{"text", "start", "end", "source": {"start","end"}?}],
//!  "removed": [{"start","end","reason","rule"}],
//!  "rules": {"title","author","published","section","dateline": rule|null},
//!  "quotes": [{"text", "segments": [Span], "speaker": {"name","names","kind","mention","entity",
//!                                                      "rule","attribution"}|null,
//!              "cue": Span|null, "partial", "in_title"}],
//!  "entities": [{"id","kind","name","code","country","title","mentions": [Mention],
//!                "reference"?}],
//!  "text": "the rendering"?}
//! ```
//! where a Span is `{"text", "start", "end"}`, a Mention is a Span with the
//! `"rule"` that found it, and a rule is a stable id such as
//! `strip.byline.cued` or `quotes.speaker.role-antecedent` (see [`rules`]).
//! The fields marked `?` are left out when absent: `reference` is the code a
//! user lexicon gives a listed person or institution; the others come
//! with HTML input ([`Extractor::extract_html`]) and are left out for text
//! input: `text` is the rendering that every span
//! indexes, `source` the byte range of a paragraph's element in the HTML,
//! `url` its canonical URL (or the one it
//! was fetched from), `site_name` the site's name; each is left out when the
//! page does not state it. `language` (every page's ISO 639-1 code, left out
//! only when the text has no language to identify) and `warnings` (left out
//! when empty) are described under *Languages*. New keys may be added; none is
//! renamed or dropped.
//!
//! # Languages
//!
//! Every page's language is identified ([`Article::language`], ISO 639-1):
//! from a sample of its prose (up to 512 bytes of its sentence lines) with the
//! `whatlang` crate; for HTML, the language the page declares (`<html lang>`,
//! `og:locale`, `Content-Language`) is kept when the text agrees or is too
//! short to judge. Why `whatlang`, and the measurements behind each choice, are
//! in the `language` module's source (`src/language.rs`): it names all of the
//! four supported languages on every page of 200 characters or more, names
//! the *other* languages too (69 in all), and costs about 0.1 ms a page.
//!
//! The supported languages ([`SUPPORTED_LANGUAGES`]) are English, German,
//! French and Spanish: the stripper reads their page furniture, bylines, dates
//! and datelines, and the quote finder and tagger run for them. A page in any
//! other language still yields its article (the stripper then judges blocks by
//! length and sentence punctuation), but its quotes and entities are left empty
//! rather than guessed, and [`Article::warnings`] says why. The messages are
//! stable, for tools to match:
//!
//! * `language 'ru' is not supported: quotes and entities were not extracted (supported: en, de, fr, es)`
//! * `language could not be identified: quotes and entities were not extracted (supported: en, de, fr, es)`
//! * `language 'nb' declared by the page, but its text reads as 'en': 'en' was used`
//!
//! ```
//! let page = "Новый мост открыт\n\
//!     В городе во вторник открыли движение по новому мосту через реку после четырёх лет работ.\n\
//!     По словам представителей мэрии, мост сократит время в пути между районами почти на полчаса.";
//! let article = newsclip::extract(page);
//! assert_eq!(article.language.as_deref(), Some("ru"));
//! assert_eq!(article.paragraphs.len(), 2);
//! assert!(article.quotes.is_empty() && article.entities.is_empty());
//! assert!(article.warnings[0].starts_with("language 'ru' is not supported"));
//! ```
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
mod explain;
mod extractor;
mod from_html;
mod language;
mod link;
mod original;

pub use newsclip_entities as entities;
pub use newsclip_html as html;
pub use newsclip_lexicon as lexicon;
pub use newsclip_quotes as quotes;
pub use newsclip_strip as strip;
pub use newsclip_text as text;

/// The README's Rust examples, compiled and run as doctests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeExamples;

pub use article::{Article, Dateline, Entity, Paragraph, Quote, Removed, Speaker, TextSpan};
pub use error::{Error, ErrorKind};
pub use explain::rules;
pub use extractor::{Extractor, ExtractorBuilder};
pub use language::SUPPORTED as SUPPORTED_LANGUAGES;

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
