//! Author lines: `By Jane Doe`, `Reporting by Jane Doe; Editing by John Roe`, `Posted by …`,
//! `Author: …`, a name alone on its line, and the contact line that signs off a wire story.

use newsclip_lexicon::{Lexicon, WordClass};
use newsclip_text::chunk::{Chunker, RunWords};
use newsclip_text::Span;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::words::{is_stop_word, KeySet};

/// The cue that introduces the author's name, at the start of a block.
static CUE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^[\s(\[]*(?:(?:reporting|reported|written|posted|published|story|text|words|compiled|edited|interview|photos?)\s+by|by|authors?\s*:|written\s*:|von|par|por|di|door)\s*:?\s+",
    )
    .expect("valid byline cue pattern")
});

/// A credit without the author: where the reporter files from (`Reporting from Lisbon`), or
/// who edited or translated the story (`Editor: Liu Wei`).
static CREDIT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^[\s(\[]*(?:(?i:reporting|writing|reported|filed)\s+(?i:from)\s+\p{Lu}|(?i:editors?|edited|translated|translation|produced|producers?)\s*(?i:by)?\s*:?\s+\p{Lu})",
    )
    .expect("valid credit pattern")
});

/// Whether `text` is a credit line that names no author, see [`CREDIT`].
pub(crate) fn is_credit_line(text: &str) -> bool {
    // Every cue starts with one of these letters: test that before the pattern.
    let first = text.trim_start_matches([' ', '(', '[']).bytes().next().map(|b| b.to_ascii_lowercase());
    matches!(first, Some(b'r' | b'w' | b'f' | b'e' | b't' | b'p')) && CREDIT.is_match(text)
}

/// A contact line: a dash, then who to call, up to the telephone number or e-mail address.
static SIGN_OFF: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\s*(?:-{1,3}|[–—])\s*(?P<who>[^\d(+@]*?)[\s,;:]*(?:(?:tel|phone|ph|fax)\b\.?:?\s*)?(?P<contact>\+?\(?\d[\d\s().\-/]{5,}\d|[\w.+\-]+@[\w\-]+\.[\w.]+)")
        .expect("valid sign-off pattern")
});

// The words bylines are made of, from the lexicon (`words.tsv` of each language and
// `newsroom.tsv`), as sets that look a word up in any case without allocating.
/// Words that name a newsroom rather than a person (`desk`, `bureau`, `staff`).
static DESK_WORD_SET: Lazy<KeySet> = Lazy::new(|| KeySet::of_class(WordClass::Desk));
/// Words that may sit inside a name in lower case (`de`, `van`, `bin`).
static PARTICLE_SET: Lazy<KeySet> = Lazy::new(|| KeySet::of_class(WordClass::Particle));
/// Words that join two names, or an outlet and its sources (`and`, `&`, `und`, `with`, `avec`).
static JOINER_SET: Lazy<KeySet> = Lazy::new(|| KeySet::of_classes(&[WordClass::JoinsAnd, WordClass::JoinsWith]));
/// Function words that are also common given names or surnames (`Will`, `May`).
static NAME_LIKE_SET: Lazy<KeySet> = Lazy::new(|| KeySet::of_class(WordClass::NameLike));
/// Weekdays, months, date words and the words that date a byline, which start capitalized but
/// are no names; `May` is a name too, and is no calendar word of the lexicon.
/// English only: many months of other languages are names too (`Alyssa Maio`).
static CALENDAR_SET: Lazy<KeySet> = Lazy::new(|| {
    let en = Lexicon::english();
    KeySet::new(en.words_of(WordClass::Calendar).chain(en.words_of(WordClass::DateCue)))
});
/// Nouns that end a journalist's role title (`correspondent`, `editor`).
static ROLE_NOUN_SET: Lazy<KeySet> = Lazy::new(|| KeySet::of_class(WordClass::RoleNoun));
/// Words that qualify a role title (`chief`, `political`, `technology`).
static ROLE_WORD_SET: Lazy<KeySet> = Lazy::new(|| KeySet::of_class(WordClass::RoleWord));

/// The most words one name has (`Maria de la Cruz Fernández Ortega`).
const MAX_NAME_WORDS: usize = 6;

