//! Document-wide propagation: a name found with evidence in one place is a
//! mention wherever else it occurs, including headlines, capitals-only lines
//! and sentence starts where capitals say nothing.
//!
//! The forms of the names are looked up by hash at the words they start
//! with: an automaton built per document would cost more than the rest of
//! tagging a short article.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use newsclip_text::Span;

use crate::candidate::{resolve, Candidate, Label, Strength};
use crate::doc::{self, Doc, OrdinaryOpeners, Region, Word};
use crate::gazetteer::on_word_boundaries;
use crate::lexicon;
use crate::word_map::WordMap;

/// Adds the other occurrences of found people and institutions to `mentions`.
pub(crate) fn propagate(doc: &Doc<'_>, mentions: Vec<Candidate>, ordinary: &OrdinaryOpeners<'_>) -> Vec<Candidate> {
    let mentions = drop_unsupported_surnames(doc.text, mentions);
    let names = Names::of(doc.text, &mentions);
    if names.is_empty() {
        return mentions;
    }
    let mut added = Vec::new();
    for region in &doc.regions {
        names.find(doc.text, region, ordinary, &mut added);
    }
    // A country that is also a person's name in this document (`Michael
    // Jordan` … `Jordan scored`) is that person; a name that the document
    // shows to be an institution (`the Gazeta daily` … `Gazeta said`) is no
    // person where the evidence for one is weaker.
    let mut all: Vec<Candidate> = mentions
        .into_iter()
        .filter(|m| {
            let is_place = matches!(m.label, Label::Country(_) | Label::Place);
            let weak_person = m.label == Label::Person && m.strength < Strength::Strong;
            let text = m.span.get(doc.text).unwrap_or_default();
            !(is_place && names.is_person(text) || weak_person && names.is_institution(text))
        })
        .collect();
    for candidate in &mut all {
        candidate.strength = Strength::Strong;
    }
    all.extend(added);
    resolve(all)
}

/// The most tokens a name can have and still be found elsewhere: enough for
/// `Organisation for Security and Co-operation in Europe`, and a bound that
/// keeps the search linear.
const MAX_NAME_TOKENS: usize = 16;

/// The names found with evidence and the forms to look for elsewhere: a
/// person's full name, surname and (East Asian order) family name, an
/// institution's name.
struct Names<'a> {
    forms: Vec<Form<'a>>,
    /// Each form as written, with its index in `forms`.
    exact: HashMap<&'a str, usize>,
    /// Each form in ASCII lowercase: the search ignores case, then checks it.
    folded: HashMap<String, usize>,
    /// The first word of every form in lowercase, with the lengths in bytes
    /// of the forms it starts, longest first: where a search may start, and
    /// the only stretches worth looking up there.
    first_words: WordMap<String, Vec<usize>>,
}

struct Form<'a> {
    text: &'a str,
    label: Label,
    canonical: Option<crate::candidate::Canonical>,
}

