//! Back from the normalized text to the caller's bytes: every span of an
//! [`Article`] found in the NFC text is mapped to the original input.

use newsclip_text::{Normalized, Span};

use crate::{Article, TextSpan};

/// Maps every span of `article`, found in `normalized`, to `page`, the text
/// the caller passed in, and takes each span's text from it.
pub(crate) fn remap(article: &mut Article, normalized: &Normalized<'_>, page: &str) {
    let span = |s: &mut TextSpan| {
        let original = normalized.to_original(Span::new(s.start, s.end));
        s.start = original.start;
        s.end = original.end;
        s.text = original.get(page).unwrap_or_default().to_owned();
    };
    let Article { title, dateline, author, section, paragraphs, removed, quotes, entities, .. } = article;
    let paragraphs = paragraphs.iter_mut().map(|p| &mut p.span);
    title.iter_mut().chain(author.iter_mut()).chain(section.iter_mut()).chain(paragraphs).for_each(span);
    if let Some(dateline) = dateline {
        span(&mut dateline.span);
    }
    for block in removed.iter_mut() {
        let original = normalized.to_original(Span::new(block.start, block.end));
        (block.start, block.end) = (original.start, original.end);
    }
    for quote in quotes.iter_mut() {
        quote.segments.iter_mut().for_each(span);
        quote.cue.iter_mut().for_each(span);
        if let Some(mention) = quote.speaker.as_mut().and_then(|s| s.mention.as_mut()) {
            span(mention);
        }
    }
    for entity in entities.iter_mut() {
        entity.mentions.iter_mut().for_each(span);
    }
}