/// The author named by a cued line such as `By Jane Doe and John Roe | Reuters`: the span of the
/// names, relative to `text`.
pub(crate) fn cued_author(text: &str) -> Option<Span> {
    let cue = CUE.find(text)?;
    let rest = &text[cue.end()..];
    if let Some(names) = name_list(rest, 1) {
        return Some(names.offset(cue.end()));
    }
    // `By The Associated Press`: an organisation signs with its article.
    if let Some(organisation) = rest.strip_prefix("The ").and_then(|name| name_list(name, 2)) {
        return Some(Span::new(cue.end(), cue.end() + "The ".len() + organisation.end));
    }
    cued_desk(rest).map(|desk| desk.offset(cue.end()))
}

/// `RFE/RL's Georgian Service`, `Our Foreign Staff`: after a cue, a few capitalized words ending
/// with a desk noun name the newsroom that signs; the outlet's name may hold any symbol.
fn cued_desk(rest: &str) -> Option<Span> {
    if !DESK_WORD_SET.contains_word(split_last_word(rest).1) {
        return None;
    }
    let trimmed = rest.trim_end();
    let words = trimmed.split_whitespace().count();
    let fits = (2..=MAX_DESK_WORDS).contains(&words)
        && trimmed.len() <= MAX_DESK_LEN
        && trimmed.split_whitespace().all(starts_upper)
        && !trimmed.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | '!' | '?' | '"'));
    fits.then(|| Span::new(0, trimmed.len()))
}

/// The contact line that signs off a wire story: `-- Jane Doe, London Newsroom +44 20 7542 8062`,
/// `-- Chicago newsdesk, 312 408-8787`. `Some(author)` for such a line, where `author` is the
/// name opening it, if it opens with a person's name rather than a desk's.
pub(crate) fn sign_off(text: &str) -> Option<Option<Span>> {
    let caps = SIGN_OFF.captures(text)?;
    let contact = caps.name("contact")?.as_str();
    if contact.contains('@') || contact.bytes().filter(u8::is_ascii_digit).count() >= MIN_PHONE_DIGITS {
        let who = caps.name("who")?;
        let name_part = who.as_str().split(',').next().unwrap_or("").trim_end();
        let is_desk = name_part.split_whitespace().any(|w| DESK_WORD_SET.contains_word(w));
        let author = lone_name(name_part)
            .filter(|name| !is_desk && name.end == name_part.len())
            .map(|name| name.offset(who.start()));
        return Some(author);
    }
    None
}

/// The author credited ahead of a date on a date line: `PTI / Updated: Jun 17, 2023`,
/// `Jane Doe | 5 May 2024`. `head` is the text before the date.
pub(crate) fn credit_before_date(head: &str) -> Option<Span> {
    let (credit, separator) = head.trim_end().rsplit_once(['/', '|'])?;
    if !separator.split_whitespace().all(|w| !w.chars().any(char::is_alphabetic) || is_date_cue(w)) {
        return None;
    }
    let names = lone_name(credit).or_else(|| agency(credit))?;
    let is_desk = credit.split_whitespace().any(|w| DESK_WORD_SET.contains_word(w));
    (!is_desk).then_some(names)
}

/// `Updated:`, `Published` and the like, between a credit and its date.
fn is_date_cue(word: &str) -> bool {
    CALENDAR_SET.contains_word(word.trim_end_matches([':', '.']))
}

/// A news agency's initials alone: `PTI`, `AFP`, `IANS`.
fn agency(text: &str) -> Option<Span> {
    let trimmed = text.trim();
    let initials = (2..=MAX_AGENCY_LETTERS).contains(&trimmed.len()) && trimmed.bytes().all(|b| b.is_ascii_uppercase());
    initials.then(|| {
        let start = text.len() - text.trim_start().len();
        Span::new(start, start + trimmed.len())
    })
}

/// Most letters of an agency's initials.
const MAX_AGENCY_LETTERS: usize = 6;

