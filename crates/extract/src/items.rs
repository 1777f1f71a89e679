//! The items a sentence may be transferring: catalogued systems (minus those named only as a
//! component, a purpose or another name of something else), or, where none is named, a
//! generic noun phrase ("aviation engines", "242 units of military products").

use std::sync::LazyLock;

use armscope_catalog::Catalog;
use armscope_core::{Quantity, Span};
use armscope_normalize::NumberMatch;
use regex::Regex;

/// A thing a transfer may be of.
#[derive(Clone, Debug)]
pub struct Item {
    /// Sentence-relative span of the designation or noun phrase.
    pub span: Span,
    pub system: String,
    pub system_id: Option<String>,
    pub family: Option<String>,
    pub category: Option<String>,
    /// Designer states, to fall back on when the text does not name the supplier.
    pub origin: Vec<String>,
    pub quantity: Option<(Quantity, Span)>,
    pub generic: bool,
}

/// Text right before a system that makes it a component, a purpose or an alias, not the item.
static NOT_THE_ITEM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r#"(?i)(?:\b(?:missiles?|engines?|ammunition|munitions|parts|spares?|components?|weapons|radars?|avionics|upgrades?|training|support|pilots|crews?|maintenance|simulators?)\s+for\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?|\bwith\s+(?:a\s+|an\s+|the\s+|new\s+)?|\bwith\s+(?:[a-z][\w-]*(?:,\s+|\s+and\s+))+|\b(?:equipped|armed|fitted|powered|based|modelled|modeled)\s+(?:with|by|on)\s+(?:a\s+|an\s+|the\s+)?|\b(?:version|variant|copy|analogue|analog|derivative|development|successor|replacement|rival|competitor)\s+(?:of|to|for)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?|\b(?:fleet|inventory|arsenal|stocks?)\s+of\s+(?:its\s+|their\s+|older\s+|ageing\s+|aging\s+)?|\b(?:delivered|flown(?:\s+in)?|shipped|transported|airlifted|brought|carried|ferried)\s+(?:\w+\s+){0,3}?(?:by|aboard|on\s+board|in)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?|\b(?:dubbed|called|named|designated|known(?:\s+in\s+(?:[\w-]+\s+){1,2}service)?\s+as|nicknamed)\s+(?:the\s+)?["“]?|\b(?:than|like|unlike|instead\s+of|rather\s+than)\s+(?:the\s+)?|\b(?:wait(?:s|ed|ing)?|waits)\s+for\s+(?:its|their|the)\s+(?:new\s+|own\s+)?|\b(?:an?|several|two|three|four|five|six|\d+)\s+(?:[A-Z][\w-]*\s+){0,2}(?:Air\s+Force|Navy|Army|Marine\s+Corps|Air\s+Forces)\s+)$"#).expect("not-the-item regex")
});

/// "replacing them with new M1A2 SEPv3": what replaces is an item, not a component.
static REPLACED_WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:replac\w*|swap\w*|exchang\w*|upgrad\w*|re-?equip\w*)\b[^.;]{0,60}\bwith\s+(?:a\s+|an\s+|the\s+|new\s+)?$").expect("replaced-with regex")
});

/// Sentences of statistics ("arms imports by European states rose 94 per cent"): their
/// generic nouns are totals, not items.
pub static STATISTIC: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:per\s*cent|percent|share\s+of|imports\s+by|exports\s+by|(?:largest|biggest|top)\s+(?:\w+\s+)?(?:importers?|exporters?|suppliers?|buyers?)|SIPRI|worldwide|global\s+(?:arms|exports|imports))\b|%").expect("statistic regex")
});

/// A competition between several designs ("the Rafale, F-16 Block 70 and Typhoon compete for a
/// requirement") is no transfer of any of them.
pub static COMPETITION: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:compet\w*|contenders?|in\s+the\s+running|vying|rival\s+bids?|open\s+requirement|shortlist\w*|frontrunners?|candidates?)\b").expect("competition regex")
});

/// Text right after a system that makes it a programme or a place, not the item.
static NOT_THE_ITEM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"^(?:(?:['’]s)?\s+(?:programme|program|project|consortium|production\s+line|plant|factory|partnership|standard|configuration)\b|\s+(?:[\w-]+\s+){0,7}?(?:flew|ferried|airlifted|carried|brought)\s+(?:the\s+|its\s+|their\s+)?(?:equipment|cargo|systems?|components|batter(?:y|ies)|launchers|it|them)\b)").expect("not-the-item-after regex")
});

