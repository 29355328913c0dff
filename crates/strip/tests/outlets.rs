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

#[test]
fn cable_news_with_caption_and_agency_dateline_on_its_own_line() {
    let page = "\
Live TV
Audio
Edition
US
World
Politics
Business
Health
Entertainment
Style
Travel
Sports
Watch
Listen
Search
Sign in
Politics
Senate passes stopgap bill hours before government shutdown deadline
By Laura Jensen, CNN
4 minute read
Updated 11:42 PM EDT, Fri September 29, 2023
Source: CNN
Senate Majority Leader speaks to reporters on Capitol Hill in Washington, DC, on September 28, 2023.
Washington CNN —
The Senate voted late Friday to pass a short-term spending bill that would keep the government funded through mid-November, sending the measure to the House with hours to spare.
The bill passed 82 to 15, with most Republicans joining Democrats in support. “We have done our job,” the majority leader said on the Senate floor. “Now the House must do theirs.”
House leaders have not said whether they will bring the Senate bill to a vote, and several conservative members have vowed to oppose any measure that does not include deep spending cuts.
The White House urged Congress to act quickly, warning that a shutdown would delay paychecks for millions of federal workers and military families.
CNN’s Ted Barrett contributed to this report.
Related article
What a government shutdown would mean for you
Paid Links
Subscribe
Sign in
Terms of Use
Privacy Policy
© 2023 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.";
    check(
        page,
        &Expected {
            title: "Senate passes stopgap bill hours before government shutdown deadline",
            author: Some("Laura Jensen"),
            published: Some("2023-09-29T23:42-04:00"),
            dateline: Some(("Washington", None, Some("CNN"))),
            section: Some("Politics"),
            paragraphs: &[
                "The Senate voted late Friday to pass a short-term spending bill that would keep the government funded through mid-November, sending the measure to the House with hours to spare.",
                "The bill passed 82 to 15, with most Republicans joining Democrats in support. “We have done our job,” the majority leader said on the Senate floor. “Now the House must do theirs.”",
                "House leaders have not said whether they will bring the Senate bill to a vote, and several conservative members have vowed to oppose any measure that does not include deep spending cuts.",
                "The White House urged Congress to act quickly, warning that a shutdown would delay paychecks for millions of federal workers and military families.",
                "CNN’s Ted Barrett contributed to this report.",
            ],
        },
    );
}

#[test]
fn newspaper_with_standfirst_credit_caption_and_author_bio() {
    let page = "\
Skip to content
Skip to site index
Europe
Today’s Paper
Europe|Portugal Votes in Snap Election as Far Right Gains Ground
https://www.nytimes.com/2024/03/10/world/europe/portugal-election.html
Share full article
Portugal Votes in Snap Election as Far Right Gains Ground
The vote was called after the prime minister resigned over an influence-peddling inquiry. Polls suggest no party will win a majority.
Voters lined up outside a polling station in Lisbon on Sunday.Credit...Ana Brigida for The New York Times
By Rachel Moreau
Reporting from Lisbon
March 10, 2024
Updated 6:02 p.m. ET
Portuguese voters went to the polls on Sunday in an early election that could hand a far-right party its biggest share of seats since the country returned to democracy in 1974.
The election was called after Prime Minister António Costa resigned in November amid an investigation into his government’s handling of lithium and hydrogen projects. He has denied wrongdoing and has not been charged.
“People are tired of the same faces,” said Joana Silva, a 34-year-old teacher who voted in central Lisbon. “But I am worried about what comes next.”
Results are expected late on Sunday night, and analysts say weeks of coalition talks could follow.
Rachel Moreau is a correspondent for The Times covering Spain and Portugal, based in Madrid.
A version of this article appears in print on March 11, 2024, Section A, Page 9 of the New York edition with the headline: Portugal Votes as Far Right Gains.
Order Reprints | Today’s Paper | Subscribe
See more on: António Costa
Share full article
Related Content";
    check(
        page,
        &Expected {
            title: "Portugal Votes in Snap Election as Far Right Gains Ground",
            author: Some("Rachel Moreau"),
            published: Some("2024-03-10"),
            dateline: None,
            section: None,
            paragraphs: &[
                "The vote was called after the prime minister resigned over an influence-peddling inquiry. Polls suggest no party will win a majority.",
                "Portuguese voters went to the polls on Sunday in an early election that could hand a far-right party its biggest share of seats since the country returned to democracy in 1974.",
                "The election was called after Prime Minister António Costa resigned in November amid an investigation into his government’s handling of lithium and hydrogen projects. He has denied wrongdoing and has not been charged.",
                "“People are tired of the same faces,” said Joana Silva, a 34-year-old teacher who voted in central Lisbon. “But I am worried about what comes next.”",
                "Results are expected late on Sunday night, and analysts say weeks of coalition talks could follow.",
            ],
        },
    );
}

