//! The language of a page: identified from a sample of its prose with
//! [`whatlang`], with the language the HTML declares as a prior.
//!
//! # Why whatlang
//!
//! Measured on short news text in English, German, Spanish and French (4,131,
//! 2,327, 3,195 and 180 items: snippets, sentences, paragraphs, pages), against
//! `whichlang` 0.1 and `lingua` 1.8:
//!
//! * whatlang names the language of every page of 200 characters or more in
//!   all four languages (100%), and of 99.7% of texts of 200 to 500
//!   characters; it costs about 100 µs on a 1 KB sample (80 µs on the 512
//!   bytes newsclip reads), ~350 KB of binary
//!   and no `unsafe`.
//! * It knows 69 languages, so a page in Catalan, Polish, Romanian, Swedish,
//!   Czech, Turkish or Danish is *named* (all were, in the test), not taken
//!   for the nearest supported language: `whichlang` (16 fixed languages,
//!   faster) read Catalan as Spanish and Romanian as French, and English rules
//!   would then run on them.
//! * `lingua` is the most accurate on snippets (98% on five words), but costs
//!   35 to 290 MB of binary and 1 to 10 ms a page, more than the whole
//!   pipeline.
//!
//! Ten rarely met Latin-script languages that took most of the misses on
//! short English, German and Spanish text (Afrikaans, Tagalog, Uzbek,
//! Esperanto, Latin, Javanese, Shona, Zulu, Akan, Turkmen) are left out of the
//! candidates.
//!
//! # How the language is chosen
//!
//! A sample of 40 words or more of which a quarter are English function words
//! is English without asking whatlang (see [`reads_as_english`]).
//!
//! The sample is the page's prose lines (sentences of [`MIN_PROSE_WORDS`]
//! words or more, without markup or code; menus, headlines, result tables and
//! scripts say little), up to [`SAMPLE_BYTES`] bytes; a page without such lines
//! is sampled whole. Then:
//!
//! * a language the page declares (`<html lang>`, `og:locale`,
//!   `Content-Language`) is reported when the text agrees, or when the text is
//!   too short or too mixed to judge (not reliably identified); text that reliably reads as another language wins, with a
//!   warning;
//! * otherwise the detected language is reported when whatlang is sure of it
//!   (its `is_reliable`, right 100% of the time it says so in the
//!   measurements) or the text is not in the Latin script; an unreliable
//!   guess in the Latin script (a sentence or two, a table of results, a page
//!   of menus) is settled among the supported languages when one of them
//!   fits with a confidence of 0.5 or more, and is English otherwise: such
//!   guesses are wrong 26 to 55% of the time, and an English page taken for
//!   Danish would lose its quotes and entities.
use std::sync::OnceLock;

use newsclip_lexicon::{Lexicon, WordClass};
use whatlang::{Detector, Lang, Script};

/// The languages whose quote finder and entity tagger newsclip has
/// resources for, as ISO 639-1 codes.
pub const SUPPORTED: &[&str] = &["en", "de", "fr", "es"];

/// Most bytes of prose the detector reads.
pub(crate) const SAMPLE_BYTES: usize = 512;
/// A line of at least this many words is prose for the sample.
pub(crate) const MIN_PROSE_WORDS: usize = 8;
/// The confidence an unreliable guess among the supported languages needs to beat English.
/// On the development sets (read in place), 0.5 keeps 215 of 216 English documents English (at
/// 0: 208; the others are tables of sports results), and costs 27 of 1,066 German sentences and
/// 6 of 204 Spanish newswire lines (datelines, lists of names), read as English.
const MIN_SETTLED_CONFIDENCE: f64 = 0.5;
/// A sample shorter than this, in characters, is topped up from more of the page.
pub(crate) const JUDGED_CHARS: usize = 200;

/// The warning for a page in a language without resources (`code` is its ISO 639-1 code).
#[must_use]
pub(crate) fn unsupported_warning(code: &str) -> String {
    format!(
        "language '{code}' is not supported: quotes and entities were not extracted (supported: {})",
        SUPPORTED.join(", ")
    )
}

