//! Turning one unit of input (a page, a JSON Lines record, a WARC record) into
//! one line of JSON output.

use newsclip::{Article, Extractor};
use newsclip_cli::jsonl::{Content, Record};
use serde_json::value::RawValue;
use serde_json::Value;

/// How a page is extracted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PageKind {
    /// A page dumped to text: [`Extractor::extract`].
    Text,
    /// An HTML page: [`Extractor::extract_html`].
    Html,
}

/// One unit of work, read in input order and processed on a worker.
#[derive(Debug)]
pub(crate) enum Task {
    /// A whole page, with the fields that identify it (`id`, WARC fields) and,
    /// for a WARC response, the HTTP `Content-Type` (whose charset outranks the page's).
    Page {
        fields: Vec<(String, Value)>,
        kind: PageKind,
        bytes: Vec<u8>,
        url: Option<String>,
        content_type: Option<String>,
    },
    /// One JSON Lines line, without its terminator.
    Line(Vec<u8>),
    /// Something already known to have failed, with the fields identifying it.
    Failed { fields: Vec<(String, Value)>, message: String },
}

impl Task {
    /// The input bytes this task holds (for the in-flight budget).
    pub(crate) fn cost(&self) -> u64 {
        let bytes = match self {
            Task::Page { bytes, .. } | Task::Line(bytes) => bytes.len(),
            Task::Failed { message, .. } => message.len(),
        };
        bytes as u64 + 64
    }
}

/// A processed task: one line of JSON (without terminator).
#[derive(Debug)]
pub(crate) struct Outcome {
    pub(crate) line: String,
    pub(crate) is_error: bool,
}

/// The per-run settings a worker needs to turn tasks into lines.
#[derive(Debug)]
pub(crate) struct Processor {
    pub(crate) extractor: Extractor,
    /// `--fields`: the top-level fields to keep.
    pub(crate) keep: Option<Vec<String>>,
    /// `--explain`: a readable account of each page's decisions instead of JSON.
    pub(crate) explain: bool,
}

impl Processor {
    pub(crate) fn process(&self, task: Task) -> Outcome {
        match task {
            Task::Page { fields, kind, bytes, url, content_type } => {
                let article = self.extract(kind, &bytes, url.as_deref(), content_type.as_deref());
                if self.explain {
                    let label = label(fields.iter().map(|(name, value)| (name.as_str(), value.clone())));
                    return explained(&label, &article, &page_text(kind, &bytes, &article));
                }
                let fields: Vec<(String, Box<RawValue>)> =
                    fields.into_iter().map(|(name, value)| (name, raw(&value))).collect();
                self.article_line(fields, &article)
            }
            Task::Line(line) => match Record::parse(&line) {
                Ok(record) => {
                    let article = match &record.content {
                        Content::Text(text) => self.extractor.extract(text),
                        Content::Html(html) => self.extractor.extract_html(html.as_bytes(), record.url().as_deref()),
                    };
                    if self.explain {
                        let fields = record.fields.iter().filter_map(|(name, value)| {
                            serde_json::from_str::<Value>(value.get()).ok().map(|v| (name.as_str(), v))
                        });
                        let page = match &record.content {
                            Content::Text(text) => text.as_str(),
                            Content::Html(_) => article.text.as_deref().unwrap_or_default(),
                        };
                        return explained(&label(fields), &article, page);
                    }
                    self.article_line(record.fields, &article)
                }
                Err(err) => {
                    let message = err.to_string();
                    let id = err.id().cloned().unwrap_or(Value::Null);
                    match err.into_fields() {
                        // A JSON object without a usable page: its fields are carried as usual.
                        Some(mut fields) => {
                            if !fields.iter().any(|(name, _)| name == "id") {
                                fields.insert(0, ("id".to_owned(), raw(&Value::Null)));
                            }
                            fields.push(("error".to_owned(), raw(&Value::from(message))));
                            Outcome { line: self.object(&fields, true), is_error: true }
                        }
                        None => self.error_line(vec![("id".to_owned(), id)], &message),
                    }
                }
            },
            Task::Failed { fields, message } => self.error_line(fields, &message),
        }
    }

