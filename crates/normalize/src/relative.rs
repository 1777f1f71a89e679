//! Date expressions placed by the anchor: "last year", "this month", "on Wednesday",
//! "two years ago", "in March". Without an anchor they stay unresolved.

use std::sync::LazyLock;

use armscope_core::Span;
use jiff::civil::Date;
use regex::{Captures, Regex};

use crate::boundary::tail;
use crate::calendar::{
    add_days, add_months, month_number, month_pattern, season_months, small_count, WEEKDAYS,
};
use crate::date::{Atom, DatePrecision};

static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::build(
        r"(?i)\b(?P<rel>last|this|next|the\s+current|current)\s+(?P<unit>year|month|week)\b",
    )
    .expect("valid")
});
static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::build(r"(?i)\b(?P<w>yesterday|today|tomorrow)\b").expect("valid")
});
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    let names = WEEKDAYS.join("|");
    crate::pattern::build(&format!(
        r"\b(?:(?P<rel>last|next|this)\s+)?(?P<wd>{names})\b"
    ))
    .expect("valid")
});
static AGO: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::build(
        r"(?i)\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>year|month|week|day|decade)s?\s+ago\b",
    )
    .expect("valid")
});
static SEASON: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::build(
        r"(?i)\b(?P<rel>last|this|next)\s+(?P<s>spring|summer|fall|autumn|winter)\b",
    )
    .expect("valid")
});
static REL_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::build(&format!(r"\b(?P<rel>last|this|next)\s+{}", month_pattern()))
        .expect("valid")
});
static MONTH: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::build(&format!(r"\b{}", month_pattern())).expect("valid"));
static MONTH_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::build(&format!(
        r"(?i)\b{}\s+(?:of\s+)?(?P<rel>last|this|next|previous)\s+year\b",
        month_pattern()
    ))
    .expect("valid")
});
/// Words before a bare month that make it a date ("in March", "early May"): "May" and "March"
/// alone are too often a verb.
static MONTH_TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::build(r"(?i)\b(?:in|since|by|until|till|from|during|through|before|after|of|early|mid|late|end|and|to|between)[\s-]+$")
        .expect("valid")
});

fn whole(c: &Captures) -> Span {
    let m = c.get(0).expect("group 0 always matches");
    Span::new(m.start(), m.end())
}

fn y(d: Date) -> i32 {
    i32::from(d.year())
}

fn m(d: Date) -> u8 {
    d.month().unsigned_abs()
}

/// An atom resolved to a day, or unresolved when there is no anchor.
fn day(span: Span, d: Option<Date>) -> Atom {
    let mut a = Atom::year(span, d.map(y), DatePrecision::Day);
    a.month = d.map(m);
    a.day = d.map(|d| d.day().unsigned_abs());
    a.relative = true;
    a
}

fn month(span: Span, ym: Option<(i32, u8)>, week: bool) -> Atom {
    let mut a = Atom::year(span, ym.map(|p| p.0), DatePrecision::Month);
    a.month = ym.map(|p| p.1);
    a.relative = true;
    a.week = week;
    a
}

/// A month named in the text, its year from the anchor.
fn named_month(span: Span, mon: u8, yr: Option<i32>) -> Atom {
    let mut a = Atom::year(span, yr, DatePrecision::Month);
    a.month = Some(mon);
    a.relative = true;
    a
}

fn year(span: Span, yr: Option<i32>, precision: DatePrecision) -> Atom {
    let mut a = Atom::year(span, yr, precision);
    a.relative = true;
    a
}

/// Step of "last"/"this"/"next".
fn step(rel: &str) -> i32 {
    match rel.to_ascii_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    }
}

