//! Sums of money: "$2.5 billion", "US$2.5bn", "1.3 billion euros", "Rs 10,000 crore".

use armscope_core::{Money, Qualifier, Span};

use crate::boundary::attached_before;
use crate::currency::{prefix_at, suffix_at};
use crate::qualifier::qualifier_before;
use crate::token::{literal_value, tokenize, Kind, Token};
use crate::words::cardinal_at;

/// An amount of money found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct MoneyMatch {
    /// Bytes of qualifier words, currency, amount and scale ("about $1.9 billion").
    pub span: Span,
    /// Amount in units of the currency as written (never converted); a range gives its upper
    /// bound with [`Qualifier::UpTo`].
    pub money: Money,
}

/// Scale words after an amount, as powers of ten. Indian "lakh" is 10^5, "crore" 10^7.
const SCALES: &[(&str, i32)] = &[
    ("thousand", 3),
    ("k", 3),
    ("million", 6),
    ("mn", 6),
    ("mln", 6),
    ("m", 6),
    ("mio", 6),
    ("billion", 9),
    ("bn", 9),
    ("bln", 9),
    ("b", 9),
    ("trillion", 12),
    ("tn", 12),
    ("trn", 12),
    ("lakh", 5),
    ("lakhs", 5),
    ("lac", 5),
    ("crore", 7),
    ("crores", 7),
    ("cr", 7),
];

fn scale(w: &str) -> Option<i32> {
    SCALES.iter().find(|(k, _)| *k == w).map(|&(_, e)| e)
}

/// Finds amounts of money in `text`, in order and without overlap. Needs a currency (sign, code
/// or name) and a written amount: "several million worth" gives nothing.
pub fn find_money(text: &str) -> Vec<MoneyMatch> {
    money_in(text, &tokenize(text))
}

/// The spans of [`find_money`] over already tokenized text (to mask sums when counting).
pub(crate) fn money_spans(text: &str, toks: &[Token]) -> Vec<Span> {
    money_in(text, toks).into_iter().map(|m| m.span).collect()
}

pub(crate) fn money_in(text: &str, toks: &[Token]) -> Vec<MoneyMatch> {
    let mut out: Vec<MoneyMatch> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match money_at(text, toks, i) {
            Some((mut m, next)) => {
                let floor = out.last().map_or(0, |p| p.span.end);
                if let Some((q, s)) =
                    qualifier_before(toks, i).filter(|&(_, s)| toks[s].span.start >= floor)
                {
                    if m.money.qualifier == Qualifier::Exact {
                        m.money.qualifier = q;
                    }
                    m.span.start = toks[s].span.start;
                }
                out.push(m);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// An amount at token `i`: its value, the index after it, whether it had a scale word.
struct Amount {
    value: f64,
    next: usize,
    scaled: bool,
}

/// "2.5", "2.5bn", "10,000 crore", "5 lakh crore" or, after digits only, words ("two billion").
fn amount_at(toks: &[Token], i: usize, words: bool) -> Option<Amount> {
    let t = toks.get(i)?;
    if t.kind == Kind::Word {
        let c = cardinal_at(toks, i).filter(|_| words)?;
        return Some(Amount {
            value: c.value,
            next: c.next,
            scaled: c.value >= 1e3,
        });
    }
    if t.kind != Kind::Num {
        return None;
    }
    let mut exp = 0;
    let mut next = i + 1;
    // "$2.5-billion": a hyphen glued between the amount and its scale word.
    let glued = |a: &Token, b: &Token| a.span.end == b.span.start;
    if toks.get(next).is_some_and(|h| h.is_sym('-') && glued(t, h))
        && toks
            .get(next + 1)
            .is_some_and(|s| glued(&toks[next], s) && scale(&s.lower).is_some())
    {
        next += 1;
    }
    // At most two scale words, the second bigger ("5 lakh crore", "50 thousand crore").
    while let Some(e) = toks
        .get(next)
        .filter(|s| s.kind == Kind::Word)
        .and_then(|s| scale(&s.lower))
    {
        if next > i + 1 && (next > i + 2 || e <= exp) {
            break;
        }
        exp += e;
        next += 1;
    }
    // "$5x", "$300mm": letters glued to the amount that are not a scale.
    if toks
        .get(next)
        .is_some_and(|s| s.kind == Kind::Word && s.span.start == toks[next - 1].span.end)
    {
        return None;
    }
    Some(Amount {
        value: literal_value(t.text, exp)?,
        next,
        scaled: exp > 0,
    })
}

/// "-2 billion", " to $2 billion", " and $2bn" after a first amount: the upper amount.
fn range_upper(
    toks: &[Token],
    lo: &Amount,
    between: bool,
    currency_prefix: bool,
) -> Option<Amount> {
    let sep = toks.get(lo.next)?;
    let joins = match sep.lower.as_str() {
        "-" | "–" | "—" | "to" => true,
        "and" => between,
        _ => false,
    };
    if !joins {
        return None;
    }
    let mut j = lo.next + 1;
    if currency_prefix {
        if let Some((_, n)) = prefix_at(toks, j) {
            j = n;
        }
    }
    let hi = amount_at(toks, j, false)?;
    (hi.value > lo.value).then_some(hi)
}

fn money_at(text: &str, toks: &[Token], i: usize) -> Option<(MoneyMatch, usize)> {
    let between = i > 0 && toks[i - 1].is_word("between");
    let prefix = prefix_at(toks, i);
    let amount_start = prefix.map_or(i, |(_, n)| n);
    if prefix.is_none() && toks[i].kind == Kind::Num && attached_before(text, toks[i].span.start) {
        return None;
    }
    let mut amount = amount_at(toks, amount_start, prefix.is_none())?;
    let mut qualifier = Qualifier::Exact;
    if let Some(hi) = range_upper(toks, &amount, between, prefix.is_some()) {
        amount = hi;
        qualifier = Qualifier::UpTo;
    }
    let (currency, next) = match prefix {
        Some((code, _)) => (code, amount.next),
        // "a 2.5 billion-dollar deal": the name may hang off a hyphen.
        None => suffix_at(toks, amount.next, amount.scaled).or_else(|| {
            toks.get(amount.next)
                .filter(|h| h.is_sym('-'))
                .and_then(|_| suffix_at(toks, amount.next + 1, amount.scaled))
        })?,
    };
    let start = if between && qualifier == Qualifier::UpTo {
        i - 1
    } else {
        i
    };
    let span = Span::new(toks[start].span.start, toks[next - 1].span.end);
    let money = Money {
        amount: amount.value,
        currency: currency.to_string(),
        qualifier,
    };
    Some((MoneyMatch { span, money }, next))
}
