//! A user lexicon's people, institutions and country names are found, merged
//! and linked like the compiled-in ones.

use newsclip::entities::EntityKind;
use newsclip::lexicon::file::LoadErrorKind;
use newsclip::lexicon::UserLexicon;
use newsclip::Extractor;

const WATCH_LIST: &str = "# a monitoring team's watch-list (invented names)
kind\tname\taliases\tcountry\tcode
person\tTeodora Vasquel\tT. Vasquel|Dora Vasquel\tCL\tWL-001
institution\tNorthern Harbour Authority\tNHA|Harbour Authority\tNO\tWL-002
country\tThe Lowlands\t\tNL
";

fn extractor() -> Extractor {
    let user = UserLexicon::from_tsv(WATCH_LIST).expect("the watch-list loads");
    Extractor::builder().strip(false).lexicon(user).build()
}

#[test]
fn listed_people_are_found_merged_and_speak() {
    let text = "Dora Vasquel, who rarely speaks to the press, arrived on Monday.\n\n\
                “We will not sign,” T. Vasquel told reporters. Vasquel left soon after.";
    let article = extractor().extract(text);
    let person = article.entities.iter().find(|e| e.kind == EntityKind::Person).expect("the listed person");
    assert_eq!(person.name, "Teodora Vasquel");
    assert_eq!(person.reference.as_deref(), Some("WL-001"));
    assert_eq!(person.country.map(|c| c.to_string()).as_deref(), Some("CL"));
    let written: Vec<&str> = person.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(written, ["Dora Vasquel", "T. Vasquel", "Vasquel"]);
    assert_eq!(person.mentions[0].rule.map(|r| r.id()), Some("entities.person.listed"));
    let speaker = article.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!((speaker.name.as_deref(), speaker.entity), (Some("Teodora Vasquel"), Some(person.id)));
}

#[test]
fn listed_institutions_and_country_names() {
    let text = "The NHA said ships would wait. The Northern Harbour Authority runs the port of \
                The Lowlands' largest rival.";
    let article = extractor().extract(text);
    let authority = article.entities.iter().find(|e| e.kind == EntityKind::Institution).expect("an institution");
    assert_eq!(authority.name, "Northern Harbour Authority");
    assert_eq!(authority.mentions.len(), 2);
    assert_eq!(authority.country.map(|c| c.to_string()).as_deref(), Some("NO"));
    assert_eq!(authority.reference.as_deref(), Some("WL-002"));
    let country = article.entities.iter().find(|e| e.kind == EntityKind::Country).expect("a country");
    assert_eq!((country.name.as_str(), country.code.map(|c| c.to_string())), ("Netherlands", Some("NL".into())));
}

#[test]
fn without_the_lexicon_the_names_are_not_listed() {
    let article = Extractor::builder().strip(false).build().extract("The NHA said ships would wait.");
    assert!(article.entities.iter().all(|e| e.name != "Northern Harbour Authority"));
}

#[test]
fn malformed_lines_are_reported_with_their_number() {
    let tsv = "kind\tname\taliases\tcountry\tcode\nperson\tAna Roe\t\tXX\n";
    let err = UserLexicon::from_tsv_named("watch.tsv", tsv).expect_err("an unknown country");
    assert_eq!((err.kind(), err.line()), (LoadErrorKind::UnknownClass, 2));
    assert!(err.to_string().starts_with("watch.tsv:2: "), "{err}");
}
