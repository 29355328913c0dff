//! Reads a page with `lol_html` and renders it into a [`Document`]: the element tree the content
//! finder needs, the text blocks, and the raw metadata (meta tags, JSON-LD, `<time>` elements).
//!
//! `lol_html` tokenizes as the HTML standard says and tells, from the tree-construction states
//! that steer the tokenizer, which text is markup, which is data and which is raw script or style.
//! It does not build a tree, and calls an element's end-tag handler only for an end tag that is
//! in the source. So [`Builder`] keeps its own stack of open elements and applies the standard's
//! implied end tags that shape text blocks: a block start closes an open `<p>`, `<li>` closes the
//! previous `<li>`, `<dt>`/`<dd>` close each other, a cell or row closes the open cell or row of
//! its table, a heading closes an open heading, `<a>` closes an open `<a>`, and an end tag closes
//! every element opened after its own start tag.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use lol_html::html_content::{Element, EndTag, TextChunk, TextType};
use lol_html::{doc_text, element, AsciiCompatibleEncoding, HtmlRewriter, Settings};
use newsclip_text::Span;

use crate::charset::Charset;
use crate::document::{Block, BlockKind, Document, Node};
use crate::hints::Hints;
use crate::metadata::{RawMeta, TimeMark};
use crate::tags::Tag;
use crate::words::hints_of_names;

/// Reads `html` (in `charset`) into a document without metadata decisions.
pub(crate) fn parse(html: &[u8], charset: Charset) -> (Document, RawMeta) {
    let builder = Rc::new(RefCell::new(Builder::new()));
    let decoded;
    let repaired =
        if charset.encoding == encoding_rs::UTF_8 { crate::charset::undo_double_encoding(html) } else { None };
    let (input, encoding) = match AsciiCompatibleEncoding::new(charset.encoding) {
        Some(encoding) => match &repaired {
            Some(repair) => (repair.bytes.as_slice(), encoding),
            None => (html, encoding),
        },
        None => {
            // UTF-16 and friends: decode first; source ranges then index the UTF-8 text.
            decoded = charset.encoding.decode_without_bom_handling(html).0.into_owned();
            (decoded.as_bytes(), AsciiCompatibleEncoding::utf_8())
        }
    };
    {
        let on_element = Rc::clone(&builder);
        let on_text = Rc::clone(&builder);
        let settings = Settings::new()
            .with_encoding(encoding)
            .with_strict(false)
            .append_element_content_handler(element!("*", move |el| {
                start_tag(&on_element, el);
                Ok(())
            }))
            .append_document_content_handler(doc_text!(move |chunk| {
                on_text.borrow_mut().text(chunk);
                Ok(())
            }));
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        // Handlers never fail and memory is unbounded, so the rewriter has no error to report;
        // were it to stop early, what was read so far is still a valid document.
        let _ = rewriter.write(input).and_then(|()| rewriter.end());
    }
    let mut builder = builder.borrow_mut();
    builder.finish(input.len());
    let mut builder = std::mem::take(&mut *builder);
    if let Some(repair) = &repaired {
        for block in &mut builder.blocks {
            block.source = repair.original(block.source);
        }
        for node in &mut builder.nodes {
            node.source = repair.original(node.source);
        }
    }
    builder.into_document(charset)
}

/// Handles a start tag: hands it to the builder and asks to hear of its end tag.
fn start_tag(builder: &Rc<RefCell<Builder>>, el: &mut Element<'_, '_>) {
    let source = el.source_location().bytes();
    let name = el.tag_name();
    let tag = Tag::of(&name);
    let attributes = Attributes::read(el, tag);
    let node = builder.borrow_mut().open(tag, &attributes, Span::new(source.start, source.end), el.can_have_content());
    if let Some(node) = node {
        if let Some(handlers) = el.end_tag_handlers() {
            let builder = Rc::clone(builder);
            handlers.push(Box::new(move |end: &mut EndTag<'_>| {
                builder.borrow_mut().close(node, end.source_location().bytes().end, true);
                Ok(())
            }));
        }
    }
}

