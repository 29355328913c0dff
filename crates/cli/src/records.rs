//! Turning one input (a page or a JSON Lines record) into one output line.

use newsclip::{Article, Extractor};
use serde::Serialize;
use serde_json::Value;

/// An article with the identifier of its input.
#[derive(Serialize)]
struct Identified<'a> {
    id: &'a Value,
    #[serde(flatten)]
    article: &'a Article,
}

/// A record that could not be processed.
#[derive(Serialize)]
struct Failed<'a> {
    id: &'a Value,
    error: &'a str,
}

/// Processes one JSON Lines record (without its line terminator) into one
/// line of JSON (without terminator): the article, or `{"id", "error"}`.
pub(crate) fn process_record(extractor: &Extractor, line: &[u8]) -> String {
    match parse_record(line) {
        Ok((id, text)) => identified(&id, &extractor.extract(&text)),
        Err((id, error)) => to_json(&Failed { id: &id, error: &error }),
    }
}

/// The `id` and `text` of a record, or the `id` (if readable) and what is wrong.
fn parse_record(line: &[u8]) -> Result<(Value, String), (Value, String)> {
    let utf8 = std::str::from_utf8(line);
    // Invalid UTF-8: still try to recover the id for the error line.
    let value: Result<Value, _> = match utf8 {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_str(&String::from_utf8_lossy(line)),
    };
    let (id, object) = match value {
        Ok(Value::Object(mut object)) => (object.remove("id").unwrap_or(Value::Null), object),
        Ok(_) => return Err((Value::Null, "record is not a JSON object".to_owned())),
        Err(_) if line.iter().all(u8::is_ascii_whitespace) => return Err((Value::Null, "empty line".to_owned())),
        Err(err) if utf8.is_ok() => return Err((Value::Null, format!("malformed JSON: {err}"))),
        Err(_) => return Err((Value::Null, invalid_utf8_message(line))),
    };
    if utf8.is_err() {
        return Err((id, invalid_utf8_message(line)));
    }
    match object.into_iter().find(|(k, _)| k == "text").map(|(_, v)| v) {
        Some(Value::String(text)) => Ok((id, text)),
        Some(_) => Err((id, "\"text\" is not a string".to_owned())),
        None => Err((id, "record has no \"text\"".to_owned())),
    }
}

fn invalid_utf8_message(line: &[u8]) -> String {
    let offset = std::str::from_utf8(line).err().map_or(0, |e| e.valid_up_to());
    format!("line is not valid UTF-8 (first invalid byte at offset {offset})")
}

/// The article as one line of JSON with `id` first.
pub(crate) fn identified(id: &Value, article: &Article) -> String {
    to_json(&Identified { id, article })
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Serializing these types cannot fail: all keys are strings, no maps with
    // non-string keys, no custom serializers that error.
    serde_json::to_string(value).unwrap_or_else(|err| format!("{{\"id\":null,\"error\":\"{err}\"}}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(line: &[u8]) -> Value {
        let out = process_record(&Extractor::builder().quotes(false).entities(false).build(), line);
        serde_json::from_str(&out).expect("output is JSON")
    }

    #[test]
    fn copies_any_id_and_ignores_other_keys() {
        let out = run(br#"{"id": 7, "url": "x", "text": "Title\nA body paragraph that is long enough to keep."}"#);
        assert_eq!(out["id"], 7);
        assert!(out.get("url").is_none());
        assert!(out["paragraphs"].is_array());
    }

    #[test]
    fn errors_keep_the_id_when_it_can_be_read() {
        assert_eq!(run(br#"{"id": "a"}"#), serde_json::json!({"id": "a", "error": "record has no \"text\""}));
        assert_eq!(run(br#"{"id": "b", "text": 3}"#)["error"], "\"text\" is not a string");
        let bad = run(b"{\"id\": \"c\", \"text\": \"caf\xe9\"}");
        assert_eq!(bad["id"], "c");
        assert!(bad["error"].as_str().is_some_and(|e| e.contains("UTF-8")));
    }

    #[test]
    fn malformed_lines_give_null_ids() {
        assert_eq!(run(b"{not json")["id"], Value::Null);
        assert_eq!(run(b"[1, 2]")["error"], "record is not a JSON object");
        assert_eq!(run(b"")["error"], "empty line");
    }
}
