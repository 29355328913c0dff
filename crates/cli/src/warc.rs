//! A streaming reader of WARC 1.0 and 1.1 records.
//!
//! [`WarcReader`] reads one record at a time from any [`BufRead`]: the header
//! block is parsed into [`Header`] and the content block is read into memory
//! up to a size limit; a larger block is skipped (never buffered) and reported
//! as an error that still carries the record's header, so the caller can name
//! the record it lost. After a malformed header the reader resynchronizes on
//! the next line that starts with `WARC/`, so one bad record costs one record.
//!
//! Decompression is the caller's job: wrap a `.warc.gz` in
//! [`GzipMembers`](crate::gzip::GzipMembers), which recovers from a corrupt
//! member at the next one.
//!
//! ```
//! use newsclip_cli::warc::WarcReader;
//!
//! let data = b"WARC/1.1\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:uuid:1>\r\n\
//! Content-Length: 5\r\n\r\nHello\r\n\r\n";
//! let mut reader = WarcReader::new(&data[..]);
//! let record = reader.next().expect("one record").expect("well-formed");
//! assert_eq!(record.header.warc_type(), Some("conversion"));
//! assert_eq!(record.header.get("warc-record-id"), Some("<urn:uuid:1>"));
//! assert_eq!(record.body, b"Hello");
//! assert!(reader.next().is_none());
//! ```

use std::fmt;
use std::io::{self, BufRead, Read};

/// A WARC header block larger than this is malformed (real ones are < 4 KB).
const MAX_HEADER_BYTES: usize = 1 << 20;

/// The named fields of a record's header block, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// The version line without `WARC/` (`1.0`, `1.1`).
    pub version: String,
    /// `(name, value)` pairs as written (values trimmed, continuation lines joined).
    pub fields: Vec<(String, String)>,
}

impl Header {
    /// The first value of a field, by case-insensitive name.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// `WARC-Type` (`response`, `request`, `conversion`, …).
    #[must_use]
    pub fn warc_type(&self) -> Option<&str> {
        self.get("WARC-Type")
    }

    /// `WARC-Record-ID`, with its angle brackets (`<urn:uuid:…>`).
    #[must_use]
    pub fn record_id(&self) -> Option<&str> {
        self.get("WARC-Record-ID")
    }

    /// `WARC-Target-URI`, the URL the record is about (angle brackets, which
    /// WARC 1.0 examples show, removed).
    #[must_use]
    pub fn target_uri(&self) -> Option<&str> {
        self.get("WARC-Target-URI").map(|uri| uri.trim_start_matches('<').trim_end_matches('>'))
    }

    /// `WARC-Date`, as written (ISO 8601 UTC).
    #[must_use]
    pub fn date(&self) -> Option<&str> {
        self.get("WARC-Date")
    }

    /// `Content-Type` of the content block.
    #[must_use]
    pub fn content_type(&self) -> Option<&str> {
        self.get("Content-Type")
    }

    fn content_length(&self) -> Option<u64> {
        self.get("Content-Length").and_then(|v| v.trim().parse().ok())
    }
}

/// One WARC record: its header and its content block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The header block.
    pub header: Header,
    /// The content block (for a `response`, the HTTP message).
    pub body: Vec<u8>,
    /// Offset of the record's first byte in the (decompressed) stream.
    pub offset: u64,
}

/// What went wrong with a record; see [`Error::kind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The header block is not WARC (no `WARC/` line, no `Content-Length`, too long).
    Malformed,
    /// The content block is larger than the reader's limit; it was skipped.
    TooLarge,
    /// The stream ended inside the record.
    Truncated,
    /// The underlying reader failed (for example a corrupt gzip member).
    Io,
}

/// A record that could not be read, with its header when that was read.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    header: Option<Header>,
    offset: u64,
}

impl Error {
    /// What kind of failure this is.
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The header of the record that failed, when it could be read.
    #[must_use]
    pub fn header(&self) -> Option<&Header> {
        self.header.as_ref()
    }

    /// Offset in the (decompressed) stream where the failed record started.
    #[must_use]
    pub fn offset(&self) -> u64 {
        self.offset
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (WARC record at byte {})", self.message, self.offset)
    }
}

impl std::error::Error for Error {}

/// Reads WARC records one by one from a byte stream; see the [module docs](self).
#[derive(Debug)]
pub struct WarcReader<R> {
    inner: R,
    max_body: u64,
    /// Bytes consumed from `inner`.
    position: u64,
    /// After a malformed record: skip to the next `WARC/` line.
    resync: bool,
    /// After an unrecoverable read error or the end of the stream.
    done: bool,
}

impl<R: BufRead> WarcReader<R> {
    /// A reader with no limit on the content block's size.
    pub fn new(inner: R) -> WarcReader<R> {
        WarcReader { inner, max_body: u64::MAX, position: 0, resync: false, done: false }
    }

