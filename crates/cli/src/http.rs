//! The HTTP message inside a WARC `response` record.
//!
//! [`Response::parse`] splits the status line and headers from the payload;
//! [`Response::payload`] undoes `Transfer-Encoding: chunked` and
//! `Content-Encoding: gzip`/`deflate` (crawlers such as wget store what the
//! server sent; Common Crawl stores it decoded and renames the headers), within
//! a size limit.
//!
//! ```
//! use newsclip_cli::http::Response;
//!
//! let message = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n<p>hi</p>";
//! let response = Response::parse(message).unwrap();
//! assert_eq!(response.status, 200);
//! assert!(response.is_html());
//! assert_eq!(response.charset(), Some("ISO-8859-1"));
//! assert_eq!(response.payload(1 << 20).unwrap().as_ref(), b"<p>hi</p>");
//! ```

use std::borrow::Cow;
use std::io::Read;

/// A parsed HTTP response: status, headers, and the raw payload.
#[derive(Clone, Debug)]
pub struct Response<'a> {
    /// The status code (`200`).
    pub status: u16,
    /// Header `(name, value)` pairs in order.
    pub headers: Vec<(&'a str, &'a str)>,
    /// The bytes after the blank line, as stored.
    pub body: &'a [u8],
}

impl<'a> Response<'a> {
    /// Parses an HTTP/1.x response message.
    ///
    /// # Errors
    ///
    /// When the message has no `HTTP/` status line or no end of headers.
    pub fn parse(message: &'a [u8]) -> Result<Response<'a>, String> {
        let end = memchr::memmem::find(message, b"\r\n\r\n")
            .map(|at| (at, at + 4))
            .or_else(|| memchr::memmem::find(message, b"\n\n").map(|at| (at, at + 2)));
        let Some((head_end, body_start)) = end else { return Err("HTTP headers never end".to_owned()) };
        let head = std::str::from_utf8(&message[..head_end]).map_err(|_| "HTTP headers are not text".to_owned())?;
        let mut lines = head.lines();
        let status_line = lines.next().unwrap_or_default();
        if !status_line.starts_with("HTTP/") {
            return Err("no HTTP status line".to_owned());
        }
        let status = status_line.split_whitespace().nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
        let headers = lines.filter_map(|line| line.split_once(':')).map(|(n, v)| (n.trim(), v.trim())).collect();
        Ok(Response { status, headers, body: &message[body_start..] })
    }

    /// A header's first value, by case-insensitive name.
    #[must_use]
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|&(_, v)| v)
    }

    /// The media type of `Content-Type`, lowercased, without parameters.
    #[must_use]
    pub fn media_type(&self) -> Option<String> {
        let value = self.header("Content-Type")?;
        Some(value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase())
    }

    /// Whether the payload is HTML: `text/html` or `application/xhtml+xml`,
    /// or no `Content-Type` and a payload that looks like HTML.
    #[must_use]
    pub fn is_html(&self) -> bool {
        match self.media_type() {
            Some(media) => media == "text/html" || media == "application/xhtml+xml",
            None => looks_like_html(self.body),
        }
    }

    /// The `charset` parameter of `Content-Type`, when given.
    #[must_use]
    pub fn charset(&self) -> Option<&'a str> {
        let value = self.header("Content-Type")?;
        value.split(';').skip(1).find_map(|param| {
            let (name, value) = param.split_once('=')?;
            name.trim().eq_ignore_ascii_case("charset").then(|| value.trim().trim_matches(['"', '\'']))
        })
    }

    /// The payload with transfer and content encodings undone, at most `limit` bytes.
    ///
    /// # Errors
    ///
    /// When the chunked framing or the compression is broken, the encoding is
    /// not one of `gzip`, `x-gzip`, `deflate`, `identity`, or the decoded
    /// payload exceeds `limit`.
    pub fn payload(&self, limit: u64) -> Result<Cow<'a, [u8]>, String> {
        let mut payload = Cow::Borrowed(self.body);
        if self.header("Transfer-Encoding").is_some_and(|te| te.to_ascii_lowercase().contains("chunked")) {
            payload = Cow::Owned(dechunk(self.body)?);
        }
        let encoding = self.header("Content-Encoding").map(str::to_ascii_lowercase);
        let decoded = match encoding.as_deref().map(str::trim) {
            None | Some("" | "identity") => return Ok(payload),
            Some("gzip" | "x-gzip") => read_limited(flate2::read::MultiGzDecoder::new(&payload[..]), limit),
            Some("deflate") => {
                // Servers send zlib-wrapped or raw deflate under this name.
                read_limited(flate2::read::ZlibDecoder::new(&payload[..]), limit)
                    .or_else(|_| read_limited(flate2::read::DeflateDecoder::new(&payload[..]), limit))
            }
            Some(other) => return Err(format!("unsupported Content-Encoding {other:?}")),
        };
        decoded.map(Cow::Owned)
    }
}

