//! The patterns around a quotation that name its speaker.
//!
//! In order of preference:
//!
//! 1. right after the quotation: `“…,” she said`, `“…,” said Omar Haddad`,
//!    `“…,” Omar Haddad, the spokesman, told reporters`, `“…,” according to X`,
//!    and in a new sentence only when it closes the attribution
//!    (`“…?” Lindqvist asked.`, but not `“…” He added that …`);
//! 2. earlier in its sentence: `Haddad said: “…”`, `X said that “…”`,
//!    `X called the plan “…”`, `According to X, “…”`, `“A,” she said, “B.”`,
//!    `asks editor Jane Roe, “…”`, `was asked by host Dana Wolfe, “…”`, with
//!    participles (`saying`, `adding`) and coordinated verbs taking the
//!    subject of their clause;
//! 3. `according to X` anywhere in the sentence;
//! 4. a colon: the name before it (`Harbour Trust: “…”`) or the subject of the
//!    sentence it ends (`He declined to comment: “…”`), also when that sentence
//!    ends the paragraph before;
//! 5. for a quotation opening its sentence, the sentence before: its reported
//!    speech (`Varga argues that … “…”`) or the person it is about
//!    (`He bought the boat in June. “It floats.”`).
//!
//! A quotation with none of these continues the previous speaker; that is
//! decided by the extractor, which knows the order of the quotations.

use newsclip_text::Span;

use crate::cues::{takes_subject, CueClass};
use crate::document::{ends_sentence_at, narrates, word_at as word, Document, Item, Pronoun, Region, Shape};
use crate::lexicon::WordClass;
use crate::mentions::{is_determiner, is_name_part, is_plain_noun, name_mention, name_run_end, Mention, MentionKind};
use crate::subjects::{
    clause_subject, cue_end, direct_subject, earlier_cue_subject, is_preposition, mentions_from, skip_modifiers,
    skip_punctuation, subject_before,
};
use crate::SpeakerKind;

/// How far (in items) the rules look around a quotation.
const WINDOW: usize = 60;
/// How far after a quotation its speaker and cue may be.
const AFTER_WINDOW: usize = 30;

/// Where an attribution was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    After,
    Before,
    According,
    Colon,
    /// The sentence before: its reported speech, or the person it is about.
    Reported,
    /// The sentence after a quotation that opens its paragraph, when it says
    /// whose words they were (`“…” That was the verdict of Ana Ruiz.`).
    Next,
}

/// The speaker mentions (two when two people speak together) and the cue of a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Attribution {
    pub(crate) mentions: Vec<Mention>,
    pub(crate) cue: Option<Span>,
    pub(crate) source: Source,
}

/// What the text around one quotation says about its speaker.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Context {
    /// The attribution, if one was found.
    pub(crate) attribution: Option<Attribution>,
    /// A cue with no speaker of its own (`“…,” adding that`): the speaker is the previous one.
    pub(crate) inherited_cue: Option<Span>,
    /// The quotation that comes right before this one in the same sentence.
    pub(crate) follows_in_sentence: Option<usize>,
    /// The quotation is embedded in the narrator's sentence (`called it “reckless”`).
    pub(crate) partial: bool,
}