#[test]
fn broadcaster_whose_first_line_is_the_site_name() {
    let page = "\
Euronews
Europe News
World News
Business
Travel
Culture
Green
Next
Health
Video
Live
Europe
Dutch farmers block motorways in protest over nitrogen rules
By Euronews with AP
Published on 27/06/2022 - 14:22•Updated 28/06/2022 - 09:10
Share this article
Comments
Farmers drove tractors onto motorways across the Netherlands on Monday, snarling traffic for hours in a protest against government plans to cut nitrogen emissions.
The plans would require some farms to cut emissions by as much as 95% by 2030, which farmers say would force many of them out of business.
“We are fighting for our future,” said one farmer from the eastern province of Gelderland. “Without us, there is no food.”
The agriculture minister said the government remained open to talks but would not abandon its targets.
Share this article
Comments
More from world news
Flooding forces thousands from their homes in southern Germany";
    check(
        page,
        &Expected {
            title: "Dutch farmers block motorways in protest over nitrogen rules",
            author: Some("Euronews with AP"),
            published: Some("2022-06-27T14:22"),
            dateline: None,
            section: Some("Europe"),
            paragraphs: &[
                "Farmers drove tractors onto motorways across the Netherlands on Monday, snarling traffic for hours in a protest against government plans to cut nitrogen emissions.",
                "The plans would require some farms to cut emissions by as much as 95% by 2030, which farmers say would force many of them out of business.",
                "“We are fighting for our future,” said one farmer from the eastern province of Gelderland. “Without us, there is no food.”",
                "The agriculture minister said the government remained open to talks but would not abandon its targets.",
            ],
        },
    );
}

#[test]
fn broadcaster_with_skip_links_and_glued_issue_and_modified_dates() {
    let page = "\
Go to main content
Go to navigation
Go to search
FRANCE 24
News
Live
Programs
France
Africa
Middle East
Americas
Europe
Asia-Pacific
Sport
Europe
French lawmakers approve pension reform after months of protests
Issued on: 14/04/2023 - 22:10Modified: 15/04/2023 - 08:31
2 min
Protesters march in Paris against the pension reform on April 13, 2023. © Thomas Samson, AFP
Text by: NEWS WIRES
Paris (AFP) – France's Constitutional Council on Friday approved the main part of an unpopular pension reform raising the retirement age from 62 to 64, clearing the way for the government to enact it.
Unions called for fresh protests and urged the president not to sign the bill into law. “The fight is not over,” the head of the largest union told reporters outside the council.
The government has argued that the reform is needed to keep the pension system from running into deficit, while opponents say there were fairer ways to fund it.
Several thousand people gathered in front of Paris city hall after the decision, and police reported scattered clashes later in the evening.
© 2023 France 24
Read more on the same topic
Pension reform
Emmanuel Macron";
    check(
        page,
        &Expected {
            title: "French lawmakers approve pension reform after months of protests",
            author: Some("NEWS WIRES"),
            published: Some("2023-04-14T22:10"),
            dateline: Some(("Paris", None, Some("AFP"))),
            section: Some("Europe"),
            paragraphs: &[
                "France's Constitutional Council on Friday approved the main part of an unpopular pension reform raising the retirement age from 62 to 64, clearing the way for the government to enact it.",
                "Unions called for fresh protests and urged the president not to sign the bill into law. “The fight is not over,” the head of the largest union told reporters outside the council.",
                "The government has argued that the reform is needed to keep the pension system from running into deficit, while opponents say there were fairer ways to fund it.",
                "Several thousand people gathered in front of Paris city hall after the decision, and police reported scattered clashes later in the evening.",
            ],
        },
    );
}

