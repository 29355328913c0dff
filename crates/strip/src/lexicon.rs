//! The boilerplate phrase families of `data/boilerplate.txt`, matched with one Aho-Corasick
//! automaton.

use aho_corasick::{AhoCorasick, MatchKind};
use once_cell::sync::Lazy;

use crate::blocks::is_word_char;
use crate::page::RemovalReason;

/// A family of boilerplate phrases: what a matching short block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Family {
    Navigation,
    Ticker,
    Related,
    Share,
    CookieBanner,
    Advertisement,
    Caption,
    Comments,
    Tags,
    Footer,
    Byline,
}

impl Family {
    fn from_name(name: &str) -> Option<Family> {
        Some(match name {
            "navigation" => Family::Navigation,
            "ticker" => Family::Ticker,
            "related" => Family::Related,
            "share" => Family::Share,
            "cookie_banner" => Family::CookieBanner,
            "advertisement" => Family::Advertisement,
            "caption" => Family::Caption,
            "comments" => Family::Comments,
            "tags" => Family::Tags,
            "footer" => Family::Footer,
            "byline" => Family::Byline,
            _ => return None,
        })
    }

    /// The removal reason of a block of this family.
    pub(crate) fn reason(self) -> RemovalReason {
        match self {
            Family::Navigation => RemovalReason::Navigation,
            Family::Ticker => RemovalReason::Ticker,
            Family::Related => RemovalReason::Related,
            Family::Share => RemovalReason::Share,
            Family::CookieBanner => RemovalReason::CookieBanner,
            Family::Advertisement => RemovalReason::Advertisement,
            Family::Caption => RemovalReason::Caption,
            Family::Comments => RemovalReason::Comments,
            Family::Tags => RemovalReason::Tags,
            Family::Footer => RemovalReason::Footer,
            Family::Byline => RemovalReason::Byline,
        }
    }

    /// The longest block, in words, that a phrase of this family can label: a phrase inside a
    /// longer block is part of its prose. Captions, cookie notices and legal footers run long.
    fn max_words(self) -> u32 {
        match self {
            Family::Navigation | Family::Advertisement | Family::Byline => 8,
            Family::Share | Family::Comments => 14,
            Family::Ticker | Family::Related => 24,
            Family::Caption | Family::Tags | Family::Footer => 40,
            Family::CookieBanner => 80,
        }
    }

    /// Whether a heading of this family marks the end of the article text: what follows it is
    /// comments, related stories, tags or the footer.
    pub(crate) fn ends_article(self) -> bool {
        matches!(self, Family::Related | Family::Comments | Family::Tags | Family::Footer | Family::Byline)
    }
}

struct Phrase {
    family: Family,
    at_start: bool,
    at_end: bool,
}

struct Lexicon {
    automaton: AhoCorasick,
    phrases: Vec<Phrase>,
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let mut patterns = Vec::new();
    let mut phrases = Vec::new();
    let mut family = None;
    for line in include_str!("../data/boilerplate.txt").lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            family = Family::from_name(name);
            continue;
        }
        let Some(family) = family else { continue };
        let (at_start, rest) = line.strip_prefix('^').map_or((false, line), |rest| (true, rest));
        let (at_end, phrase) = rest.strip_suffix('$').map_or((false, rest), |p| (true, p));
        patterns.push(phrase.to_string());
        phrases.push(Phrase { family, at_start, at_end });
    }
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(&patterns)
        .expect("boilerplate phrases build an automaton");
    Lexicon { automaton, phrases }
});

/// The family of boilerplate `text` belongs to, if a phrase of that family labels it.
///
/// `words` is the block's word count. When several phrases match, the earliest wins, then the
/// longest.
pub(crate) fn family_of(text: &str, words: u32) -> Option<Family> {
    let lexicon = &*LEXICON;
    let mut best: Option<(usize, usize, Family)> = None;
    for m in lexicon.automaton.find_overlapping_iter(text) {
        let Some(phrase) = lexicon.phrases.get(m.pattern().as_usize()) else { continue };
        if words > phrase.family.max_words() || !on_word_boundaries(text, m.start(), m.end()) {
            continue;
        }
        if phrase.at_start && !only_symbols(&text[..m.start()]) {
            continue;
        }
        if phrase.at_end && !only_trailer(&text[m.end()..]) {
            continue;
        }
        let candidate = (m.start(), usize::MAX - m.end(), phrase.family);
        if best.is_none_or(|b| (candidate.0, candidate.1) < (b.0, b.1)) {
            best = Some(candidate);
        }
    }
    best.map(|(_, _, family)| family)
}

/// Whether the match neither starts nor ends inside a word.
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let inner = &text[start..end];
    let starts_word = inner.chars().next().is_some_and(is_word_char);
    let ends_word = inner.chars().next_back().is_some_and(is_word_char);
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let cuts_in_front = starts_word && before.is_some_and(is_word_char);
    let cuts_behind = ends_word && after.is_some_and(is_word_char);
    !cuts_in_front && !cuts_behind
}

/// Whether `prefix` holds no words: bullets, arrows, quotes and blanks only.
fn only_symbols(prefix: &str) -> bool {
    !prefix.chars().any(is_word_char)
}

/// Whether `suffix` holds no letters: punctuation, arrows and counts such as `(12)` only.
fn only_trailer(suffix: &str) -> bool {
    !suffix.chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn family(text: &str) -> Option<Family> {
        family_of(text, crate::blocks::TextStats::of(text).words)
    }

    #[test]
    fn anchored_phrases() {
        assert_eq!(family("Home"), Some(Family::Navigation));
        assert_eq!(family("» Home"), Some(Family::Navigation));
        assert_eq!(family("Home improvement tips"), None);
        assert_eq!(family("Comments (12)"), Some(Family::Comments));
        assert_eq!(family("12 comments"), Some(Family::Comments));
        assert_eq!(family("Read more: Council votes on budget"), Some(Family::Related));
    }

    #[test]
    fn phrase_families() {
        assert_eq!(family("Share this article"), Some(Family::Share));
        assert_eq!(family("Follow us on social networks"), Some(Family::Share));
        assert_eq!(family("ADVERTISEMENT"), Some(Family::Advertisement));
        assert_eq!(family("© 2024 Example Media. All rights reserved."), Some(Family::Footer));
        assert_eq!(family("Leave a review"), Some(Family::Comments));
        assert_eq!(family("Tags: economy, budget"), Some(Family::Tags));
        assert_eq!(family("The mayor at the ceremony. (Photo credit: City Hall)"), Some(Family::Caption));
        assert_eq!(
            family("We use cookies to improve your experience. By continuing to browse you agree to our policy."),
            Some(Family::CookieBanner)
        );
    }

    #[test]
    fn words_inside_prose_do_not_count() {
        assert_eq!(family("Homeowners share their stories"), None);
        assert_eq!(
            family(
                "The minister said he would share the report with parliament and follow us on the matter of \
                 the budget, which has been debated for months by the committee and the public alike."
            ),
            None
        );
        assert_eq!(family("Sharepoint"), None);
    }
}
