//! Speaker mentions read off the narration: proper names with their titles
//! (`Secretary of State Paul R. Varga`), nominals (`the spokeswoman`,
//! `officials`, `the ministry`) and pronouns.
//!
//! Names are found from capitalization alone: a run of capitalized words,
//! joined by particles (`de`, `van`) and by `of` after a title or an
//! institution word (`Ministry of Defense`), and cut at possessives
//! (`National Water Council's Leon Dahl` is Leon Dahl). The last title in
//! a run separates the role from the name.

use newsclip_text::chunk::{Chunker, RunWords};
use newsclip_text::Span;

use crate::document::{word_at as word, Item, Pronoun, Shape, Word};
pub(crate) use crate::lexicon::Gender;
use crate::lexicon::{
    courtesy_gender, given_name_gender, is, is_country, speaks_for_institution, Nominal, Title, WordClass,
};
use crate::SpeakerKind;

/// What a mention is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A proper name: `name` without titles, words separated by single spaces.
    Name { name: String, kind: SpeakerKind, gender: Option<Gender> },
    /// A pronoun.
    Pronoun(Pronoun),
    /// A common-noun phrase; `head` is its lowercase head noun, `text` the
    /// phrase without its determiner, and `definite` tells `the spokeswoman`
    /// (someone already met) from `a spokeswoman`.
    /// `count` is how many the phrase says it names: `the two leaders`, `both agencies`.
    Nominal { kind: SpeakerKind, head: String, text: String, definite: bool, count: Option<usize> },
}

/// A mention of a (possible) speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    /// The words as written.
    pub(crate) span: Span,
    pub(crate) kind: MentionKind,
    /// Lowercase role words written with the name ("spokesperson", "senator").
    pub(crate) roles: Vec<String>,
    /// The institution a description of people who speak for one names:
    /// `FCA` in `an FCA spokesman`, `the port` in `officials at the port`.
    pub(crate) affiliation: Option<Box<Mention>>,
}

impl Mention {
    pub(crate) fn is_name(&self) -> bool {
        matches!(self.kind, MentionKind::Name { .. })
    }

    pub(crate) fn is_pronoun(&self) -> bool {
        matches!(self.kind, MentionKind::Pronoun(_))
    }
}

pub(crate) fn is_determiner(word: &Word<'_>) -> bool {
    word.info.is(WordClass::Determiner)
}

pub(crate) fn is_name_part(word: &Word<'_>) -> bool {
    word.is_name_like() && word.pronoun.is_none() && word.cue.is_none()
}

/// Whether `items[k]` joins the name words on its two sides: a particle
/// (`Charles de Gaulle`), `of` after a title or institution word, `on` or
/// `for` after an institution word, the apostrophe of a plural possessive
/// before one (`Teachers’ Union`), or a hyphen written without spaces
/// (`Jean-Pierre`).
fn joins_name(items: &[Item<'_>], k: usize) -> bool {
    let (Some(left), Some(mid), Some(right)) =
        (k.checked_sub(1).and_then(|l| word(items, l)), word(items, k), word(items, k + 1))
    else {
        return false;
    };
    if !is_name_part(left) || left.is_possessive() || !is_name_part(right) {
        return false;
    }
    if mid.is("of") {
        return left.info.title.is_some() || left.info.institution;
    }
    // "Commission on Human Rights", "Council for Economic Affairs"
    if mid.is("on") || mid.is("for") {
        return left.info.institution;
    }
    // "Employers' Confederation", "Teachers’ Union"
    if matches!(mid.text, "'" | "’") {
        return !mid.spaced && right.spaced && left.text.ends_with('s') && right.info.institution;
    }
    let hyphen = mid.text == "-" && !mid.spaced && !right.spaced;
    hyphen || (mid.shape == Shape::Lower && mid.info.is(WordClass::Particle))
}

/// The items as name words for the chunker: name parts joined by particles, `of` and the like
/// ([`joins_name`]) or by a particle hyphenated to the next name (`al-` in `al-Ansari`), cut
/// after possessives.
struct NameItems<'i, 'a>(&'i [Item<'a>]);

impl RunWords for NameItems<'_, '_> {
    fn is_part(&self, i: usize) -> bool {
        word(self.0, i).is_some_and(is_name_part)
    }

    fn is_joiner(&self, i: usize) -> bool {
        let items = self.0;
        joins_name(items, i)
            || is_particle_prefix(items, i)
            || i.checked_sub(1).is_some_and(|p| is_particle_prefix(items, p))
    }

