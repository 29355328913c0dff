//! What the container model reads of each candidate element: how much text, prose and links it
//! holds and how they divide among its children, its tag and markup hints and those above it,
//! what furniture it holds, where it stands on the page and against the headline, and how it
//! relates to the element the markup rules chose. Every feature is a number computed in linear
//! time over the page; see [`FEATURE_NAMES`].
//!
//! The candidates are the elements above blocks of prose (and above the headline): an article
//! is one of them, or holds one of them.

use std::collections::HashMap;

use crate::content::{self, Analysis};
use crate::document::{BlockKind, Document};
use crate::hints::Hints;
use crate::tags::Tag;

macro_rules! feature_names {
    ($($name:literal,)*) => {
        /// The names of the features of a candidate container, in the order the container
        /// model reads them.
        pub const FEATURE_NAMES: &[&str] = &[$($name,)*];
    };
}

feature_names! {
    // What it holds.
    "prose_share", "plain_prose_share", "words_share", "link_density", "prose_words", "blocks", "words",
    "headings", "list_items", "table_cells", "short_blocks", "furniture_inside", "sentence_ends",
    // How its text divides.
    "parent_share", "best_child_share", "prose_children", "repeats",
    // Its tag.
    "depth", "tag_article", "tag_main", "tag_section", "tag_div", "tag_table", "tag_list", "tag_body",
    "tag_p",
    // Its own hints.
    "own_content", "own_article", "own_main", "own_comments", "own_sidebar", "own_navigation",
    "own_header", "own_footer", "own_related", "own_hidden",
    // The hints above it.
    "under_furniture", "under_comments", "under_sidebar", "under_article", "under_main",
    // Where it stands.
    "first_position", "last_position", "has_headline", "headline_before", "h1_inside",
    "has_title", "title_before", "title_match",
    // Against the rules' choice.
    "rule_container", "rule_ancestor", "rule_descendant", "rule_distance",
    // The page.
    "page_words", "page_prose",
}

/// How many features a candidate has.
pub const FEATURES: usize = FEATURE_NAMES.len();

/// The text measures of one block.
#[derive(Clone, Copy, Default)]
pub(crate) struct TextStats {
    pub(crate) words: f32,
    pub(crate) sentence_end: bool,
}

impl TextStats {
    pub(crate) fn of(text: &str) -> TextStats {
        // White space in a block is collapsed to single spaces.
        let words = if text.is_empty() { 0.0 } else { (text.bytes().filter(|&b| b == b' ').count() + 1) as f32 };
        let last = text.trim_end_matches(['"', '\'', ')', '”', '’', '»', ']']).chars().next_back();
        TextStats { words, sentence_end: matches!(last, Some('.' | '!' | '?' | '…')) }
    }
}

/// What each element would keep as the article's container: sums over the blocks beneath it
/// with no furniture element between (and no link-list item or block without letters), as the
/// markup rules keep them.
pub(crate) struct Subtree {
    pub(crate) words: Vec<f32>,
    /// Words of every block beneath it, kept or not.
    pub(crate) all_words: Vec<f32>,
    /// The kept blocks' prose, without discount for furniture above.
    pub(crate) prose: Vec<f32>,
    /// The prose of every block of the page.
    pub(crate) all_prose: f32,
    pub(crate) link_words: Vec<f32>,
    pub(crate) blocks: Vec<f32>,
    /// Words of blocks that read like prose, whatever their markup.
    pub(crate) prose_words: Vec<f32>,
    pub(crate) headings: Vec<f32>,
    pub(crate) h1s: Vec<f32>,
    pub(crate) list_items: Vec<f32>,
    pub(crate) table_cells: Vec<f32>,
    pub(crate) short_blocks: Vec<f32>,
    pub(crate) sentence_ends: Vec<f32>,
    /// The first and one past the last block beneath it, kept or not.
    pub(crate) first: Vec<u32>,
    pub(crate) last: Vec<u32>,
    /// How many siblings share the element's tag and class, itself included.
    pub(crate) repeats: Vec<f32>,
    /// Depth below the document.
    pub(crate) depth: Vec<u32>,
}

