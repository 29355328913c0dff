//! Directories and --files-from.

use serde_json::Value;

use crate::util::{gzip, json_lines, newsclip, record, stderr, TempDir, HTML, PAGE};

#[test]
fn directories_are_walked_by_extension_in_name_order() {
    let dir = TempDir::new("walk");
    let a = dir.file("a.html", HTML.as_bytes());
    let b = dir.file("b.txt", PAGE.as_bytes());
    dir.file("notes.png", b"\x89PNG not a page");
    dir.file(".hidden.txt", PAGE.as_bytes());
    dir.file("sub/c.jsonl.gz", &gzip(format!("{}{}", record("c1", PAGE), record("c2", PAGE)).as_bytes()));
    let out = newsclip(&["extract", &dir.path().to_string_lossy()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<Value> = json_lines(&out.stdout).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, [Value::from(a), Value::from(b), Value::from("c1"), Value::from("c2")]);

    let only_txt = newsclip(&["extract", "--ext", "txt", &dir.path().to_string_lossy()], b"");
    assert_eq!(json_lines(&only_txt.stdout).len(), 1);
}

#[test]
fn files_from_reads_a_list_or_stdin() {
    let dir = TempDir::new("files-from");
    let a = dir.file("one.txt", PAGE.as_bytes());
    let b = dir.file("two.txt", PAGE.as_bytes());
    let list = dir.file("list.txt", format!("{a}\n\n{b}\n").as_bytes());
    let out = newsclip(&["extract", "--files-from", &list], b"");
    let ids: Vec<Value> = json_lines(&out.stdout).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, [Value::from(a.clone()), Value::from(b.clone())]);
    let from_stdin = newsclip(&["extract", "--files-from", "-"], format!("{b}\n{a}\n").as_bytes());
    let ids: Vec<Value> = json_lines(&from_stdin.stdout).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, [Value::from(b), Value::from(a)]);
}
