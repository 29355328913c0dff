//! What stripping returns: the [`Page`] and its parts.

use core::fmt;

use newsclip_text::{Layout, Rule, Span, Spanned};

use crate::date::{Date, Timestamp};

/// The article found in a page dump: its metadata, its body paragraphs, and every block that was
/// removed, with the reason.
///
/// Every non-blank line of the input is accounted for exactly once: by the title, by a body
/// paragraph (the first one may start after a [`Dateline`] prefix on its line) or by a
/// [`Removed`] block. All spans are byte ranges into the input that was stripped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Page<'a> {
    /// The headline.
    pub title: Option<Spanned<'a>>,
    /// The dateline that opens the body (`WASHINGTON (AP) —`), cut off the first paragraph.
    pub dateline: Option<Dateline<'a>>,
    /// The author's name or names, without `By`: `Jane Doe and John Roe`.
    pub author: Option<Spanned<'a>>,
    /// When the article was published (or, lacking that, last updated).
    pub published: Option<Published<'a>>,
    /// The section label the page files the article under: `Politics`, `World`.
    pub section: Option<Spanned<'a>>,
    /// The body paragraphs, in order, disjoint, trimmed.
    pub paragraphs: Vec<Spanned<'a>>,
    /// Every block not part of the article body or title, in order.
    pub removed: Vec<Removed>,
    /// The rules that picked the title, author, date, section and dateline.
    pub rules: PageRules,
}

/// The rules that picked a page's metadata (see [`rules`](crate::rules)):
/// `None` where nothing was picked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PageRules {
    /// How the title was picked: `strip.title.copy`, `strip.title.headline` …
    pub title: Option<Rule>,
    /// How the author was read: `strip.byline.cued`, `strip.byline.sign-off` …
    pub author: Option<Rule>,
    /// How the publication date was read: `strip.date.published`, `strip.date.dateline` …
    pub published: Option<Rule>,
    /// How the section label was found: `strip.section.label`, `strip.section.breadcrumb`.
    pub section: Option<Rule>,
    /// How the dateline was found: `strip.dateline.opening` …
    pub dateline: Option<Rule>,
}

impl Page<'_> {
    /// The title and paragraph spans, the regions the quote finder and entity tagger read.
    #[must_use]
    pub fn layout(&self) -> Layout {
        Layout { title: self.title.map(|t| t.span), paragraphs: self.paragraphs.iter().map(|p| p.span).collect() }
    }

    /// The body paragraphs joined by `separator` (an owned copy; the spans stay the reference).
    #[must_use]
    pub fn body_text(&self, separator: &str) -> String {
        let mut out = String::with_capacity(self.paragraphs.iter().map(|p| p.text.len() + separator.len()).sum());
        for (i, paragraph) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                out.push_str(separator);
            }
            out.push_str(paragraph.text);
        }
        out
    }
}

/// The place, date and news agency that open a wire-style article: `Springfield Ill./Newswire:`,
/// `MOSCOW, December 5. /TASS/.`, `BERLIN, Oct 17 (Reuters) -`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Dateline<'a> {
    /// The whole dateline, separator included.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// `&input[span]`.
    pub text: &'a str,
    /// The place as written: `Springfield Ill.`, `MOSCOW`.
    pub place: Option<&'a str>,
    /// The date, when the dateline has one (a missing year is taken from the publication date).
    pub date: Option<Date>,
    /// The news agency as written: `Newswire`, `TASS`, `Reuters`.
    pub agency: Option<&'a str>,
}

/// When the article was published, and the text it was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Published<'a> {
    /// Where the date was read: a published line, or the dateline.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// `&input[span]`.
    pub text: &'a str,
    /// The date, with time and zone when given.
    pub timestamp: Timestamp,
}

/// A block of the page that is not part of the article, with the reason it
/// was removed and the rule that removed it.
///
/// Serializes as `{"start", "end", "reason", "rule"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Removed {
    /// The block, trimmed.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// Why it is not article text.
    pub reason: RemovalReason,
    /// The rule that removed it (one of [`rules`](crate::rules)).
    pub rule: Rule,
}

macro_rules! reasons {
    ($($(#[$doc:meta])* $variant:ident => $name:literal,)*) => {
        /// Why a block is not part of the article.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum RemovalReason {
            $($(#[$doc])* $variant,)*
        }

        impl RemovalReason {
            /// Every reason, in declaration order.
            pub const ALL: &'static [RemovalReason] = &[$(RemovalReason::$variant,)*];

            /// The snake_case name used in JSON: `"cookie_banner"`.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RemovalReason::$variant => $name,)*
                }
            }
        }
    };
}

reasons! {
    /// Menus, breadcrumbs, login and search links.
    Navigation => "navigation",
    /// Breaking-news tickers and live banners.
    Ticker => "ticker",
    /// The headline or summary of another story.
    Teaser => "teaser",
    /// A related-stories list or its heading.
    Related => "related",
    /// Share, follow, subscribe and newsletter prompts.
    Share => "share",
    /// Cookie and consent banners.
    CookieBanner => "cookie_banner",
    /// Advertisements and sponsored-content labels.
    Advertisement => "advertisement",
    /// Photo captions and credits.
    Caption => "caption",
    /// Reader comments and comment prompts.
    Comments => "comments",
    /// The headline repeated (a page title line, a second headline).
    RepeatedHeadline => "repeated_headline",
    /// A line holding only a date or time (a publication date line is one).
    DateOnly => "date_only",
    /// Tag and topic lists.
    Tags => "tags",
    /// Copyright lines, legal links and other page footer.
    Footer => "footer",
    /// The author line: a byline, or the contact line that signs off a wire story.
    Byline => "byline",
    /// The section label.
    Section => "section",
    /// A dateline alone on its line.
    Dateline => "dateline",
    /// Low text density, no more specific reason.
    Boilerplate => "boilerplate",
}

impl fmt::Display for RemovalReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for RemovalReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reason_names_are_snake_case() {
        assert_eq!(RemovalReason::CookieBanner.as_str(), "cookie_banner");
        assert_eq!(RemovalReason::RepeatedHeadline.to_string(), "repeated_headline");
        for reason in RemovalReason::ALL {
            assert!(reason.as_str().chars().all(|c| c.is_ascii_lowercase() || c == '_'));
        }
    }

    #[test]
    fn body_text_joins_paragraphs() {
        let input = "One.\nTwo.";
        let page = Page {
            paragraphs: vec![
                Spanned::new(input, Span::new(0, 4)).expect("in bounds"),
                Spanned::new(input, Span::new(5, 9)).expect("in bounds"),
            ],
            ..Page::default()
        };
        assert_eq!(page.body_text("\n\n"), "One.\n\nTwo.");
        assert_eq!(page.layout().paragraphs, [Span::new(0, 4), Span::new(5, 9)]);
    }
}
