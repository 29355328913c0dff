//! `newsclip`: news pages in, article, quotes and entities out as JSON.
#![forbid(unsafe_code)]

mod args;
mod parallel;
mod records;

use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use newsclip::Extractor;
use serde_json::Value;

use crate::args::{Cli, Command, ExtractArgs};
use crate::parallel::map_in_order;
use crate::records::{identified, process_record};

/// JSON Lines records are processed in batches of this many lines…
const BATCH_LINES: usize = 1024;
/// …or of this many bytes, whichever comes first.
const BATCH_BYTES: usize = 32 << 20;

fn main() -> ExitCode {
    let Cli { command: Command::Extract(args) } = Cli::parse();
    match run_extract(&args) {
        Ok(Status::Clean) => ExitCode::SUCCESS,
        Ok(Status::SomeInputsFailed) => ExitCode::FAILURE,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("newsclip: {err}");
            ExitCode::FAILURE
        }
    }
}

/// How a run ended when output could be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Clean,
    /// An input could not be read or was not UTF-8; it was reported on stderr.
    SomeInputsFailed,
}

/// One input named on the command line.
#[derive(Clone, Debug)]
enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    fn open(&self) -> io::Result<Box<dyn BufRead>> {
        Ok(match self {
            Input::Stdin => Box::new(io::stdin().lock()),
            Input::File(path) => Box::new(BufReader::new(std::fs::File::open(path)?)),
        })
    }

    fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_owned(),
            Input::File(path) => path.display().to_string(),
        }
    }
}

fn run_extract(args: &ExtractArgs) -> io::Result<Status> {
    let extractor =
        Extractor::builder().strip(!args.no_strip).quotes(!args.no_quotes).entities(!args.no_entities).build();
    let threads = args.threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
        std::num::NonZeroUsize::get,
    );
    let inputs: Vec<Input> = if args.inputs.is_empty() {
        vec![Input::Stdin]
    } else {
        args.inputs.iter().map(|p| if p == Path::new("-") { Input::Stdin } else { Input::File(p.clone()) }).collect()
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let status = if args.jsonl {
        extract_jsonl(&extractor, &inputs, threads, &mut out)?
    } else if let [single] = inputs.as_slice() {
        extract_one(&extractor, single, args.compact, &mut out)?
    } else {
        extract_many(&extractor, &inputs, threads, &mut out)?
    };
    out.flush()?;
    Ok(status)
}

/// Prints one page's article as a JSON document.
fn extract_one(extractor: &Extractor, input: &Input, compact: bool, out: &mut impl Write) -> io::Result<Status> {
    let Some(text) = read_page(input) else { return Ok(Status::SomeInputsFailed) };
    let article = extractor.extract(&text);
    let json = if compact { serde_json::to_string(&article) } else { serde_json::to_string_pretty(&article) };
    writeln!(out, "{}", json.map_err(io::Error::other)?)?;
    Ok(Status::Clean)
}

/// Prints one JSON line per page, with the page's path as `id`.
fn extract_many(extractor: &Extractor, inputs: &[Input], threads: usize, out: &mut impl Write) -> io::Result<Status> {
    let mut status = Status::Clean;
    for batch in inputs.chunks(threads.max(1) * 4) {
        let pages: Vec<(Value, Option<String>)> =
            batch.iter().map(|input| (Value::String(input.name()), read_page(input))).collect();
        let lines =
            map_in_order(&pages, threads, |(id, text)| text.as_ref().map(|t| identified(id, &extractor.extract(t))));
        for line in lines {
            match line {
                Some(line) => writeln!(out, "{line}")?,
                None => status = Status::SomeInputsFailed,
            }
        }
    }
    Ok(status)
}

/// Reads a whole page; reports a failure on stderr, naming the input.
fn read_page(input: &Input) -> Option<String> {
    let mut bytes = Vec::new();
    if let Err(err) = input.open().and_then(|mut r| r.read_to_end(&mut bytes)) {
        eprintln!("newsclip: {}: {err}", input.name());
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            eprintln!("newsclip: {}: not valid UTF-8 (first invalid byte at offset {offset})", input.name());
            None
        }
    }
}

/// Processes JSON Lines inputs: exactly one output line per input line.
fn extract_jsonl(extractor: &Extractor, inputs: &[Input], threads: usize, out: &mut impl Write) -> io::Result<Status> {
    let mut status = Status::Clean;
    for input in inputs {
        let mut reader = match input.open() {
            Ok(reader) => reader,
            Err(err) => {
                eprintln!("newsclip: {}: {err}", input.name());
                status = Status::SomeInputsFailed;
                continue;
            }
        };
        loop {
            let batch = match read_batch(&mut reader) {
                Ok(batch) => batch,
                Err(err) => {
                    eprintln!("newsclip: {}: {err}", input.name());
                    status = Status::SomeInputsFailed;
                    break;
                }
            };
            if batch.is_empty() {
                break;
            }
            for line in map_in_order(&batch, threads, |line| process_record(extractor, line)) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(status)
}

/// Reads up to a batch of lines, without their `\n` or `\r\n` terminators.
/// A final line without a terminator is a line; an empty result means end of input.
fn read_batch(reader: &mut dyn BufRead) -> io::Result<Vec<Vec<u8>>> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
        let mut line = Vec::new();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if line.last() == Some(&b'\n') {
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
        }
        bytes += line.len();
        batch.push(line);
    }
    Ok(batch)
}
