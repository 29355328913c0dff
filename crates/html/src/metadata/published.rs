//! The publication date: what the markup declares (JSON-LD `datePublished`,
//! `article:published_time` and other date metas, `<time>` marked as published, the date in the
//! URL) and the date the page shows around its headline, reconciled.
//!
//! A reader dates an article by the date shown under its headline, so that date wins when the
//! page shows one: the shown date the markup confirms (as published or as modified) first, else
//! the first date on a byline or date line. Pages that show none are dated by their markup.

use crate::content::{Reason, Verdict};
use crate::dates;
use crate::document::Document;
use crate::hints::Hints;

use super::TimeMark;

/// What the markup declares about the article's dates.
#[derive(Debug, Default)]
pub(super) struct Declared<'a> {
    /// The publication date of JSON-LD, then of the date `<meta>` tags, normalized.
    pub(super) published: Option<String>,
    /// The modification date of JSON-LD or the `<meta>` tags, normalized.
    pub(super) modified: Option<String>,
    /// `<time>` elements and elements with a date `itemprop`.
    pub(super) times: &'a [TimeMark],
    /// The date in the URL.
    pub(super) url: Option<String>,
    /// How the page writes dates in numbers, as its language tells.
    pub(super) order: Option<dates::Order>,
}

/// A date written on a line around the article's head.
#[derive(Debug)]
struct Shown {
    /// The date, `YYYY-MM-DD`.
    date: String,
    /// The line is marked as a byline, a date or article metadata.
    marked: bool,
}

/// The publication date of `document`: see the module docs.
pub(super) fn choose(document: &Document, declared: &Declared<'_>) -> Option<String> {
    let published_time = || declared.times.iter().filter(|t| t.published).find_map(|t| dates::normalize(&t.value));
    let stated = declared.published.clone().or_else(published_time);
    let shown = shown_dates(document, declared.order);
    if let (Some(first), Some(stated)) = (shown.first(), &stated) {
        // The markup's date stands when the page shows it, or shows the modification date: the
        // shown date is then the same (give or take a time zone), or a revision the markup keeps
        // apart. A shown date the markup does not know is the one readers see.
        let near = |date: &str, other: &str, days: u64| dates::days_apart(date, other).is_some_and(|d| d <= days);
        let confirmed = shown.iter().any(|s| near(&s.date, stated, 1))
            || declared.modified.as_deref().is_some_and(|modified| near(&first.date, modified, 2));
        if !confirmed {
            return Some(first.date.clone());
        }
    } else if let Some(first) = shown.first() {
        return Some(first.date.clone());
    }
    stated
        .or_else(|| declared.url.clone())
        .or_else(|| {
            declared
                .times
                .iter()
                .filter(|t| !t.hints.intersects(Hints::COMMENTS | Hints::RELATED | Hints::SIDEBAR))
                .find_map(|t| dates::normalize(&t.value))
        })
        // A page that states only when it was last modified is dated by that.
        .or_else(|| declared.modified.clone())
}

/// The dates the page shows around the article's head: on the short lines from a few lines
/// before the headline to the article's first lines (`March 27, 2024`, `Updated 27 March 2024`),
/// byline and date lines first.
fn shown_dates(document: &Document, order: Option<dates::Order>) -> Vec<Shown> {
    let content = &document.content;
    let head = content.headline.unwrap_or(content.blocks.start).min(content.blocks.start);
    let start = head.saturating_sub(3);
    let end = (content.blocks.start + 3).max(head + 8).min(document.blocks.len());
    let mut shown: Vec<Shown> = (start..end)
        .filter_map(|index| {
            let block = &document.blocks[index];
            let furniture = matches!(
                content.verdicts.get(index),
                Some(Verdict::Removed(Reason::Navigation | Reason::Related | Reason::Comments | Reason::LinkList))
            );
            if block.span.len() >= 160 || furniture {
                return None;
            }
            let text = document.block_text(block);
            let date = dates::written_in(text, order)?;
            let marked = (block.hints | block.inner_hints).intersects(Hints::DATE | Hints::BYLINE | Hints::META);
            Some(Shown { date, marked })
        })
        .collect();
    shown.sort_by_key(|s| !s.marked);
    shown
}
