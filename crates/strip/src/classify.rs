//! Per-block labels and the choice of the article's main region.
//!
//! Each block is first judged alone, from its text statistics and the boilerplate lexicon (the
//! idea of jusText): prose, a short line, a low-density run of words, page furniture, or a
//! heading that ends the article (comments, related stories, tags, footer). The article is then
//! the contiguous run of blocks with the highest total score — prose counts for its length,
//! furniture against it — that crosses no article-ending heading (the densest-block idea, with
//! the context smoothing that a maximum-sum run gives for free).

use core::ops::Range;

use crate::blocks::Block;
use crate::lexicon::family_of;
use crate::page::RemovalReason;

/// What a block looks like on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Label {
    /// Running prose: long, sentence-shaped, with function words.
    Prose,
    /// A short sentence, or prose of doubtful density.
    ShortProse,
    /// A phrase in sentence case that is no sentence: a list item, a table row.
    Fragment,
    /// Source code, as in a programming article.
    Code,
    /// A short line: a heading, a name, a label.
    Short,
    /// Many words but few function words and no sentences: lists of links or names.
    LowDensity,
    /// Page furniture, with the reason.
    Furniture(RemovalReason),
    /// A heading after which the article cannot continue.
    EndMarker(RemovalReason),
}

impl Label {
    /// Whether the block reads as article text on its own.
    pub(crate) fn is_text(self) -> bool {
        matches!(self, Label::Prose | Label::ShortProse)
    }

    /// The removal reason the label itself gives, if any.
    pub(crate) fn reason(self) -> Option<RemovalReason> {
        match self {
            Label::Furniture(reason) | Label::EndMarker(reason) => Some(reason),
            _ => None,
        }
    }
}

/// Thresholds on the share of function words; see [`Densities::of`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Densities {
    /// Prose needs at least this share.
    pub(crate) high: f32,
    /// Below this share, a long block is a list rather than prose.
    pub(crate) low: f32,
}