#[test]
fn agency_with_source_and_editor_lines() {
    let page = "\
Home
China
World
Business
Sci-Tech
Culture
Sports
Photos
Video
China, Brazil pledge to deepen cooperation in trade, technology
Source: Xinhua
Editor: Liu Wei
2023-04-14 21:35:08
BEIJING, April 14 (Xinhua) -- Chinese and Brazilian leaders pledged on Friday to deepen cooperation in trade, investment, science and technology during talks in Beijing.
The two sides signed agreements covering trade, agriculture, communications and research, according to a joint statement.
\"China is willing to work with Brazil to inject more stability into the world,\" the Chinese side said.
Bilateral trade reached a record high last year, and China has been Brazil's largest trading partner for more than a decade.
Enditem
Related:
China, Brazil sign agreements on trade, investment
Copyright © 2000-2023 XINHUANET.com All rights reserved.";
    check(
        page,
        &Expected {
            title: "China, Brazil pledge to deepen cooperation in trade, technology",
            author: None,
            published: Some("2023-04-14T21:35:08"),
            dateline: Some(("BEIJING", Some("2023-04-14"), Some("Xinhua"))),
            section: None,
            paragraphs: &[
                "Chinese and Brazilian leaders pledged on Friday to deepen cooperation in trade, investment, science and technology during talks in Beijing.",
                "The two sides signed agreements covering trade, agriculture, communications and research, according to a joint statement.",
                "\"China is willing to work with Brazil to inject more stability into the world,\" the Chinese side said.",
                "Bilateral trade reached a record high last year, and China has been Brazil's largest trading partner for more than a decade.",
            ],
        },
    );
}

#[test]
fn blog_post_with_author_after_the_date() {
    let page = "\
Why I switched my team to trunk-based development – Notes from the Build
Notes from the Build
Home
About
Archive
Subscribe
Why I switched my team to trunk-based development
Posted on February 2, 2024 by Sam Okafor
For years my team worked with long-lived feature branches. Every merge was an event, and every release came with a week of fixing conflicts that nobody had planned for.
Last spring we tried something different: everyone commits to the main branch at least once a day, and unfinished work hides behind feature flags.
The first month was uncomfortable. People worried about breaking the build, and some did. But the fixes were small, because the changes were small.
Six months later, our release cycle has gone from three weeks to two days, and I have not heard anyone ask to go back.
Share this:
Twitter
Facebook
Like this:
Related
4 Comments
Leave a Reply";
    check(
        page,
        &Expected {
            title: "Why I switched my team to trunk-based development",
            author: Some("Sam Okafor"),
            published: Some("2024-02-02"),
            dateline: None,
            section: None,
            paragraphs: &[
                "For years my team worked with long-lived feature branches. Every merge was an event, and every release came with a week of fixing conflicts that nobody had planned for.",
                "Last spring we tried something different: everyone commits to the main branch at least once a day, and unfinished work hides behind feature flags.",
                "The first month was uncomfortable. People worried about breaking the build, and some did. But the fixes were small, because the changes were small.",
                "Six months later, our release cycle has gone from three weeks to two days, and I have not heard anyone ask to go back.",
            ],
        },
    );
}

#[test]
fn agency_with_place_alone_breadcrumb_and_subscription_notice() {
    let page = "\
Agency Home
World
Economy
Energy
Sports
Europe
Africa
Asia
Economy
Romania and Bulgaria sign deal to link power grids across the Danube
Two neighbors plan a second cable crossing by 2027
Ioana Marin |14.02.2024 - Update : 14.02.2024
BUCHAREST
Romania and Bulgaria on Wednesday signed an agreement to build a second high-voltage cable across the Danube, the Romanian energy ministry said.
The link is meant to let the two countries trade more electricity during cold spells, when demand peaks on both banks of the river.
Officials said construction would start next year and cost about 90 million euros, most of it from European funds.
The agency's website carries only a portion of the news stories offered to subscribers, in summarized form. Please contact us for subscription options.
Related topics
Energy";
    let got = check(
        page,
        &Expected {
            title: "Romania and Bulgaria sign deal to link power grids across the Danube",
            author: Some("Ioana Marin"),
            published: Some("2024-02-14"),
            dateline: Some(("BUCHAREST", None, None)),
            section: Some("Economy"),
            paragraphs: &[
                "Romania and Bulgaria on Wednesday signed an agreement to build a second high-voltage cable across the Danube, the Romanian energy ministry said.",
                "The link is meant to let the two countries trade more electricity during cold spells, when demand peaks on both banks of the river.",
                "Officials said construction would start next year and cost about 90 million euros, most of it from European funds.",
            ],
        },
    );
    assert!(got.removed.iter().any(|r| r.reason == RemovalReason::Footer));
}

