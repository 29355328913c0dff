//! Inputs: which files to read, how to open and decompress them, what they
//! hold, and the tasks they turn into.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use newsclip_cli::gzip::GzipMembers;
use newsclip_cli::http::{looks_like_html, Response};
use newsclip_cli::jsonl::{recover_id, Line, LineReader};
use newsclip_cli::warc::{self, WarcReader};
use serde_json::Value;

use crate::args::{Compression, Format};
use crate::process::{PageKind, Task};
use crate::report::Report;

/// Read buffers: large enough that a 1 GB file takes few system calls.
const BUFFER_BYTES: usize = 1 << 18;

/// One input to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    pub(crate) fn from_arg(path: &Path) -> Input {
        if path == Path::new("-") {
            Input::Stdin
        } else {
            Input::File(path.to_owned())
        }
    }

    pub(crate) fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_owned(),
            Input::File(path) => path.display().to_string(),
        }
    }
}

/// The inputs named on the command line, directories walked lazily, then
/// the paths listed in `--files-from`. `Err` names a path that cannot be listed.
pub(crate) fn expand(
    paths: Vec<PathBuf>,
    files_from: Option<PathBuf>,
    extensions: Vec<String>,
) -> Box<dyn Iterator<Item = Result<Input, String>> + Send> {
    let extensions: Arc<[String]> =
        extensions.into_iter().map(|e| e.trim_start_matches('.').to_ascii_lowercase()).collect();
    let nothing_named = paths.is_empty() && files_from.is_none();
    let named = paths.into_iter().flat_map(move |path| -> Box<dyn Iterator<Item = Result<Input, String>> + Send> {
        if path.is_dir() {
            Box::new(walk(&path, Arc::clone(&extensions)))
        } else {
            Box::new(std::iter::once(Ok(Input::from_arg(&path))))
        }
    });
    let listed = files_from.into_iter().flat_map(|list| -> Box<dyn Iterator<Item = Result<Input, String>> + Send> {
        let reader: io::Result<Box<dyn BufRead + Send>> = if list == Path::new("-") {
            Ok(Box::new(BufReader::new(io::stdin())))
        } else {
            File::open(&list).map(|f| Box::new(BufReader::new(f)) as Box<dyn BufRead + Send>)
        };
        match reader {
            Ok(reader) => Box::new(reader.lines().filter_map(move |line| match line {
                Ok(line) if line.trim().is_empty() => None,
                Ok(line) => Some(Ok(Input::File(PathBuf::from(line.trim_end_matches('\r'))))),
                Err(err) => Some(Err(format!("{}: {err}", list.display()))),
            })),
            Err(err) => Box::new(std::iter::once(Err(format!("{}: {err}", list.display())))),
        }
    });
    let stdin = nothing_named.then_some(Ok(Input::Stdin));
    Box::new(named.chain(listed).chain(stdin))
}

/// Files under `dir` with one of `extensions` (before any .gz/.zst), in name
/// order; hidden files skipped, ignore files not consulted (data is not code).
fn walk(dir: &Path, extensions: Arc<[String]>) -> impl Iterator<Item = Result<Input, String>> + Send {
    ignore::WalkBuilder::new(dir)
        .standard_filters(false)
        .hidden(true)
        .sort_by_file_name(std::cmp::Ord::cmp)
        .build()
        .filter_map(move |entry| match entry {
            Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => {
                has_extension(entry.path(), &extensions).then(|| Ok(Input::File(entry.into_path())))
            }
            Ok(_) => None,
            Err(err) => Some(Err(err.to_string())),
        })
}

fn has_extension(path: &Path, extensions: &[String]) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let name = [".gz", ".zst", ".zstd"].iter().find_map(|c| name.strip_suffix(c)).unwrap_or(&name);
    Path::new(name).extension().is_some_and(|ext| extensions.iter().any(|e| ext.eq_ignore_ascii_case(e)))
}

/// An input opened, decompressed and recognized.
pub(crate) struct Opened {
    pub(crate) name: String,
    pub(crate) format: Format,
    pub(crate) reader: Box<dyn BufRead + Send>,
}

