//! The one loader of lexicon files: tab-separated tables with a header line,
//! read strictly.
//!
//! A lexicon file is UTF-8 text:
//!
//! ```text
//! # Lines starting with '#' are comments; blank lines are ignored.
//! name<TAB>gender
//! Maria<TAB>f
//! Aaban
//! ```
//!
//! The first line that is not a comment names the columns, separated by tabs.
//! Every following line is a record: its fields separated by tabs, in the
//! header's order; optional columns at the end may be left out. A file whose
//! [`Schema`] has sections may group records under `[section]` lines.
//!
//! Nothing is skipped silently: a line with too many fields, a required field
//! left empty, a field with blanks around it, a value outside its column's
//! classes, an unknown column or section, or a key listed twice is an error
//! naming the file and the line ([`LoadError`]).

use core::fmt;
use rustc_hash::FxHashSet as HashSet;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// Any text without tabs or surrounding blanks.
    Text,
    /// Exactly one of the given classes.
    Class(&'static [&'static str]),
    /// One or more of the given classes, separated by commas (`stop,function`).
    Classes(&'static [&'static str]),
    /// Variants separated by `|`, each non-empty (`UN|U.N.`); the field may be empty.
    List,
    /// An ISO 3166-1 alpha-2 code: two ASCII capitals.
    CountryCode,
}

/// One column of a [`Schema`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// The name the header line gives it.
    pub name: &'static str,
    /// What its fields hold.
    pub value: Value,
    /// Whether every record must fill it.
    pub required: bool,
}

impl Column {
    /// A column every record fills.
    #[must_use]
    pub const fn required(name: &'static str, value: Value) -> Column {
        Column { name, value, required: true }
    }

    /// A column records may leave empty or out.
    #[must_use]
    pub const fn optional(name: &'static str, value: Value) -> Column {
        Column { name, value, required: false }
    }
}

/// Which records may not repeat one another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unique {
    /// The first column, compared without regard to case, is unique in the file.
    Key,
    /// The first column, compared without regard to case, is unique within its section.
    KeyInSection,
    /// The first two columns together, compared without regard to case, are
    /// unique in the file (a name may be listed once per kind).
    FirstTwo,
}

/// The shape of a lexicon file: its columns, its sections and what must be unique.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schema {
    /// The columns; the header names them in any order.
    pub columns: &'static [Column],
    /// The names `[section]` lines may use; empty when the file has no sections.
    pub sections: &'static [&'static str],
    /// What may not repeat.
    pub unique: Unique,
}

/// The most columns a schema may have.
pub const MAX_COLUMNS: usize = 8;

/// A record of a lexicon file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Record<'a> {
    /// The 1-based line number.
    pub line: usize,
    /// The section the record is in, if the file has sections.
    pub section: Option<&'a str>,
    /// One field per schema column, in schema order; `""` where left empty or out.
    fields: [&'a str; MAX_COLUMNS],
}

impl<'a> Record<'a> {
    /// The field of schema column `index` (`""` when empty or out of range).
    #[must_use]
    pub fn field(&self, index: usize) -> &'a str {
        self.fields.get(index).copied().unwrap_or_default()
    }

    /// The variants of a [`Value::List`] field (`UN|U.N.`), none when it is empty.
    pub fn list(&self, index: usize) -> impl Iterator<Item = &'a str> + 'a {
        self.field(index).split('|').filter(|item| !item.is_empty())
    }

    /// The classes of a [`Value::Classes`] field (`stop,function`), none when it is empty.
    pub fn classes(&self, index: usize) -> impl Iterator<Item = &'a str> + 'a {
        self.field(index).split(',').filter(|item| !item.is_empty())
    }
}

/// Why a lexicon file did not load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// No header line before the first record.
    MissingHeader,
    /// The header names a column the schema does not have, or names one twice.
    UnknownColumn,
    /// The header leaves out a required column.
    MissingColumn,
    /// A `[section]` line names no section the schema knows, or the file has none.
    UnknownSection,
    /// A line with more fields than columns, a required field left empty, or a
    /// field with blanks around it.
    Malformed,
    /// A value outside its column's classes, or not a country code.
    UnknownClass,
    /// A key or record listed before.
    Duplicate,
}

/// A lexicon file that did not load: the file, the line and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    kind: LoadErrorKind,
    file: String,
    line: usize,
    message: String,
}

impl LoadError {
    pub(crate) fn new(kind: LoadErrorKind, file: &str, line: usize, message: String) -> LoadError {
        LoadError { kind, file: file.to_owned(), line, message }
    }

    /// What kind of error it is.
    #[must_use]
    pub fn kind(&self) -> LoadErrorKind {
        self.kind
    }