    fn ends_after(&self, i: usize) -> bool {
        word(self.0, i).is_some_and(Word::is_possessive)
    }
}

/// The chunker of names: two joiners at most (a hyphenated particle).
const NAMES: Chunker = Chunker::new(2);

/// The first item of the name run that ends at `end` (inclusive), not before `floor`; a
/// hyphenated particle may open it (`al-Ansari`).
pub(crate) fn name_run_start(items: &[Item<'_>], end: usize, floor: usize) -> Option<usize> {
    let start = NAMES.start(&NameItems(items), end, floor);
    if start > end {
        return None;
    }
    let prefixed = start >= floor + 2 && is_particle_prefix(items, start - 2);
    Some(if prefixed { start - 2 } else { start })
}

/// Whether `items[k]` is a particle hyphenated to the name word after it:
/// `al-` in `al-Ansari`, `el-` in `el-Sisi`.
fn is_particle_prefix(items: &[Item<'_>], k: usize) -> bool {
    let (Some(particle), Some(hyphen), Some(name)) = (word(items, k), word(items, k + 1), word(items, k + 2)) else {
        return false;
    };
    hyphen.text == "-"
        && !hyphen.spaced
        && !name.spaced
        && particle.shape == Shape::Lower
        && is_name_part(name)
        && particle.info.is(WordClass::Particle)
}

/// The item after the name run that starts at `start`, not past `ceil`.
pub(crate) fn name_run_end(items: &[Item<'_>], start: usize, ceil: usize) -> usize {
    NAMES.end(&NameItems(items), start, ceil)
}

/// Reads the name run `items[start..=end]`.
pub(crate) fn name_mention(text: &str, items: &[Item<'_>], start: usize, end: usize) -> Option<Mention> {
    let words: Vec<&Word<'_>> = (start..=end).filter_map(|k| word(items, k)).collect();
    let last = *words.last()?;
    // A capitalized group noun alone is no name: "Villagers complained", "Officials said".
    if words.len() == 1 && last.info.nominal == Some(Nominal::Speaker(SpeakerKind::Group)) {
        return Some(nominal(text, last.span.start, last, SpeakerKind::Group));
    }
    // A lone title after a determiner is a nominal: "the President".
    if words.len() == 1 {
        let det = start.checked_sub(1).and_then(|k| word(items, k)).filter(|w| is_determiner(w));
        if let (Some(det), Some(_)) = (det, last.info.title.or(last.info.nominal.map(|_| Title::Role))) {
            let kind = match last.info.nominal {
                Some(Nominal::Speaker(kind)) => kind,
                _ => SpeakerKind::Person,
            };
            return Some(nominal(text, det.span.start, last, kind));
        }
    }
    let roles: Vec<String> = words.iter().filter(|w| w.info.title.is_some()).map(|w| w.text.to_lowercase()).collect();
    // The name follows the last role or courtesy title (never the last word itself)
    // and its qualifiers: "Secretary of State Paul Varga".
    let is_role = |w: &&Word<'_>| matches!(w.info.title, Some(Title::Role | Title::Honorific));
    let role_end = words[..words.len() - 1].iter().rposition(is_role).map_or(0, |t| t + 1);
    let qualifiers = words[role_end..words.len() - 1]
        .iter()
        .take_while(|w| w.is("of") || w.info.title == Some(Title::Portfolio))
        .count();
    let name_from = if role_end > 0 { role_end + qualifiers } else { 0 };
    let name_words = &words[name_from..];
    let institution = if role_end > 0 {
        name_words.iter().any(|w| w.info.institution) || last.info.listed_institution
    } else {
        words.iter().any(|w| w.info.institution)
            || last.info.listed_institution
            || (words.len() == 1 && last.shape == Shape::Upper && !is_country(last.stem()))
    };
    let det_before = start.checked_sub(1).and_then(|k| word(items, k)).filter(|w| w.is("the"));
    if institution {
        let from = words.iter().take_while(|w| w.info.title == Some(Title::Honorific)).count().min(words.len() - 1);
        let name = join_words(&words[from..]);
        let span_start = det_before.map_or(words[from].span.start, |d| d.span.start);
        return Some(Mention {
            span: Span::new(span_start, last.span.start + last.stem().len()),
            kind: MentionKind::Name { name, kind: SpeakerKind::Institution, gender: None },
            roles: Vec::new(),
            affiliation: None,
        });
    }
    // Capitalized words before a given name are not part of the name: "Builders Omar Haddad".
    let given = name_words.iter().position(|w| given_name_gender(w.text).is_some());
    let name_words = match given {
        Some(g) if g > 0 && name_words.len() - g >= 2 => &name_words[g..],
        _ => name_words,
    };
    let name = join_words(name_words);
    let kind = if is_country(&name) { SpeakerKind::Country } else { SpeakerKind::Person };
    // Keep a courtesy title in the mention: "Mr. Lindqvist".
    let honorific = words
        .iter()
        .position(|w| w.span == name_words[0].span)
        .and_then(|k| k.checked_sub(1))
        .and_then(|k| words.get(k))
        .filter(|w| w.info.title == Some(Title::Honorific));
    let given_name = (name_words.len() > 1).then(|| given_name_gender(name_words[0].text)).flatten();
    let gender = honorific.and_then(|w| courtesy_gender(w.text)).or(given_name);
    let first = honorific.copied().unwrap_or(name_words[0]);
    Some(Mention {
        span: Span::new(first.span.start, last.span.start + last.stem().len()),
        kind: MentionKind::Name { name, kind, gender },
        roles,
        affiliation: None,
    })
}

/// The words' stems joined by single spaces ("State Department's" gives "State Department").
fn join_words(words: &[&Word<'_>]) -> String {
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 && w.spaced && !out.ends_with('-') {
            out.push(' ');
        }
        out.push_str(w.stem());
    }
    out
}

fn nominal(text: &str, start: usize, head: &Word<'_>, kind: SpeakerKind) -> Mention {
    let span = Span::new(start, head.span.end);
    let written = span.get(text).unwrap_or(head.text);
    let without_det = written.split_once(char::is_whitespace).filter(|(first, _)| is(first, WordClass::Determiner));
    let bare = without_det.map_or(written, |(_, rest)| rest);
    let definite =
        without_det.is_some_and(|(det, _)| ["the", "this", "that"].iter().any(|d| det.eq_ignore_ascii_case(d)));
    let text = bare.split_whitespace().collect::<Vec<_>>().join(" ");
    let count = without_det.and_then(|(det, _)| counted(det));
    // `both men`: several people, whatever the noun's number looks like.
    let kind = if count.is_some() && kind == SpeakerKind::Person { SpeakerKind::Group } else { kind };
    Mention {
        span,
        kind: MentionKind::Nominal { kind, head: head.text.to_lowercase(), text, definite, count },
        roles: vec![head.text.to_lowercase()],
        affiliation: None,
    }
}

/// How many a counting determiner says: `both`, `two`, `three`.
fn counted(determiner: &str) -> Option<usize> {
    match determiner.to_lowercase().as_str() {
        "both" | "two" => Some(2),
        "three" => Some(3),
        _ => None,
    }
}

/// The mention that ends at `items[end]`, not reaching before `floor`, with
/// the index of its first item.
pub(crate) fn mention_ending_at(text: &str, items: &[Item<'_>], end: usize, floor: usize) -> Option<(Mention, usize)> {
    let last = word(items, end)?;
    if let Some(pronoun) = last.pronoun {
        let mention =
            Mention { span: last.span, kind: MentionKind::Pronoun(pronoun), roles: Vec::new(), affiliation: None };
        return Some((mention, end));
    }
    if is_name_part(last) && !last.is_possessive() {
        let start = name_run_start(items, end, floor)?;
        let mention = name_mention(text, items, start, end)?;
        let first = (floor..=start).rev().find(|&k| word(items, k).is_some_and(|w| w.span.start <= mention.span.start));
        return Some((mention, first.unwrap_or(start)));
    }
    if last.shape != Shape::Lower {
        return None;
    }
    let known = match last.info.nominal {
        Some(Nominal::Speaker(kind)) => Some(kind),
        Some(Nominal::Document) => Some(SpeakerKind::Institution),
        None if is_plain_noun(last) => None,
        None => return None,
    };
    // Walk back over modifiers to a determiner: "the independent Oregon senator".
    let mut start = end;
    let mut determined = false;
    while start > floor && end - start < 6 {
        let Some(prev) = word(items, start - 1) else { break };
        if is_determiner(prev) {
            start -= 1;
            determined = true;
            break;
        }
        let hyphen = prev.text == "-" && !prev.spaced && word(items, start).is_some_and(|w| !w.spaced);
        // The number of a compound ("the 61-year-old") or a year ("a 2008 campaign veteran"), a count ("the two officials").
        let number = (prev.shape == Shape::Number
            && word(items, start).is_some_and(|w| (w.text == "-" && !w.spaced) || is_plain_noun(w) || is_name_part(w)))
            || counted(prev.text).is_some();
        let modifier = is_name_part(prev) || prev.is_possessive() || is_plain_noun(prev) || hyphen || number;
        if !modifier {
            break;
        }
        start -= 1;
    }
    if !determined {
        // Without a determiner only capitalized modifiers count: "White House officials".
        start =
            (start..end).find(|&k| word(items, k).is_some_and(|w| is_name_part(w) || w.is_possessive())).unwrap_or(end);
        while start < end && word(items, start).is_some_and(|w| w.shape == Shape::Lower) {
            start += 1;
        }
        // A noun outside the lexicon needs a determiner or a possessor: "Google's executive".
        let possessed = start < end && word(items, start).is_some_and(|w| w.is_possessive() || is_name_part(w));
        if known.is_none() && !possessed {
            return None;
        }
    }
    let kind = known.unwrap_or(if looks_plural(last.text) { SpeakerKind::Group } else { SpeakerKind::Person });
    let first = word(items, start)?;
    let mut mention = nominal(text, first.span.start, last, kind);
    if speaks_for_institution(last.text) {
        mention.affiliation = affiliation_within(text, items, start, end).map(Box::new);
    }
    Some((mention, start))
}

/// The name written among the modifiers of a description of people who
/// speak for an institution, `items[start..end]`: `FCA` in `an FCA
/// spokesman`, `Harbour Trust` in `a Harbour Trust spokeswoman`.
/// Else an institution noun among them: `police` in `a police spokesperson`.
fn affiliation_within(text: &str, items: &[Item<'_>], start: usize, end: usize) -> Option<Mention> {
    if let Some(run) = (start..end).find(|&k| word(items, k).is_some_and(is_name_part)) {
        let run_end = name_run_end(items, run, end);
        return name_mention(text, items, run, run_end.checked_sub(1)?);
    }
    let institution = (start..end).rev().find_map(|k| {
        word(items, k)
            .filter(|w| w.shape == Shape::Lower && w.info.nominal == Some(Nominal::Speaker(SpeakerKind::Institution)))
    })?;
    Some(nominal(text, institution.span.start, institution, SpeakerKind::Institution))
}

/// The institution after a description of people who speak for one, at
/// `items[k]`: `for the ministry`, `at the port`, `of Acme`, `with the
/// union`, with the index after it.
pub(crate) fn affiliation_after(text: &str, items: &[Item<'_>], k: usize, ceil: usize) -> Option<(Mention, usize)> {
    let preposition = word(items, k)?;
    if !["for", "at", "of", "with", "from"].iter().any(|p| preposition.is(p)) {
        return None;
    }
    let (mention, end) = mention_starting_at(text, items, k + 1, ceil)?;
    let institutional = match &mention.kind {
        MentionKind::Name { .. } => true,
        MentionKind::Nominal { kind, .. } => *kind == SpeakerKind::Institution,
        MentionKind::Pronoun(_) => false,
    };
    institutional.then_some((mention, end))
}

/// A lowercase word that can be a noun or its modifier: not a function word,
/// an adverb, an auxiliary or a cue.
pub(crate) fn is_plain_noun(word: &Word<'_>) -> bool {
    word.shape == Shape::Lower
        && !word.info.stop
        && !word.info.modifier
        && word.cue.is_none()
        && word.pronoun.is_none()
        && word.text.chars().all(|c| c.is_alphabetic() || c == '-')
        && !word.text.ends_with("ly")
}

fn looks_plural(noun: &str) -> bool {
    noun.ends_with('s') && !noun.ends_with("ss") && !noun.ends_with("us")
}

/// The mention that starts at `items[start]`, not reaching `ceil`, with the
/// index one past its last item.
pub(crate) fn mention_starting_at(
    text: &str,
    items: &[Item<'_>],
    start: usize,
    ceil: usize,
) -> Option<(Mention, usize)> {
    let first = word(items, start)?;
    if let Some(pronoun) = first.pronoun {
        let mention =
            Mention { span: first.span, kind: MentionKind::Pronoun(pronoun), roles: Vec::new(), affiliation: None };
        return Some((mention, start + 1));
    }
    let mut k = start;
    if is_determiner(first) {
        k += 1;
    }
    let mut last = None;
    while k < ceil {
        let Some(w) = word(items, k) else { break };
        if is_name_part(w) {
            let end = name_run_end(items, k, ceil);
            last = Some(end - 1);
            k = end;
            if word(items, end - 1).is_some_and(|w| !w.is_possessive()) && !next_continues_phrase(items, k) {
                // The name modifies a noun: "Navarro supporters", "Local farmers".
                let head = word(items, k).filter(|_| k < ceil);
                if head.is_some_and(|n| n.shape == Shape::Lower && n.info.nominal.is_some() && n.info.title.is_none()) {
                    last = Some(k);
                }
                break;
            }
        } else if w.shape == Shape::Lower && w.info.nominal.is_some() && w.info.title.is_none() {
            last = Some(k);
            // A compound ends at its last noun: "the committee chair", "party leaders".
            let compound = word(items, k + 1)
                .is_some_and(|n| n.shape == Shape::Lower && (n.info.nominal.is_some() || n.info.title.is_some()));
            if !compound || k + 1 >= ceil {
                break;
            }
            k += 1;
        } else if w.shape == Shape::Lower && w.info.title.is_some() {
            last = Some(k);
            k += 1;
        } else if is_plain_noun(w) && next_continues_phrase(items, k) {
            k += 1; // a role noun before a name: "BBC moderator Lena Hart", "interviewer Rosa Quint"
        } else if w.shape == Shape::Lower
            && k > start
            && k + 1 < ceil
            && !w.info.stop
            && !w.info.modifier
            && w.cue.is_none()
            && word(items, k + 1).is_some_and(|n| n.shape == Shape::Lower && n.info.nominal.is_some())
        {
            k += 1; // an adjective before a nominal head: "a senior official"
        } else {
            break;
        }
    }
    if last.is_none() && is_determiner(first) {
        // "the announcer", "the self-taught Leeds resident": a determiner,
        // modifiers, and a plain noun for head.
        // Numbers and counts too: "a 34-year-old teacher", "a 2008 campaign veteran", "the two officials".
        let modifiers = (start + 1..ceil.min(start + 9)).take_while(|&j| {
            word(items, j).is_some_and(|w| {
                is_plain_noun(w)
                    || is_name_part(w)
                    || (w.text == "-" && !w.spaced)
                    || w.shape == Shape::Number
                    || counted(w.text).is_some()
            })
        });
        let head = modifiers.filter(|&j| word(items, j).is_some_and(is_plain_noun)).last();
        if let Some(head) = head {
            let (mention, _) = mention_ending_at(text, items, head, start)?;
            return Some((mention, head + 1));
        }
    }
    let last = last?;
    if word(items, last).is_some_and(|w| w.is_possessive()) {
        // "Holm's dad": the possessor's relative, not the possessor.
        let head = (last + 1..ceil.min(last + 5)).take_while(|&j| word(items, j).is_some_and(is_plain_noun)).last();
        if let Some(head) = head {
            let (mention, _) = mention_ending_at(text, items, head, start)?;
            return Some((mention, head + 1));
        }
    }
    let head = word(items, last)?;
    if head.shape == Shape::Lower && head.info.nominal.is_none() {
        // A role word heads the phrase: "Varga's partner".
        let (mention, _) = mention_ending_at(text, items, last, start)?;
        return Some((mention, last + 1));
    }
    if head.shape == Shape::Lower && head.info.nominal.is_some() {
        let (mention, _) = mention_ending_at(text, items, last, start)?;
        if head.info.nominal == Some(Nominal::Document) {
            // "a statement by the ministry": the author speaks.
            let mut after = last + 1;
            if word(items, after).is_some_and(|w| w.is("issued") || w.is("released") || w.is("posted")) {
                after += 1;
            }
            if word(items, after).is_some_and(|w| w.is("by") || w.is("from") || w.is("of")) {
                if let Some(found) = mention_starting_at(text, items, after + 1, ceil) {
                    return Some(found);
                }
            }
        }
        // "a spokeswoman for the ministry", "officials at the port": the institution speaks.
        if speaks_for_institution(head.text) {
            if let Some((affiliation, end)) = affiliation_after(text, items, last + 1, ceil) {
                let mention = Mention { affiliation: Some(Box::new(affiliation)), ..mention };
                return Some((mention, end));
            }
        }
        return Some((mention, last + 1));
    }
    let run_start = name_run_start(items, last, start)?;
    let mention = name_mention(text, items, run_start, last)?;
    Some((mention, last + 1))
}

/// After a name run, whether more of the same noun phrase follows: a
/// lowercase title, or role nouns leading to another name ("White House press
/// secretary Tom Berg", "BBC moderator Lena Hart").
fn next_continues_phrase(items: &[Item<'_>], k: usize) -> bool {
    let Some(w) = word(items, k) else { return false };
    if w.shape == Shape::Lower && w.info.title.is_some() {
        return true;
    }
    // A role noun, not a verb: "moderator", but not "attacked" or "says".
    let role_like = |n: &Word<'_>| {
        (n.shape == Shape::Lower && n.info.title.is_some())
            || (is_plain_noun(n) && !n.text.ends_with("ed") && !n.text.ends_with("ing") && !n.text.ends_with('s'))
    };
    role_like(w) && (k + 1..k + 4).map_while(|j| word(items, j)).find(|n| !role_like(n)).is_some_and(is_name_part)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use newsclip_text::Layout;

    fn items_of(text: &str) -> Document<'_> {
        Document::new(text, &Layout::of_clean_text(text))
    }

    fn before(text: &str, end_word: &str) -> Option<(String, String)> {
        let doc = items_of(text);
        let items = &doc.regions[0].items;
        let end = items.iter().rposition(|i| i.word().is_some_and(|w| w.text == end_word))?;
        let (m, _) = mention_ending_at(text, items, end, 0)?;
        Some((text[m.span].to_string(), describe(&m)))
    }

    fn after(text: &str, start_word: &str) -> Option<(String, String)> {
        let doc = items_of(text);
        let items = &doc.regions[0].items;
        let start = items.iter().position(|i| i.word().is_some_and(|w| w.text == start_word))?;
        let (m, _) = mention_starting_at(text, items, start, items.len())?;
        Some((text[m.span].to_string(), describe(&m)))
    }

    fn describe(m: &Mention) -> String {
        match &m.kind {
            MentionKind::Name { name, kind, .. } => format!("{kind:?}:{name}"),
            MentionKind::Pronoun(p) => format!("{p:?}"),
            MentionKind::Nominal { kind, text, .. } => format!("{kind:?}~{text}"),
        }
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn names_lose_roles_and_possessors() {
        assert_eq!(
            before("Transport Ministry's Principal Deputy Spokesperson Karin Holm told", "Holm"),
            pair("Karin Holm", "Person:Karin Holm")
        );
        assert_eq!(before("National Water Council's Leon Dahl told", "Dahl"), pair("Leon Dahl", "Person:Leon Dahl"));
        assert_eq!(
            before("Secretary of State Paul R. Varga said", "Varga"),
            pair("Paul R. Varga", "Person:Paul R. Varga")
        );
        assert_eq!(before("so Mr. Lindqvist said", "Lindqvist"), pair("Mr. Lindqvist", "Person:Lindqvist"));
    }

    #[test]
    fn institutions_and_countries() {
        assert_eq!(
            before("The Norwegian Ministry of Fisheries", "Fisheries"),
            pair("The Norwegian Ministry of Fisheries", "Institution:Norwegian Ministry of Fisheries")
        );
        assert_eq!(before("said the Kremlin", "Kremlin"), pair("the Kremlin", "Institution:Kremlin"));
        assert_eq!(before("and Russia", "Russia"), pair("Russia", "Country:Russia"));
    }

    #[test]
    fn nominals() {
        assert_eq!(
            before("and the independent Oregon senator", "senator"),
            pair("the independent Oregon senator", "Person~independent Oregon senator")
        );
        assert_eq!(
            before("White House officials", "officials"),
            pair("White House officials", "Group~White House officials")
        );
        assert_eq!(before("as the Department", "Department"), pair("the Department", "Institution~Department"));
    }

    #[test]
    fn forward_mentions() {
        assert_eq!(
            after("said study author Dr. Ines Navarro, a cardiologist", "study"),
            pair("Dr. Ines Navarro", "Person:Ines Navarro")
        );
        assert_eq!(after("said White House press secretary Tom Berg.", "White"), pair("Tom Berg", "Person:Tom Berg"));
        assert_eq!(
            after("according to a statement by the Danish Ministry of Culture.", "a"),
            pair("the Danish Ministry of Culture", "Institution:Danish Ministry of Culture")
        );
        assert_eq!(after("according to a US official who", "a"), pair("a US official", "Person~US official"));
        assert_eq!(after("said she", "she"), pair("she", "She"));
    }
}