/// Counting units written between a number and the item ("four divisions of the S-400").
static QUANTITY_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"^\s*(?:(?:(?P<unit>(?:regimental\s+|battalion\s+|divisional\s+)?(?:battalions?|divisions?|regiments?|squadrons?|batter(?:y|ies)|fire\s+units?|units?|sets?|batches|complexes|systems))\s+)?of\s+(?:the\s+|its\s+|their\s+)?)?(?P<fill>(?:[a-z][a-z-]*\s+){0,3})$").expect("gap regex")
});

/// A counting unit written after the item ("15 S-300 SAM battalions").
static UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"^\s+(?:[A-Z]{2,5}\s+)?(?:[a-z-]+\s+){0,2}?(?P<unit>battalions?|divisions?|regiments?|squadrons?|batter(?:y|ies)|fire\s+units?)\b").expect("unit regex")
});

/// Words that may not stand between a number and its item.
const GAP_STOPWORDS: &[&str] = &[
    "of",
    "to",
    "for",
    "with",
    "and",
    "or",
    "in",
    "on",
    "by",
    "from",
    "at",
    "than",
    "per",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "been",
    "will",
    "which",
    "that",
    "carry",
    "carries",
    "range",
    "up",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "tonnes",
    "tons",
    "troops",
    "paratroopers",
    "passengers",
    "percent",
    "years",
    "days",
    "months",
];

/// Nothing but a conjunction or slash between two names, or nothing at all ("Project 636.1
/// Kilo-class": two names of one thing side by side).
static COORDINATION: LazyLock<Regex> =
    LazyLock::new(|| crate::re::build(r"^\s*(?:,|/|and|or|&)?\s*$").expect("coordination regex"));

/// Catalogued systems in a sentence that can be the object of a transfer.
/// `systems` holds sentence-relative spans with catalog indices.
pub fn catalog_items(
    catalog: &Catalog,
    sentence: &str,
    systems: &[(Span, usize)],
    numbers: &[NumberMatch],
) -> Vec<Item> {
    let mut items = Vec::new();
    // The end of the last name that was not the item: a second name right after it
    // ("a variant of China's Type 039B Yuan-class boat") names the same thing.
    let mut not_item_end: Option<usize> = None;
    for &(span, index) in systems {
        let before = &sentence[..span.start];
        let replaced_with = REPLACED_WITH_BEFORE.is_match(before);
        let beside_excluded = not_item_end.is_some_and(|end| {
            sentence.get(end..span.start).is_some_and(|gap| {
                gap.chars()
                    .all(|c| c.is_whitespace() || c == '-' || c == '/')
            })
        });
        if (NOT_THE_ITEM_BEFORE.is_match(before) && !replaced_with)
            || NOT_THE_ITEM_AFTER.is_match(&sentence[span.end..])
            || beside_excluded
        {
            not_item_end = Some(span.end);
            continue;
        }
        let system = &catalog.systems()[index];
        // A squadron of aircraft is a formation of varying size, not a count of airframes
        // (for air defence, "five squadrons of S-400" is the Indian unit of sale).
        let others: Vec<(Span, &str)> = systems
            .iter()
            .filter(|(other, _)| *other != span)
            .map(|&(other, i)| (other, catalog.systems()[i].category.as_str()))
            .collect();
        let quantity = quantity_before(sentence, span, numbers)
            .or_else(|| quantity_elsewhere(sentence, span))
            .or_else(|| {
                crate::counts::count_elsewhere(
                    sentence,
                    span,
                    system.category.as_str(),
                    &others,
                    numbers,
                )
            })
            .or_else(|| crate::counts::single_unit(sentence, span))
            .filter(|(q, _)| {
                !(is_aircraft(system.category.as_str())
                    && q.unit.as_deref().is_some_and(|u| u.starts_with("squadron")))
            });
        // "31 MQ-9B SkyGuardian and SeaGuardian", "Project 636.1 Kilo-class": names of one
        // family together are one purchase, counted once.
        if items.last().is_some_and(|last: &Item| {
            last.family.as_deref() == Some(system.family.as_str())
                && sentence
                    .get(last.span.end..span.start)
                    .is_some_and(|between| COORDINATION.is_match(between))
        }) {
            continue;
        }
        items.push(Item {
            span,
            system: system.name.clone(),
            system_id: Some(system.id.clone()),
            family: Some(system.family.clone()),
            category: Some(system.category.as_str().to_string()),
            origin: system.origin.clone(),
            quantity,
            generic: false,
        });
    }
    items
}

