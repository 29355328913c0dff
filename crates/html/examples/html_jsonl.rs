//! Prints how newsclip-html reads pages given as JSON Lines records `{"id", "html", "url"}`:
//! each block of the rendering with its verdict (`+` article text, `-` removed and why), its
//! kind and its markup hints, then the page's metadata.
//!
//! With `--time` instead of an id, it only reads every page and reports the throughput; with
//! `--json`, it prints one JSON line per block of every page (`id`, `index`, `kind`, `hints`,
//! `verdict`, `links`, `text`), for scripts that study the verdicts against gold text.
//!
//! ```text
//! cargo run --release -p newsclip-html --example html_jsonl -- pages.jsonl [ID | --time | --json]
//! ```

use std::io::{BufRead, Write};
use std::process::ExitCode;

use newsclip_html::{Reader, Verdict};

/// Reads every page of `path` and prints pages and megabytes per second.
fn time(reader: &Reader, path: &str) -> ExitCode {
    let Ok(data) = std::fs::read_to_string(path) else { return ExitCode::FAILURE };
    let pages: Vec<String> = data
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|record| record.get("html").and_then(|h| h.as_str()).map(str::to_owned))
        .collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    let start = std::time::Instant::now();
    let blocks: usize = pages.iter().map(|page| reader.read(page.as_bytes(), None).blocks.len()).sum();
    let seconds = start.elapsed().as_secs_f64().max(1e-9);
    println!(
        "{} pages ({blocks} blocks), {:.1} MB in {seconds:.2} s: {:.0} pages/s, {:.1} MB/s",
        pages.len(),
        bytes as f64 / 1e6,
        pages.len() as f64 / seconds,
        bytes as f64 / 1e6 / seconds
    );
    ExitCode::SUCCESS
}

/// Prints every block of every page of `path` as a JSON line.
fn json(reader: &Reader, path: &str) -> ExitCode {
    let Ok(file) = std::fs::File::open(path) else { return ExitCode::FAILURE };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::BufReader::new(file).lines().map_while(Result::ok) {
        let Ok(record) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let id = record.get("id").cloned().unwrap_or_default();
        let html = record.get("html").and_then(|h| h.as_str()).unwrap_or("");
        let document = reader.read(html.as_bytes(), record.get("url").and_then(|u| u.as_str()));
        for (index, (block, verdict)) in document.blocks.iter().zip(&document.content.verdicts).enumerate() {
            let verdict = match verdict {
                Verdict::Content => "content".to_owned(),
                Verdict::Removed(reason) => format!("{reason:?}"),
            };
            let value = serde_json::json!({
                "id": id,
                "index": index,
                "kind": format!("{:?}", block.kind),
                "hints": block.hints,
                "verdict": verdict,
                "links": block.link_density(),
                "text": document.block_text(block),
            });
            if writeln!(out, "{value}").is_err() {
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: html_jsonl PAGES.jsonl [ID | --time | --json]");
        return ExitCode::FAILURE;
    };
    let wanted = args.next();
    let Ok(file) = std::fs::File::open(&path) else {
        eprintln!("{path}: cannot open");
        return ExitCode::FAILURE;
    };
    let reader = Reader::new();
    match wanted.as_deref() {
        Some("--time") => return time(&reader, &path),
        Some("--json") => return json(&reader, &path),
        _ => {}
    }
    for line in std::io::BufReader::new(file).lines().map_while(Result::ok) {
        let Ok(record) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let id = record.get("id").and_then(|v| v.as_str()).unwrap_or("");
        if wanted.as_deref().is_some_and(|w| w != id) {
            continue;
        }
        let html = record.get("html").and_then(|h| h.as_str()).unwrap_or("");
        let document = reader.read(html.as_bytes(), record.get("url").and_then(|u| u.as_str()));
        let content = &document.content;
        println!(
            "### {id} ({} blocks, article {:?}, headline {:?})",
            document.blocks.len(),
            content.blocks,
            content.headline
        );
        for (block, verdict) in document.blocks.iter().zip(&content.verdicts) {
            let mark = match verdict {
                Verdict::Content => "+".to_owned(),
                Verdict::Removed(reason) => format!("-{reason:?}"),
            };
            let text: String = document.block_text(block).chars().take(110).collect();
            println!("{mark:<16} {:<12} {:?} {text}", format!("{:?}", block.kind), block.hints);
        }
        println!("{:#?}", document.metadata);
    }
    ExitCode::SUCCESS
}
