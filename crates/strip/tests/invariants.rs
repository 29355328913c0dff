//! Properties that hold for every input: no panics, valid spans, and every non-blank line
//! accounted for exactly once.

use newsclip_strip::{strip, Page, Span};
use proptest::prelude::*;

/// Lines of the kinds page dumps are made of, to build plausible pages from.
const FRAGMENTS: &[&str] = &[
    "Council Approves New Budget",
    "Council Approves New Budget - City Times",
    "Home | World | Politics | Sport",
    "WASHINGTON (AP) — The city council approved the budget on Tuesday after a long debate.",
    "Springfield/City News: The mayor said the plan was overdue and would be reviewed next year.",
    "LONDON, 5 December 2023 —",
    "“This is a good day for the city,” Mayor Ana Lopez told reporters after the vote on Tuesday.",
    "He said: \"We will see.\" 'Quoted' text with an apostrophe's twist.",
    "By Ana Lopez and John Roe",
    "Ana Lopez",
    "Published 5 Dec 2023 14:30 GMT",
    "07.03.2024 18:05",
    "Updated 4:12 PM EST Dec 5, 2023",
    "Politics",
    "-",
    "* * *",
    "Share this article",
    "Comments (12)",
    "Read more: Council votes on the school budget",
    "© 2023 City Times. All rights reserved.",
    "We use cookies to improve your experience. By continuing to browse you agree.",
    "Photo: Ana Lopez / City Times",
    "The plan will be reviewed by the state treasury next year, officials said on Wednesday, adding that\nthe review would take several months and involve the public at every stage of it.",
    "\u{a0}\u{200b}",
    "(Reporting by Ana Lopez; Editing by John Roe)",
    "Somerset 83 and 174 (J. Smith 4-38), Leicestershire 296.",
    "Treasury bills 152.80 +0.300 - 11.900",
    "Smith, Jones, Brown, Taylor, Evans.",
    "-- Ana Lopez, City Newsroom +1 217 555 0142",
    "38 responses to “Council Approves New Budget”",
    "Related Resources",
    "[…]",
    "SPRINGFIELD 2024-06-14",
    "June 3, 2024 2:15 PM GMTUpdated 6 months ago",
    "02/26/2024February 26, 2024",
    "Image caption,",
    "Ana Lopez in Springfield",
    "Reporting from Springfield",
    "Lopez is a correspondent for City Times, based in Springfield.",
    "Springfield CT —",
    "Updated 6:02 p.m. ET",
    "PTI / Updated: Jun 17, 2023, 22:14 IST",
];

fn fragment_page() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => "\\PC{0,80}",
        1 => proptest::collection::vec(proptest::sample::select(&["“", "”", "\"", "'", "‘", "’", "«", "»"][..]), 0..30)
            .prop_map(|v| v.concat()),
    ];
    let separator = proptest::sample::select(&["\n", "\r\n", "\r", "\n\n", "\u{2028}", "\n \u{a0}\n"][..]);
    proptest::collection::vec((piece, separator), 0..30)
        .prop_map(|parts| parts.into_iter().flat_map(|(p, s)| [p, s.to_string()]).collect())
}

fn check(input: &str, page: &Page<'_>) {
    let valid = |span: Span, text: &str| {
        assert!(span.start <= span.end && span.end <= input.len(), "span {span:?} out of bounds");
        assert_eq!(span.get(input), Some(text), "span {span:?} does not select its text");
    };
    for item in page.title.iter().chain(&page.author).chain(&page.section).chain(&page.paragraphs) {
        valid(item.span, item.text);
    }
    if let Some(d) = &page.dateline {
        valid(d.span, d.text);
    }
    if let Some(p) = &page.published {
        valid(p.span, p.text);
    }
    for r in &page.removed {
        assert!(r.span.get(input).is_some(), "removed span {:?} invalid", r.span);
    }
    for p in &page.paragraphs {
        assert!(!p.text.is_empty());
        assert_eq!(p.text, p.text.trim_matches(newsclip_text::is_blank_char), "paragraph not trimmed");
    }
    for pair in page.paragraphs.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "paragraphs out of order or overlapping");
    }
    for pair in page.removed.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "removed blocks out of order or overlapping");
    }
    let accounted: Vec<Span> = page
        .title
        .iter()
        .map(|t| t.span)
        .chain(page.paragraphs.iter().map(|p| p.span))
        .chain(page.removed.iter().map(|r| r.span))
        .collect();
    for line in newsclip_text::lines(input).filter(|l| !l.is_blank()) {
        let span = line.span.trim(input);
        let count = accounted.iter().filter(|a| a.overlaps(span)).count();
        assert_eq!(count, 1, "line {:?} is accounted for {count} times", &input[span]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode(input in "\\PC*(\r\n|\r|\n|\u{a0}|\u{200b}|\\PC{0,300})*") {
        check(&input, &strip(&input));
    }

    #[test]
    fn page_like_inputs(input in fragment_page()) {
        check(&input, &strip(&input));
    }
}

#[test]
fn empty_and_blank_inputs() {
    for input in ["", "\n", "\r\n\r\n", "\u{a0}\u{200b}\u{feff}", " \t "] {
        let page = strip(input);
        check(input, &page);
        assert!(page.paragraphs.is_empty() && page.title.is_none());
    }
}

#[test]
fn very_long_line_and_many_quote_marks() {
    let long = "The council met again. ".repeat(50_000);
    check(&long, &strip(&long));
    let quotes = "“".repeat(10_000) + "\n" + &"\"'".repeat(10_000);
    check(&quotes, &strip(&quotes));
}

#[test]
fn dateline_on_its_own_line_inside_a_wrapped_paragraph() {
    let input = "Council approves budget\n\n\
                 WASHINGTON (AP) —\n\
                 The city council approved the budget on Tuesday after a long debate, which\n\
                 ran late into the night as members argued over the roads and the schools.\n\n\
                 The mayor said the vote was a victory for the city and thanked the council\n\
                 members for the long hours they had spent on the plan over the summer.\n";
    let page = strip(input);
    check(input, &page);
    assert_eq!(page.dateline.map(|d| d.text), Some("WASHINGTON (AP) —"));
    assert!(page.paragraphs[0].text.starts_with("The city council"));
    assert!(page.removed.iter().any(|r| r.reason == newsclip_strip::RemovalReason::Dateline));
}
