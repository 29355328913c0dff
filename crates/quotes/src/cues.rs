//! The cue lexicon (`data/cues.txt`): speech verbs and attribution phrases,
//! found in a text with one Aho-Corasick automaton.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;

use newsclip_text::Span;

use crate::lexicon::entries;

/// How a cue relates to its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// A finite speech verb; its subject is the speaker ("she said").
    Say,
    /// A finite speech verb that may also precede its subject right after a
    /// quotation ("…,” said Ms. Lee).
    SayInverted,
    /// A participle continuing the clause of an earlier speaker ("adding that").
    Participle,
    /// A phrase after which the speaker is named ("according to").
    By,
    /// A verb of naming quoting a fragment ("called the plan “reckless”").
    Call,
}

impl CueClass {
    fn parse(tag: Option<&str>) -> CueClass {
        match tag {
            Some("say+") => CueClass::SayInverted,
            Some("ing") => CueClass::Participle,
            Some("by") => CueClass::By,
            Some("call") => CueClass::Call,
            _ => CueClass::Say,
        }
    }

    /// Whether the speaker is the subject written before the cue.
    pub(crate) const fn takes_subject(self) -> bool {
        matches!(self, CueClass::Say | CueClass::SayInverted | CueClass::Call)
    }
}

/// A cue found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    /// The words of the cue ("went on to add").
    pub(crate) span: Span,
    /// How it relates to its speaker.
    pub(crate) class: CueClass,
}

struct CueLexicon {
    automaton: AhoCorasick,
    classes: Vec<CueClass>,
}

static CUES: Lazy<CueLexicon> = Lazy::new(|| {
    let (phrases, classes): (Vec<&str>, Vec<CueClass>) =
        entries(include_str!("../data/cues.txt")).map(|(phrase, tag)| (phrase, CueClass::parse(tag))).unzip();
    let automaton = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(phrases)
        .unwrap_or_else(|err| unreachable!("the cue lexicon compiles: {err}"));
    CueLexicon { automaton, classes }
});

/// The cues in `text[region]`, as whole words, in order. In running text a cue
/// must be written in lowercase (so "State" and "Post" in names are not cues),
/// except an inverted one or `according to` opening a sentence ("Said Ms. Lee: …"); `title_case`
/// lifts that for headlines ("State Department Says").
pub(crate) fn find_cues(text: &str, region: Span, title_case: bool) -> Vec<Cue> {
    let Some(haystack) = region.get(text) else { return Vec::new() };
    CUES.automaton
        .find_iter(haystack)
        .filter_map(|m| {
            let class = CUES.classes.get(m.pattern().as_usize()).copied().unwrap_or(CueClass::Say);
            let before = haystack[..m.start()].chars().next_back();
            let after = haystack[m.end()..].chars().next();
            let whole_word = !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char);
            let word = &haystack[m.start()..m.end()];
            let lowercase = word.chars().next().is_some_and(char::is_lowercase);
            // "Asked about the plan, she said …" opens a participial phrase, not an inversion.
            let inverted_opener = matches!(class, CueClass::SayInverted | CueClass::By)
                && !word.eq_ignore_ascii_case("asked")
                && opens_sentence(&haystack[..m.start()]);
            (whole_word && (title_case || lowercase || inverted_opener))
                .then(|| Cue { span: Span::new(m.start(), m.end()).offset(region.start), class })
        })
        .collect()
}

/// Whether a word after `before` opens a sentence.
fn opens_sentence(before: &str) -> bool {
    before
        .trim_end_matches(newsclip_text::is_blank_char)
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':') || newsclip_text::QuoteGlyph::of_char(c).is_some())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<(&str, CueClass)> {
        find_cues(text, Span::new(0, text.len()), false).into_iter().map(|c| (&text[c.span], c.class)).collect()
    }

    #[test]
    fn finds_single_and_multi_word_cues() {
        assert_eq!(
            cues("Varga went on to say it, adding that, according to him, it was said."),
            [
                ("went on to say", CueClass::SayInverted),
                ("adding", CueClass::Participle),
                ("according to", CueClass::By),
                ("said", CueClass::SayInverted)
            ]
        );
    }

    #[test]
    fn whole_lowercase_words_only() {
        assert_eq!(cues("the sayings of the United States Post"), []);
        assert_eq!(cues("Asked about it. Said Ms. Lee: yes."), [("Said", CueClass::SayInverted)]);
        assert_eq!(cues("unsaid, resaid"), []);
        let title = "State Department Says";
        let found = find_cues(title, Span::new(0, title.len()), true);
        assert_eq!(found.iter().map(|c| &title[c.span]).collect::<Vec<_>>(), ["Says"]);
    }
}
