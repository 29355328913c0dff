//! The edges of the main region. Blocks around the article's first and last paragraphs can
//! still be page metadata: a photo caption and the author's name above the byline and date block
//! that heads the text, an author's biography under it.

use core::ops::Range;

use crate::blocks::Block;
use crate::byline::{is_author_bio, is_role_line};
use crate::classify::Label;
use crate::dates::{find_date, find_date_or_day, FoundDate};
use crate::furniture::is_name_alone;
use crate::page::RemovalReason;

/// Where the article text starts in `region`: after a date or byline among its first blocks,
/// when what comes before it is short (a standfirst, a caption, the author's name) and text
/// follows. The metadata around the text is read from there.
pub(crate) fn head_start(blocks: &[Block<'_>], labels: &[Label], region: Range<usize>) -> usize {
    let reach = region.start..(region.start + HEAD_REACH).min(region.end);
    let Some(last) = reach.rev().find(|&i| is_metadata(labels[i])) else {
        return if follows_metadata(labels, region.start) {
            after_photo_caption(blocks, labels, region)
        } else {
            region.start
        };
    };
    let words_before: u32 = blocks[region.start..last].iter().map(|b| b.stats.words).sum();
    let text_after = labels[last + 1..region.end].iter().any(|l| l.is_text());
    if words_before <= MAX_HEAD_WORDS && text_after {
        after_photo_caption(blocks, labels, last + 1..region.end)
    } else {
        region.start
    }
}

/// Whether `label` marks the byline, date or dateline that head an article.
fn is_metadata(label: Label) -> bool {
    matches!(label, Label::Furniture(RemovalReason::DateOnly | RemovalReason::Byline | RemovalReason::Dateline))
}

/// Whether block `i` comes right under the byline, date or dateline, with at most a little
/// other furniture (`Share`) between.
pub(crate) fn follows_metadata(labels: &[Label], i: usize) -> bool {
    let above = labels.get(..i).unwrap_or_default().iter().rev().take(FURNITURE_UNDER_METADATA + 1);
    above.copied().find(|&l| is_metadata(l) || !matches!(l, Label::Furniture(_))).is_some_and(is_metadata)
}

/// Most furniture lines between the head metadata and a caption under it.
const FURNITURE_UNDER_METADATA: usize = 2;

/// Where the text starts in `rest`, the blocks under the byline and date: after the caption of
/// the photo between them and the text (`Share`, then `Protesters gather outside … on May 14.`),
/// a dated sentence that text follows. Page furniture may stand above the caption. Under a
/// dated byline, the caption may leave out the year.
fn after_photo_caption(blocks: &[Block<'_>], labels: &[Label], rest: Range<usize>) -> usize {
    let Some(first) = rest.clone().find(|&i| !matches!(labels[i], Label::Furniture(_))) else { return rest.start };
    let text_next = labels.get(first + 1).is_some_and(|l| l.is_text()) && first + 1 < rest.end;
    if text_next && is_yearless_caption(&blocks[first]) {
        first + 1
    } else {
        rest.start
    }
}

/// How many blocks at the head of the region may precede its metadata.
const HEAD_REACH: usize = 5;
/// Most words above the metadata at the head of the region: a standfirst and a caption.
const MAX_HEAD_WORDS: u32 = 80;

/// Whether `block`, above the metadata that heads the article, is a photo caption rather than a
/// standfirst: one sentence that ends on the date the photo was taken (`… on March 1, 2024.`).
pub(crate) fn is_dated_caption(block: &Block<'_>) -> bool {
    ends_on_date(block, find_date)
}

/// Whether `block`, under the byline and date that head the article, is a photo caption: one
/// sentence ending on a day, whose year the date above gives (`… on May 14.`).
pub(crate) fn is_yearless_caption(block: &Block<'_>) -> bool {
    ends_on_date(block, find_date_or_day)
}

/// Whether `block` is one sentence that ends on a date `find` finds.
fn ends_on_date(block: &Block<'_>, find: fn(&str) -> Option<FoundDate>) -> bool {
    let text = block.text.trim_end().trim_end_matches('.');
    block.stats.words >= MIN_CAPTION_WORDS
        && block.stats.ends_with_terminal
        && newsclip_text::sentences(block.text).nth(1).is_none()
        && find(text).is_some_and(|d| d.span.end == text.len())
}

/// Fewest words of a caption: a date alone is a date line.
const MIN_CAPTION_WORDS: u32 = 6;

/// Where the article ends in `region`: before the author's biography that closes it
/// (`Doe is a correspondent for …`), and the name and role lines above the biography.
pub(crate) fn tail_end(blocks: &[Block<'_>], labels: &[Label], region: Range<usize>) -> usize {
    let mut end = region.end;
    while end > region.start + 1 && is_author_bio(blocks[end - 1].text) {
        end -= 1;
    }
    let is_role = |i: usize| {
        matches!(labels[i], Label::Short | Label::Furniture(RemovalReason::Byline)) && is_role_line(blocks[i].text)
    };
    if end < region.end && end > region.start + 1 && is_role(end - 1) {
        end -= 1;
    }
    let name_above = |i: usize| labels[i] == Label::Short && is_name_alone(&blocks[i]);
    // The name over a biography or role line, in the region or right after it.
    let bio_or_role_after = |i: usize| blocks.get(i).is_some_and(|b| is_author_bio(b.text) || is_role_line(b.text));
    if end > region.start + 1 && name_above(end - 1) && (end < region.end || bio_or_role_after(end)) {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::tests::labels_of;
    use crate::furniture::mark_metadata_lines;
    use crate::published::date_line;

    fn labelled(page: &str) -> (Vec<Block<'_>>, Vec<Label>) {
        let (blocks, mut labels) = labels_of(page);
        let dates: Vec<_> = blocks.iter().map(|b| date_line(b.text, b.stats.words)).collect();
        mark_metadata_lines(&blocks, &mut labels, &mut vec![crate::rules::OUTSIDE; blocks.len()], &dates);
        (blocks, labels)
    }

    const PARAGRAPH: &str = "The council met on Tuesday and approved the budget after a long debate about roads.";

    #[test]
    fn a_standfirst_and_caption_above_the_date_are_no_article() {
        let page = format!(
            "The mayor said the plan will cut traffic. Critics doubt it.\nThe mayor at the town hall in May\n\
             Jane Doe\n5 December 2023\n{PARAGRAPH}\n{PARAGRAPH}"
        );
        let (blocks, labels) = labelled(&page);
        assert_eq!(head_start(&blocks, &labels, 0..6), 4);
    }

    #[test]
    fn a_dated_caption_under_the_byline_is_no_article() {
        let page = format!(
            "By Jane Doe\n5 December 2023\nShare\nResidents queue outside the town hall on December 4.\n{PARAGRAPH}\n{PARAGRAPH}"
        );
        let (blocks, labels) = labelled(&page);
        assert_eq!(head_start(&blocks, &labels, 0..6), 4);
        let page = format!("By Jane Doe\n5 December 2023\n{PARAGRAPH}\n{PARAGRAPH}");
        let (blocks, labels) = labelled(&page);
        assert_eq!(head_start(&blocks, &labels, 0..4), 2);
    }

    #[test]
    fn a_date_after_long_text_or_with_nothing_after_it_stays() {
        let long = PARAGRAPH.repeat(6);
        let page = format!("{long}\n5 December 2023\n{PARAGRAPH}");
        let (blocks, labels) = labelled(&page);
        assert_eq!(head_start(&blocks, &labels, 0..3), 0);
        let page = format!("{PARAGRAPH}\n5 December 2023");
        let (blocks, labels) = labelled(&page);
        assert_eq!(head_start(&blocks, &labels, 0..2), 0);
    }

    #[test]
    fn dated_captions() {
        let (blocks, _) = labelled("The mayor speaks to reporters in Springfield on March 1, 2024.\n\
                                    The mayor said on March 1, 2024 that the plan will cut traffic, and critics doubt it.");
        assert!(is_dated_caption(&blocks[0]));
        assert!(!is_dated_caption(&blocks[1]));
        let (blocks, _) = labelled("March 10, 2024.");
        assert!(!is_dated_caption(&blocks[0]));
    }

    #[test]
    fn a_name_over_a_role_line_after_the_region_closes_no_article() {
        let page = format!("{PARAGRAPH}\n{PARAGRAPH}\nJane Doe\nNews Editor");
        let (blocks, labels) = labelled(&page);
        assert_eq!(tail_end(&blocks, &labels, 0..3), 2);
        let page = format!("{PARAGRAPH}\n{PARAGRAPH}\nJane Doe\nNews Editor\nDoe is a news editor at the Daily Globe.");
        let (blocks, labels) = labelled(&page);
        assert_eq!(tail_end(&blocks, &labels, 0..5), 2);
    }

    #[test]
    fn an_author_bio_and_its_name_close_no_article() {
        let page = format!("{PARAGRAPH}\n{PARAGRAPH}\nJANE DOE\nDoe is a correspondent for the Daily Globe in Lima.");
        let (blocks, labels) = labelled(&page);
        assert_eq!(tail_end(&blocks, &labels, 0..4), 2);
        let page = format!("{PARAGRAPH}\nJane Doe\n{PARAGRAPH}");
        let (blocks, labels) = labelled(&page);
        assert_eq!(tail_end(&blocks, &labels, 0..3), 3);
    }
}
