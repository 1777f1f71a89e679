//! Counts in text: "24", "two dozen", "more than 40", "120+", "12 to 18".

use armscope_core::{Qualifier, Span};

use crate::boundary::{followed_by_unit, is_attached};
use crate::money::money_spans;
use crate::qualifier::qualifier_before;
use crate::token::{tokenize, Kind, Token};
use crate::words::{cardinal_at, phrase_at, Cardinal};

/// A number found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberMatch {
    /// Bytes of the whole expression: qualifier words, the number, a "+"/"-plus" suffix, and for
    /// a range both ends ("between 12 and 18").
    pub span: Span,
    /// The value; for a range, its upper bound.
    pub value: f64,
    /// How exact the value is; a range is [`Qualifier::UpTo`] unless a word before it says
    /// otherwise ("about 12 to 18" stays approximate).
    pub qualifier: Qualifier,
    /// Written as an open aggregate ("120+", "100-plus", "24 or more"): a lower bound that often
    /// counts items of several kinds.
    pub plus: bool,
    /// A 4-digit integer from 1900 to 2100 not followed by a unit or plural noun: probably a year.
    pub is_year_like: bool,
}

/// Words before "one" that make it a pronoun ("the one", "no one").
const ONE_PRONOUN: &[&str] = &[
    "the", "no", "any", "every", "each", "this", "that", "which", "someone",
];

/// Finds the numbers in `text`, in order and without overlap.
///
/// Skipped: designations ("Su-35", "Type 054A", "K9", "4++"), ordinals ("4th", "first"),
/// dates and codes written as digit chains ("2019-10-22", "10:30"), "one of the", vague words
/// ("several", "some"), and amounts of money (see [`find_money`](crate::find_money)).
///
/// Kept for the caller to judge: years (flagged [`NumberMatch::is_year_like`]), the day in
/// "October 22" (mask it with [`find_dates`](crate::find_dates)), percentages, and numbers in
/// names that only a catalog knows ("Barak 8", "Hermes 900").
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    let toks = tokenize(text);
    let money = money_spans(text, &toks);
    numbers_in(text, &toks, &money)
}

/// The numbers of already tokenized text whose sums (`money`) are known.
pub(crate) fn numbers_in(text: &str, toks: &[Token], money: &[Span]) -> Vec<NumberMatch> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if money.iter().any(|m| m.overlaps(toks[i].span)) {
            i += 1;
            continue;
        }
        if let Some(chain_end) = digit_chain_end(toks, i) {
            i = chain_end;
            continue;
        }
        let floor = out.last().map_or(0, |p: &NumberMatch| p.span.end);
        match number_at(text, toks, i, floor) {
            Some((m, next)) => {
                out.push(m);
                i = next;
            }
            _ => i += 1,
        }
    }
    out
}

/// Numbers joined by touching separators ("2019-10-22", "10:30", "1/2", "1.2.3") are codes,
/// dates or fractions: returns the index after the chain when token `i` starts one.
fn digit_chain_end(toks: &[Token], i: usize) -> Option<usize> {
    let touching = |a: usize, b: usize| toks[a].span.end == toks[b].span.start;
    let mut j = i;
    let mut parts = 1;
    let mut seps = Vec::new();
    while toks[j].kind == Kind::Num {
        let (Some(sep), Some(next)) = (toks.get(j + 1), toks.get(j + 2)) else {
            break;
        };
        let is_sep = matches!(sep.text, "-" | "/" | "." | ":");
        if !(is_sep && next.kind == Kind::Num && touching(j, j + 1) && touching(j + 1, j + 2)) {
            break;
        }
        seps.push(sep.text);
        parts += 1;
        j += 2;
    }
    let code = parts >= 3 || seps.iter().any(|s| matches!(*s, "/" | ":" | "."));
    code.then_some(j + 1)
}

fn is_ordinal_like(w: &str) -> bool {
    matches!(
        w,
        "first" | "second" | "third" | "thirds" | "half" | "halves" | "quarter" | "quarters"
    ) || w.ends_with("th")
        || w.ends_with("ths")
}

/// The number starting at token `i` (after any qualifier), and the token index after it.
///
/// Qualifier words are taken only when they start at or after byte `floor` (the previous match).
fn number_at(text: &str, toks: &[Token], i: usize, floor: usize) -> Option<(NumberMatch, usize)> {
    let (value, mut next, mut qualifier, mut plus, card) =
        if let Some((v, q, n)) = phrase_at(toks, i) {
            (v, n, q, false, None)
        } else {
            let c = acceptable_cardinal(text, toks, i)?;
            (c.value, c.next, Qualifier::Exact, false, Some(c))
        };
    let mut start = i;
    let mut value = value;
    let mut year_like = card.is_some_and(|c| c.plain_four_digits && is_year(c.value))
        && !followed_by_unit(text, toks[i].span.end);

    if let Some((q, s)) = qualifier_before(toks, i).filter(|&(_, s)| toks[s].span.start >= floor) {
        qualifier = q;
        start = s;
    }
    if let Some((n, q)) = plus_suffix(toks, next) {
        next = n;
        plus = q;
        qualifier = Qualifier::AtLeast;
        year_like = false;
    } else if let Some(c) = card {
        if let Some((hi, n, from)) = range_end(text, toks, i, c) {
            value = hi.value;
            next = n;
            year_like = year_like && is_year(hi.value);
            if from.is_some() || qualifier == Qualifier::Exact {
                qualifier = Qualifier::UpTo;
            }
            if let Some(f) = from.filter(|&f| toks[f].span.start >= floor) {
                start = f;
            }
        } else if toks.get(next).is_some_and(|t| t.is_word("or"))
            && toks.get(next + 1).is_some_and(|t| t.is_word("more"))
        {
            next += 2;
            plus = true;
            qualifier = Qualifier::AtLeast;
        }
    }
    let span = Span::new(toks[start].span.start, toks[next - 1].span.end);
    Some((
        NumberMatch {
            span,
            value,
            qualifier,
            plus,
            is_year_like: year_like,
        },
        next,
    ))
}

