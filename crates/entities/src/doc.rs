//! A word-level view of the regions the tagger reads, from the text's
//! [`Analysis`].

use newsclip_lexicon::Entry;
use newsclip_text::{Analysis, AnalyzedRegion, Casing, RegionKind, Span, TokenKind};

use crate::lexicon::WordClass;
use crate::word_map::WordMap;

/// One token of a region.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word<'a> {
    /// Where the word is in the document, without a possessive `'s`.
    pub(crate) span: Span,
    /// `&document[span]`.
    pub(crate) text: &'a str,
    pub(crate) shape: Casing,
    /// Followed by a possessive `'s`, `’s` or a lone apostrophe.
    pub(crate) possessive: bool,
    /// First word of a sentence or of a quotation: its capital says nothing.
    pub(crate) opens: bool,
    /// A word (letters), as opposed to a number or punctuation.
    pub(crate) is_word: bool,
    /// Where the text in lowercase is in [`Region::lowercase`]; `None` when
    /// the text is lowercase ASCII already (most words) and touches no other
    /// token (so no hyphenated unit needs it copied).
    pub(crate) lower: Option<Span>,
    /// What the lexicon knows about the word (without its possessive ending).
    pub(crate) entry: Entry,
}

/// A title or body region as words.
#[derive(Debug)]
pub(crate) struct Region<'a> {
    pub(crate) span: Span,
    /// The region's own text.
    pub(crate) text: &'a str,
    pub(crate) words: Vec<Word<'a>>,
    /// Every word in lowercase, one after the other, for word-list look-ups
    /// without an allocation per word. Touching words (`al-Assad`) stay
    /// touching, so a hyphenated unit's lowercase is one slice too.
    lowercase: String,
    /// Headline or all-capitals text: capitals are no evidence of a name.
    pub(crate) weak_case: bool,
    /// Mostly capitals: acronyms that spell words are not trusted.
    pub(crate) shouting: bool,
}

/// The document as regions of words.
#[derive(Debug)]
pub(crate) struct Doc<'a> {
    pub(crate) text: &'a str,
    pub(crate) regions: Vec<Region<'a>>,
}

impl<'a> Doc<'a> {
    pub(crate) fn new(analysis: &Analysis<'a>) -> Doc<'a> {
        let regions = analysis.regions().iter().map(|region| Region::new(analysis, region)).collect();
        Doc { text: analysis.text(), regions }
    }
}

/// The words that open a sentence somewhere and that the document also
/// writes in lowercase (`Such`, `Asked`): at a sentence start their capital
/// is no evidence of a name. Only sentences' first words are ever asked
/// about, so the map is built from them rather than from every lowercase word.
#[derive(Debug)]
pub(crate) struct OrdinaryOpeners<'d> {
    /// Each sentence's first word in lowercase, with its index in `written_lowercase`.
    openers: WordMap<&'d str, usize>,
    written_lowercase: Vec<bool>,
}

impl<'d> OrdinaryOpeners<'d> {
    pub(crate) fn of(doc: &'d Doc<'_>) -> OrdinaryOpeners<'d> {
        let mut openers = WordMap::new();
        for region in &doc.regions {
            for word in region.words.iter().filter(|w| w.opens && w.is_word) {
                let index = openers.len();
                openers.get_or_insert(region.lowercase(word.lower, word.text), index);
            }
        }
        let mut written_lowercase = vec![false; openers.len()];
        for region in &doc.regions {
            for word in region.words.iter().filter(|w| w.shape == Casing::Lower) {
                if let Some(seen) =
                    openers.get(region.lowercase(word.lower, word.text)).and_then(|&i| written_lowercase.get_mut(i))
                {
                    *seen = true;
                }
            }
        }
        OrdinaryOpeners { openers, written_lowercase }
    }

    /// Whether `lower`, a sentence's first word in lowercase, is written in lowercase elsewhere.
    pub(crate) fn contains(&self, lower: &str) -> bool {
        self.openers.get(lower).and_then(|&i| self.written_lowercase.get(i)).is_some_and(|&seen| seen)
    }
}

