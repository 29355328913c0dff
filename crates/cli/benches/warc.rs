//! The WARC reader alone, in MB/s of record content: plain WARC, and
//! `.warc.gz` with one gzip member per record (Common Crawl's layout).
//!
//! `cargo bench -p newsclip-cli --bench warc`
#![allow(missing_docs)] // criterion's macros generate undocumented items

use std::hint::black_box;
use std::io::Write;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsclip_cli::gzip::GzipMembers;
use newsclip_cli::warc::WarcReader;

/// A synthetic news page of about `words` words of invented text, varied
/// enough (a small linear congruential generator over a vocabulary) that it
/// compresses about as well as real HTML does (3-4x), not like a repeated word.
fn page(i: usize, words: usize) -> String {
    const VOCABULARY: [&str; 32] = [
        "harbor",
        "council",
        "library",
        "river",
        "budget",
        "ferry",
        "volunteer",
        "market",
        "bridge",
        "school",
        "museum",
        "festival",
        "weather",
        "tunnel",
        "station",
        "orchard",
        "committee",
        "report",
        "plan",
        "vote",
        "season",
        "winter",
        "summer",
        "island",
        "project",
        "district",
        "mayor",
        "ward",
        "street",
        "lantern",
        "garden",
        "railway",
    ];
    let mut state = i as u64 * 2_654_435_761 + 1;
    let mut next = move || {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize
    };
    let mut html = format!("<!DOCTYPE html><html><head><title>Story {i}</title></head><body><h1>Story {i}</h1>");
    for _ in 0..words / 40 {
        html.push_str("<p>");
        for _ in 0..40 {
            html.push_str(VOCABULARY[next() % VOCABULARY.len()]);
            html.push(if next() % 9 == 0 { '.' } else { ' ' });
            if next() % 50 == 0 {
                html.push_str(&format!("{} ", next() % 10_000));
            }
        }
        html.push_str("</p>\n");
    }
    html.push_str("</body></html>");
    html
}

/// `(plain WARC, gzip-per-record WARC, content bytes)` of `n` response records.
fn crawl(n: usize) -> (Vec<u8>, Vec<u8>, u64) {
    let (mut plain, mut gz, mut content) = (Vec::new(), Vec::new(), 0);
    for i in 0..n {
        let body = page(i, 3000);
        let http =
            format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n{body}", body.len());
        let record = format!(
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{i}>\r\nWARC-Target-URI: https://news.example/{i}\r\n\
             WARC-Date: 2024-03-01T12:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        );
        content += http.len() as u64;
        plain.extend_from_slice(record.as_bytes());
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(record.as_bytes()).expect("in memory");
        gz.extend_from_slice(&encoder.finish().expect("in memory"));
    }
    (plain, gz, content)
}

fn bench(c: &mut Criterion) {
    let (plain, gz, content) = crawl(400);
    let mut group = c.benchmark_group("warc");
    group.throughput(Throughput::Bytes(content));
    group.bench_function("plain", |b| {
        b.iter(|| WarcReader::new(black_box(&plain[..])).map(|r| r.map_or(0, |r| r.body.len())).sum::<usize>());
    });
    group.bench_function("gzip_per_record", |b| {
        b.iter(|| {
            let reader = std::io::BufReader::with_capacity(1 << 18, GzipMembers::new(black_box(&gz[..])));
            WarcReader::new(reader).map(|r| r.map_or(0, |r| r.body.len())).sum::<usize>()
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
