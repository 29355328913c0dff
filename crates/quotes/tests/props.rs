//! Properties that hold on any input: no panic, every span valid and on
//! `char` boundaries, segments between their quotation marks, and linear
//! behaviour on inputs made of thousands of unbalanced marks.

use newsclip_quotes::{extract, Layout, Quote, QuoteExtractor, Span};
use proptest::prelude::*;

const MARKS: &[char] = &['"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '`'];

/// Text that looks enough like news to exercise the rules: words, names,
/// cues, punctuation, quotation marks, line breaks and odd characters.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "said", "says", "told", "added", "according to", "went on to add", "he", "she", "they", "it", "the",
            "ministry", "spokeswoman", "Mr.", "Ms.", "Dr.", "Sen.", "John", "Maria", "Smith", "Lopez", "of",
            "Ministry", "Defense", "U.S.", "Kremlin", "and", "that", "We", "are", "ready", "don't", "workers'",
            "'90s", "O'Brien", "(D-Mo.)", "Secretary", "State", "Department's", "officials", "who",
        ]).prop_map(str::to_string),
        3 => prop::sample::select(MARKS.to_vec()).prop_map(String::from),
        3 => prop::sample::select(vec![" ", " ", ", ", ". ", ": ", " — ", "\n", "\n\n", "\r\n", "\u{a0}", "''", "``"])
            .prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-zA-Zé]{1,12}",
    ];
    prop::collection::vec(piece, 0..300).prop_map(|pieces| pieces.concat())
}

fn is_mark(c: char) -> bool {
    MARKS.contains(&c)
}

/// Checks every span of every quote against `text`.
fn check_spans(text: &str, quotes: &[Quote<'_>]) {
    let mut previous_start = 0;
    for quote in quotes {
        assert!(!quote.segments.is_empty());
        let mut segment_end = 0;
        for segment in &quote.segments {
            assert_eq!(segment.span.get(text), Some(segment.text), "segment slices the input");
            assert!(!segment.span.is_empty());
            assert!(segment.span.start >= segment_end, "segments are in order");
            segment_end = segment.span.end;
            // Between marks: a mark before, and a mark or the end of the paragraph after.
            let before = text[..segment.span.start].trim_end_matches(newsclip_text::is_blank_char);
            assert!(before.ends_with(is_mark), "a mark opens {:?}", segment.text);
            let after = text[segment.span.end..]
                .trim_start_matches(|c: char| newsclip_text::is_blank_char(c) && !newsclip_text::is_line_terminator(c));
            let closes =
                after.starts_with(is_mark) || after.is_empty() || after.starts_with(newsclip_text::is_line_terminator);
            assert!(closes, "a mark or the paragraph end closes {:?}", segment.text);
        }
        assert!(quote.span().start >= previous_start, "quotes come in document order");
        previous_start = quote.span().start;
        if let Some(speaker) = &quote.speaker {
            // A name is never empty; a speaker without one has no names either.
            assert!(speaker.name.as_ref().is_none_or(|n| !n.is_empty()));
            assert_eq!(speaker.name.is_none(), speaker.names.is_empty());
            if let Some(mention) = speaker.mention {
                assert_eq!(mention.span.get(text), Some(mention.text));
            }
        }
        if let Some(cue) = quote.cue {
            assert_eq!(cue.span.get(text), Some(cue.text));
        }
    }
}

fn with_title(text: &str) -> Layout {
    let mut layout = Layout::of_clean_text(text);
    if !layout.paragraphs.is_empty() {
        layout.title = Some(layout.paragraphs.remove(0));
    }
    layout
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_valid_on_newsy_text(text in newsy_text()) {
        check_spans(&text, &extract(&text));
        let all = QuoteExtractor::builder().scare_quotes(true).build();
        check_spans(&text, &all.extract(&text, &with_title(&text), &[]));
    }

    #[test]
    fn spans_are_valid_on_any_text(text in any::<String>()) {
        check_spans(&text, &extract(&text));
    }

    #[test]
    fn hints_anywhere_do_no_harm(text in newsy_text(), a in any::<usize>(), b in any::<usize>()) {
        let len = text.len().max(1);
        let span = Span::new(a % len, b % len);
        let hint = newsclip_quotes::Hint { span, name: "Someone".into(), kind: newsclip_quotes::SpeakerKind::Person };
        check_spans(&text, &QuoteExtractor::new().extract(&text, &Layout::of_clean_text(&text), &[hint]));
    }

    #[test]
    fn serializes(text in newsy_text()) {
        let quotes = extract(&text);
        let json = serde_json::to_string(&quotes).expect("serializes");
        prop_assert!(json.starts_with('['));
    }
}

/// Thousands of unbalanced marks: the extractor finishes and every span stays
/// inside one paragraph. A quadratic pairing would not finish in test time.
#[test]
fn twenty_thousand_unbalanced_marks() {
    let inputs = [
        "“".repeat(20_000),
        "\"".repeat(20_001),
        "‘a “b «c ".repeat(7_000),
        "He said “yes. ".repeat(20_000),
        "' ".repeat(20_000),
        format!("{}\n\n“We are ready,” she said.", "”“ x ".repeat(20_000)),
        "“a\n\n".repeat(20_000),
    ];
    for text in &inputs {
        let quotes =
            QuoteExtractor::builder().scare_quotes(true).build().extract(text, &Layout::of_clean_text(text), &[]);
        check_spans(text, &quotes);
        let layout = Layout::of_clean_text(text);
        for segment in quotes.iter().flat_map(|q| &q.segments) {
            assert!(
                layout.paragraphs.iter().any(|p| p.contains_span(segment.span)),
                "a segment stays in its paragraph"
            );
        }
    }
}

/// A long page of ordinary quoted prose, the same people named again and
/// again, is handled in one pass: nothing per name grows with the page.
#[test]
fn long_pages() {
    let paragraph = "“We will not give up,” Maria Lopez, the ministry's spokeswoman, said. She added: “Never.”\n\n\
                     Mayor Ana Ortiz and Governor Tom Hale met the Transport Ministry.\n\n\
                     “The tunnel is not our first choice,” the mayor said, “but we will study it,” the ministry added.\n\n";
    let text = paragraph.repeat(5_000);
    let quotes = extract(&text);
    assert_eq!(quotes.len(), 20_000);
    let names: Vec<&str> =
        quotes.iter().take(4).filter_map(|q| q.speaker.as_ref()).filter_map(|s| s.name.as_deref()).collect();
    assert_eq!(names, ["Maria Lopez", "Maria Lopez", "Ana Ortiz", "Transport Ministry"]);
}
