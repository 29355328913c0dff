//! Every span the text crate reports is valid for the input it came from.

use newsclip_text::{lines, paragraphs_with, quote_marks, quote_pairs, sentences, tokens, LineJoining, Span};
use proptest::prelude::*;

/// Text rich in the characters that segmentation trips over.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => "[A-Za-z]{1,10}",
        2 => Just(" ".to_owned()),
        1 => prop::sample::select(vec![
            "\n", "\r\n", "\r", "\n\n", "\u{85}", "\u{2028}", "\u{2029}", "\u{a0}", "\u{200b}", ". ", "U.S.", "Mr. ",
            "\"", "“", "”", "'", "’", "‘", "''", "``", "«", "»", "„", "...", "é", "—", "\u{c2}", "3,000",
        ])
        .prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|p| p.concat())
}

fn valid(input: &str, span: Span, text: &str) {
    assert!(span.start <= span.end && span.end <= input.len(), "{span:?} in bounds");
    assert_eq!(span.get(input), Some(text), "{span:?} on boundaries and equal to its text");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn lines_cover_the_input_in_order(input in text()) {
        let mut end = 0;
        for line in lines(&input) {
            valid(&input, line.span, line.text);
            prop_assert!(line.span.start >= end);
            prop_assert!(!line.text.contains(['\n', '\r']));
            end = line.span.end;
        }
    }

    #[test]
    fn paragraphs_are_trimmed_ordered_and_disjoint(input in text()) {
        for joining in [LineJoining::Auto, LineJoining::Never, LineJoining::Always] {
            let paras = paragraphs_with(&input, joining);
            for p in &paras {
                valid(&input, p.span, p.text);
                prop_assert!(!p.text.is_empty() && p.span.trim(&input) == p.span);
            }
            for w in paras.windows(2) {
                prop_assert!(w[0].span.end <= w[1].span.start && w[0].lines.end <= w[1].lines.start);
            }
        }
    }

    #[test]
    fn sentences_and_tokens_are_valid_and_ordered(input in text()) {
        let mut end = 0;
        for s in sentences(&input) {
            valid(&input, s.span, s.text);
            prop_assert!(s.span.start >= end);
            end = s.span.end;
        }
        let mut end = 0;
        for t in tokens(&input) {
            valid(&input, t.span, t.text);
            prop_assert!(t.span.start >= end && !t.text.is_empty());
            end = t.span.end;
        }
    }

    #[test]
    fn quote_marks_and_pairs_are_valid(input in text()) {
        for m in quote_marks(&input) {
            prop_assert!(input.get(m.span.range()).is_some());
        }
        for pair in quote_pairs(&input) {
            prop_assert!(input.get(pair.inner.range()).is_some());
            prop_assert!(pair.open.span.end <= pair.inner.start);
            if let Some(close) = pair.close {
                prop_assert!(pair.inner.end <= close.span.start);
            }
        }
    }
}
