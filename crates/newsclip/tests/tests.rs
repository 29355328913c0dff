//! Integration tests of the facade, compiled into one binary.

mod properties;
mod seeds;