impl Subtree {
    pub(crate) fn of(document: &Document, own: &[Hints]) -> Subtree {
        let n = document.nodes.len();
        let zeros = || vec![0f32; n];
        let mut t = Subtree {
            words: zeros(),
            all_words: zeros(),
            prose: zeros(),
            all_prose: 0.0,
            link_words: zeros(),
            blocks: zeros(),
            prose_words: zeros(),
            headings: zeros(),
            h1s: zeros(),
            list_items: zeros(),
            table_cells: zeros(),
            short_blocks: zeros(),
            sentence_ends: zeros(),
            first: vec![u32::MAX; n],
            last: vec![0; n],
            repeats: vec![1.0; n],
            depth: vec![0; n],
        };
        for (index, block) in document.blocks.iter().enumerate() {
            let node = block.node as usize;
            let stats = TextStats::of(document.block_text(block));
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            t.first[node] = t.first[node].min(index);
            t.last[node] = t.last[node].max(index.saturating_add(1));
            t.all_words[node] += stats.words;
            t.all_prose += content::prose_score(document, block, Hints::NONE);
            if content::is_link_list(document, block) || !content::has_text(document, block) {
                continue;
            }
            t.words[node] += stats.words;
            t.link_words[node] += stats.words * block.link_density();
            t.blocks[node] += 1.0;
            let prose = content::prose_score(document, block, Hints::NONE);
            t.prose[node] += prose;
            if prose > 0.0 {
                t.prose_words[node] += stats.words;
            }
            match block.kind {
                BlockKind::Heading(level) => {
                    t.headings[node] += 1.0;
                    if level == 1 {
                        t.h1s[node] += 1.0;
                    }
                }
                BlockKind::ListItem => t.list_items[node] += 1.0,
                BlockKind::TableCell => t.table_cells[node] += 1.0,
                _ => {}
            }
            if stats.words < 5.0 {
                t.short_blocks[node] += 1.0;
            }
            if stats.sentence_end {
                t.sentence_ends[node] += 1.0;
            }
        }
        let furniture = Hints::BOILERPLATE & !Hints::HEADER;
        for id in (1..n).rev() {
            let parent = document.nodes[id].parent as usize;
            t.all_words[parent] += t.all_words[id];
            t.first[parent] = t.first[parent].min(t.first[id]);
            t.last[parent] = t.last[parent].max(t.last[id]);
            if own[id].intersects(furniture) {
                continue;
            }
            for sums in [
                &mut t.words,
                &mut t.prose,
                &mut t.link_words,
                &mut t.blocks,
                &mut t.prose_words,
                &mut t.headings,
                &mut t.h1s,
                &mut t.list_items,
                &mut t.table_cells,
                &mut t.short_blocks,
                &mut t.sentence_ends,
            ] {
                sums[parent] += sums[id];
            }
        }
        for (id, node) in document.nodes.iter().enumerate().skip(1) {
            t.depth[id] = t.depth[node.parent as usize] + 1;
        }
        let mut counts: HashMap<(u32, u32), u32> = HashMap::with_capacity(n);
        for node in document.nodes.iter().skip(1) {
            *counts.entry((node.parent, node.signature)).or_insert(0) += 1;
        }
        for (id, node) in document.nodes.iter().enumerate().skip(1) {
            t.repeats[id] = counts.get(&(node.parent, node.signature)).copied().unwrap_or(1) as f32;
        }
        t
    }
}

/// The candidate containers of a page and their features.
pub(crate) struct Candidates {
    pub(crate) ids: Vec<u32>,
    pub(crate) features: Vec<[f32; FEATURES]>,
    /// The first block of each candidate and one past its last.
    pub(crate) ranges: Vec<core::ops::Range<usize>>,
}

/// `ln(1 + x)`: counts spread over orders of magnitude.
fn log(x: f32) -> f32 {
    x.max(0.0).ln_1p()
}

