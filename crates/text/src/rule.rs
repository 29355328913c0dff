//! [`Rule`]: the name of a decision, so that every result can say which rule
//! made it.

use core::fmt;

/// A named rule of newsclip: a stable id and a one-line description.
///
/// Every block the stripper removes, every title, author and date it picks,
/// every person, country and institution mention the tagger finds and every
/// speaker the quote finder attributes carries the rule that decided it, so
/// that a user can ask why. Ids are stable: they name the stage, the part and
/// the rule (`strip.byline.cued`, `quotes.speaker.after-cue`,
/// `entities.person.title`), are lowercase with dots and hyphens, and are never
/// reused for another rule; each stage lists its rules in `rules::ALL`.
///
/// ```
/// use newsclip_text::Rule;
///
/// const CUED: Rule = Rule::new("strip.byline.cued", "a byline opened by a cue word (By, Reporting by)");
/// assert_eq!(CUED.id(), "strip.byline.cued");
/// assert_eq!(CUED.to_string(), "strip.byline.cued");
/// assert!(Rule::is_valid_id(CUED.id()));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rule {
    id: &'static str,
    doc: &'static str,
}

impl Rule {
    /// A rule with its id and its one-line description.
    #[must_use]
    pub const fn new(id: &'static str, doc: &'static str) -> Rule {
        Rule { id, doc }
    }

    /// The stable id: `stage.part.name`.
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// What the rule decides, in one line.
    #[must_use]
    pub const fn doc(&self) -> &'static str {
        self.doc
    }

    /// Whether `id` has the shape of a rule id: three or more dot-separated
    /// parts of lowercase ASCII letters, digits and inner hyphens.
    #[must_use]
    pub fn is_valid_id(id: &str) -> bool {
        let parts: Vec<&str> = id.split('.').collect();
        parts.len() >= 3
            && parts.iter().all(|part| {
                !part.is_empty()
                    && !part.starts_with('-')
                    && !part.ends_with('-')
                    && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            })
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id)
    }
}

/// Checks a stage's list of rules: every id well formed and none twice.
///
/// # Errors
///
/// The first id that is malformed or listed twice.
pub fn check_rules(rules: &[Rule]) -> Result<(), &'static str> {
    for (i, rule) in rules.iter().enumerate() {
        if !Rule::is_valid_id(rule.id()) || rule.doc().is_empty() || rules[..i].iter().any(|r| r.id() == rule.id()) {
            return Err(rule.id());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_three_parts_of_lowercase_words() {
        assert!(Rule::is_valid_id("quotes.speaker.role-antecedent"));
        assert!(Rule::is_valid_id("entities.person.title"));
        assert!(!Rule::is_valid_id("quotes.speaker"));
        assert!(!Rule::is_valid_id("quotes.Speaker.after"));
        assert!(!Rule::is_valid_id("quotes..after"));
        assert!(!Rule::is_valid_id("quotes.speaker.-after"));
    }

    #[test]
    fn lists_are_checked() {
        let a = Rule::new("a.b.c", "one");
        let b = Rule::new("a.b.d", "two");
        assert_eq!(check_rules(&[a, b]), Ok(()));
        assert_eq!(check_rules(&[a, b, a]), Err("a.b.c"));
        assert_eq!(check_rules(&[Rule::new("a.b", "short")]), Err("a.b"));
    }
}
