//! What a page's markup states about its article: JSON-LD, OpenGraph and other `<meta>` tags,
//! `<link rel=canonical>`, `<html lang>`, `<time>` elements, the URL, and the visible headline.
//!
//! Each field has its own precedence, from the most deliberate statement to the least:
//!
//! * **title**: the visible `<h1>` when the page's declared titles (JSON-LD `headline`,
//!   `og:title`, `<title>`) repeat it, else the declared headline, else an `<h1>`, else the
//!   `<title>` without its site-name part (`Story – Site`);
//! * **authors**: JSON-LD `author` (people before organizations), `<meta name=author>` and its
//!   kin, then the page's byline markup (`rel=author`, `itemprop=author`, `byline` classes);
//! * **published**: JSON-LD `datePublished`, `article:published_time` and other date metas,
//!   `<time>` marked as the publication date, a date in the URL, a date written on a short line
//!   around the headline (byline and date lines first), then the first `<time>`;
//! * **section**: JSON-LD `articleSection`, `article:section`;
//! * **language**: `<html lang>`, `Content-Language`, JSON-LD `inLanguage`, `og:locale`;
//! * **url**: `<link rel=canonical>`, `og:url`, then the URL the page was fetched from;
//! * **site name**: `og:site_name`, `application-name`, JSON-LD `publisher`.

use serde_json::Value;

use crate::content::{Reason, Verdict};
use crate::dates;
use crate::document::{BlockKind, Document};
use crate::hints::Hints;

/// The metadata a page states.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// The authors' names, in the page's order.
    pub authors: Vec<String>,
    /// When the article was published, ISO 8601 (`2023-12-05`, `2023-12-05T14:30:00+01:00`).
    pub published: Option<String>,
    /// When it was last modified, ISO 8601.
    pub modified: Option<String>,
    /// The section the site files it under.
    pub section: Option<String>,
    /// The page's language tag (`en`, `de-CH`).
    pub language: Option<String>,
    /// The canonical URL, or the URL the page was fetched from.
    pub url: Option<String>,
    /// The site's name (`The Daily Example`).
    pub site_name: Option<String>,
    /// The summary the page gives of itself.
    pub description: Option<String>,
}

/// What the parser collects for the metadata rules.
#[derive(Clone, Debug, Default)]
pub(crate) struct RawMeta {
    pub(crate) title: Option<String>,
    pub(crate) lang: Option<String>,
    /// `(name, content)` of `<meta>` tags (name, property, http-equiv or itemprop, lower-cased)
    /// and of other elements with `itemprop` and `content`.
    pub(crate) metas: Vec<(String, String)>,
    pub(crate) canonical: Option<String>,
    pub(crate) json_ld: Vec<String>,
    pub(crate) times: Vec<TimeMark>,
}

/// A machine-readable date in the body: `<time datetime>` or an element with `itemprop` date.
#[derive(Clone, Debug)]
pub(crate) struct TimeMark {
    pub(crate) value: String,
    pub(crate) hints: Hints,
    /// Marked as the publication date (`pubdate`, `itemprop=datePublished`, a `published` class).
    pub(crate) published: bool,
}

/// The article fields of JSON-LD.
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    people: Vec<String>,
    organizations: Vec<String>,
    published: Option<String>,
    modified: Option<String>,
    section: Option<String>,
    language: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
    description: Option<String>,
}