    /// Content blocks larger than `bytes` are skipped and reported as
    /// [`ErrorKind::TooLarge`] instead of being read into memory.
    #[must_use]
    pub fn max_body(mut self, bytes: u64) -> WarcReader<R> {
        self.max_body = bytes;
        self
    }

    /// The underlying reader.
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    fn error(&self, kind: ErrorKind, message: impl Into<String>, header: Option<Header>, offset: u64) -> Error {
        Error { kind, message: message.into(), header, offset }
    }

    /// Reads one line (with its terminator) into `line`, at most `limit` bytes.
    fn read_line(&mut self, line: &mut Vec<u8>, limit: usize) -> io::Result<usize> {
        line.clear();
        let n = (&mut self.inner).take(limit as u64).read_until(b'\n', line)?;
        self.position += n as u64;
        Ok(n)
    }

    /// Skips blank lines (and, when resynchronizing, any line) up to the next
    /// version line; returns it with its offset, or `None` at the end.
    fn version_line(&mut self) -> io::Result<Option<(Vec<u8>, u64)>> {
        let mut line = Vec::new();
        loop {
            let offset = self.position;
            if self.read_line(&mut line, MAX_HEADER_BYTES)? == 0 {
                return Ok(None);
            }
            if line.starts_with(b"WARC/") {
                self.resync = false;
                return Ok(Some((line, offset)));
            }
            if !self.resync && !line.iter().all(u8::is_ascii_whitespace) {
                return Ok(Some((line, offset)));
            }
        }
    }

    fn read_record(&mut self) -> Option<Result<Record, Error>> {
        let (version_line, offset) = match self.version_line() {
            Ok(Some(found)) => found,
            Ok(None) => return None,
            Err(err) => return Some(Err(self.io_error(err, None, self.position))),
        };
        let Some(version) = version_line.strip_prefix(b"WARC/") else {
            self.resync = true;
            return Some(Err(self.error(ErrorKind::Malformed, "expected a WARC/1.x version line", None, offset)));
        };
        let mut header = Header { version: String::from_utf8_lossy(version).trim().to_owned(), fields: Vec::new() };
        let mut line = Vec::new();
        let mut header_bytes = version_line.len();
        loop {
            let n = match self.read_line(&mut line, MAX_HEADER_BYTES) {
                Ok(n) => n,
                Err(err) => return Some(Err(self.io_error(err, Some(header), offset))),
            };
            header_bytes += n;
            if n == 0 || !line.ends_with(b"\n") {
                self.done = true;
                let kind = ErrorKind::Truncated;
                return Some(Err(self.error(kind, "the stream ends inside a WARC header", Some(header), offset)));
            }
            if header_bytes > MAX_HEADER_BYTES {
                self.resync = true;
                let message = "WARC header block longer than 1 MB";
                return Some(Err(self.error(ErrorKind::Malformed, message, Some(header), offset)));
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                break;
            }
            if text.starts_with([' ', '\t']) {
                if let Some((_, value)) = header.fields.last_mut() {
                    value.push(' ');
                    value.push_str(text.trim());
                }
                continue;
            }
            match text.split_once(':') {
                Some((name, value)) => header.fields.push((name.trim().to_owned(), value.trim().to_owned())),
                None => {
                    self.resync = true;
                    let message = format!("WARC header line without a colon: {:?}", truncate(text, 80));
                    return Some(Err(self.error(ErrorKind::Malformed, message, Some(header), offset)));
                }
            }
        }
        let Some(length) = header.content_length() else {
            self.resync = true;
            let message = "WARC header without a valid Content-Length";
            return Some(Err(self.error(ErrorKind::Malformed, message, Some(header), offset)));
        };
        if length > self.max_body {
            return Some(self.skip_body(length, header, offset));
        }
        // Reserve what the header promises, within reason: a lying length on a
        // truncated stream must not allocate more than the data that exists.
        let mut body = Vec::with_capacity(usize::try_from(length.min(1 << 23)).unwrap_or(0));
        match (&mut self.inner).take(length).read_to_end(&mut body) {
            Ok(n) => self.position += n as u64,
            Err(err) => return Some(Err(self.io_error(err, Some(header), offset))),
        }
        if (body.len() as u64) < length {
            self.done = true;
            let message = format!("truncated WARC record: {} of {length} content bytes", body.len());
            return Some(Err(self.error(ErrorKind::Truncated, message, Some(header), offset)));
        }
        Some(Ok(Record { header, body, offset }))
    }

