//! Reads `{"id", "text"}` JSON lines on standard input and writes, for each,
//! `{"id", "quotes": [...]}` in the shape of newsclip's JSON output (the
//! quotes of `newsclip extract`, without entity hints).
//!
//! The texts are taken as clean article text: one paragraph per line or per
//! blank-line-separated block, no boilerplate.
//!
//! ```text
//! cargo run --release -p newsclip-quotes --example quotes_jsonl -- [FLAGS] < in.jsonl > out.jsonl
//!
//!   --title          the first paragraph is the headline (its quotes are `in_title`)
//!   --scare-quotes   also report fragments nobody is said to have said
//!   --no-partial     leave out fragments quoted inside the narrator's sentences
//! ```
//!
//! To score against the quote dev set of the newsclip evaluation kit:
//!
//! ```text
//! python3 adapt.py quotes dev.jsonl out.jsonl > pred.jsonl
//! python3 quotes/score.py dev.jsonl pred.jsonl --kind direct --by-source
//! ```
use std::io::{self, BufRead, BufWriter, Write};

use newsclip_quotes::{Layout, QuoteExtractor};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let with_title = args.iter().any(|a| a == "--title");
    let mut builder = QuoteExtractor::builder();
    builder.scare_quotes(args.iter().any(|a| a == "--scare-quotes"));
    builder.partial_quotes(!args.iter().any(|a| a == "--no-partial"));
    let extractor = builder.build();
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let record: serde_json::Value = serde_json::from_str(&line)?;
        let id = record.get("id").cloned().unwrap_or(serde_json::Value::Null);
        let text = record.get("text").and_then(|t| t.as_str()).unwrap_or_default();
        let mut layout = Layout::of_clean_text(text);
        if with_title && !layout.paragraphs.is_empty() {
            layout.title = Some(layout.paragraphs.remove(0));
        }
        let quotes = extractor.extract(text, &layout, &[]);
        serde_json::to_writer(&mut out, &serde_json::json!({ "id": id, "quotes": quotes }))?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
