//! Per-block labels: each block judged alone, from its text statistics and the boilerplate
//! lexicon (the idea of jusText): prose, a short line, a row of data, a low-density run of words,
//! page furniture, or a heading that ends the article (comments, related stories, tags, footer).

use crate::blocks::{Block, TextStats};
use crate::page::RemovalReason;
use crate::phrases::{family_of, Family, FamilyRules};
use crate::rules;
use newsclip_text::Rule;

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
    /// A row of figures or a list of names: results, standings, prices, tallies, schedules,
    /// line-ups. Menus have neither figures nor commas.
    Data,
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
    /// languages; when the page's long blocks and sentences have almost no stop words the page
    /// is in another language, and the thresholds drop to zero so that length and punctuation
    /// decide alone (news in Arabic or Russian writes sentences of 10 to 20 words a line).
    pub(crate) fn of(blocks: &[Block<'_>]) -> Densities {
        let share = |telling: &dyn Fn(&Block<'_>) -> bool| {
            blocks.iter().filter(|b| telling(b)).fold((0u64, 0u64), |(s, w), b| {
                (s + u64::from(b.stats.stop_words), w + u64::from(b.stats.sampled_words()))
            })
        };
        let mut counts = share(&|b| b.stats.words >= 20);
        let mut enough = MIN_TELLING_WORDS;
        if counts.1 < MIN_TELLING_WORDS {
            // Too few long blocks: sentences of a line tell too, and a short page has few.
            counts =
                share(&|b| b.stats.words >= 20 || (b.stats.words >= MIN_SENTENCE_WORDS && b.stats.ends_with_terminal));
            enough = MIN_TELLING_SENTENCE_WORDS;
        }
        let (stop, words) = counts;
        if words >= enough && (stop as f64) < 0.08 * words as f64 {
            Densities { high: 0.0, low: 0.0 }
        } else {
            Densities { high: 0.25, low: 0.12 }
        }
    }
}

/// Fewest words of the blocks that tell the page's share of stop words.
const MIN_TELLING_WORDS: u64 = 40;
/// Fewest words of the sentences that tell it when long blocks are too few.
const MIN_TELLING_SENTENCE_WORDS: u64 = 16;
/// Fewest words of a prose block.
const PROSE_WORDS: u32 = 16;
/// Fewest words of a sentence that tells the page's share of stop words.
const MIN_SENTENCE_WORDS: u32 = 8;
/// Fewest words of a short prose block.
const SHORT_PROSE_WORDS: u32 = 6;
/// Fewest words of a fragment.
const FRAGMENT_WORDS: u32 = 5;
/// Longest block that counts as a heading when it ends the article.
const END_MARKER_WORDS: u32 = 6;
/// Longest comments prompt that counts as a heading when it ends the article.
const COMMENTS_MARKER_WORDS: u32 = 8;

/// Labels one block on its own, with the rule that labels furniture so (the
/// rule of a text label says nothing: [`rules::OUTSIDE`]).
pub(crate) fn label(block: &Block<'_>, densities: Densities) -> (Label, Rule) {
    let s = &block.stats;
    if s.words == 0 {
        return (Label::Furniture(RemovalReason::Boilerplate), rules::FURNITURE_EMPTY);
    }
    if let Some(family) = family_of(block.text, s) {
        return if family.ends_article() && is_heading(family, block) {
            (Label::EndMarker(family.reason()), rules::FURNITURE_END_HEADING)
        } else {
            (Label::Furniture(family.reason()), rules::FURNITURE_PHRASE)
        };
    }
    if s.separators >= 2 && s.words <= 3 * (s.separators + 1) {
        return (Label::Furniture(RemovalReason::Navigation), rules::FURNITURE_MENU);
    }
    (text_label(block, densities), rules::OUTSIDE)
}

/// The label of a block that no phrase, separator or emptiness makes furniture.
fn text_label(block: &Block<'_>, densities: Densities) -> Label {
    let s = &block.stats;
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
    } else if is_data_row(block) {
        Label::Data
    } else if s.words >= FRAGMENT_WORDS
        && 2 * s.lower_words() >= s.words
        && density >= densities.low
        // Without stop words to tell them apart, a headline in sentence case is a fragment only
        // when it ends a sentence.
        && (densities.low > 0.0 || sentence)
    {
        Label::Fragment
    } else if s.words >= PROSE_WORDS && density < densities.low {
        Label::LowDensity
    } else {
        Label::Short
    }
}

