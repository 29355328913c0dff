//! WARC and WET files, gzip per record, with the damage real crawls have.

use serde_json::Value;

use crate::util::{gzip, json_lines, newsclip, stderr, warc_record, warc_response, TempDir, HTML, PAGE};

/// A `.warc.gz` of every record type, one gzip member per record, with one
/// corrupt member and a last record cut off in the middle.
fn crawl() -> Vec<u8> {
    let request = b"GET /story HTTP/1.1\r\nHost: news.example\r\n\r\n";
    let members = [
        warc_record("warcinfo", "info", &[("Content-Type", "application/warc-fields")], b"software: test\r\n"),
        warc_record("request", "req-1", &[("WARC-Target-URI", "https://news.example/one")], request),
        warc_response("resp-1", "https://news.example/one", "text/html; charset=utf-8", HTML.as_bytes()),
        warc_record("metadata", "meta-1", &[("WARC-Target-URI", "https://news.example/one")], b"fetchTimeMs: 12\r\n"),
        warc_response("img-1", "https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
        warc_response("resp-lost", "https://news.example/lost", "text/html", HTML.as_bytes()),
        warc_response("resp-2", "https://news.example/two", "text/html", HTML.as_bytes()),
        warc_record("conversion", "wet-1", &[("WARC-Target-URI", "https://news.example/three")], PAGE.as_bytes()),
        warc_response("resp-cut", "https://news.example/cut", "text/html", HTML.as_bytes()),
    ];
    let mut file = Vec::new();
    for (i, member) in members.iter().enumerate() {
        let mut gz = gzip(member);
        if i == 5 {
            // Overwrite part of the deflate data: the member cannot be decoded.
            let middle = gz.len() / 2;
            gz[middle..middle + 16].fill(0xff);
        }
        if i == members.len() - 1 {
            gz.truncate(gz.len() * 2 / 3);
        }
        file.extend_from_slice(&gz);
    }
    file
}

#[test]
fn a_crawl_gives_pages_skips_the_rest_and_reports_every_loss() {
    let dir = TempDir::new("warc");
    let path = dir.file("crawl.warc.gz", &crawl());
    let out = newsclip(&["extract", "--stats", &path], b"");
    assert_eq!(out.status.code(), Some(1), "a corrupt and a truncated member: status 1");
    let lines = json_lines(&out.stdout);
    let (pages, errors): (Vec<&Value>, Vec<&Value>) = lines.iter().partition(|l| l.get("error").is_none());

    let urls: Vec<&str> = pages.iter().filter_map(|l| l["url"].as_str()).collect();
    assert_eq!(urls, ["https://news.example/one", "https://news.example/two", "https://news.example/three"]);
    assert_eq!(pages[0]["warc_record_id"], "<urn:uuid:resp-1>");
    assert_eq!(pages[0]["id"], "<urn:uuid:resp-1>");
    assert_eq!(pages[0]["warc_date"], "2024-03-01T12:00:00Z");
    assert!(pages.iter().all(|p| p["paragraphs"].as_array().is_some_and(|ps| !ps.is_empty())));

    assert!(errors.iter().any(|e| e["error"].as_str().is_some_and(|m| m.contains("gzip"))), "{errors:?}");
    let last = lines.last().expect("lines");
    assert!(last["error"].as_str().is_some_and(|m| m.contains("truncated")), "{last}");
    assert!(!urls.contains(&"https://news.example/lost"), "the corrupt record is no page");

    let err = stderr(&out);
    assert!(err.contains("crawl.warc.gz") && err.contains("corrupt gzip member"), "{err}");
    assert!(err.contains("skipped 4 (metadata 1, non-HTML response 1, request 1, warcinfo 1)"), "{err}");
}

#[test]
fn plain_warc_is_recognized_without_an_extension() {
    let mut file = warc_response("a", "https://news.example/a", "text/html", HTML.as_bytes());
    let mut not_found = warc_response("b", "https://news.example/b", "text/html", HTML.as_bytes());
    let at = not_found.windows(6).position(|w| w == b"200 OK").expect("status line");
    not_found[at..at + 6].copy_from_slice(b"404 NF");
    file.extend_from_slice(&not_found);
    file.extend_from_slice(&warc_record(
        "conversion",
        "c",
        &[("WARC-Target-URI", "https://news.example/c")],
        PAGE.as_bytes(),
    ));
    let out = newsclip(&["extract"], &file);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<Value> = json_lines(&out.stdout).iter().map(|l| l["warc_record_id"].clone()).collect();
    assert_eq!(ids, [Value::from("<urn:uuid:a>"), Value::from("<urn:uuid:c>")], "the 404 is skipped");
}

#[test]
fn a_record_over_the_limit_is_an_error_line_with_its_ids() {
    let big_page = format!("<html><body>{}</body></html>", "<p>Many words of filler text.</p>".repeat(2000));
    let mut file = warc_response("big", "https://news.example/big", "text/html", big_page.as_bytes());
    file.extend_from_slice(&warc_response("small", "https://news.example/small", "text/html", HTML.as_bytes()));
    let out = newsclip(&["extract", "--warc", "--max-record-bytes", "20K", "-j", "2"], &gzip(&file));
    assert!(out.status.success(), "an oversized record is a record error: {}", stderr(&out));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["url"], "https://news.example/big");
    assert!(lines[0]["error"].as_str().is_some_and(|m| m.contains("exceeds the limit")), "{}", lines[0]);
    assert!(lines[1].get("error").is_none());
}

#[test]
fn the_http_charset_decodes_a_page_that_declares_none() {
    // Polish in ISO-8859-2, which the windows-1252 fallback would misread (ł as ³).
    let page: &[u8] = b"<html><body><article><h1>Rada</h1>\
        <p>Rada miasta zebra\xb3a si\xea w poniedzia\xb3ek, aby om\xf3wi\xe6 nowe zasady dla letnich ogr\xf3dk\xf3w w centrum miasta.</p>\
        <p>Radni obiecuj\xb1 podj\xb1\xe6 decyzj\xea do ko\xf1ca miesi\xb1ca, a mieszka\xf1cy prosz\xb1 o zachowanie ciszy nocnej.</p></article></body></html>";
    let file = warc_response("latin2", "https://news.example/pl", "text/html; charset=ISO-8859-2", page);
    let out = newsclip(&["extract", "--warc"], &file);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out.stdout);
    let text = lines[0]["paragraphs"][0]["text"].as_str().expect("a paragraph");
    assert!(text.starts_with("Rada miasta zebrała się"), "{text}");
}
