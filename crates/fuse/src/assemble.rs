//! Building a [`Deal`] from one cluster: id, display designation, fields, sources, timeline.

use std::collections::{BTreeMap, HashMap};

use armscope_core::{Status, TransferKind};

use crate::choose::{field, status};
use crate::cluster::{Cluster, GroupKey};
use crate::model::{Deal, Report, Source, Stage};

/// The deal of one cluster; `ordinal` (1-based) numbers the group's clusters without an order
/// year, so their ids stay distinct.
pub(crate) fn deal(key: &GroupKey, cluster: &Cluster, ordinal: usize) -> Deal {
    let members = &cluster.members;
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
        kind: key.kind,
        status: status(members),
        quantity: field(members, "quantity", |t| t.quantity.clone()),
        value: field(members, "value", |t| t.value.clone()),
        order_year: field(members, "order_year", |t| t.order_year),
        delivery_years: field(members, "delivery_years", |t| t.delivery_years),
        sources: members.iter().map(|r| source(r)).collect(),
        timeline: timeline(members),
    }
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

fn source(report: &Report) -> Source {
    Source {
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
