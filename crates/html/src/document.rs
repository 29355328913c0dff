//! What reading a page returns: the [`Document`], its [`Block`]s and their kinds.

use newsclip_text::Span;

use crate::charset::Charset;
use crate::content::Content;
use crate::hints::Hints;
use crate::metadata::Metadata;
use crate::tags::Tag;

/// A page read from its HTML: its text rendering, the blocks of that rendering with their markup
/// evidence, and the metadata its markup states.
///
/// The rendering ([`text`](Self::text)) is the page's `<title>` on the first line, then one line
/// per block of visible text in document order: paragraphs, headings, list items, table cells,
/// captions, lines broken by `<br>`. Whitespace is collapsed as a browser collapses it (`<pre>`
/// keeps its lines), character references are decoded, and scripts, styles, templates, SVG
/// and form controls are left out. Text hidden by its markup (`hidden`, `aria-hidden`,
/// `display:none`, a hiding class) is rendered with [`Hints::HIDDEN`]: streaming renderers
/// hide a whole article until a script moves it into place, so only the content finder decides.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// The rendering: the title line, then one line per block.
    pub text: String,
    /// The `<title>` line of [`text`](Self::text), when the page has a title.
    pub title: Option<Span>,
    /// The blocks of [`text`](Self::text), in order.
    pub blocks: Vec<Block>,
    /// Which blocks are the article, as the markup shows them.
    pub content: Content,
    /// What the page's markup states about the article.
    pub metadata: Metadata,
    /// The character encoding the page was decoded with.
    pub charset: Option<Charset>,
    /// The elements, for the content finder: index 0 is the document.
    pub(crate) nodes: Vec<Node>,
}

impl Document {
    /// The text of a block.
    #[must_use]
    pub fn block_text(&self, block: &Block) -> &str {
        block.span.get(&self.text).unwrap_or("")
    }

    /// The block whose line holds byte `offset` of [`text`](Self::text).
    #[must_use]
    pub fn block_at(&self, offset: usize) -> Option<usize> {
        let index = self.blocks.partition_point(|b| b.span.end < offset);
        self.blocks.get(index).filter(|b| b.span.start <= offset && offset <= b.span.end).map(|_| index)
    }
}

/// One block of a page's rendering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Block {
    /// Where the block is in [`Document::text`] (one line, trimmed).
    pub span: Span,
    /// The byte range in the original HTML that the block was rendered from: its element, start
    /// tag to end tag, when the block is the whole element; else from its first to its last byte
    /// of text.
    pub source: Span,
    /// What kind of element the block is.
    pub kind: BlockKind,
    /// What the markup of the block's element and its ancestors says.
    pub hints: Hints,
    /// What the markup of the inline elements inside the block says (a `byline` span in a
    /// `Posted on … by …` line).
    pub inner_hints: Hints,
    /// Bytes of the block's text inside links.
    pub link_bytes: usize,
    /// The element the block's text starts in.
    pub(crate) node: u32,
}

impl Block {
    /// The share of the block's text inside links, from 0 to 1.
    #[must_use]
    pub fn link_density(&self) -> f32 {
        if self.span.is_empty() {
            0.0
        } else {
            (self.link_bytes as f32 / self.span.len() as f32).min(1.0)
        }
    }
}

/// What kind of element a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BlockKind {
    /// A paragraph (`<p>`), or text directly in a container.
    Paragraph,
    /// A heading, `<h1>` to `<h6>` (the level).
    Heading(u8),
    /// A list item or a definition term or description.
    ListItem,
    /// A block quotation.
    Quote,
    /// A line of preformatted text.
    Preformatted,
    /// A figure caption or table caption.
    Caption,
    /// A table cell.
    TableCell,
    /// Any other block-level element (`<div>`, `<section>` …).
    Other,
}

impl BlockKind {
    pub(crate) fn of(tag: Tag) -> BlockKind {
        match tag {
            Tag::P => BlockKind::Paragraph,
            Tag::Heading(level) => BlockKind::Heading(level),
            Tag::Li | Tag::Dt | Tag::Dd => BlockKind::ListItem,
            Tag::Blockquote => BlockKind::Quote,
            Tag::Pre => BlockKind::Preformatted,
            Tag::Figcaption | Tag::Caption => BlockKind::Caption,
            Tag::Cell => BlockKind::TableCell,
            _ => BlockKind::Other,
        }
    }
}

/// An element of the page, as the content finder sees it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Node {
    pub(crate) tag: Tag,
    pub(crate) parent: u32,
    /// The element's own hints.
    pub(crate) own: Hints,
    /// Its own hints and those of all its ancestors.
    pub(crate) hints: Hints,
    /// Start tag to end tag in the original HTML.
    pub(crate) source: Span,
    /// Whether the element is a link: an `<a>` with an `href`.
    pub(crate) link: bool,
    /// Its tag and class as one number: siblings that repeat it are items of one list.
    pub(crate) signature: u32,
}
