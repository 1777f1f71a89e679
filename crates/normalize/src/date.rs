//! Dates and periods in text: "October 22, 2019", "early 2018", "the late 1990s",
//! "1992–2004", "by 2027", "last month".

use armscope_core::{Span, YearRange};
use jiff::civil::Date;

use crate::money::find_money;
use crate::{absolute, modifier, relative};

/// How precise a found date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DatePrecision {
    /// A day ("22 October 2019", "yesterday", "on Wednesday").
    Day,
    /// A month ("October 2018", "last month"; week phrases such as "last week" too).
    Month,
    /// A season of a year ("the fall of 2015").
    Season,
    /// A part of a year or month: early/mid/late/end, a half or a quarter ("Q3 2019").
    Part,
    /// A year ("2015", "next year"), or an open period ending or starting in one ("by 2027").
    Year,
    /// A decade ("the 1990s", "the late 1990s").
    Decade,
    /// A period between two dates ("1992–2004", "between 2014 and 2016").
    Range,
}

/// A date or period found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Bytes of the expression, with the words that change its meaning ("early", "by",
    /// "since", "between … and", "the end of") but without plain prepositions ("in", "on", "at").
    pub span: Span,
    /// First and last year; equal for one year; `None` ends are open ("by 2027": first is
    /// `None`) or unresolved (a relative date without an anchor).
    pub years: YearRange,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub precision: DatePrecision,
    /// The expression needs the anchor to be placed in time ("last year", "on Wednesday",
    /// "in March", "October 22").
    pub relative: bool,
    /// The text of the span.
    pub text: String,
}

/// A date expression before the modifiers around it are applied.
#[derive(Clone, Debug)]
pub(crate) struct Atom {
    pub span: Span,
    pub first: Option<i32>,
    pub last: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub precision: DatePrecision,
    pub relative: bool,
    /// A week phrase ("last week"): reported at month precision, never narrowed further.
    pub week: bool,
}

impl Atom {
    pub fn year(span: Span, year: Option<i32>, precision: DatePrecision) -> Atom {
        Atom {
            span,
            first: year,
            last: year,
            month: None,
            day: None,
            precision,
            relative: false,
            week: false,
        }
    }
}

/// Finds dates and periods in `text`, in order and without overlap.
///
/// `anchor` (usually the publication date) places relative expressions; without it they are
/// returned with `relative: true` and `years` unresolved, never guessed. Rules without a year:
/// a bare month ("in March") or a day ("October 22") takes the anchor's year; "last March" is
/// the latest March before the anchor's month, "next March" the first one after it; a weekday
/// ("on Wednesday") is the latest such day on or before the anchor.
pub fn find_dates(text: &str, anchor: Option<Date>) -> Vec<DateMatch> {
    let money: Vec<Span> = find_money(text).into_iter().map(|m| m.span).collect();
    dates_in(text, anchor, &money)
}

/// The dates of `text` whose sums (`money`, which are never dates) are known.
pub(crate) fn dates_in(text: &str, anchor: Option<Date>, money: &[Span]) -> Vec<DateMatch> {
    let mut atoms = absolute::atoms(text);
    atoms.extend(relative::atoms(text, anchor));
    atoms.retain(|a| !money.iter().any(|m| m.overlaps(a.span)));
    let mut atoms = leftmost_longest(atoms);
    // A day or month written without a year ("October 22") takes the anchor's year.
    for a in &mut atoms {
        if a.relative && a.month.is_some() && a.first.is_none() && a.last.is_none() {
            a.first = anchor.map(|d| i32::from(d.year()));
            a.last = a.first;
        }
    }
    let atoms = modifier::apply(text, atoms);
    atoms
        .into_iter()
        .map(|a| DateMatch {
            span: a.span,
            years: YearRange {
                first: a.first,
                last: a.last,
            },
            month: a.month,
            day: a.day,
            precision: a.precision,
            relative: a.relative,
            text: a.span.slice(text).to_string(),
        })
        .collect()
}

/// Keeps the leftmost, then longest, candidates that do not overlap.
fn leftmost_longest(mut atoms: Vec<Atom>) -> Vec<Atom> {
    atoms.sort_by_key(|a| (a.span.start, std::cmp::Reverse(a.span.end)));
    let mut out: Vec<Atom> = Vec::new();
    for a in atoms {
        if out.last().is_none_or(|p| p.span.end <= a.span.start) {
            out.push(a);
        }
    }
    out
}