/// The warning for a page whose language could not be identified.
#[must_use]
pub(crate) fn unidentified_warning() -> String {
    format!(
        "language could not be identified: quotes and entities were not extracted (supported: {})",
        SUPPORTED.join(", ")
    )
}

/// The warning for a page whose text reads as another language than it declares.
#[must_use]
pub(crate) fn mismatch_warning(declared: &str, detected: &str) -> String {
    format!("language '{declared}' declared by the page, but its text reads as '{detected}': '{detected}' was used")
}

/// The language of a page, and what the user should know about it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct PageLanguage {
    /// ISO 639-1, `None` when the text has no language to identify.
    pub(crate) code: Option<&'static str>,
    pub(crate) warnings: Vec<String>,
}

impl PageLanguage {
    /// Whether the quote finder and the entity tagger have resources for the language.
    pub(crate) fn is_supported(&self) -> bool {
        self.code.is_some_and(|code| SUPPORTED.contains(&code))
    }

    /// The warning that quotes and entities were not extracted, if they were not.
    pub(crate) fn skip_warning(&self) -> Option<String> {
        match self.code {
            None => Some(unidentified_warning()),
            Some(code) if !SUPPORTED.contains(&code) => Some(unsupported_warning(code)),
            Some(_) => None,
        }
    }
}

/// The detector over all of whatlang's languages but the rare ones.
fn detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| {
        Detector::with_denylist(vec![
            Lang::Afr,
            Lang::Tgl,
            Lang::Uzb,
            Lang::Epo,
            Lang::Lat,
            Lang::Jav,
            Lang::Sna,
            Lang::Zul,
            Lang::Aka,
            Lang::Tuk,
        ])
    })
}

/// The detector over the supported languages only, for short Latin-script text.
fn supported_detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| Detector::with_allowlist(vec![Lang::Eng, Lang::Deu, Lang::Fra, Lang::Spa]))
}

/// The prose of `lines` to identify the language on: lines of [`MIN_PROSE_WORDS`] words or
/// more, up to [`SAMPLE_BYTES`]; every line when there are too few of those.
pub(crate) fn sample<'a>(lines: impl Iterator<Item = &'a str> + Clone) -> String {
    let mut sample = String::new();
    let prose = lines.clone().filter(|line| is_prose(line));
    fill(&mut sample, prose);
    if sample.chars().count() < JUDGED_CHARS {
        sample.clear();
        fill(&mut sample, lines);
    }
    sample
}

/// Whether `line` reads as prose: [`MIN_PROSE_WORDS`] words or more, ending a sentence, without
/// the brackets and operators of markup and code that scrapers leave in.
fn is_prose(line: &str) -> bool {
    let line = line.trim();
    let ends_sentence = line.trim_end_matches(['"', '\'', '”', '’', '»', ')']).ends_with(['.', '!', '?', '…']);
    ends_sentence
        && line.split_whitespace().nth(MIN_PROSE_WORDS - 1).is_some()
        && !line.contains(['<', '>', '{', '}', '=', ';', '|'])
}

/// Appends `lines` to `sample` up to [`SAMPLE_BYTES`], cut on a character boundary.
fn fill<'a>(sample: &mut String, lines: impl Iterator<Item = &'a str>) {
    for line in lines.map(str::trim).filter(|l| !l.is_empty()) {
        let room = SAMPLE_BYTES.saturating_sub(sample.len());
        if room == 0 {
            break;
        }
        if !sample.is_empty() {
            sample.push('\n');
        }
        let mut cut = room.min(line.len());
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        sample.push_str(&line[..cut]);
    }
}

