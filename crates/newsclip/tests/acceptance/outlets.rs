//! The outlet-style pages of `tests/outlets/` scored the way the maintainers'
//! page scorer does: layouts of other outlets are where the stripper, quote
//! finder and tagger generalize or not.
//!
//! `tuned/` holds the pages the code has been improved against; they are held
//! to floors that only move up. `fresh/` holds pages in the layouts of other
//! outlets that no change has been tuned on: they are scored and reported
//! (`cargo test -p newsclip --test integration fresh -- --nocapture`; the README
//! records the figures), never held to a floor, so that they keep telling how
//! newsclip does on a layout it has not seen. A fresh page that a change is
//! made for moves to `tuned/`, and a new fresh page takes its place.

use std::fmt;

use super::gold::{
    gold_pages, is_optional, same_entity, same_quote, same_speaker, speaker_name, squash, strings, GoldPage,
};

/// True positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    fn f1(self) -> f64 {
        if self.tp + self.fp + self.fn_ == 0 {
            return 1.0;
        }
        2.0 * self.tp as f64 / (2 * self.tp + self.fp + self.fn_) as f64
    }
}

/// The figures of a set of pages.
#[derive(Debug, Default)]
struct Scorecard {
    pages: usize,
    titles: usize,
    authors: usize,
    paragraphs: Counts,
    quotes: Counts,
    /// Matched required quotes with a gold speaker, and those whose speaker is right.
    speakers: (usize, usize),
    entities: [Counts; 3],
}

const KINDS: [&str; 3] = ["person", "country", "institution"];

impl Scorecard {
    fn of(pages: &[GoldPage]) -> Scorecard {
        let mut card = Scorecard { pages: pages.len(), ..Scorecard::default() };
        for page in pages {
            card.add_metadata(page);
            card.paragraphs.add(paragraphs(page));
            card.add_quotes(page);
            for (counts, kind) in card.entities.iter_mut().zip(KINDS) {
                counts.add(entities(page, kind));
            }
        }
        card
    }

    fn add_metadata(&mut self, page: &GoldPage) {
        let same = |found: Option<&str>, gold: Option<&str>| {
            squash(found.unwrap_or_default()).to_lowercase() == squash(gold.unwrap_or_default()).to_lowercase()
        };
        let article = &page.article;
        self.titles += usize::from(same(article.title.as_ref().map(|t| t.text.as_str()), page.gold_str("title")));
        self.authors += usize::from(same(article.author.as_ref().map(|t| t.text.as_str()), page.gold_str("author")));
    }

    fn add_quotes(&mut self, page: &GoldPage) {
        let found: Vec<Vec<String>> =
            page.article.quotes.iter().map(|q| q.segments.iter().map(|s| s.text.clone()).collect()).collect();
        let mut matched = vec![false; found.len()];
        for gold in page.gold["quotes"].as_array().into_iter().flatten() {
            let hit = (0..found.len()).find(|&i| !matched[i] && same_quote(gold, &found[i]));
            let Some(hit) = hit else {
                self.quotes.fn_ += usize::from(!is_optional(gold));
                continue;
            };
            matched[hit] = true;
            if is_optional(gold) {
                continue;
            }
            self.quotes.tp += 1;
            if !gold["speaker"].is_null() {
                let speaker = page.article.quotes[hit].speaker.as_ref();
                self.speakers.0 += 1;
                self.speakers.1 +=
                    usize::from(speaker.is_some_and(|s| same_speaker(speaker_name(s), &gold["speaker"])));
            }
        }
        self.quotes.fp += matched.iter().filter(|m| !**m).count();
    }

    fn title_accuracy(&self) -> f64 {
        self.titles as f64 / self.pages.max(1) as f64
    }

    fn author_accuracy(&self) -> f64 {
        self.authors as f64 / self.pages.max(1) as f64
    }

    fn speaker_accuracy(&self) -> f64 {
        if self.speakers.0 == 0 {
            return 1.0;
        }
        self.speakers.1 as f64 / self.speakers.0 as f64
    }
}

impl fmt::Display for Scorecard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} pages: title {:.3}, author {:.3}, paragraph F1 {:.3}, quote F1 {:.3}, speaker {:.3}",
            self.pages,
            self.title_accuracy(),
            self.author_accuracy(),
            self.paragraphs.f1(),
            self.quotes.f1(),
            self.speaker_accuracy(),
        )?;
        for (counts, kind) in self.entities.iter().zip(KINDS) {
            write!(f, ", {kind} F1 {:.3}", counts.f1())?;
        }
        Ok(())
    }
}

/// Body paragraphs as a set; optional ones count neither way.
fn paragraphs(page: &GoldPage) -> Counts {
    let gold: Vec<String> = strings(&page.gold["body"]).into_iter().map(squash).collect();
    let optional: Vec<String> = strings(&page.gold["optional_body"]).into_iter().map(squash).collect();
    let found: Vec<String> = page.article.paragraphs.iter().map(|p| squash(&p.text)).collect();
    Counts {
        tp: found.iter().filter(|p| gold.contains(p)).count(),
        fp: found.iter().filter(|p| !gold.contains(p) && !optional.contains(p)).count(),
        fn_: gold.iter().filter(|g| !found.contains(g)).count(),
    }
}

/// Entities of a kind, matched one to one in gold order.
fn entities(page: &GoldPage, kind: &str) -> Counts {
    let found: Vec<_> = page.entities(kind).collect();
    let mut matched = vec![false; found.len()];
    let mut counts = Counts::default();
    for gold in page.gold_entities(kind) {
        match (0..found.len()).find(|&i| !matched[i] && same_entity(kind, gold, found[i])) {
            Some(i) => {
                matched[i] = true;
                counts.tp += usize::from(!is_optional(gold));
            }
            None => counts.fn_ += usize::from(!is_optional(gold)),
        }
    }
    counts.fp = matched.iter().filter(|m| !**m).count();
    counts
}

#[test]
fn tuned_outlet_pages_keep_their_scores() {
    let pages = gold_pages("tests/outlets/tuned");
    assert!(pages.len() >= 28, "the outlet pages are there");
    let card = Scorecard::of(&pages);
    println!("tuned outlet pages: {card}");
    // Floors: the scores measured when the pages were last improved.
    assert!(card.title_accuracy() >= 1.0, "title accuracy fell: {card}");
    assert!(card.author_accuracy() >= 1.0, "author accuracy fell: {card}");
    assert!(card.paragraphs.f1() >= 1.0, "paragraph F1 fell: {card}");
    assert!(card.quotes.f1() >= 1.0, "quote F1 fell: {card}");
    assert!(card.speaker_accuracy() >= 1.0, "speaker accuracy fell: {card}");
    let [person, country, institution] = card.entities;
    assert!(person.f1() >= 1.0, "person F1 fell: {card}");
    assert!(country.f1() >= 1.0, "country F1 fell: {card}");
    assert!(institution.f1() >= 0.99, "institution F1 fell: {card}");
}

#[test]
fn fresh_outlet_pages_are_scored_not_held() {
    let pages = gold_pages("tests/outlets/fresh");
    assert!(pages.len() >= 5, "the fresh pages are there");
    println!("fresh outlet pages: {}", Scorecard::of(&pages));
    for page in &pages {
        println!("  {}: {}", page.name, Scorecard::of(core::slice::from_ref(page)));
    }
}
