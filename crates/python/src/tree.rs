//! An article's serde form as an ordered tree, with its spans re-counted in
//! code points.
//!
//! The Python objects are derived from the JSON contract rather than from the
//! Rust fields, so a field added to [`newsclip::Article`] reaches Python (in
//! `to_dict()`, `to_json()` and as an attribute) without a change here.
//! `serde_json::Value` would do, but without its `preserve_order` feature it
//! sorts keys, and turning that feature on would change the CLI's `Value`s
//! too (features are unified across the workspace); [`Node`] keeps the order.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// Keys whose `{start, end}` objects are byte ranges into another document
/// (the HTML a paragraph came from), not spans of the article's text: they
/// stay in bytes.
pub(crate) const BYTE_RANGE_KEYS: &[&str] = &["source"];

/// A JSON value whose objects keep their keys in order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(String),
    List(Vec<Node>),
    Map(Vec<(String, Node)>),
}

impl Node {
    /// The serde form of `value`, as the CLI would print it.
    pub(crate) fn of<T: serde::Serialize>(value: &T) -> Result<Node, serde_json::Error> {
        serde_json::from_slice(&serde_json::to_vec(value)?)
    }

    /// The value of `key` in an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Node::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Calls `f` on every `start` and `end` of every span in the tree: an
    /// object with unsigned integer `start` and `end`, outside [`BYTE_RANGE_KEYS`].
    fn for_each_offset(&mut self, f: &mut impl FnMut(&mut u64)) {
        match self {
            Node::List(items) => items.iter_mut().for_each(|item| item.for_each_offset(f)),
            Node::Map(entries) => {
                let is_span = ["start", "end"]
                    .iter()
                    .all(|key| entries.iter().any(|(k, v)| k == key && matches!(v, Node::UInt(_))));
                for (key, value) in entries.iter_mut() {
                    match value {
                        Node::UInt(offset) if is_span && (key == "start" || key == "end") => f(offset),
                        _ if BYTE_RANGE_KEYS.contains(&key.as_str()) => {}
                        _ => value.for_each_offset(f),
                    }
                }
            }
            _ => {}
        }
    }

    /// Replaces every span offset `o` by `f(o)`.
    pub(crate) fn map_offsets(&mut self, f: impl Fn(u64) -> u64) {
        self.for_each_offset(&mut |offset| *offset = f(*offset));
    }

    /// Rewrites every span's UTF-8 byte offsets into `text` as code-point
    /// offsets, and returns the `(code point, byte)` pairs of the offsets
    /// where the two differ (none for ASCII text), sorted, so that callers
    /// can go back to bytes.
    ///
    /// Runs in one pass over `text` plus a sort of the offsets. An offset
    /// inside a character (never produced by newsclip) counts the characters
    /// that start before it; one past the end of `text` counts them all.
    pub(crate) fn recount_in_code_points(&mut self, text: &str) -> Vec<(u64, u64)> {
        let mut offsets = Vec::new();
        self.for_each_offset(&mut |offset| offsets.push(*offset));
        offsets.sort_unstable();
        offsets.dedup();
        if text.is_ascii() {
            return Vec::new();
        }
        let bytes = text.as_bytes();
        let mut code_points = Vec::with_capacity(offsets.len());
        let (mut at, mut count) = (0usize, 0u64);
        for &offset in &offsets {
            let upto = usize::try_from(offset).map_or(bytes.len(), |o| o.min(bytes.len()));
            count += char_starts(&bytes[at.min(upto)..upto]);
            at = at.max(upto);
            code_points.push(count);
        }
        self.for_each_offset(&mut |offset| {
            if let Ok(i) = offsets.binary_search(offset) {
                *offset = code_points[i];
            }
        });
        code_points.into_iter().zip(offsets).filter(|(cp, byte)| cp != byte).collect()
    }
}

