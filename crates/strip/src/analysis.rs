//! One stripping run: labels, the main region, the metadata around it, then the page.

use core::ops::Range;

use newsclip_text::{Rule, Span, Spanned};

use crate::blocks::{blocks, Block};
use crate::classify::{label, Densities, Label};
use crate::edges::{follows_metadata, head_start, is_dated_caption, is_yearless_caption, tail_end};
use crate::furniture::{
    barriers, mark_comment_threads, mark_inline_teasers, mark_labelled_captions, mark_metadata_lines, mark_teaser_lists,
};
use crate::language::Language;
use crate::metadata::Metadata;
use crate::page::{Page, RemovalReason, Removed};
use crate::published::{date_line_in, DateLine};
use crate::region::article_region;
use crate::rules;
use crate::stripper::Stripper;
use crate::title::headline_anchor;

/// How many blocks after the body may hold its byline, date or section.
const AFTER_WINDOW: usize = 8;
/// How many blocks before the body may hold its byline, date or section.
const BEFORE_WINDOW: usize = 15;

/// What became of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Undecided,
    Title,
    Body,
    /// Removed for this reason, by this rule.
    Removed(RemovalReason, Rule),
}

/// The state of one stripping run.
pub(crate) struct Analysis<'a> {
    pub(crate) page: &'a str,
    pub(crate) blocks: Vec<Block<'a>>,
    pub(crate) labels: Vec<Label>,
    /// The rule that gave each block its label, when that label is furniture.
    pub(crate) label_rules: Vec<Rule>,
    /// The date each block carries as metadata, if any.
    pub(crate) date_lines: Vec<Option<DateLine>>,
    pub(crate) roles: Vec<Role>,
    /// The article's blocks: the main region.
    pub(crate) region: Range<usize>,
}

/// Strips `page` with the options of `stripper`.
pub(crate) fn strip<'a>(stripper: &Stripper, page: &'a str, language: Language) -> Page<'a> {
    let blocks = blocks(page, stripper.line_joining, language);
    let densities = Densities::of(&blocks);
    let (mut labels, mut label_rules): (Vec<Label>, Vec<Rule>) = blocks.iter().map(|b| label(b, densities)).unzip();
    let date_lines: Vec<Option<DateLine>> = blocks
        .iter()
        .zip(&labels)
        .map(|(b, l)| {
            let may_hold_date = *l != Label::Prose && b.text.bytes().any(|c| c.is_ascii_digit());
            may_hold_date.then(|| date_line_in(b.text, b.stats.words, language.date_order())).flatten()
        })
        .collect();
    mark_metadata_lines(&blocks, &mut labels, &mut label_rules, &date_lines);
    mark_labelled_captions(&blocks, &mut labels, &mut label_rules);
    mark_teaser_lists(&blocks, &mut labels, &mut label_rules);
    mark_inline_teasers(&blocks, &mut labels, &mut label_rules);
    mark_comment_threads(&blocks, &mut labels, &mut label_rules, &date_lines);
    let barriers = barriers(&blocks);
    let anchor = headline_anchor(&blocks, |i| labels.get(i) == Some(&Label::Prose));
    let found = article_region(&blocks, &labels, &barriers, anchor);
    let (start, end) = (head_start(&blocks, &labels, found.clone()), tail_end(&blocks, &labels, found.clone()));
    let region = start..end.max(start);
    let roles = vec![Role::Undecided; blocks.len()];
    let mut analysis = Analysis { page, blocks, labels, label_rules, date_lines, roles, region };
    analysis.mark_body(stripper.keep_headings);
    analysis.mark_lead(found.start..start);
    analysis.into_page()
}

impl<'a> Analysis<'a> {
    fn mark_body(&mut self, keep_headings: bool) {
        for i in self.region.clone() {
            self.roles[i] = match self.labels[i] {
                Label::Furniture(reason) | Label::EndMarker(reason) => Role::Removed(reason, self.label_rules[i]),
                Label::Short if !keep_headings => Role::Removed(RemovalReason::Boilerplate, rules::BODY_HEADING),
                _ => Role::Body,
            };
        }
    }

    /// Keeps the prose of `lead`, the blocks above the byline and date that head the article
    /// text (and a caption under them): a standfirst is part of the article, its caption and the
    /// author's name are not.
    fn mark_lead(&mut self, lead: Range<usize>) {
        for i in lead {
            let block = &self.blocks[i];
            let caption = is_dated_caption(block) || (follows_metadata(&self.labels, i) && is_yearless_caption(block));
            if caption {
                self.roles[i] = Role::Removed(RemovalReason::Caption, rules::LEAD_CAPTION);
            } else if self.labels[i].is_text() {
                self.roles[i] = Role::Body;
            }
        }
    }

    pub(crate) fn is_free(&self, i: usize) -> bool {
        self.roles.get(i) == Some(&Role::Undecided)
    }

    fn into_page(mut self) -> Page<'a> {
        let Metadata { title, author, published, section, dateline, rules: page_rules } = self.read_metadata();
        self.mark_repeated_headlines(title);
        self.mark_leftovers();
        let mut page = Page {
            title: title.and_then(|i| self.spanned(self.blocks[i].span)),
            dateline: dateline.map(|d| d.dateline),
            author,
            published,
            section,
            paragraphs: Vec::new(),
            removed: Vec::new(),
            rules: page_rules,
        };
        let first_body_start = dateline.map(|d| (d.block, d.body_start, d.own_line.then_some(d.dateline.span)));
        for (i, block) in self.blocks.iter().enumerate() {
            match self.roles[i] {
                Role::Body => {
                    let span = match first_body_start {
                        Some((b, start, own_line)) if b == i => {
                            if let Some(span) = own_line {
                                // A dateline on a line of its own is a removed block of its own.
                                let rule = page_rules.dateline.unwrap_or(rules::DATELINE_OPENING);
                                page.removed.push(Removed { span, reason: RemovalReason::Dateline, rule });
                            }
                            Span::new(start, block.span.end).trim(self.page)
                        }
                        _ => block.span,
                    };
                    if let Some(p) = Spanned::new(self.page, span).filter(|p| !p.text.is_empty()) {
                        page.paragraphs.push(p);
                    }
                }
                Role::Removed(reason, rule) => page.removed.push(Removed { span: block.span, reason, rule }),
                Role::Title => {}
                Role::Undecided => {
                    let reason = RemovalReason::Boilerplate;
                    page.removed.push(Removed { span: block.span, reason, rule: rules::OUTSIDE });
                }
            }
        }
        page
    }

    pub(crate) fn spanned(&self, span: Span) -> Option<Spanned<'a>> {
        Spanned::new(self.page, span)
    }

    pub(crate) fn body_start(&self) -> usize {
        self.region.start
    }

    /// Indices of the blocks just before the body, nearest first, down to the title.
    pub(crate) fn before_body(&self) -> impl Iterator<Item = usize> + '_ {
        let start = self.body_start();
        (start.saturating_sub(BEFORE_WINDOW)..start).rev().filter(|&i| self.roles[i] != Role::Title)
    }

    /// Indices of the blocks just after the body, nearest first.
    pub(crate) fn after_body(&self) -> impl Iterator<Item = usize> + '_ {
        let end = self.region.end;
        end..(end + AFTER_WINDOW).min(self.blocks.len())
    }
}