/// Reads the context of the quotation with index `quote`.
pub(crate) fn context(doc: &Document<'_>, quote: usize) -> Context {
    let Some(placed) = doc.quotation(quote) else { return Context::default() };
    let (first_region, first_item) = placed.first_place();
    let (last_region, last_item) = placed.last_place();
    let (Some(first), Some(last)) = (doc.regions.get(first_region), doc.regions.get(last_region)) else {
        return Context::default();
    };
    let text = doc.text;
    let before_lo = sentence_start(&first.items, first_item);
    let first_segment = placed.quotation.segments.first().map_or_else(Span::default, |s| s.inner);
    let mut out = Context {
        follows_in_sentence: match before_lo.checked_sub(1).and_then(|k| first.items.get(k)) {
            Some(Item::Quote(previous)) => Some(*previous),
            _ => None,
        },
        partial: is_embedded(text, &first.items, first_item, before_lo, first_segment),
        ..Context::default()
    };
    let new_sentence = doc.quote_ends_sentence(quote, last.items.get(last_item + 1));
    let around = Around {
        text,
        before: &first.items,
        before_lo,
        first_item,
        after: &last.items,
        last_item,
        new_sentence,
        nouns_capitalized: doc.nouns_capitalized,
    };
    match around.sentence() {
        Some(Found::Speaker(attribution)) => out.attribution = Some(attribution),
        Some(Found::Inherit(cue)) => out.inherited_cue = Some(cue),
        None => {
            let previous = first_region.checked_sub(1).and_then(|r| doc.regions.get(r)).filter(|r| !r.is_title);
            out.attribution = around.introduction(previous, out.follows_in_sentence.is_some());
            if out.attribution.is_none() && first_item == 0 && !placed.in_title && !out.partial {
                // A quotation opening its paragraph: the sentence after it, in the paragraph or the next one.
                let rest = last_item + 1 < last.items.len();
                let next = if rest {
                    Some((&last.items[..], last_item + 1))
                } else {
                    doc.regions.get(last_region + 1).filter(|r| !r.is_title).map(|r| (&r.items[..], 0))
                };
                out.attribution = next.and_then(|(items, from)| whose_words(text, items, from));
            }
        }
    }
    out
}

/// `That was the verdict of Ana Ruiz, …`, `So said the port's director, Lina
/// Osei`: a sentence at `items[from..]` that opens with a demonstrative and
/// names whose words the quotation before it were, with the first person or
/// institution it names. Not a sentence that denies it (`That is not …`).
fn whose_words(text: &str, items: &[Item<'_>], from: usize) -> Option<Attribution> {
    let from = skip_punctuation(items, from, items.len());
    let opening = word(items, from)?;
    if !["that", "this", "those", "these", "so", "such"].iter().any(|d| opening.is(d)) {
        return None;
    }
    let end = sentence_end(items, from);
    let mut k = from + 1;
    while k < end {
        match &items[k] {
            Item::Quote(_) => return None,
            Item::Word(w) if w.is("not") || w.text.ends_with("n't") || w.text.ends_with("n’t") => return None,
            Item::Word(w) if is_name_part(w) && !w.info.stop => {
                let run_end = name_run_end(items, k, end).max(k + 1);
                let named = name_mention(text, items, k, run_end - 1).filter(|m| {
                    matches!(&m.kind, MentionKind::Name { kind: SpeakerKind::Person | SpeakerKind::Institution, .. })
                });
                if let Some(mention) = named {
                    return Some(Attribution { mentions: vec![mention], cue: None, source: Source::Next });
                }
                k = run_end;
            }
            Item::Word(_) => k += 1,
        }
    }
    None
}

/// Where a quotation stands: the items of the region where it opens and of
/// the region where it closes (the same one unless it runs over paragraphs).
struct Around<'d, 'a> {
    text: &'a str,
    before: &'d [Item<'a>],
    before_lo: usize,
    first_item: usize,
    after: &'d [Item<'a>],
    last_item: usize,
    new_sentence: bool,
    /// See [`Document::nouns_capitalized`].
    nouns_capitalized: bool,
}

