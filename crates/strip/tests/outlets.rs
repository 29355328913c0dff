//! Page dumps in the layouts of common news outlets (written for these tests), with what a reader
//! would call the title, byline, date, dateline, section and body.

use newsclip_strip::{strip, Page, RemovalReason};

struct Expected<'e> {
    title: &'e str,
    author: Option<&'e str>,
    published: Option<&'e str>,
    dateline: Option<(&'e str, Option<&'e str>, Option<&'e str>)>,
    section: Option<&'e str>,
    paragraphs: &'e [&'e str],
}

fn check<'p>(page: &'p str, expected: &Expected<'_>) -> Page<'p> {
    let got = strip(page);
    assert_eq!(got.title.map(|t| t.text), Some(expected.title), "title");
    assert_eq!(got.author.map(|a| a.text), expected.author, "author");
    assert_eq!(got.published.map(|p| p.timestamp.to_string()).as_deref(), expected.published, "published");
    let dateline = got.dateline.map(|d| (d.place.unwrap_or(""), d.date.map(|d| d.to_string()), d.agency));
    let want = expected.dateline.map(|(place, date, agency)| (place, date.map(String::from), agency));
    assert_eq!(dateline, want, "dateline");
    assert_eq!(got.section.map(|s| s.text), expected.section, "section");
    let paragraphs: Vec<&str> = got.paragraphs.iter().map(|p| p.text).collect();
    assert_eq!(paragraphs, expected.paragraphs, "paragraphs");
    got
}

#[test]
fn wire_story_with_reading_time_and_credits() {
    let page = "\
Germany's economy shrinks in third quarter as consumers cut spending
By Maria Martinez
3 minute read
Updated 5:12 AM GMT+1, October 30, 2023
BERLIN, Oct 30 (Reuters) - Germany's economy shrank slightly in the third quarter, the statistics office said on Monday, as high inflation weighed on household spending.
Gross domestic product fell 0.1% from the previous quarter, the office said in a statement.
\"The economy is stuck in a difficult phase,\" said an economist at a large bank, adding that a recovery was unlikely before next year.
The government expects the economy to contract by 0.4% this year before growing again in 2024.
Reporting by Maria Martinez; Editing by Toby Chopra
Our Standards: The Thomson Reuters Trust Principles.
Read Next
Markets
Oil prices rise as Middle East tensions simmer
Business
European shares open higher ahead of central bank decisions";
    check(
        page,
        &Expected {
            title: "Germany's economy shrinks in third quarter as consumers cut spending",
            author: Some("Maria Martinez"),
            published: Some("2023-10-30T05:12+01:00"),
            dateline: Some(("BERLIN", Some("2023-10-30"), Some("Reuters"))),
            section: None,
            paragraphs: &[
                "Germany's economy shrank slightly in the third quarter, the statistics office said on Monday, as high inflation weighed on household spending.",
                "Gross domestic product fell 0.1% from the previous quarter, the office said in a statement.",
                "\"The economy is stuck in a difficult phase,\" said an economist at a large bank, adding that a recovery was unlikely before next year.",
                "The government expects the economy to contract by 0.4% this year before growing again in 2024.",
            ],
        },
    );
}

#[test]
fn agency_story_with_capitalized_byline_and_copyright() {
    let page = "\
Council approves new budget after marathon session
By JANE DOE and JOHN ROE
Updated 4:12 PM EST, December 5, 2023
SPRINGFIELD, Ill. (AP) — The city council approved a new budget early Tuesday after a session that lasted more than nine hours.
The plan raises spending on roads and schools and trims the police overtime budget, a point of contention for months.
“This is a budget for the neighborhoods,” the mayor told reporters after the vote.
Associated Press writer Ann Lee in Chicago contributed to this report.
Copyright 2023 The Associated Press. All Rights Reserved.";
    let got = check(
        page,
        &Expected {
            title: "Council approves new budget after marathon session",
            author: Some("JANE DOE and JOHN ROE"),
            published: Some("2023-12-05T16:12-05:00"),
            dateline: Some(("SPRINGFIELD, Ill.", None, Some("AP"))),
            section: None,
            paragraphs: &[
                "The city council approved a new budget early Tuesday after a session that lasted more than nine hours.",
                "The plan raises spending on roads and schools and trims the police overtime budget, a point of contention for months.",
                "“This is a budget for the neighborhoods,” the mayor told reporters after the vote.",
                "Associated Press writer Ann Lee in Chicago contributed to this report.",
            ],
        },
    );
    assert_eq!(got.removed.last().map(|r| r.reason), Some(RemovalReason::Footer));
}

