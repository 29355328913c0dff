//! The quote extractor and its builder.

use newsclip_lexicon::Lexicon;
use newsclip_text::{Analysis, Layout, Span, Spanned};

use crate::attribution::{context, Attribution, Source};
use crate::document::{Document, Pronoun};
use crate::mentions::MentionKind;
use crate::resolution::{mention_span, resolve_mention};
use crate::resolve::{Registry, Resolved};
use crate::rules;
use crate::speech::{is_speech, Style};
use crate::{Hint, Quote, Speaker, SpeakerKind};

/// How many paragraphs back an unattributed quotation may find the speaker it continues.
const CONTINUATION_PARAGRAPHS: usize = 2;

/// Finds quotations and their speakers.
///
/// Configure with [`QuoteExtractor::builder`]; [`QuoteExtractor::new`] reports
/// every quotation, partial and headline ones included, except unattributed
/// scare quotes.
#[derive(Clone, Debug)]
pub struct QuoteExtractor {
    partial_quotes: bool,
    title_quotes: bool,
    scare_quotes: bool,
    /// The lexicon [`extract`](QuoteExtractor::extract) reads the text with.
    lexicon: &'static Lexicon,
}

impl Default for QuoteExtractor {
    fn default() -> QuoteExtractor {
        QuoteExtractor { partial_quotes: true, title_quotes: true, scare_quotes: false, lexicon: Lexicon::english() }
    }
}

/// Configures a [`QuoteExtractor`].
#[derive(Clone, Debug, Default)]
pub struct QuoteExtractorBuilder {
    config: QuoteExtractor,
}

impl QuoteExtractorBuilder {
    /// Whether to report partial quotations, fragments quoted inside the
    /// narrator's sentence (`called the plan “reckless”`). Default: yes.
    pub fn partial_quotes(&mut self, yes: bool) -> &mut Self {
        self.config.partial_quotes = yes;
        self
    }

    /// Whether to report quotations in the headline. Default: yes (those with a
    /// speaker; unattributed ones count as scare quotes).
    pub fn title_quotes(&mut self, yes: bool) -> &mut Self {
        self.config.title_quotes = yes;
        self
    }

    /// Whether to report partial quotations that nobody is said to have said
    /// (scare quotes: `a so-called “green corridor”`). Default: no.
    pub fn scare_quotes(&mut self, yes: bool) -> &mut Self {
        self.config.scare_quotes = yes;
        self
    }

    /// Reads the text in the language with ISO 639-1 code `code` (`"de"`,
    /// `"fr"`, `"es"`), with its cue verbs, roles, given names and pronouns
    /// (see [`QuoteExtractor::for_language`]); a code whose lexicon has no
    /// cues leaves the extractor as it was (English by default).
    pub fn language(&mut self, code: &str) -> &mut Self {
        if let Some(lexicon) = Lexicon::for_language(code).filter(|l| !l.cue_phrases(0).is_empty()) {
            self.config.lexicon = lexicon;
        }
        self
    }

    /// The configured extractor.
    #[must_use]
    pub fn build(&self) -> QuoteExtractor {
        self.config.clone()
    }
}

/// The last speaker seen, which an unattributed quotation may continue.
struct Previous<'a> {
    speaker: Speaker<'a>,
    last_region: usize,
}

impl QuoteExtractor {
    /// An extractor with the default configuration.
    #[must_use]
    pub fn new() -> QuoteExtractor {
        QuoteExtractor::default()
    }

    /// A builder to configure an extractor.
    #[must_use]
    pub fn builder() -> QuoteExtractorBuilder {
        QuoteExtractorBuilder::default()
    }

    /// An extractor for text in a language, by its ISO 639-1 code (`"de"`,
    /// `"fr"`, `"es"`; `"en"` is [`QuoteExtractor::new`]): it reads the
    /// text with that language's compiled-in lexicon (cue verbs and phrases
    /// with the speaker's place, roles, given names). `None` for a language
    /// the lexicon has no cues for.
    ///
    /// ```
    /// use newsclip_quotes::QuoteExtractor;
    /// use newsclip_text::Layout;
    ///
    /// let de = QuoteExtractor::for_language("de").unwrap();
    /// let text = "„Wir sind bereit“, sagte Bürgermeisterin Anna Kessler am Montag.";
    /// let quotes = de.extract(text, &Layout::of_clean_text(text), &[]);
    /// assert_eq!(quotes[0].text(), "Wir sind bereit");
    /// assert_eq!(quotes[0].speaker.as_ref().and_then(|s| s.name.as_deref()), Some("Anna Kessler"));
    /// assert!(QuoteExtractor::for_language("xx").is_none());
    /// ```
    #[must_use]
    pub fn for_language(code: &str) -> Option<QuoteExtractor> {
        let lexicon = Lexicon::for_language(code)?;
        let has_cues = !lexicon.cue_phrases(0).is_empty();
        has_cues.then(|| QuoteExtractor { lexicon, ..QuoteExtractor::default() })
    }

