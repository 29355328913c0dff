//! Pages in German, French and Spanish (`tests/outlets/languages/`, written for these tests in the
//! layouts of outlets of those countries: invented stories and people), and pages in languages
//! newsclip has no resources for: each page's language is identified, the article comes out, and
//! a page in another language gets no quotes or entities but a warning.
//!
//! The German, French and Spanish pages are scored per language, the way the outlet pages are
//! (`cargo test -p newsclip --test integration languages -- --nocapture` prints the figures), and
//! held to floors that only move up.

use std::path::PathBuf;

use newsclip::{Article, Extractor};
use serde_json::Value;

use super::gold::{names_in, squash, strings};

/// A page (`NAME.txt` or `NAME.html`), its gold (`NAME.json`) and what the extractor made of it.
struct Page {
    name: String,
    article: Article,
    gold: Value,
}

fn pages(subdir: &str) -> Vec<Page> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/outlets/languages").join(subdir);
    let names = names_in(&dir, ".json");
    let extractor = Extractor::new();
    names
        .into_iter()
        .map(|name| {
            let gold: Value =
                serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("gold"))
                    .expect("gold is JSON");
            let file = gold["article"].as_str().expect("the gold names its page").to_owned();
            let bytes = std::fs::read(dir.join(&file)).expect("the page");
            let article = if file.ends_with(".html") {
                extractor.extract_html(&bytes, None)
            } else {
                extractor.extract(core::str::from_utf8(&bytes).expect("UTF-8 page"))
            };
            Page { name, article, gold }
        })
        .collect()
}

/// The figures of a set of pages.
#[derive(Debug, Default)]
struct Card {
    pages: usize,
    language: usize,
    title: usize,
    author: usize,
    date: usize,
    dateline: usize,
    /// True positives, false positives, false negatives of body paragraphs.
    paragraphs: (usize, usize, usize),
}

impl Card {
    fn add(&mut self, page: &Page) {
        let (article, gold) = (&page.article, &page.gold);
        let same = |found: Option<&str>, want: Option<&str>| {
            squash(found.unwrap_or_default()).to_lowercase() == squash(want.unwrap_or_default()).to_lowercase()
        };
        self.pages += 1;
        self.language += usize::from(article.language.as_deref() == page.name.get(..2));
        self.title += usize::from(same(article.title.as_ref().map(|t| t.text.as_str()), gold["title"].as_str()));
        self.author += usize::from(same(article.author.as_ref().map(|t| t.text.as_str()), gold["author"].as_str()));
        let published = article.published.as_deref().and_then(|p| p.get(..10));
        self.date += usize::from(published == gold["published"].as_str().and_then(|p| p.get(..10)));
        let dateline = article.dateline.as_ref();
        let want = &gold["dateline"];
        self.dateline += usize::from(
            dateline.and_then(|d| d.place.as_deref()) == want["place"].as_str()
                && dateline.and_then(|d| d.agency.as_deref()) == want["agency"].as_str(),
        );
        let body: Vec<String> = strings(&gold["body"]).into_iter().map(squash).collect();
        let optional: Vec<String> = strings(&gold["optional_body"]).into_iter().map(squash).collect();
        let found: Vec<String> = article.paragraphs.iter().map(|p| squash(&p.text)).collect();
        self.paragraphs.0 += found.iter().filter(|p| body.contains(p)).count();
        self.paragraphs.1 += found.iter().filter(|p| !body.contains(p) && !optional.contains(p)).count();
        self.paragraphs.2 += body.iter().filter(|g| !found.contains(g)).count();
        if self.pages == 1 && std::env::var_os("NEWSCLIP_SHOW_MISSES").is_some() {
            found.iter().filter(|p| !body.contains(p) && !optional.contains(p)).for_each(|p| println!("    + {p}"));
            body.iter().filter(|g| !found.contains(g)).for_each(|g| println!("    - {g}"));
        }
    }

    fn share(&self, n: usize) -> f64 {
        n as f64 / self.pages.max(1) as f64
    }

