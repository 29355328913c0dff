//! `newsclip`: news pages in, article, quotes and entities out as JSON.
//!
//! The design and the choice of crates are documented in the library part of
//! this package (`newsclip_cli`).
#![forbid(unsafe_code)]

mod args;
mod output;
mod pipeline;
mod process;
mod report;
mod signals;
mod source;

use std::io::{self, IsTerminal};
use std::num::NonZero;
use std::process::ExitCode;
use std::sync::Arc;
use std::thread;

use clap::{CommandFactory, Parser};
use newsclip::lexicon::UserLexicon;
use newsclip::Extractor;

use crate::args::{Cli, Command, ExtractArgs, Format};
use crate::output::Output;
use crate::pipeline::{End, Gate};
use crate::process::{PageKind, Processor};
use crate::report::Report;
use crate::signals::Signals;
use crate::source::{Input, Opened, Sink};

/// The smallest budget of input bytes in flight, whatever --max-record-bytes is.
const MIN_BUDGET: u64 = 16 << 20;

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Extract(args) => extract(&args),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "newsclip", &mut io::stdout());
            ExitCode::SUCCESS
        }
        Command::Man { subcommand } => match man_page(subcommand.as_deref()).render(&mut io::stdout()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("newsclip: cannot write the manual page: {err}");
                ExitCode::FAILURE
            }
        },
    }
}

/// The manual page of the tool, or of one subcommand (`newsclip-extract(1)`).
fn man_page(subcommand: Option<&str>) -> clap_mangen::Man {
    let tool = Cli::command();
    // clap names are `&'static str` (no `string` feature): one page name per subcommand.
    let page_name = |name: &str| match name {
        "extract" => Some("newsclip-extract"),
        "completions" => Some("newsclip-completions"),
        _ => None,
    };
    let command =
        subcommand.and_then(|name| Some(tool.find_subcommand(name)?.clone().name(page_name(name)?))).unwrap_or(tool);
    clap_mangen::Man::new(command)
}

fn extract(args: &ExtractArgs) -> ExitCode {
    if args.files_from.as_deref() == Some(std::path::Path::new("-")) && args.inputs.iter().any(|p| p.as_os_str() == "-")
    {
        eprintln!("newsclip: --files-from - and the input - cannot both read standard input");
        return ExitCode::from(2);
    }
    let extractor = match extractor(args) {
        Ok(extractor) => extractor,
        Err(message) => {
            eprintln!("newsclip: {message}");
            return ExitCode::from(2);
        }
    };
    let terminal = io::stderr().is_terminal();
    let report = Arc::new(Report::new(terminal && !args.quiet));
    let mut out = match &args.output {
        Some(path) => match Output::create(path) {
            Ok(out) => out,
            Err(err) => {
                eprintln!("newsclip: cannot create {}: {err}", path.display());
                return ExitCode::FAILURE;
            }
        },
        None => Output::stdout(),
    };
    let ended = run(extractor, args, &report, &mut out);
    report.finish();
    let name = out.name();
    let ended = ended.and_then(|end| out.finish().map(|()| end));
    if !args.quiet && (args.stats || terminal) {
        eprintln!("{}", report.summary());
    }
    let errors = report.errors();
    if errors > 0 && !args.quiet {
        eprintln!("newsclip: {errors} of {} records are error lines (see their \"error\" field)", report.records());
    }
    match ended {
        Err(err) => {
            eprintln!("newsclip: cannot write to {name}: {err}");
            ExitCode::FAILURE
        }
        Ok(End::Interrupted(signal)) => {
            let lines = report.records();
            eprintln!(
                "newsclip: stopped by signal {signal} after {lines} lines (each complete); not all input was read"
            );
            ExitCode::from(u8::try_from(128 + signal).unwrap_or(1))
        }
        Ok(End::Finished) if report.any_input_failed() || (args.fail_on_error && errors > 0) => ExitCode::FAILURE,
        Ok(End::Finished) => ExitCode::SUCCESS,
    }
}

/// The extractor the flags ask for; an error names a user lexicon that cannot be read.
fn extractor(args: &ExtractArgs) -> Result<Extractor, String> {
    let mut builder = Extractor::builder();
    builder.strip(!args.no_strip).quotes(!args.no_quotes).entities(!args.no_entities);
    if let Some(code) = &args.language {
        builder.language(code);
    }
    for path in &args.lexicon {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|err| format!("cannot read lexicon {name}: {err}"))?;
        let user = UserLexicon::from_tsv_named(&name, &text).map_err(|err| format!("bad lexicon {err}"))?;
        builder.lexicon(user);
    }
    Ok(builder.build())
}

