//! HTML input: `newsclip-html` renders the page and finds its article from the markup, then
//! `newsclip-strip`'s text rules read the rendering of the article's blocks (bylines, dates,
//! datelines, captions, prompts), and the page's metadata fills in what the markup states.
//!
//! The stripper sees a copy of the rendering in which every block the markup removed is blanked
//! out byte for byte, so that its spans are spans of the rendering itself. The markup decides
//! which blocks are the article; the stripper's labels remove single blocks from it (bylines,
//! date lines, captions, prompts), but not what it would cut as lying outside the article.

use newsclip_html::{BlockKind, Content, Document, Reason, Verdict};
use newsclip_strip::RemovalReason;
use newsclip_text::{Layout, Span, Spanned};

use crate::article::{author_line, Article, Paragraph, Removed, TextSpan};
use crate::extractor::{article_of, Extractor};
use crate::language::{self, PageLanguage};
use newsclip_text::Rule;

/// A block the page's markup marks as furniture (its element's tag, class or role: a menu, a
/// footer, a share bar, a list of links …).
pub(crate) const MARKUP_FURNITURE: Rule = Rule::new(
    "html.markup.furniture",
    "a block the page's markup marks as furniture: the tag, class or role of its element (nav, footer, share bar …)",
);
/// A block outside the element that holds the article.
pub(crate) const MARKUP_OUTSIDE_ARTICLE: Rule =
    Rule::new("html.markup.outside-article", "a block outside the element the markup shows holds the article");
/// A block read around the headline for the byline and the date, that is no part of the article.
pub(crate) const MARKUP_CONTEXT: Rule = Rule::new(
    "html.markup.context",
    "a block near the headline read for the byline and the date, outside the article's element",
);
/// A paragraph that repeats the title.
pub(crate) const REPEATED_TITLE: Rule =
    Rule::new("html.body.repeated-title", "a paragraph that repeats the title word for word");
/// The title the page's metadata states.
pub(crate) const META_TITLE: Rule =
    Rule::new("html.meta.title", "the title the page's metadata states (og:title, the headline's markup)");
/// The authors the page's metadata states.
pub(crate) const META_AUTHOR: Rule =
    Rule::new("html.meta.author", "the authors the page's metadata states (author meta tags, JSON-LD, rel=author)");
/// The publication date the page's metadata states.
pub(crate) const META_PUBLISHED: Rule =
    Rule::new("html.meta.published", "the publication date the page's metadata states (article:published_time …)");
/// The section the page's metadata states.
pub(crate) const META_SECTION: Rule =
    Rule::new("html.meta.section", "the section the page's metadata states (article:section …)");

/// Every rule of the HTML pipeline.
pub(crate) const ALL: &[Rule] = &[
    MARKUP_FURNITURE,
    MARKUP_OUTSIDE_ARTICLE,
    MARKUP_CONTEXT,
    REPEATED_TITLE,
    META_TITLE,
    META_AUTHOR,
    META_PUBLISHED,
    META_SECTION,
];

/// Extracts the article of an HTML page.
pub(crate) fn extract(extractor: &Extractor, html: &[u8], url: Option<&str>, content_type: Option<&str>) -> Article {
    let document = extractor.html_reader.read_with_content_type(html, url, content_type);
    let content = &document.content;
    let kept = kept_blocks(content);
    let shown = shown_blocks(content, &kept);
    let language = extractor.forced_language().unwrap_or_else(|| page_language(&document, &kept));
    let mut article = if extractor.options.strip {
        let masked = masked_text(&document, &shown);
        let mut article = article_of(extractor.html_stripper.strip_in_language(&masked, language.code));
        demote_context(&document, &kept, &mut article);
        article
    } else {
        let paragraphs = document
            .blocks
            .iter()
            .zip(&kept)
            .filter(|(_, &keep)| keep)
            .filter_map(|(block, _)| Spanned::new(&document.text, block.span))
            .map(|s| Paragraph::from(TextSpan::from(s)));
        Article { paragraphs: paragraphs.collect(), ..Article::default() }
    };
    if extractor.options.strip {
        restore_region_cuts(&document, content, &mut article);
    }
    for paragraph in &mut article.paragraphs {
        paragraph.source = document.block_at(paragraph.start).map(|i| document.blocks[i].source);
    }
    let hidden_from_strip: Vec<bool> = if extractor.options.strip { shown } else { kept };
    add_markup_removals(&document, content, &hidden_from_strip, &mut article);

    let mut text = document.text.clone();
    let metadata = &document.metadata;
    if let Some(title) = &metadata.title {
        let headline = content.headline.map(|i| document.blocks[i].span);
        article.title =
            Some(locate(&mut text, title, headline.into_iter().chain(article.title.as_ref().map(TextSpan::span))));
        article.rules.title = Some(META_TITLE);
    }
    if !metadata.authors.is_empty() {
        let names = author_line(&metadata.authors);
        let near = article.author.as_ref().map(TextSpan::span);
        article.author = Some(locate(&mut text, &names, near.into_iter()));
        article.rules.author = Some(META_AUTHOR);
        article.authors.clone_from(&metadata.authors);
    }
    if let Some(published) = &metadata.published {
        article.published = Some(published.clone());
        article.rules.published = Some(META_PUBLISHED);
    }
    if let Some(section) = &metadata.section {
        let near = article.section.as_ref().map(TextSpan::span);
        article.section = Some(locate(&mut text, section, near.into_iter()));
        article.rules.section = Some(META_SECTION);
    }
    article.url.clone_from(&metadata.url);
    article.site_name.clone_from(&metadata.site_name);

    drop_repeated_title(&mut article);
    let layout = Layout {
        title: article.title.as_ref().map(TextSpan::span),
        paragraphs: article.paragraphs.iter().map(|p| p.span()).collect(),
    };
    extractor.annotate_in(language, &text, &layout, &mut article);
    article.text = Some(text);
    article
}

