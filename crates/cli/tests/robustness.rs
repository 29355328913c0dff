//! Failing loudly and losing nothing: BOM, surrogates, huge records, closed
//! output, signals, exit status.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::time::Duration;

use serde_json::{json, Value};

use crate::util::{binary, json_lines, newsclip, record, spawn, stderr, TempDir, PAGE};

#[test]
fn a_byte_order_mark_opening_jsonl_is_accepted() {
    let input = format!("\u{feff}{}{}", record(1, PAGE), record(2, PAGE));
    for args in [&["extract"][..], &["extract", "--jsonl"][..]] {
        let out = newsclip(args, input.as_bytes());
        let lines = json_lines(&out.stdout);
        assert_eq!(lines.len(), 2, "{}", stderr(&out));
        assert!(lines.iter().all(|l| l.get("error").is_none()), "{lines:?}");
    }
}

#[test]
fn lone_surrogate_escapes_are_replaced_not_fatal() {
    // What Python's json.dumps writes for a string holding a lone surrogate.
    let input = "{\"id\": \"s\", \"text\": \"Headline \\ud800\\nA body paragraph with a broken \\udfff character.\"}\n";
    let out = newsclip(&["extract", "--no-strip"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let line = json_lines(&out.stdout).remove(0);
    assert!(line.get("error").is_none(), "{line}");
    let text: String = line["paragraphs"].as_array().into_iter().flatten().filter_map(|p| p["text"].as_str()).collect();
    assert!(text.contains('\u{fffd}'), "{text}");
}

#[test]
fn huge_records_are_error_lines_and_the_rest_goes_on() {
    let huge = "A sentence that repeats to make one record far larger than the limit. ".repeat(5000);
    let mut input = String::new();
    for i in 0..6 {
        let text = if i % 2 == 1 { huge.as_str() } else { "Headline\nA normal body paragraph." };
        input.push_str(&record(i, text));
    }
    let out = newsclip(&["extract", "-j", "2", "--max-record-bytes", "64K"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out.stdout);
    let ids: Vec<Value> = lines.iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, (0..6).map(Value::from).collect::<Vec<_>>(), "the id is kept from the line's start");
    for (i, line) in lines.iter().enumerate() {
        let error = line["error"].as_str();
        assert_eq!(error.is_some(), i % 2 == 1, "{line}");
        assert!(error.is_none_or(|e| e.contains("--max-record-bytes")), "{line}");
    }
}

#[test]
fn a_malformed_line_keeps_its_id() {
    let out = newsclip(&["extract", "--jsonl"], b"{\"id\": \"cut-7\", \"text\": \"the line was cut\n");
    assert_eq!(json_lines(&out.stdout)[0]["id"], "cut-7");
}

#[test]
fn a_closed_stdout_is_an_error() {
    let dir = TempDir::new("closed-stdout");
    let input: String = (0..200).map(|i| record(i, PAGE)).collect();
    let path = dir.file("many.jsonl", input.as_bytes());
    let mut child = binary()
        .args(["extract", "-j", "2", &path])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take()); // the reader goes away before anything is written
    let out = child.wait_with_output().expect("exits");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot write to standard output"), "{}", stderr(&out));
}

#[test]
fn sigterm_and_sigint_stop_reading_and_leave_only_whole_lines() {
    for (signal, number) in [("TERM", 15), ("INT", 2)] {
        stop_mid_run(signal, number);
    }
}

fn stop_mid_run(signal: &str, number: i32) {
    let mut child = spawn(&["extract", "--jsonl", "-j", "2"]);
    let mut stdin = child.stdin.take().expect("stdin");
    // Enough work that the run is still busy when the signal comes; stdin stays open.
    let feeder = std::thread::spawn(move || {
        for i in 0..4000 {
            if stdin.write_all(record(i, PAGE).as_bytes()).is_err() {
                break;
            }
        }
        std::thread::sleep(Duration::from_secs(30));
        drop(stdin);
    });
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("a first line");
    let status = std::process::Command::new("kill").args([&format!("-{signal}"), &child.id().to_string()]).status();
    assert!(status.is_ok_and(|s| s.success()), "kill works");
    let mut rest = Vec::new();
    std::io::Read::read_to_end(&mut stdout, &mut rest).expect("the rest");
    let out = child.wait_with_output().expect("exits");
    assert_eq!(out.status.code(), Some(128 + number), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!("stopped by signal {number}")), "{}", stderr(&out));
    let all = [first.as_bytes(), &rest].concat();
    assert!(all.ends_with(b"\n"), "no cut-off last line");
    let lines = json_lines(&all);
    assert!(lines.len() < 4000, "reading stopped early");
    let ids: Vec<Value> = lines.iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, (0..lines.len()).map(Value::from).collect::<Vec<_>>(), "in order, none missing");
    drop(feeder);
}

#[test]
fn exit_status_tells_record_errors_from_input_errors() {
    let input = format!("{}{{\"id\": \"bad\"}}\n", record("ok", PAGE));
    let lenient = newsclip(&["extract", "--jsonl"], input.as_bytes());
    assert_eq!(lenient.status.code(), Some(0), "record errors are records");
    assert!(stderr(&lenient).contains("1 of 2 records are error lines"));
    let strict = newsclip(&["extract", "--jsonl", "--fail-on-error"], input.as_bytes());
    assert_eq!(strict.status.code(), Some(1));
    let quiet = newsclip(&["extract", "--jsonl", "--quiet"], input.as_bytes());
    assert!(quiet.stderr.is_empty());
    let missing = newsclip(&["extract", "/nonexistent/newsclip/input.jsonl"], b"");
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(json_lines(&lenient.stdout)[1], json!({"id": "bad", "error": "record has no \"text\" or \"html\""}));
}
