//! Prints how newsclip-html reads pages given as JSON Lines records `{"id", "html", "url"}`:
//! each block of the rendering with its verdict (`+` article text, `-` removed and why), its
//! kind and its markup hints, then the page's metadata.
//!
//! ```text
//! cargo run --release -p newsclip-html --example html_jsonl -- pages.jsonl [ID]
//! ```

use std::io::BufRead;
use std::process::ExitCode;

use newsclip_html::{Reader, Verdict};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: html_jsonl PAGES.jsonl [ID]");
        return ExitCode::FAILURE;
    };
    let wanted = args.next();
    let Ok(file) = std::fs::File::open(&path) else {
        eprintln!("{path}: cannot open");
        return ExitCode::FAILURE;
    };
    let reader = Reader::new();
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
