//! Candidate mentions proposed by the recognizers, before overlaps are resolved.

use newsclip_text::{Rule, Span};

use crate::CountryCode;

/// What a candidate would be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Label {
    Person,
    Country(CountryCode),
    Institution,
    /// `the Department`: the latest institution with that head word, if any.
    InstitutionReference,
    /// A city or region: blocks other readings, never output.
    Place,
}

/// How much a candidate is trusted when candidates overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// A guess from shape alone, such as a bare acronym.
    Weak = 1,
    /// Listed phrase or one piece of contextual evidence.
    Good = 2,
    /// Listed institution, institution pattern, or strong person evidence.
    Strong = 3,
}

/// The listed entry a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Canonical {
    /// The institution with this index in the lexicon.
    Institution(u32),
    /// The person with this index in the lexicon (a user lexicon's).
    Person(u32),
}

/// A proposed mention.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub(crate) span: Span,
    pub(crate) label: Label,
    pub(crate) strength: Strength,
    /// The listed institution or person it names.
    pub(crate) canonical: Option<Canonical>,
    /// The country of a person or institution, when the text ties them to one.
    pub(crate) country: Option<CountryCode>,
    /// A person's title as written.
    pub(crate) title: Option<Span>,
    /// An acronym that the text defines for this institution: `Full Name (ACRONYM)`.
    pub(crate) acronym: Option<Span>,
    /// A one-word person name whose only evidence is weak (a cue verb, a
    /// surname ending): kept only if the document also gives the full name.
    pub(crate) needs_full_name: bool,
    /// The rule that proposed it.
    pub(crate) rule: Rule,
}

impl Candidate {
    pub(crate) fn new(span: Span, label: Label, strength: Strength, rule: Rule) -> Candidate {
        Candidate {
            span,
            label,
            strength,
            canonical: None,
            country: None,
            title: None,
            acronym: None,
            needs_full_name: false,
            rule,
        }
    }
}

/// Keeps the most trusted, then longest, candidates that do not overlap, in document order.
pub(crate) fn resolve(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.retain(|c| !c.span.is_empty());
    candidates.sort_by_key(|c| (core::cmp::Reverse(c.strength), core::cmp::Reverse(c.span.len()), c.span.start));
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    // Accepted spans, sorted by start, for an O(log n) overlap test.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for candidate in candidates {
        let span = candidate.span;
        let overlaps_before = taken.range(..span.end).next_back().is_some_and(|(_, &end)| end > span.start);
        if overlaps_before {
            continue;
        }
        taken.insert(span.start, span.end);
        kept.push(candidate);
    }
    kept.sort_by_key(|c| c.span.start);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stronger_then_longer_wins() {
        let a = Candidate::new(Span::new(0, 10), Label::Institution, Strength::Strong, crate::rules::MENTION_REPEAT);
        let b = Candidate::new(Span::new(0, 8), Label::Place, Strength::Good, crate::rules::MENTION_REPEAT);
        let c = Candidate::new(Span::new(12, 14), Label::Institution, Strength::Weak, crate::rules::MENTION_REPEAT);
        let d = Candidate::new(Span::new(9, 16), Label::Place, Strength::Good, crate::rules::MENTION_REPEAT);
        let kept: Vec<_> = resolve(vec![a, b, c, d]).into_iter().map(|c| c.span).collect();
        assert_eq!(kept, [Span::new(0, 10), Span::new(12, 14)]);
    }
}
