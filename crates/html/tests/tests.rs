//! Integration tests of newsclip-html, compiled into one binary.

mod bad_input;
mod cases;
mod properties;
