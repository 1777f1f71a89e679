//! Building a [`Deal`] from one cluster: id, display designation, fields, sources, timeline.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use armscope_core::{Status, TransferKind};

use crate::choose::{field, status};
use crate::cluster::{Cluster, GroupKey};
use crate::copies::{Copies, DealCopies};
use crate::model::{Deal, Report, Source, Stage};

/// The deal of one cluster; `ordinal` (1-based) numbers the group's clusters without an order
/// year, so their ids stay distinct.
pub(crate) fn deal(key: &GroupKey, cluster: &Cluster, ordinal: usize, copies: &Copies) -> Deal {
    let members = &cluster.members;
    let copies = &copies.within(members);
    let suffix = match cluster.order_year {
        Some(year) => year.to_string(),
        None => ordinal.to_string(),
    };
    Deal {
        id: deal_id(key, &suffix),
        supplier: key.supplier.clone(),
        recipient: key.recipient.clone(),
        family: key.family.clone(),
        system: display_system(members),
        category: category(members),
        kind: key.kind,
        status: status(members, copies),
        quantity: field(members, copies, "quantity", |t| t.quantity.clone()),
        value: field(members, copies, "value", |t| t.value.clone()),
        order_year: field(members, copies, "order_year", |t| t.order_year),
        delivery_years: field(members, copies, "delivery_years", |t| t.delivery_years),
        independent_sources: independent(members, copies),
        sources: {
            let originals = originals(members, copies);
            members
                .iter()
                .map(|r| source(r, &originals, copies))
                .collect()
        },
        timeline: timeline(members),
    }
}

/// The prefix every id of the group shares (`RU-CN-su-35-`): ids differ only in their numeric
/// suffix, so deals of different groups never share an id.
pub(crate) fn group_id(key: &GroupKey) -> String {
    deal_id(key, "")
}

/// Distinct documents, copies of one text counting once.
fn independent(members: &[&Report], copies: &DealCopies) -> usize {
    let witnesses: BTreeSet<_> = members.iter().map(|r| copies.witness(&r.doc_id)).collect();
    witnesses.len()
}

/// The earliest document of each copy group among the deal's sources (dated before undated,
/// then by id), by group: found in one pass, as a deal can hold many thousands of reports.
fn originals<'r>(members: &[&'r Report], copies: &DealCopies) -> HashMap<usize, &'r Report> {
    let order = |r: &'r Report| (r.published.is_none(), r.published, r.doc_id.as_str());
    let mut first: HashMap<usize, &Report> = HashMap::new();
    for &report in members {
        let entry = first
            .entry(copies.witness(&report.doc_id))
            .or_insert(report);
        if order(report) < order(entry) {
            *entry = report;
        }
    }
    first
}

/// The document a report's document copies, among the deal's own sources: the earliest of its
/// copies there (see [`originals`]). None for the earliest itself.
fn copy_of(
    report: &Report,
    originals: &HashMap<usize, &Report>,
    copies: &DealCopies,
) -> Option<String> {
    let original = originals.get(&copies.witness(&report.doc_id))?;
    (original.doc_id != report.doc_id).then(|| original.doc_id.clone())
}

/// `RU-CN-su-35-2015`: unknown states read `XX`, and a kind other than sale is spelled out
/// so that a licence and a sale of one family never share an id.
fn deal_id(key: &GroupKey, suffix: &str) -> String {
    let state = |s: &Option<String>| s.as_deref().unwrap_or("XX").to_uppercase();
    let family = slug(&key.family);
    let kind = match key.kind {
        TransferKind::Sale => String::new(),
        other => format!("-{}", other.as_str()),
    };
    format!(
        "{}-{}-{family}{kind}-{suffix}",
        state(&key.supplier),
        state(&key.recipient)
    )
}

/// Lower-case letters, digits and single dashes: ids go into file names and URLs.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "item".to_string()
    } else {
        out.to_string()
    }
}

/// The most frequently reported designation; ties → the longest (most specific), then alphabetical.
fn display_system(members: &[&Report]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for report in members {
        *counts.entry(report.transfer.system.trim()).or_default() += 1;
    }
    // BTreeMap iterates alphabetically, and `max_by_key` keeps the last maximum: reverse so the
    // alphabetically first wins a full tie.
    counts
        .into_iter()
        .rev()
        .max_by_key(|(system, count)| (*count, system.chars().count()))
        .map(|(system, _)| system.to_string())
        .unwrap_or_default()
}

/// The most frequently reported category; ties → alphabetical.
fn category(members: &[&Report]) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for category in members
        .iter()
        .filter_map(|r| r.transfer.category.as_deref())
    {
        *counts.entry(category).or_default() += 1;
    }
    // `max_by_key` keeps the last maximum; reversed, that is the alphabetically first.
    counts
        .into_iter()
        .rev()
        .max_by_key(|(_, count)| *count)
        .map(|(category, _)| category.to_string())
}

fn source(report: &Report, originals: &HashMap<usize, &Report>, copies: &DealCopies) -> Source {
    Source {
        copy_of: copy_of(report, originals, copies),
        doc_id: report.doc_id.clone(),
        url: report.doc_url.clone(),
        published: report.published,
        system: report.transfer.system.clone(),
        status: report.transfer.status,
        hedged: report.transfer.hedged,
        evidence: report.transfer.evidence.clone(),
    }
}

/// Each stage reported, with its earliest report: dated before undated, then by document.
fn timeline(members: &[&Report]) -> Vec<Stage> {
    let mut first: HashMap<Status, &Report> = HashMap::new();
    // Members are in canonical order, so on equal dates the earlier document stays.
    let order = |r: &Report| (r.published.is_none(), r.published);
    for report in members {
        let Some(stage) = report.transfer.status else {
            continue;
        };
        let entry = first.entry(stage).or_insert(report);
        if order(report) < order(entry) {
            *entry = report;
        }
    }
    let mut stages: Vec<Stage> = first
        .into_iter()
        .map(|(status, r)| Stage {
            status,
            date: r.published,
            doc_id: r.doc_id.clone(),
        })
        .collect();
    stages.sort_by_key(|s| s.status);
    stages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_keeps_designations_readable() {
        assert_eq!(slug("su-35"), "su-35");
        assert_eq!(slug("S-400 Triumf"), "s-400-triumf");
        assert_eq!(slug("anti-ship missiles!"), "anti-ship-missiles");
        assert_eq!(slug("??"), "item");
    }
}
