//! JSON Lines input: bounded line reading and forgiving record parsing.
//!
//! [`LineReader`] splits a stream into lines without ever holding more than a
//! limit of one line in memory (a longer line is reported with its length and
//! first bytes), and drops a UTF-8 byte order mark at the start of the stream.
//! [`Record::parse`] reads one line as a JSON object: its `"text"` or `"html"`
//! (the page to extract) and every other field, kept byte for byte as written.
//! A lone UTF-16 surrogate escape such as `"\ud800"`, which Python's
//! `json.dumps` writes for broken input, becomes U+FFFD in the page instead of
//! failing the record. [`recover_id`] finds the `"id"` of a line that is not
//! valid JSON, so its error record can still be joined back.
//!
//! ```
//! use newsclip_cli::jsonl::{Content, Record};
//!
//! let record = Record::parse(br#"{"id": 7, "lang": "en", "text": "caf\u00e9 \ud800"}"#).unwrap();
//! assert_eq!(record.id().map(|id| id.get()), Some("7"));
//! assert_eq!(record.content, Content::Text("café \u{fffd}".to_owned()));
//! assert_eq!(record.fields.len(), 2); // "id" and "lang", as written
//! ```

use std::fmt;
use std::io::{self, BufRead};

use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One line read by [`LineReader`], without its `\n` or `\r\n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    /// The whole line.
    Complete(Vec<u8>),
    /// A line longer than the limit: its first bytes and its full length.
    TooLong {
        /// The first bytes of the line (up to 64 KiB), to recover its id.
        prefix: Vec<u8>,
        /// The line's length in bytes.
        len: u64,
    },
}

/// How much of an over-long line is kept to find its id.
const PREFIX_BYTES: usize = 64 << 10;

/// Reads lines of at most a given length from a [`BufRead`].
#[derive(Debug)]
pub struct LineReader<R> {
    inner: R,
    max_line: usize,
    at_start: bool,
}

impl<R: BufRead> LineReader<R> {
    /// Lines longer than `max_line` bytes come back as [`Line::TooLong`].
    pub fn new(inner: R, max_line: usize) -> LineReader<R> {
        LineReader { inner, max_line, at_start: true }
    }

    /// The next line, or `None` at the end of the stream. A last line without
    /// a terminator is a line.
    ///
    /// # Errors
    ///
    /// The underlying reader's errors.
    pub fn next_line(&mut self) -> io::Result<Option<Line>> {
        if std::mem::take(&mut self.at_start) {
            let buf = self.inner.fill_buf()?;
            if buf.starts_with(BOM) {
                self.inner.consume(BOM.len());
            }
        }
        let mut line = Vec::new();
        let mut len: u64 = 0;
        let mut read_any = false;
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(buf) => buf,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => return Err(err),
            };
            if buf.is_empty() {
                if !read_any {
                    return Ok(None);
                }
                break;
            }
            read_any = true;
            let (chunk, found) = match memchr::memchr(b'\n', buf) {
                Some(at) => (&buf[..at], true),
                None => (buf, false),
            };
            len += chunk.len() as u64;
            // Past the limit only a prefix is kept: memory stays bounded.
            let keep = if len > self.max_line as u64 { PREFIX_BYTES.saturating_sub(line.len()) } else { chunk.len() };
            line.extend_from_slice(&chunk[..keep.min(chunk.len())]);
            let used = chunk.len() + usize::from(found);
            self.inner.consume(used);
            if found {
                break;
            }
        }
        if len > self.max_line as u64 {
            line.truncate(PREFIX_BYTES);
            return Ok(Some(Line::TooLong { prefix: line, len }));
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        Ok(Some(Line::Complete(line)))
    }
}

/// The page a record carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    /// `"text"`: a page dump or clean text.
    Text(String),
    /// `"html"`: an HTML page (as UTF-8, since JSON strings are Unicode).
    Html(String),
}

/// A JSON Lines record: the page and every other field as written.
#[derive(Debug)]
pub struct Record {
    /// Every field but `"text"` and `"html"`, in order, values byte for byte.
    pub fields: Vec<(String, Box<RawValue>)>,
    /// The page: `"html"` when the record has it, else `"text"`.
    pub content: Content,
}

/// Why a line is not a usable record, with its `"id"` when it can be read.
#[derive(Debug)]
pub struct RecordError {
    id: Option<Value>,
    message: String,
    /// The record's fields, when the line is a JSON object.
    fields: Option<Vec<(String, Box<RawValue>)>>,
}

impl RecordError {
    /// The record's `"id"`, when the line let it be read.
    #[must_use]
    pub fn id(&self) -> Option<&Value> {
        self.id.as_ref()
    }

    /// Every field of the record but `"text"` and `"html"`, as written, when
    /// the line is a JSON object (one without a usable page, say).
    #[must_use]
    pub fn fields(&self) -> Option<&[(String, Box<RawValue>)]> {
        self.fields.as_deref()
    }

    /// Takes the fields out; see [`fields`](Self::fields).
    #[must_use]
    pub fn into_fields(self) -> Option<Vec<(String, Box<RawValue>)>> {
        self.fields
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RecordError {}

impl Record {
    /// Parses one line (without its terminator).
    ///
    /// # Errors
    ///
    /// When the line is empty, not valid UTF-8, not a JSON object, or has no
    /// `"text"` or `"html"` string; the error keeps the `"id"` it could read.
    pub fn parse(line: &[u8]) -> Result<Record, RecordError> {
        let fail = |message: String| RecordError { id: recover_id(line), message, fields: None };
        if line.iter().all(u8::is_ascii_whitespace) {
            return Err(RecordError { id: None, message: "empty line".to_owned(), fields: None });
        }
        if let Err(err) = std::str::from_utf8(line) {
            return Err(fail(format!("line is not valid UTF-8 (first invalid byte at offset {})", err.valid_up_to())));
        }
        let fields = match serde_json::from_slice::<Fields>(line) {
            Ok(Fields(fields)) => fields,
            Err(err) if err.is_data() => return Err(fail("record is not a JSON object".to_owned())),
            Err(err) => return Err(fail(format!("malformed JSON: {err}"))),
        };
        Record::from_fields(fields)
    }

    fn from_fields(all: Vec<(String, Box<RawValue>)>) -> Result<Record, RecordError> {
        let mut fields = Vec::with_capacity(all.len());
        let (mut text, mut html) = (None, None);
        for (name, value) in all {
            match name.as_str() {
                "text" if text.is_none() => text = Some(value),
                "html" if html.is_none() => html = Some(value),
                _ => fields.push((name, value)),
            }
        }
        let fail = |fields: Vec<(String, Box<RawValue>)>, message: String| {
            let id = fields.iter().find(|(n, _)| n == "id").and_then(|(_, v)| serde_json::from_str(v.get()).ok());
            RecordError { id, message, fields: Some(fields) }
        };
        let (key, raw) = match (html, text) {
            (Some(raw), _) => ("html", raw),
            (None, Some(raw)) => ("text", raw),
            (None, None) => return Err(fail(fields, "record has no \"text\" or \"html\"".to_owned())),
        };
        let Some(page) = decode_string(&raw) else { return Err(fail(fields, format!("\"{key}\" is not a string"))) };
        let content = if key == "html" { Content::Html(page) } else { Content::Text(page) };
        Ok(Record { fields, content })
    }

    /// The record's `"id"` field as written, if any.
    #[must_use]
    pub fn id(&self) -> Option<&RawValue> {
        self.field("id")
    }

    /// A field's value as written, if the record has it.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&RawValue> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| &**v)
    }

    /// The record's `"url"`, when it is a string.
    #[must_use]
    pub fn url(&self) -> Option<String> {
        self.field("url").and_then(|v| serde_json::from_str(v.get()).ok())
    }
}

/// A JSON object read as its fields in order, values left unparsed.
struct Fields(Vec<(String, Box<RawValue>)>);

impl<'de> serde::Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Fields, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(4));
                while let Some(entry) = map.next_entry::<String, Box<RawValue>>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor)
    }
}

/// Decodes a JSON string, lone surrogate escapes replaced by U+FFFD; `None`
/// when the value is not a string.
fn decode_string(raw: &RawValue) -> Option<String> {
    struct Wtf8Visitor;
    impl Visitor<'_> for Wtf8Visitor {
        type Value = Vec<u8>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_bytes<E>(self, bytes: &[u8]) -> Result<Vec<u8>, E> {
            Ok(bytes.to_vec())
        }
        fn visit_byte_buf<E>(self, bytes: Vec<u8>) -> Result<Vec<u8>, E> {
            Ok(bytes)
        }
        fn visit_str<E>(self, text: &str) -> Result<Vec<u8>, E> {
            Ok(text.as_bytes().to_vec())
        }
    }
    if !raw.get().starts_with('"') {
        return None;
    }
    // serde_json hands strings to `deserialize_bytes` as WTF-8: lone
    // surrogates are encoded like code points (ED A0..BF xx), never an error.
    let bytes = serde_json::Deserializer::from_str(raw.get()).deserialize_bytes(Wtf8Visitor).ok()?;
    Some(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => replace_surrogates(err.as_bytes()),
    })
}

/// WTF-8 to UTF-8: each encoded surrogate (3 bytes) becomes one U+FFFD.
fn replace_surrogates(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                out.push_str(valid);
                break;
            }
            Err(err) => {
                let (valid, after) = rest.split_at(err.valid_up_to());
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                out.push(char::REPLACEMENT_CHARACTER);
                let is_surrogate = after.len() >= 3 && after[0] == 0xED && (0xA0..=0xBF).contains(&after[1]);
                let skip = if is_surrogate { 3 } else { err.error_len().unwrap_or(after.len()).max(1) };
                rest = &after[skip.min(after.len())..];
            }
        }
    }
    out
}

/// The top-level `"id"` of a line that may not be valid JSON: the value after
/// the first `"id":` key of the outer object, when that value is complete.
#[must_use]
pub fn recover_id(line: &[u8]) -> Option<Value> {
    let text = String::from_utf8_lossy(line);
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b'"' => {
                let end = string_end(bytes, i)?;
                let is_key_at_top = depth == 1 && &bytes[i..end] == b"\"id\"";
                i = end;
                let after = skip_space(bytes, i);
                if is_key_at_top && bytes.get(after) == Some(&b':') {
                    let value_start = skip_space(bytes, after + 1);
                    let mut values = serde_json::Deserializer::from_str(&text[value_start..]).into_iter::<Value>();
                    return values.next()?.ok();
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The index after the closing quote of the string starting at `start`.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(data: &[u8], max: usize) -> Vec<Line> {
        let mut reader = LineReader::new(data, max);
        std::iter::from_fn(|| reader.next_line().expect("in memory")).collect()
    }

    fn complete(text: &str) -> Line {
        Line::Complete(text.as_bytes().to_vec())
    }

    #[test]
    fn splits_lines_drops_the_bom_and_crlf() {
        assert_eq!(lines(b"\xEF\xBB\xBFa\r\nb\n\nc", 100), [complete("a"), complete("b"), complete(""), complete("c")]);
        assert_eq!(lines(b"a\n", 100), [complete("a")]);
        assert!(lines(b"", 100).is_empty());
    }

    #[test]
    fn long_lines_keep_a_prefix_and_their_length() {
        let data = format!("short\n{}\nafter\n", "x".repeat(1000));
        let got = lines(data.as_bytes(), 100);
        assert_eq!(got[0], complete("short"));
        assert_eq!(got[1], Line::TooLong { prefix: vec![b'x'; 1000], len: 1000 });
        assert_eq!(got[2], complete("after"));
    }

    #[test]
    fn a_tiny_buffer_still_splits_correctly() {
        let data = b"{\"id\":1}\n{\"id\":2}\n";
        let mut reader = LineReader::new(std::io::BufReader::with_capacity(3, &data[..]), 100);
        assert_eq!(reader.next_line().ok().flatten(), Some(complete("{\"id\":1}")));
        assert_eq!(reader.next_line().ok().flatten(), Some(complete("{\"id\":2}")));
        assert_eq!(reader.next_line().ok().flatten(), None);
    }

    #[test]
    fn fields_are_kept_as_written_in_order() {
        let record =
            Record::parse(br#"{"z": 1.50, "id": "a", "html": "<p>x</p>", "nested": {"b": [1, 2]}}"#).expect("record");
        let names: Vec<&str> = record.fields.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["z", "id", "nested"]);
        assert_eq!(record.fields[0].1.get(), "1.50");
        assert_eq!(record.content, Content::Html("<p>x</p>".to_owned()));
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let record = Record::parse(br#"{"text": "a\ud800b\udfffc \ud83d\ude00"}"#).expect("record");
        assert_eq!(record.content, Content::Text("a\u{fffd}b\u{fffd}c \u{1f600}".to_owned()));
        let other = Record::parse(br#"{"title": "x\udc00", "text": "t"}"#).expect("a surrogate elsewhere is kept");
        assert_eq!(other.fields[0].1.get(), r#""x\udc00""#);
    }

    #[test]
    fn errors_keep_the_id() {
        let err = |line: &[u8]| Record::parse(line).expect_err("error");
        assert_eq!(err(br#"{"id": "a"}"#).id(), Some(&Value::from("a")));
        assert_eq!(err(br#"{"id": "b", "text": 3}"#).to_string(), "\"text\" is not a string");
        assert_eq!(err(br#"{"id": 5, "text": "cut off"#).id(), Some(&Value::from(5)));
        assert_eq!(err(b"{\"id\": \"c\", \"text\": \"caf\xe9\"}").id(), Some(&Value::from("c")));
        assert_eq!(err(b"[1, 2]").to_string(), "record is not a JSON object");
        assert_eq!(err(b"").to_string(), "empty line");
    }

    #[test]
    fn recover_id_only_takes_the_outer_key() {
        assert_eq!(recover_id(br#"{"text": "say \"id\": 1", "meta": {"id": 2}, "id": 3, "#), Some(Value::from(3)));
        assert_eq!(recover_id(br#"{"id": "unterminated"#), None);
        assert_eq!(recover_id(b"not json"), None);
    }
}
