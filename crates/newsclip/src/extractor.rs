//! The extraction pipeline: strip, tag entities, find quotes, link speakers.

use newsclip_entities::Tagger;
use std::sync::{Arc, OnceLock};

use newsclip_html::Reader;
use newsclip_lexicon::{Lexicon, UserLexicon};
use newsclip_quotes::{Hint, QuoteExtractor, SpeakerKind};
use newsclip_strip::{LineJoining, Page, Stripper};
use newsclip_text::{Analysis, Layout, Normalized, Spanned};

use crate::article::{Article, Dateline, Entity, Paragraph, Quote, Removed, Speaker, TextSpan};
use crate::language::{self, PageLanguage};
use crate::link::link_speakers;
use crate::Error;

/// Extracts [`Article`]s from pages; build one, reuse it for every page.
///
/// An `Extractor` is cheap to clone and `Send + Sync`, so one instance can
/// serve many threads.
///
/// ```
/// let extractor = newsclip::Extractor::builder().strip(false).build();
/// let article = extractor.extract("“We are ready,” Mayor Ana Lopez said on Monday.");
/// assert_eq!(article.paragraphs.len(), 1);
/// assert_eq!(article.quotes[0].text, "We are ready,");
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    pub(crate) options: Options,
    stripper: Stripper,
    /// Strips the text rendered from HTML: one block per line.
    pub(crate) html_stripper: Stripper,
    pub(crate) html_reader: Reader,
    quote_extractor: QuoteExtractor,
    tagger: Tagger,
    /// The compiled-in lexicon with a user's lexicon added, if one was given.
    lexicon: Option<Arc<Lexicon>>,
    /// The language every page is read in ([`ExtractorBuilder::language`]).
    language: Option<&'static str>,
    /// The stages of the languages other than English, built on first use.
    languages: Arc<Languages>,
}

/// The languages other than English whose quotes and entities are found
/// with their own lexicon; the order of [`Languages::slots`].
const OTHER_LANGUAGES: [&str; 3] = ["de", "fr", "es"];

/// The tagger, quotation finder and lexicon of each language other than
/// English, each built the first time a page in that language comes.
#[derive(Debug, Default)]
struct Languages {
    /// A user's lexicon, added to every language's.
    user: UserLexicon,
    slots: [OnceLock<Option<Stages>>; OTHER_LANGUAGES.len()],
}

/// The annotating stages of one language.
#[derive(Debug)]
struct Stages {
    lexicon: Arc<Lexicon>,
    tagger: Tagger,
    quote_extractor: QuoteExtractor,
}

