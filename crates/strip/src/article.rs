//! Putting the pieces together: labels, the main region, then the metadata around it.

use core::ops::Range;

use newsclip_text::{Span, Spanned};

use crate::blocks::{blocks, Block};
use crate::byline::{cued_author, lone_name};
use crate::classify::{label, main_region, Densities, Label};
use crate::date::Timestamp;
use crate::dateline::find_dateline;
use crate::page::{Dateline, Page, Published, RemovalReason, Removed};
use crate::published::{date_line, DateCue, DateLine};
use crate::section::is_section_label;
use crate::stripper::Stripper;
use crate::title::{choose_title, headline_anchor, WordSet};

/// Longest block, in words, that can be a byline.
const MAX_BYLINE_WORDS: u32 = 20;
/// How many blocks after the body may hold its byline, date or section.
const AFTER_WINDOW: usize = 8;
/// How many blocks before the body may hold its byline, date or section.
const BEFORE_WINDOW: usize = 15;
/// Two separator lines this close apart frame a list of teasers.
const SEPARATOR_PERIOD: usize = 3;
/// Longest first line taken for a headline rather than body text.
const MAX_HEADLINE_WORDS: u32 = 30;
/// A block this similar to the title repeats it.
const REPEAT_SIMILARITY: f32 = 0.8;

/// What became of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Undecided,
    Title,
    Body,
    Removed(RemovalReason),
}

/// The state of one stripping run.
struct Analysis<'a> {
    page: &'a str,
    blocks: Vec<Block<'a>>,
    labels: Vec<Label>,
    date_lines: Vec<Option<DateLine>>,
    roles: Vec<Role>,
    region: Range<usize>,
}

/// Strips `page` with the options of `stripper`.
pub(crate) fn strip<'a>(stripper: &Stripper, page: &'a str) -> Page<'a> {
    let blocks = blocks(page, stripper.line_joining);
    let densities = Densities::of(&blocks);
    let mut labels: Vec<Label> = blocks.iter().map(|b| label(b, densities)).collect();
    let date_lines: Vec<Option<DateLine>> = blocks
        .iter()
        .zip(&labels)
        .map(|(b, l)| {
            let may_hold_date = *l != Label::Prose && b.text.bytes().any(|c| c.is_ascii_digit());
            may_hold_date.then(|| date_line(b.text, b.stats.words)).flatten()
        })
        .collect();
    for (label, date) in labels.iter_mut().zip(&date_lines) {
        if date.is_some_and(|d| d.date_only) {
            *label = Label::Furniture(RemovalReason::DateOnly);
        }
    }
    for (label, block) in labels.iter_mut().zip(&blocks) {
        if !label.is_text() && block.stats.words <= MAX_BYLINE_WORDS && cued_author(block.text).is_some() {
            *label = Label::Furniture(RemovalReason::Byline);
        }
    }
    mark_teaser_lists(&blocks, &mut labels);
    let barriers = barriers(&blocks);
    let anchor = headline_anchor(&blocks, |i| labels.get(i) == Some(&Label::Prose));
    let mut region = main_region(&blocks, &labels, &barriers, anchor).unwrap_or(blocks.len()..blocks.len());
    if region.start == 0 && region.len() > 1 && blocks.first().is_some_and(is_headline_shaped) {
        // Page dumps open with the title: a first line shaped like a headline is not body text.
        region.start = 1;
    }
    let roles = vec![Role::Undecided; blocks.len()];
    let mut analysis = Analysis { page, blocks, labels, date_lines, roles, region };
    analysis.mark_body(stripper.keep_headings);
    analysis.into_page()
}

