//! The text foundation of [newsclip](https://docs.rs/newsclip): byte spans,
//! lines and paragraphs, abbreviation-aware sentences, word tokens and
//! quotation marks.
//!
//! # Should I use this crate?
//!
//! Use it alone when you need robust segmentation of news text — page dumps
//! with mixed line endings, non-breaking and zero-width spaces, hard-wrapped
//! paragraphs, `U.S.` and `Mr.` that do not end sentences, curly and straight
//! quotation marks told apart from apostrophes. The other newsclip crates
//! build on it:
//!
//! * `newsclip-strip` finds the article in a page dump (title, byline, body);
//! * `newsclip-quotes` finds quotations and their speakers;
//! * `newsclip-entities` finds people, countries and institutions;
//! * `newsclip` puts them together behind one `Extractor`.
//!
//! # Spans
//!
//! Every result carries a [`Span`]: UTF-8 byte offsets `[start, end)` into
//! the string you passed in, always on `char` boundaries, so `&input[span]`
//! is safe and is the reported text. Results that borrow the text are
//! [`Spanned`] values, which serialize as `{"text", "start", "end"}`.
//!
//! # Example
//!
//! ```
//! use newsclip_text::{paragraphs, sentences, tokens};
//!
//! let page = "Headline\r\n\r\nMr. Smith arrived in Washington, D.C. on Monday. He spoke.\r\n";
//! let paras = paragraphs(page);
//! assert_eq!(paras.len(), 2);
//! let body = &paras[1];
//! let sents: Vec<_> = sentences(body.text).map(|s| s.span.offset(body.span.start)).collect();
//! assert_eq!(&page[sents[0]], "Mr. Smith arrived in Washington, D.C. on Monday.");
//! assert_eq!(tokens(&page[sents[1]]).count(), 3);
//! ```
//!
//! # Performance and untrusted input
//!
//! All functions run in time linear in the input and never panic on any
//! `&str`; patterns and word lists are compiled once, on first use.
//!
//! # Features
//!
//! * `serde` (default): `Serialize`/`Deserialize` for spans, tokens and marks.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod abbreviations;
mod analysis;
mod casing;
mod chars;
pub mod chunk;
mod layout;
mod lines;
mod normalize;
mod paragraphs;
mod quote_marks;
mod quote_pairs;
mod rule;
mod segment;
mod sentences;
mod span;
mod tokens;
mod word_pieces;

pub use analysis::{Analysis, AnalyzedRegion, Lexeme};
pub use casing::Casing;
pub use chars::{is_blank, is_blank_char, is_dash, is_terminal_punctuation};
pub use layout::{Layout, RegionKind};
pub use lines::{is_line_terminator, lines, Line, Lines};
pub use normalize::Normalized;
pub use paragraphs::{paragraphs, paragraphs_with, LineJoining, Paragraph};
pub use quote_marks::{quote_marks, QuoteFamily, QuoteGlyph, QuoteMark, QuoteMarks, QuoteRole};
pub use quote_pairs::{quotations, quote_pairs, Quotation, QuotePair};
pub use rule::{check_rules, Rule};
pub use sentences::{sentences, Sentences};
pub use span::{Span, Spanned};
pub use tokens::{tokens, words, Token, TokenKind, Tokens};
