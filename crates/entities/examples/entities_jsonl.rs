//! Tags a JSONL file of articles: reads `{"id", "text"}` lines on standard
//! input and writes `{"id", "entities": [...]}` lines on standard output, in
//! the shape of the `newsclip` CLI's output (mentions with byte offsets).
//!
//! ```text
//! cargo run --release -p newsclip-entities --example entities_jsonl < articles.jsonl > entities.jsonl
//! ```
//!
//! Every line's text is treated as clean article text (`Layout::of_clean_text`).
//! A line that is not valid JSON yields `{"id": null, "error": "..."}`.

use std::io::{self, BufRead, BufWriter, Write};

use newsclip_entities::Tagger;
use newsclip_text::Layout;
use serde::Serialize;
use serde_json::Value;

#[derive(Serialize)]
struct Output<'a> {
    id: &'a Value,
    entities: Vec<Numbered<'a>>,
}

/// An entity with the `id` the facade gives it: its index in the document's list.
#[derive(Serialize)]
struct Numbered<'a> {
    id: usize,
    #[serde(flatten)]
    entity: newsclip_entities::Entity<'a>,
}

fn main() -> io::Result<()> {
    let tagger = Tagger::new();
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Value = match serde_json::from_str(&line) {
            Ok(record) => record,
            Err(error) => {
                serde_json::to_writer(&mut out, &serde_json::json!({"id": null, "error": error.to_string()}))?;
                out.write_all(b"\n")?;
                continue;
            }
        };
        let text = record.get("text").and_then(Value::as_str).unwrap_or("");
        let entities = tagger.tag(text, &Layout::of_clean_text(text));
        let entities = entities.into_iter().enumerate().map(|(id, entity)| Numbered { id, entity }).collect();
        let id = record.get("id").unwrap_or(&Value::Null);
        serde_json::to_writer(&mut out, &Output { id, entities })?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
