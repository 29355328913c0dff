//! Properties that hold for any input: no panic, every mention is a valid
//! span whose text is `&input[span]`, mentions are in document order and never
//! overlap (within an entity or across entities), and nothing is tagged
//! outside the layout's regions.

use newsclip_entities::{tag, Tagger};
use newsclip_text::{Layout, Span};
use proptest::prelude::*;

fn check_invariants(text: &str, layout: &Layout) {
    let entities = Tagger::new().tag(text, layout);
    let mut all: Vec<Span> = Vec::new();
    for entity in &entities {
        assert!(!entity.mentions.is_empty());
        assert!(entity.mentions.windows(2).all(|w| w[0].span.end <= w[1].span.start), "mentions in order");
        for mention in &entity.mentions {
            assert_eq!(mention.span.get(text), Some(mention.text), "span selects the text");
            assert!(!mention.span.is_empty());
            assert!(layout.regions().any(|(region, _)| region.contains_span(mention.span)), "inside a region");
            all.push(mention.span);
        }
    }
    all.sort();
    assert!(all.windows(2).all(|w| w[0].end <= w[1].start), "no overlaps across entities: {all:?}");
    let firsts: Vec<usize> = entities.iter().filter_map(|e| e.mentions.first()).map(|m| m.span.start).collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "entities in order of first mention");
}

/// Text made of the pieces that stress the rules: names, titles, countries,
/// acronyms, quotes, possessives, hyphens, line breaks and odd Unicode.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("President ".to_owned()),
        Just("U.S.".to_owned()),
        Just("U.S.’s ".to_owned()),
        Just("Armenian-Azerbaijani ".to_owned()),
        Just("Ministry of Defense ".to_owned()),
        Just("State Department".to_owned()),
        Just(" the Department ".to_owned()),
        Just("John F. Kennedy ".to_owned()),
        Just("al-Assad ".to_owned()),
        Just("O'Sullivan's ".to_owned()),
        Just(" (NATO) ".to_owned()),
        Just("Ahmed bin ".to_owned()),
        Just(" said".to_owned()),
        Just(", the spokeswoman, ".to_owned()),
        Just("\"".to_owned()),
        Just("“".to_owned()),
        Just("’".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("\u{200b}".to_owned()),
        Just("É".to_owned()),
        Just(". ".to_owned()),
        Just("GEORGIA ".to_owned()),
        Just(" 2 ".to_owned()),
        Just("(B) 4 0 1 ".to_owned()),
        Just("Seattle ".to_owned()),
        Just("Commission on ".to_owned()),
        Just(" da ".to_owned()),
        "[A-Z][a-z]{1,8} ",
        "[A-Z]{2,5} ",
        "\\PC{0,6}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,300}") {
        check_invariants(&text, &Layout::of_clean_text(&text));
    }

    #[test]
    fn newsy_pieces(text in newsy_text()) {
        check_invariants(&text, &Layout::of_clean_text(&text));
    }

    #[test]
    fn with_a_title_region(text in newsy_text(), cut in 0usize..200) {
        let mut cut = cut.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut layout = Layout::of_clean_text(&text[cut..]);
        layout.paragraphs = layout.paragraphs.iter().map(|p| p.offset(cut)).collect();
        layout.title = Some(Span::new(0, cut)).filter(|s| !s.is_empty());
        check_invariants(&text, &layout);
    }
}

#[test]
fn very_long_line_and_many_quote_marks() {
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(if i % 3 == 0 {
            "\"President Kirby said "
        } else {
            "the U.S. \u{201c}Ministry of X (MOX)\u{201d} "
        });
    }
    let entities = tag(&text);
    assert!(entities.iter().any(|e| e.name == "Kirby"));
    check_invariants(&text, &Layout::of_clean_text(&text));
}

#[test]
fn empty_and_blank_inputs() {
    assert!(tag("").is_empty());
    assert!(tag(" \r\n\u{a0}\n ").is_empty());
}
