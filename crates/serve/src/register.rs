//! The register in memory: every deal fused once, with what the API filters, sorts and
//! searches on computed up front, so a request over 100,000 deals is one pass over plain data.

use std::collections::HashMap;

use armscope_core::{EntityMention, Status};
use armscope_fuse::{Deal, Report};
use armscope_store::StoredTransfer;

use crate::entity_index::Entities;
use crate::keys::Keys;
use crate::sort::{SortKey, SortOrders};

/// Per deal: the values filters and sorts read, computed once.
#[derive(Debug)]
pub(crate) struct Row {
    /// The catalog category of the deal's family ("fighter aircraft"), when known.
    pub category: Option<String>,
    pub category_lc: Option<String>,
    pub status: Option<Status>,
    /// Order year, else first then last delivery year: the year the register files it under.
    pub year: Option<i32>,
    pub conflict: bool,
    pub system_lc: String,
    /// The chosen value in dollars, when the sources gave dollars.
    pub usd: Option<f64>,
}

/// One stored document as the register knows it: its headline and the deals citing it.
#[derive(Debug, Default)]
pub(crate) struct DocEntry {
    pub title: Option<String>,
    pub deals: Vec<u32>,
}

/// Every deal with its rows, sort orders and indexes. Immutable: an ingest builds a new one.
#[derive(Debug)]
pub struct Register {
    pub(crate) deals: Vec<Deal>,
    pub(crate) rows: Vec<Row>,
    pub(crate) keys: Keys,
    by_id: HashMap<String, u32>,
    pub(crate) orders: SortOrders,
    pub(crate) docs: HashMap<String, DocEntry>,
    pub(crate) entities: Entities,
    /// The statistics over every deal, computed on first request.
    pub(crate) all_stats: std::sync::OnceLock<crate::stats::Stats>,
    /// Catalog system id → family key, so an entity page for `su-35s` finds `su-35` deals.
    pub(crate) family_of: HashMap<String, String>,
}

impl Register {
    /// Fuses `transfers` into deals and indexes them with the documents' `mentions`.
    pub fn build(
        transfers: Vec<StoredTransfer>,
        mentions: Vec<(String, Vec<EntityMention>)>,
    ) -> Register {
        let mut docs: HashMap<String, DocEntry> = HashMap::new();
        let mut categories: HashMap<String, HashMap<String, usize>> = HashMap::new();
        let mut family_of = HashMap::new();
        let reports: Vec<Report> = transfers
            .into_iter()
            .map(|t| {
                docs.entry(t.doc_id.clone()).or_default().title = t.doc_title;
                let report = Report {
                    doc_id: t.doc_id,
                    doc_url: t.doc_url,
                    published: t.published,
                    transfer: t.transfer,
                };
                let family = family_key(&report);
                if let Some(category) = &report.transfer.category {
                    *categories
                        .entry(family.clone())
                        .or_default()
                        .entry(category.clone())
                        .or_default() += 1;
                }
                if let Some(id) = &report.transfer.system_id {
                    family_of.insert(id.clone(), family);
                }
                report
            })
            .collect();
        let deals = armscope_fuse::fuse(&reports);
        drop(reports);
        let category_of = most_common(categories);
        let country_names = Entities::country_names(&mentions);
        let (rows, search): (Vec<Row>, Vec<String>) = deals
            .iter()
            .map(|deal| row(deal, category_of.get(&deal.family).cloned(), &country_names))
            .unzip();
        let keys = Keys::build(&deals, &rows, search.into_iter());
        for (i, deal) in deals.iter().enumerate() {
            for source in &deal.sources {
                let entry = docs.entry(source.doc_id.clone()).or_default();
                if entry.deals.last() != Some(&(i as u32)) {
                    entry.deals.push(i as u32);
                }
            }
        }
        let by_id = deals
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), i as u32))
            .collect();
        let orders = SortOrders::build(&deals, &rows);
        let entities = Entities::build(mentions, &deals);
        Register {
            deals,
            rows,
            keys,
            by_id,
            orders,
            docs,
            entities,
            family_of,
            all_stats: std::sync::OnceLock::new(),
        }
    }

    /// How many deals the register holds.
    pub fn len(&self) -> usize {
        self.deals.len()
    }

    /// True when no deal is stored.
    pub fn is_empty(&self) -> bool {
        self.deals.is_empty()
    }

    pub(crate) fn deal(&self, id: &str) -> Option<(&Deal, &Row)> {
        self.by_id
            .get(id)
            .map(|&i| (&self.deals[i as usize], &self.rows[i as usize]))
    }

    /// Deal indexes in the order of `key`.
    pub(crate) fn ordered(&self, key: SortKey, descending: bool) -> &[u32] {
        self.orders.get(key, descending)
    }
}

/// The key fusion groups by: catalog family, else the lower-cased designation (as in fuse).
fn family_key(report: &Report) -> String {
    match &report.transfer.family {
        Some(family) => family.clone(),
        None => report.transfer.system.trim().to_lowercase(),
    }
}

/// Per family, the category most reports give (ties: alphabetical, for a stable answer).
fn most_common(counts: HashMap<String, HashMap<String, usize>>) -> HashMap<String, String> {
    counts
        .into_iter()
        .filter_map(|(family, cats)| {
            let best = cats
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
            Some((family, best.0))
        })
        .collect()
}

/// Folds a designation for comparison: case, dashes and spaces do not matter.
pub(crate) fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The deal's row, and the string free text is matched against.
fn row(
    deal: &Deal,
    category: Option<String>,
    country_names: &HashMap<String, String>,
) -> (Row, String) {
    let years = deal.delivery_years.chosen;
    let year = deal
        .order_year
        .chosen
        .or(years.and_then(|y| y.first))
        .or(years.and_then(|y| y.last));
    let mut search = String::new();
    let mut add = |s: &str| {
        search.push_str(&s.to_lowercase());
        search.push(' ');
    };
    add(&deal.id);
    for party in [&deal.supplier, &deal.recipient].into_iter().flatten() {
        add(party);
        if let Some(name) = country_names.get(party) {
            add(name);
        }
    }
    add(&deal.system);
    add(&deal.family);
    add(deal.kind.as_str());
    if let Some(category) = &category {
        add(category);
    }
    if let Some(status) = deal.status.chosen {
        add(status.as_str());
    }
    for source in &deal.sources {
        if source.system != deal.system {
            add(&source.system);
        }
    }
    let row = Row {
        category_lc: category.as_deref().map(str::to_lowercase),
        category,
        status: deal.status.chosen,
        year,
        conflict: armscope_fuse::render::has_conflict(deal),
        system_lc: deal.system.to_lowercase(),
        usd: deal.value.chosen.as_ref().and_then(|m| m.usd()),
    };
    (row, search)
}
