//! Finds the article in a news page dumped to text: the **title**, the **dateline**, the
//! **author**, the **publication date**, the **section**, the **body paragraphs** — and every
//! block it removed, with the reason (navigation, teaser, share prompt, cookie banner, caption,
//! comments, footer …).
//!
//! Everything it returns is a byte span of the input you passed in, so results borrow the page
//! and cost no copies.
//!
//! # Should I use this crate?
//!
//! Use `newsclip-strip` alone when you need clean article text or page metadata from scraped
//! pages — the job trafilatura or jusText do on HTML, here on text dumps (one block per line, or
//! blank-line separated hard-wrapped paragraphs). If you also want quotations and speakers or
//! people, countries and institutions, use the `newsclip` facade, which runs this crate first
//! and feeds its [`Page::layout`] to `newsclip-quotes` and `newsclip-entities`. Those two
//! crates do not need this one when your text is already clean.
//!
//! # Example
//!
//! ```
//! use newsclip_strip::{strip, RemovalReason};
//!
//! let page = "\
//! Council Approves New Budget - City Times
//! Home | World | Politics | Sport
//! Council Approves New Budget
//! By Ana Lopez
//! Published 5 Dec 2023 14:30 GMT
//! SPRINGFIELD (AP) — The city council approved the budget on Tuesday after a long debate.
//! “This is a good day for the city,” Mayor Ana Lopez told reporters after the vote on Tuesday.
//! The plan will be reviewed by the state treasury next year, officials said on Wednesday.
//! Share this article
//! Politics
//! © 2023 City Times. All rights reserved.";
//!
//! let article = strip(page);
//! assert_eq!(article.title.map(|t| t.text), Some("Council Approves New Budget"));
//! assert_eq!(article.author.map(|a| a.text), Some("Ana Lopez"));
//! assert_eq!(article.published.map(|p| p.timestamp.to_string()).as_deref(), Some("2023-12-05T14:30Z"));
//! assert_eq!(article.section.map(|s| s.text), Some("Politics"));
//!
//! let dateline = article.dateline.expect("a wire dateline");
//! assert_eq!((dateline.place, dateline.agency), (Some("SPRINGFIELD"), Some("AP")));
//!
//! assert_eq!(article.paragraphs.len(), 3);
//! assert!(article.paragraphs[0].text.starts_with("The city council approved"));
//! let reasons: Vec<RemovalReason> = article.removed.iter().map(|r| r.reason).collect();
//! assert!(reasons.contains(&RemovalReason::Navigation) && reasons.contains(&RemovalReason::Share));
//! // Spans index the input:
//! assert_eq!(&page[article.paragraphs[1].span], article.paragraphs[1].text);
//! ```
//!
//! # How it works
//!
//! The page is split into blocks ([`newsclip_text::paragraphs`]). Each block is judged on its
//! own — length, share of function words, sentence punctuation, item separators, and a lexicon
//! of boilerplate phrase families (`data/boilerplate.txt`) — and the article is the run of
//! blocks with the highest total score that crosses no article-ending heading (comments,
//! related stories, tags, footer), no list of separator-framed teasers, and no byline that
//! closes the text. The title is the headline-shaped block before the body that best repeats the
//! page's first line; byline, dates and section are read from the blocks around the body. No
//! rule knows any particular site.
//!
//! # Performance
//!
//! Time and memory are linear in the page size. Patterns and word lists are compiled once, on
//! first use; date, byline and lexicon matching run only on short blocks.
//!
//! # Untrusted input
//!
//! Any `&str` is fine: the stripper never panics, and a huge page (or a single huge line) costs
//! time in proportion to its size.
//!
//! # Features
//!
//! * `serde` (default): `Serialize` for [`Page`] and its parts; dates and timestamps serialize
//!   as ISO 8601 strings, removal reasons as snake_case strings.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod analysis;
mod blocks;
mod byline;
mod classify;
mod date;
mod dateline;
mod dates;
mod furniture;
mod leftovers;
mod lexicon;
mod metadata;
mod page;
mod published;
mod section;
mod stripper;
mod title;
mod words;

pub use date::{Date, Time, Timestamp, UtcOffset};
pub use newsclip_text::{LineJoining, Span, Spanned};
pub use page::{Dateline, Page, Published, RemovalReason, Removed};
pub use stripper::{Stripper, StripperBuilder};

/// Finds the article in `page` with the default options: `Stripper::new().strip(page)`.
#[must_use]
pub fn strip(page: &str) -> Page<'_> {
    Stripper::new().strip(page)
}