    fn extract(&self, kind: PageKind, bytes: &[u8], url: Option<&str>, content_type: Option<&str>) -> Article {
        match kind {
            PageKind::Html => self.extractor.extract_html_with_content_type(bytes, url, content_type),
            PageKind::Text => self.extractor.extract(&String::from_utf8_lossy(bytes)),
        }
    }

    /// The record's fields, then the article's; see `EXTRACT_DETAILS` for the
    /// rule on names both use.
    fn article_line(&self, record: Vec<(String, Box<RawValue>)>, article: &Article) -> Outcome {
        let article_fields = match serde_json::to_string(article).map(|json| serde_json::from_str::<Object>(&json)) {
            Ok(Ok(Object(fields))) => fields,
            Ok(Err(err)) | Err(err) => return self.error_line(Vec::new(), &format!("cannot serialize: {err}")),
        };
        let mut moved = Vec::new();
        let mut out: Vec<(String, Box<RawValue>)> = Vec::with_capacity(record.len() + article_fields.len() + 1);
        for (name, value) in record {
            match article_fields.iter().find(|(n, _)| *n == name) {
                Some((_, same)) if same.get() == value.get() => {}
                Some(_) => moved.push((name, value)),
                None => out.push((name, value)),
            }
        }
        out.extend(article_fields);
        if !moved.is_empty() {
            out.push(("input".to_owned(), raw_object(&moved)));
        }
        Outcome { line: self.object(&out, false), is_error: false }
    }

    fn error_line(&self, mut fields: Vec<(String, Value)>, message: &str) -> Outcome {
        fields.push(("error".to_owned(), Value::from(message)));
        let fields: Vec<(String, Box<RawValue>)> =
            fields.into_iter().map(|(name, value)| (name, raw(&value))).collect();
        Outcome { line: self.object(&fields, true), is_error: true }
    }

    /// Writes fields as one JSON object, keeping only `--fields` (and "error").
    fn object(&self, fields: &[(String, Box<RawValue>)], is_error: bool) -> String {
        let kept = fields.iter().filter(|(name, _)| {
            self.keep.as_ref().is_none_or(|keep| keep.contains(name) || (is_error && name == "error"))
        });
        let kept: Vec<&(String, Box<RawValue>)> = kept.collect();
        write_object(&kept)
    }

    /// A single article as one JSON document (pretty unless `compact`), or
    /// its account with `--explain`.
    pub(crate) fn single(&self, kind: PageKind, bytes: &[u8], compact: bool) -> String {
        let article = self.extract(kind, bytes, None, None);
        if self.explain {
            return article.explain(&page_text(kind, bytes, &article)).trim_end().to_owned();
        }
        let Outcome { line, .. } = self.article_line(Vec::new(), &article);
        if compact {
            line
        } else {
            pretty(&line)
        }
    }
}

/// The text an article's spans index: the page itself for text input, the
/// rendering for HTML.
fn page_text<'a>(kind: PageKind, bytes: &'a [u8], article: &'a Article) -> std::borrow::Cow<'a, str> {
    match kind {
        PageKind::Text => String::from_utf8_lossy(bytes),
        PageKind::Html => std::borrow::Cow::Borrowed(article.text.as_deref().unwrap_or_default()),
    }
}

/// How `--explain` names a record: its `id`, else its `url`, else its place in the input.
fn label<'a>(fields: impl Iterator<Item = (&'a str, Value)>) -> String {
    let mut url = None;
    for (name, value) in fields {
        let shown = match value {
            Value::String(text) => text,
            Value::Null => continue,
            other => other.to_string(),
        };
        match name {
            "id" => return shown,
            "url" => url = Some(shown),
            _ => {}
        }
    }
    url.unwrap_or_else(|| "(record)".to_owned())
}

/// A record's account for `--explain`: a header line, then the account.
fn explained(label: &str, article: &Article, page: &str) -> Outcome {
    let account = article.explain(page);
    Outcome { line: format!("== {label}\n{}", account.trim_end()), is_error: false }
}