fn is_aircraft(category: &str) -> bool {
    matches!(
        category,
        "combat-aircraft" | "trainer-aircraft" | "transport-aircraft" | "helicopter" | "uav"
    )
}

/// "a battery of the Pantsir-S1": one unit of the item.
static ONE_UNIT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:a|an|one)\s+(?P<unit>battalion|division|regiment|squadron|battery|fire\s+unit|regimental\s+set)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$").expect("one-unit regex")
});

/// "under a 2016 order for 30 of the type", "89 vehicles in all": a count the sentence gives
/// for its one item away from the designation.
static COUNT_OF_THE_TYPE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\bfor\s+(?P<n>\d[\d,]*)\s+of\s+(?:the|them|these)\b(?:\s+type)?|\b(?P<m>\d[\d,]*)\s+(?:\w+\s+)?in\s+(?:all|total)\b|^,?\s+of\s+which\s+(?:[\w'’-]+\s+){1,4}?(?:has\s+|had\s+|have\s+)?(?:ordered|bought|purchased|acquired|received|signed\s+for)\s+(?P<w>\d[\d,]*)\b").expect("count-of-type regex")
});

fn quantity_elsewhere(sentence: &str, item: Span) -> Option<(Quantity, Span)> {
    if let Some(c) = ONE_UNIT_BEFORE.captures(&sentence[..item.start]) {
        let whole = c.get(0)?;
        let unit = c["unit"].to_lowercase();
        return Some((
            Quantity {
                value: 1,
                unit: Some(unit),
                qualifier: Default::default(),
            },
            Span::new(whole.start(), whole.end()),
        ));
    }
    let c = COUNT_OF_THE_TYPE.captures(&sentence[item.end..])?;
    let n = c
        .name("n")
        .or_else(|| c.name("m"))
        .or_else(|| c.name("w"))?;
    let value: u64 = n.as_str().replace(',', "").parse().ok()?;
    let whole = c.get(0)?;
    Some((
        Quantity {
            value,
            unit: None,
            qualifier: Default::default(),
        },
        Span::new(item.end + whole.start(), item.end + whole.end()),
    ))
}

/// The number counting the item that starts at `item`: directly before it, with at most a
/// counting unit ("four divisions of the") or a few adjectives ("24 newest") in between.
pub fn quantity_before(
    sentence: &str,
    item: Span,
    numbers: &[NumberMatch],
) -> Option<(Quantity, Span)> {
    let number = numbers.iter().rev().find(|n| n.span.end <= item.start)?;
    if number.plus
        || number.is_year_like
        || number.value < 1.0
        || number.value.fract() != 0.0
        || is_vague_amount(number.span.slice(sentence))
    {
        return None;
    }
    // "the first ten K2 tanks", "the remaining 820": part of a deal, not its size.
    let lead = sentence[..number.span.start].trim_end();
    let word_before = lead
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    if matches!(
        word_before.as_str(),
        "first" | "last" | "remaining" | "initial" | "final" | "latest"
    ) {
        return None;
    }
    let gap = &sentence[number.span.end..item.start];
    let caps = QUANTITY_GAP.captures(gap)?;
    let fill = caps.name("fill").map_or("", |m| m.as_str());
    if fill.split_whitespace().any(|w| GAP_STOPWORDS.contains(&w)) {
        return None;
    }
    let unit = caps
        .name("unit")
        .map(|u| u.as_str().to_string())
        .or_else(|| {
            UNIT_AFTER
                .captures(&sentence[item.end..])
                .map(|c| c["unit"].to_string())
        })
        .map(|u| u.split_whitespace().collect::<Vec<_>>().join(" "));
    Some((
        Quantity {
            value: number.value as u64,
            unit,
            qualifier: number.qualifier,
        },
        Span::new(number.span.start, item.start.max(number.span.end)),
    ))
}

/// "thousands of missiles", "hundreds of aircraft", "dozens of drones": an order of magnitude,
/// not a count.
pub fn is_vague_amount(number: &str) -> bool {
    number.split_whitespace().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "dozens" | "hundreds" | "thousands" | "millions" | "scores" | "tens"
        )
    })
}

/// Head nouns of generic items.
static GENERIC_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"\b(?:(?:artillery|tank|mortar|howitzer)\s+rounds|missiles?|rockets?|engines?|helicopters?|rotorcraft|aircraft|jets|fighters|warplanes|bombers|drones|UAVs|tanks|vehicles|howitzers|artillery|shells|ammunition|munitions|weapons|arms|equipment|hardware|products|system|systems|submarines?|ships|warships|frigates|corvettes|destroyers|radars|satellites|(?:gas\s+)?turbines|power\s*plants|technolog(?:y|ies)|licen[cs]es|launchers|rifles|guns)\b").expect("generic head regex")
});

