//! Times each stage on its own over a JSON Lines file of `{"text"}` records
//! (the development sets, say), each record taken as clean text: the shared
//! analysis, the entity tagger and the quote finder on it, and the stripper.
//! With a stage name after the file, runs only that stage, twenty times, for
//! a profiler.
//!
//! ```text
//! cargo run --release --example stages -- ../shared/eval/quotes/dev.jsonl
//! cargo run --release --example stages -- ../shared/eval/quotes/dev.jsonl entities
//! ```
use std::time::Instant;

use newsclip::entities::Tagger;
use newsclip::quotes::QuoteExtractor;
use newsclip::text::{Analysis, Layout};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stages FILE.jsonl [analysis|entities|quotes|strip]");
        return;
    };
    let Ok(file) = std::fs::read_to_string(&path) else {
        eprintln!("stages: cannot read {path}");
        return;
    };
    let texts: Vec<String> = file
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["text"].as_str().unwrap_or_default().to_owned())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let lexicon = newsclip_lexicon::Lexicon::english();
    let tagger = Tagger::new();
    let quotes = QuoteExtractor::new();
    let layouts: Vec<Layout> = texts.iter().map(|t| Layout::of_clean_text(t)).collect();
    let mb = bytes as f64 / 1e6;
    if let Some(stage) = std::env::args().nth(2) {
        let analyses: Vec<Analysis<'_>> =
            texts.iter().zip(&layouts).map(|(t, l)| Analysis::new(t, l, lexicon)).collect();
        let start = cpu_seconds();
        for _ in 0..20 {
            let n: usize = match stage.as_str() {
                "analysis" => {
                    texts.iter().zip(&layouts).map(|(t, l)| Analysis::new(t, l, lexicon).regions().len()).sum()
                }
                "entities" => analyses.iter().map(|a| tagger.tag_analysis(a).len()).sum(),
                "quotes" => analyses.iter().map(|a| quotes.extract_analysis(a, &[]).len()).sum(),
                _ => texts.iter().map(|t| newsclip::strip::strip(t).paragraphs.len()).sum(),
            };
            std::hint::black_box(n);
        }
        println!("{stage}: {:.1} MB per CPU-second", 20.0 * mb / (cpu_seconds() - start));
        return;
    }
    let rounds = 3;
    let (analysis, n) =
        cpu(rounds, || texts.iter().zip(&layouts).map(|(t, l)| Analysis::new(t, l, lexicon).regions().len()).sum());
    let analyses: Vec<Analysis<'_>> = texts.iter().zip(&layouts).map(|(t, l)| Analysis::new(t, l, lexicon)).collect();
    let (entities, e) = cpu(rounds, || analyses.iter().map(|a| tagger.tag_analysis(a).len()).sum());
    let (quotes_t, q) = cpu(rounds, || analyses.iter().map(|a| quotes.extract_analysis(a, &[]).len()).sum());
    let (strip, s) = cpu(rounds, || texts.iter().map(|t| newsclip::strip::strip(t).paragraphs.len()).sum());
    println!(
        "{mb:.1} MB, MB per CPU-second: analysis {:.0}, entities {:.0}, quotes {:.0}, strip {:.0} \
         ({n} regions, {e} entities, {q} quotes, {s} paragraphs)",
        mb / analysis,
        mb / entities,
        mb / quotes_t,
        mb / strip
    );
}

/// The least CPU time of `rounds` runs of `run` (after one to warm up), and its result.
fn cpu(rounds: usize, mut run: impl FnMut() -> usize) -> (f64, usize) {
    let result = run();
    let best = (0..rounds)
        .map(|_| {
            let start = cpu_seconds();
            std::hint::black_box(run());
            cpu_seconds() - start
        })
        .fold(f64::INFINITY, f64::min);
    (best, result)
}

/// The CPU time of this process so far: from /proc/self/schedstat on Linux
/// (nanoseconds, unaffected by other processes), else the wall clock.
fn cpu_seconds() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or_else(|| START.get_or_init(Instant::now).elapsed().as_secs_f64(), |ns| ns / 1e9)
}
