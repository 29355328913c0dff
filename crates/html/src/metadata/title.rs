//! The headline: what the page declares (JSON-LD `headline`, `og:title`, `<title>` …) and what it
//! shows (its headings and the line over the article's first paragraph), reconciled.
//!
//! 1. **Agreement.** A visible heading that repeats a declared title, or a part of one between
//!    the separators that join a headline to a site's name, is the headline; a heading near the
//!    article counts more, and the site's own name never counts.
//! 2. **Deck.** When a declared title runs on from that heading into the next visible line (a
//!    subheading), the headline is both, as the title states them.
//! 3. **Nearest heading.** Failing agreement, the most prominent heading-like line just over the
//!    article's first paragraph, when the markup marks it or nothing better is declared.
//! 4. **Declared.** Else the declared title, without its site-name part.
//!
//! A visible headline that the page's title repeats whole loses a short tagline after a dash or a
//! bar (`How We Paid Off Our Loans - Our Story`).

use crate::content::{Reason, Verdict};
use crate::dates;
use crate::document::{Block, BlockKind, Document};
use crate::hints::Hints;

use super::vocabulary::WORDS;
use super::{words, Site};

/// The least score of a heading that the headline rule takes over the declared title.
const MIN_SCORE: i32 = 6;

/// What being the nearest heading over the article's first paragraph adds to a heading's score.
const NEAREST_BONUS: i32 = 3;

/// How many heading levels a heading in the page's header counts less for the nearest-heading rule.
const HEADER_DEMOTION: u8 = 2;

/// How many blocks over the article's first paragraph the nearest-heading rule looks.
const LOOK_BACK: usize = 8;

/// The headline of a page, and the block that shows it.
#[derive(Debug, Default)]
pub(super) struct Headline {
    /// The headline's text.
    pub(super) text: Option<String>,
    /// The block that shows it, when the page does.
    pub(super) block: Option<usize>,
}

/// The headline of `document`: see the module docs. `deliberate` are the titles the markup
/// declares for the article (JSON-LD, OpenGraph), `declared` other title metas, `head` the
/// `<title>`, `summary` the page's description.
pub(super) fn choose(
    document: &Document,
    deliberate: &[&str],
    declared: &[&str],
    head: Option<&str>,
    summary: Option<&str>,
    site: &Site,
) -> Headline {
    let (text, block) = headline(document, deliberate, declared, head, summary, site);
    let block = block.or_else(|| {
        let text = text.as_deref()?;
        let wanted = words(text);
        // Only lines of about the title's length can repeat it.
        let fits = |b: &Block| b.span.len() <= text.len() * 2 && b.span.len() * 2 >= text.len();
        document.blocks.iter().position(|b| !wanted.is_empty() && fits(b) && words(document.block_text(b)) == wanted)
    });
    Headline { text, block }
}

/// The headline's text and, when it is a block's, the block.
fn headline(
    document: &Document,
    deliberate: &[&str],
    declared: &[&str],
    head: Option<&str>,
    summary: Option<&str>,
    site: &Site,
) -> (Option<String>, Option<usize>) {
    let stated: Vec<&str> =
        deliberate.iter().chain(declared).copied().chain(head).filter(|s| !s.trim().is_empty()).collect();
    let titles = Stated::new(&stated, site);
    let nearest = nearest_heading(document, site);
    // A title the page declares for the article itself (JSON-LD, OpenGraph) outranks a heading
    // that does not repeat it; a `<title>` alone is often the site's or the section's name.
    let deliberate = deliberate.iter().any(|d| !d.trim().is_empty() && !site.names(d));
    let agreeing = agreeing_heading(document, &titles, site, nearest.map(|(i, _)| i));
    // A section's name over the story (`Local News` in the header, repeated by the `<title>`)
    // gives way to the story's own heading over its first paragraph.
    let agreeing = match (agreeing, nearest) {
        (Some(label), Some((story, true)))
            if !deliberate
                && story > label
                && words(document.block_text(&document.blocks[label])).len() <= 3
                && words(document.block_text(&document.blocks[story])).len() >= 4
                && matches!(document.blocks[story].kind, BlockKind::Heading(_)) =>
        {
            Some(story)
        }
        (agreeing, _) => agreeing,
    };
    if let Some(index) = agreeing {
        let block = &document.blocks[index];
        let text = document.block_text(block);
        if let Some(with_deck) = stated_deck(document, index, &stated) {
            return (Some(with_deck), Some(index));
        }
        if !deliberate {
            if let Some(deck) = subheading(document, index, site, summary) {
                return (Some(join_deck(text, deck)), Some(index));
            }
        }
        return (Some(without_tagline(text, &titles).to_owned()), Some(index));
    }
    let declared_title = stated.first().copied();
    match (nearest, declared_title) {
        (Some((index, _)), None) | (Some((index, _)), Some(_)) if !deliberate || declared_title.is_none() => {
            let text = document.block_text(&document.blocks[index]);
            let text = subheading(document, index, site, summary)
                .map_or_else(|| text.to_owned(), |deck| join_deck(text, deck));
            (Some(text), Some(index))
        }
        (nearest, Some(declared)) => {
            let headings: Vec<&str> =
                nearest.map(|(i, _)| document.block_text(&document.blocks[i])).into_iter().collect();
            (Some(strip_site(declared, site, &headings)), None)
        }
        (_, None) => (None, None),
    }
}

