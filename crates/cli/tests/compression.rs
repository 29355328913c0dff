//! gzip and zstd in and out.

use std::io::Read;

use crate::util::{gzip, json_lines, newsclip, record, stderr, zstd, TempDir, PAGE};

fn records(range: std::ops::Range<u32>) -> String {
    range.map(|i| record(i, &format!("Headline {i}\nA body paragraph for record {i}."))).collect()
}

#[test]
fn multi_member_gzip_and_zstd_jsonl_are_read_whole() {
    let dir = TempDir::new("compressed-in");
    let two_members = [gzip(records(0..3).as_bytes()), gzip(records(3..5).as_bytes())].concat();
    let gz = dir.file("pages.jsonl.gz", &two_members);
    let zst = dir.file("pages.data", &zstd(records(5..8).as_bytes()));
    let out = newsclip(&["extract", &gz, &zst], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<u64> = json_lines(&out.stdout).iter().filter_map(|l| l["id"].as_u64()).collect();
    assert_eq!(ids, (0..8).collect::<Vec<u64>>());
}

#[test]
fn a_compressed_page_on_stdin_is_one_article() {
    let out = newsclip(&["extract", "--compact"], &gzip(PAGE.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_lines(&out.stdout).len(), 1);
}

#[test]
fn output_is_compressed_by_its_extension() {
    let dir = TempDir::new("compressed-out");
    let input = records(0..4);
    for name in ["out.jsonl.gz", "out.jsonl.zst", "out.jsonl"] {
        let path = dir.path().join(name);
        let out = newsclip(&["extract", "-o", &path.to_string_lossy()], input.as_bytes());
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(out.stdout.is_empty());
        let bytes = std::fs::read(&path).expect("output file");
        let mut text = Vec::new();
        let decoded = match name {
            "out.jsonl.gz" => flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut text),
            "out.jsonl.zst" => zstd::stream::read::Decoder::new(&bytes[..]).and_then(|mut d| d.read_to_end(&mut text)),
            _ => (&bytes[..]).read_to_end(&mut text),
        };
        decoded.expect("decompresses");
        assert_eq!(json_lines(&text).len(), 4, "{name}");
    }
}

#[test]
fn a_corrupt_gzip_file_is_an_input_error() {
    let mut data = gzip(records(0..50).as_bytes());
    let middle = data.len() / 2;
    data[middle..middle + 32].fill(0);
    let dir = TempDir::new("corrupt-gz");
    let path = dir.file("broken.jsonl.gz", &data);
    let out = newsclip(&["extract", &path], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("broken.jsonl.gz"), "{}", stderr(&out));
    // Whatever came out before the damage is whole lines.
    let _ = json_lines(&out.stdout);
}
