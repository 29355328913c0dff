//! The headline: the headline-shaped block before the body that best repeats the page's first
//! line.
//!
//! A page dump opens with the document title (`Headline - Site Name`) or with the headline
//! itself; the page usually prints the headline again just above the article. The in-page copy
//! is cleaner (no site name), so a block that the first line contains wins, the nearer to the
//! body the better; lacking one, the first line is the headline.

use crate::blocks::Block;
use crate::words::{word_hash, word_spans};

/// How many blocks before the body are considered.
const WINDOW: usize = 60;
/// Longest headline, in words.
const MAX_WORDS: u32 = 40;

/// The distinct words of a text, case-insensitively (as sorted hashes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WordSet(Vec<u64>);

impl WordSet {
    pub(crate) fn of(text: &str) -> WordSet {
        let mut hashes: Vec<u64> = word_spans(text).map(|w| word_hash(&text[w])).collect();
        hashes.sort_unstable();
        hashes.dedup();
        WordSet(hashes)
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// How many words the two sets share.
    pub(crate) fn common(&self, other: &WordSet) -> usize {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while let (Some(a), Some(b)) = (self.0.get(i), other.0.get(j)) {
            match a.cmp(b) {
                core::cmp::Ordering::Less => i += 1,
                core::cmp::Ordering::Greater => j += 1,
                core::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }

    /// How alike the two sets are: the Dice coefficient.
    pub(crate) fn dice(&self, other: &WordSet) -> f32 {
        if self.0.is_empty() || other.0.is_empty() {
            return 0.0;
        }
        2.0 * self.common(other) as f32 / (self.len() + other.len()) as f32
    }
}

/// Picks the title among the blocks before `body_start`; `eligible(i)` rules out blocks already
/// known to be something else (furniture, bylines, dates).
pub(crate) fn choose_title(blocks: &[Block<'_>], body_start: usize, eligible: impl Fn(usize) -> bool) -> Option<usize> {
    let first = blocks.first()?;
    let first_words = WordSet::of(first.text);
    let window_start = body_start.saturating_sub(WINDOW);
    let candidates = core::iter::once(0).chain(window_start.max(1)..body_start);
    let mut best: Option<(f32, usize)> = None;
    for i in candidates {
        if i >= body_start || !eligible(i) {
            continue;
        }
        let Some(block) = blocks.get(i) else { continue };
        let words = block.stats.words;
        if words == 0 || words > MAX_WORDS {
            continue;
        }
        let similarity = if i == 0 { 0.5 } else { similarity(&WordSet::of(block.text), &first_words) };
        let shape = match words {
            1 => -0.5,
            2..=30 if block.stats.sentence_ends <= 1 => 0.3,
            _ => 0.0,
        };
        let distance = 0.01 * (body_start - i) as f32;
        let score = 2.0 * similarity + shape - distance;
        if score > 0.5 && best.is_none_or(|(b, _)| score >= b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// The headline printed on the page: the first block after the first line that repeats it (see
/// [`similarity`]) and is followed by prose within [`ANCHOR_REACH`] blocks (`is_prose(i)`). The
/// article starts after it.
pub(crate) fn headline_anchor(blocks: &[Block<'_>], is_prose: impl Fn(usize) -> bool) -> Option<usize> {
    let first = blocks.first()?;
    let first_words = WordSet::of(first.text);
    let first_count = first.stats.words;
    (1..blocks.len()).find(|&i| {
        let words = blocks[i].stats.words;
        let plausible = words >= 2 && 10 * words >= 3 * first_count && words <= 2 * first_count + 2;
        plausible
            && similarity(&WordSet::of(blocks[i].text), &first_words) >= ANCHOR_SIMILARITY
            && (i + 1..(i + 1 + ANCHOR_REACH).min(blocks.len())).any(&is_prose)
    })
}

/// How much a block must repeat the first line to be the headline anchor.
const ANCHOR_SIMILARITY: f32 = 0.8;
/// How soon after the headline anchor prose must start.
const ANCHOR_REACH: usize = 15;

/// How much a candidate repeats the first line: the Dice coefficient, or full marks when the
/// first line holds all of the candidate's words (`Headline` in `Headline - Site`).
fn similarity(candidate: &WordSet, first: &WordSet) -> f32 {
    let common = candidate.common(first);
    let contained = candidate.len() >= 2 && common == candidate.len() && 10 * candidate.len() >= 3 * first.len();
    if contained {
        1.0
    } else {
        candidate.dice(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsclip_text::LineJoining;

    fn title(page: &str, body_start: usize) -> Option<&str> {
        let blocks = crate::blocks::blocks(page, LineJoining::Auto);
        choose_title(&blocks, body_start, |_| true).map(|i| blocks[i].text)
    }

    #[test]
    fn in_page_copy_of_the_document_title_wins() {
        let page = "Council approves budget - City News\nHome\nWorld\nCouncil approves budget\nBody text.";
        assert_eq!(title(page, 4), Some("Council approves budget"));
    }

    #[test]
    fn first_line_when_nothing_repeats_it() {
        let page = "Council approves budget after long debate\nBody text.";
        assert_eq!(title(page, 1), Some("Council approves budget after long debate"));
    }

    #[test]
    fn nearer_copy_of_a_repeated_headline() {
        let page = "Council approves budget\n\nCouncil approves budget\n\nBody text.";
        assert_eq!(title(page, 2), Some("Council approves budget"));
        let blocks = crate::blocks::blocks(page, LineJoining::Auto);
        assert_eq!(choose_title(&blocks, 2, |_| true), Some(1));
    }

    #[test]
    fn no_title_without_blocks_before_the_body() {
        assert_eq!(title("Body text.", 0), None);
        assert_eq!(title("", 0), None);
    }
}