/// The candidate containers of `document` and their features, as the rules of `analysis` see
/// the page.
pub(crate) fn candidates(document: &Document, analysis: &Analysis) -> Candidates {
    let nodes = &document.nodes;
    let n = nodes.len();
    let t = Subtree::of(document, &analysis.own);
    // The candidates: every element above a block of prose or the headline, and the rules' choice.
    let mut candidate = vec![false; n];
    let mut mark = |mut node: u32| loop {
        if candidate[node as usize] {
            break;
        }
        candidate[node as usize] = true;
        if node == 0 {
            break;
        }
        node = nodes[node as usize].parent;
    };
    for block in &document.blocks {
        if content::prose_score(document, block, Hints::NONE) > 0.0 {
            mark(block.node);
        }
    }
    if let Some(headline) = analysis.headline.and_then(|h| document.blocks.get(h)) {
        mark(headline.node);
    }
    let title = title_block(document);
    if let Some((index, _)) = title {
        mark(document.blocks[index].node);
    }
    mark(analysis.container);
    // Prose under the best child, and children with prose.
    let mut best_child = vec![0f32; n];
    let mut prose_children = vec![0f32; n];
    for (id, node) in nodes.iter().enumerate().skip(1) {
        let parent = node.parent as usize;
        best_child[parent] = best_child[parent].max(analysis.prose[id]);
        if analysis.prose[id] > 0.0 {
            prose_children[parent] += 1.0;
        }
    }
    // Elements come in document order, each before its descendants: a subtree is a run of ids.
    let mut size = vec![1u32; n];
    for id in (1..n).rev() {
        size[nodes[id].parent as usize] += size[id];
    }
    let inside = |node: usize, ancestor: usize| node >= ancestor && node < ancestor + size[ancestor] as usize;
    let rule = analysis.container;
    let headline_start = analysis.headline.map(|h| h as f32);
    let total_prose = analysis.prose[0].max(1.0);
    let total_plain = t.all_prose.max(1.0);
    let total_words = t.all_words[0].max(1.0);
    let blocks = document.blocks.len().max(1) as f32;
    let mut out = Candidates { ids: Vec::new(), features: Vec::new(), ranges: Vec::new() };
    // An element inside furniture markup (or furniture itself) holds no article when another can.
    let furniture = Hints::BOILERPLATE & !Hints::HEADER;
    let clean = |id: usize| !analysis.inherited[id].intersects(furniture);
    let any_kept = (0..n).any(|id| candidate[id] && t.words[id] > 0.0);
    let any_clean = (0..n).any(|id| candidate[id] && t.words[id] > 0.0 && clean(id));
    for id in (0..n).filter(|&id| candidate[id] && (t.words[id] > 0.0 || !any_kept) && (clean(id) || !any_clean)) {
        let node = &nodes[id];
        let parent = node.parent as usize;
        let own = analysis.own[id];
        let above = if id == 0 { Hints::NONE } else { analysis.inherited[parent] };
        let words = t.words[id].max(1.0);
        let count = t.blocks[id].max(1.0);
        let mut row = [0f32; FEATURES];
        let mut slots = row.iter_mut();
        let mut put = |value: f32| {
            if let Some(slot) = slots.next() {
                *slot = value;
            }
        };
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        // What it holds.
        put(analysis.prose[id] / total_prose);
        put(t.prose[id] / total_plain);
        put(t.words[id] / total_words);
        put(t.link_words[id] / words);
        put(t.prose_words[id] / words);
        put(log(t.blocks[id]));
        put(log(t.words[id]));
        put(t.headings[id] / count);
        put(t.list_items[id] / count);
        put(t.table_cells[id] / count);
        put(t.short_blocks[id] / count);
        put(1.0 - t.words[id] / t.all_words[id].max(1.0));
        put(t.sentence_ends[id] / count);
        // How its text divides.
        put(if id == 0 { 1.0 } else { analysis.prose[id] / analysis.prose[parent].max(1e-3) });
        put(best_child[id] / analysis.prose[id].max(1e-3));
        put(log(prose_children[id]));
        put(log(t.repeats[id] - 1.0));
        // Its tag.
        put(log(t.depth[id] as f32));
        put(flag(node.tag == Tag::Article));
        put(flag(node.tag == Tag::Main));
        put(flag(node.tag == Tag::Section));
        put(flag(node.tag == Tag::Div));
        put(flag(matches!(node.tag, Tag::Table | Tag::TableSection | Tag::Tr | Tag::Cell)));
        put(flag(matches!(node.tag, Tag::Ul | Tag::Ol | Tag::Li | Tag::Dl)));
        put(flag(matches!(node.tag, Tag::Body | Tag::Html)));
        put(flag(node.tag == Tag::P));
        // Its own hints.
        for hint in [
            Hints::CONTENT,
            Hints::ARTICLE,
            Hints::MAIN,
            Hints::COMMENTS,
            Hints::SIDEBAR,
            Hints::NAVIGATION,
            Hints::HEADER,
            Hints::FOOTER,
            Hints::RELATED,
            Hints::HIDDEN,
        ] {
            put(flag(own.contains(hint)));
        }
        // The hints above it.
        put(flag(above.intersects(Hints::BOILERPLATE & !Hints::HEADER)));
        put(flag(above.contains(Hints::COMMENTS)));
        put(flag(above.contains(Hints::SIDEBAR)));
        put(flag(above.contains(Hints::ARTICLE)));
        put(flag(above.contains(Hints::MAIN)));
        // Where it stands.
        let (first, last) = (t.first[id] as f32, t.last[id] as f32);
        put(if t.first[id] == u32::MAX { 1.0 } else { first / blocks });
        put(last / blocks);
        put(flag(headline_start.is_some_and(|h| h >= first && h < last)));
        put(headline_start.map_or(-1.0, |h| if h < first { log(first - h) } else { -1.0 }));
        put(flag(t.h1s[id] > 0.0));
        let title_at = title.map(|(index, _)| index as f32);
        put(flag(title_at.is_some_and(|h| h >= first && h < last)));
        put(title_at.map_or(-1.0, |h| if h < first { log(first - h) } else { -1.0 }));
        put(title.map_or(0.0, |(_, dice)| dice));
        // Against the rules' choice.
        let rule = rule as usize;
        put(flag(id == rule));
        put(flag(inside(rule, id) && id != rule));
        put(flag(inside(id, rule) && id != rule));
        put(log(t.depth[id].abs_diff(t.depth[rule]) as f32));
        // The page.
        put(log(total_words));
        put(log(total_prose));
        out.ids.push(id as u32);
        out.features.push(row);
        out.ranges.push(if t.first[id] == u32::MAX { 0..0 } else { t.first[id] as usize..t.last[id] as usize });
    }
    out
}