#[test]
fn hard_wrapped_press_release_with_boilerplate_and_contacts() {
    let page = "\
FOR IMMEDIATE RELEASE

Lakeside County Library Opens Late-Night Study Rooms for Students

Rooms will stay open until midnight during exam weeks, the library says

LAKESIDE, Minn., Jan. 8, 2024 /PRNewswire/ -- The Lakeside County
Library today opened six study rooms that will stay open until midnight
during the exam weeks of the two local colleges.

\"Students told us they had nowhere quiet to work after nine,\" said the
library's director. \"Now they do.\"

The rooms were paid for by a state grant and a local bakery, which will
also supply coffee on exam nights.

About Lakeside County Library
The Lakeside County Library runs eleven branches and a book bus.

For more information, please contact:
Press Office, +1 218 555 0199, press@library.example

###";
    check(
        page,
        &Expected {
            title: "Lakeside County Library Opens Late-Night Study Rooms for Students",
            author: None,
            published: Some("2024-01-08"),
            dateline: Some(("LAKESIDE", Some("2024-01-08"), Some("PRNewswire"))),
            section: None,
            paragraphs: &[
                "The Lakeside County\nLibrary today opened six study rooms that will stay open until midnight\nduring the exam weeks of the two local colleges.",
                "\"Students told us they had nowhere quiet to work after nine,\" said the\nlibrary's director. \"Now they do.\"",
                "The rooms were paid for by a state grant and a local bakery, which will\nalso supply coffee on exam nights.",
            ],
        },
    );
}

#[test]
fn reader_funded_outlet_with_support_pitches_and_note_from_the_author() {
    let page = "\
Tbilisi Daily
Latest
Georgia
Region
Opinion
Donate
Georgian parliament delays vote on media law after street protests
by Nino Beridze
May 2, 2024 8:30 PM
3 min read
Georgia's parliament postponed a final vote on a contested media law on Thursday after tens of thousands of people marched through the capital for a third night.
The bill would require outlets that receive more than a fifth of their funding from abroad to register as foreign agents.
Independent journalism needs readers like you. Please consider supporting our work.
The speaker said the vote would take place next week, while opposition parties called for the bill to be withdrawn.
A note from the author:
Hello, I am Nino and I covered these protests. Our newsroom relies on readers, so if you can, become a member.
Become a member
More on Georgia";
    check(
        page,
        &Expected {
            title: "Georgian parliament delays vote on media law after street protests",
            author: Some("Nino Beridze"),
            published: Some("2024-05-02T20:30"),
            dateline: None,
            section: None,
            paragraphs: &[
                "Georgia's parliament postponed a final vote on a contested media law on Thursday after tens of thousands of people marched through the capital for a third night.",
                "The bill would require outlets that receive more than a fifth of their funding from abroad to register as foreign agents.",
                "The speaker said the vote would take place next week, while opposition parties called for the bill to be withdrawn.",
            ],
        },
    );
}

#[test]
fn cable_news_with_caption_credit_and_place_country_dateline() {
    let page = "\
CNN
Search
World
Africa
Americas
Asia
Europe
Middle East
Oceania
Nairobi floods leave thousands homeless as rains continue
By Amina Otieno, CNN
3 minute read
Updated 9:10 AM EAT, Tue April 30, 2024
Residents wade through a flooded street in Nairobi, Kenya, on April 29, 2024.
Luis Tato/AFP/Getty Images
Nairobi, Kenya CNN —
Floods have forced more than 20,000 people from their homes in Kenya's capital, officials said Tuesday, as heavy rains pounded the region for a second week.
The interior ministry said rivers had burst their banks in several neighborhoods and that schools would stay closed.
Forecasters expect the rains to ease by the weekend.
Related article
Drought gives way to floods across East Africa";
    check(
        page,
        &Expected {
            title: "Nairobi floods leave thousands homeless as rains continue",
            author: Some("Amina Otieno"),
            published: Some("2024-04-30T09:10+03:00"),
            dateline: Some(("Nairobi, Kenya", None, Some("CNN"))),
            section: None,
            paragraphs: &[
                "Floods have forced more than 20,000 people from their homes in Kenya's capital, officials said Tuesday, as heavy rains pounded the region for a second week.",
                "The interior ministry said rivers had burst their banks in several neighborhoods and that schools would stay closed.",
                "Forecasters expect the rains to ease by the weekend.",
            ],
        },
    );
}