impl Densities {
    /// The thresholds for a page: the stop-word list covers the major Western European
    /// languages; when the page's long blocks have almost no stop words the page is in another
    /// language, and the thresholds drop to zero so that length and punctuation decide alone.
    pub(crate) fn of(blocks: &[Block<'_>]) -> Densities {
        let (stop, words) = blocks.iter().filter(|b| b.stats.words >= 20).fold((0u64, 0u64), |(s, w), b| {
            (s + u64::from(b.stats.stop_words), w + u64::from(b.stats.sampled_words()))
        });
        if words >= 40 && (stop as f64) < 0.08 * words as f64 {
            Densities { high: 0.0, low: 0.0 }
        } else {
            Densities { high: 0.25, low: 0.12 }
        }
    }
}

/// Fewest words of a prose block.
const PROSE_WORDS: u32 = 16;
/// Fewest words of a short prose block.
const SHORT_PROSE_WORDS: u32 = 6;
/// Fewest words of a fragment.
const FRAGMENT_WORDS: u32 = 5;
/// Longest block that counts as a heading when it ends the article.
const END_MARKER_WORDS: u32 = 6;

/// Labels one block on its own.
pub(crate) fn label(block: &Block<'_>, densities: Densities) -> Label {
    let s = &block.stats;
    if s.words == 0 {
        return Label::Furniture(RemovalReason::Boilerplate);
    }
    if let Some(family) = family_of(block.text, s) {
        return if family.ends_article() && s.words <= END_MARKER_WORDS && !s.ends_with_terminal {
            Label::EndMarker(family.reason())
        } else {
            Label::Furniture(family.reason())
        };
    }
    if s.separators >= 2 && s.words <= 3 * (s.separators + 1) {
        return Label::Furniture(RemovalReason::Navigation);
    }
    let density = s.stop_density();
    let sentence = s.ends_with_terminal || s.sentence_ends >= 2;
    if s.words >= PROSE_WORDS && density >= densities.high && sentence {
        Label::Prose
    } else if (s.words >= SHORT_PROSE_WORDS && density >= densities.low && (sentence || s.ends_with_colon))
        || (s.words >= PROSE_WORDS * 2 && density >= densities.high)
    {
        Label::ShortProse
    } else if s.looks_like_code() {
        Label::Code
    } else if s.words >= FRAGMENT_WORDS && 2 * s.lower_words() >= s.words && density >= densities.low {
        Label::Fragment
    } else if s.words >= PROSE_WORDS && density < densities.low {
        Label::LowDensity
    } else {
        Label::Short
    }
}

/// How much a block adds to a region's score.
fn score(label: Label, words: u32) -> f32 {
    let words = words as f32;
    match label {
        Label::Prose => words,
        Label::ShortProse => 0.5 * words,
        Label::Fragment | Label::Code => 0.0,
        Label::Short => -3.0,
        Label::LowDensity => -2.0 - 0.1 * words,
        Label::Furniture(_) => -4.0,
        Label::EndMarker(_) => f32::NEG_INFINITY,
    }
}

/// The main region: the run of blocks with the highest total score that crosses no barrier.
/// `barrier[i]` marks blocks the article cannot span besides end markers. `None` when no block
/// scores above zero.
///
/// Two positions weigh on the choice. The article follows its headline, `anchor` (the in-page
/// copy of the page title): the best run after it counts double against runs before it (menus,
/// teasers). Reader comments follow the article and can be much longer than it: once a comments
/// heading follows some prose, runs in the comments count a tenth.
pub(crate) fn main_region(
    blocks: &[Block<'_>],
    labels: &[Label],
    barrier: &[bool],
    anchor: Option<usize>,
) -> Option<Range<usize>> {
    let comments_from = comments_start(blocks, labels).min(blocks.len());
    let anchor = anchor.unwrap_or(0).min(comments_from);
    [(0..anchor, 1.0), (anchor..comments_from, AFTER_HEADLINE_WEIGHT), (comments_from..blocks.len(), COMMENTS_WEIGHT)]
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

/// How much the text right after the headline counts.
const AFTER_HEADLINE_WEIGHT: f32 = 2.0;
/// How much a run in the comments counts.
const COMMENTS_WEIGHT: f32 = 0.1;

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

/// Words of prose that must come before a comments heading for it to open the comments (a
/// `Comments` link in a menu opens nothing).
const PROSE_BEFORE_COMMENTS: u32 = 50;

/// The index of the comments heading that follows the first prose, or `usize::MAX`.
fn comments_start(blocks: &[Block<'_>], labels: &[Label]) -> usize {
    let mut prose_words = 0;
    for (i, (block, label)) in blocks.iter().zip(labels).enumerate() {
        match label {
            Label::Prose | Label::ShortProse => prose_words += block.stats.words,
            Label::EndMarker(RemovalReason::Comments) if prose_words >= PROSE_BEFORE_COMMENTS => return i,
            _ => {}
        }
    }
    usize::MAX
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsclip_text::LineJoining;

    fn labels_of(page: &str) -> (Vec<Block<'_>>, Vec<Label>) {
        let blocks = crate::blocks::blocks(page, LineJoining::Auto);
        let densities = Densities::of(&blocks);
        let labels = blocks.iter().map(|b| label(b, densities)).collect();
        (blocks, labels)
    }

    #[test]
    fn labels_by_shape() {
        let (_, labels) = labels_of(
            "Home\n\
             The council met on Tuesday and approved the budget after a long debate about roads and schools.\n\
             It was a good day, she said.\n\
             Share this article\n\
             Comments\n",
        );
        assert_eq!(
            labels,
            [
                Label::Furniture(RemovalReason::Navigation),
                Label::Prose,
                Label::ShortProse,
                Label::Furniture(RemovalReason::Share),
                Label::EndMarker(RemovalReason::Comments),
            ]
        );
    }

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
    fn comments_count_for_less_than_the_article() {
        let article = "The council met on Tuesday and approved the budget after a long debate about roads and schools.";
        let comment = "I have lived in this city for forty years and I can tell you that the roads have never been \
                       worse than they are now, and the council has done nothing about it in all that time, nothing \
                       at all, and the new budget will not change a thing for those of us who drive to work.";
        let page = format!(
            "{article}\n{article}\n{article}\n12 comments\nJane, 5 May 2024\n{comment}\nReply\n{comment}\n{comment}"
        );
        let (blocks, labels) = labels_of(&page);
        let barrier = vec![false; blocks.len()];
        assert_eq!(main_region(&blocks, &labels, &barrier, None), Some(0..3));
    }

    #[test]
    fn no_region_without_text() {
        let (blocks, labels) = labels_of("Home\nWorld\nSport");
        assert_eq!(main_region(&blocks, &labels, &[false; 3], None), None);
        assert_eq!(main_region(&[], &[], &[], None), None);
    }
}
