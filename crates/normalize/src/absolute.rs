//! Date expressions that carry their own year, plus days and months written without one
//! (which take the anchor's year in `relative`'s sense, so they are marked relative).

use std::sync::LazyLock;

use armscope_core::Span;
use regex::{Captures, Regex};

use crate::boundary::{after_currency_sign, attached_before, followed_by_unit, is_attached, tail};
use crate::calendar::{month_number, month_pattern, plausible_year, valid_day};
use crate::date::{Atom, DatePrecision};

fn rx(pattern: &str) -> Regex {
    crate::pattern::build(&pattern.replace("{MONTH}", &month_pattern()))
        .expect("date pattern is valid")
}

static ISO: LazyLock<Regex> = LazyLock::new(|| rx(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"));
static MDY: LazyLock<Regex> =
    LazyLock::new(|| rx(r"\b{MONTH},?\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b"));
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    rx(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+(?P<y>\d{4})\b")
});
static MY: LazyLock<Regex> = LazyLock::new(|| rx(r"\b{MONTH},?\s+(?:of\s+)?(?P<y>\d{4})\b"));
static MD: LazyLock<Regex> =
    LazyLock::new(|| rx(r"\b{MONTH},?\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?\b"));
static DM: LazyLock<Regex> =
    LazyLock::new(|| rx(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}"));
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| rx(r"\b(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})[./](?P<y>\d{4})\b"));
static YEAR: LazyLock<Regex> = LazyLock::new(|| rx(r"\b(?P<y>\d{4})\b"));
/// A year inside a longer digit chain ("2019-13-45", "45.13.2019") is not a year of its own.
static CHAIN_AFTER: LazyLock<Regex> = LazyLock::new(|| rx(r"^[-/.:]\d+[-/.:]\d"));
static CHAIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| rx(r"\d[-/.:]\d+[-/.:]$"));
static FISCAL: LazyLock<Regex> = LazyLock::new(|| rx(r"\bFY\s?(?P<y>\d{4}|\d{2})\b"));
static DECADE: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?i:(?:\bthe\s+)?(?:\b(?P<part>early|mid|late)[\s-]+)?)(?:(?P<dec>\d{3}0)|['’](?P<short>\d0))s\b",
    )
});
static YEAR_SHORT_RANGE: LazyLock<Regex> =
    LazyLock::new(|| rx(r"\b(?P<y>\d{4})\s*[-–—/]\s*(?P<e>\d{2})\b"));

fn num<T: std::str::FromStr>(c: &Captures, name: &str) -> Option<T> {
    c.name(name)?.as_str().parse().ok()
}

fn whole(c: &Captures) -> Span {
    let m = c.get(0).expect("group 0 always matches");
    Span::new(m.start(), m.end())
}

/// All candidate atoms with a year of their own, or a month/day without one.
pub(crate) fn atoms(text: &str) -> Vec<Atom> {
    let mut out = Vec::new();
    // Every pattern here needs a digit (`\d` is Unicode: any numeric character will do); most
    // sentences have none, and a dozen searches of them find nothing.
    if !text.chars().any(char::is_numeric) {
        return out;
    }
    for c in ISO.captures_iter(text) {
        day_atom(&mut out, &c, num(&c, "y"), num(&c, "m"));
    }
    for re in [&*MDY, &*DMY] {
        for c in re.captures_iter(text) {
            day_atom(&mut out, &c, num(&c, "y"), month_number(&c["mon"]));
        }
    }
    for c in MY.captures_iter(text) {
        if let Some(y) = num::<i32>(&c, "y").filter(|&y| plausible_year(y)) {
            let mut a = Atom::year(whole(&c), Some(y), DatePrecision::Month);
            a.month = month_number(&c["mon"]);
            out.push(a);
        }
    }
    for re in [&*MD, &*DM] {
        for c in re.captures_iter(text) {
            let d = c.name("d").expect("day group");
            // "March 24 missiles": a count after a month name, not a day; "Long March 5" is a rocket.
            let long_march = tail(text, whole(&c).start, 6).ends_with("Long ");
            if followed_by_unit(text, d.end()) || attached_before(text, d.start()) || long_march {
                continue;
            }
            let before = out.len();
            day_atom(&mut out, &c, None, month_number(&c["mon"]));
            if let Some(a) = out.get_mut(before) {
                a.relative = true;
            }
        }
    }
    numeric_atoms(text, &mut out);
    year_atoms(text, &mut out);
    decade_atoms(text, &mut out);
    for c in YEAR_SHORT_RANGE.captures_iter(text) {
        let (Some(y), Some(e)) = (num::<i32>(&c, "y"), num::<i32>(&c, "e")) else {
            continue;
        };
        let last = y - y % 100 + e;
        if plausible_year(y) && last > y && !attached_before(text, whole(&c).start) {
            let mut a = Atom::year(whole(&c), Some(y), DatePrecision::Range);
            a.last = Some(last);
            out.push(a);
        }
    }
    out
}

