//! How values read in human-facing renderings (table, show, CSV conflict notes).

use std::collections::BTreeSet;

use armscope_core::{Money, Qualifier, Quantity, Status, YearRange};

use crate::model::{Deal, Field, Reported};

fn qualifier_prefix(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Approx => "~",
        Qualifier::AtLeast => "≥",
        Qualifier::UpTo => "≤",
    }
}

/// At most two decimals, no trailing zeros: 2.5, 1.92, 2.
fn number(x: f64) -> String {
    let text = format!("{x:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `$2.5 bn`, `~€1.3 bn`, `≥RUB 500 m`.
pub(crate) fn money(m: &Money) -> String {
    let symbol = match m.currency.as_str() {
        "USD" => "$".to_string(),
        "EUR" => "€".to_string(),
        "GBP" => "£".to_string(),
        other => format!("{other} "),
    };
    let (scaled, suffix) = match m.amount.abs() {
        a if a >= 1e9 => (m.amount / 1e9, " bn"),
        a if a >= 1e6 => (m.amount / 1e6, " m"),
        _ => (m.amount, ""),
    };
    format!(
        "{}{symbol}{}{suffix}",
        qualifier_prefix(m.qualifier),
        number(scaled)
    )
}

/// `24`, `~24`, `2 battalions`.
pub(crate) fn quantity(q: &Quantity) -> String {
    let unit = q
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    format!("{}{}{unit}", qualifier_prefix(q.qualifier), q.value)
}

/// `2021`, `–2022`, `2016–`, `1992–2004`.
pub(crate) fn years(r: &YearRange) -> String {
    let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
    match (r.first, r.last) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (None, None) => String::new(),
        (first, last) => format!("{}–{}", year(first), year(last)),
    }
}

pub(crate) fn status(s: &Status) -> String {
    s.as_str().to_string()
}

pub(crate) fn year(y: &i32) -> String {
    y.to_string()
}

/// The chosen value, with `!` when the field is in conflict; empty when nothing was reported.
pub(crate) fn chosen<T>(field: &Field<T>, show: impl Fn(&T) -> String) -> String {
    let text = field.chosen.as_ref().map(&show).unwrap_or_default();
    if field.conflict {
        format!("{text}!")
    } else {
        text
    }
}

/// The distinct documents of a value, in order: `a.txt, b.txt`.
pub(crate) fn docs_of<T>(reported: &Reported<T>) -> String {
    let docs: BTreeSet<&str> = reported.sources.iter().map(|s| s.doc_id.as_str()).collect();
    docs.into_iter().collect::<Vec<_>>().join(", ")
}

/// The distinct documents of a deal, in order.
pub(crate) fn deal_docs(deal: &Deal) -> Vec<&str> {
    let docs: BTreeSet<&str> = deal.sources.iter().map(|s| s.doc_id.as_str()).collect();
    docs.into_iter().collect()
}

/// `b.txt copies a.txt`, once per document that repeats another source's text.
pub(crate) fn copies(deal: &Deal) -> Vec<String> {
    let copies: BTreeSet<(&str, &str)> = deal
        .sources
        .iter()
        .filter_map(|s| Some((s.doc_id.as_str(), s.copy_of.as_deref()?)))
        .collect();
    copies
        .into_iter()
        .map(|(copy, original)| format!("{copy} copies {original}"))
        .collect()
}

/// `2019-10-22`, or `undated`.
pub(crate) fn date(date: Option<jiff::civil::Date>) -> String {
    date.map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into())
}

/// One line per field in conflict: `value: $2 bn [b.txt] vs $2.5 bn [a.txt]`, written with
/// `show` (readable in the table and the view, raw figures in the CSV).
pub(crate) fn conflicts(
    deal: &Deal,
    money: impl Fn(&Money) -> String,
    quantity: impl Fn(&Quantity) -> String,
) -> Vec<String> {
    let mut lines = Vec::new();
    let mut push = |name: &str, conflict: bool, values: Vec<(String, String)>| {
        if conflict {
            let parts: Vec<String> = values
                .into_iter()
                .map(|(v, docs)| format!("{v} [{docs}]"))
                .collect();
            lines.push(format!("{name}: {}", parts.join(" vs ")));
        }
    };
    push("status", deal.status.conflict, pairs(&deal.status, status));
    push(
        "quantity",
        deal.quantity.conflict,
        pairs(&deal.quantity, quantity),
    );
    push("value", deal.value.conflict, pairs(&deal.value, money));
    push(
        "order year",
        deal.order_year.conflict,
        pairs(&deal.order_year, year),
    );
    push(
        "delivery",
        deal.delivery_years.conflict,
        pairs(&deal.delivery_years, years),
    );
    lines
}

fn pairs<T>(field: &Field<T>, show: impl Fn(&T) -> String) -> Vec<(String, String)> {
    field
        .values
        .iter()
        .map(|r| (show(&r.value), docs_of(r)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_values() {
        let m = |amount, qualifier| Money {
            amount,
            currency: "USD".into(),
            qualifier,
        };
        assert_eq!(money(&m(2.5e9, Qualifier::Exact)), "$2.5 bn");
        assert_eq!(money(&m(1.9e9, Qualifier::Approx)), "~$1.9 bn");
        assert_eq!(money(&m(2.0e9, Qualifier::Exact)), "$2 bn");
        assert_eq!(
            money(&Money {
                amount: 4.5e8,
                currency: "RUB".into(),
                qualifier: Qualifier::AtLeast
            }),
            "≥RUB 450 m"
        );
        let q = Quantity {
            value: 2,
            unit: Some("battalions".into()),
            qualifier: Qualifier::Exact,
        };
        assert_eq!(quantity(&q), "2 battalions");
        let r = |first, last| YearRange { first, last };
        assert_eq!(years(&r(Some(2021), Some(2021))), "2021");
        assert_eq!(years(&r(None, Some(2022))), "–2022");
        assert_eq!(years(&r(Some(1992), Some(2004))), "1992–2004");
    }
}