/// Opens an input, undoes its compression and recognizes its format.
pub(crate) fn open(
    input: &Input,
    compression: Compression,
    format: Format,
    report: &Arc<Report>,
) -> io::Result<Opened> {
    let raw: Box<dyn Read + Send> = match input {
        Input::Stdin => Box::new(io::stdin()),
        Input::File(path) => Box::new(File::open(path)?),
    };
    let raw = Counting { inner: raw, report: Arc::clone(report) };
    let (head, raw) = sniff(raw, |head| head.len() >= 4)?;
    let compression = match compression {
        Compression::Auto if head.starts_with(&[0x1f, 0x8b]) => Compression::Gzip,
        Compression::Auto if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) => Compression::Zstd,
        Compression::Auto => Compression::None,
        chosen => chosen,
    };
    let raw = Cursor::new(head).chain(raw);
    let decompressed: Box<dyn Read + Send> = match compression {
        Compression::Gzip => Box::new(GzipMembers::new(BufReader::with_capacity(BUFFER_BYTES, raw))),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::new(raw)?),
        Compression::None | Compression::Auto => Box::new(raw),
    };
    let (head, decompressed) = sniff(decompressed, decidable)?;
    let format = if format == Format::Auto { recognize(&head) } else { format };
    let reader = Box::new(BufReader::with_capacity(BUFFER_BYTES, Cursor::new(head).chain(decompressed)));
    Ok(Opened { name: input.name(), format, reader })
}

/// Reads the first bytes of a stream until `enough` says they suffice (or
/// 8 KiB, or the end), without waiting for more than a pipe has delivered.
fn sniff<R: Read>(mut reader: R, enough: impl Fn(&[u8]) -> bool) -> io::Result<(Vec<u8>, R)> {
    let mut head = Vec::new();
    let mut buf = [0; 4096];
    while !enough(&head) && head.len() < 8192 {
        match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok((head, reader))
}

/// Whether enough of the content is known to recognize it.
fn decidable(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    head.iter().position(|b| !b.is_ascii_whitespace()).is_some_and(|start| head.len() - start >= 5)
}

/// The format of content from its first bytes.
fn recognize(head: &[u8]) -> Format {
    let body = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = body.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(body.len());
    if body.starts_with(b"WARC/") {
        Format::Warc
    } else if body[start..].starts_with(b"{") {
        Format::Jsonl
    } else if looks_like_html(body) {
        Format::Html
    } else {
        Format::Text
    }
}

/// A reader that adds the bytes it reads to the run's input count.
struct Counting {
    inner: Box<dyn Read + Send>,
    report: Arc<Report>,
}

impl Read for Counting {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.report.add_input_bytes(n as u64);
        Ok(n)
    }
}

/// What the reader does with the tasks it makes; `false` means stop reading.
pub(crate) trait Sink {
    fn send(&mut self, task: Task) -> bool;
}

/// Reads a page whole, at most `max` bytes. `Ok(Err(len))` when it is larger.
pub(crate) fn read_page(reader: &mut dyn BufRead, max: u64) -> io::Result<Result<Vec<u8>, u64>> {
    let mut bytes = Vec::new();
    reader.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        let rest = io::copy(reader, &mut io::sink())?;
        return Ok(Err(bytes.len() as u64 + rest));
    }
    Ok(Ok(bytes))
}

