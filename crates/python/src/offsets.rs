//! Span offsets in an article's JSON, re-counted from UTF-8 bytes to code points.
//!
//! The Python objects are derived from the JSON contract rather than from the
//! Rust fields, so a field added to [`newsclip::Article`] reaches Python (in
//! `to_dict()`, `to_json()` and as an attribute) without a change here. The
//! offsets are found in the JSON text itself: an integer under a `start` or
//! `end` key is an offset into the article's text, except inside a `source`
//! object (a byte range into the HTML a paragraph came from).
//!
//! Why scan the JSON instead of walking a tree: an extracted article is
//! serialized once anyway (serde_json writes ~1 GB/s); building a tree of it
//! (or a `serde_json::Value`, whose maps also lose the contract's key order)
//! cost a fifth of the extraction itself; this scan (memchr over strings)
//! and the re-count cost about 6% of it (seeds, release build).

use core::fmt::Write as _;
use core::ops::Range;

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
    let mut copied = 0;
    for (range, offset) in found {
        out.push_str(&json[copied..range.start]);
        // Writing to a String cannot fail.
        let _ = write!(out, "{}", f(*offset));
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

/// An article's JSON with its offsets in code points of `text`, and the
/// `(code point, byte)` pairs of the offsets where the two differ (none for
/// ASCII text), sorted by both, to go back to bytes.
///
/// One pass over `text` plus a sort of the offsets. An offset inside a
/// character (never produced by newsclip) counts the characters that start
/// before it; one past the end of `text` counts them all.
pub(crate) fn to_code_points(json: String, text: &str) -> (String, Vec<(u64, u64)>) {
    if text.is_ascii() {
        return (json, Vec::new());
    }
    let found = find_offsets(&json);
    let mut offsets: Vec<u64> = found.iter().map(|(_, offset)| *offset).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let bytes = text.as_bytes();
    let mut pairs = Vec::with_capacity(offsets.len());
    let (mut at, mut count) = (0usize, 0u64);
    for &offset in &offsets {
        let upto = usize::try_from(offset).map_or(bytes.len(), |o| o.min(bytes.len()));
        count += char_starts(&bytes[at.min(upto)..upto]);
        at = at.max(upto);
        pairs.push((count, offset));
    }
    let json = map_offsets(&json, |offset| offsets.binary_search(&offset).map_or(offset, |i| pairs[i].0));
    pairs.retain(|(code_point, byte)| code_point != byte);
    (json, pairs)
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

    use super::*;

    #[test]
    fn only_start_and_end_integers_outside_byte_ranges_are_offsets() {
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
    fn ascii_text_keeps_its_offsets() {
        let json = r#"{"title":{"text":"ab","start":1,"end":3}}"#.to_owned();
        assert_eq!(to_code_points(json.clone(), "xab"), (json, Vec::new()));
    }

    #[test]
    fn spans_are_recounted_in_code_points_and_back() {
        // "é" is two bytes, "😀" four.
        let text = "é “x” 😀 end";
        let (start, end) = (text.find('x').unwrap(), text.find(" end").unwrap());
        let json = format!(r#"{{"quotes":[{{"segments":[{{"text":"x","start":{start},"end":{end}}}]}}]}}"#);
        let (converted, pairs) = to_code_points(json.clone(), text);
        let chars: Vec<char> = text.chars().collect();
        let cp = |b: usize| text[..b].chars().count();
        assert_eq!(
            converted,
            format!(r#"{{"quotes":[{{"segments":[{{"text":"x","start":{},"end":{}}}]}}]}}"#, cp(start), cp(end))
        );
        assert_eq!(chars[cp(start)..cp(end)].iter().collect::<String>(), &text[start..end]);
        assert_eq!(to_bytes(&converted, &pairs), json);
        assert!(pairs.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
    }

    #[test]
    fn offsets_off_boundaries_or_past_the_end_do_not_panic() {
        let (json, _) = to_code_points(r#"[{"start":1,"end":99}]"#.to_owned(), "é");
        assert_eq!(json, r#"[{"start":1,"end":1}]"#);
        // Truncated or odd JSON is copied, never a panic.
        for odd in [r#"{"start":"#, r#"{"a":"unterminated"#, r#"{"start":12"#, "\\", "\"", "-"] {
            map_offsets(odd, |o| o);
        }
    }

    proptest::proptest! {
        #[test]
        fn any_input_is_copied_without_panic(json in ".{0,80}") {
            proptest::prop_assert_eq!(map_offsets(&json, |o| o), json);
        }

        #[test]
        fn code_point_spans_slice_what_byte_spans_slice(
            text in "\\PC{0,30}",
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
            let items: Vec<String> = spans
                .iter()
                .map(|&(s, e)| format!(r#"{{"text":{},"start":{s},"end":{e}}}"#, serde_json::to_string(&text[s..e]).unwrap()))
                .collect();
            let json = format!("[{}]", items.join(","));
            let (converted, pairs) = to_code_points(json.clone(), &text);
            let parsed: Vec<serde_json::Value> = serde_json::from_str(&converted).unwrap();
            let chars: Vec<char> = text.chars().collect();
            for (item, &(s, e)) in parsed.iter().zip(&spans) {
                let (cs, ce) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
                proptest::prop_assert_eq!(chars[cs..ce].iter().collect::<String>(), &text[s..e]);
            }
            proptest::prop_assert_eq!(to_bytes(&converted, &pairs), json);
        }
    }
}
