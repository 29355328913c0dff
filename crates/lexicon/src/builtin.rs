//! The compiled-in lexicon files and their schemas.

use crate::file::{Column, Schema, Unique, Value};

/// The language of the compiled-in lexicon.
pub(crate) const LANGUAGE: &str = "en";

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
];

const WORDS: Schema = Schema {
    columns: &[Column::required("word", Value::Text), Column::required("classes", Value::Classes(WORD_CLASSES))],
    sections: &[],
    unique: Unique::Key,
};

const CUES: Schema = Schema {
    columns: &[
        Column::required("phrase", Value::Text),
        Column::required("class", Value::Class(&["say", "say+", "ing", "by", "call", "act"])),
    ],
    sections: &[],
    unique: Unique::Key,
};

const TITLES: Schema = Schema {
    columns: &[
        Column::required("phrase", Value::Text),
        Column::required("class", Value::Class(&["courtesy", "title", "modifier", "portfolio", "affiliation"])),
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
    ],
    sections: &[],
    unique: Unique::Key,
};

const INSTITUTION_WORDS: Schema = Schema {
    columns: &[
        Column::required("word", Value::Text),
        Column::required("class", Value::Class(&["final", "leading", "both", "company", "team", "body", "part"])),
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
        }
    }
}

macro_rules! files {
    ($($kind:ident => $name:literal,)*) => {
        /// Every compiled-in file of the English lexicon.
        pub(crate) const FILES: &[File] = &[
            $(File { name: concat!("en/", $name), text: include_str!(concat!("../data/en/", $name)), kind: Kind::$kind },)*
        ];
    };
}

files! {
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
}
