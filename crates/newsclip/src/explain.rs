//! A readable account of an article's decisions: which rule picked the title,
//! author, date, section and dateline, removed each block, attributed each
//! quotation and found each mention. The `newsclip` tool's `--explain` prints
//! it.

use core::fmt::Write as _;

use newsclip_text::Rule;

use crate::{Article, TextSpan};

/// Every named rule of every stage, in stage order (stripper, HTML pipeline,
/// quote finder, entity tagger), each with its stable id and one-line
/// description.
///
/// ```
/// let rules = newsclip::rules();
/// assert!(rules.iter().any(|r| r.id() == "strip.byline.cued"));
/// assert!(rules.iter().any(|r| r.id() == "quotes.speaker.role-antecedent"));
/// assert!(rules.iter().any(|r| r.id() == "entities.person.title"));
/// ```
#[must_use]
pub fn rules() -> Vec<Rule> {
    [newsclip_strip::rules::ALL, crate::from_html::ALL, newsclip_quotes::rules::ALL, newsclip_entities::rules::ALL]
        .concat()
}

/// Longest excerpt of a removed block or a quotation, in characters.
const EXCERPT: usize = 60;

impl Article {
    /// A readable account of the decisions behind this article, for a
    /// person asking why: the rule that picked each of the title, author,
    /// date, section and dateline; each removed block with its reason, its
    /// rule and its first words; each quotation with its speaker, the rule
    /// that attributed it and the one that resolved the name; each entity
    /// with its mentions and the rules that found them; and a legend of the
    /// rules used. `page` is the text the article was extracted from (the
    /// removed blocks are quoted from it).
    ///
    /// The layout is meant for reading and may change between versions; the
    /// JSON output is the stable contract.
    ///
    /// ```
    /// let page = "Home | World | Sport\n\nCouncil approves budget\n\nBy Jane Doe\n\n\
    ///             “We are ready,” Mayor Ana Lopez said on Monday after the council voted to \
    ///             approve the budget for next year by a wide margin.";
    /// let article = newsclip::extract(page);
    /// let account = article.explain(page);
    /// assert!(account.contains("author     \"Jane Doe\"  [strip.byline.cued]"));
    /// assert!(account.contains("strip.furniture.menu"));
    /// assert!(account.contains("Ana Lopez"));
    /// ```
    #[must_use]
    pub fn explain(&self, page: &str) -> String {
        let mut out = String::new();
        let mut used: Vec<Rule> = Vec::new();
        let mut note = |rule: Rule| {
            if !used.contains(&rule) {
                used.push(rule);
            }
            rule
        };

        let rules = &self.rules;
        let field = |out: &mut String, name: &str, value: Option<String>, rule: Option<Rule>| {
            let _ = match (value, rule) {
                (Some(value), Some(rule)) => writeln!(out, "{name:<10} {value}  [{rule}]"),
                (Some(value), None) => writeln!(out, "{name:<10} {value}"),
                (None, _) => writeln!(out, "{name:<10} -"),
            };
        };
        let quoted = |s: &TextSpan| format!("\"{}\"", excerpt(&s.text));
        let title_rule = rules.title.map(&mut note);
        field(&mut out, "title", self.title.as_ref().map(quoted), title_rule);
        let author_rule = rules.author.map(&mut note);
        field(&mut out, "author", self.author.as_ref().map(quoted), author_rule);
        let published_rule = rules.published.map(&mut note);
        field(&mut out, "published", self.published.clone(), published_rule);
        let section_rule = rules.section.map(&mut note);
        field(&mut out, "section", self.section.as_ref().map(quoted), section_rule);
        let dateline_rule = rules.dateline.map(&mut note);
        field(&mut out, "dateline", self.dateline.as_ref().map(|d| quoted(&d.span)), dateline_rule);

        let kept: usize = self.paragraphs.iter().map(|p| p.end - p.start).sum();
        let _ = writeln!(out, "\nkept {} paragraphs, {kept} bytes", self.paragraphs.len());
        let _ = writeln!(out, "\nremoved {} blocks", self.removed.len());
        for block in &self.removed {
            let rule = note(block.rule);
            let text = page.get(block.start..block.end).unwrap_or_default();
            let range = format!("{}..{}", block.start, block.end);
            let _ =
                writeln!(out, "  {range:<13} {:<18} {:<34} \"{}\"", block.reason.as_str(), rule.id(), excerpt(text));
        }

        let _ = writeln!(out, "\nquotes {}", self.quotes.len());
        for (n, quote) in self.quotes.iter().enumerate() {
            let at = quote.segments.first().map_or(0, |s| s.start);
            let _ = writeln!(out, "  {}. \"{}\" at {at}", n + 1, excerpt(&quote.text));
            match &quote.speaker {
                Some(speaker) => {
                    let mention = speaker.mention.as_ref().map_or(String::new(), |m| format!(" from \"{}\"", m.text));
                    let entity = speaker.entity.map_or(String::new(), |e| format!(", entity #{e}"));
                    let (rule, attribution) = (note(speaker.rule), note(speaker.attribution));
                    let _ = writeln!(
                        out,
                        "     speaker {} ({}{entity}){mention}  [{attribution}] [{rule}]",
                        speaker.name.as_deref().unwrap_or("(no name)"),
                        kind_name(&format!("{:?}", speaker.kind)),
                    );
                }
                None => {
                    let _ = writeln!(out, "     no speaker");
                }
            }
            if let Some(cue) = &quote.cue {
                let _ = writeln!(out, "     cue \"{}\"", cue.text);
            }
        }

        let _ = writeln!(out, "\nentities {}", self.entities.len());
        for entity in &self.entities {
            let country = entity.code.or(entity.country).map_or(String::new(), |c| format!(" ({c})"));
            let reference = entity.reference.as_ref().map_or(String::new(), |r| format!(" ref {r}"));
            let title = entity.title.as_ref().map_or(String::new(), |t| format!(", {t}"));
            let _ = writeln!(
                out,
                "  #{} {} {}{country}{title}{reference}",
                entity.id,
                kind_name(&format!("{:?}", entity.kind)),
                entity.name
            );
            for mention in &entity.mentions {
                let rule = mention.rule.map(&mut note).map_or(String::new(), |r| format!("  [{r}]"));
                let _ = writeln!(out, "     \"{}\" at {}{rule}", mention.text, mention.start);
            }
        }

        if !used.is_empty() {
            let _ = writeln!(out, "\nrules");
            let width = used.iter().map(|r| r.id().len()).max().unwrap_or(0);
            for rule in &used {
                let _ = writeln!(out, "  {:<width$}  {}", rule.id(), rule.doc());
            }
        }
        out
    }
}