#[test]
fn blog_post_followed_by_signed_comments_without_a_heading() {
    let page = "\
Why we stopped digging the beds every spring | Notes from the Allotment
Home
About
Archive
Why we stopped digging the beds every spring
Posted on March 3, 2024 by Ruth Ellis
For twenty years we turned every bed over each March, because that is what our parents did and what the books said.
Three years ago we stopped, covered the soil with compost instead, and left the worms to do the work for us.
The beds now hold water better through dry summers, and the weeds have thinned out more than we expected.
Tom Becker March 4, 2024 at 9:12 am
We tried this on clay soil and it took two seasons before we saw any change, but it worked in the end.
Anna Kowalski March 5, 2024 at 6:40 pm
Does the compost need to be fully rotted, or can you put it down half finished in the autumn?
Ruth Ellis March 5, 2024 at 8:02 pm
Half finished is fine in the autumn; the winter does the rest before you plant in spring.";
    check(
        page,
        &Expected {
            title: "Why we stopped digging the beds every spring",
            author: Some("Ruth Ellis"),
            published: Some("2024-03-03"),
            dateline: None,
            section: None,
            paragraphs: &[
                "For twenty years we turned every bed over each March, because that is what our parents did and what the books said.",
                "Three years ago we stopped, covered the soil with compost instead, and left the worms to do the work for us.",
                "The beds now hold water better through dry summers, and the weeds have thinned out more than we expected.",
            ],
        },
    );
}

#[test]
fn broadcaster_with_a_key_points_box_under_the_byline() {
    let page = "\
City Broadcaster News
Just In
Politics
World
Business
Sport
Topic:Transport
Regional rail line to reopen after two years of repairs to flood-damaged bridges
By Tom Reilly
Posted Tue 9 Apr 2024 at 6:15am, updated Tue 9 Apr 2024 at 8:02am
Key points:
Trains will run twice an hour from next month
Three bridges were rebuilt higher above the river
Fares will stay at their current level until July
The regional rail line between the coast and the ranges will reopen next month, the state transport department said on Tuesday.
Floods washed away parts of three bridges two years ago, cutting off towns that rely on the trains to reach hospitals and schools.
\"People have waited a long time and we thank them for their patience,\" the transport minister told reporters at the station.
Posted 9 Apr 2024, updated 9 Apr 2024
Share
Related stories
Bus services extended while the line stays closed";
    check(
        page,
        &Expected {
            title: "Regional rail line to reopen after two years of repairs to flood-damaged bridges",
            author: Some("Tom Reilly"),
            published: Some("2024-04-09T06:15"),
            dateline: None,
            section: None,
            paragraphs: &[
                "The regional rail line between the coast and the ranges will reopen next month, the state transport department said on Tuesday.",
                "Floods washed away parts of three bridges two years ago, cutting off towns that rely on the trains to reach hospitals and schools.",
                "\"People have waited a long time and we thank them for their patience,\" the transport minister told reporters at the station.",
            ],
        },
    );
}

#[test]
fn newspaper_with_a_desk_byline_a_place_alone_and_updated_then_published_lines() {
    let page = "\
The Daily Courier
e-Paper
News
World
Opinion
Business
Sport
News
High court orders state to publish flood relief spending within a month
The Daily Courier Bureau
CHENNAI
Updated - April 11, 2024 09:40 pm IST
Published - April 11, 2024 07:05 pm IST
The High Court on Thursday directed the State government to publish within a month an account of how flood relief funds were spent.
The order came on a petition by residents of low-lying areas who said that promised payments had not reached them.
A counsel for the government told the court that most of the funds had already been paid out to the districts.
COMMENTS
SHARE
Related Topics
floods";
    check(
        page,
        &Expected {
            title: "High court orders state to publish flood relief spending within a month",
            author: Some("The Daily Courier Bureau"),
            published: Some("2024-04-11T19:05+05:30"),
            dateline: Some(("CHENNAI", None, None)),
            section: Some("News"),
            paragraphs: &[
                "The High Court on Thursday directed the State government to publish within a month an account of how flood relief funds were spent.",
                "The order came on a petition by residents of low-lying areas who said that promised payments had not reached them.",
                "A counsel for the government told the court that most of the funds had already been paid out to the districts.",
            ],
        },
    );
}

