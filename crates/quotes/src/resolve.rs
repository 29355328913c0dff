//! Who a mention stands for: surnames (and other words of a full name) to
//! the most recent person so named; `he` and `she` to the person their
//! sentence, or the one before, is about, else to the most recent compatible
//! person; `it`/`they` and nominals (`the ministry`) to the institution or
//! group they point to.
//!
//! The registry lists every name of the narration in reading order, from
//! capitalization alone or from the caller's [`Hint`]s. Lookups walk back a
//! bounded number of occurrences, so resolution stays linear in the document.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::document::{ends_sentence_at, narrates, Document, Item, Pronoun, Shape, Word};
use crate::lexicon::{fits, given_name_gender, role_family, with_lowercase, word_info, Title, WordClass};
use crate::mentions::{is_name_part, name_mention, name_run_end, Gender, Mention, MentionKind};
use crate::rules;
use crate::salience::Sentences;
use crate::{Hint, SpeakerKind};
use newsclip_text::Rule;

/// How many earlier occurrences a lookup considers.
const LOOKBACK: usize = 400;
/// How many distinct role words an entity keeps ("senator", "spokesperson").
const MAX_ROLES: usize = 8;
/// How many earlier occurrences a definite description (`the landlord`) looks back over.
const DEFINITE_LOOKBACK: usize = 12;
/// How many pronoun subjects in a row a pronoun follows back to a name.
const SUBJECT_CHAIN: usize = 3;

/// A person, institution or country named in the document.
#[derive(Clone, Debug)]
struct Entity {
    name: String,
    kind: SpeakerKind,
    gender: Option<Gender>,
    roles: Vec<String>,
    /// The lowercase last word of the name, for surname lookups.
    surname: String,
    words: usize,
    /// Known to be a person rather than any capitalized words: a gender (from
    /// a given name or a courtesy title), a role, or a speaker. These are the
    /// preferred antecedents of `he` and `she`; other full names come next.
    personal: bool,
    /// The other words of its name already stand for it alone.
    short_forms_learned: bool,
}

impl Entity {
    fn looks_personal(gender: Option<Gender>, roles: &[String]) -> bool {
        gender.is_some() || !roles.is_empty()
    }
}

/// A name found in the narration.
struct Named {
    mention: Mention,
    /// A lone word opening a sentence: a name only if written capitalized elsewhere too.
    initial: bool,
    /// Read off a headline or a heading, where capitals run on past names.
    heading: bool,
    /// The roles written around it (`envoy Ana Ruiz`, `Ana Ruiz, the envoy,`),
    /// which descriptions may point back to; unlike a title in the name, no
    /// evidence that the capitalized words are a person's name.
    described: Vec<String>,
}

/// Where an entity is named or spoken for, in reading order.
#[derive(Clone, Copy, Debug)]
struct Occurrence {
    at: usize,
    entity: usize,
    /// The entity speaks here: the subject of an attribution.
    speaker: bool,
}

impl Occurrence {
    fn named(at: usize, entity: usize) -> Occurrence {
        Occurrence { at, entity, speaker: false }
    }
}

/// A resolved speaker: names (one per person) and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub(crate) names: Vec<String>,
    pub(crate) kind: SpeakerKind,
}

/// The names of one document, ready for coreference lookups.
#[derive(Clone, Debug)]
pub(crate) struct Registry<'d> {
    entities: Vec<Entity>,
    /// The entity of each exact name.
    by_name: HashMap<String, usize>,
    /// The latest person entity of each lowercase surname.
    by_surname: HashMap<String, usize>,
    /// The latest person entity with a full name of each other lowercase
    /// word of that name that may stand for it alone.
    by_word: HashMap<String, usize>,
    occurrences: Vec<Occurrence>,
    /// Groups of people who spoke together ("they" may point back to them).
    groups: Vec<(usize, Resolved)>,
    /// The sentences and their subjects, which pronouns prefer.
    sentences: Sentences<'d>,
}

