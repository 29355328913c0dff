//! The authors: the names the markup declares (JSON-LD `author`, `<meta name=author>` and its
//! kin) and the byline the page shows (`rel=author`, `itemprop=author`, `byline` and `author`
//! classes, or a `By …` line over the article), reconciled.
//!
//! The people the markup declares come first, then the byline the page shows near its
//! headline, then an organization declared as the author.

use crate::content::{Reason, Verdict};
use crate::document::Document;
use crate::hints::Hints;

use super::vocabulary::{Vocabulary, WORDS};

/// How many blocks before the headline (or the article, when it comes first) a byline may stand.
const BEFORE_HEAD: usize = 6;

/// What the markup declares about the authors.
#[derive(Debug, Default)]
pub(super) struct Declared {
    /// People named as authors by JSON-LD.
    pub(super) people: Vec<String>,
    /// Names in author `<meta>` tags.
    pub(super) metas: Vec<String>,
    /// Organizations named as authors by JSON-LD.
    pub(super) organizations: Vec<String>,
}

/// The authors of `document`: see the module docs.
pub(super) fn choose(document: &Document, declared: &Declared, site: Option<&str>) -> Vec<String> {
    let clean = |names: &[String]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for name in names.iter().flat_map(|n| split_names(n)).filter_map(|n| clean_name(&n)) {
            if !out.iter().any(|o| o.eq_ignore_ascii_case(&name)) {
                out.push(name);
            }
        }
        out
    };
    let people = clean(&declared.people);
    let metas = clean(&declared.metas);
    let not_site = |names: Vec<String>| -> Vec<String> {
        names.into_iter().filter(|a| site.is_none_or(|site| !a.eq_ignore_ascii_case(site))).collect()
    };
    let declared_people = not_site(if people.is_empty() { metas } else { people });
    if !declared_people.is_empty() {
        return declared_people;
    }
    let visible = byline(document);
    if !visible.is_empty() {
        return visible;
    }
    not_site(clean(&declared.organizations))
}