/// The attributes the builder reads, decoded.
#[derive(Default)]
struct Attributes {
    class: Option<String>,
    id: Option<String>,
    role: Option<String>,
    itemprop: Option<String>,
    itemtype: Option<String>,
    hidden: bool,
    /// `name`, `property`, `http-equiv` or `itemprop` of a `<meta>`.
    meta_key: Option<String>,
    content: Option<String>,
    rel: Option<String>,
    href: Option<String>,
    datetime: Option<String>,
    lang: Option<String>,
    script_type: Option<String>,
    pubdate: bool,
    /// An `<a>` with an `href`: a link (`<a name>` is an anchor, its text no link text).
    link: bool,
}

impl Attributes {
    fn read(el: &Element<'_, '_>, tag: Tag) -> Attributes {
        let mut a = Attributes::default();
        let (mut property, mut name, mut http_equiv, mut datetime) = (None, None, None, None);
        for attribute in el.attributes() {
            let key = attribute.name();
            let value = || decode_attribute(&attribute.value());
            match key.as_str() {
                "class" => a.class = Some(value()),
                "id" => a.id = Some(value()),
                "role" => a.role = Some(value()),
                "itemprop" => a.itemprop = Some(value()),
                "itemtype" => a.itemtype = Some(value()),
                "hidden" => a.hidden = true,
                "aria-hidden" => a.hidden |= attribute.value().trim().eq_ignore_ascii_case("true"),
                "style" => a.hidden |= hides(&attribute.value()),
                "content" => a.content = Some(value()),
                "datetime" => datetime = Some(value()),
                "property" if tag == Tag::Meta => property = Some(value()),
                "name" if tag == Tag::Meta => name = Some(value()),
                "http-equiv" if tag == Tag::Meta => http_equiv = Some(value()),
                "rel" if matches!(tag, Tag::Link | Tag::A) => a.rel = Some(value()),
                "href" if tag == Tag::Link => a.href = Some(value()),
                "href" if tag == Tag::A => a.link = true,
                "pubdate" if tag == Tag::Time => a.pubdate = true,
                "lang" | "xml:lang" if tag == Tag::Html && a.lang.is_none() => a.lang = Some(value()),
                "type" if tag == Tag::Hidden => a.script_type = Some(value()),
                _ => {}
            }
        }
        if tag == Tag::Meta {
            a.meta_key = property.or(name).or(http_equiv).or_else(|| a.itemprop.clone());
        } else if tag == Tag::Time {
            a.datetime = datetime;
        } else if a.itemprop.is_some() {
            a.content = a.content.take().or(datetime);
        }
        a
    }

    /// The element's tag and class as one number (FNV-1a): items of a list of comments or
    /// teasers repeat it.
    fn signature(&self, tag: Tag) -> u32 {
        let mut hasher = Fnv(0x811c_9dc5);
        tag.hash(&mut hasher);
        self.class.as_deref().unwrap_or("").hash(&mut hasher);
        hasher.0
    }

    /// What the attributes say about the element; `cache` holds the hints of class and id
    /// values already seen on the page (sites repeat the same few).
    fn hints(&self, tag: Tag, cache: &mut HashMap<String, Hints>) -> Hints {
        let mut hints = match tag {
            Tag::Article => Hints::ARTICLE,
            Tag::Main => Hints::MAIN,
            Tag::Nav => Hints::NAVIGATION,
            Tag::Aside => Hints::SIDEBAR,
            Tag::Header => Hints::HEADER,
            Tag::Footer => Hints::FOOTER,
            Tag::Form => Hints::FORM,
            Tag::Figure => Hints::FIGURE,
            Tag::Figcaption => Hints::CAPTION,
            Tag::Table => Hints::TABLE,
            Tag::Dialog => Hints::DIALOG,
            _ => Hints::NONE,
        };
        if self.hidden {
            hints |= Hints::HIDDEN;
        }
        for names in [&self.class, &self.id].into_iter().flatten() {
            hints |= match cache.get(names.as_str()) {
                Some(&cached) => cached,
                None => {
                    let computed = hints_of_names(names);
                    cache.insert(names.clone(), computed);
                    computed
                }
            };
        }
        if let Some(role) = &self.role {
            hints |= match role.trim().to_ascii_lowercase().as_str() {
                "navigation" | "menu" | "menubar" => Hints::NAVIGATION,
                "banner" => Hints::HEADER,
                "contentinfo" => Hints::FOOTER,
                "complementary" => Hints::SIDEBAR,
                "main" => Hints::MAIN,
                "article" => Hints::ARTICLE,
                "dialog" | "alertdialog" => Hints::DIALOG,
                "form" | "search" => Hints::FORM,
                _ => Hints::NONE,
            };
        }
        if let Some(itemprop) = &self.itemprop {
            for prop in itemprop.split_ascii_whitespace() {
                hints |= match prop {
                    "articleBody" | "text" | "reviewBody" => Hints::ARTICLE | Hints::CONTENT,
                    "author" | "creator" => Hints::BYLINE,
                    "datePublished" | "dateCreated" | "dateModified" => Hints::DATE,
                    "headline" => Hints::HEADLINE,
                    "comment" => Hints::COMMENTS,
                    "keywords" => Hints::TAGS,
                    _ => Hints::NONE,
                };
            }
        }
        if self.itemtype.as_deref().is_some_and(|t| t.ends_with("Article") || t.ends_with("BlogPosting")) {
            hints |= Hints::ARTICLE;
        }
        if self.rel.as_deref().is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("author")))
        {
            hints |= Hints::BYLINE;
        }
        hints
    }
}