impl<'d> Registry<'d> {
    /// Collects the names of the narration (quoted words excluded) and the hints.
    /// `hints` must be sorted by start.
    pub(crate) fn new(doc: &'d Document<'d>, hints: &[&Hint]) -> Registry<'d> {
        let mut registry = Registry {
            entities: Vec::new(),
            by_name: HashMap::default(),
            by_surname: HashMap::default(),
            by_word: HashMap::default(),
            occurrences: Vec::new(),
            groups: Vec::new(),
            sentences: Sentences::of(doc),
        };
        let mut found: Vec<Named> = Vec::new();
        for region in &doc.regions {
            let items = &region.items;
            let heading = region.is_title || !narrates(items);
            // The item after the last person or institution named, and where in
            // `found` it is: "A and B", "A and the B" name a group.
            let mut last_named: Option<(usize, usize)> = None;
            let mut k = 0;
            while k < items.len() {
                let starts_run = items[k].word().is_some_and(is_name_part);
                if !starts_run {
                    k += 1;
                    continue;
                }
                let end = name_run_end(items, k, items.len()).max(k + 1);
                let sentence_initial = region.is_title || starts_sentence(items, k);
                if let Some(mention) = name_mention(doc.text, items, k, end - 1) {
                    let described = if matches!(mention.kind, MentionKind::Name { kind: SpeakerKind::Person, .. }) {
                        roles_around(items, k, end)
                    } else {
                        Vec::new()
                    };
                    if let MentionKind::Name {
                        name,
                        kind: kind @ (SpeakerKind::Person | SpeakerKind::Institution),
                        ..
                    } = &mention.kind
                    {
                        let joined_at = joined_after(items, k);
                        let first = last_named.take().filter(|&(after, _)| joined_at == Some(after));
                        if let Some(first) = first.and_then(|(_, f)| found.get(f)) {
                            if let MentionKind::Name { name: first_name, kind: first_kind, .. } = &first.mention.kind {
                                // Capitals alone may take an institution for a person: a pair is
                                // people only when both look like people.
                                let kind = if first_kind == kind { *kind } else { SpeakerKind::Institution };
                                let names = vec![first_name.clone(), name.clone()];
                                let at = first.mention.span.start;
                                registry.groups.push((at, Resolved { names, kind }));
                            }
                        }
                        last_named = Some((end, found.len()));
                    }
                    found.push(Named { mention, initial: sentence_initial && end == k + 1, heading, described });
                }
                k = end;
            }
        }
        // A lone capitalized word opening a sentence is a name only if it is
        // capitalized elsewhere too ("Researchers looked" is not a name).
        let confirmed: HashSet<String> = found
            .iter()
            .filter(|named| !named.initial)
            .filter_map(|named| match &named.mention.kind {
                MentionKind::Name { name, .. } if !name.contains(' ') => Some(name.to_lowercase()),
                _ => None,
            })
            .collect();
        let mut next_hint = 0;
        for Named { mention, initial, heading, described } in found {
            while hints.get(next_hint).is_some_and(|h| h.span.end <= mention.span.start) {
                registry.add_hint(hints[next_hint]);
                next_hint += 1;
            }
            let hint = hints.get(next_hint).copied().filter(|h| h.span.overlaps(mention.span));
            match (&mention.kind, hint) {
                // The hint names it; the text still tells gender and role.
                (MentionKind::Name { gender, .. }, Some(hint)) => {
                    let entity = registry.entity_for(&hint.name, hint.kind, *gender, &mention.roles);
                    registry.describe(entity, described);
                    registry.occurrences.push(Occurrence::named(hint.span.start, entity));
                    registry.learn_short_forms(entity);
                    next_hint += 1;
                }
                (MentionKind::Name { name, .. }, None) if initial && !confirmed.contains(&name.to_lowercase()) => {}
                (MentionKind::Name { name, kind, gender }, None) => {
                    let entity = registry.entity_for(name, *kind, *gender, &mention.roles);
                    registry.describe(entity, described);
                    registry.push_occurrence(Occurrence::named(mention.span.start, entity));
                    if !heading {
                        registry.learn_short_forms(entity);
                    }
                }
                _ => {}
            }
        }
        for hint in &hints[next_hint..] {
            registry.add_hint(hint);
        }
        registry
    }

    /// Adds the roles a person is described with, for descriptions to point back to.
    fn describe(&mut self, entity: usize, roles: Vec<String>) {
        let Some(e) = self.entities.get_mut(entity) else { return };
        for role in roles {
            if e.roles.len() < MAX_ROLES && !e.roles.contains(&role) {
                e.roles.push(role);
            }
        }
    }

    fn add_hint(&mut self, hint: &Hint) {
        let mut words = hint.name.split_whitespace();
        let given = words.next().filter(|_| words.next().is_some() && hint.kind == SpeakerKind::Person);
        let entity = self.entity_for(&hint.name, hint.kind, given.and_then(given_name_gender), &[]);
        self.occurrences.push(Occurrence::named(hint.span.start, entity));
        self.learn_short_forms(entity);
    }

    /// Records that `resolved` spoke at `at` (after pronoun or nominal resolution).
    pub(crate) fn add_speaker(&mut self, resolved: &Resolved, at: usize, gender: Option<Gender>) {
        if resolved.names.len() > 1 {
            self.groups.push((at, resolved.clone()));
            return;
        }
        if let Some(name) = resolved.names.first() {
            let entity = self.entity_for(name, resolved.kind, gender, &[]);
            if let Some(e) = self.entities.get_mut(entity) {
                e.personal |= resolved.kind == SpeakerKind::Person;
            }
            self.push_occurrence(Occurrence { at, entity, speaker: true });
        }
    }

    fn push_occurrence(&mut self, occurrence: Occurrence) {
        // Keep reading order; speakers are added close to the end.
        let position = self.occurrences.iter().rev().take(LOOKBACK).position(|o| o.at <= occurrence.at);
        let index = match position {
            Some(back) => self.occurrences.len() - back,
            None => self.occurrences.len().saturating_sub(LOOKBACK),
        };
        self.occurrences.insert(index, occurrence);
    }

    /// The entity for a name, merging a surname into the most recent full name it ends.
    fn entity_for(&mut self, name: &str, kind: SpeakerKind, gender: Option<Gender>, roles: &[String]) -> usize {
        let last_word = name.split_whitespace().next_back().unwrap_or(name);
        with_lowercase(last_word, |surname| self.entity_with_surname(name, surname, kind, gender, roles))
    }

    /// [`Registry::entity_for`] with the lowercase last word of the name.
    fn entity_with_surname(
        &mut self,
        name: &str,
        surname: &str,
        kind: SpeakerKind,
        gender: Option<Gender>,
        roles: &[String],
    ) -> usize {
        let words = name.split_whitespace().count();
        let person = kind == SpeakerKind::Person;
        let existing = self.by_name.get(name).copied().or_else(|| {
            let by_surname = self.by_surname.get(surname).copied().filter(|_| person);
            by_surname.filter(|&e| {
                // A surname joins its full name; a full name upgrades a lone surname.
                words == 1 || self.entities.get(e).is_some_and(|e| e.words == 1)
            })
        });
        // "Quispe" joins "Luis Alberto Quispe Mamani", "Mira" joins "Mira Solberg".
        let existing = existing.or_else(|| self.by_word.get(surname).copied().filter(|_| person && words == 1));
        let index = match existing {
            Some(index) => {
                let entity = &mut self.entities[index];
                if words > entity.words && kind == entity.kind {
                    entity.name = name.to_string();
                    entity.words = words;
                    entity.short_forms_learned = false;
                    self.by_name.insert(name.to_string(), index);
                }
                entity.gender = entity.gender.or(gender);
                for role in roles {
                    if entity.roles.len() < MAX_ROLES && !entity.roles.contains(role) {
                        entity.roles.push(role.clone());
                    }
                }
                entity.personal |= Entity::looks_personal(gender, roles);
                index
            }
            None => {
                self.entities.push(Entity {
                    name: name.to_string(),
                    kind,
                    gender,
                    roles: roles.iter().take(MAX_ROLES).cloned().collect(),
                    surname: surname.to_string(),
                    words,
                    personal: Entity::looks_personal(gender, roles),
                    short_forms_learned: false,
                });
                let index = self.entities.len() - 1;
                self.by_name.insert(name.to_string(), index);
                index
            }
        };
        if person {
            match self.by_surname.get_mut(surname) {
                Some(latest) => *latest = index,
                None => {
                    self.by_surname.insert(surname.to_string(), index);
                }
            }
        }
        index
    }

    /// Lets the words of a person's full name other than the last stand for
    /// it alone (`Quispe`, `Mira`). Not for names read off a headline or a
    /// heading, where capitals run on past the name (`Navarro Wins Again`).
    fn learn_short_forms(&mut self, entity: usize) {
        let Some(e) = self.entities.get_mut(entity) else { return };
        if e.short_forms_learned || e.kind != SpeakerKind::Person || e.words < 2 {
            return;
        }
        e.short_forms_learned = true;
        for word in e.name.split_whitespace().rev().skip(1).filter(|w| is_short_form(w)) {
            self.by_word.insert(word.to_lowercase(), entity);
        }
    }

    /// The entities named before `at`, most recent first.
    fn recent(&self, at: usize) -> impl Iterator<Item = (&Occurrence, &Entity)> + '_ {
        let end = self.occurrences.partition_point(|o| o.at < at);
        self.occurrences[..end].iter().rev().take(LOOKBACK).filter_map(|o| self.entities.get(o.entity).map(|e| (o, e)))
    }

    /// The occurrences in bytes `start..end`, in reading order.
    fn occurrences_in(&self, start: usize, end: usize) -> &[Occurrence] {
        let from = self.occurrences.partition_point(|o| o.at < start);
        let to = self.occurrences.partition_point(|o| o.at < end).max(from);
        &self.occurrences[from..to]
    }

    fn resolved(&self, entity: usize) -> Option<Resolved> {
        self.entities.get(entity).map(|e| Resolved { names: vec![e.name.clone()], kind: e.kind })
    }

    /// Who `mention`, written at its place, stands for, and the rule that says so.
    pub(crate) fn resolve(&self, mention: &Mention) -> Option<(Resolved, Rule)> {
        let at = mention.span.start;
        match &mention.kind {
            MentionKind::Name { name, kind, .. } => {
                let full = self.person_named(name, *kind, at).and_then(|e| self.entities.get(e));
                let rule = match full {
                    Some(e) if e.name != *name => rules::SPEAKER_SURNAME,
                    _ => rules::SPEAKER_AS_WRITTEN,
                };
                let name = full.map_or_else(|| name.clone(), |e| e.name.clone());
                Some((Resolved { names: vec![name], kind: *kind }, rule))
            }
            MentionKind::Pronoun(pronoun) => self.resolve_pronoun(*pronoun, at),
            MentionKind::Nominal { count: Some(count), .. } => {
                self.counted_group(*count, at).map(|r| (r, rules::SPEAKER_COUNTED_GROUP))
            }
            MentionKind::Nominal { kind, head, definite, .. } => {
                let (entity, rule) = self.nominal_entity(*kind, head, *definite, at)?;
                self.resolved(entity).map(|r| (r, rule))
            }
        }
    }

    /// The person a surname (or a name) stands for.
    fn person_named(&self, name: &str, kind: SpeakerKind, at: usize) -> Option<usize> {
        if kind != SpeakerKind::Person {
            return None;
        }
        let surname = name.split_whitespace().next_back()?.to_lowercase();
        let matches = |e: &Entity| e.kind == SpeakerKind::Person && e.surname == surname && e.words >= 1;
        let earlier = self.recent(at).find(|(_, e)| matches(e)).map(|(o, _)| o.entity);
        let one_word = !name.contains(char::is_whitespace);
        earlier
            .or_else(|| self.by_surname.get(&surname).copied())
            .or_else(|| self.by_word.get(&surname).copied().filter(|_| one_word))
    }

    fn resolve_pronoun(&self, pronoun: Pronoun, at: usize) -> Option<(Resolved, Rule)> {
        let referent = Referent::of(pronoun)?;
        let salient = self.salient(referent, at, SUBJECT_CHAIN).map(|r| (r, rules::SPEAKER_PRONOUN_SALIENT));
        salient.or_else(|| self.latest(referent, at).map(|r| (r, rules::SPEAKER_PRONOUN_LATEST)))
    }

    /// What a pronoun at `at` stands for: who its sentence, or the one before,
    /// is about, else the latest compatible name. `depth` bounds the chain of
    /// pronoun subjects followed back (`He … He … “…,” he said`).
    fn referent_at(&self, referent: Referent, at: usize, depth: usize) -> Option<Resolved> {
        self.salient(referent, at, depth).or_else(|| self.latest(referent, at))
    }

    /// The latest name a pronoun at `at` may stand for: for `he` and `she`,
    /// a person known to be one (a speaker, a courtesy title, a role, a given
    /// name), else a full name; for `they`, a group, pair of speakers or
    /// institution; for `it`, an institution or country.
    fn latest(&self, referent: Referent, at: usize) -> Option<Resolved> {
        let found = match referent {
            Referent::Person(_) => {
                let known = self.recent(at).find(|(_, e)| e.personal && referent.admits(e));
                known.or_else(|| self.recent(at).find(|(_, e)| e.words > 1 && referent.admits(e)))
            }
            Referent::Plural => {
                let group = self.groups.iter().rev().take(LOOKBACK).find(|(g, _)| *g < at);
                let institution = self.recent(at).find(|(_, e)| referent.admits(e));
                match (group, institution) {
                    (Some((g, resolved)), Some((o, _))) if *g >= o.at => return Some(resolved.clone()),
                    (Some((_, resolved)), None) => return Some(resolved.clone()),
                    (_, institution) => institution,
                }
            }
            Referent::Thing | Referent::Organization => self.recent(at).find(|(_, e)| referent.admits(e)),
        };
        found.and_then(|(o, _)| self.resolved(o.entity))
    }

    /// What the sentence of `at` (up to `at`), or else the sentence before,
    /// is about, if a pronoun of this kind may stand for it: who speaks in it,
    /// or else its subject.
    fn salient(&self, referent: Referent, at: usize, depth: usize) -> Option<Resolved> {
        for (index, start, until) in self.sentences_up_to(at) {
            if let Some(speaker) = self.salient_speaker(referent, start, until) {
                return self.resolved(speaker);
            }
            if referent == Referent::Plural {
                let together = self.groups.iter().rev().find(|(g, _)| (start..until).contains(g));
                if let Some((_, resolved)) = together {
                    return Some(resolved.clone());
                }
            }
            let subject = self.sentences.subject(index).filter(|m| m.span.start < until);
            if let Some(found) = subject.and_then(|m| self.subject_referent(m, referent, depth)) {
                return Some(found);
            }
        }
        None
    }

    /// The named entity the sentence of `at`, or the one before, is about:
    /// who speaks in it, or its subject when that is a name.
    fn salient_entity(&self, referent: Referent, at: usize) -> Option<usize> {
        for (index, start, until) in self.sentences_up_to(at) {
            if let Some(speaker) = self.salient_speaker(referent, start, until) {
                return Some(speaker);
            }
            let subject = self.sentences.subject(index).filter(|m| m.is_name() && m.span.start < until);
            let named = subject.and_then(|m| self.occurrences_in(m.span.start, m.span.end).last());
            if let Some(named) = named.filter(|o| self.is_salient(referent, o.entity)) {
                return Some(named.entity);
            }
        }
        None
    }

    /// The sentence of `at` and the one before it: index, start, and end
    /// (cut at `at`), the places a pronoun looks for what the text is about.
    fn sentences_up_to(&self, at: usize) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let current = self.sentences.index_of(at);
        [Some(current), current.checked_sub(1)]
            .into_iter()
            .flatten()
            .filter_map(move |index| self.sentences.span(index).map(|span| (index, span.start, span.end.min(at))))
    }

    /// The latest speaker between `start` and `until` that a pronoun of this kind may stand for.
    fn salient_speaker(&self, referent: Referent, start: usize, until: usize) -> Option<usize> {
        let speakers = self.occurrences_in(start, until).iter().rev().filter(|o| o.speaker);
        speakers.map(|o| o.entity).find(|&e| self.is_salient(referent, e))
    }

    /// Whether a pronoun of this kind may stand for `entity` when it is what a
    /// sentence is about. A lone capitalized word never written in full nor
    /// with a title is no sure person: it may be a place.
    fn is_salient(&self, referent: Referent, entity: usize) -> bool {
        self.entities.get(entity).is_some_and(|e| {
            referent.admits(e) && (!matches!(referent, Referent::Person(_)) || e.personal || e.words > 1)
        })
    }

    /// What a sentence's subject stands for, if a pronoun of this kind may
    /// stand for it: the name recorded there, the speaker a pronoun or
    /// description was resolved to, or its resolution now. A group or
    /// institution described but not named stands for itself (`Farmers
    /// blocked the road. “…,” they said`).
    fn subject_referent(&self, subject: &Mention, referent: Referent, depth: usize) -> Option<Resolved> {
        let at = subject.span.start;
        let entity = match &subject.kind {
            MentionKind::Name { name, kind, .. } => {
                let recorded = self.occurrences_in(at, subject.span.end).last().map(|o| o.entity);
                recorded.or_else(|| self.person_named(name, *kind, at))
            }
            _ => self.occurrences_in(at, at + 1).iter().find(|o| o.speaker).map(|o| o.entity),
        };
        if let Some(entity) = entity {
            return self.is_salient(referent, entity).then(|| self.resolved(entity)).flatten();
        }
        match &subject.kind {
            MentionKind::Pronoun(pronoun) if depth > 0 && Referent::of(*pronoun) == Some(referent) => {
                self.referent_at(referent, at, depth - 1)
            }
            // `Officials at the port said …. “…,” they said`: the port.
            MentionKind::Nominal { .. }
                if subject.affiliation.is_some() && referent.describes(SpeakerKind::Institution) =>
            {
                let affiliation = subject.affiliation.as_deref()?;
                let (resolved, _) = self.resolve(affiliation)?;
                (resolved.kind != SpeakerKind::Person || affiliation.is_name())
                    .then_some(Resolved { kind: SpeakerKind::Institution, ..resolved })
            }
            MentionKind::Nominal { kind, head, definite, text, .. } => {
                match self.nominal_entity(*kind, head, *definite, at).map(|(entity, _)| entity) {
                    Some(entity) => self.is_salient(referent, entity).then(|| self.resolved(entity)).flatten(),
                    None => referent.describes(*kind).then(|| Resolved { names: vec![text.clone()], kind: *kind }),
                }
            }
            _ => None,
        }
    }

    /// `the ministry` is the latest institution with "Ministry" in its name,
    /// else (`the company`) the institution the text is about right now;
    /// `the spokeswoman` the latest person introduced with that role, or else,
    /// for a definite description, the person the text is about right now.
    fn nominal_entity(&self, kind: SpeakerKind, head: &str, definite: bool, at: usize) -> Option<(usize, Rule)> {
        let family = role_family(head);
        match kind {
            SpeakerKind::Institution => {
                // `the ministry` is the latest `… Ministry`; else `the regulator` fits the latest `… Authority`.
                let headed_by = |e: &Entity, word: &str| {
                    e.kind == SpeakerKind::Institution
                        && e.name.split_whitespace().any(|w| w.eq_ignore_ascii_case(word))
                };
                let named = self.recent(at).find(|(_, e)| headed_by(e, head)).or_else(|| {
                    let fitting = fits(head);
                    self.recent(at).find(|(_, e)| fitting.iter().any(|f| headed_by(e, f)))
                });
                // `Rail operator Nordbahn said … “…,” the company said`: what the text is about.
                let salient = || definite.then(|| self.salient_entity(Referent::Organization, at)).flatten();
                named.map(|(o, _)| o.entity).or_else(salient).map(|e| (e, rules::SPEAKER_INSTITUTION_ANTECEDENT))
            }
            // `a spokeswoman` is someone new; `the spokeswoman` someone met before.
            SpeakerKind::Person if !definite => None,
            SpeakerKind::Person => {
                let fitting =
                    |e: &Entity| e.kind == SpeakerKind::Person && e.roles.iter().any(|r| role_fits(head, family, r));
                // The person the text is about, if the role fits, before the latest one who holds it.
                let salient = self
                    .salient_entity(Referent::Person(None), at)
                    .filter(|&e| self.entities.get(e).is_some_and(fitting));
                let by_role = salient.or_else(|| self.recent(at).find(|(_, e)| fitting(e)).map(|(o, _)| o.entity));
                if let Some(entity) = by_role {
                    return Some((entity, rules::SPEAKER_ROLE_ANTECEDENT));
                }
                // Else the person the text is about right now, unless a role of theirs
                // rules the description out (`the judge` is not the person titled lawyer).
                let is_role = word_info(head).title == Some(Title::Role);
                self.recent(at)
                    .take(DEFINITE_LOOKBACK)
                    .find(|(_, e)| e.kind == SpeakerKind::Person && e.personal && (!is_role || !has_role(e)))
                    .map(|(o, _)| (o.entity, rules::SPEAKER_PERSON_ANTECEDENT))
            }
            _ => None,
        }
    }

    /// `the two agencies`, `both men`: the latest group of that many named
    /// together, in the sentence of `at` or the one before.
    fn counted_group(&self, count: usize, at: usize) -> Option<Resolved> {
        let from = self.sentences.index_of(at).saturating_sub(1);
        let (group_at, group) = self.groups.iter().rev().take(LOOKBACK).find(|(g, _)| *g < at)?;
        (group.names.len() == count && self.sentences.index_of(*group_at) >= from).then(|| group.clone())
    }

    /// Sets the gender of the entity named `name`, learned from a pronoun.
    pub(crate) fn learn_gender(&mut self, name: &str, gender: Gender) {
        if let Some(entity) = self.by_name.get(name).and_then(|&e| self.entities.get_mut(e)) {
            entity.gender.get_or_insert(gender);
        }
    }
}

