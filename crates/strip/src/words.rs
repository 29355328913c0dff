//! Words without allocation: character classes, word spans, stop words and case-insensitive word
//! hashes.

use newsclip_lexicon::{Lexicon, WordClass};
use newsclip_text::{is_blank_char, is_terminal_punctuation, Span};
use once_cell::sync::Lazy;

/// Character class bits, see [`class`].
pub(crate) mod class {
    /// Continues a word: letters, digits, combining marks.
    pub(crate) const WORD: u8 = 1;
    /// Blank: white space, no-break and zero-width spaces.
    pub(crate) const BLANK: u8 = 2;
    /// Ends a sentence: `.`, `!`, `?`, `…`.
    pub(crate) const TERMINAL: u8 = 4;
    /// May follow a sentence's final punctuation: closing quotes and brackets.
    pub(crate) const CLOSER: u8 = 8;
    /// Separates menu items: `|`, `•`, `»`, `/` …
    pub(crate) const SEPARATOR: u8 = 16;
    /// An upper-case letter.
    pub(crate) const UPPER: u8 = 32;
    /// An ASCII digit.
    pub(crate) const DIGIT: u8 = 64;
    /// Common in source code, rare in prose: `{ } [ ] ; = < > \ ` and the backtick.
    pub(crate) const CODE: u8 = 128;
}

const fn ascii_classes() -> [u8; 128] {
    let mut table = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        let mut bits = 0;
        if b.is_ascii_alphanumeric() {
            bits |= class::WORD;
        }
        if b.is_ascii_uppercase() {
            bits |= class::UPPER;
        }
        if b.is_ascii_digit() {
            bits |= class::DIGIT;
        }
        if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            bits |= class::BLANK;
        }
        if matches!(b, b'.' | b'!' | b'?') {
            bits |= class::TERMINAL;
        }
        if matches!(b, b'"' | b'\'' | b')' | b']' | b'}' | b'*') {
            bits |= class::CLOSER;
        }
        if matches!(b, b'|' | b'>' | b'/') {
            bits |= class::SEPARATOR;
        }
        if matches!(b, b'{' | b'}' | b'[' | b']' | b';' | b'=' | b'<' | b'>' | b'\\' | b'`') {
            bits |= class::CODE;
        }
        table[i] = bits;
        i += 1;
    }
    table
}

static ASCII_CLASSES: [u8; 128] = ascii_classes();

/// The class bits of an ASCII byte.
#[inline]
pub(crate) fn ascii_class(b: u8) -> u8 {
    ASCII_CLASSES.get(usize::from(b)).copied().unwrap_or(0)
}

/// The class bits of `c`: a table lookup for ASCII.
#[inline]
pub(crate) fn class(c: char) -> u8 {
    match ASCII_CLASSES.get(c as usize) {
        Some(&bits) => bits,
        None => non_ascii_class(c),
    }
}

fn non_ascii_class(c: char) -> u8 {
    let mut bits = 0;
    if c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c) {
        bits |= class::WORD;
    }
    if c.is_uppercase() {
        bits |= class::UPPER;
    }
    if is_blank_char(c) {
        bits |= class::BLANK;
    }
    if is_terminal_punctuation(c) {
        bits |= class::TERMINAL;
    }
    if matches!(c, '”' | '’' | '»' | '›') {
        bits |= class::CLOSER;
    }
    if matches!(c, '•' | '·' | '»' | '›' | '◦' | '▪' | '∙' | '¦') {
        bits |= class::SEPARATOR;
    }
    bits
}

/// Whether `c` continues a word: letters, digits and combining marks.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    class(c) & class::WORD != 0
}

/// The words of `text`: maximal runs of [word characters](is_word_char), as byte spans.
pub(crate) fn word_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().chain(core::iter::once((text.len(), ' ')));
    core::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            match (start, is_word_char(c) && i < text.len()) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    start = None;
                    return Some(Span::new(s, i));
                }
                _ => {}
            }
        }
        None
    })
}

/// A short word lower-cased into 16 bytes, so that looking it up costs no allocation.
#[derive(Clone, Copy, Default)]
struct WordKey {
    bytes: [u8; 16],
    len: usize,
    overflow: bool,
}

impl WordKey {
    /// The key of `word`.
    fn of(word: &str) -> WordKey {
        let mut key = WordKey::default();
        if word.is_ascii() {
            match key.bytes.get_mut(..word.len()) {
                Some(slot) => {
                    slot.copy_from_slice(word.as_bytes());
                    slot.make_ascii_lowercase();
                    key.len = word.len();
                }
                None => key.overflow = true,
            }
        } else {
            word.chars().for_each(|c| key.push(c));
        }
        key
    }

