//! Span offsets in an article's JSON, counted in code points instead of UTF-8 bytes.
//!
//! The Python objects are derived from the JSON contract rather than from the
//! Rust fields, so a field added to [`newsclip::Article`] reaches Python (in
//! `to_dict()`, `to_json()` and as an attribute) without a change here. An
//! offset is an integer under a `start` or `end` key, except inside a
//! `source` object (a byte range into the HTML a paragraph came from).
//!
//! [`serialize`] writes an article's JSON with its offsets already counted in
//! code points: a serde_json [`Formatter`](serde_json::ser::Formatter) sees every key and number as it is
//! written, and a table of character counts per 64-byte block of the text
//! turns a byte offset into code points in a few dozen instructions. Building
//! a tree of the JSON to walk it (a `serde_json::Value` would also lose the
//! contract's key order), or scanning the written JSON, each cost 7–8% more
//! instructions per page (callgrind on the seeds); with this formatter,
//! `extract_many` costs 8% more instructions per page than the CLI, the
//! encoding of Python strings and the Python objects included.
//!
//! [`map_offsets`] scans JSON text, for the way back to bytes.

use core::ops::Range;
use std::io;

/// Keys whose objects are byte ranges into another document: they stay in bytes.
pub(crate) const BYTE_RANGE_KEYS: &[&str] = &["source"];

/// Calls `f` on every offset of `json` (valid JSON, as serde_json writes it)
/// and returns the JSON with each offset replaced by `f`'s result; everything
/// else is copied as it is.
pub(crate) fn map_offsets(json: &str, f: impl FnMut(u64) -> u64) -> String {
    replace_offsets(json, &find_offsets(json), f)
}

/// Where the offsets of `json` are (the byte range of each number) and their values.
fn find_offsets(json: &str) -> Vec<(Range<usize>, u64)> {
    let bytes = json.as_bytes();
    let mut found = Vec::new();
    // One flag per open object or array: inside a byte-range object?
    let mut byte_range: Vec<bool> = Vec::new();
    let mut key: Option<&str> = None;
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'"' => {
                let end = string_end(bytes, i);
                let next = bytes[end..].iter().find(|b| !b.is_ascii_whitespace());
                key = (next == Some(&b':')).then(|| &json[i + 1..end.saturating_sub(1).max(i + 1)]);
                i = end;
            }
            b'{' | b'[' => {
                let inside = byte_range.last().copied().unwrap_or(false);
                byte_range.push(inside || key.is_some_and(|k| BYTE_RANGE_KEYS.contains(&k)));
                key = None;
                i += 1;
            }
            b'}' | b']' => {
                byte_range.pop();
                i += 1;
            }
            b',' => {
                key = None;
                i += 1;
            }
            b'0'..=b'9' | b'-' => {
                let len = bytes[i..].iter().position(|b| !matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'));
                let end = len.map_or(bytes.len(), |len| i + len);
                let is_offset = matches!(key, Some("start" | "end")) && !byte_range.last().copied().unwrap_or(false);
                if let (true, Ok(offset)) = (is_offset, json[i..end].parse::<u64>()) {
                    found.push((i..end, offset));
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    found
}

/// `json` with the numbers at `found` replaced by `f` of their values.
fn replace_offsets(json: &str, found: &[(Range<usize>, u64)], mut f: impl FnMut(u64) -> u64) -> String {
    let mut out = String::with_capacity(json.len());
    let mut number = itoa::Buffer::new();
    let mut copied = 0;
    for (range, offset) in found {
        out.push_str(&json[copied..range.start]);
        out.push_str(number.format(f(*offset)));
        copied = range.end;
    }
    out.push_str(&json[copied..]);
    out
}

/// The index one past the closing quote of the string opening at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while let Some(found) = memchr::memchr2(b'"', b'\\', &bytes[i.min(bytes.len())..]) {
        match bytes[i + found] {
            b'"' => return i + found + 1,
            _ => i += found + 2,
        }
    }
    bytes.len()
}

/// `value` as compact JSON (serde_json's, byte for byte) with every offset
/// counted in code points of `text`, and the `(code point, byte)` pairs of
/// the offsets where the two differ (none for ASCII text), sorted by both, to
/// go back to bytes.
///
/// An offset inside a character (never produced by newsclip) counts the
/// characters that start before it; one past the end of `text` counts them all.
pub(crate) fn serialize<T: serde::Serialize>(value: &T, text: &str) -> serde_json::Result<(String, Vec<(u64, u64)>)> {
    if text.is_ascii() {
        return serde_json::to_string(value).map(|json| (json, Vec::new()));
    }
    let mut formatter = CodePoints::new(text);
    let mut out = Vec::with_capacity(text.len() * 4);
    value.serialize(&mut serde_json::Serializer::with_formatter(&mut out, &mut formatter))?;
    let mut pairs = formatter.pairs;
    pairs.sort_unstable();
    pairs.dedup();
    // serde_json writes valid UTF-8 from `str`s and ASCII of its own.
    let json = String::from_utf8(out).map_err(|err| serde::ser::Error::custom(err.to_string()))?;
    Ok((json, pairs))
}

/// Characters per 64-byte block of a text: code points of any byte offset
/// in one table look-up and a count over at most 63 bytes.
struct CharIndex<'t> {
    bytes: &'t [u8],
    /// `blocks[k]`: characters starting in `bytes[..64 * k]`.
    blocks: Vec<u64>,
}

