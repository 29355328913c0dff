//! Throughput (MB/s) of the whole pipeline and of each stage on the seed pages.
#![allow(missing_docs)] // criterion's macros generate undocumented items

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsclip::entities::Tagger;
use newsclip::quotes::QuoteExtractor;
use newsclip::text::Layout;
use newsclip::Extractor;

mod seeds;
use seeds::{total_bytes, SEEDS};

fn pipeline(c: &mut Criterion) {
    let extractor = Extractor::new();
    let quotes = QuoteExtractor::new();
    let tagger = Tagger::new();
    let layouts: Vec<Layout> = SEEDS.iter().map(|(_, page)| Layout::of_clean_text(page)).collect();

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(total_bytes()));
    group.bench_function("facade", |b| {
        b.iter(|| SEEDS.iter().map(|(_, page)| extractor.extract(black_box(page)).quotes.len()).sum::<usize>())
    });
    group.bench_function("quotes-only", |b| {
        b.iter(|| {
            SEEDS
                .iter()
                .zip(&layouts)
                .map(|((_, page), layout)| quotes.extract(black_box(page), layout, &[]).len())
                .sum::<usize>()
        })
    });
    group.bench_function("entities-only", |b| {
        b.iter(|| {
            SEEDS
                .iter()
                .zip(&layouts)
                .map(|((_, page), layout)| tagger.tag(black_box(page), layout).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
