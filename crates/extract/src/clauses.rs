//! Clauses: a sentence cut where a new verb phrase starts ("…, and also supplied …",
//! "…; …", "… – all vehicles …"), so that each item takes its stage, value and dates from
//! its own clause first.

use std::sync::LazyLock;

use armscope_core::Span;
use regex::Regex;

static BOUNDARY: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i);|\s[-–—]\s|,?\s+and\s+also\s|,?\s+and\s+(?:later|subsequently)\s|,\s+while\s|,\s+then\s|,\s+whereas\s|,\s+but\s|,\s+and\s+(?:has|have|had|is|was|will|would|then|later|subsequently|it|he|she|they|we|its|their|in\s+\d{4}|(?:in|on|by|since|from)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}s?))\b|,\s+and\s+(?:the\s+)?(?-i:\p{Lu})[\w-]*(?:\s+(?-i:\p{Lu})[\w-]*){0,2}['’]s\b|,\s+and\s+(?:[\w'’-]+\s+){1,3}?(?:is|are|was|were|has|have|had|will|would|can|could|should|reported|said|says|wants?|plans?|intends?|hopes?|expects?|claims?|announced|confirmed|denied|denies)\b").expect("clause regex")
});

static AND_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::re::build(r"(?i)^,?\s+and\s+(?:also\s+)?").expect("and regex"));

/// Sentence-relative clause spans, covering the whole sentence in order.
pub fn split(sentence: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for m in BOUNDARY.find_iter(sentence) {
        if m.start() > start {
            out.push(Span::new(start, m.start()));
        }
        // ", and Pakistan is reported …", ", and in 2019 Belarus …": the words after "and"
        // that the boundary looked at (a subject, a date) open the next clause.
        start = AND_AFTER
            .find(m.as_str())
            .map_or(m.end(), |and| m.start() + and.end());
    }
    out.push(Span::new(start, sentence.len()));
    out
}

/// Index of the clause holding `pos`.
pub fn index_of(clauses: &[Span], pos: usize) -> usize {
    clauses
        .iter()
        .position(|c| pos < c.end)
        .unwrap_or(clauses.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_new_verb_phrases_only() {
        let s = "Russia fulfilled a contract for the S-400, and also supplied 24 Su-35 jets.";
        let c = split(s);
        assert_eq!(c.len(), 2);
        assert!(c[1].slice(s).starts_with("supplied"));
        assert_eq!(
            split("J-10 and JF-17 fighters, as well as L-15 trainers").len(),
            1
        );
        assert_eq!(
            split("a contract for 18 helicopters - all should arrive in 2022").len(),
            2
        );
        assert_eq!(index_of(&c, c[1].start + 1), 1);
        let s = "Oman signed in 2020, and Qatar is reported to have ordered jets";
        let c = split(s);
        assert!(c[1].slice(s).starts_with("Qatar"), "{:?}", c[1].slice(s));
        assert_eq!(
            split("The UK delivered 24 jets to Qatar, and South Korea's exports will climb").len(),
            2
        );
        assert_eq!(split("to India, Qatar, and Egypt").len(), 1);
        assert_eq!(
            split("supplied the first drones in 2022 and later helped build a plant").len(),
            2
        );
        assert_eq!(
            split("received five ships in 1985, and in the 1990s the air force received jets")
                .len(),
            2
        );
        assert_eq!(
            split("ordered 20 in 2019, and all were delivered in 2023").len(),
            2
        );
        assert_eq!(
            split("sent Patriots to Poland, and the ministry now wants to buy more from Raytheon")
                .len(),
            2
        );
    }
}