/// Turns one opened input into tasks. Problems with the input itself are
/// reported (and make the exit status 1); problems with a record become
/// error tasks. Returns `false` when the sink asked to stop.
pub(crate) fn feed(opened: Opened, max: u64, report: &Report, sink: &mut dyn Sink) -> bool {
    let Opened { name, format, mut reader } = opened;
    match format {
        Format::Jsonl => feed_jsonl(&name, reader, max, report, sink),
        Format::Warc => feed_warc(&name, reader, max, report, sink),
        Format::Text | Format::Html | Format::Auto => {
            let kind = if format == Format::Html { PageKind::Html } else { PageKind::Text };
            let id = vec![("id".to_owned(), Value::from(name.as_str()))];
            match read_page(&mut reader, max) {
                Err(err) => {
                    report.input_failed(&name, &err.to_string());
                    true
                }
                Ok(Err(len)) => sink.send(Task::Failed { fields: id, message: too_large("page", len, max) }),
                Ok(Ok(bytes)) => match page_check(kind, &bytes) {
                    Err(message) => {
                        report.input_failed(&name, &message);
                        true
                    }
                    Ok(()) => sink.send(Task::Page { fields: id, kind, bytes, url: None, content_type: None }),
                },
            }
        }
    }
}

/// A text page must be UTF-8 (HTML may be in any charset).
pub(crate) fn page_check(kind: PageKind, bytes: &[u8]) -> Result<(), String> {
    match (kind, std::str::from_utf8(bytes)) {
        (PageKind::Text, Err(err)) => {
            Err(format!("not valid UTF-8 (first invalid byte at offset {})", err.valid_up_to()))
        }
        _ => Ok(()),
    }
}

fn too_large(what: &str, len: u64, max: u64) -> String {
    format!("{what} of {len} bytes exceeds --max-record-bytes ({max})")
}

fn feed_jsonl(name: &str, reader: Box<dyn BufRead + Send>, max: u64, report: &Report, sink: &mut dyn Sink) -> bool {
    let mut lines = LineReader::new(reader, usize::try_from(max).unwrap_or(usize::MAX));
    loop {
        let task = match lines.next_line() {
            Ok(None) => return true,
            Ok(Some(Line::Complete(line))) => Task::Line(line),
            Ok(Some(Line::TooLong { prefix, len })) => {
                let id = recover_id(&prefix).unwrap_or(Value::Null);
                Task::Failed { fields: vec![("id".to_owned(), id)], message: too_large("line", len, max) }
            }
            // A corrupt gzip member: the reader goes on at the next member.
            Err(err) if err.kind() == io::ErrorKind::InvalidData => {
                report.input_failed(name, &err.to_string());
                continue;
            }
            Err(err) => {
                report.input_failed(name, &err.to_string());
                return true;
            }
        };
        if !sink.send(task) {
            return false;
        }
    }
}

fn feed_warc(name: &str, reader: Box<dyn BufRead + Send>, max: u64, report: &Report, sink: &mut dyn Sink) -> bool {
    for item in WarcReader::new(reader).max_body(max) {
        let task = match item {
            Ok(record) => match warc_task(record, max) {
                Ok(task) => task,
                Err(reason) => {
                    report.skipped(reason);
                    continue;
                }
            },
            Err(err) => {
                if matches!(err.kind(), warc::ErrorKind::Io | warc::ErrorKind::Truncated) {
                    report.input_failed(name, &err.to_string());
                }
                let fields = err.header().map_or_else(|| vec![("id".to_owned(), Value::Null)], warc_fields);
                Task::Failed { fields, message: err.to_string() }
            }
        };
        if !sink.send(task) {
            return false;
        }
    }
    true
}

/// `id` and `warc_record_id` (null when missing), `url` and `warc_date` (when present) of a record.
fn warc_fields(header: &warc::Header) -> Vec<(String, Value)> {
    let mut fields = Vec::with_capacity(4);
    let id = header.record_id().map_or(Value::Null, Value::from);
    fields.push(("id".to_owned(), id.clone()));
    fields.push(("warc_record_id".to_owned(), id));
    if let Some(url) = header.target_uri() {
        fields.push(("url".to_owned(), Value::from(url)));
    }
    if let Some(date) = header.date() {
        fields.push(("warc_date".to_owned(), Value::from(date)));
    }
    fields
}