/// The language of a page whose prose is `sample`, and which declares `declared` (a language
/// tag such as `de-AT`), if it does.
pub(crate) fn identify(sample: &str, declared: Option<&str>) -> PageLanguage {
    let declared = declared.and_then(primary_code);
    if reads_as_english(sample) {
        let warnings = declared.filter(|&d| d != "en").map(|d| mismatch_warning(d, "en")).into_iter().collect();
        return PageLanguage { code: Some("en"), warnings };
    }
    let info = detector().detect(sample);
    let reliable = info.as_ref().is_some_and(whatlang::Info::is_reliable);
    let detected = info.as_ref().and_then(|info| {
        if reliable || info.script() != Script::Latin {
            iso_639_1(info.lang())
        } else {
            let guess = supported_detector().detect(sample).filter(|g| g.confidence() >= MIN_SETTLED_CONFIDENCE);
            Some(guess.and_then(|g| iso_639_1(g.lang())).unwrap_or("en"))
        }
    });
    match (declared, detected) {
        (Some(declared), Some(detected)) if reliable && declared != detected => {
            PageLanguage { code: Some(detected), warnings: vec![mismatch_warning(declared, detected)] }
        }
        (Some(declared), _) => PageLanguage { code: Some(declared), warnings: Vec::new() },
        (None, detected) => PageLanguage { code: detected, warnings: Vec::new() },
    }
}

/// Whether `sample` is surely English without asking whatlang: [`MIN_FAST_WORDS`] words or more,
/// a quarter of them or more English function words (`the`, `of`, `said` …). English news prose
/// holds 25 to 64% (the 1st percentile of the development sets' pages is 25%); German, French and
/// Spanish news at most 12%. It saves the detector's ~80 µs on most English pages, a tenth of
/// the pipeline's time on a clean article.
fn reads_as_english(sample: &str) -> bool {
    let english = Lexicon::english();
    let (mut words, mut function) = (0usize, 0usize);
    for word in sample.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        words += 1;
        function += usize::from(english.entry(word).is(WordClass::Function));
    }
    words >= MIN_FAST_WORDS && 4 * function >= words
}

/// Fewest words of a sample that [`reads_as_english`] judges.
const MIN_FAST_WORDS: usize = 40;

/// The ISO 639-1 code of a language tag's primary subtag (`de-AT`, `fr_CA`, `ES`), if it is
/// one of the languages whatlang knows.
pub(crate) fn primary_code(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    match primary.len() {
        2 if primary == "no" || primary == "nn" => Some("nb"),
        2 => CODES.iter().map(|&(_, two)| two).find(|&two| two == primary),
        3 => CODES.iter().find(|&&(three, _)| three == primary).map(|&(_, two)| two),
        _ => None,
    }
}

/// The ISO 639-1 code of a whatlang language.
fn iso_639_1(lang: Lang) -> Option<&'static str> {
    let three = lang.code();
    CODES.iter().find(|&&(code, _)| code == three).map(|&(_, two)| two)
}

/// whatlang's ISO 639-3 codes and their ISO 639-1 codes (Mandarin as `zh`, Persian as `fa`,
/// Norwegian Bokmål as `nb`).
const CODES: &[(&str, &str)] = &[
    ("epo", "eo"),
    ("eng", "en"),
    ("rus", "ru"),
    ("cmn", "zh"),
    ("spa", "es"),
    ("por", "pt"),
    ("ita", "it"),
    ("ben", "bn"),
    ("fra", "fr"),
    ("deu", "de"),
    ("ukr", "uk"),
    ("kat", "ka"),
    ("ara", "ar"),
    ("hin", "hi"),
    ("jpn", "ja"),
    ("heb", "he"),
    ("yid", "yi"),
    ("pol", "pl"),
    ("amh", "am"),
    ("jav", "jv"),
    ("kor", "ko"),
    ("nob", "nb"),
    ("dan", "da"),
    ("swe", "sv"),
    ("fin", "fi"),
    ("tur", "tr"),
    ("nld", "nl"),
    ("hun", "hu"),
    ("ces", "cs"),
    ("ell", "el"),
    ("bul", "bg"),
    ("bel", "be"),
    ("mar", "mr"),
    ("kan", "kn"),
    ("ron", "ro"),
    ("slv", "sl"),
    ("hrv", "hr"),
    ("srp", "sr"),
    ("mkd", "mk"),
    ("lit", "lt"),
    ("lav", "lv"),
    ("est", "et"),
    ("tam", "ta"),
    ("vie", "vi"),
    ("urd", "ur"),
    ("tha", "th"),
    ("guj", "gu"),
    ("uzb", "uz"),
    ("pan", "pa"),
    ("aze", "az"),
    ("ind", "id"),
    ("tel", "te"),
    ("pes", "fa"),
    ("mal", "ml"),
    ("ori", "or"),
    ("mya", "my"),
    ("nep", "ne"),
    ("sin", "si"),
    ("khm", "km"),
    ("tuk", "tk"),
    ("aka", "ak"),
    ("zul", "zu"),
    ("sna", "sn"),
    ("afr", "af"),
    ("lat", "la"),
    ("slk", "sk"),
    ("cat", "ca"),
    ("tgl", "tl"),
    ("hye", "hy"),
    ("cym", "cy"),
];

