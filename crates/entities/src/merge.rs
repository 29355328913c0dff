//! Grouping resolved mentions into entities: one entity per country code,
//! per institution (with its acronyms and `the Department` references) and
//! per person (surname mentions join the full name).

use rustc_hash::FxHashMap as HashMap;

use newsclip_text::Spanned;

use crate::entity::Mention;

use newsclip_lexicon::Lexicon;

use crate::candidate::{Candidate, Canonical, Label};
use crate::lexicon;
use crate::{CountryCode, Entity, EntityKind};

/// An entity being built, with what merging needs to know about it.
struct Draft<'a> {
    entity: Entity<'a>,
    /// Name words of a person, or the head word of an institution, for matching later mentions.
    words: Vec<String>,
    last_seen: usize,
}

/// Builds the entities from non-overlapping mentions in document order.
pub(crate) fn entities<'a>(doc: &'a str, mentions: &[Candidate], lexicon: &Lexicon) -> Vec<Entity<'a>> {
    let mut drafts: Vec<Draft<'a>> = Vec::new();
    let mut countries: HashMap<CountryCode, usize> = HashMap::default();
    let mut institutions: HashMap<String, usize> = HashMap::default();
    let mut people = People::default();
    // Institutions by the last word of their name, latest first, for `the Department`.
    let mut by_head: HashMap<String, usize> = HashMap::default();
    for (position, mention) in mentions.iter().enumerate() {
        let Some(spanned) = Spanned::new(doc, mention.span) else { continue };
        // The listed institution or person the mention names: its name and code.
        let listed = match mention.canonical {
            Some(Canonical::Institution(i)) => lexicon.institutions().get(i as usize).map(|i| (i.name(), i.code())),
            Some(Canonical::Person(i)) => lexicon.people().get(i as usize).map(|p| (p.name(), p.code())),
            None => None,
        };
        let index = match mention.label {
            Label::Place => continue,
            Label::Country(code) => *countries.entry(code).or_insert_with(|| {
                drafts.push(Draft::new(EntityKind::Country, code.name().to_owned(), Some(code)));
                drafts.len() - 1
            }),
            Label::Institution => {
                let written = normalize(spanned.text);
                let key = listed.map(|(name, _)| normalize(name));
                let found =
                    institutions.get(key.as_ref().unwrap_or(&written)).or_else(|| institutions.get(&written)).copied();
                let index = found.unwrap_or_else(|| {
                    let name = listed.map_or_else(|| clean_name(spanned.text), |(name, _)| name.to_owned());
                    let mut draft = Draft::new(EntityKind::Institution, name, None);
                    draft.words = spanned.text.split_whitespace().last().map(str::to_lowercase).into_iter().collect();
                    drafts.push(draft);
                    drafts.len() - 1
                });
                if let Some(key) = key {
                    institutions.insert(key, index);
                }
                institutions.insert(written, index);
                if let Some(acronym) = mention.acronym.and_then(|a| a.get(doc)) {
                    institutions.insert(normalize(acronym), index);
                }
                if let Some(head) = drafts.get(index).and_then(|d| d.words.first()) {
                    by_head.insert(head.clone(), index);
                }
                index
            }
            Label::InstitutionReference => {
                let head = spanned.text.split_whitespace().last().unwrap_or("").to_lowercase();
                match by_head.get(&head) {
                    Some(&i) => i,
                    None => continue,
                }
            }
            // A listed person is merged by the canonical name, whatever alias is written.
            Label::Person => person_draft(&mut drafts, &mut people, listed.map_or(spanned.text, |(name, _)| name)),
        };
        let Some(draft) = drafts.get_mut(index) else { continue };
        draft.last_seen = position;
        draft.entity.mentions.push(Mention { span: spanned.span, text: spanned.text, rule: mention.rule });
        if draft.entity.country.is_none() && draft.entity.kind != EntityKind::Country {
            draft.entity.country = mention.country;
        }
        if draft.entity.title.is_none() {
            draft.entity.title = mention.title.and_then(|t| t.get(doc)).map(str::to_owned);
        }
        if draft.entity.reference.is_none() {
            draft.entity.reference = listed.and_then(|(_, code)| code).map(str::to_owned);
        }
    }
    join_surnames(&mut drafts);
    let mut entities: Vec<Entity<'a>> =
        drafts.into_iter().map(|d| d.entity).filter(|e| !e.mentions.is_empty()).collect();
    entities.sort_by_key(|e| e.mentions.first().map_or(0, |m| m.span.start));
    entities
}

impl<'a> Draft<'a> {
    fn new(kind: EntityKind, name: String, code: Option<CountryCode>) -> Draft<'a> {
        Draft {
            entity: Entity { kind, name, code, country: None, title: None, mentions: Vec::new(), reference: None },
            words: Vec::new(),
            last_seen: 0,
        }
    }
}

/// Person entities indexed by full name and by surname, so that each
/// mention is placed in time independent of the number of people.
#[derive(Default)]
struct People {
    by_full_name: HashMap<String, usize>,
    /// Drafts whose name ends with the surname, latest-created last.
    by_surname: HashMap<String, Vec<usize>>,
}