/// The language of the page: the text of its article's blocks (or of every block, when the
/// article's are too few to judge), with the language its markup declares as a prior.
fn page_language(document: &Document, kept: &[bool]) -> PageLanguage {
    let blocks = |all: bool| {
        document
            .blocks
            .iter()
            .zip(kept)
            .filter(move |(_, &keep)| all || keep)
            .map(|(b, _)| document.text.get(b.span.start..b.span.end).unwrap_or_default())
    };
    let mut sample = language::sample(blocks(false));
    if sample.chars().count() < language::JUDGED_CHARS {
        sample = language::sample(blocks(true));
    }
    language::identify(&sample, document.metadata.language.as_deref())
}

/// Which blocks the stripper reads: the article's blocks, the headline and the lines between
/// the headline and the article that no markup marks as furniture (bylines, dates, standfirsts).
fn kept_blocks(content: &Content) -> Vec<bool> {
    let mut kept: Vec<bool> = content.verdicts.iter().map(|v| *v == Verdict::Content).collect();
    if let Some(headline) = content.headline {
        kept[headline] = true;
        for index in headline + 1..content.blocks.start.min(kept.len()) {
            if content.verdicts[index] == Verdict::Removed(Reason::OutsideArticle) {
                kept[index] = true;
            }
        }
    }
    kept
}

/// Puts back the article's blocks that the stripper removed only for lying outside the run of
/// blocks it takes for the article (reasons `boilerplate` and `teaser`), and the article's list
/// items and table cells that it took for a menu because they are short lines in a row (the
/// markup says they are a list or a table of data): the markup has already decided which blocks
/// are the article, the stripper's own labels (bylines, dates, captions, prompts) still remove
/// blocks.
fn restore_region_cuts(document: &Document, content: &Content, article: &mut Article) {
    let mut restored = Vec::new();
    article.removed.retain(|r| {
        let Some(index) = document.block_at(r.start) else { return true };
        let block = &document.blocks[index];
        let whole = r.start == block.span.start && r.end == block.span.end;
        let generic =
            matches!(r.reason, RemovalReason::Boilerplate | RemovalReason::Teaser) || is_data_row(block, r.reason);
        if whole && generic && content.verdicts[index] == Verdict::Content && Some(index) != content.headline {
            restored.push(block.span);
            false
        } else {
            true
        }
    });
    article.paragraphs.extend(
        restored
            .into_iter()
            .filter_map(|span| Spanned::new(&document.text, span))
            .map(|s| Paragraph::from(TextSpan::from(s))),
    );
    article.paragraphs.sort_by_key(|p| p.start);
}

/// The blocks the stripper reads: the article's, and around its head the blocks no markup marks
/// as furniture, where the byline and the date often stand outside the article's element. The
/// stripper reads bylines, dates and datelines there; only the article's blocks become body.
fn shown_blocks(content: &Content, kept: &[bool]) -> Vec<bool> {
    let mut shown = kept.to_vec();
    let head = content.headline.unwrap_or(content.blocks.start).min(content.blocks.start);
    for index in head.saturating_sub(CONTEXT_BLOCKS)..content.blocks.end.min(shown.len()) {
        let furniture = matches!(
            content.verdicts[index],
            Verdict::Removed(
                Reason::Navigation
                    | Reason::Sidebar
                    | Reason::Comments
                    | Reason::Share
                    | Reason::Related
                    | Reason::Advertisement
                    | Reason::CookieBanner
                    | Reason::Promo
                    | Reason::Hidden
                    | Reason::Form
                    | Reason::LinkList
            )
        );
        shown[index] |= !furniture;
    }
    shown
}

/// How many blocks before the headline the stripper reads for the byline and the date.
const CONTEXT_BLOCKS: usize = 6;

