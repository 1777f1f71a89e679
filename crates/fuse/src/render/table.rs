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
    rows: Vec<(RegisterKey, Packed, Vec<String>)>,
}

impl TableRows {
    /// Adds one deal.
    pub fn push(&mut self, deal: &Deal) {
        let notes = format::conflicts(deal, format::money, format::quantity)
            .into_iter()
            .map(|c| format!("! {}  {c}", deal.id))
            .collect();
        self.rows
            .push((RegisterKey::of(deal), Packed::new(&row(deal)), notes));
    }

    /// The table of every deal pushed, in register order, conflicts below.
    pub fn render(self) -> String {
        let mut out = Vec::new();
        self.write(&mut out).expect("writing to memory");
        String::from_utf8(out).expect("the table is UTF-8")
    }

    /// [`TableRows::render`] written out line by line, never held whole.
    pub fn write<W: std::io::Write>(mut self, mut out: W) -> std::io::Result<()> {
        self.rows.sort_by(|a, b| a.0.cmp(&b.0));
        let header = Packed::new(&HEADER);
        let all = || std::iter::once(&header).chain(self.rows.iter().map(|(_, row, _)| row));
        let mut widths = vec![0; HEADER.len()];
        for row in all() {
            for (w, cell) in widths.iter_mut().zip(row.cells()) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let mut line = String::new();
        for row in all() {
            line.clear();
            for (i, (cell, w)) in row.cells().zip(&widths).enumerate() {
                if i > 0 {
                    line.push_str("  ");
                }
                line.push_str(cell);
                line.extend(std::iter::repeat_n(' ', w - cell.chars().count()));
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        let mut notes = self.rows.iter().flat_map(|(_, _, notes)| notes).peekable();
        if notes.peek().is_some() {
            writeln!(out)?;
            for note in notes {
                writeln!(out, "{note}")?;
            }
        }
        out.flush()
    }
}

/// A row's cells in one allocation (their text run together, and where each ends) instead of
/// one string each: a register of millions of deals keeps its rows in a fraction of the memory.
#[derive(Debug)]
pub(crate) struct Packed {
    text: String,
    ends: Box<[usize]>,
}

impl Packed {
    pub(crate) fn new<S: AsRef<str>>(cells: &[S]) -> Packed {
        let mut text = String::with_capacity(cells.iter().map(|c| c.as_ref().len()).sum());
        let ends = cells
            .iter()
            .map(|cell| {
                text.push_str(cell.as_ref());
                text.len()
            })
            .collect();
        Packed { text, ends }
    }

    /// The cells in order.
    pub(crate) fn cells(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(self.ends.iter().copied())
            .map(|(start, end)| &self.text[start..end])
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