/// Whether `text` is an author's biography closing an article: a name, then `is a
/// correspondent for …`, `is a senior writer at …`, `covers … for …`.
pub(crate) fn is_author_bio(text: &str) -> bool {
    let words = text.split_whitespace().count();
    if !(MIN_BIO_WORDS..=MAX_BIO_WORDS).contains(&words)
        || newsclip_text::sentences(text).nth(MAX_BIO_SENTENCES).is_some()
    {
        return false;
    }
    let Some(name) = name_list(text, 1) else { return false };
    if text[..name.end].split_whitespace().count() > MAX_NAME_WORDS {
        return false;
    }
    let mut rest = text[name.end..].split_whitespace().map(|w| w.trim_end_matches([',', '.']));
    match rest.next().map(str::to_ascii_lowercase).as_deref() {
        Some("is" | "was") => {
            let role: Vec<String> = rest.take(MAX_ROLE_WORDS + 1).map(str::to_ascii_lowercase).collect();
            let Some(noun) = role.iter().position(|w| ROLE_NOUN_SET.contains_word(w)) else { return false };
            let article = role.first().is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the"));
            let affiliation =
                role.get(noun + 1).is_some_and(|w| matches!(w.as_str(), "for" | "at" | "with" | "based" | "covering"));
            article && affiliation
        }
        Some("covers" | "writes" | "reports") => rest.any(|w| w == "for"),
        _ => false,
    }
}

/// Fewest and most words of an author's biography.
const MIN_BIO_WORDS: usize = 6;
const MAX_BIO_WORDS: usize = 60;
/// Most sentences of an author's biography.
const MAX_BIO_SENTENCES: usize = 3;
/// Most words between `is` and the role noun: `a senior foreign affairs correspondent`.
const MAX_ROLE_WORDS: usize = 5;

/// Fewest digits of a telephone number.
const MIN_PHONE_DIGITS: usize = 7;

/// Nouns that end a byline naming a desk rather than a person, alone on its line (`Web Desk`,
/// `Special Correspondent`, `The Daily Bureau`). Narrower than the desk words: `Foreign Office`
/// or `Secret Service` alone on a line are no byline.
static LONE_DESK_WORD_SET: Lazy<KeySet> = Lazy::new(|| KeySet::of_class(WordClass::LoneDesk));

/// Most words of a desk's byline.
pub(crate) const MAX_DESK_WORDS: usize = 5;
/// Longest desk's byline, in bytes.
const MAX_DESK_LEN: usize = 60;

/// The span of a line that names a newsroom desk as the author, without a cue: a few capitalized
/// words ending with a desk noun (`The Daily Bureau`, `Web Desk`).
pub(crate) fn desk_byline(text: &str) -> Option<Span> {
    // Most lines fail on their last word: test it first.
    if !LONE_DESK_WORD_SET.contains_word(split_last_word(text).1) {
        return None;
    }
    let trimmed = text.trim();
    if trimmed.len() > MAX_DESK_LEN {
        return None;
    }
    let words = trimmed.split_whitespace().count();
    let fits = (2..=MAX_DESK_WORDS).contains(&words)
        && trimmed.split_whitespace().all(starts_upper)
        && !trimmed.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | '!' | '?'));
    let start = text.len() - text.trim_start().len();
    fits.then(|| Span::new(start, start + trimmed.len()))
}

/// Wire agencies and the words for them that close an outlet's credit (`Le Monde with AFP`,
/// `Staff and agencies`).
static AGENCY_SET: Lazy<KeySet> = Lazy::new(|| KeySet::of_class(WordClass::Agency));

/// Most words of an outlet's credit with its agencies.
const MAX_AGENCY_CREDIT_WORDS: usize = 8;
/// Most words of the outlet or staff named before `with` or `and`.
const MAX_CREDITED_WORDS: usize = 4;

/// The span of a line that credits the outlet's staff together with news agencies, without a
/// cue: `Le Monde with AFP`, `Staff and agencies`, `Example News with Reuters and AP`. The whole
/// credit is the byline.
pub(crate) fn agency_credit(text: &str) -> Option<Span> {
    // Most lines fail on their last word: test it first.
    if !AGENCY_SET.contains_word(split_last_word(text).1) {
        return None;
    }
    let trimmed = text.trim();
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    if words.len() > MAX_AGENCY_CREDIT_WORDS || trimmed.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let joiner = words.iter().position(|w| is_credit_joiner(w))?;
    let (credited, agencies) = (&words[..joiner], &words[joiner + 1..]);
    let credited_ok = (1..=MAX_CREDITED_WORDS).contains(&credited.len())
        && credited.iter().all(|w| starts_upper(w) && !AGENCY_SET.contains_word(w));
    let agencies_ok = agencies.iter().all(|w| {
        let w = w.trim_end_matches(',');
        AGENCY_SET.contains_word(w) || is_credit_joiner(w) || w.eq_ignore_ascii_case("news")
    });
    let start = text.len() - text.trim_start().len();
    (credited_ok && agencies_ok).then(|| Span::new(start, start + trimmed.len()))
}