    fn paragraph_f1(&self) -> f64 {
        let (tp, fp, fn_) = self.paragraphs;
        if tp + fp + fn_ == 0 {
            return 1.0;
        }
        2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
    }
}

impl core::fmt::Display for Card {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "{} pages: language {:.3}, title {:.3}, author {:.3}, date {:.3}, dateline {:.3}, paragraph F1 {:.3}",
            self.pages,
            self.share(self.language),
            self.share(self.title),
            self.share(self.author),
            self.share(self.date),
            self.share(self.dateline),
            self.paragraph_f1()
        )
    }
}

#[test]
fn german_french_and_spanish_pages_keep_their_scores() {
    let pages = pages("");
    let mut all = Card::default();
    for language in ["de", "fr", "es"] {
        let mut card = Card::default();
        for page in pages.iter().filter(|p| p.name.starts_with(language)) {
            card.add(page);
            all.add(page);
            let mut one = Card::default();
            one.add(page);
            println!("  {}: {one}", page.name);
        }
        println!("{language}: {card}");
        assert!(card.pages >= 3, "{language}: the pages are there");
        // Floors: the scores measured when the pages were last improved.
        assert!(card.share(card.language) >= 1.0, "{language}: language fell: {card}");
        assert!(card.share(card.title) >= 1.0, "{language}: title fell: {card}");
        assert!(card.share(card.date) >= 1.0, "{language}: date fell: {card}");
        assert!(card.share(card.dateline) >= 1.0, "{language}: dateline fell: {card}");
        assert!(card.paragraph_f1() >= 0.94, "{language}: paragraph F1 fell: {card}");
    }
    println!("all: {all}");
    assert!(all.share(all.author) >= 0.88, "author fell: {all}");
    assert!(all.paragraph_f1() >= 0.96, "paragraph F1 fell: {all}");
}

#[test]
fn fresh_german_french_and_spanish_pages_are_scored_not_held() {
    let pages = pages("fresh");
    assert!(pages.len() >= 3, "the fresh pages are there");
    let mut all = Card::default();
    for page in &pages {
        let mut one = Card::default();
        one.add(page);
        all.add(page);
        println!("  fresh {}: {one}", page.name);
    }
    println!("fresh: {all}");
}

#[test]
fn pages_in_languages_without_resources_keep_their_article_and_say_so() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/outlets/languages/unsupported");
    let mut pages = 0;
    for entry in std::fs::read_dir(&dir).expect("the pages are there").filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("gold")).expect("JSON");
        let text = std::fs::read_to_string(dir.join(gold["article"].as_str().expect("a page"))).expect("page");
        let article = Extractor::new().extract(&text);
        let code = gold["language"].as_str().expect("a language");
        assert_eq!(article.language.as_deref(), Some(code), "{path:?}: language");
        let warning = format!(
            "language '{code}' is not supported: quotes and entities were not extracted (supported: en, de, fr, es)"
        );
        assert_eq!(article.warnings, [warning], "{path:?}: warnings");
        assert!(article.quotes.is_empty() && article.entities.is_empty(), "{path:?}: nothing guessed");
        assert_eq!(article.title.as_ref().map(|t| t.text.as_str()), gold["title"].as_str(), "{path:?}: title");
        let found: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_str()).collect();
        for paragraph in strings(&gold["body"]) {
            assert!(found.contains(&paragraph), "{path:?}: lost {paragraph}");
        }
        let html = format!(
            "<html><body><article><h1>{}</h1><p>{}</p></article></body></html>",
            gold["title"].as_str().unwrap_or_default(),
            strings(&gold["body"]).join("</p><p>")
        );
        let from_html = Extractor::new().extract_html(html.as_bytes(), None);
        assert_eq!(from_html.language.as_deref(), Some(code), "{path:?}: language of the HTML");
        assert_eq!(from_html.paragraphs.len(), strings(&gold["body"]).len(), "{path:?}: HTML paragraphs");
        assert!(from_html.quotes.is_empty() && from_html.entities.is_empty() && !from_html.warnings.is_empty());
        pages += 1;
    }
    assert!(pages >= 4, "the pages are there");
}
