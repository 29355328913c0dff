//! The word lists of `data/metadata_words.txt`, loaded strictly once.

use std::collections::HashSet;

use once_cell::sync::Lazy;

/// The metadata vocabulary, compiled into the binary.
const METADATA_WORDS: &str = include_str!("../../data/metadata_words.txt");

/// The lists, by kind.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    /// Separators between a headline and a site's or section's name in a title.
    pub(super) separators: WordList,
    /// Separators after which a short tail is a tagline.
    pub(super) tagline_separators: WordList,
    /// Words that introduce names (`by`, `von`).
    pub(super) cues: WordList,
    /// Lines that label the names on the next line.
    pub(super) labels: WordList,
    /// Words before `by` that credit someone other than the author.
    pub(super) credits: WordList,
    /// Words of a job title after a name.
    pub(super) roles: WordList,
    /// Words that end the name of a group of authors.
    pub(super) collectives: WordList,
    /// Words that join the parts of a byline.
    pub(super) connectors: WordList,
    /// Words that show a line is no byline.
    pub(super) not_names: WordList,
}

/// The vocabulary, loaded on first use.
pub(super) static WORDS: Lazy<Vocabulary> =
    Lazy::new(|| parse(METADATA_WORDS).unwrap_or_else(|err| panic!("data/metadata_words.txt: {err}")));

/// One list of the vocabulary: its entries in the file's order, and a set to look words up.
#[derive(Debug, Default)]
pub(super) struct WordList {
    entries: Vec<&'static str>,
    set: HashSet<&'static str>,
}

impl WordList {
    /// Whether `word`, in any case, is one of the list.
    pub(super) fn has(&self, word: &str) -> bool {
        if word.chars().any(char::is_uppercase) {
            self.set.contains(word.to_lowercase().as_str())
        } else {
            self.set.contains(word)
        }
    }

    /// The entries, in the file's order.
    pub(super) fn iter(&self) -> impl Iterator<Item = &&'static str> {
        self.entries.iter()
    }

    fn push(&mut self, entry: &'static str) -> bool {
        self.entries.push(entry);
        self.set.insert(entry)
    }

    fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Parses the lists: `[kind]` headers, then one lower-case entry per line.
fn parse(data: &'static str) -> Result<Vocabulary, String> {
    let mut words = Vocabulary::default();
    let mut current: Option<&mut WordList> = None;
    for (number, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let list = match name {
                "separator" => &mut words.separators,
                "tagline_separator" => &mut words.tagline_separators,
                "cue" => &mut words.cues,
                "label" => &mut words.labels,
                "credit" => &mut words.credits,
                "role" => &mut words.roles,
                "collective" => &mut words.collectives,
                "connector" => &mut words.connectors,
                "not_name" => &mut words.not_names,
                _ => return Err(format!("line {}: unknown kind [{name}]", number + 1)),
            };
            if !list.is_empty() {
                return Err(format!("line {}: [{name}] is listed twice", number + 1));
            }
            current = Some(list);
            continue;
        }
        let Some(list) = current.as_deref_mut() else {
            return Err(format!("line {}: an entry before any [kind]", number + 1));
        };
        if line.chars().any(char::is_uppercase) {
            return Err(format!("line {}: {line:?} is not lower case", number + 1));
        }
        if !list.push(line) {
            return Err(format!("line {}: {line:?} is listed twice", number + 1));
        }
    }
    let lists = [
        ("separator", &words.separators),
        ("tagline_separator", &words.tagline_separators),
        ("cue", &words.cues),
        ("label", &words.labels),
        ("credit", &words.credits),
        ("role", &words.roles),
        ("collective", &words.collectives),
        ("connector", &words.connectors),
        ("not_name", &words.not_names),
    ];
    for (name, list) in lists {
        if list.is_empty() {
            return Err(format!("[{name}] is missing or empty"));
        }
        let spaced = list.iter().find(|entry| entry.contains(' '));
        if let Some(entry) = spaced.filter(|_| name != "label") {
            return Err(format!("[{name}]: {entry:?} holds a space"));
        }
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_loads() {
        let words = parse(METADATA_WORDS).expect("data/metadata_words.txt loads");
        assert!(words.cues.has("By") && words.labels.has("written by"));
        assert!(words.separators.has("|") && words.roles.has("editor"));
    }

    #[test]
    fn the_loader_is_strict() {
        assert!(parse("by").is_err());
        assert!(parse("[nonsense]\nby").is_err());
        assert!(parse("[cue]\nBy").is_err());
        assert!(parse("[cue]\nby\nby").is_err());
        assert!(parse("[cue]\nby\n[cue]\nvon").is_err());
        assert!(parse("[cue]\nwritten by").is_err());
        assert!(parse("[cue]\nby").is_err(), "every kind must be present");
    }
}