    /// The 1-based number of the offending line.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// The name of the file, as given to [`parse`].
    #[must_use]
    pub fn file(&self) -> &str {
        &self.file
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for LoadError {}

/// Parses `text`, a lexicon file called `file` (for messages), against `schema`.
///
/// ```
/// use newsclip_lexicon::file::{parse, Column, Schema, Unique, Value};
///
/// const SCHEMA: Schema = Schema {
///     columns: &[Column::required("name", Value::Text), Column::optional("gender", Value::Class(&["m", "f"]))],
///     sections: &[],
///     unique: Unique::Key,
/// };
/// let records = parse("names.tsv", "# Given names\nname\tgender\nMaria\tf\nAaban\n", &SCHEMA).unwrap();
/// assert_eq!((records[0].field(0), records[0].field(1)), ("Maria", "f"));
/// assert_eq!(records[1].field(1), "");
///
/// let err = parse("names.tsv", "name\tgender\nMaria\tx\n", &SCHEMA).unwrap_err();
/// assert_eq!(err.to_string(), "names.tsv:2: unknown class 'x' in column 'gender' (expected m or f)");
/// ```
///
/// # Errors
///
/// The first problem found, with its line; see [`LoadErrorKind`].
pub fn parse<'a>(file: &str, text: &'a str, schema: &Schema) -> Result<Vec<Record<'a>>, LoadError> {
    records(file, text, schema).collect()
}

/// The records of `text` one by one, each problem as an `Err` in its place;
/// reading goes on after an error (except a bad header, which ends it).
/// Compiled-in files, whose tests demand no errors, skip errors this way:
/// a mistake costs a line, never a panic.
#[must_use]
pub fn records<'a, 's>(file: &'s str, text: &'a str, schema: &'s Schema) -> Records<'a, 's> {
    Records {
        file,
        schema,
        lines: text.lines().enumerate(),
        header: None,
        section: None,
        seen: HashSet::default(),
        check_duplicates: true,
        done: false,
        nonempty: !text.trim().is_empty(),
    }
}

/// Iterator over the records of a lexicon file; see [`records`].
#[derive(Debug)]
pub struct Records<'a, 's> {
    file: &'s str,
    schema: &'s Schema,
    lines: core::iter::Enumerate<core::str::Lines<'a>>,
    header: Option<[Option<usize>; MAX_COLUMNS]>,
    section: Option<&'a str>,
    /// Keys seen so far, lowercase, with their section where keys are unique per section.
    seen: HashSet<(Option<&'a str>, String)>,
    check_duplicates: bool,
    done: bool,
    nonempty: bool,
}

impl Records<'_, '_> {
    /// Skips the check for keys listed twice, which keeps a set of every key:
    /// for compiled-in files whose tests already prove them free of duplicates,
    /// so that loading them at run time costs less.
    #[must_use]
    pub fn without_duplicate_check(mut self) -> Self {
        self.check_duplicates = false;
        self
    }
}

impl<'a> Iterator for Records<'a, '_> {
    type Item = Result<Record<'a>, LoadError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let schema = self.schema;
        for (index, raw) in self.lines.by_ref() {
            let line = index + 1;
            let content = raw.strip_suffix('\r').unwrap_or(raw);
            if content.trim().is_empty() || content.starts_with('#') {
                continue;
            }
            let error = |kind, message: String| LoadError::new(kind, self.file, line, message);
            let Some(positions) = &self.header else {
                match read_header(content, schema) {
                    Ok(positions) => self.header = Some(positions),
                    Err((kind, message)) => {
                        self.done = true;
                        return Some(Err(error(kind, message)));
                    }
                }
                continue;
            };
            if let Some(name) = content.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                if schema.sections.contains(&name) {
                    self.section = Some(name);
                    continue;
                }
                // Records under an unknown section are not taken for another section's.
                self.section = None;
                let known = if schema.sections.is_empty() { "none".to_owned() } else { schema.sections.join(", ") };
                return Some(Err(error(
                    LoadErrorKind::UnknownSection,
                    format!("unknown section '{name}' (known: {known})"),
                )));
            }
            if !schema.sections.is_empty() && self.section.is_none() {
                return Some(Err(error(LoadErrorKind::UnknownSection, "record outside a known section".to_owned())));
            }
            let fields = match read_record(content, positions, schema) {
                Ok(fields) => fields,
                Err((kind, message)) => return Some(Err(error(kind, message))),
            };
            let key = if !self.check_duplicates {
                (None, String::new())
            } else {
                match schema.unique {
                    Unique::Key => (None, fields[0].to_lowercase()),
                    Unique::KeyInSection => (self.section, fields[0].to_lowercase()),
                    Unique::FirstTwo => (None, format!("{}\t{}", fields[0], fields[1]).to_lowercase()),
                }
            };
            if self.check_duplicates && !self.seen.insert(key) {
                return Some(Err(error(LoadErrorKind::Duplicate, format!("'{}' is listed twice", fields[0]))));
            }
            return Some(Ok(Record { line, section: self.section, fields }));
        }
        self.done = true;
        (self.header.is_none() && self.nonempty)
            .then(|| Err(LoadError::new(LoadErrorKind::MissingHeader, self.file, 1, "no header line".to_owned())))
    }
}

