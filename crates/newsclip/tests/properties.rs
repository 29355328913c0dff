//! Properties that hold for every input: no panic, valid spans, every line accounted for.

use newsclip::{Article, Extractor, TextSpan};
use newsclip_text::lines;
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Pieces that exercise the hard cases: quote marks of every style, apostrophes,
/// line terminators, blanks, dashes, dateline and byline shapes, cue words.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z]{1,12}",
        2 => Just(" ".to_owned()),
        1 => prop::sample::select(vec![
            "\"", "“", "”", "‘", "’", "'", "''", "``", "«", "»", "„", "‹", "›", "`",
        ]).prop_map(str::to_owned),
        1 => prop::sample::select(vec![
            "\n", "\r\n", "\r", "\n\n", "\u{a0}", "\u{200b}", "\u{feff}", "\u{2028}", "\t", " — ", " - ", "–",
        ]).prop_map(str::to_owned),
        1 => prop::sample::select(vec![
            ". ", ", ", ": ", "? ", "! ", "... ", "U.S.", "Mr.", "D.C.", " said", " told reporters", "according to ",
            "By ", "WASHINGTON (AP) — ", "Reporting by ", "Share on Facebook", "06.12.2023 09:34", "President ",
            "Ministry of Defense", "Armenian", "the Kremlin", "he said", "she added",
        ]).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ]
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..200).prop_map(|pieces| pieces.concat())
}

fn assert_span(page: &str, span: &TextSpan, what: &str) {
    assert!(span.start <= span.end && span.end <= page.len(), "{what} {span:?} out of bounds");
    assert!(page.is_char_boundary(span.start) && page.is_char_boundary(span.end), "{what} {span:?} off boundaries");
    assert_eq!(&page[span.start..span.end], span.text, "{what} text");
}

fn check_spans(page: &str, a: &Article) {
    for (span, what) in [(&a.title, "title"), (&a.author, "author"), (&a.section, "section")] {
        if let Some(span) = span {
            assert_span(page, span, what);
        }
    }
    if let Some(d) = &a.dateline {
        assert_span(page, &d.span, "dateline");
    }
    for p in &a.paragraphs {
        assert_span(page, p, "paragraph");
    }
    for w in a.paragraphs.windows(2) {
        assert!(w[0].end <= w[1].start, "paragraphs ordered and disjoint: {:?} {:?}", w[0], w[1]);
    }
    for r in &a.removed {
        assert!(
            r.start <= r.end && r.end <= page.len() && page.is_char_boundary(r.start) && page.is_char_boundary(r.end)
        );
    }
    for q in &a.quotes {
        assert!(!q.segments.is_empty(), "a quote has words");
        for s in &q.segments {
            assert_span(page, s, "segment");
        }
        if let Some(cue) = &q.cue {
            assert_span(page, cue, "cue");
        }
        if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
            assert_span(page, m, "speaker mention");
        }
        if let Some(id) = q.speaker.as_ref().and_then(|s| s.entity) {
            assert!(id < a.entities.len(), "speaker entity exists");
        }
    }
    let mut all_mentions: Vec<(usize, usize)> = Vec::new();
    for (i, e) in a.entities.iter().enumerate() {
        assert_eq!(e.id, i);
        for m in &e.mentions {
            assert_span(page, m, "entity mention");
            all_mentions.push((m.start, m.end));
        }
    }
    all_mentions.sort_unstable();
    for w in all_mentions.windows(2) {
        assert!(w[0].1 <= w[1].0, "entity mentions never overlap: {w:?}");
    }
}

/// Every non-blank line is covered exactly once by the title, a paragraph or a removed block.
fn check_accounting(page: &str, a: &Article) {
    let mut blocks: Vec<(usize, usize)> = a.paragraphs.iter().map(|p| (p.start, p.end)).collect();
    blocks.extend(a.title.iter().map(|t| (t.start, t.end)));
    blocks.extend(a.removed.iter().map(|r| (r.start, r.end)));
    for line in lines(page).filter(|l| !l.is_blank()) {
        let span = line.span.trim(page);
        let covering = blocks.iter().filter(|&&(s, e)| s < span.end && span.start < e).count();
        assert_eq!(covering, 1, "line {:?} covered {covering} times", line.text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn any_page_gives_valid_spans_and_full_accounting(page in page()) {
        let article = newsclip::extract(&page);
        check_spans(&page, &article);
        check_accounting(&page, &article);
    }

    #[test]
    fn clean_text_mode_keeps_every_paragraph(page in page()) {
        let article = Extractor::builder().strip(false).build().extract(&page);
        check_spans(&page, &article);
        prop_assert!(article.title.is_none() && article.removed.is_empty());
        prop_assert_eq!(article.paragraphs.len(), newsclip_text::paragraphs(&page).len());
    }

    #[test]
    fn arbitrary_unicode_never_panics(page in "\\PC{0,400}") {
        check_spans(&page, &newsclip::extract(&page));
    }
}

/// Clean news text dense in accented names, titles, cues and quotation marks.
fn accented_news() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "José Álvarez ",
        "Zoë Müller ",
        "Ñuño Peña ",
        "Renée Lefèvre ",
        "Søren Kierkegård ",
        "Çağrı Öztürk ",
        "President ",
        "spokeswoman ",
        "Mr. ",
        "the Ministry of Defence ",
        "Université de Montréal ",
        "México ",
        "Türkiye ",
        "Curaçao ",
        "said ",
        "told reporters ",
        "“We are ready,” ",
        "“Nothing is agreed.” ",
        "she ",
        "he ",
        "according to ",
        ". ",
        ", ",
        "\n\n",
        "and ",
        "in ",
        "Álvarez ",
        "Müller ",
        "Lefèvre ",
    ]);
    prop::collection::vec(piece, 1..60).prop_map(|pieces| pieces.concat())
}

