//! Throughput of quote extraction alone (MB/s): the seed pages taken as clean
//! text, and a long synthetic article dense with quotations.
#![allow(missing_docs)] // criterion_group! generates undocumented functions

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsclip_quotes::{Layout, QuoteExtractor};

/// The seed pages (`seeds/*.txt`; not their gold `.json` files nor the README), joined as paragraphs.
fn seed_pages() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect::<Vec<_>>().join("\n\n")
}

fn synthetic_article() -> String {
    let paragraphs = [
        "Officials met on Tuesday to discuss the proposal, which would change how the city pays for roads.",
        "“We are not going to raise taxes on families who can least afford it,” Mayor Ana Ortiz told reporters.",
        "She went on to add: “The plan is balanced, and the council knows it.”",
        "Critics called the plan “a gift to developers” and said it ignored the ’90s-era bridges.",
        "“The tunnel is not our first choice,” a spokesman for the Transport Ministry said, “but we will study it.”",
        "According to the ministry, the first works would begin in spring, “weather permitting.”",
    ];
    paragraphs.iter().cycle().take(3_000).copied().collect::<Vec<_>>().join("\n\n")
}

fn bench(c: &mut Criterion) {
    let extractor = QuoteExtractor::new();
    let mut group = c.benchmark_group("extract");
    for (name, text) in [("seeds", seed_pages()), ("synthetic", synthetic_article())] {
        let layout = Layout::of_clean_text(&text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| extractor.extract(&text, &layout, &[])));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