#[test]
fn news_site_with_a_breadcrumb_over_the_headline_and_a_tag_list() {
    let page = "\
The Harbour Times
Coast & Islands
Inland News
Blogs
Ops & Blogs
Liveblog
Log in
Sign up
Coast & Islands
Ferry operators agree on a single ticket for island routes
Passengers will be able to change boats without buying a second fare
By Harbour Times Staff
Today, 9:48 am
Updated at 11:20 am
Three ferry operators on Monday agreed to sell a single ticket valid on all routes between the mainland and the islands.
\"Travellers should not have to think about which company runs the boat,\" the ports authority chairman said at the harbour.
The joint ticket will go on sale in the spring, the operators said in a statement.
Read more about:
Coast & Islands
Ferries
Transport";
    check(
        page,
        &Expected {
            title: "Ferry operators agree on a single ticket for island routes",
            author: Some("Harbour Times Staff"),
            published: None,
            dateline: None,
            section: Some("Coast & Islands"),
            paragraphs: &[
                "Three ferry operators on Monday agreed to sell a single ticket valid on all routes between the mainland and the islands.",
                "\"Travellers should not have to think about which company runs the boat,\" the ports authority chairman said at the harbour.",
                "The joint ticket will go on sale in the spring, the operators said in a statement.",
            ],
        },
    );
}

#[test]
fn tabloid_with_published_and_updated_times_on_one_line() {
    let page = "\
Home
News
Sport
Showbiz
Science
Money
Latest Headlines
Science
Divers find a lost anchor off the coast after a search of three summers
Anchor is thought to come from a ship wrecked in a storm
By Laura Penn For Online
Published: 08:14 EDT, 2 May 2024 | Updated: 09:51 EDT, 2 May 2024
e-mail
12 shares
A team of amateur divers has found a large iron anchor on the seabed off the coast after searching for three summers.
The divers believe it belonged to a cargo ship that sank in a storm, and they have reported the find to the coastguard.
\"We had almost given up when it appeared out of the sand,\" said one of the divers, who has searched the area since 2021.
Advertisement
Share or comment on this article:";
    check(
        page,
        &Expected {
            title: "Divers find a lost anchor off the coast after a search of three summers",
            author: Some("Laura Penn"),
            published: Some("2024-05-02T08:14-04:00"),
            dateline: None,
            section: Some("Science"),
            paragraphs: &[
                "A team of amateur divers has found a large iron anchor on the seabed off the coast after searching for three summers.",
                "The divers believe it belonged to a cargo ship that sank in a storm, and they have reported the find to the coastguard.",
                "\"We had almost given up when it appeared out of the sand,\" said one of the divers, who has searched the area since 2021.",
            ],
        },
    );
}

#[test]
fn a_single_paragraph_is_body_text() {
    let page = "The city council approved the new budget on Tuesday after a long debate, officials said.";
    let got = strip(page);
    assert_eq!(got.title, None);
    let paragraphs: Vec<&str> = got.paragraphs.iter().map(|p| p.text).collect();
    assert_eq!(paragraphs, [page]);
}

#[test]
fn broadcaster_with_name_over_role_line_and_trust_link() {
    let page = "\
Skip to content
Example News - back to home
Watch Live
Home
UK
World
Business
Offbeat
Farmers stage tractor protest over new import rules
Hundreds of vehicles slowed traffic on the motorway as union leaders met ministers.
Sam Okafor
Business reporter @samokafor
Tuesday 4 June 2024 10:20, UK
Image: Tractors line the road near the port. Pic: PA
Why you can trust Example News
Hundreds of farmers drove their tractors towards the capital on Tuesday to protest against new import rules.
The union says the rules let cheaper produce into the country without the same standards.
\"We cannot compete with farms that do not follow our rules,\" one farmer told reporters at the roadside.
The government said it would meet union leaders again next week.
More from Business
Related Topics";
    let got = check(
        page,
        &Expected {
            title: "Farmers stage tractor protest over new import rules",
            author: Some("Sam Okafor"),
            published: Some("2024-06-04T10:20"),
            dateline: None,
            section: None,
            paragraphs: &[
                "Hundreds of farmers drove their tractors towards the capital on Tuesday to protest against new import rules.",
                "The union says the rules let cheaper produce into the country without the same standards.",
                "\"We cannot compete with farms that do not follow our rules,\" one farmer told reporters at the roadside.",
                "The government said it would meet union leaders again next week.",
            ],
        },
    );
    let byline = got.removed.iter().filter(|r| r.reason == RemovalReason::Byline).count();
    assert_eq!(byline, 2, "the name and its role line");
}