/// The declared titles, as words, whole and in parts.
struct Stated {
    /// The words of each declared title.
    whole: Vec<Vec<String>>,
    /// The words of each part of each declared title (at least two words).
    parts: Vec<Vec<String>>,
    /// The words of the main part of each declared title: its longest part that does not name
    /// the site (the others name sections, series, taglines).
    main_parts: Vec<Vec<String>>,
    /// The fewest and most words of a part.
    fewest: usize,
    most: usize,
}

impl Stated {
    fn new(stated: &[&str], site: &Site) -> Stated {
        let parts: Vec<Vec<String>> =
            stated.iter().flat_map(|s| title_parts(s, site)).map(words).filter(|w| w.len() >= 2).collect();
        let sizes = parts.iter().map(Vec::len);
        let (fewest, most) = (sizes.clone().min().unwrap_or(0), sizes.max().unwrap_or(0));
        let main_parts = stated
            .iter()
            .filter_map(|s| title_parts(s, site).into_iter().filter(|p| !site.names(p)).map(words).max_by_key(Vec::len))
            .collect();
        Stated { whole: stated.iter().map(|s| words(s)).collect(), parts, main_parts, fewest, most }
    }
}

/// The visible heading that best agrees with the declared titles, if it scores enough.
fn agreeing_heading(document: &Document, titles: &Stated, site: &Site, nearest: Option<usize>) -> Option<usize> {
    let content = &document.content;
    let near_start = content.blocks.start.saturating_sub(15);
    let is_h1 = |(i, b): &(usize, &Block)| b.kind == BlockKind::Heading(1) && !is_furniture(content.verdicts.get(*i));
    let mut h1s = document.blocks.iter().enumerate().filter(is_h1).map(|(i, _)| i);
    let sole_h1 = h1s.next().filter(|_| h1s.next().is_none());
    let mut best: Option<(i32, usize)> = None;
    for (index, block) in document.blocks.iter().enumerate() {
        let level = match block.kind {
            BlockKind::Heading(level) if level <= 3 => level,
            _ if block.hints.contains(Hints::HEADLINE) || block.span.len() < 300 => 9,
            _ => continue,
        };
        if block.hints.contains(Hints::DIALOG) {
            continue;
        }
        let text = document.block_text(block);
        let count = text.bytes().filter(|&b| b == b' ').count() + 1;
        if count > 40 || (count < 2 && text.chars().count() < 12) {
            continue;
        }
        // A line that is no heading can only be the headline by repeating a stated title.
        let marked = block.hints.contains(Hints::HEADLINE);
        if level == 9 && !marked && (count * 2 < titles.fewest || count > titles.most * 2) {
            continue;
        }
        let furniture = is_furniture(content.verdicts.get(index));
        let layout =
            matches!(content.verdicts.get(index), Some(Verdict::Removed(Reason::Navigation | Reason::Sidebar)));
        if furniture && !(layout && level <= 3) {
            continue;
        }
        let text_words = words(text);
        // Page builders mark whole pages as navigation or sidebars: a heading there may still be
        // the headline, when it repeats a declared title.
        if furniture && !titles.main_parts.contains(&text_words) {
            continue;
        }
        let mut score = match level {
            1 => 4,
            2 => 2,
            3 => 1,
            _ => 0,
        };
        if titles.main_parts.contains(&text_words) {
            score += 6;
        } else if titles.parts.contains(&text_words) {
            score += 4;
        } else if level == 9 && !marked {
            continue;
        } else if titles.whole.iter().any(|s| contains(s, &text_words)) {
            score += 4;
        }
        if marked {
            score += 2;
        }
        if (near_start..content.blocks.end).contains(&index) || sole_h1 == Some(index) {
            score += 2;
        }
        if nearest == Some(index) {
            score += NEAREST_BONUS;
        }
        // Only a line that would win needs the site's name looked up.
        if score >= MIN_SCORE && best.is_none_or(|(b, _)| score > b) && site.names(text) {
            score -= 8;
        }
        if block.link_density() > 0.8 && block.hints.contains(Hints::HEADER) {
            score -= 3;
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, index));
        }
    }
    best.filter(|&(score, _)| score >= MIN_SCORE).map(|(_, index)| index)
}

