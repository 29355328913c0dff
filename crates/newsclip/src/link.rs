//! Links quote speakers to the entities of the same article.
//!
//! A speaker is linked by its mention first (the mention `Patel` lies on a
//! mention of the entity `Vedant Patel`), then by name: the full name, or for
//! a person the surname when exactly one person entity carries it. A linked
//! speaker takes the entity's canonical name.

use std::collections::HashMap;

use newsclip_entities::EntityKind;
use newsclip_quotes::SpeakerKind;
use newsclip_text::Span;

use crate::{Entity, Quote, Speaker};

/// Finds entities by mention position and by name, in logarithmic or constant time.
struct EntityIndex<'e> {
    entities: &'e [Entity],
    /// Every mention with its entity, sorted by start.
    mentions: Vec<(Span, usize)>,
    /// Lower-cased canonical names.
    by_name: HashMap<String, usize>,
    /// Lower-cased last words of person names, with how many people share each.
    by_surname: HashMap<String, (usize, usize)>,
}

impl<'e> EntityIndex<'e> {
    fn new(entities: &'e [Entity]) -> Self {
        let mut mentions: Vec<(Span, usize)> =
            entities.iter().flat_map(|e| e.mentions.iter().map(move |m| (m.span(), e.id))).collect();
        mentions.sort_unstable_by_key(|(span, _)| (span.start, span.end));
        let mut by_name = HashMap::new();
        let mut by_surname: HashMap<String, (usize, usize)> = HashMap::new();
        for e in entities {
            by_name.entry(e.name.to_lowercase()).or_insert(e.id);
            if e.kind == EntityKind::Person {
                if let Some(surname) = last_word(&e.name) {
                    by_surname.entry(surname).and_modify(|(_, n)| *n += 1).or_insert((e.id, 1));
                }
            }
        }
        EntityIndex { entities, mentions, by_name, by_surname }
    }

    /// The entity of a compatible kind with a mention overlapping `span` up to
    /// its end: the mention's head (`Mr. Patel`, `the Defense Ministry`), not a
    /// name that only modifies it (`a Clinton campaign veteran`).
    fn at(&self, span: Span, kind: SpeakerKind) -> Option<usize> {
        // Mentions do not overlap each other, so those overlapping `span` are the
        // run that ends with the last mention starting before `span.end`.
        let after = self.mentions.partition_point(|(m, _)| m.start < span.end);
        self.mentions[..after]
            .iter()
            .rev()
            .take_while(|(m, _)| m.end > span.start)
            .filter(|(m, _)| m.end >= span.end)
            .map(|&(_, id)| id)
            .find(|&id| compatible(self.entities[id].kind, kind))
    }

    /// The entity a name refers to: same canonical name, or a person's unique surname.
    fn named(&self, name: &str, kind: SpeakerKind) -> Option<usize> {
        let exact = self.by_name.get(&name.to_lowercase()).copied();
        let by_surname = || match (kind, last_word(name).and_then(|s| self.by_surname.get(&s))) {
            (SpeakerKind::Person, Some(&(id, 1))) => Some(id),
            _ => None,
        };
        exact.filter(|&id| compatible(self.entities[id].kind, kind)).or_else(by_surname)
    }
}

fn compatible(entity: EntityKind, speaker: SpeakerKind) -> bool {
    matches!(
        (entity, speaker),
        (EntityKind::Person, SpeakerKind::Person)
            | (EntityKind::Institution, SpeakerKind::Institution)
            | (EntityKind::Country, SpeakerKind::Country)
    )
}

fn last_word(name: &str) -> Option<String> {
    name.split_whitespace().last().map(str::to_lowercase)
}

/// Sets each speaker's [`entity`](Speaker::entity) and canonical name.
pub(crate) fn link_speakers(quotes: &mut [Quote], entities: &[Entity]) {
    if entities.is_empty() {
        return;
    }
    let index = EntityIndex::new(entities);
    for speaker in quotes.iter_mut().filter_map(|q| q.speaker.as_mut()) {
        link(speaker, &index);
    }
}

