//! Phrase lists matched with an Aho-Corasick trie walked from every word
//! start, with word boundaries and case rules checked on every hit.
//!
//! Every listed phrase starts with a letter or digit, so it can only start
//! where a word does. Walking the trie (ASCII case-insensitively) from each
//! word start costs a few bytes per word and never reports `US` inside `bus`
//! or `IN` inside `rain`, which an unanchored overlapping search does
//! everywhere.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use newsclip_text::Span;

use crate::lexicon::{self, WordClass};

/// How the case of a hit must agree with the listed phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CasePolicy {
    /// Derived from the phrase: an all-capitals phrase (`US`, `U.N.`) must
    /// match exactly; in other phrases every capitalized word must be
    /// capitalized in the text, so `US` counts and `us` does not, `Turkey`
    /// counts and `turkey` does not.
    Proper,
    /// Any case: for role words such as `spokesperson` or `Foreign Minister`.
    Any,
}

/// A phrase list with one value and case policy per phrase.
#[derive(Debug)]
pub(crate) struct Gazetteer<T> {
    /// Every phrase, walked from words that start with an ASCII capital. A
    /// contiguous NFA: thousands of phrases build fast that way, and the
    /// capitalized words are few.
    all: Option<Trie<NFA>>,
    /// The phrases that can also match a word that does not: those in any
    /// case and those that do not start with an ASCII capital themselves
    /// (`the States`). Most words are lowercase, so this small list is a DFA,
    /// one table look-up per byte.
    uncapitalized: Option<Trie<DFA>>,
    phrases: Vec<Phrase<T>>,
}

/// Some of the phrases in an automaton that is only searched anchored, from
/// word starts.
#[derive(Debug)]
struct Trie<A> {
    automaton: A,
    /// The index in `Gazetteer::phrases` of each pattern, in increasing order.
    phrases: Vec<usize>,
    /// The patterns' first words: a word start whose first word opens no
    /// pattern starts none, and the automaton, too large for the fastest
    /// caches, is never touched for it.
    openings: FirstWords,
}

/// A Bloom filter (one hash, 131,072 bits) of the first words of patterns,
/// where a word is a run of ASCII letters and digits, ASCII-lowercased.
///
/// A pattern matches at a word start only if the text's run there is the
/// pattern's first run: the run ends at the same byte in both (a byte that is
/// no ASCII letter or digit, which the automaton must match too), or the
/// pattern ends inside the text's run and so does not end on a word boundary.
/// A pattern that opens with another character has an empty first run, and so
/// does a text word that opens with one.
#[derive(Debug)]
struct FirstWords(Vec<u64>);

impl FirstWords {
    const BITS: u32 = 17;

    fn of<'p>(patterns: impl Iterator<Item = &'p str>) -> FirstWords {
        let mut bits = vec![0u64; 1 << (FirstWords::BITS - 6)];
        for pattern in patterns {
            let i = FirstWords::index(pattern.as_bytes());
            if let Some(word) = bits.get_mut(i / 64) {
                *word |= 1 << (i % 64);
            }
        }
        FirstWords(bits)
    }

    /// The bit of the first run of `bytes`.
    #[inline]
    fn index(bytes: &[u8]) -> usize {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for &byte in bytes.iter().take_while(|b| b.is_ascii_alphanumeric()) {
            hash = (hash ^ u64::from(byte.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
        }
        usize::try_from(hash >> (64 - FirstWords::BITS)).unwrap_or(0)
    }

    /// Whether some pattern may start with `bytes`.
    #[inline]
    fn may_open(&self, bytes: &[u8]) -> bool {
        let i = FirstWords::index(bytes);
        self.0.get(i / 64).is_some_and(|word| word & (1 << (i % 64)) != 0)
    }
}

#[derive(Debug)]
struct Phrase<T> {
    text: Box<str>,
    value: T,
    policy: CasePolicy,
}

/// A phrase found in a text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit<'g, T> {
    /// Where it is, relative to the searched text.
    pub(crate) span: Span,
    /// The phrase's value.
    pub(crate) value: &'g T,
}

