//! Counts a sentence gives for its item away from the designation: "completing an order for
//! ten aircraft placed in 2020", "signed for two dozen drones", "reportedly for seven
//! batteries", "buying 18 of the jets".
//!
//! A count belongs to an item only when its noun is one that item can be called (a helicopter is
//! "helicopters" or "aircraft", never "tanks"), and goes to the nearest such item of the sentence,
//! so a sentence naming a tank and a howitzer does not hand one's count to the other.

use std::sync::LazyLock;

use armscope_core::{Quantity, Span};
use armscope_normalize::NumberMatch;
use regex::Regex;

/// A counted noun phrase right after a number: optional "of the", up to two modifiers, a head.
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"^\s*(?:more\s+)?(?:of\s+(?:the|them|these|those|its|their)\b\s*)?(?P<fill>(?:[a-z][a-z-]*\s+){0,2}?)(?P<noun>[a-zA-Z]+)\b").expect("counted regex")
});

/// Counting units a deal may be sold in, whatever the system ("seven batteries").
const UNITS: &[&str] = &[
    "battery",
    "batteries",
    "battalion",
    "battalions",
    "division",
    "divisions",
    "regiment",
    "regiments",
    "squadron",
    "squadrons",
    "set",
    "sets",
    "unit",
    "units",
    "system",
    "systems",
    "complexes",
];

/// Words a catalog category's systems are called by in running text (plural forms; a lone
/// "one"/"a" count is too rare to be worth the false matches).
fn nouns_for(category: &str) -> &'static [&'static str] {
    match category {
        "combat-aircraft" => &[
            "aircraft",
            "jets",
            "fighters",
            "planes",
            "warplanes",
            "airframes",
            "bombers",
            "interceptors",
        ],
        "trainer-aircraft" => &["aircraft", "jets", "trainers", "planes", "airframes"],
        "transport-aircraft" => &[
            "aircraft",
            "planes",
            "transports",
            "airlifters",
            "tankers",
            "airframes",
            "freighters",
        ],
        "helicopter" => &[
            "helicopters",
            "aircraft",
            "rotorcraft",
            "choppers",
            "machines",
            "airframes",
        ],
        "uav" => &["drones", "uavs", "aircraft", "vehicles", "platforms"],
        "tank" => &["tanks", "vehicles"],
        "armoured-vehicle" => &["vehicles", "carriers", "apcs", "ifvs", "trucks"],
        "artillery" => &["howitzers", "guns", "pieces", "vehicles", "cannons"],
        "rocket-launcher" => &["launchers", "vehicles"],
        "air-defence" => &["launchers", "interceptors", "missiles", "radars"],
        "missile" => &[
            "missiles",
            "rounds",
            "munitions",
            "interceptors",
            "launchers",
        ],
        "ship" => &[
            "ships",
            "vessels",
            "frigates",
            "corvettes",
            "destroyers",
            "boats",
            "warships",
            "hulls",
            "patrol",
        ],
        "submarine" => &["submarines", "boats", "subs", "vessels"],
        "radar" => &["radars", "stations"],
        "engine" => &["engines", "powerplants"],
        _ => &[],
    }
}

/// "a Type 071E landing platform dock", "one FK-3 battery": a single unit, named in the
/// singular by a noun that counts such things.
static SINGLE_ARTICLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:a|an|one|a\s+single|a\s+lone)\s+(?:(?:new|second-hand|used|refurbished|modernised|modernized|Chinese|Russian|French|German|Korean|Turkish|Italian|Spanish|Swedish|American|British|Israeli)\s+)?$").expect("single article regex")
});
static SINGULAR_NOUN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)^(?:-class)?\s+(?:[a-z-]+\s+){0,2}?(?P<noun>frigate|corvette|submarine|ship|vessel|dock|destroyer|carrier|boat|helicopter|fighter|jet|tank|battery|radar|satellite)\b").expect("singular noun regex")
});

/// One unit of the item when the text names it in the singular with an article before it.
pub fn single_unit(sentence: &str, item: Span) -> Option<(Quantity, Span)> {
    let article = SINGLE_ARTICLE_BEFORE.find(&sentence[..item.start])?;
    let noun = SINGULAR_NOUN_AFTER.captures(&sentence[item.end..])?;
    let unit = noun["noun"].to_lowercase();
    Some((
        Quantity {
            value: 1,
            unit: (unit == "battery").then_some(unit),
            qualifier: Default::default(),
        },
        Span::new(article.start(), item.end + noun.get(0)?.end()),
    ))
}

/// Words before a number that make it part of a deal or a comparison, not its size.
const NOT_THE_SIZE_BEFORE: &[&str] = &[
    "first",
    "last",
    "remaining",
    "initial",
    "final",
    "latest",
    "another",
    "other",
    "further",
    "additional",
    "than",
    "next",
    "previous",
    "older",
    "existing",
    "about-to-retire",
];

/// Words that cannot sit between a number and its noun.
const FILL_STOPWORDS: &[&str] = &[
    "and", "or", "to", "for", "with", "in", "on", "at", "by", "per", "km", "kg",
];