fn link(speaker: &mut Speaker, index: &EntityIndex<'_>) {
    let by_mention = speaker.mention.as_ref().and_then(|m| index.at(m.span(), speaker.kind));
    if speaker.names.len() <= 1 {
        let id = by_mention.or_else(|| speaker.name.as_deref().and_then(|name| index.named(name, speaker.kind)));
        if let Some(id) = id {
            let name = index.entities[id].name.clone();
            speaker.entity = Some(id);
            speaker.names = vec![name.clone()];
            speaker.name = Some(name);
        }
        return;
    }
    // Several people: resolve each name on its own.
    let ids: Vec<Option<usize>> = speaker.names.iter().map(|n| index.named(n, speaker.kind)).collect();
    for (name, id) in speaker.names.iter_mut().zip(&ids) {
        if let Some(id) = id {
            name.clone_from(&index.entities[*id].name);
        }
    }
    speaker.entity = ids.into_iter().flatten().next();
    speaker.name = Some(speaker.names.join(" and "));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TextSpan;

    fn span(text: &str, start: usize) -> TextSpan {
        TextSpan { text: text.to_owned(), start, end: start + text.len(), rule: None }
    }

    fn person(id: usize, name: &str, mentions: Vec<TextSpan>) -> Entity {
        Entity {
            id,
            kind: EntityKind::Person,
            name: name.to_owned(),
            code: None,
            country: None,
            title: None,
            mentions,
            reference: None,
        }
    }

    fn quote(speaker: Speaker) -> Quote {
        Quote {
            text: String::new(),
            segments: vec![],
            speaker: Some(speaker),
            cue: None,
            partial: false,
            in_title: false,
        }
    }

    fn speaker(name: &str, mention: Option<TextSpan>) -> Speaker {
        Speaker {
            name: Some(name.to_owned()),
            names: vec![name.to_owned()],
            kind: SpeakerKind::Person,
            mention,
            entity: None,
            rule: newsclip_quotes::rules::SPEAKER_AS_WRITTEN,
            attribution: newsclip_quotes::rules::ATTRIBUTION_AFTER,
        }
    }

    #[test]
    fn links_by_mention_then_by_surname() {
        let entities = vec![
            person(0, "Jane Roe", vec![span("Jane Roe", 0), span("Roe", 40)]),
            person(1, "Max Doe", vec![span("Max Doe", 20)]),
        ];
        let mut quotes = vec![quote(speaker("Roe", Some(span("Roe", 40)))), quote(speaker("Doe", None))];
        link_speakers(&mut quotes, &entities);
        let linked: Vec<_> = quotes.iter().map(|q| q.speaker.as_ref().map(|s| (s.name.as_deref(), s.entity))).collect();
        assert_eq!(linked, [Some((Some("Jane Roe"), Some(0))), Some((Some("Max Doe"), Some(1)))]);
    }

    #[test]
    fn a_name_modifying_a_description_is_not_linked() {
        let entities = vec![person(0, "Ann Lee", vec![span("Lee", 2)])];
        let mut s = speaker("Lee campaign veteran", Some(span("a Lee campaign veteran", 0)));
        s.rule = newsclip_quotes::rules::SPEAKER_UNRESOLVED;
        let mut quotes = vec![quote(s)];
        link_speakers(&mut quotes, &entities);
        assert_eq!(quotes[0].speaker.as_ref().and_then(|s| s.entity), None);
    }

    #[test]
    fn ambiguous_surname_stays_unlinked() {
        let entities = vec![person(0, "Ann Lee", vec![]), person(1, "Bo Lee", vec![])];
        let mut quotes = vec![quote(speaker("Lee", None))];
        link_speakers(&mut quotes, &entities);
        assert_eq!(quotes[0].speaker.as_ref().and_then(|s| s.entity), None);
    }

    #[test]
    fn several_people_are_linked_one_by_one() {
        let entities = vec![person(0, "Ann Lee", vec![]), person(1, "Bo Kim", vec![])];
        let mut s = speaker("Lee and Kim", None);
        s.names = vec!["Lee".into(), "Kim".into()];
        let mut quotes = vec![quote(s)];
        link_speakers(&mut quotes, &entities);
        let s = quotes[0].speaker.as_ref().map(|s| (s.name.clone(), s.entity));
        assert_eq!(s, Some((Some("Ann Lee and Bo Kim".to_owned()), Some(0))));
    }
}
