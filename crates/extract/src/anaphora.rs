//! Reference back to a deal named earlier: "the jets", "the first two systems", "the
//! contract". A sentence that names no system but refers back this way reports on the most
//! recent transfer of a matching kind (its deliveries, its value, its cancellation).

use std::sync::LazyLock;

use armscope_core::{Quantity, Span, Transfer};
use regex::Regex;

use crate::items::Item;

/// "13 of them", "all of them": a count of the things just named.
static COUNT_OF_THEM: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?P<count>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|two\s+dozen|all|some|several|most|half)\s+of\s+(?:them|these|those)\b").expect("count-of-them regex")
});

/// "44 of the fighters", "ten of the loitering munitions": a count of a kind of thing just named.
static COUNT_OF_THE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?P<count>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|two\s+dozen)\s+of\s+(?:the|these|those)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>jets|fighters|aircraft|planes|warplanes|helicopters|tanks|vehicles|systems|batteries|launchers|drones|UAVs|munitions|ships|frigates|corvettes|vessels|submarines|boats|howitzers|guns|missiles|interceptors|engines|type)\b").expect("count-of-the-noun regex")
});

/// "The remaining two are expected in 2026", "the rest followed in 2019": the part of a deal
/// still to come, which dates the deal named before.
static THE_REST: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\bthe\s+(?:remaining|rest)\b(?:\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?").expect("the-rest regex")
});

/// "the largest defence export contract": a deal noun with its adjectives.
static DEAL_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:the|this|that|its|their)\s+(?:[a-z][\w-]*\s+){0,4}?(?:deal|contract|agreement|order|purchase|sale|package|acquisition|price|value|cost)\b").expect("deal noun regex")
});

static ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:the|these|those|its|their|this|that|both|all(?:\s+the)?)\s+(?:(?:first|last|remaining|final|initial|new|latest|other|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|two\s+dozen)\s+){0,3}(?P<noun>jets?|fighters?|aircraft|planes?|warplanes?|airframes?|helicopters?|rotorcraft|machines?|tanks?|vehicles?|systems?|batter(?:y|ies)|launchers?|fire\s+units?|units?|drones?|UAVs?|ships?|frigates?|corvettes?|vessels?|submarines?|boats?|hulls?|howitzers?|guns?|missiles?|interceptors?|engines?|type|model|batch(?:es)?|shipments?|consignments?|deal|contract|agreement|order|purchase|sale|package|acquisition|programme|program)\b").expect("anaphor regex")
});

/// The categories a referring noun can stand for; empty means any (a deal, a contract).
pub fn categories(noun: &str) -> &'static [&'static str] {
    let noun = noun.to_lowercase();
    let stem = noun.trim_end_matches('s');
    match stem {
        "jet" | "fighter" => &["combat-aircraft", "trainer-aircraft"],
        "aircraft" | "plane" | "warplane" | "airframe" => &[
            "combat-aircraft",
            "trainer-aircraft",
            "transport-aircraft",
            "uav",
        ],
        "helicopter" | "rotorcraft" | "machine" => &["helicopter"],
        "tank" => &["tank"],
        "vehicle" => &["tank", "armoured-vehicle", "artillery", "rocket-launcher"],
        "system" | "battery" | "batterie" | "launcher" | "fire unit" | "unit" | "interceptor" => &[
            "air-defence",
            "missile",
            "rocket-launcher",
            "artillery",
            "radar",
        ],
        "drone" | "uav" => &["uav"],
        "ship" | "frigate" | "corvette" | "vessel" | "boat" | "hull" => &["ship", "submarine"],
        "submarine" => &["submarine"],
        "howitzer" | "gun" => &["artillery"],
        "missile" => &["missile", "air-defence"],
        "engine" => &["engine"],
        // "the first batches": of whatever was named, not of a deal.
        "batch" | "batche" | "shipment" | "consignment" => &[
            "combat-aircraft",
            "trainer-aircraft",
            "transport-aircraft",
            "helicopter",
            "uav",
            "air-defence",
            "missile",
            "artillery",
            "rocket-launcher",
            "tank",
            "armoured-vehicle",
            "ship",
            "submarine",
            "radar",
            "engine",
            "other",
        ],
        _ => &[],
    }
}