/// An entity (kind and name) with the text of its mentions.
type EntityFacts = (String, Vec<String>);
/// A quote's text with its speaker's name.
type QuoteFacts = (String, Option<String>);

/// What an article says, independent of where its spans point: the entities
/// with their mentions' text, the quotes with their speakers, all in NFC.
fn facts(article: &Article) -> (Vec<EntityFacts>, Vec<QuoteFacts>) {
    let nfc = |s: &str| s.nfc().collect::<String>();
    let entities = article
        .entities
        .iter()
        .map(|e| (format!("{:?} {}", e.kind, e.name), e.mentions.iter().map(|m| nfc(&m.text)).collect()))
        .collect();
    let quotes =
        article.quotes.iter().map(|q| (nfc(&q.text), q.speaker.as_ref().and_then(|s| s.name.clone()))).collect();
    (entities, quotes)
}

/// HTML made of the text pieces above and markup that exercises the renderer and the content
/// finder: containers with furniture classes, headings, lists, tables, raw text, bylines.
fn html_page() -> impl Strategy<Value = String> {
    let markup = prop::sample::select(vec![
        "<p>",
        "</p>",
        "<article>",
        "</article>",
        "<div class=\"entry-content\">",
        "<div class=share>",
        "</div>",
        "<nav><a href=/>Home</a>",
        "</nav>",
        "<h1>",
        "</h1>",
        "<h2>",
        "</h2>",
        "<ul><li>",
        "<li>",
        "</ul>",
        "<table><tr><td>",
        "<td>",
        "</table>",
        "<br>",
        "<script>var x = '<p>';</script>",
        "<title>",
        "</title>",
        "<span class=byline>By ",
        "</span>",
        "<time datetime=\"2021-05-06T07:08:09Z\">",
        "</time>",
        "&amp;",
        "&#8220;",
        "<meta property=\"og:title\" content=\"A &amp; B\">",
        "<footer>",
        "</footer>",
    ])
    .prop_map(str::to_owned);
    prop::collection::vec(prop_oneof![3 => piece(), 2 => markup], 0..150).prop_map(|pieces| pieces.concat())
}

/// The spans of an HTML article index its rendering; paragraph sources lie in the HTML.
fn check_html(html: &str, a: &Article) {
    let text = a.text.as_deref().expect("HTML input has a rendering");
    check_spans(text, a);
    for p in &a.paragraphs {
        let source = p.source.expect("HTML paragraphs have a source");
        assert!(source.start <= source.end && source.end <= html.len(), "source {source:?} inside the HTML");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn decomposed_input_finds_what_composed_input_finds(text in accented_news()) {
        let nfd: String = text.nfd().collect();
        for extractor in [Extractor::new(), Extractor::builder().strip(false).build()] {
            let composed = extractor.extract(&text);
            let decomposed = extractor.extract(&nfd);
            check_spans(&nfd, &decomposed);
            prop_assert_eq!(facts(&composed), facts(&decomposed));
        }
    }

    #[test]
    fn any_html_page_gives_valid_spans(html in html_page()) {
        let article = newsclip::extract_html(html.as_bytes(), Some("https://example.com/2020/01/02/story"));
        check_html(&html, &article);
    }

    #[test]
    fn any_bytes_as_html_give_valid_spans(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let article = newsclip::extract_html(&bytes, None);
        let text = article.text.as_deref().expect("HTML input has a rendering");
        check_spans(text, &article);
    }
}

/// A page of 100 KB to 1 MB: a generated page (with a paragraph break between copies)
/// repeated, so that long pages meet the same hard cases as short ones.
fn large_page() -> impl Strategy<Value = String> {
    (prop::collection::vec(piece(), 50..200), 100_000usize..1_000_000).prop_map(|(pieces, size)| {
        let unit = pieces.concat() + "\n\n";
        unit.repeat(size / unit.len().max(1) + 1)
    })
}

proptest! {
    // Few cases: each is a whole large page through every stage.
    #![proptest_config(ProptestConfig { cases: 4, max_shrink_iters: 16, ..ProptestConfig::default() })]

    #[test]
    fn large_pages_give_valid_spans_and_full_accounting(page in large_page()) {
        let article = newsclip::extract(&page);
        check_spans(&page, &article);
        check_accounting(&page, &article);
    }
}

#[test]
fn long_inputs_stay_linear_in_shape() {
    // Thousands of unbalanced marks and one very long line: must finish and stay valid.
    let marks = "“ \" ' ‘ « ".repeat(4000);
    let long_line = "word ".repeat(100_000);
    for page in [marks, long_line] {
        check_spans(&page, &newsclip::extract(&page));
    }
}
