//! Maps keyed by the document's own words.
//!
//! The words come from the input, so they are hashed with std's
//! flood-resistant hasher; a filter on each word's first byte, last byte and
//! length answers most look-ups of absent words without hashing.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Borrow;
use std::hash::Hash;

/// A map from words, fast to ask about absent ones.
#[derive(Debug)]
pub(crate) struct WordMap<W, V> {
    /// For each first byte, a bit per length (lengths from 15 on share one).
    lengths: [u16; 256],
    /// For each first byte, a bit per last byte (modulo 64).
    last_bytes: [u64; 256],
    words: HashMap<W, V>,
}

impl<W: Borrow<str> + Hash + Eq, V> WordMap<W, V> {
    pub(crate) fn new() -> WordMap<W, V> {
        WordMap { lengths: [0; 256], last_bytes: [0; 256], words: HashMap::default() }
    }

    /// Adds `word` with `value`, unless it is already there; its value either way.
    pub(crate) fn get_or_insert(&mut self, word: W, value: V) -> &mut V {
        if let Some(key) = FilterKey::of(word.borrow()) {
            if let (Some(lengths), Some(last_bytes)) =
                (self.lengths.get_mut(key.first), self.last_bytes.get_mut(key.first))
            {
                *lengths |= key.length;
                *last_bytes |= key.last;
            }
        }
        self.words.entry(word).or_insert(value)
    }

    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        let key = FilterKey::of(word)?;
        let may = self.lengths.get(key.first).is_some_and(|l| l & key.length != 0)
            && self.last_bytes.get(key.first).is_some_and(|l| l & key.last != 0);
        if may {
            self.words.get(word)
        } else {
            None
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }
}

/// Where a word sits in the filter.
struct FilterKey {
    first: usize,
    length: u16,
    last: u64,
}

impl FilterKey {
    fn of(word: &str) -> Option<FilterKey> {
        let bytes = word.as_bytes();
        let (first, last) = (*bytes.first()?, *bytes.last()?);
        Some(FilterKey { first: usize::from(first), length: 1 << bytes.len().min(15), last: 1 << (last % 64) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_and_strangers() {
        let mut map: WordMap<&str, ()> = WordMap::new();
        for word in ["said", "the", "a", "extraordinarily"] {
            map.get_or_insert(word, ());
        }
        let has = |w| map.get(w).is_some();
        assert!(has("said") && has("a") && has("extraordinarily"));
        assert!(!has("sad") && !has("thee") && !has("") && !has("extraordinarilx"));
    }

    #[test]
    fn the_first_value_stays() {
        let mut map: WordMap<&str, usize> = WordMap::new();
        assert_eq!(*map.get_or_insert("the", 0), 0);
        assert_eq!(*map.get_or_insert("the", 1), 0);
        assert_eq!((map.get("the"), map.len()), (Some(&0), 1));
    }
}