/// What a third-person pronoun can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Referent {
    /// `he`, `she`: a person of that gender or of no known gender.
    Person(Option<Gender>),
    /// `it`: an institution or a country.
    Thing,
    /// `they`: a group, people who spoke together, or an institution.
    Plural,
    /// `the company`: an institution.
    Organization,
}

impl Referent {
    fn of(pronoun: Pronoun) -> Option<Referent> {
        match pronoun {
            Pronoun::He | Pronoun::She => Some(Referent::Person(pronoun.gender())),
            Pronoun::It => Some(Referent::Thing),
            Pronoun::They => Some(Referent::Plural),
            Pronoun::I | Pronoun::We => None,
        }
    }

    fn admits(self, entity: &Entity) -> bool {
        match self {
            Referent::Person(gender) => {
                entity.kind == SpeakerKind::Person && (entity.gender.is_none() || entity.gender == gender)
            }
            Referent::Thing => matches!(entity.kind, SpeakerKind::Institution | SpeakerKind::Country),
            Referent::Plural => matches!(entity.kind, SpeakerKind::Institution | SpeakerKind::Group),
            Referent::Organization => entity.kind == SpeakerKind::Institution,
        }
    }

    /// Whether the pronoun may stand for a description of this kind that names
    /// nobody (`the company`, `officials`). A person needs a name.
    fn describes(self, kind: SpeakerKind) -> bool {
        match self {
            Referent::Person(_) => false,
            Referent::Thing | Referent::Organization => kind == SpeakerKind::Institution,
            Referent::Plural => matches!(kind, SpeakerKind::Institution | SpeakerKind::Group),
        }
    }
}