/// Reads the metadata of `document`, fetched from `url`.
pub(crate) fn read(document: &Document, raw: &RawMeta, url: Option<&str>) -> Metadata {
    let ld = linked_data(&raw.json_ld);
    let meta = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|name| {
            raw.metas.iter().find(|(key, value)| key == name && !value.is_empty()).map(|(_, value)| value.clone())
        })
    };
    let site_name = meta(&["og:site_name", "application-name", "al:android:app_name"]).or_else(|| ld.publisher.clone());
    let declared_title =
        ld.headline.clone().or_else(|| meta(&["og:title", "twitter:title", "headline", "dc.title", "title"]));
    let title = title(document, raw.title.as_deref(), declared_title.as_deref(), site_name.as_deref());

    let mut authors = if ld.people.is_empty() { Vec::new() } else { ld.people.clone() };
    if authors.is_empty() {
        if let Some(names) =
            meta(&["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"])
        {
            authors = split_names(&names);
        }
    }
    if authors.is_empty() {
        authors = byline(document);
    }
    if authors.is_empty() {
        authors.clone_from(&ld.organizations);
    }
    authors = authors.iter().filter_map(|a| clean_name(a)).collect();
    authors.retain(|a| site_name.as_deref().is_none_or(|site| !a.eq_ignore_ascii_case(site)));

    let published = ld
        .published
        .clone()
        .or_else(|| {
            meta(&[
                "article:published_time",
                "datepublished",
                "og:published_time",
                "published_time",
                "article.published",
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "date",
                "dc.date.issued",
                "dc.date",
                "dcterms.date",
                "dcterms.created",
                "dcterms.issued",
                "sailthru.date",
                "parsely-pub-date",
                "citation_publication_date",
                "datecreated",
            ])
            .and_then(|v| dates::normalize(&v))
        })
        .or_else(|| raw.times.iter().filter(|t| t.published).find_map(|t| dates::normalize(&t.value)))
        .or_else(|| url.and_then(dates::from_url))
        .or_else(|| visible_date(document))
        .or_else(|| {
            raw.times
                .iter()
                .filter(|t| !t.hints.intersects(Hints::COMMENTS | Hints::RELATED | Hints::SIDEBAR))
                .find_map(|t| dates::normalize(&t.value))
        });
    let modified = ld.modified.clone().or_else(|| {
        meta(&["article:modified_time", "og:updated_time", "datemodified", "last-modified"])
            .and_then(|v| dates::normalize(&v))
    });
    let section = ld.section.clone().or_else(|| meta(&["article:section", "section", "category"]));
    let language = raw
        .lang
        .clone()
        .or_else(|| meta(&["content-language", "language", "dc.language"]))
        .or_else(|| ld.language.clone())
        .or_else(|| meta(&["og:locale"]).map(|l| l.replace('_', "-")))
        .map(|l| normalize_language(&l))
        .filter(|l| !l.is_empty());
    let canonical = raw.canonical.clone().or_else(|| meta(&["og:url"])).or_else(|| ld.url.clone());
    let url = canonical.and_then(|c| resolve(&c, url)).or_else(|| url.map(str::to_owned));
    let description = meta(&["description", "og:description"]).or_else(|| ld.description.clone());
    Metadata { title, authors, published, modified, section, language, url, site_name, description }
}

/// The headline: see the module docs for the precedence.
fn title(document: &Document, head: Option<&str>, declared: Option<&str>, site: Option<&str>) -> Option<String> {
    let stated: Vec<&str> = [declared, head].into_iter().flatten().collect();
    let stated_parts: Vec<Vec<String>> =
        stated.iter().flat_map(|s| title_parts(s, site)).map(words).filter(|w| w.len() >= 2).collect();
    let site_words = site.map(words);
    let stated_words: Vec<Vec<String>> = stated.iter().map(|s| words(s)).collect();
    let part_sizes = stated_parts.iter().map(Vec::len);
    let (fewest, most) = (part_sizes.clone().min().unwrap_or(0), part_sizes.max().unwrap_or(0));
    let content = &document.content;
    let near_start = content.blocks.start.saturating_sub(15);
    let mut best: Option<(i32, usize)> = None;
    for (index, block) in document.blocks.iter().enumerate() {
        let level = match block.kind {
            BlockKind::Heading(level) if level <= 3 => level,
            _ if block.hints.contains(Hints::HEADLINE) || block.span.len() < 300 => 9,
            _ => continue,
        };
        if let Some(Verdict::Removed(reason)) = content.verdicts.get(index) {
            if !matches!(reason, Reason::OutsideArticle | Reason::Header) {
                continue;
            }
        }
        let text = document.block_text(block);
        let count = text.bytes().filter(|&b| b == b' ').count() + 1;
        if count > 40 || (count < 2 && text.chars().count() < 12) {
            continue;
        }
        // A line that is no heading can only be the headline by repeating a stated title.
        if level == 9 && !block.hints.contains(Hints::HEADLINE) && (count * 2 < fewest || count > most * 2) {
            continue;
        }
        let text_words = words(text);
        let mut score = match level {
            1 => 4,
            2 => 2,
            3 => 1,
            _ => 0,
        };
        let exact = stated_parts.contains(&text_words);
        if exact {
            score += 6;
        } else if level == 9 && !block.hints.contains(Hints::HEADLINE) {
            continue;
        } else if stated_words.iter().any(|s| contains(s, &text_words)) {
            score += 4;
        }
        if block.hints.contains(Hints::HEADLINE) {
            score += 2;
        }
        if (near_start..content.blocks.end).contains(&index) {
            score += 2;
        }
        if site_words.as_ref().is_some_and(|site| *site == text_words) {
            score -= 8;
        }
        if block.link_density() > 0.8 && block.hints.contains(Hints::HEADER) {
            score -= 3;
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, index));
        }
    }
    if let Some((_, index)) = best.filter(|&(score, _)| score >= 6) {
        return Some(document.block_text(&document.blocks[index]).to_owned());
    }
    let headings: Vec<&str> = best.map(|(_, i)| document.block_text(&document.blocks[i])).into_iter().collect();
    declared.or(head).map(|t| strip_site(t, site, &headings))
}

