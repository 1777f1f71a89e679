//! Cardinal numbers written in words or digits: "twenty-four", "one hundred and twenty",
//! "two dozen", "1.5 million", "1,200". Works on tokens so the finders and
//! [`parse_number_words`](crate::parse_number_words) share one grammar.

use armscope_core::Qualifier;

use crate::token::{literal_value, Kind, Token};

const SMALL: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fourty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Scale words as powers of ten; abbreviations ("bn", "m") belong to money only.
const SCALES: &[(&str, i32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
];

fn lookup<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
}

pub(crate) fn scale_exp(w: &str) -> Option<i32> {
    lookup(SCALES, w)
}

/// Whether a word can start a cardinal in words (for callers that must not split one).
pub(crate) fn is_number_word(w: &str) -> bool {
    lookup(SMALL, w).is_some() || lookup(TENS, w).is_some()
}

/// A cardinal found at a token position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Cardinal {
    pub value: f64,
    /// Index of the first token after the cardinal.
    pub next: usize,
    /// A bare 4-digit integer literal with no scale (a year candidate).
    pub plain_four_digits: bool,
    /// The number was a digit literal (possibly scaled), not words.
    pub digits: bool,
}

/// Tokens `a` and `b` are separated by whitespace only (not touching, nothing between).
fn spaced(toks: &[Token], a: usize, b: usize) -> bool {
    toks.get(b).is_some_and(|t| t.span.start > toks[a].span.end)
}

/// Parses the longest cardinal starting at token `i`: a digit literal with optional scale words
/// and "dozen", or number words ("a hundred", "twenty-four", "two dozen").
pub(crate) fn cardinal_at(toks: &[Token], i: usize) -> Option<Cardinal> {
    let tok = toks.get(i)?;
    match tok.kind {
        Kind::Num => digits_at(toks, i),
        Kind::Word => words_at(toks, i),
        Kind::Sym => None,
    }
}

fn digits_at(toks: &[Token], i: usize) -> Option<Cardinal> {
    let lit = toks[i].text;
    let mut exp = 0;
    let mut next = i + 1;
    let mut last_exp = i32::MAX;
    while let Some(e) = toks
        .get(next)
        .filter(|_| spaced(toks, next - 1, next))
        .and_then(|t| scale_exp(&t.lower))
    {
        if e >= last_exp {
            break;
        }
        exp += e;
        last_exp = e;
        next += 1;
    }
    let mut value = literal_value(lit, exp)?;
    if toks.get(next).is_some_and(|t| t.is_word("dozen")) && spaced(toks, next - 1, next) {
        value *= 12.0;
        next += 1;
    }
    let plain_four_digits =
        next == i + 1 && lit.len() == 4 && lit.bytes().all(|b| b.is_ascii_digit());
    Some(Cardinal {
        value,
        next,
        plain_four_digits,
        digits: true,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Last {
    Start,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    And,
}

fn words_at(toks: &[Token], i: usize) -> Option<Cardinal> {
    let first = &toks[i];
    // "half a dozen"
    if first.lower == "half"
        && toks.get(i + 1).is_some_and(|t| t.is_word("a"))
        && toks.get(i + 2).is_some_and(|t| t.is_word("dozen"))
    {
        return Some(Cardinal {
            value: 6.0,
            next: i + 3,
            plain_four_digits: false,
            digits: false,
        });
    }
    let (mut total, mut group) = (0.0f64, 0.0f64);
    let mut last = Last::Start;
    let mut last_scale = i32::MAX;
    let mut j = i;
    let mut end = None; // (total value, next token) of the longest complete parse
                        // "a hundred", "a dozen": "a" is 1 only before a scale word.
    if first.is_word("a") {
        let next = toks.get(i + 1)?;
        if !(next.lower == "hundred" || next.lower == "dozen" || scale_exp(&next.lower).is_some()) {
            return None;
        }
        group = 1.0;
        last = Last::Unit;
        j = i + 1;
    }
    while let Some(t) = toks.get(j) {
        // "twenty-four": a hyphen touching a tens word and a following word.
        if t.is_sym('-') && last == Last::Tens {
            let touching = t.span.start == toks[j - 1].span.end
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.kind == Kind::Word && n.span.start == t.span.end);
            if !touching {
                break;
            }
            j += 1;
            continue;
        }
        let after_hyphen = j > i && toks[j - 1].is_sym('-');
        if j > i && !after_hyphen && !spaced(toks, j - 1, j) {
            break;
        }
        if after_hyphen && !lookup(SMALL, &t.lower).is_some_and(|v| (1..10).contains(&v)) {
            break;
        }
        if t.kind != Kind::Word {
            break;
        }
        let w = t.lower.as_str();
        let can_start_group = matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And);
        if let Some(v) = lookup(SMALL, w) {
            let ok = if v == 0 {
                last == Last::Start
            } else if v < 10 {
                can_start_group || last == Last::Tens
            } else {
                can_start_group
            };
            if !ok {
                break;
            }
            group += f64::from(v);
            last = if v < 10 { Last::Unit } else { Last::Teen };
        } else if let Some(v) = lookup(TENS, w) {
            if !can_start_group {
                break;
            }
            group += f64::from(v);
            last = Last::Tens;
        } else if w == "hundred" {
            if !matches!(last, Last::Unit | Last::Teen) || group >= 100.0 {
                break;
            }
            group *= 100.0;
            last = Last::Hundred;
        } else if let Some(e) = scale_exp(w) {
            if !matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Hundred)
                || e >= last_scale
            {
                break;
            }
            total += group * 10f64.powi(e);
            group = 0.0;
            last_scale = e;
            last = Last::Scale;
        } else if w == "dozen" {
            if !matches!(last, Last::Unit | Last::Teen | Last::Tens) || total > 0.0 {
                break;
            }
            group *= 12.0;
            j += 1;
            end = Some((group, j));
            break;
        } else if w == "and" && matches!(last, Last::Hundred | Last::Scale) {
            last = Last::And;
            j += 1;
            continue;
        } else {
            break;
        }
        j += 1;
        end = Some((total + group, j));
    }
    let (value, next) = end?;
    Some(Cardinal {
        value,
        next,
        plain_four_digits: false,
        digits: false,
    })
}