/// A referring phrase: where it is, what it may stand for, and a count it gives ("13 of them").
pub struct Reference {
    pub span: Span,
    pub categories: &'static [&'static str],
    pub count: Option<u64>,
}

/// The referring phrase in `sentence`, if any.
pub fn find(sentence: &str) -> Option<Reference> {
    if let Some(caps) = COUNT_OF_THEM.captures(sentence) {
        let whole = caps.get(0)?;
        let count = armscope_normalize::parse_number_words(&caps["count"]).map(|v| v as u64);
        return Some(Reference {
            span: Span::new(whole.start(), whole.end()),
            categories: &[],
            count,
        });
    }
    if let Some(caps) = COUNT_OF_THE_NOUN.captures(sentence) {
        let whole = caps.get(0)?;
        let count = armscope_normalize::parse_number_words(&caps["count"]).map(|v| v as u64);
        let noun = &caps["noun"];
        // "munitions" of a loitering kind are drones in the catalog.
        let categories = match noun.to_lowercase().as_str() {
            "munitions" => &["uav", "missile"][..],
            "type" => &[][..],
            _ => categories(noun),
        };
        return Some(Reference {
            span: Span::new(whole.start(), whole.end()),
            categories,
            count,
        });
    }
    noun_phrase(sentence)
        .or_else(|| {
            // "its order portfolio", "the contract value": a deal noun that defines another.
            DEAL_NOUN
                .find_iter(sentence)
                .find(|m| {
                    let next = sentence[m.end()..].split_whitespace().next().unwrap_or("");
                    let next = next.trim_matches(|c: char| !c.is_alphanumeric());
                    // "the value of its Russian contracts": a figure about something else.
                    let noun = m.as_str();
                    let figure = ["price", "value", "cost"].iter().any(|w| {
                        noun.len()
                            .checked_sub(w.len())
                            .and_then(|start| noun.get(start..))
                            .is_some_and(|tail| tail.eq_ignore_ascii_case(w))
                    });
                    let figure_of_other = figure && next.eq_ignore_ascii_case("of");
                    !(DEFINING.is_match(next) || figure_of_other)
                })
                .map(|m| (Span::new(m.start(), m.end()), &[][..]))
        })
        .or_else(|| {
            THE_REST
                .find(sentence)
                .map(|m| (Span::new(m.start(), m.end()), &[][..]))
        })
        .map(|(span, categories)| Reference {
            span,
            categories,
            count: None,
        })
        .or_else(|| {
            // "agreed to buy nine between them": a bare count of what was just named.
            let caps = BARE_COUNT.captures(sentence)?;
            let count = caps.name("count")?;
            Some(Reference {
                span: Span::new(count.start(), count.end()),
                categories: &[],
                count: armscope_normalize::parse_number_words(count.as_str())
                    .or_else(|| count.as_str().replace(',', "").parse().ok())
                    .map(|v| v as u64),
            })
        })
}

/// A count right after a buying verb with no noun of its own ("ordered six in 2020").
static BARE_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:buy|bought|order|ordered|acquire|acquired|purchase|purchased|signed\s+for|took|received)\s+(?:another\s+|a\s+further\s+)?(?P<count>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)(?:\s+(?:more|between|in|from|for|at|under|by|each|last|this|earlier)\b|\s*[,.;:]|\s*$)").expect("bare count regex")
});

fn noun_phrase(sentence: &str) -> Option<(Span, &'static [&'static str])> {
    ANAPHOR.captures_iter(sentence).find_map(|caps| {
        let whole = caps.get(0)?;
        // "the tanks ordered from Germany": a phrase that defines other things, not a reference.
        let mut words = sentence[whole.end()..].split_whitespace();
        let next = words.next().unwrap_or("");
        let after = words.next().unwrap_or("").to_lowercase();
        let participle =
            PARTICIPLE.is_match(next) && matches!(after.as_str(), "from" | "by" | "under" | "for");
        // "the power plants for all four ships": what the parts are for, not the item.
        let purpose = COMPONENT_FOR_BEFORE.is_match(&sentence[..whole.start()]);
        if DEFINING.is_match(next) || participle || purpose {
            return None;
        }
        Some((
            Span::new(whole.start(), whole.end()),
            categories(&caps["noun"]),
        ))
    })
}