/// Re-indents compact JSON the way `serde_json::to_string_pretty` does,
/// keeping the field order (a `Value` would sort object keys).
fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.extend(chars.next());
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// A JSON object as its fields in order, values unparsed.
struct Object(Vec<(String, Box<RawValue>)>);

impl<'de> serde::Deserialize<'de> for Object {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Object, D::Error> {
        struct ObjectVisitor;
        impl<'de> serde::de::Visitor<'de> for ObjectVisitor {
            type Value = Object;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Object, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<String, Box<RawValue>>()? {
                    fields.push(entry);
                }
                Ok(Object(fields))
            }
        }
        deserializer.deserialize_map(ObjectVisitor)
    }
}

fn raw(value: &Value) -> Box<RawValue> {
    // Serializing a `Value` cannot fail; `null` is the harmless fallback.
    serde_json::value::to_raw_value(value).unwrap_or_else(|_| raw_null())
}

fn raw_null() -> Box<RawValue> {
    RawValue::from_string("null".to_owned()).unwrap_or_else(|_| unreachable!("null is JSON"))
}

fn raw_object(fields: &[(String, Box<RawValue>)]) -> Box<RawValue> {
    let refs: Vec<&(String, Box<RawValue>)> = fields.iter().collect();
    RawValue::from_string(write_object(&refs)).unwrap_or_else(|_| raw_null())
}

fn write_object(fields: &[&(String, Box<RawValue>)]) -> String {
    let mut out = String::with_capacity(fields.iter().map(|(n, v)| n.len() + v.get().len() + 4).sum::<usize>() + 2);
    out.push('{');
    for (i, (name, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&serde_json::to_string(name).unwrap_or_else(|_| "\"\"".to_owned()));
        out.push(':');
        out.push_str(value.get());
    }
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn processor(keep: Option<&[&str]>) -> Processor {
        Processor {
            explain: false,
            extractor: Extractor::builder().quotes(false).entities(false).build(),
            keep: keep.map(|k| k.iter().map(|s| (*s).to_owned()).collect()),
        }
    }

    fn run(p: &Processor, line: &str) -> Value {
        let outcome = p.process(Task::Line(line.as_bytes().to_vec()));
        serde_json::from_str(&outcome.line).expect("output is JSON")
    }

    #[test]
    fn record_fields_come_first_unchanged() {
        let line = run(&processor(None), r#"{"id": 7, "text": "A body paragraph."}"#);
        assert!(line["paragraphs"].is_array());
        let out = processor(None).process(Task::Line(br#"{"big": 12345678901234567890123, "text": "x"}"#.to_vec()));
        assert!(out.line.starts_with(r#"{"big":12345678901234567890123,"#), "{}", out.line);
    }

    #[test]
    fn a_clashing_field_moves_into_input() {
        let line =
            run(&processor(None), r#"{"id": "a", "title": "Given", "text": "Headline\nA body paragraph that ends."}"#);
        assert_eq!(line["input"]["title"], "Given");
        assert!(line["title"].is_object() || line["title"].is_null());
    }

    #[test]
    fn fields_keeps_only_the_named_ones_and_errors() {
        let p = processor(Some(&["id", "title"]));
        let line = run(&p, r#"{"id": 1, "url": "u", "text": "Headline\nBody."}"#);
        assert_eq!(line.as_object().map(|o| o.len()), Some(2));
        let error = run(&p, r#"{"id": 2}"#);
        assert_eq!(error, serde_json::json!({"id": 2, "error": "record has no \"text\" or \"html\""}));
    }

    #[test]
    fn pretty_matches_serde_json() {
        let value = serde_json::json!({"a": [], "b": {}, "c": [1, {"d": "x,\\\"{y}"}], "e": null});
        let compact = serde_json::to_string(&value).expect("json");
        assert_eq!(pretty(&compact), serde_json::to_string_pretty(&value).expect("json"));
    }

    #[test]
    fn a_single_page_is_pretty_in_field_order() {
        let pretty = processor(None).single(PageKind::Text, b"Headline\nThe body of the page.", false);
        assert!(pretty.starts_with("{\n  \"title\""), "{pretty}");
    }
}