/// For each schema column, its position in the header, if the header has it.
fn read_header(line: &str, schema: &Schema) -> Result<[Option<usize>; MAX_COLUMNS], (LoadErrorKind, String)> {
    if schema.columns.len() > MAX_COLUMNS {
        return Err((LoadErrorKind::UnknownColumn, format!("a schema has at most {MAX_COLUMNS} columns")));
    }
    let mut positions = [None; MAX_COLUMNS];
    for (at, name) in line.split('\t').enumerate() {
        let Some(column) = schema.columns.iter().position(|c| c.name == name) else {
            let known: Vec<&str> = schema.columns.iter().map(|c| c.name).collect();
            return Err((
                LoadErrorKind::UnknownColumn,
                format!("unknown column '{name}' in the header (known: {})", known.join(", ")),
            ));
        };
        if positions[column].replace(at).is_some() {
            return Err((LoadErrorKind::UnknownColumn, format!("column '{name}' named twice in the header")));
        }
    }
    if let Some(missing) = schema.columns.iter().zip(positions).find(|(c, p)| c.required && p.is_none()) {
        return Err((LoadErrorKind::MissingColumn, format!("the header lacks the column '{}'", missing.0.name)));
    }
    Ok(positions)
}

/// The fields of a record line, in schema order.
fn read_record<'a>(
    line: &'a str,
    positions: &[Option<usize>; MAX_COLUMNS],
    schema: &Schema,
) -> Result<[&'a str; MAX_COLUMNS], (LoadErrorKind, String)> {
    let mut raw = [""; MAX_COLUMNS];
    let mut count = 0;
    for (i, field) in line.split('\t').enumerate() {
        if let Some(slot) = raw.get_mut(i) {
            *slot = field;
        }
        count = i + 1;
    }
    let width = positions.iter().flatten().count();
    if count > width {
        return Err((LoadErrorKind::Malformed, format!("{count} fields where the header has {width}")));
    }
    let mut fields = [""; MAX_COLUMNS];
    for ((column, position), slot) in schema.columns.iter().zip(positions).zip(&mut fields) {
        let field = position.and_then(|p| raw.get(p)).copied().unwrap_or_default();
        check_field(column, field)?;
        *slot = field;
    }
    Ok(fields)
}

fn check_field(column: &Column, field: &str) -> Result<(), (LoadErrorKind, String)> {
    let name = column.name;
    if field.is_empty() {
        return if column.required {
            Err((LoadErrorKind::Malformed, format!("the column '{name}' is empty")))
        } else {
            Ok(())
        };
    }
    if field.trim() != field || field.contains("  ") {
        return Err((
            LoadErrorKind::Malformed,
            format!("blanks around or inside the words of '{field}' in column '{name}'"),
        ));
    }
    let unknown = |value: &str, classes: &[&str]| {
        (
            LoadErrorKind::UnknownClass,
            format!("unknown class '{value}' in column '{name}' (expected {})", or_list(classes)),
        )
    };
    match column.value {
        Value::Text => Ok(()),
        Value::Class(classes) => classes.contains(&field).then_some(()).ok_or_else(|| unknown(field, classes)),
        Value::Classes(classes) => {
            let mut seen = Vec::new();
            for class in field.split(',') {
                if !classes.contains(&class) {
                    return Err(unknown(class, classes));
                }
                if seen.contains(&class) {
                    return Err((LoadErrorKind::Duplicate, format!("class '{class}' given twice in column '{name}'")));
                }
                seen.push(class);
            }
            Ok(())
        }
        Value::List => {
            if field.split('|').any(|item| item.is_empty() || item.trim() != item) {
                return Err((
                    LoadErrorKind::Malformed,
                    format!("an empty or padded variant in '{field}' (column '{name}')"),
                ));
            }
            Ok(())
        }
        Value::CountryCode => {
            let code = field.len() == 2 && field.bytes().all(|b| b.is_ascii_uppercase());
            code.then_some(()).ok_or_else(|| {
                (LoadErrorKind::UnknownClass, format!("'{field}' in column '{name}' is no ISO 3166-1 alpha-2 code"))
            })
        }
    }
}