/// Whether a block of a boilerplate family is a heading over what follows rather than a line of
/// its own: short and no sentence. Comment prompts run longer (`Comments are now closed for this
/// story`) and may quote the title (`38 responses to “…”`), but a longer line with separators
/// lists a post's details (`May 5 | permalink | comments (2)`).
fn is_heading(family: Family, block: &Block<'_>) -> bool {
    let s = &block.stats;
    let short = s.words <= END_MARKER_WORDS
        || (family == Family::Comments
            && s.separators == 0
            && TextStats::of(unquoted_head(block.text)).words <= COMMENTS_MARKER_WORDS);
    short && !s.ends_with_terminal && !leads_in(family, block)
}

/// `text` up to its first opening quotation mark: a heading without the title it quotes.
fn unquoted_head(text: &str) -> &str {
    text.find(['“', '"', '«', '‘', '„']).map_or(text, |at| &text[..at])
}

/// Whether a related-stories phrase sits inside the article rather than heading a list after it:
/// it introduces one linked headline (`See also: The history of the GIF`), or it leads in to
/// what follows with a colon (`Also read:`, a list the article makes).
fn leads_in(family: Family, block: &Block<'_>) -> bool {
    let links_one =
        || block.text.split_once(':').is_some_and(|(_, headline)| headline.split_whitespace().nth(1).is_some());
    family == Family::Related && (block.stats.ends_with_colon || links_one())
}

/// Whether a block that is not prose reads as a row of data: it holds a figure beside other
/// words (`Somerset 83 and 174`, `Treasury bills 152.80 +0.300`, `1. Jane Doe (U.S.) 19.66`), or
/// it lists names between commas (`Smith, Jones, Brown, Taylor.`). Headlines have figures too,
/// but more words in lower case; the figures of a web address are no data.
fn is_data_row(block: &Block<'_>) -> bool {
    let s = &block.stats;
    let figures =
        s.numbers >= 1 && s.words >= 2 && s.numbers * FIGURE_SHARE >= s.words && 2 * s.lower_words() < s.words;
    let names = s.commas >= 2 && s.capitalized > s.commas && s.lower_words() <= s.commas;
    (figures || names) && !is_address(block.text)
}

/// Whether `text` holds a web address.
fn is_address(text: &str) -> bool {
    text.contains("://") || text.contains("www.")
}

/// A row of data has at least one figure in this many words.
const FIGURE_SHARE: u32 = 8;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use newsclip_text::LineJoining;

    pub(crate) fn labels_of(page: &str) -> (Vec<Block<'_>>, Vec<Label>) {
        let blocks = crate::blocks::blocks(page, LineJoining::Auto, crate::language::Language::English);
        let densities = Densities::of(&blocks);
        let labels = blocks.iter().map(|b| label(b, densities).0).collect();
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
    fn a_link_to_one_story_or_a_list_lead_in_ends_nothing() {
        let (_, labels) = labels_of("See also: The history of the city budget\nRelated reading:\nRelated stories");
        let related = Label::Furniture(RemovalReason::Related);
        assert_eq!(labels, [related, related, Label::EndMarker(RemovalReason::Related)]);
    }

    #[test]
    fn long_comment_prompts_are_headings_but_post_details_are_not() {
        let (_, labels) =
            labels_of("{ 14 comments… read them below or add one }\nTuesday, May 5, 2024 | permalink | comments (2)");
        assert_eq!(labels, [Label::EndMarker(RemovalReason::Comments), Label::Furniture(RemovalReason::Comments)]);
    }

    #[test]
    fn rows_of_figures_and_lists_of_names_are_data() {
        let (_, labels) = labels_of(
            "Somerset 83 and 174 (J. Smith 4-38), Leicestershire 296.\n\
             1. Jane Doe (U.S.) 19.66\n\
             Treasury bills 152.80 +0.300 - 11.900\n\
             Given, Breen, Staunton, Irwin, Harte, Quinn.\n\
             Top stories\n\
             Phone maker unveils a 5-inch screen for its new model\n\
             https://example.com/2024/05/story-123",
        );
        assert_eq!(labels[..4], [Label::Data; 4]);
        assert!(labels[4..].iter().all(|l| *l != Label::Data), "{labels:?}");
    }
}
