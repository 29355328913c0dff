//! The capitalized-run chunker: the one way newsclip groups the words of a
//! name (`Maria de la Cruz`, `Bank of the Ozarks`, `Jean-Pierre`) before a
//! stage decides what the run names.
//!
//! A run is a sequence of *parts* (capitalized name words, as the caller
//! judges them) in which up to [`Chunker::max_joiners`] *joiners* (a
//! particle, a connector, a hyphen) may stand between two parts, and which
//! stops after a part the caller says ends it (a possessive, the end of a
//! line). The caller describes its words through [`RunWords`], so that the
//! stripper (whitespace words of a byline), the quote finder and the entity
//! tagger (tokens of an [`Analysis`](crate::Analysis)) share the walk while
//! each keeps its own judgement of what a name word is.

use core::ops::Range;

/// The words a [`Chunker`] walks, by index.
pub trait RunWords {
    /// Whether the word at `i` may be part of a run. Out of range: `false`.
    fn is_part(&self, i: usize) -> bool;

    /// Whether the word at `i` may join two parts of a run. Out of range:
    /// `false`.
    fn is_joiner(&self, i: usize) -> bool;

    /// Whether a run ends after the part at `i` even if a part follows (a
    /// possessive, a line break after it).
    fn ends_after(&self, i: usize) -> bool;
}

/// Groups words into runs of parts bridged by joiners.
///
/// ```
/// use newsclip_text::chunk::{Chunker, RunWords};
///
/// struct Words<'a>(&'a [&'a str]);
/// impl RunWords for Words<'_> {
///     fn is_part(&self, i: usize) -> bool {
///         self.0.get(i).is_some_and(|w| w.starts_with(char::is_uppercase))
///     }
///     fn is_joiner(&self, i: usize) -> bool {
///         self.0.get(i).is_some_and(|w| matches!(*w, "de" | "la"))
///     }
///     fn ends_after(&self, i: usize) -> bool {
///         self.0.get(i).is_some_and(|w| w.ends_with("'s"))
///     }
/// }
///
/// let words = ["met", "Maria", "de", "la", "Cruz", "and", "Ana", "Lopez's", "Team"];
/// let runs: Vec<_> = Chunker::new(2).runs(&Words(&words), words.len()).collect();
/// assert_eq!(runs, [1..5, 6..8, 8..9]);
/// assert_eq!(Chunker::new(2).start(&Words(&words), 4, 0), 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chunker {
    /// The most joiners in a row between two parts (`de la` in `Maria de la
    /// Cruz`: two).
    pub max_joiners: usize,
}

impl Chunker {
    /// A chunker that bridges up to `max_joiners` joiners in a row.
    #[must_use]
    pub const fn new(max_joiners: usize) -> Chunker {
        Chunker { max_joiners }
    }

    /// The end (exclusive) of the run that starts with the part at `start`,
    /// not past `ceil`; `start` itself when it is no part.
    #[must_use]
    pub fn end(&self, words: &impl RunWords, start: usize, ceil: usize) -> usize {
        if start >= ceil || !words.is_part(start) {
            return start;
        }
        let mut end = start + 1;
        while !words.ends_after(end - 1) {
            match self.bridge(words, end, ceil) {
                Some(next) => end = next,
                None => break,
            }
        }
        end
    }

    /// Where the run goes on after the part that ends at `end`: past the
    /// next part, right there or after at most `max_joiners` joiners, if it
    /// is before `ceil`.
    fn bridge(&self, words: &impl RunWords, end: usize, ceil: usize) -> Option<usize> {
        for j in 0..=self.max_joiners {
            let at = end + j;
            if at >= ceil || (j > 0 && !words.is_joiner(at - 1)) {
                return None;
            }
            if words.is_part(at) {
                return Some(at + 1);
            }
        }
        None
    }

    /// The start of the run whose last part is at `last`, not before
    /// `floor`; `last + 1` when `last` is no part.
    #[must_use]
    pub fn start(&self, words: &impl RunWords, last: usize, floor: usize) -> usize {
        if last < floor || !words.is_part(last) {
            return last + 1;
        }
        let mut start = last;
        'walk: while start > floor {
            for j in 0..=self.max_joiners {
                let Some(at) = start.checked_sub(j + 1).filter(|&at| at >= floor) else { break };
                if j > 0 && !words.is_joiner(at + 1) {
                    break;
                }
                if words.is_part(at) && !words.ends_after(at) {
                    start = at;
                    continue 'walk;
                }
            }
            break;
        }
        start
    }

    /// Every maximal run among the first `len` words, in order.
    pub fn runs<'w, W: RunWords>(&self, words: &'w W, len: usize) -> impl Iterator<Item = Range<usize>> + 'w {
        let chunker = *self;
        let mut i = 0;
        core::iter::from_fn(move || {
            while i < len {
                let end = chunker.end(words, i, len);
                let start = i;
                i = end.max(i + 1);
                if end > start {
                    return Some(start..end);
                }
            }
            None
        })
    }
}
