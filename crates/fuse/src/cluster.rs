//! Which reports describe the same deal: grouping, then clustering inside a group.
//! The whole rule lives in [`clusters`] so that a later, deeper rule replaces one function.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use armscope_core::TransferKind;

use crate::compat::quantities_agree;
use crate::model::Report;

/// Reports that may only merge with each other: supplier, recipient, family key, kind.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct GroupKey {
    pub supplier: Option<String>,
    pub recipient: Option<String>,
    pub family: String,
    pub kind: TransferKind,
}

/// Reports fused into one deal, in canonical order once clustering ends; `order_year` is the year that seeded it.
#[derive(Debug)]
pub(crate) struct Cluster<'r> {
    pub order_year: Option<i32>,
    pub members: Vec<&'r Report>,
}

/// A total order on reports that does not depend on input order: document, evidence position,
/// and as a last resort the whole report serialised (identical reports are interchangeable).
pub(crate) fn canonical(a: &Report, b: &Report) -> Ordering {
    let key = |r: &Report| {
        (
            r.doc_id.clone(),
            r.transfer.evidence.start,
            r.transfer.evidence.end,
        )
    };
    key(a).cmp(&key(b)).then_with(|| {
        let json = |r: &Report| serde_json::to_string(r).unwrap_or_default();
        json(a).cmp(&json(b))
    })
}

/// The group a report belongs to.
pub(crate) fn group_key(report: &Report) -> GroupKey {
    GroupKey {
        supplier: report.transfer.supplier.clone(),
        recipient: report.transfer.recipient.clone(),
        family: report.family_key(),
        kind: report.transfer.kind,
    }
}

/// Reports grouped by [`GroupKey`], groups in key order, each group in canonical order.
pub(crate) fn groups(reports: &[Report]) -> BTreeMap<GroupKey, Vec<&Report>> {
    let mut groups: BTreeMap<GroupKey, Vec<&Report>> = BTreeMap::new();
    for report in reports {
        groups.entry(group_key(report)).or_default().push(report);
    }
    for members in groups.values_mut() {
        members.sort_by(|a, b| canonical(a, b));
    }
    groups
}

/// Splits one group (in canonical order) into deals:
/// 1. reports with an order year are clustered per year; inside a year, a report joins the
///    largest cluster holding a quantity that agrees with it, else one without quantities, else
///    any cluster of that year (the quantities then conflict), else seeds a new one;
/// 2. a report with a quantity but no year joins a cluster holding a quantity that agrees with
///    it (most members first, then the earliest cluster), else a cluster of reports without
///    quantities, else seeds a new cluster;
/// 3. a report with neither joins the largest cluster (ties: the earliest), or seeds one.
///
/// Throughout, a cluster never takes a second report from the same document with another count
/// or designation: a document that names two lines of one family ("68 Mi-171 … and 14 Mi-171
/// with a VK-2500 engine") reports two deals.
pub(crate) fn clusters<'r>(group: &[&'r Report]) -> Vec<Cluster<'r>> {
    let mut clusters: Vec<Cluster<'r>> = Vec::new();
    // Two reports of one document are two lines when their counts or designations differ.
    let free_of = |c: &Cluster, r: &Report| {
        c.members.iter().all(|m| {
            if m.doc_id != r.doc_id {
                return true;
            }
            let counts_differ = match (&m.transfer.quantity, &r.transfer.quantity) {
                (Some(a), Some(b)) => !quantities_agree(a, b),
                _ => false,
            };
            let designations_differ = match (&m.transfer.system_id, &r.transfer.system_id) {
                (Some(a), Some(b)) => a != b,
                _ => false,
            };
            !counts_differ && !designations_differ
        })
    };
    let agrees_with = |c: &Cluster, r: &Report| {
        let Some(quantity) = r.transfer.quantity.as_ref() else {
            return false;
        };
        c.members.iter().any(|m| {
            m.transfer
                .quantity
                .as_ref()
                .is_some_and(|q| quantities_agree(q, quantity))
        })
    };
    let no_quantity = |c: &Cluster| c.members.iter().all(|m| m.transfer.quantity.is_none());

    for report in group
        .iter()
        .copied()
        .filter(|r| r.transfer.order_year.is_some())
    {
        let year = report.transfer.order_year;
        let same_year = |c: &Cluster| c.order_year == year && free_of(c, report);
        let target = largest(&clusters, |c| same_year(c) && agrees_with(c, report))
            .or_else(|| largest(&clusters, |c| same_year(c) && no_quantity(c)))
            .or_else(|| largest(&clusters, same_year));
        place(&mut clusters, target, report, year);
    }

    let undated = group
        .iter()
        .copied()
        .filter(|r| r.transfer.order_year.is_none());
    let (with_quantity, bare): (Vec<&Report>, Vec<&Report>) =
        undated.partition(|r| r.transfer.quantity.is_some());

    for report in with_quantity {
        let target = largest(&clusters, |c| free_of(c, report) && agrees_with(c, report))
            .or_else(|| largest(&clusters, |c| free_of(c, report) && no_quantity(c)));
        place(&mut clusters, target, report, None);
    }
    for report in bare {
        let target = largest(&clusters, |c| free_of(c, report));
        place(&mut clusters, target, report, None);
    }
    // Joining appends; canonical order again makes sources read the same whatever joined when.
    for cluster in &mut clusters {
        cluster.members.sort_by(|a, b| canonical(a, b));
    }
    clusters.sort_by(|a, b| {
        (a.order_year.is_none(), a.order_year)
            .cmp(&(b.order_year.is_none(), b.order_year))
            .then_with(|| canonical(a.members[0], b.members[0]))
    });
    clusters
}

/// Index of the cluster passing `accept` with the most members; ties go to the earliest.
fn largest(clusters: &[Cluster], accept: impl Fn(&Cluster) -> bool) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (i, cluster) in clusters.iter().enumerate() {
        if accept(cluster) && best.is_none_or(|b| cluster.members.len() > clusters[b].members.len())
        {
            best = Some(i);
        }
    }
    best
}

fn place<'r>(
    clusters: &mut Vec<Cluster<'r>>,
    target: Option<usize>,
    report: &'r Report,
    order_year: Option<i32>,
) {
    match target {
        Some(i) => clusters[i].members.push(report),
        None => clusters.push(Cluster {
            order_year,
            members: vec![report],
        }),
    }
}