impl Around<'_, '_> {
    /// Rules 1–3: a cue in the quotation's own sentence.
    fn sentence(&self) -> Option<Found> {
        let after_hi = window_end(self.after, self.last_item + 1);
        let after = after_quote(self.text, self.after, self.last_item + 1, after_hi, self.new_sentence);
        let mut inherited = match after {
            Some(Found::Speaker(attribution)) => return Some(Found::Speaker(attribution)),
            Some(Found::Inherit(cue)) => Some(cue),
            None => None,
        };
        match before_quote(self.text, self.before, self.before_lo, self.first_item) {
            Some(Found::Speaker(attribution)) => return Some(Found::Speaker(attribution)),
            Some(Found::Inherit(cue)) => {
                inherited.get_or_insert(cue);
            }
            None => {}
        }
        let according_after = (!self.new_sentence).then(|| {
            let end = sentence_end(self.after, self.last_item + 1);
            according_to(self.text, self.after, self.last_item + 1, end)
        });
        according_after
            .flatten()
            .or_else(|| according_to(self.text, self.before, self.before_lo, self.first_item))
            .map(Found::Speaker)
            .or(inherited.map(Found::Inherit))
    }

    /// Rules 4–5: what introduces a quotation with no cue in its sentence —
    /// a colon, a paragraph ending in a colon, or the sentence before.
    fn introduction(&self, previous: Option<&Region<'_>>, follows_a_quotation: bool) -> Option<Attribution> {
        let (text, items) = (self.text, self.before);
        if word(items, self.first_item.wrapping_sub(1)).is_some_and(|w| w.text == ":") {
            return colon_subject(text, items, self.before_lo, self.first_item);
        }
        let opens_region = self.first_item == 0;
        if let Some(previous) = previous.filter(|r| opens_region && ends_with_colon(r)) {
            let end = previous.items.len();
            let lo = sentence_start(&previous.items, end - 1);
            return match before_quote(text, &previous.items, lo, end) {
                Some(Found::Speaker(attribution)) => Some(attribution),
                _ => colon_subject(text, &previous.items, lo, end),
            };
        }
        if self.before_lo != self.first_item || follows_a_quotation {
            return None;
        }
        // A quotation opening its sentence: `Varga argues that the dam is safe. “The engineers …”`
        if opens_region {
            previous.and_then(|r| reported_before(text, &r.items, r.items.len(), self.nouns_capitalized))
        } else {
            reported_before(text, items, self.before_lo, self.nouns_capitalized)
        }
    }
}

fn ends_with_colon(region: &Region<'_>) -> bool {
    region.items.last().and_then(Item::word).is_some_and(|w| w.text == ":")
}

