//! The document as the attribution rules read it: for each region (headline
//! or paragraph), the narrator's words in order, with every outermost
//! quotation standing as a single item among them.

use newsclip_text::{
    is_terminal_punctuation, quotations, Analysis, Casing, Lexeme, Quotation, RegionKind, Span, TokenKind,
};

use crate::cues::{mark_cues, Cue, CueClass};
use crate::lexicon::{word_info, Gender, WordClass, WordInfo};

/// What a token is to the attribution rules: a word by its [`Casing`], a number or punctuation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `said`
    Lower,
    /// `Varga`
    Capitalized,
    /// `NATO`, `U.S.`
    Upper,
    /// `F.` in `John F. Kennedy`
    Initial,
    /// `2,000`
    Number,
    /// `,`
    Punct,
}

/// A personal pronoun that can stand for a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    They,
    It,
    I,
    We,
}

impl Pronoun {
    /// The gender `he` and `she` tell.
    pub(crate) fn gender(self) -> Option<Gender> {
        match self {
            Pronoun::He => Some(Gender::Male),
            Pronoun::She => Some(Gender::Female),
            _ => None,
        }
    }

    /// A pronoun of the lexicon's language (`er`, `elle`, `ella`), read as
    /// the English one of its person, gender and number.
    fn listed(lexicon: &newsclip_lexicon::Lexicon, word: &str) -> Option<Pronoun> {
        let pronoun = lexicon.pronoun(word)?;
        Some(match (pronoun.person(), pronoun.is_plural(), pronoun.gender()) {
            (1, Some(true), _) => Pronoun::We,
            (1, _, _) => Pronoun::I,
            (3, Some(true), _) => Pronoun::They,
            (3, _, Some(Gender::Male)) => Pronoun::He,
            (3, _, Some(Gender::Female)) => Pronoun::She,
            _ => return None,
        })
    }

    fn of(word: &str) -> Option<Pronoun> {
        // Every pronoun here starts with one of these letters: most words fail on the first byte.
        if !word.as_bytes().first().is_some_and(|b| matches!(b | 0x20, b'h' | b's' | b't' | b'i' | b'w')) {
            return None;
        }
        // "he's", "she'd", "they’ve": the pronoun with a clitic.
        let word = word.split(['\'', '’']).next().unwrap_or(word);
        Some(match word {
            "he" | "He" | "HE" => Pronoun::He,
            "she" | "She" | "SHE" => Pronoun::She,
            "they" | "They" | "THEY" => Pronoun::They,
            "it" | "It" | "IT" => Pronoun::It,
            "I" => Pronoun::I,
            "we" | "We" | "WE" => Pronoun::We,
            _ => return None,
        })
    }
}

/// A word (or punctuation token) of the narration.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word<'a> {
    pub(crate) span: Span,
    pub(crate) text: &'a str,
    pub(crate) shape: Shape,
    pub(crate) info: WordInfo,
    pub(crate) pronoun: Option<Pronoun>,
    /// Set on the first word of a cue.
    pub(crate) cue: Option<Cue>,
    /// Whether blank space comes right before the word.
    pub(crate) spaced: bool,
}

impl Word<'_> {
    pub(crate) fn is(&self, text: &str) -> bool {
        self.text.eq_ignore_ascii_case(text)
    }

    /// Ends a possessive: `Council's`, `Reuters’`.
    pub(crate) fn is_possessive(&self) -> bool {
        ["'s", "’s", "'S", "’S"].iter().any(|s| self.text.ends_with(s))
    }

    /// The word without a possessive ending.
    pub(crate) fn stem(&self) -> &str {
        if self.is_possessive() {
            let cut = self.text.len() - if self.text.ends_with("’s") || self.text.ends_with("’S") { 4 } else { 2 };
            self.text.get(..cut).unwrap_or(self.text)
        } else {
            self.text
        }
    }

    /// A word that can be part of a proper name (not a lone capital: the `T` of `T-shirts`).
    pub(crate) fn is_name_like(&self) -> bool {
        match self.shape {
            Shape::Capitalized => !self.info.stop && self.text.chars().nth(1).is_some(),
            Shape::Upper | Shape::Initial => !self.info.stop,
            _ => false,
        }
    }

    pub(crate) fn ends_sentence(&self) -> bool {
        self.shape == Shape::Punct && self.text.chars().all(is_terminal_punctuation)
    }
}

/// One item of a region.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Item<'a> {
    Word(Word<'a>),
    /// A segment of the outermost quotation with this index.
    Quote(usize),
}

