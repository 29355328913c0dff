//! Integration tests of the facade, compiled into one binary.

mod acceptance;
mod properties;
mod user_lexicon;
