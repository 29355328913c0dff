//! The named rules of the tagger: each mention of an entity says which rule
//! found it ([`Mention::rule`](crate::Mention::rule)).

use newsclip_text::Rule;

/// A listed country name or alias.
pub const COUNTRY_NAME: Rule =
    Rule::new("entities.country.name", "a listed name or alias of a country (Armenia, U.S., Holland)");
/// A listed demonym or adjective.
pub const COUNTRY_DEMONYM: Rule =
    Rule::new("entities.country.demonym", "a listed demonym or adjective of a country (Armenian, Dutch)");
/// A listed institution.
pub const INSTITUTION_LISTED: Rule = Rule::new(
    "entities.institution.listed",
    "a listed institution's name, alias or acronym (United Nations, UN), built in or from a user lexicon",
);
/// A capitalized name with an institution's head word.
pub const INSTITUTION_HEAD_WORD: Rule = Rule::new(
    "entities.institution.head-word",
    "capitalized words ending in, or led by, an institution's head word (State Department, Ministry of Defense)",
);
/// A head word alone, capitalized.
pub const INSTITUTION_LONE_HEAD: Rule = Rule::new(
    "entities.institution.lone-head",
    "a head word alone, capitalized inside a sentence where common nouns are lowercase (el Gobierno)",
);
/// Names joined by an ampersand.
pub const INSTITUTION_AMPERSAND: Rule =
    Rule::new("entities.institution.ampersand", "capitalized names joined by an ampersand (Marks & Spencer)");
/// A name beside a noun of its kind.
pub const INSTITUTION_KIND_NOUN: Rule = Rule::new(
    "entities.institution.kind-noun",
    "a capitalized name beside a noun of its kind (the Warsaw daily, the Chega party)",
);
/// A name defining an acronym.
pub const INSTITUTION_ACRONYM_DEFINITION: Rule = Rule::new(
    "entities.institution.acronym-definition",
    "capitalized words whose initials spell the acronym in brackets after them (Full Name (FN))",
);
/// A bare acronym.
pub const INSTITUTION_ACRONYM: Rule =
    Rule::new("entities.institution.acronym", "an acronym in capitals in mixed-case text (KDP, OSCE)");
/// A reference by head word.
pub const INSTITUTION_REFERENCE: Rule = Rule::new(
    "entities.institution.reference",
    "`the Department`: the latest institution whose name ends in that head word",
);
/// A town and a plural nickname.
pub const TEAM_NICKNAME: Rule =
    Rule::new("entities.team.nickname", "a listed town or region and a plural nickname (Seattle Mariners)");
/// A side of a result or a league table.
pub const TEAM_RESULT: Rule = Rule::new(
    "entities.team.result",
    "a side of a result line or a row of a league table (Leyton Orient 2 Hartlepool 0)",
);
/// A title before the name.
pub const PERSON_TITLE: Rule = Rule::new(
    "entities.person.title",
    "a title or role right before the name (President Okafor, spokeswoman Dana Reyes)",
);
/// A name set off by commas after a title.
pub const PERSON_TITLE_APPOSITION: Rule = Rule::new(
    "entities.person.title-apposition",
    "a name set off by commas right after a title (Ukraine's foreign minister, Dmytro Kuleba,)",
);
/// A listed given name or an initial opening the name.
pub const PERSON_GIVEN_NAME: Rule =
    Rule::new("entities.person.given-name", "a name of two or more words opened by a listed given name or an initial");
/// A listed family name ending a two-word name.
pub const PERSON_COMMON_SURNAME: Rule =
    Rule::new("entities.person.common-surname", "a two-word name ending in a listed common family name (Jansher Khan)");
/// An East Asian family name written first.
pub const PERSON_FAMILY_NAME_FIRST: Rule =
    Rule::new("entities.person.family-name-first", "a listed East Asian family name written first (Wang Dan)");
/// A middle initial.
pub const PERSON_MIDDLE_INITIAL: Rule =
    Rule::new("entities.person.middle-initial", "a name of three or more words with an initial inside (Paul R. Varga)");
/// The possessive of a country or institution before the name.
pub const PERSON_POSSESSIVE_OWNER: Rule = Rule::new(
    "entities.person.possessive-owner",
    "the possessive of a country or institution right before the name (Russia's Vladimir Putin)",
);
/// A title in apposition after the name.
pub const PERSON_APPOSITION: Rule =
    Rule::new("entities.person.apposition", "a title in apposition after the name (Ned Price, the spokesperson,)");
/// A verb of a person after the name.
pub const PERSON_CUE_VERB: Rule = Rule::new(
    "entities.person.cue-verb",
    "a verb whose subject is a person right after the name (Patel said, Okafor met)",
);
/// A family-name ending.
pub const PERSON_SURNAME_ENDING: Rule = Rule::new(
    "entities.person.surname-ending",
    "a last word ending like a family name in the news (Kasymov, Sargsyan)",
);
/// A speech verb before the name.
pub const PERSON_CUE_BEFORE: Rule = Rule::new(
    "entities.person.cue-before",
    "a speech verb right before a name that ends the clause (said Stig Larsen.)",
);
/// A name alone on its line.
pub const PERSON_ALONE_ON_LINE: Rule =
    Rule::new("entities.person.alone-on-line", "a name of two or more words alone on its line (a byline or caption)");
/// A listed person.
pub const PERSON_LISTED: Rule =
    Rule::new("entities.person.listed", "a person listed in a user lexicon, by name or alias");
/// Another mention of a name found with evidence.
pub const MENTION_REPEAT: Rule = Rule::new(
    "entities.mention.repeat",
    "a form of a name found with evidence elsewhere in the document: the full name, the surname, a family name first",
);

/// Every rule of the tagger.
pub const ALL: &[Rule] = &[
    COUNTRY_NAME,
    COUNTRY_DEMONYM,
    INSTITUTION_LISTED,
    INSTITUTION_HEAD_WORD,
    INSTITUTION_LONE_HEAD,
    INSTITUTION_AMPERSAND,
    INSTITUTION_KIND_NOUN,
    INSTITUTION_ACRONYM_DEFINITION,
    INSTITUTION_ACRONYM,
    INSTITUTION_REFERENCE,
    TEAM_NICKNAME,
    TEAM_RESULT,
    PERSON_TITLE,
    PERSON_TITLE_APPOSITION,
    PERSON_GIVEN_NAME,
    PERSON_COMMON_SURNAME,
    PERSON_FAMILY_NAME_FIRST,
    PERSON_MIDDLE_INITIAL,
    PERSON_POSSESSIVE_OWNER,
    PERSON_APPOSITION,
    PERSON_CUE_VERB,
    PERSON_SURNAME_ENDING,
    PERSON_CUE_BEFORE,
    PERSON_ALONE_ON_LINE,
    PERSON_LISTED,
    MENTION_REPEAT,
];

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_well_formed_and_unique() {
        assert_eq!(newsclip_text::check_rules(super::ALL), Ok(()));
        assert!(super::ALL.iter().all(|r| r.id().starts_with("entities.")));
    }
}
