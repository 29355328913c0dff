//! Throughput of HTML input, in pages/s and MB/s, over the hand-made CMS pages of
//! `crates/newsclip/tests/html`: reading a page with `newsclip-html` (charset, parsing,
//! rendering, content, metadata), the facade's article without quotes and entities, and the
//! whole pipeline.
#![allow(missing_docs)] // criterion's macros generate undocumented items

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsclip::html::Reader;
use newsclip::Extractor;

/// `(name, page)` for every hand-made HTML page.
const PAGES: [(&str, &[u8]); 5] = [
    ("wordpress", include_bytes!("../tests/html/wordpress.html")),
    ("arc", include_bytes!("../tests/html/arc.html")),
    ("drupal", include_bytes!("../tests/html/drupal.html")),
    ("wire", include_bytes!("../tests/html/wire.html")),
    ("amp", include_bytes!("../tests/html/amp.html")),
];

fn html(c: &mut Criterion) {
    let reader = Reader::new();
    let article_only = Extractor::builder().quotes(false).entities(false).build();
    let everything = Extractor::new();
    let bytes: u64 = PAGES.iter().map(|(_, page)| page.len() as u64).sum();
    for (unit, throughput) in [("pages", Throughput::Elements(PAGES.len() as u64)), ("bytes", Throughput::Bytes(bytes))]
    {
        let mut group = c.benchmark_group(format!("html-{unit}"));
        group.throughput(throughput);
        group.bench_function("read", |b| {
            b.iter(|| PAGES.iter().map(|(_, page)| reader.read(black_box(page), None).blocks.len()).sum::<usize>())
        });
        group.bench_function("article", |b| {
            b.iter(|| {
                PAGES
                    .iter()
                    .map(|(_, page)| article_only.extract_html(black_box(page), None).paragraphs.len())
                    .sum::<usize>()
            })
        });
        group.bench_function("facade", |b| {
            b.iter(|| {
                PAGES.iter().map(|(_, page)| everything.extract_html(black_box(page), None).quotes.len()).sum::<usize>()
            })
        });
        group.finish();
    }
}

criterion_group!(benches, html);
criterion_main!(benches);
