//! Command-line arguments.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

/// The exit status section, shared by `newsclip --help` and `newsclip extract --help`.
macro_rules! exit_status {
    () => {
        "\
Exit status:
  0  every input was read (records that failed are error lines in the output)
  1  an input could not be read or decompressed, the output could not be
     written (for example a closed pipe), or --fail-on-error and an error line
  2  usage error
  130, 143  interrupted by SIGINT or SIGTERM (every line written is complete)"
    };
}

const EXIT_STATUS: &str = exit_status!();

/// Turns news pages into facts: the clean article, every quotation with who
/// said it, and the people, countries and institutions it mentions.
#[derive(Debug, Parser)]
#[command(name = "newsclip", version, propagate_version = true, after_long_help = EXIT_STATUS)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Extract articles from pages, JSON Lines records or WARC files and print them as JSON.
    #[command(after_long_help = EXTRACT_DETAILS)]
    Extract(ExtractArgs),
    /// Print a shell completion script (source it from your shell's startup file).
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a manual page (roff): `newsclip man > newsclip.1`,
    /// `newsclip man extract > newsclip-extract.1`.
    Man {
        /// The subcommand whose page to print (the tool's own page without it).
        #[arg(value_parser = ["extract", "completions"])]
        subcommand: Option<String>,
    },
}

/// What each input holds; `auto` decides from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Decide from content: `WARC/` is WARC, `{` is JSON Lines, a leading tag is HTML, else text.
    Auto,
    /// One page dumped to text (UTF-8).
    Text,
    /// One HTML page (any charset).
    Html,
    /// JSON Lines records with "text" or "html".
    Jsonl,
    /// WARC 1.0/1.1 records (Common Crawl WARC and WET files).
    Warc,
}

/// How each input is compressed; `auto` decides from its magic bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Compression {
    /// gzip (1f 8b) or zstd (28 b5 2f fd) when the file starts so, else none.
    Auto,
    /// Read the bytes as they are.
    None,
    /// gzip, one or many members.
    Gzip,
    /// Zstandard, one or many frames.
    Zstd,
}

#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // independent on/off switches, as on the command line
pub(crate) struct ExtractArgs {
    /// Files or directories to read; none, or `-`, reads standard input.
    ///
    /// A directory is walked recursively (hidden files skipped, in name
    /// order) for files with the extensions of --ext, each optionally
    /// compressed (.gz, .zst).
    #[arg(value_name = "PATH")]
    pub(crate) inputs: Vec<PathBuf>,

    /// Also read the paths listed in LIST, one a line (`-` for standard input).
    #[arg(long, value_name = "LIST")]
    pub(crate) files_from: Option<PathBuf>,

