//! Every listed phrase (country names and demonyms, institutions, places,
//! roles) in one gazetteer, so that each region is scanned once.

use once_cell::sync::Lazy;

use crate::countries::{self, CountryPhrase};
use crate::gazetteer::{CasePolicy, Gazetteer};
use crate::institutions::{self, InstitutionPhrase};
use crate::lexicon::{self, RoleKind};

/// What a listed phrase names.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Listed {
    Country(CountryPhrase),
    Institution(&'static InstitutionPhrase),
    /// A city or region that is neither a country nor a person.
    Place,
    Role(RoleKind),
}

static PHRASES: Lazy<Gazetteer<Listed>> = Lazy::new(|| {
    let countries = countries::table().phrases().iter().map(|&(p, c)| (p, Listed::Country(c), CasePolicy::Proper));
    let institutions = institutions::table().phrases().map(|(p, i)| (p, Listed::Institution(i), CasePolicy::Proper));
    let places = lexicon::places().map(|p| (p, Listed::Place, CasePolicy::Proper));
    let roles = lexicon::roles().map(|(p, kind)| (p, Listed::Role(kind), CasePolicy::Any));
    Gazetteer::new(countries.chain(institutions).chain(places).chain(roles))
});

/// The compiled-in phrases of all lists, built on first use.
pub(crate) fn phrases() -> &'static Gazetteer<Listed> {
    &PHRASES
}