/// The entity a person mention belongs to, created if needed.
fn person_draft(drafts: &mut Vec<Draft<'_>>, people: &mut People, text: &str) -> usize {
    let full = single_spaced_lowercase(text);
    if let Some(&i) = people.by_full_name.get(&full) {
        return i;
    }
    let words: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
    let surname = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    let sharing = people.by_surname.get(&surname).map(Vec::as_slice).unwrap_or_default();
    if words.len() == 1 {
        // `Blinken` joins the latest-seen `Antony Blinken`.
        if let Some(&i) = sharing.iter().max_by_key(|&&i| drafts.get(i).map_or(0, |d| d.last_seen)) {
            return i;
        }
    } else if let Some(&i) = sharing.iter().find(|&&i| drafts.get(i).is_some_and(|d| d.words.len() == 1)) {
        // `Okafor` seen first, `Grace Okafor` later: the fuller name wins.
        if let Some(draft) = drafts.get_mut(i) {
            draft.words = words;
            draft.entity.name = text.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        people.by_full_name.insert(full, i);
        return i;
    }
    let mut draft = Draft::new(EntityKind::Person, words.join(" "), None);
    draft.words = words;
    drafts.push(draft);
    let i = drafts.len() - 1;
    people.by_full_name.insert(full, i);
    people.by_surname.entry(surname).or_default().push(i);
    let family_first = text.split_whitespace().next().filter(|w| lexicon::is_surname_first(w));
    if let Some(family) = family_first.filter(|_| text.split_whitespace().count() > 1) {
        people.by_surname.entry(family.to_lowercase()).or_default().push(i);
    }
    i
}

/// Merges one-word people into the single fuller name that ends with their
/// word (`Okafor` … `Grace Okafor` when the one-word mention came first), or
/// else that has it as a middle name (`Lula` … `Luiz Inácio Lula da Silva`),
/// or else as its first name (`Mr Prabowo` … `Prabowo Subianto`: many
/// people go by the first of their names).
fn join_surnames(drafts: &mut [Draft<'_>]) {
    let mut fuller: HashMap<String, Vec<usize>> = HashMap::default();
    let mut middle: HashMap<String, Vec<usize>> = HashMap::default();
    let mut first: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, d) in drafts.iter().enumerate() {
        if d.entity.kind == EntityKind::Person && d.words.len() > 1 {
            if let Some((last, before)) = d.words.split_last() {
                fuller.entry(last.to_lowercase()).or_default().push(i);
                for word in before.iter().skip(1) {
                    middle.entry(word.to_lowercase()).or_default().push(i);
                }
                if let Some(word) = before.first() {
                    first.entry(word.to_lowercase()).or_default().push(i);
                }
            }
        }
    }
    for i in 0..drafts.len() {
        let Some(single) = drafts.get(i) else { continue };
        if single.entity.kind != EntityKind::Person || single.words.len() != 1 {
            continue;
        }
        let word = single.words.first().map(|w| w.to_lowercase()).unwrap_or_default();
        let found = fuller.get(&word).or_else(|| middle.get(&word)).or_else(|| first.get(&word));
        let Some(&[target]) = found.map(Vec::as_slice) else { continue };
        let Some(single) = drafts.get_mut(i) else { continue };
        let moved = core::mem::take(&mut single.entity.mentions);
        let (title, country) = (single.entity.title.take(), single.entity.country);
        if let Some(target) = drafts.get_mut(target) {
            target.entity.mentions.extend(moved);
            target.entity.mentions.sort_by_key(|m| m.span.start);
            target.entity.title = target.entity.title.take().or(title);
            target.entity.country = target.entity.country.or(country);
        }
    }
}

/// Lowercase, single-spaced, without a leading `the`: the key of an institution name.
fn normalize(text: &str) -> String {
    let mut key = single_spaced_lowercase(text);
    if key.starts_with("the ") {
        key.drain(..4);
    }
    key
}

/// `text` in lowercase with its words joined by single spaces.
fn single_spaced_lowercase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.is_ascii() {
            out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.push_str(&word.to_lowercase());
        }
    }
    out
}

/// An institution's name as written, single-spaced.
fn clean_name(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use crate::{tag, EntityKind};

    #[test]
    fn a_surname_seen_first_joins_the_full_name_and_order_follows_first_mention() {
        let entities = tag("President Okonjo spoke first. Later Amara Okonjo met Kenyan officials.");
        let person = entities.iter().find(|e| e.kind == EntityKind::Person).expect("a person");
        assert_eq!(person.name, "Amara Okonjo");
        assert_eq!(person.mentions.iter().map(|m| m.text).collect::<Vec<_>>(), ["Okonjo", "Amara Okonjo"]);
        assert_eq!(person.title.as_deref(), Some("President"));
        assert_eq!(entities.first().map(|e| e.kind), Some(EntityKind::Person));
    }

    #[test]
    fn the_department_refers_to_the_latest_department() {
        let entities = tag("The Justice Department and the State Department met. The Department then said no.");
        let state = entities.iter().find(|e| e.name == "State Department").expect("State Department");
        assert_eq!(state.mentions.iter().map(|m| m.text).collect::<Vec<_>>(), ["State Department", "The Department"]);
    }

    #[test]
    fn a_surname_shared_by_two_people_joins_the_latest() {
        let entities = tag("Ana Ruiz met Pablo Ruiz on Monday. Ruiz said they were not related.");
        let pablo = entities.iter().find(|e| e.name == "Pablo Ruiz").expect("Pablo Ruiz");
        assert_eq!(pablo.mentions.len(), 2);
    }
}
