//! Extraction: from one cleaned [`Document`] to its entity mentions, transfers and other
//! events (agreements, meetings, exercises, sanctions, figures; `events/`).
//!
//! The stages run in one fixed order, each a module with its own tests:
//! sentences → catalog mentions (ambiguity decided by context) → people → per sentence:
//! cues, items, parties, numbers/money/dates → transfers → merged per document.
//!
//! ```no_run
//! use armscope_catalog::Catalog;
//! use armscope_extract::Extractor;
//! # fn doc() -> armscope_core::Document { unimplemented!() }
//! let catalog = Catalog::embedded().unwrap();
//! let extractor = Extractor::new(&catalog);
//! let found = extractor.extract(&doc());
//! for t in &found.transfers {
//!     println!("{:?} → {:?}: {}", t.supplier, t.recipient, t.system);
//! }
//! ```

mod anaphora;
mod clauses;
mod counts;
mod events;
mod guard;
mod institutions;
mod items;
mod lexicon;
mod mentions;
mod merge;
mod parties;
mod people;
mod re;
pub mod schema;
mod sentences;
mod transfer;

use std::collections::HashSet;

use armscope_catalog::{Catalog, Target};
use armscope_core::{Document, EntityKind, EntityMention, Event, PersonRole, Span, Transfer};

pub use guard::ExtractionFailed;
pub use sentences::{split_sentences, Sentence};

/// What one document yields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extraction {
    pub mentions: Vec<EntityMention>,
    pub transfers: Vec<Transfer>,
    /// Agreements, meetings, exercises, sanctions and figures, in text order.
    pub events: Vec<Event>,
    /// The roles the text gives people, one per person mention that has one.
    pub roles: Vec<PersonRole>,
}

/// Extracts with one catalog. Cheap to share across threads.
pub struct Extractor<'c> {
    catalog: &'c Catalog,
    /// State names, adjectives and capitals: words that end a person's name.
    place_words: HashSet<String>,
}