fn is_year(v: f64) -> bool {
    (1900.0..=2100.0).contains(&v) && v.fract() == 0.0
}

/// A cardinal at `i` that is a count: not a designation, not "one of", not "two-thirds".
fn acceptable_cardinal(text: &str, toks: &[Token], i: usize) -> Option<Cardinal> {
    let t = &toks[i];
    if t.kind == Kind::Num && is_attached(text, t.span.start, t.span.end) {
        return None;
    }
    if t.kind == Kind::Num
        && toks
            .get(i + 1)
            .is_some_and(|s| s.is_sym('+') && s.span.start == t.span.end)
        && toks.get(i + 2).is_some_and(|g| g.is_word("generation"))
    {
        return None; // "4+ generation"
    }
    let c = cardinal_at(toks, i)?;
    if c.digits {
        return Some(c);
    }
    if t.is_word("one") && c.next == i + 1 {
        let after = toks.get(i + 1).map_or("", |n| n.lower.as_str());
        let before = if i > 0 {
            toks[i - 1].lower.as_str()
        } else {
            ""
        };
        if matches!(after, "of" | "another" | "by" | "-") || ONE_PRONOUN.contains(&before) {
            return None;
        }
    }
    let next_index = if toks.get(c.next).is_some_and(|n| n.is_sym('-')) {
        c.next + 1
    } else {
        c.next
    };
    let next = toks.get(next_index);
    // "two-thirds" is a fraction, but "six second-hand jets" counts jets.
    let second_hand = toks.get(next_index + 1).is_some_and(|d| d.is_sym('-'))
        && toks.get(next_index + 2).is_some_and(|h| h.is_word("hand"));
    if next.is_some_and(|n| n.kind == Kind::Word && is_ordinal_like(&n.lower)) && !second_hand {
        return None;
    }
    Some(c)
}

/// "120+", "100-plus", "100 plus": returns the index after the suffix and `plus = true`.
fn plus_suffix(toks: &[Token], next: usize) -> Option<(usize, bool)> {
    let prev_end = toks[next - 1].span.end;
    let t = toks.get(next)?;
    if t.is_sym('+') && t.span.start == prev_end {
        return Some((next + 1, true));
    }
    if t.is_sym('-')
        && t.span.start == prev_end
        && toks.get(next + 1).is_some_and(|p| p.is_word("plus"))
    {
        return Some((next + 2, true));
    }
    let followed_by_number = toks
        .get(next + 1)
        .is_some_and(|n| n.kind == Kind::Num || crate::words::is_number_word(&n.lower));
    (t.is_word("plus") && !followed_by_number).then_some((next + 1, true))
}

/// The upper end of a range starting with `lo` at token `i`: "12-18", "12 to 18",
/// "between 12 and 18", "from 12 to 18". Returns the upper cardinal, the index after it and
/// the index of "between"/"from" when present.
fn range_end(
    text: &str,
    toks: &[Token],
    i: usize,
    lo: Cardinal,
) -> Option<(Cardinal, usize, Option<usize>)> {
    let sep = toks.get(lo.next)?;
    let opener = i
        .checked_sub(1)
        .filter(|&p| toks[p].is_word("between") || toks[p].is_word("from"));
    let joins = match sep.lower.as_str() {
        "-" | "–" | "—" => true,
        "to" => opener.is_none_or(|p| toks[p].is_word("from")),
        "and" => opener.is_some_and(|p| toks[p].is_word("between")),
        _ => false,
    };
    if !joins {
        return None;
    }
    let j = lo.next + 1;
    let h = toks.get(j)?;
    if h.kind != toks[i].kind
        || (h.kind == Kind::Num && is_attached(text, h.span.start, h.span.end))
    {
        return None;
    }
    if sep.kind == Kind::Sym && h.kind == Kind::Word {
        return None;
    }
    let mut hi = cardinal_at(toks, j)?;
    // "1949-62": a two-digit end continues the first year's century.
    if lo.plain_four_digits && h.text.len() == 2 && hi.value < 100.0 {
        hi.value += lo.value - lo.value % 100.0;
        hi.plain_four_digits = true;
    }
    (hi.value > lo.value).then_some((hi, hi.next, opener))
}
