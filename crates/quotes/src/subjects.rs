//! The subject of a cue: the mention before it (past adverbs, a parenthesis,
//! an appositive between commas, a prepositional phrase), the mentions after
//! it (`according to X`, `said X`), and the subject opening a clause.

use crate::cues::{takes_subject, Cue, CueClass};
use crate::document::{ends_sentence_at, narrates, word_at as word, Item, Shape, Word};
use crate::lexicon::{speaks_for_institution, WordClass};
use crate::mentions::{affiliation_after, mention_ending_at, mention_starting_at, Mention, MentionKind};
use crate::SpeakerKind;

/// The mention right before the participle at `items[c]` (past adverbs),
/// unless a comma comes between or the mention is the object of a preposition
/// (`a letter to members saying`).
pub(crate) fn direct_subject(text: &str, items: &[Item<'_>], c: usize, lo: usize) -> Option<Vec<Mention>> {
    let mut e = c.checked_sub(1)?;
    while e > lo && word(items, e).is_some_and(is_modifier) {
        e -= 1;
    }
    if word(items, e).is_some_and(|w| w.text == ",") {
        return None;
    }
    let (mentions, start) = subject_before(text, items, c, lo)?;
    // `footage of Navarro asking` and `with Navarro shouting` have Navarro speak;
    // `a letter to members saying` has no speaker.
    let object = start
        .checked_sub(1)
        .and_then(|k| word(items, k))
        .is_some_and(|w| is_preposition(w) && !w.is("of") && !w.is("with"));
    (!object).then_some(mentions)
}

/// The subject of the nearest earlier cue in `items[lo..c]`.
pub(crate) fn earlier_cue_subject(text: &str, items: &[Item<'_>], lo: usize, c: usize) -> Option<Vec<Mention>> {
    (lo..c).rev().find_map(|k| {
        let cue = word(items, k)?.cue?;
        takes_subject(cue.class).then(|| subject_before(text, items, k, lo)).flatten().map(|(m, _)| m)
    })
}

/// Whether `word` is a preposition whose object does not speak ("posted on Twitter:").
pub(crate) fn is_preposition(word: &Word<'_>) -> bool {
    word.info.is(WordClass::Preposition)
}

/// How many introductory phrases and places a subject may come after.
const MAX_INTRODUCTIONS: usize = 4;

/// The subject of the sentence `items[lo..hi]`: the mention opening it, past
/// a dateline (`WASHINGTON —`), a conjunction, and an introductory phrase
/// ending in a comma.
pub(crate) fn clause_subject(text: &str, items: &[Item<'_>], lo: usize, hi: usize) -> Option<Mention> {
    let mut start = skip_punctuation(items, lo, hi);
    let dateline =
        (start..hi.min(start + 8)).find(|&k| word(items, k).is_some_and(|w| matches!(w.text, "—" | "–" | "--")));
    if let Some(dash) = dateline {
        let caps = (start..dash).all(|k| word(items, k).is_some_and(|w| w.shape != Shape::Lower));
        if caps && word(items, start).is_some_and(|w| w.shape == Shape::Upper) {
            start = dash + 1;
        }
    }
    // "But Varga said", "Meanwhile Ines Navarro, who …", "However, the minister …"
    if word(items, start).is_some_and(|w| w.info.is(WordClass::Conjunction)) {
        start += 1;
    }
    if word(items, start).is_some_and(|w| w.info.is(WordClass::SentenceAdverb)) {
        start = skip_punctuation(items, start + 1, hi);
    }
    // "In a statement, …", "Appearing before supporters, …"
    let participial =
        |w: &Word<'_>| w.shape == Shape::Capitalized && (w.text.ends_with("ing") || w.text.ends_with("ed"));
    let introduces = |w: &Word<'_>| w.info.is(WordClass::Introducer) || is_preposition(w);
    let introduced = word(items, start).is_some_and(|w| introduces(w) || participial(w));
    if !introduced {
        // "the port director, Lina Osei, was blunt": the name in apposition.
        let (mut mentions, _) = mentions_from(text, items, start, hi)?;
        return Some(mentions.swap_remove(0));
    }
    // The introduction runs to a comma, and on over places and further
    // phrases: "Speaking in Dover, Delaware, Navarro went on", "At a rally in
    // Dover, Delaware, on Saturday, supporters cheered".
    let past_comma = |from: usize| (from..hi).find(|&k| word(items, k).is_some_and(|w| w.text == ",")).map(|k| k + 1);
    start = past_comma(start)?;
    for _ in 0..MAX_INTRODUCTIONS {
        if word(items, start).is_some_and(introduces) {
            start = past_comma(start)?;
            continue;
        }
        let (mut mentions, end) = mentions_from(text, items, start, hi)?;
        let first = mentions.swap_remove(0);
        let place = first.is_name() && word(items, end).is_some_and(|w| w.text == ",");
        if !place {
            return Some(first);
        }
        if word(items, end + 1).is_some_and(introduces) {
            start = end + 1;
            continue;
        }
        // The subject after the place, unless it is one more apposition: "In Oslo, Navarro, the mayor, said".
        let after =
            mentions_from(text, items, end + 1, hi).filter(|&(_, e)| word(items, e).is_some_and(|w| w.text != ","));
        return Some(after.map_or(first, |(mut next, _)| next.swap_remove(0)));
    }
    None
}

/// Who the sentence `items[lo..hi]` is about: the speaker of its first
/// speech verb (`The plan, Ann Lee said, would fail`; `… is wrong, said Ann
/// Lee, a lawyer.`), else the subject opening it.
pub(crate) fn sentence_subject(text: &str, items: &[Item<'_>], lo: usize, hi: usize) -> Option<Mention> {
    // A heading ("Story Continues Below", "Life After the Flood") is about nobody.
    if !narrates(items.get(lo..hi).unwrap_or_default()) {
        return None;
    }
    let speech = (lo..hi).find_map(|c| {
        let cue = word(items, c)?.cue?;
        matches!(cue.class, CueClass::Say | CueClass::SayInverted).then_some((c, cue))
    });
    let speaker = speech.and_then(|(c, cue)| {
        let inverted =
            cue.class == CueClass::SayInverted && c > lo && word(items, c - 1).is_some_and(|w| w.text == ",");
        let after = inverted.then(|| mentions_from(text, items, skip_modifiers(items, cue_end(items, c, cue), hi), hi));
        let closes = |end: usize| end >= hi || word(items, end).is_some_and(|w| w.text == "," || w.ends_sentence());
        match after.flatten() {
            Some((mut mentions, end)) if mentions.len() == 1 && closes(end) => mentions.pop(),
            _ => subject_before(text, items, c, lo)
                .and_then(|(mut mentions, _)| (mentions.len() == 1).then(|| mentions.pop()).flatten()),
        }
    });
    speaker.or_else(|| clause_subject(text, items, lo, hi))
}

/// The item after the last word of a cue that starts at `items[k]`.
pub(crate) fn cue_end(items: &[Item<'_>], k: usize, cue: Cue) -> usize {
    let mut end = k + 1;
    while word(items, end).is_some_and(|w| w.span.end <= cue.span.end) {
        end += 1;
    }
    end
}

fn is_modifier(w: &Word<'_>) -> bool {
    w.info.modifier || (w.shape == Shape::Lower && w.text.len() > 4 && w.text.ends_with("ly"))
}

pub(crate) fn skip_modifiers(items: &[Item<'_>], mut k: usize, hi: usize) -> usize {
    while k < hi && word(items, k).is_some_and(is_modifier) {
        k += 1;
    }
    k
}

/// The mentions starting at `items[start]` (past the `by` of a passive): one,
/// or two joined by `and`; a
/// common noun followed by a name in apposition gives the name
/// (`said his lawyer, Ann Lee,`).
pub(crate) fn mentions_from(text: &str, items: &[Item<'_>], start: usize, hi: usize) -> Option<(Vec<Mention>, usize)> {
    let start = if word(items, start).is_some_and(|w| w.is("by")) { start + 1 } else { start };
    let (first, end) = mention_starting_at(text, items, start, hi)?;
    if !first.is_name() && !first.is_pronoun() && word(items, end).is_some_and(|w| w.text == ",") {
        if let Some((name, name_end)) = mention_starting_at(text, items, end + 1, hi).filter(|(m, _)| m.is_name()) {
            let closed = name_end >= hi || word(items, name_end).is_some_and(|w| w.text == "," || w.ends_sentence());
            if closed {
                return Some((vec![name], name_end));
            }
        }
    }
    if word(items, end).is_some_and(|w| w.is("and")) {
        if let Some((second, end2)) = mention_starting_at(text, items, end + 1, hi) {
            if second.is_name() && first.is_name() {
                return Some((vec![first, second], end2));
            }
        }
    }
    Some((vec![first], end))
}

/// The subject of the cue at `items[c]`: the mention ending right before it
/// (past adverbs and auxiliaries, a parenthesis, or an appositive between
/// commas), and a second one joined by `and`. Returns the mentions and the
/// index of the first item of the subject.
pub(crate) fn subject_before(text: &str, items: &[Item<'_>], c: usize, floor: usize) -> Option<(Vec<Mention>, usize)> {
    let mut e = c.checked_sub(1)?;
    while e > floor && word(items, e).is_some_and(is_modifier) {
        e -= 1;
    }
    if e < floor {
        return None;
    }
    e = skip_parenthesis(items, e, floor)?;
    let (mention, start) = if word(items, e).is_some_and(|w| w.text == ",") {
        appositive_subject(text, items, e, floor)?
    } else {
        mention_ending_at(text, items, e, floor)?
    };
    // `Jane Roe of the Acme Institute said`, `protesters marching through the
    // streets chanted`: the head before the prepositional phrase speaks.
    let (mention, start) = match head_before_preposition(text, items, floor, start) {
        // `A spokeswoman for the ministry said`: the ministry speaks through her.
        Some((mut head, head_start)) => {
            if head.affiliation.is_none() && speaks_for(&head) {
                head.affiliation = affiliation_after(text, items, start.saturating_sub(1), c).map(|(m, _)| Box::new(m));
            }
            (head, head_start)
        }
        None => (mention, start),
    };
    // `A and B said`
    if start >= floor + 2 && word(items, start - 1).is_some_and(|w| w.is("and")) {
        if let Some((other, other_start)) = mention_ending_at(text, items, start - 2, floor) {
            if other.is_name() && mention.is_name() {
                return Some((vec![other, mention], other_start));
            }
        }
    }
    Some((vec![mention], start))
}

/// Whether a description names people who speak for an institution (`a spokeswoman`, `officials`).
pub(crate) fn speaks_for(mention: &Mention) -> bool {
    matches!(&mention.kind, MentionKind::Nominal { head, .. } if speaks_for_institution(head))
}

/// The mention before a preposition that opens at `items[start - 1]`, past a
/// participle (`protesters marching through`), when there is one.
fn head_before_preposition(text: &str, items: &[Item<'_>], floor: usize, start: usize) -> Option<(Mention, usize)> {
    let preposition = start.checked_sub(1).filter(|&k| k > floor)?;
    if !word(items, preposition).is_some_and(is_preposition) {
        return None;
    }
    let mut end = preposition - 1;
    let participle = |w: &Word<'_>| w.shape == Shape::Lower && (w.text.ends_with("ing") || w.text.ends_with("ed"));
    if end > floor && word(items, end).is_some_and(participle) {
        end -= 1;
    }
    let (head, head_start) = mention_ending_at(text, items, end, floor)?;
    let personal = match &head.kind {
        MentionKind::Name { kind, .. } | MentionKind::Nominal { kind, .. } => {
            matches!(kind, SpeakerKind::Person | SpeakerKind::Group)
        }
        MentionKind::Pronoun(_) => true,
    };
    personal.then_some((head, head_start))
}

/// `Omar Haddad, the agency's spokesman, said`: the subject is the name
/// before the appositive, or the name inside it when the first is a common
/// noun (`Google's chief executive, Jane Roe, said`). Returns the mention and
/// the first item of the whole construction.
fn appositive_subject(text: &str, items: &[Item<'_>], comma: usize, floor: usize) -> Option<(Mention, usize)> {
    let lower = comma.saturating_sub(25).max(floor);
    let open = (lower..comma).rev().find(|&k| match &items[k] {
        Item::Quote(_) => true,
        Item::Word(w) => w.text == "," || ends_sentence_at(items, k),
    });
    let Some(open) = open.filter(|&k| word(items, k).is_some_and(|w| w.text == ",")) else {
        // No opening comma: the stretch before the comma is the subject itself,
        // unless it is an introductory phrase ("Put simply, explained …").
        let end = skip_parenthesis(items, comma.checked_sub(1)?, floor)?;
        let (mention, start) = mention_ending_at(text, items, end, floor)?;
        let object = start.checked_sub(1).and_then(|k| word(items, k)).is_some_and(is_preposition);
        return (!object).then_some((mention, start));
    };
    let head_end = open.checked_sub(1).filter(|&e| e >= floor).and_then(|e| skip_parenthesis(items, e, floor));
    let head = head_end.and_then(|e| mention_ending_at(text, items, e, floor));
    let inner = (open + 1..comma).find_map(|k| mention_starting_at(text, items, k, comma).map(|(m, _)| (m, k)));
    // The construction starts where the head does, whichever mention is chosen.
    let start = head.as_ref().map_or(open + 1, |(_, s)| *s);
    let chosen = match (head, inner) {
        (Some(head), _) if head.0.is_name() || head.0.is_pronoun() => Some(head.0),
        (_, Some(inner)) if inner.0.is_name() => Some(inner.0),
        (head, inner) => head.or(inner).map(|(m, _)| m),
    };
    chosen.map(|m| (m, start))
}

/// Steps back over a parenthesis ending at `items[e]` (`Sen. Jane Roe (D-Ore.)`):
/// the item before it, or `e` itself when there is none.
fn skip_parenthesis(items: &[Item<'_>], e: usize, floor: usize) -> Option<usize> {
    if word(items, e).is_none_or(|w| w.text != ")") {
        return Some(e);
    }
    let open = (e.saturating_sub(10).max(floor)..e).rev().find(|&k| word(items, k).is_some_and(|w| w.text == "("))?;
    open.checked_sub(1).filter(|&k| k >= floor)
}

pub(crate) fn skip_punctuation(items: &[Item<'_>], mut k: usize, hi: usize) -> usize {
    while k < hi && word(items, k).is_some_and(|w| matches!(w.text, "," | "—" | "–" | "-" | "(" | ";")) {
        k += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use newsclip_text::Layout;

    /// The subject of the last cue of `text`, as written.
    fn subject(text: &str) -> Vec<String> {
        let doc = Document::new(text, &Layout::of_clean_text(text));
        let items = &doc.regions[0].items;
        let Some(c) = items.iter().rposition(|i| i.word().is_some_and(|w| w.cue.is_some())) else { return Vec::new() };
        let found = subject_before(text, items, c, 0).map(|(m, _)| m).unwrap_or_default();
        found.iter().map(|m| text[m.span].to_string()).collect()
    }

    fn opening(text: &str) -> Option<String> {
        let doc = Document::new(text, &Layout::of_clean_text(text));
        let items = &doc.regions[0].items;
        clause_subject(text, items, 0, items.len()).map(|m| text[m.span].to_string())
    }

    #[test]
    fn subjects_past_adverbs_parentheses_and_appositives() {
        assert_eq!(subject("Varga later also said"), ["Varga"]);
        assert_eq!(subject("Sen. Jane Roe (D-Ore.) said"), ["Jane Roe"]);
        assert_eq!(subject("Omar Haddad, the agency's spokesman, said"), ["Omar Haddad"]);
        assert_eq!(subject("the agency's chief, Omar Diallo, said"), ["Omar Diallo"]);
    }

    #[test]
    fn subjects_before_prepositional_phrases_and_in_pairs() {
        assert_eq!(subject("Jane Roe of the Acme Institute said"), ["Jane Roe"]);
        assert_eq!(subject("Farmers marching through the valley chanted"), ["Farmers"]);
        assert_eq!(subject("Anna Berg and Omar Diallo said"), ["Anna Berg", "Omar Diallo"]);
    }

    #[test]
    fn clause_subjects_past_datelines_and_introductions() {
        assert_eq!(opening("WASHINGTON — The senator spoke"), Some("The senator".to_string()));
        assert_eq!(opening("In a statement on Monday, Jane Roe spoke"), Some("Jane Roe".to_string()));
        assert_eq!(opening("But he spoke"), Some("he".to_string()));
        assert_eq!(opening("the port director, Lina Osei, spoke"), Some("Lina Osei".to_string()));
    }
}
