//! The compiled-in lexicon files and their schemas.

use crate::file::{Column, Schema, Unique, Value};

/// What a lexicon file is for: the loader builds each kind into its table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    GivenNames,
    Surnames,
    Words,
    Cues,
    Titles,
    Nominals,
    InstitutionWords,
    Countries,
    Institutions,
    Places,
    Abbreviations,
    Newsroom,
    Sections,
    Furniture,
    TimeZones,
    Pronouns,
}

/// A compiled-in lexicon file.
#[derive(Clone, Copy, Debug)]
pub(crate) struct File {
    pub(crate) name: &'static str,
    pub(crate) text: &'static str,
    pub(crate) kind: Kind,
}

const GENDER: Value = Value::Class(&["m", "f"]);

const GIVEN_NAMES: Schema = Schema {
    columns: &[Column::required("name", Value::Text), Column::optional("gender", GENDER)],
    sections: &[],
    unique: Unique::Key,
};

const SURNAMES: Schema = Schema {
    columns: &[
        Column::required("name", Value::Text),
        Column::required("class", Value::Classes(&["common", "first", "ending"])),
    ],
    sections: &[],
    unique: Unique::Key,
};

/// The classes of `words.tsv`, as [`WordClass::NAMED`](crate::WordClass) names them.
const WORD_CLASSES: &[&str] = &[
    "stop",
    "not-person",
    "modifier",
    "particle",
    "determiner",
    "preposition",
    "introducer",
    "sentence-adverb",
    "conjunction",
    "title-small",
    "connector",
    "calendar",
    "month-abbreviation",
    "kind-noun",
    "cue-blocker",
    "not-nickname",
    "wordlike-acronym",
    "opener",
    "function",
    "joins-and",
    "joins-with",
    "name-like",
    "head-tail",
];

/// The months' numbers, as `words.tsv` writes them.
pub(crate) const MONTH_NUMBERS: &[&str] = &["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];

const WORDS: Schema = Schema {
    columns: &[
        Column::required("word", Value::Text),
        Column::required("classes", Value::Classes(WORD_CLASSES)),
        Column::optional("month", Value::Class(MONTH_NUMBERS)),
    ],
    sections: &[],
    unique: Unique::Key,
};

/// Where a cue's speaker stands, as `cues.tsv` names the places
/// ([`CueSpeaker`](crate::CueSpeaker)).
pub(crate) const CUE_SPEAKERS: &[&str] = &["after", "before", "inside", "pronoun", "dropped", "subject"];

const CUES: Schema = Schema {
    columns: &[
        Column::required("phrase", Value::Text),
        Column::required("class", Value::Class(&["say", "say+", "ing", "by", "call", "act"])),
        Column::optional("speaker", Value::Classes(CUE_SPEAKERS)),
    ],
    sections: &[],
    unique: Unique::Key,
};

const TITLES: Schema = Schema {
    columns: &[
        Column::required("phrase", Value::Text),
        Column::required(
            "class",
            Value::Class(&["courtesy", "title", "modifier", "portfolio", "affiliation", "occupation"]),
        ),
        Column::optional("gender", GENDER),
        Column::optional("means", Value::Text),
    ],
    sections: &[],
    unique: Unique::Key,
};

const NOMINALS: Schema = Schema {
    columns: &[
        Column::required("noun", Value::Text),
        Column::required("kind", Value::Class(&["person", "group", "institution", "document"])),
        Column::optional("speaks_for", Value::Class(&["institution"])),
        Column::optional("fits", Value::List),
    ],
    sections: &[],
    unique: Unique::Key,
};

const INSTITUTION_WORDS: Schema = Schema {
    columns: &[
        Column::required("word", Value::Text),
        Column::required(
            "class",
            Value::Class(&["final", "leading", "both", "company", "team", "body", "part", "suffix", "prefix"]),
        ),
    ],
    sections: &[],
    unique: Unique::Key,
};

const COUNTRIES: Schema = Schema {
    columns: &[
        Column::required("code", Value::CountryCode),
        Column::required("alpha3", Value::Text),
        Column::required("name", Value::Text),
        Column::required("official", Value::Text),
        Column::optional("aliases", Value::List),
        Column::optional("demonyms", Value::List),
    ],
    sections: &[],
    unique: Unique::Key,
};

/// The kinds of `institutions.tsv`, as [`InstitutionKind::NAMED`](crate::InstitutionKind) names them.
const INSTITUTION_KINDS: &[&str] =
    &["international", "government", "military", "party", "outlet", "company", "sport", "education", "other"];

const INSTITUTIONS: Schema = Schema {
    columns: &[
        Column::required("name", Value::Text),
        Column::optional("aliases", Value::List),
        Column::optional("country", Value::CountryCode),
        Column::required("kind", Value::Class(INSTITUTION_KINDS)),
    ],
    sections: &[],
    unique: Unique::Key,
};

const PLACES: Schema =
    Schema { columns: &[Column::required("place", Value::Text)], sections: &[], unique: Unique::Key };

const ABBREVIATIONS: Schema = Schema {
    columns: &[
        Column::required("abbreviation", Value::Text),
        Column::required("class", Value::Class(&["continues", "ambiguous"])),
    ],
    sections: &[],
    unique: Unique::Key,
};

const NEWSROOM: Schema = Schema {
    columns: &[
        Column::required("word", Value::Text),
        Column::required(
            "classes",
            Value::Classes(&["desk", "lone-desk", "role-noun", "role-word", "agency", "date-cue"]),
        ),
    ],
    sections: &[],
    unique: Unique::Key,
};

/// The winter offsets of the European time zones, in hours east of UTC.
pub(crate) const EUROPEAN_OFFSETS: &[&str] = &["0", "1", "2"];

const TIME_ZONES: Schema = Schema {
    columns: &[Column::required("city", Value::Text), Column::required("utc", Value::Class(EUROPEAN_OFFSETS))],
    sections: &[],
    unique: Unique::Key,
};

const PRONOUNS: Schema = Schema {
    columns: &[
        Column::required("pronoun", Value::Text),
        Column::required("person", Value::Class(&["1", "2", "3"])),
        Column::optional("gender", GENDER),
        Column::optional("number", Value::Class(&["sg", "pl"])),
    ],
    sections: &[],
    unique: Unique::Key,
};

const SECTIONS: Schema =
    Schema { columns: &[Column::required("label", Value::Text)], sections: &[], unique: Unique::Key };

/// The families of `furniture.tsv`, as [`FurnitureFamily::NAMED`](crate::FurnitureFamily) names them.
const FURNITURE_FAMILIES: &[&str] = &[
    "navigation",
    "ticker",
    "related",
    "share",
    "cookie_banner",
    "advertisement",
    "support",
    "caption",
    "comments",
    "comment_meta",
    "tags",
    "footer",
    "byline",
    "inline_related",
];

const FURNITURE: Schema = Schema {
    columns: &[
        Column::required("phrase", Value::Text),
        Column::required("anchor", Value::Class(&["start", "end", "whole", "anywhere"])),
    ],
    sections: FURNITURE_FAMILIES,
    unique: Unique::FirstTwo,
};

impl Kind {
    pub(crate) const fn schema(self) -> &'static Schema {
        match self {
            Kind::GivenNames => &GIVEN_NAMES,
            Kind::Surnames => &SURNAMES,
            Kind::Words => &WORDS,
            Kind::Cues => &CUES,
            Kind::Titles => &TITLES,
            Kind::Nominals => &NOMINALS,
            Kind::InstitutionWords => &INSTITUTION_WORDS,
            Kind::Countries => &COUNTRIES,
            Kind::Institutions => &INSTITUTIONS,
            Kind::Places => &PLACES,
            Kind::Abbreviations => &ABBREVIATIONS,
            Kind::Newsroom => &NEWSROOM,
            Kind::Sections => &SECTIONS,
            Kind::Furniture => &FURNITURE,
            Kind::TimeZones => &TIME_ZONES,
            Kind::Pronouns => &PRONOUNS,
        }
    }
}