/// Whether a verdict removes a block as page furniture that never holds the headline.
fn is_furniture(verdict: Option<&Verdict>) -> bool {
    matches!(verdict, Some(Verdict::Removed(reason)) if !matches!(reason, Reason::OutsideArticle | Reason::Header))
}

/// The subheading under the headline at `index`: the next line, when it is a heading one level
/// below the headline or the summary the page states in its description, of a few words and no
/// links, and no date, byline or site name. Pages that declare no title of their own show their
/// headline as the two. (A summary further down is the article's first paragraph as often as a
/// standfirst, and stays out.)
fn subheading<'a>(document: &'a Document, index: usize, site: &Site, summary: Option<&str>) -> Option<&'a str> {
    let headline = &document.blocks[index];
    let next = document.blocks.get(index + 1)?;
    let text = document.block_text(next);
    let lower_heading =
        matches!((headline.kind, next.kind), (BlockKind::Heading(h), BlockKind::Heading(n)) if n == h + 1);
    let stated = summary.is_some_and(|summary| words(summary) == words(text));
    let fits = (lower_heading || stated)
        && next.link_density() < 0.3
        && !is_furniture(document.content.verdicts.get(index + 1))
        && (3..=60).contains(&text.split_whitespace().count())
        && !is_date_or_byline(next, text)
        && !site.names(text);
    fits.then_some(text)
}

/// A headline and its deck on one line: `Headline: Deck`, or `Headline? Deck` after a headline
/// that ends in punctuation.
fn join_deck(headline: &str, deck: &str) -> String {
    let headline = headline.trim_end();
    if headline.ends_with(['.', '!', '?', ':', '…']) {
        format!("{headline} {deck}")
    } else {
        format!("{headline}: {deck}")
    }
}

/// The headline and its deck, when a declared title states them together: the declared title's
/// words from the headline's first to the deck's last.
fn stated_deck(document: &Document, index: usize, stated: &[&str]) -> Option<String> {
    let headline = words(document.block_text(&document.blocks[index]));
    let next = document.blocks.get(index + 1)?;
    if next.link_density() > 0.3 || is_furniture(document.content.verdicts.get(index + 1)) {
        return None;
    }
    let deck = words(document.block_text(next));
    if deck.len() < 3 {
        return None;
    }
    let both: Vec<String> = headline.into_iter().chain(deck).collect();
    stated.iter().find_map(|title| {
        let positions = word_positions(title);
        let lower: Vec<String> = positions.iter().map(|&(s, e)| title[s..e].to_lowercase()).collect();
        let at = lower.windows(both.len()).position(|w| w == both.as_slice())?;
        let (start, end) = (positions[at].0, positions[at + both.len() - 1].1);
        let end = end
            + title[end..]
                .chars()
                .take_while(|c| matches!(c, '?' | '!' | ')' | '"' | '\'' | '’' | '”'))
                .map(char::len_utf8)
                .sum::<usize>();
        Some(title[start..end].to_owned())
    })
}

