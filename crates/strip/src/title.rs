//! The headline: the headline-shaped block before the body that best repeats the page's first
//! line.
//!
//! A page dump opens with the document title (`Headline - Site Name`) or with the headline
//! itself; the page usually prints the headline again just above the article. The in-page copy
//! is cleaner (no site name): a block that repeats a part of the first line between separators
//! word for word wins, the nearest to the body; lacking one, a block that the first line
//! contains, the nearer to the body the better; lacking that, the first line is the headline.

use core::ops::Range;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::blocks::Block;
use crate::byline::lone_name;
use crate::rules;
use crate::section::is_section_label;
use crate::words::{is_stop_word, word_hash, word_spans};
use newsclip_text::Rule;

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

    /// The distinct words of a text that are no stop words: what a headline shares with the page
    /// title, beyond `the` and `of`.
    fn content_of(text: &str) -> WordSet {
        let mut hashes: Vec<u64> =
            word_spans(text).map(|w| &text[w]).filter(|w| !is_stop_word(w)).map(word_hash).collect();
        hashes.sort_unstable();
        hashes.dedup();
        WordSet(hashes)
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set holds the word with hash `hash`.
    pub(crate) fn contains(&self, hash: u64) -> bool {
        self.0.binary_search(&hash).is_ok()
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
/// known to be something else (furniture, bylines, dates, section labels).
///
/// Candidates are the first line and the headline-shaped blocks before the body. A candidate
/// scores for repeating the first line, and for being the nearest (or second nearest)
/// headline-shaped block to the body.
pub(crate) fn choose_title(
    blocks: &[Block<'_>],
    body_start: usize,
    eligible: impl Fn(usize) -> bool,
) -> Option<(usize, Rule)> {
    let first = blocks.first()?;
    if let Some(copy) = segment_copy(blocks, body_start, &eligible) {
        return Some((copy, rules::TITLE_COPY));
    }
    let first_words = WordSet::of(first.text);
    let list = listed_points(blocks, body_start, &eligible);
    let content_of_first = || WordSet::content_of(first.text);
    let mut first_content: Option<WordSet> = None;
    let nearest_first = (body_start.saturating_sub(WINDOW).max(1)..body_start).rev().filter(|&i| {
        eligible(i) && !list.contains(&i) && blocks.get(i).is_some_and(|b| (1..=MAX_WORDS).contains(&b.stats.words))
    });
    let mut best: Option<(f32, usize, Rule)> = None;
    let mut consider = |score: f32, i: usize, rule: Rule| {
        if best.is_none_or(|(b, _, _)| score > b) {
            best = Some((score, i, rule));
        }
    };
    let shaped = |i: usize| blocks.get(i).is_some_and(|b| is_headline(b) && lone_name(b.text).is_none());
    let mut shaped_rank = 0;
    for i in nearest_first {
        let block = &blocks[i];
        let words = WordSet::of(block.text);
        let common = words.common(&first_words);
        let repeats = (common > 0 && common == words.len())
            || (common >= MIN_COMMON_WORDS
                && WordSet::content_of(block.text).common(first_content.get_or_insert_with(content_of_first))
                    >= MIN_COMMON_WORDS);
        let similarity = if repeats { similarity(&words, &first_words) } else { 0.0 };
        let is_shaped = shaped(i);
        let deck = is_shaped && i > 0 && eligible(i - 1) && shaped(i - 1) && is_deck(block, &blocks[i - 1]);
        // Under a headline and its standfirst comes a caption, not another headline.
        let caption = is_shaped && i > 1 && is_summary(&blocks[i - 1]) && eligible(i - 2) && shaped(i - 2);
        let deck = deck || caption;
        let near = if body_start - i > NEAR_BODY || !is_shaped || deck {
            0.0
        } else {
            NEAREST_BONUS.get(shaped_rank).copied().unwrap_or(0.0)
        };
        shaped_rank += usize::from(is_shaped && !deck);
        if similarity >= PARTIAL_REPEAT {
            consider(2.0 * similarity + near, i, rules::TITLE_NEAR_COPY);
        } else if is_shaped {
            consider(similarity + near, i, rules::TITLE_HEADLINE);
        }
    }
    if body_start > 0 && eligible(0) && (1..=MAX_WORDS).contains(&first.stats.words) {
        // Menu items count: a first line above the menus is the site's name or the page title.
        let between = (1..body_start)
            .filter(|&i| eligible(i) || is_section_label(blocks[i].text))
            .take(FIRST_LINE_REACH + 1)
            .count();
        let score = if between <= FIRST_LINE_REACH { FIRST_LINE_NEAR_SCORE } else { FIRST_LINE_SCORE };
        consider(score, 0, rules::TITLE_FIRST_LINE);
    }
    best.map(|(_, i, rule)| (i, rule))
}

/// The points listed under a heading that ends with a colon right above the body (`Key points:`,
/// `In brief:`, then a line for each point): a summary box, whose lines are no headline. At
/// least [`MIN_LISTED_POINTS`] points, each a headline-shaped line, must follow the heading, up to
/// the body or to lines that cannot be the title; a heading under another (`Name:`, `Email:`) is
/// a form's field.
fn listed_points(blocks: &[Block<'_>], body_start: usize, eligible: impl Fn(usize) -> bool) -> Range<usize> {
    let is_point = |i: usize| eligible(i) && blocks.get(i).is_some_and(is_headline);
    let is_heading = |b: &Block<'_>| b.stats.ends_with_colon && b.stats.words <= MAX_LIST_HEADING_WORDS;
    let window = body_start.saturating_sub(WINDOW).max(1)..body_start;
    let Some(last) = window.clone().rev().find(|&i| is_point(i)) else { return 0..0 };
    let Some(first) = (window.start..=last).rev().take_while(|&i| is_point(i)).last() else { return 0..0 };
    let heading = first.checked_sub(1).filter(|&h| blocks.get(h).is_some_and(is_heading));
    let headed = heading.is_some_and(|h| !h.checked_sub(1).and_then(|above| blocks.get(above)).is_some_and(is_heading));
    if headed && last + 1 - first >= MIN_LISTED_POINTS {
        first..last + 1
    } else {
        0..0
    }
}

/// Fewest points of a summary box.
const MIN_LISTED_POINTS: usize = 2;
/// Longest heading of a summary box, in words.
const MAX_LIST_HEADING_WORDS: u32 = 4;

/// The block nearest above the body that repeats, word for word, the first line or a run of its
/// parts between title separators that holds the headline (`Headline` or `Section - Headline`
/// in `Section - Headline | Site`, but not `Site`).
fn segment_copy(blocks: &[Block<'_>], body_start: usize, eligible: impl Fn(usize) -> bool) -> Option<usize> {
    let first = blocks.first()?.text;
    let parts = part_keys(first);
    (body_start.saturating_sub(WINDOW).max(1)..body_start).rev().find(|&i| {
        let block = &blocks[i];
        (MIN_COPY_WORDS..=MAX_WORDS).contains(&block.stats.words)
            && eligible(i)
            && !block.text.contains('\n')
            && parts.contains(&sequence_key(block.text))
    })
}

/// Fewest words of a copy of a part of the first line.
const MIN_COPY_WORDS: u32 = 2;

/// What separates the parts of a document title: a dash, bar, slash or guillemet between
/// spaces, a bar, a double colon, or a colon before a space.
static TITLE_SEPARATOR: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\s+[-–—|/»·]+\s+|\s*\|\s*|\s*::\s*|:\s+").expect("valid title separator pattern"));

/// Most parts of a document title considered; the rest joins the last.
const MAX_PARTS: usize = 8;

/// The word-sequence keys of the runs of consecutive parts of `title` that hold its longest part
/// (the headline; a short part alone is the site's or the section's name).
fn part_keys(title: &str) -> Vec<u64> {
    let mut parts: Vec<&str> = TITLE_SEPARATOR.splitn(title, MAX_PARTS).collect();
    parts.retain(|p| !p.trim().is_empty());
    let Some(longest) = (0..parts.len()).max_by_key(|&i| word_spans(parts[i]).count()) else { return Vec::new() };
    let mut keys = Vec::with_capacity((longest + 1) * (parts.len() - longest));
    for start in 0..=longest {
        let mut key = SequenceKey::default();
        for (end, part) in parts.iter().enumerate().skip(start) {
            key.extend(part);
            if end >= longest {
                keys.push(key.finish());
            }
        }
    }
    keys
}

/// The key of the words of `text` in order, ignoring case and punctuation.
fn sequence_key(text: &str) -> u64 {
    let mut key = SequenceKey::default();
    key.extend(text);
    key.finish()
}

/// A running hash of a sequence of words.
#[derive(Default)]
struct SequenceKey {
    hash: u64,
}

impl SequenceKey {
    fn extend(&mut self, text: &str) {
        for w in word_spans(text) {
            self.hash = self.hash.rotate_left(5) ^ word_hash(&text[w]);
            self.hash = self.hash.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A similarity to the first line from which a candidate counts as repeating it.
const PARTIAL_REPEAT: f32 = 0.5;
/// The bonus of the nearest, second nearest … headline-shaped block to the body.
const NEAREST_BONUS: [f32; 2] = [0.6, 0.3];
/// The score of the first line itself when far from the body (a document title above the page's
/// menus): the nearest headline-shaped block beats it, a copy of it too.
const FIRST_LINE_SCORE: f32 = 0.5;
/// The score of the first line itself when at most [`FIRST_LINE_REACH`] candidate blocks stand
/// between it and the body (a dump that opens with the headline; bylines, dates and other
/// furniture do not count, menu items do): only a copy of it beats it.
const FIRST_LINE_NEAR_SCORE: f32 = 1.5;
/// How many candidate blocks may stand between the first line and the body for it to be the
/// headline outright.
const FIRST_LINE_REACH: usize = 3;

/// Whether a block other than the first line looks like a headline: a few words, one line, no
/// sentence-final period (a standfirst has one).
fn is_headline(block: &Block<'_>) -> bool {
    let s = &block.stats;
    let period = block.text.trim_end().ends_with('.');
    (MIN_HEADLINE_WORDS..=MAX_WORDS).contains(&s.words)
        && !period
        && !s.ends_with_colon
        && !block.text.contains('\n')
        && (newsclip_text::sentences(block.text).nth(1).is_none() || has_kicker(block))
}

/// Whether a headline opens with a kicker of a few words and a full stop, as French, German and
/// Spanish papers print a place or a label (`Quimper. La piscine fermera …`, `VIDÉO. …`): on pages
/// in those languages, one such first sentence does not make the headline a paragraph.
fn has_kicker(block: &Block<'_>) -> bool {
    if block.stats.language.lexicon_code().is_none() {
        return false;
    }
    let mut sentences = newsclip_text::sentences(block.text);
    let kicker = sentences.next().is_some_and(|first| first.text.split_whitespace().count() <= MAX_KICKER_WORDS);
    kicker && sentences.nth(1).is_none()
}

/// Most words of a kicker before a headline.
const MAX_KICKER_WORDS: usize = 3;

/// Whether `block`, right under the headline-shaped `above`, is the standfirst that sums up the
/// story under its headline rather than the headline under a kicker: it runs much longer; or,
/// in sentence case, it stands under a headline in sentence case too long for a kicker, or
/// under one in title case no longer than itself.
fn is_deck(block: &Block<'_>, above: &Block<'_>) -> bool {
    let (words, above_words) = (block.stats.words, above.stats.words);
    let longer = words >= MIN_DECK_WORDS && 2 * words >= 3 * above_words;
    let (above_case, block_case) = (capitalized_share(above.text), capitalized_share(block.text));
    let in_sentence_case = block_case <= SENTENCE_CASE_SHARE;
    let under_long_headline = above_words >= MIN_WORDS_OVER_DECK && above_case < TITLE_CASE_SHARE;
    let recased = words >= above_words && above_words >= MIN_TITLE_CASE_WORDS && above_case >= TITLE_CASE_SHARE;
    longer || (in_sentence_case && (under_long_headline || recased))
}

/// Fewest words of a headline in sentence case over a standfirst of any length: no kicker runs
/// this long.
const MIN_WORDS_OVER_DECK: u32 = 8;
/// Fewest words of a headline in title case over its standfirst.
const MIN_TITLE_CASE_WORDS: u32 = 5;
/// Share of capitalized long words from which a line is in title case …
const TITLE_CASE_SHARE: f32 = 0.8;
/// … and up to which it is in sentence case.
const SENTENCE_CASE_SHARE: f32 = 0.4;

/// The share of the words of four letters or more (figures aside), after the first word, that
/// start with a capital (short words are articles and prepositions, lowercase even in title
/// case).
fn capitalized_share(text: &str) -> f32 {
    let (mut long, mut capitalized) = (0u32, 0u32);
    let long_word = |w: &&str| w.chars().count() >= 4 && w.chars().next().is_some_and(char::is_alphabetic);
    for word in word_spans(text).skip(1).map(|w| &text[w]).filter(long_word) {
        long += 1;
        capitalized += u32::from(word.chars().next().is_some_and(char::is_uppercase));
    }
    if long == 0 {
        return 0.5;
    }
    capitalized as f32 / long as f32
}

/// Whether `block` reads as a standfirst in sentences: one line of one to three sentences.
fn is_summary(block: &Block<'_>) -> bool {
    let s = &block.stats;
    (MIN_DECK_WORDS..=MAX_SUMMARY_WORDS).contains(&s.words)
        && s.ends_with_terminal
        && !block.text.contains('\n')
        && newsclip_text::sentences(block.text).nth(3).is_none()
}

/// Longest standfirst in sentences, in words.
const MAX_SUMMARY_WORDS: u32 = 60;
/// Fewest words of a standfirst.
const MIN_DECK_WORDS: u32 = 12;
/// Fewest words other than stop words a candidate shares with the first line to count as
/// repeating it, unless the line holds all of them: one word in common (`News`, or `Israel` and
/// `the`) is a site's name, not a headline.
const MIN_COMMON_WORDS: usize = 2;

/// A block this similar to the first line repeats it.
pub(crate) const REPEAT_SIMILARITY: f32 = 0.8;
/// How close to the body a headline found by its shape must be, in blocks.
const NEAR_BODY: usize = 12;
/// Fewest words of a headline found by its shape.
const MIN_HEADLINE_WORDS: u32 = 3;

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
            && first_word_shared(blocks[i].text, &first_words)
            && similarity(&WordSet::of(blocks[i].text), &first_words) >= REPEAT_SIMILARITY
            && (i + 1..(i + 1 + ANCHOR_REACH).min(blocks.len())).any(&is_prose)
    })
}

/// How soon after the headline anchor prose must start.
const ANCHOR_REACH: usize = 15;

/// Whether the first word of `text` is in `words`: a copy of a headline starts with one of its
/// words, and this cheap test spares hashing most blocks.
fn first_word_shared(text: &str, words: &WordSet) -> bool {
    word_spans(text).next().is_some_and(|w| words.contains(word_hash(&text[w])))
}

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
        let blocks = crate::blocks::blocks(page, LineJoining::Auto, crate::language::Language::English);
        choose_title(&blocks, body_start, |_| true).map(|(i, _)| blocks[i].text)
    }

    #[test]
    fn in_page_copy_of_the_document_title_wins() {
        let page = "Council approves budget - City News\nHome\nWorld\nCouncil approves budget\nBody text.";
        assert_eq!(title(page, 4), Some("Council approves budget"));
    }

    #[test]
    fn a_word_for_word_copy_of_a_part_beats_a_nearer_contained_line() {
        let page = "Council approves budget after long debate | City News\nHome\n\
                    Council approves budget after long debate\nCouncil approves budget\nBody text.";
        assert_eq!(title(page, 4), Some("Council approves budget after long debate"));
        let page =
            "Politics - Council approves budget | City News\nHome\nPolitics: Council approves budget\nBody text.";
        assert_eq!(title(page, 3), Some("Politics: Council approves budget"));
        let page = "Council approves budget after long debate | City News\nCity News\nBody text.";
        assert_eq!(title(page, 2), Some("Council approves budget after long debate | City News"));
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
        let blocks = crate::blocks::blocks(page, LineJoining::Auto, crate::language::Language::English);
        assert_eq!(choose_title(&blocks, 2, |_| true), Some((1, crate::rules::TITLE_COPY)));
    }

    #[test]
    fn a_first_line_right_above_the_body_beats_a_deck() {
        let page = "Council approves budget\nA long debate ends with a vote on roads\nBody text.";
        assert_eq!(title(page, 2), Some("Council approves budget"));
    }

    #[test]
    fn a_site_name_far_above_the_body_loses_to_the_nearest_headline() {
        let page =
            "City Times Online\nHome\nWorld\nSport\nWeather\nCouncil approves budget after long debate\nBody text.";
        assert_eq!(title(page, 6), Some("Council approves budget after long debate"));
    }

    #[test]
    fn a_masthead_sharing_one_word_with_the_first_line_is_no_copy_of_it() {
        let page = "Globe Homepage\nHome\nWorld\nGlobe News\nMenu\nSport\nWeather\nSchools\n\
                    Council approves budget after long debate\nBody text.";
        assert_eq!(title(page, 9), Some("Council approves budget after long debate"));
    }

    #[test]
    fn a_standfirst_under_the_headline_is_no_title() {
        let page = "Skip to content\nHome\nWorld\nCouncil approves budget after long debate\n\
                    Members voted to raise spending on roads and schools by a fifth, as the mayor warned of cuts elsewhere\n\
                    Body text.";
        assert_eq!(title(page, 5), Some("Council approves budget after long debate"));
    }

    #[test]
    fn a_caption_under_a_headline_and_its_standfirst_is_no_title() {
        let page = "Skip to content\nHome\nWorld\nCouncil approves budget after long debate\n\
                    Members voted to raise spending on roads. The mayor warned of cuts elsewhere.\n\
                    The mayor at the town hall in May\nBody text.";
        assert_eq!(title(page, 6), Some("Council approves budget after long debate"));
    }

    #[test]
    fn the_points_of_a_summary_box_are_no_title() {
        let page = "Skip to content\nHome\nWorld\nCouncil approves budget after long debate\nKey points:\n\
                    Roads get a fifth more money\nSchools get new roofs\nThe vote was close\nBody text.";
        assert_eq!(title(page, 8), Some("Council approves budget after long debate"));
        let page = "Skip to content\nHome\nWorld\nExclusive:\nCouncil approves budget after long debate\nBody text.";
        assert_eq!(title(page, 5), Some("Council approves budget after long debate"));
        let page =
            "Skip to content\nHome\nName:\nEmail:\nWe never share it\nCouncil approves budget after long debate\n\
                    Body text.";
        assert_eq!(title(page, 6), Some("Council approves budget after long debate"));
    }

    #[test]
    fn a_byline_is_no_title() {
        let page = "Skip to content\nHome\nWorld\nCouncil approves budget after long debate\nJane Doe in Springfield\nBody text.";
        assert_eq!(title(page, 5), Some("Council approves budget after long debate"));
    }

    #[test]
    fn no_title_without_blocks_before_the_body() {
        assert_eq!(title("Body text.", 0), None);
        assert_eq!(title("", 0), None);
    }
}
