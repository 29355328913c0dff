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
    /// The id as a number, for compact storage: never `u32::MAX`, which
    /// stores may keep for no entry.
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

/// An open-addressing hash table from lowercase words to entry ids.
///
/// A slot is one `u64`: the key's hash in the high half, its index (the
/// entry id) plus one in the low half, zero for an empty slot. A probe thus
/// reads eight bytes, and the key itself only when the hashes agree.
#[derive(Clone, Debug)]
pub(crate) struct WordTable {
    keys: String,
    /// Where each key is in `keys`, by index.
    spans: Vec<(u32, u32)>,
    /// The entry id of each key, by index.
    ids: Vec<u32>,
    slots: Vec<u64>,
}

impl Default for WordTable {
    fn default() -> WordTable {
        WordTable::with_capacity(8)
    }
}

impl WordTable {
    /// A table with room for about `words` words before it grows.
    pub(crate) fn with_capacity(words: usize) -> WordTable {
        let slots = (words * 2).next_power_of_two().max(16);
        WordTable {
            keys: String::with_capacity(words * 8),
            spans: Vec::with_capacity(words),
            ids: Vec::with_capacity(words),
            slots: vec![0; slots],
        }
    }

    /// The id of `word` (any case), if the table has it.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<EntryId> {
        self.get_key(&Key::of(word))
    }

    /// The id of the word of `key`.
    #[inline]
    pub(crate) fn get_key(&self, key: &Key<'_>) -> Option<EntryId> {
        let hash = key.hash as u32;
        match key.lower.as_ref() {
            Some(lower) => self.find(hash, |k| k == lower.as_bytes()),
            None => self.find(hash, |k| k.len() == key.word.len() && k.eq_ignore_ascii_case(key.word.as_bytes())),
        }
    }

    #[inline]
    fn find(&self, hash: u32, matches: impl Fn(&[u8]) -> bool) -> Option<EntryId> {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let slot = *self.slots.get(i)?;
            if slot == 0 {
                return None;
            }
            if (slot >> 32) as u32 == hash {
                let index = (slot as u32).wrapping_sub(1) as usize;
                if matches(self.key(index)) {
                    return self.ids.get(index).map(|&id| EntryId(id));
                }
            }
            i = (i + 1) & mask;
        }
    }

    fn key(&self, index: usize) -> &[u8] {
        let Some(&(start, len)) = self.spans.get(index) else { return &[] };
        let start = start as usize;
        self.keys.as_bytes().get(start..start + len as usize).unwrap_or_default()
    }

    /// Every word, lowercase, with its id, in the order they were inserted.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, EntryId)> + '_ {
        self.spans.iter().zip(&self.ids).map(|(&(start, len), &id)| {
            let start = start as usize;
            (self.keys.get(start..start + len as usize).unwrap_or_default(), EntryId(id))
        })
    }

    /// The id of `word` in lowercase, inserting it with `next_id` if new;
    /// whether it was inserted.
    pub(crate) fn get_or_insert(&mut self, word: &str, next_id: u32) -> (EntryId, bool) {
        if let Some(id) = self.get(word) {
            return (id, false);
        }
        if (self.spans.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let at = self.keys.len();
        if word.is_ascii() {
            self.keys.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            self.keys.extend(word.chars().flat_map(char::to_lowercase));
        }
        let lower = self.keys.as_bytes().get(at..).unwrap_or_default();
        let hash = hash_bytes(lower) as u32;
        let span = (u32::try_from(at).unwrap_or(u32::MAX), u32::try_from(lower.len()).unwrap_or(0));
        self.spans.push(span);
        self.ids.push(next_id);
        let index = u32::try_from(self.spans.len()).unwrap_or(u32::MAX);
        self.place(u64::from(hash) << 32 | u64::from(index));
        (EntryId(next_id), true)
    }

    fn place(&mut self, slot: u64) {
        let mask = self.slots.len() - 1;
        let mut i = (slot >> 32) as usize & mask;
        while self.slots.get(i).is_some_and(|&s| s != 0) {
            i = (i + 1) & mask;
        }
        if let Some(free) = self.slots.get_mut(i) {
            *free = slot;
        }
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = core::mem::replace(&mut self.slots, vec![0; size]);
        for slot in old.into_iter().filter(|&s| s != 0) {
            self.place(slot);
        }
    }
}

