//! Table tests for `find_dates`, without and with an anchor.

mod common;

use armscope_normalize::find_dates;
use jiff::civil::{date, Weekday};

/// Wednesday 17 June 2020, the publication date the relative rows are placed by.
fn anchor() -> jiff::civil::Date {
    date(2020, 6, 17)
}

/// Input (no anchor) → `span => first..last Precision[ mMonth][ dDay][ rel]`, `?` = open/unknown.
const ABSOLUTE: &[(&str, &str)] = &[
    ("2015", "2015 => 2015..2015 Year"),
    ("in 2022", "2022 => 2022..2022 Year"),
    ("In 2022, Russia", "2022 => 2022..2022 Year"),
    ("the 2019 contract", "2019 => 2019..2019 Year"),
    ("October 2018", "October 2018 => 2018..2018 Month m10"),
    ("Oct. 2018", "Oct. 2018 => 2018..2018 Month m10"),
    ("Oct 2018", "Oct 2018 => 2018..2018 Month m10"),
    ("Sept. 2018", "Sept. 2018 => 2018..2018 Month m9"),
    ("in May 2019", "May 2019 => 2019..2019 Month m5"),
    ("in March of 2019", "March of 2019 => 2019..2019 Month m3"),
    (
        "October 22, 2019",
        "October 22, 2019 => 2019..2019 Day m10 d22",
    ),
    ("Oct. 22, 2019", "Oct. 22, 2019 => 2019..2019 Day m10 d22"),
    (
        "October 22nd, 2019",
        "October 22nd, 2019 => 2019..2019 Day m10 d22",
    ),
    (
        "22 October 2019",
        "22 October 2019 => 2019..2019 Day m10 d22",
    ),
    (
        "22nd of October 2019",
        "22nd of October 2019 => 2019..2019 Day m10 d22",
    ),
    ("1 Jan 2020", "1 Jan 2020 => 2020..2020 Day m1 d1"),
    ("2019-10-22", "2019-10-22 => 2019..2019 Day m10 d22"),
    ("22.10.2019", "22.10.2019 => 2019..2019 Day m10 d22"),
    ("10/22/2019", "10/22/2019 => 2019..2019 Day m10 d22"),
    ("22/10/2019", "22/10/2019 => 2019..2019 Day m10 d22"),
    ("05/06/2019", "05/06/2019 => 2019..2019 Year"),
    ("February 30, 2019", "2019 => 2019..2019 Year"),
    ("2019-13-45", ""),
    // no year: month and day kept, year left to the anchor
    ("October, 22", "October, 22 => ?..? Day m10 d22 rel"),
    ("on October 22", "October 22 => ?..? Day m10 d22 rel"),
    ("on 22 October", "22 October => ?..? Day m10 d22 rel"),
    ("in March", "March => ?..? Month m3 rel"),
    ("in March 24 missiles", "March => ?..? Month m3 rel"),
    ("They may buy", ""),
    ("May Russia sell", ""),
    ("troops march on", ""),
    // seasons and parts
    ("the fall of 2015", "the fall of 2015 => 2015..2015 Season"),
    (
        "in the fall of 2015",
        "the fall of 2015 => 2015..2015 Season",
    ),
    ("autumn 2015", "autumn 2015 => 2015..2015 Season"),
    ("spring 2020", "spring 2020 => 2020..2020 Season"),
    (
        "the summer of 2019",
        "the summer of 2019 => 2019..2019 Season",
    ),
    ("early 2018", "early 2018 => 2018..2018 Part"),
    ("Early 2018", "Early 2018 => 2018..2018 Part"),
    ("mid-2019", "mid-2019 => 2019..2019 Part"),
    ("mid 2019", "mid 2019 => 2019..2019 Part"),
    ("late 2016", "late 2016 => 2016..2016 Part"),
    ("at the end of 2016", "the end of 2016 => 2016..2016 Part"),
    ("end-2016", "end-2016 => 2016..2016 Part"),
    (
        "the beginning of 2017",
        "the beginning of 2017 => 2017..2017 Part",
    ),
    ("early March 2019", "early March 2019 => 2019..2019 Part m3"),
    (
        "the end of October 2019",
        "the end of October 2019 => 2019..2019 Part m10",
    ),
    ("Q3 2019", "Q3 2019 => 2019..2019 Part"),
    (
        "the third quarter of 2019",
        "the third quarter of 2019 => 2019..2019 Part",
    ),
    (
        "first half of 2020",
        "first half of 2020 => 2020..2020 Part",
    ),
    (
        "the second half of 2020",
        "the second half of 2020 => 2020..2020 Part",
    ),
    ("H1 2020", "H1 2020 => 2020..2020 Part"),
    // decades: whole, or halves (early 0-4, late 5-9), mid 3-7
    ("the 1990s", "the 1990s => 1990..1999 Decade"),
    ("in the 1990s", "the 1990s => 1990..1999 Decade"),
    ("the late 1990s", "the late 1990s => 1995..1999 Decade"),
    ("the early 2000s", "the early 2000s => 2000..2004 Decade"),
    ("the mid-1980s", "the mid-1980s => 1983..1987 Decade"),
    ("the '90s", "the '90s => 1990..1999 Decade"),
    ("1970s", "1970s => 1970..1979 Decade"),
    // ranges
    ("1992-2004", "1992-2004 => 1992..2004 Range"),
    ("1992–2004", "1992–2004 => 1992..2004 Range"),
    ("1992 – 2004", "1992 – 2004 => 1992..2004 Range"),
    ("from 1992 to 2004", "from 1992 to 2004 => 1992..2004 Range"),
    ("1992 to 2004", "1992 to 2004 => 1992..2004 Range"),
    (
        "between 2014 and 2016",
        "between 2014 and 2016 => 2014..2016 Range",
    ),
    (
        "in 2014 and 2016",
        "2014 => 2014..2014 Year; 2016 => 2016..2016 Year",
    ),
    ("1949-62", "1949-62 => 1949..1962 Range"),
    ("2014/15", "2014/15 => 2014..2015 Range"),
    (
        "2004-1992",
        "2004 => 2004..2004 Year; 1992 => 1992..1992 Year",
    ),
    (
        "from October 2018 to March 2019",
        "from October 2018 to March 2019 => 2018..2019 Range",
    ),
    (
        "from March to June 2019",
        "from March to June 2019 => 2019..2019 Range",
    ),
    (
        "between early 2018 and late 2019",
        "between early 2018 and late 2019 => 2018..2019 Range",
    ),
    // open ends
    ("by 2027", "by 2027 => ?..2027 Year"),
    ("since 1996", "since 1996 => 1996..? Year"),
    ("until 2025", "until 2025 => ?..2025 Year"),
    ("before 2020", "before 2020 => ?..2019 Year"),
    ("after 2020", "after 2020 => 2021..? Year"),
    ("by the end of 2016", "by the end of 2016 => ?..2016 Part"),
    ("since the 1990s", "since the 1990s => 1990..? Decade"),
    ("from 2015 onwards", "from 2015 onwards => 2015..? Year"),
    ("from 2015", "2015 => 2015..2015 Year"),
    ("no later than 2025", "no later than 2025 => ?..2025 Year"),
    ("FY2019", "FY2019 => 2019..2019 Year"),
    ("FY19", "FY19 => 2019..2019 Year"),
    ("fiscal 2021", "2021 => 2021..2021 Year"),
    // not dates
    ("15 S-300", ""),
    ("24 Su-35", ""),
    ("$2 billion", ""),
    ("$2015 million", ""),
    ("4++", ""),
    ("Mi-2019", ""),
    ("2000 troops", ""),
    ("1,999 rounds", ""),
    ("1850", ""),
    ("a 2019 shells order", ""),
    ("the 2020 km range", ""),
    ("Type 2019", ""),
    ("a Long March 5 rocket", ""),
    (
        "in the financial year 2023-24",
        "2023-24 => 2023..2024 Range",
    ),
    (
        "between March and June",
        "between March and June => ?..? Range rel",
    ),
    (
        "Russia delivered 24 Su-35 to China in 2018 for $2 billion.",
        "2018 => 2018..2018 Year",
    ),
    (
        "The contract was signed on October 22, 2019, and deliveries ran from 2020 to 2022.",
        "October 22, 2019 => 2019..2019 Day m10 d22; from 2020 to 2022 => 2020..2022 Range",
    ),
    // relative without an anchor: kept, never guessed
    ("last year", "last year => ?..? Year rel"),
    ("on Wednesday", "Wednesday => ?..? Day rel"),
    ("two years ago", "two years ago => ?..? Year rel"),
    ("early next year", "early next year => ?..? Part rel"),
    ("by next year", "by next year => ?..? Year rel"),
];

