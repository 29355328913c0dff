//! Throughput of `Tagger::tag` in MB/s on news-like text built from general
//! phrases (names, titles, countries, institutions, quotes).
// `criterion_group!` generates an undocumented function.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsclip_entities::Tagger;
use newsclip_text::Layout;

fn article(paragraphs: usize) -> String {
    let templates = [
        "The State Department on Tuesday said it would keep working with Armenia and Azerbaijan.",
        "\"We are committed to peace,\" spokeswoman Maria Keller told reporters in Washington.",
        "Russian President Ivan Dorokhov met Kenyan officials and the head of the World Bank.",
        "Shares of Northwind Logistics Inc fell 3 percent after the Coastal Workers Party objected.",
        "The Organization of Coastal Fisheries (OCF) said the OCF would meet in Brussels next week.",
        "Keller added that the U.S.’s allies in the European Union and NATO agreed with the plan.",
    ];
    (0..paragraphs).map(|i| templates[i % templates.len()]).collect::<Vec<_>>().join("\n\n")
}

fn bench(c: &mut Criterion) {
    let tagger = Tagger::new();
    let mut group = c.benchmark_group("tag");
    for paragraphs in [12, 1200] {
        let text = article(paragraphs);
        let layout = Layout::of_clean_text(&text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("{paragraphs}_paragraphs"), |b| b.iter(|| tagger.tag(&text, &layout)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