impl<'c> Extractor<'c> {
    pub fn new(catalog: &'c Catalog) -> Extractor<'c> {
        let place_words = catalog
            .states()
            .iter()
            .flat_map(|s| {
                std::iter::once(&s.name)
                    .chain(&s.aliases)
                    .chain(&s.adjectives)
                    .chain(&s.metonyms)
            })
            .filter(|w| !w.contains(' '))
            .cloned()
            .collect();
        Extractor {
            catalog,
            place_words,
        }
    }

    /// Mentions and transfers of one document. Never panics on any text.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let text = doc.text.as_str();
        let sentences = sentences::split_sentences(text);
        let found = mentions::find(self.catalog, text, &sentences);
        let people = people::find(self.catalog, &self.place_words, text, &found);
        let parties = mentions::parties(self.catalog, &found);

        let mut context = None;
        let mut topic: Option<String> = None;
        // The one system (family) the sentence before named, for "the jets" after it.
        let mut last_named: Option<(usize, items::Item)> = None;
        let mut candidates = Vec::new();
        let mut analysed = Vec::new();
        for (index, sentence) in sentences.iter().enumerate() {
            let span = sentence.span;
            let s = span.slice(text);
            let local = |x: Span| Span::new(x.start - span.start, x.end - span.start);
            let systems: Vec<(Span, usize)> = starting_in(&found, |f| f.span, span.start, span.end)
                .iter()
                .filter(|f| span.contains(f.span))
                .filter_map(|f| match f.target {
                    Target::System(i) => Some((local(f.span), i)),
                    _ => None,
                })
                .collect();
            // Digits inside a designation ("PzH 2000", "Barak 8") are neither counts nor years.
            let in_designation = |x: Span| systems.iter().any(|(sp, _)| sp.overlaps(x));
            let scan = armscope_normalize::Scan::new(s);
            let mut numbers = scan.numbers();
            numbers.retain(|n| !in_designation(n.span));
            let cues = lexicon::find_cues(s);
            // Sums and dates are read only where a transfer or another event may use them.
            let wants_events = events::wants(s);
            let reports = transfer::may_report(s, &cues);
            let mut dates = if reports || wants_events {
                scan.dates(doc.published)
            } else {
                Vec::new()
            };
            dates.retain(|d| !in_designation(d.span));
            let mut items = items::catalog_items(self.catalog, s, &systems, &numbers);
            // Several designs in a competition: none of them is being transferred.
            let origins: std::collections::BTreeSet<&str> = items
                .iter()
                .filter_map(|i| i.origin.first().map(String::as_str))
                .collect();
            if origins.len() >= 2 && items::COMPETITION.is_match(s) {
                items.clear();
                continue;
            }
            let named_before = last_named
                .take()
                .filter(|(at, _)| *at + 1 == index)
                .map(|(_, item)| item);
            if let Some(first) = items.first() {
                if items.iter().all(|i| i.family == first.family) {
                    last_named = Some((index, first.clone()));
                }
            }
            let mut referred = None;
            if items.is_empty() {
                // "The first jets arrived in 2019", "signed for 14 jets": the deal named a few
                // sentences before, not a new item.
                let earlier: Vec<Transfer> = since(&candidates, index.saturating_sub(6))
                    .iter()
                    .map(|c| c.transfer.clone())
                    .collect();
                let reference = anaphora::find(s);
                let transferred_before = |item: &items::Item| {
                    since(&candidates, index.saturating_sub(1))
                        .iter()
                        .any(|c| c.sentence + 1 == index && c.transfer.system_id == item.system_id)
                };
                let named = reference.as_ref().and_then(|reference| {
                    named_before
                        .as_ref()
                        .filter(|named| !transferred_before(named))
                        .and_then(|named| anaphora::resolve_named(reference, named))
                });
                let from_named = named.is_some();
                let resolved = match &reference {
                    Some(_) if from_named => named,
                    Some(reference) => anaphora::resolve(reference, &earlier),
                    None if !items::STATISTIC.is_match(s) => {
                        let from = cues
                            .iter()
                            .find(|c| c.date_role != lexicon::DateRole::Statement)
                            .map_or(0, |c| c.span.start);
                        // "The gas turbines for the ships were bought from …": a passive verb's
                        // subject, in the same stretch of the clause, is the item.
                        let subject = items::generic_item(s, 0, from, &numbers).filter(|g| {
                            lexicon::is_passive_before(&s[..from])
                                && !s[g.span.end..from].contains([',', ';', ':'])
                        });
                        subject
                            .or_else(|| items::generic_item(s, from, s.len(), &numbers))
                            .map(|generic| {
                                anaphora::resolve_elided(&generic, &earlier).unwrap_or(generic)
                            })
                            .or_else(|| {
                                // "Cairo returned in 2021 for 30 more aircraft in a contract …":
                                // a counted noun before the first cue, of a kind just discussed.
                                items::generic_item(s, 0, from, &numbers)
                                    .and_then(|g| anaphora::resolve_elided(&g, &earlier))
                            })
                    }
                    None => None,
                };
                if let Some(item) = resolved {
                    // A system just named is a new subject, not the earlier deal of its kind.
                    if item.system_id.is_some() && !from_named {
                        referred = earlier
                            .iter()
                            .rev()
                            .find(|t| t.system_id == item.system_id)
                            .cloned();
                    }
                    items.push(item);
                }
            }
            // "Deliveries began in 2017 and were completed in 2019.": a stage with no item and
            // no new actor goes on about the deal of the sentence before.
            let sentence_parties: Vec<mentions::Party> =
                starting_in(&parties, |p| p.span, span.start, span.end)
                    .iter()
                    .filter(|p| span.contains(p.span))
                    .map(|p| mentions::Party {
                        span: local(p.span),
                        ..p.clone()
                    })
                    .collect();
            // "Deliveries are planned between 2026 and 2030.": dates of deliveries with no item
            // and no actor date the deal of the sentence before, like a stage does.
            let dates_deliveries = cues.iter().any(|c| {
                matches!(
                    c.date_role,
                    lexicon::DateRole::Delivery
                        | lexicon::DateRole::DeliveryFirst
                        | lexicon::DateRole::DeliveryLast
                )
            }) && dates
                .iter()
                .any(|d| d.years.first.or(d.years.last).is_some());
            if items.is_empty()
                && sentence_parties.is_empty()
                && (cues.iter().any(|c| c.status.is_some() && !c.nominal) || dates_deliveries)
            {
                let before: Vec<&merge::Candidate> = since(&candidates, index.saturating_sub(1))
                    .iter()
                    .filter(|c| c.sentence + 1 == index)
                    .collect();
                let one_system = before
                    .windows(2)
                    .all(|w| w[0].transfer.system_id == w[1].transfer.system_id);
                if let (Some(last), true) = (before.last(), one_system) {
                    let t = &last.transfer;
                    if t.system_id.is_some() && t.status != Some(armscope_core::Status::Cancelled) {
                        let reference = anaphora::Reference {
                            span: Span::new(0, 0),
                            categories: &[],
                            count: None,
                        };
                        items.extend(anaphora::resolve(&reference, std::slice::from_ref(t)));
                        referred = Some(t.clone());
                    }
                }
            }
            let window_start = sentences[index.saturating_sub(3)].span.start;
            let recent_states: Vec<String> =
                starting_in(&parties, |p| p.span, window_start, span.start)
                    .iter()
                    .rev()
                    .filter(|p| p.span.end <= span.start)
                    .map(|p| p.code.clone())
                    .collect();
            let money = if reports || wants_events {
                scan.money().to_vec()
            } else {
                Vec::new()
            };
            // The event rules read the same numbers, sums and dates of their sentences.
            if wants_events {
                analysed.push(events::Analysed {
                    sentence: index,
                    dates: dates.clone(),
                    numbers: numbers.clone(),
                    money: money.clone(),
                });
            }
            let facts = transfer::SentenceFacts {
                recent_states,
                text: s,
                offset: span.start,
                index,
                paragraph: sentence.paragraph,
                parties: sentence_parties,
                money,
                numbers,
                dates,
                items,
                cues,
            };
            let new_deal = lexicon::announces_new_deal(s);
            if let Some(t) = &referred {
                // What the sentence leaves unsaid about the deal it refers to comes from that deal.
                context = Some(transfer::Context {
                    sentence: index.saturating_sub(1),
                    paragraph: sentence.paragraph,
                    roles: parties::Roles {
                        supplier: t.supplier.clone(),
                        recipient: t.recipient.clone(),
                    },
                    ..Default::default()
                });
            }
            let found_here = if reports {
                transfer::extract(&facts, &mut context, topic.as_deref())
            } else {
                Vec::new()
            };
            // The sentence's subject state becomes the topic that "it" refers to next.
            if let Some(subject) = facts
                .parties
                .iter()
                .find(|p| p.via == mentions::PartyVia::Name || p.via == mentions::PartyVia::Metonym)
            {
                if s[..subject.span.start].split_whitespace().count() <= 3 {
                    topic = Some(subject.code.clone());
                }
            }
            for mut t in found_here {
                // "Saab has received an order", "NDMA has signed a contract": news of the
                // signing itself, dated by the publication.
                if t.order_year.is_none()
                    && t.status == Some(armscope_core::Status::Ordered)
                    && lexicon::orders_just_now(s)
                {
                    t.order_year = doc.published.map(|d| i32::from(d.year()));
                }
                candidates.push(merge::Candidate {
                    transfer: t,
                    new_deal: new_deal && referred.is_none(),
                    sentence: index,
                });
            }
        }
        let transfers = merge::merge(candidates, doc.published.map(|d| i32::from(d.year())));
        let (events, roles) = events::find(&events::Input {
            catalog: self.catalog,
            doc,
            sentences: &sentences,
            found: &found,
            people: &people,
            analysed: &analysed,
        });
        let mut mentions = self.entity_mentions(&found, people);
        mentions.extend(institutions::find(self.catalog, text, &found));
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
        Extraction {
            mentions,
            transfers,
            events,
            roles,
        }
    }