/// The number of characters that start in `bytes` (UTF-8 lead bytes).
fn char_starts(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count() as u64
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Null => serializer.serialize_unit(),
            Node::Bool(v) => serializer.serialize_bool(*v),
            Node::Int(v) => serializer.serialize_i64(*v),
            Node::UInt(v) => serializer.serialize_u64(*v),
            Node::Float(v) => serializer.serialize_f64(*v),
            Node::Str(v) => serializer.serialize_str(v),
            Node::List(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                items.iter().try_for_each(|item| seq.serialize_element(item))?;
                seq.end()
            }
            Node::Map(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                entries.iter().try_for_each(|(key, value)| map.serialize_entry(key, value))?;
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        Node::deserialize(deserializer)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Int(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        Ok(Node::UInt(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Float(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Node::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(json: &str) -> Node {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn keeps_key_order() {
        let tree = node(r#"{"z": 1, "a": [true, null, -2, 1.5, "x"], "m": {}}"#);
        let Node::Map(entries) = &tree else { panic!("an object") };
        let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["z", "a", "m"]);
        assert_eq!(
            tree.get("a"),
            Some(&Node::List(vec![
                Node::Bool(true),
                Node::Null,
                Node::Int(-2),
                Node::Float(1.5),
                Node::Str("x".into())
            ]))
        );
    }

    #[test]
    fn serializes_back_to_the_same_json() {
        let json = r#"{"z":1,"a":[true,null,-2,1.5,"x\n\u0001é"],"m":{}}"#;
        assert_eq!(serde_json::to_string(&node(json)).unwrap(), json);
    }

    #[test]
    fn ascii_offsets_stay() {
        let mut tree = node(r#"{"title": {"text": "ab", "start": 1, "end": 3}}"#);
        let before = tree.clone();
        assert!(tree.recount_in_code_points("xab").is_empty());
        assert_eq!(tree, before);
    }

    #[test]
    fn spans_are_recounted_in_code_points() {
        // "é" is two bytes, "😀" four.
        let text = "é “x” 😀 end";
        let start = text.find('x').unwrap();
        let end = text.find(" end").unwrap();
        let json = format!(
            r#"{{"quotes": [{{"segments": [{{"text": "x", "start": {start}, "end": {end}}}], "speaker": {{"entity": 9}}}}],
                "removed": [{{"start": 0, "end": 2, "reason": "nav"}}],
                "paragraphs": [{{"text": "p", "start": {end}, "end": {}, "source": {{"start": 100, "end": 200}}}}]}}"#,
            text.len()
        );
        let mut tree = node(&json);
        let back = tree.recount_in_code_points(text);
        let seg = &tree.get("quotes").unwrap();
        let Node::List(quotes) = seg else { panic!() };
        let Node::List(segments) = quotes[0].get("segments").unwrap() else { panic!() };
        let chars: Vec<char> = text.chars().collect();
        let cp = |n: &Node| match n {
            Node::UInt(v) => *v as usize,
            _ => panic!("an offset"),
        };
        let (s, e) = (cp(segments[0].get("start").unwrap()), cp(segments[0].get("end").unwrap()));
        assert_eq!(chars[s..e].iter().collect::<String>(), &text[start..end]);
        // Not a span: an entity id.
        assert_eq!(quotes[0].get("speaker").unwrap().get("entity"), Some(&Node::UInt(9)));
        // A removed block without text is a span too.
        let Node::List(removed) = tree.get("removed").unwrap() else { panic!() };
        assert_eq!(removed[0].get("end"), Some(&Node::UInt(1)));
        // Byte ranges into another document stay in bytes.
        let Node::List(paragraphs) = tree.get("paragraphs").unwrap() else { panic!() };
        assert_eq!(paragraphs[0].get("source").unwrap().get("start"), Some(&Node::UInt(100)));
        assert_eq!(paragraphs[0].get("end"), Some(&Node::UInt(chars.len() as u64)));
        // The way back: every pair maps a code point offset to its byte offset.
        assert!(back
            .iter()
            .all(|&(c, b)| text.char_indices().nth(c as usize).map_or(text.len(), |(i, _)| i) == b as usize));
        assert!(back.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn offsets_off_boundaries_or_past_the_end_do_not_panic() {
        let mut tree = node(r#"[{"start": 1, "end": 99}]"#);
        tree.recount_in_code_points("é");
        assert_eq!(tree, node(r#"[{"start": 1, "end": 1}]"#));
    }
}
