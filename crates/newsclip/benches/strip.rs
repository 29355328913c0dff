//! Boilerplate stripping throughput (MB/s) on the seed pages.
#![allow(missing_docs)] // criterion's macros generate undocumented items

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsclip::strip::Stripper;

mod seeds;
use seeds::{total_bytes, SEEDS};

fn strip(c: &mut Criterion) {
    let stripper = Stripper::new();
    let mut group = c.benchmark_group("strip");
    for (name, page) in SEEDS {
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_function(name, |b| b.iter(|| stripper.strip(black_box(page))));
    }
    group.throughput(Throughput::Bytes(total_bytes()));
    group.bench_function("all-seeds", |b| {
        b.iter(|| SEEDS.iter().map(|(_, page)| stripper.strip(black_box(page)).paragraphs.len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, strip);
criterion_main!(benches);
