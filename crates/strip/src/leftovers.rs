//! Why each block outside the article was removed.

use crate::analysis::{Analysis, Role};
use crate::classify::Label;
use crate::page::RemovalReason;
use crate::rules;
use crate::title::{WordSet, REPEAT_SIMILARITY};

impl Analysis<'_> {
    /// Marks blocks that repeat the title (its copy in the page, the document title line).
    pub(crate) fn mark_repeated_headlines(&mut self, title: Option<usize>) {
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
                self.roles[i] = Role::Removed(RemovalReason::RepeatedHeadline, rules::REPEATED_HEADLINE);
            }
        }
    }

    /// Gives every undecided block a reason: its own label's, the zone an end-of-article
    /// heading opened, teaser for prose outside the article, navigation for runs of short
    /// lines, and boilerplate otherwise.
    pub(crate) fn mark_leftovers(&mut self) {
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
            let (reason, rule) = label
                .reason()
                .map(|reason| (reason, self.label_rules[i]))
                .or(zone.map(|reason| (reason, rules::OUTSIDE_ZONE)))
                .or_else(|| {
                    (label.is_text() && i >= self.region.end).then_some((RemovalReason::Teaser, rules::OUTSIDE_TEASER))
                })
                .or_else(|| self.in_short_run(i).then_some((RemovalReason::Navigation, rules::OUTSIDE_MENU)))
                .unwrap_or((RemovalReason::Boilerplate, rules::OUTSIDE));
            self.roles[i] = Role::Removed(reason, rule);
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