/// The span of a line that signs a wire story with the agency's name alone, in two or three
/// words that all name agencies (`Agencia EFE`, `Agence Belga`, `APA dpa`); read on German,
/// French and Spanish pages, whose wire stories sign so.
pub(crate) fn agency_signature(text: &str) -> Option<Span> {
    let trimmed = text.trim();
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    let agencies = (2..=3).contains(&words.len())
        && words.first().is_some_and(|w| starts_upper(w))
        && !trimmed.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.' | ':'))
        && words.iter().all(|w| w.split('-').any(|part| AGENCY_SET.contains_word(part)));
    let start = text.len() - text.trim_start().len();
    agencies.then(|| Span::new(start, start + trimmed.len()))
}

/// Whether `word`, in lowercase, joins the staff and the agencies of a credit (`with`, `and`;
/// `avec`, `mit`, `con` in other languages).
fn is_credit_joiner(word: &str) -> bool {
    !word.bytes().any(|b| b.is_ascii_uppercase()) && JOINER_SET.contains_word(word)
}

/// The span of a line that is nothing but a personal name (`Maria Lopez`, `Jane M. Doe`),
/// possibly followed by a short role after a comma or dash, or by a role title
/// (`Jane Doe Social affairs correspondent`).
pub(crate) fn lone_name(text: &str) -> Option<Span> {
    let trimmed = text.trim();
    if trimmed.len() > 80 || trimmed.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let name_part = &text[..role_suffix_start(text).unwrap_or(text.len())];
    let names = name_list(name_part, 2)?;
    let rest = text[names.end..].trim();
    let rest_ok = rest.is_empty()
        || names.end == name_part.trim_end().len()
        || (rest.starts_with([',', '|', '-', '–', '—']) && rest.split_whitespace().count() <= 5)
        || is_posting(rest);
    rest_ok.then_some(names)
}

/// Whether `rest`, after a name, says where the reporter files from: `in Berlin`, `in New York`.
fn is_posting(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let place: Vec<&str> = match words.next() {
        Some("in") => words.collect(),
        _ => return false,
    };
    (1..=MAX_PLACE_WORDS).contains(&place.len()) && place.iter().all(|w| is_name_word(w))
}

/// Most words of the place a reporter files from.
const MAX_PLACE_WORDS: usize = 3;

/// Whether `text` is a journalist's role title alone: `News Editor`, `Tokyo correspondent`, also
/// with the social-media handle profile pages print after it (`Political reporter @janedoe`).
pub(crate) fn is_role_line(text: &str) -> bool {
    let (mut rest, mut last) = split_last_word(text);
    if is_handle(last) && !rest.trim().is_empty() {
        (rest, last) = split_last_word(rest);
    }
    // Most lines fail on their last word: test it first.
    if !ROLE_NOUN_SET.contains_word(last) {
        return false;
    }
    let mut qualifiers = 0;
    for word in rest.split_whitespace() {
        qualifiers += 1;
        if qualifiers > MAX_ROLE_WORDS || !(ROLE_WORD_SET.contains_word(word) || is_name_word(word)) {
            return false;
        }
    }
    true
}

/// `text` trimmed, split before its last word: `("Political", "Reporter")` for `Political
/// Reporter `. Words are split at ASCII whitespace: a byte scan, where most lines are dismissed
/// on their last word.
fn split_last_word(text: &str) -> (&str, &str) {
    let trimmed = text.trim_end();
    let at = trimmed.bytes().rposition(|b| b.is_ascii_whitespace()).map_or(0, |p| p + 1);
    trimmed.split_at(at)
}

/// Whether `word` is a social-media handle: `@` and a user name.
fn is_handle(word: &str) -> bool {
    word.strip_prefix('@').is_some_and(|name| {
        !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'))
    })
}

/// Where a trailing role title starts: a run of role words that ends the line with a role noun
/// (`Social affairs correspondent`, `Chief Political Editor`), leaving at least two words.
fn role_suffix_start(text: &str) -> Option<usize> {
    if !ROLE_NOUN_SET.contains_word(text.split_whitespace().next_back()?) {
        return None;
    }
    let words: Vec<(usize, &str)> = whitespace_words(text).collect();
    let mut start = words.len() - 1;
    while start > 2 && ROLE_WORD_SET.contains_word(words[start - 1].1) {
        start -= 1;
    }
    (start >= 2).then(|| words[start].0)
}