/// The speaker of the reported speech in the sentence that ends right before
/// `items[end]`, if that sentence quotes nobody: `X argues that …`.
fn reported_before(text: &str, items: &[Item<'_>], end: usize, nouns_capitalized: bool) -> Option<Attribution> {
    let last = end.checked_sub(1)?;
    if matches!(items.get(last), Some(Item::Quote(_))) {
        return None;
    }
    let lo = sentence_start(items, last);
    if (lo..last).any(|k| matches!(items[k], Item::Quote(_))) {
        return None;
    }
    let cue = (lo..last).rev().find_map(|c| {
        let cue = word(items, c)?.cue?;
        matches!(cue.class, CueClass::Say | CueClass::SayInverted).then_some((c, cue))
    });
    if let Some((c, cue)) = cue {
        let (mentions, _) = subject_before(text, items, c, lo)?;
        return Some(Attribution { mentions, cue: Some(cue.span), source: Source::Reported });
    }
    // No speech verb: a person the sentence is about (`He bought the boat in June. “It floats.”`).
    personal_subject(text, items, lo, last, nouns_capitalized)
}

/// The subject of the clause `items[lo..hi]` when it is a person: a name or `he`/`she`.
/// Where every noun is capitalized, a name needs a given name or a title in it
/// (`Die Stadt plant neue Radwege.` is about no person).
fn personal_subject(
    text: &str,
    items: &[Item<'_>],
    lo: usize,
    hi: usize,
    nouns_capitalized: bool,
) -> Option<Attribution> {
    // A heading ("FULL TEXT.", "Voices") is about nobody.
    if !narrates(items.get(lo..hi).unwrap_or_default()) {
        return None;
    }
    let subject = clause_subject(text, items, lo, hi)?;
    let named = |span: Span| {
        items.iter().filter_map(Item::word).filter(|w| span.contains_span(w.span)).any(|w| {
            w.info.title.is_some() || (w.info.is(WordClass::GivenName) && w.text.starts_with(char::is_uppercase))
        })
    };
    let personal = match &subject.kind {
        MentionKind::Pronoun(p) => matches!(p, Pronoun::He | Pronoun::She),
        MentionKind::Name { kind, .. } => {
            *kind == SpeakerKind::Person && (!nouns_capitalized || !subject.roles.is_empty() || named(subject.span))
        }
        MentionKind::Nominal { .. } => false,
    };
    personal.then(|| Attribution { mentions: vec![subject], cue: None, source: Source::Reported })
}

enum Found {
    Speaker(Attribution),
    Inherit(Span),
}

/// The first item of the sentence holding `items[i]`: after a sentence
/// end or after the previous quotation.
fn sentence_start(items: &[Item<'_>], i: usize) -> usize {
    let floor = i.saturating_sub(WINDOW);
    (floor..i)
        .rev()
        .find(|&k| matches!(items[k], Item::Quote(_)) || ends_sentence_at(items, k))
        .map_or(floor, |k| k + 1)
}

/// One past the last item of the stretch after a quotation: up to the next
/// quotation or sentence end.
fn window_end(items: &[Item<'_>], from: usize) -> usize {
    let ceil = (from + AFTER_WINDOW).min(items.len());
    (from..ceil)
        .find(|&k| matches!(items[k], Item::Quote(_)) || (k > from && ends_sentence_at(items, k)))
        .unwrap_or(ceil)
}

/// One past the end of the sentence that continues at `from`, across quotations.
fn sentence_end(items: &[Item<'_>], from: usize) -> usize {
    let ceil = (from + WINDOW).min(items.len());
    (from..ceil).find(|&k| ends_sentence_at(items, k)).unwrap_or(ceil)
}

/// Whether the quotation at `items[i]` is embedded in the narrator's sentence:
/// a word leads into it (`called it “reckless”`, `said that “…”`), or a comma
/// after narration with no cue leads into a fragment (`at noon, “with no injuries”`).
fn is_embedded(text: &str, items: &[Item<'_>], i: usize, sentence_start: usize, first_segment: Span) -> bool {
    if i == 0 || i <= sentence_start {
        return false;
    }
    match &items[i - 1] {
        Item::Quote(_) => false,
        Item::Word(w) if w.text == "," => {
            let lowercase = text[first_segment].chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_lowercase);
            lowercase && !(sentence_start..i).any(|k| word(items, k).is_some_and(|w| w.cue.is_some()))
        }
        Item::Word(w) => match w.shape {
            Shape::Punct => !matches!(w.text, ":" | ";" | "—" | "–" | "-" | "(" | "[" | "…"),
            _ => true,
        },
    }
}

/// The attribution right after a quotation, in `items[lo..hi]`.
fn after_quote(text: &str, items: &[Item<'_>], lo: usize, hi: usize, new_sentence: bool) -> Option<Found> {
    let k = skip_punctuation(items, lo, hi);
    let first = word(items, k)?;
    if let Some(cue) = first.cue {
        let cue_end = cue_end(items, k, cue);
        return match cue.class {
            CueClass::SayInverted | CueClass::By if !new_sentence => {
                let start = skip_modifiers(items, cue_end, hi);
                // `« … », a-t-elle ajouté`: the pronoun inside the cue is the speaker.
                let pronoun =
                    (k..cue_end).find(|&j| cue.pronoun && word(items, j).is_some_and(|w| w.pronoun.is_some()));
                let found = match pronoun {
                    Some(j) => mentions_from(text, items, j, j + 1),
                    None => mentions_from(text, items, start, hi),
                };
                let Some((mentions, _)) = found else {
                    // `«…», añadió.`: a verb without its subject speaks for the last speaker.
                    return cue.dropped.then_some(Found::Inherit(cue.span));
                };
                let source = if cue.class == CueClass::By { Source::According } else { Source::After };
                Some(Found::Speaker(Attribution { mentions, cue: Some(cue.span), source }))
            }
            CueClass::Participle if !new_sentence => Some(Found::Inherit(cue.span)),
            _ => None,
        };
    }
    // `“…,” as the agency put it`
    let k = if first.is("as") { k + 1 } else { k };
    // Subject first: find the cue the subject leads to.
    let (c, cue) = (k..hi).find_map(|c| word(items, c).and_then(|w| w.cue).map(|cue| (c, cue)))?;
    if !takes_subject(cue.class) || cue.class == CueClass::Call {
        return None;
    }
    let subject = subject_before(text, items, c, k).filter(|(_, start)| {
        // The subject must open the stretch: only its own modifiers may come first.
        (k..*start).all(|j| {
            word(items, j).is_some_and(|w| {
                is_determiner(w)
                    || w.is_name_like()
                    || w.is_possessive()
                    || w.info.title.is_some()
                    || is_plain_noun(w)
                    || w.shape == Shape::Number
            })
        })
    });
    // `“…,” Ann Lee, 67, a nurse in Leeds, said`: the name opening a chain of appositives.
    let opening = || {
        let (mentions, end) = mentions_from(text, items, k, c)?;
        let named = mentions.iter().all(|m| m.is_name() || m.is_pronoun());
        (named && word(items, end).is_some_and(|w| w.text == ",")).then_some(mentions)
    };
    let mentions = subject.map(|(m, _)| m).or_else(opening)?;
    if new_sentence && introduces_more(items, c, cue_end(items, c, cue), hi) {
        return None; // `“…” He added that …`: a new sentence of reported speech
    }
    Some(Found::Speaker(Attribution { mentions, cue: Some(cue.span), source: Source::After }))
}

/// After a cue, whether the sentence goes on to report more speech (`that`,
/// a colon, another quotation, or a clause: `said he would`, `said the plan`)
/// instead of closing the attribution (`Lindqvist asked.`, `she said on Monday.`).
fn introduces_more(items: &[Item<'_>], cue: usize, from: usize, hi: usize) -> bool {
    let end = (from + 3).min(hi).min(items.len());
    let reports = (from..end).any(|k| match &items[k] {
        Item::Quote(_) => true,
        Item::Word(w) => w.is("that") || w.text == ":",
    });
    let quote_follows = hi < items.len() && matches!(items[hi], Item::Quote(_)) && hi <= from + 4;
    let tells = word(items, cue).is_some_and(|w| w.is("told") || w.is("tells") || w.is("tell"));
    let clause = word(items, from).is_some_and(|w| w.pronoun.is_some() || (is_determiner(w) && !tells));
    reports || quote_follows || clause
}

/// The attribution earlier in the quotation's sentence, in `items[lo..i]`.
fn before_quote(text: &str, items: &[Item<'_>], lo: usize, i: usize) -> Option<Found> {
    let (c, cue) = (lo..i).rev().find_map(|c| word(items, c).and_then(|w| w.cue).map(|cue| (c, cue)))?;
    let after_cue = cue_end(items, c, cue);
    let found =
        |mentions: Vec<Mention>| Found::Speaker(Attribution { mentions, cue: Some(cue.span), source: Source::Before });
    match cue.class {
        CueClass::By => {
            let (mentions, _) = mentions_from(text, items, after_cue, i)?;
            Some(Found::Speaker(Attribution { mentions, cue: Some(cue.span), source: Source::According }))
        }
        CueClass::Participle => Some(participle_subject(text, items, lo, c).map_or(Found::Inherit(cue.span), found)),
        // `X rejected the pact, calling it “…”`: the participle's subject is the clause's.
        _ if is_participle(items, c)
            && c.checked_sub(1).and_then(|p| word(items, p)).is_some_and(|w| w.text == ",") =>
        {
            participle_subject(text, items, lo, c).map(found)
        }
        _ => {
            // Inverted before the quotation: `…, asks editor Jane Roe, “…”`.
            // Only where no subject precedes the cue: after a comma or opening the sentence.
            let clause_opening = c == lo || word(items, c - 1).is_some_and(|w| w.text == ",");
            if cue.class == CueClass::SayInverted && clause_opening {
                let start = skip_modifiers(items, after_cue, i);
                if let Some((mentions, end)) = mentions_from(text, items, start, i) {
                    let introduces = word(items, end).is_some_and(|w| matches!(w.text, ":" | ","));
                    // Opening its sentence the cue needs no subject: `Said Ann Lee, who grew up there, “…”`.
                    if introduces && (end + 1 == i || c == lo) {
                        return Some(found(mentions));
                    }
                }
            }
            if let Some((mentions, _)) = subject_before(text, items, c, lo) {
                return Some(found(mentions));
            }
            // `Varga said it was too soon but added, “…”`; `Ms. Holm nodded and said, “…”`.
            let subject =
                earlier_cue_subject(text, items, lo, c).or_else(|| clause_subject(text, items, lo, c).map(|m| vec![m]));
            subject.map(found)
        }
    }
}

/// The subject of a participle at `items[c]` (`adding`, `calling`): the
/// mention right before it (`with the coach reportedly shouting: “…”`), the
/// subject of an earlier cue (`Haddad said, adding, “…”`), or the subject
/// opening the clause.
fn participle_subject(text: &str, items: &[Item<'_>], lo: usize, c: usize) -> Option<Vec<Mention>> {
    direct_subject(text, items, c, lo)
        .or_else(|| earlier_cue_subject(text, items, lo, c))
        .or_else(|| clause_subject(text, items, lo, c).map(|m| vec![m]))
}

fn is_participle(items: &[Item<'_>], c: usize) -> bool {
    word(items, c).is_some_and(|w| w.text.len() > 4 && w.text.ends_with("ing"))
}

/// `according to X` in `items[lo..hi]`.
fn according_to(text: &str, items: &[Item<'_>], lo: usize, hi: usize) -> Option<Attribution> {
    let (c, cue) = (lo..hi)
        .find_map(|c| word(items, c).and_then(|w| w.cue).filter(|cue| cue.class == CueClass::By).map(|cue| (c, cue)))?;
    let (mentions, _) = mentions_from(text, items, cue_end(items, c, cue), hi)?;
    Some(Attribution { mentions, cue: Some(cue.span), source: Source::According })
}

/// The speaker of a quotation introduced by a colon: the name right before
/// the colon (`Harbour Trust: “…”`), or the subject opening the sentence
/// (`He declined to go further: “…”`).
fn colon_subject(text: &str, items: &[Item<'_>], lo: usize, i: usize) -> Option<Attribution> {
    let colon = i.checked_sub(1)?;
    if colon > lo {
        if let Some((mentions, start)) = subject_before(text, items, colon, lo) {
            let object = start.checked_sub(1).and_then(|k| word(items, k)).is_some_and(is_preposition);
            if mentions.iter().all(Mention::is_name) && !object {
                return Some(Attribution { mentions, cue: None, source: Source::Colon });
            }
        }
    }
    let mention = clause_subject(text, items, lo, colon)?;
    let people = matches!(mention.kind, MentionKind::Nominal { kind: SpeakerKind::Group, .. });
    let speaks = mention.is_pronoun() || mention.is_name() || people;
    speaks.then(|| Attribution { mentions: vec![mention], cue: None, source: Source::Colon })
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsclip_text::Layout;

    fn attribution(text: &str, quote: usize) -> Option<(Vec<String>, Option<String>, Source)> {
        let doc = Document::new(text, &Layout::of_clean_text(text));
        let found = context(&doc, quote).attribution?;
        let mentions = found.mentions.iter().map(|m| text[m.span].to_string()).collect();
        Some((mentions, found.cue.map(|c| text[c].to_string()), found.source))
    }

    fn expect(mentions: &[&str], cue: &str, source: Source) -> Option<(Vec<String>, Option<String>, Source)> {
        Some((mentions.iter().map(|m| m.to_string()).collect(), Some(cue.to_string()), source))
    }

    #[test]
    fn speaker_after_the_quotation() {
        assert_eq!(attribution("“We are ready,” she said.", 0), expect(&["she"], "said", Source::After));
        assert_eq!(
            attribution("“We are ready,” said Omar Haddad, the spokesman.", 0),
            expect(&["Omar Haddad"], "said", Source::After)
        );
        assert_eq!(
            attribution("“We are ready,” Omar Haddad, the agency's spokesman, said at the briefing.", 0),
            expect(&["Omar Haddad"], "said", Source::After)
        );
        assert_eq!(
            attribution("“Hold your fire,” the Kremlin urged both sides.", 0),
            expect(&["the Kremlin"], "urged", Source::After)
        );
    }

    #[test]
    fn speaker_before_the_quotation() {
        assert_eq!(
            attribution("Haddad concluded: “We are done.”", 0),
            expect(&["Haddad"], "concluded", Source::Before)
        );
        assert_eq!(
            attribution("Asked about the talks, Varga said, “Nothing is ruled out.”", 0),
            expect(&["Varga"], "said", Source::Before)
        );
        assert_eq!(
            attribution("He went on to add, “Of course it matters.”", 0),
            expect(&["He"], "went on to add", Source::Before)
        );
        assert_eq!(
            attribution(
                "Prime Minister Anna Berg and President Omar Diallo recently promised “to keep the border open.”",
                0
            ),
            expect(&["Anna Berg", "Omar Diallo"], "promised", Source::Before)
        );
    }

    #[test]
    fn split_quotation_shares_the_speaker() {
        let text = "“We are ready,” she said, “to talk.”";
        assert_eq!(attribution(text, 0), expect(&["she"], "said", Source::After));
        assert_eq!(attribution(text, 1), expect(&["she"], "said", Source::Before));
    }

    #[test]
    fn according_to_anywhere_in_the_sentence() {
        let text =
            "On Sunday, “Patrols returned fire,” noting that “no one was injured”, according to a statement by the \
                    Defense Ministry.";
        assert_eq!(attribution(text, 0), expect(&["the Defense Ministry"], "according to", Source::According));
        assert_eq!(attribution(text, 1), expect(&["the Defense Ministry"], "according to", Source::According));
    }

    #[test]
    fn colon_introduced_quotation_takes_the_subject() {
        let text = "He declined to go further: “I am not prepared to.”";
        let found = attribution(text, 0).map(|(m, _, s)| (m, s));
        assert_eq!(found, Some((vec!["He".to_string()], Source::Colon)));
    }

    #[test]
    fn a_new_sentence_of_reported_speech_is_not_an_attribution() {
        let text = "“We are done.” He added that the talks would resume.";
        assert_eq!(attribution(text, 0), None);
        let text = "“And who pays for it?” Lindqvist asked.";
        assert_eq!(attribution(text, 0), expect(&["Lindqvist"], "asked", Source::After));
    }

    #[test]
    fn partial_quotations_are_embedded() {
        let text = "Holm called the forecast “rosy” and “one big guess.” Then: “No,” he said.";
        let doc = Document::new(text, &Layout::of_clean_text(text));
        let partial: Vec<bool> = (0..3).map(|q| context(&doc, q).partial).collect();
        assert_eq!(partial, [true, true, false]);
    }
}
