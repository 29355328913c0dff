//! Page furniture recognized across blocks: lines that are metadata (date lines, bylines), lists
//! of teasers, and the separator lines that frame them.

use crate::blocks::Block;
use crate::byline::{
    agency_credit, agency_signature, cued_author, desk_byline, is_credit_line, is_role_line, lone_name, sign_off,
    MAX_DESK_WORDS,
};
use crate::classify::Label;
use crate::dateline::find_dateline;
use crate::page::RemovalReason;
use crate::phrases::{family_of, Family};
use crate::published::{is_date_cue, is_time_line, DateLine};
use crate::rules;
use crate::words::{is_stop_word, word_spans};
use newsclip_text::Rule;

/// Longest block, in words, that can be a byline.
pub(crate) const MAX_BYLINE_WORDS: u32 = 20;
/// Two separator lines this close apart frame a list of teasers.
const SEPARATOR_PERIOD: usize = 3;

/// Labels date-only lines and time lines, author lines (see [`is_author_line`]) and datelines
/// alone on their line as furniture, whatever their shape.
pub(crate) fn mark_metadata_lines(
    blocks: &[Block<'_>],
    labels: &mut [Label],
    rules: &mut [Rule],
    dates: &[Option<DateLine>],
) {
    for (i, (((label, rule), block), date)) in labels.iter_mut().zip(rules).zip(blocks).zip(dates).enumerate() {
        let place_date = |d: &DateLine| block.stats.language.lexicon_code().is_some() && is_place_date(block.text, d);
        let found = if date.is_some_and(|d| d.date_only || place_date(&d)) {
            Some((RemovalReason::DateOnly, rules::METADATA_DATE_LINE))
        } else if !label.is_text() && is_author_line(block, i.checked_sub(1).and_then(|above| blocks.get(above))) {
            Some((RemovalReason::Byline, rules::METADATA_AUTHOR_LINE))
        } else if date.is_none() && !label.is_text() && is_time_line(block.text) {
            Some((RemovalReason::DateOnly, rules::METADATA_DATE_LINE))
        } else if !label.is_text()
            && block.stats.words <= MAX_DATELINE_WORDS
            && is_lone_dateline(block.text, block.stats.language)
        {
            Some((RemovalReason::Dateline, rules::METADATA_DATELINE_LINE))
        } else {
            None
        };
        if let Some((reason, found_by)) = found {
            (*label, *rule) = (Label::Furniture(reason), found_by);
        }
    }
}

/// Whether `text`, a date line, names only the place the story was filed from before its date:
/// `Sevilla - 12 mar 2024 - 13:45 CET`, `Madrid | 7 de febrero de 2024`, as German, French and
/// Spanish sites print them under the byline.
fn is_place_date(text: &str, date: &DateLine) -> bool {
    let head = text.get(..date.found.span.start).unwrap_or_default().trim_end();
    let Some(place) = head.strip_suffix(['-', '–', '—', '|', '·', ',']) else { return false };
    let words: Vec<&str> = place.split_whitespace().collect();
    (1..=MAX_PLACE_WORDS).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_date_cue(w))
}

/// Most words of the place before a date.
const MAX_PLACE_WORDS: usize = 3;

/// Whether `block` (under `above`) is a line about the author: a cued byline (`By …`), a desk
/// alone (`Web Desk`), staff credited with agencies (`Le Monde with AFP`), a credit (`Reporting
/// from …`), a sign-off (`-- Jane Doe +1 212 555 0100`), or a role line under a name alone
/// (`Jane Doe`, then `Political reporter @janedoe`).
fn is_author_line(block: &Block<'_>, above: Option<&Block<'_>>) -> bool {
    let words = block.stats.words;
    let names_author = words <= MAX_BYLINE_WORDS
        && (cued_author(block.text).is_some()
            || (words <= MAX_DESK_WORDS as u32 && desk_byline(block.text).is_some())
            || agency_credit(block.text).is_some()
            || (block.stats.language.lexicon_code().is_some() && agency_signature(block.text).is_some())
            || sign_off(block.text).is_some()
            || is_credit_line(block.text));
    names_author || (words <= MAX_ROLE_LINE_WORDS && is_role_line(block.text) && above.is_some_and(is_name_alone))
}