fn run(extractor: Extractor, args: &ExtractArgs, report: &Arc<Report>, out: &mut Output) -> io::Result<End> {
    let processor = Arc::new(Processor { extractor, keep: args.fields.clone(), explain: args.explain });
    let mut inputs = source::expand(args.inputs.clone(), args.files_from.clone(), args.ext.clone());
    // One page named alone (or on standard input) prints as one JSON document;
    // one JSON Lines or WARC input streams like many inputs do.
    let alone = args.inputs.len() <= 1 && args.files_from.is_none() && !args.inputs.iter().any(|p| p.is_dir());
    let first = if alone {
        let Some(mut opened) = inputs.next().and_then(|input| open_or_report(input, args, report)) else {
            return Ok(End::Finished);
        };
        if let Some(kind) = page_kind(opened.format) {
            single_page(&mut opened, kind, args, &processor, report, out)?;
            return Ok(End::Finished);
        }
        Some(opened)
    } else {
        None
    };
    stream(first, inputs, args, processor, report, out)
}

/// Opens an input; `None` (reported) when it cannot be listed or opened.
fn open_or_report(input: Result<Input, String>, args: &ExtractArgs, report: &Arc<Report>) -> Option<Opened> {
    let input = match input {
        Ok(input) => input,
        Err(message) => {
            report.input_failed("", &message);
            return None;
        }
    };
    match source::open(&input, args.compression, args.format(), report) {
        Ok(opened) => Some(opened),
        Err(err) => {
            report.input_failed(&input.name(), &err.to_string());
            None
        }
    }
}

/// Streams every input through the pipeline, `first` (already opened) first.
fn stream(
    first: Option<Opened>,
    inputs: Box<dyn Iterator<Item = Result<Input, String>> + Send>,
    args: &ExtractArgs,
    processor: Arc<Processor>,
    report: &Arc<Report>,
    out: &mut Output,
) -> io::Result<End> {
    let max = args.max_record_bytes;
    let threads = args.threads.map_or_else(|| thread::available_parallelism().map_or(1, NonZero::get), NonZero::get);
    let gate = Arc::new(Gate::new(threads * 8, max.max(MIN_BUDGET)));
    let (compression, format) = (args.compression, args.format());
    let reader_report = Arc::clone(report);
    let read = move |sink: &mut dyn Sink| {
        let rest = inputs.filter_map(|input| {
            let input = input.map_err(|message| reader_report.input_failed("", &message)).ok()?;
            source::open(&input, compression, format, &reader_report)
                .map_err(|err| reader_report.input_failed(&input.name(), &err.to_string()))
                .ok()
        });
        for opened in first.into_iter().chain(rest) {
            if !source::feed(opened, max, &reader_report, sink) {
                return;
            }
        }
    };
    // Only a streaming run stops cleanly on a signal; a single page is quick.
    let signals = Signals::install().unwrap_or_else(|err| {
        report.message(&format!("newsclip: no clean stop on SIGINT/SIGTERM: {err}"));
        Signals::default()
    });
    pipeline::run(read, processor, threads, gate, report, &signals, out)
}

fn page_kind(format: Format) -> Option<PageKind> {
    match format {
        Format::Text | Format::Auto => Some(PageKind::Text),
        Format::Html => Some(PageKind::Html),
        Format::Jsonl | Format::Warc => None,
    }
}

fn single_page(
    opened: &mut Opened,
    kind: PageKind,
    args: &ExtractArgs,
    processor: &Processor,
    report: &Report,
    out: &mut Output,
) -> io::Result<()> {
    let max = args.max_record_bytes;
    let bytes = match source::read_page(&mut opened.reader, max) {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(len)) => {
            report.input_failed(&opened.name, &format!("page of {len} bytes exceeds --max-record-bytes ({max})"));
            return Ok(());
        }
        Err(err) => {
            report.input_failed(&opened.name, &err.to_string());
            return Ok(());
        }
    };
    if let Err(message) = source::page_check(kind, &bytes) {
        report.input_failed(&opened.name, &message);
        return Ok(());
    }
    out.write_line(&processor.single(kind, &bytes, args.compact))
}