/// The byte ranges of the words of `text` (runs of letters and digits).
fn word_positions(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// The most prominent heading-like line over the article's first paragraph: the best heading
/// level among the lines between the paragraph and the prose before it, skipping furniture,
/// links, dates and bylines; on a tie, the topmost of a run of such lines (a headline over its
/// standfirst). `true` with it when the markup makes it a heading or a headline.
fn nearest_heading(document: &Document, site: &Site) -> Option<(usize, bool)> {
    let content = &document.content;
    let first = first_paragraph(document)?;
    let mut best: Option<(u8, usize)> = None;
    // Whether the lines since the best one were all candidates, dates or bylines.
    let mut run = true;
    for index in (first.saturating_sub(LOOK_BACK)..first).rev() {
        let block = &document.blocks[index];
        if is_furniture(content.verdicts.get(index)) || block.hints.contains(Hints::HIDDEN) {
            run = false;
            continue;
        }
        if is_prose(document, block) {
            break;
        }
        let text = document.block_text(block);
        if block.link_density() > 0.5 || !looks_like_headline(text) || site.names(text) {
            run &= is_date_or_byline(block, text);
            continue;
        }
        let rank = match block.kind {
            BlockKind::Heading(level) => 10 - level,
            _ if block.hints.contains(Hints::HEADLINE) => 4,
            _ => 1,
        };
        // A heading in the page's header names the site or the section more often than the story.
        let rank = if content.verdicts.get(index) == Some(&Verdict::Removed(Reason::Header)) {
            rank.saturating_sub(HEADER_DEMOTION).max(1)
        } else {
            rank
        };
        if best.is_none_or(|(r, _)| rank > r || rank == r && run) {
            best = Some((rank, index));
        }
        run = true;
    }
    best.map(|(rank, index)| (index, rank >= 4))
}

/// Whether a line is a date or byline line, which may stand between a headline and its
/// standfirst.
fn is_date_or_byline(block: &Block, text: &str) -> bool {
    (block.hints | block.inner_hints).intersects(Hints::DATE | Hints::BYLINE)
        || dates::written_in(text, Some(dates::Order::MonthFirst)).is_some()
        || dates::normalize(text).is_some()
}

/// The first block of the article's prose: the first paragraph that another follows within a
/// few blocks (a lone paragraph first is a teaser or a standfirst of another story), else the
/// first paragraph.
fn first_paragraph(document: &Document) -> Option<usize> {
    let content = &document.content;
    let is_paragraph = |i: usize| content.verdicts[i] == Verdict::Content && is_prose(document, &document.blocks[i]);
    let mut prose = (content.blocks.start..content.blocks.end).filter(|&i| is_paragraph(i));
    let first = prose.next()?;
    let mut previous = first;
    for next in prose {
        if next - previous <= 3 {
            return Some(previous);
        }
        previous = next;
    }
    Some(first)
}

/// A paragraph of prose: a dozen words or more, few of them in links, not a heading.
fn is_prose(document: &Document, block: &Block) -> bool {
    !matches!(block.kind, BlockKind::Heading(_))
        && block.link_density() < 0.3
        && document.block_text(block).split_whitespace().count() >= 12
}

/// Whether a line can be a headline: three to forty words, no date or byline line, no sentence
/// ending in a full stop after many words.
fn looks_like_headline(text: &str) -> bool {
    let count = text.split_whitespace().count();
    if !(3..=40).contains(&count) || dates::written_in(text, Some(dates::Order::MonthFirst)).is_some() {
        return false;
    }
    let first = text.split_whitespace().next().unwrap_or("");
    if WORDS.cues.has(first) || first.ends_with(':') {
        return false;
    }
    // `Jane Doe - Staff Writer`: a name and a role.
    let last = text.rsplit(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    let joined = [" - ", " – ", ", ", " | "].iter().any(|sep| text.contains(sep));
    if count <= 10 && joined && WORDS.roles.has(last) {
        return false;
    }
    !(has_two_sentences(text) || text.ends_with('.') && count > 15)
}

/// Whether a full stop ends a sentence inside `text` (`… a concept. It is …`): after a word of
/// two lower-case letters or more and before a capital.
fn has_two_sentences(text: &str) -> bool {
    text.match_indices(". ").any(|(i, _)| {
        let before = text[..i].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let after = text[i + 2..].chars().next();
        before.chars().count() >= 2 && before.chars().all(char::is_lowercase) && after.is_some_and(char::is_uppercase)
    })
}

/// The parts of a title between the separators that join a headline to a site's or section's
/// name: `Story | Site`, `Site - Story`, `site.com: Story`, `Story_English_Agency`.
pub(super) fn title_parts<'a>(title: &'a str, site: &Site) -> Vec<&'a str> {
    let mut parts: Vec<&str> = vec![title.trim()];
    for separator in WORDS.separators.iter() {
        let spaced = format!(" {separator} ");
        parts = parts.iter().flat_map(|p| p.split(spaced.as_str())).map(str::trim).filter(|p| !p.is_empty()).collect();
    }
    for tight in ["|", "_"] {
        parts = parts.iter().flat_map(|p| p.split(tight)).map(str::trim).filter(|p| !p.is_empty()).collect();
    }
    // `site.com: Story`: a site name before a colon.
    parts
        .into_iter()
        .map(|p| match p.split_once(": ") {
            Some((left, right)) if site.names(left) => right.trim(),
            _ => p,
        })
        .collect()
}

