//! Which character encoding a page is in: a byte order mark, the transport's `Content-Type`,
//! the page's own `<meta charset>` or `http-equiv`, and, when the page declares nothing or lies,
//! what its bytes say.
//!
//! The order follows the HTML standard's encoding sniffing (BOM, transport layer, a prescan of the
//! first 1024 bytes for a `<meta>` declaration, then a default), with one deliberate departure:
//! bytes that are valid UTF-8 and contain multi-byte sequences are decoded as UTF-8 whatever a
//! legacy single-byte declaration says. Such bytes are almost never windows-1252 text (its
//! accented letters are lone high bytes, which are invalid UTF-8), while pages re-encoded to UTF-8
//! by a crawler or a JSON export keep their old `<meta charset=iso-8859-1>`. Undeclared pages
//! that are not valid UTF-8 fall back to windows-1252, the web's legacy default.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How far into the page the `<meta>` prescan looks, as the HTML standard says.
const PRESCAN_BYTES: usize = 1024;

/// The encoding a page is decoded with, and what decided it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Charset {
    /// The encoding.
    pub encoding: &'static Encoding,
    /// Where the decision came from.
    pub source: CharsetSource,
}

/// What decided a page's [`Charset`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CharsetSource {
    /// A byte order mark.
    ByteOrderMark,
    /// The `Content-Type` hint given by the caller (an HTTP header).
    Transport,
    /// The page's `<meta charset>` or `<meta http-equiv="Content-Type">`.
    Meta,
    /// The bytes themselves: valid UTF-8 overriding a legacy declaration, or no declaration.
    Content,
}

impl Charset {
    /// The encoding's WHATWG name: `UTF-8`, `windows-1252`, `Shift_JIS`.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.encoding.name()
    }
}

/// Decides the encoding of `html`, given the transport's `Content-Type` value when known
/// (`text/html; charset=ISO-8859-1`).
#[must_use]
pub(crate) fn detect(html: &[u8], content_type: Option<&str>) -> Charset {
    if let Some((encoding, _)) = Encoding::for_bom(html) {
        return Charset { encoding, source: CharsetSource::ByteOrderMark };
    }
    let declared = content_type
        .and_then(charset_parameter)
        .and_then(|label| Encoding::for_label(label.as_bytes()))
        .map(|e| (e, CharsetSource::Transport))
        .or_else(|| prescan(&html[..html.len().min(PRESCAN_BYTES)]).map(|e| (e, CharsetSource::Meta)));
    let content = || {
        let encoding = if core::str::from_utf8(html).is_ok() { UTF_8 } else { WINDOWS_1252 };
        Charset { encoding, source: CharsetSource::Content }
    };
    match declared {
        // A page cannot be UTF-16 without a BOM once it declares so in ASCII: the HTML standard
        // reads that declaration as UTF-8.
        Some((encoding, source)) if encoding == UTF_16BE || encoding == UTF_16LE => Charset { encoding: UTF_8, source },
        Some((encoding, source)) if encoding == UTF_8 => {
            if core::str::from_utf8(html).is_ok() || mostly_utf8(html) {
                Charset { encoding, source }
            } else {
                content()
            }
        }
        Some((encoding, source)) => {
            if is_multibyte_utf8(html) {
                Charset { encoding: UTF_8, source: CharsetSource::Content }
            } else {
                Charset { encoding, source }
            }
        }
        None => content(),
    }
}

/// A page whose UTF-8 was decoded as Latin-1 and encoded as UTF-8 again (`cafÃ©` for `café`),
/// repaired: the bytes as they were before, and where each of them is in the page.
pub(crate) struct Repair {
    pub(crate) bytes: Vec<u8>,
    /// For each repaired byte (and one past the end), its offset in the page's bytes.
    offsets: Vec<usize>,
}

impl Repair {
    /// A span of the repaired bytes as a span of the page's bytes.
    pub(crate) fn original(&self, span: newsclip_text::Span) -> newsclip_text::Span {
        let at = |i: usize| self.offsets.get(i).or(self.offsets.last()).copied().unwrap_or(0);
        newsclip_text::Span::new(at(span.start), at(span.end))
    }
}