    /// What the inputs hold [default: auto].
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Auto, hide_default_value = true)]
    pub(crate) format: Format,

    /// Read JSON Lines records (same as --format jsonl).
    #[arg(long, conflicts_with_all = ["format", "html", "text", "warc"])]
    pub(crate) jsonl: bool,

    /// Read WARC records (same as --format warc).
    #[arg(long, conflicts_with_all = ["format", "html", "text"])]
    pub(crate) warc: bool,

    /// Each input is one HTML page, whatever it starts with (same as --format html).
    #[arg(long, conflicts_with_all = ["format", "text"])]
    pub(crate) html: bool,

    /// Each input is one page dumped to text, even if it looks like HTML
    /// (same as --format text).
    #[arg(long, conflicts_with = "format")]
    pub(crate) text: bool,

    /// How the inputs are compressed [default: auto].
    #[arg(long, value_enum, value_name = "KIND", default_value_t = Compression::Auto, hide_default_value = true)]
    pub(crate) compression: Compression,

    /// File extensions read when walking a directory (compressed variants
    /// such as .jsonl.gz and .warc.zst included).
    #[arg(
        long,
        value_name = "EXT,...",
        value_delimiter = ',',
        default_value = "txt,text,htm,html,xhtml,jsonl,ndjson,warc,wet"
    )]
    pub(crate) ext: Vec<String>,

    /// Treat each page as clean body text: no boilerplate stripping, every
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

    /// Add the people, institutions and country aliases listed in FILE (a
    /// TSV user lexicon, see `newsclip_lexicon::UserLexicon`) to the
    /// built-in ones; repeatable.
    #[arg(long, value_name = "FILE")]
    pub(crate) lexicon: Vec<PathBuf>,

    /// Print a readable account of each page's decisions (the rule behind
    /// each removed block, the title, author and date, each speaker and each
    /// mention) instead of JSON.
    #[arg(long, conflicts_with_all = ["fields", "compact"])]
    pub(crate) explain: bool,

    /// Read every page as written in this language (ISO 639-1: en, de, fr,
    /// es), whatever it declares: quotes and entities are found with that
    /// language's word lists, and "language" reports it.
    #[arg(long, value_name = "CODE")]
    pub(crate) language: Option<String>,

    /// Print a single article on one line instead of pretty-printed.
    #[arg(long)]
    pub(crate) compact: bool,

    /// Write the output to FILE instead of standard output; a name ending in
    /// .gz or .zst is compressed accordingly.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,

    /// Keep only these top-level output fields (an error line keeps "error").
    #[arg(long, value_name = "NAME,...", value_delimiter = ',')]
    pub(crate) fields: Option<Vec<String>>,

    /// A record (line, WARC record, page file) larger than this becomes an
    /// error line instead of being read into memory; at most this many input
    /// bytes are in flight at once (K, M, G suffixes: powers of 1024).
    #[arg(long, value_name = "BYTES", default_value = "64M", value_parser = parse_bytes)]
    pub(crate) max_record_bytes: u64,

    /// Worker threads [default: the number of CPUs].
    #[arg(long, short = 'j', value_name = "N")]
    pub(crate) threads: Option<NonZeroUsize>,

    /// Exit with status 1 when any record is an error line.
    #[arg(long)]
    pub(crate) fail_on_error: bool,

    /// No progress, no summary, no count of error records on standard error
    /// (unreadable inputs are still reported).
    #[arg(long, short = 'q', conflicts_with = "stats")]
    pub(crate) quiet: bool,

    /// Print a summary line at the end (records, errors, skipped, MB/s); the
    /// default when standard error is a terminal.
    #[arg(long, action = ArgAction::SetTrue)]
    pub(crate) stats: bool,
}

impl ExtractArgs {
    /// The format the flags ask for.
    pub(crate) fn format(&self) -> Format {
        match (self.jsonl, self.warc, self.html, self.text) {
            (true, ..) => Format::Jsonl,
            (_, true, ..) => Format::Warc,
            (_, _, true, _) => Format::Html,
            (_, _, _, true) => Format::Text,
            _ => self.format,
        }
    }
}

/// Parses `123`, `64K`, `64M`, `1G` (powers of 1024; a trailing `B` or `iB` is allowed).
fn parse_bytes(text: &str) -> Result<u64, String> {
    let upper = text.trim().to_ascii_uppercase();
    let upper = upper.strip_suffix("IB").or_else(|| upper.strip_suffix('B')).unwrap_or(&upper);
    let (digits, shift) = match upper.chars().last() {
        Some('K') => (&upper[..upper.len() - 1], 10),
        Some('M') => (&upper[..upper.len() - 1], 20),
        Some('G') => (&upper[..upper.len() - 1], 30),
        _ => (upper, 0),
    };
    let number: u64 =
        digits.trim().parse().map_err(|_| format!("{text:?} is not a size such as 1000, 512K, 64M or 1G"))?;
    number.checked_mul(1 << shift).filter(|&n| n > 0).ok_or_else(|| format!("{text:?} is out of range"))
}