/// The authors named by byline markup (`rel=author`, `itemprop=author`, `byline` and `author`
/// classes) near the article's head: the first such short line, its `By` and its date cut off.
fn byline(document: &Document) -> Vec<String> {
    let content = &document.content;
    let start = content.headline.unwrap_or(content.blocks.start).min(content.blocks.start).saturating_sub(BEFORE_HEAD);
    for (index, block) in document.blocks.iter().enumerate().take(content.blocks.end).skip(start) {
        let furniture = matches!(
            content.verdicts.get(index),
            Some(Verdict::Removed(
                Reason::Comments
                    | Reason::Related
                    | Reason::Sidebar
                    | Reason::Navigation
                    | Reason::Footer
                    | Reason::Hidden
            ))
        );
        if !(block.hints | block.inner_hints).contains(Hints::BYLINE) || furniture {
            continue;
        }
        let mut text = document.block_text(block);
        if text.split_whitespace().count() > 16 {
            continue;
        }
        // A label alone (`By`, `Written by`, `Author`): the name is the next line.
        if byline_names(text).is_empty() || is_label(text) {
            match document.blocks.get(index + 1) {
                Some(next) if next.span.len() < 80 => text = document.block_text(next),
                _ => continue,
            }
        }
        let names: Vec<String> = split_names(&byline_names(text)).into_iter().filter_map(|n| clean_name(&n)).collect();
        if !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}

/// Whether a line only labels the names on the next line (`Written by`, `Author:`).
fn is_label(text: &str) -> bool {
    let text = text.trim().trim_end_matches(':').trim();
    Vocabulary::has(&WORDS.labels, text)
}

/// The names part of a byline: `By Jane Doe | March 5, 2024` -> `Jane Doe`, `Posted on March 5,
/// 2024 by Jane Doe` -> `Jane Doe`.
pub(super) fn byline_names(text: &str) -> String {
    let mut rest = text.trim();
    let lower = rest.to_lowercase();
    let after_cue = (lower.len() == rest.len()).then(|| cue_end(&lower)).flatten();
    if let Some(start) = after_cue.filter(|&s| rest.is_char_boundary(s)) {
        rest = rest[start..].trim_start_matches([':', ' ']);
    } else {
        for prefix in ["authors:", "author:"] {
            let (Some(head), Some(tail)) = (rest.get(..prefix.len()), rest.get(prefix.len()..)) else { continue };
            if head.eq_ignore_ascii_case(prefix) {
                rest = tail.trim_start_matches([':', ' ']);
                break;
            }
        }
    }
    let cut = [
        " on ",
        " | ",
        " - ",
        " – ",
        " — ",
        " • ",
        " · ",
        " ⋅ ",
        " at ",
        " updated ",
        " Updated ",
        " published ",
        " Published ",
        " Reviewed ",
        " reviewed ",
    ]
    .iter()
    .filter_map(|sep| rest.find(sep))
    .chain(sentence_end(rest))
    .min()
    .unwrap_or(rest.len());
    rest[..cut].trim().to_owned()
}

/// Where the names start after a byline cue (`by`, `von` …) in a lower-cased line: the first cue
/// standing as a word that follows no credit word (`Photo by`).
fn cue_end(lower: &str) -> Option<usize> {
    let mut offset = 0;
    let mut previous = "";
    for word in lower.split(' ') {
        let start = offset;
        offset += word.len() + 1;
        let bare = word.trim_end_matches(':');
        let credited = Vocabulary::has(&WORDS.credits, previous.trim_matches(|c: char| !c.is_alphanumeric()));
        // `by` anywhere (`Posted on May 2 by Jane`), other cues only at the start (`Von Jane`).
        let is_cue = if bare == "by" { true } else { start == 0 && Vocabulary::has(&WORDS.cues, bare) };
        if is_cue && !credited && !bare.is_empty() {
            return Some((start + word.len()).min(lower.len()));
        }
        // `byJane Doe` glued by markup: a cue is a whole word only.
        previous = word;
    }
    None
}

/// Where a sentence ends in a byline (`Jane Doe. Reviewed by …`): a full stop after a word of
/// three letters or more that is no title (`Dr.`, `Jr.`, an initial).
fn sentence_end(text: &str) -> Option<usize> {
    text.match_indices(". ").map(|(i, _)| i).find(|&i| {
        let word = text[..i].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        word.chars().count() >= 3
            && !["Mrs", "Prof", "Rev", "Sen", "Gov", "Rep", "Gen", "Col", "Capt", "Sgt"].contains(&word)
    })
}

/// A person's or organization's name as pages state it, or `None` when it is no name: a URL,
/// a number, a handle, a line of prose, a date.
pub(super) fn clean_name(name: &str) -> Option<String> {
    let name = name.trim().trim_matches(|c: char| c == ',' || c == '|' || c == '.' && !name.ends_with(" Jr.")).trim();
    let cut = [" - ", " | ", " – ", " — "].iter().filter_map(|sep| name.find(sep)).min().unwrap_or(name.len());
    let name = name[..cut].trim();
    let words = name.split_whitespace().count();
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let digits = name.chars().filter(char::is_ascii_digit).count();
    if words == 0 || words > 8 || letters < 2 || digits > 0 || name.contains("://") || name.contains('@') {
        return None;
    }
    let month =
        name.split_whitespace().any(|w| crate::dates::normalize(&format!("{w} 1, 2000")).is_some() && w.len() > 2);
    const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let weekday = words == 1 && WEEKDAYS.iter().any(|d| name.to_ascii_lowercase().starts_with(d) && name.len() <= 9);
    (!month && !weekday).then(|| name.to_owned())
}

/// Names in one string: `Jane Doe, John Roe and Ann Lee`.
pub(super) fn split_names(names: &str) -> Vec<String> {
    names
        .split([',', ';', '|'])
        .flat_map(|part| part.split(" and "))
        .map(|name| name.trim().trim_start_matches("By ").trim_start_matches("by ").trim())
        .filter(|name| !name.is_empty() && !name.contains("://") && !name.starts_with('@'))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_give_names() {
        assert_eq!(byline_names("By Dr. Vahid Example - Mar 27, 2024"), "Dr. Vahid Example");
        assert_eq!(byline_names("Posted on May 2, 2023 by Jane Doe"), "Jane Doe");
        assert_eq!(byline_names("Authors:Jane Doe, John Roe"), "Jane Doe, John Roe");
        assert_eq!(byline_names("Shelby Doe, DVM. Reviewed by John Roe"), "Shelby Doe, DVM");
        assert_eq!(byline_names("Photo by Jane Doe"), "Photo by Jane Doe");
        assert_eq!(clean_name("Sat"), None);
        assert_eq!(clean_name("https://x.example/jane"), None);
    }

    #[test]
    fn names_split() {
        assert_eq!(split_names("By Jane Doe and John Roe"), ["Jane Doe", "John Roe"]);
        assert_eq!(split_names("https://example.com/staff/jane"), Vec::<String>::new());
    }
}