impl Languages {
    /// The stages of the language with ISO 639-1 code `code` (a region
    /// subtag is ignored: `de-CH` is `de`); `None` for English and for a
    /// language without resources.
    fn stages(&self, code: &str) -> Option<&Stages> {
        let primary = code.split(['-', '_']).next().unwrap_or(code);
        let i = OTHER_LANGUAGES.iter().position(|l| primary.eq_ignore_ascii_case(l))?;
        let slot = self.slots.get(i)?;
        slot.get_or_init(|| {
            let code = OTHER_LANGUAGES.get(i)?;
            let compiled = Lexicon::for_language(code)?;
            let tagger = Tagger::for_language(code)?;
            let quote_extractor = QuoteExtractor::for_language(code)?;
            if self.user.is_empty() {
                let lexicon = Arc::new(compiled.clone());
                return Some(Stages { lexicon, tagger, quote_extractor });
            }
            let lexicon = Arc::new(compiled.with_user(&self.user));
            let tagger = tagger.with_lexicon(Arc::clone(&lexicon));
            Some(Stages { lexicon, tagger, quote_extractor })
        })
        .as_ref()
    }
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor {
            options: Options::default(),
            stripper: Stripper::default(),
            html_stripper: Stripper::builder().line_joining(LineJoining::Never).build(),
            html_reader: Reader::default(),
            quote_extractor: QuoteExtractor::default(),
            tagger: Tagger::default(),
            lexicon: None,
            language: None,
            languages: Arc::default(),
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Options {
    pub(crate) strip: bool,
    quotes: bool,
    entities: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { strip: true, quotes: true, entities: true }
    }
}

impl Extractor {
    /// An extractor with every stage on and default settings.
    #[must_use]
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// A builder to choose stages and configure them.
    #[must_use]
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Extracts the article from a page dump (or from clean text when
    /// stripping is off).
    ///
    /// The page is read in Unicode NFC, with ligatures and full-width forms
    /// folded ([`Normalized`]), so that decomposed input finds the same
    /// people, quotes and speakers; every span still points into `page`.
    #[must_use]
    pub fn extract(&self, page: &str) -> Article {
        let normalized = Normalized::new(page);
        let mut article = self.extract_normalized(normalized.text());
        if !normalized.is_unchanged() {
            crate::original::remap(&mut article, &normalized, page);
        }
        article
    }

    /// [`extract`](Self::extract) of text already normalized.
    fn extract_normalized(&self, page: &str) -> Article {
        let language =
            self.forced_language().unwrap_or_else(|| language::identify(&language::sample(page.lines()), None));
        let (layout, mut article) = if self.options.strip {
            let stripped = self.stripper.strip_in_language(page, language.code);
            (stripped.layout(), article_of(stripped))
        } else {
            let layout = Layout::of_clean_text(page);
            let paragraphs = layout.paragraphs.iter().filter_map(|&p| Spanned::new(page, p)).map(TextSpan::from);
            let article = Article { paragraphs: paragraphs.map(Paragraph::from).collect(), ..Article::default() };
            (layout, article)
        };
        self.annotate_in(language, page, &layout, &mut article);
        article
    }

    /// The language forced with [`ExtractorBuilder::language`], which every page is read in
    /// without identifying its own.
    pub(crate) fn forced_language(&self) -> Option<PageLanguage> {
        self.language.map(|code| PageLanguage { code: Some(code), warnings: Vec::new() })
    }

    /// Sets the article's language and warnings, then annotates it ([`annotate`](Self::annotate))
    /// when the language is one with resources; otherwise quotes and entities stay empty and a
    /// warning says why.
    pub(crate) fn annotate_in(&self, language: PageLanguage, page: &str, layout: &Layout, article: &mut Article) {
        article.language = language.code.map(str::to_owned);
        article.warnings.extend(language.warnings.iter().cloned());
        if !language.is_supported() {
            let quiet = !self.options.entities && !self.options.quotes;
            article.warnings.extend(language.skip_warning().filter(|_| !quiet));
            return;
        }
        self.annotate(page, layout, article);
    }

    /// Tags entities and finds quotes in the `layout` regions of `page`,
    /// from one reading of the text shared by both stages, with the stages of
    /// `article.language` (set by [`annotate_in`](Self::annotate_in): the
    /// language forced with [`ExtractorBuilder::language`] or the page's own),
    /// English when none.
    fn annotate(&self, page: &str, layout: &Layout, article: &mut Article) {
        if !self.options.entities && !self.options.quotes {
            return;
        }
        let stages = article.language.as_deref().and_then(|code| self.languages.stages(code));
        let (analysis, tagger, quote_extractor) = match (stages, &self.lexicon) {
            (Some(stages), _) => (
                Analysis::with_shared_lexicon(page, layout, Arc::clone(&stages.lexicon)),
                &stages.tagger,
                &stages.quote_extractor,
            ),
            (None, Some(lexicon)) => {
                (Analysis::with_shared_lexicon(page, layout, Arc::clone(lexicon)), &self.tagger, &self.quote_extractor)
            }
            (None, None) => (Analysis::new(page, layout, Lexicon::english()), &self.tagger, &self.quote_extractor),
        };
        let entities = if self.options.entities { tagger.tag_analysis(&analysis) } else { Vec::new() };
        let hints = hints_of(&entities);
        article.entities = entities.into_iter().enumerate().map(|(id, e)| entity_of(id, e)).collect();
        if self.options.quotes {
            let quotes = quote_extractor.extract_analysis(&analysis, &hints);
            article.quotes = quotes.into_iter().map(quote_of).collect();
            link_speakers(&mut article.quotes, &article.entities);
        }
    }

    /// Extracts the article from `page` and returns a readable account of
    /// its decisions ([`Article::explain`]): the rule behind each removed
    /// block, the title, author and date, each speaker and each mention.
    #[must_use]
    pub fn explain(&self, page: &str) -> String {
        self.extract(page).explain(page)
    }

    /// Like [`extract`](Self::extract), for raw bytes that should be UTF-8.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidUtf8`](crate::ErrorKind::InvalidUtf8) when `page`
    /// is not valid UTF-8; [`Error::byte_offset`] tells where.
    pub fn extract_bytes(&self, page: &[u8]) -> Result<Article, Error> {
        core::str::from_utf8(page).map(|text| self.extract(text)).map_err(Error::invalid_utf8)
    }

    /// Extracts the article from an HTML page, given as the bytes a crawler
    /// fetched (any charset) and, when known, the page's URL.
    ///
    /// The page is rendered to text ([`Article::text`]); every span of the
    /// article indexes that text, and each paragraph also carries the byte
    /// range of its element in `html` ([`Paragraph::source`]). See the crate
    /// docs, section *HTML*.
    ///
    /// ```
    /// let html = r#"<html lang="en"><head><title>Council Backs Budget - City Times</title>
    /// <meta property="og:site_name" content="City Times"></head><body>
    /// <nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
    /// <article><h1>Council Backs Budget</h1>
    /// <p>The city council approved the budget on Tuesday after a long and heated debate.</p>
    /// <p>“This is a good day for the city,” Mayor Ana Lopez told reporters after the vote.</p>
    /// </article></body></html>"#.as_bytes();
    /// let article = newsclip::Extractor::new().extract_html(html, Some("https://example.com/a"));
    /// let text = article.text.as_deref().expect("HTML input has a rendering");
    /// let title = article.title.as_ref().expect("a headline");
    /// assert_eq!(title.text, "Council Backs Budget");
    /// assert_eq!(&text[title.start..title.end], title.text);
    /// assert_eq!(article.paragraphs.len(), 2);
    /// let source = article.paragraphs[0].source.expect("HTML paragraphs have a source");
    /// assert!(html[source.start..source.end].starts_with(b"<p>The city council"));
    /// assert_eq!(article.language.as_deref(), Some("en"));
    /// assert_eq!(article.site_name.as_deref(), Some("City Times"));
    /// assert_eq!(article.quotes[0].speaker.as_ref().and_then(|s| s.name.as_deref()), Some("Ana Lopez"));
    /// ```
    #[must_use]
    pub fn extract_html(&self, html: &[u8], url: Option<&str>) -> Article {
        crate::from_html::extract(self, html, url, None)
    }

    /// Like [`extract_html`](Self::extract_html), with the `Content-Type` the
    /// server sent (`text/html; charset=ISO-8859-1`): its charset outranks the
    /// page's own declaration.
    #[must_use]
    pub fn extract_html_with_content_type(
        &self,
        html: &[u8],
        url: Option<&str>,
        content_type: Option<&str>,
    ) -> Article {
        crate::from_html::extract(self, html, url, content_type)
    }
}

/// Configures an [`Extractor`].
///
/// ```
/// use newsclip::{strip::Stripper, Extractor};
///
/// let extractor = Extractor::builder().quotes(false).stripper(Stripper::new()).build();
/// assert!(extractor.extract("Headline\nSome text, “with a quote,” she said.").quotes.is_empty());
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    extractor: Extractor,
    user: UserLexicon,
}

impl ExtractorBuilder {
    /// A builder with every stage on.
    #[must_use]
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Whether to strip boilerplate (default `true`). Off, the whole input is
    /// taken as clean body text: every paragraph is body and there is no title.
    pub fn strip(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.extractor.options.strip = yes;
        self
    }

