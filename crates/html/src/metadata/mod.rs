//! What a page's markup states about its article (JSON-LD, OpenGraph and other `<meta>` tags,
//! `<link rel=canonical>`, `<html lang>`, `<time>` elements, the URL) and what the page shows a
//! reader (its headings, byline and date lines), reconciled field by field.
//!
//! Where the two disagree, the rules follow what a reader of the page sees, confirmed by the
//! markup where it can be:
//!
//! * **title** ([`title`]): the visible heading that repeats a declared title (JSON-LD
//!   `headline`, `og:title`, `<title>` without its site-name part), near the article; its
//!   subheading too when the page declares no title of its own; else the heading over the
//!   article's first paragraph; else the declared title;
//! * **authors** ([`authors`]): the byline shown near the headline (marked by its own element,
//!   cued by `By`, or a line of names the markup confirms), else the people the markup declares
//!   (JSON-LD `author`, `<meta name=author>` and its kin, `citation_author`), else an author box
//!   after the article, else an organization;
//! * **published** ([`published`]): the date shown around the headline unless the markup's
//!   publication date is shown too or the shown one is its modification date; else JSON-LD
//!   `datePublished`, the date metas, a `<time>` marked as published, a date in the URL, any
//!   `<time>`, and the modification date;
//! * **section**: JSON-LD `articleSection`, `article:section`;
//! * **language**: `<html lang>`, `Content-Language`, JSON-LD `inLanguage`, `og:locale`;
//! * **url**: `<link rel=canonical>`, `og:url`, then the URL the page was fetched from;
//! * **site name**: `og:site_name`, `application-name`, JSON-LD `publisher`.
//!
//! The words the rules read (title separators, byline cues and labels, credits, roles) are
//! data, `data/metadata_words.txt`.

mod authors;
mod linked_data;
mod published;
mod title;
mod vocabulary;

use crate::dates;
use crate::document::Document;
use crate::hints::Hints;

use linked_data::LinkedData;

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

impl RawMeta {
    /// The first non-empty content of a `<meta>` named by one of `names`, in their order.
    fn meta(&self, names: &[&str]) -> Option<String> {
        names.iter().find_map(|name| {
            self.metas.iter().find(|(key, value)| key == name && !value.is_empty()).map(|(_, value)| value.clone())
        })
    }

    /// Every non-empty content of the `<meta>` tags named `name`.
    fn metas<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.metas.iter().filter(move |(key, value)| key == name && !value.is_empty()).map(|(_, value)| value.as_str())
    }
}

/// A machine-readable date in the body: `<time datetime>` or an element with `itemprop` date.
#[derive(Clone, Debug)]
pub(crate) struct TimeMark {
    pub(crate) value: String,
    pub(crate) hints: Hints,
    /// Marked as the publication date (`pubdate`, `itemprop=datePublished`, a `published` class).
    pub(crate) published: bool,
}

/// The `<meta>` names of the article's title for sharing it, most deliberate first.
const ARTICLE_TITLE_METAS: [&str; 2] = ["og:title", "twitter:title"];

/// Other `<meta>` names of a page's title, often filled in by a site's template.
const PAGE_TITLE_METAS: [&str; 3] = ["headline", "dc.title", "title"];

/// The `<meta>` names of the authors' names.
const AUTHOR_METAS: [&str; 7] =
    ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "dcterms.creator"];

/// The `<meta>` names of the publication date, most deliberate first.
const PUBLISHED_METAS: [&str; 22] = [
    "article:published_time",
    "published-date",
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
    "citation_date",
    "citation_online_date",
    "datecreated",
];

/// The `<meta>` names of the modification date.
const MODIFIED_METAS: [&str; 5] =
    ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"];

/// Reads the metadata of `document`, fetched from `url`.
pub(crate) fn read(document: &Document, raw: &RawMeta, url: Option<&str>) -> Metadata {
    let ld = LinkedData::read(&raw.json_ld);
    let site_name =
        raw.meta(&["og:site_name", "application-name", "al:android:app_name"]).or_else(|| ld.publisher.clone());

    let deliberate: Vec<String> = ld.headline.iter().cloned().chain(raw.meta(&ARTICLE_TITLE_METAS)).collect();
    let deliberate: Vec<&str> = deliberate.iter().map(String::as_str).collect();
    let declared: Vec<String> = raw.meta(&PAGE_TITLE_METAS).into_iter().collect();
    let declared: Vec<&str> = declared.iter().map(String::as_str).collect();
    let canonical = raw.canonical.clone().or_else(|| raw.meta(&["og:url"])).or_else(|| ld.url.clone());
    let url = canonical.and_then(|c| resolve(&c, url)).or_else(|| url.map(str::to_owned));
    let site = Site::new(site_name.as_deref(), url.as_deref());
    let summary = raw.meta(&["description"]);
    let headline = title::choose(document, &deliberate, &declared, raw.title.as_deref(), summary.as_deref(), &site);

    let author_metas: Vec<String> = AUTHOR_METAS.iter().flat_map(|name| raw.metas(name)).map(str::to_owned).collect();
    let citations: Vec<String> = raw.metas("citation_author").map(authors::citation_name).collect();
    let declared_authors = authors::Declared {
        people: ld.people.clone(),
        metas: author_metas,
        citations,
        organizations: ld.organizations.clone(),
    };
    let authors = authors::choose(document, &declared_authors, headline.block, &site);

    let language = raw
        .lang
        .clone()
        .or_else(|| raw.meta(&["content-language", "language", "dc.language"]))
        .or_else(|| ld.language.clone())
        .or_else(|| raw.meta(&["og:locale"]).map(|l| l.replace('_', "-")))
        .map(|l| normalize_language(&l))
        .filter(|l| !l.is_empty());
    let modified = ld.modified.clone().or_else(|| raw.meta(&MODIFIED_METAS).and_then(|v| dates::normalize(&v)));
    let declared_dates = published::Declared {
        published: ld.published.clone().or_else(|| raw.meta(&PUBLISHED_METAS).and_then(|v| dates::normalize(&v))),
        modified: modified.clone(),
        times: &raw.times,
        url: url.as_deref().and_then(dates::from_url),
        order: dates::Order::of_language(language.as_deref()),
    };
    let published = published::choose(document, &declared_dates);
    let section = ld.section.clone().or_else(|| raw.meta(&["article:section", "section", "category"]));
    let description = raw.meta(&["description", "og:description"]).or_else(|| ld.description.clone());
    Metadata { title: headline.text, authors, published, modified, section, language, url, site_name, description }
}

