//! The register as CSV, laid out like a SIPRI trade register with armscope's source columns.

use std::collections::BTreeSet;
use std::io::{self, Write};

use armscope_core::{Money, Qualifier, Status, TransferKind};

use crate::model::Deal;
use crate::render::format;
use crate::render::table::{Packed, RegisterKey};

const HEADER: [&str; 18] = [
    "deal_id",
    "supplier",
    "recipient",
    "designation",
    "category",
    "number_ordered",
    "order_year",
    "delivery_years",
    "number_delivered",
    "status",
    "value",
    "currency",
    "value_qualifier",
    "sources",
    "independent_sources",
    "source_documents",
    "conflicts",
    "comments",
];

/// Writes deals as CSV with a header row, in register order (supplier, recipient, system,
/// order year). Numbers are raw (`2500000000`, `USD` in its own column); the number delivered
/// is filled when the deal is delivered; `sources` counts reports, `independent_sources`
/// documents with syndicated copies counted once; `conflicts` lists every value of a field in
/// conflict with its documents; `comments` notes units, qualifiers, hedged reports, copies and
/// a non-sale kind.
pub fn csv<W: Write>(deals: &[Deal], w: W) -> io::Result<()> {
    let mut rows = CsvRows::default();
    deals.iter().for_each(|deal| rows.push(deal));
    rows.write(w)
}

/// [`csv`] built one deal at a time (see [`crate::render::TableRows`]): the same output for the
/// same deals in any order, holding only their rows.
#[derive(Debug, Default)]
pub struct CsvRows {
    rows: Vec<(RegisterKey, Packed)>,
}

impl CsvRows {
    /// Adds one deal.
    pub fn push(&mut self, deal: &Deal) {
        self.rows
            .push((RegisterKey::of(deal), Packed::new(&row(deal))));
    }

    /// Writes the header and every row, in register order.
    pub fn write<W: Write>(mut self, w: W) -> io::Result<()> {
        self.rows.sort_by(|a, b| a.0.cmp(&b.0));
        let mut writer = csv::Writer::from_writer(w);
        writer.write_record(HEADER)?;
        for (_, row) in &self.rows {
            writer.write_record(row.cells())?;
        }
        writer.flush()
    }
}

fn row(deal: &Deal) -> Vec<String> {
    let opt = |s: Option<String>| s.unwrap_or_default();
    let number = deal.quantity.chosen.as_ref().map(|q| q.value.to_string());
    let delivered = deal.status.chosen == Some(Status::Delivered);
    let value = deal.value.chosen.as_ref();
    vec![
        deal.id.clone(),
        opt(deal.supplier.clone()),
        opt(deal.recipient.clone()),
        deal.system.clone(),
        opt(deal.category.clone()),
        opt(number.clone()),
        opt(deal.order_year.chosen.map(|y| y.to_string())),
        opt(deal
            .delivery_years
            .chosen
            .as_ref()
            .map(|r| format::years(r).replace('–', "-"))),
        opt(number.filter(|_| delivered)),
        opt(deal.status.chosen.map(|s| s.as_str().to_string())),
        opt(value.map(|m| m.amount.to_string())),
        opt(value.map(|m| m.currency.clone())),
        opt(value.map(|m| qualifier(m.qualifier).to_string())),
        deal.sources.len().to_string(),
        deal.independent_sources.to_string(),
        format::deal_docs(deal).join(" "),
        format::conflicts(deal, raw_money, format::quantity).join("; "),
        comments(deal).join("; "),
    ]
}

fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Approx => "approx",
        Qualifier::AtLeast => "at_least",
        Qualifier::UpTo => "up_to",
    }
}

/// `2000000000 USD`, `~2000000000 USD`: conflicts in figures a spreadsheet user can re-enter.
fn raw_money(m: &Money) -> String {
    let prefix = match m.qualifier {
        Qualifier::Exact => "",
        Qualifier::Approx => "~",
        Qualifier::AtLeast => ">=",
        Qualifier::UpTo => "<=",
    };
    format!("{prefix}{} {}", m.amount, m.currency)
}

fn comments(deal: &Deal) -> Vec<String> {
    let mut notes = Vec::new();
    if deal.kind != TransferKind::Sale {
        notes.push(deal.kind.as_str().to_string());
    }
    if let Some(q) = &deal.quantity.chosen {
        if q.qualifier != Qualifier::Exact {
            notes.push(format!(
                "number is {}",
                qualifier(q.qualifier).replace('_', " ")
            ));
        }
        if let Some(unit) = &q.unit {
            notes.push(format!("counted in {unit}"));
        }
    }
    let hedged: BTreeSet<&str> = deal
        .sources
        .iter()
        .filter(|s| s.hedged)
        .map(|s| s.doc_id.as_str())
        .collect();
    if !hedged.is_empty() {
        notes.push(format!(
            "hedged in {}",
            hedged.into_iter().collect::<Vec<_>>().join(" ")
        ));
    }
    notes.extend(format::copies(deal));
    notes
}