#[test]
fn newspaper_with_deck_role_and_topics() {
    let page = "\
Ministers urged to act on housing shortage
Charities say the government's plans fall short of what is needed
Jane Doe Social affairs correspondent
Tue 5 Dec 2023 14.30 GMT
First published on Tue 5 Dec 2023 09.00 GMT
Ministers must build far more social homes if they are to end the housing shortage, a coalition of charities has said.
In a letter to the housing secretary, the group said waiting lists had grown by a third in five years.
The government said it was on track to meet its targets and pointed to record spending on affordable homes.
Explore more on these topics
Housing
Homelessness
Share
Reuse this content";
    check(
        page,
        &Expected {
            title: "Ministers urged to act on housing shortage",
            author: Some("Jane Doe"),
            published: Some("2023-12-05T09:00Z"),
            dateline: None,
            section: None,
            paragraphs: &[
                "Ministers must build far more social homes if they are to end the housing shortage, a coalition of charities has said.",
                "In a letter to the housing secretary, the group said waiting lists had grown by a third in five years.",
                "The government said it was on track to meet its targets and pointed to record spending on affordable homes.",
            ],
        },
    );
}

#[test]
fn broadcaster_with_summary_and_source_line() {
    let page = "\
Truce extended by two days as more captives are released
Mediators say the pause in fighting will continue while talks go on.
Published On 27 Nov 2023
Save articles to read later and create your own reading list.
The truce between the two sides has been extended by two days, mediators announced on Monday evening.
Under the deal, more captives and prisoners are expected to be released in the coming days, officials said.
Aid agencies welcomed the extension but said far more help was needed for civilians in the area.
Source: News agencies";
    check(
        page,
        &Expected {
            title: "Truce extended by two days as more captives are released",
            author: None,
            published: Some("2023-11-27"),
            dateline: None,
            section: None,
            paragraphs: &[
                "The truce between the two sides has been extended by two days, mediators announced on Monday evening.",
                "Under the deal, more captives and prisoners are expected to be released in the coming days, officials said.",
                "Aid agencies welcomed the extension but said far more help was needed for civilians in the area.",
            ],
        },
    );
}

#[test]
fn state_agency_with_slashed_agency_dateline() {
    let page = "\
Russia ready to continue talks, foreign minister says
MOSCOW, December 5. /TASS/. Russia is ready to continue talks on the issue, the foreign minister told reporters on Tuesday.
According to the minister, the next round could take place early next year in a neutral country.
He added that the sides had agreed to keep working on a joint statement.
World
Share";
    check(
        page,
        &Expected {
            title: "Russia ready to continue talks, foreign minister says",
            author: None,
            published: None,
            dateline: Some(("MOSCOW", None, Some("TASS"))),
            section: Some("World"),
            paragraphs: &[
                "Russia is ready to continue talks on the issue, the foreign minister told reporters on Tuesday.",
                "According to the minister, the next round could take place early next year in a neutral country.",
                "He added that the sides had agreed to keep working on a joint statement.",
            ],
        },
    );
}

#[test]
fn public_broadcaster_with_caption_and_related_topics() {
    let page = "\
Council approves budget after long debate
5 December 2023
Share
Getty Images
The council met for nine hours on Tuesday
By Jane Doe
BBC News
The city council has approved its budget for next year after a debate that lasted late into the night.
Councillors voted by 32 to 20 in favour of the plan, which raises council tax by 4.9%.
Opposition members said the rise would hit families already struggling with the cost of living.
Related Topics
Local government
More on this story
Council tax to rise by 5%, leaders say";
    check(
        page,
        &Expected {
            title: "Council approves budget after long debate",
            author: Some("Jane Doe"),
            published: Some("2023-12-05"),
            dateline: None,
            section: None,
            paragraphs: &[
                "The city council has approved its budget for next year after a debate that lasted late into the night.",
                "Councillors voted by 32 to 20 in favour of the plan, which raises council tax by 4.9%.",
                "Opposition members said the rise would hit families already struggling with the cost of living.",
            ],
        },
    );
}

