//! A readable view of one deal: every field's values with the sentences behind them.

use std::fmt::Write as _;

use crate::model::{Deal, Field};
use crate::render::format;

/// Renders one deal over several lines: a header, each field's chosen value and every reported
/// value with its documents and quoted evidence sentences (`! conflict` on fields in conflict),
/// the timeline, and the list of sources.
pub fn show(deal: &Deal) -> String {
    let mut out = String::new();
    let state = |s: &Option<String>| s.clone().unwrap_or_else(|| "?".into());
    let _ = writeln!(
        out,
        "{}  {} ({}, family {})",
        deal.id,
        deal.system,
        deal.kind.as_str(),
        deal.family
    );
    let _ = writeln!(
        out,
        "{} → {}, {} source(s)\n",
        state(&deal.supplier),
        state(&deal.recipient),
        deal.sources.len()
    );

    field(&mut out, "status", &deal.status, format::status);
    field(&mut out, "quantity", &deal.quantity, format::quantity);
    field(&mut out, "value", &deal.value, format::money);
    field(&mut out, "order year", &deal.order_year, format::year);
    field(
        &mut out,
        "delivery years",
        &deal.delivery_years,
        format::years,
    );

    let _ = writeln!(out, "\ntimeline:");
    for stage in &deal.timeline {
        let date = stage
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into());
        let _ = writeln!(
            out,
            "  {:<11} {:<10}  {}",
            stage.status.as_str(),
            date,
            stage.doc_id
        );
    }

    let _ = writeln!(out, "\nsources:");
    for source in &deal.sources {
        let date = source
            .published
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into());
        let status = source
            .status
            .map(|s| format!(", reports {}", s.as_str()))
            .unwrap_or_default();
        let hedged = if source.hedged { ", hedged" } else { "" };
        let url = source
            .url
            .as_deref()
            .map(|u| format!("  {u}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {}  {date}{url}  ({}{status}{hedged})",
            source.doc_id, source.system
        );
        let _ = writeln!(out, "    \"{}\"", source.evidence.text);
    }
    out
}

fn field<T>(out: &mut String, name: &str, field: &Field<T>, show: impl Fn(&T) -> String) {
    let chosen = field
        .chosen
        .as_ref()
        .map(&show)
        .unwrap_or_else(|| "(not reported)".into());
    let flag = if field.conflict { "  ! conflict" } else { "" };
    let _ = writeln!(out, "{name}: {chosen}{flag}");
    for reported in &field.values {
        let _ = writeln!(
            out,
            "  {}  [{}]",
            show(&reported.value),
            format::docs_of(reported)
        );
        for source in &reported.sources {
            let _ = writeln!(out, "    {}: \"{}\"", source.doc_id, source.evidence.text);
        }
    }
}
