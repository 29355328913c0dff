//! The metadata around the article: title, byline, publication date, section and dateline.

use core::ops::Range;

use newsclip_text::{Rule, Span, Spanned};

use crate::analysis::{Analysis, Role};
use crate::byline::{
    agency_credit, agency_signature, credit_before_date, cued_author, desk_byline, is_role_line, lone_name, sign_off,
};
use crate::classify::Label;
use crate::date::Timestamp;
use crate::dateline::{find_dateline, find_place_alone, DatelineMatch};
use crate::furniture::{is_name_alone, is_separator, MAX_BYLINE_WORDS};
use crate::page::{Dateline, PageRules, Published, RemovalReason};
use crate::published::{DateCue, DateLine};
use crate::rules;
use crate::section::is_section_label;
use crate::title::choose_title;

/// Longest menu item, in words.
const MAX_MENU_ITEM_WORDS: u32 = 3;
/// How many blocks back a breadcrumb may repeat a menu item.
const MENU_REACH: usize = 40;
/// Fewest lines of a menu.
const MIN_MENU_ITEMS: usize = 3;
/// Longest breadcrumb, in words.
const MAX_BREADCRUMB_WORDS: u32 = 5;
/// How many of the first body paragraphs a dateline may open: the first, or the one after a
/// standfirst.
const DATELINE_PARAGRAPHS: usize = 2;

/// Most date lines between a dateline alone on its line and the body.
const MAX_DATE_LINES_UNDER_PLACE: usize = 3;

/// What the blocks around the article say about it.
pub(crate) struct Metadata<'a> {
    /// The title block.
    pub(crate) title: Option<usize>,
    pub(crate) author: Option<Spanned<'a>>,
    pub(crate) published: Option<Published<'a>>,
    pub(crate) section: Option<Spanned<'a>>,
    pub(crate) dateline: Option<FoundDateline<'a>>,
    /// The rules that picked them.
    pub(crate) rules: PageRules,
}

