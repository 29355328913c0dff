//! Records on a pipe come out as they are done, not when a batch fills.

use std::io::{BufRead, BufReader, Write};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

use crate::util::{record, spawn};

/// Long enough for a loaded CI machine; the test fails only if nothing comes.
const PATIENCE: Duration = Duration::from_secs(60);

#[test]
fn each_record_is_written_before_the_next_one_arrives() {
    let mut child = spawn(&["extract", "--jsonl", "-j", "2"]);
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let (lines_tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    for i in 0..3 {
        stdin.write_all(record(i, "Headline\nA body paragraph that ends here.").as_bytes()).expect("write");
        stdin.flush().expect("flush");
        // stdin stays open: the line must come out now.
        let line = lines.recv_timeout(PATIENCE).expect("a line while stdin is still open").expect("read");
        let value: Value = serde_json::from_str(&line).expect("JSON");
        assert_eq!(value["id"], i);
    }
    drop(stdin);
    assert!(child.wait().expect("exits").success());
}
