//! --help, completions and the manual page.

use crate::util::newsclip;

#[test]
fn help_documents_inputs_outputs_errors_and_exit_status() {
    let out = newsclip(&["extract", "--help"], b"");
    let help = String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "--jsonl",
        "--no-strip",
        "--max-record-bytes",
        "--fail-on-error",
        "standard input",
        "WARC",
        "warc_record_id",
        "\"error\"",
        "UTF-8",
        "byte offsets",
        "Exit status",
    ] {
        assert!(help.contains(needle), "--help mentions {needle}");
    }
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(newsclip(&["extract", "--no-such-flag"], b"").status.code(), Some(2));
    assert_eq!(newsclip(&["extract", "--max-record-bytes", "lots"], b"").status.code(), Some(2));
    assert_eq!(newsclip(&["extract", "--files-from", "-", "-"], b"").status.code(), Some(2));
}

#[test]
fn completions_and_man_page_are_generated() {
    let bash = newsclip(&["completions", "bash"], b"");
    assert!(bash.status.success());
    assert!(String::from_utf8_lossy(&bash.stdout).contains("--max-record-bytes"));
    let man = newsclip(&["man"], b"");
    assert!(man.status.success());
    assert!(String::from_utf8_lossy(&man.stdout).contains(".TH newsclip"));
    let extract = newsclip(&["man", "extract"], b"");
    let page = String::from_utf8_lossy(&extract.stdout);
    assert!(page.contains(".TH newsclip-extract") && page.contains("max\\-record\\-bytes"), "{page}");
}

#[test]
fn language_reads_the_page_with_that_languages_words() {
    let text = "„Wir sind bereit“, sagte Bürgermeisterin Ines Vogt am Dienstag in Spanien.";
    let out = newsclip(&["extract", "--no-strip", "--compact", "--language", "de", "-"], text.as_bytes());
    assert!(out.status.success());
    let article: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(article["language"], "de");
    assert_eq!(article["quotes"][0]["speaker"]["name"], "Ines Vogt");
    let codes: Vec<&str> =
        article["entities"].as_array().into_iter().flatten().filter_map(|e| e["code"].as_str()).collect();
    assert_eq!(codes, ["ES"]);
}
