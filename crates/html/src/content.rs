//! Which blocks of a page are its article, from what the markup says.
//!
//! 1. **Prose.** Each block scores its words when it reads like prose (enough words, few of them
//!    in links); headings, menus and link lists score nothing. A block under furniture markup
//!    (navigation, sidebar, comments, related stories …) scores a tenth. Furniture words on an
//!    element that holds two fifths of the page's text, or half of its prose, name the layout
//!    (`<div class="content-sidebar-wrap">`, a CMS's classes for the post's tags) and are
//!    ignored, except comment words: a thread of comments can outweigh a short article.
//! 2. **The container.** From the document down, the walk enters the child element holding most
//!    of the current element's prose while that child holds at least [`DESCEND_SHARE`] of it; it
//!    stops at the element where the article's prose divides among several children: the
//!    article's container. An `<article>` or `itemprop=articleBody` element holding most of the
//!    page's prose is taken as the container directly.
//! 3. **Verdicts.** A block outside the container is removed for what its own markup says
//!    (navigation, footer …) or as lying outside the article. Inside it, a block is removed when
//!    the markup between it and the container marks it as furniture, or when it is a list item
//!    made of links.

use crate::document::{Block, BlockKind, Document};
use crate::hints::Hints;
use crate::tags::Tag;

/// The share of an element's prose a child must hold for the walk to enter it.
const DESCEND_SHARE: f32 = 0.6;

/// Whether a block is article text, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum Verdict {
    /// Article text.
    Content,
    /// Not article text.
    Removed(Reason),
}

/// Why the markup says a block is not article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Reason {
    /// Navigation, menus, breadcrumbs.
    Navigation,
    /// The page header.
    Header,
    /// The page footer.
    Footer,
    /// A sidebar or widget.
    Sidebar,
    /// Reader comments.
    Comments,
    /// Share and follow buttons.
    Share,
    /// Related or recommended stories.
    Related,
    /// Advertisements.
    Advertisement,
    /// A cookie or consent banner.
    CookieBanner,
    /// Newsletter, subscription and paywall prompts.
    Promo,
    /// A photo caption or credit.
    Caption,
    /// Tag and topic lists.
    Tags,
    /// Hidden text.
    Hidden,
    /// A form or dialog.
    Form,
    /// A list of links.
    LinkList,
    /// No letter or digit: a rule, a bullet, a separator.
    NoText,
    /// Outside the article's container, with no more specific reason.
    OutsideArticle,
}

impl Reason {
    /// The most telling reason among `hints`, if any is furniture.
    fn of(hints: Hints) -> Option<Reason> {
        const ORDER: [(Hints, Reason); 15] = [
            (Hints::HIDDEN, Reason::Hidden),
            (Hints::COOKIE, Reason::CookieBanner),
            (Hints::COMMENTS, Reason::Comments),
            (Hints::ADVERTISEMENT, Reason::Advertisement),
            (Hints::SHARE, Reason::Share),
            (Hints::RELATED, Reason::Related),
            (Hints::PROMO, Reason::Promo),
            (Hints::CAPTION, Reason::Caption),
            (Hints::TAGS, Reason::Tags),
            (Hints::NAVIGATION, Reason::Navigation),
            (Hints::SIDEBAR, Reason::Sidebar),
            (Hints::FOOTER, Reason::Footer),
            (Hints::HEADER, Reason::Header),
            (Hints::DIALOG, Reason::Form),
            (Hints::FORM, Reason::Form),
        ];
        ORDER.iter().find(|(h, _)| hints.intersects(*h)).map(|&(_, r)| r)
    }
}

/// The article's blocks, as the markup shows them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Content {
    /// One verdict per block of the document.
    pub verdicts: Vec<Verdict>,
    /// The source byte range of the element holding the article.
    pub container: Option<newsclip_text::Span>,
    /// The index of the first block of the article's container, and one past its last.
    pub blocks: core::ops::Range<usize>,
    /// The page's headline block, when it is a visible `<h1>` (or the first heading) near the
    /// article.
    pub headline: Option<usize>,
}

/// What the markup rules find on a page: the hints each element carries once layout words are
/// discounted, the prose under each element, the article's container, and the rules' verdicts.
/// The container model reads it as features.
pub(crate) struct Analysis {
    /// Each element's own hints, layout words discounted.
    pub(crate) own: Vec<Hints>,
    /// Each element's hints and its ancestors', layout words discounted.
    pub(crate) inherited: Vec<Hints>,
    /// The prose under each element.
    pub(crate) prose: Vec<f32>,
    /// The element holding the article.
    pub(crate) container: u32,
    /// The rules' verdict on each block.
    pub(crate) verdicts: Vec<Verdict>,
    /// The container's first block, and one past its last.
    pub(crate) blocks: core::ops::Range<usize>,
    /// The headline block.
    pub(crate) headline: Option<usize>,
}

