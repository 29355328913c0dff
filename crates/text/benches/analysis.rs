//! Throughput (MB/s) of the text layer on the seed pages taken as clean text:
//! paragraphs, tokens, sentences, quotation marks, and the whole analysis that
//! quotes and entities share.
#![allow(missing_docs)] // criterion's macros generate undocumented items

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsclip_lexicon::Lexicon;
use newsclip_text::{paragraphs, quote_marks, sentences, tokens, Analysis, Layout};

/// The seed pages (`seeds/*.txt`), joined as paragraphs.
fn seed_pages() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect::<Vec<_>>().join("\n\n")
}

fn bench(c: &mut Criterion) {
    let text = seed_pages();
    let layout = Layout::of_clean_text(&text);
    let lexicon = Lexicon::english();
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("paragraphs", |b| b.iter(|| paragraphs(black_box(&text)).len()));
    group.bench_function("tokens", |b| b.iter(|| tokens(black_box(&text)).count()));
    group.bench_function("sentences", |b| b.iter(|| sentences(black_box(&text)).count()));
    group.bench_function("quote-marks", |b| b.iter(|| quote_marks(black_box(&text)).count()));
    group.bench_function("analysis", |b| b.iter(|| Analysis::new(black_box(&text), &layout, lexicon).regions().len()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
