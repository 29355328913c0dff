//! [`Analysis`]: one reading of an article's regions — tokens, sentence
//! starts, capitalization and each word's lexicon entry — shared by the quote
//! finder and the entity tagger, so that neither reads the text again.

use std::sync::Arc;

use newsclip_lexicon::{Entry, EntryId, Lexicon};

use crate::segment::{sentence_starts, tokenize};
use crate::{Casing, Layout, RegionKind, Span, TokenKind};

/// A token of an [`Analysis`], with what every stage asks about it found once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lexeme {
    /// Where the token is in the text (a possessive ending included).
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
    /// The capitalization of the token without a possessive ending
    /// ([`Casing::Uncased`] for numbers and punctuation).
    pub casing: Casing,
    flags: u8,
    /// The entry of the token without a possessive ending; [`NO_ENTRY`] for
    /// none.
    entry: u32,
}

/// [`Lexeme::entry`] of a token the lexicon does not know.
const NO_ENTRY: u32 = u32::MAX;

/// The token ends in a possessive `'s` or `’s`.
const POSSESSIVE: u8 = 1;
/// The token is the first of a sentence.
const OPENS_SENTENCE: u8 = 2;

impl Lexeme {
    /// Whether the token ends in a possessive `'s` or `’s` (`Kirby's`).
    #[inline]
    #[must_use]
    pub const fn is_possessive(&self) -> bool {
        self.flags & POSSESSIVE != 0
    }

    /// Whether the token is the first of a sentence.
    #[inline]
    #[must_use]
    pub const fn opens_sentence(&self) -> bool {
        self.flags & OPENS_SENTENCE != 0
    }

    /// The token without its possessive ending: `Kirby` of `Kirby's`.
    #[inline]
    #[must_use]
    pub fn core(&self, text: &str) -> Span {
        if !self.is_possessive() {
            return self.span;
        }
        let token = self.span.get(text).unwrap_or_default();
        let ending = if token.ends_with("’s") || token.ends_with("’S") { "’s".len() } else { "'s".len() };
        Span::new(self.span.start, self.span.end.saturating_sub(ending).max(self.span.start))
    }

    /// The id of the lexicon entry of the token without its possessive ending.
    #[inline]
    #[must_use]
    pub fn entry_id(&self) -> Option<EntryId> {
        (self.entry != NO_ENTRY).then(|| EntryId::from_raw(self.entry))
    }
}

/// A region (headline or paragraph) of an [`Analysis`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnalyzedRegion {
    /// Where the region is in the text.
    pub span: Span,
    /// Headline or paragraph.
    pub kind: RegionKind,
    /// Its lexemes in [`Analysis::lexemes`].
    lexemes: core::ops::Range<usize>,
}

/// One reading of the headline and paragraphs of a [`Layout`]: their
/// tokens, where their sentences start, how each word is capitalized and
/// what the lexicon knows about it.
///
/// The quote finder and the entity tagger each read an article's regions
/// word by word; given an `Analysis`, they share one pass of segmentation
/// and one lexicon look-up per word instead of repeating them.
///
/// ```
/// use newsclip_lexicon::{Lexicon, WordClass};
/// use newsclip_text::{Analysis, Casing, Layout};
///
/// let text = "Mayor Ana Lopez's plan passed. The council met.";
/// let analysis = Analysis::new(text, &Layout::of_clean_text(text), Lexicon::english());
/// let words = analysis.lexemes(&analysis.regions()[0]);
/// assert_eq!(&text[words[2].span], "Lopez's");
/// assert!(words[2].is_possessive() && words[2].casing == Casing::Capitalized);
/// assert!(analysis.entry(&words[1]).is(WordClass::GivenName));
/// let openers: Vec<&str> = words.iter().filter(|w| w.opens_sentence()).map(|w| &text[w.span]).collect();
/// assert_eq!(openers, ["Mayor", "The"]);
/// ```
#[derive(Clone, Debug)]
pub struct Analysis<'a> {
    text: &'a str,
    /// Whether the lexemes say which word opens a sentence.
    sentences: bool,
    lexicon: LexiconRef<'a>,
    regions: Vec<AnalyzedRegion>,
    lexemes: Vec<Lexeme>,
}

/// The lexicon of an analysis: borrowed (the compiled-in one), or shared
/// with the extractor that owns it (one with a user's lexicon added).
#[derive(Clone, Debug)]
enum LexiconRef<'a> {
    Borrowed(&'a Lexicon),
    Shared(Arc<Lexicon>),
}