/// The whitespace-separated words of `text` with their byte offsets.
fn whitespace_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = 0;
    text.split_whitespace().map(move |word| {
        let at = rest + text[rest..].find(word).unwrap_or(0);
        rest = at + word.len();
        (at, word)
    })
}

/// One or more names at the start of `text`, each of at least `min_words` words (`By Reuters`
/// has one): `Jane Doe`, `Jane Doe and John Roe`, `Jane Doe, John Roe and Ann Lee`. A comma
/// joins names only in a list closed by a conjunction, since `Jane Doe, Associated Press` is a
/// name and an affiliation.
fn name_list(text: &str, min_words: usize) -> Option<Span> {
    let first = name_at(text, 0, min_words)?;
    let mut end = first.end;
    let mut pending_comma_end = None;
    while let Some((cursor, by_comma)) = joiner_after(text, end) {
        let Some(name) = name_at(text, cursor, min_words) else { break };
        if by_comma {
            pending_comma_end.get_or_insert(end);
        } else {
            pending_comma_end = None;
        }
        end = name.end;
    }
    Some(Span::new(first.start, pending_comma_end.unwrap_or(end)))
}

/// Where the next name starts after a joiner at `at` (`,`, `and`, `&`, `, and`), and whether the
/// joiner was a bare comma.
fn joiner_after(text: &str, at: usize) -> Option<(usize, bool)> {
    let rest = text.get(at..)?;
    let mut cursor = at + (rest.len() - rest.trim_start().len());
    let mut by_comma = false;
    if text[cursor..].starts_with(',') {
        cursor += 1;
        by_comma = true;
    }
    let rest = &text[cursor..];
    let skipped = rest.len() - rest.trim_start().len();
    if let Some(word) = rest.split_whitespace().next() {
        if JOINER_SET.contains_word(word) {
            return Some((cursor + skipped + word.len(), false));
        }
    }
    by_comma.then_some((cursor, true))
}

/// The whitespace words of a byline, for the chunker: name words joined by particles (`Maria
/// de la Cruz`); a particle in capitals may open a name (`Al Jazeera`, `De Niro`). A word with
/// punctuation after it (`Doe,`) ends the name.
struct BylineWords<'t> {
    /// Each word's offset and its text without trailing punctuation, and whether it had some.
    words: Vec<(usize, &'t str, bool)>,
}

impl BylineWords<'_> {
    fn particle(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|&(_, word, _)| PARTICLE_SET.contains_word(word))
    }
}

impl RunWords for BylineWords<'_> {
    fn is_part(&self, i: usize) -> bool {
        let Some(&(_, word, _)) = self.words.get(i) else { return false };
        if i == 0 && self.particle(0) && starts_upper(word) {
            return true;
        }
        !self.particle(i) && is_name_word(word)
    }

    fn is_joiner(&self, i: usize) -> bool {
        self.particle(i) && self.words.get(i).is_some_and(|&(_, _, punctuated)| !punctuated)
    }

    fn ends_after(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|&(_, _, punctuated)| punctuated)
    }
}

/// A name starting at the first word at or after `from`, of at least `min_words` words (particles
/// included) and at most [`MAX_NAME_WORDS`]. A particle may not end it: a name cut short after
/// one (`Maria de`) is no name.
fn name_at(text: &str, from: usize, min_words: usize) -> Option<Span> {
    let rest = text.get(from..)?;
    let start = from + (rest.len() - rest.trim_start().len());
    let mut words = Vec::with_capacity(MAX_NAME_WORDS);
    let mut end = start;
    for token in text[start..].split_whitespace().take(MAX_NAME_WORDS) {
        let offset = end + text[end..].find(token).unwrap_or(0);
        let word = token.trim_end_matches([',', ';', '|', ')']);
        words.push((offset, word, word.len() != token.len()));
        end = offset + word.len();
    }
    let words = BylineWords { words };
    let len = words.words.len();
    let run_end = Chunker::new(MAX_NAME_WORDS).end(&words, 0, len);
    if run_end == 0 || run_end < min_words {
        return None;
    }
    let lone_particle = run_end == 1 && words.particle(0);
    let cut_after_particle = run_end < len && !words.ends_after(run_end - 1) && words.particle(run_end);
    if lone_particle || cut_after_particle {
        return None;
    }
    let &(offset, last, _) = words.words.get(run_end - 1)?;
    Some(Span::new(start, offset + last.len()))
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `word` can be one word of a personal name: capitalized, letters with inner
/// apostrophes, hyphens or dots (`O'Neil`, `Jean-Luc`, `F.`), not a function word.
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    if !first.is_uppercase() {
        return false;
    }
    if !word.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.')) {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 1 && (!is_stop_word(word) || NAME_LIKE_SET.contains_word(word)) && !is_calendar_word(word)
}