    /// Whether to find quotations (default `true`).
    pub fn quotes(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.extractor.options.quotes = yes;
        self
    }

    /// Whether to tag people, countries and institutions (default `true`).
    pub fn entities(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.extractor.options.entities = yes;
        self
    }

    /// Uses a configured boilerplate stripper.
    pub fn stripper(&mut self, stripper: Stripper) -> &mut ExtractorBuilder {
        self.extractor.stripper = stripper;
        self
    }

    /// Uses a configured HTML reader for [`Extractor::extract_html`].
    pub fn html_reader(&mut self, reader: Reader) -> &mut ExtractorBuilder {
        self.extractor.html_reader = reader;
        self
    }

    /// Uses a configured quotation finder.
    pub fn quote_extractor(&mut self, quote_extractor: QuoteExtractor) -> &mut ExtractorBuilder {
        self.extractor.quote_extractor = quote_extractor;
        self
    }

    /// Uses a configured entity tagger.
    pub fn tagger(&mut self, tagger: Tagger) -> &mut ExtractorBuilder {
        self.extractor.tagger = tagger;
        self
    }

    /// Reads every page as written in the language with ISO 639-1 code
    /// `code` (`"en"`, `"de"`, `"fr"`, `"es"`), whatever the page declares:
    /// quotes and entities are then found with that language's lexicon
    /// (cue verbs, roles, given names, countries, institutions) and the
    /// article reports it as its `language`. Without it, a page is read in
    /// the language its `Article::language` gives, English when none.
    ///
    /// ```
    /// use newsclip::Extractor;
    ///
    /// let extractor = Extractor::builder().strip(false).language("es").build();
    /// let article = extractor.extract("El ministro Jorge Salas viajó a México y a España el lunes.");
    /// assert_eq!(article.language.as_deref(), Some("es"));
    /// let codes: Vec<String> = article.entities.iter().filter_map(|e| e.code.map(|c| c.to_string())).collect();
    /// assert_eq!(codes, ["MX", "ES"]);
    /// assert!(article.entities.iter().any(|e| e.name == "Jorge Salas"));
    /// ```
    pub fn language(&mut self, code: &str) -> &mut ExtractorBuilder {
        let code = code.split(['-', '_']).next().unwrap_or(code);
        self.extractor.language = Lexicon::languages().find(|l| l.eq_ignore_ascii_case(code));
        self
    }