impl<'a> Item<'a> {
    pub(crate) fn word(&self) -> Option<&Word<'a>> {
        match self {
            Item::Word(word) => Some(word),
            Item::Quote(_) => None,
        }
    }
}

/// The word at `items[k]`, if that item is a word.
pub(crate) fn word_at<'i, 'a>(items: &'i [Item<'a>], k: usize) -> Option<&'i Word<'a>> {
    items.get(k).and_then(Item::word)
}

/// Whether `items[k]` ends a sentence: terminal punctuation that is neither
/// inside parentheses (`(D-Mo.)`) nor followed by a comma or a lowercase word.
pub(crate) fn ends_sentence_at(items: &[Item<'_>], k: usize) -> bool {
    let Some(word) = items.get(k).and_then(Item::word) else { return false };
    word.ends_sentence()
        && match items.get(k + 1) {
            Some(Item::Word(next)) => !matches!(next.text, ")" | "," | "]") && next.shape != Shape::Lower,
            _ => true,
        }
}

/// Whether `items` narrate: some word is a lowercase content word. A heading
/// or a title-case headline (`Mayor Vows to Fix Every Road`) does not.
pub(crate) fn narrates(items: &[Item<'_>]) -> bool {
    items.iter().filter_map(Item::word).any(|w| w.shape == Shape::Lower && !w.info.stop)
}

/// A headline or paragraph.
#[derive(Clone, Debug)]
pub(crate) struct Region<'a> {
    pub(crate) is_title: bool,
    pub(crate) items: Vec<Item<'a>>,
}

/// A quotation with where it sits.
#[derive(Clone, Debug)]
pub(crate) struct Placed {
    pub(crate) quotation: Quotation,
    pub(crate) in_title: bool,
    /// (region index, item index) of each segment.
    pub(crate) places: Vec<(usize, usize)>,
}

impl Placed {
    pub(crate) fn first_place(&self) -> (usize, usize) {
        self.places.first().copied().unwrap_or_default()
    }

    pub(crate) fn last_place(&self) -> (usize, usize) {
        self.places.last().copied().unwrap_or_default()
    }
}

/// The prepared document.
#[derive(Clone, Debug)]
pub(crate) struct Document<'a> {
    pub(crate) text: &'a str,
    pub(crate) regions: Vec<Region<'a>>,
    pub(crate) quotes: Vec<Placed>,
    /// Whether the language capitalizes every noun (German): a capital alone
    /// makes no name there.
    pub(crate) nouns_capitalized: bool,
}

