//! The named rules of the stripper: why each block was removed
//! ([`Removed::rule`](crate::Removed::rule)) and how the title, author,
//! date, section and dateline were picked ([`Page::rules`](crate::Page::rules)).

use newsclip_text::Rule;

/// A short block labelled by a boilerplate phrase.
pub const FURNITURE_PHRASE: Rule = Rule::new(
    "strip.furniture.phrase",
    "a short block that a boilerplate phrase labels (menus, share prompts, cookie notices, captions, tags, footers …)",
);
/// A heading after which the article cannot continue.
pub const FURNITURE_END_HEADING: Rule = Rule::new(
    "strip.furniture.end-heading",
    "a heading of comments, related stories, tags or the footer: the article ends above it",
);
/// Items between menu separators.
pub const FURNITURE_MENU: Rule =
    Rule::new("strip.furniture.menu", "short items between menu separators (Home | World | Sport)");
/// A block without words.
pub const FURNITURE_EMPTY: Rule = Rule::new("strip.furniture.empty", "a block without a word: symbols, rules, counts");
/// A caption under a caption label.
pub const FURNITURE_LABELLED_CAPTION: Rule = Rule::new(
    "strip.furniture.labelled-caption",
    "the caption on the line under a caption label (Photo:, Image caption,)",
);
/// A list of teasers.
pub const FURNITURE_TEASER_LIST: Rule = Rule::new(
    "strip.furniture.teaser-list",
    "three or more headline-summary or headline-date pairs in a row: a list of other stories",
);
/// The headline under a prompt to another story inside the article.
pub const FURNITURE_INLINE_TEASER: Rule = Rule::new(
    "strip.furniture.inline-teaser",
    "the headline on the line under a prompt to another story inside the article (Lesen Sie auch, Lire aussi)",
);
/// Signed, dated comment lines.
pub const FURNITURE_COMMENT_THREAD: Rule = Rule::new(
    "strip.furniture.comment-thread",
    "three or more signed, dated lines a few blocks apart with text between them: a thread of comments",
);
/// A line holding only a date or time.
pub const METADATA_DATE_LINE: Rule =
    Rule::new("strip.metadata.date-line", "a line that holds only a date or a time, with its cue words");
/// A line about the author.
pub const METADATA_AUTHOR_LINE: Rule = Rule::new(
    "strip.metadata.author-line",
    "a line about the author: a byline, a desk, staff with agencies, a credit, a sign-off, a role under a name",
);
/// A dateline alone on its line.
pub const METADATA_DATELINE_LINE: Rule =
    Rule::new("strip.metadata.dateline-line", "a dateline alone on its line (WASHINGTON (AP) —)");
/// A short line inside the article dropped with the headings option off.
pub const BODY_HEADING: Rule =
    Rule::new("strip.body.heading", "a short line inside the article, removed because headings are not kept");
/// A caption among the lead blocks.
pub const LEAD_CAPTION: Rule =
    Rule::new("strip.lead.caption", "a photo caption among the blocks that head the article, under the byline or date");
/// A copy of the title.
pub const REPEATED_HEADLINE: Rule = Rule::new(
    "strip.outside.repeated-headline",
    "a block that repeats the title (the page title line, a second headline)",
);
/// A block under an end heading.
pub const OUTSIDE_ZONE: Rule =
    Rule::new("strip.outside.zone", "a block outside the article under a heading of related stories or comments");
/// Prose after the article.
pub const OUTSIDE_TEASER: Rule =
    Rule::new("strip.outside.teaser", "prose outside the article, after it: other stories");
/// A run of short lines outside the article.
pub const OUTSIDE_MENU: Rule =
    Rule::new("strip.outside.menu", "one of three or more short lines in a row outside the article: a menu");
/// Anything else outside the article.
pub const OUTSIDE: Rule = Rule::new(
    "strip.outside.boilerplate",
    "a block outside the article's region (the run of blocks with the most prose) with no more specific reason",
);

/// The title is a copy of the first line.
pub const TITLE_COPY: Rule = Rule::new(
    "strip.title.copy",
    "the block nearest the body that repeats the page's first line, or its headline part, word for word",
);
/// The title nearly repeats the first line.
pub const TITLE_NEAR_COPY: Rule = Rule::new(
    "strip.title.near-copy",
    "a block near the body that nearly repeats the first line (more than stop words)",
);
/// The title is the nearest headline.
pub const TITLE_HEADLINE: Rule =
    Rule::new("strip.title.headline", "the headline-shaped block nearest the body (not a standfirst or caption)");
/// The title is the first line.
pub const TITLE_FIRST_LINE: Rule = Rule::new("strip.title.first-line", "the page's first line, near enough the body");
/// A cued byline.
pub const AUTHOR_CUED: Rule = Rule::new("strip.byline.cued", "a byline opened by a cue (By, Reporting by, Author:)");
/// A desk's byline.
pub const AUTHOR_DESK: Rule =
    Rule::new("strip.byline.desk", "a newsroom desk signing alone (Web Desk, Special Correspondent)");