/// The count for the item at `item` (category `category`) found elsewhere in `sentence`, unless
/// another item in `others` (span, category) is closer to it and can be called the same noun.
pub fn count_elsewhere(
    sentence: &str,
    item: Span,
    category: &str,
    others: &[(Span, &str)],
    numbers: &[NumberMatch],
) -> Option<(Quantity, Span)> {
    let nouns = nouns_for(category);
    if nouns.is_empty() {
        return None;
    }
    let fits = |noun: &str, category: &str| {
        let noun = noun.to_lowercase();
        nouns_for(category).contains(&noun.as_str()) || UNITS.contains(&noun.as_str())
    };
    let distance = |span: Span, other: Span| {
        if span.start >= other.end {
            span.start - other.end
        } else {
            other.start.saturating_sub(span.end)
        }
    };
    numbers
        .iter()
        .filter(|n| !n.plus && !n.is_year_like && n.value >= 1.0 && n.value.fract() == 0.0)
        .filter(|n| !crate::items::is_vague_amount(n.span.slice(sentence)))
        .filter(|n| !item.overlaps(n.span) && !others.iter().any(|(o, _)| o.overlaps(n.span)))
        .filter(|n| {
            let word_before = sentence[..n.span.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .unwrap_or("")
                .to_lowercase();
            !NOT_THE_SIZE_BEFORE.contains(&word_before.as_str())
        })
        .filter_map(|n| {
            let c = COUNTED.captures(&sentence[n.span.end..])?;
            let fill = c.name("fill").map_or("", |m| m.as_str());
            if fill.split_whitespace().any(|w| FILL_STOPWORDS.contains(&w)) {
                return None;
            }
            let noun = c.name("noun")?;
            let whole = c.get(0)?;
            let span = Span::new(n.span.start, n.span.end + whole.end());
            // A counted phrase running into a designation counts that designation instead.
            if others
                .iter()
                .any(|(o, _)| o.start >= span.end && sentence[span.end..o.start].trim().is_empty())
            {
                return None;
            }
            if !fits(noun.as_str(), category) {
                return None;
            }
            let nearest_other = others
                .iter()
                .filter(|(_, cat)| fits(noun.as_str(), cat))
                .map(|(o, _)| distance(span, *o))
                .min();
            if nearest_other.is_some_and(|d| d < distance(span, item)) {
                return None;
            }
            let lower = noun.as_str().to_lowercase();
            let unit = UNITS
                .contains(&lower.as_str())
                .then(|| lower.clone())
                .filter(|u| !matches!(u.as_str(), "system" | "systems" | "unit" | "units"));
            Some((
                distance(span, item),
                Quantity {
                    value: n.value as u64,
                    unit,
                    qualifier: n.qualifier,
                },
                span,
            ))
        })
        .min_by_key(|(d, _, _)| *d)
        .map(|(_, q, span)| (q, span))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(sentence: &str, item: &str, category: &str, others: &[(&str, &str)]) -> Option<u64> {
        let at = |name: &str| {
            let start = sentence.find(name).unwrap();
            Span::new(start, start + name.len())
        };
        let others: Vec<(Span, &str)> = others.iter().map(|(n, c)| (at(n), *c)).collect();
        let numbers = armscope_normalize::find_numbers(sentence);
        count_elsewhere(sentence, at(item), category, &others, &numbers).map(|(q, _)| q.value)
    }

    #[test]
    fn a_count_with_a_fitting_noun_belongs_to_the_item() {
        let s = "Chile took its last Z-9 helicopters in 2019, closing an order for twelve aircraft signed in 2016.";
        assert_eq!(count(s, "Z-9", "helicopter", &[]), Some(12));
        let s = "Peru picked the Leopard and agreed to buy 80 of the tanks.";
        assert_eq!(count(s, "Leopard", "tank", &[]), Some(80));
        let s = "Cairo ordered the Aster system in 2021, reportedly for six batteries.";
        assert_eq!(count(s, "Aster", "air-defence", &[]), Some(6));
    }

    #[test]
    fn a_count_of_another_kind_of_thing_does_not() {
        let s = "The Z-9 can carry 10 troops and 4 missiles over 600 km.";
        assert_eq!(count(s, "Z-9", "helicopter", &[]), None);
        let s = "Ghana bought the K9 howitzer, and 30 tanks came from Poland.";
        assert_eq!(count(s, "K9", "artillery", &[]), None);
        let s = "The first six jets of the Gripen order landed in 2022.";
        assert_eq!(count(s, "Gripen", "combat-aircraft", &[]), None);
    }

    #[test]
    fn a_single_unit_named_in_the_singular() {
        let one = |s: &str, item: &str| {
            let start = s.find(item).unwrap();
            single_unit(s, Span::new(start, start + item.len())).map(|(q, _)| q.value)
        };
        assert_eq!(
            one(
                "HTMS Chang, a Type 071E landing platform dock ordered in 2019",
                "Type 071E"
            ),
            Some(1)
        );
        assert_eq!(
            one("Serbia received one FK-3 battery in April", "FK-3"),
            Some(1)
        );
        assert_eq!(one("signed a Rafale deal worth $2 billion", "Rafale"), None);
        assert_eq!(one("a S-400 contract for four regiments", "S-400"), None);
    }

    #[test]
    fn the_nearest_fitting_item_takes_the_count() {
        let s = "Peru bought the T-90 and later the Leopard, 80 tanks in all.";
        assert_eq!(count(s, "Leopard", "tank", &[("T-90", "tank")]), Some(80));
        assert_eq!(count(s, "T-90", "tank", &[("Leopard", "tank")]), None);
        let s = "It bought 24 vehicles of the Boxer type and the T-90.";
        assert_eq!(
            count(s, "T-90", "tank", &[("Boxer", "armoured-vehicle")]),
            None
        );
    }
}