/// Longest role line, in words (`Senior Middle East correspondent @handle`).
const MAX_ROLE_LINE_WORDS: u32 = 8;

/// Whether `block` is a personal name and nothing else: the name line of a byline block.
pub(crate) fn is_name_alone(block: &Block<'_>) -> bool {
    let text = block.text.trim();
    lone_name(text).is_some_and(|name| name.len() == text.len())
}

/// Longest dateline alone on its line, in words.
const MAX_DATELINE_WORDS: u32 = 8;

/// Whether `text` is nothing but a dateline (`WASHINGTON (AP) —`, `Washington CNN —`).
fn is_lone_dateline(text: &str, language: crate::language::Language) -> bool {
    // A dateline ends with its separator: test that before the patterns.
    // A heading in capitals (`PREVIOUSLY:`) ends with a colon too: that form needs an agency.
    let end = text.trim_end();
    let ends_like_one = end.ends_with(['-', '–', '—', ':', '/']) || end.ends_with("/.");
    ends_like_one
        && find_dateline(text, language)
            .is_some_and(|m| text[m.span.end..].trim().is_empty() && (m.agency.is_some() || !end.ends_with(':')))
}

/// Labels the caption under a caption label: a dump may put the label (`Image caption,`,
/// `Photo:`) on a line of its own, and the caption itself on the next.
pub(crate) fn mark_labelled_captions(blocks: &[Block<'_>], labels: &mut [Label], rules: &mut [Rule]) {
    for i in 1..blocks.len().min(labels.len()) {
        let label_above = labels[i - 1] == Label::Furniture(RemovalReason::Caption)
            && blocks[i - 1].text.trim_end().ends_with([',', ':']);
        let caption_like = matches!(labels[i], Label::Short | Label::Fragment | Label::Data | Label::ShortProse)
            && blocks[i].stats.words <= MAX_CAPTION_WORDS
            && blocks[i].stats.sentence_ends <= 1;
        if label_above && caption_like {
            labels[i] = Label::Furniture(RemovalReason::Caption);
            rules[i] = rules::FURNITURE_LABELLED_CAPTION;
        }
    }
}

/// Longest caption under a caption label, in words.
const MAX_CAPTION_WORDS: u32 = 40;

/// Lists of teasers alternate a headline with a one- or two-sentence summary (`Council approves
/// budget` / `The vote ends months of debate.`) or with its date, often with a `Read more` link
/// between pairs. Three such pairs in a row are furniture, however much they read like prose:
/// articles do not put a heading over every short paragraph. (The dates keep their label.)
pub(crate) fn mark_teaser_lists(blocks: &[Block<'_>], labels: &mut [Label], rules: &mut [Rule]) {
    for i in teaser_lists(blocks, labels) {
        labels[i] = Label::Furniture(RemovalReason::Teaser);
        rules[i] = rules::FURNITURE_TEASER_LIST;
    }
}

/// Labels the headline under a prompt to another story inside the article (`Lesen Sie auch`
/// alone on its line, then the other story's headline): the prompt is furniture by its phrase,
/// and so is a short line under it that is no sentence.
pub(crate) fn mark_inline_teasers(blocks: &[Block<'_>], labels: &mut [Label], rules: &mut [Rule]) {
    for i in 1..blocks.len() {
        let prompt = &blocks[i - 1];
        let is_prompt = labels[i - 1] == Label::Furniture(RemovalReason::Related)
            && prompt.stats.words <= MAX_INLINE_PROMPT_WORDS
            && family_of(prompt.text, &prompt.stats) == Some(Family::InlineRelated);
        let block = &blocks[i];
        let headline = (1..=MAX_INLINE_TEASER_WORDS).contains(&block.stats.words) && !block.stats.ends_with_terminal;
        if is_prompt && headline && !matches!(labels[i], Label::Furniture(_) | Label::EndMarker(_)) {
            labels[i] = Label::Furniture(RemovalReason::Related);
            rules[i] = rules::FURNITURE_INLINE_TEASER;
        }
    }
}

/// The longest prompt alone on its line (`Das könnte Sie auch interessieren`), in words.
const MAX_INLINE_PROMPT_WORDS: u32 = 6;
/// The longest headline under an inline prompt, in words.
const MAX_INLINE_TEASER_WORDS: u32 = 20;

/// The blocks of the teaser lists, see [`mark_teaser_lists`].
fn teaser_lists(blocks: &[Block<'_>], labels: &[Label]) -> Vec<usize> {
    // A headline may hold figures, but a list of names is no headline.
    let is_headline = |i: usize| {
        let s = &blocks[i].stats;
        (matches!(labels[i], Label::Short | Label::Fragment) || (labels[i] == Label::Data && s.commas <= 1))
            && (3..=20).contains(&s.words)
            && !s.ends_with_terminal
            && !s.ends_with_colon
    };
    let is_summary = |i: usize| {
        let s = &blocks[i].stats;
        labels[i].is_text() && s.sentence_ends <= 2 && s.words <= MAX_SUMMARY_WORDS
    };
    let is_dated = |i: usize| labels[i] == Label::Furniture(RemovalReason::DateOnly);
    let is_pair = |i: usize| i + 1 < blocks.len() && is_headline(i) && (is_summary(i + 1) || is_dated(i + 1));
    let is_link =
        |i: usize| labels.get(i).is_some_and(|l| matches!(l, Label::Short | Label::Furniture(_) | Label::EndMarker(_)));
    let mut teasers = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        // Follow a chain of pairs, allowing one short line (a link) between pairs.
        let mut pairs = Vec::new();
        let mut at = i;
        while is_pair(at) {
            pairs.push(at);
            at += 2;
            if !is_pair(at) && is_link(at) && is_pair(at + 1) {
                at += 1;
            }
        }
        if pairs.len() >= MIN_TEASER_PAIRS {
            teasers.extend(pairs.iter().flat_map(|&p| [p, p + 1]).filter(|&i| !is_dated(i)));
            i = at;
        } else {
            i += 1;
        }
    }
    teasers
}

/// Longest teaser summary, in words.
const MAX_SUMMARY_WORDS: u32 = 45;
/// Fewest headline-summary pairs that make a teaser list.
const MIN_TEASER_PAIRS: usize = 3;

/// Blocks the article cannot span: separators that repeat at short intervals around short
/// blocks, which frame lists of teasers. (Separators between paragraphs of an article, `* * *`
/// or `[…]` between excerpts, frame longer text.)
pub(crate) fn barriers(blocks: &[Block<'_>]) -> Vec<bool> {
    (0..blocks.len())
        .map(|i| {
            let block = &blocks[i];
            let frames_teasers = |j: usize, between: core::ops::Range<usize>| {
                blocks.get(j).is_some_and(|b| is_separator(b) && b.text == block.text)
                    && blocks[between].iter().all(|b| b.stats.words <= MAX_FRAMED_WORDS)
            };
            is_separator(block)
                && (1..=SEPARATOR_PERIOD).any(|d| {
                    frames_teasers(i + d, i + 1..(i + d).min(blocks.len()))
                        || i.checked_sub(d).is_some_and(|j| frames_teasers(j, j + 1..i))
                })
        })
        .collect()
}

/// Longest block between two separators that frame teasers.
const MAX_FRAMED_WORDS: u32 = 30;

/// A line of punctuation only: `-`, `***`, `• • •`.
pub(crate) fn is_separator(block: &Block<'_>) -> bool {
    block.stats.words == 0 && block.stats.chars <= 6
}

/// Whether the text of a date line, its date aside, holds a name: a capitalized word that is
/// neither a function word nor a date cue (`Posted`, `Updated`), or a word after `by`.
fn names_someone(text: &str, date: DateLine) -> bool {
    let outside = [text.get(..date.found.span.start), text.get(date.found.span.end..)];
    outside.into_iter().flatten().any(|part| {
        let words: Vec<&str> = word_spans(part).map(|w| &part[w]).collect();
        let after_by = words.windows(2).any(|w| w[0].eq_ignore_ascii_case("by"));
        after_by
            || words
                .iter()
                .any(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_stop_word(w) && !is_date_cue(w))
    })
}

/// Longest comment header (`Jane Doe, on November 7, 2012 at 3:56 pm`), in words.
const MAX_COMMENT_HEADER_WORDS: u32 = 14;
/// Most blocks between two comment headers of one thread.
const MAX_COMMENT_BLOCKS: usize = 4;
/// Fewest comment headers that make a thread.
const MIN_THREAD_HEADERS: usize = 3;

/// Labels reader comments: a run of dated signature lines (a name or a cue and a date, as in
/// `Jane Doe July 26, 2012 at 3:56 pm` or `Posted by: Jane at …`), each a few blocks from the
/// next with text between them, is a comment thread. Its first header ends the article; the
/// others are comments. A list of dated teasers has no text between its dates; the posts of a
/// blog's front page, signed the same way, have headlines.
pub(crate) fn mark_comment_threads(
    blocks: &[Block<'_>],
    labels: &mut [Label],
    rules: &mut [Rule],
    dates: &[Option<DateLine>],
) {
    let headers: Vec<usize> = (0..blocks.len().min(labels.len()))
        .filter(|&i| {
            dates.get(i).copied().flatten().is_some_and(|d| !d.date_only && names_someone(blocks[i].text, d))
                && blocks[i].stats.words <= MAX_COMMENT_HEADER_WORDS
                && labels[i] != Label::Prose
        })
        .collect();
    let mut run_start = 0;
    for k in 1..=headers.len() {
        let continues = headers.get(k).is_some_and(|&i| {
            let last = headers[k - 1];
            let between = &labels[last + 1..i];
            i - last <= MAX_COMMENT_BLOCKS + 1
                && between.iter().any(|l| l.is_text())
                && !between.contains(&Label::Short)
        });
        if continues {
            continue;
        }
        let run = &headers[run_start..k];
        if run.len() >= MIN_THREAD_HEADERS {
            for (n, &i) in run.iter().enumerate() {
                let reason = RemovalReason::Comments;
                labels[i] = if n == 0 { Label::EndMarker(reason) } else { Label::Furniture(reason) };
                rules[i] = rules::FURNITURE_COMMENT_THREAD;
            }
        }
        run_start = k;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::tests::labels_of as labelled;

    #[test]
    fn headline_and_summary_pairs_are_teasers() {
        let page = "Council approves budget after long debate\n\
                    The vote ends months of argument over roads and schools in the city.\n\
                    Read more\n\
                    Storm warning issued for the west coast\n\
                    Forecasters expect heavy rain and strong winds on Wednesday night.\n\
                    Read more\n\
                    Museum reopens after two years of repairs\n\
                    Visitors queued from early morning to see the restored collection.";
        let (blocks, mut labels) = labelled(page);
        mark_teaser_lists(&blocks, &mut labels, &mut vec![crate::rules::OUTSIDE; blocks.len()]);
        let teasers = labels.iter().filter(|l| **l == Label::Furniture(RemovalReason::Teaser)).count();
        assert_eq!(teasers, 6);
    }

    #[test]
    fn headline_and_date_pairs_are_teasers() {
        let page = "Council approves budget after long debate\n\n5 May 2024\n\n\
                    Storm warning issued for the west coast\n\n4 May 2024\n\n\
                    Museum reopens after two years of repairs\n\n2 May 2024";
        let (blocks, mut labels) = labelled(page);
        let dates: Vec<_> = blocks.iter().map(|b| crate::published::date_line(b.text, b.stats.words)).collect();
        mark_metadata_lines(&blocks, &mut labels, &mut vec![crate::rules::OUTSIDE; blocks.len()], &dates);
        mark_teaser_lists(&blocks, &mut labels, &mut vec![crate::rules::OUTSIDE; blocks.len()]);
        let teaser = Label::Furniture(RemovalReason::Teaser);
        let date = Label::Furniture(RemovalReason::DateOnly);
        assert_eq!(labels, [teaser, date, teaser, date, teaser, date]);
    }

    #[test]
    fn an_article_with_one_subheading_keeps_its_prose() {
        let page = "The council met on Tuesday and approved the budget after a long debate about roads.\n\
                    What happens next\n\
                    The plan now goes to the state treasury, which will review it over the summer months.";
        let (blocks, mut labels) = labelled(page);
        let before = labels.clone();
        mark_teaser_lists(&blocks, &mut labels, &mut vec![crate::rules::OUTSIDE; blocks.len()]);
        assert_eq!(labels, before);
    }

    #[test]
    fn repeated_separators_are_barriers_and_a_lone_one_is_not() {
        let (blocks, _) = labelled("Story one.\n-\nStory two.\n-\nStory three.");
        assert_eq!(barriers(&blocks), [false, true, false, true, false]);
        let (blocks, _) = labelled("Part one of the story.\n* * *\nPart two of the story.");
        assert_eq!(barriers(&blocks), [false, false, false]);
        let excerpt = "The committee heard from witnesses on Tuesday. ".repeat(8);
        let page = format!("{excerpt}\n[…]\n{excerpt}\n[…]\n{excerpt}");
        let (blocks, _) = labelled(&page);
        assert_eq!(barriers(&blocks), [false; 5]);
    }

    #[test]
    fn the_line_under_a_caption_label_is_the_caption() {
        let page = "Image caption,\nRescue workers search a collapsed building on Tuesday\n\
                    The council met on Tuesday and approved the budget after a long debate about roads.";
        let (blocks, mut labels) = labelled(page);
        mark_labelled_captions(&blocks, &mut labels, &mut vec![crate::rules::OUTSIDE; blocks.len()]);
        let caption = Label::Furniture(RemovalReason::Caption);
        assert_eq!(labels[..2], [caption, caption]);
        assert_eq!(labels[2], Label::ShortProse);
        let (blocks, mut labels) = labelled("Image caption Rescue workers at work\nRescuers searched the site.");
        mark_labelled_captions(&blocks, &mut labels, &mut vec![crate::rules::OUTSIDE; blocks.len()]);
        assert_ne!(labels[1], caption);
    }

    #[test]
    fn a_role_line_under_a_name_is_metadata() {
        let page = "Jane Doe\nPolitical reporter @janedoe\nThe council met.\nNews Editor";
        let (blocks, mut labels) = labelled(page);
        let dates = vec![None; blocks.len()];
        mark_metadata_lines(&blocks, &mut labels, &mut vec![crate::rules::OUTSIDE; blocks.len()], &dates);
        let byline = Label::Furniture(RemovalReason::Byline);
        assert_eq!(labels[1], byline);
        assert_ne!(labels[3], byline, "no name above it");
    }

    #[test]
    fn date_lines_and_cued_bylines_are_metadata() {
        let page = "By Jane Doe\n5 December 2023";
        let (blocks, mut labels) = labelled(page);
        let dates: Vec<_> = blocks.iter().map(|b| crate::published::date_line(b.text, b.stats.words)).collect();
        mark_metadata_lines(&blocks, &mut labels, &mut vec![crate::rules::OUTSIDE; blocks.len()], &dates);
        assert_eq!(labels, [Label::Furniture(RemovalReason::Byline), Label::Furniture(RemovalReason::DateOnly)]);
    }
}
