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
    let mut rows = TableRows::default();
    deals.iter().for_each(|deal| rows.push(deal));
    rows.render()
}

/// [`table`] built one deal at a time: each deal is turned into its row and conflict notes
/// when it is pushed, so a caller reading deals one by one from a store holds short rows,
/// never the deals themselves. The output is [`table`]'s for the same deals in any order.
#[derive(Debug, Default)]
pub struct TableRows {
    rows: Vec<(RegisterKey, Vec<String>, Vec<String>)>,
}

impl TableRows {
    /// Adds one deal.
    pub fn push(&mut self, deal: &Deal) {
        let notes = format::conflicts(deal, format::money, format::quantity)
            .into_iter()
            .map(|c| format!("! {}  {c}", deal.id))
            .collect();
        self.rows.push((RegisterKey::of(deal), row(deal), notes));
    }

    /// The table of every deal pushed, in register order, conflicts below.
    pub fn render(mut self) -> String {
        self.rows.sort_by(|a, b| a.0.cmp(&b.0));
        let header: Vec<String> = HEADER.iter().map(|h| h.to_string()).collect();
        let all = || std::iter::once(&header).chain(self.rows.iter().map(|(_, row, _)| row));
        let widths: Vec<usize> = (0..HEADER.len())
            .map(|c| all().map(|r| r[c].chars().count()).max().unwrap_or(0))
            .collect();
        let mut out = String::new();
        for row in all() {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
        }
        let mut notes = self.rows.iter().flat_map(|(_, _, notes)| notes).peekable();
        if notes.peek().is_some() {
            out.push('\n');
            for note in notes {
                out.push_str(note);
                out.push('\n');
            }
        }
        out
    }
}

/// Register order: supplier, recipient, system, order year, then id for a total order.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct RegisterKey {
    supplier: Option<String>,
    recipient: Option<String>,
    system: String,
    order_year: Option<i32>,
    id: String,
}

impl RegisterKey {
    pub(crate) fn of(d: &Deal) -> RegisterKey {
        RegisterKey {
            supplier: d.supplier.clone(),
            recipient: d.recipient.clone(),
            system: d.system.to_lowercase(),
            order_year: d.order_year.chosen,
            id: d.id.clone(),
        }
    }
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