    /// The quotations in the headline and paragraphs of `layout` (spans of
    /// `text`), in document order, with their speakers.
    ///
    /// `hints` are mentions already known to the caller (from an entity
    /// tagger); pass `&[]` when there are none.
    #[must_use]
    pub fn extract<'a>(&self, text: &'a str, layout: &Layout, hints: &[Hint]) -> Vec<Quote<'a>> {
        // The quote finder finds its own sentence bounds.
        self.extract_analysis(&Analysis::without_sentences(text, layout, self.lexicon), hints)
    }

    /// The quotations in the regions of an [`Analysis`] of the text:
    /// [`extract`](Self::extract) when the caller has already read the text
    /// (the `newsclip` facade shares one analysis between the quote finder
    /// and the entity tagger).
    #[must_use]
    pub fn extract_analysis<'a>(&self, analysis: &Analysis<'a>, hints: &[Hint]) -> Vec<Quote<'a>> {
        let text = analysis.text();
        let doc = Document::of(analysis);
        let mut hints: Vec<&Hint> = hints.iter().filter(|h| h.span.get(text).is_some()).collect();
        hints.sort_by_key(|h| h.span.start);
        let mut registry = Registry::new(&doc, &hints);
        let mut previous: Option<Previous<'a>> = None;
        let mut speakers: Vec<Option<Speaker<'a>>> = Vec::with_capacity(doc.quotes.len());
        let style = Style::of(&doc);
        let mut out = Vec::new();
        for (index, placed) in doc.quotes.iter().enumerate() {
            let segments: Vec<Spanned<'a>> = placed
                .quotation
                .segments
                .iter()
                .filter(|s| !s.inner.is_empty())
                .filter_map(|s| Spanned::new(text, s.inner))
                .collect();
            if !segments.iter().any(|s| s.text.chars().any(char::is_alphanumeric)) {
                speakers.push(None);
                continue;
            }
            let found = context(&doc, index);
            if !is_speech(&doc, placed, style, &found) {
                speakers.push(None);
                continue;
            }
            let first_region = placed.first_place().0;
            let (speaker, cue) = match &found.attribution {
                Some(attribution) => {
                    (speaker_of(text, attribution, &mut registry, &hints), attribution.cue.or(found.inherited_cue))
                }
                None => {
                    // Within a sentence the speaker is that of the quotation before.
                    let in_sentence = found
                        .follows_in_sentence
                        .and_then(|q| speakers.get(q).cloned().flatten())
                        .map(|s| Speaker { attribution: rules::ATTRIBUTION_SAME_SENTENCE, ..s });
                    let continues = !placed.in_title
                        && previous.as_ref().is_some_and(|p| {
                            found.inherited_cue.is_some()
                                || (!found.partial && first_region <= p.last_region + CONTINUATION_PARAGRAPHS)
                        });
                    let carried = if continues {
                        previous
                            .as_ref()
                            .map(|p| Speaker { attribution: rules::ATTRIBUTION_CONTINUED, ..p.speaker.clone() })
                    } else {
                        None
                    };
                    (in_sentence.or(carried), found.inherited_cue)
                }
            };
            if !placed.in_title {
                if let Some(speaker) = &speaker {
                    previous = Some(Previous { speaker: speaker.clone(), last_region: placed.last_place().0 });
                }
            }
            speakers.push(speaker.clone());
            // A headline quotes its speaker or, like a scare quote, a word in the news.
            let keep = if placed.in_title {
                self.title_quotes && (speaker.is_some() || self.scare_quotes)
            } else if found.partial {
                self.partial_quotes && (speaker.is_some() || self.scare_quotes)
            } else {
                true
            };
            if keep {
                out.push(Quote {
                    segments,
                    speaker,
                    cue: cue.and_then(|c| Spanned::new(text, c)),
                    partial: found.partial,
                    in_title: placed.in_title,
                });
            }
        }
        out
    }
}

