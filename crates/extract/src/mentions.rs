//! Catalog hits turned into mentions: ambiguous names kept only where context decides for
//! them, and each hit classified as a system, an organisation, a person or a state party.

use std::sync::LazyLock;

use armscope_catalog::{Catalog, Hit, StateForm, Target};
use armscope_core::Span;
use regex::Regex;

use crate::sentences::Sentence;

/// Nouns that show a nearby ambiguous name is a weapon ("the Tor system", "Buk launchers").
static CATEGORY_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:systems?|complex(?:es)?|missiles?|launchers?|fighters?|jets?|aircraft|helicopters?|rotorcraft|tanks?|howitzers?|artillery|frigates?|corvettes?|destroyers?|submarines?|drones?|UAVs?|radars?|air[- ]defen[cs]e|SAMs?|AD|MLRS|batter(?:y|ies)|battalions?|divisions?|regiments?|interceptors?|engines?|vehicles?|warships?|vessels?|trainers?)\b").expect("category regex")
});

/// Words after an ambiguous organisation name that show it is something else.
static NOT_AN_ORGANISATION_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:satellites?|vaccines?|launch|moment|V\b)").expect("org regex"));

/// A catalog hit accepted in its context.
#[derive(Clone, Copy, Debug)]
pub struct Found {
    pub span: Span,
    pub target: Target,
}

/// Every catalog hit in `text` that its sentence's context accepts.
pub fn find(catalog: &Catalog, text: &str, sentences: &[Sentence]) -> Vec<Found> {
    let hits = catalog.matcher().find_all(text);
    let unambiguous_systems: Vec<Span> = hits
        .iter()
        .filter(|h| !h.ambiguous && matches!(h.target, Target::System(_)))
        .map(|h| h.span)
        .collect();
    hits.iter()
        .filter(|h| accept(h, text, sentences, &unambiguous_systems))
        .map(|h| Found { span: h.span, target: h.target })
        .collect()
}

fn accept(hit: &Hit, text: &str, sentences: &[Sentence], systems: &[Span]) -> bool {
    if !hit.ambiguous {
        return true;
    }
    let sentence = containing(sentences, hit.span).unwrap_or(Span::new(0, text.len()));
    match hit.target {
        Target::System(_) => {
            let s = sentence.slice(text);
            CATEGORY_NOUN.is_match(s) || systems.iter().any(|span| sentence.contains(*span))
        }
        Target::Organization(_) => !NOT_AN_ORGANISATION_AFTER.is_match(&text[hit.span.end..]),
        // A state or person name that is also a word: only where it is capitalised as a name.
        Target::State { .. } | Target::Person(_) => {
            hit.span.slice(text).chars().next().is_some_and(char::is_uppercase)
        }
    }
}

/// The span of the sentence that contains `span`, if any.
pub fn containing(sentences: &[Sentence], span: Span) -> Option<Span> {
    let i = sentences.partition_point(|s| s.span.end <= span.start);
    sentences.get(i).map(|s| s.span).filter(|s| s.contains(span))
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
                out.push(Party { span: f.span, code: catalog.states()[index].code.clone(), via });
            }
            Target::Organization(i) => {
                let org = &catalog.organizations()[i];
                let Some(code) = org.state.clone() else { continue };
                let via = match org.org_type {
                    OrgType::Exporter | OrgType::Manufacturer | OrgType::Company => PartyVia::Vendor,
                    _ => PartyVia::Organisation,
                };
                out.push(Party { span: f.span, code, via });
            }
            Target::System(_) | Target::Person(_) => {}
        }
    }
    out
}
