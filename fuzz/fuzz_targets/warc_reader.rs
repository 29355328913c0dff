//! Any bytes as WARC (plain and gzip), and each response's HTTP message.
#![no_main]

use std::io::BufReader;

use libfuzzer_sys::fuzz_target;
use newsclip_cli::{gzip::GzipMembers, http::Response, warc::WarcReader};

fuzz_target!(|data: &[u8]| {
    for record in WarcReader::new(data).max_body(1 << 20).take(1000).flatten() {
        if let Ok(response) = Response::parse(&record.body) {
            let _ = (response.is_html(), response.charset(), response.payload(1 << 20).map(|p| p.len()));
        }
    }
    let gzip = BufReader::new(GzipMembers::new(data));
    WarcReader::new(gzip).max_body(1 << 20).take(1000).for_each(drop);
});