impl<'a> Region<'a> {
    fn new(analysis: &Analysis<'a>, region: &AnalyzedRegion) -> Region<'a> {
        let doc = analysis.text();
        let span = region.span;
        let text = span.get(doc).unwrap_or_default();
        let is_title = region.kind == RegionKind::Title;
        let lexemes = analysis.lexemes(region);
        let mut words: Vec<Word<'a>> = Vec::with_capacity(lexemes.len());
        let mut lowercase = String::with_capacity(text.len());
        let mut after_opener = true;
        for (i, lexeme) in lexemes.iter().enumerate() {
            let opens = after_opener || lexeme.opens_sentence();
            let doc_span = lexeme.core(doc);
            let Some(word_text) = doc_span.get(doc) else { continue };
            let token_text = lexeme.span.get(doc).unwrap_or_default();
            let is_word = lexeme.kind == TokenKind::Word;
            // A quote or bracket passes the opening on to the next word.
            after_opener = !is_word && (opens || is_opener(token_text, || doc.get(lexeme.span.end..)?.chars().next()));
            let shape = if is_word { lexeme.casing } else { Casing::Uncased };
            let touches = |other: Option<&newsclip_text::Lexeme>| {
                other.is_some_and(|o| o.span.end == lexeme.span.start || o.span.start == lexeme.span.end)
            };
            let plain = word_text.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase());
            let touching = touches(i.checked_sub(1).and_then(|p| lexemes.get(p))) || touches(lexemes.get(i + 1));
            let lower = (!plain || touching).then(|| push_lowercase(&mut lowercase, word_text));
            let entry = analysis.entry(lexeme);
            let possessive = lexeme.is_possessive();
            words.push(Word { span: doc_span, text: word_text, shape, possessive, opens, is_word, lower, entry });
        }
        let letters = words.iter().filter(|w| w.is_word && w.text.chars().nth(1).is_some()).count();
        let upper = words.iter().filter(|w| w.shape == Casing::Upper).count();
        let shouting = letters >= 3 && upper * 10 >= letters * 6;
        let weak_case = is_title || shouting || is_title_case(&words);
        Region { span, text, words, lowercase, weak_case, shouting }
    }

    /// A word's text in lowercase: at `lower` in [`Region::lowercase`], or
    /// `text` itself when that is lowercase already.
    pub(crate) fn lowercase<'s>(&'s self, lower: Option<Span>, text: &'s str) -> &'s str {
        match lower {
            Some(span) => span.get(&self.lowercase).unwrap_or_default(),
            None => text,
        }
    }
}

/// `word` in lowercase, as [`Region::lowercase`] has it.
pub(crate) fn lowercase(word: &str) -> String {
    let mut lower = String::with_capacity(word.len());
    push_lowercase(&mut lower, word);
    lower
}

/// Appends `word` in lowercase to `buffer`; where it went.
fn push_lowercase(buffer: &mut String, word: &str) -> Span {
    let start = buffer.len();
    if word.is_ascii() {
        buffer.push_str(word);
        if let Some(pushed) = buffer.get_mut(start..) {
            pushed.make_ascii_lowercase();
        }
    } else {
        buffer.extend(word.chars().flat_map(char::to_lowercase));
    }
    Span::new(start, buffer.len())
}

/// A headline written in title case: four or more words, few in lowercase,
/// and a capitalized function word inside (`Peru And Chile To Resume Border Talks In Lima`).
fn is_title_case(words: &[Word<'_>]) -> bool {
    let (mut letters, mut lower, mut capitalized_function_word) = (0, 0, false);
    for word in words.iter().filter(|w| w.is_word) {
        capitalized_function_word |=
            letters > 0 && word.shape == Casing::Capitalized && !word.opens && word.entry.is(WordClass::TitleSmall);
        letters += 1;
        lower += usize::from(word.shape == Casing::Lower);
    }
    letters >= 4 && lower * 5 <= letters && capitalized_function_word
}

/// Opening quotation marks, brackets and colons: a capital after one may only
/// start a quotation.
/// A straight quote opens only when a word follows it directly.
fn is_opener(token: &str, next: impl FnOnce() -> Option<char>) -> bool {
    match token {
        "\"" | "'" => next().is_some_and(|c| !newsclip_text::is_blank_char(c)),
        _ => matches!(token, "“" | "‘" | "«" | "„" | "(" | "[" | ":" | "—" | "–"),
    }
}

#[cfg(test)]
impl<'a> Region<'a> {
    /// A whole text as one body region.
    pub(crate) fn for_test(text: &'a str) -> Region<'a> {
        let whole = newsclip_text::Layout { title: None, paragraphs: vec![Span::new(0, text.len())] };
        let analysis = Analysis::new(text, &whole, crate::lexicon::lexicon());
        Region::new(&analysis, &analysis.regions()[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(text: &str) -> Region<'_> {
        Region::for_test(text)
    }

    #[test]
    fn shapes_and_possessives() {
        let r = region("Kirby’s NATO talks with F. Kennedy");
        let got: Vec<_> = r.words.iter().map(|w| (w.text, w.shape, w.possessive)).collect();
        assert_eq!(
            got,
            [
                ("Kirby", Casing::Capitalized, true),
                ("NATO", Casing::Upper, false),
                ("talks", Casing::Lower, false),
                ("with", Casing::Lower, false),
                ("F.", Casing::Initial, false),
                ("Kennedy", Casing::Capitalized, false),
            ]
        );
    }

    #[test]
    fn sentence_and_quotation_openings() {
        let r = region("He left. \"We stay,\" Price said.");
        let opens: Vec<_> = r.words.iter().filter(|w| w.is_word).map(|w| (w.text, w.opens)).collect();
        assert_eq!(
            opens,
            [("He", true), ("left", false), ("We", true), ("stay", false), ("Price", false), ("said", false)]
        );
    }

    #[test]
    fn capitals_only_text_is_weak() {
        assert!(region("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP").weak_case);
        assert!(!region("The White House said so on Tuesday.").weak_case);
    }
}
