//! Runs the data-driven cases of `tests/cases.toml` (quotation marks, cues,
//! attribution) and `tests/speakers.toml` (speaker resolution): each case is a
//! short text and the quotations, speakers and cues expected from it.

use newsclip_quotes::{Hint, Layout, Quote, QuoteExtractor, Span, SpeakerKind};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Suite {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Case {
    name: String,
    /// The ISO 639-1 code of the text's language (default English).
    language: Option<String>,
    text: String,
    #[serde(default)]
    title: bool,
    #[serde(default)]
    scare_quotes: bool,
    #[serde(default)]
    hints: Vec<CaseHint>,
    #[serde(default)]
    quotes: Vec<Expected>,
}

/// A mention the entity tagger knows: its first occurrence in the text.
#[derive(Debug, Deserialize)]
struct CaseHint {
    text: String,
    name: String,
    kind: SpeakerKind,
}

impl CaseHint {
    fn hint(&self, text: &str) -> Hint {
        let start = text.find(&self.text).unwrap_or_else(|| panic!("hint {:?} is in the text", self.text));
        Hint { span: Span::new(start, start + self.text.len()), name: self.name.clone(), kind: self.kind }
    }
}

#[derive(Debug, Deserialize)]
struct Expected {
    text: String,
    speaker: Option<String>,
    names: Option<Vec<String>>,
    kind: Option<String>,
    mention: Option<String>,
    cue: Option<String>,
    rule: Option<String>,
    #[serde(default)]
    partial: bool,
    #[serde(default)]
    in_title: bool,
}

fn layout_of(text: &str, title: bool) -> Layout {
    let mut layout = Layout::of_clean_text(text);
    if title && !layout.paragraphs.is_empty() {
        let headline: Span = layout.paragraphs.remove(0);
        layout.title = Some(headline);
    }
    layout
}

/// The differences between what a case expects and what was found.
fn check(case: &Case, found: &[Quote<'_>]) -> Vec<String> {
    let mut problems = Vec::new();
    if found.len() != case.quotes.len() {
        let texts: Vec<String> = found.iter().map(Quote::text).collect();
        problems.push(format!("expected {} quotes, found {}: {texts:?}", case.quotes.len(), found.len()));
        return problems;
    }
    for (i, (want, got)) in case.quotes.iter().zip(found).enumerate() {
        let mut differ = |what: &str, want: &dyn std::fmt::Debug, got: &dyn std::fmt::Debug| {
            problems.push(format!("quote {i} {what}: expected {want:?}, found {got:?}"));
        };
        if got.text() != want.text {
            differ("text", &want.text, &got.text());
        }
        let speaker = got.speaker.as_ref();
        if speaker.and_then(|s| s.name.as_deref()) != want.speaker.as_deref() {
            differ("speaker", &want.speaker, &speaker.map(|s| &s.name));
        }
        if let Some(names) = &want.names {
            if speaker.map(|s| &s.names) != Some(names) {
                differ("names", names, &speaker.map(|s| &s.names));
            }
        }
        if let Some(kind) = &want.kind {
            let got_kind = speaker.map(|s| format!("{:?}", s.kind).to_lowercase());
            if got_kind.as_deref() != Some(kind.as_str()) {
                differ("kind", kind, &got_kind);
            }
        }
        if let Some(mention) = &want.mention {
            let got_mention = speaker.and_then(|s| s.mention).map(|m| m.text);
            if got_mention != Some(mention.as_str()) {
                differ("mention", mention, &got_mention);
            }
        }
        if let Some(rule) = &want.rule {
            let got_rule = speaker.map(|s| s.rule.id());
            if got_rule != Some(rule.as_str()) {
                differ("rule", rule, &got_rule);
            }
        }
        if let Some(cue) = &want.cue {
            if got.cue.map(|c| c.text) != Some(cue.as_str()) {
                differ("cue", cue, &got.cue.map(|c| c.text));
            }
        }
        if got.partial != want.partial {
            differ("partial", &want.partial, &got.partial);
        }
        if got.in_title != want.in_title {
            differ("in_title", &want.in_title, &got.in_title);
        }
    }
    problems
}

/// Runs every case of a suite and lists the failures.
fn run(suite: &Suite) -> Vec<String> {
    let mut failures = Vec::new();
    for case in &suite.case {
        let text = case.text.trim();
        let mut builder = QuoteExtractor::builder();
        builder.scare_quotes(case.scare_quotes);
        if let Some(code) = &case.language {
            builder.language(code);
        }
        let extractor = builder.build();
        let hints: Vec<Hint> = case.hints.iter().map(|h| h.hint(text)).collect();
        let found = extractor.extract(text, &layout_of(text, case.title), &hints);
        for span in found.iter().flat_map(|q| q.segments.iter().map(|s| s.span)) {
            assert_eq!(span.get(text), Some(&text[span]), "{}: segment spans slice the input", case.name);
        }
        let problems = check(case, &found);
        if !problems.is_empty() {
            failures.push(format!("{}:\n    {}", case.name, problems.join("\n    ")));
        }
    }
    failures
}

/// Runs the suite in `file` (named `name`), which must hold at least `at_least` cases, and
/// fails with every case that went wrong.
fn assert_suite(name: &str, file: &str, at_least: usize) {
    let suite: Suite = toml::from_str(file).unwrap_or_else(|err| panic!("{name} parses: {err}"));
    assert!(suite.case.len() >= at_least, "{name} covers every phenomenon");
    let failures = run(&suite);
    assert!(failures.is_empty(), "{} case(s) of {name} failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn cases() {
    assert_suite("cases.toml", include_str!("cases.toml"), 20);
}

/// Speaker resolution, one section a phenomenon.
#[test]
fn speaker_cases() {
    assert_suite("speakers.toml", include_str!("speakers.toml"), 15);
}

/// German, French and Spanish: their quotation marks, cues, inversions and pronouns.
#[test]
fn language_cases() {
    assert_suite("languages.toml", include_str!("languages.toml"), 9);
}
