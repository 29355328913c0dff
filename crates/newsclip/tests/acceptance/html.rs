//! The HTML pages of `tests/html/`, written in the layouts of common CMSs, held to their gold
//! (`NAME.json`): metadata, body paragraphs in order, furniture left out, quotes and speakers,
//! and every span of the article indexing its rendered text.

use std::path::Path;

use newsclip::{Article, Extractor, TextSpan};
use serde_json::Value;

const PAGES: [&str; 5] = ["wordpress", "arc", "drupal", "wire", "amp"];

fn dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/html"))
}

fn field<'a>(gold: &'a Value, key: &str) -> Option<&'a str> {
    gold.get(key).and_then(Value::as_str)
}

fn strings<'a>(gold: &'a Value, key: &str) -> Vec<&'a str> {
    gold.get(key).and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

fn text_of(span: &Option<TextSpan>) -> Option<&str> {
    span.as_ref().map(|s| s.text.as_str())
}

/// Every span of the article indexes its text; every paragraph's source is its element.
fn check_spans(name: &str, html: &[u8], article: &Article) {
    let text = article.text.as_deref().expect("HTML input has a rendering");
    let check = |span: &TextSpan, what: &str| {
        assert_eq!(text.get(span.start..span.end), Some(span.text.as_str()), "{name}: {what} span");
    };
    for (span, what) in [(&article.title, "title"), (&article.author, "author"), (&article.section, "section")] {
        if let Some(span) = span {
            check(span, what);
        }
    }
    for paragraph in &article.paragraphs {
        check(paragraph, "paragraph");
        let source = paragraph.source.expect("HTML paragraphs have a source");
        let element = &html[source.start..source.end];
        assert!(
            element.starts_with(b"<") && element.ends_with(b">"),
            "{name}: source of {:?} is its element",
            paragraph.text
        );
    }
    for quote in &article.quotes {
        for segment in &quote.segments {
            check(segment, "quote");
        }
    }
    for entity in &article.entities {
        for mention in &entity.mentions {
            check(mention, "mention");
        }
    }
    for removed in &article.removed {
        assert!(text.get(removed.start..removed.end).is_some(), "{name}: removed block {removed:?}");
    }
}

#[test]
fn cms_pages_come_out_as_their_gold() {
    let extractor = Extractor::new();
    for name in PAGES {
        let html = std::fs::read(dir().join(format!("{name}.html"))).expect("page");
        let gold: Value = serde_json::from_slice(&std::fs::read(dir().join(format!("{name}.json"))).expect("gold"))
            .expect("gold JSON");
        let article = extractor.extract_html(&html, field(&gold, "url"));
        check_spans(name, &html, &article);

        assert_eq!(text_of(&article.title), field(&gold, "title"), "{name}: title");
        assert_eq!(text_of(&article.author), field(&gold, "author"), "{name}: author");
        if gold.get("authors").is_some() {
            assert_eq!(article.authors, strings(&gold, "authors"), "{name}: authors");
        }
        assert_eq!(article.published.as_deref().map(|d| &d[..10]), field(&gold, "published"), "{name}: published");
        assert_eq!(article.language.as_deref(), field(&gold, "language"), "{name}: language");
        assert_eq!(article.site_name.as_deref(), field(&gold, "site_name"), "{name}: site name");
        assert_eq!(article.url.as_deref(), field(&gold, "canonical"), "{name}: canonical url");
        if let Some(section) = field(&gold, "section") {
            assert_eq!(text_of(&article.section), Some(section), "{name}: section");
        }
        if let Some(dateline) = field(&gold, "dateline") {
            assert_eq!(article.dateline.as_ref().map(|d| d.span.text.as_str()), Some(dateline), "{name}: dateline");
        }

        let optional = strings(&gold, "optional");
        let body: Vec<&str> = article
            .paragraphs
            .iter()
            .map(|p| p.text.as_str())
            .filter(|p| !optional.iter().any(|o| p.starts_with(o)))
            .collect();
        let expected = strings(&gold, "paragraphs");
        assert_eq!(body.len(), expected.len(), "{name}: paragraphs {body:#?}");
        for (paragraph, start) in body.iter().zip(&expected) {
            assert!(paragraph.starts_with(start), "{name}: {paragraph:?} should start with {start:?}");
        }
        for absent in strings(&gold, "absent") {
            assert!(!body.iter().any(|p| p.contains(absent)), "{name}: {absent:?} is no article text");
        }
        for pair in gold.get("quotes").and_then(Value::as_array).into_iter().flatten() {
            let (Some(words), Some(speaker)) =
                (pair.get(0).and_then(Value::as_str), pair.get(1).and_then(Value::as_str))
            else {
                panic!("{name}: quotes are [words, speaker] pairs");
            };
            let quote = article
                .quotes
                .iter()
                .find(|q| q.text.starts_with(words))
                .unwrap_or_else(|| panic!("{name}: quote {words:?}"));
            assert_eq!(
                quote.speaker.as_ref().and_then(|s| s.name.as_deref()),
                Some(speaker),
                "{name}: speaker of {words:?}"
            );
        }
    }
}

#[test]
fn a_legacy_charset_is_decoded() {
    let html = std::fs::read(dir().join("drupal.html")).expect("page");
    assert!(std::str::from_utf8(&html).is_err(), "the page is windows-1252 on disk");
    let article = Extractor::new().extract_html(&html, None);
    assert!(article.paragraphs[1].text.contains("deux années de chantier"));
}

#[test]
fn text_input_json_is_unchanged() {
    let article = Extractor::new().extract("Headline\nA body paragraph that is long enough to keep for the test.");
    let json = serde_json::to_value(&article).expect("serializes");
    for key in ["text", "url", "site_name", "warnings"] {
        assert!(json.get(key).is_none(), "{key} is only there for HTML input, or with something to say");
    }
    assert_eq!(json["language"], "en", "every page's language is identified");
    assert!(json["paragraphs"][0].get("source").is_none());
}