    /// Adds the people, institutions and countries' names of a user lexicon
    /// (a watch-list, read with [`UserLexicon::from_tsv`]); may be called
    /// again for more files. The added names are found, merged and linked
    /// like the compiled-in ones, and a speaker named by one resolves to it.
    ///
    /// ```
    /// use newsclip::{lexicon::UserLexicon, Extractor};
    ///
    /// let watch = UserLexicon::from_tsv("kind\tname\taliases\tcountry\tcode\n\
    ///                                    person\tAmara Okonjo\tA. Okonjo\tNG\tWL-42\n").unwrap();
    /// let extractor = Extractor::builder().strip(false).lexicon(watch).build();
    /// let article = extractor.extract("“We will appeal,” A. Okonjo told reporters in Lagos.");
    /// let okonjo = &article.entities[0];
    /// assert_eq!((okonjo.name.as_str(), okonjo.reference.as_deref()), ("Amara Okonjo", Some("WL-42")));
    /// assert_eq!(article.quotes[0].speaker.as_ref().unwrap().name.as_deref(), Some("Amara Okonjo"));
    /// ```
    pub fn lexicon(&mut self, user: UserLexicon) -> &mut ExtractorBuilder {
        self.user.extend(user);
        self
    }

    /// The configured extractor.
    #[must_use]
    pub fn build(&self) -> Extractor {
        let mut extractor = self.extractor.clone();
        extractor.languages = Arc::new(Languages { user: self.user.clone(), ..Languages::default() });
        if !self.user.is_empty() {
            let lexicon = Arc::new(Lexicon::english().with_user(&self.user));
            extractor.tagger = extractor.tagger.with_lexicon(Arc::clone(&lexicon));
            extractor.lexicon = Some(lexicon);
        }
        extractor
    }
}

pub(crate) fn article_of(page: Page<'_>) -> Article {
    Article {
        title: page.title.map(TextSpan::from),
        dateline: page.dateline.map(|d| Dateline {
            span: TextSpan::from(Spanned { span: d.span, text: d.text }),
            place: d.place.map(str::to_owned),
            date: d.date.map(|date| date.to_string()),
            agency: d.agency.map(str::to_owned),
        }),
        authors: page.author.as_ref().map(|a| crate::article::names_in(a.text)).unwrap_or_default(),
        author: page.author.map(TextSpan::from),
        published: page.published.map(|p| p.timestamp.to_string()),
        section: page.section.map(TextSpan::from),
        paragraphs: page.paragraphs.into_iter().map(|p| Paragraph::from(TextSpan::from(p))).collect(),
        removed: page
            .removed
            .into_iter()
            .map(|r| Removed { start: r.span.start, end: r.span.end, reason: r.reason, rule: r.rule })
            .collect(),
        rules: page.rules,
        ..Article::default()
    }
}

/// Known people, institutions and countries, for the quote finder's speaker search.
fn hints_of(entities: &[newsclip_entities::Entity<'_>]) -> Vec<Hint> {
    use newsclip_entities::EntityKind;
    let mut hints: Vec<Hint> = entities
        .iter()
        .flat_map(|e| {
            let kind = match e.kind {
                EntityKind::Person => SpeakerKind::Person,
                EntityKind::Institution => SpeakerKind::Institution,
                EntityKind::Country => SpeakerKind::Country,
            };
            e.mentions.iter().map(move |m| Hint { span: m.span, name: e.name.clone(), kind })
        })
        .collect();
    hints.sort_unstable_by_key(|h| (h.span.start, h.span.end));
    hints
}

fn entity_of(id: usize, e: newsclip_entities::Entity<'_>) -> Entity {
    Entity {
        id,
        kind: e.kind,
        name: e.name,
        code: e.code,
        country: e.country,
        title: e.title,
        mentions: e.mentions.into_iter().map(TextSpan::from).collect(),
        reference: e.reference,
    }
}

fn quote_of(q: newsclip_quotes::Quote<'_>) -> Quote {
    Quote {
        text: q.text(),
        segments: q.segments.into_iter().map(TextSpan::from).collect(),
        speaker: q.speaker.map(|s| Speaker {
            name: s.name,
            names: s.names,
            kind: s.kind,
            mention: s.mention.map(TextSpan::from),
            entity: None,
            rule: s.rule,
            attribution: s.attribution,
        }),
        cue: q.cue.map(TextSpan::from),
        partial: q.partial,
        in_title: q.in_title,
    }
}
