//! Acceptance tests: the extractor against the hand-made gold of the seed articles
//! (`seeds/*.json` beside each `seeds/*.txt`; format in `seeds/README.md`).

use std::path::PathBuf;

use newsclip::{Article, Extractor};
use serde_json::Value;

struct Seed {
    name: String,
    article: Article,
    gold: Value,
}

fn seeds() -> Vec<Seed> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("seeds/ exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".txt").map(str::to_owned))
        .collect();
    names.sort();
    assert_eq!(names.len(), 5, "five seed articles");
    let extractor = Extractor::new();
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("seed text");
            let gold = std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("seed gold");
            let gold: Value = serde_json::from_str(&gold).expect("gold is JSON");
            let article = extractor.extract(&text);
            Seed { name, article, gold }
        })
        .collect()
}

fn gold_str<'a>(gold: &'a Value, key: &str) -> Option<&'a str> {
    gold.get(key).and_then(Value::as_str)
}

fn strings(value: &Value) -> Vec<&str> {
    value.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

/// Whitespace collapsed (non-breaking spaces included) and trimmed.
fn squash(s: &str) -> String {
    s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// A quotation's words as the maintainers' scorer compares them: marks,
/// spaces and end punctuation trimmed.
fn quote_key(s: &str) -> String {
    const TRIM: &[char] =
        &['"', '\'', '“', '”', '‘', '’', '«', '»', '„', '`', ' ', ',', '.', ';', ':', '…', '-', '–', '—'];
    squash(s).trim_matches(TRIM).to_owned()
}

/// The scorer's speaker rule: same name, same surname, or one institution name inside the other.
fn same_speaker(predicted: &str, gold: &Value) -> bool {
    let p = squash(predicted).to_lowercase();
    let golds: Vec<&str> = match gold {
        Value::Array(_) => strings(gold),
        Value::String(s) => vec![s.as_str()],
        _ => vec![],
    };
    golds.iter().any(|g| {
        let g = squash(g).to_lowercase();
        let (pw, gw): (Vec<&str>, Vec<&str>) = (p.split(' ').collect(), g.split(' ').collect());
        p == g
            || (pw.last() == gw.last() && (pw.len() == 1 || gw.len() == 1 || pw[0] == gw[0]))
            || (p.len() >= 4 && (p.contains(&g) || g.contains(&p)))
    })
}

#[test]
fn title_and_metadata_match_the_gold() {
    for seed in seeds() {
        let (a, g, name) = (&seed.article, &seed.gold, &seed.name);
        assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), gold_str(g, "title"), "{name}: title");
        assert_eq!(a.author.as_ref().map(|t| t.text.as_str()), gold_str(g, "author"), "{name}: author");
        assert_eq!(a.section.as_ref().map(|t| t.text.as_str()), gold_str(g, "section"), "{name}: section");
        assert_eq!(a.published.as_deref(), gold_str(g, "published"), "{name}: published");
        let dateline = a.dateline.as_ref().map(|d| (d.place.as_deref(), d.date.as_deref(), d.agency.as_deref()));
        let gold_dateline =
            g["dateline"].as_object().map(|d| (d["place"].as_str(), d["date"].as_str(), d["agency"].as_str()));
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
        for gold in seed.gold["quotes"].as_array().into_iter().flatten() {
            if gold["optional"].as_bool() == Some(true) {
                continue;
            }
            let wanted: Vec<String> = strings(&gold["segments"]).into_iter().map(quote_key).collect();
            let found =
                seed.article.quotes.iter().find(|q| q.segments.iter().any(|s| wanted.contains(&quote_key(&s.text))));
            let Some(found) = found else { panic!("{}: quote not found: {:?}", seed.name, wanted) };
            match (&gold["speaker"], &found.speaker) {
                (Value::Null, speaker) => assert!(speaker.is_none(), "{}: {:?} has no speaker", seed.name, wanted),
                (expected, Some(speaker)) => assert!(
                    same_speaker(&speaker.name, expected),
                    "{}: {:?} said by {expected}, not {}",
                    seed.name,
                    wanted,
                    speaker.name
                ),
                (expected, None) => panic!("{}: {:?} said by {expected}, found no speaker", seed.name, wanted),
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
        let entities = &seed.article.entities;
        for kind in ["person", "country", "institution"] {
            for gold in seed.gold["entities"][kind].as_array().into_iter().flatten() {
                if gold["optional"].as_bool() == Some(true) {
                    continue;
                }
                let of_kind = entities.iter().filter(|e| serde_json::to_value(e.kind).ok() == Some(Value::from(kind)));
                let found = if kind == "country" {
                    let code = gold["code"].as_str();
                    of_kind.clone().any(|e| e.code.map(|c| c.to_string()).as_deref() == code)
                } else {
                    let mut names: Vec<String> = strings(&gold["mentions"]).iter().map(|m| m.to_lowercase()).collect();
                    names.extend(gold["name"].as_str().map(str::to_lowercase));
                    of_kind.clone().any(|e| {
                        names.contains(&e.name.to_lowercase())
                            || e.mentions.iter().any(|m| names.contains(&m.text.to_lowercase()))
                    })
                };
                assert!(found, "{}: {kind} not found: {}", seed.name, gold);
            }
        }
    }
}

#[test]
fn people_carry_their_full_names() {
    for seed in seeds() {
        for gold in seed.gold["entities"]["person"].as_array().into_iter().flatten() {
            let Some(name) = gold["name"].as_str() else { continue };
            if gold["optional"].as_bool() == Some(true) || !name.contains(' ') {
                continue;
            }
            let surname = name.rsplit(' ').next().unwrap_or(name);
            let person = seed.article.entities.iter().find(|e| e.name.ends_with(surname) && e.name.contains(' '));
            assert_eq!(person.map(|e| e.name.as_str()), Some(name), "{}: full name of {surname}", seed.name);
        }
    }
}
