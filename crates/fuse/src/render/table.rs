//! The register as an aligned text table, one row per deal, conflicts noted below it.

use crate::model::Deal;
use crate::render::format;

const HEADER: [&str; 11] = [
    "ID",
    "SUPPLIER",
    "RECIPIENT",
    "SYSTEM",
    "STATUS",
    "QTY",
    "VALUE",
    "ORDER",
    "DELIVERY",
    "SOURCES",
    "DOCS",
];
/// More documents than this are summarised as "+N", to keep rows on one screen line.
const MAX_DOCS: usize = 3;

/// Renders deals as a table sorted by supplier, recipient, system and order year. A `!` after
/// a value marks a field in conflict; the conflicting values and their documents are listed
/// under the table.
pub fn table(deals: &[Deal]) -> String {
    let sorted = sorted(deals);
    let mut rows: Vec<Vec<String>> = vec![HEADER.iter().map(|h| h.to_string()).collect()];
    rows.extend(sorted.iter().map(|deal| row(deal)));

    let widths: Vec<usize> = (0..HEADER.len())
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }

    let notes: Vec<String> = sorted
        .iter()
        .flat_map(|deal| {
            format::conflicts(deal, format::money, format::quantity)
                .into_iter()
                .map(move |c| format!("! {}  {c}", deal.id))
        })
        .collect();
    if !notes.is_empty() {
        out.push('\n');
        for note in notes {
            out.push_str(&note);
            out.push('\n');
        }
    }
    out
}

/// Register order: supplier, recipient, system, order year, then id for a total order.
pub(crate) fn sorted(deals: &[Deal]) -> Vec<&Deal> {
    let mut sorted: Vec<&Deal> = deals.iter().collect();
    sorted.sort_by(|a, b| {
        let key = |d: &Deal| {
            (
                d.supplier.clone(),
                d.recipient.clone(),
                d.system.to_lowercase(),
                d.order_year.chosen,
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
    sorted
}

fn row(deal: &Deal) -> Vec<String> {
    let state = |s: &Option<String>| s.clone().unwrap_or_else(|| "?".into());
    let docs = format::deal_docs(deal);
    let mut shown = docs
        .iter()
        .take(MAX_DOCS)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if docs.len() > MAX_DOCS {
        shown.push_str(&format!(", +{}", docs.len() - MAX_DOCS));
    }
    vec![
        deal.id.clone(),
        state(&deal.supplier),
        state(&deal.recipient),
        deal.system.clone(),
        format::chosen(&deal.status, format::status),
        format::chosen(&deal.quantity, format::quantity),
        format::chosen(&deal.value, format::money),
        format::chosen(&deal.order_year, format::year),
        format::chosen(&deal.delivery_years, format::years),
        deal.sources.len().to_string(),
        shown,
    ]
}
