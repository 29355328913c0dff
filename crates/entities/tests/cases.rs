//! Data-driven tests: every `tests/cases/*.toml` file holds cases of the form
//!
//! ```toml
//! [[case]]
//! language = "de"         # optional: the ISO 639-1 code of the text (default English)
//! text = "…"
//! [[case.expect]]          # an entity that must be found, with exactly these mentions
//! kind = "country"         # person | country | institution
//! code = "US"              # countries: the ISO code; others: `name` (the canonical name)
//! mentions = ["U.S.", "America"]
//! country = "AM"           # optional: the country a person or institution is tied to
//! title = "President"      # optional: a person's title
//! [[case.reject]]          # a text that must not be a mention of that kind
//! kind = "country"
//! text = "us"
//! ```

use std::fs;
use std::path::Path;

use newsclip_entities::{tag, Entity, EntityKind, Tagger};
use newsclip_text::Layout;
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    language: Option<String>,
    text: String,
    #[serde(default)]
    expect: Vec<Expected>,
    #[serde(default)]
    reject: Vec<Rejected>,
}

#[derive(Deserialize)]
struct Expected {
    kind: String,
    code: Option<String>,
    name: Option<String>,
    mentions: Vec<String>,
    country: Option<String>,
    title: Option<String>,
}

#[derive(Deserialize)]
struct Rejected {
    kind: String,
    text: String,
}

fn kind(name: &str) -> EntityKind {
    match name {
        "person" => EntityKind::Person,
        "country" => EntityKind::Country,
        "institution" => EntityKind::Institution,
        other => panic!("unknown kind {other:?}"),
    }
}

fn describe(entities: &[Entity<'_>]) -> String {
    entities
        .iter()
        .map(|e| {
            let mentions: Vec<&str> = e.mentions.iter().map(|m| m.text).collect();
            format!("{:?} {:?} {:?} {:?}", e.kind, e.name, e.code.map(|c| c.to_string()), mentions)
        })
        .collect::<Vec<_>>()
        .join("\n  ")
}

fn check(case: &Case, file: &str) -> Vec<String> {
    let entities = match case.language.as_deref() {
        None => tag(&case.text),
        Some(code) => {
            let tagger = Tagger::for_language(code).unwrap_or_else(|| panic!("{file}: no tagger for {code:?}"));
            tagger.tag(&case.text, &Layout::of_clean_text(&case.text))
        }
    };
    let mut failures = Vec::new();
    for expected in &case.expect {
        let found = entities.iter().find(|e| {
            e.kind == kind(&expected.kind)
                && expected.code.as_deref().is_none_or(|c| e.code.is_some_and(|code| code.as_str() == c))
                && expected.name.as_deref().is_none_or(|n| e.name == n)
        });
        let ok = found.is_some_and(|e| {
            e.mentions.iter().map(|m| m.text).eq(expected.mentions.iter().map(String::as_str))
                && expected.country.as_deref().is_none_or(|c| e.country.is_some_and(|code| code.as_str() == c))
                && expected.title.as_deref().is_none_or(|t| e.title.as_deref() == Some(t))
        });
        if !ok {
            failures.push(format!(
                "{file}: in {:?}\n expected {} {:?}{:?} with mentions {:?}\n got:\n  {}",
                case.text,
                expected.kind,
                expected.code,
                expected.name,
                expected.mentions,
                describe(&entities)
            ));
        }
    }
    for rejected in &case.reject {
        let wrong = entities
            .iter()
            .filter(|e| e.kind == kind(&rejected.kind))
            .any(|e| e.mentions.iter().any(|m| m.text == rejected.text));
        if wrong {
            failures.push(format!(
                "{file}: in {:?}\n {:?} must not be a {} mention; got:\n  {}",
                case.text,
                rejected.text,
                rejected.kind,
                describe(&entities)
            ));
        }
    }
    failures
}

#[test]
fn toml_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut paths: Vec<_> =
        fs::read_dir(&dir).expect("tests/cases exists").filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    let mut failures = Vec::new();
    let mut cases = 0;
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "toml")) {
        let text = fs::read_to_string(path).expect("readable case file");
        let file: File = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for case in &file.case {
            cases += 1;
            failures.extend(check(case, &name));
        }
    }
    assert!(cases >= 30, "expected the case files to hold at least 30 cases, found {cases}");
    assert!(failures.is_empty(), "{} failing expectations:\n\n{}", failures.len(), failures.join("\n\n"));
}
