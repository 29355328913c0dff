//! The named rules of the quote finder: how a quotation's speaker is found
//! in the text ([`Speaker::attribution`](crate::Speaker::attribution)) and
//! how the mention found becomes a name ([`Speaker::rule`](crate::Speaker::rule)).

use newsclip_text::Rule;

/// The speaker right after the quotation, with its cue.
pub const ATTRIBUTION_AFTER: Rule = Rule::new(
    "quotes.attribution.after",
    "the speaker right after the quotation, with its cue (“…,” she said; “…,” said Omar Haddad)",
);
/// The subject of a cue earlier in the quotation's sentence.
pub const ATTRIBUTION_BEFORE: Rule = Rule::new(
    "quotes.attribution.before",
    "the subject of a cue earlier in the quotation's sentence (Haddad said: “…”; “A,” she said, “B”)",
);
/// `according to X` in the quotation's sentence.
pub const ATTRIBUTION_ACCORDING_TO: Rule =
    Rule::new("quotes.attribution.according-to", "the speaker after `according to` or a passive `by` in the sentence");
/// A colon introducing the quotation.
pub const ATTRIBUTION_COLON: Rule = Rule::new(
    "quotes.attribution.colon",
    "the name before the colon that introduces the quotation, or the subject of the sentence it ends",
);
/// The sentence before the quotation.
pub const ATTRIBUTION_REPORTED: Rule = Rule::new(
    "quotes.attribution.reported",
    "the sentence before: its reported speech (Varga argues that …) or the person it is about",
);
/// The sentence after a quotation opening its paragraph.
pub const ATTRIBUTION_NEXT_SENTENCE: Rule = Rule::new(
    "quotes.attribution.next-sentence",
    "for a quotation opening its paragraph, the sentence after it that says whose words they were (That was the verdict of X)",
);
/// The quotation before it in the same sentence.
pub const ATTRIBUTION_SAME_SENTENCE: Rule =
    Rule::new("quotes.attribution.same-sentence", "the speaker of the quotation before it in the same sentence");
/// No attribution of its own: the previous speaker goes on.
pub const ATTRIBUTION_CONTINUED: Rule = Rule::new(
    "quotes.attribution.continued",
    "no attribution of its own: the previous speaker goes on (up to two paragraphs on, or after `adding`)",
);

/// The mention is the name as written.
pub const SPEAKER_AS_WRITTEN: Rule =
    Rule::new("quotes.speaker.as-written", "the mention is the speaker's name as written");
/// The mention is a known entity's.
pub const SPEAKER_ENTITY: Rule =
    Rule::new("quotes.speaker.entity", "the mention is a known entity's (a hint, such as the entity tagger's)");
/// A surname or other word of a full name written earlier.
pub const SPEAKER_SURNAME: Rule = Rule::new(
    "quotes.speaker.surname",
    "a surname, or another word of a full name written earlier, stands for that name",
);
/// A spokesperson speaks for an institution.
pub const SPEAKER_SPOKESPERSON: Rule = Rule::new(
    "quotes.speaker.spokesperson",
    "a spokesperson or officials of an institution (a spokeswoman for X, an X spokesman, officials at X) speak as X",
);
/// A pronoun and whom its sentence is about.
pub const SPEAKER_PRONOUN_SALIENT: Rule = Rule::new(
    "quotes.speaker.pronoun-salient",
    "he, she, it or they stands for whom its sentence, or the sentence before, is about",
);
/// A pronoun and the latest compatible name.
pub const SPEAKER_PRONOUN_LATEST: Rule =
    Rule::new("quotes.speaker.pronoun-latest", "he, she, it or they stands for the latest compatible name");
/// A description by role.
pub const SPEAKER_ROLE_ANTECEDENT: Rule = Rule::new(
    "quotes.speaker.role-antecedent",
    "a description by role (the spokeswoman) stands for the person introduced with that role",
);
/// A definite description of a person.
pub const SPEAKER_PERSON_ANTECEDENT: Rule = Rule::new(
    "quotes.speaker.person-antecedent",
    "a definite description (the lawyer) stands for the person the text is about",
);
/// A description of an institution.
pub const SPEAKER_INSTITUTION_ANTECEDENT: Rule = Rule::new(
    "quotes.speaker.institution-antecedent",
    "a description (the ministry, the company) stands for the latest institution so named, or the one the text is about",
);
/// A counted description.
pub const SPEAKER_COUNTED_GROUP: Rule = Rule::new(
    "quotes.speaker.counted-group",
    "a counted description (the two agencies, both men) stands for the group named together",
);
/// Nothing resolves the mention.
pub const SPEAKER_UNRESOLVED: Rule =
    Rule::new("quotes.speaker.unresolved", "nothing resolves the mention: the speaker is the words as written");

/// Every rule of the quote finder.
pub const ALL: &[Rule] = &[
    ATTRIBUTION_AFTER,
    ATTRIBUTION_BEFORE,
    ATTRIBUTION_ACCORDING_TO,
    ATTRIBUTION_COLON,
    ATTRIBUTION_REPORTED,
    ATTRIBUTION_NEXT_SENTENCE,
    ATTRIBUTION_SAME_SENTENCE,
    ATTRIBUTION_CONTINUED,
    SPEAKER_AS_WRITTEN,
    SPEAKER_ENTITY,
    SPEAKER_SURNAME,
    SPEAKER_SPOKESPERSON,
    SPEAKER_PRONOUN_SALIENT,
    SPEAKER_PRONOUN_LATEST,
    SPEAKER_ROLE_ANTECEDENT,
    SPEAKER_PERSON_ANTECEDENT,
    SPEAKER_INSTITUTION_ANTECEDENT,
    SPEAKER_COUNTED_GROUP,
    SPEAKER_UNRESOLVED,
];

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_well_formed_and_unique() {
        assert_eq!(newsclip_text::check_rules(super::ALL), Ok(()));
        assert!(super::ALL.iter().all(|r| r.id().starts_with("quotes.")));
    }
}
