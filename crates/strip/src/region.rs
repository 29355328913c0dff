//! The article's main region: which run of labelled blocks is the article.
//!
//! On a page that shows furniture, the article is the contiguous run of blocks with the highest
//! total score — prose counts for its length, furniture against it — that crosses no
//! article-ending heading (the densest-block idea, with the context smoothing that a maximum-sum
//! run gives for free), extended over a table that closes it. A page without any furniture is a
//! clean article: it keeps everything but the lines that head and sign it.

use core::ops::Range;

use crate::blocks::Block;
use crate::classify::Label;
use crate::page::RemovalReason;
use crate::phrases::family_of;

/// The article's blocks. `barrier[i]` marks blocks the article cannot span besides end markers;
/// `anchor` is the in-page copy of the headline, if found. Empty (at the end) when no block reads
/// as text.
pub(crate) fn article_region(
    blocks: &[Block<'_>],
    labels: &[Label],
    barrier: &[bool],
    anchor: Option<usize>,
) -> Range<usize> {
    // Page dumps open with the title: a first line shaped like a headline is not body text, as
    // long as something follows it (a lone block is the text itself).
    let opens_with_headline = blocks.len() > 1 && blocks.first().is_some_and(is_headline_shaped);
    let mut region = if shows_furniture(blocks, labels, barrier) {
        let region = main_region(blocks, labels, barrier, anchor).unwrap_or(blocks.len()..blocks.len());
        extend_over_rows(labels, barrier, region)
    } else {
        clean_region(labels, usize::from(opens_with_headline))
    };
    if region.start == 0 && region.len() > 1 && opens_with_headline {
        region.start = 1;
    }
    region
}

/// Whether a block could be a headline: one line of at most [`MAX_HEADLINE_WORDS`] words and at
/// most one sentence.
fn is_headline_shaped(block: &Block<'_>) -> bool {
    let s = &block.stats;
    (1..=MAX_HEADLINE_WORDS).contains(&s.words)
        && !s.ends_with_colon
        && !block.text.contains('\n')
        && newsclip_text::sentences(block.text).nth(1).is_none()
}

/// Longest first line taken for a headline rather than body text.
const MAX_HEADLINE_WORDS: u32 = 30;

/// Whether the page shows any furniture: a boilerplate phrase, a menu, an end-of-article
/// heading, a list of teasers or the separators that frame one (`barrier`). Dates, bylines, datelines, lone
/// lines of punctuation and items between slashes (`W / D / L`, a table's head) are no evidence:
/// clean articles have them too.
fn shows_furniture(blocks: &[Block<'_>], labels: &[Label], barrier: &[bool]) -> bool {
    barrier.contains(&true)
        || labels.iter().zip(blocks).any(|(label, block)| match label {
            Label::Furniture(RemovalReason::Navigation) => {
                block.text.contains(MENU_SEPARATORS) || family_of(block.text, &block.stats).is_some()
            }
            Label::Furniture(reason) => !matches!(
                reason,
                RemovalReason::DateOnly | RemovalReason::Byline | RemovalReason::Dateline | RemovalReason::Boilerplate
            ),
            Label::EndMarker(_) => true,
            _ => false,
        })
}

/// Separators of menu items (slashes aside).
const MENU_SEPARATORS: &[char] = &['|', '•', '·', '»', '›', '>', '◦', '▪', '∙', '¦'];

/// The region of a page without furniture, so that a clean article loses nothing: every block
/// from `from` on, between the short lines that open it (the headline, a dateline, a byline, a
/// date) and those that close it (a sign-off, a name, a section label) — unless they close a
/// table, whose last rows they are.
fn clean_region(labels: &[Label], from: usize) -> Range<usize> {
    let is_short = |l: &Label| matches!(l, Label::Short | Label::Furniture(_));
    let Some(start) = labels.iter().skip(from).position(|l| !is_short(l)).map(|i| from + i) else {
        return labels.len()..labels.len();
    };
    let last_long = labels.iter().rposition(|l| !is_short(l)).unwrap_or(start);
    let end = if labels.get(last_long) == Some(&Label::Data) {
        labels.iter().rposition(|l| !matches!(l, Label::Furniture(_))).unwrap_or(last_long) + 1
    } else {
        last_long + 1
    };
    start..end
}

/// The main region: the run of blocks with the highest total score that crosses no barrier.
/// `barrier[i]` marks blocks the article cannot span besides end markers. `None` when no block
/// scores above zero.
///
/// Where a run stands weighs on the choice, see [`weighed_stretches`].
fn main_region(
    blocks: &[Block<'_>],
    labels: &[Label],
    barrier: &[bool],
    anchor: Option<usize>,
) -> Option<Range<usize>> {
    weighed_stretches(blocks, labels, anchor)
        .into_iter()
        .filter_map(|(within, weight)| {
            best_run(blocks, labels, barrier, within).map(|(score, run)| (score * weight, run))
        })
        .fold(None, |best: Option<(f32, Range<usize>)>, (score, run)| match best {
            Some((b, _)) if b >= score => best,
            _ => Some((score, run)),
        })
        .map(|(_, run)| run)
}

/// The stretches of the page whose runs weigh alike, with their weight. The article follows its
/// headline, `anchor` (the in-page copy of the page title): the text between it and the next
/// end marker counts double against runs before it (menus, teasers) and after that marker
/// (related stories). Reader comments can be much longer than the article: what follows a
/// comments heading that comes after some prose counts a tenth, up to the next heading of
/// another kind (a comments box may sit in the middle of an article, and a list of related
/// stories ends the comments).
fn weighed_stretches(blocks: &[Block<'_>], labels: &[Label], anchor: Option<usize>) -> Vec<(Range<usize>, f32)> {
    let n = blocks.len().min(labels.len());
    let mut stretches = Vec::new();
    let (rest, base) = match anchor {
        Some(anchor) => {
            let anchor = anchor.min(n);
            let headed_end = first_end_marker_after_text(labels, anchor).min(n);
            stretches.push((0..anchor, 1.0));
            stretches.push((anchor..headed_end, AFTER_HEADLINE_WEIGHT));
            (headed_end, 1.0)
        }
        None => (0, AFTER_HEADLINE_WEIGHT),
    };
    let mut prose_words: u32 = (0..rest).filter(|&i| labels[i].is_text()).map(|i| blocks[i].stats.words).sum();
    let (mut start, mut weight) = (rest, base);
    for i in rest..n {
        match labels[i] {
            Label::Prose | Label::ShortProse => prose_words += blocks[i].stats.words,
            Label::EndMarker(reason) => {
                stretches.push((start..i, weight));
                start = i;
                let comments = reason == RemovalReason::Comments && prose_words >= PROSE_BEFORE_COMMENTS;
                weight = if comments { COMMENTS_WEIGHT } else { base };
            }
            _ => {}
        }
    }
    stretches.push((start..n, weight));
    stretches
}

/// How much the text right after the headline counts.
const AFTER_HEADLINE_WEIGHT: f32 = 2.0;
/// How much a run in the comments counts.
const COMMENTS_WEIGHT: f32 = 0.1;

/// Words of prose that must come before a comments heading for it to open the comments (a
/// `Comments` link in a menu, or a count of comments under the headline, opens nothing).
const PROSE_BEFORE_COMMENTS: u32 = 100;

/// The first end marker after the first text that follows block `from`, or `usize::MAX`: the
/// end of what the headline heads.
fn first_end_marker_after_text(labels: &[Label], from: usize) -> usize {
    let text = labels.iter().skip(from).position(|l| l.is_text()).map_or(labels.len(), |i| from + i);
    labels.iter().skip(text).position(|l| matches!(l, Label::EndMarker(_))).map_or(usize::MAX, |i| text + i)
}

/// The run with the highest score within `within`, and its score (Kadane's algorithm).
fn best_run(
    blocks: &[Block<'_>],
    labels: &[Label],
    barrier: &[bool],
    within: Range<usize>,
) -> Option<(f32, Range<usize>)> {
    let mut best: Option<(f32, Range<usize>)> = None;
    let mut run_start = within.start;
    let mut run_sum = 0.0f32;
    for i in within {
        let (Some(block), Some(&label)) = (blocks.get(i), labels.get(i)) else { break };
        let s =
            if barrier.get(i).copied().unwrap_or(false) { f32::NEG_INFINITY } else { score(label, block.stats.words) };
        if run_sum <= 0.0 {
            run_start = i;
            run_sum = 0.0;
        }
        run_sum += s;
        if run_sum > 0.0 && best.as_ref().is_none_or(|(b, _)| run_sum > *b) {
            best = Some((run_sum, run_start..i + 1));
        }
    }
    best
}

/// How much a block adds to a region's score.
fn score(label: Label, words: u32) -> f32 {
    let words = words as f32;
    match label {
        Label::Prose => words,
        Label::ShortProse => 0.5 * words,
        Label::Fragment | Label::Code => 0.0,
        // A row weighs like a short line: a table joins the article it closes by extension.
        Label::Short | Label::Data => -3.0,
        Label::LowDensity => -2.0 - 0.1 * words,
        Label::Furniture(_) => -4.0,
        Label::EndMarker(_) => f32::NEG_INFINITY,
    }
}

/// Extends `region` over the table that follows it: results, standings or prices that close an
/// article belong to it, though rows score too little to be chosen for themselves. A table is
/// at least [`MIN_TABLE_ROWS`] rows of data, with at most one heading or note for every two
/// rows and at most [`MAX_ROW_GAP`] in a row; furniture, end markers and barriers end it.
fn extend_over_rows(labels: &[Label], barrier: &[bool], region: Range<usize>) -> Range<usize> {
    let mut end = region.end;
    let (mut rows, mut others, mut gap) = (0usize, 0usize, 0usize);
    for (i, label) in labels.iter().enumerate().skip(region.end) {
        if barrier.get(i).copied().unwrap_or(false) {
            break;
        }
        match label {
            Label::Data => {
                rows += 1;
                gap = 0;
                if rows >= MIN_TABLE_ROWS && rows >= 2 * others {
                    end = i + 1;
                }
            }
            Label::Short | Label::Fragment | Label::ShortProse if gap < MAX_ROW_GAP => {
                gap += 1;
                others += 1;
            }
            _ => break,
        }
    }
    region.start..end
}

/// Fewest rows of a table.
const MIN_TABLE_ROWS: usize = 2;
/// Most headings or notes in a row inside a table.
const MAX_ROW_GAP: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::tests::labels_of;
    use crate::furniture::mark_metadata_lines;
    use crate::published::date_line;

    #[test]
    fn region_skips_menus_and_stops_at_end_markers() {
        let page = "Home\nWorld\nSport\n\
                    The council met on Tuesday and approved the budget after a long debate about roads and schools.\n\
                    Subheading\n\
                    The mayor said the vote was a victory for the city and thanked the members of the council.\n\
                    Comments\n\
                    I think this is the best thing that has happened to the city in years and I am glad of it.\n";
        let (blocks, labels) = labels_of(page);
        let barrier = vec![false; blocks.len()];
        assert_eq!(main_region(&blocks, &labels, &barrier, None), Some(3..6));
    }

    #[test]
    fn the_headline_heads_the_text_up_to_the_next_end_marker() {
        let article = "The council met on Tuesday and approved the budget after a long debate about roads and schools.";
        let other = "The museum reopened on Saturday after two years of repairs, and visitors queued from early \
                     morning to see the restored collection of paintings and the new wing for children.";
        let page = format!("Council approves budget\nHome\nCouncil approves budget\n{article}\nMore stories\n{other}");
        let (blocks, labels) = labels_of(&page);
        let barrier = vec![false; blocks.len()];
        assert_eq!(main_region(&blocks, &labels, &barrier, Some(2)), Some(3..4));
        assert_eq!(main_region(&blocks, &labels, &barrier, None), Some(5..6));
    }

    #[test]
    fn comments_count_for_less_than_the_article() {
        let article = "The council met on Tuesday and approved the budget after a long debate about roads and schools.";
        let comment = "I have lived in this city for forty years and I can tell you that the roads have never been \
                       worse than they are now, and the council has done nothing about it in all that time, nothing \
                       at all, and the new budget will not change a thing for those of us who drive to work.";
        let page = format!(
            "{article}\n{article}\n{article}\n{article}\n{article}\n{article}\n12 comments\nJane, 5 May 2024\n\
             {comment}\nReply\n{comment}\n{comment}\nMore stories\nThe museum reopened."
        );
        let (blocks, labels) = labels_of(&page);
        let barrier = vec![false; blocks.len()];
        assert_eq!(main_region(&blocks, &labels, &barrier, None), Some(0..6));
    }

    #[test]
    fn a_comment_count_above_the_article_opens_no_comments() {
        let article = "The council met on Tuesday and approved the budget after a long debate about roads and schools.";
        let page = format!("Council approves budget\n{article}\n12 comments\n{article}\n{article}\n{article}");
        let (blocks, labels) = labels_of(&page);
        let barrier = vec![false; blocks.len()];
        assert_eq!(main_region(&blocks, &labels, &barrier, None), Some(3..6));
    }

    #[test]
    fn no_region_without_text() {
        let (blocks, labels) = labels_of("Home\nWorld\nSport");
        assert_eq!(main_region(&blocks, &labels, &[false; 3], None), None);
        assert_eq!(main_region(&[], &[], &[], None), None);
    }

    #[test]
    fn a_table_closing_the_article_belongs_to_it() {
        let page = "Home\nWorld\nSport\n\
                    Leicestershire beat Somerset by an innings on Friday to take over at the head of the table.\n\
                    Results on Friday:\n\
                    Somerset 83 and 174 (J. Smith 4-38), Leicestershire 296.\n\
                    Leicestershire 22 points, Somerset 4.\n\
                    Essex 372 and 119-5, Yorkshire 290\n\
                    Related stories\n\
                    Essex 372 all out\n";
        let (blocks, labels) = labels_of(page);
        let barrier = vec![false; blocks.len()];
        assert_eq!(article_region(&blocks, &labels, &barrier, None), 3..8);
    }

    #[test]
    fn a_lone_row_or_a_row_among_headlines_is_no_table() {
        let article = "The council met on Tuesday and approved the budget after a long debate about roads and schools.";
        let page = format!(
            "Home\n{article}\nMore stories\nPhone maker shows 5-inch handset\nStorm hits the coast\nTop 10 of 2024"
        );
        let (blocks, labels) = labels_of(&page);
        let barrier = vec![false; blocks.len()];
        assert_eq!(article_region(&blocks, &labels, &barrier, None), 1..2);
    }

    #[test]
    fn a_clean_article_keeps_everything_but_its_head_and_sign_off() {
        let page = "COUNCIL APPROVES BUDGET.\n\
                    By Jane Doe\n\
                    The council met on Tuesday and approved the budget after a long debate about roads and schools.\n\
                    Votes by ward:\n\
                    North 12, South 9\n\
                    East 7, West 11\n\
                    Tallies\n\
                    The mayor said the vote was a victory for the city and thanked the members of the council.\n\
                    -- Jane Doe, City Desk +1 555 010 0199\n\
                    Politics";
        let (blocks, mut labels) = labels_of(page);
        let dates: Vec<_> = blocks.iter().map(|b| date_line(b.text, b.stats.words)).collect();
        mark_metadata_lines(&blocks, &mut labels, &mut vec![crate::rules::OUTSIDE; blocks.len()], &dates);
        let barrier = vec![false; blocks.len()];
        assert!(!shows_furniture(&blocks, &labels, &barrier));
        assert_eq!(article_region(&blocks, &labels, &barrier, None), 2..8);
    }

    #[test]
    fn a_clean_article_may_end_with_its_table() {
        let page = "RESULTS.\nResults of the county matches on Friday:\nSomerset 83, Kent 296\nEssex 372, Surrey 290\nSCHEDULE\nSURREY AT KENT";
        let (_, labels) = labels_of(page);
        assert_eq!(clean_region(&labels, 1), 1..6);
    }

    #[test]
    fn a_lone_block_is_body_text_not_a_headline() {
        let page = "The city council approved the new budget on Tuesday after a long debate, officials said.";
        let (blocks, labels) = labels_of(page);
        assert_eq!(article_region(&blocks, &labels, &[false], None), 0..1);
        let (blocks, labels) = labels_of("Council approves budget\nThe council approved the budget on Tuesday.");
        assert_eq!(article_region(&blocks, &labels, &[false; 2], None), 1..2);
    }

    #[test]
    fn phrases_menus_and_teasers_are_evidence_but_dates_and_tables_are_not() {
        let evidence = |page: &str| {
            let (blocks, labels) = labels_of(page);
            shows_furniture(&blocks, &labels, &vec![false; blocks.len()])
        };
        assert!(evidence("Headline\nShare this article"));
        assert!(evidence("Headline\nNews | World | Sport"));
        assert!(!evidence("Headline\nW / D / L / Pts\n5 December 2023\n-"));
    }
}