impl Analysis {
    /// The findings as [`Content`].
    pub(crate) fn content(&self, document: &Document) -> Content {
        Content {
            verdicts: self.verdicts.clone(),
            container: Some(document.nodes[self.container as usize].source),
            blocks: self.blocks.clone(),
            headline: self.headline,
        }
    }

    /// The findings with `container` as the article's element.
    fn with_container(mut self, document: &Document, container: u32) -> Analysis {
        if container != self.container {
            let (verdicts, blocks) = verdicts(document, &self.own, &self.inherited, container);
            self.headline = headline(document, blocks.start);
            self.verdicts = verdicts;
            self.blocks = blocks;
            self.container = container;
        }
        self
    }
}

/// Finds the article's blocks in `document`: the rules' findings, and the content with the
/// container the container model prefers. The metadata rules read the first.
pub(crate) fn find(document: &Document) -> (Content, Content) {
    let analysis = analyse(document);
    let rules = analysis.content(document);
    let chosen = choose(document, &analysis);
    (rules, analysis.with_container(document, chosen).content(document))
}

/// The candidate the container model scores best, or the rules' container.
fn choose(document: &Document, analysis: &Analysis) -> u32 {
    let model = crate::model::Model::shipped();
    if model.is_trivial() {
        return analysis.container;
    }
    let candidates = crate::features::candidates(document, analysis);
    let mut best: Option<(f32, u32)> = None;
    for (&id, features) in candidates.ids.iter().zip(&candidates.features) {
        let score = model.score(features);
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, id));
        }
    }
    best.map_or(analysis.container, |(_, id)| id)
}

/// Applies the markup rules to `document`.
pub(crate) fn analyse(document: &Document) -> Analysis {
    let nodes = &document.nodes;
    let own = effective_hints(document);
    let mut inherited = own.clone();
    for (id, node) in nodes.iter().enumerate().skip(1) {
        inherited[id] = own[id] | inherited[node.parent as usize];
    }
    let mut prose = vec![0f32; nodes.len()];
    for block in &document.blocks {
        prose[block.node as usize] += prose_score(document, block, inherited[block.node as usize]);
    }
    for id in (1..nodes.len()).rev() {
        let parent = nodes[id].parent as usize;
        prose[parent] += prose[id];
    }
    let container = container(document, &prose);
    let (verdicts, blocks) = verdicts(document, &own, &inherited, container);
    let headline = headline(document, blocks.start);
    Analysis { own, inherited, prose, container, verdicts, blocks, headline }
}

/// The verdict on each block with `container` as the article's element, and the range of the
/// container's blocks.
fn verdicts(
    document: &Document,
    own: &[Hints],
    inherited: &[Hints],
    container: u32,
) -> (Vec<Verdict>, core::ops::Range<usize>) {
    let mut verdicts = Vec::with_capacity(document.blocks.len());
    let (mut first, mut last) = (usize::MAX, 0);
    for (index, block) in document.blocks.iter().enumerate() {
        let verdict = if is_inside(document, block.node, container) {
            first = first.min(index);
            last = index + 1;
            let local = hints_below(document, own, block.node, container);
            match Reason::of(local & !Hints::HEADER) {
                Some(reason) => Verdict::Removed(reason),
                None if is_link_list(document, block) => Verdict::Removed(Reason::LinkList),
                None if !has_text(document, block) => Verdict::Removed(Reason::NoText),
                None => Verdict::Content,
            }
        } else {
            Verdict::Removed(Reason::of(inherited[block.node as usize]).unwrap_or(Reason::OutsideArticle))
        };
        verdicts.push(verdict);
    }
    let blocks = if first == usize::MAX { 0..0 } else { first..last };
    (verdicts, blocks)
}

/// Whether a block has a letter or a digit.
pub(crate) fn has_text(document: &Document, block: &Block) -> bool {
    document.block_text(block).chars().any(char::is_alphanumeric)
}

/// Each element's own hints, less the furniture hints of the wrappers that hold most of the
/// page's text: a page-wide `<div class="content-sidebar-wrap">` names the layout, not what the
/// element holds. Comment hints stay: reader comments can outweigh a short article.
fn effective_hints(document: &Document) -> Vec<Hints> {
    let nodes = &document.nodes;
    let mut text = vec![0usize; nodes.len()];
    for block in &document.blocks {
        text[block.node as usize] += block.span.len();
    }
    for id in (1..nodes.len()).rev() {
        let parent = nodes[id].parent as usize;
        text[parent] += text[id];
    }
    let mut prose = vec![0f32; nodes.len()];
    for block in &document.blocks {
        prose[block.node as usize] += prose_score(document, block, Hints::NONE);
    }
    for id in (1..nodes.len()).rev() {
        let parent = nodes[id].parent as usize;
        prose[parent] += prose[id];
    }
    let total = text[0].max(1);
    let total_prose = prose[0].max(1.0);
    nodes
        .iter()
        .enumerate()
        .map(|(id, node)| {
            if text[id] * 5 > total * 2 {
                node.own & !(Hints::BOILERPLATE & !Hints::COMMENTS)
            } else if prose[id] > 0.5 * total_prose {
                node.own & !(Hints::BOILERPLATE & !(Hints::HIDDEN | Hints::COMMENTS))
            } else {
                node.own
            }
        })
        .collect()
}

