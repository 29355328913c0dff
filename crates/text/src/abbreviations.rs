//! Abbreviations that end in a full stop without ending a sentence, and the
//! words that open sentences: `abbreviations.tsv` and the `opener` class of
//! `newsclip-lexicon`.

use newsclip_lexicon::{AbbreviationClass, Lexicon, WordClass};

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
    if is_initial(word) {
        return StopAfter::Continues;
    }
    match Lexicon::english().entry(word).abbreviation() {
        Some(AbbreviationClass::Continues) => StopAfter::Continues,
        Some(AbbreviationClass::Ambiguous) => StopAfter::Ambiguous,
        None if is_dotted_acronym(word) => StopAfter::Ambiguous,
        None => StopAfter::Ends,
    }
}

/// Whether `word` is a common sentence opener (case-insensitive).
pub(crate) fn is_sentence_opener(word: &str) -> bool {
    Lexicon::english().entry(word).is(WordClass::Opener)
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