impl<T> Gazetteer<T> {
    /// Compiles the phrases (ASCII case-insensitively; the policy is checked per hit).
    pub(crate) fn new(phrases: impl IntoIterator<Item = (Box<str>, T, CasePolicy)>) -> Gazetteer<T> {
        let phrases: Vec<Phrase<T>> =
            phrases.into_iter().map(|(text, value, policy)| Phrase { text, value, policy }).collect();
        let all = Trie::new(
            &phrases,
            |_| true,
            |patterns| {
                NFA::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .prefilter(false)
                    .build(patterns)
                    .ok()
            },
        );
        let may_start_lowercase = |p: &Phrase<T>| {
            p.policy == CasePolicy::Any || !p.text.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        };
        let uncapitalized = Trie::new(&phrases, may_start_lowercase, |patterns| {
            DFA::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .start_kind(StartKind::Anchored)
                .prefilter(false)
                .build(patterns)
                .ok()
        });
        Gazetteer { all, uncapitalized, phrases }
    }

    /// Every phrase of the list in `text` that starts and ends on word
    /// boundaries and whose case fits, ordered by start, longest first, then
    /// in list order. `shouting` says the text is in capitals, where an
    /// acronym that spells a common word (`US`, `WHO`) is not trusted.
    pub(crate) fn find(&self, text: &str, shouting: bool) -> Vec<Hit<'_, T>> {
        let mut hits: Vec<(Hit<'_, T>, usize)> = Vec::new();
        let bytes = text.as_bytes();
        for start in word_starts(text) {
            let first_hit = hits.len();
            let mut found = |end: usize, index: usize| {
                let Some(phrase) = self.phrases.get(index) else { return };
                let span = Span::new(start, end);
                if span.get(text).is_some_and(|found| phrase.fits(text, span, found, shouting)) {
                    hits.push((Hit { span, value: &phrase.value }, index));
                }
            };
            if bytes.get(start).is_some_and(u8::is_ascii_uppercase) {
                self.all.iter().for_each(|trie| trie.prefixes(bytes, start, &mut found));
            } else {
                self.uncapitalized.iter().for_each(|trie| trie.prefixes(bytes, start, &mut found));
            }
            hits.get_mut(first_hit..).unwrap_or_default().sort_by_key(|(h, i)| (core::cmp::Reverse(h.span.end), *i));
        }
        hits.into_iter().map(|(hit, _)| hit).collect()
    }
}

impl<A: Automaton> Trie<A> {
    fn new<T>(
        phrases: &[Phrase<T>],
        keep: impl Fn(&Phrase<T>) -> bool,
        build: impl FnOnce(Vec<&str>) -> Option<A>,
    ) -> Option<Trie<A>> {
        let kept: Vec<usize> = (0..phrases.len()).filter(|&i| phrases.get(i).is_some_and(&keep)).collect();
        let patterns: Vec<&str> = kept.iter().filter_map(|&i| phrases.get(i)).map(|p| &*p.text).collect();
        let openings = FirstWords::of(patterns.iter().copied());
        let automaton = build(patterns)?;
        Some(Trie { automaton, phrases: kept, openings })
    }

    /// Calls `found` with the end and the gazetteer index of every phrase
    /// that `bytes` has (ASCII case-insensitively) at `start`, shortest first.
    fn prefixes(&self, bytes: &[u8], start: usize, mut found: impl FnMut(usize, usize)) {
        if !self.openings.may_open(bytes.get(start..).unwrap_or_default()) {
            return;
        }
        let automaton = &self.automaton;
        let Ok(mut state) = automaton.start_state(Anchored::Yes) else { return };
        for (len, &byte) in bytes.get(start..).unwrap_or_default().iter().enumerate() {
            state = automaton.next_state(Anchored::Yes, state, byte);
            if automaton.is_dead(state) {
                return;
            }
            if !automaton.is_match(state) {
                continue;
            }
            for i in 0..automaton.match_len(state) {
                let id = automaton.match_pattern(state, i);
                // A state also reports the phrases that end here but start later.
                if automaton.pattern_len(id) == len + 1 {
                    if let Some(&index) = self.phrases.get(id.as_usize()) {
                        found(start + len + 1, index);
                    }
                }
            }
        }
    }
}

impl<T> Phrase<T> {
    fn fits(&self, text: &str, span: Span, found: &str, shouting: bool) -> bool {
        ends_on_word_boundary(text, span)
            && match self.policy {
                CasePolicy::Proper => proper_case_fits(&self.text, found, shouting),
                CasePolicy::Any => true,
            }
    }
}

/// Where words start: a letter or digit not preceded by one.
fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut previous_is_alphanumeric = false;
    core::iter::from_fn(move || {
        while let Some(&byte) = bytes.get(at) {
            let i = at;
            at += 1;
            let alphanumeric = match byte {
                b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => true,
                0..=0x7f => false,
                0x80..=0xbf => continue, // inside a character
                _ => text.get(i..).and_then(|rest| rest.chars().next()).is_some_and(char::is_alphanumeric),
            };
            let starts = alphanumeric && !previous_is_alphanumeric;
            previous_is_alphanumeric = alphanumeric;
            if starts {
                return Some(i);
            }
        }
        None
    })
}