/// Words after a head that make it part of another noun ("arms trade", "engine building").
const NOT_A_HEAD_BEFORE: &[&str] = &[
    "trade",
    "exports",
    "export",
    "imports",
    "deals",
    "deal",
    "market",
    "control",
    "race",
    "industry",
    "sales",
    "embargo",
    "building",
    "production",
    "manufacturers",
    "makers",
    "programme",
    "program",
    "development",
    "technologies",
    "technology",
    "cooperation",
    "sphere",
    "field",
    "forces",
    "force",
    "troops",
    "units",
];

/// Words that end a generic noun phrase going leftwards.
const NP_STOP: &[&str] = &[
    "of",
    "the",
    "a",
    "an",
    "to",
    "for",
    "with",
    "by",
    "from",
    "in",
    "on",
    "at",
    "its",
    "their",
    "his",
    "her",
    "our",
    "worth",
    "lots",
    "several",
    "various",
    "some",
    "many",
    "additional",
    "following",
    "other",
    "new",
    "newest",
    "these",
    "those",
    "such",
    "more",
    "which",
    "that",
    "supply",
    "delivery",
    "purchase",
    "sale",
    "export",
    "import",
    "and",
    "or",
    "is",
    "are",
    "was",
    "were",
    "be",
    "batch",
    "batches",
    "number",
    "types",
    "type",
    "kinds",
    "units",
    "unit",
    "further",
    "create",
    "develop",
    "design",
    "build",
    "produce",
    "buy",
    "acquire",
    "any",
    "all",
    "modern",
    "latest",
    "advanced",
    "major",
    "own",
    "domestic",
    "foreign",
    "western",
    "this",
    "my",
    "your",
    "whose",
    "what",
    "same",
    "received",
    "supplied",
    "delivered",
    "bought",
    "purchased",
    "ordered",
    "sold",
    "acquired",
    "including",
    "included",
    "includes",
    "sent",
    "provided",
    "transferred",
    "exported",
    "imported",
    "got",
    "has",
    "had",
    "have",
    "million",
    "thousand",
    "hundred",
    "dozen",
    "dozens",
    "billion",
    "hundreds",
    "thousands",
    "first",
    "second",
    "third",
    "s",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
];

