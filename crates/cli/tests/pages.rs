//! Pages: one file, several files, standard input, HTML detection.

use serde_json::Value;

use crate::util::{json_lines, newsclip, stderr, TempDir, HTML, PAGE};

#[test]
fn one_file_prints_a_pretty_article_with_byte_offsets() {
    let dir = TempDir::new("one-file");
    let path = dir.file("page.txt", PAGE.as_bytes());
    let out = newsclip(&["extract", &path], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("{\n  \"title\""), "pretty-printed, fields in contract order");
    let article: Value = serde_json::from_str(&text).expect("JSON");
    for key in ["title", "dateline", "author", "published", "section", "paragraphs", "removed", "quotes", "entities"] {
        assert!(article.get(key).is_some(), "has {key}");
    }
    assert!(article.get("id").is_none(), "no id for a single page");
    let paragraphs = article["paragraphs"].as_array().expect("paragraphs");
    assert!(!paragraphs.is_empty());
    for p in paragraphs {
        let (start, end) = (p["start"].as_u64().unwrap_or(0) as usize, p["end"].as_u64().unwrap_or(0) as usize);
        assert_eq!(PAGE.get(start..end), p["text"].as_str(), "byte offsets into the page");
    }
}

#[test]
fn stdin_is_read_when_no_file_is_given() {
    let from_stdin = newsclip(&["extract", "--compact"], PAGE.as_bytes());
    let from_dash = newsclip(&["extract", "--compact", "-"], PAGE.as_bytes());
    assert!(from_stdin.status.success());
    assert_eq!(from_stdin.stdout, from_dash.stdout);
    assert_eq!(String::from_utf8_lossy(&from_stdin.stdout).lines().count(), 1, "--compact prints one line");
}

#[test]
fn several_files_print_json_lines_named_by_path() {
    let dir = TempDir::new("several");
    let (a, b) = (dir.file("a.txt", PAGE.as_bytes()), dir.file("b.txt", b"Another headline\nA short body."));
    let out = newsclip(&["extract", &a, &b], b"");
    assert!(out.status.success());
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"].as_str(), Some(a.as_str()));
    assert_eq!(lines[1]["id"].as_str(), Some(b.as_str()));
}

#[test]
fn invalid_utf8_file_is_named_and_the_others_still_processed() {
    let dir = TempDir::new("bad-utf8");
    let bad = dir.file("bad.txt", b"Title\nSome text \xff\xfe here.");
    let good = dir.file("good.txt", PAGE.as_bytes());
    let out = newsclip(&["extract", &bad, &good], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("bad.txt") && err.contains("UTF-8"), "message names the file: {err}");
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 1, "the good file is still extracted");
    assert_eq!(lines[0]["id"].as_str(), Some(good.as_str()));
    let missing = newsclip(&["extract", &dir.path().join("missing.txt").to_string_lossy()], b"");
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("missing.txt"));
}

#[test]
fn no_strip_keeps_every_paragraph_as_body() {
    let out = newsclip(&["extract", "--no-strip"], b"Short line\n\nShare this\n\nA real paragraph of text.");
    let article: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(article["title"], Value::Null);
    assert_eq!(article["paragraphs"].as_array().map(Vec::len), Some(3));
    assert_eq!(article["removed"].as_array().map(Vec::len), Some(0));
}

#[test]
fn stage_switches_empty_their_lists() {
    let out = newsclip(&["extract", "--no-quotes", "--no-entities", "--compact"], PAGE.as_bytes());
    let article: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(article["quotes"], serde_json::json!([]));
    assert_eq!(article["entities"], serde_json::json!([]));
}

#[test]
fn html_is_recognized_by_content_and_flags_override_it() {
    // The HTML extractor is a facade method; whatever it returns, the page
    // must go through it and come out as one article.
    let dir = TempDir::new("html");
    let page = dir.file("saved-page.dat", format!("\u{feff}  \n{HTML}").as_bytes());
    let as_html = newsclip(&["extract", "--compact", &page], b"");
    assert!(as_html.status.success(), "{}", stderr(&as_html));
    let article: Value = serde_json::from_slice(&as_html.stdout).expect("JSON");
    assert!(article["paragraphs"].is_array());
    let forced = newsclip(&["extract", "--compact", "--html"], PAGE.as_bytes());
    assert!(forced.status.success());
    let as_text = newsclip(&["extract", "--compact", "--text"], HTML.as_bytes());
    assert!(as_text.status.success());
    let article: Value = serde_json::from_slice(&as_text.stdout).expect("JSON");
    let text_paragraphs = article["paragraphs"].as_array().map(Vec::len).unwrap_or_default();
    assert!(text_paragraphs > 0, "the text path sees the markup as text");
}
