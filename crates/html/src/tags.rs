//! What each HTML tag means for rendering: a block, inline text, a line break, or content that is
//! never shown as text; and which open elements a start tag implicitly closes.

/// The elements the renderer and the content finder tell apart; every other tag is [`Tag::Inline`]
/// (or [`Tag::Block`] for the other block-level elements of the HTML standard).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Tag {
    Html,
    Head,
    Body,
    Title,
    Article,
    Main,
    Section,
    Nav,
    Aside,
    Header,
    Footer,
    Div,
    P,
    Heading(u8),
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Blockquote,
    Pre,
    Figure,
    Figcaption,
    Table,
    TableSection,
    Tr,
    Cell,
    Caption,
    Form,
    Dialog,
    Address,
    Details,
    Summary,
    /// Any other block-level element (`center`, `fieldset`, `hgroup`, `legend`, `menu` …).
    Block,
    A,
    Time,
    Br,
    Hr,
    Img,
    Meta,
    Link,
    /// Script, style, template, SVG, MathML, embedded objects, form controls: never text.
    Hidden,
    /// Any other element, shown inline.
    Inline,
}

impl Tag {
    /// The tag of a lower-case element name.
    pub(crate) fn of(name: &str) -> Tag {
        match name {
            "html" => Tag::Html,
            "head" => Tag::Head,
            "body" => Tag::Body,
            "title" => Tag::Title,
            "article" => Tag::Article,
            "main" => Tag::Main,
            "section" => Tag::Section,
            "nav" => Tag::Nav,
            "aside" => Tag::Aside,
            "header" => Tag::Header,
            "footer" => Tag::Footer,
            "div" => Tag::Div,
            "p" => Tag::P,
            "h1" => Tag::Heading(1),
            "h2" => Tag::Heading(2),
            "h3" => Tag::Heading(3),
            "h4" => Tag::Heading(4),
            "h5" => Tag::Heading(5),
            "h6" => Tag::Heading(6),
            "ul" | "menu" | "dir" => Tag::Ul,
            "ol" => Tag::Ol,
            "li" => Tag::Li,
            "dl" => Tag::Dl,
            "dt" => Tag::Dt,
            "dd" => Tag::Dd,
            "blockquote" => Tag::Blockquote,
            "pre" | "listing" | "xmp" | "plaintext" => Tag::Pre,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "table" => Tag::Table,
            "tbody" | "thead" | "tfoot" => Tag::TableSection,
            "tr" => Tag::Tr,
            "td" | "th" => Tag::Cell,
            "caption" => Tag::Caption,
            "form" => Tag::Form,
            "dialog" => Tag::Dialog,
            "address" => Tag::Address,
            "details" => Tag::Details,
            "summary" => Tag::Summary,
            "center" | "fieldset" | "hgroup" | "legend" | "search" | "frameset" | "noframes" => Tag::Block,
            "a" => Tag::A,
            "time" => Tag::Time,
            "br" => Tag::Br,
            "hr" => Tag::Hr,
            "img" => Tag::Img,
            "meta" => Tag::Meta,
            "link" => Tag::Link,
            "script" | "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "object" | "embed"
            | "canvas" | "select" | "textarea" | "button" | "video" | "audio" | "datalist" | "map" | "frame"
            | "input" | "option" | "optgroup" | "amp-ad" | "amp-sticky-ad" | "amp-embed" | "amp-analytics"
            | "amp-iframe" | "amp-social-share" => Tag::Hidden,
            _ => Tag::Inline,
        }
    }

    /// Whether the element starts and ends a block of text.
    pub(crate) fn is_block(self) -> bool {
        !matches!(
            self,
            Tag::A | Tag::Time | Tag::Inline | Tag::Img | Tag::Meta | Tag::Link | Tag::Hidden | Tag::Title | Tag::Head
        )
    }

    /// Whether a start tag of this element closes an open `<p>` (the HTML standard's list).
    pub(crate) fn closes_p(self) -> bool {
        matches!(
            self,
            Tag::Address
                | Tag::Article
                | Tag::Aside
                | Tag::Blockquote
                | Tag::Details
                | Tag::Dialog
                | Tag::Div
                | Tag::Dl
                | Tag::Dt
                | Tag::Dd
                | Tag::Li
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Header
                | Tag::Main
                | Tag::Nav
                | Tag::Ol
                | Tag::Ul
                | Tag::P
                | Tag::Section
                | Tag::Summary
                | Tag::Heading(_)
                | Tag::Pre
                | Tag::Form
                | Tag::Table
                | Tag::Hr
                | Tag::Block
        )
    }

    /// Whether the element bounds the scope in which an open `<p>`, `<li>` or cell is looked for.
    pub(crate) fn is_scope_boundary(self) -> bool {
        matches!(self, Tag::Html | Tag::Table | Tag::Cell | Tag::Caption | Tag::Hidden)
    }

    /// Whether the element is a heading.
    pub(crate) fn is_heading(self) -> bool {
        matches!(self, Tag::Heading(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_classified() {
        assert_eq!(Tag::of("h3"), Tag::Heading(3));
        assert!(Tag::of("p").is_block() && Tag::of("p").closes_p());
        assert!(!Tag::of("span").is_block());
        assert_eq!(Tag::of("amp-img"), Tag::Inline);
        assert_eq!(Tag::of("script"), Tag::Hidden);
    }
}