/// Plural number nouns: "dozens of" means at least a dozen.
const PLURAL_NOUNS: &[(&str, f64)] = &[
    ("dozens", 12.0),
    ("scores", 20.0),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
];

/// "a pair of", "a couple of", "dozens of", "tens of thousands of".
pub(crate) fn phrase_at(toks: &[Token], i: usize) -> Option<(f64, Qualifier, usize)> {
    let w = |k: usize| {
        toks.get(i + k).map_or("", |t| {
            if t.kind == Kind::Word {
                t.lower.as_str()
            } else {
                ""
            }
        })
    };
    match (w(0), w(1), w(2), w(3)) {
        ("a", "pair", "of", _) => Some((2.0, Qualifier::Exact, i + 3)),
        ("a", "couple", "of", _) => Some((2.0, Qualifier::Approx, i + 3)),
        ("tens", "of", "thousands", "of") => Some((1e4, Qualifier::AtLeast, i + 4)),
        (p, "of", _, _) => PLURAL_NOUNS
            .iter()
            .find(|(n, _)| *n == p)
            .map(|&(_, v)| (v, Qualifier::AtLeast, i + 2)),
        _ => None,
    }
}

/// Parses a whole string as one number: "four", "two dozen", "a dozen", "a pair of",
/// "twenty-four", "one hundred and twenty", "1,200", "1.5 million". Case and surrounding spaces
/// do not matter; anything left over gives `None`.
///
/// ```
/// use armscope_normalize::parse_number_words;
/// assert_eq!(parse_number_words("one hundred and twenty"), Some(120.0));
/// assert_eq!(parse_number_words("Two dozen"), Some(24.0));
/// assert_eq!(parse_number_words("several"), None);
/// ```
pub fn parse_number_words(s: &str) -> Option<f64> {
    let toks = crate::token::tokenize(s);
    if let Some((v, _, next)) = phrase_at(&toks, 0) {
        return (next == toks.len()).then_some(v);
    }
    // "a pair", "a couple" without "of".
    if toks.len() == 2
        && toks[0].is_word("a")
        && (toks[1].is_word("pair") || toks[1].is_word("couple"))
    {
        return Some(2.0);
    }
    let c = cardinal_at(&toks, 0)?;
    (c.next == toks.len()).then_some(c.value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn parse(s: &str) -> Option<(f64, usize)> {
        let toks = tokenize(s);
        cardinal_at(&toks, 0).map(|c| (c.value, c.next))
    }

    #[test]
    fn grammar() {
        assert_eq!(parse("twenty-four jets"), Some((24.0, 3)));
        assert_eq!(parse("one hundred and twenty"), Some((120.0, 4)));
        assert_eq!(parse("one hundred and"), Some((100.0, 2)));
        assert_eq!(parse("four five"), Some((4.0, 1)));
        assert_eq!(parse("a dozen"), Some((12.0, 2)));
        assert_eq!(parse("two thousand three hundred"), Some((2300.0, 4)));
        assert_eq!(parse("1.5 million"), Some((1.5e6, 2)));
        assert_eq!(parse("a fighter"), None);
        assert_eq!(parse("twenty-"), Some((20.0, 1)));
    }
}
