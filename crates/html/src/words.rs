//! What class and id attributes say about an element: the word lists of `data/class_words.txt`,
//! loaded strictly once, and the splitting of attribute values into words.

use std::collections::HashMap;

use once_cell::sync::Lazy;

use crate::hints::Hints;

/// The class and id vocabulary, compiled into the binary.
const CLASS_WORDS: &str = include_str!("../data/class_words.txt");

/// Word -> the hint it gives.
static WORDS: Lazy<HashMap<&'static str, Hints>> =
    Lazy::new(|| parse(CLASS_WORDS).unwrap_or_else(|err| panic!("data/class_words.txt: {err}")));

/// Whole class tokens that hide an element from sighted readers.
const HIDING_CLASSES: &str = include_str!("../data/hiding_classes.txt");

static HIDING: Lazy<Vec<&'static str>> =
    Lazy::new(|| parse_list(HIDING_CLASSES).unwrap_or_else(|err| panic!("data/hiding_classes.txt: {err}")));

/// Parses a list of one lower-case class name per line.
fn parse_list(data: &'static str) -> Result<Vec<&'static str>, String> {
    let mut names = Vec::new();
    for (number, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if !line.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            return Err(format!("line {}: {line:?} is not a lower-case class name", number + 1));
        }
        names.push(line);
    }
    Ok(names)
}

/// Parses the word list: `[kind]` headers, then one word per line.
fn parse(data: &'static str) -> Result<HashMap<&'static str, Hints>, String> {
    let mut words = HashMap::new();
    let mut kind = None;
    for (number, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            kind =
                Some(Hints::from_kind_name(name).ok_or_else(|| format!("line {}: unknown kind [{name}]", number + 1))?);
            continue;
        }
        let kind = kind.ok_or_else(|| format!("line {}: a word before any [kind]", number + 1))?;
        if !line.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(format!("line {}: {line:?} is not one lower-case ASCII word", number + 1));
        }
        if words.insert(line, kind).is_some() {
            return Err(format!("line {}: {line:?} is listed twice", number + 1));
        }
    }
    Ok(words)
}

/// The hints of a `class` or `id` value: each word's kind, and [`Hints::HIDDEN`] for a hiding class.
pub(crate) fn hints_of_names(value: &str) -> Hints {
    let mut hints = Hints::NONE;
    // One buffer for all the words of a token, and one for a pair of them.
    let mut letters = String::new();
    let mut ranges: Vec<core::ops::Range<usize>> = Vec::new();
    let mut joined = String::new();
    for token in value.split_ascii_whitespace() {
        if token.len() > 64 {
            continue;
        }
        if HIDING.iter().any(|c| token.eq_ignore_ascii_case(c)) {
            hints |= Hints::HIDDEN;
        }
        letters.clear();
        ranges.clear();
        for_each_word(token, |word| {
            let start = letters.len();
            letters.push_str(word);
            ranges.push(start..letters.len());
        });
        let words: Vec<&str> = ranges.iter().map(|r| &letters[r.clone()]).collect();
        let words = &words[..meaningful_words(&words)];
        for (i, word) in words.iter().enumerate() {
            if let Some(&kind) = WORDS.get(word) {
                hints |= kind;
            }
            if i > 0 && !word.is_empty() && !words[i - 1].is_empty() {
                joined.clear();
                joined.push_str(words[i - 1]);
                joined.push_str(word);
                if let Some(&kind) = WORDS.get(joined.as_str()) {
                    hints |= kind;
                }
            }
        }
    }
    hints
}