/// The headline part of a title that carries the site's name (see [`title_parts`]): the part a
/// heading repeats, else the longest part that does not name the site.
pub(super) fn strip_site(title: &str, site: &Site, headings: &[&str]) -> String {
    let title = title.trim();
    let parts = title_parts(title, site);
    if parts.len() <= 1 {
        return parts.first().map_or(title, |p| p).to_owned();
    }
    if let Some(part) = parts.iter().find(|p| headings.iter().any(|h| words(h) == words(p))) {
        return (*part).to_owned();
    }
    parts
        .iter()
        .filter(|p| !site.names(p))
        .max_by_key(|p| p.split_whitespace().count())
        .map_or_else(|| title.to_owned(), |p| (*p).to_owned())
}

/// A visible headline less a short tagline after a dash or a bar, when the page's declared
/// titles hold the headline without it (`Story - Our Tagline` shown, `Story - Our Tagline | Site`
/// and `Story` declared) or repeat the whole line as their first part.
fn without_tagline<'a>(text: &'a str, titles: &Stated) -> &'a str {
    for separator in WORDS.tagline_separators.iter() {
        let spaced = format!(" {separator} ");
        let Some(at) = text.rfind(spaced.as_str()) else { continue };
        let (head, tail) = (text[..at].trim_end(), &text[at + spaced.len()..]);
        let (head_words, tail_words) = (words(head), words(tail));
        if head_words.len() < 3 || tail_words.is_empty() || tail_words.len() > 4 {
            continue;
        }
        let whole = words(text);
        if titles.whole.iter().any(|t| t.starts_with(&whole)) {
            return head;
        }
    }
    text
}

/// Whether the words of `needle` appear, in order and adjacent, among those of `haystack`.
fn contains(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_leave_titles() {
        let city = |name: Option<&str>| Site::new(name, None);
        assert_eq!(
            strip_site("Council Backs Budget | City Times", &city(Some("City Times")), &[]),
            "Council Backs Budget"
        );
        assert_eq!(
            strip_site("City Times - Council Backs Budget", &city(Some("City Times")), &[]),
            "Council Backs Budget"
        );
        assert_eq!(
            strip_site("Council Backs Budget - City Times", &city(None), &["Council Backs Budget"]),
            "Council Backs Budget"
        );
        assert_eq!(strip_site("Council Backs Budget", &city(None), &[]), "Council Backs Budget");
        assert_eq!(strip_site("citytimes.com: Council Backs Budget", &city(None), &[]), "Council Backs Budget");
        assert_eq!(strip_site("Budget: What Happens Next", &city(None), &[]), "Budget: What Happens Next");
        assert_eq!(strip_site("Council backs budget_English_Wire", &city(None), &[]), "Council backs budget");
    }

    #[test]
    fn words_have_positions() {
        assert_eq!(word_positions("Hi, you two!"), [(0, 2), (4, 7), (8, 11)]);
    }

    #[test]
    fn headlines_look_like_headlines() {
        assert!(looks_like_headline("Council backs budget after long debate"));
        assert!(!looks_like_headline("By Jane Doe and John Roe"));
        assert!(!looks_like_headline("Published March 5, 2024"));
        assert!(!looks_like_headline("Jane Doe - City Desk Staff Writer"));
        assert!(looks_like_headline("Club adds two to coaching staff"));
        assert!(!looks_like_headline("Home"));
        assert!(!looks_like_headline("Opinion | Budgets are plans. They are also promises."));
        assert!(looks_like_headline("Dr. Jones and Mr. Smith go to Washington"));
    }
}
