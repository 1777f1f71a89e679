//! Words around a date that change what it means: a part of the period ("early 2018",
//! "the fall of 2015", "Q3 2019"), a range of two dates ("from 1992 to 2004"), and an open end
//! ("by 2027", "since 1996", "2015 onwards").

use std::sync::LazyLock;

use regex::Regex;

use crate::boundary::tail;
use crate::date::{Atom, DatePrecision};

/// A part of a year or month, written before it.
static PART: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::build(
        r"(?i)(?P<x>\b(?:the\s+)?(?:early|mid|late|end|year-end|earlier|later|(?:end|beginning|start|middle|close)\s+of|(?:first|second)\s+half\s+of|(?:first|second|third|fourth)\s+quarter\s+of|h[12]|q[1-4]|[1-4]q|(?P<season>spring|summer|fall|autumn|winter)(?:\s+of)?))(?:\s+|\s*-\s*)$",
    )
    .expect("valid")
});
/// Words that open a range before its first date.
static OPENER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::build(r"(?i)(?P<x>\b(?:from|between))\s+$").expect("valid"));
/// What may stand between the two dates of a range.
static JOINER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::build(r"(?i)^\s*(?:(?P<sym>[-–—/])|to|until|till|through|(?P<and>and))\s*$")
        .expect("valid")
});
/// Open ends before a date.
static OPEN_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::build(r"(?i)(?P<x>\b(?:by|since|until|till|through|before|after|not\s+before|no\s+later\s+than|from))\s+$")
        .expect("valid")
});
static ONWARDS: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::build(r"(?i)^\s+onwards?\b").expect("valid"));

/// How far back modifier words are looked for.
const WINDOW: usize = 40;

/// Applies the passes in order: parts, ranges, open ends.
pub(crate) fn apply(text: &str, atoms: Vec<Atom>) -> Vec<Atom> {
    let atoms = parts(text, atoms);
    let atoms = ranges(text, atoms);
    open_ends(text, atoms)
}

/// The start of the `re` match (group `x`) ending right before `start`, not before `floor`.
fn before<'t>(
    text: &'t str,
    re: &Regex,
    floor: usize,
    start: usize,
) -> Option<(usize, regex::Captures<'t>)> {
    let window = tail(text, start, WINDOW.min(start.saturating_sub(floor)));
    let c = re.captures(window)?;
    let x = c.name("x")?;
    Some((start - window.len() + x.start(), c))
}

fn parts(text: &str, mut atoms: Vec<Atom>) -> Vec<Atom> {
    let mut floor = 0;
    for a in &mut atoms {
        let eligible = !a.week
            && a.day.is_none()
            && matches!(a.precision, DatePrecision::Year | DatePrecision::Month);
        if eligible {
            if let Some((s, c)) = before(text, &PART, floor, a.span.start) {
                let season = c.name("season").is_some();
                if !season || a.precision == DatePrecision::Year {
                    a.span.start = s;
                    a.precision = if season {
                        DatePrecision::Season
                    } else {
                        DatePrecision::Part
                    };
                }
            }
        }
        floor = a.span.end;
    }
    atoms
}

fn ranges(text: &str, atoms: Vec<Atom>) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::new();
    let mut floor = 0;
    let mut iter = atoms.into_iter().peekable();
    while let Some(a) = iter.next() {
        let merged = iter.peek().and_then(|b| merge(text, &a, b, floor));
        match merged {
            Some(r) => {
                iter.next();
                floor = r.span.end;
                out.push(r);
            }
            None => {
                floor = a.span.end;
                out.push(a);
            }
        }
    }
    out
}

/// "A-B", "A to B", "from A to B", "between A and B" as one range, if the years run forward.
fn merge(text: &str, a: &Atom, b: &Atom, floor: usize) -> Option<Atom> {
    let gap = JOINER.captures(text.get(a.span.end..b.span.start)?)?;
    let opener = before(text, &OPENER, floor, a.span.start);
    let opened_by = opener.as_ref().map(|(_, c)| c["x"].to_ascii_lowercase());
    if gap.name("and").is_some() && opened_by.as_deref() != Some("between") {
        return None;
    }
    // A slash joins only years ("2014/15" is handled elsewhere; "2014/2015" here).
    if gap.name("sym").is_some_and(|s| s.as_str() == "/") && a.precision != DatePrecision::Year {
        return None;
    }
    // "from March to June 2019": the first date borrows the second's year.
    let borrow = a.relative && !b.relative && a.day.is_none() && a.month.is_some();
    let first = if borrow { b.first } else { a.first };
    if let (Some(f), Some(l)) = (first, b.last) {
        if f > l {
            return None;
        }
    }
    let start = opener.map_or(a.span.start, |(s, _)| s);
    Some(Atom {
        span: armscope_core::Span::new(start, b.span.end),
        first,
        last: b.last,
        month: None,
        day: None,
        precision: DatePrecision::Range,
        relative: (a.relative && !borrow) || b.relative,
        week: false,
    })
}

fn open_ends(text: &str, mut atoms: Vec<Atom>) -> Vec<Atom> {
    let mut floor = 0;
    for i in 0..atoms.len() {
        let next_start = atoms.get(i + 1).map_or(text.len(), |n| n.span.start);
        let a = &mut atoms[i];
        let onwards = text
            .get(a.span.end..next_start)
            .and_then(|rest| ONWARDS.find(rest));
        if let Some((s, c)) = before(text, &OPEN_END, floor, a.span.start) {
            let whole_years = matches!(
                a.precision,
                DatePrecision::Year | DatePrecision::Decade | DatePrecision::Range
            );
            let word = c["x"].to_ascii_lowercase();
            let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
            let changed = match word.as_str() {
                "by" | "until" | "till" | "through" | "no later than" => {
                    a.first = None;
                    true
                }
                "since" | "not before" => {
                    a.last = None;
                    true
                }
                "before" => {
                    a.last = a.first.map(|f| if whole_years { f - 1 } else { f });
                    a.first = None;
                    true
                }
                "after" => {
                    a.first = a.last.map(|l| if whole_years { l + 1 } else { l });
                    a.last = None;
                    true
                }
                // "from 2015" is open only with "onwards".
                _ => onwards.is_some(),
            };
            if changed {
                a.span.start = s;
            }
        }
        if let Some(o) = onwards {
            a.last = None;
            a.span.end += o.end();
        }
        floor = a.span.end;
    }
    atoms
}
