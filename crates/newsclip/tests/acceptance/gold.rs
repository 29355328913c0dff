//! Gold pages (`NAME.txt` + `NAME.json`, format in `seeds/README.md`) and the
//! matching rules of the maintainers' scorer.

use std::collections::HashMap;
use std::path::PathBuf;

use newsclip::{Article, Entity, Extractor};
use serde_json::Value;

/// A page, what the extractor made of it, and its gold.
pub(super) struct GoldPage {
    pub(super) name: String,
    pub(super) article: Article,
    pub(super) gold: Value,
}

impl GoldPage {
    /// The gold's value for `key` as a string.
    pub(super) fn gold_str(&self, key: &str) -> Option<&str> {
        self.gold.get(key).and_then(Value::as_str)
    }

    /// The gold entities of a kind (`person`, `country`, `institution`).
    pub(super) fn gold_entities(&self, kind: &str) -> &[Value] {
        self.gold["entities"][kind].as_array().map_or(&[], Vec::as_slice)
    }

    /// The extracted entities of a kind.
    pub(super) fn entities<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Entity> + Clone + 'a {
        self.article.entities.iter().filter(move |e| kind_name(e) == kind)
    }
}

/// The names of the files of `dir` that end in `suffix`, without it, sorted.
pub(super) fn names_in(dir: &std::path::Path, suffix: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("the page directory is there")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(suffix).map(str::to_owned))
        .collect();
    names.sort();
    names
}

/// Every `NAME.txt` of `dir` (relative to the facade crate) extracted, with its gold `NAME.json`.
pub(super) fn gold_pages(dir: &str) -> Vec<GoldPage> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    let names = names_in(&dir, ".txt");
    let extractor = Extractor::new();
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("page text");
            let gold = std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("page gold");
            let gold: Value = serde_json::from_str(&gold).expect("gold is JSON");
            let article = extractor.extract(&text);
            GoldPage { name, article, gold }
        })
        .collect()
}

pub(super) fn strings(value: &Value) -> Vec<&str> {
    value.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

pub(super) fn is_optional(gold: &Value) -> bool {
    gold["optional"].as_bool() == Some(true)
}

/// Whitespace collapsed (non-breaking spaces included) and trimmed.
pub(super) fn squash(s: &str) -> String {
    s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// A quotation's words as the scorer compares them: marks, spaces and end punctuation trimmed.
pub(super) fn quote_key(s: &str) -> String {
    const TRIM: &[char] =
        &['"', '\'', '“', '”', '‘', '’', '«', '»', '„', '`', ' ', ',', '.', ';', ':', '…', '-', '–', '—'];
    squash(s).trim_matches(TRIM).to_owned()
}

/// The share of words two texts have in common, over the longer one's count.
pub(super) fn word_overlap(a: &str, b: &str) -> f64 {
    fn bag(s: &str) -> HashMap<String, usize> {
        let mut bag = HashMap::new();
        for word in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            *bag.entry(word.to_lowercase()).or_default() += 1;
        }
        bag
    }
    let (a, b) = (bag(a), bag(b));
    let (na, nb): (usize, usize) = (a.values().sum(), b.values().sum());
    if na == 0 || nb == 0 {
        return 0.0;
    }
    let shared: usize = a.iter().map(|(w, n)| (*n).min(b.get(w).copied().unwrap_or(0))).sum();
    shared as f64 / na.max(nb) as f64
}

/// Whether a gold quote's segments and an extracted quote's segments are the same quotation.
pub(super) fn same_quote(gold: &Value, segments: &[String]) -> bool {
    let wanted: Vec<String> = strings(&gold["segments"]).into_iter().map(quote_key).collect();
    segments.iter().map(|s| quote_key(s)).any(|s| wanted.iter().any(|w| *w == s || word_overlap(w, &s) >= 0.8))
}

/// The scorer's speaker rule: same name, same surname, or one institution name inside the other.
/// What the maintainers' scorer reads as a speaker's name: the name, or the
/// mention as written when the speaker has none.
pub(super) fn speaker_name(speaker: &newsclip::Speaker) -> &str {
    speaker.name.as_deref().or_else(|| speaker.mention.as_ref().map(|m| m.text.as_str())).unwrap_or_default()
}

pub(super) fn same_speaker(predicted: &str, gold: &Value) -> bool {
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

/// An entity's kind as the JSON output spells it.
pub(super) fn kind_name(entity: &Entity) -> String {
    serde_json::to_value(entity.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The scorer's entity rule: countries by code, the rest by a shared name or mention.
pub(super) fn same_entity(kind: &str, gold: &Value, entity: &Entity) -> bool {
    if kind == "country" {
        return entity.code.is_some_and(|code| gold["code"].as_str() == Some(code.as_str()));
    }
    let mut names: Vec<String> = strings(&gold["mentions"]).iter().map(|m| squash(m).to_lowercase()).collect();
    names.extend(gold["name"].as_str().map(|n| squash(n).to_lowercase()));
    std::iter::once(&entity.name)
        .chain(entity.mentions.iter().map(|m| &m.text))
        .any(|n| names.contains(&squash(n).to_lowercase()))
}
