//! The wire form of a deal in lists: one flat row, what the register table shows.

use armscope_core::{Money, Quantity, Status, TransferKind, YearRange};
use armscope_fuse::Deal;
use serde::Serialize;

use crate::register::Row;

/// One deal as a list row.
#[derive(Serialize)]
pub(crate) struct DealSummary<'a> {
    id: &'a str,
    supplier: Option<&'a str>,
    recipient: Option<&'a str>,
    system: &'a str,
    family: &'a str,
    category: Option<&'a str>,
    kind: TransferKind,
    status: Option<Status>,
    quantity: Option<&'a Quantity>,
    value: Option<&'a Money>,
    order_year: Option<i32>,
    delivery_years: Option<YearRange>,
    /// The year the register files the deal under (order year, else a delivery year).
    year: Option<i32>,
    /// How many reports the deal fuses.
    sources: usize,
    /// Whether any field's sources disagree.
    conflict: bool,
}

impl<'a> DealSummary<'a> {
    pub fn new(deal: &'a Deal, row: &'a Row) -> DealSummary<'a> {
        DealSummary {
            id: &deal.id,
            supplier: deal.supplier.as_deref(),
            recipient: deal.recipient.as_deref(),
            system: &deal.system,
            family: &deal.family,
            category: row.category.as_deref(),
            kind: deal.kind,
            status: deal.status.chosen,
            quantity: deal.quantity.chosen.as_ref(),
            value: deal.value.chosen.as_ref(),
            order_year: deal.order_year.chosen,
            delivery_years: deal.delivery_years.chosen,
            year: row.year,
            sources: deal.sources.len(),
            conflict: row.conflict,
        }
    }
}

/// A page of a longer list.
#[derive(Serialize)]
pub(crate) struct Page<T> {
    /// How many items match, over all pages.
    pub total: usize,
    pub offset: usize,
    pub limit: usize,
    pub items: Vec<T>,
}
