//! Reference back to a deal named earlier: "the jets", "the first two systems", "the
//! contract". A sentence that names no system but refers back this way reports on the most
//! recent transfer of a matching kind (its deliveries, its value, its cancellation).

use std::sync::LazyLock;

use armscope_core::{Span, Transfer};
use regex::Regex;

use crate::items::Item;

static ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the|these|those|its|their|this|that|both)\s+(?:(?:first|last|remaining|final|initial|new|latest|other|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|two\s+dozen)\s+){0,3}(?P<noun>jets?|fighters?|aircraft|planes?|warplanes?|airframes?|helicopters?|rotorcraft|machines?|tanks?|vehicles?|systems?|batter(?:y|ies)|launchers?|fire\s+units?|units?|drones?|UAVs?|ships?|frigates?|corvettes?|vessels?|submarines?|boats?|hulls?|howitzers?|guns?|missiles?|interceptors?|engines?|deal|contract|agreement|order|purchase|sale|package|acquisition|programme|program)\b").expect("anaphor regex")
});

/// The categories a referring noun can stand for; empty means any (a deal, a contract).
fn categories(noun: &str) -> &'static [&'static str] {
    let noun = noun.to_lowercase();
    let stem = noun.trim_end_matches('s');
    match stem {
        "jet" | "fighter" | "aircraft" | "plane" | "warplane" | "airframe" => &["combat-aircraft", "trainer-aircraft", "transport-aircraft"],
        "helicopter" | "rotorcraft" | "machine" => &["helicopter"],
        "tank" => &["tank"],
        "vehicle" => &["tank", "armoured-vehicle", "artillery", "rocket-launcher"],
        "system" | "battery" | "batterie" | "launcher" | "fire unit" | "unit" | "interceptor" => &["air-defence", "missile", "rocket-launcher", "artillery", "radar"],
        "drone" | "uav" => &["uav"],
        "ship" | "frigate" | "corvette" | "vessel" | "boat" | "hull" => &["ship", "submarine"],
        "submarine" => &["submarine"],
        "howitzer" | "gun" => &["artillery"],
        "missile" => &["missile", "air-defence"],
        "engine" => &["engine"],
        _ => &[],
    }
}

/// The referring phrase in `sentence`, if any: its span and the categories it may stand for.
pub fn find(sentence: &str) -> Option<(Span, &'static [&'static str])> {
    ANAPHOR.captures_iter(sentence).find_map(|caps| {
        let whole = caps.get(0)?;
        // "the tanks ordered from Germany": a phrase that defines other things, not a reference.
        let next = sentence[whole.end()..].split_whitespace().next().unwrap_or("");
        if DEFINING.is_match(next) {
            return None;
        }
        Some((Span::new(whole.start(), whole.end()), categories(&caps["noun"])))
    })
}

static DEFINING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\w+ed|bought|sold|built|made|flown|that|which|from|like|portfolio|book|books|backlog|intake|value|volume|share|market|industry|programmes?|programs?)$").expect("defining regex")
});

/// The item of the most recent earlier transfer that the phrase can refer to.
pub fn resolve(span: Span, categories: &[&str], earlier: &[Transfer]) -> Option<Item> {
    let t = earlier.iter().rev().find(|t| {
        t.system_id.is_some()
            && (categories.is_empty() || t.category.as_deref().is_some_and(|c| categories.contains(&c)))
    })?;
    Some(Item {
        span,
        system: t.system.clone(),
        system_id: t.system_id.clone(),
        family: t.family.clone(),
        category: t.category.clone(),
        origin: t.supplier.clone().into_iter().collect(),
        quantity: None,
        generic: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_referring_phrases() {
        let (span, cats) = find("The first two jets arrived in May.").unwrap();
        assert_eq!(span.slice("The first two jets arrived in May."), "The first two jets");
        assert!(cats.contains(&"combat-aircraft"));
        let (_, cats) = find("The deal was worth $5 billion.").unwrap();
        assert!(cats.is_empty());
        assert!(find("Egypt ordered 24 jets.").is_none());
        assert!(find("the tanks ordered from Germany would take years").is_none());
    }
}
