//! Fusing per-document transfers into register deals, and rendering the register.
//!
//! Each [`Report`] is one transfer as one document tells it. [`fuse`] decides which reports
//! describe the same deal and merges them into a [`Deal`] whose every field keeps all the values
//! the sources gave, with the document and evidence sentence behind each. [`render`] prints deals
//! as an aligned table, a register CSV, JSON lines, or a readable view of one deal.
//!
//! # Fusion rule
//!
//! 1. **Groups.** Reports can only merge when they share supplier, recipient, family key and kind.
//!    The family key is the catalog family (`su-35` for Su-35S and Su-35SK), else the lower-cased
//!    designation ("Missiles" and "missiles" group together). An unknown supplier or recipient
//!    is its own value: it never merges with a known one.
//! 2. **Clusters** (one per deal), built from the group sorted canonically (document id, evidence
//!    start, then the whole report), so input order never matters:
//!    - every distinct order year seeds one cluster holding all reports with that year: two
//!      orders of the same system in different years stay two deals;
//!    - a report with a quantity but no order year joins a cluster holding a quantity that agrees
//!      with it (equal, or bounded by an "at least"/"up to"/"about" figure; the one with most
//!      reports, then the earliest), else a cluster whose reports give no quantity, else it seeds
//!      a new cluster;
//!    - a report with neither joins the largest cluster (ties: the earliest), or seeds one.
//! 3. **Fields.** Each distinct value is kept with its sources. The chosen value has the most
//!    distinct documents, where documents that copy one text count once ([`Copies`], from
//!    near-duplicate detection: a syndicated copy or a shared wire paragraph is no independent
//!    confirmation; links are followed only among the deal's own documents); ties go to the most specific (exact before "about" before a bound; a
//!    delivery period with both ends before one), then to the latest publication, then to a fixed
//!    order of values. **Status** is different: stages are cumulative, so the most advanced stage
//!    reported is chosen; `cancelled` is chosen only when no report with a status is more recent.
//! 4. **Conflicts.** A field is in conflict when two of its values cannot both be true: amounts in
//!    one currency more than 5 % apart ($2 bn vs $2.5 bn; $1.9 bn vs $1.92 bn is rounding),
//!    amounts in different currencies are never compared; quantities in the same unit that no
//!    qualifier reconciles (24 vs 36); different order years; delivery periods whose known ends
//!    differ; a cancellation overridden by later reports, or winning over a completed delivery.
//! 5. **Timeline.** Each reported stage with its earliest report: by publication date, undated
//!    reports after dated ones, then by document id.
//! 6. **Ids** read `SUPPLIER-RECIPIENT-family-YEAR`, or `-N` for the N-th deal of a group without
//!    an order year; `XX` stands for an unknown state, and a kind other than sale is spelled out
//!    (`RU-IN-su-30-licence-2000`). Families that slug alike are numbered (`….2`).
//! 7. **Sources.** Every report stays a source; a source whose document copies another source's
//!    document names the earliest of them (`copy_of`), and `independent_sources` counts the
//!    documents with copies counted once.
//! 8. **Deal groups.** [`deal_group`] is the id prefix a report's deals share
//!    (`RU-CN-su-35-`). Fusion never looks across deal groups, so fusing the reports of some
//!    groups alone gives exactly their deals in a fusion of everything: a store re-fuses only
//!    the groups new reports touch.
//!
//! # Example
//!
//! ```
//! use armscope_core::{Evidence, Quantity, Status, Transfer, TransferKind};
//! use armscope_fuse::{fuse, render, Report};
//!
//! let report = |doc: &str, text: &str, status, year| Report {
//!     doc_id: doc.into(),
//!     doc_url: None,
//!     published: None,
//!     transfer: Transfer {
//!         supplier: Some("RU".into()),
//!         recipient: Some("CN".into()),
//!         system: "Su-35".into(),
//!         system_id: None,
//!         family: Some("su-35".into()),
//!         category: None,
//!         kind: TransferKind::Sale,
//!         status: Some(status),
//!         quantity: Some(Quantity { value: 24, unit: None, qualifier: Default::default() }),
//!         value: None,
//!         order_year: year,
//!         delivery_years: None,
//!         hedged: false,
//!         evidence: Evidence { text: text.into(), start: 0, end: text.len() },
//!         field_spans: vec![],
//!     },
//! };
//! let deals = fuse(&[
//!     report("a", "Moscow and Beijing signed for 24 fighters in 2015.", Status::Ordered, Some(2015)),
//!     report("b", "The last of the 24 fighters has reached China.", Status::Delivered, None),
//! ]);
//! assert_eq!(deals.len(), 1);
//! assert_eq!(deals[0].id, "RU-CN-su-35-2015");
//! assert_eq!(deals[0].status.chosen, Some(Status::Delivered));
//! assert!(render::show(&deals[0]).contains("The last of the 24 fighters"));
//! ```

#![warn(missing_docs)]

mod assemble;
mod choose;
mod cluster;
mod compat;
mod copies;
mod model;
pub mod render;

use std::collections::HashMap;

pub use copies::Copies;
pub use model::{Deal, Field, Report, Reported, Source, SourceRef, Stage};

/// Fuses reports into deals (see the crate docs for the rule), every document independent.
///
/// Deterministic: the same set of reports in any order gives the same deals, ids and choices.
/// Deals come in group order (supplier, recipient, family, kind), then by cluster.
pub fn fuse(reports: &[Report]) -> Vec<Deal> {
    fuse_with(reports, &Copies::default())
}

/// Fuses reports into deals, counting the documents of one group of `copies` once when
/// support is counted, and marking each copy's source (`copy_of`).
pub fn fuse_with(reports: &[Report], copies: &Copies) -> Vec<Deal> {
    let mut deals = Vec::new();
    for (key, members) in cluster::groups(reports) {
        let mut ordinal = 0;
        for cluster in cluster::clusters(&members) {
            if cluster.order_year.is_none() {
                ordinal += 1;
            }
            deals.push(assemble::deal(&key, &cluster, ordinal, copies));
        }
    }
    unique_ids(&mut deals);
    deals
}

/// The deal group of a report: the prefix of the ids of the deals it can join
/// (`RU-CN-su-35-`). Fusion never looks across groups, so fusing all reports of some groups
/// gives exactly the deals those groups get when everything is fused: the unit of incremental
/// re-fusion.
pub fn deal_group(report: &Report) -> String {
    assemble::group_id(&cluster::group_key(report))
}

/// [`deal_group`] from the parts of a report it depends on: supplier, recipient, family key
/// (the family, or the system name trimmed and lower-cased when there is none) and kind. Lets
/// a store find which stored families can belong to a group without reading the reports.
pub fn deal_group_of(
    supplier: Option<&str>,
    recipient: Option<&str>,
    family_key: &str,
    kind: armscope_core::TransferKind,
) -> String {
    assemble::group_id(&cluster::GroupKey {
        supplier: supplier.map(str::to_owned),
        recipient: recipient.map(str::to_owned),
        family: family_key.to_owned(),
        kind,
    })
}

/// Families that slug alike ("S-400" and "s 400") could share an id: number the repeats.
fn unique_ids(deals: &mut [Deal]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for deal in deals.iter_mut() {
        let count = seen.entry(deal.id.clone()).or_default();
        *count += 1;
        if *count > 1 {
            deal.id = format!("{}.{}", deal.id, count);
        }
    }
}
