//! The documents behind one deal: when and where each was published, which field values it
//! supports, and whether it copies another source.

use std::fmt::Write as _;

use jiff::civil::Date;
use serde::Serialize;

use crate::model::{Deal, Field};
use crate::render::format;

/// One document behind a deal.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentSupport {
    /// The document.
    pub doc_id: String,
    /// Its publication date, when known.
    pub published: Option<Date>,
    /// Where it was published, when known.
    pub url: Option<String>,
    /// Where it was read from (a path, a feed line); the caller fills it from the store.
    pub location: Option<String>,
    /// The source of the deal whose text this document repeats, if any (see `Source::copy_of`).
    pub copy_of: Option<String>,
    /// How many of the deal's reports come from this document.
    pub reports: usize,
    /// Every field value it reported: `value: ~$2.5 bn`, with ` (not chosen)` when the register
    /// shows another value (never for stages, which add up rather than compete).
    pub supports: Vec<String>,
}

/// The deal's documents in source order (document id), each with the values it supports.
pub fn supports(deal: &Deal) -> Vec<DocumentSupport> {
    let mut docs: Vec<DocumentSupport> = Vec::new();
    for source in &deal.sources {
        match docs.iter_mut().find(|d| d.doc_id == source.doc_id) {
            Some(doc) => doc.reports += 1,
            None => docs.push(DocumentSupport {
                doc_id: source.doc_id.clone(),
                published: source.published,
                url: source.url.clone(),
                location: None,
                copy_of: source.copy_of.clone(),
                reports: 1,
                supports: Vec::new(),
            }),
        }
    }
    for doc in &mut docs {
        let id = doc.doc_id.clone();
        let out = &mut doc.supports;
        // Stages are cumulative, not alternatives: an earlier stage is never "not chosen".
        values(out, &id, "status", &deal.status, format::status);
        values(out, &id, "quantity", &deal.quantity, format::quantity);
        values(out, &id, "value", &deal.value, format::money);
        values(out, &id, "order year", &deal.order_year, format::year);
        values(out, &id, "delivery", &deal.delivery_years, format::years);
    }
    docs
}

fn values<T: PartialEq>(
    out: &mut Vec<String>,
    doc_id: &str,
    name: &str,
    field: &Field<T>,
    show: impl Fn(&T) -> String,
) {
    for reported in &field.values {
        if reported.sources.iter().any(|s| s.doc_id == doc_id) {
            let rejected = name != "status" && field.chosen.as_ref() != Some(&reported.value);
            let note = if rejected { " (not chosen)" } else { "" };
            out.push(format!("{name}: {}{note}", show(&reported.value)));
        }
    }
}

/// A readable list of `docs` (from [`supports`], locations filled in): one block per document.
pub fn sources(deal: &Deal, docs: &[DocumentSupport]) -> String {
    let mut out = String::new();
    let state = |s: &Option<String>| s.clone().unwrap_or_else(|| "?".into());
    let _ = writeln!(
        out,
        "{}  {}  {} → {}: {} report(s) in {} document(s), {} independent\n",
        deal.id,
        deal.system,
        state(&deal.supplier),
        state(&deal.recipient),
        deal.sources.len(),
        docs.len(),
        deal.independent_sources
    );
    for doc in docs {
        let mut line = format!("{}  {}", doc.doc_id, format::date(doc.published));
        for extra in [&doc.url, &doc.location].into_iter().flatten() {
            line.push_str("  ");
            line.push_str(extra);
        }
        if let Some(original) = &doc.copy_of {
            line.push_str(&format!("  [copy of {original}: not independent]"));
        }
        let _ = writeln!(out, "{line}");
        let supports = if doc.supports.is_empty() {
            "(names the deal, no field value)".to_string()
        } else {
            doc.supports.join("; ")
        };
        let _ = writeln!(out, "    supports: {supports}");
    }
    out
}