#[cfg(test)]
mod tests {
    use super::*;

    const GERMAN: &str = "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt \
        beschlossen. Die Opposition kritisierte, dass die Mittel für Schulen und Straßen nicht \
        ausreichen würden, und kündigte an, im nächsten Jahr einen eigenen Entwurf vorzulegen.";
    const ENGLISH: &str = "The city council approved the new budget on Tuesday after a long debate. \
        The opposition said the money for schools and roads would not be enough, and announced \
        that it would present a plan of its own next year.";

    #[test]
    fn every_whatlang_language_has_a_code() {
        for lang in Lang::all() {
            assert!(iso_639_1(*lang).is_some(), "{lang:?}");
        }
    }

    #[test]
    fn tags_reduce_to_their_primary_code() {
        assert_eq!(primary_code("de-AT"), Some("de"));
        assert_eq!(primary_code("fr_CA"), Some("fr"));
        assert_eq!(primary_code(" ES "), Some("es"));
        assert_eq!(primary_code("deu"), Some("de"));
        assert_eq!(primary_code("x-klingon"), None);
        assert_eq!(primary_code(""), None);
    }

    #[test]
    fn text_decides_when_nothing_is_declared() {
        assert_eq!(identify(GERMAN, None).code, Some("de"));
        assert_eq!(identify(ENGLISH, None).code, Some("en"));
        assert_eq!(identify("", None), PageLanguage::default());
    }

    #[test]
    fn declared_language_holds_unless_the_text_disagrees() {
        assert_eq!(identify(GERMAN, Some("de-DE")), PageLanguage { code: Some("de"), warnings: Vec::new() });
        assert_eq!(identify("Kurz.", Some("de")).code, Some("de"));
        let wrong = identify(ENGLISH, Some("no"));
        assert_eq!(wrong.code, Some("en"));
        assert_eq!(wrong.warnings, [mismatch_warning("nb", "en")]);
    }

    #[test]
    fn the_sample_prefers_prose_lines() {
        let page = format!("Home | News | Sport\n{ENGLISH}\nShare");
        let sample = sample(page.lines());
        assert!(sample.starts_with("The city council") && !sample.contains("Home"));
        let long = ENGLISH.repeat(10);
        assert!(super::sample(core::iter::once(long.as_str())).len() <= SAMPLE_BYTES);
        let greek = "Ωραία μέρα σήμερα στην Αθήνα για όλους μας.";
        assert_eq!(super::sample(core::iter::once(greek)), greek);
    }

    #[test]
    fn warnings_are_stable() {
        assert_eq!(
            unsupported_warning("ru"),
            "language 'ru' is not supported: quotes and entities were not extracted (supported: en, de, fr, es)"
        );
        assert_eq!(
            PageLanguage { code: None, warnings: Vec::new() }.skip_warning().as_deref(),
            Some(
                "language could not be identified: quotes and entities were not extracted (supported: en, de, fr, es)"
            )
        );
    }
}