#[test]
fn article_interrupted_by_advertisement_and_inline_teaser() {
    let page = "\
Floods force thousands from their homes in the north
Politics
By Ana Lopez
07.03.2024 18:05
DUBLIN, 5 December 2023 — Floods have forced thousands of people from their homes across the north of the country, officials said on Tuesday.
Rescue teams worked through the night to reach villages cut off by the rising water.
Advertisement
Read more: Storm warning issued for the west coast
The weather service said more rain was expected on Wednesday and urged people to avoid travel.
Photo: Rescue workers in a flooded street / Ana Lopez
“We have never seen water this high,” said a resident who had lived in the village for forty years.
Tags: floods, weather
© 2023 Example News";
    check(
        page,
        &Expected {
            title: "Floods force thousands from their homes in the north",
            author: Some("Ana Lopez"),
            published: Some("2024-03-07T18:05"),
            dateline: Some(("DUBLIN", Some("2023-12-05"), None)),
            section: Some("Politics"),
            paragraphs: &[
                "Floods have forced thousands of people from their homes across the north of the country, officials said on Tuesday.",
                "Rescue teams worked through the night to reach villages cut off by the rising water.",
                "The weather service said more rain was expected on Wednesday and urged people to avoid travel.",
                "“We have never seen water this high,” said a resident who had lived in the village for forty years.",
            ],
        },
    );
}

#[test]
fn hard_wrapped_plain_text_export() {
    let page = "\
Council approves budget after long debate

By Jane Doe

WASHINGTON (AP) — The city council approved the budget on Tuesday after a
long debate that ran late into the night, with members arguing over roads,
schools and the police overtime budget.

The mayor said the vote was a victory for the neighborhoods and thanked the
council for the long hours it had spent on the plan over the summer.

Share this article
";
    check(
        page,
        &Expected {
            title: "Council approves budget after long debate",
            author: Some("Jane Doe"),
            published: None,
            dateline: Some(("WASHINGTON", None, Some("AP"))),
            section: None,
            paragraphs: &[
                "The city council approved the budget on Tuesday after a\nlong debate that ran late into the night, with members arguing over roads,\nschools and the police overtime budget.",
                "The mayor said the vote was a victory for the neighborhoods and thanked the\ncouncil for the long hours it had spent on the plan over the summer.",
            ],
        },
    );
}

#[test]
fn cable_news_with_agency_only_dateline() {
    let page = "\
Lawmakers reach deal to avert shutdown
By Jane Doe, CNN
Updated 10:47 AM EST, Tue December 5, 2023
(CNN) — Congressional leaders reached a deal on Tuesday to keep the government funded into the new year.
The agreement still needs to pass both chambers before the deadline at the end of the week.
“We have a path forward,” one leader told reporters outside the chamber on Tuesday afternoon.
Most Read
Markets slide as investors weigh rate outlook";
    check(
        page,
        &Expected {
            title: "Lawmakers reach deal to avert shutdown",
            author: Some("Jane Doe"),
            published: Some("2023-12-05T10:47-05:00"),
            dateline: Some(("", None, Some("CNN"))),
            section: None,
            paragraphs: &[
                "Congressional leaders reached a deal on Tuesday to keep the government funded into the new year.",
                "The agreement still needs to pass both chambers before the deadline at the end of the week.",
                "“We have a path forward,” one leader told reporters outside the chamber on Tuesday afternoon.",
            ],
        },
    );
}

#[test]
fn news_agency_of_asia_with_date_in_dateline() {
    let page = "\
Government announces relief package for farmers
New Delhi, Dec 5 (PTI) The government on Tuesday announced a relief package for farmers hit by unseasonal rain in several states.
The package includes direct payments and a waiver of interest on crop loans for one year, officials said.
Opposition parties said the measures were too little and too late for the worst-hit districts.
Published: December 5, 2023 7:45 PM IST
Business";
    check(
        page,
        &Expected {
            title: "Government announces relief package for farmers",
            author: None,
            published: Some("2023-12-05T19:45+05:30"),
            dateline: Some(("New Delhi", Some("2023-12-05"), Some("PTI"))),
            section: Some("Business"),
            paragraphs: &[
                "The government on Tuesday announced a relief package for farmers hit by unseasonal rain in several states.",
                "The package includes direct payments and a waiver of interest on crop loans for one year, officials said.",
                "Opposition parties said the measures were too little and too late for the worst-hit districts.",
            ],
        },
    );
}