impl<'a> Analysis<'a> {
    /// Reads the metadata and gives its blocks their roles. A dateline date stands in for a
    /// missing publication date, and a publication year for a dateline's missing one.
    pub(crate) fn read_metadata(&mut self) -> Metadata<'a> {
        let title = self.title();
        let author = self.author();
        let published = self.published();
        let section = self.section(title.map(|(t, _)| t));
        let dateline = self.dateline();
        let published = published.or_else(|| {
            let from_dateline = dateline.and_then(|(d, _)| self.published_from_dateline(&d))?;
            Some((from_dateline, rules::DATE_FROM_DATELINE))
        });
        let dateline = dateline.map(|(d, rule)| (self.fill_dateline_year(d, published.as_ref().map(|(p, _)| p)), rule));
        let rules = PageRules {
            title: title.map(|(_, rule)| rule),
            author: author.map(|(_, rule)| rule),
            published: published.map(|(_, rule)| rule),
            section: section.map(|(_, rule)| rule),
            dateline: dateline.map(|(_, rule)| rule),
        };
        Metadata {
            title: title.map(|(t, _)| t),
            author: author.map(|(a, _)| a),
            published: published.map(|(p, _)| p),
            section: section.map(|(s, _)| s),
            dateline: dateline.map(|(d, _)| d),
            rules,
        }
    }

    fn title(&mut self) -> Option<(usize, Rule)> {
        let labels = &self.labels;
        let dates = &self.date_lines;
        let blocks = &self.blocks;
        let start = if self.region.is_empty() { blocks.len() } else { self.region.start };
        let title = choose_title(blocks, start, |i: usize| {
            let ok_label = matches!(
                labels[i],
                Label::Short | Label::ShortProse | Label::Fragment | Label::Data | Label::LowDensity | Label::Prose
            );
            ok_label && dates[i].is_none() && !is_section_label(blocks[i].text) && !self.is_breadcrumb(i)
        })?;
        self.roles[title.0] = Role::Title;
        Some(title)
    }

    fn author(&mut self) -> Option<(Spanned<'a>, Rule)> {
        let cued = |this: &Self, i: usize| -> Option<(Span, Rule)> {
            let block = this.blocks.get(i)?;
            if !this.is_free(i) || block.stats.words > MAX_BYLINE_WORDS {
                return None;
            }
            let found = cued_author(block.text)
                .map(|s| (s, rules::AUTHOR_CUED))
                .or_else(|| desk_byline(block.text).map(|s| (s, rules::AUTHOR_DESK)))
                .or_else(|| agency_credit(block.text).map(|s| (s, rules::AUTHOR_AGENCY_CREDIT)))
                .or_else(|| {
                    let own_language = block.stats.language.lexicon_code().is_some();
                    own_language
                        .then(|| agency_signature(block.text))
                        .flatten()
                        .map(|s| (s, rules::AUTHOR_AGENCY_CREDIT))
                })?;
            Some((found.0.offset(block.span.start), found.1))
        };
        let lone = |this: &Self, i: usize| -> Option<Span> {
            let block = this.blocks.get(i)?;
            // A heading of page furniture (`Read Next`, `Top Stories`) is capitalized like a name.
            let furniture =
                matches!(this.labels[i], Label::Furniture(r) | Label::EndMarker(r) if r != RemovalReason::Byline);
            if !this.is_free(i) || is_section_label(block.text) || this.labels[i].is_text() || furniture {
                return None;
            }
            lone_name(block.text).map(|s| s.offset(block.span.start))
        };
        // A name over its role line or a cued byline above the body, then a name closing the body, then a cued byline below.
        let before: Vec<usize> = self.before_body().collect();
        let after: Vec<usize> = self.after_body().collect();
        let last_body = self.region.end.checked_sub(1).filter(|_| !self.region.is_empty());
        let found = before
            .iter()
            .find_map(|&i| {
                self.named_over_role(i)
                    .map(|(at, s)| (at, s, rules::AUTHOR_NAME_OVER_ROLE))
                    .or_else(|| cued(self, i).map(|(s, rule)| (i, s, rule)))
            })
            .or_else(|| before.iter().find_map(|&i| self.credited(i).map(|s| (i, s, rules::AUTHOR_DATE_CREDIT))))
            .or_else(|| {
                let next = after.iter().take_while(|&&i| !self.is_boundary(i)).next();
                next.and_then(|&i| lone(self, i).map(|s| (i, s, rules::AUTHOR_NAME_CLOSING)))
            })
            .or_else(|| after.iter().find_map(|&i| cued(self, i).map(|(s, rule)| (i, s, rule))))
            .or_else(|| after.iter().find_map(|&i| self.signed(i).map(|s| (i, s, rules::AUTHOR_SIGN_OFF))))
            .or_else(|| last_body.and_then(|i| self.wire_credit(i)).map(|(i, s)| (i, s, rules::AUTHOR_WIRE_CREDIT)))
            .or_else(|| {
                let above = self.name_above_body(&before)?;
                lone(self, above).map(|s| (above, s, rules::AUTHOR_NAME_ABOVE))
            })?;
        let (block, span, rule) = found;
        self.roles[block] = Role::Removed(RemovalReason::Byline, rule);
        Some((self.spanned(span)?, rule))
    }

    /// The name alone on the line above role line `i` (`Jane Doe`, then `Political Reporter`):
    /// the author, whom a desk's byline (`Special Correspondent`) would not name. The role line
    /// goes with it.
    fn named_over_role(&mut self, i: usize) -> Option<(usize, Span)> {
        if self.labels.get(i) != Some(&Label::Furniture(RemovalReason::Byline)) || !self.is_free(i) {
            return None;
        }
        let above = i.checked_sub(1).filter(|&a| self.is_free(a))?;
        let block = &self.blocks[above];
        if !is_name_alone(block) || !is_role_line(self.blocks[i].text) {
            return None;
        }
        let span = lone_name(block.text)?.offset(block.span.start);
        self.roles[i] = Role::Removed(RemovalReason::Byline, rules::AUTHOR_NAME_OVER_ROLE);
        Some((above, span))
    }

    /// The block nearest above the body that is not furniture or a date (`before` lists blocks
    /// nearest first): where a byline without `By` stands.
    fn name_above_body(&self, before: &[usize]) -> Option<usize> {
        before.iter().copied().find(|&i| !matches!(self.labels[i], Label::Furniture(_)) && self.date_lines[i].is_none())
    }

    /// The author credited on a date line ahead of its date (`PTI / Updated: Jun 17, 2023`) or
    /// after it (`Posted on May 5, 2024 by Jane Doe`).
    fn credited(&self, i: usize) -> Option<Span> {
        let block = self.blocks.get(i)?;
        let date = self.date_lines.get(i).copied().flatten().filter(|d| !d.date_only)?;
        if !self.is_free(i) {
            return None;
        }
        let head = block.text.get(..date.found.span.start)?;
        let tail = date.found.span.end;
        let by_after = || block.text.get(tail..).and_then(cued_author).map(|s| s.offset(tail));
        credit_before_date(head).or_else(by_after).map(|s| s.offset(block.span.start))
    }

    /// The author named by a sign-off below the body (`-- Jane Doe, London Newsroom +44 …`).
    fn signed(&self, i: usize) -> Option<Span> {
        let block = self.blocks.get(i)?;
        if !self.is_free(i) || block.stats.words > MAX_BYLINE_WORDS {
            return None;
        }
        sign_off(block.text).flatten().map(|s| s.offset(block.span.start))
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

    fn published(&mut self) -> Option<(Published<'a>, Rule)> {
        let candidates = self.before_body().chain(self.after_body()).enumerate();
        let mut best: Option<((DateCue, usize), usize, DateLine)> = None;
        for (order, i) in candidates {
            if !matches!(self.roles[i], Role::Undecided | Role::Removed(RemovalReason::Byline, _)) {
                continue;
            }
            let Some(line) = self.date_lines[i] else { continue };
            let key = (line.cue, order);
            if best.is_none_or(|(b, _, _)| key < b) {
                best = Some((key, i, line));
            }
        }
        let (_, i, line) = best?;
        let rule = match line.cue {
            DateCue::Published => rules::DATE_PUBLISHED,
            DateCue::Bare => rules::DATE_BARE,
            DateCue::Updated => rules::DATE_UPDATED,
        };
        if self.roles[i] == Role::Undecided {
            self.roles[i] = Role::Removed(RemovalReason::DateOnly, rule);
        }
        let span = line.found.span.offset(self.blocks[i].span.start);
        Some((Published { span, text: &self.page[span], timestamp: line.found.timestamp }, rule))
    }

    /// The section label nearest the article: between the title and the body, then below the
    /// body (up to a list of related stories or tags, whose labels file other stories), then
    /// just above the title: a section label, or a breadcrumb repeating an item of the menu.
    fn section(&mut self, title: Option<usize>) -> Option<(Spanned<'a>, Rule)> {
        let below_title = title.map_or(0..0, |t| t + 1..self.region.start.max(t + 1));
        let above_title = title.map_or(0..0, |t| t.saturating_sub(3)..t);
        let below_body = self.after_body().take_while(|&i| !self.opens_other_stories(i));
        let candidates: Vec<usize> = below_title.chain(below_body).collect();
        let labelled = |i: usize| self.is_free(i) && is_section_label(self.blocks[i].text) && !self.in_menu(i, title);
        let breadcrumb = |i: usize| self.is_free(i) && (labelled(i) || self.is_breadcrumb(i));
        let (i, rule) =
            candidates.into_iter().find(|&i| labelled(i)).map(|i| (i, rules::SECTION_LABEL)).or_else(|| {
                let i = above_title.rev().find(|&i| breadcrumb(i))?;
                Some((i, if labelled(i) { rules::SECTION_LABEL } else { rules::SECTION_BREADCRUMB }))
            })?;
        self.roles[i] = Role::Removed(RemovalReason::Section, rule);
        Some((self.spanned(self.blocks[i].span)?, rule))
    }

    /// Whether block `i` heads a list of related stories or tags (`Related stories`, `Read more
    /// about:`), whose labels file other stories.
    fn opens_other_stories(&self, i: usize) -> bool {
        match self.labels[i] {
            Label::EndMarker(RemovalReason::Related | RemovalReason::Tags) => true,
            Label::Furniture(RemovalReason::Related | RemovalReason::Tags) => self.blocks[i].stats.ends_with_colon,
            _ => false,
        }
    }

    /// Whether block `i` is a breadcrumb: a short line that repeats an item of the menu above it
    /// (`World`, then `Middle East & Africa` over the headline). It names the section, never the
    /// headline. The first line is no menu item: a headline may repeat it.
    fn is_breadcrumb(&self, i: usize) -> bool {
        let Some(block) = self.blocks.get(i) else { return false };
        if self.labels[i] != Label::Short || block.stats.words > MAX_BREADCRUMB_WORDS || block.text.contains('\n') {
            return false;
        }
        let text = block.text.trim();
        let earlier = i.saturating_sub(MENU_REACH).max(1)..i.saturating_sub(1);
        let words = block.stats.words;
        earlier.clone().any(|j| {
            let other = &self.blocks[j];
            other.stats.words == words && other.text.trim() == text && self.is_menu_item(j, earlier.clone())
        })
    }

    /// Whether block `j` is an item of a menu within `within`: one of at least [`MIN_MENU_ITEMS`]
    /// short lines in a row.
    fn is_menu_item(&self, j: usize, within: Range<usize>) -> bool {
        let item = |k: &usize| {
            within.contains(k)
                && self.blocks.get(*k).is_some_and(|b| b.stats.words <= MAX_BREADCRUMB_WORDS)
                && matches!(self.labels.get(*k), Some(Label::Short | Label::Furniture(RemovalReason::Navigation)))
        };
        let before = (j.saturating_sub(MIN_MENU_ITEMS)..j).rev().take_while(item).count();
        let after = (j + 1..j + MIN_MENU_ITEMS).take_while(item).count();
        item(&j) && before + 1 + after >= MIN_MENU_ITEMS
    }

    /// Whether block `i` sits in a menu: next to another section label, or between two menu
    /// items (short lines other than the title: a menu of countries or topics names sections
    /// the label file does not know).
    fn in_menu(&self, i: usize, title: Option<usize>) -> bool {
        let label_at = |j: usize| self.blocks.get(j).is_some_and(|b| is_section_label(b.text));
        let menu_item_at = |j: usize| {
            let short = self.blocks.get(j).is_some_and(|b| b.stats.words <= MAX_MENU_ITEM_WORDS);
            let menu_label =
                matches!(self.labels.get(j), Some(Label::Short | Label::Furniture(RemovalReason::Navigation)));
            label_at(j) || (short && menu_label && Some(j) != title)
        };
        let above = i.checked_sub(1);
        if menu_item_at(i + 1) {
            return label_at(i + 1) || above.is_some_and(menu_item_at);
        }
        // The last line of a menu, unless it repeats an item of the menu: then it is the
        // breadcrumb under the menu (`… Culture | Europe`, then `Europe` over the headline).
        above.is_some_and(label_at) && !self.repeats_earlier_block(i)
    }

    /// Whether the text of block `i` is also that of one of the [`MENU_REACH`] blocks before the
    /// one above it.
    fn repeats_earlier_block(&self, i: usize) -> bool {
        let Some(text) = self.blocks.get(i).map(|b| b.text.trim()) else { return false };
        let earlier = i.saturating_sub(MENU_REACH)..i.saturating_sub(1);
        earlier.into_iter().any(|j| self.blocks[j].text.trim() == text)
    }

    /// The dateline opening the body: alone on the block before it, or at the start of its first
    /// paragraph.
    fn dateline(&mut self) -> Option<(FoundDateline<'a>, Rule)> {
        // The lead above the region's head metadata may hold the first paragraph.
        let first = (0..self.region.end).find(|&i| self.roles[i] == Role::Body)?;
        let lone_dateline = |i: usize| self.labels[i] == Label::Furniture(RemovalReason::Dateline);
        if let Some(previous) = first.checked_sub(1).filter(|&i| self.is_free(i) || lone_dateline(i)) {
            let found = self.dateline_in(previous).filter(|f| f.fills_block).map(|f| (f, rules::DATELINE_ABOVE));
            let found =
                found.or_else(|| Some((self.place_alone_under_metadata(previous)?, rules::DATELINE_PLACE_ALONE)));
            if let Some((found, rule)) = found {
                self.roles[previous] = Role::Removed(RemovalReason::Dateline, rule);
                return Some((found, rule));
            }
        }
        if let Some((place, found)) = self.place_alone_above_dates(first) {
            self.roles[place] = Role::Removed(RemovalReason::Dateline, rules::DATELINE_PLACE_ALONE);
            return Some((found, rules::DATELINE_PLACE_ALONE));
        }
        // A standfirst kept as the first paragraph may come before the paragraph the
        // dateline opens (`BRUSSELS — The Commission …`); that far in, only a place in
        // capitals before a dash counts, not a name with a bracketed acronym.
        let body = (first..self.region.end).filter(|&i| self.roles[i] == Role::Body).take(DATELINE_PARAGRAPHS);
        let (at, found) = body.into_iter().find_map(|i| {
            // German, French and Spanish sites set a standfirst above a wire dateline
            // (`Kiel (dpa) -`) as often as English ones above a place in capitals.
            let own_language = self.blocks.get(i).is_some_and(|b| b.stats.language.lexicon_code().is_some());
            let found = self.dateline_in(i).filter(|f| {
                i == first || is_capitals_place_only(&f.dateline) || (own_language && f.dateline.agency.is_some())
            })?;
            Some((i, found))
        })?;
        if found.fills_block {
            self.roles[at] = Role::Removed(RemovalReason::Dateline, rules::DATELINE_OPENING);
        }
        Some((found, rules::DATELINE_OPENING))
    }

    /// A place in capitals alone under the byline with the date lines between it and the body
    /// (`NEW YORK`, then `Updated …` and `Published …` lines), and its block.
    fn place_alone_above_dates(&self, first: usize) -> Option<(usize, FoundDateline<'a>)> {
        let dates = (0..first).rev().take(MAX_DATE_LINES_UNDER_PLACE + 1).take_while(|&i| self.date_lines[i].is_some());
        let place = dates.last()?.checked_sub(1).filter(|&i| self.is_free(i))?;
        self.place_alone_under_metadata(place).map(|found| (place, found))
    }

    /// A place in capitals alone on block `i`, right under the byline or date line: the
    /// dateline of agencies that set it on its own line (`ATHENS`).
    fn place_alone_under_metadata(&self, i: usize) -> Option<FoundDateline<'a>> {
        let above = i.checked_sub(1)?;
        let metadata_above = self.date_lines[above].is_some()
            || matches!(self.roles[above], Role::Removed(RemovalReason::Byline | RemovalReason::DateOnly, _))
            || matches!(self.labels[above], Label::Furniture(RemovalReason::Byline | RemovalReason::DateOnly));
        let block = self.blocks.get(i)?;
        if !metadata_above || is_section_label(block.text) {
            return None;
        }
        self.found_dateline(i, find_place_alone(block.text)?)
    }

    fn dateline_in(&self, i: usize) -> Option<FoundDateline<'a>> {
        let block = self.blocks.get(i)?;
        self.found_dateline(i, find_dateline(block.text, block.stats.language)?)
    }

    /// The dateline `m` found in block `i`, placed in the page.
    fn found_dateline(&self, i: usize, m: DatelineMatch) -> Option<FoundDateline<'a>> {
        let block = self.blocks.get(i)?;
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
}

/// `BRUSSELS —`: a dateline of a place in capitals and nothing else.
fn is_capitals_place_only(dateline: &Dateline<'_>) -> bool {
    dateline.agency.is_none()
        && dateline.date.is_none()
        && dateline.place.is_some_and(|p| p.chars().any(char::is_alphabetic) && !p.chars().any(char::is_lowercase))
}

/// A dateline and where the first paragraph resumes after it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FoundDateline<'a> {
    pub(crate) dateline: Dateline<'a>,
    /// The block it opens.
    pub(crate) block: usize,
    /// Where the paragraph text resumes.
    pub(crate) body_start: usize,
    /// Whether the dateline is all the block holds.
    fills_block: bool,
    /// Whether the dateline is alone on its line (the paragraph resumes on the next line).
    pub(crate) own_line: bool,
    date: Option<crate::dates::FoundDate>,
    date_span: Option<Span>,
}
