//! Extracts one page dump and prints a readable summary: title, byline, body
//! size, who said what, and the entities.
//!
//! ```text
//! cargo run --release --example extract_file -- seeds/000_79c2d818b762d914.txt [--no-strip]
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: extract_file PAGE.txt");
        return ExitCode::FAILURE;
    };
    let name = path.to_string_lossy().into_owned();
    let article = std::fs::read(&path)
        .map_err(|err| err.to_string())
        .and_then(|bytes| extractor().extract_bytes(&bytes).map_err(|err| err.to_string()));
    match article {
        Ok(article) => print(&article),
        Err(err) => {
            eprintln!("{name}: {err}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// The extractor, stripping unless `--no-strip` follows the file.
fn extractor() -> newsclip::Extractor {
    let strip = std::env::args().nth(2).as_deref() != Some("--no-strip");
    newsclip::Extractor::builder().strip(strip).build()
}

fn print(article: &newsclip::Article) {
    let text = |s: &Option<newsclip::TextSpan>| s.as_ref().map_or("-", |s| s.text.as_str()).to_owned();
    println!("title:     {}", text(&article.title));
    println!("author:    {}", text(&article.author));
    println!("published: {}", article.published.as_deref().unwrap_or("-"));
    println!("section:   {}", text(&article.section));
    let words: usize = article.paragraphs.iter().map(|p| p.text.split_whitespace().count()).sum();
    println!(
        "body:      {} paragraphs, {words} words; {} blocks removed",
        article.paragraphs.len(),
        article.removed.len()
    );
    println!("\nquotes:");
    for quote in &article.quotes {
        let who = quote.speaker.as_ref().map_or("(unattributed)", |s| s.name.as_deref().unwrap_or("(no name)"));
        println!("  {who}: “{}”", quote.text);
    }
    println!("\nentities:");
    for e in &article.entities {
        let code = e.code.or(e.country).map(|c| format!(" [{c}]")).unwrap_or_default();
        println!("  {:?} {}{code} ×{}", e.kind, e.name, e.mentions.len());
    }
}
