//! Strips every page of a JSON Lines file.
//!
//! Reads records `{"id": …, "text": …}` (one page dump each) from a file or standard input and
//! writes one line per record to standard output:
//!
//! * by default `{"id", "title", "body"}`, where `body` is the article's paragraphs joined by
//!   newlines — the format of boilerplate benchmarks' scorers;
//! * with `--page`, `{"id", "page"}`, where `page` is the whole [`newsclip_strip::Page`]: spans,
//!   metadata and removed blocks with their reasons.
//!
//! Some benchmarks count the headline as part of the main text. For records whose `id` starts
//! with one of the prefixes given to `--title-in-body` (comma separated; by default `dragnet`
//! and `cleaneval`, whose gold includes the headline), the title is prepended to the body.
//!
//! ```text
//! cargo run --release -p newsclip-strip --example strip_jsonl -- pages.jsonl > stripped.jsonl
//! cargo run --release -p newsclip-strip --example strip_jsonl -- --page < pages.jsonl
//! ```

use std::error::Error;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::time::Instant;

use newsclip_strip::Stripper;
use serde_json::{json, Value};

struct Options {
    input: Option<String>,
    whole_page: bool,
    title_in_body: Vec<String>,
}

fn options() -> Result<Options, String> {
    let mut options =
        Options { input: None, whole_page: false, title_in_body: vec!["dragnet".into(), "cleaneval".into()] };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--page" => options.whole_page = true,
            "--title-in-body" => {
                let list = args.next().ok_or("--title-in-body needs a comma-separated list")?;
                options.title_in_body = list.split(',').filter(|p| !p.is_empty()).map(String::from).collect();
            }
            "-h" | "--help" => {
                return Err("usage: strip_jsonl [--page] [--title-in-body PREFIXES] [INPUT.jsonl]".into())
            }
            _ if options.input.is_none() => options.input = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    Ok(options)
}

fn main() -> Result<(), Box<dyn Error>> {
    let options = options()?;
    let reader: Box<dyn BufRead> = match &options.input {
        Some(path) => Box::new(BufReader::new(File::open(path)?)),
        None => Box::new(BufReader::new(io::stdin())),
    };
    let stripper = Stripper::new();
    let mut out = BufWriter::new(io::stdout().lock());
    let (mut pages, mut bytes, mut busy) = (0usize, 0usize, 0f64);
    for line in reader.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Value = serde_json::from_str(&line)?;
        let id = record.get("id").cloned().unwrap_or(Value::Null);
        let text = record.get("text").and_then(Value::as_str).unwrap_or("");
        let started = Instant::now();
        let page = stripper.strip(text);
        busy += started.elapsed().as_secs_f64();
        pages += 1;
        bytes += text.len();
        let output = if options.whole_page {
            json!({ "id": id, "page": page })
        } else {
            let title = page.title.map(|t| t.text);
            let mut body = page.body_text("\n");
            let id_text = id.as_str().unwrap_or("");
            if let Some(title) = title.filter(|_| options.title_in_body.iter().any(|p| id_text.starts_with(p.as_str())))
            {
                body = if body.is_empty() { title.to_string() } else { format!("{title}\n{body}") };
            }
            json!({ "id": id, "title": title, "body": body })
        };
        serde_json::to_writer(&mut out, &output)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if busy > 0.0 {
        eprintln!(
            "{pages} pages, {:.1} MB stripped in {busy:.2} s: {:.1} MB/s",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / busy
        );
    }
    Ok(())
}
