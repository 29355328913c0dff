//! JSON Lines: one output line per input line, fields carried, errors as lines.

use serde_json::{json, Value};

use crate::util::{json_lines, newsclip, record, stderr, HTML, PAGE};

#[test]
fn one_line_per_input_line_in_order_with_errors_as_lines() {
    let mut input = Vec::new();
    input.extend_from_slice(record("a", "Headline\nA sentence of body text that ends here.").as_bytes());
    input.extend_from_slice(b"{broken json\n");
    input.extend_from_slice(b"{\"id\": 3, \"text\": \"bad \xff byte\"}\r\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{\"id\": \"no-text\"}\n");
    input.extend_from_slice(b"{\"id\": \"last\", \"text\": \"No final newline.\"}");
    for args in [&["extract", "--jsonl"][..], &["extract", "-", "-j", "3"][..]] {
        let out = newsclip(args, &input);
        assert!(out.status.success(), "{}", stderr(&out));
        let lines = json_lines(&out.stdout);
        let ids: Vec<Value> = lines.iter().map(|l| l["id"].clone()).collect();
        assert_eq!(ids, [json!("a"), Value::Null, json!(3), Value::Null, json!("no-text"), json!("last")]);
        let errors: Vec<bool> = lines.iter().map(|l| l.get("error").is_some()).collect();
        assert_eq!(errors, [false, true, true, true, true, false]);
        assert!(stderr(&out).contains("4 of 6 records are error lines"), "{}", stderr(&out));
    }
}

#[test]
fn every_field_but_the_page_is_carried_unchanged() {
    // Byte for byte: number spelling, big integers, key order, inner spacing.
    let line = r#"{"id": "k1", "source": "feed-7", "score": 1.50, "big": 123456789012345678901234567890, "tags": ["a", {"b": null}], "text": "Headline\nA body paragraph."}"#;
    let out = newsclip(&["extract", "--jsonl"], format!("{line}\n").as_bytes());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(r#"{"id":"k1","source":"feed-7","score":1.50,"big":123456789012345678901234567890,"tags":["a", {"b": null}],"title":"#),
        "{text}"
    );
    let out = json_lines(&out.stdout).remove(0);
    assert!(out.get("text").is_none(), "the page itself is not repeated");
    assert!(out["paragraphs"].is_array());
}

#[test]
fn a_field_the_article_also_has_moves_into_input() {
    let line = record("x", PAGE).replace("\"id\"", "\"title\":\"A title the user gave\",\"id\"");
    let out = json_lines(&newsclip(&["extract"], line.as_bytes()).stdout).remove(0);
    assert_eq!(out["input"], json!({"title": "A title the user gave"}));
    assert_eq!(out["id"], "x");
    assert!(out["title"].is_object(), "the contract's title is the extracted one");
}

#[test]
fn html_records_go_through_the_html_extractor_with_their_url() {
    let line = json!({"id": 1, "url": "https://news.example/story", "html": HTML}).to_string();
    let out = newsclip(&["extract"], format!("{line}\n").as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["url"], "https://news.example/story");
    assert!(lines[0]["paragraphs"].is_array() && lines[0].get("error").is_none());
}

#[test]
fn fields_keeps_only_the_named_top_level_fields() {
    let input = format!("{}{{\"id\": 9}}\n", record("a", PAGE));
    let out = newsclip(&["extract", "--fields", "id,title"], input.as_bytes());
    let lines = json_lines(&out.stdout);
    let keys: Vec<Vec<String>> =
        lines.iter().map(|l| l.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default()).collect();
    assert_eq!(keys, [vec!["id".to_owned(), "title".to_owned()], vec!["error".to_owned(), "id".to_owned()]]);
}

#[test]
fn order_holds_across_many_records_and_threads() {
    let input: String = (0..3000).map(|i| record(i, &format!("Paragraph number {i} is here."))).collect();
    let out = newsclip(&["extract", "--jsonl", "-j", "4", "--no-strip"], input.as_bytes());
    let ids: Vec<u64> = json_lines(&out.stdout).iter().filter_map(|l| l["id"].as_u64()).collect();
    assert_eq!(ids, (0..3000).collect::<Vec<u64>>());
}