/// Whether bytes start like an HTML document: after a byte order mark and
/// white space, `<!doctype`, `<html`, a comment, or any other tag.
#[must_use]
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    match &bytes[start..] {
        [b'<', next, ..] => next.is_ascii_alphabetic() || *next == b'!' || *next == b'?',
        _ => false,
    }
}

fn read_limited(reader: impl Read, limit: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    reader.take(limit.saturating_add(1)).read_to_end(&mut out).map_err(|err| format!("bad HTTP compression: {err}"))?;
    if out.len() as u64 > limit {
        return Err(format!("decompressed HTTP payload exceeds the limit of {limit} bytes"));
    }
    Ok(out)
}

/// Undoes HTTP/1.1 chunked transfer encoding.
fn dechunk(mut body: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = memchr::memchr(b'\n', body).ok_or("chunked payload ends inside a chunk size")?;
        let size_text = std::str::from_utf8(&body[..line_end]).unwrap_or_default();
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| format!("bad chunk size {size_text:?}"))?;
        body = &body[line_end + 1..];
        if size == 0 {
            return Ok(out);
        }
        let chunk = body.get(..size).ok_or("chunked payload ends inside a chunk")?;
        out.extend_from_slice(chunk);
        body = &body[size..];
        body = body.strip_prefix(b"\r\n").or_else(|| body.strip_prefix(b"\n")).unwrap_or(body);
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    #[test]
    fn status_headers_and_media_type() {
        let response = Response::parse(b"HTTP/1.0 404 Not Found\nContent-Type: TEXT/HTML\n\nbody").expect("parses");
        assert_eq!(response.status, 404);
        assert_eq!(response.media_type().as_deref(), Some("text/html"));
        assert_eq!(response.charset(), None);
        assert_eq!(response.body, b"body");
        assert!(Response::parse(b"GET / HTTP/1.1\r\n\r\n").is_err());
        assert!(Response::parse(b"HTTP/1.1 200 OK\r\nno end").is_err());
    }

    #[test]
    fn html_is_sniffed_without_a_content_type() {
        assert!(Response::parse(b"HTTP/1.1 200 OK\r\n\r\n \n<!DOCTYPE html>").expect("parses").is_html());
        assert!(!Response::parse(b"HTTP/1.1 200 OK\r\n\r\n%PDF-1.4").expect("parses").is_html());
        let pdf = Response::parse(b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n<html>").expect("parses");
        assert!(!pdf.is_html());
    }

    #[test]
    fn chunked_and_gzip_payloads_are_decoded() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"<p>compressed</p>").expect("in memory");
        let gz = gz.finish().expect("in memory");
        let mut message = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        let (first, second) = gz.split_at(5);
        for chunk in [first, second] {
            message.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
            message.extend_from_slice(chunk);
            message.extend_from_slice(b"\r\n");
        }
        message.extend_from_slice(b"0\r\n\r\n");
        let response = Response::parse(&message).expect("parses");
        assert_eq!(response.payload(1000).expect("decodes").as_ref(), b"<p>compressed</p>");
        assert!(response.payload(3).is_err(), "the limit holds after decompression");
    }

    #[test]
    fn unknown_encodings_are_errors() {
        let response = Response::parse(b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx").expect("parses");
        assert!(response.payload(100).is_err_and(|e| e.contains("br")));
    }
}
