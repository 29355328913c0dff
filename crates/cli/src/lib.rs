//! The readers behind the `newsclip` command-line tool, usable on their own.
//!
//! This package builds the `newsclip` binary (`cargo install newsclip-cli`);
//! its library part holds the input readers, which are small, streaming,
//! panic-free on any bytes and tested alone (and fuzz-friendly: each takes a
//! byte slice or any [`BufRead`](std::io::BufRead)):
//!
//! | module | reads |
//! |---|---|
//! | [`warc`] | WARC 1.0/1.1 records, one at a time, bodies up to a limit |
//! | [`gzip`] | multi-member gzip that carries on after a corrupt member |
//! | [`http`] | the HTTP response inside a WARC `response` record |
//! | [`jsonl`] | JSON Lines: bounded lines, forgiving records, ids of broken lines |
//!
//! Use the [`newsclip`](https://docs.rs/newsclip) facade for extraction; use
//! these when you feed it from crawls yourself.
//!
//! # The command-line tool
//!
//! `newsclip extract` reads pages, JSON Lines and WARC files (plain, gzip or
//! zstd, recognized by content), files, directories or standard input, and
//! writes one JSON line per record in input order; `newsclip extract --help`
//! is its manual. Its parts:
//!
//! - **Pipeline**: a reader thread, `-j N` worker threads and the writer,
//!   joined by crossbeam channels (a bounded job queue; results come back on
//!   a channel that the gate below bounds). A gate bounds the records between
//!   reading and writing (the reorder window, 8 per worker) and their input
//!   bytes (`--max-record-bytes`, at least 16 MiB), so memory is bounded by
//!   the window, not the input, and `N` huge records are never in memory
//!   together. Each line is written as soon as the lines before it are, and
//!   standard output is flushed whenever the writer waits: a record arriving
//!   on a pipe comes out as soon as it is processed.
//! - **Failing loudly**: a record that cannot be processed is an error line;
//!   an input that cannot be read or decompressed is named on standard error
//!   and makes the exit status 1; a closed standard output is an error (exit
//!   1), not a silent success; SIGINT/SIGTERM stop reading, finish the records
//!   in flight and exit with 128 + the signal, never cutting a line.
//!
//! # Why these crates
//!
//! - **WARC: our own reader ([`warc`])**, after reading and measuring the
//!   maintained crates. `warc` 0.4 buffers each body whole with no size limit
//!   (its streaming iterator borrows the reader, which a pipeline cannot hold
//!   across threads), reads bodies line by line, decompresses with one
//!   `libflate` multi-member decoder that cannot resume after a corrupt member
//!   (nor check a member before its data is used), and its `from_path` opens
//!   the file for writing, creating it if missing; `rust_warc` also buffers
//!   whole bodies and reads no gzip. The format is small (a header block,
//!   `Content-Length` bytes, two CRLFs), so the reader here is ~250 lines with
//!   its tests: bounded bodies skipped without buffering when too large,
//!   resynchronization after a malformed record, truncation reported with the
//!   record's header. On the same 400 generated records in memory (best of 15
//!   runs, a scratch program not kept in the repository), `warc` 0.4 read
//!   3.9 GiB/s plain and 321 MiB/s through its gzip decoder; this reader
//!   15 GiB/s plain and 524 MiB/s through [`gzip::GzipMembers`]. In
//!   `cargo bench -p newsclip-cli --bench warc` (criterion means, on a shared
//!   machine) it reads about 9 GiB/s plain and 300–380 MiB/s gzip per record;
//!   inflating is the cost, and extraction, at about 9 MiB of HTML per CPU
//!   second, sets the pace of a run.
//! - **flate2** for gzip (the standard Rust binding; its `bufread::GzDecoder`
//!   stops exactly at a member's end, which [`gzip::GzipMembers`] needs to
//!   resume after a bad member) and **zstd** for Zstandard (the maintained
//!   binding to the reference library; multi-frame by default).
//! - **ignore** walks directories (ripgrep's walker: fast, sorted on request,
//!   reports unreadable entries instead of stopping).
//! - **indicatif** draws the progress line, only when standard error is a
//!   terminal, and lets messages print without tearing it.
//! - **crossbeam-channel** for the bounded channels (timeouts for the writer's
//!   idle ticks, multi-consumer job queue); plain threads rather than rayon
//!   because the work is an ordered stream whose reader may block on a pipe.
//! - **signal-hook** for SIGINT/SIGTERM: it records which signal arrived
//!   (exit status 130 or 143) and turns a second one into an immediate exit;
//!   `ctrlc` does neither.
//! - **clap_complete** and **clap_mangen** generate `newsclip completions
//!   SHELL` and `newsclip man` from the same definitions as `--help`.
//! - **serde_json** with `raw_value`: the fields of a JSON Lines record are
//!   carried to the output byte for byte (big numbers, key order, escapes).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod gzip;
pub mod http;
pub mod jsonl;
pub mod warc;
