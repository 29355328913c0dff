//! Document-wide propagation: a name found with evidence in one place is a
//! mention wherever else it occurs, including headlines, capitals-only lines
//! and sentence starts where capitals say nothing.

use std::collections::HashSet;

use aho_corasick::{AhoCorasick, MatchKind};
use newsclip_text::Span;

use crate::candidate::{resolve, Candidate, Label, Strength};
use crate::doc::Doc;
use crate::gazetteer::on_word_boundaries;

/// Adds the other occurrences of found people and institutions to `mentions`.
pub(crate) fn propagate(doc: &Doc<'_>, mentions: Vec<Candidate>, lowercase_words: &HashSet<String>) -> Vec<Candidate> {
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
    let Ok(automaton) =
        AhoCorasick::builder().ascii_case_insensitive(true).match_kind(MatchKind::LeftmostLongest).build(&names)
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
    let mut all = mentions;
    for candidate in &mut all {
        candidate.strength = Strength::Strong;
    }
    all.extend(added);
    resolve(all)
}

fn starts_sentence(region: &crate::doc::Region<'_>, local: Span) -> bool {
    let at = local.start + region.span.start;
    region.words.iter().find(|w| w.span.start == at).is_some_and(|w| w.opens)
}