/// The task for a WARC record, or why it is skipped.
fn warc_task(record: warc::Record, max: u64) -> Result<Task, &'static str> {
    let fields = warc_fields(&record.header);
    let url = record.header.target_uri().map(str::to_owned);
    let media =
        record.header.content_type().map(|t| t.split(';').next().unwrap_or_default().trim().to_ascii_lowercase());
    let kind = match record.header.warc_type().map(str::to_ascii_lowercase).as_deref() {
        Some("response") => {
            // Heritrix also writes DNS lookups as `response` records (text/dns).
            if media.as_deref().is_some_and(|m| m != "application/http") {
                return Err("non-HTTP response");
            }
            let response = match Response::parse(&record.body) {
                Ok(response) => response,
                Err(message) => return Ok(Task::Failed { fields, message }),
            };
            if !(200..300).contains(&response.status) {
                return Err("non-2xx response");
            }
            if !response.is_html() {
                return Err("non-HTML response");
            }
            let content_type = response.charset().map(|charset| format!("text/html; charset={charset}"));
            return Ok(match response.payload(max) {
                Ok(payload) => {
                    Task::Page { fields, kind: PageKind::Html, bytes: payload.into_owned(), url, content_type }
                }
                Err(message) => Task::Failed { fields, message },
            });
        }
        Some("conversion") => PageKind::Text,
        Some("resource") => match media.as_deref() {
            Some("text/html" | "application/xhtml+xml") => PageKind::Html,
            Some("text/plain") => PageKind::Text,
            _ => return Err("non-text resource"),
        },
        Some("request") => return Err("request"),
        Some("metadata") => return Err("metadata"),
        Some("warcinfo") => return Err("warcinfo"),
        Some("revisit") => return Err("revisit"),
        _ => return Err("other record type"),
    };
    Ok(Task::Page { fields, kind, bytes: record.body, url, content_type: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_recognized_by_its_first_bytes() {
        assert_eq!(recognize(b"WARC/1.1\r\n"), Format::Warc);
        assert_eq!(recognize(b"\xEF\xBB\xBF\n {\"id\": 1}"), Format::Jsonl);
        assert_eq!(recognize(b"  <!DOCTYPE html><html>"), Format::Html);
        assert_eq!(recognize(b"<p>Hello</p>"), Format::Html);
        assert_eq!(recognize(b"Headline\nBody < 3 things"), Format::Text);
        assert_eq!(recognize(b""), Format::Text);
    }

    fn record(kind: &str, content_type: &str, body: &[u8]) -> warc::Record {
        let fields = [("WARC-Type", kind), ("Content-Type", content_type), ("WARC-Record-ID", "<urn:x>")];
        let fields = fields.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect();
        warc::Record { header: warc::Header { version: "1.1".to_owned(), fields }, body: body.to_vec(), offset: 0 }
    }

    #[test]
    fn warc_records_become_pages_or_are_skipped_with_a_reason() {
        let html = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>";
        let page = warc_task(record("response", "application/http; msgtype=response", html), 1000);
        assert!(matches!(page, Ok(Task::Page { kind: PageKind::Html, .. })));
        assert_eq!(
            warc_task(record("response", "text/dns", b"20240301 example.org. A 1.2.3.4"), 1000).err(),
            Some("non-HTTP response")
        );
        let wet = warc_task(record("conversion", "text/plain", b"Some text"), 1000);
        assert!(matches!(wet, Ok(Task::Page { kind: PageKind::Text, .. })));
        assert_eq!(warc_task(record("request", "application/http", b"GET /"), 1000).err(), Some("request"));
        let broken = warc_task(record("response", "application/http", b"not http"), 1000);
        assert!(matches!(broken, Ok(Task::Failed { .. })), "a response that is not HTTP is an error line");
    }

    #[test]
    fn directory_files_are_chosen_by_extension() {
        let exts: Vec<String> = ["html", "jsonl", "warc"].iter().map(|s| (*s).to_owned()).collect();
        for yes in ["a.html", "A.HTML", "b.jsonl.gz", "c.warc.zst", "d.warc.gz"] {
            assert!(has_extension(Path::new(yes), &exts), "{yes}");
        }
        for no in ["a.png", "b.gz", "warc", "c.json"] {
            assert!(!has_extension(Path::new(no), &exts), "{no}");
        }
    }
}