/// Undoes double encoding: when every character of the (UTF-8) page is below U+0100, some are
/// not ASCII, and their Latin-1 bytes are valid UTF-8, those bytes are the page. Text in a
/// Latin-1 range is never valid UTF-8 by chance: an accented letter needs a continuation
/// character (U+0080–U+00BF, controls and signs) right after it.
pub(crate) fn undo_double_encoding(html: &[u8]) -> Option<Repair> {
    // A character above U+00FF starts with a byte from 0xC4 up: most pages stop here.
    if html.is_ascii() || html.iter().any(|&b| b >= 0xC4) {
        return None;
    }
    let text = core::str::from_utf8(html).ok()?;
    let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    core::str::from_utf8(&bytes).ok()?;
    let mut offsets = Vec::with_capacity(bytes.len() + 1);
    offsets.extend(text.char_indices().map(|(i, _)| i));
    offsets.push(html.len());
    Some(Repair { bytes, offsets })
}

/// Whether `bytes` are valid UTF-8 with at least one multi-byte sequence.
fn is_multibyte_utf8(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && core::str::from_utf8(bytes).is_ok()
}

/// Whether a page that declares UTF-8 but is not valid UTF-8 mostly is: a few stray bytes (a
/// truncated page, one pasted legacy character) do not make the page windows-1252.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    let (mut valid_multibyte, mut invalid) = (0usize, 0usize);
    while !rest.is_empty() {
        match core::str::from_utf8(rest) {
            Ok(text) => {
                valid_multibyte += text.bytes().filter(|&b| b >= 0xC0).count();
                break;
            }
            Err(err) => {
                let (good, bad) = rest.split_at(err.valid_up_to());
                valid_multibyte += good.iter().filter(|&&b| b >= 0xC0).count();
                invalid += 1;
                rest = &bad[err.error_len().unwrap_or(bad.len()).min(bad.len())..];
            }
        }
    }
    valid_multibyte >= invalid
}

/// The `charset` parameter of a `Content-Type` value, unquoted.
fn charset_parameter(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim().eq_ignore_ascii_case("charset").then(|| value.trim().trim_matches(|c| c == '"' || c == '\''))
    })
}

/// The HTML standard's prescan for a `<meta>` declaration, over the first bytes of the page:
/// skips comments and other tags, reads `<meta>` attributes with the standard's attribute
/// grammar, and returns the first declared encoding it knows.
fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while pos < head.len() {
        let rest = &head[pos..];
        if rest.starts_with(b"<!--") {
            pos += find(&rest[4..], b"-->").map_or(rest.len(), |end| 4 + end + 3);
        } else if starts_with_ignore_case(rest, b"<meta") && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/') {
            let mut tag = AttributeReader { bytes: head, pos: pos + 5 };
            let (mut http_equiv_content_type, mut content, mut charset) = (false, None, None);
            while let Some((name, value)) = tag.next_attribute() {
                match name.as_slice() {
                    b"http-equiv" => http_equiv_content_type = value.eq_ignore_ascii_case(b"content-type"),
                    b"content" => content = Some(value),
                    b"charset" => charset = Some(value),
                    _ => {}
                }
            }
            pos = tag.pos.max(pos + 1);
            let label = charset.or_else(|| {
                let content = content.filter(|_| http_equiv_content_type)?;
                let content = String::from_utf8_lossy(&content).into_owned();
                charset_parameter(&format!("x;{content}")).map(|label| label.as_bytes().to_vec())
            });
            if let Some(encoding) = label.and_then(|label| Encoding::for_label(&label)) {
                return Some(encoding);
            }
        } else if rest.len() > 1 && rest[0] == b'<' && (rest[1].is_ascii_alphabetic() || rest[1] == b'/') {
            // Another tag: skip its name and attributes so that a `<meta` inside a value is not read.
            let mut tag = AttributeReader { bytes: head, pos: pos + 1 };
            while tag.pos < head.len() && !is_space(head[tag.pos]) && head[tag.pos] != b'>' {
                tag.pos += 1;
            }
            while tag.next_attribute().is_some() {}
            pos = tag.pos.max(pos + 1);
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            pos += find(rest, b">").map_or(rest.len(), |end| end + 1);
        } else {
            pos += 1;
        }
    }
    None
}

