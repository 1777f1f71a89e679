//! Catalog hits turned into mentions: ambiguous names kept only where context decides for
//! them, and each hit classified as a system, an organisation, a person or a state party.

use std::sync::LazyLock;

use armscope_catalog::{Catalog, Hit, StateForm, Target};
use armscope_core::Span;
use regex::Regex;

use crate::sentences::Sentence;

/// Nouns that show a nearby ambiguous name is a weapon ("the Tor system", "Buk launchers").
static CATEGORY_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:systems?|complex(?:es)?|missiles?|launchers?|fighters?|jets?|aircraft|helicopters?|rotorcraft|tanks?|howitzers?|artillery|frigates?|corvettes?|destroyers?|submarines?|drones?|UAVs?|radars?|air[- ]defen[cs]e|SAMs?|AD|MLRS|batter(?:y|ies)|battalions?|divisions?|regiments?|interceptors?|engines?|vehicles?|warships?|vessels?|trainers?)\b").expect("category regex")
});

/// Words after an ambiguous organisation name that show it is something else.
static NOT_AN_ORGANISATION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"^\s*(?:satellites?|vaccines?|launch|moment|V\b)").expect("org regex")
});

/// A catalog hit accepted in its context.
#[derive(Clone, Copy, Debug)]
pub struct Found {
    pub span: Span,
    pub target: Target,
}

/// Every catalog hit in `text` that its context accepts.
pub fn find(catalog: &Catalog, text: &str, sentences: &[Sentence]) -> Vec<Found> {
    let hits = catalog.matcher().find_all(text);
    let states_named: Vec<&str> = hits
        .iter()
        .filter_map(|h| match h.target {
            Target::State { index, .. } if !h.ambiguous => {
                Some(catalog.states()[index].code.as_str())
            }
            _ => None,
        })
        .collect();
    let mut accepted = vec![false; hits.len()];
    for (k, hit) in hits.iter().enumerate() {
        let previous = hits[..k]
            .iter()
            .rev()
            .find(|h| h.span.end <= hit.span.start);
        let next = hits[k + 1..].iter().find(|h| h.span.start >= hit.span.end);
        accepted[k] = accept(catalog, hit, text, sentences, previous, next, &states_named);
    }
    // An ambiguous name that context confirmed once in the text ("the Rafale fighter") names
    // the same thing elsewhere in it ("42 Rafales"), unless it is a nickname of another name.
    let confirmed: Vec<Target> = hits
        .iter()
        .zip(&accepted)
        .filter(|(_, a)| **a)
        .map(|(h, _)| h.target)
        .collect();
    for (k, hit) in hits.iter().enumerate() {
        if !accepted[k]
            && hit.ambiguous
            && matches!(hit.target, Target::System(_))
            && confirmed.contains(&hit.target)
        {
            let previous = hits[..k]
                .iter()
                .rev()
                .find(|h| h.span.end <= hit.span.start);
            accepted[k] =
                !previous.is_some_and(|p| gap(text, p.span.end, hit.span.start) == Gap::Attached);
        }
    }
    hits.iter()
        .zip(accepted)
        .filter(|(_, a)| *a)
        .map(|(h, _)| Found {
            span: h.span,
            target: h.target,
        })
        .collect()
}

/// A count right before a name ("42 Rafales", "two Patriot batteries") makes it an item.
static COUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::build(r"(?i)\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s+(?:more\s+|additional\s+|new\s+|further\s+)?$").expect("count regex")
});

/// How the gap between two hits reads: a list ("Tor, Tunguska"), a nickname right after a
/// name ("Mi-8AMTSh \u{201c}Terminator\u{201d}", "CPC Congress"), or unrelated.
#[derive(PartialEq)]
enum Gap {
    List,
    Attached,
    Apart,
}

fn gap(text: &str, from: usize, to: usize) -> Gap {
    let between = text.get(from..to).unwrap_or("x");
    if between
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '“' | '”' | '«' | '»' | '('))
    {
        Gap::Attached
    } else if between.len() <= 8
        && (between.contains(',') || between.trim() == "and" || between.trim() == "or")
    {
        Gap::List
    } else {
        Gap::Apart
    }
}

