//! The `newsclip` binary, run as users run it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn newsclip(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsclip"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("newsclip runs");
    // Feed stdin from another thread: a large output must not block on a full pipe.
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let feeder = std::thread::spawn(move || input.write_all(&stdin));
    let output = child.wait_with_output().expect("newsclip finishes");
    // The child may exit without reading all of stdin (e.g. for --help); that is fine.
    let _ = feeder.join();
    output
}

fn seed(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds").join(name)
}

fn json_lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

const SEED: &str = "000_79c2d818b762d914.txt";

#[test]
fn one_file_prints_a_pretty_article() {
    let out = newsclip(&["extract", seed(SEED).to_str().unwrap_or_default()], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("{\n"), "pretty-printed");
    let article: Value = serde_json::from_str(&text).expect("JSON");
    for key in ["title", "dateline", "author", "published", "section", "paragraphs", "removed", "quotes", "entities"] {
        assert!(article.get(key).is_some(), "has {key}");
    }
    assert!(article.get("id").is_none(), "no id for a single page");
    let page = std::fs::read_to_string(seed(SEED)).expect("seed");
    for p in article["paragraphs"].as_array().expect("paragraphs") {
        let (start, end) = (p["start"].as_u64().unwrap_or(0) as usize, p["end"].as_u64().unwrap_or(0) as usize);
        assert_eq!(page.get(start..end), p["text"].as_str(), "byte offsets into the page");
    }
}

#[test]
fn stdin_is_read_when_no_file_is_given() {
    let page = std::fs::read(seed(SEED)).expect("seed");
    let from_stdin = newsclip(&["extract", "--compact"], &page);
    let from_dash = newsclip(&["extract", "--compact", "-"], &page);
    assert!(from_stdin.status.success());
    assert_eq!(from_stdin.stdout, from_dash.stdout);
    assert_eq!(String::from_utf8_lossy(&from_stdin.stdout).lines().count(), 1, "--compact prints one line");
}

#[test]
fn several_files_print_json_lines_named_by_path() {
    let (a, b) = (seed(SEED), seed("004_cc6f65a1995ce520.txt"));
    let out = newsclip(&["extract", a.to_str().unwrap_or_default(), b.to_str().unwrap_or_default()], b"");
    assert!(out.status.success());
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"].as_str(), a.to_str());
    assert_eq!(lines[1]["id"].as_str(), b.to_str());
}

#[test]
fn invalid_utf8_file_is_named_and_the_others_still_processed() {
    let dir = std::env::temp_dir().join(format!("newsclip-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"Title\nSome text \xff\xfe here.").expect("write");
    let good = seed(SEED);
    let out = newsclip(&["extract", bad.to_str().unwrap_or_default(), good.to_str().unwrap_or_default()], b"");
    assert!(!out.status.success(), "non-zero exit");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.txt") && stderr.contains("UTF-8"), "message names the file: {stderr}");
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 1, "the good file is still extracted");
    assert_eq!(lines[0]["id"].as_str(), good.to_str());
    let missing = newsclip(&["extract", dir.join("missing.txt").to_str().unwrap_or_default()], b"");
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("missing.txt"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn jsonl_gives_one_line_per_input_line_in_order() {
    let mut input = Vec::new();
    input.extend_from_slice(
        b"{\"id\": \"a\", \"text\": \"Headline\\nA sentence of body text that ends here.\", \"url\": \"x\"}\n",
    );
    input.extend_from_slice(b"{broken json\n");
    input.extend_from_slice(b"{\"id\": 3, \"text\": \"bad \xff byte\"}\r\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{\"id\": \"no-text\"}\n");
    input.extend_from_slice(b"{\"id\": \"last\", \"text\": \"No final newline.\"}");
    for args in [&["extract", "--jsonl"][..], &["extract", "--jsonl", "-", "-j", "3"][..]] {
        let out = newsclip(args, &input);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let lines = json_lines(&out.stdout);
        let ids: Vec<Value> = lines.iter().map(|l| l["id"].clone()).collect();
        assert_eq!(
            ids,
            [Value::from("a"), Value::Null, Value::from(3), Value::Null, Value::from("no-text"), Value::from("last")]
        );
        let errors: Vec<bool> = lines.iter().map(|l| l.get("error").is_some()).collect();
        assert_eq!(errors, [false, true, true, true, true, false]);
        assert!(lines[0]["paragraphs"].is_array() && lines[0].get("url").is_none());
    }
}

#[test]
fn jsonl_keeps_order_across_batches_and_threads() {
    let input: String =
        (0..3000).map(|i| format!("{{\"id\": {i}, \"text\": \"Paragraph number {i} is here.\"}}\n")).collect();
    let out = newsclip(&["extract", "--jsonl", "-j", "4", "--no-strip"], input.as_bytes());
    let ids: Vec<u64> = json_lines(&out.stdout).iter().filter_map(|l| l["id"].as_u64()).collect();
    assert_eq!(ids, (0..3000).collect::<Vec<u64>>());
}

#[test]
fn no_strip_keeps_every_paragraph_as_body() {
    let page = b"Short line\n\nShare this\n\nA real paragraph of text.";
    let out = newsclip(&["extract", "--no-strip"], page);
    let article: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(article["title"], Value::Null);
    assert_eq!(article["paragraphs"].as_array().map(Vec::len), Some(3));
    assert_eq!(article["removed"].as_array().map(Vec::len), Some(0));
}

#[test]
fn help_documents_inputs_outputs_and_errors() {
    let out = newsclip(&["extract", "--help"], b"");
    let help = String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in
        ["--jsonl", "--no-strip", "standard input", "one line per input line", "\"error\"", "UTF-8", "byte offsets"]
    {
        assert!(help.contains(needle), "--help mentions {needle}");
    }
}