/// The parts of a title between the separators that join a headline to a site's or section's
/// name: `Story | Site`, `Site - Story`, `site.com: Story`, `Story_English_Agency`.
fn title_parts<'a>(title: &'a str, site: Option<&str>) -> Vec<&'a str> {
    const SEPARATORS: [&str; 14] =
        [" | ", "|", " - ", " – ", " — ", " -- ", " :: ", " : ", " » ", " > ", " · ", " • ", "_", " / "];
    let mut parts: Vec<&str> = vec![title.trim()];
    for separator in SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(separator)).map(str::trim).filter(|p| !p.is_empty()).collect();
    }
    // `site.com: Story`: a site name before a colon.
    parts
        .into_iter()
        .map(|p| match p.split_once(": ") {
            Some((left, right)) if is_site_like(left, site) => right.trim(),
            _ => p,
        })
        .collect()
}

/// The headline part of a title that carries the site's name (see [`title_parts`]).
fn strip_site(title: &str, site: Option<&str>, headings: &[&str]) -> String {
    let title = title.trim();
    let parts = title_parts(title, site);
    if parts.len() <= 1 {
        return parts.first().map_or(title, |p| p).to_owned();
    }
    if let Some(part) = parts.iter().find(|p| headings.iter().any(|h| words(h) == words(p))) {
        return (*part).to_owned();
    }
    parts
        .iter()
        .filter(|p| !is_site_like(p, site))
        .max_by_key(|p| p.split_whitespace().count())
        .map_or_else(|| title.to_owned(), |p| (*p).to_owned())
}

/// Whether a title part names the site: its name, a domain, or a short agency word.
fn is_site_like(part: &str, site: Option<&str>) -> bool {
    let lower = part.to_lowercase();
    site.is_some_and(|s| words(s) == words(part))
        || [".com", ".co.", ".org", ".net", ".co", ".au", ".uk", ".in"]
            .iter()
            .any(|tld| lower.ends_with(tld) || lower.contains(&format!("{tld}/")))
        || lower.starts_with("www.")
}

