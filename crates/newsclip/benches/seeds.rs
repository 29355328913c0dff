//! The seed pages, compiled in, for the benchmarks.

/// `(name, page)` for every seed article.
pub(crate) const SEEDS: [(&str, &str); 5] = [
    ("000", include_str!("../tests/seeds/000_79c2d818b762d914.txt")),
    ("001", include_str!("../tests/seeds/001_a5096ebbdc57aca1.txt")),
    ("002", include_str!("../tests/seeds/002_c08599c7abed9fc1.txt")),
    ("003", include_str!("../tests/seeds/003_4bbd317e59388d95.txt")),
    ("004", include_str!("../tests/seeds/004_cc6f65a1995ce520.txt")),
];

/// Total size of the seeds in bytes.
pub(crate) fn total_bytes() -> u64 {
    SEEDS.iter().map(|(_, page)| page.len() as u64).sum()
}
