//! The tagger: configuration and the pipeline from text to entities.

use std::sync::Arc;

use newsclip_lexicon::Lexicon;
use newsclip_text::{Analysis, Layout};

use crate::candidate::{resolve, Candidate};
use crate::context::Context;
use crate::doc::{Doc, OrdinaryOpeners};
use crate::listed::Phrases;
use crate::propagate::propagate;
use crate::{countries, institutions, merge, people, teams, Entity, EntityKind};

/// Finds the people, countries and institutions of a document.
///
/// A `Tagger` holds only its configuration; the word lists and automata are
/// compiled once per process and shared, so a tagger is cheap to create,
/// clone and share across threads.
///
/// ```
/// use newsclip_entities::{EntityKind, Tagger};
/// use newsclip_text::Layout;
///
/// let text = "Russia's Vladimir Putin met Armenian officials. Putin said little.";
/// let entities = Tagger::new().tag(text, &Layout::of_clean_text(text));
/// let putin = entities.iter().find(|e| e.kind == EntityKind::Person).unwrap();
/// assert_eq!(putin.name, "Vladimir Putin");
/// assert_eq!(putin.mentions.len(), 2);
/// assert_eq!(putin.country.map(|c| c.to_string()).as_deref(), Some("RU"));
/// ```
#[derive(Clone, Debug)]
pub struct Tagger {
    people: bool,
    countries: bool,
    institutions: bool,
    /// The lexicon, when not the compiled-in one.
    lexicon: Option<Arc<Lexicon>>,
    /// The compiled-in lexicon of another language than English ([`Tagger::for_language`]).
    language: Option<&'static Lexicon>,
    /// The lexicon's listed phrases, compiled.
    phrases: Arc<Phrases>,
}

impl Default for Tagger {
    fn default() -> Tagger {
        Tagger::new()
    }
}

impl Tagger {
    /// A tagger that finds all three kinds of entities.
    #[must_use]
    pub fn new() -> Tagger {
        Tagger {
            people: true,
            countries: true,
            institutions: true,
            lexicon: None,
            language: None,
            phrases: Phrases::english(),
        }
    }

    /// A tagger for text in a language, by its ISO 639-1 code (`"de"`,
    /// `"fr"`, `"es"`; `"en"` is [`Tagger::new`]): it reads that language's
    /// compiled-in lexicon (given names, roles, cue verbs, institutions'
    /// head words, country names and demonyms). `None` for a language the
    /// lexicon has no names for. Its phrases are compiled once per process.
    ///
    /// ```
    /// use newsclip_entities::{EntityKind, Tagger};
    /// use newsclip_text::Layout;
    ///
    /// let de = Tagger::for_language("de").unwrap();
    /// let text = "Am Dienstag sagte Bundeskanzlerin Ines Vogt in Berlin, Spanien und Frankreich seien bereit.";
    /// let found = de.tag(text, &Layout::of_clean_text(text));
    /// let names: Vec<(&str, EntityKind)> = found.iter().map(|e| (e.name.as_str(), e.kind)).collect();
    /// assert!(names.contains(&("Ines Vogt", EntityKind::Person)));
    /// assert!(found.iter().any(|e| e.code.map(|c| c.to_string()).as_deref() == Some("ES")));
    /// assert!(!names.iter().any(|(n, _)| n.contains("Dienstag")));
    /// assert!(Tagger::for_language("xx").is_none());
    /// ```
    #[must_use]
    pub fn for_language(code: &str) -> Option<Tagger> {
        let lexicon = Lexicon::for_language(code)?;
        if code == "en" {
            return Some(Tagger::new());
        }
        // Only a language with countries listed has names to find.
        if lexicon.countries().is_empty() {
            return None;
        }
        let phrases = Phrases::for_language(code)?;
        Some(Tagger { language: Some(lexicon), ..Tagger { phrases, ..Tagger::new() } })
    }

    /// The lexicon the tagger reads: the compiled-in one, or the one given to
    /// [`TaggerBuilder::lexicon`].
    #[must_use]
    pub fn lexicon(&self) -> &Lexicon {
        self.lexicon.as_deref().or(self.language).unwrap_or(Lexicon::english())
    }

    /// This tagger reading `lexicon` instead (see [`TaggerBuilder::lexicon`]).
    #[must_use]
    pub fn with_lexicon(&self, lexicon: Arc<Lexicon>) -> Tagger {
        TaggerBuilder { config: self.clone() }.lexicon(lexicon).build()
    }

