//! Running the binary, temporary directories and fixtures made on the fly.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;

/// An invented article, laid out like a page dump: headline, byline, body, furniture.
pub(crate) const PAGE: &str = "\
Harbor Town Opens Its New Floating Library
By Mira Castellan
Share this article
LOWPORT — The floating library moored at the old ferry pier opened its doors on Saturday after two years of work.
“Every child in Lowport can now borrow a book on the water,” said the head librarian, Tomas Ferreby.
The barge holds about four thousand books and a small reading room.
Related: Ferry timetable changes for the winter
";

/// The same invented article as a small HTML page.
pub(crate) const HTML: &str = "<!DOCTYPE html>\n<html><head><title>Harbor Town Opens Its New Floating Library</title></head>\
<body><h1>Harbor Town Opens Its New Floating Library</h1><p>By Mira Castellan</p>\
<p>LOWPORT — The floating library moored at the old ferry pier opened its doors on Saturday after two years of work.</p>\
<p>“Every child in Lowport can now borrow a book on the water,” said the head librarian, Tomas Ferreby.</p></body></html>\n";

pub(crate) fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsclip"))
}

/// Spawns `newsclip args` with every stream piped.
pub(crate) fn spawn(args: &[&str]) -> Child {
    binary()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("newsclip runs")
}

/// Runs `newsclip args` with `stdin` as input and waits for it.
pub(crate) fn newsclip(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    // Feed stdin from another thread: a large output must not block on a full pipe.
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let feeder = std::thread::spawn(move || input.write_all(&stdin));
    let output = child.wait_with_output().expect("newsclip finishes");
    // The child may exit without reading all of stdin (e.g. for --help); that is fine.
    let _ = feeder.join();
    output
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every line of `out`, each parsed as JSON (a cut-off line fails the test).
pub(crate) fn json_lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

/// A record line `{"id", "text"}`.
pub(crate) fn record(id: impl Into<Value>, text: &str) -> String {
    let mut line = serde_json::json!({"id": id.into(), "text": text}).to_string();
    line.push('\n');
    line
}

/// A fresh, empty directory for one test, removed when dropped.
pub(crate) struct TempDir(PathBuf);

impl TempDir {
    pub(crate) fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("newsclip-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `bytes` to `name` (creating parent directories) and returns its path as a string.
    pub(crate) fn file(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("parent dir");
        }
        std::fs::write(&path, bytes).expect("write fixture");
        path.to_string_lossy().into_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub(crate) fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).expect("in memory");
    gz.finish().expect("in memory")
}

pub(crate) fn zstd(bytes: &[u8]) -> Vec<u8> {
    zstd::encode_all(bytes, 3).expect("in memory")
}

/// One WARC record: `fields` are extra header lines after the type and id.
pub(crate) fn warc_record(kind: &str, id: &str, fields: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
    let mut record = format!("WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n");
    record.push_str("WARC-Date: 2024-03-01T12:00:00Z\r\n");
    for (name, value) in fields {
        record.push_str(&format!("{name}: {value}\r\n"));
    }
    record.push_str(&format!("Content-Length: {}\r\n\r\n", block.len()));
    let mut record = record.into_bytes();
    record.extend_from_slice(block);
    record.extend_from_slice(b"\r\n\r\n");
    record
}

/// A `response` record of an HTTP 200 with the given content type.
pub(crate) fn warc_response(id: &str, url: &str, content_type: &str, payload: &[u8]) -> Vec<u8> {
    let mut http =
        format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n", payload.len())
            .into_bytes();
    http.extend_from_slice(payload);
    let fields = [("WARC-Target-URI", url), ("Content-Type", "application/http; msgtype=response")];
    warc_record("response", id, &fields, &http)
}
