//! Any bytes as an HTML page: no panic, and every span indexes the rendered text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|html: &[u8]| {
    let article = newsclip::extract_html(html, Some("https://example.com/2024/05/01/story"));
    let text = article.text.as_deref().unwrap_or_default();
    for paragraph in &article.paragraphs {
        assert_eq!(text.get(paragraph.start..paragraph.end), Some(paragraph.text.as_str()));
        if let Some(source) = paragraph.source {
            assert!(source.start <= source.end && source.end <= html.len());
        }
    }
    for quote in &article.quotes {
        for segment in &quote.segments {
            assert_eq!(text.get(segment.start..segment.end), Some(segment.text.as_str()));
        }
    }
});