/// Reads attributes the way the HTML standard's prescan does ("get an attribute").
struct AttributeReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl AttributeReader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The next attribute as a lower-cased name and its value, or `None` at the tag's end.
    fn next_attribute(&mut self) -> Option<(Vec<u8>, Vec<u8>)> {
        while self.peek().is_some_and(|b| is_space(b) || b == b'/') {
            self.pos += 1;
        }
        if self.peek()? == b'>' {
            self.pos += 1;
            return None;
        }
        let mut name = Vec::new();
        while let Some(b) = self.peek() {
            if b == b'=' && !name.is_empty() {
                break;
            }
            if is_space(b) || b == b'/' || b == b'>' {
                break;
            }
            name.push(b.to_ascii_lowercase());
            self.pos += 1;
        }
        while self.peek().is_some_and(is_space) {
            self.pos += 1;
        }
        if self.peek() != Some(b'=') {
            return Some((name, Vec::new()));
        }
        self.pos += 1;
        while self.peek().is_some_and(is_space) {
            self.pos += 1;
        }
        let mut value = Vec::new();
        match self.peek() {
            Some(quote @ (b'"' | b'\'')) => {
                self.pos += 1;
                while let Some(b) = self.peek() {
                    self.pos += 1;
                    if b == quote {
                        break;
                    }
                    value.push(b.to_ascii_lowercase());
                }
            }
            _ => {
                while let Some(b) = self.peek() {
                    if is_space(b) || b == b'>' {
                        break;
                    }
                    value.push(b.to_ascii_lowercase());
                    self.pos += 1;
                }
            }
        }
        Some((name, value))
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(html: &[u8], content_type: Option<&str>) -> &'static str {
        detect(html, content_type).name()
    }

    #[test]
    fn byte_order_marks_win() {
        assert_eq!(name(b"\xEF\xBB\xBF<meta charset=latin1>", None), "UTF-8");
        assert_eq!(name(b"\xFF\xFEa\x00", Some("text/html; charset=utf-8")), "UTF-16LE");
    }

    #[test]
    fn meta_declarations_are_read() {
        assert_eq!(name(b"<html><head><meta charset=\"Shift_JIS\">\x82\xa0", None), "Shift_JIS");
        let http_equiv = b"<meta http-equiv=Content-Type content='text/html; charset=iso-8859-2'>\xb1";
        assert_eq!(name(http_equiv, None), "ISO-8859-2");
        // A declaration inside a comment or an attribute value is no declaration.
        assert_eq!(name(b"<!-- <meta charset=koi8-r> --><p>\xe9</p>", None), "windows-1252");
        assert_eq!(name(b"<a title='<meta charset=koi8-r>'>\xe9</a>", None), "windows-1252");
    }

    #[test]
    fn transport_hint_beats_meta() {
        assert_eq!(name(b"<meta charset=koi8-r>\xe9", Some("text/html; charset=\"windows-1251\"")), "windows-1251");
    }

    #[test]
    fn valid_utf8_overrides_a_legacy_declaration() {
        let page = "<meta charset=iso-8859-1><p>Café</p>".as_bytes();
        let charset = detect(page, None);
        assert_eq!((charset.name(), charset.source), ("UTF-8", CharsetSource::Content));
        // Pure ASCII keeps its declaration (it decodes the same either way).
        assert_eq!(name(b"<meta charset=iso-8859-1><p>Cafe</p>", None), "windows-1252");
    }

    #[test]
    fn undeclared_pages_are_sniffed() {
        assert_eq!(name("<p>Café</p>".as_bytes(), None), "UTF-8");
        assert_eq!(name(b"<p>Caf\xe9</p>", None), "windows-1252");
    }

    #[test]
    fn a_page_lying_about_utf8_is_windows_1252() {
        assert_eq!(name(b"<meta charset=utf-8><p>Caf\xe9 cr\xe8me br\xfbl\xe9e</p>", None), "windows-1252");
        // One stray byte in a UTF-8 page does not change its encoding.
        let mostly = "<meta charset=utf-8><p>Café, crème, brûlée \u{2014} déjà vu \u{00ff}</p>";
        let mut bytes = mostly.as_bytes().to_vec();
        bytes.push(0xe9);
        assert_eq!(name(&bytes, None), "UTF-8");
    }

    #[test]
    fn double_encoding_is_undone() {
        let page = "<p>The caf\u{c3}\u{a9} \u{e2}\u{80}\u{94} open</p>";
        let repair = undo_double_encoding(page.as_bytes()).expect("double-encoded");
        assert_eq!(core::str::from_utf8(&repair.bytes), Ok("<p>The café — open</p>"));
        // `é` is 2 bytes in the repair and 4 in the page.
        let span = newsclip_text::Span::new(7, 12);
        assert_eq!(&page.as_bytes()[repair.original(span).range()], "caf\u{c3}\u{a9}".as_bytes());
        assert!(undo_double_encoding("<p>Café au lait</p>".as_bytes()).is_none());
        assert!(undo_double_encoding(b"<p>plain</p>").is_none());
    }

    #[test]
    fn garbage_never_panics() {
        for page in [&b""[..], b"<", b"<meta", b"<meta charset=", b"<meta charset='", b"<!--", b"<a b='", b"\xff\xff"] {
            let _ = detect(page, Some("text/html; charset"));
        }
    }
}
