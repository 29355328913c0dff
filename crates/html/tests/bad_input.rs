//! Pages nobody should write, which crawlers fetch anyway.

use newsclip_html::{read, Reader, Verdict};

fn content_text(html: &[u8]) -> Vec<String> {
    let document = read(html, None);
    document
        .blocks
        .iter()
        .zip(&document.content.verdicts)
        .filter(|(_, v)| **v == Verdict::Content)
        .map(|(b, _)| document.block_text(b).to_owned())
        .collect()
}

#[test]
fn empty_and_garbage_pages_are_empty_documents() {
    for page in [&b""[..], b"   ", b"\x00\x01\x02\xff\xfe", b"<<<<>>>>", b"</p></div></body>"] {
        let document = read(page, None);
        assert!(document.blocks.iter().all(|b| !document.block_text(b).is_empty()));
    }
}

#[test]
fn binary_garbage_never_panics() {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let document = read(&bytes, None);
    assert!(document.text.len() < 2 * bytes.len());
}

#[test]
fn pages_without_body_or_closing_tags_keep_their_text() {
    let text = content_text(b"<title>T</title><p>First paragraph of the story is right here with enough words.<p>Second paragraph of the story follows it with enough words too.");
    assert_eq!(text.len(), 2, "{text:?}");
    let text =
        content_text(b"<div><div><div><p>Unclosed containers all the way down, and a paragraph of words inside.");
    assert_eq!(text.len(), 1);
}

#[test]
fn all_script_pages_have_no_text() {
    let page = format!(
        "<html><head><script>{}</script></head><body><script>var a = '<p>not text</p>';</script></body></html>",
        "x=1;".repeat(10_000)
    );
    let document = read(page.as_bytes(), None);
    assert!(document.blocks.is_empty(), "{:?}", document.text);
}

#[test]
fn a_ten_megabyte_page_is_read() {
    let paragraph = "<p>One more paragraph of a very long page, with words enough to count as prose here.</p>\n";
    let page = format!(
        "<html><body><article>{}</article></body></html>",
        paragraph.repeat(10 * 1024 * 1024 / paragraph.len())
    );
    let document = read(page.as_bytes(), None);
    assert!(document.blocks.len() > 100_000);
    assert!(document.content.verdicts.iter().all(|v| *v == Verdict::Content));
}

#[test]
fn deep_nesting_is_linear() {
    let page = format!(
        "{}text at the bottom of a very deep tree{}",
        "<div><span>".repeat(20_000),
        "</span></div>".repeat(20_000)
    );
    let document = read(page.as_bytes(), None);
    assert_eq!(document.blocks.len(), 1);
}

#[test]
fn a_lying_charset_is_overruled() {
    // Declared Latin-1, but the bytes are UTF-8 (a crawler re-encoded the page).
    let page = "<meta charset=iso-8859-1><p>Crème brûlée at the café, said the chef.</p>";
    assert_eq!(content_text(page.as_bytes()), ["Crème brûlée at the café, said the chef."]);
    // Declared UTF-8, but the bytes are windows-1252.
    assert_eq!(
        content_text(b"<meta charset=utf-8><p>Cr\xe8me br\xfbl\xe9e at the caf\xe9, said the chef.</p>"),
        ["Crème brûlée at the café, said the chef."]
    );
}

#[test]
fn utf16_pages_are_decoded() {
    let page: Vec<u8> = "\u{feff}<p>Text in UTF-16, as some servers still send it.</p>"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert_eq!(content_text(&page), ["Text in UTF-16, as some servers still send it."]);
}

#[test]
fn the_transport_charset_outranks_the_page() {
    let document = Reader::new().read_with_content_type(
        b"<meta charset=utf-8><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>",
        None,
        Some("text/html; charset=windows-1251"),
    );
    assert_eq!(document.text.trim(), "Привет");
}

#[test]
fn max_bytes_caps_the_input() {
    let reader = Reader::builder().max_bytes(20).build();
    let document = reader.read(b"<p>short</p><p>this paragraph is cut off</p>", None);
    assert_eq!(document.text, "short\nthis\n");
}
