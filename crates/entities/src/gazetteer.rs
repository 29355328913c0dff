//! Phrase lists matched in one pass with Aho-Corasick, with word boundaries
//! and case rules checked on every hit.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use newsclip_text::Span;

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

/// A phrase list with one value per phrase.
#[derive(Debug)]
pub(crate) struct Gazetteer<T> {
    automaton: Option<AhoCorasick>,
    phrases: Vec<(&'static str, T)>,
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
    pub(crate) fn new(phrases: Vec<(&'static str, T)>, policy: CasePolicy) -> Gazetteer<T> {
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            // A DFA: these lists are searched in every paragraph, overlapping.
            .kind(Some(AhoCorasickKind::DFA))
            .build(phrases.iter().map(|(p, _)| *p))
            .ok();
        Gazetteer { automaton, phrases, policy }
    }

    /// Every phrase of the list in `text`, leftmost-longest and non-overlapping,
    /// keeping only hits on word boundaries whose case fits. `shouting` says the
    /// text is in capitals, where an acronym that spells a common word (`US`,
    /// `WHO`) is not trusted.
    pub(crate) fn find(&self, text: &str, shouting: bool) -> Vec<Hit<'_, T>> {
        let Some(automaton) = &self.automaton else { return Vec::new() };
        let mut hits: Vec<Hit<'_, T>> = automaton
            .find_overlapping_iter(text)
            .filter_map(|m| {
                let (phrase, value) = self.phrases.get(m.pattern().as_usize())?;
                let span = Span::new(m.start(), m.end());
                let found = span.get(text)?;
                let fits = on_word_boundaries(text, span)
                    && match self.policy {
                        CasePolicy::Proper => proper_case_fits(phrase, found, shouting),
                        CasePolicy::Any => true,
                    };
                fits.then_some(Hit { span, value })
            })
            .collect();
        hits.sort_by_key(|h| (h.span.start, core::cmp::Reverse(h.span.end)));
        let mut end = 0;
        hits.retain(|h| {
            let keep = h.span.start >= end;
            if keep {
                end = h.span.end;
            }
            keep
        });
        hits
    }
}

/// Whether `span` neither starts nor ends inside a word.
pub(crate) fn on_word_boundaries(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).and_then(|s| s.chars().next_back());
    let after = text.get(span.end..).and_then(|s| s.chars().next());
    let first = text.get(span.range()).and_then(|s| s.chars().next());
    let last = text.get(span.range()).and_then(|s| s.chars().next_back());
    let joins = |outer: Option<char>, inner: Option<char>| {
        outer.is_some_and(char::is_alphanumeric) && inner.is_some_and(char::is_alphanumeric)
    };
    !joins(before, first) && !joins(after, last)
}

/// Acronyms that spell common words: in capitals-only text they are words.
const WORDLIKE_ACRONYMS: &[&str] =
    &["US", "WHO", "IT", "AM", "IS", "ME", "AID", "CAN", "MAY", "OR", "IN", "ON", "NO", "SO"];

fn proper_case_fits(phrase: &str, found: &str, shouting: bool) -> bool {
    let is_acronym = phrase.chars().any(char::is_uppercase) && !phrase.chars().any(char::is_lowercase);
    if is_acronym {
        return phrase == found && !(shouting && WORDLIKE_ACRONYMS.contains(&phrase));
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

    fn found(g: &Gazetteer<u8>, text: &'static str) -> Vec<&'static str> {
        g.find(text, false).iter().map(|h| &text[h.span]).collect()
    }

    #[test]
    fn case_rules_follow_the_phrase() {
        let g = Gazetteer::new(vec![("US", 0), ("Turkey", 1), ("the States", 2)], CasePolicy::Proper);
        assert_eq!(found(&g, "us and US, turkey and TURKEY, The States"), ["US", "TURKEY", "The States"]);
        assert!(g.find("TELL US", true).is_empty());
    }

    #[test]
    fn word_boundaries_and_longest_match() {
        let g = Gazetteer::new(vec![("U.S.", 0), ("Niger", 1), ("Nigeria", 2), ("New Guinea", 3)], CasePolicy::Proper);
        assert_eq!(found(&g, "the U.S.’s aid to Nigeria, Nigerien, New Guinea"), ["U.S.", "Nigeria", "New Guinea"]);
    }

    #[test]
    fn any_case_policy() {
        let g = Gazetteer::new(vec![("Foreign Minister", 0)], CasePolicy::Any);
        assert_eq!(found(&g, "the foreign minister"), ["foreign minister"]);
    }
}
