//! Any line as a JSON Lines record, and any bytes through the bounded line reader.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclip_cli::jsonl::{LineReader, Record};

fuzz_target!(|data: &[u8]| {
    let _ = Record::parse(data);
    let mut lines = LineReader::new(data, 1 << 12);
    while let Ok(Some(line)) = lines.next_line() {
        drop(line);
    }
});
