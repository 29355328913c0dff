//! Where an article's own text is inside a larger input.

use crate::{paragraphs, Span};

/// The headline and body paragraphs of an article, as spans of the input.
///
/// The quote finder and the entity tagger read only these regions, so they
/// work the same on a whole page dump (after boilerplate stripping) and on
/// clean article text ([`Layout::of_clean_text`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Layout {
    /// The headline, if known: capitalization there is title case, and
    /// quotations there are headline quotes.
    pub title: Option<Span>,
    /// Body paragraphs in reading order, disjoint.
    pub paragraphs: Vec<Span>,
}

/// Which part of the article a region is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionKind {
    /// The headline.
    Title,
    /// A body paragraph.
    Paragraph,
}

impl Layout {
    /// Treats every paragraph of `text` as body (see [`paragraphs`]); no title.
    ///
    /// ```
    /// let layout = newsclip_text::Layout::of_clean_text("One.\n\nTwo.");
    /// assert_eq!(layout.paragraphs.len(), 2);
    /// assert!(layout.title.is_none());
    /// ```
    #[must_use]
    pub fn of_clean_text(text: &str) -> Layout {
        Layout { title: None, paragraphs: paragraphs(text).into_iter().map(|p| p.span).collect() }
    }

    /// The title (if any) followed by the paragraphs, each with its kind.
    pub fn regions(&self) -> impl Iterator<Item = (Span, RegionKind)> + '_ {
        self.title
            .map(|t| (t, RegionKind::Title))
            .into_iter()
            .chain(self.paragraphs.iter().map(|&p| (p, RegionKind::Paragraph)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_list_title_first() {
        let layout = Layout { title: Some(Span::new(0, 5)), paragraphs: vec![Span::new(6, 9), Span::new(10, 12)] };
        let kinds: Vec<_> = layout.regions().map(|(_, k)| k).collect();
        assert_eq!(kinds, [RegionKind::Title, RegionKind::Paragraph, RegionKind::Paragraph]);
    }
}