fn accept(
    catalog: &Catalog,
    hit: &Hit,
    text: &str,
    sentences: &[Sentence],
    previous: Option<&Hit>,
    next: Option<&Hit>,
    states_named: &[&str],
) -> bool {
    if !hit.ambiguous {
        return true;
    }
    let attached_to_previous = previous
        .is_some_and(|p| !p.ambiguous && gap(text, p.span.end, hit.span.start) == Gap::Attached);
    match hit.target {
        Target::System(_) => {
            // A nickname right after a designation is that designation's, not another system.
            if attached_to_previous {
                return false;
            }
            let is_system = |h: &&Hit| matches!(h.target, Target::System(_));
            let listed = previous
                .filter(is_system)
                .is_some_and(|p| gap(text, p.span.end, hit.span.start) == Gap::List)
                || next
                    .filter(is_system)
                    .is_some_and(|n| gap(text, hit.span.end, n.span.start) == Gap::List);
            listed
                || category_noun_near(text, sentences, hit.span)
                || COUNT_BEFORE.is_match(tail(text, hit.span.start, 40))
        }
        Target::Organization(i) => {
            if attached_to_previous || NOT_AN_ORGANISATION_AFTER.is_match(&text[hit.span.end..]) {
                return false;
            }
            // An ambiguous organisation name stands only in a text that speaks of its state.
            catalog.organizations()[i]
                .state
                .as_deref()
                .is_none_or(|code| states_named.contains(&code))
        }
        // A state or person name that is also a word: only where it is capitalised as a name.
        Target::State { .. } | Target::Person(_) => hit
            .span
            .slice(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase),
    }
}

/// At most the last `max` bytes of `text[..end]`, cut on a char boundary: look-behind
/// regexes must not scan the whole document for every hit.
fn tail(text: &str, end: usize, max: usize) -> &str {
    let mut start = end.saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

/// A category noun within four words of the span, inside its sentence.
fn category_noun_near(text: &str, sentences: &[Sentence], span: Span) -> bool {
    let sentence = containing(sentences, span).unwrap_or(Span::new(0, text.len()));
    let before = &text[sentence.start..span.start];
    let after = &text[span.end..sentence.end];
    let window_before: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let window_after: Vec<&str> = after.split_whitespace().take(4).collect();
    window_before
        .iter()
        .chain(window_after.iter())
        .any(|w| CATEGORY_NOUN.is_match(w))
}

/// The span of the sentence that contains `span`, if any.
pub fn containing(sentences: &[Sentence], span: Span) -> Option<Span> {
    let i = sentences.partition_point(|s| s.span.end <= span.start);
    sentences
        .get(i)
        .map(|s| s.span)
        .filter(|s| s.contains(span))
}

/// A state standing behind a mention: named, as an adjective, a metonym, or through an
/// organisation that belongs to it.
#[derive(Clone, Debug)]
pub struct Party {
    pub span: Span,
    pub code: String,
    pub via: PartyVia,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartyVia {
    Name,
    Adjective,
    Metonym,
    /// An exporter or manufacturer: on the supplying side when it signs.
    Vendor,
    /// Any other organisation (ministry, armed service, agency).
    Organisation,
}

/// The parties among the accepted hits, in text order.
pub fn parties(catalog: &Catalog, found: &[Found]) -> Vec<Party> {
    use armscope_catalog::OrgType;
    let mut out = Vec::new();
    for f in found {
        match f.target {
            Target::State { index, form } => {
                let via = match form {
                    StateForm::Name => PartyVia::Name,
                    StateForm::Adjective => PartyVia::Adjective,
                    StateForm::Metonym => PartyVia::Metonym,
                };
                out.push(Party {
                    span: f.span,
                    code: catalog.states()[index].code.clone(),
                    via,
                });
            }
            Target::Organization(i) => {
                let org = &catalog.organizations()[i];
                let Some(code) = org.state.clone() else {
                    continue;
                };
                let via = match org.org_type {
                    OrgType::Exporter | OrgType::Manufacturer | OrgType::Company => {
                        PartyVia::Vendor
                    }
                    _ => PartyVia::Organisation,
                };
                out.push(Party {
                    span: f.span,
                    code,
                    via,
                });
            }
            Target::System(_) | Target::Person(_) => {}
        }
    }
    out
}
