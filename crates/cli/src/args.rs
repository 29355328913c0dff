//! Command-line arguments.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turns news pages into facts: the clean article, every quotation with who
/// said it, and the people, countries and institutions it mentions.
#[derive(Debug, Parser)]
#[command(name = "newsclip", version, propagate_version = true)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Extract articles from page dumps or JSON Lines records and print them as JSON.
    #[command(after_long_help = EXTRACT_DETAILS)]
    Extract(ExtractArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ExtractArgs {
    /// Inputs to read; none, or `-`, reads standard input.
    ///
    /// Without --jsonl each input is one page dumped to text (UTF-8). With
    /// --jsonl each input holds one JSON record per line.
    #[arg(value_name = "FILE")]
    pub(crate) inputs: Vec<PathBuf>,

    /// Read JSON Lines records {"id", "text"} (other keys are ignored) and
    /// write one output line per input line, in input order, with "id" copied.
    #[arg(long)]
    pub(crate) jsonl: bool,

    /// Treat each input as clean body text: no boilerplate stripping, every
    /// paragraph is body, no title or metadata.
    #[arg(long)]
    pub(crate) no_strip: bool,

    /// Do not look for quotations ("quotes" is then an empty list).
    #[arg(long)]
    pub(crate) no_quotes: bool,

    /// Do not tag people, countries and institutions ("entities" is then an
    /// empty list, and speakers are not linked to entities).
    #[arg(long)]
    pub(crate) no_entities: bool,

    /// Print a single article on one line instead of pretty-printed.
    #[arg(long)]
    pub(crate) compact: bool,

    /// Worker threads [default: the number of CPUs].
    #[arg(long, short = 'j', value_name = "N")]
    pub(crate) threads: Option<NonZeroUsize>,
}

const EXTRACT_DETAILS: &str = "\
Output:
  One page (a single FILE or standard input): the article as pretty-printed JSON.
  Several FILEs: JSON Lines, one article per file, in argument order, each with
  \"id\" set to the file's path. --jsonl: JSON Lines, exactly one line per input
  line, in input order, each with the record's \"id\" copied.

  An article is
    {\"title\": Span|null,
     \"dateline\": {\"text\",\"start\",\"end\",\"place\",\"date\",\"agency\"}|null,
     \"author\": Span|null, \"published\": \"ISO 8601\"|null, \"section\": Span|null,
     \"paragraphs\": [Span], \"removed\": [{\"start\",\"end\",\"reason\"}],
     \"quotes\": [{\"text\", \"segments\": [Span],
                 \"speaker\": {\"name\",\"names\",\"kind\",\"mention\": Span|null,\"entity\"}|null,
                 \"cue\": Span|null, \"partial\", \"in_title\"}],
     \"entities\": [{\"id\", \"kind\", \"name\", \"code\", \"country\", \"title\", \"mentions\": [Span]}]}
  where a Span is {\"text\",\"start\",\"end\"}: UTF-8 byte offsets into the input
  text (for --jsonl, into the record's \"text\").

Errors lose nothing:
  A FILE that cannot be read or is not valid UTF-8 is reported on standard error
  with its name; the other inputs are still processed and the exit status is 1.
  With --jsonl, a line that is not valid UTF-8, not a JSON object, or has no
  \"text\" string gives {\"id\", \"error\"} for that line (\"id\" is null when it
  cannot be read) and the run goes on.

Examples:
  newsclip extract page.txt
  newsclip extract --no-strip clean-article.txt
  cat pages.jsonl | newsclip extract --jsonl > articles.jsonl
  newsclip extract --jsonl pages.jsonl -j 8 > articles.jsonl";
