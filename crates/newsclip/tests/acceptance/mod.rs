//! Acceptance tests against hand-made gold: the seed articles must come out
//! exactly as their gold says; the outlet-style pages must keep their scores.

mod gold;
mod html;
mod languages;
mod outlets;
mod seeds;