#[test]
fn newspaper_with_name_over_role_line() {
    let page = "\
The Example Times
Subscribe
Sign In
News
Sport
Opinion
Ireland
Health
Waiting lists for hip operations fall for the first time in five years
Department says extra theatre hours made the difference, but patients' groups say delays remain too long
Wed Mar 6 2024 - 07:45
Niamh Brennan
Health Correspondent
The number of people waiting for a hip operation fell by 8 per cent last year, according to figures released on Wednesday.
The Minister for Health said the extra theatre hours funded last year had made the difference.
Patients' groups said many people still waited more than a year for surgery.
© 2024 The Example Times";
    check(
        page,
        &Expected {
            title: "Waiting lists for hip operations fall for the first time in five years",
            author: Some("Niamh Brennan"),
            published: Some("2024-03-06T07:45"),
            dateline: None,
            section: Some("Health"),
            paragraphs: &[
                "The number of people waiting for a hip operation fell by 8 per cent last year, according to figures released on Wednesday.",
                "The Minister for Health said the extra theatre hours funded last year had made the difference.",
                "Patients' groups said many people still waited more than a year for surgery.",
            ],
        },
    );
}

#[test]
fn translated_edition_with_agency_credit_and_language_link() {
    let page = "\
Le Journal.fr - Actualités et Infos en France et dans le monde
English
International
France
Culture
Subscribe
Log in
Asia
Monsoon floods force thousands from their homes in northern provinces
Rescue teams used boats to reach villages cut off by the rising water, officials said.
Le Journal with AFP
Published on July 8, 2024, at 6:05 pm (Paris), updated at 7:40 pm
3 min read
Lire en français
Floods caused by days of monsoon rain have forced thousands of people from their homes in the northern provinces, officials said on Monday.
Rescue teams used boats to reach villages that the rising water had cut off from the main roads.
The weather service warned that more heavy rain was expected over the coming days.
Le Journal with AFP
Reuse this content";
    check(
        page,
        &Expected {
            title: "Monsoon floods force thousands from their homes in northern provinces",
            author: Some("Le Journal with AFP"),
            published: Some("2024-07-08T18:05+02:00"),
            dateline: None,
            section: Some("Asia"),
            // The standfirst above the byline block is optional article text: here it is not kept.
            paragraphs: &[
                "Floods caused by days of monsoon rain have forced thousands of people from their homes in the northern provinces, officials said on Monday.",
                "Rescue teams used boats to reach villages that the rising water had cut off from the main roads.",
                "The weather service warned that more heavy rain was expected over the coming days.",
            ],
        },
    );
}

#[test]
fn regional_daily_with_standfirst_before_the_dateline_paragraph() {
    let page = "\
The Harbour Post
Home
Nation
World
Business
Sport
Port strike ends after dockworkers accept new pay deal
The agreement raises wages by 9 per cent over three years and ends a two-week stoppage.
Lena Ahmad
Transport Correspondent
UPDATED
APR 2, 2024, 6:10 PM
VALLETTA - Dockworkers voted on April 2 to accept a new pay agreement, ending a strike that had halted container traffic for two weeks.
\"Our members have won a fair deal,\" union leader Carmel Grech told reporters after the vote.
The port authority said ships would resume loading on Wednesday.
Join our channel and get the latest news.";
    check(
        page,
        &Expected {
            title: "Port strike ends after dockworkers accept new pay deal",
            author: Some("Lena Ahmad"),
            published: Some("2024-04-02T18:10"),
            dateline: Some(("VALLETTA", None, None)),
            section: None,
            paragraphs: &[
                "The agreement raises wages by 9 per cent over three years and ends a two-week stoppage.",
                "Dockworkers voted on April 2 to accept a new pay agreement, ending a strike that had halted container traffic for two weeks.",
                "\"Our members have won a fair deal,\" union leader Carmel Grech told reporters after the vote.",
                "The port authority said ships would resume loading on Wednesday.",
            ],
        },
    );
}