/// The block that repeats the page's `<title>` best, with how well: the highest Dice
/// coefficient of its words with those of the title or of one of its parts (a title joins the
/// headline to the site's name: `Headline | Site`), a little more for a heading and for the
/// title's first part, less for a line in the page's header, menus, footer or sidebar, where the
/// site's name stands. A block qualifies when it is a heading or a short line that shares at
/// least half its words with the title.
fn title_block(document: &Document) -> Option<(usize, f32)> {
    let title = document.title.and_then(|t| t.get(&document.text))?;
    let words = |text: &str| -> Vec<String> {
        let mut words: Vec<String> =
            text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        words.sort_unstable();
        words.dedup();
        words
    };
    let mut parts: Vec<Vec<String>> = vec![words(title)];
    parts.extend(
        title.split(['|', '–', '—', '»', '·']).flat_map(|p| p.split(" - ")).flat_map(|p| p.split(": ")).map(words),
    );
    parts.retain(|p| !p.is_empty());
    let first_part = parts.get(1).cloned();
    let title_words = parts.first()?.clone();
    let elsewhere = Hints::HEADER | Hints::NAVIGATION | Hints::FOOTER | Hints::SIDEBAR;
    let mut best: Option<(usize, f32)> = None;
    for (index, block) in document.blocks.iter().enumerate() {
        let heading = matches!(block.kind, BlockKind::Heading(_)) || block.hints.contains(Hints::HEADLINE);
        // Titles run to a few dozen words; longer blocks are text.
        if block.span.len() > 300 || block.hints.contains(Hints::HIDDEN) {
            continue;
        }
        let block_words = words(document.block_text(block));
        if block_words.is_empty() || (!heading && block_words.len() < 3) {
            continue;
        }
        let common = |part: &[String]| block_words.iter().filter(|w| part.binary_search(w).is_ok()).count();
        if common(&title_words) * 2 < block_words.len() {
            continue;
        }
        let dice = |part: &Vec<String>| 2.0 * common(part) as f32 / (block_words.len() + part.len()) as f32;
        let (best_part, dice) = parts.iter().map(|part| (part, dice(part))).fold((&title_words, 0.0), |best, next| {
            if next.1 > best.1 {
                next
            } else {
                best
            }
        });
        if dice < 0.4 {
            continue;
        }
        let mut score = dice;
        if heading {
            score += 0.1;
        }
        if first_part.as_ref() == Some(best_part) && parts.len() > 2 {
            score += 0.05;
        }
        if block.hints.intersects(elsewhere) {
            score -= 0.3;
        }
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((index, score));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_the_elements_above_prose() {
        let page = crate::read(
            b"<body><nav><a href=/>Home</a></nav><div id=main><article><h1>A headline</h1>\
              <p>One sentence of prose, long enough to count as the article's own text.</p>\
              <p>Another sentence of prose that is long enough to count as well.</p></article></div></body>",
            None,
        );
        let analysis = content::analyse(&page);
        let found = candidates(&page, &analysis);
        // The document, body, div, article, its headline and paragraphs; not the nav.
        let tags: Vec<Tag> = found.ids.iter().map(|&id| page.nodes[id as usize].tag).collect();
        for tag in [Tag::Html, Tag::Body, Tag::Div, Tag::Article, Tag::Heading(1), Tag::P] {
            assert!(tags.contains(&tag), "{tag:?} in {tags:?}");
        }
        assert!(!tags.contains(&Tag::Nav));
        let index = |name: &str| FEATURE_NAMES.iter().position(|n| *n == name).expect("a feature");
        let article = found.ids.iter().position(|&id| page.nodes[id as usize].tag == Tag::Article).expect("article");
        let row = &found.features[article];
        assert_eq!(row[index("tag_article")], 1.0);
        assert_eq!(row[index("has_headline")], 1.0);
        assert!((row[index("prose_share")] - 1.0).abs() < 1e-6);
        assert_eq!(row[index("rule_container")], 1.0);
        // The last feature is written for every candidate, so every one before it is too.
        assert!(found.features.iter().all(|row| row[FEATURES - 1] > 0.0));
    }

    #[test]
    fn candidates_inside_furniture_give_way() {
        let prose = "A sentence of prose that is long enough to count as text of its own.";
        let html = format!(
            "<body><div class=story><p>{prose}</p><p>{prose}</p></div><aside><div><p>{prose}</p></div></aside></body>"
        );
        let page = crate::read(html.as_bytes(), None);
        let found = candidates(&page, &content::analyse(&page));
        assert!(found.ids.iter().all(|&id| !page.nodes[id as usize].hints.contains(Hints::SIDEBAR)));
    }

    #[test]
    fn the_title_block_prefers_the_headline_to_the_site_name() {
        let page = crate::read(
            b"<title>Council Backs Budget | City Times</title><header><h1>City Times</h1></header>\
              <h2>Council Backs Budget</h2><p>Text.</p>",
            None,
        );
        let (index, _) = title_block(&page).expect("a title block");
        assert_eq!(page.block_text(&page.blocks[index]), "Council Backs Budget");
    }
}