/// A word to look up, hashed once for every table it is looked up in.
#[derive(Clone, Debug)]
pub(crate) struct Key<'w> {
    word: &'w str,
    /// The word in lowercase when it is not ASCII (ASCII words are compared without case).
    lower: Option<String>,
    hash: u64,
}

impl<'w> Key<'w> {
    /// The key of `word`, in any case.
    #[inline]
    pub(crate) fn of(word: &'w str) -> Key<'w> {
        if word.is_ascii() {
            Key { word, lower: None, hash: ascii_lowercase_hash(word.as_bytes()) }
        } else {
            let lower = word.to_lowercase();
            Key { word, hash: hash_bytes(lower.as_bytes()), lower: Some(lower) }
        }
    }
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The hash of some bytes, eight at a time (the FxHash step), finished so
/// that its low bits are as mixed as its high ones.
#[inline]
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hash: u64 = bytes.len() as u64;
    for chunk in bytes.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
    }
    finish(hash)
}

/// The hash of ASCII bytes as [`hash_bytes`] would give it for their lowercase.
#[inline]
fn ascii_lowercase_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = bytes.len() as u64;
    for chunk in bytes.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        hash = (hash.rotate_left(5) ^ ascii_lowercase(u64::from_le_bytes(word))).wrapping_mul(SEED);
    }
    finish(hash)
}

#[inline]
fn finish(hash: u64) -> u64 {
    hash ^ (hash >> 29)
}

/// A set of words kept only as 64-bit hashes of their lowercase, each with a
/// small tag (1 to 3) in the hash's two low bits: for the tens of thousands
/// of given names and their gender, which need no entry of their own, so
/// that neither building nor asking it touches a key. Two words sharing a
/// 62-bit hash are too unlikely to matter.
#[derive(Clone, Debug)]
pub(crate) struct HashSet64 {
    slots: Vec<u64>,
    len: usize,
}

impl HashSet64 {
    /// A set with room for about `words` words before it grows.
    pub(crate) fn with_capacity(words: usize) -> HashSet64 {
        HashSet64 { slots: vec![0; (words * 2).next_power_of_two().max(16)], len: 0 }
    }

    /// Adds the word of `key` with `tag` (1 to 3), unless it is in the set already.
    pub(crate) fn insert(&mut self, key: &Key<'_>, tag: u8) {
        if (self.len + 1) * 2 > self.slots.len() {
            let size = self.slots.len() * 2;
            let old = core::mem::replace(&mut self.slots, vec![0; size]);
            old.into_iter().filter(|&h| h != 0).for_each(|h| self.place(h));
        }
        if self.get(key).is_none() {
            self.place(key.hash & !3 | u64::from(tag.clamp(1, 3)));
            self.len += 1;
        }
    }

    fn place(&mut self, slot: u64) {
        let mask = self.slots.len() - 1;
        let mut i = (slot >> 2) as usize & mask;
        while self.slots.get(i).is_some_and(|&h| h != 0) {
            i = (i + 1) & mask;
        }
        if let Some(free) = self.slots.get_mut(i) {
            *free = slot;
        }
    }

    /// The tag of the word of `key`, if the set holds it.
    #[inline]
    pub(crate) fn get(&self, key: &Key<'_>) -> Option<u8> {
        let hash = key.hash & !3;
        let mask = self.slots.len() - 1;
        let mut i = (hash >> 2) as usize & mask;
        loop {
            match self.slots.get(i) {
                Some(&0) | None => return None,
                Some(&slot) if slot & !3 == hash => return Some((slot & 3) as u8),
                Some(_) => i = (i + 1) & mask,
            }
        }
    }
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
        assert_eq!(Key::of("ÉLYSÉE").hash, Key::of("élysée").hash);
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

    #[test]
    fn hash_sets_of_words() {
        let mut set = HashSet64::with_capacity(2);
        for (word, tag) in [("Maria", 3), ("José", 2), ("Aaban", 1), ("x", 1), ("MARIA", 2)] {
            set.insert(&Key::of(word), tag);
        }
        assert_eq!(set.get(&Key::of("MARIA")), Some(3));
        assert_eq!((set.get(&Key::of("josé")), set.get(&Key::of("X"))), (Some(2), Some(1)));
        assert_eq!((set.get(&Key::of("Mario")), set.get(&Key::of(""))), (None, None));
    }
}
