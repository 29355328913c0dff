//! The article fields of a page's JSON-LD (schema.org) blocks.

use serde_json::Value;

use crate::dates;

/// What the page's JSON-LD says about its article.
#[derive(Debug, Default)]
pub(super) struct LinkedData {
    pub(super) headline: Option<String>,
    /// Authors that are people (or of no stated type), in order.
    pub(super) people: Vec<String>,
    /// Authors that are organizations.
    pub(super) organizations: Vec<String>,
    pub(super) published: Option<String>,
    pub(super) modified: Option<String>,
    pub(super) section: Option<String>,
    pub(super) language: Option<String>,
    pub(super) publisher: Option<String>,
    pub(super) url: Option<String>,
    pub(super) description: Option<String>,
}

impl LinkedData {
    /// The article fields of the page's JSON-LD blocks: the first object of an article type (or,
    /// lacking one, of a web page type), searched through arrays, `@graph` and `mainEntity`.
    pub(super) fn read(blocks: &[String]) -> LinkedData {
        let mut best: Option<(u8, Value)> = None;
        for block in blocks {
            let Ok(value) = serde_json::from_str::<Value>(block.trim()) else { continue };
            let mut found = Vec::new();
            collect_objects(&value, 0, &mut found);
            for object in found {
                let rank = type_rank(object);
                if rank > 0 && best.as_ref().is_none_or(|(r, _)| rank > *r) {
                    best = Some((rank, object.clone()));
                }
            }
        }
        let Some((_, article)) = best else { return LinkedData::default() };
        let mut ld = LinkedData {
            headline: string(&article, "headline").or_else(|| string(&article, "name")),
            published: string(&article, "datePublished")
                .or_else(|| string(&article, "dateCreated"))
                .and_then(|d| dates::normalize(&d)),
            modified: string(&article, "dateModified").and_then(|d| dates::normalize(&d)),
            section: article.get("articleSection").and_then(first_string),
            language: string(&article, "inLanguage"),
            publisher: article.get("publisher").and_then(name_of),
            url: string(&article, "url").or_else(|| article.get("mainEntityOfPage").and_then(|m| string(m, "@id"))),
            description: string(&article, "description"),
            ..LinkedData::default()
        };
        if let Some(author) = article.get("author").or_else(|| article.get("creator")) {
            let authors: Vec<&Value> = match author {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            };
            for author in authors {
                let Some(name) = name_of(author) else { continue };
                let is_organization = author.get("@type").and_then(Value::as_str).is_some_and(|t| {
                    t.contains("Organization") || t.contains("Corporation") || t.contains("NewsMedia")
                });
                let target = if is_organization { &mut ld.organizations } else { &mut ld.people };
                if !target.contains(&name) {
                    target.push(name);
                }
            }
        }
        ld
    }
}

/// Every object in a JSON-LD value, through arrays, `@graph` and `mainEntity`, to a bounded depth.
fn collect_objects<'a>(value: &'a Value, depth: usize, out: &mut Vec<&'a Value>) {
    if depth > 4 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_objects(v, depth + 1, out)),
        Value::Object(map) => {
            out.push(value);
            if let Some(graph) = map.get("@graph") {
                collect_objects(graph, depth + 1, out);
            }
            if let Some(entity) = map.get("mainEntity") {
                collect_objects(entity, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// How much an object of this `@type` is the article: 3 for articles, 1 for web pages.
fn type_rank(object: &Value) -> u8 {
    let types: Vec<&str> = match object.get("@type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => return 0,
    };
    let article = types.iter().any(|t| {
        t.ends_with("Article")
            || *t == "BlogPosting"
            || *t == "Report"
            || *t == "LiveBlogPosting"
            || *t == "ReportageNews"
            || *t == "ScholarlyArticle"
    });
    if article {
        3
    } else if types.iter().any(|t| *t == "WebPage" || *t == "ItemPage") {
        1
    } else {
        0
    }
}

fn string(object: &Value, key: &str) -> Option<String> {
    object.get(key).and_then(first_string)
}

/// A string, or the first string of an array.
fn first_string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(clean(s)).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(first_string),
        _ => None,
    }
}

/// The name of a person or organization given as a string or an object: white space and stray
/// punctuation trimmed (`", USA TODAY"`), never a URL.
fn name_of(value: &Value) -> Option<String> {
    let name = match value {
        Value::String(s) => Some(clean(s)),
        Value::Object(_) => string(value, "name"),
        Value::Array(items) => items.iter().find_map(name_of),
        _ => None,
    }?;
    let name = name.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '|' | '-' | '–' | '—'));
    (!name.is_empty() && !name.contains("://")).then(|| name.to_owned())
}

/// White space collapsed, character references decoded (some sites escape JSON-LD twice).
fn clean(s: &str) -> String {
    let decoded = if s.contains('&') { htmlize::unescape(s).into_owned() } else { s.to_owned() };
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_articles_are_found_in_graphs() {
        let block = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":"NewsArticle","headline":"Council Backs Budget","datePublished":"2023-12-05T14:30:00Z",
             "author":[{"@type":"Person","name":"Ana Lopez"},{"@type":"Organization","name":"City Times"}],
             "articleSection":["Politics","Local"],"publisher":{"@type":"Organization","name":"City Times"}}]}"#;
        let ld = LinkedData::read(&[block.to_owned()]);
        assert_eq!(ld.headline.as_deref(), Some("Council Backs Budget"));
        assert_eq!(ld.people, ["Ana Lopez"]);
        assert_eq!(ld.organizations, ["City Times"]);
        assert_eq!(ld.published.as_deref(), Some("2023-12-05T14:30:00Z"));
        assert_eq!(ld.section.as_deref(), Some("Politics"));
        assert_eq!(ld.publisher.as_deref(), Some("City Times"));
        assert!(LinkedData::read(&["{not json".to_owned()]).headline.is_none());
    }

    #[test]
    fn names_lose_stray_punctuation() {
        let block = r#"{"@type":"Article","author":[{"@type":"Person","name":", Wire Desk"},{"@id":"p1"}]}"#;
        assert_eq!(LinkedData::read(&[block.to_owned()]).people, ["Wire Desk"]);
    }
}