/// How much a block counts as article prose.
pub(crate) fn prose_score(document: &Document, block: &Block, hints: Hints) -> f32 {
    if matches!(block.kind, BlockKind::Heading(_)) {
        return 0.0;
    }
    // White space in a block is collapsed to single spaces.
    let text = document.block_text(block);
    let words = (text.bytes().filter(|&b| b == b' ').count() + 1) as f32;
    let density = block.link_density();
    if words < 8.0 || density > 0.5 {
        return 0.0;
    }
    let mut score = words * (1.0 - density);
    if hints.intersects(Hints::BOILERPLATE) {
        score *= 0.1;
    }
    score
}

/// The element holding the article (see the module docs).
fn container(document: &Document, prose: &[f32]) -> u32 {
    let nodes = &document.nodes;
    // The child with the most prose, for each element.
    let mut best_child = vec![0u32; nodes.len()];
    for (id, node) in nodes.iter().enumerate().skip(1) {
        let parent = node.parent as usize;
        if best_child[parent] == 0 || prose[id] > prose[best_child[parent] as usize] {
            best_child[parent] = id as u32;
        }
    }
    let total = prose[0];
    if total <= 0.0 {
        return 0;
    }
    // A marked article holding most of the page's prose.
    let marked = nodes
        .iter()
        .enumerate()
        .filter(|(id, n)| n.own.intersects(Hints::ARTICLE) && prose[*id] >= 0.6 * total)
        .max_by(|(a, _), (b, _)| prose[*a].total_cmp(&prose[*b]).then(b.cmp(a)));
    let mut current = marked.map_or(0, |(id, _)| id as u32);
    loop {
        let child = best_child[current as usize];
        if child == 0 || prose[child as usize] < DESCEND_SHARE * prose[current as usize] {
            break;
        }
        if nodes[child as usize].tag == Tag::P {
            break;
        }
        current = child;
    }
    current
}

/// Whether `node` is `ancestor` or inside it.
pub(crate) fn is_inside(document: &Document, mut node: u32, ancestor: u32) -> bool {
    loop {
        if node == ancestor {
            return true;
        }
        if node == 0 {
            return false;
        }
        node = document.nodes[node as usize].parent;
    }
}

/// The hints of the elements from `node` up to `ancestor`, exclusive.
pub(crate) fn hints_below(document: &Document, own: &[Hints], mut node: u32, ancestor: u32) -> Hints {
    let mut hints = Hints::NONE;
    while node != ancestor && node != 0 {
        hints |= own[node as usize];
        node = document.nodes[node as usize].parent;
    }
    hints
}

/// A list item made of links: a menu or a list of other stories.
pub(crate) fn is_link_list(document: &Document, block: &Block) -> bool {
    block.kind == BlockKind::ListItem
        && block.link_density() > 0.7
        && document.block_text(block).split_whitespace().count() < 30
}

/// The headline block: the last `<h1>` before the article's first block, or its first `<h1>`.
fn headline(document: &Document, first: usize) -> Option<usize> {
    let is_h1 = |b: &Block| b.kind == BlockKind::Heading(1) && !b.hints.intersects(Hints::HIDDEN | Hints::NAVIGATION);
    document.blocks[..first.min(document.blocks.len())]
        .iter()
        .rposition(is_h1)
        .or_else(|| document.blocks.iter().position(is_h1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of the blocks `html`'s content finder keeps.
    pub(crate) fn kept(html: &str) -> Vec<String> {
        let page = crate::read(html.as_bytes(), None);
        page.blocks
            .iter()
            .zip(&page.content.verdicts)
            .filter(|(_, v)| **v == Verdict::Content)
            .map(|(b, _)| page.block_text(b).to_owned())
            .collect()
    }

    /// The verdict of the block whose text starts with `start`.
    pub(crate) fn verdict_of(html: &str, start: &str) -> Option<Verdict> {
        let page = crate::read(html.as_bytes(), None);
        let index = page.blocks.iter().position(|b| page.block_text(b).starts_with(start))?;
        page.content.verdicts.get(index).copied()
    }

    const PROSE: &str = "The council approved the budget on Tuesday after a long and heated debate in the chamber.";

    #[test]
    fn comments_that_outweigh_the_article_stay_comments() {
        let comment = "I have lived in this city for thirty years and I have never seen a budget debate like this one.";
        let comments: String = (0..12).map(|i| format!("<li><p>Reader {i} says</p><p>{comment}</p></li>")).collect();
        let html = format!(
            "<body><div class=wrap><div class=entry><p>{PROSE}</p><p>{PROSE}</p></div>\
             <ol class=comment-list>{comments}</ol></div></body>"
        );
        assert_eq!(kept(&html).len(), 2);
        assert_eq!(verdict_of(&html, "I have lived"), Some(Verdict::Removed(Reason::Comments)));
    }
}