fn is_calendar_word(word: &str) -> bool {
    CALENDAR_SET.contains_word(word.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cued(text: &str) -> Option<&str> {
        cued_author(text).map(|s| &text[s])
    }

    fn lone(text: &str) -> Option<&str> {
        lone_name(text).map(|s| &text[s])
    }

    #[test]
    fn organisations_sign_with_their_article() {
        assert_eq!(cued("By The Associated Press"), Some("The Associated Press"));
        assert_eq!(cued("By Example-TV/Radio's Northern Service"), Some("Example-TV/Radio's Northern Service"));
        assert_eq!(cued("By Our Foreign Staff"), Some("Our Foreign Staff"));
        assert_eq!(cued("By the service"), None);
        assert_eq!(cued("By the way, prices rose."), None);
    }

    #[test]
    fn by_lines() {
        assert_eq!(cued("By Jane Doe"), Some("Jane Doe"));
        assert_eq!(cued("BY JANE DOE, Associated Press"), Some("JANE DOE"));
        assert_eq!(cued("By Jane Doe and John Roe | Updated 5 May 2024"), Some("Jane Doe and John Roe"));
        assert_eq!(cued("By Reuters"), Some("Reuters"));
        assert_eq!(cued("Posted by Maria de la Cruz on Monday"), Some("Maria de la Cruz"));
        assert_eq!(cued("Author: Jean-Luc O'Neil"), Some("Jean-Luc O'Neil"));
    }

    #[test]
    fn wire_credits() {
        assert_eq!(cued("(Reporting by Jane Doe; Editing by John Roe)"), Some("Jane Doe"));
        assert_eq!(
            cued("Reporting by Jane Doe, John Roe and Ann Lee; Writing by Bo Kim"),
            Some("Jane Doe, John Roe and Ann Lee")
        );
    }

    #[test]
    fn cue_needs_a_name() {
        assert_eq!(cued("By the time the council met, it was late."), None);
        assert_eq!(cued("by 2025"), None);
        assert_eq!(cued("Bystanders said"), None);
    }

    #[test]
    fn sign_offs() {
        fn author(text: &str) -> Option<Option<&str>> {
            sign_off(text).map(|a| a.map(|s| &text[s]))
        }
        assert_eq!(author("-- Jane Doe, London Newsroom +44 20 7542 8062"), Some(Some("Jane Doe")));
        assert_eq!(author("— John Roe (212) 555-0100"), Some(Some("John Roe")));
        assert_eq!(author("-- Ann Lee, e-mail: ann.lee@example.com"), Some(Some("Ann Lee")));
        assert_eq!(author("-- Chicago newsdesk, 312 408-8787"), Some(None));
        assert_eq!(author("-- Paris Bureau +33 1 49 49 53 00"), Some(None));
        assert_eq!(author("-- The vote was 52-48."), None);
        assert_eq!(author("Jane Doe, +44 20 7542 8062"), None);
    }

    #[test]
    fn lone_names() {
        assert_eq!(lone("Maria Lopez"), Some("Maria Lopez"));
        assert_eq!(lone("Jane M. Doe, Staff Writer"), Some("Jane M. Doe"));
        assert_eq!(lone("Leave a comment"), None);
        assert_eq!(lone("About the Author"), None);
        assert_eq!(lone("Politics"), None);
        assert_eq!(lone("Updated 5 May 2024"), None);
        assert_eq!(lone("The mayor of the city spoke."), None);
        assert_eq!(lone("Jane Doe Social affairs correspondent"), Some("Jane Doe"));
        assert_eq!(lone("Mary Ann Smith Chief Political Editor"), Some("Mary Ann Smith"));
        assert_eq!(lone("Jane Doe in New York"), Some("Jane Doe"));
        assert_eq!(lone("Jane Doe in the city"), None);
    }

    #[test]
    fn desks_alone_on_their_line() {
        fn desk(text: &str) -> Option<&str> {
            desk_byline(text).map(|s| &text[s])
        }
        assert_eq!(desk("The Daily Bureau"), Some("The Daily Bureau"));
        assert_eq!(desk(" Web Desk "), Some("Web Desk"));
        assert_eq!(desk("Special Correspondent"), Some("Special Correspondent"));
        assert_eq!(desk("Staff"), None);
        assert_eq!(desk("Foreign Office"), None);
        assert_eq!(desk("Ask the help desk"), None);
        assert_eq!(desk("Call the News Desk: 555 0100"), None);
    }

    #[test]
    fn staff_credited_with_agencies() {
        fn credit(text: &str) -> Option<&str> {
            agency_credit(text).map(|s| &text[s])
        }
        assert_eq!(credit("The Daily Globe with AFP"), Some("The Daily Globe with AFP"));
        assert_eq!(credit(" Staff and agencies "), Some("Staff and agencies"));
        assert_eq!(credit("Globe Staff with Reuters and AP"), Some("Globe Staff with Reuters and AP"));
        assert_eq!(credit("Le Journal avec AFP"), Some("Le Journal avec AFP"));
        assert_eq!(credit("AFP"), None);
        assert_eq!(credit("Reuters and AP"), None);
        assert_eq!(credit("The minister met the press with AFP"), None);
        assert_eq!(credit("Talks with the agency"), None);
    }

    #[test]
    fn credits_ahead_of_a_date() {
        fn credit(head: &str) -> Option<&str> {
            credit_before_date(head).map(|s| &head[s])
        }
        assert_eq!(credit("PTI / Updated: "), Some("PTI"));
        assert_eq!(credit("Jane Doe | "), Some("Jane Doe"));
        assert_eq!(credit("New Delhi, News Desk | Updated : "), None);
        assert_eq!(credit("World / Europe / "), None);
        assert_eq!(credit("PTI "), None);
    }

    #[test]
    fn role_lines() {
        assert!(is_role_line("News Editor"));
        assert!(is_role_line("Tokyo correspondent"));
        assert!(is_role_line("Editor"));
        assert!(is_role_line("Political reporter @janedoe"));
        assert!(!is_role_line("@janedoe"));
        assert!(!is_role_line("Follow @janedoe"));
        assert!(!is_role_line("The editor resigned on Monday"));
    }

    #[test]
    fn credit_lines() {
        assert!(is_credit_line("Reporting from Lisbon"));
        assert!(is_credit_line("Editor: Liu Wei"));
        assert!(is_credit_line("Translated by Ana Silva"));
        assert!(!is_credit_line("Reporting from the front line is dangerous."));
        assert!(!is_credit_line("Editorial: The council must act"));
    }

    #[test]
    fn author_bios() {
        assert!(is_author_bio("Doe is a correspondent for The Daily Globe in Brazil, based in Recife."));
        assert!(is_author_bio("Jane Doe is a senior political reporter at the Globe."));
        assert!(is_author_bio("John Roe covers energy and climate for the Globe."));
        assert!(!is_author_bio("Doe is a correspondent who was detained in March and released last week."));
        assert!(!is_author_bio("The council is a body for the city."));
        assert!(!is_author_bio("Doe said the mayor is a writer at heart."));
    }

    #[test]
    fn a_particle_opens_a_name_but_does_not_end_it() {
        assert_eq!(cued("By Al Jazeera Staff"), Some("Al Jazeera Staff"));
        assert_eq!(lone("De la Cruz Ortega"), Some("De la Cruz Ortega"));
        assert_eq!(cued("By al"), None);
        assert_eq!(lone("Jane de"), None);
    }

    #[test]
    fn agencies_sign_alone() {
        fn signed(text: &str) -> Option<&str> {
            agency_signature(text).map(|s| &text[s])
        }
        assert_eq!(signed("Agencia EFE"), Some("Agencia EFE"));
        assert_eq!(signed(" APA dpa "), Some("APA dpa"));
        assert_eq!(signed("Reuters"), None);
        assert_eq!(signed("Agencia de Noticias"), None);
    }
}
