//! The readers of the library part never panic and stay in bounds, whatever the bytes.

use std::io::Read;

use newsclip_cli::gzip::GzipMembers;
use newsclip_cli::http::Response;
use newsclip_cli::jsonl::{recover_id, Line, LineReader, Record};
use newsclip_cli::warc::WarcReader;
use proptest::prelude::*;

/// Byte strings made of `pieces` and short runs of any bytes (up to `noise` long): they look
/// like a format often enough to go deep into its parser.
fn made_of(pieces: &'static [&'static [u8]], noise: usize) -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        prop::sample::select(pieces).prop_map(<[u8]>::to_vec),
        proptest::collection::vec(any::<u8>(), 0..noise),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

fn warc_like() -> impl Strategy<Value = Vec<u8>> {
    made_of(
        &[
            b"WARC/1.1\r\n",
            b"WARC-Type: response\r\n",
            b"Content-Length: 5\r\n",
            b"Content-Length: 99999\r\n",
            b"\r\n",
            b" continued\r\n",
        ],
        16,
    )
}

fn json_like() -> impl Strategy<Value = Vec<u8>> {
    made_of(&[b"{", b"}", b"\"id\"", b"\"text\"", b"\"html\"", b":", b",", b"\"\\ud800\"", b"\"a\\\"b\"", b"[1,"], 8)
}

proptest! {
    #[test]
    fn warc_records_stay_within_their_limit(data in warc_like(), max in 0u64..64) {
        for record in WarcReader::new(&data[..]).max_body(max).take(100).flatten() {
            prop_assert!(record.body.len() as u64 <= max);
            prop_assert!(record.offset <= data.len() as u64);
        }
    }

    #[test]
    fn jsonl_parsing_never_panics(line in json_like()) {
        let _ = Record::parse(&line);
        let _ = recover_id(&line);
    }

    #[test]
    fn line_reading_keeps_every_byte_of_short_lines(data in json_like(), max in 1usize..64) {
        let mut reader = LineReader::new(&data[..], max);
        let mut total = 0u64;
        let mut count = 0;
        while let Ok(Some(line)) = reader.next_line() {
            count += 1;
            total += match line {
                Line::Complete(bytes) => {
                    prop_assert!(bytes.len() <= max);
                    bytes.len() as u64
                }
                Line::TooLong { len, .. } => {
                    prop_assert!(len > max as u64);
                    len
                }
            };
            prop_assert!(count <= data.len() + 1);
        }
        prop_assert!(total <= data.len() as u64);
    }

    #[test]
    fn gzip_members_end_on_any_bytes(mut data in proptest::collection::vec(any::<u8>(), 0..256), magic in any::<bool>()) {
        if magic {
            data.splice(0..0, [0x1f, 0x8b, 0x08]);
        }
        let mut reader = GzipMembers::new(&data[..]);
        let mut buf = [0; 64];
        let mut calls = 0;
        loop {
            calls += 1;
            prop_assert!(calls < 10_000, "the reader ends");
            if let Ok(0) = reader.read(&mut buf) {
                break;
            }
        }
    }

    #[test]
    fn http_parsing_never_panics(data in proptest::collection::vec(any::<u8>(), 0..256), limit in 0u64..128) {
        let mut message = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
        message.extend_from_slice(&data);
        if let Ok(response) = Response::parse(&message) {
            let _ = response.is_html();
            let _ = response.charset();
            let _ = response.payload(limit);
        }
    }
}
