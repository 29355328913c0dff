//! Sets of the document's own words.
//!
//! The words come from the input, so they are hashed with std's
//! flood-resistant hasher; a filter on each word's first byte and length
//! answers most look-ups of absent words without hashing.

use std::borrow::Borrow;
use std::collections::HashSet;
use std::hash::Hash;

/// A set of words, fast to ask about absent ones.
#[derive(Debug)]
pub(crate) struct WordSet<W> {
    /// For each first byte, a bit per length (lengths from 15 on share one).
    filter: [u16; 256],
    words: HashSet<W>,
}

impl<W: Borrow<str> + Hash + Eq> WordSet<W> {
    pub(crate) fn new() -> WordSet<W> {
        WordSet { filter: [0; 256], words: HashSet::new() }
    }

    pub(crate) fn insert(&mut self, word: W) {
        if let Some((byte, bit)) = filter_bit(word.borrow()) {
            if let Some(lengths) = self.filter.get_mut(byte) {
                *lengths |= bit;
            }
        }
        self.words.insert(word);
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        let may = filter_bit(word).is_some_and(|(byte, bit)| self.filter.get(byte).is_some_and(|l| l & bit != 0));
        may && self.words.contains(word)
    }
}

impl<W: Borrow<str> + Hash + Eq> FromIterator<W> for WordSet<W> {
    fn from_iter<I: IntoIterator<Item = W>>(words: I) -> WordSet<W> {
        let mut set = WordSet::new();
        for word in words {
            set.insert(word);
        }
        set
    }
}

fn filter_bit(word: &str) -> Option<(usize, u16)> {
    let first = *word.as_bytes().first()?;
    Some((usize::from(first), 1 << word.len().min(15)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_and_strangers() {
        let set: WordSet<&str> = ["said", "the", "a", "extraordinarily"].into_iter().collect();
        assert!(set.contains("said") && set.contains("a") && set.contains("extraordinarily"));
        assert!(!set.contains("sad") && !set.contains("thee") && !set.contains("") && !set.contains("extraordinarilx"));
    }
}
