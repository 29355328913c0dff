//! The `newsclip` binary, run as users run it. One test binary, one module a topic.

mod util;

mod commands;
mod compression;
mod explain;
mod inputs;
mod jsonl;
mod pages;
mod readers;
mod robustness;
mod streaming;
mod warc;
