//! How a word is capitalized: in English news, the main evidence that a word
//! is part of a proper name (`Kirby`, `NATO`, `John F. Kennedy`).

/// The capitalization of a word.
///
/// ```
/// use newsclip_text::Casing;
///
/// assert_eq!(Casing::of("said"), Casing::Lower);
/// assert_eq!(Casing::of("McDonald"), Casing::Capitalized);
/// assert_eq!(Casing::of("U.S."), Casing::Upper);
/// assert_eq!(Casing::of("F."), Casing::Initial);
/// assert_eq!(Casing::of("2,000"), Casing::Uncased);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Casing {
    /// Starts with a lowercase letter: `said`, `al`, `iPhone`.
    Lower,
    /// Starts with a capital and has lowercase letters: `Kirby`, `McDonald`, `O'Neil`.
    Capitalized,
    /// Two or more letters, all capitals: `NATO`, `U.S.`, `LONDON`.
    Upper,
    /// One capital letter, with or without a full stop: `F.`, `J`, `A`.
    Initial,
    /// No letter leads the way: digits, punctuation, symbols (`2,000`, `—`, `3D`).
    Uncased,
}

impl Casing {
    /// The capitalization of `word`, decided by its first character and its letters.
    #[must_use]
    pub fn of(word: &str) -> Casing {
        // Most words in running text are lowercase ASCII: decide them on one byte.
        if word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            return Casing::Lower;
        }
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        let Some(first_letter) = letters.next() else { return Casing::Uncased };
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return if first_letter.is_lowercase() { Casing::Lower } else { Casing::Uncased };
        }
        let mut rest = letters.peekable();
        if rest.peek().is_none() {
            Casing::Initial
        } else if rest.any(char::is_lowercase) {
            Casing::Capitalized
        } else {
            Casing::Upper
        }
    }

    /// Whether the word starts with a capital letter: capitalized, all capitals or an initial.
    #[must_use]
    pub fn is_capital(self) -> bool {
        matches!(self, Casing::Capitalized | Casing::Upper | Casing::Initial)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_every_casing() {
        let cases = [
            ("said", Casing::Lower),
            ("al", Casing::Lower),
            ("élan", Casing::Lower),
            ("'tis", Casing::Lower),
            ("Kirby", Casing::Capitalized),
            ("Élysée", Casing::Capitalized),
            ("O'Sullivan", Casing::Capitalized),
            ("NATO", Casing::Upper),
            ("U.S.", Casing::Upper),
            ("COP29", Casing::Upper),
            ("F.", Casing::Initial),
            ("J", Casing::Initial),
            ("2,000", Casing::Uncased),
            ("3D", Casing::Uncased),
            ("—", Casing::Uncased),
            ("", Casing::Uncased),
        ];
        for (word, casing) in cases {
            assert_eq!(Casing::of(word), casing, "{word}");
        }
    }

    #[test]
    fn capitals() {
        assert!(Casing::of("Kirby").is_capital());
        assert!(Casing::of("F.").is_capital());
        assert!(!Casing::of("said").is_capital());
        assert!(!Casing::of("2,000").is_capital());
    }
}
