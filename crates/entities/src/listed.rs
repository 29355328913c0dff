//! Every listed phrase of a lexicon (country names and demonyms,
//! institutions, people of a user lexicon, places, roles) in one gazetteer,
//! so that each region is scanned once.

use std::sync::{Arc, OnceLock};

use newsclip_lexicon::Lexicon;
use once_cell::sync::Lazy;

use crate::countries::{CountryPhrase, Form};
use crate::gazetteer::{CasePolicy, Gazetteer};
use crate::lexicon::{self, RoleKind};

/// What a listed phrase names.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Listed {
    Country(CountryPhrase),
    /// The institution with this index in the lexicon.
    Institution(u32),
    /// The person with this index in the lexicon (a user lexicon's).
    Person(u32),
    /// A city or region that is neither a country nor a person.
    Place,
    Role(RoleKind),
}

/// The phrases of one lexicon, compiled.
#[derive(Debug)]
pub(crate) struct Phrases {
    gazetteer: Gazetteer<Listed>,
}

impl Phrases {
    /// The phrases of `lexicon`, compiled (some milliseconds).
    pub(crate) fn new(lexicon: &Lexicon) -> Phrases {
        let mut phrases: Vec<(Box<str>, Listed, CasePolicy)> = Vec::new();
        for country in lexicon.countries() {
            let code = country.code();
            for name in country.names() {
                phrases.push((
                    name.into(),
                    Listed::Country(CountryPhrase { code, form: Form::Name }),
                    CasePolicy::Proper,
                ));
            }
            for demonym in country.demonyms() {
                let value = Listed::Country(CountryPhrase { code, form: Form::Demonym });
                phrases.push((demonym.into(), value, CasePolicy::Proper));
            }
        }
        for (i, institution) in lexicon.institutions().iter().enumerate() {
            let index = u32::try_from(i).unwrap_or(u32::MAX);
            phrases.extend(institution.names().map(|n| (n.into(), Listed::Institution(index), CasePolicy::Proper)));
        }
        for (i, person) in lexicon.people().iter().enumerate() {
            let index = u32::try_from(i).unwrap_or(u32::MAX);
            phrases.extend(person.names().map(|n| (n.into(), Listed::Person(index), CasePolicy::Proper)));
        }
        phrases.extend(lexicon.places().map(|p| (p.into(), Listed::Place, CasePolicy::Proper)));
        phrases.extend(lexicon::roles(lexicon).map(|(p, kind)| (p.into(), Listed::Role(kind), CasePolicy::Any)));
        Phrases { gazetteer: Gazetteer::new(phrases) }
    }

    /// The compiled phrases of the compiled-in lexicon, built on first use.
    pub(crate) fn english() -> Arc<Phrases> {
        static ENGLISH: Lazy<Arc<Phrases>> = Lazy::new(|| Arc::new(Phrases::new(Lexicon::english())));
        Arc::clone(&ENGLISH)
    }

    /// The compiled phrases of a compiled-in language's lexicon, built on
    /// first use; `None` for a language the lexicon does not have.
    pub(crate) fn for_language(code: &str) -> Option<Arc<Phrases>> {
        static LOADED: [OnceLock<Arc<Phrases>>; 8] = [const { OnceLock::new() }; 8];
        if code == "en" {
            return Some(Phrases::english());
        }
        let lexicon = Lexicon::for_language(code)?;
        let i = Lexicon::languages().position(|l| l == code)?;
        Some(Arc::clone(LOADED.get(i)?.get_or_init(|| Arc::new(Phrases::new(lexicon)))))
    }

    pub(crate) fn gazetteer(&self) -> &Gazetteer<Listed> {
        &self.gazetteer
    }
}
