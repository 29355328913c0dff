//! --explain and --lexicon: reading the decisions, adding a watch-list.

use crate::util::{json_lines, newsclip, record, stderr, TempDir};

const PAGE: &str =
    "Harbour Board Backs New Ferry Route\nBy Jane Doe\n\nThe board approved the route on Monday after a \
                    long debate.\n\n\"It is the right call for the island,\" said Amara Okonjo, who chairs the board.\n\
                    \nShare this article\n";

#[test]
fn explain_prints_each_decision_with_its_rule() {
    let out = newsclip(&["extract", "--explain"], PAGE.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let account = String::from_utf8_lossy(&out.stdout);
    assert!(account.contains("title") && account.contains("Harbour Board Backs New Ferry Route"), "{account}");
    assert!(account.contains("strip.byline"), "the author's rule is named: {account}");
    assert!(account.contains("Amara Okonjo"), "the speaker is listed: {account}");
    assert!(!account.trim_start().starts_with('{'), "an account, not JSON");
}

#[test]
fn explain_names_each_record_of_a_stream() {
    let input = record("first", PAGE) + &record(7, PAGE);
    let out = newsclip(&["extract", "--explain", "--jsonl"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let account = String::from_utf8_lossy(&out.stdout);
    assert!(account.contains("== first\n") && account.contains("== 7\n"), "{account}");
}

#[test]
fn a_user_lexicon_adds_people_with_their_reference() {
    let dir = TempDir::new("lexicon");
    let watch = dir.file("watch.tsv", b"kind\tname\taliases\tcountry\tcode\nperson\tAmara Okonjo\t\tNG\tWL-0042\n");
    let out = newsclip(&["extract", "--compact", "--lexicon", &watch], PAGE.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let article = &json_lines(&out.stdout)[0];
    let person = article["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Amara Okonjo").unwrap();
    assert_eq!(person["reference"], "WL-0042");
}

#[test]
fn a_malformed_user_lexicon_is_a_usage_error_naming_its_line() {
    let dir = TempDir::new("bad-lexicon");
    let bad = dir.file("bad.tsv", b"kind\tname\nperon\tAmara Okonjo\n");
    let out = newsclip(&["extract", "--lexicon", &bad], PAGE.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    assert!(message.contains("bad.tsv:2") && message.contains("peron"), "{message}");
    let missing = newsclip(&["extract", "--lexicon", "/no/such/file.tsv"], PAGE.as_bytes());
    assert_eq!(missing.status.code(), Some(2));
}