impl<'a> Document<'a> {
    /// The document of `layout`'s regions of `text`, read afresh.
    #[cfg(test)]
    pub(crate) fn new(text: &'a str, layout: &newsclip_text::Layout) -> Document<'a> {
        Document::of(&Analysis::new(text, layout, crate::lexicon::lexicon()))
    }

    /// The document of the regions of an analysis: the headline first, if any, then the paragraphs.
    pub(crate) fn of(analysis: &Analysis<'a>) -> Document<'a> {
        let text = analysis.text();
        let mut quotes: Vec<Placed> = Vec::new();
        let title: Vec<Span> =
            analysis.regions().iter().filter(|r| r.kind == RegionKind::Title).map(|r| r.span).collect();
        for quotation in quotations(text, &title) {
            quotes.push(Placed { quotation, in_title: true, places: Vec::new() });
        }
        let body: Vec<Span> =
            analysis.regions().iter().filter(|r| r.kind == RegionKind::Paragraph).map(|r| r.span).collect();
        for mut quotation in quotations(text, &body) {
            quotation.first_region += title.len();
            quotes.push(Placed { quotation, in_title: false, places: Vec::new() });
        }
        let regions = Self::build_regions(analysis, &mut quotes);
        Document { text, regions, quotes, nouns_capitalized: analysis.lexicon().capitalizes_nouns() }
    }

    fn build_regions(analysis: &Analysis<'a>, quotes: &mut [Placed]) -> Vec<Region<'a>> {
        let text = analysis.text();
        // The analysis lists the headline first, as the quotations count regions.
        let spans: Vec<(Span, bool, &[Lexeme])> =
            analysis.regions().iter().map(|r| (r.span, r.kind == RegionKind::Title, analysis.lexemes(r))).collect();
        // The segments of every quotation, per region, in order.
        let mut by_region: Vec<Vec<(Span, usize)>> = vec![Vec::new(); spans.len()];
        for (index, placed) in quotes.iter().enumerate() {
            for (k, segment) in placed.quotation.segments.iter().enumerate() {
                if let Some(list) = by_region.get_mut(placed.quotation.first_region + k) {
                    list.push((segment.outer(), index));
                }
            }
        }
        let mut regions = Vec::with_capacity(spans.len());
        for (r, &(span, is_title, lexemes)) in spans.iter().enumerate() {
            let segments = &by_region[r];
            let mut items = Vec::new();
            let mut next_segment = 0;
            let mut prev_end = span.start;
            for lexeme in lexemes {
                let token_span = lexeme.span;
                while let Some(&(outer, index)) = segments.get(next_segment) {
                    if outer.start >= token_span.end {
                        break;
                    }
                    items.push(Item::Quote(index));
                    if let Some(place) = quotes.get_mut(index) {
                        place.places.push((r, items.len() - 1));
                    }
                    prev_end = outer.end;
                    next_segment += 1;
                }
                if segments[..next_segment].last().is_some_and(|&(outer, _)| outer.overlaps(token_span)) {
                    continue;
                }
                let spaced = token_span.start > prev_end;
                prev_end = token_span.end;
                let token_text = token_span.get(text).unwrap_or_default();
                items.push(Item::Word(make_word(analysis, lexeme, token_text, spaced)));
            }
            while let Some(&(_, index)) = segments.get(next_segment) {
                items.push(Item::Quote(index));
                if let Some(place) = quotes.get_mut(index) {
                    place.places.push((r, items.len() - 1));
                }
                next_segment += 1;
            }
            unstop_acronyms(&mut items);
            mark_cues(analysis.lexicon(), text, span, &mut items, is_title);
            mark_passive_cues(&mut items);
            regions.push(Region { is_title, items });
        }
        regions
    }

    /// The quotation a `Quote` item stands for.
    pub(crate) fn quotation(&self, index: usize) -> Option<&Placed> {
        self.quotes.get(index)
    }

    /// The span of `regions[region].items[k]`: a word, or the marks and words
    /// of a quotation's segment.
    pub(crate) fn item_span(&self, region: usize, k: usize) -> Option<Span> {
        match self.regions.get(region)?.items.get(k)? {
            Item::Word(word) => Some(word.span),
            Item::Quote(index) => {
                let placed = self.quotes.get(*index)?;
                let segment = placed.places.iter().position(|&place| place == (region, k))?;
                placed.quotation.segments.get(segment).map(|s| s.outer())
            }
        }
    }

    /// Whether `regions[region].items[k]` ends a sentence: terminal
    /// punctuation, or a quotation whose words end one.
    pub(crate) fn item_ends_sentence(&self, region: usize, k: usize) -> bool {
        let Some(items) = self.regions.get(region).map(|r| &r.items) else { return false };
        match items.get(k) {
            Some(Item::Word(_)) => ends_sentence_at(items, k),
            Some(Item::Quote(index)) => self.quote_ends_sentence(*index, items.get(k + 1)),
            None => false,
        }
    }

    /// Whether the quotation with this index ends a sentence where it stands
    /// (its words end in `.`, `?` or `!` and a new sentence follows).
    pub(crate) fn quote_ends_sentence(&self, index: usize, following: Option<&Item<'_>>) -> bool {
        let Some(placed) = self.quotes.get(index) else { return false };
        let Some(last) = placed.quotation.segments.last() else { return false };
        let inner = &self.text[last.inner];
        let ends = inner
            .trim_end_matches(|c: char| newsclip_text::QuoteGlyph::of_char(c).is_some() || c.is_whitespace())
            .chars()
            .next_back()
            .is_some_and(is_terminal_punctuation);
        ends && match following {
            None => true,
            Some(Item::Quote(_)) => true,
            Some(Item::Word(w)) => w.shape != Shape::Lower && w.shape != Shape::Punct,
        }
    }
}

fn make_word<'a>(analysis: &Analysis<'a>, lexeme: &Lexeme, text: &'a str, spaced: bool) -> Word<'a> {
    let span = lexeme.span;
    // The analysis reads a possessive without its ending; these rules read the whole token.
    let casing = if lexeme.is_possessive() { Casing::of(text) } else { lexeme.casing };
    let shape = match lexeme.kind {
        TokenKind::Punctuation => Shape::Punct,
        TokenKind::Number => Shape::Number,
        _ => match casing {
            Casing::Lower | Casing::Uncased => Shape::Lower,
            // A lone capital without its full stop is a word (`A`, `I`), not an initial.
            Casing::Initial if text.ends_with('.') => Shape::Initial,
            Casing::Initial | Casing::Capitalized => Shape::Capitalized,
            Casing::Upper => Shape::Upper,
        },
    };
    let mut info = if shape == Shape::Punct || shape == Shape::Number {
        WordInfo::default()
    } else if lexeme.is_possessive() {
        word_info(text)
    } else {
        WordInfo::of(analysis.entry(lexeme))
    };
    if shape == Shape::Upper && info.is(WordClass::CountryName) {
        info.stop = false; // "US" is not "us"
    }
    let pronoun = if shape == Shape::Lower || shape == Shape::Capitalized || shape == Shape::Upper {
        Pronoun::of(text).or_else(|| Pronoun::listed(analysis.lexicon(), text))
    } else {
        None
    };
    Word { span, text, shape, info, pronoun, cue: None, spaced }
}

/// In mixed-case text a lone word in capitals that spells a function word is
/// an acronym (`said WHO chief …`, `the US`), not the word; in capitals set
/// beside other capitals (`READ MORE`, a headline in capitals) it is the word.
fn unstop_acronyms(items: &mut [Item<'_>]) {
    let is_upper = |k: usize| items.get(k).and_then(Item::word).is_some_and(|w| w.shape == Shape::Upper);
    let acronyms: Vec<usize> = (0..items.len())
        .filter(|&k| {
            items[k].word().is_some_and(|w| w.shape == Shape::Upper && w.info.stop && w.pronoun.is_none())
                && !is_upper(k + 1)
                && !k.checked_sub(1).is_some_and(is_upper)
        })
        .collect();
    for k in acronyms {
        if let Some(Item::Word(word)) = items.get_mut(k) {
            word.info.stop = false;
        }
    }
}

/// Drops cues used in the passive or as a question ("was asked", "when told"),
/// except a passive with its agent ("was asked by host Dana Wolfe"), which names the speaker after it.
fn mark_passive_cues(items: &mut [Item<'_>]) {
    for i in 1..items.len() {
        let passive = match (&items[i - 1], &items[i]) {
            (Item::Word(prev), Item::Word(word)) if word.cue.is_some_and(|c| c.class != CueClass::By) => {
                prev.info.is(WordClass::CueBlocker)
            }
            _ => false,
        };
        if passive {
            // `was asked by host Dana Wolfe, “…”`: the agent speaks.
            let agent = items.get(i + 1).and_then(Item::word).is_some_and(|w| w.is("by"));
            if let Item::Word(word) = &mut items[i] {
                word.cue = word.cue.filter(|_| agent).map(|cue| Cue { class: CueClass::By, ..cue });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsclip_text::Layout;

    #[test]
    fn quotations_stand_as_items_among_words() {
        let text = "“We are ready,” she said, “to talk.”";
        let doc = Document::new(text, &Layout::of_clean_text(text));
        let shape: Vec<String> = doc.regions[0]
            .items
            .iter()
            .map(|item| match item {
                Item::Word(w) => w.text.to_string(),
                Item::Quote(q) => format!("Q{q}"),
            })
            .collect();
        assert_eq!(shape, ["Q0", "she", "said", ",", "Q1"]);
        assert_eq!(doc.quotes[1].places, [(0, 4)]);
        let said = doc.regions[0].items[2].word().and_then(|w| w.cue);
        assert!(said.is_some());
    }

    #[test]
    fn title_quotations_are_marked() {
        let text = "Leaders ‘Committed’ to Peace\n\nThe talks went on.";
        let layout = Layout { title: Some(Span::new(0, 30)), paragraphs: vec![Span::new(32, text.len())] };
        let doc = Document::new(text, &layout);
        assert_eq!(doc.quotes.len(), 1);
        assert!(doc.quotes[0].in_title);
        assert_eq!(doc.regions.len(), 2);
    }

    #[test]
    fn passive_cues_are_dropped() {
        let text = "When asked, he was told to wait.";
        let doc = Document::new(text, &Layout::of_clean_text(text));
        assert!(doc.regions[0].items.iter().filter_map(Item::word).all(|w| w.cue.is_none()));
    }

    #[test]
    fn shapes() {
        let text = "John F. Kennedy of NATO said 2,000.";
        let doc = Document::new(text, &Layout::of_clean_text(text));
        let shapes: Vec<Shape> = doc.regions[0].items.iter().filter_map(Item::word).map(|w| w.shape).collect();
        use Shape::*;
        assert_eq!(shapes, [Capitalized, Initial, Capitalized, Lower, Upper, Lower, Number, Punct]);
    }
}