/// Staff credited with agencies.
pub const AUTHOR_AGENCY_CREDIT: Rule =
    Rule::new("strip.byline.agency-credit", "the outlet's staff credited with news agencies (Le Monde with AFP)");
/// A name over its role line.
pub const AUTHOR_NAME_OVER_ROLE: Rule = Rule::new(
    "strip.byline.name-over-role",
    "a name alone over a journalist's role line (Jane Doe / Political reporter)",
);
/// A credit on a date line.
pub const AUTHOR_DATE_CREDIT: Rule =
    Rule::new("strip.byline.date-credit", "an author credited on a date line (PTI / Updated: …, Posted … by Jane Doe)");
/// A name closing the body.
pub const AUTHOR_NAME_CLOSING: Rule =
    Rule::new("strip.byline.name-closing", "a name alone on the line right after the body");
/// A wire sign-off.
pub const AUTHOR_SIGN_OFF: Rule =
    Rule::new("strip.byline.sign-off", "a wire sign-off under the body (-- Jane Doe, London Newsroom +44 …)");
/// A wire credit closing the body.
pub const AUTHOR_WIRE_CREDIT: Rule =
    Rule::new("strip.byline.wire-credit", "a wire credit closing the body ((Reporting by …; Editing by …))");
/// A name above the body.
pub const AUTHOR_NAME_ABOVE: Rule =
    Rule::new("strip.byline.name-above", "a name alone on the nearest block above the body that is no furniture");
/// A published date.
pub const DATE_PUBLISHED: Rule =
    Rule::new("strip.date.published", "a date cued as the publication date (Published, Posted)");
/// A bare date.
pub const DATE_BARE: Rule = Rule::new("strip.date.bare", "a date near the article without a cue");
/// An updated date.
pub const DATE_UPDATED: Rule =
    Rule::new("strip.date.updated", "a date cued as a revision (Updated), for want of a publication date");
/// The date of the dateline.
pub const DATE_FROM_DATELINE: Rule =
    Rule::new("strip.date.dateline", "the date of the dateline, for want of a date line");
/// A section label.
pub const SECTION_LABEL: Rule = Rule::new(
    "strip.section.label",
    "a section label (Politics) between the title and the body or under the body, not an item of a menu",
);
/// A breadcrumb.
pub const SECTION_BREADCRUMB: Rule =
    Rule::new("strip.section.breadcrumb", "a short line over the title that repeats an item of the menu: a breadcrumb");
/// A dateline opening the first paragraph.
pub const DATELINE_OPENING: Rule =
    Rule::new("strip.dateline.opening", "a dateline opening the first paragraph, or the one after a standfirst");
/// A dateline on the block above the body.
pub const DATELINE_ABOVE: Rule =
    Rule::new("strip.dateline.above", "a dateline alone on the block above the first paragraph");
/// A place alone under the byline or date.
pub const DATELINE_PLACE_ALONE: Rule = Rule::new(
    "strip.dateline.place-alone",
    "a place in capitals alone under the byline or date lines (ATHENS), with or without date lines before the body",
);

/// Every rule of the stripper.
pub const ALL: &[Rule] = &[
    FURNITURE_PHRASE,
    FURNITURE_END_HEADING,
    FURNITURE_MENU,
    FURNITURE_EMPTY,
    FURNITURE_LABELLED_CAPTION,
    FURNITURE_TEASER_LIST,
    FURNITURE_INLINE_TEASER,
    FURNITURE_COMMENT_THREAD,
    METADATA_DATE_LINE,
    METADATA_AUTHOR_LINE,
    METADATA_DATELINE_LINE,
    BODY_HEADING,
    LEAD_CAPTION,
    REPEATED_HEADLINE,
    OUTSIDE_ZONE,
    OUTSIDE_TEASER,
    OUTSIDE_MENU,
    OUTSIDE,
    TITLE_COPY,
    TITLE_NEAR_COPY,
    TITLE_HEADLINE,
    TITLE_FIRST_LINE,
    AUTHOR_CUED,
    AUTHOR_DESK,
    AUTHOR_AGENCY_CREDIT,
    AUTHOR_NAME_OVER_ROLE,
    AUTHOR_DATE_CREDIT,
    AUTHOR_NAME_CLOSING,
    AUTHOR_SIGN_OFF,
    AUTHOR_WIRE_CREDIT,
    AUTHOR_NAME_ABOVE,
    DATE_PUBLISHED,
    DATE_BARE,
    DATE_UPDATED,
    DATE_FROM_DATELINE,
    SECTION_LABEL,
    SECTION_BREADCRUMB,
    DATELINE_OPENING,
    DATELINE_ABOVE,
    DATELINE_PLACE_ALONE,
];

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_well_formed_and_unique() {
        assert_eq!(newsclip_text::check_rules(super::ALL), Ok(()));
        assert!(super::ALL.iter().all(|r| r.id().starts_with("strip.")));
    }
}
