//! The metadata cases of `tests/cases/metadata.toml`.

use newsclip_html::read;
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    html: String,
    url: Option<String>,
    expected: Expected,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    title: Option<String>,
    authors: Option<Vec<String>>,
    published: Option<String>,
    modified: Option<String>,
    section: Option<String>,
    language: Option<String>,
    url: Option<String>,
    site_name: Option<String>,
}

#[test]
fn metadata_cases() {
    let file: File = toml::from_str(include_str!("cases/metadata.toml")).expect("cases parse");
    assert!(file.case.len() >= 15);
    for case in file.case {
        let metadata = read(case.html.as_bytes(), case.url.as_deref()).metadata;
        let name = &case.name;
        let e = case.expected;
        let check = |what: &str, expected: &Option<String>, got: &Option<String>| {
            if expected.is_some() {
                assert_eq!(got, expected, "{name}: {what}");
            }
        };
        check("title", &e.title, &metadata.title);
        check("published", &e.published, &metadata.published);
        check("modified", &e.modified, &metadata.modified);
        check("section", &e.section, &metadata.section);
        check("language", &e.language, &metadata.language);
        check("url", &e.url, &metadata.url);
        check("site_name", &e.site_name, &metadata.site_name);
        if let Some(authors) = e.authors {
            assert_eq!(metadata.authors, authors, "{name}: authors");
        }
    }
}