/// The first generic item after `from` in the sentence (heads inside `skip` spans are ignored).
pub fn generic_item(
    sentence: &str,
    from: usize,
    until: usize,
    numbers: &[NumberMatch],
) -> Option<Item> {
    let heads: Vec<Span> = GENERIC_HEAD
        .find_iter(&sentence[from..until])
        .map(|m| Span::new(from + m.start(), from + m.end()))
        .collect();
    for (k, &head_span) in heads.iter().enumerate() {
        // "missile attack warning system": a head followed closely by another head only
        // modifies it.
        if let Some(next) = heads.get(k + 1) {
            let between = &sentence[head_span.end..next.start];
            if between.split_whitespace().count() <= 2
                && between
                    .chars()
                    .all(|c| c.is_lowercase() || c == ' ' || c == '-')
                // "turbines for both ships": a preposition ends the first phrase.
                && !between
                    .split_whitespace()
                    .any(|w| matches!(w, "for" | "of" | "with" | "to" | "from" | "by"))
            {
                continue;
            }
        }
        let next_word = sentence[head_span.end..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let next_word = next_word.trim_matches(|c: char| !c.is_alphanumeric());
        if NOT_A_HEAD_BEFORE.contains(&next_word) {
            continue;
        }
        let start = np_start(sentence, from, head_span.start);
        let span = Span::new(start, head_span.end);
        let text = span.slice(sentence).trim();
        // A bare "systems" or "products" names nothing.
        if !text.contains(' ')
            && matches!(
                text,
                "system"
                    | "systems"
                    | "products"
                    | "equipment"
                    | "hardware"
                    | "vehicles"
                    | "technology"
                    | "technologies"
                    | "guns"
            )
        {
            continue;
        }
        return Some(Item {
            span,
            system: text.to_string(),
            system_id: None,
            family: None,
            category: None,
            origin: Vec::new(),
            quantity: quantity_before(sentence, span, numbers),
            generic: true,
        });
    }
    None
}

/// Where the noun phrase ending at `head_start` begins: up to three lower-case modifiers.
fn np_start(sentence: &str, floor: usize, head_start: usize) -> usize {
    let mut start = head_start;
    for _ in 0..3 {
        let before = sentence[floor..start].trim_end();
        let word_start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[word_start..];
        let gap_ok = sentence[floor + before.len()..start]
            .chars()
            .all(char::is_whitespace);
        if word.is_empty()
            || !gap_ok
            || !word.chars().all(|c| c.is_lowercase() || c == '-')
            || NP_STOP.contains(&word)
        {
            break;
        }
        start = floor + word_start;
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generic(s: &str) -> Option<(String, Option<u64>)> {
        let numbers = armscope_normalize::find_numbers(s);
        generic_item(s, 0, s.len(), &numbers).map(|i| (i.system, i.quantity.map(|q| q.0.value)))
    }

    #[test]
    fn generic_noun_phrases() {
        assert_eq!(
            generic("the delivery of 242 units of military products"),
            Some(("military products".into(), Some(242)))
        );
        assert_eq!(
            generic("signed contracts for supply of aviation engines."),
            Some(("aviation engines".into(), None))
        );
        assert_eq!(
            generic("helping China to create a missile attack warning system."),
            Some(("missile attack warning system".into(), None))
        );
        assert_eq!(generic("curbing the arms trade"), None);
        assert_eq!(generic("the following systems"), None);
        assert_eq!(
            generic("supplied rocket technology"),
            Some(("rocket technology".into(), None))
        );
    }

    #[test]
    fn quantity_needs_an_adjacent_number() {
        let s = "a contract for four divisions of the S-400 and carries up to 37 troops";
        let numbers = armscope_normalize::find_numbers(s);
        let start = s.find("S-400").unwrap();
        let q = quantity_before(s, Span::new(start, start + 5), &numbers).unwrap();
        assert_eq!(q.0.value, 4);
        assert_eq!(q.0.unit.as_deref(), Some("divisions"));
        let s = "can carry up to 37 paratroopers like the Mi-8";
        let numbers = armscope_normalize::find_numbers(s);
        let start = s.find("Mi-8").unwrap();
        assert!(quantity_before(s, Span::new(start, start + 4), &numbers).is_none());
        let s = "will give Ukraine 49 of its retired M1A1 tanks";
        let numbers = armscope_normalize::find_numbers(s);
        let start = s.find("M1A1").unwrap();
        assert_eq!(
            quantity_before(s, Span::new(start, start + 4), &numbers)
                .unwrap()
                .0
                .value,
            49
        );
        let s = "In 2020 a battery of the Russian Pantsir-S1 system arrived.";
        let start = s.find("Pantsir").unwrap();
        assert_eq!(
            quantity_elsewhere(s, Span::new(start, start + 10))
                .unwrap()
                .0
                .value,
            1
        );
        let s = "the Piranha V, of which the army ordered 227 in 2018";
        let start = s.find("Piranha V").unwrap();
        assert_eq!(
            quantity_elsewhere(s, Span::new(start, start + 9))
                .unwrap()
                .0
                .value,
            227
        );
        let s = "delivering H225M helicopters under a 2016 order for 30 of the type.";
        let start = s.find("H225M").unwrap();
        assert_eq!(
            quantity_elsewhere(s, Span::new(start, start + 5))
                .unwrap()
                .0
                .value,
            30
        );
    }

    #[test]
    fn components_and_aliases_are_not_items() {
        for before in [
            "missiles for ",
            "helicopters with a ",
            "the sale of 96 Apache helicopters, with engines, sensors and ",
            "powered by the ",
            "dubbed ",
            "an export version of the ",
            "a variant of China's ",
            "were delivered by ",
            "flown in by two ",
            "the Belarusian fleet of ",
            "the SCALP cruise missile, known in British service as ",
            // An aircraft of some state's forces flying in, not the item handed over.
            "when an Indian Air Force ",
            "after several Chinese Air Force ",
        ] {
            assert!(NOT_THE_ITEM_BEFORE.is_match(before), "{before}");
        }
        assert!(!NOT_THE_ITEM_BEFORE.is_match("a contract for 24 "));
        // "80 Rafales in the F4 standard": a variant label, not a second item.
        assert!(NOT_THE_ITEM_AFTER.is_match(" standard, a contract valued"));
        assert!(!NOT_THE_ITEM_AFTER.is_match(" fighters"));
        // The transport that flew a system in is not the system.
        assert!(NOT_THE_ITEM_AFTER.is_match(" transports of the air force flew the equipment in"));
        assert!(!NOT_THE_ITEM_BEFORE.is_match("the supply of "));
    }
}
