//! The results: quotations, their speakers, and the hints a caller may pass in.

use newsclip_text::{Rule, Span, Spanned};

/// What kind of speaker a quotation is attributed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum SpeakerKind {
    /// One person, or several people speaking together ("Karin Holm", "he").
    Person,
    /// An organization, office or body ("the Kremlin", "the ministry").
    Institution,
    /// A country speaking as such ("Russia").
    Country,
    /// An unnamed set of people ("officials", "experts").
    Group,
}

/// A mention already known to the caller, typically from an entity tagger:
/// where it is in the input, the canonical name it stands for, and its kind.
///
/// Hints take precedence over the names the extractor finds by itself, so a
/// tagger that knows `"Varga"` is `"Paul Varga"` improves speaker names.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Hint {
    /// Where the mention is in the input (byte offsets).
    pub span: Span,
    /// The canonical full name, e.g. `"Paul Varga"`.
    pub name: String,
    /// What the mention names.
    pub kind: SpeakerKind,
}

/// Who a quotation is attributed to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker<'a> {
    /// The resolved canonical name: `"Karin Holm"` for a mention `"He"`;
    /// several people are joined with `" and "`. `None` when the mention
    /// refers back to someone the text does not name, or to no one compatible
    /// with it (`he` with no man named, `the judge` with no judge): the
    /// mention is kept, no name is guessed.
    pub name: Option<String>,
    /// One name per person (two when two people speak together); empty when
    /// [`name`](Self::name) is `None`.
    pub names: Vec<String>,
    /// What the speaker is.
    pub kind: SpeakerKind,
    /// The words in the text that point to the speaker (`"He"`, `"Holm"`,
    /// `"the ministry"`), when the speaker is named near the quotation.
    pub mention: Option<Spanned<'a>>,
    /// The rule that made the mention this name (a `quotes.speaker.*` rule of
    /// [`rules`](crate::rules): `quotes.speaker.surname`, `quotes.speaker.role-antecedent` …).
    pub rule: Rule,
    /// The rule that found the speaker for the quotation (a `quotes.attribution.*`
    /// rule: `quotes.attribution.after`, `quotes.attribution.continued` …).
    pub attribution: Rule,
}

/// A direct quotation found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote<'a> {
    /// The quoted words between the marks, marks excluded: one segment per
    /// paragraph for a quotation that runs over several paragraphs.
    pub segments: Vec<Spanned<'a>>,
    /// Who said it, if the text tells.
    pub speaker: Option<Speaker<'a>>,
    /// The words that attribute it: `"said"`, `"went on to add"`, `"according to"`.
    pub cue: Option<Spanned<'a>>,
    /// A short fragment quoted inside the narrator's own sentence
    /// (`called the plan “reckless”`) rather than a quotation standing on its own.
    pub partial: bool,
    /// The quotation is in the headline.
    pub in_title: bool,
}

impl Quote<'_> {
    /// The quoted words: the segments joined by a single space.
    #[must_use]
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(self.segments.iter().map(|s| s.text.len() + 1).sum());
        for (i, segment) in self.segments.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(segment.text);
        }
        out
    }

    /// From the start of the first segment to the end of the last (marks excluded).
    #[must_use]
    pub fn span(&self) -> Span {
        match (self.segments.first(), self.segments.last()) {
            (Some(first), Some(last)) => first.span.cover(last.span),
            _ => Span::default(),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Quote<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Quote", 6)?;
        s.serialize_field("text", &self.text())?;
        s.serialize_field("segments", &self.segments)?;
        s.serialize_field("speaker", &self.speaker)?;
        s.serialize_field("cue", &self.cue)?;
        s.serialize_field("partial", &self.partial)?;
        s.serialize_field("in_title", &self.in_title)?;
        s.end()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Speaker<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Speaker", 6)?;
        s.serialize_field("name", &self.name)?;
        s.serialize_field("names", &self.names)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("mention", &self.mention)?;
        s.serialize_field("rule", &self.rule)?;
        s.serialize_field("attribution", &self.attribution)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_joins_segments_with_one_space() {
        let input = "\"One.\n\n\"Two.\"";
        let quote = Quote {
            segments: vec![
                Spanned::new(input, Span::new(1, 5)).expect("valid span"),
                Spanned::new(input, Span::new(8, 12)).expect("valid span"),
            ],
            speaker: None,
            cue: None,
            partial: false,
            in_title: false,
        };
        assert_eq!(quote.text(), "One. Two.");
        assert_eq!(quote.span(), Span::new(1, 12));
    }
}
