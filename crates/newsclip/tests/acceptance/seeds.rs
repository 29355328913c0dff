//! The five seed articles come out exactly as their gold says: metadata, body
//! paragraphs, every required quote with its speaker and no other, every
//! required entity with its full name and no other.

use serde_json::Value;

use super::gold::{gold_pages, is_optional, quote_key, same_entity, same_speaker, speaker_name, strings, GoldPage};

fn seeds() -> Vec<GoldPage> {
    let seeds = gold_pages("tests/seeds");
    assert_eq!(seeds.len(), 5, "five seed articles");
    seeds
}

#[test]
fn title_and_metadata_match_the_gold() {
    for seed in seeds() {
        let (a, name) = (&seed.article, &seed.name);
        assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), seed.gold_str("title"), "{name}: title");
        assert_eq!(a.author.as_ref().map(|t| t.text.as_str()), seed.gold_str("author"), "{name}: author");
        assert_eq!(a.section.as_ref().map(|t| t.text.as_str()), seed.gold_str("section"), "{name}: section");
        assert_eq!(a.published.as_deref(), seed.gold_str("published"), "{name}: published");
        let dateline = a.dateline.as_ref().map(|d| (d.place.as_deref(), d.date.as_deref(), d.agency.as_deref()));
        let gold_dateline =
            seed.gold["dateline"].as_object().map(|d| (d["place"].as_str(), d["date"].as_str(), d["agency"].as_str()));
        assert_eq!(dateline, gold_dateline, "{name}: dateline");
    }
}

#[test]
fn body_paragraphs_are_exact() {
    for seed in seeds() {
        let optional = strings(&seed.gold["optional_body"]);
        let body: Vec<&str> =
            seed.article.paragraphs.iter().map(|p| p.text.as_str()).filter(|p| !optional.contains(p)).collect();
        assert_eq!(body, strings(&seed.gold["body"]), "{}: body paragraphs", seed.name);
    }
}

#[test]
fn every_required_quote_is_found_with_its_speaker() {
    for seed in seeds() {
        for gold in seed.gold["quotes"].as_array().into_iter().flatten().filter(|q| !is_optional(q)) {
            let wanted: Vec<String> = strings(&gold["segments"]).into_iter().map(quote_key).collect();
            let found =
                seed.article.quotes.iter().find(|q| q.segments.iter().any(|s| wanted.contains(&quote_key(&s.text))));
            let Some(found) = found else { panic!("{}: quote not found: {wanted:?}", seed.name) };
            match (&gold["speaker"], &found.speaker) {
                (Value::Null, speaker) => assert!(speaker.is_none(), "{}: {wanted:?} has no speaker", seed.name),
                (expected, Some(speaker)) => assert!(
                    same_speaker(speaker_name(speaker), expected),
                    "{}: {wanted:?} said by {expected}, not {}",
                    seed.name,
                    speaker_name(speaker)
                ),
                (expected, None) => panic!("{}: {wanted:?} said by {expected}, found no speaker", seed.name),
            }
        }
    }
}

#[test]
fn every_reported_quote_is_in_the_gold() {
    for seed in seeds() {
        let gold: Vec<String> = seed.gold["quotes"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|q| strings(&q["segments"]))
            .map(quote_key)
            .collect();
        for quote in &seed.article.quotes {
            assert!(
                quote.segments.iter().any(|s| gold.contains(&quote_key(&s.text))),
                "{}: spurious quote {:?}",
                seed.name,
                quote.text
            );
        }
    }
}

#[test]
fn every_required_entity_is_found() {
    for seed in seeds() {
        for kind in ["person", "country", "institution"] {
            for gold in seed.gold_entities(kind).iter().filter(|g| !is_optional(g)) {
                let found = seed.entities(kind).any(|e| same_entity(kind, gold, e));
                assert!(found, "{}: {kind} not found: {gold}", seed.name);
            }
        }
    }
}

#[test]
fn every_reported_entity_is_in_the_gold() {
    for seed in seeds() {
        for kind in ["person", "country", "institution"] {
            for entity in seed.entities(kind) {
                let known = seed.gold_entities(kind).iter().any(|g| same_entity(kind, g, entity));
                assert!(known, "{}: spurious {kind} {:?}", seed.name, entity.name);
            }
        }
    }
}

#[test]
fn people_carry_their_full_names() {
    for seed in seeds() {
        for gold in seed.gold_entities("person").iter().filter(|g| !is_optional(g)) {
            let Some(name) = gold["name"].as_str().filter(|n| n.contains(' ')) else { continue };
            let surname = name.rsplit(' ').next().unwrap_or(name);
            let person = seed.entities("person").find(|e| e.name.ends_with(surname) && e.name.contains(' '));
            assert_eq!(person.map(|e| e.name.as_str()), Some(name), "{}: full name of {surname}", seed.name);
        }
    }
}