/// A day atom; `year` None leaves the year to the anchor.
fn day_atom(out: &mut Vec<Atom>, c: &Captures, year: Option<i32>, month: Option<u8>) {
    let (Some(month), Some(day)) = (month, num::<u8>(c, "d")) else {
        return;
    };
    let has_year_group = c.name("y").is_some();
    if has_year_group && !year.is_some_and(plausible_year) {
        return;
    }
    if !valid_day(year, month, day) {
        return;
    }
    let mut a = Atom::year(whole(c), year, DatePrecision::Day);
    a.month = Some(month);
    a.day = Some(day);
    out.push(a);
}

/// "22.10.2019" (day first); "10/22/2019" only when one part is over 12, else the year alone.
fn numeric_atoms(text: &str, out: &mut Vec<Atom>) {
    for c in NUMERIC.captures_iter(text) {
        let (Some(a), Some(b), Some(y)) =
            (num::<u8>(&c, "a"), num::<u8>(&c, "b"), num::<i32>(&c, "y"))
        else {
            continue;
        };
        if !plausible_year(y) || is_attached(text, whole(&c).start, whole(&c).end) {
            continue;
        }
        let (day, month) = match (&c["sep"], a > 12, b > 12) {
            (".", _, _) | (_, true, false) => (Some(a), Some(b)),
            (_, false, true) => (Some(b), Some(a)),
            _ => (None, None),
        };
        let mut atom = Atom::year(whole(&c), Some(y), DatePrecision::Year);
        if let (Some(d), Some(m)) = (day, month) {
            if !valid_day(Some(y), m, d) {
                continue;
            }
            (atom.day, atom.month, atom.precision) = (Some(d), Some(m), DatePrecision::Day);
        }
        out.push(atom);
    }
}

/// Bare years: 1900–2100, not in a designation ("Mi-2019"), not a sum ("$2015"), not a count
/// ("2000 troops"); and fiscal years ("FY2019", "FY19").
fn year_atoms(text: &str, out: &mut Vec<Atom>) {
    for c in YEAR.captures_iter(text) {
        let s = whole(&c);
        let Some(y) = num::<i32>(&c, "y").filter(|&y| plausible_year(y)) else {
            continue;
        };
        let in_chain = CHAIN_AFTER.is_match(text.get(s.end..).unwrap_or(""))
            || CHAIN_BEFORE.is_match(tail(text, s.start, 16));
        if in_chain
            || is_attached(text, s.start, s.end)
            || after_currency_sign(text, s.start)
            || followed_by_unit(text, s.end)
        {
            continue;
        }
        out.push(Atom::year(s, Some(y), DatePrecision::Year));
    }
    for c in FISCAL.captures_iter(text) {
        let Some(mut y) = num::<i32>(&c, "y") else {
            continue;
        };
        if y < 100 {
            y += 2000;
        }
        if plausible_year(y) {
            out.push(Atom::year(whole(&c), Some(y), DatePrecision::Year));
        }
    }
}

/// "the 1990s" → 1990–1999; "early" keeps the first half (1990–1994), "mid" the middle
/// (1993–1997), "late" the second half (1995–1999). "the '90s" is read in the 1900s.
fn decade_atoms(text: &str, out: &mut Vec<Atom>) {
    for c in DECADE.captures_iter(text) {
        let start = match num::<i32>(&c, "dec") {
            Some(d) => d,
            None => match num::<i32>(&c, "short") {
                Some(s) => 1900 + s,
                None => continue,
            },
        };
        let digits = c.name("dec").or(c.name("short")).expect("one decade group");
        if !plausible_year(start) || attached_before(text, digits.start()) {
            continue;
        }
        let (from, to) = match c
            .name("part")
            .map(|p| p.as_str().to_ascii_lowercase())
            .as_deref()
        {
            Some("early") => (0, 4),
            Some("mid") => (3, 7),
            Some("late") => (5, 9),
            _ => (0, 9),
        };
        let mut a = Atom::year(whole(&c), Some(start + from), DatePrecision::Decade);
        a.last = Some(start + to);
        out.push(a);
    }
}