/// The lower-case name of a kind (`Person` → `person`).
fn kind_name(debug: &str) -> String {
    debug.to_ascii_lowercase()
}

/// The first [`EXCERPT`] characters of `text` on one line, with `…` when cut.
fn excerpt(text: &str) -> String {
    let mut out: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((cut, _)) = out.char_indices().nth(EXCERPT) {
        out.truncate(cut);
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_id_is_well_formed_and_unique_across_stages() {
        let all = rules();
        assert_eq!(newsclip_text::check_rules(&all), Ok(()));
        assert!(all.len() > 60, "{}", all.len());
    }

    #[test]
    fn excerpts_are_one_line_and_cut_on_a_character() {
        assert_eq!(excerpt("a\n b"), "a b");
        let long = "é".repeat(70);
        assert_eq!(excerpt(&long).chars().count(), EXCERPT + 1);
    }

    #[test]
    fn every_removed_block_and_speaker_is_explained() {
        let page = "Home | World | Sport\n\nCouncil approves budget\n\nBy Jane Doe\n\n\
                    “We are ready,” Mayor Ana Lopez said on Monday after the council voted to \
                    approve the budget for next year by a wide margin.\n\nShare this article";
        let article = crate::extract(page);
        let account = article.explain(page);
        for block in &article.removed {
            assert!(account.contains(block.rule.id()), "{account}");
        }
        let speaker = article.quotes[0].speaker.as_ref().unwrap();
        assert!(account.contains(speaker.rule.id()) && account.contains(speaker.attribution.id()), "{account}");
        assert!(account.contains("\nrules\n"), "{account}");
    }
}
