//! A readable view of one deal: every field's values with the sentences behind them.

use std::fmt::Write as _;

use armscope_core::Status;

use crate::model::{Deal, Field};
use crate::render::format;

/// Renders one deal over several lines: a header, each field's chosen value and every reported
/// value with its documents and quoted evidence sentences (`! conflict` on fields in conflict),
/// the stage timeline with the sentence of each stage's earliest report, and the list of
/// sources (syndicated copies marked `copy of`).
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
        "{} → {}, {} source(s) in {} independent document(s){}\n",
        state(&deal.supplier),
        state(&deal.recipient),
        deal.sources.len(),
        deal.independent_sources,
        deal.category
            .as_deref()
            .map(|c| format!(", {c}"))
            .unwrap_or_default()
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

    timeline(&mut out, deal);

    let _ = writeln!(out, "\nsources:");
    for source in &deal.sources {
        let status = source
            .status
            .map(|s| format!(", reports {}", s.as_str()))
            .unwrap_or_default();
        let hedged = if source.hedged { ", hedged" } else { "" };
        let copy = source
            .copy_of
            .as_deref()
            .map(|c| format!(", copy of {c}"))
            .unwrap_or_default();
        let url = source
            .url
            .as_deref()
            .map(|u| format!("  {u}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {}  {}{url}  ({}{status}{hedged}{copy})",
            source.doc_id,
            format::date(source.published),
            source.system
        );
        let _ = writeln!(out, "    \"{}\"", source.evidence.text);
    }
    out
}

/// The stages in order (talks → ordered → delivering → delivered, or cancelled), each with
/// the earliest report of it and that report's sentence; stages nobody reported are listed as
/// such, so a gap in the record shows.
fn timeline(out: &mut String, deal: &Deal) {
    let path: Vec<&str> = deal.timeline.iter().map(|s| s.status.as_str()).collect();
    let _ = writeln!(out, "\ntimeline: {}", path.join(" → "));
    let reported = |status: Status| deal.timeline.iter().find(|s| s.status == status);
    for status in [
        Status::Talks,
        Status::Ordered,
        Status::Delivering,
        Status::Delivered,
        Status::Cancelled,
    ] {
        let Some(stage) = reported(status) else {
            // Cancellation is an end, not a step: only listed when reported.
            if status != Status::Cancelled {
                let _ = writeln!(out, "  {:<11} (not reported)", status.as_str());
            }
            continue;
        };
        let _ = writeln!(
            out,
            "  {:<11} {:<10}  {}",
            status.as_str(),
            format::date(stage.date),
            stage.doc_id
        );
        let sentence = deal
            .sources
            .iter()
            .find(|s| s.doc_id == stage.doc_id && s.status == Some(status));
        if let Some(source) = sentence {
            let _ = writeln!(out, "              \"{}\"", source.evidence.text);
        }
    }
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