impl<'t> CharIndex<'t> {
    const BLOCK: usize = 64;

    fn new(text: &'t str) -> CharIndex<'t> {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / Self::BLOCK + 1);
        let mut count = 0;
        blocks.push(0);
        for block in bytes.chunks_exact(Self::BLOCK) {
            count += char_starts(block);
            blocks.push(count);
        }
        CharIndex { bytes, blocks }
    }

    fn code_point(&self, byte: u64) -> u64 {
        let byte = usize::try_from(byte).map_or(self.bytes.len(), |b| b.min(self.bytes.len()));
        let block = byte / Self::BLOCK;
        self.blocks[block] + char_starts(&self.bytes[block * Self::BLOCK..byte])
    }
}

/// A compact serde_json formatter that writes offsets in code points.
struct CodePoints<'t> {
    index: CharIndex<'t>,
    /// The key being written, or the last one.
    key: String,
    in_key: bool,
    /// The next value is an offset, if it is an unsigned integer.
    offset_next: bool,
    /// One flag per open object or array: inside a byte-range object?
    byte_range: Vec<bool>,
    pairs: Vec<(u64, u64)>,
}

impl<'t> CodePoints<'t> {
    fn new(text: &'t str) -> CodePoints<'t> {
        let index = CharIndex::new(text);
        CodePoints {
            index,
            key: String::new(),
            in_key: false,
            offset_next: false,
            byte_range: Vec::new(),
            pairs: Vec::new(),
        }
    }

    fn open(&mut self) {
        let inside = self.byte_range.last().copied().unwrap_or(false);
        let starts_range = BYTE_RANGE_KEYS.contains(&self.key.as_str());
        self.byte_range.push(inside || starts_range);
        self.key.clear();
        self.offset_next = false;
    }
}

impl serde_json::ser::Formatter for &mut CodePoints<'_> {
    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open();
        writer.write_all(b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.byte_range.pop();
        writer.write_all(b"}")
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open();
        writer.write_all(b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.byte_range.pop();
        writer.write_all(b"]")
    }

    fn begin_object_key<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.in_key = true;
        self.key.clear();
        if first {
            Ok(())
        } else {
            writer.write_all(b",")
        }
    }

    fn write_string_fragment<W: ?Sized + io::Write>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()> {
        if self.in_key {
            self.key.push_str(fragment);
        }
        writer.write_all(fragment.as_bytes())
    }

    fn end_object_key<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.in_key = false;
        let in_byte_range = self.byte_range.last().copied().unwrap_or(false);
        self.offset_next = !in_byte_range && (self.key == "start" || self.key == "end");
        Ok(())
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.offset_next = false;
        Ok(())
    }

    fn write_u64<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: u64) -> io::Result<()> {
        let value = if self.offset_next {
            let code_point = self.index.code_point(value);
            if code_point != value {
                self.pairs.push((code_point, value));
            }
            code_point
        } else {
            value
        };
        writer.write_all(itoa::Buffer::new().format(value).as_bytes())
    }
}

/// The JSON with code-point offsets turned back into bytes through `pairs`.
pub(crate) fn to_bytes(json: &str, pairs: &[(u64, u64)]) -> String {
    map_offsets(json, |cp| pairs.binary_search_by_key(&cp, |&(c, _)| c).map_or(cp, |i| pairs[i].1))
}

/// The number of characters that start in `bytes` (UTF-8 lead bytes).
fn char_starts(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count() as u64
}

#[cfg(test)]
mod tests {
    use proptest::arbitrary::Arbitrary;
    use serde_json::Value;

    use super::*;

    /// What `serialize` gives for `json`, and what serde_json gives.
    fn both(json: &str, text: &str) -> ((String, Vec<(u64, u64)>), String) {
        let value: Value = serde_json::from_str(json).unwrap();
        (serialize(&value, text).unwrap(), serde_json::to_string(&value).unwrap())
    }

