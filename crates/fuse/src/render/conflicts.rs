//! The deals whose sources disagree, each with every conflicting field's values and documents.

use crate::model::Deal;
use crate::render::format;

/// Whether any field of `deal` is in conflict.
pub fn has_conflict(deal: &Deal) -> bool {
    deal.status.conflict
        || deal.quantity.conflict
        || deal.value.conflict
        || deal.order_year.conflict
        || deal.delivery_years.conflict
}

/// One block per deal in conflict: the deal, then one indented line per disagreeing field
/// (`value: $2 bn [002.txt] vs ~$2.5 bn [000.txt]`). Empty when no sources disagree.
pub fn conflicts(deals: &[Deal]) -> String {
    let mut out = String::new();
    for deal in deals.iter().filter(|d| has_conflict(d)) {
        let party = |p: &Option<String>| p.clone().unwrap_or_else(|| "?".into());
        out.push_str(&format!(
            "{}  {} → {}  {}\n",
            deal.id,
            party(&deal.supplier),
            party(&deal.recipient),
            deal.system
        ));
        for line in format::conflicts(deal, format::money, format::quantity) {
            out.push_str(&format!("    {line}\n"));
        }
    }
    out
}