/// The speaker an attribution names, resolved and recorded for later pronouns.
fn speaker_of<'a>(
    text: &'a str,
    attribution: &Attribution,
    registry: &mut Registry<'_>,
    hints: &[&Hint],
) -> Option<Speaker<'a>> {
    let mut names: Vec<String> = Vec::new();
    let mut kind = None;
    let mut rule = None;
    // Only speakers with a name are remembered for later pronouns and nominals.
    let mut named = true;
    for mention in &attribution.mentions {
        let found = resolve_mention(mention, registry, hints);
        named &= found.is_some();
        let (resolved, resolution) =
            found.unwrap_or_else(|| (unresolved(text, mention.span, &mention.kind), rules::SPEAKER_UNRESOLVED));
        rule.get_or_insert(resolution);
        if let MentionKind::Pronoun(pronoun) = mention.kind {
            if let (Some(gender), [name]) = (pronoun.gender(), resolved.names.as_slice()) {
                registry.learn_gender(name, gender);
            }
        }
        kind.get_or_insert(resolved.kind);
        names.extend(resolved.names);
    }
    let kind = kind?;
    let mention_span = attribution.mentions.iter().map(mention_span).reduce(Span::cover)?;
    let at = mention_span.start;
    let gender = attribution.mentions.first().and_then(|m| match m.kind {
        MentionKind::Pronoun(p) => p.gender(),
        MentionKind::Name { gender, .. } => gender,
        MentionKind::Nominal { .. } => None,
    });
    if named {
        registry.add_speaker(&Resolved { names: names.clone(), kind }, at, gender);
    }
    let attribution_rule = match attribution.source {
        Source::After => rules::ATTRIBUTION_AFTER,
        Source::Before => rules::ATTRIBUTION_BEFORE,
        Source::According => rules::ATTRIBUTION_ACCORDING_TO,
        Source::Colon => rules::ATTRIBUTION_COLON,
        Source::Reported => rules::ATTRIBUTION_REPORTED,
        Source::Next => rules::ATTRIBUTION_NEXT_SENTENCE,
    };
    Some(Speaker {
        name: (!names.is_empty()).then(|| names.join(" and ")),
        names,
        kind,
        mention: Spanned::new(text, mention_span),
        rule: rule.unwrap_or(rules::SPEAKER_UNRESOLVED),
        attribution: attribution_rule,
    })
}

/// The speaker of a mention nothing resolves. A reference to a person met
/// before (`he`, `the judge`) names nobody: no name, the mention kept. A
/// description of someone new (`a local farmer`, `officials`) or of an
/// institution (`the Department`) is the words as written, without the
/// determiner.
fn unresolved(text: &str, span: Span, kind: &MentionKind) -> Resolved {
    match kind {
        MentionKind::Nominal { kind: SpeakerKind::Person, definite: true, count: None, .. } => {
            Resolved { names: Vec::new(), kind: SpeakerKind::Person }
        }
        MentionKind::Nominal { kind, text, .. } => Resolved { names: vec![text.clone()], kind: *kind },
        MentionKind::Pronoun(pronoun) => {
            let kind = match pronoun {
                Pronoun::They | Pronoun::We => SpeakerKind::Group,
                Pronoun::It => SpeakerKind::Institution,
                _ => SpeakerKind::Person,
            };
            Resolved { names: Vec::new(), kind }
        }
        MentionKind::Name { kind, .. } => {
            let written = span.get(text).unwrap_or_default();
            Resolved { names: vec![written.split_whitespace().collect::<Vec<_>>().join(" ")], kind: *kind }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        QuoteExtractor::new()
            .extract(text, &Layout::of_clean_text(text), &[])
            .into_iter()
            .map(|q| (q.text(), q.speaker.and_then(|s| s.name)))
            .collect()
    }

    #[test]
    fn surname_and_pronoun_resolve_to_the_full_name() {
        let text = "Government spokeswoman Maria Lopez spoke on Monday.\n\n\
                    “We are ready,” Lopez said.\n\n\
                    She went on to add: “We will talk.”";
        assert_eq!(
            speakers(text),
            [
                ("We are ready,".to_string(), Some("Maria Lopez".to_string())),
                ("We will talk.".to_string(), Some("Maria Lopez".to_string()))
            ]
        );
    }

    #[test]
    fn unattributed_quotation_continues_the_previous_speaker() {
        let text = "“We are ready,” said Tom Berg.\n\n“We have waited long enough.”";
        let found = speakers(text);
        assert_eq!(found[1].1.as_deref(), Some("Tom Berg"));
    }

    #[test]
    fn scare_quotes_are_left_out_unless_asked_for() {
        let text = "The group published an online “field guide” for employers.";
        assert!(QuoteExtractor::new().extract(text, &Layout::of_clean_text(text), &[]).is_empty());
        let all = QuoteExtractor::builder().scare_quotes(true).build();
        let found = all.extract(text, &Layout::of_clean_text(text), &[]);
        assert_eq!(found.len(), 1);
        assert!(found[0].partial && found[0].speaker.is_none());
    }

    #[test]
    fn hints_name_the_speaker() {
        let text = "“We are ready,” Varga said.";
        let start = text.find("Varga").unwrap_or_default();
        let hint = Hint { span: Span::new(start, start + 5), name: "Paul Varga".into(), kind: SpeakerKind::Person };
        let found = QuoteExtractor::new().extract(text, &Layout::of_clean_text(text), &[hint]);
        assert_eq!(found[0].speaker.as_ref().and_then(|s| s.name.as_deref()), Some("Paul Varga"));
    }

    #[test]
    fn two_people_speaking_together() {
        let text = "Prime Minister Anna Berg and President Omar Diallo promised “to keep the border open.”";
        let found = QuoteExtractor::new().extract(text, &Layout::of_clean_text(text), &[]);
        let speaker = found[0].speaker.as_ref().map(|s| (s.name.clone(), s.names.len()));
        assert_eq!(speaker, Some((Some("Anna Berg and Omar Diallo".to_string()), 2)));
    }
}
