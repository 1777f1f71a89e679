//! A small tokenizer shared by the number and money finders: words, digit literals and single
//! symbols, each with its byte span. Whitespace is dropped; `adjacent` tells whether two tokens
//! touch, which is what separates "Su-35" (a designation) from "Su 35".

use armscope_core::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters (any script).
    Word,
    /// A run of ASCII digits, with "," or thin/no-break-space thousands groups and a decimal part.
    Num,
    /// Any other single non-space character.
    Sym,
}

#[derive(Clone, Debug)]
pub(crate) struct Token<'t> {
    pub kind: Kind,
    pub span: Span,
    pub text: &'t str,
    /// Lower-cased text, for case-insensitive word comparison.
    pub lower: String,
}

impl Token<'_> {
    pub fn is_word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.lower == w
    }

    pub fn is_sym(&self, c: char) -> bool {
        self.kind == Kind::Sym && self.text.starts_with(c)
    }
}

/// Thousands separators allowed inside a digit literal besides ",": a plain space is not one,
/// because "in 2015 24 jets" must stay two numbers.
const GROUP_SPACES: [char; 3] = ['\u{2009}', '\u{202F}', '\u{00A0}'];

pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some(&(start, c)) = iter.peek() {
        if c.is_whitespace() {
            iter.next();
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            (Kind::Num, scan_number(text, start))
        } else if c.is_alphabetic() {
            let end = text[start..]
                .char_indices()
                .find(|&(_, ch)| !ch.is_alphabetic())
                .map_or(text.len(), |(i, _)| start + i);
            (Kind::Word, end)
        } else {
            (Kind::Sym, start + c.len_utf8())
        };
        while iter.peek().is_some_and(|&(i, _)| i < end) {
            iter.next();
        }
        let slice = &text[start..end];
        let lower = if kind == Kind::Word {
            slice.to_lowercase()
        } else {
            slice.to_string()
        };
        out.push(Token {
            kind,
            span: Span::new(start, end),
            text: slice,
            lower,
        });
    }
    out
}

/// End of the digit literal starting at `start`: digits, then 3-digit groups after "," or a
/// thin/no-break space (only when the first run has at most 3 digits), then ".digits".
fn scan_number(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let digits_from = |i: usize| bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut i = start + digits_from(start);
    if i - start <= 3 {
        loop {
            let sep_len = match text[i..].chars().next() {
                Some(',') => 1,
                Some(c) if GROUP_SPACES.contains(&c) => c.len_utf8(),
                _ => break,
            };
            let j = i + sep_len;
            if j < bytes.len() && digits_from(j) == 3 {
                i = j + 3;
            } else {
                break;
            }
        }
    }
    if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1 + digits_from(i + 1);
    }
    i
}

/// The digits of a literal with group separators removed ("1,200.5" → "1200.5").
pub(crate) fn clean_digits(lit: &str) -> String {
    lit.chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect()
}

/// The value of a digit literal times `10^exp`, rounded once (so "2.3" × 10^9 is exactly 2.3e9).
pub(crate) fn literal_value(lit: &str, exp: i32) -> Option<f64> {
    format!("{}e{exp}", clean_digits(lit)).parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.kind, t.text))
            .collect()
    }

    #[test]
    fn splits_designations_and_groups() {
        assert_eq!(
            kinds("Su-35 1,200 2015,2016 1\u{2009}200 ok."),
            vec![
                (Kind::Word, "Su"),
                (Kind::Sym, "-"),
                (Kind::Num, "35"),
                (Kind::Num, "1,200"),
                (Kind::Num, "2015"),
                (Kind::Sym, ","),
                (Kind::Num, "2016"),
                (Kind::Num, "1\u{2009}200"),
                (Kind::Word, "ok"),
                (Kind::Sym, "."),
            ]
        );
        assert_eq!(literal_value("2.3", 9), Some(2.3e9));
    }
}