/// Whether `span` does not end inside a word.
fn ends_on_word_boundary(text: &str, span: Span) -> bool {
    let after = text.get(span.end..).and_then(|s| s.chars().next());
    let last = text.get(span.range()).and_then(|s| s.chars().next_back());
    !(after.is_some_and(char::is_alphanumeric) && last.is_some_and(char::is_alphanumeric))
}

/// Whether `span` neither starts nor ends inside a word.
pub(crate) fn on_word_boundaries(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).and_then(|s| s.chars().next_back());
    let first = text.get(span.range()).and_then(|s| s.chars().next());
    let starts_inside = before.is_some_and(char::is_alphanumeric) && first.is_some_and(char::is_alphanumeric);
    !starts_inside && ends_on_word_boundary(text, span)
}

fn proper_case_fits(phrase: &str, found: &str, shouting: bool) -> bool {
    let is_acronym = phrase.chars().any(char::is_uppercase) && !phrase.chars().any(char::is_lowercase);
    if is_acronym {
        // Acronyms that spell common words (`US`, `WHO`) are words in capitals-only text.
        return phrase == found && !(shouting && lexicon::is(phrase, WordClass::WordlikeAcronym));
    }
    let (p, f) = (phrase.as_bytes(), found.as_bytes());
    p.iter().enumerate().all(|(i, &b)| {
        let word_initial = i == 0 || p.get(i - 1).is_some_and(|c| !c.is_ascii_alphanumeric());
        !(word_initial && b.is_ascii_uppercase()) || f.get(i).is_some_and(u8::is_ascii_uppercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer(phrases: &[&'static str], policy: CasePolicy) -> Gazetteer<usize> {
        Gazetteer::new(phrases.iter().enumerate().map(|(i, &p)| (p.into(), i, policy)))
    }

    /// The leftmost-longest non-overlapping hits, as the recognizers keep them.
    fn found(g: &Gazetteer<usize>, text: &'static str) -> Vec<&'static str> {
        let mut end = 0;
        let mut kept = Vec::new();
        for hit in g.find(text, false) {
            if hit.span.start >= end {
                end = hit.span.end;
                kept.push(&text[hit.span]);
            }
        }
        kept
    }

    #[test]
    fn case_rules_follow_the_phrase() {
        let g = gazetteer(&["US", "Turkey", "the States"], CasePolicy::Proper);
        assert_eq!(
            found(&g, "us and US, turkey and TURKEY, The States, the States"),
            ["US", "TURKEY", "The States", "the States"]
        );
        assert!(g.find("TELL US", true).is_empty());
    }

    #[test]
    fn word_boundaries_and_longest_match() {
        let g = gazetteer(&["U.S.", "Niger", "Nigeria", "New Guinea"], CasePolicy::Proper);
        assert_eq!(found(&g, "the U.S.’s aid to Nigeria, Nigerien, New Guinea"), ["U.S.", "Nigeria", "New Guinea"]);
    }

    #[test]
    fn phrases_never_start_inside_a_word() {
        let g = gazetteer(&["US", "IN", "Man"], CasePolicy::Any);
        assert_eq!(found(&g, "bus rain Isle of Man, Oman, Man"), ["Man", "Man"]);
    }

    #[test]
    fn all_hits_at_a_start_longest_first_then_in_list_order() {
        let g = gazetteer(&["New", "New York", "new york", "New York City"], CasePolicy::Any);
        let hits: Vec<(usize, usize)> =
            g.find("New York Times", false).iter().map(|h| (h.span.end, *h.value)).collect();
        assert_eq!(hits, [(8, 1), (8, 2), (3, 0)]);
    }

    #[test]
    fn any_case_policy() {
        let g = gazetteer(&["Foreign Minister"], CasePolicy::Any);
        assert_eq!(found(&g, "the foreign minister"), ["foreign minister"]);
    }

    #[test]
    fn boundaries() {
        assert!(on_word_boundaries("a US b", Span::new(2, 4)));
        assert!(!on_word_boundaries("bus", Span::new(1, 3)));
        assert!(!on_word_boundaries("USA", Span::new(0, 2)));
        assert!(on_word_boundaries("U.S.A", Span::new(0, 4)));
    }
}
