//! The phrases of page furniture, by family (`newsclip-lexicon`'s `furniture.tsv`), matched
//! with Aho-Corasick automata.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use newsclip_lexicon::Anchor;
use std::sync::OnceLock;

use newsclip_lexicon::Lexicon;

use crate::blocks::TextStats;
use crate::language::Language;
use crate::page::RemovalReason;
use crate::words::is_word_char;

/// A family of furniture phrases: what a matching short block is. `Support` is an appeal for
/// readers' money (`Please consider supporting our journalism`): the outlet's own advertisement,
/// wherever it stands; `CommentMeta` a line inside a comment thread (`Jane says:`, `Reply to
/// this`): comments, but no heading.
pub(crate) use newsclip_lexicon::FurnitureFamily as Family;

/// What the stripper makes of a block that a family's phrase labels.
pub(crate) trait FamilyRules: Copy {
    /// The removal reason of a block of this family.
    fn reason(self) -> RemovalReason;

    /// The longest block, in words, that a phrase of this family can label: a phrase inside a
    /// longer block is part of its prose. Captions, cookie notices and legal footers run long.
    fn max_words(self) -> u32;

    /// Whether a heading of this family marks the end of the article text: what follows it is
    /// comments, related stories, tags or the footer.
    fn ends_article(self) -> bool;
}

impl FamilyRules for Family {
    fn reason(self) -> RemovalReason {
        match self {
            Family::Ticker => RemovalReason::Ticker,
            Family::Related | Family::InlineRelated => RemovalReason::Related,
            Family::Share => RemovalReason::Share,
            Family::CookieBanner => RemovalReason::CookieBanner,
            Family::Advertisement | Family::Support => RemovalReason::Advertisement,
            Family::Caption => RemovalReason::Caption,
            Family::Comments | Family::CommentMeta => RemovalReason::Comments,
            Family::Tags => RemovalReason::Tags,
            Family::Footer => RemovalReason::Footer,
            Family::Byline => RemovalReason::Byline,
            _ => RemovalReason::Navigation,
        }
    }

    fn max_words(self) -> u32 {
        match self {
            Family::Share | Family::Comments | Family::CommentMeta => 14,
            Family::Ticker | Family::Related | Family::InlineRelated => 24,
            Family::Caption | Family::Tags | Family::Footer | Family::Support => 40,
            Family::CookieBanner => 80,
            _ => 8,
        }
    }

    fn ends_article(self) -> bool {
        matches!(self, Family::Related | Family::Comments | Family::Tags | Family::Footer | Family::Byline)
    }
}

/// The longest block any family can label.
const MAX_WORDS: u32 = 80;

#[derive(Clone, Copy)]
struct Phrase {
    family: Family,
    at_end: bool,
    /// One word, open at the end (`^comments`, `^share`): it labels a short block, or one that is
    /// no sentence, but not `Comments from the minister came after the vote.`
    bare_word: bool,
}

/// Phrases anchored at the start of a block, searched only there; and the other phrases,
/// searched everywhere.
struct Automata {
    anchored: Automaton,
    floating: Automaton,
    /// The floating phrases that can label a block of more than [`SHORT_BLOCK`] words.
    floating_long: Automaton,
}

/// A sentence longer than this is not labeled by a bare word at its start.
const BARE_WORD_MAX_WORDS: u32 = 6;
/// Most families label only blocks up to this many words.
const SHORT_BLOCK: u32 = 40;

struct Automaton {
    searcher: AhoCorasick,
    phrases: Vec<Phrase>,
}

impl Automaton {
    /// An automaton over `entries` (the lexicon lists each phrase once among those that open a
    /// block and once among the others).
    fn new(entries: Vec<(String, Phrase)>, kind: MatchKind, start: StartKind) -> Automaton {
        let (patterns, phrases): (Vec<String>, Vec<Phrase>) = entries.into_iter().unzip();
        let searcher = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(kind)
            .kind(Some(AhoCorasickKind::DFA))
            .start_kind(start)
            .build(&patterns)
            .expect("furniture phrases build an automaton");
        Automaton { searcher, phrases }
    }

    /// Whether match `m` in `text` labels a block of `words` words, and as what.
    fn accept(&self, text: &str, m: aho_corasick::Match, stats: &TextStats) -> Option<(usize, usize, Family)> {
        let phrase = self.phrases.get(m.pattern().as_usize())?;
        let sentence = stats.ends_with_terminal && stats.words > BARE_WORD_MAX_WORDS;
        let fits = stats.words <= phrase.family.max_words()
            && !(phrase.bare_word && sentence)
            && on_word_boundaries(text, m.start(), m.end())
            && (!phrase.at_end || only_trailer(text.get(m.end()..).unwrap_or("")));
        fits.then_some((m.start(), m.end(), phrase.family))
    }
}

/// The automata of each [`Language`], built on first use: the English phrases, and those of the
/// page's language where it has its own.
static AUTOMATA: [OnceLock<Automata>; Language::ALL.len()] = [const { OnceLock::new() }; Language::ALL.len()];

fn automata(language: Language) -> &'static Automata {
    let language = if language.lexicon_code().is_some() { language } else { Language::English };
    AUTOMATA[language.index()].get_or_init(|| Automata::of(language))
}