const EXTRACT_DETAILS: &str = concat!(
    "\
Inputs:
  Each input is recognized by its first bytes (override with --format and
  --compression): gzip or zstd compression is undone first (any number of
  members or frames); then `WARC/1.x` is a WARC file, `{` starts JSON Lines,
  a leading tag (`<!DOCTYPE`, `<html`, `<p` ...) is an HTML page, anything
  else is a page dumped to text (UTF-8).

  WARC (Common Crawl WARC and WET files, gzip per record or not): `response`
  records with a 2xx HTML payload go through the HTML extractor (chunked and
  gzip transfer undone), `conversion` (WET) and text `resource` records
  through the text path; other records (request, metadata, warcinfo,
  revisit, non-HTML or non-2xx responses) are skipped and counted. The
  charset of the HTTP Content-Type outranks the page's own declaration.

Output:
  One page (a single FILE or standard input): the article as pretty-printed JSON.
  Otherwise JSON Lines, one line per page, record or WARC record, in input
  order, each written as soon as it and the ones before it are done:
    a page file:  \"id\" = its path, then the article
    JSON Lines:   every field of the record except \"text\"/\"html\", unchanged
                  and in order (\"id\" first if it was), then the article; a
                  record field whose name the article also uses moves into
                  \"input\": {name: value} unless both values are equal
    WARC:         \"id\" and \"warc_record_id\" = WARC-Record-ID,
                  \"url\" = WARC-Target-URI, \"warc_date\" = WARC-Date,
                  then the article

  An article is
    {\"title\": Span|null,
     \"dateline\": {\"text\",\"start\",\"end\",\"place\",\"date\",\"agency\"}|null,
     \"author\": Span|null, \"published\": \"ISO 8601\"|null, \"section\": Span|null,
     \"paragraphs\": [Span], \"removed\": [{\"start\",\"end\",\"reason\"}],
     \"quotes\": [{\"text\", \"segments\": [Span],
                 \"speaker\": {\"name\": string|null,\"names\",\"kind\",\"mention\": Span|null,\"entity\"}|null,
                 \"cue\": Span|null, \"partial\", \"in_title\"}],
     \"entities\": [{\"id\", \"kind\", \"name\", \"code\", \"country\", \"title\", \"mentions\": [Span]}]}
  where a Span is {\"text\",\"start\",\"end\"}: UTF-8 byte offsets into the input
  text (for JSON Lines, into the record's \"text\"). More fields may be added;
  none is renamed or dropped.

Errors lose nothing:
  A record that cannot be processed gives a line with \"error\" (and its \"id\"
  and WARC fields when they can be read): a JSON Lines line that is not valid
  UTF-8, not a JSON object or has no \"text\"/\"html\" string, a WARC record
  that is malformed or truncated, any record over --max-record-bytes. The
  number of error lines is printed on standard error at the end. A UTF-8 byte
  order mark opening a JSON Lines file is ignored; a lone surrogate escape
  (\"\\ud800\") in \"text\"/\"html\" becomes U+FFFD. An input that cannot be read,
  decompressed, or (as one text page) is not UTF-8 is reported on standard
  error with its name; the rest is still processed and the exit status is 1.
  A corrupt gzip member of a WARC file costs its record (an error line) and
  the next member is read. SIGINT/SIGTERM stop reading, the records in
  flight are finished, and no line is ever cut off; a second signal stops at once.

Performance (2-core machine, placeholder HTML extractor; README, Corpora):
  reading WARC runs at 300+ MiB/s of content through gzip, so extraction sets
  the pace: about 1,550 pages (9 MiB of HTML) per CPU second, spread over
  -j workers. Memory stays flat: a 1 GiB .warc.gz of 530,000 pages peaked at
  29 MiB of RSS with -j2.

Progress:
  When standard error is a terminal: a progress line (records, MB read,
  records/s, errors) and a summary at the end (--stats prints it anyway,
  --quiet neither).

Examples:
  newsclip extract page.html
  newsclip extract --no-strip clean-article.txt
  cat pages.jsonl | newsclip extract > articles.jsonl
  newsclip extract CC-NEWS-20240101.warc.gz -o articles.jsonl.zst
  newsclip extract saved-pages/ --fields id,title,author,published
  find crawl -name '*.warc.gz' | newsclip extract --files-from - -j 8

",
    exit_status!()
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_bytes("1000"), Ok(1000));
        assert_eq!(parse_bytes("64M"), Ok(64 << 20));
        assert_eq!(parse_bytes("2GiB"), Ok(2 << 30));
        assert_eq!(parse_bytes("512kb"), Ok(512 << 10));
        assert!(parse_bytes("0").is_err() && parse_bytes("lots").is_err());
    }

    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