pub(crate) fn atoms(text: &str, anchor: Option<Date>) -> Vec<Atom> {
    let mut out = Vec::new();
    for c in UNIT.captures_iter(text) {
        let s = step(&c["rel"]);
        let span = whole(&c);
        out.push(match c["unit"].to_ascii_lowercase().as_str() {
            "year" => year(span, anchor.map(|a| y(a) + s), DatePrecision::Year),
            "month" => month(span, anchor.map(|a| add_months(y(a), m(a), s)), false),
            _ => month(
                span,
                anchor
                    .map(|a| add_days(a, 7 * i64::from(s)))
                    .map(|d| (y(d), m(d))),
                true,
            ),
        });
    }
    for c in DAY_WORD.captures_iter(text) {
        let delta = match c["w"].to_ascii_lowercase().as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        out.push(day(whole(&c), anchor.map(|a| add_days(a, delta))));
    }
    for c in WEEKDAY.captures_iter(text) {
        out.push(day(whole(&c), anchor.map(|a| weekday_date(a, &c))));
    }
    for c in AGO.captures_iter(text) {
        let Some(n) = small_count(&c["n"]) else {
            continue;
        };
        let span = whole(&c);
        let n32 = i32::try_from(n).unwrap_or(0);
        out.push(match c["unit"].to_ascii_lowercase().as_str() {
            "year" => year(span, anchor.map(|a| y(a) - n32), DatePrecision::Year),
            "decade" => year(span, anchor.map(|a| y(a) - 10 * n32), DatePrecision::Year),
            "month" => month(span, anchor.map(|a| add_months(y(a), m(a), -n32)), false),
            "week" => month(
                span,
                anchor.map(|a| add_days(a, -7 * n)).map(|d| (y(d), m(d))),
                true,
            ),
            _ => day(span, anchor.map(|a| add_days(a, -n))),
        });
    }
    for c in SEASON.captures_iter(text) {
        let Some((first, last)) = season_months(&c["s"]) else {
            continue;
        };
        let s = step(&c["rel"]);
        let yr = anchor.map(|a| match s {
            -1 if last < m(a) && first <= last => y(a),
            -1 => y(a) - 1,
            1 if first > m(a) => y(a),
            1 => y(a) + 1,
            _ => y(a),
        });
        out.push(year(whole(&c), yr, DatePrecision::Season));
    }
    for c in REL_MONTH.captures_iter(text) {
        let Some(mon) = month_number(&c["mon"]) else {
            continue;
        };
        let s = step(&c["rel"]);
        let yr = anchor.map(|a| match s {
            -1 if mon < m(a) => y(a),
            -1 => y(a) - 1,
            1 if mon > m(a) => y(a),
            1 => y(a) + 1,
            _ => y(a),
        });
        out.push(named_month(whole(&c), mon, yr));
    }
    // "in January last year", "March this year": the month of the year named after it.
    for c in MONTH_OF_YEAR.captures_iter(text) {
        let Some(mon) = month_number(&c["mon"]) else {
            continue;
        };
        let offset = match c["rel"].to_lowercase().as_str() {
            "last" | "previous" => -1,
            "next" => 1,
            _ => 0,
        };
        out.push(named_month(whole(&c), mon, anchor.map(|a| y(a) + offset)));
    }
    for c in MONTH.captures_iter(text) {
        let span = whole(&c);
        if !MONTH_TRIGGER.is_match(tail(text, span.start, 16)) {
            continue;
        }
        let Some(mon) = month_number(&c["mon"]) else {
            continue;
        };
        // News narrates the past: a bare month well after the anchor's is last year's
        // ("followed in September", written in March); the next month may still be ahead.
        out.push(named_month(
            span,
            mon,
            anchor.map(|a| {
                if u32::from(mon) > u32::from(m(a)) + 1 {
                    y(a) - 1
                } else {
                    y(a)
                }
            }),
        ));
    }
    out
}

/// The day a weekday names: the latest one on or before the anchor; "last" excludes the anchor
/// day itself, "next" is the first one after it.
fn weekday_date(anchor: Date, c: &Captures) -> Date {
    let target = WEEKDAYS.iter().position(|w| *w == &c["wd"]).unwrap_or(0) as i64;
    let today = i64::from(anchor.weekday().to_monday_zero_offset());
    match c.name("rel").map(|r| r.as_str()) {
        Some("next") => {
            let ahead = (target - today).rem_euclid(7);
            add_days(anchor, if ahead == 0 { 7 } else { ahead })
        }
        Some("last") => {
            let back = (today - target).rem_euclid(7);
            add_days(anchor, -(if back == 0 { 7 } else { back }))
        }
        _ => add_days(anchor, -(today - target).rem_euclid(7)),
    }
}