impl Automata {
    fn of(language: Language) -> Automata {
        let (mut anchored, mut floating) = (Vec::new(), Vec::new());
        let own = language.lexicon_code().and_then(Lexicon::for_language);
        let listed = Lexicon::english().furniture().iter().chain(own.into_iter().flat_map(Lexicon::furniture));
        for listed in listed {
            let (phrase, anchor) = (listed.phrase(), listed.anchor());
            let bare_word = anchor == Anchor::Start && phrase.chars().all(char::is_alphanumeric);
            let entry = Phrase { family: listed.family(), at_end: anchor.at_end(), bare_word };
            let list = if anchor.at_start() { &mut anchored } else { &mut floating };
            // The automata fold the case of ASCII letters only: `über uns` is also listed as
            // `Über uns` and `ÜBER UNS`.
            for form in case_forms(phrase) {
                list.push((form, entry));
            }
        }
        let floating_long = floating.iter().filter(|(_, p)| p.family.max_words() > SHORT_BLOCK).cloned().collect();
        Automata {
            anchored: Automaton::new(anchored, MatchKind::LeftmostLongest, StartKind::Anchored),
            floating: Automaton::new(floating, MatchKind::Standard, StartKind::Unanchored),
            floating_long: Automaton::new(floating_long, MatchKind::Standard, StartKind::Unanchored),
        }
    }
}

/// `phrase` as listed, and, when it holds letters beyond ASCII, capitalized and in capitals.
fn case_forms(phrase: &str) -> Vec<String> {
    let mut forms = vec![phrase.to_owned()];
    if !phrase.is_ascii() {
        let mut chars = phrase.chars();
        let capitalized: String = chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect();
        for form in [capitalized, phrase.to_uppercase()] {
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
    }
    forms
}

/// The family of boilerplate `text` belongs to, if a phrase of that family labels it.
///
/// `stats` are the text's statistics. When several phrases match, the earliest wins, then the
/// longest.
pub(crate) fn family_of(text: &str, stats: &TextStats) -> Option<Family> {
    let words = stats.words;
    if words > MAX_WORDS {
        return None;
    }
    let automata = automata(stats.language);
    // Anchored phrases start at the first letter: bullets, arrows and counts may precede them.
    // There the longest phrase is the one to check.
    let first_letter = text.find(char::is_alphabetic).unwrap_or(text.len());
    let input = Input::new(text).range(first_letter..).anchored(Anchored::Yes);
    let anchored = automata.anchored.searcher.find(input).and_then(|m| automata.anchored.accept(text, m, stats));
    let floating = if words > SHORT_BLOCK { &automata.floating_long } else { &automata.floating };
    let floating = floating.searcher.find_overlapping_iter(text).filter_map(|m| floating.accept(text, m, stats));
    anchored
        .into_iter()
        .chain(floating)
        .min_by_key(|&(start, end, _)| (start, usize::MAX - end))
        .map(|(_, _, family)| family)
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

/// Whether `suffix` holds no letters: punctuation, arrows and counts such as `(12)` only.
fn only_trailer(suffix: &str) -> bool {
    !suffix.chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn family(text: &str) -> Option<Family> {
        family_of(text, &TextStats::of(text))
    }

    #[test]
    fn anchored_phrases() {
        assert_eq!(family("Home"), Some(Family::Navigation));
        assert_eq!(family("» Home"), Some(Family::Navigation));
        assert_eq!(family("Home improvement tips"), None);
        assert_eq!(family("Comments (12)"), Some(Family::Comments));
        assert_eq!(family("12 comments"), Some(Family::Comments));
        assert_eq!(family("{ 94 comments… read them below or add one }"), Some(Family::Comments));
        assert_eq!(family("Read more: Council votes on budget"), Some(Family::Related));
        assert_eq!(family("Related Resources"), Some(Family::Related));
        assert_eq!(family("Related parties to the contract agreed to the terms on Monday."), None);
    }

    #[test]
    fn phrase_families() {
        assert_eq!(family("Share this article"), Some(Family::Share));
        assert_eq!(family("Follow us on Facebook"), Some(Family::Share));
        assert_eq!(family("ADVERTISEMENT"), Some(Family::Advertisement));
        assert_eq!(family("© 2024 Example Media. All rights reserved."), Some(Family::Footer));
        assert_eq!(family("Leave a reply"), Some(Family::Comments));
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
        assert_eq!(family("Comments from the minister came after the vote on Tuesday."), None);
        assert_eq!(family("Comments are closed."), Some(Family::Comments));
    }

    #[test]
    fn a_pages_language_brings_its_phrases() {
        let german = |text: &str| {
            let stats = TextStats { language: Language::German, ..TextStats::of(text) };
            family_of(text, &stats)
        };
        assert_eq!(german("Lesen Sie auch"), Some(Family::InlineRelated));
        assert_eq!(german("Artikel teilen"), Some(Family::Share));
        assert_eq!(german("Share this article"), Some(Family::Share));
        // English pages do not read German phrases.
        assert_eq!(family("Artikel teilen"), None);
        assert_eq!(case_forms("über uns"), ["über uns", "Über uns", "ÜBER UNS"]);
    }
}