    #[test]
    fn the_scan_finds_only_start_and_end_integers_outside_byte_ranges() {
        let json = r#"{"title":{"text":"a \"start\": 7","start":1,"end":3},"n":[4,5],"speaker":{"entity":9},
            "removed":[{"start" : 10 , "end":12,"reason":"nav"}],"start":-1,"end":1.5,
            "paragraphs":[{"text":"p","start":20,"end":30,"source":{"start":100,"end":200,"x":{"start":1}}}]}"#;
        let mut seen = Vec::new();
        let out = map_offsets(json, |o| {
            seen.push(o);
            o + 1000
        });
        assert_eq!(seen, [1, 3, 10, 12, 20, 30]);
        assert!(out.contains(r#""start":1001,"end":1003"#));
        assert!(out.contains(r#""start" : 1010 , "end":1012"#));
        assert!(out.contains(r#""source":{"start":100,"end":200,"x":{"start":1}}"#));
        assert!(out.contains(r#""n":[4,5]"#) && out.contains(r#""entity":9"#) && out.contains(r#""end":1.5"#));
        assert!(out.contains(r#""text":"a \"start\": 7""#));
    }

    #[test]
    fn the_formatter_converts_the_same_offsets_as_the_scan() {
        // Every offset lands on a character boundary of this text, where code
        // points and bytes differ: "é" is two bytes, "😀" four.
        let text = "é😀".repeat(100);
        let json = r#"{"title":{"text":"x","start":6,"end":12},"n":[6,12],"speaker":{"entity":6},
            "removed":[{"start":18,"end":24,"reason":"nav"}],"start":-1,"end":1.5,"a":{"start":[6]},
            "paragraphs":[{"text":"p","start":30,"end":36,"source":{"start":6,"end":12,"x":{"start":6}}}]}"#;
        let ((converted, pairs), plain) = both(json, &text);
        let expected = map_offsets(&plain, |b| text[..b as usize].chars().count() as u64);
        assert_eq!(converted, expected);
        assert_eq!(to_bytes(&converted, &pairs), plain);
        assert_eq!(pairs, [(2, 6), (4, 12), (6, 18), (8, 24), (10, 30), (12, 36)]);
    }

    #[test]
    fn ascii_text_keeps_its_offsets() {
        let ((converted, pairs), plain) = both(r#"{"title":{"text":"ab","start":1,"end":3}}"#, "xab");
        assert_eq!((converted, pairs), (plain, Vec::new()));
    }

    #[test]
    fn offsets_off_boundaries_or_past_the_end_do_not_panic() {
        let ((converted, _), _) = both(r#"[{"start":1,"end":99}]"#, "é");
        // (serde_json::Value sorts keys.)
        assert_eq!(converted, r#"[{"end":1,"start":1}]"#);
        // Truncated or odd JSON is copied by the scan, never a panic.
        for odd in [r#"{"start":"#, r#"{"a":"unterminated"#, r#"{"start":12"#, "\\", "\"", "-"] {
            assert_eq!(map_offsets(odd, |o| o), odd);
        }
    }

    proptest::proptest! {
        #[test]
        fn any_input_is_copied_without_panic(json in ".{0,80}") {
            proptest::prop_assert_eq!(map_offsets(&json, |o| o), json);
        }

        #[test]
        fn code_point_spans_slice_what_byte_spans_slice(
            text in "\\PC{0,200}",
            cuts in proptest::collection::vec((proptest::sample::Index::arbitrary(), proptest::sample::Index::arbitrary()), 0..6),
        ) {
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let spans: Vec<(usize, usize)> = cuts
                .iter()
                .map(|(a, b)| {
                    let (a, b) = (boundaries[a.index(boundaries.len())], boundaries[b.index(boundaries.len())]);
                    (a.min(b), a.max(b))
                })
                .collect();
            let items: Vec<Value> =
                spans.iter().map(|&(s, e)| serde_json::json!({"text": &text[s..e], "start": s, "end": e})).collect();
            let value = Value::Array(items);
            let (converted, pairs) = serialize(&value, &text).unwrap();
            let parsed: Vec<Value> = serde_json::from_str(&converted).unwrap();
            let chars: Vec<char> = text.chars().collect();
            for (item, &(s, e)) in parsed.iter().zip(&spans) {
                let (cs, ce) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
                proptest::prop_assert_eq!(chars[cs..ce].iter().collect::<String>(), &text[s..e]);
            }
            proptest::prop_assert_eq!(to_bytes(&converted, &pairs), serde_json::to_string(&value).unwrap());
        }
    }
}