#[test]
fn absolute_table() {
    common::check(ABSOLUTE, |t| common::dates(t, &find_dates(t, None)));
}

/// Input (anchored on Wednesday 17 June 2020) → rendering as above.
const RELATIVE: &[(&str, &str)] = &[
    ("last year", "last year => 2019..2019 Year rel"),
    ("Last year", "Last year => 2019..2019 Year rel"),
    ("this year", "this year => 2020..2020 Year rel"),
    ("next year", "next year => 2021..2021 Year rel"),
    (
        "the current year",
        "the current year => 2020..2020 Year rel",
    ),
    ("last month", "last month => 2020..2020 Month m5 rel"),
    ("this month", "this month => 2020..2020 Month m6 rel"),
    ("next month", "next month => 2020..2020 Month m7 rel"),
    (
        "earlier this month",
        "earlier this month => 2020..2020 Part m6 rel",
    ),
    (
        "earlier this year",
        "earlier this year => 2020..2020 Part rel",
    ),
    ("later this year", "later this year => 2020..2020 Part rel"),
    ("early next year", "early next year => 2021..2021 Part rel"),
    ("late last year", "late last year => 2019..2019 Part rel"),
    (
        "at the end of last year",
        "the end of last year => 2019..2019 Part rel",
    ),
    ("last week", "last week => 2020..2020 Month m6 rel"),
    ("earlier this week", "this week => 2020..2020 Month m6 rel"),
    ("yesterday", "yesterday => 2020..2020 Day m6 d16 rel"),
    ("today", "today => 2020..2020 Day m6 d17 rel"),
    ("tomorrow", "tomorrow => 2020..2020 Day m6 d18 rel"),
    ("on Wednesday", "Wednesday => 2020..2020 Day m6 d17 rel"),
    ("on Monday", "Monday => 2020..2020 Day m6 d15 rel"),
    ("on Thursday", "Thursday => 2020..2020 Day m6 d11 rel"),
    (
        "last Wednesday",
        "last Wednesday => 2020..2020 Day m6 d10 rel",
    ),
    ("next Friday", "next Friday => 2020..2020 Day m6 d19 rel"),
    ("two years ago", "two years ago => 2018..2018 Year rel"),
    ("a year ago", "a year ago => 2019..2019 Year rel"),
    ("3 months ago", "3 months ago => 2020..2020 Month m3 rel"),
    (
        "seven months ago",
        "seven months ago => 2019..2019 Month m11 rel",
    ),
    (
        "five days ago",
        "five days ago => 2020..2020 Day m6 d12 rel",
    ),
    ("a decade ago", "a decade ago => 2010..2010 Year rel"),
    ("two weeks ago", "two weeks ago => 2020..2020 Month m6 rel"),
    ("in March", "March => 2020..2020 Month m3 rel"),
    ("in December", "December => 2019..2019 Month m12 rel"),
    ("in July", "July => 2020..2020 Month m7 rel"),
    (
        "signed in January last year",
        "January last year => 2019..2019 Month m1 rel",
    ),
    (
        "due in March next year",
        "March next year => 2021..2021 Month m3 rel",
    ),
    ("last March", "last March => 2020..2020 Month m3 rel"),
    ("last December", "last December => 2019..2019 Month m12 rel"),
    ("next March", "next March => 2021..2021 Month m3 rel"),
    (
        "next September",
        "next September => 2020..2020 Month m9 rel",
    ),
    ("early March", "early March => 2020..2020 Part m3 rel"),
    ("October, 22", "October, 22 => 2020..2020 Day m10 d22 rel"),
    ("on 3 May", "3 May => 2020..2020 Day m5 d3 rel"),
    ("last summer", "last summer => 2019..2019 Season rel"),
    ("next spring", "next spring => 2021..2021 Season rel"),
    ("since last year", "since last year => 2019..? Year rel"),
    ("by next year", "by next year => ?..2021 Year rel"),
    ("in 2015", "2015 => 2015..2015 Year"),
    (
        "from March to June 2019",
        "from March to June 2019 => 2019..2019 Range",
    ),
    (
        "Russia said on Wednesday it delivered the S-400 last month.",
        "Wednesday => 2020..2020 Day m6 d17 rel; last month => 2020..2020 Month m5 rel",
    ),
];

#[test]
fn relative_table() {
    assert_eq!(anchor().weekday(), Weekday::Wednesday);
    common::check(RELATIVE, |t| {
        common::dates(t, &find_dates(t, Some(anchor())))
    });
}
