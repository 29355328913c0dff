//! Document-wide propagation: a name found with evidence in one place is a
//! mention wherever else it occurs, including headlines, capitals-only lines
//! and sentence starts where capitals say nothing.

use std::collections::HashSet;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use newsclip_text::Span;

use crate::candidate::{resolve, Candidate, Label, Strength};
use crate::doc::Doc;
use crate::doc::Region;
use crate::gazetteer::on_word_boundaries;
use crate::lexicon;

/// Adds the other occurrences of found people and institutions to `mentions`.
pub(crate) fn propagate(doc: &Doc<'_>, mentions: Vec<Candidate>, lowercase_words: &HashSet<String>) -> Vec<Candidate> {
    let mentions = drop_unsupported_surnames(doc.text, mentions);
    let mut names: Vec<String> = Vec::new();
    let mut labels: Vec<(Label, Option<&'static str>)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for mention in &mentions {
        let Some(text) = mention.span.get(doc.text) else { continue };
        let forms: Vec<&str> = match mention.label {
            Label::Person => {
                let mut forms = vec![text];
                let words: Vec<&str> = text.split_whitespace().collect();
                if words.len() > 1 {
                    forms.extend(words.last().copied());
                    // `Wang Lijun` … `Wang`: family name first.
                    forms.extend(words.first().copied().filter(|w| lexicon::is_surname_first(w)));
                }
                forms
            }
            Label::Institution => vec![text],
            _ => continue,
        };
        for form in forms {
            if form.chars().count() < 2 || seen.contains(form) {
                continue;
            }
            seen.insert(form.to_owned());
            names.push(form.to_owned());
            labels.push((mention.label, mention.canonical));
        }
    }
    if names.is_empty() {
        return mentions;
    }
    let Ok(automaton) = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build(&names)
    else {
        return mentions;
    };
    let mut added = Vec::new();
    for region in &doc.regions {
        for found in automaton.find_iter(region.text) {
            let span = Span::new(found.start(), found.end());
            let Some(text) = span.get(region.text) else { continue };
            let (Some(name), Some(&(label, canonical))) =
                (names.get(found.pattern().as_usize()), labels.get(found.pattern().as_usize()))
            else {
                continue;
            };
            if !on_word_boundaries(region.text, span) {
                continue;
            }
            let exact = text == name;
            let allowed = if region.weak_case {
                exact || text.chars().all(|c| !c.is_lowercase())
            } else {
                exact && !(starts_sentence(region, span) && lowercase_words.contains(&text.to_lowercase()))
            };
            if allowed {
                let mut candidate = Candidate::new(span.offset(region.span.start), label, Strength::Weak);
                candidate.canonical = canonical;
                added.push(candidate);
            }
        }
    }
    // A country that is also a person's name in this document (`Michael
    // Jordan` … `Jordan scored`) is that person.
    let surnames: HashSet<&str> =
        names.iter().zip(&labels).filter(|(_, (l, _))| *l == Label::Person).map(|(n, _)| n.as_str()).collect();
    let mut all: Vec<Candidate> = mentions
        .into_iter()
        .filter(|m| {
            let is_place = matches!(m.label, Label::Country(_) | Label::Place);
            !(is_place && m.span.get(doc.text).is_some_and(|t| surnames.contains(t)))
        })
        .collect();
    for candidate in &mut all {
        candidate.strength = Strength::Strong;
    }
    all.extend(added);
    resolve(all)
}

fn starts_sentence(region: &Region<'_>, local: Span) -> bool {
    let at = local.start + region.span.start;
    let i = region.words.partition_point(|w| w.span.start < at);
    region.words.get(i).is_some_and(|w| w.span.start == at && w.opens)
}

/// News introduces a person by full name before using the surname alone, so
/// a one-word name with only weak evidence (`Cofinec said`) stands only if a
/// fuller name in the document ends with it.
fn drop_unsupported_surnames(text: &str, mentions: Vec<Candidate>) -> Vec<Candidate> {
    let surnames: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.label == Label::Person)
        .filter_map(|m| m.span.get(text))
        .filter_map(|name| name.split_whitespace().nth(1).and(name.split_whitespace().last()))
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
    fn an_ordinary_word_at_a_sentence_start_is_not_a_surname() {
        let text = "Peter Such bowled well. Such a spell is rare, and such days are few.";
        let entities = Tagger::new().tag(text, &Layout::of_clean_text(text));
        let person = entities.iter().find(|e| e.kind == EntityKind::Person).expect("a person");
        assert_eq!(person.mentions.len(), 1);
    }
}