/// The compiled-in resources of one language.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Language {
    /// The ISO 639-1 code, which names the directory under `data/`.
    pub(crate) code: &'static str,
    pub(crate) files: &'static [File],
}

/// A language's files: `Kind => "file"` in its own directory, `Kind =>
/// "file" in "dir"` in another language's (the given names all languages share).
macro_rules! language {
    ($code:literal: $($kind:ident => $name:literal $(in $dir:literal)?,)*) => {
        Language {
            code: $code,
            files: &[
                $(File {
                    name: language!(@path $code $($dir)?, $name),
                    text: include_str!(concat!("../data/", language!(@path $code $($dir)?, $name))),
                    kind: Kind::$kind,
                },)*
            ],
        }
    };
    (@path $code:literal $dir:literal, $name:literal) => { concat!($dir, "/", $name) };
    (@path $code:literal, $name:literal) => { concat!($code, "/", $name) };
}

/// A language with every table quotes, entities and the stripper read (German, French,
/// Spanish): its own files, and the English given names, surnames, institutions and places.
macro_rules! full_language {
    ($code:literal) => {
        language! { $code:
            Words => "words.tsv",
            Words => "name_words.tsv",
            Furniture => "furniture.tsv",
            Newsroom => "newsroom.tsv",
            GivenNames => "given_names.tsv",
            GivenNames => "given_names.tsv" in "en",
            Surnames => "surnames.tsv" in "en",
            Titles => "titles.tsv",
            Cues => "cues.tsv",
            InstitutionWords => "institution_words.tsv",
            Countries => "countries.tsv",
            Institutions => "institutions.tsv",
            Institutions => "institutions.tsv" in "en",
            Places => "places.tsv" in "en",
            Pronouns => "pronouns.tsv",
            Nominals => "nominals.tsv",
        }
    };
}

/// Every compiled-in language: English, German, French and Spanish in full, and
/// the function and joining words of the other languages whose pages the
/// stripper reads.
pub(crate) const LANGUAGES: &[Language] = &[
    language! { "en":
        Words => "words.tsv",
        Abbreviations => "abbreviations.tsv",
        GivenNames => "given_names.tsv",
        Surnames => "surnames.tsv",
        Titles => "titles.tsv",
        Nominals => "nominals.tsv",
        Cues => "cues.tsv",
        InstitutionWords => "institution_words.tsv",
        Countries => "countries.tsv",
        Institutions => "institutions.tsv",
        Places => "places.tsv",
        Newsroom => "newsroom.tsv",
        Sections => "sections.tsv",
        Furniture => "furniture.tsv",
        TimeZones => "time_zones.tsv",
    },
    full_language!("de"),
    full_language!("fr"),
    full_language!("es"),
    language! { "pt": Words => "words.tsv", },
    language! { "it": Words => "words.tsv", },
    language! { "nl": Words => "words.tsv", },
];

/// Every compiled-in file, of every language.
#[cfg(test)]
pub(crate) fn files() -> impl Iterator<Item = &'static File> {
    LANGUAGES.iter().flat_map(|language| language.files)
}