/// The site a page belongs to, as the rules recognize its name in titles and bylines.
#[derive(Debug, Default)]
pub(super) struct Site {
    /// The name the page gives it (`og:site_name` and its kin).
    pub(super) name: Option<String>,
    /// The distinctive label of its host name, lower-cased (`valleypost` for
    /// `https://www.valleypost.example/…`).
    pub(super) host: Option<String>,
}

impl Site {
    /// The site of a page with this stated name, fetched from (or canonical at) `url`.
    pub(super) fn new(name: Option<&str>, url: Option<&str>) -> Site {
        Site { name: name.map(str::to_owned), host: url.and_then(host_label) }
    }

    /// Whether `part` (of a title, a byline) names the site: its stated name, a domain name, or
    /// its host name's label written as words (`Valley Post` for `valleypost.example`).
    pub(super) fn names(&self, part: &str) -> bool {
        let part = part.trim();
        if part.is_empty() {
            return false;
        }
        let lower = |suffix: &str| {
            part.len() >= suffix.len()
                && part.get(part.len() - suffix.len()..).is_some_and(|end| end.eq_ignore_ascii_case(suffix))
        };
        let domain = [".com", ".co.", ".org", ".net", ".co", ".au", ".uk", ".in"]
            .iter()
            .any(|tld| lower(tld) || part.to_ascii_lowercase().contains(&format!("{tld}/")))
            || part.get(..4).is_some_and(|start| start.eq_ignore_ascii_case("www."));
        domain
            || self.name.as_deref().is_some_and(|s| same_words(s, part))
            || self.host.as_deref().is_some_and(|host| {
                part.len() <= host.len() * 2
                    && part.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).eq(host.chars())
                    && part.split_whitespace().count() <= 5
            })
    }
}

/// Whether two texts have the same words, in any case.
fn same_words(a: &str, b: &str) -> bool {
    let mut left = a.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let mut right = b.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    loop {
        match (left.next(), right.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.chars().flat_map(char::to_lowercase).eq(y.chars().flat_map(char::to_lowercase)) => {
            }
            _ => return false,
        }
    }
}

/// The distinctive label of a URL's host: the one before its public suffix, without `www.`
/// (`theexample` for `https://www.theexample.co.uk/x`).
fn host_label(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#', ':']).next()?.to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    // The public suffix is one label, or two when the second-level one is short (`co.uk`, `com.au`).
    let suffix = match labels.as_slice() {
        [.., second, last] if second.len() <= 3 && last.len() == 2 && labels.len() > 2 => 2,
        _ => 1,
    };
    let label = labels.len().checked_sub(suffix + 1).and_then(|i| labels.get(i))?;
    let label: String = label.chars().filter(char::is_ascii_alphanumeric).collect();
    (label.len() >= 3 && label != "www").then_some(label)
}

/// The lower-cased words of `text`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_normalize() {
        assert_eq!(normalize_language("en_us"), "en-US");
        assert_eq!(normalize_language("DE"), "de");
    }

    #[test]
    fn sites_are_named_by_their_host() {
        assert_eq!(host_label("https://www.valleypost.example/2020/story").as_deref(), Some("valleypost"));
        assert_eq!(host_label("http://news.valley-post.co.uk/x").as_deref(), Some("valleypost"));
        assert_eq!(host_label("valleypost.com").as_deref(), Some("valleypost"));
        assert_eq!(host_label("https://x.io"), None);
        let site = Site::new(None, Some("https://valleypost.example/a"));
        assert!(site.names("Valley Post") && site.names("valleypost.com") && !site.names("Quarry Lake Reopens"));
    }

    #[test]
    fn links_resolve() {
        let base = Some("https://news.example/world/story.html?x=1");
        assert_eq!(resolve("/a/b", base).as_deref(), Some("https://news.example/a/b"));
        assert_eq!(resolve("//cdn.example/a", base).as_deref(), Some("https://cdn.example/a"));
        assert_eq!(resolve("c.html", base).as_deref(), Some("https://news.example/world/c.html"));
        assert_eq!(resolve("https://other.example/", base).as_deref(), Some("https://other.example/"));
    }
}
