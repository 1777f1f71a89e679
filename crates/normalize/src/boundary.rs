//! Checks on the characters around a digit run, shared by every finder: a digit run glued to
//! letters ("K9", "054A", "4th") or hanging off a hyphen after letters ("Su-35", "PAC-3") is
//! part of a designation or an ordinal, never a count, a sum or a year.

/// At most the last `max` bytes of `text[..end]`, cut on a char boundary (for regexes that look
/// back from a match without scanning the whole text).
pub(crate) fn tail(text: &str, end: usize, max: usize) -> &str {
    let end = end.min(text.len());
    let mut from = end.saturating_sub(max);
    while from < end && !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..end).unwrap_or("")
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

fn char_after(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2013}')
}

/// Words that turn the number after them into a designation ("Type 26", "Project 636").
const DESIGNATION_WORDS: &[&str] = &[
    "Type",
    "Block",
    "Project",
    "Model",
    "Mk",
    "Mark",
    "Batch",
    "Flight",
    "Tranche",
    "Series",
    "Version",
    "Increment",
    "Lot",
    "No",
    "Nr",
    "Article",
    "Leopard",
    "Challenger",
];

/// Words hyphenated to a year that leave it a year ("mid-2019", "end-2016", "pre-2014").
const TIME_PREFIXES: &[&str] = &[
    "mid", "end", "early", "late", "pre", "post", "year", "since",
];

/// True when the digit run at `start..end` belongs to a designation, an ordinal or a longer code.
pub(crate) fn is_attached(text: &str, start: usize, end: usize) -> bool {
    attached_before(text, start) || attached_after(text, end)
}

pub(crate) fn attached_before(text: &str, start: usize) -> bool {
    let Some(prev) = char_before(text, start) else {
        return false;
    };
    if prev.is_alphanumeric() || matches!(prev, '#' | '№' | '_' | '/' | '\\') {
        return true;
    }
    if is_hyphen(prev) {
        // "Su-35": letters then a hyphen. "12-18" (a range) and "mid-2019" stay free.
        let head = &text[..start - prev.len_utf8()];
        let word: String = head
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        return !word.is_empty() && !TIME_PREFIXES.contains(&word.to_lowercase().as_str());
    }
    let head = text.get(..start).unwrap_or("").trim_end();
    if head.len() < start {
        let word_start = head
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic() || *c == '.')
            .last()
            .map_or(head.len(), |(i, _)| i);
        let word = head[word_start..].trim_end_matches('.');
        return DESIGNATION_WORDS.contains(&word);
    }
    false
}

pub(crate) fn attached_after(text: &str, end: usize) -> bool {
    match char_after(text, end) {
        Some(c) if c.is_alphanumeric() || c == '_' => true,
        // "4++ generation"; a single "+" ("120+") is a lower bound and handled by the caller.
        Some('+') => char_after(text, end + 1) == Some('+'),
        _ => false,
    }
}

/// Whether the char just before `start` is a currency sign (so "$2015" is not a year).
pub(crate) fn after_currency_sign(text: &str, start: usize) -> bool {
    char_before(text, start.min(text.len()))
        .is_some_and(|c| matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '₩' | '₺'))
}

/// Words after a 4-digit number that make it a count, not a year ("2000 troops").
const UNIT_WORDS: &[&str] = &[
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "crore",
    "lakh",
    "bn",
    "mn",
    "m",
    "aircraft",
    "men",
    "people",
    "personnel",
    "strong",
    "times",
    "percent",
    "per",
    "km",
    "kg",
    "mm",
    "nm",
    "kilometres",
    "kilometers",
    "miles",
    "tonnes",
    "tons",
    "metres",
    "meters",
    "feet",
    "ft",
    "hp",
    "kw",
    "mw",
    "units",
    "hours",
    "days",
];

/// Plural-looking words that are not counted nouns ("in 2015 was", "2019 marks").
const NOT_UNITS: &[&str] = &[
    "was",
    "has",
    "its",
    "this",
    "thus",
    "plus",
    "across",
    "always",
    "perhaps",
    "whereas",
    "towards",
    "afterwards",
    "unless",
    "less",
    "marks",
    "sees",
    "saw",
    "remains",
    "does",
    "goes",
    "seems",
    "versus",
    "us",
    "onwards",
    "afterwards",
    "as",
];

/// True when the word after `end` (past spaces or one hyphen) makes the number a count or
/// measure: a known unit, or a lower-case plural noun.
pub(crate) fn followed_by_unit(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    if rest.starts_with('%') {
        return true;
    }
    let rest = rest.trim_start();
    let rest = rest.strip_prefix('-').unwrap_or(rest).trim_start();
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    if UNIT_WORDS.contains(&lower.as_str()) {
        return true;
    }
    let lowercase_plural = word.chars().next().is_some_and(char::is_lowercase)
        && word.chars().count() >= 4
        && word.ends_with('s')
        && !word.ends_with("ss");
    lowercase_plural && !NOT_UNITS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn designations() {
        let t = "Su-35 K9 054A 4th Type 26 12-18";
        assert!(attached_before(t, 3));
        assert!(attached_before(t, 7));
        assert!(attached_after(t, 12));
        assert!(attached_after(t, 15));
        assert!(attached_before(t, 23));
        assert!(!attached_before(t, 29));
        assert!(followed_by_unit("2000 troops", 4));
        assert!(!followed_by_unit("2015 was", 4));
    }
}