/// `a, b or c`.
fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: Schema = Schema {
        columns: &[Column::required("name", Value::Text), Column::optional("gender", Value::Class(&["m", "f"]))],
        sections: &[],
        unique: Unique::Key,
    };

    const FAMILIES: Schema = Schema {
        columns: &[Column::required("phrase", Value::Text)],
        sections: &["navigation", "share"],
        unique: Unique::KeyInSection,
    };

    fn kind_of(text: &str, schema: &Schema) -> (LoadErrorKind, usize) {
        let err = parse("t.tsv", text, schema).expect_err("an error");
        (err.kind(), err.line())
    }

    #[test]
    fn records_with_optional_columns() {
        let records = parse("t.tsv", "# c\n\nname\tgender\nAna\tf\nBo\n\nCy\t\n", &NAMES).expect("loads");
        let got: Vec<(usize, &str, &str)> = records.iter().map(|r| (r.line, r.field(0), r.field(1))).collect();
        assert_eq!(got, [(4, "Ana", "f"), (5, "Bo", ""), (7, "Cy", "")]);
    }

    #[test]
    fn header_columns_in_any_order() {
        let records = parse("t.tsv", "gender\tname\nf\tAna\n", &NAMES).expect("loads");
        assert_eq!((records[0].field(0), records[0].field(1)), ("Ana", "f"));
        assert_eq!(kind_of("gender\nf\n", &NAMES), (LoadErrorKind::MissingColumn, 1));
        assert_eq!(kind_of("name\tsex\nAna\tf\n", &NAMES), (LoadErrorKind::UnknownColumn, 1));
        assert_eq!(kind_of("name\tname\n", &NAMES), (LoadErrorKind::UnknownColumn, 1));
    }

    #[test]
    fn malformed_lines() {
        assert_eq!(kind_of("name\tgender\nAna\tf\tx\n", &NAMES), (LoadErrorKind::Malformed, 2));
        assert_eq!(kind_of("name\tgender\n\tf\n", &NAMES), (LoadErrorKind::Malformed, 2));
        assert_eq!(kind_of("name\tgender\nAna \tf\n", &NAMES), (LoadErrorKind::Malformed, 2));
        assert_eq!(kind_of("name\tgender\nAna\tx\n", &NAMES), (LoadErrorKind::UnknownClass, 2));
    }

    #[test]
    fn duplicates_ignore_case() {
        assert_eq!(kind_of("name\nAna\nBo\nANA\n", &NAMES), (LoadErrorKind::Duplicate, 4));
        let ok = "phrase\n[navigation]\nhome\n[share]\nhome\n";
        assert!(parse("t.tsv", ok, &FAMILIES).is_ok());
        assert_eq!(kind_of("phrase\n[share]\nhome\nHome\n", &FAMILIES), (LoadErrorKind::Duplicate, 4));
    }

    #[test]
    fn unknown_sections_fail() {
        assert_eq!(kind_of("phrase\n[nav]\nhome\n", &FAMILIES), (LoadErrorKind::UnknownSection, 2));
        assert_eq!(kind_of("phrase\nhome\n", &FAMILIES), (LoadErrorKind::UnknownSection, 2));
        assert_eq!(kind_of("name\n[navigation]\n", &NAMES), (LoadErrorKind::UnknownSection, 2));
    }

    #[test]
    fn reading_goes_on_after_an_error() {
        let all: Vec<_> = records("t.tsv", "name\tgender\nAna\tx\nBo\nBo\nCy\tm\n", &NAMES).collect();
        let lines: Vec<Result<usize, usize>> =
            all.iter().map(|r| r.as_ref().map(|r| r.line).map_err(LoadError::line)).collect();
        assert_eq!(lines, [Err(2), Ok(3), Err(4), Ok(5)]);
        assert_eq!(kind_of("# only a comment\n", &NAMES), (LoadErrorKind::MissingHeader, 1));
    }

    #[test]
    fn lists_classes_and_codes() {
        const S: Schema = Schema {
            columns: &[
                Column::required("word", Value::Text),
                Column::optional("classes", Value::Classes(&["a", "b"])),
                Column::optional("aliases", Value::List),
                Column::optional("country", Value::CountryCode),
            ],
            sections: &[],
            unique: Unique::Key,
        };
        let records = parse("t.tsv", "word\tclasses\taliases\tcountry\nx\ta,b\tX|ex\tUS\n", &S).expect("loads");
        assert_eq!(records[0].classes(1).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(records[0].list(2).collect::<Vec<_>>(), ["X", "ex"]);
        assert_eq!(kind_of("word\tclasses\nx\ta,c\n", &S), (LoadErrorKind::UnknownClass, 2));
        assert_eq!(kind_of("word\tclasses\nx\ta,a\n", &S), (LoadErrorKind::Duplicate, 2));
        assert_eq!(kind_of("word\taliases\nx\tX||ex\n", &S), (LoadErrorKind::Malformed, 2));
        assert_eq!(kind_of("word\tcountry\nx\tus\n", &S), (LoadErrorKind::UnknownClass, 2));
    }
}