static DEFINING: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)^(?:that|which|from|like|portfolio|book|books|backlog|intake|value|volume|share|market|industry|programmes?|programs?)$").expect("defining regex")
});

static COMPONENT_FOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:engines?|plants?|turbines?|parts|spares?|components?|ammunition|munitions|missiles?|radars?|guns?|kits?|simulators?)\s+for\s+$").expect("component-for regex")
});

static PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)^(?:\w+ed|bought|sold|built|made|flown)$").expect("participle regex")
});

/// "Bratislava signed for 14 jets": a counted bare noun of a kind just discussed stands for
/// that system. Only nouns that name a kind of system count; "weapons" or "equipment" do not.
pub fn resolve_elided(generic: &Item, earlier: &[Transfer]) -> Option<Item> {
    generic.quantity.as_ref()?;
    let head = generic.system.split_whitespace().last()?;
    let categories = categories(head);
    if categories.is_empty() {
        return None;
    }
    let reference = Reference {
        span: generic.span,
        categories,
        count: None,
    };
    let mut item = resolve(&reference, earlier)?;
    item.quantity = generic.quantity.clone();
    Some(item)
}

/// "The JF-17 has become Pakistan's export product. Myanmar ordered 16 of the jets": a system
/// the sentence before named without any transfer of it is what a fitting phrase refers to.
pub fn resolve_named(reference: &Reference, named: &Item) -> Option<Item> {
    let category = named.category.as_deref()?;
    if named.generic || !reference.categories.contains(&category) {
        return None;
    }
    Some(Item {
        span: reference.span,
        quantity: reference.count.filter(|n| *n > 0).map(|value| {
            (
                Quantity {
                    value,
                    unit: None,
                    qualifier: Default::default(),
                },
                reference.span,
            )
        }),
        ..named.clone()
    })
}

/// The item of the most recent earlier transfer that the phrase can refer to.
pub fn resolve(reference: &Reference, earlier: &[Transfer]) -> Option<Item> {
    let (span, categories) = (reference.span, reference.categories);
    let t = earlier.iter().rev().find(|t| {
        t.system_id.is_some()
            && (categories.is_empty()
                || t.category
                    .as_deref()
                    .is_some_and(|c| categories.contains(&c)))
    })?;
    Some(Item {
        span,
        system: t.system.clone(),
        system_id: t.system_id.clone(),
        family: t.family.clone(),
        category: t.category.clone(),
        origin: t.supplier.clone().into_iter().collect(),
        quantity: reference.count.filter(|n| *n > 0).map(|value| {
            (
                Quantity {
                    value,
                    unit: None,
                    qualifier: Default::default(),
                },
                span,
            )
        }),
        generic: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_referring_phrases() {
        let r = find("The first two jets arrived in May.").unwrap();
        assert_eq!(
            r.span.slice("The first two jets arrived in May."),
            "The first two jets"
        );
        assert!(r.categories.contains(&"combat-aircraft"));
        assert!(find("The deal was worth $5 billion.")
            .unwrap()
            .categories
            .is_empty());
        assert!(find("signed the largest defence export contract in its history").is_some());
        assert_eq!(
            find("Morocco bought 13 of them in 2021.").unwrap().count,
            Some(13)
        );
        assert!(find("Egypt ordered 24 jets.").is_none());
        let r = find("In 2015 the navy bought 44 of the fighters.").unwrap();
        assert_eq!((r.count, r.categories), (Some(44), categories("fighters")));
        let r = find("It ordered ten of the loitering munitions in 2019.").unwrap();
        assert_eq!(r.count, Some(10));
        assert!(r.categories.contains(&"uav"));
        assert!(find("the tanks ordered from Germany would take years").is_none());
        assert!(find("the jets arrived in May").is_some());
        assert!(find("The remaining two are expected in 2026.").is_some());
        assert!(find("The exporter says its order portfolio stands at $50 billion.").is_none());
        assert!(find("The estimated total case value is $7.2bn.").is_some());
        assert!(find("Some put the value of its contracts at $15 billion.").is_none());
    }
}