    /// Appends `c`, lower-cased.
    #[inline]
    fn push(&mut self, c: char) {
        if c.is_ascii() {
            self.push_byte(c.to_ascii_lowercase() as u8);
        } else {
            let mut buf = [0u8; 4];
            for lower in c.to_lowercase() {
                lower.encode_utf8(&mut buf).bytes().for_each(|b| self.push_byte(b));
            }
        }
    }

    #[inline]
    fn push_byte(&mut self, b: u8) {
        match self.bytes.get_mut(self.len) {
            Some(slot) => {
                *slot = b;
                self.len += 1;
            }
            None => self.overflow = true,
        }
    }

    /// The key, unless the word was too long for one. Words hold no NUL bytes, so the zero
    /// padding is unambiguous.
    fn value(&self) -> Option<u128> {
        (!self.overflow && self.len > 0).then(|| u128::from_le_bytes(self.bytes))
    }
}

/// Whether `word` (any case) is a stop word.
pub(crate) fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains_word(word)
}

/// Whether the first `len` bytes of `text` (UTF-8, any case) are a stop word. The bytes after
/// the word let a short word be loaded in one read.
#[inline(always)]
pub(crate) fn is_stop_word_at(text: &[u8], len: usize) -> bool {
    let set = &*STOP_WORDS;
    if len > set.longest || !text.first().is_some_and(|&first| set.may_hold(first, len)) {
        return false;
    }
    let window: [u8; 16] = match text.get(..16) {
        Some(window) => window.try_into().unwrap_or_default(),
        None => {
            let mut buf = [0u8; 16];
            let word = text.get(..len).unwrap_or_default();
            buf.get_mut(..word.len()).unwrap_or_default().copy_from_slice(word);
            buf
        }
    };
    // `len` is at most `longest`, which is at most 16.
    let key = u128::from_le_bytes(window) & (u128::MAX >> (128 - 8 * len.min(16)));
    if key & HIGH_BITS == 0 {
        set.contains(ascii_lowercase(key))
    } else {
        text.get(..len).and_then(|w| core::str::from_utf8(w).ok()).is_some_and(is_stop_word)
    }
}

/// The high bit of every byte: set only in non-ASCII bytes.
const HIGH_BITS: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
/// 0x01 in every byte.
const ONES: u128 = HIGH_BITS >> 7;

/// Lower-cases the ASCII letters among 16 ASCII bytes at once.
#[inline]
fn ascii_lowercase(key: u128) -> u128 {
    // A byte is in `A..=Z` when adding 0x80 - 'A' sets its high bit and adding 0x80 - 'Z' - 1
    // does not; no byte carries into the next since all are below 0x80.
    let at_least_a = key + ONES * (0x80 - u128::from(b'A'));
    let beyond_z = key + ONES * (0x80 - u128::from(b'Z') - 1);
    let upper = at_least_a & !beyond_z & HIGH_BITS;
    key | (upper >> 2)
}

/// The stop words: the function words of every language of the lexicon (English and the major
/// Western European languages). Prose has many of them; menus, link lists and headlines have few.
static STOP_WORDS: Lazy<KeySet> = Lazy::new(|| KeySet::of_class(WordClass::Function));

/// A set of short words, matched in any case without allocating: an open-addressing hash table
/// of [`WordKey`]s, a quarter full at most.
pub(crate) struct KeySet {
    slots: Vec<u128>,
    mask: usize,
    /// The longest word in the set, in bytes.
    longest: usize,
    /// For each ASCII letter (by its low five bits), a bit per length of the set's words that
    /// start with it: most words fail this test before any hashing.
    shapes: [u32; 32],
}