/// How many of a class token's words say what the element holds. Blog engines and CMSs mark a
/// post with one class per tag, category, author, type and status (`tag-elections`,
/// `entry-category-sport`, `entry-author-jane_doe`, `node-type-article`): the words after such
/// a taxonomy word are a term's name, not a description, and the taxonomy word itself says
/// nothing either, except `author`, whose element is about its author. A token opening with a
/// state word (`has-sidebar`, `no-comments`, `with-share-bar`) tells what the page has or
/// shows elsewhere, not what the element holds: none of its words count.
fn meaningful_words(words: &[&str]) -> usize {
    const TAXONOMY: [&str; 8] = ["tag", "category", "categories", "term", "taxonomy", "type", "format", "status"];
    const STATE: [&str; 8] = ["has", "no", "non", "with", "without", "show", "hide", "enable"];
    if words.len() > 1 && STATE.contains(&words[0]) {
        return 0;
    }
    for (i, word) in words.iter().enumerate().take(words.len().saturating_sub(1)) {
        if TAXONOMY.contains(word) {
            return i;
        }
        if *word == "author" {
            return i + 1;
        }
    }
    words.len()
}

/// Calls `f` with each lower-cased word of an identifier: split at anything not alphanumeric
/// and before an upper-case letter that follows a lower-case one. Pieces with digits (`h2`,
/// `2`, the hex of a generated id such as `6a00d83ad`) hold no word: they give an empty one.
fn for_each_word(token: &str, mut f: impl FnMut(&str)) {
    let mut word = String::with_capacity(token.len());
    for piece in token.split(|c: char| !c.is_ascii_alphanumeric()) {
        if piece.is_empty() {
            continue;
        }
        if piece.bytes().any(|b| b.is_ascii_digit()) {
            f("");
            continue;
        }
        let mut previous_lower = false;
        for c in piece.chars() {
            if c.is_ascii_uppercase() && previous_lower && !word.is_empty() {
                f(&word);
                word.clear();
            }
            previous_lower = c.is_ascii_lowercase();
            word.push(c.to_ascii_lowercase());
        }
        if !word.is_empty() {
            f(&word);
            word.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_loads() {
        let words = parse(CLASS_WORDS).expect("data/class_words.txt loads");
        assert!(words.len() > 100);
        let hiding = parse_list(HIDING_CLASSES).expect("data/hiding_classes.txt loads");
        assert!(hiding.contains(&"sr-only"));
    }

    #[test]
    fn the_loader_is_strict() {
        assert!(parse("word").is_err());
        assert!(parse("[nonsense]\nword").is_err());
        assert!(parse("[share]\nShare").is_err());
        assert!(parse("[share]\nshare\n[related]\nshare").is_err());
        assert!(parse_list("Hidden").is_err());
    }

    #[test]
    fn values_split_into_words() {
        let mut words = Vec::new();
        for_each_word("articleBody post-content_2 XMLFeed 6a00d83ad", |w| words.push(w.to_owned()));
        assert_eq!(words, ["article", "body", "post", "content", "", "xmlfeed", ""]);
    }

    #[test]
    fn names_give_hints() {
        assert!(hints_of_names("entry-content").contains(Hints::CONTENT));
        assert!(hints_of_names("social-share-bar").contains(Hints::SHARE));
        assert!(hints_of_names("more-stories").contains(Hints::RELATED));
        assert!(hints_of_names("mainNav").contains(Hints::NAVIGATION));
        assert!(hints_of_names("sr-only").contains(Hints::HIDDEN));
        // Bootstrap's responsive classes hide on one screen size only.
        assert!(!hints_of_names("hidden-xs").contains(Hints::HIDDEN));
        assert_eq!(hints_of_names("x7f3 q"), Hints::NONE);
        assert_eq!(hints_of_names("tag-share category-comments blog-category-ads tag-m2"), Hints::NONE);
        let author = hints_of_names("entry-author-jane_share");
        assert!(author.contains(Hints::BYLINE) && !author.contains(Hints::SHARE));
        assert!(hints_of_names("tags").contains(Hints::TAGS));
    }

    #[test]
    fn state_words_name_no_content() {
        assert_eq!(hints_of_names("hasSidebar no-comments with-share-bar has-primary-nav"), Hints::NONE);
        assert!(hints_of_names("is-right-sidebar").contains(Hints::SIDEBAR));
        // A single word is no state of anything.
        assert_eq!(hints_of_names("no"), Hints::NONE);
    }
}
