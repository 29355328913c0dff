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
        return;
    }
    for round in 0..2 {
        let t = Instant::now();
        let n: usize = texts.iter().zip(&layouts).map(|(t, l)| Analysis::new(t, l, lexicon).regions().len()).sum();
        let analysis = t.elapsed().as_secs_f64();
        let analyses: Vec<Analysis<'_>> =
            texts.iter().zip(&layouts).map(|(t, l)| Analysis::new(t, l, lexicon)).collect();
        let t = Instant::now();
        let e: usize = analyses.iter().map(|a| tagger.tag_analysis(a).len()).sum();
        let entities = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let q: usize = analyses.iter().map(|a| quotes.extract_analysis(a, &[]).len()).sum();
        let quotes_t = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let s: usize = texts.iter().map(|t| newsclip::strip::strip(t).paragraphs.len()).sum();
        let strip = t.elapsed().as_secs_f64();
        if round == 1 {
            println!(
                "{mb:.1} MB: analysis {:.0} MB/s, entities {:.0} MB/s, quotes {:.0} MB/s, strip {:.0} MB/s \
                 ({n} regions, {e} entities, {q} quotes, {s} paragraphs)",
                mb / analysis,
                mb / entities,
                mb / quotes_t,
                mb / strip
            );
        }
    }
}
