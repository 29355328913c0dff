//! Properties of every page, however malformed: no panic, blocks that index the rendering on
//! char boundaries, in order, one per line; sources inside the HTML; one verdict per block.

use newsclip_html::{read, Document};
use proptest::prelude::*;

/// Pieces of markup that exercise the hard cases: unclosed and misnested tags, raw text
/// elements, comments, character references, attributes with quotes, hidden elements.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z]{1,10}",
        2 => Just(" ".to_owned()),
        3 => prop::sample::select(vec![
            "<p>", "</p>", "<div class=\"entry-content\">", "<div class='share'>", "</div>", "<article>", "</article>",
            "<nav>", "</nav>", "<h1>", "</h1>", "<h2 class=headline>", "<li>", "<ul>", "</ul>", "<a href=x>", "</a>",
            "<br>", "<br/>", "<hr>", "<table><tr><td>", "</td><td>", "</table>", "<script>", "</script>", "<style>",
            "</style>", "<!--", "-->", "<![CDATA[", "]]>", "<title>", "</title>", "<pre>", "</pre>", "<svg><p>",
            "</svg>", "<template>", "</template>", "<span hidden>", "</span>", "<div style=\"display:none\">",
            "<time datetime=\"2020-01-02\">", "</time>", "<meta name=author content=\"Ada Q\">",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script>",
            "<select><option>", "<textarea>", "</textarea>", "<p class=\"byline\">By ", "<html lang=en>", "<body>",
            "</body>", "</html>", "<img src=x alt=\"a > b\">", "<a title='<p>'>", "<", ">", "</", "<!", "<?x ?>",
        ]).prop_map(str::to_owned),
        1 => prop::sample::select(vec![
            "&amp;", "&lt;", "&gt;", "&nbsp;", "&#8220;", "&#x201D;", "&eacute", "&notin;", "&#0;", "&#xD800;", "&",
            "\n", "\r\n", "\t", "\u{a0}", "\u{200b}", "\u{feff}", "é", "—", "“", "”", "\u{0}",
        ]).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ]
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|pieces| pieces.concat())
}

fn check(html: &[u8], document: &Document) {
    let text = &document.text;
    let mut previous_end = 0;
    for block in &document.blocks {
        let line = text.get(block.span.range()).expect("a block indexes the text on char boundaries");
        assert!(!line.is_empty() && line.trim() == line, "blocks are trimmed and not empty: {line:?}");
        assert!(!line.contains('\n'), "a block is one line");
        assert!(block.span.start >= previous_end, "blocks are in order");
        previous_end = block.span.end;
        assert!(block.source.start <= block.source.end && block.source.end <= html.len(), "source inside the HTML");
        assert!((0.0..=1.0).contains(&block.link_density()));
    }
    if let Some(title) = document.title {
        assert!(text.get(title.range()).is_some(), "the title line indexes the text");
    }
    assert_eq!(document.content.verdicts.len(), document.blocks.len(), "one verdict per block");
    assert!(document.content.blocks.end <= document.blocks.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_markup_gives_valid_documents(html in page()) {
        let document = read(html.as_bytes(), Some("https://example.com/2020/01/02/x"));
        check(html.as_bytes(), &document);
    }

    #[test]
    fn arbitrary_bytes_give_valid_documents(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let document = read(&bytes, None);
        check(&bytes, &document);
    }
}
