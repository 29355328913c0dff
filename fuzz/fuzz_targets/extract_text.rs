//! Any text page through the whole pipeline: no panic, and every span is the text it reports.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|page: &str| {
    let article = newsclip::extract(page);
    for paragraph in &article.paragraphs {
        assert_eq!(page.get(paragraph.start..paragraph.end), Some(paragraph.text.as_str()));
    }
    for quote in &article.quotes {
        for segment in &quote.segments {
            assert_eq!(page.get(segment.start..segment.end), Some(segment.text.as_str()));
        }
    }
    for entity in &article.entities {
        for mention in &entity.mentions {
            assert_eq!(page.get(mention.start..mention.end), Some(mention.text.as_str()));
        }
    }
});
