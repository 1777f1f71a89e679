//! How the text crates compile their patterns (`armscope-extract` uses these too).

use regex::{Error, Regex, RegexBuilder};

/// A pattern with ASCII word boundaries, whose lazy DFA may grow to 64 MiB.
///
/// Why: a Unicode `\b` makes the lazy DFA give up on the first non-ASCII byte of a haystack
/// (news is full of curly quotes and dashes), leaving the slow engines to search; and with the
/// default 2 MiB cache the case-insensitive patterns, and those that run in reverse before a
/// `$`, rebuilt their states sentence after sentence. The words these patterns look for are
/// English; a letter such as `é` next to one now counts as a boundary.
pub fn build(pattern: &str) -> Result<Regex, Error> {
    RegexBuilder::new(&ascii_boundaries(pattern))
        .dfa_size_limit(64 << 20)
        .build()
}

/// A pattern for names, whose edges are letters of any script ("Éric", "Michał"): Unicode
/// word boundaries kept.
pub fn build_names(pattern: &str) -> Result<Regex, Error> {
    RegexBuilder::new(pattern).dfa_size_limit(64 << 20).build()
}

/// `pattern` with every `\b` escape made ASCII (`(?-u:\b)`); an escaped backslash (`\\b`)
/// stays a literal backslash and `b`.
fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str(r"(?-u:\b)"),
            Some(next) => {
                out.push('\\');
                out.push(next);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_become_ascii_and_escapes_stay() {
        assert_eq!(ascii_boundaries(r"\bsold\b"), r"(?-u:\b)sold(?-u:\b)");
        assert_eq!(ascii_boundaries(r"a\\b\d"), r"a\\b\d");
        assert_eq!(ascii_boundaries(r"x\B"), r"x\B");
    }

    #[test]
    fn an_ascii_boundary_pattern_matches_beside_curly_quotes() {
        let re = build(r"(?i)\bdelivered\b").unwrap();
        assert!(re.is_match("the jets were “delivered” in 2019"));
        assert!(!re.is_match("undelivered"));
    }
}