    fn skip_body(&mut self, length: u64, header: Header, offset: u64) -> Result<Record, Error> {
        match io::copy(&mut (&mut self.inner).take(length), &mut io::sink()) {
            Ok(n) if n == length => {
                self.position += n;
                let message = format!("WARC record of {length} content bytes exceeds the limit of {}", self.max_body);
                Err(self.error(ErrorKind::TooLarge, message, Some(header), offset))
            }
            Ok(n) => {
                self.position += n;
                self.done = true;
                let message = format!("truncated WARC record: {n} of {length} content bytes");
                Err(self.error(ErrorKind::Truncated, message, Some(header), offset))
            }
            Err(err) => Err(self.io_error(err, Some(header), offset)),
        }
    }

    /// Corrupt data (`InvalidData`, as a gzip member that fails its check)
    /// can be skipped; any other read error ends the stream.
    fn io_error(&mut self, err: io::Error, header: Option<Header>, offset: u64) -> Error {
        match err.kind() {
            io::ErrorKind::InvalidData => self.resync = true,
            io::ErrorKind::UnexpectedEof => {
                self.done = true;
                let message = format!("truncated WARC record: {err}");
                return self.error(ErrorKind::Truncated, message, header, offset);
            }
            _ => self.done = true,
        }
        self.error(ErrorKind::Io, err.to_string(), header, offset)
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<Record, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let item = self.read_record();
        if item.is_none() {
            self.done = true;
        }
        item
    }
}

fn truncate(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, id: &str, body: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n",
            body.len()
        )
    }

    fn read_all(data: &[u8], max: u64) -> Vec<Result<Record, Error>> {
        WarcReader::new(data).max_body(max).collect()
    }

    #[test]
    fn reads_records_in_order_with_offsets() {
        let first = record("warcinfo", "a", "software: test");
        let data = format!("{first}{}", record("response", "b", "HTTP/1.1 200 OK\r\n\r\nhi"));
        let records: Vec<Record> = read_all(data.as_bytes(), u64::MAX).into_iter().flatten().collect();
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].offset, 0);
        assert_eq!(records[1].offset, first.len() as u64);
        assert_eq!(records[1].header.record_id(), Some("<urn:uuid:b>"));
        assert_eq!(records[1].body, b"HTTP/1.1 200 OK\r\n\r\nhi");
    }

    #[test]
    fn continuation_lines_and_angle_bracket_uris() {
        let data = "WARC/1.0\r\nWARC-Target-URI: <http://example.org/>\r\nX-Long: one\r\n two\r\nContent-Length: 0\r\n\r\n\r\n\r\n";
        let record = read_all(data.as_bytes(), 10).remove(0).expect("record");
        assert_eq!(record.header.target_uri(), Some("http://example.org/"));
        assert_eq!(record.header.get("x-long"), Some("one two"));
    }

    #[test]
    fn a_large_body_is_skipped_with_its_header() {
        let data = format!("{}{}", record("response", "big", &"x".repeat(100)), record("response", "small", "ok"));
        let results = read_all(data.as_bytes(), 50);
        let err = results[0].as_ref().expect_err("too large");
        assert_eq!(err.kind(), ErrorKind::TooLarge);
        assert_eq!(err.header().and_then(Header::record_id), Some("<urn:uuid:big>"));
        assert_eq!(results[1].as_ref().map(|r| r.body.clone()).ok(), Some(b"ok".to_vec()));
    }

    #[test]
    fn garbage_costs_one_record_and_the_reader_resyncs() {
        let data = format!("garbage line\r\nmore: garbage\r\n\r\n{}", record("request", "next", "GET /"));
        let results = read_all(data.as_bytes(), u64::MAX);
        assert_eq!(results.len(), 2);
        assert_eq!(results[0].as_ref().map_err(Error::kind).err(), Some(ErrorKind::Malformed));
        assert_eq!(results[1].as_ref().ok().and_then(|r| r.header.warc_type()), Some("request"));
    }

    #[test]
    fn missing_length_and_truncated_records_are_errors() {
        let no_length = "WARC/1.0\r\nWARC-Type: response\r\n\r\nbody\r\n\r\n";
        assert_eq!(
            read_all(no_length.as_bytes(), 10)[0].as_ref().map_err(Error::kind).err(),
            Some(ErrorKind::Malformed)
        );
        let full = record("response", "cut", "0123456789");
        let results = read_all(&full.as_bytes()[..full.len() - 8], u64::MAX);
        assert_eq!(results.len(), 1);
        let err = results[0].as_ref().expect_err("truncated");
        assert_eq!(err.kind(), ErrorKind::Truncated);
        assert_eq!(err.header().and_then(Header::record_id), Some("<urn:uuid:cut>"));
    }

    #[test]
    fn arbitrary_bytes_end_without_panicking() {
        for data in [&b""[..], b"\r\n\r\n", b"WARC/", b"WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\n"] {
            assert!(read_all(data, 1 << 20).len() <= 1);
        }
    }
}
