//! Section labels (`Politics`, `World`), from the general newsroom vocabulary of the lexicon
//! (`newsclip-lexicon`'s `sections.tsv`).

use std::collections::HashSet;

use once_cell::sync::Lazy;

use crate::words::with_lowercase;

static SECTIONS: Lazy<HashSet<&'static str>> =
    Lazy::new(|| newsclip_lexicon::Lexicon::english().section_labels().collect());

/// The longest section label in bytes.
const MAX_LABEL_LEN: usize = 40;

/// Whether the whole of `text` (trimmed of bullets and a trailing colon or arrow) is a section
/// label.
pub(crate) fn is_section_label(text: &str) -> bool {
    if text.len() > 2 * MAX_LABEL_LEN {
        return false;
    }
    let label = text.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '&' && c != '-');
    let label = label.trim_end_matches('.');
    if label.is_empty() || label.len() > MAX_LABEL_LEN {
        return false;
    }
    label.chars().next().is_some_and(char::is_alphabetic) && with_lowercase(label, |lower| SECTIONS.contains(lower))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_any_case_and_dress() {
        assert!(is_section_label("Politics"));
        assert!(is_section_label("WORLD"));
        assert!(is_section_label("» Business:"));
        assert!(is_section_label("Arts and Culture"));
        assert!(!is_section_label("Politics is local"));
        assert!(!is_section_label(""));
    }
}