    /// A builder to choose what to tag.
    #[must_use]
    pub fn builder() -> TaggerBuilder {
        TaggerBuilder { config: Tagger::new() }
    }

    /// Tags the title and paragraphs of `layout` (spans into `text`); text
    /// outside `layout.regions()` is never tagged. Entities come in order of
    /// first mention.
    #[must_use]
    pub fn tag<'a>(&self, text: &'a str, layout: &Layout) -> Vec<Entity<'a>> {
        let analysis = match &self.lexicon {
            Some(lexicon) => Analysis::with_shared_lexicon(text, layout, Arc::clone(lexicon)),
            None => Analysis::new(text, layout, self.language.unwrap_or(Lexicon::english())),
        };
        self.tag_analysis(&analysis)
    }

    /// Tags the regions of an [`Analysis`] of the text: [`tag`](Self::tag)
    /// when the caller has already read the text (the `newsclip` facade shares
    /// one analysis between the tagger and the quote finder).
    ///
    /// The analysis must say where sentences start ([`Analysis::new`], not
    /// [`Analysis::without_sentences`]): a capital that opens a sentence is
    /// no evidence of a name.
    #[must_use]
    pub fn tag_analysis<'a>(&self, analysis: &Analysis<'a>) -> Vec<Entity<'a>> {
        debug_assert!(analysis.has_sentences(), "the tagger needs the sentence starts");
        let text = analysis.text();
        let lexicon = self.lexicon();
        let doc = Doc::new(analysis);
        let ordinary = OrdinaryOpeners::of(&doc);
        let mut candidates: Vec<Candidate> = Vec::new();
        for region in &doc.regions {
            let ctx = Context::new(text, region, lexicon, &self.phrases);
            countries::recognize(&ctx, &mut candidates);
            people::recognize_listed(&ctx, &mut candidates);
            institutions::recognize(&ctx, &mut candidates);
            teams::recognize(&ctx, &mut candidates);
            people::recognize(&ctx, &ordinary, &mut candidates);
        }
        let mentions = propagate(&doc, resolve(candidates), &ordinary);
        let mut entities = merge::entities(text, &mentions, lexicon);
        entities.retain(|e| self.wants(e.kind));
        entities
    }

    fn wants(&self, kind: EntityKind) -> bool {
        match kind {
            EntityKind::Person => self.people,
            EntityKind::Country => self.countries,
            EntityKind::Institution => self.institutions,
        }
    }
}

/// Configures a [`Tagger`].
///
/// ```
/// use newsclip_entities::{EntityKind, Tagger};
///
/// let countries_only = Tagger::builder().people(false).institutions(false).build();
/// let text = "NATO's Jens Stoltenberg visited Norway.";
/// let found = countries_only.tag(text, &newsclip_text::Layout::of_clean_text(text));
/// assert!(found.iter().all(|e| e.kind == EntityKind::Country));
/// ```
#[derive(Clone, Debug)]
pub struct TaggerBuilder {
    config: Tagger,
}

impl TaggerBuilder {
    /// Whether to report people (default: yes).
    pub fn people(&mut self, yes: bool) -> &mut Self {
        self.config.people = yes;
        self
    }

    /// Whether to report countries (default: yes).
    pub fn countries(&mut self, yes: bool) -> &mut Self {
        self.config.countries = yes;
        self
    }

    /// Whether to report institutions (default: yes).
    pub fn institutions(&mut self, yes: bool) -> &mut Self {
        self.config.institutions = yes;
        self
    }

    /// Tags with `lexicon` (the compiled-in one with a user's people,
    /// institutions and country names: [`Lexicon::with_user`]) instead of the
    /// compiled-in lexicon. Its listed phrases are compiled when the tagger is
    /// built.
    pub fn lexicon(&mut self, lexicon: Arc<Lexicon>) -> &mut Self {
        self.config.lexicon = Some(lexicon);
        self
    }

    /// The configured tagger.
    #[must_use]
    pub fn build(&self) -> Tagger {
        let mut tagger = self.config.clone();
        if let Some(lexicon) = &tagger.lexicon {
            tagger.phrases = Arc::new(Phrases::new(lexicon));
        }
        tagger
    }
}
