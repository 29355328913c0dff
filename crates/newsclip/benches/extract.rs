//! Throughput (MB/s) of the whole pipeline and of each stage on the seed pages: each stage alone
//! (reading the text itself), and the shared analysis and the two stages that read it, as the
//! facade runs them.
#![allow(missing_docs)] // criterion's macros generate undocumented items

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsclip::entities::Tagger;
use newsclip::lexicon::Lexicon;
use newsclip::quotes::QuoteExtractor;
use newsclip::text::{Analysis, Layout};
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
    // The stages as the facade runs them: one analysis of the text, shared.
    let lexicon = Lexicon::english();
    group.bench_function("analysis", |b| {
        b.iter(|| {
            SEEDS
                .iter()
                .zip(&layouts)
                .map(|((_, page), layout)| Analysis::new(black_box(page), layout, lexicon).regions().len())
                .sum::<usize>()
        })
    });
    let analyses: Vec<Analysis<'_>> =
        SEEDS.iter().zip(&layouts).map(|((_, page), layout)| Analysis::new(page, layout, lexicon)).collect();
    group.bench_function("entities-from-analysis", |b| {
        b.iter(|| analyses.iter().map(|a| tagger.tag_analysis(black_box(a)).len()).sum::<usize>())
    });
    group.bench_function("quotes-from-analysis", |b| {
        b.iter(|| analyses.iter().map(|a| quotes.extract_analysis(black_box(a), &[]).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