/// Moves the stripper's paragraphs that are not the article's blocks to the removed blocks.
fn demote_context(document: &Document, kept: &[bool], article: &mut Article) {
    let mut removed = Vec::new();
    article.paragraphs.retain(|p| {
        let keep = document.block_at(p.start).is_some_and(|i| kept[i]);
        if !keep {
            removed.push(Removed {
                start: p.start,
                end: p.end,
                reason: RemovalReason::Boilerplate,
                rule: MARKUP_CONTEXT,
            });
        }
        keep
    });
    article.removed.extend(removed);
}

/// Whether a block the stripper took for navigation is a row of the article's data: a list item
/// or table cell with few links.
fn is_data_row(block: &newsclip_html::Block, reason: RemovalReason) -> bool {
    reason == RemovalReason::Navigation
        && matches!(block.kind, BlockKind::ListItem | BlockKind::TableCell)
        && block.link_density() < 0.5
}

/// The rendering with every block not `kept` blanked out (its bytes turned into spaces).
fn masked_text(document: &Document, kept: &[bool]) -> String {
    let mut bytes = document.text.clone().into_bytes();
    for (block, _) in document.blocks.iter().zip(kept).filter(|(_, &keep)| !keep) {
        for byte in &mut bytes[block.span.range()] {
            *byte = b' ';
        }
    }
    // Whole UTF-8 sequences were replaced by as many spaces: the text is still valid.
    String::from_utf8(bytes).unwrap_or_default()
}

/// Adds the blocks the markup removed to the article's removed blocks, in order.
fn add_markup_removals(document: &Document, content: &Content, kept: &[bool], article: &mut Article) {
    for ((block, verdict), _) in document.blocks.iter().zip(&content.verdicts).zip(kept).filter(|(_, &keep)| !keep) {
        let (reason, rule) = match verdict {
            Verdict::Removed(Reason::OutsideArticle) => (RemovalReason::Boilerplate, MARKUP_OUTSIDE_ARTICLE),
            Verdict::Removed(reason) => (removal_reason(*reason), MARKUP_FURNITURE),
            Verdict::Content => (RemovalReason::Boilerplate, MARKUP_CONTEXT),
        };
        article.removed.push(Removed { start: block.span.start, end: block.span.end, reason, rule });
    }
    article.removed.sort_by_key(|r| (r.start, r.end));
}

/// The removal reason of newsclip's JSON for a markup reason.
fn removal_reason(reason: Reason) -> RemovalReason {
    match reason {
        Reason::Navigation | Reason::Header | Reason::LinkList => RemovalReason::Navigation,
        Reason::Footer => RemovalReason::Footer,
        Reason::Comments => RemovalReason::Comments,
        Reason::Share | Reason::Promo => RemovalReason::Share,
        Reason::Related => RemovalReason::Related,
        Reason::Advertisement => RemovalReason::Advertisement,
        Reason::CookieBanner => RemovalReason::CookieBanner,
        Reason::Caption => RemovalReason::Caption,
        Reason::Tags => RemovalReason::Tags,
        Reason::NoText => RemovalReason::Boilerplate,
        _ => RemovalReason::Boilerplate,
    }
}

/// Takes the paragraphs that repeat the title word for word out of the body.
fn drop_repeated_title(article: &mut Article) {
    let Some(title) = &article.title else { return };
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>()
    };
    let title_words = words(&title.text);
    let mut removed = Vec::new();
    article.paragraphs.retain(|p| {
        let repeats = words(&p.text) == title_words;
        // The headline's own line is the title; another copy of it is a removed block.
        if repeats && !p.span().overlaps(title.span()) {
            removed.push(Removed {
                start: p.start,
                end: p.end,
                reason: RemovalReason::RepeatedHeadline,
                rule: REPEATED_TITLE,
            });
        }
        !repeats
    });
    if !removed.is_empty() {
        article.removed.extend(removed);
        article.removed.sort_by_key(|r| (r.start, r.end));
    }
}

/// The span of `value` in `text`: inside one of the `near` spans when it occurs there, else its
/// first occurrence, else a new line appended to `text` for it.
fn locate(text: &mut String, value: &str, near: impl Iterator<Item = Span>) -> TextSpan {
    let value = value.trim();
    for span in near {
        if let Some(offset) = span.get(text).and_then(|s| s.find(value)) {
            return TextSpan {
                text: value.to_owned(),
                start: span.start + offset,
                end: span.start + offset + value.len(),
                rule: None,
            };
        }
    }
    if let Some(start) = find_line_part(text, value) {
        return TextSpan { text: value.to_owned(), start, end: start + value.len(), rule: None };
    }
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    let start = text.len();
    text.push_str(value);
    text.push('\n');
    TextSpan { text: value.to_owned(), start, end: start + value.len(), rule: None }
}

/// The first occurrence of `value` in `text` that is a whole line or starts at a word boundary.
fn find_line_part(text: &str, value: &str) -> Option<usize> {
    if value.is_empty() {
        return None;
    }
    text.match_indices(value).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + value.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}