/// How far around a name its roles are read.
const ROLE_WINDOW: usize = 12;

/// The roles written around the person's name `items[start..end]`: a
/// lowercase title right before it (`envoy Ana Ruiz`) and the titles of an
/// apposition after it, opened by a determiner and closed by a comma or the
/// sentence's end (`Ana Ruiz, the bloc's special envoy,`).
fn roles_around(items: &[Item<'_>], start: usize, end: usize) -> Vec<String> {
    let role = |w: &Word<'_>| w.info.title == Some(Title::Role);
    let mut roles: Vec<String> = Vec::new();
    let before = start.checked_sub(1).and_then(|k| items.get(k)).and_then(Item::word);
    if let Some(w) = before.filter(|w| role(w) && w.shape == Shape::Lower) {
        roles.push(w.text.to_lowercase());
    }
    let word = |k: usize| items.get(k).and_then(Item::word);
    let opens = word(end).is_some_and(|w| w.text == ",")
        && word(end + 1)
            .is_some_and(|w| w.info.is(WordClass::Determiner) || (w.pronoun.is_none() && w.is_possessive()));
    if !opens {
        return roles;
    }
    let mut found = Vec::new();
    for k in end + 1..(end + ROLE_WINDOW).min(items.len()) {
        let Some(w) = word(k) else { return roles };
        if w.is("who") || w.is("whose") || w.cue.is_some() {
            return roles;
        }
        if w.text == "," || w.ends_sentence() {
            roles.append(&mut found);
            return roles;
        }
        if role(w) {
            found.push(w.text.to_lowercase());
        }
    }
    roles
}

/// Whether a person's role fits a description's head noun: the same role
/// (`spokeswoman`, `spokesman`) or one the noun stands for (`the envoy`, an ambassador).
fn role_fits(head: &str, family: &str, role: &str) -> bool {
    let role_family = role_family(role);
    role_family == family || fits(head).iter().any(|f| f.as_ref() == role || f.as_ref() == role_family)
}

/// Whether the text gave a person a role (`Judge`, `the port's director`), not
/// only a courtesy title.
fn has_role(entity: &Entity) -> bool {
    entity.roles.iter().any(|r| word_info(r).title == Some(Title::Role))
}

/// Whether a word of a full name other than the last may name the person
/// alone: not a particle (`da`), an initial, or a title.
fn is_short_form(word: &str) -> bool {
    let info = word_info(word);
    word.chars().filter(|c| c.is_alphabetic()).count() > 1
        && word.starts_with(char::is_uppercase)
        && info.title.is_none()
        && info.nominal.is_none()
        && !info.institution
        && !info.listed_institution
        && !info.stop
}

/// Whether `items[k]` opens a sentence.
/// Where the name before `items[k]` would have to end for the two to be
/// joined: `A and B`, `A and the B`.
fn joined_after(items: &[Item<'_>], k: usize) -> Option<usize> {
    let is = |i: usize, word: &str| items.get(i).and_then(Item::word).is_some_and(|w| w.is(word));
    let and = if k >= 1 && is(k - 1, "and") {
        k - 1
    } else if k >= 2 && is(k - 1, "the") && is(k - 2, "and") {
        k - 2
    } else {
        return None;
    };
    Some(and)
}

fn starts_sentence(items: &[Item<'_>], k: usize) -> bool {
    match k.checked_sub(1).and_then(|p| items.get(p)) {
        None | Some(Item::Quote(_)) => true,
        Some(Item::Word(prev)) => {
            ends_sentence_at(items, k - 1) || matches!(prev.text, ":" | "—" | "–" | "(" | "\u{2022}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions::mention_ending_at;
    use newsclip_text::{Layout, Span};

    /// Resolves the mention that ends with the last occurrence of `word` in `text`.
    fn resolve_last(text: &str, word: &str, hints: &[Hint]) -> Option<Resolved> {
        let doc = Document::new(text, &Layout::of_clean_text(text));
        let hints: Vec<&Hint> = hints.iter().collect();
        let registry = Registry::new(&doc, &hints);
        let region =
            doc.regions.iter().rev().find(|r| r.items.iter().any(|i| i.word().is_some_and(|w| w.text == word)))?;
        let end = region.items.iter().rposition(|i| i.word().is_some_and(|w| w.text == word))?;
        let (mention, _) = mention_ending_at(text, &region.items, end, 0)?;
        registry.resolve(&mention).map(|(resolved, _)| resolved)
    }

    fn names(resolved: Option<Resolved>) -> Vec<String> {
        resolved.map(|r| r.names).unwrap_or_default()
    }

    #[test]
    fn surname_takes_the_full_name() {
        let text = "Foreign Minister Ines Navarro arrived. Later Navarro spoke.";
        assert_eq!(names(resolve_last(text, "Navarro", &[])), ["Ines Navarro"]);
    }

    #[test]
    fn pronouns_follow_gender() {
        let text = "Ines Navarro met Paul Varga. Then she left.";
        assert_eq!(names(resolve_last(text, "she", &[])), ["Ines Navarro"]);
        let text = "Ines Navarro met Paul Varga. Then he left.";
        assert_eq!(names(resolve_last(text, "he", &[])), ["Paul Varga"]);
    }

    #[test]
    fn capitalized_words_of_unknown_kind_are_a_last_resort_for_he_and_she() {
        let text = "Ms. Ines Navarro arrived from Toronto Harbour. Then she left.";
        assert_eq!(names(resolve_last(text, "she", &[])), ["Ines Navarro"]);
    }

    #[test]
    fn they_and_it() {
        let text = "Omar Haddad and Tess Morgan built it. Then they left.";
        assert_eq!(names(resolve_last(text, "they", &[])), ["Omar Haddad", "Tess Morgan"]);
        let text = "The Ministry of Health wrote. Then it left.";
        assert_eq!(names(resolve_last(text, "it", &[])), ["Ministry of Health"]);
    }

    #[test]
    fn nominals_point_to_the_named_institution_or_role() {
        let text = "The Ministry of Health wrote. Then the ministry left.";
        assert_eq!(names(resolve_last(text, "ministry", &[])), ["Ministry of Health"]);
        let text = "Spokeswoman Ines Navarro wrote. Then the spokeswoman left.";
        assert_eq!(names(resolve_last(text, "spokeswoman", &[])), ["Ines Navarro"]);
        let text = "Spokeswoman Ines Navarro wrote. Then a spokeswoman left.";
        assert_eq!(resolve_last(text, "spokeswoman", &[]), None, "an indefinite description is someone new");
    }

    #[test]
    fn counted_nominals_point_to_a_group_named_together() {
        let text = "The Red Cross and the World Food Programme sent aid. The two agencies left.";
        assert_eq!(names(resolve_last(text, "agencies", &[])), ["Red Cross", "World Food Programme"]);
        let text = "Omar Haddad and Tess Morgan built it. Both men left.";
        assert_eq!(names(resolve_last(text, "men", &[])), ["Omar Haddad", "Tess Morgan"]);
        let text = "Omar Haddad and Tess Morgan built it. Three men left.";
        assert_eq!(resolve_last(text, "men", &[]), None, "a group of another size is someone else");
    }

    #[test]
    fn hints_name_the_entity_and_keep_what_the_text_tells() {
        let text = "Ms. Navarro arrived. Then she left.";
        let start = text.find("Navarro").unwrap_or_default();
        let hint = Hint { span: Span::new(start, start + 7), name: "Ines Navarro".into(), kind: SpeakerKind::Person };
        assert_eq!(names(resolve_last(text, "she", &[hint])), ["Ines Navarro"]);
    }
}