impl<'a> Names<'a> {
    fn of(text: &'a str, mentions: &[Candidate]) -> Names<'a> {
        let mut names = Names {
            forms: Vec::new(),
            exact: HashMap::default(),
            folded: HashMap::default(),
            first_words: WordMap::new(),
        };
        for mention in mentions {
            let Some(name) = mention.span.get(text) else { continue };
            if names.has_forms_of(name, mention.label) {
                continue;
            }
            let forms: Vec<&str> = match mention.label {
                Label::Person => {
                    let mut forms = vec![name];
                    let words: Vec<&str> = name.split_whitespace().collect();
                    if words.len() > 1 {
                        forms.extend(words.last().copied());
                        // `Wang Lijun` … `Wang`: family name first.
                        forms.extend(words.first().copied().filter(|w| lexicon::is_surname_first(w)));
                    }
                    forms
                }
                Label::Institution => vec![name],
                _ => continue,
            };
            for form in forms {
                if form.chars().count() >= 2 && !names.exact.contains_key(form) {
                    names.add(Form { text: form, label: mention.label, canonical: mention.canonical });
                }
            }
        }
        names
    }

    fn add(&mut self, form: Form<'a>) {
        let index = self.forms.len();
        self.exact.insert(form.text, index);
        self.folded.entry(form.text.to_ascii_lowercase()).or_insert(index);
        if let Some(first) = newsclip_text::tokens(form.text).next() {
            let lengths = self.first_words.get_or_insert(doc::lowercase(first.text), Vec::new());
            if let Err(at) = lengths.binary_search_by(|l| form.text.len().cmp(l)) {
                lengths.insert(at, form.text.len());
            }
        }
        self.forms.push(form);
    }

    /// Whether a mention `name` would add no form: names repeat, and each
    /// time would cost the look-ups of all their forms.
    fn has_forms_of(&self, name: &str, label: Label) -> bool {
        let Some(known) = self.exact.get(name).and_then(|&i| self.forms.get(i)) else { return false };
        // A person's full name added its surname too; a one-word name has no other form.
        label != Label::Person || known.label == Label::Person || !name.contains(char::is_whitespace)
    }

    fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Whether `text` is written exactly as a form of a person's name.
    fn is_person(&self, text: &str) -> bool {
        self.is_form_of(text, Label::Person)
    }

    /// Whether `text` is written exactly as an institution's name.
    fn is_institution(&self, text: &str) -> bool {
        self.is_form_of(text, Label::Institution)
    }

    fn is_form_of(&self, text: &str, label: Label) -> bool {
        self.exact.get(text).and_then(|&i| self.forms.get(i)).is_some_and(|f| f.label == label)
    }

    /// Adds the occurrences of the names in `region`: left to right, at each
    /// word the longest form in any case, kept if its case fits.
    fn find(&self, text: &str, region: &Region<'_>, ordinary: &OrdinaryOpeners<'_>, out: &mut Vec<Candidate>) {
        let words = &region.words;
        let mut key = String::new();
        let mut i = 0;
        while let Some(word) = words.get(i) {
            let found = self
                .first_words
                .get(region.lowercase(word.lower, word.text))
                .and_then(|lengths| self.longest_at(text, words, i, lengths, &mut key));
            let Some((end, span, form)) = found else {
                i += 1;
                continue;
            };
            let written = span.get(text).unwrap_or_default();
            let exact = written == form.text;
            // In headlines and capitals-only lines the name may be in capitals;
            // elsewhere it is written as found, and not as a sentence's first
            // word that the document also writes in lowercase (`Such a spell`).
            let fits = if region.weak_case {
                exact || !written.chars().any(char::is_lowercase)
            } else {
                exact && !is_ordinary_word(written, word, ordinary)
            };
            if fits && on_word_boundaries(text, span) {
                let mut candidate = Candidate::new(span, form.label, Strength::Weak, crate::rules::MENTION_REPEAT);
                candidate.canonical = form.canonical;
                out.push(candidate);
            }
            i = end;
        }
    }

    /// The longest form, in any case, that the words from `first` on spell,
    /// trying the `lengths` of the forms that start with that word: the index
    /// of the word after it, its span and the form.
    fn longest_at(
        &self,
        text: &str,
        words: &[Word<'_>],
        first: usize,
        lengths: &[usize],
        key: &mut String,
    ) -> Option<(usize, Span, &Form<'a>)> {
        let start = words.get(first)?.span.start;
        let candidates = words.get(first..words.len().min(first + MAX_NAME_TOKENS))?;
        lengths.iter().find_map(|&length| {
            let end = start + length;
            let last = candidates.iter().position(|w| w.span.end >= end)?;
            if candidates.get(last)?.span.end != end {
                return None;
            }
            let span = Span::new(start, end);
            key.clear();
            key.push_str(span.get(text)?);
            key.make_ascii_lowercase();
            let form = self.folded.get(key.as_str()).and_then(|&i| self.forms.get(i))?;
            Some((first + last + 1, span, form))
        })
    }
}

/// Whether `found`, opening a sentence with `first`, is a word the document
/// also writes in lowercase.
fn is_ordinary_word(found: &str, first: &Word<'_>, ordinary: &OrdinaryOpeners<'_>) -> bool {
    first.opens && ordinary.contains(&doc::lowercase(found))
}

/// News introduces a person by full name before using the surname alone, so
/// a one-word name with only weak evidence (`Cofinec said`) stands only if a
/// fuller name in the document has it after its first word: as the surname,
/// or as the middle name some people go by (`Lula` of `Luiz Inácio Lula da Silva`).
fn drop_unsupported_surnames(text: &str, mentions: Vec<Candidate>) -> Vec<Candidate> {
    let surnames: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.label == Label::Person)
        .filter_map(|m| m.span.get(text))
        .flat_map(|name| name.split_whitespace().skip(1))
        .collect();
    mentions
        .into_iter()
        .filter(|m| !m.needs_full_name || m.span.get(text).is_some_and(|t| surnames.contains(t)))
        .collect()
}

#[cfg(test)]
mod tests {
    use newsclip_text::{Layout, Span};

    use crate::{EntityKind, Tagger};

    #[test]
    fn names_found_in_the_body_are_found_in_a_capitals_only_title() {
        let text = "OKONJO WINS AGAIN\nThe race was won by Amara Okonjo of the Harlow Athletics Club. Okonjo led.";
        let title_end = text.find('\n').expect("a title line");
        let layout =
            Layout { title: Some(Span::new(0, title_end)), paragraphs: vec![Span::new(title_end + 1, text.len())] };
        let entities = Tagger::new().tag(text, &layout);
        let person = entities.iter().find(|e| e.kind == EntityKind::Person).expect("a person");
        assert_eq!(person.mentions.iter().map(|m| m.text).collect::<Vec<_>>(), ["OKONJO", "Amara Okonjo", "Okonjo"]);
    }

    #[test]
    fn a_longer_name_in_another_case_is_not_searched_inside() {
        let text = "Coach Van der Berg said the team was ready. Flanker Zwelo van der Berg was the inspiration.";
        let entities = Tagger::new().tag(text, &Layout::of_clean_text(text));
        let mentions: Vec<&str> = entities.iter().flat_map(|e| e.mentions.iter().map(|m| m.text)).collect();
        assert!(!mentions.contains(&"Berg"), "{mentions:?}");
    }

    #[test]
    fn an_ordinary_word_at_a_sentence_start_is_not_a_surname() {
        let text = "Peter Such bowled well. Such a spell is rare, and such days are few.";
        let entities = Tagger::new().tag(text, &Layout::of_clean_text(text));
        let person = entities.iter().find(|e| e.kind == EntityKind::Person).expect("a person");
        assert_eq!(person.mentions.len(), 1);
    }
}
