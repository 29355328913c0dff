//! [`WordTable`]: lowercase words to entry ids, looked up in any case without
//! allocating.
//!
//! Every token of a document is looked up once, so this is a hot path: ASCII
//! words are hashed and compared while being lower-cased on the fly, eight
//! bytes at a time, and the keys live in one arena, so building the table for
//! the 60,000 words of the lexicon costs no allocation per word either.

/// The id of a word's entry: an index into the lexicon's entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub(crate) u32);

impl EntryId {
    /// The id as a number, for compact storage.
    #[inline]
    #[must_use]
    pub const fn into_raw(self) -> u32 {
        self.0
    }

    /// The id that [`into_raw`](Self::into_raw) gave as `raw`; an id no
    /// lexicon gave reads as the default entry.
    #[inline]
    #[must_use]
    pub const fn from_raw(raw: u32) -> EntryId {
        EntryId(raw)
    }
}

/// An empty slot has no key.
const EMPTY: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
struct Slot {
    hash: u32,
    /// Where the key is in the arena; `EMPTY` for an empty slot.
    start: u32,
    len: u32,
    id: u32,
}

const EMPTY_SLOT: Slot = Slot { hash: 0, start: EMPTY, len: 0, id: 0 };

/// An open-addressing hash table from lowercase words to entry ids.
#[derive(Clone, Debug)]
pub(crate) struct WordTable {
    keys: String,
    slots: Vec<Slot>,
    len: usize,
}

impl Default for WordTable {
    fn default() -> WordTable {
        WordTable { keys: String::new(), slots: vec![EMPTY_SLOT; 16], len: 0 }
    }
}

impl WordTable {
    /// A table with room for about `words` words before it grows.
    pub(crate) fn with_capacity(words: usize) -> WordTable {
        let slots = (words * 2).next_power_of_two().max(16);
        WordTable { keys: String::with_capacity(words * 8), slots: vec![EMPTY_SLOT; slots], len: 0 }
    }

    /// The id of `word` (any case), if the table has it.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<EntryId> {
        if word.is_ascii() {
            let hash = ascii_lowercase_hash(word.as_bytes());
            self.find(hash, |key| key.len() == word.len() && key.eq_ignore_ascii_case(word.as_bytes()))
        } else {
            let lower = word.to_lowercase();
            self.get_lower(&lower)
        }
    }

    /// The id of `lower`, a word already in lowercase.
    fn get_lower(&self, lower: &str) -> Option<EntryId> {
        let hash = hash_bytes(lower.as_bytes());
        self.find(hash, |key| key == lower.as_bytes())
    }

    fn find(&self, hash: u32, matches: impl Fn(&[u8]) -> bool) -> Option<EntryId> {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let slot = self.slots.get(i)?;
            if slot.start == EMPTY {
                return None;
            }
            if slot.hash == hash {
                let key = self.key(slot);
                if matches(key) {
                    return Some(EntryId(slot.id));
                }
            }
            i = (i + 1) & mask;
        }
    }

    fn key(&self, slot: &Slot) -> &[u8] {
        let start = slot.start as usize;
        self.keys.as_bytes().get(start..start + slot.len as usize).unwrap_or_default()
    }

    /// The id of `word` in lowercase, inserting it with `next_id` if new;
    /// whether it was inserted.
    pub(crate) fn get_or_insert(&mut self, word: &str, next_id: u32) -> (EntryId, bool) {
        if let Some(id) = self.get(word) {
            return (id, false);
        }
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let at = self.keys.len();
        if word.is_ascii() {
            self.keys.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            self.keys.extend(word.chars().flat_map(char::to_lowercase));
        }
        let lower = self.keys.as_bytes().get(at..).unwrap_or_default();
        let slot = Slot {
            hash: hash_bytes(lower),
            start: u32::try_from(at).unwrap_or(EMPTY - 1),
            len: u32::try_from(lower.len()).unwrap_or(0),
            id: next_id,
        };
        self.place(slot);
        self.len += 1;
        (EntryId(next_id), true)
    }

    fn place(&mut self, slot: Slot) {
        let mask = self.slots.len() - 1;
        let mut i = slot.hash as usize & mask;
        while self.slots.get(i).is_some_and(|s| s.start != EMPTY) {
            i = (i + 1) & mask;
        }
        if let Some(free) = self.slots.get_mut(i) {
            *free = slot;
        }
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = core::mem::replace(&mut self.slots, vec![EMPTY_SLOT; size]);
        for slot in old.into_iter().filter(|s| s.start != EMPTY) {
            self.place(slot);
        }
    }
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The hash of some bytes, eight at a time (the FxHash step).
#[inline]
fn hash_bytes(bytes: &[u8]) -> u32 {
    let mut hash: u64 = bytes.len() as u64;
    for chunk in bytes.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
    }
    (hash >> 32) as u32
}

/// The hash of ASCII bytes as [`hash_bytes`] would give it for their lowercase.
#[inline]
fn ascii_lowercase_hash(bytes: &[u8]) -> u32 {
    let mut hash: u64 = bytes.len() as u64;
    for chunk in bytes.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        hash = (hash.rotate_left(5) ^ ascii_lowercase(u64::from_le_bytes(word))).wrapping_mul(SEED);
    }
    (hash >> 32) as u32
}

/// Lower-cases the ASCII letters among eight ASCII bytes at once.
#[inline]
fn ascii_lowercase(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    // A byte is in `A..=Z` when adding 0x80 - 'A' sets its high bit and adding
    // 0x80 - 'Z' - 1 does not; no byte carries into the next, all being below 0x80.
    let at_least_a = x.wrapping_add(ONES * (0x80 - u64::from(b'A')));
    let beyond_z = x.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
    x | ((at_least_a & !beyond_z & HIGH) >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_eight_bytes_at_once() {
        let x = u64::from_le_bytes(*b"Hi, WORL");
        assert_eq!(ascii_lowercase(x).to_le_bytes(), *b"hi, worl");
        assert_eq!(ascii_lowercase_hash(b"ThE QuicK"), hash_bytes(b"the quick"));
    }

    #[test]
    fn words_in_any_case() {
        let mut table = WordTable::default();
        for (i, word) in ["the", "Mr.", "Élysée", "extraordinarily", "a"].into_iter().enumerate() {
            assert_eq!(table.get_or_insert(word, i as u32), (EntryId(i as u32), true));
        }
        assert_eq!(table.get_or_insert("THE", 9), (EntryId(0), false));
        for (word, id) in [("The", 0), ("MR.", 1), ("élysée", 2), ("ÉLYSÉE", 2), ("Extraordinarily", 3), ("A", 4)] {
            assert_eq!(table.get(word), Some(EntryId(id)), "{word}");
        }
        assert_eq!(table.get("then"), None);
        assert_eq!(table.get(""), None);
    }
}