    fn entity_mentions(
        &self,
        found: &[mentions::Found],
        people: Vec<people::PersonMention>,
    ) -> Vec<EntityMention> {
        let c = self.catalog;
        let mut out: Vec<EntityMention> = found
            .iter()
            .filter_map(|f| {
                let (kind, id, name) = match f.target {
                    Target::System(i) => {
                        (EntityKind::System, &c.systems()[i].id, &c.systems()[i].name)
                    }
                    Target::Organization(i) => (
                        EntityKind::Organization,
                        &c.organizations()[i].id,
                        &c.organizations()[i].name,
                    ),
                    Target::State { index, .. } => (
                        EntityKind::Country,
                        &c.states()[index].code,
                        &c.states()[index].name,
                    ),
                    Target::Person(_) => return None,
                };
                Some(EntityMention {
                    span: f.span,
                    kind,
                    id: id.clone(),
                    name: name.clone(),
                    rule: format!("catalog:{id}"),
                })
            })
            .collect();
        out.extend(people.into_iter().map(|p| EntityMention {
            span: p.span,
            kind: EntityKind::Person,
            rule: if p.id.starts_with("person:") {
                "rule:person-name".into()
            } else {
                format!("catalog:{}", p.id)
            },
            id: p.id,
            name: p.name,
        }));
        out.sort_by_key(|m| (m.span.start, m.span.end));
        out
    }
}

/// The candidates (pushed in sentence order) from sentence `first` on: the tail of the list,
/// found by binary search instead of a scan of every earlier candidate.
fn since(candidates: &[merge::Candidate], first: usize) -> &[merge::Candidate] {
    &candidates[candidates.partition_point(|c| c.sentence < first)..]
}

/// The items (in text order) whose span starts in `[start, end)`: found by binary search, so
/// per-sentence lookups stay linear in the length of a long document.
fn starting_in<T>(items: &[T], span: impl Fn(&T) -> Span, start: usize, end: usize) -> &[T] {
    let from = items.partition_point(|i| span(i).start < start);
    let to = items.partition_point(|i| span(i).start < end);
    &items[from..to.max(from)]
}
