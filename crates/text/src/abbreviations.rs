//! English abbreviations that end in a full stop without ending a sentence.

use once_cell::sync::Lazy;
use std::collections::HashSet;

/// Abbreviations that are practically always followed by more of the same
/// sentence: titles before names, months before days, `No.` before numbers.
static BEFORE_CONTINUATION: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    [
        // courtesy and professional titles
        "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "rev", "fr", "st", "hon", "rt", "mt",
        // military, political and police ranks
        "gen", "lt", "col", "maj", "capt", "cpl", "sgt", "adm", "cmdr", "brig", "pvt", "insp", "supt", "det", "sen",
        "rep", "reps", "gov", "pres", "amb", "atty",
        // months (May, June, July are never abbreviated with a stop)
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", // references
        "no", "nos", "vol", "vols", "p", "pp", "ch", "fig", "figs", "art", "sec", "para", "op", "cf", "vs", "v",
        "approx", "est", "ca", "e.g", "i.e", "viz", "al",
    ]
    .into_iter()
    .collect()
});

/// Abbreviations that often precede more of the sentence but can also end it
/// ("a firm registered as Acme Inc." / "in the U.S."): a sentence break after
/// them stands only when the next word is a usual sentence opener.
static AMBIGUOUS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    ["inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "sr", "dept", "univ", "assn", "etc", "a.m", "p.m"]
        .into_iter()
        .collect()
});

/// Words that usually open a sentence; after an ambiguous abbreviation they
/// confirm a break.
static SENTENCE_OPENERS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    [
        "a",
        "about",
        "after",
        "also",
        "although",
        "an",
        "and",
        "as",
        "at",
        "because",
        "before",
        "but",
        "by",
        "during",
        "for",
        "he",
        "her",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "it",
        "its",
        "many",
        "meanwhile",
        "more",
        "most",
        "my",
        "no",
        "now",
        "on",
        "one",
        "our",
        "she",
        "since",
        "so",
        "some",
        "still",
        "that",
        "the",
        "their",
        "there",
        "these",
        "they",
        "this",
        "those",
        "though",
        "to",
        "under",
        "we",
        "what",
        "when",
        "where",
        "while",
        "who",
        "why",
        "with",
        "yet",
        "you",
    ]
    .into_iter()
    .collect()
});

/// How a full stop after `word` bears on a sentence break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StopAfter {
    /// A title, a month, an initial: the sentence goes on.
    Continues,
    /// Dotted acronyms and company suffixes: a break only before a sentence opener.
    Ambiguous,
    /// An ordinary word: the stop ends the sentence.
    Ends,
}

/// Classifies the word before a full stop (`word` without that stop, e.g. `U.S`, `Mr`, `F`).
pub(crate) fn stop_after(word: &str) -> StopAfter {
    if is_initial(word) || with_lowercase(word, |w| BEFORE_CONTINUATION.contains(w)) {
        StopAfter::Continues
    } else if is_dotted_acronym(word) || with_lowercase(word, |w| AMBIGUOUS.contains(w)) {
        StopAfter::Ambiguous
    } else {
        StopAfter::Ends
    }
}

/// Whether `word` is a common sentence opener (case-insensitive).
pub(crate) fn is_sentence_opener(word: &str) -> bool {
    with_lowercase(word, |w| SENTENCE_OPENERS.contains(w))
}

/// Calls `f` with `word` in lower case, without allocating for short ASCII words.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 24];
    match buf.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            f(core::str::from_utf8(lower).unwrap_or_default())
        }
        _ => f(&word.to_lowercase()),
    }
}

/// Whether a token such as `Mr` or `U.S` takes a following full stop as part
/// of the word rather than as punctuation.
pub(crate) fn absorbs_stop(word: &str) -> bool {
    stop_after(word) != StopAfter::Ends
}

/// A single uppercase letter: the `F` of `John F. Kennedy`.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Letters separated by stops, as in `U.S`, `D.C`, `a.m`, `U.K`.
fn is_dotted_acronym(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => parts += 1,
            _ => return false,
        }
    }
    parts >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(stop_after("Mr"), StopAfter::Continues);
        assert_eq!(stop_after("Jan"), StopAfter::Continues);
        assert_eq!(stop_after("F"), StopAfter::Continues);
        assert_eq!(stop_after("U.S"), StopAfter::Ambiguous);
        assert_eq!(stop_after("D.C"), StopAfter::Ambiguous);
        assert_eq!(stop_after("Inc"), StopAfter::Ambiguous);
        assert_eq!(stop_after("today"), StopAfter::Ends);
        assert_eq!(stop_after("US"), StopAfter::Ends);
    }

    #[test]
    fn openers() {
        assert!(is_sentence_opener("The") && is_sentence_opener("he"));
        assert!(!is_sentence_opener("President"));
    }
}