/// The lower-cased words of `text`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Whether the words of `needle` appear, in order and adjacent, among those of `haystack`.
fn contains(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// The date the page shows around the article's head: the first short line from a few lines
/// before the headline to the article's first lines that holds a written date (`March 27,
/// 2024`, `Updated 27 March 2024`), byline and date lines first.
fn visible_date(document: &Document) -> Option<String> {
    let content = &document.content;
    let head = content.headline.unwrap_or(content.blocks.start).min(content.blocks.start);
    let end = (content.blocks.start + 3).max(head + 8).min(document.blocks.len());
    let candidates = || {
        document.blocks[head.saturating_sub(3)..end]
            .iter()
            .enumerate()
            .filter(|(_, b)| b.span.len() < 160)
            .filter(|(i, _)| {
                !matches!(
                    content.verdicts.get(head.saturating_sub(3) + i),
                    Some(Verdict::Removed(Reason::Navigation | Reason::Related | Reason::Comments | Reason::LinkList))
                )
            })
            .map(|(_, b)| b)
    };
    let marked =
        candidates().filter(|b| (b.hints | b.inner_hints).intersects(Hints::DATE | Hints::BYLINE | Hints::META));
    marked.chain(candidates()).find_map(|b| dates::written_in(document.block_text(b)))
}

/// The authors named by byline markup (`rel=author`, `itemprop=author`, `byline` and `author`
/// classes) near the article's head: the first such short line, its `By` and its date cut off.
fn byline(document: &Document) -> Vec<String> {
    let content = &document.content;
    let start = content.headline.unwrap_or(content.blocks.start).min(content.blocks.start).saturating_sub(6);
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
        if byline_names(text).is_empty() || text.eq_ignore_ascii_case("author") {
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

/// The names part of a byline: `By Jane Doe | March 5, 2024` -> `Jane Doe`, `Posted on March 5,
/// 2024 by Jane Doe` -> `Jane Doe`.
fn byline_names(text: &str) -> String {
    let mut rest = text.trim();
    let lower = rest.to_lowercase();
    let after_by = lower
        .match_indices("by")
        .find(|&(i, _)| {
            let before = lower[..i].chars().next_back();
            let after = lower[i + 2..].chars().next();
            let previous = lower[..i].split_whitespace().next_back().unwrap_or("");
            let credit = [
                "reviewed",
                "edited",
                "checked",
                "photo",
                "photos",
                "illustration",
                "produced",
                "sponsored",
                "powered",
            ]
            .iter()
            .any(|w| previous.ends_with(w));
            before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| c == ' ' || c == ':') && !credit
        })
        .map(|(i, _)| i + 2);
    if let Some(start) = after_by.filter(|&s| lower.len() == rest.len() && rest.is_char_boundary(s)) {
        rest = rest[start..].trim_start_matches([':', ' ']);
    } else {
        for prefix in ["authors:", "author:", "von ", "por ", "par ", "de "] {
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
fn clean_name(name: &str) -> Option<String> {
    let name = name.trim().trim_matches(|c: char| c == ',' || c == '|' || c == '.' && !name.ends_with(" Jr.")).trim();
    let cut = [" - ", " | ", " – ", " — "].iter().filter_map(|sep| name.find(sep)).min().unwrap_or(name.len());
    let name = name[..cut].trim();
    let words = name.split_whitespace().count();
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let digits = name.chars().filter(char::is_ascii_digit).count();
    if words == 0 || words > 8 || letters < 2 || digits > 0 || name.contains("://") || name.contains('@') {
        return None;
    }
    let month = name.split_whitespace().any(|w| dates::normalize(&format!("{w} 1, 2000")).is_some() && w.len() > 2);
    const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let weekday = words == 1 && WEEKDAYS.iter().any(|d| name.to_ascii_lowercase().starts_with(d) && name.len() <= 9);
    (!month && !weekday).then(|| name.to_owned())
}

/// Names in one string: `Jane Doe, John Roe and Ann Lee`.
fn split_names(names: &str) -> Vec<String> {
    names
        .split([',', ';', '|'])
        .flat_map(|part| part.split(" and "))
        .map(|name| name.trim().trim_start_matches("By ").trim_start_matches("by ").trim())
        .filter(|name| !name.is_empty() && !name.contains("://") && !name.starts_with('@'))
        .map(str::to_owned)
        .collect()
}

/// `en_US`, `EN-us` -> `en-US`.
fn normalize_language(tag: &str) -> String {
    let tag = tag.split([',', ';']).next().unwrap_or("").trim().replace('_', "-");
    let mut parts = tag.split('-');
    let mut out = parts.next().unwrap_or("").to_ascii_lowercase();
    for part in parts {
        out.push('-');
        if part.len() == 2 {
            out.push_str(&part.to_ascii_uppercase());
        } else {
            out.push_str(part);
        }
    }
    out
}

/// `link` made absolute against `base`.
fn resolve(link: &str, base: Option<&str>) -> Option<String> {
    let link = link.trim();
    if link.is_empty() {
        return None;
    }
    if link.starts_with("http://") || link.starts_with("https://") {
        return Some(link.to_owned());
    }
    let base = base?;
    let (scheme, rest) = base.split_once("://")?;
    if let Some(path) = link.strip_prefix("//") {
        return Some(format!("{scheme}://{path}"));
    }
    let host = rest.split(['/', '?', '#']).next()?;
    if link.starts_with('/') {
        return Some(format!("{scheme}://{host}{link}"));
    }
    let dir = rest.split(['?', '#']).next().unwrap_or(rest);
    let dir = dir.rsplit_once('/').map_or(host, |(d, _)| d);
    Some(format!("{scheme}://{dir}/{link}"))
}

/// The article fields of the page's JSON-LD blocks: the first object of an article type (or,
/// lacking one, of a web page type), searched through arrays and `@graph`.
fn linked_data(blocks: &[String]) -> LinkedData {
    let mut best: Option<(u8, Value)> = None;
    for block in blocks {
        let Ok(value) = serde_json::from_str::<Value>(block.trim()) else { continue };
        let mut found = Vec::new();
        collect_objects(&value, 0, &mut found);
        for object in found {
            let rank = type_rank(object);
            if rank > 0 && best.as_ref().is_none_or(|(r, _)| rank > *r) {
                best = Some((rank, object.clone()));
            }
        }
    }
    let Some((_, article)) = best else { return LinkedData::default() };
    let mut ld = LinkedData {
        headline: string(&article, "headline").or_else(|| string(&article, "name")),
        published: string(&article, "datePublished")
            .or_else(|| string(&article, "dateCreated"))
            .and_then(|d| dates::normalize(&d)),
        modified: string(&article, "dateModified").and_then(|d| dates::normalize(&d)),
        section: article.get("articleSection").and_then(first_string),
        language: string(&article, "inLanguage"),
        publisher: article.get("publisher").and_then(name_of),
        url: string(&article, "url").or_else(|| article.get("mainEntityOfPage").and_then(|m| string(m, "@id"))),
        description: string(&article, "description"),
        ..LinkedData::default()
    };
    if let Some(author) = article.get("author").or_else(|| article.get("creator")) {
        let authors: Vec<&Value> = match author {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        for author in authors {
            let Some(name) = name_of(author) else { continue };
            let is_organization = author
                .get("@type")
                .and_then(Value::as_str)
                .is_some_and(|t| t.contains("Organization") || t.contains("Corporation"));
            let target = if is_organization { &mut ld.organizations } else { &mut ld.people };
            for name in split_names(&name) {
                if !target.contains(&name) {
                    target.push(name);
                }
            }
        }
    }
    ld
}

/// Every object in a JSON-LD value, through arrays and `@graph`, to a bounded depth.
fn collect_objects<'a>(value: &'a Value, depth: usize, out: &mut Vec<&'a Value>) {
    if depth > 4 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_objects(v, depth + 1, out)),
        Value::Object(map) => {
            out.push(value);
            if let Some(graph) = map.get("@graph") {
                collect_objects(graph, depth + 1, out);
            }
            if let Some(entity) = map.get("mainEntity") {
                collect_objects(entity, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// How much an object of this `@type` is the article: 3 for articles, 1 for web pages.
fn type_rank(object: &Value) -> u8 {
    let types: Vec<&str> = match object.get("@type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => return 0,
    };
    let article = types.iter().any(|t| {
        t.ends_with("Article")
            || t.ends_with("NewsArticle")
            || *t == "BlogPosting"
            || *t == "Report"
            || *t == "LiveBlogPosting"
            || *t == "ReportageNews"
            || *t == "AnalysisNewsArticle"
    });
    if article {
        3
    } else if types.iter().any(|t| *t == "WebPage" || *t == "ItemPage") {
        1
    } else {
        0
    }
}

fn string(object: &Value, key: &str) -> Option<String> {
    object.get(key).and_then(first_string)
}

/// A string, or the first string of an array.
fn first_string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(clean(s)).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(first_string),
        _ => None,
    }
}

/// The name of a person or organization given as a string or an object.
fn name_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(clean(s)).filter(|s| !s.is_empty() && !s.contains("://")),
        Value::Object(_) => string(value, "name"),
        Value::Array(items) => items.iter().find_map(name_of),
        _ => None,
    }
}

/// White space collapsed, character references decoded (some sites escape JSON-LD twice).
fn clean(s: &str) -> String {
    let decoded = if s.contains('&') { htmlize::unescape(s).into_owned() } else { s.to_owned() };
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_leave_titles() {
        assert_eq!(strip_site("Council Backs Budget | City Times", Some("City Times"), &[]), "Council Backs Budget");
        assert_eq!(strip_site("City Times - Council Backs Budget", Some("City Times"), &[]), "Council Backs Budget");
        assert_eq!(
            strip_site("Council Backs Budget - City Times", None, &["Council Backs Budget"]),
            "Council Backs Budget"
        );
        assert_eq!(strip_site("Council Backs Budget", None, &[]), "Council Backs Budget");
        assert_eq!(strip_site("citytimes.com: Council Backs Budget", None, &[]), "Council Backs Budget");
        assert_eq!(strip_site("Budget: What Happens Next", None, &[]), "Budget: What Happens Next");
        assert_eq!(strip_site("Council backs budget_English_Wire", None, &[]), "Council backs budget");
    }

    #[test]
    fn bylines_give_names() {
        assert_eq!(byline_names("By Dr. Vahid Example - Mar 27, 2024"), "Dr. Vahid Example");
        assert_eq!(byline_names("Posted on May 2, 2023 by Jane Doe"), "Jane Doe");
        assert_eq!(byline_names("Authors:Jane Doe, John Roe"), "Jane Doe, John Roe");
        assert_eq!(byline_names("Shelby Doe, DVM. Reviewed by John Roe"), "Shelby Doe, DVM");
        assert_eq!(clean_name("Sat"), None);
        assert_eq!(clean_name("https://x.example/jane"), None);
    }

    #[test]
    fn names_split() {
        assert_eq!(split_names("By Jane Doe and John Roe"), ["Jane Doe", "John Roe"]);
        assert_eq!(split_names("https://example.com/staff/jane"), Vec::<String>::new());
    }

    #[test]
    fn languages_normalize() {
        assert_eq!(normalize_language("en_us"), "en-US");
        assert_eq!(normalize_language("DE"), "de");
    }

    #[test]
    fn links_resolve() {
        let base = Some("https://news.example/world/story.html?x=1");
        assert_eq!(resolve("/a/b", base).as_deref(), Some("https://news.example/a/b"));
        assert_eq!(resolve("//cdn.example/a", base).as_deref(), Some("https://cdn.example/a"));
        assert_eq!(resolve("c.html", base).as_deref(), Some("https://news.example/world/c.html"));
        assert_eq!(resolve("https://other.example/", base).as_deref(), Some("https://other.example/"));
    }

    #[test]
    fn json_ld_articles_are_found_in_graphs() {
        let block = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":"NewsArticle","headline":"Council Backs Budget","datePublished":"2023-12-05T14:30:00Z",
             "author":[{"@type":"Person","name":"Ana Lopez"},{"@type":"Organization","name":"City Times"}],
             "articleSection":["Politics","Local"],"publisher":{"@type":"Organization","name":"City Times"}}]}"#;
        let ld = linked_data(&[block.to_owned()]);
        assert_eq!(ld.headline.as_deref(), Some("Council Backs Budget"));
        assert_eq!(ld.people, ["Ana Lopez"]);
        assert_eq!(ld.organizations, ["City Times"]);
        assert_eq!(ld.published.as_deref(), Some("2023-12-05T14:30:00Z"));
        assert_eq!(ld.section.as_deref(), Some("Politics"));
        assert_eq!(ld.publisher.as_deref(), Some("City Times"));
        assert!(linked_data(&["{not json".to_owned()]).headline.is_none());
    }
}