#[test]
fn section_and_date_above_the_headline() {
    let page = "\
World
12 March 2024, 08:15
Ceasefire talks resume in the capital after a week of delays
Negotiators from both sides returned to the table on Tuesday, a week after talks broke down over the release of prisoners.
The mediators said they were cautiously optimistic that a first agreement could be signed before the end of the month.
Previous article
Next article";
    check(
        page,
        &Expected {
            title: "Ceasefire talks resume in the capital after a week of delays",
            author: None,
            published: Some("2024-03-12T08:15"),
            dateline: None,
            section: Some("World"),
            paragraphs: &[
                "Negotiators from both sides returned to the table on Tuesday, a week after talks broke down over the release of prisoners.",
                "The mediators said they were cautiously optimistic that a first agreement could be signed before the end of the month.",
            ],
        },
    );
}

#[test]
fn wire_results_with_a_table_and_a_sign_off() {
    // A clean wire dump: no menus, no prompts. Every line of the story stays, rows included;
    // the contact line that signs it off is the byline.
    let page = "\
ATHLETICS - RESULTS FROM THE CITY GRAND PRIX.
SPRINGFIELD 2024-06-14
Leading results from the City Grand Prix athletics meeting on Friday:
Men's 200 metres
1. Jon Arden (Canada) 19.87
2. Tomas Berg (Norway) 20.02
3. Ali Haddad (Morocco) 20.11
Women's 1,500 metres
1. Rosa Lind (Sweden) 3:58.21
2. Eva Marsh (Britain) 3:59.40
-- Ana Lopez, Springfield Newsroom +1 217 555 0142";
    let got = check(
        page,
        &Expected {
            title: "ATHLETICS - RESULTS FROM THE CITY GRAND PRIX.",
            author: Some("Ana Lopez"),
            published: None,
            dateline: None,
            section: None,
            paragraphs: &[
                "SPRINGFIELD 2024-06-14",
                "Leading results from the City Grand Prix athletics meeting on Friday:",
                "Men's 200 metres",
                "1. Jon Arden (Canada) 19.87",
                "2. Tomas Berg (Norway) 20.02",
                "3. Ali Haddad (Morocco) 20.11",
                "Women's 1,500 metres",
                "1. Rosa Lind (Sweden) 3:58.21",
                "2. Eva Marsh (Britain) 3:59.40",
            ],
        },
    );
    assert_eq!(got.removed.len(), 1);
    assert_eq!(got.removed[0].reason, RemovalReason::Byline);
}

#[test]
fn market_report_whose_price_table_closes_the_article() {
    let page = "\
Bond prices edge higher as traders await inflation data - City Markets
Home | Markets | Companies | Opinion
Bond prices edge higher as traders await inflation data
By John Roe
Government bond prices rose slightly on Thursday as traders waited for the inflation figures due next week, dealers said.
Short-dated notes led the gains, while the longest maturities were little changed in thin trading before the holiday.
Closing prices on Thursday:
Two-year note 99.42 +0.08 4.71
Ten-year note 97.15 +0.21 4.28
Thirty-year bond 94.60 -0.02 4.44
Share this article
Most read
Storm closes coastal roads for a second day";
    check(
        page,
        &Expected {
            title: "Bond prices edge higher as traders await inflation data",
            author: Some("John Roe"),
            published: None,
            dateline: None,
            section: None,
            paragraphs: &[
                "Government bond prices rose slightly on Thursday as traders waited for the inflation figures due next week, dealers said.",
                "Short-dated notes led the gains, while the longest maturities were little changed in thin trading before the holiday.",
                "Closing prices on Thursday:",
                "Two-year note 99.42 +0.08 4.71",
                "Ten-year note 97.15 +0.21 4.28",
                "Thirty-year bond 94.60 -0.02 4.44",
            ],
        },
    );
}