impl<'a> Analysis<'a> {
    /// Reads the regions of `layout` (spans of `text`; invalid ones are left
    /// out), title first, with the words of `lexicon`.
    #[must_use]
    pub fn new(text: &'a str, layout: &Layout, lexicon: &'a Lexicon) -> Analysis<'a> {
        Analysis::read(text, layout, LexiconRef::Borrowed(lexicon), true)
    }

    /// Like [`new`](Self::new), without finding where sentences start: no
    /// lexeme [opens a sentence](Lexeme::opens_sentence). For a reader that
    /// finds its own sentence bounds (the quote finder alone), a tenth less
    /// work; the entity tagger needs the sentence starts.
    #[must_use]
    pub fn without_sentences(text: &'a str, layout: &Layout, lexicon: &'a Lexicon) -> Analysis<'a> {
        Analysis::read(text, layout, LexiconRef::Borrowed(lexicon), false)
    }

    /// Like [`new`](Self::new), with a lexicon the caller shares (a
    /// [`Lexicon::with_user`] that an extractor owns): the analysis borrows
    /// only the text.
    #[must_use]
    pub fn with_shared_lexicon(text: &'a str, layout: &Layout, lexicon: Arc<Lexicon>) -> Analysis<'a> {
        Analysis::read(text, layout, LexiconRef::Shared(lexicon), true)
    }

    fn read(text: &'a str, layout: &Layout, lexicon: LexiconRef<'a>, sentences: bool) -> Analysis<'a> {
        let words: &Lexicon = match &lexicon {
            LexiconRef::Borrowed(lexicon) => lexicon,
            LexiconRef::Shared(lexicon) => lexicon,
        };
        let mut lexemes = Vec::with_capacity(text.len() / 5);
        let mut regions = Vec::with_capacity(layout.paragraphs.len() + 1);
        for (span, kind) in layout.regions() {
            let Some(region_text) = span.get(text) else { continue };
            let first = lexemes.len();
            read_region(region_text, span.start, words, sentences, &mut lexemes);
            regions.push(AnalyzedRegion { span, kind, lexemes: first..lexemes.len() });
        }
        Analysis { text, sentences, lexicon, regions, lexemes }
    }

    /// Whether the lexemes say which word opens a sentence (not for
    /// [`without_sentences`](Self::without_sentences)).
    #[must_use]
    pub fn has_sentences(&self) -> bool {
        self.sentences
    }

    /// The text the analysis reads.
    #[must_use]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The lexicon its entries come from.
    #[must_use]
    pub fn lexicon(&self) -> &Lexicon {
        match &self.lexicon {
            LexiconRef::Borrowed(lexicon) => lexicon,
            LexiconRef::Shared(lexicon) => lexicon,
        }
    }

    /// The headline (if any) and the paragraphs, in the layout's order.
    #[must_use]
    pub fn regions(&self) -> &[AnalyzedRegion] {
        &self.regions
    }

    /// The lexemes of `region`, in order.
    #[must_use]
    pub fn lexemes(&self, region: &AnalyzedRegion) -> &[Lexeme] {
        self.lexemes.get(region.lexemes.clone()).unwrap_or_default()
    }

    /// The lexicon entry of `lexeme` (the default entry for an unknown word).
    #[inline]
    #[must_use]
    pub fn entry(&self, lexeme: &Lexeme) -> Entry {
        lexeme.entry_id().map(|id| self.lexicon().get(id)).unwrap_or_default()
    }
}

/// Appends the lexemes of `region`, which starts at `offset` in the text.
fn read_region(region: &str, offset: usize, lexicon: &Lexicon, sentences: bool, out: &mut Vec<Lexeme>) {
    let starts = if sentences { sentence_starts(region) } else { Vec::new() };
    let mut next_start = starts.iter().copied().peekable();
    tokenize(region, |token| {
        let mut flags = 0;
        while next_start.peek().is_some_and(|&s| s <= token.span.start) {
            next_start.next();
            flags |= OPENS_SENTENCE;
        }
        let (core, possessive) = split_possessive(token.text);
        if possessive {
            flags |= POSSESSIVE;
        }
        let (casing, entry) = match token.kind {
            TokenKind::Word => (Casing::of(core), lexicon.entry_id(core).map_or(NO_ENTRY, EntryId::into_raw)),
            _ => (Casing::Uncased, NO_ENTRY),
        };
        out.push(Lexeme { span: token.span.offset(offset), kind: token.kind, casing, flags, entry });
    });
}

/// `Kirby's`, `Blinken’s`: the name and whether it was possessive.
fn split_possessive(text: &str) -> (&str, bool) {
    if !text.ends_with(['s', 'S']) {
        return (text, false);
    }
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(core) = text.strip_suffix(suffix) {
            if !core.is_empty() {
                return (core, true);
            }
        }
    }
    (text, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sentences, tokens};

    fn analyze(text: &str) -> Analysis<'_> {
        Analysis::new(text, &Layout::of_clean_text(text), Lexicon::english())
    }

    #[test]
    fn lexemes_are_the_tokens_of_each_region() {
        let text = "“We are ready,” Ana said.\n\nThe U.S. agreed. So did Mr. Kirby’s team.";
        let analysis = analyze(text);
        assert_eq!(analysis.regions().len(), 2);
        for region in analysis.regions() {
            let expected: Vec<Span> = tokens(&text[region.span]).map(|t| t.span.offset(region.span.start)).collect();
            let found: Vec<Span> = analysis.lexemes(region).iter().map(|l| l.span).collect();
            assert_eq!(found, expected);
            let starts: Vec<usize> = sentences(&text[region.span]).map(|s| s.span.start + region.span.start).collect();
            let openers: Vec<usize> =
                analysis.lexemes(region).iter().filter(|l| l.opens_sentence()).map(|l| l.span.start).collect();
            assert_eq!(openers, starts);
        }
    }

    #[test]
    fn possessives_and_entries() {
        let text = "Zorbatt’s NATO talks with F. Kennedy";
        let analysis = analyze(text);
        let lexemes = analysis.lexemes(&analysis.regions()[0]);
        assert!(lexemes[0].is_possessive());
        assert_eq!(&text[lexemes[0].core(text)], "Zorbatt");
        assert_eq!(lexemes[1].casing, Casing::Upper);
        assert!(analysis.entry(&lexemes[3]).is(newsclip_lexicon::WordClass::Stop));
        assert!(analysis.entry(&lexemes[0]).is_unknown());
    }
}
