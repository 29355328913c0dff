//! The word lists of `data/metadata_words.txt`, loaded strictly once.

use once_cell::sync::Lazy;

/// The metadata vocabulary, compiled into the binary.
const METADATA_WORDS: &str = include_str!("../../data/metadata_words.txt");

/// The lists, by kind.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    /// Separators between a headline and a site's or section's name in a title.
    pub(super) separators: Vec<&'static str>,
    /// Separators after which a short tail is a tagline.
    pub(super) tagline_separators: Vec<&'static str>,
    /// Words that introduce names (`by`, `von`).
    pub(super) cues: Vec<&'static str>,
    /// Lines that label the names on the next line.
    pub(super) labels: Vec<&'static str>,
    /// Words before `by` that credit someone other than the author.
    pub(super) credits: Vec<&'static str>,
    /// Words of a job title after a name.
    pub(super) roles: Vec<&'static str>,
    /// Words that end the name of a group of authors.
    pub(super) collectives: Vec<&'static str>,
    /// Words that join the parts of a byline.
    pub(super) connectors: Vec<&'static str>,
    /// Words that show a line is no byline.
    pub(super) not_names: Vec<&'static str>,
}

/// The vocabulary, loaded on first use.
pub(super) static WORDS: Lazy<Vocabulary> =
    Lazy::new(|| parse(METADATA_WORDS).unwrap_or_else(|err| panic!("data/metadata_words.txt: {err}")));

impl Vocabulary {
    /// Whether `word` (any case) is one of `list`.
    pub(super) fn has(list: &[&str], word: &str) -> bool {
        list.iter().any(|w| w.eq_ignore_ascii_case(word) || (!word.is_ascii() && word.to_lowercase() == *w))
    }
}

/// Parses the lists: `[kind]` headers, then one lower-case entry per line.
fn parse(data: &'static str) -> Result<Vocabulary, String> {
    let mut words = Vocabulary::default();
    let mut current: Option<&mut Vec<&'static str>> = None;
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
        if list.contains(&line) {
            return Err(format!("line {}: {line:?} is listed twice", number + 1));
        }
        list.push(line);
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
        assert!(words.cues.contains(&"by") && words.labels.contains(&"written by"));
        assert!(words.separators.contains(&"|") && words.roles.contains(&"editor"));
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
