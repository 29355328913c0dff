//! Extracts HTML pages given as JSON Lines records `{"id", "html", "url"}` and prints one line per
//! record, `{"id", ...article}`: the JSON the `newsclip` CLI prints for such records. Reports the
//! pages, megabytes and CPU time spent extracting on standard error.
//!
//! ```text
//! cargo run --release -p newsclip --example extract_html_jsonl -- pages.jsonl [--no-quotes] [--no-entities] > out.jsonl
//! ```

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: extract_html_jsonl PAGES.jsonl [--no-quotes] [--no-entities] [--no-strip]");
        return ExitCode::FAILURE;
    };
    let extractor = newsclip::Extractor::builder()
        .quotes(!args.iter().any(|a| a == "--no-quotes"))
        .entities(!args.iter().any(|a| a == "--no-entities"))
        .strip(!args.iter().any(|a| a == "--no-strip"))
        .build();
    let file = match std::fs::File::open(path) {
        Ok(file) => std::io::BufReader::new(file),
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::FAILURE;
        }
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut pages, mut bytes, mut spent) = (0usize, 0usize, Duration::ZERO);
    for line in file.lines() {
        let Ok(line) = line else { break };
        let Ok(record) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let id = record.get("id").cloned().unwrap_or(serde_json::Value::Null);
        let html = record.get("html").and_then(|h| h.as_str()).unwrap_or("");
        let url = record.get("url").and_then(|u| u.as_str());
        let start = Instant::now();
        let article = extractor.extract_html(html.as_bytes(), url);
        spent += start.elapsed();
        pages += 1;
        bytes += html.len();
        let mut value = serde_json::to_value(&article).unwrap_or_default();
        if let Some(object) = value.as_object_mut() {
            object.insert("id".to_owned(), id);
        }
        if writeln!(out, "{value}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    let seconds = spent.as_secs_f64().max(1e-9);
    eprintln!(
        "{pages} pages, {:.1} MB in {seconds:.2} s: {:.0} pages/s, {:.1} MB/s",
        bytes as f64 / 1e6,
        pages as f64 / seconds,
        bytes as f64 / 1e6 / seconds
    );
    ExitCode::SUCCESS
}