impl KeySet {
    /// The set of `words` (lower case, at most 16 bytes each; longer ones are left out).
    pub(crate) fn new<'w>(words: impl Iterator<Item = &'w str>) -> KeySet {
        let words: Vec<&str> = words.filter(|w| w.len() <= 16).collect();
        let keys: Vec<u128> = words.iter().filter_map(|w| WordKey::of(w).value()).collect();
        let size = (keys.len() * 4).next_power_of_two().max(16);
        let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
        let mut shapes = [u32::MAX; 32];
        if words.iter().all(|w| w.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())) {
            shapes = [0; 32];
            for word in &words {
                if let Some(first) = word.bytes().next() {
                    shapes[usize::from(first & 31)] |= 1 << word.len();
                }
            }
        }
        let mut set = KeySet { slots: vec![0; size], mask: size - 1, longest, shapes };
        for key in keys {
            let mut i = set.slot(key);
            while set.slots[i] != 0 && set.slots[i] != key {
                i = (i + 1) & set.mask;
            }
            set.slots[i] = key;
        }
        set
    }

    #[inline]
    fn slot(&self, key: u128) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & self.mask
    }

    /// The words of `class` in every language of the lexicon.
    pub(crate) fn of_class(class: WordClass) -> KeySet {
        KeySet::of_classes(&[class])
    }

    /// The words of any of `classes` in every language of the lexicon.
    pub(crate) fn of_classes(classes: &[WordClass]) -> KeySet {
        let lexicons = Lexicon::languages().filter_map(Lexicon::for_language);
        let words = lexicons.flat_map(|lexicon| classes.iter().flat_map(|&class| lexicon.words_of(class)));
        KeySet::new(words)
    }

    /// Whether the set holds `word`, in any case.
    pub(crate) fn contains_word(&self, word: &str) -> bool {
        word.len() <= self.longest
            && word.as_bytes().first().is_some_and(|&first| self.may_hold(first, word.len()))
            && WordKey::of(word).value().is_some_and(|k| self.contains(k))
    }

    /// Whether a word of `len` bytes starting with the ASCII byte `first` may be in the set.
    #[inline]
    fn may_hold(&self, first: u8, len: usize) -> bool {
        !first.is_ascii_alphabetic() || self.shapes.get(usize::from(first & 31)).is_some_and(|s| s >> len & 1 != 0)
    }

    #[inline]
    fn contains(&self, key: u128) -> bool {
        let mut i = self.slot(key);
        loop {
            match self.slots.get(i) {
                Some(&k) if k == key => return true,
                Some(&0) | None => return false,
                Some(_) => i = (i + 1) & self.mask,
            }
        }
    }
}

/// Calls `f` with `text` lower-cased: on the stack when short and ASCII.
pub(crate) fn with_lowercase<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    match buf.get_mut(..text.len()).filter(|_| text.is_ascii()) {
        Some(slot) => {
            slot.copy_from_slice(text.as_bytes());
            slot.make_ascii_lowercase();
            f(core::str::from_utf8(slot).unwrap_or_default())
        }
        None => f(&text.to_lowercase()),
    }
}

/// A case-insensitive hash of `word` (FNV-1a over its lower-cased characters), for comparing
/// sets of words without allocating strings.
pub(crate) fn word_hash(word: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |b: u8| {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    for c in word.chars() {
        if c.is_ascii() {
            feed(c.to_ascii_lowercase() as u8);
        } else {
            let mut buf = [0u8; 4];
            for lower in c.to_lowercase() {
                lower.encode_utf8(&mut buf).bytes().for_each(&mut feed);
            }
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_punctuation_and_keep_accents() {
        let text = "Café-au-lait, naïve 2023!";
        let words: Vec<&str> = word_spans(text).map(|s| &text[s]).collect();
        assert_eq!(words, ["Café", "au", "lait", "naïve", "2023"]);
        assert_eq!(word_spans("").count(), 0);
    }

    #[test]
    fn stop_words_in_any_case() {
        assert!(is_stop_word("The") && is_stop_word("und") && is_stop_word("ÜBER") && is_stop_word("où"));
        assert!(!is_stop_word("Parliament") && !is_stop_word("extraordinarily-long-word") && !is_stop_word(""));
    }

    #[test]
    fn classes() {
        assert_eq!(class('A'), class::WORD | class::UPPER);
        assert_eq!(class('7'), class::WORD | class::DIGIT);
        assert_eq!(class('É'), class::WORD | class::UPPER);
        assert_eq!(class('\u{a0}'), class::BLANK);
        assert_eq!(class('”'), class::CLOSER);
        assert_eq!(class('…'), class::TERMINAL);
        assert_eq!(class('»'), class::CLOSER | class::SEPARATOR);
    }

    #[test]
    fn lowercase_sixteen_bytes_at_once() {
        let key = u128::from_le_bytes(*b"Hello, WORLD@[Az");
        assert_eq!(ascii_lowercase(key).to_le_bytes(), *b"hello, world@[az");
        assert!(is_stop_word_at(b"THE", 3) && is_stop_word_at(b"and then", 3) && !is_stop_word_at(b"andes", 5));
        assert!(is_stop_word_at("Über".as_bytes(), 5) && !is_stop_word_at(b"Zebra", 5));
    }

    #[test]
    fn lowercase_without_allocation_when_short() {
        assert_eq!(with_lowercase("World News", str::to_owned), "world news");
        assert_eq!(with_lowercase("MÄRZ", str::to_owned), "märz");
    }

    #[test]
    fn hashes_ignore_case() {
        assert_eq!(word_hash("Budget"), word_hash("BUDGET"));
        assert_eq!(word_hash("Ünal"), word_hash("ünal"));
        assert_ne!(word_hash("budget"), word_hash("budgets"));
    }
}