/// The 32-bit FNV-1a hash: small, fast and stable across runs.
struct Fnv(u32);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        u64::from(self.0)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u32::from(byte)).wrapping_mul(0x0100_0193);
        }
    }
}

/// Whether an inline style hides its element.
fn hides(style: &str) -> bool {
    let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// Decodes the character references of an attribute value.
fn decode_attribute(value: &str) -> String {
    if value.contains('&') {
        htmlize::unescape_attribute(value).into_owned()
    } else {
        value.to_owned()
    }
}

/// The text of the block being rendered.
#[derive(Default)]
struct Pending {
    text: String,
    /// A space is owed before the next character.
    space: bool,
    /// Source bytes of the block's text so far.
    source: Option<Span>,
    link_bytes: usize,
    /// The element the text started in.
    node: u32,
    /// The own hints of the elements the text came from.
    inner_hints: Hints,
}

/// Builds the document while the page streams by.
#[derive(Default)]
struct Builder {
    nodes: Vec<Node>,
    /// Open elements (indices into `nodes`), outermost first.
    stack: Vec<u32>,
    /// How many open elements hide their text, are links, keep their lines.
    hidden_open: u32,
    links_open: u32,
    pre_open: u32,
    /// The raw text of the current text node, its source bytes, and how to treat it.
    raw: String,
    raw_source: Option<Span>,
    body: String,
    blocks: Vec<Block>,
    pending: Pending,
    /// Where the last block's source ended.
    last_block_end: usize,
    /// Where the token being handled starts in the source.
    token_start: usize,
    title: Option<String>,
    in_title: bool,
    /// The open JSON-LD script, and its text.
    json_ld: Option<u32>,
    meta: RawMeta,
    hints_cache: HashMap<String, Hints>,
    /// How many elements of each kind in [`IMPLIED`] are open.
    implied_open: [u32; IMPLIED.len()],
}

/// The elements whose end a start tag may imply, by slot.
const IMPLIED: [&[Tag]; 6] =
    [&[Tag::P], &[Tag::Li], &[Tag::Dt, Tag::Dd], &[Tag::Cell], &[Tag::Tr, Tag::TableSection], &[Tag::A]];

/// The slot of [`IMPLIED`] that counts `tag`.
fn implied_slot(tag: Tag) -> Option<usize> {
    IMPLIED.iter().position(|tags| tags.contains(&tag))
}

impl Builder {
    fn new() -> Builder {
        let root = Node {
            tag: Tag::Html,
            parent: 0,
            own: Hints::NONE,
            hints: Hints::NONE,
            source: Span::empty(0),
            link: false,
            signature: 0,
        };
        Builder { nodes: vec![root], ..Builder::default() }
    }

    fn top(&self) -> u32 {
        self.stack.last().copied().unwrap_or(0)
    }

    /// Handles a start tag; returns the new element when it stays open.
    fn open(&mut self, tag: Tag, attributes: &Attributes, source: Span, can_have_content: bool) -> Option<u32> {
        self.flush_text();
        self.token_start = source.start;
        self.close_implied(tag, source.start);
        if tag.is_block() {
            self.flush_block(None, source.start);
        }
        self.read_metadata(tag, attributes);
        if matches!(tag, Tag::Br | Tag::Hr | Tag::Img | Tag::Meta | Tag::Link) || !can_have_content {
            return None;
        }
        if matches!(tag, Tag::Html | Tag::Body) && self.stack.iter().any(|&n| self.nodes[n as usize].tag == tag) {
            return None;
        }
        let parent = self.top();
        let own = attributes.hints(tag, &mut self.hints_cache);
        let hints = own | self.nodes[parent as usize].hints;
        let id = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
        let link = tag == Tag::A && attributes.link;
        let signature = attributes.signature(tag);
        self.nodes.push(Node { tag, parent, own, hints, source, link, signature });
        self.stack.push(id);
        if let Some(slot) = implied_slot(tag) {
            self.implied_open[slot] += 1;
        }
        if tag == Tag::Hidden {
            self.hidden_open += 1;
        }
        match tag {
            Tag::A if link => self.links_open += 1,
            Tag::Pre => self.pre_open += 1,
            Tag::Title if self.hidden_open == 0 && self.title.is_none() => self.in_title = true,
            Tag::Hidden if attributes.script_type.as_deref().is_some_and(|t| t.contains("ld+json")) => {
                self.json_ld = Some(id);
            }
            _ => {}
        }
        if tag == Tag::Time || own.contains(Hints::DATE) {
            let value = attributes.datetime.clone().or_else(|| attributes.content.clone());
            if let Some(value) = value {
                let published = attributes.pubdate
                    || attributes.itemprop.as_deref().is_some_and(|p| p.contains("datePublished"))
                    || attributes.class.as_deref().is_some_and(|c| c.contains("publish"));
                self.meta.times.push(TimeMark { value, hints, published });
            }
        }
        Some(id)
    }

    /// Collects what a start tag states about the page.
    fn read_metadata(&mut self, tag: Tag, attributes: &Attributes) {
        match tag {
            Tag::Html if self.meta.lang.is_none() => self.meta.lang.clone_from(&attributes.lang),
            Tag::Meta => {
                if let (Some(key), Some(content)) = (&attributes.meta_key, &attributes.content) {
                    self.meta.metas.push((key.trim().to_ascii_lowercase(), content.trim().to_owned()));
                }
            }
            Tag::Link => {
                let rel = attributes.rel.as_deref().unwrap_or("");
                if rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("canonical"))
                    && self.meta.canonical.is_none()
                {
                    self.meta.canonical.clone_from(&attributes.href);
                }
            }
            _ => {
                if let (Some(prop), Some(content)) = (&attributes.itemprop, &attributes.content) {
                    self.meta.metas.push((prop.trim().to_ascii_lowercase(), content.trim().to_owned()));
                }
            }
        }
    }

    /// Closes the elements a start tag of `tag` implies the end of.
    fn close_implied(&mut self, tag: Tag, at: usize) {
        if tag.closes_p() {
            self.close_in_scope(|t| t == Tag::P, |t| t.is_scope_boundary(), at);
        }
        match tag {
            Tag::Li => {
                self.close_in_scope(|t| t == Tag::Li, |t| t.is_scope_boundary() || matches!(t, Tag::Ul | Tag::Ol), at)
            }
            Tag::Dt | Tag::Dd => {
                self.close_in_scope(|t| matches!(t, Tag::Dt | Tag::Dd), |t| t.is_scope_boundary() || t == Tag::Dl, at);
            }
            Tag::Cell => self.close_in_scope(|t| t == Tag::Cell, |t| t == Tag::Table || t == Tag::Html, at),
            Tag::Tr => self.close_in_scope(|t| t == Tag::Tr, |t| t == Tag::Table || t == Tag::Html, at),
            Tag::TableSection => {
                self.close_in_scope(|t| t == Tag::TableSection, |t| t == Tag::Table || t == Tag::Html, at)
            }
            Tag::A => self.close_in_scope(|t| t == Tag::A, |t| t.is_scope_boundary(), at),
            Tag::Heading(_) if self.nodes[self.top() as usize].tag.is_heading() => {
                let top = self.top();
                self.close(top, at, false);
            }
            _ => {}
        }
    }

    /// Closes the innermost open element that `is_target`, unless a `boundary` element is nearer.
    /// The stack is only searched when such an element is open, so that deep trees of other
    /// elements cost no more than shallow ones.
    fn close_in_scope(&mut self, is_target: impl Fn(Tag) -> bool, boundary: impl Fn(Tag) -> bool, at: usize) {
        if !self
            .implied_open
            .iter()
            .enumerate()
            .any(|(slot, &count)| count > 0 && IMPLIED[slot].iter().any(|&t| is_target(t)))
        {
            return;
        }
        for &id in self.stack.iter().rev() {
            let tag = self.nodes[id as usize].tag;
            if is_target(tag) {
                self.close(id, at, false);
                return;
            }
            if boundary(tag) {
                return;
            }
        }
    }

    /// Closes element `id` and every element opened inside it, at byte `end` of the source;
    /// `by_end_tag` when its own end tag closes it.
    fn close(&mut self, id: u32, end: usize, by_end_tag: bool) {
        let Some(position) = self.stack.iter().rposition(|&n| n == id) else { return };
        self.flush_text();
        if by_end_tag {
            self.token_start = end;
        }
        while self.stack.len() > position {
            let Some(node) = self.stack.pop() else { break };
            let own_end = by_end_tag && node == id;
            let end = if own_end { end } else { self.token_start.max(self.nodes[node as usize].source.end) };
            let tag = self.nodes[node as usize].tag;
            if tag.is_block() {
                self.flush_block(Some(node), end);
            }
            if let Some(slot) = implied_slot(tag) {
                self.implied_open[slot] = self.implied_open[slot].saturating_sub(1);
            }
            let n = &mut self.nodes[node as usize];
            n.source = Span::new(n.source.start, end.max(n.source.end));
            if n.tag == Tag::Hidden {
                self.hidden_open = self.hidden_open.saturating_sub(1);
            }
            match tag {
                Tag::A if n.link => self.links_open = self.links_open.saturating_sub(1),
                Tag::Pre => self.pre_open = self.pre_open.saturating_sub(1),
                Tag::Title => self.in_title = false,
                _ => {}
            }
            if self.json_ld == Some(node) {
                self.json_ld = None;
                let raw = std::mem::take(&mut self.raw);
                self.meta.json_ld.push(raw);
            }
        }
    }

    /// Takes a chunk of text.
    fn text(&mut self, chunk: &mut TextChunk<'_>) {
        let source = chunk.source_location().bytes();
        let source = Span::new(source.start, source.end);
        let kind = chunk.text_type();
        if self.json_ld.is_some() {
            self.raw.push_str(chunk.as_str());
            return;
        }
        if self.hidden_open > 0 || matches!(kind, TextType::ScriptData | TextType::RawText) {
            return;
        }
        self.raw.push_str(chunk.as_str());
        self.raw_source = Some(self.raw_source.map_or(source, |s| s.cover(source)));
        if chunk.last_in_text_node() {
            self.flush_text();
        }
    }

    /// Renders the raw text collected so far.
    fn flush_text(&mut self) {
        if self.json_ld.is_some() {
            return;
        }
        let Some(source) = self.raw_source.take() else { return };
        let raw = std::mem::take(&mut self.raw);
        let decoded = if raw.contains('&') { htmlize::unescape(raw.as_str()).into_owned() } else { raw };
        if self.in_title {
            let title = self.title.get_or_insert_with(String::new);
            push_collapsed(title, &decoded);
            return;
        }
        let in_link = self.links_open > 0;
        for (i, line) in decoded.split('\n').enumerate() {
            if i > 0 {
                if self.pre_open > 0 {
                    self.flush_block(None, source.start);
                } else {
                    self.pending.space = true;
                }
            }
            self.push_text(line, source, in_link);
        }
        self.raw = String::with_capacity(0);
    }

    /// Appends text to the pending block, collapsing white space.
    fn push_text(&mut self, text: &str, source: Span, in_link: bool) {
        let before = self.pending.text.len();
        let mut words = text.split(is_blank).peekable();
        while let Some(word) = words.next() {
            let word: std::borrow::Cow<'_, str> = if word.bytes().any(|b| b < 0x20 || b == 0x7f) {
                word.chars().filter(|c| !c.is_control()).collect::<String>().into()
            } else {
                word.into()
            };
            if !word.is_empty() {
                if self.pending.text.is_empty() {
                    self.pending.node = self.top();
                    self.pending.source = Some(source);
                } else if self.pending.space {
                    self.pending.text.push(' ');
                }
                self.pending.space = false;
                self.pending.text.push_str(&word);
                self.pending.inner_hints |= self.nodes[self.top() as usize].own;
            }
            if words.peek().is_some() {
                self.pending.space = true;
            }
        }
        let added = self.pending.text.len() - before;
        if added > 0 {
            self.pending.source = self.pending.source.map(|s| s.cover(source));
            if in_link {
                self.pending.link_bytes += added;
            }
        }
    }

    /// Ends the pending block; `closing` is the block element whose end (at `end`) ends it.
    fn flush_block(&mut self, closing: Option<u32>, end: usize) {
        self.flush_text();
        let pending = std::mem::take(&mut self.pending);
        let Some(mut source) = pending.source else { return };
        let block_node = self.block_ancestor(pending.node);
        if let Some(closing) = closing.filter(|&c| c == block_node) {
            let element = self.nodes[closing as usize].source;
            if element.start >= self.last_block_end && element.start <= source.start {
                source = Span::new(element.start, end.max(source.end));
            }
        }
        self.last_block_end = source.end;
        let node = &self.nodes[pending.node as usize];
        let start = self.body.len();
        self.body.push_str(&pending.text);
        let span = Span::new(start, self.body.len());
        self.body.push('\n');
        self.blocks.push(Block {
            span,
            source,
            kind: BlockKind::of(self.nodes[block_node as usize].tag),
            hints: node.hints,
            inner_hints: pending.inner_hints,
            link_bytes: pending.link_bytes,
            node: pending.node,
        });
    }

    /// The nearest block-level element at or above `node`.
    fn block_ancestor(&self, mut node: u32) -> u32 {
        while node != 0 && !self.nodes[node as usize].tag.is_block() {
            node = self.nodes[node as usize].parent;
        }
        node
    }

    /// Closes everything at the end of the input.
    fn finish(&mut self, end: usize) {
        self.token_start = end;
        if let Some(&first) = self.stack.first() {
            self.close(first, end, false);
        }
        self.flush_block(None, end);
        self.nodes[0].source = Span::new(0, end);
    }

    fn into_document(mut self, charset: Charset) -> (Document, RawMeta) {
        let mut text = String::with_capacity(self.body.len() + 128);
        let title = self.title.take().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()).map(|t| {
            text.push_str(&t);
            text.push('\n');
            Span::new(0, t.len())
        });
        let offset = text.len();
        text.push_str(&self.body);
        for block in &mut self.blocks {
            block.span = block.span.offset(offset);
        }
        self.meta.title = title.and_then(|t| t.get(&text)).map(str::to_owned);
        let document = Document {
            text,
            title,
            blocks: self.blocks,
            content: Default::default(),
            metadata: Default::default(),
            charset: Some(charset),
            nodes: self.nodes,
        };
        (document, self.meta)
    }
}

/// Whether `c` separates words: white space, and the no-break and zero-width spaces.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{200b}' | '\u{feff}')
}

/// Appends `text` to `out` with white space collapsed.
fn push_collapsed(out: &mut String, text: &str) {
    for word in text.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
}

#[cfg(test)]
mod tests {
    use crate::read;

    #[test]
    fn only_anchors_with_an_href_are_links() {
        let page = read(b"<h2><a name=intro>Introduction</a></h2><p><a href=/x>Home</a></p>", None);
        assert_eq!(page.blocks.len(), 2);
        assert_eq!(page.blocks[0].link_bytes, 0);
        assert_eq!(page.blocks[1].link_bytes, "Home".len());
    }
}
