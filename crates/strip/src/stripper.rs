//! [`Stripper`], its options and its builder.

use newsclip_text::LineJoining;

use crate::language::Language;
use crate::page::Page;

/// Finds the article in page dumps. Cheap to create and to clone; holds only options.
///
/// ```
/// use newsclip_strip::Stripper;
///
/// let stripper = Stripper::builder().keep_headings(false).build();
/// let page = stripper.strip("Headline\nThe council met on Tuesday and voted to approve the new budget for schools.");
/// assert_eq!(page.paragraphs.len(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct Stripper {
    pub(crate) line_joining: LineJoining,
    pub(crate) keep_headings: bool,
}

impl Default for Stripper {
    fn default() -> Stripper {
        Stripper { line_joining: LineJoining::Auto, keep_headings: true }
    }
}

impl Stripper {
    /// A stripper with the default options.
    #[must_use]
    pub fn new() -> Stripper {
        Stripper::default()
    }

    /// A builder to set options.
    #[must_use]
    pub fn builder() -> StripperBuilder {
        StripperBuilder { config: Stripper::default() }
    }

    /// Finds the article in `page`, a web page dumped to text.
    #[must_use]
    pub fn strip<'a>(&self, page: &'a str) -> Page<'a> {
        crate::analysis::strip(self, page, Language::English)
    }

    /// Finds the article in `page`, written in `language` (an ISO 639-1 code such as `de`; `None`
    /// when it is not known): the phrases of page furniture, bylines, dates and datelines of that
    /// language are read besides the English ones. English and unknown pages are stripped as by
    /// [`strip`](Self::strip); a page in a language without resources (not `en`, `de`, `fr` or
    /// `es`) is stripped by its structure and the English phrases alone.
    ///
    /// ```
    /// use newsclip_strip::Stripper;
    ///
    /// let page = "Stadtrat beschließt neuen Haushalt\nLesen Sie auch\nDer Stadtrat hat am Dienstag nach \
    ///     langer Debatte den neuen Haushalt beschlossen, wie ein Sprecher der Stadt mitteilte.";
    /// let article = Stripper::new().strip_in_language(page, Some("de"));
    /// assert_eq!(article.paragraphs.len(), 1);
    /// ```
    #[must_use]
    pub fn strip_in_language<'a>(&self, page: &'a str, language: Option<&str>) -> Page<'a> {
        crate::analysis::strip(self, page, Language::of(language))
    }
}

/// Builds a [`Stripper`] with non-default options.
#[derive(Clone, Debug)]
pub struct StripperBuilder {
    config: Stripper,
}

impl StripperBuilder {
    /// How lines become blocks ([`LineJoining::Auto`] by default: hard-wrapped paragraphs are
    /// detected per page; `Never` treats every line as a block).
    pub fn line_joining(&mut self, joining: LineJoining) -> &mut StripperBuilder {
        self.config.line_joining = joining;
        self
    }

    /// Whether short lines inside the article (subheadings) stay in the body (default `true`).
    pub fn keep_headings(&mut self, keep: bool) -> &mut StripperBuilder {
        self.config.keep_headings = keep;
        self
    }

    /// The stripper.
    #[must_use]
    pub fn build(&self) -> Stripper {
        self.config.clone()
    }
}
