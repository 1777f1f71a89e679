//! Words before a number that say how exact it is: "about 40" (approximate), "more than 40"
//! (a lower bound), "up to 40" (an upper bound).

use armscope_core::Qualifier;

use crate::token::{Kind, Token};

/// Phrases in token order; the longest one that ends right before the number wins.
const PHRASES: &[(&[&str], Qualifier)] = &[
    (&["about"], Qualifier::Approx),
    (&["around"], Qualifier::Approx),
    (&["some"], Qualifier::Approx),
    (&["nearly"], Qualifier::Approx),
    (&["almost"], Qualifier::Approx),
    (&["approximately"], Qualifier::Approx),
    (&["approx"], Qualifier::Approx),
    (&["roughly"], Qualifier::Approx),
    (&["circa"], Qualifier::Approx),
    (&["estimated"], Qualifier::Approx),
    (&["an", "estimated"], Qualifier::Approx),
    (&["close", "to"], Qualifier::Approx),
    (&["more", "than"], Qualifier::AtLeast),
    (&["over"], Qualifier::AtLeast),
    (&["well", "over"], Qualifier::AtLeast),
    (&["just", "over"], Qualifier::AtLeast),
    (&["at", "least"], Qualifier::AtLeast),
    (&["upwards", "of"], Qualifier::AtLeast),
    (&["upward", "of"], Qualifier::AtLeast),
    (&["in", "excess", "of"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["exceeding"], Qualifier::AtLeast),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["not", "more", "than"], Qualifier::UpTo),
    (&["fewer", "than"], Qualifier::UpTo),
    (&["less", "than"], Qualifier::UpTo),
    (&["under"], Qualifier::UpTo),
    (&["just", "under"], Qualifier::UpTo),
    (&["a", "maximum", "of"], Qualifier::UpTo),
    (&["at", "most"], Qualifier::UpTo),
];

/// Verbs whose particle "over" is not a bound ("handed over 24 tanks").
const OVER_VERBS: &[&str] = &[
    "hand",
    "handed",
    "hands",
    "handing",
    "turn",
    "turned",
    "turns",
    "turning",
    "take",
    "took",
    "takes",
    "taking",
    "taken",
    "pass",
    "passed",
    "passing",
    "sign",
    "signed",
    "signing",
    "fly",
    "flew",
    "flown",
    "win",
    "won",
    "spread",
    "stretched",
    "disputes",
    "dispute",
    "fight",
];

/// The qualifier ending right before token `i`, with the index of its first token.
pub(crate) fn qualifier_before(toks: &[Token], i: usize) -> Option<(Qualifier, usize)> {
    let mut best: Option<(Qualifier, usize)> = None;
    for (words, q) in PHRASES {
        let n = words.len();
        if n > i {
            continue;
        }
        let start = i - n;
        let matches = words.iter().enumerate().all(|(k, w)| {
            let t = &toks[start + k];
            // Each word must be followed by whitespace (not "up-to", not "about,").
            t.kind == Kind::Word && t.lower == *w && toks[start + k + 1].span.start > t.span.end
        });
        if !matches {
            continue;
        }
        if words == &["over"] && start > 0 && OVER_VERBS.contains(&toks[start - 1].lower.as_str()) {
            continue;
        }
        if best.is_none_or(|(_, s)| start < s) {
            best = Some((*q, start));
        }
    }
    best
}
