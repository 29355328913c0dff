//! Prints the account of an extraction's decisions ([`newsclip::Article::explain`])
//! for a page, until the `newsclip` tool's `--explain` flag calls it.
//!
//! ```text
//! cargo run --release -p newsclip --example explain -- PAGE.txt [--no-strip] [--lexicon FILE.tsv]
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut path = None;
    let mut builder = newsclip::Extractor::builder();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--no-strip" => {
                builder.strip(false);
            }
            "--lexicon" => {
                let Some(file) = args.next() else {
                    eprintln!("--lexicon needs a file");
                    return ExitCode::FAILURE;
                };
                let read = std::fs::read_to_string(&file).map_err(|e| format!("{file}: {e}"));
                let user = read.and_then(|text| {
                    newsclip::lexicon::UserLexicon::from_tsv_named(&file, &text).map_err(|e| e.to_string())
                });
                match user {
                    Ok(user) => {
                        builder.lexicon(user);
                    }
                    Err(e) => {
                        eprintln!("{e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            _ => path = Some(arg),
        }
    }
    let Some(path) = path else {
        eprintln!("usage: explain PAGE.txt [--no-strip] [--lexicon FILE.tsv]");
        return ExitCode::FAILURE;
    };
    match std::fs::read_to_string(&path) {
        Ok(page) => {
            print!("{}", builder.build().explain(&page));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::FAILURE
        }
    }
}