/// Lists of teasers alternate a headline with a one- or two-sentence summary (`Council approves
/// budget` / `The vote ends months of debate.`), often with a `Read more` link between pairs.
/// Three such pairs in a row are furniture, however much they read like prose: articles do not
/// put a heading over every short paragraph.
fn mark_teaser_lists(blocks: &[Block<'_>], labels: &mut [Label]) {
    for i in teaser_lists(blocks, labels) {
        labels[i] = Label::Furniture(RemovalReason::Teaser);
    }
}

/// The blocks of the teaser lists, see [`mark_teaser_lists`].
fn teaser_lists(blocks: &[Block<'_>], labels: &[Label]) -> Vec<usize> {
    let is_headline = |i: usize| {
        let s = &blocks[i].stats;
        matches!(labels[i], Label::Short | Label::Fragment)
            && (3..=20).contains(&s.words)
            && !s.ends_with_terminal
            && !s.ends_with_colon
    };
    let is_summary = |i: usize| {
        let s = &blocks[i].stats;
        labels[i].is_text() && s.sentence_ends <= 2 && s.words <= MAX_SUMMARY_WORDS
    };
    let is_pair = |i: usize| i + 1 < blocks.len() && is_headline(i) && is_summary(i + 1);
    let is_link = |i: usize| labels.get(i).is_some_and(|l| matches!(l, Label::Short | Label::Furniture(_)));
    let mut teasers = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        // Follow a chain of pairs, allowing one short line (a link) between pairs.
        let mut pairs = Vec::new();
        let mut at = i;
        while is_pair(at) {
            pairs.push(at);
            at += 2;
            if !is_pair(at) && is_link(at) && is_pair(at + 1) {
                at += 1;
            }
        }
        if pairs.len() >= MIN_TEASER_PAIRS {
            teasers.extend(pairs.iter().flat_map(|&p| [p, p + 1]));
            i = at;
        } else {
            i += 1;
        }
    }
    teasers
}

/// Longest teaser summary, in words.
const MAX_SUMMARY_WORDS: u32 = 45;
/// Fewest headline-summary pairs that make a teaser list.
const MIN_TEASER_PAIRS: usize = 3;

/// Blocks the article cannot span: separators that repeat at short intervals, which frame lists
/// of teasers.
fn barriers(blocks: &[Block<'_>]) -> Vec<bool> {
    (0..blocks.len())
        .map(|i| {
            let block = &blocks[i];
            let near = |j: usize| blocks.get(j).is_some_and(|b| is_separator(b) && b.text == block.text);
            is_separator(block) && (1..=SEPARATOR_PERIOD).any(|d| near(i + d) || i.checked_sub(d).is_some_and(near))
        })
        .collect()
}

/// Whether a block could be a headline: one line of at most [`MAX_HEADLINE_WORDS`] words and at
/// most one sentence.
fn is_headline_shaped(block: &Block<'_>) -> bool {
    let s = &block.stats;
    (1..=MAX_HEADLINE_WORDS).contains(&s.words)
        && !s.ends_with_colon
        && !block.text.contains('\n')
        && newsclip_text::sentences(block.text).nth(1).is_none()
}

/// A line of punctuation only: `-`, `***`, `• • •`.
fn is_separator(block: &Block<'_>) -> bool {
    block.stats.words == 0 && block.stats.chars <= 6
}

impl<'a> Analysis<'a> {
    fn mark_body(&mut self, keep_headings: bool) {
        for i in self.region.clone() {
            self.roles[i] = match self.labels[i] {
                Label::Furniture(reason) | Label::EndMarker(reason) => Role::Removed(reason),
                Label::Short if !keep_headings => Role::Removed(RemovalReason::Boilerplate),
                _ => Role::Body,
            };
        }
    }

    fn is_free(&self, i: usize) -> bool {
        self.roles.get(i) == Some(&Role::Undecided)
    }

    fn into_page(mut self) -> Page<'a> {
        let title = self.title();
        let author = self.author();
        let published = self.published();
        let section = self.section(title);
        let dateline = self.dateline();
        self.mark_repeated_headlines(title);
        self.mark_leftovers();
        let published = published.or_else(|| dateline.and_then(|d| self.published_from_dateline(&d)));
        let dateline = dateline.map(|d| self.fill_dateline_year(d, published.as_ref()));

        let mut page = Page {
            title: title.and_then(|i| self.spanned(self.blocks[i].span)),
            dateline: dateline.map(|d| d.dateline),
            author,
            published,
            section,
            paragraphs: Vec::new(),
            removed: Vec::new(),
        };
        let first_body_start = dateline.map(|d| (d.block, d.body_start, d.own_line.then_some(d.dateline.span)));
        for (i, block) in self.blocks.iter().enumerate() {
            match self.roles[i] {
                Role::Body => {
                    let span = match first_body_start {
                        Some((b, start, own_line)) if b == i => {
                            if let Some(span) = own_line {
                                // A dateline on a line of its own is a removed block of its own.
                                page.removed.push(Removed { span, reason: RemovalReason::Dateline });
                            }
                            Span::new(start, block.span.end).trim(self.page)
                        }
                        _ => block.span,
                    };
                    if let Some(p) = Spanned::new(self.page, span).filter(|p| !p.text.is_empty()) {
                        page.paragraphs.push(p);
                    }
                }
                Role::Removed(reason) => page.removed.push(Removed { span: block.span, reason }),
                Role::Title => {}
                Role::Undecided => page.removed.push(Removed { span: block.span, reason: RemovalReason::Boilerplate }),
            }
        }
        page
    }

    fn spanned(&self, span: Span) -> Option<Spanned<'a>> {
        Spanned::new(self.page, span)
    }

    fn body_start(&self) -> usize {
        self.region.start
    }

    /// Indices of the blocks just before the body, nearest first, down to the title.
    fn before_body(&self) -> impl Iterator<Item = usize> + '_ {
        let start = self.body_start();
        (start.saturating_sub(BEFORE_WINDOW)..start).rev().filter(|&i| self.roles[i] != Role::Title)
    }

    /// Indices of the blocks just after the body, nearest first.
    fn after_body(&self) -> impl Iterator<Item = usize> + '_ {
        let end = self.region.end;
        end..(end + AFTER_WINDOW).min(self.blocks.len())
    }

    fn title(&mut self) -> Option<usize> {
        let labels = &self.labels;
        let dates = &self.date_lines;
        let blocks = &self.blocks;
        let start = if self.region.is_empty() { blocks.len() } else { self.region.start };
        let title = choose_title(blocks, start, |i| {
            let ok_label = matches!(
                labels[i],
                Label::Short | Label::ShortProse | Label::Fragment | Label::LowDensity | Label::Prose
            );
            ok_label && dates[i].is_none() && !is_section_label(blocks[i].text)
        })?;
        self.roles[title] = Role::Title;
        Some(title)
    }

    fn author(&mut self) -> Option<Spanned<'a>> {
        let cued = |this: &Self, i: usize| -> Option<Span> {
            let block = this.blocks.get(i)?;
            if !this.is_free(i) || block.stats.words > MAX_BYLINE_WORDS {
                return None;
            }
            cued_author(block.text).map(|s| s.offset(block.span.start))
        };
        let lone = |this: &Self, i: usize| -> Option<Span> {
            let block = this.blocks.get(i)?;
            if !this.is_free(i) || is_section_label(block.text) || this.labels[i].is_text() {
                return None;
            }
            lone_name(block.text).map(|s| s.offset(block.span.start))
        };
        // A cued byline above the body, then a name closing the body, then a cued byline below.
        let before: Vec<usize> = self.before_body().collect();
        let after: Vec<usize> = self.after_body().collect();
        let last_body = self.region.end.checked_sub(1).filter(|_| !self.region.is_empty());
        let found = before
            .iter()
            .find_map(|&i| cued(self, i).map(|s| (i, s)))
            .or_else(|| {
                after.iter().take_while(|&&i| !self.is_boundary(i)).next().and_then(|&i| lone(self, i).map(|s| (i, s)))
            })
            .or_else(|| after.iter().find_map(|&i| cued(self, i).map(|s| (i, s))))
            .or_else(|| last_body.and_then(|i| self.wire_credit(i)))
            .or_else(|| self.name_above_body(&before).and_then(|i| lone(self, i).map(|s| (i, s))))?;
        let (block, span) = found;
        self.roles[block] = Role::Removed(RemovalReason::Byline);
        self.spanned(span)
    }

    /// The block nearest above the body that is not furniture or a date (`before` lists blocks
    /// nearest first): where a byline without `By` stands.
    fn name_above_body(&self, before: &[usize]) -> Option<usize> {
        before.iter().copied().find(|&i| !matches!(self.labels[i], Label::Furniture(_)) && self.date_lines[i].is_none())
    }

    /// `(Reporting by …; Editing by …)` closing the body.
    fn wire_credit(&self, i: usize) -> Option<(usize, Span)> {
        let block = self.blocks.get(i)?;
        if block.stats.words > MAX_BYLINE_WORDS || !block.text.trim_start().starts_with(['(', 'R', 'r', '[']) {
            return None;
        }
        cued_author(block.text).map(|s| (i, s.offset(block.span.start)))
    }

    /// Whether block `i` can be skipped when looking for the byline right after the body.
    fn is_boundary(&self, i: usize) -> bool {
        !is_separator(&self.blocks[i]) && !self.is_free(i)
    }

    fn published(&mut self) -> Option<Published<'a>> {
        let candidates = self.before_body().chain(self.after_body()).enumerate();
        let mut best: Option<((DateCue, usize), usize, DateLine)> = None;
        for (order, i) in candidates {
            if !matches!(self.roles[i], Role::Undecided | Role::Removed(RemovalReason::Byline)) {
                continue;
            }
            let Some(line) = self.date_lines[i] else { continue };
            let key = (line.cue, order);
            if best.is_none_or(|(b, _, _)| key < b) {
                best = Some((key, i, line));
            }
        }
        let (_, i, line) = best?;
        if self.roles[i] == Role::Undecided {
            self.roles[i] = Role::Removed(RemovalReason::DateOnly);
        }
        let span = line.found.span.offset(self.blocks[i].span.start);
        Some(Published { span, text: &self.page[span], timestamp: line.found.timestamp })
    }

    /// The section label nearest the article: between the title and the body, then below the
    /// body (up to a list of related stories or tags, whose labels file other stories), then
    /// just above the title.
    fn section(&mut self, title: Option<usize>) -> Option<Spanned<'a>> {
        let below_title = title.map_or(0..0, |t| t + 1..self.region.start.max(t + 1));
        let above_title = title.map_or(0..0, |t| t.saturating_sub(3)..t);
        let below_body = self
            .after_body()
            .take_while(|&i| !matches!(self.labels[i], Label::EndMarker(RemovalReason::Related | RemovalReason::Tags)));
        let candidates: Vec<usize> = below_title.chain(below_body).chain(above_title.rev()).collect();
        let i = candidates
            .into_iter()
            .find(|&i| self.is_free(i) && is_section_label(self.blocks[i].text) && !self.in_menu(i))?;
        self.roles[i] = Role::Removed(RemovalReason::Section);
        self.spanned(self.blocks[i].span)
    }

    /// Whether block `i` sits among other section labels, as in a menu.
    fn in_menu(&self, i: usize) -> bool {
        let label_at = |j: usize| self.blocks.get(j).is_some_and(|b| is_section_label(b.text));
        label_at(i + 1) || i.checked_sub(1).is_some_and(label_at)
    }

    /// The dateline opening the body: alone on the block before it, or at the start of its first
    /// paragraph.
    fn dateline(&mut self) -> Option<FoundDateline<'a>> {
        let first = (self.region.start..self.region.end).find(|&i| self.roles[i] == Role::Body)?;
        if let Some(previous) = first.checked_sub(1).filter(|&i| self.is_free(i)) {
            if let Some(found) = self.dateline_in(previous).filter(|f| f.fills_block) {
                self.roles[previous] = Role::Removed(RemovalReason::Dateline);
                return Some(found);
            }
        }
        let found = self.dateline_in(first)?;
        if found.fills_block {
            self.roles[first] = Role::Removed(RemovalReason::Dateline);
        }
        Some(found)
    }

    fn dateline_in(&self, i: usize) -> Option<FoundDateline<'a>> {
        let block = self.blocks.get(i)?;
        let m = find_dateline(block.text)?;
        let at = |s: Span| &self.page[s.offset(block.span.start)];
        let span = m.span.offset(block.span.start).trim(self.page);
        let rest = &self.page[span.end..block.span.end];
        let line_rest = rest.split(newsclip_text::is_line_terminator).next().unwrap_or("");
        Some(FoundDateline {
            dateline: Dateline {
                span,
                text: &self.page[span],
                place: m.place.map(at),
                date: m.date.and_then(|d| d.date(None)),
                agency: m.agency.map(at),
            },
            block: i,
            body_start: span.end,
            fills_block: newsclip_text::is_blank(rest),
            own_line: newsclip_text::is_blank(line_rest),
            date: m.date,
            date_span: m.date.map(|d| d.span.offset(block.span.start)),
        })
    }

    fn published_from_dateline(&self, dateline: &FoundDateline<'a>) -> Option<Published<'a>> {
        let date = dateline.date?.date(None)?;
        let span = dateline.date_span?;
        Some(Published { span, text: &self.page[span], timestamp: Timestamp::new(date) })
    }

    fn fill_dateline_year(&self, mut found: FoundDateline<'a>, published: Option<&Published<'a>>) -> FoundDateline<'a> {
        if found.dateline.date.is_none() {
            let year = published.map(|p| p.timestamp.date().year());
            found.dateline.date = found.date.and_then(|d| d.date(year));
        }
        found
    }

    fn mark_repeated_headlines(&mut self, title: Option<usize>) {
        let Some(title) = title else { return };
        let title_words = WordSet::of(self.blocks[title].text);
        let title_count = self.blocks[title].stats.words;
        for i in 0..self.blocks.len() {
            // A Dice coefficient of 0.8 needs between two thirds and one and a half times the
            // title's words; the first line may add a site name to a copy of it.
            let words = self.blocks[i].stats.words;
            let max_words = if i == 0 { 2 * title_count + 2 } else { title_count * 3 / 2 + 1 };
            if words > max_words || 3 * words < 2 * title_count {
                continue;
            }
            let body_copy = self.roles[i] == Role::Body && self.blocks[i].text == self.blocks[title].text;
            if !(self.is_free(i) || body_copy) {
                continue;
            }
            let set = WordSet::of(self.blocks[i].text);
            let contains = i == 0 && set.len() > title_words.len() && set.common(&title_words) == title_words.len();
            if contains || set.dice(&title_words) >= REPEAT_SIMILARITY {
                self.roles[i] = Role::Removed(RemovalReason::RepeatedHeadline);
            }
        }
    }

    /// Gives every undecided block a reason: its own label's, the zone an end-of-article
    /// heading opened, teaser for prose outside the article, navigation for runs of short
    /// lines, and boilerplate otherwise.
    fn mark_leftovers(&mut self) {
        let mut zone: Option<RemovalReason> = None;
        for i in 0..self.blocks.len() {
            if let Label::EndMarker(reason) = self.labels[i] {
                if i >= self.region.end {
                    zone = Some(reason).filter(|r| matches!(r, RemovalReason::Related | RemovalReason::Comments));
                }
            }
            if !self.is_free(i) {
                continue;
            }
            let label = self.labels[i];
            let reason = label
                .reason()
                .or(zone)
                .or_else(|| (label.is_text() && i >= self.region.end).then_some(RemovalReason::Teaser))
                .or_else(|| self.in_short_run(i).then_some(RemovalReason::Navigation))
                .unwrap_or(RemovalReason::Boilerplate);
            self.roles[i] = Role::Removed(reason);
        }
    }

    /// Whether block `i` is one of at least three short lines in a row.
    fn in_short_run(&self, i: usize) -> bool {
        let short = |j: usize| {
            self.labels.get(j).is_some_and(|l| matches!(l, Label::Short | Label::Furniture(RemovalReason::Navigation)))
        };
        if !short(i) {
            return false;
        }
        let before = (1..=2).take_while(|&d| i.checked_sub(d).is_some_and(short)).count();
        let after = (1..=2).take_while(|&d| short(i + d)).count();
        before + after >= 2
    }
}

/// A dateline and where the first paragraph resumes after it.
#[derive(Clone, Copy, Debug)]
struct FoundDateline<'a> {
    dateline: Dateline<'a>,
    /// The block it opens.
    block: usize,
    /// Where the paragraph text resumes.
    body_start: usize,
    /// Whether the dateline is all the block holds.
    fills_block: bool,
    /// Whether the dateline is alone on its line (the paragraph resumes on the next line).
    own_line: bool,
    date: Option<crate::dates::FoundDate>,
    date_span: Option<Span>,
}
