//! The register kept in the store, up to date after every ingest without fusing everything.
//!
//! [`update`] runs in one transaction of the store ([`armscope_store::DealsUpdate`]):
//!
//! 1. documents stored before near-duplicate detection existed are indexed;
//! 2. the *pending* documents are the ones stored since the last update (`fusion_pending`,
//!    filled by a trigger when a document is stored); a new near-duplicate link always has one
//!    of them at one end, and links count only among the documents of one deal, so a deal
//!    that a new link changes holds a pending document;
//! 3. the *touched deal groups* are the [`armscope_fuse::deal_group`]s of their transfers;
//! 4. each touched group is fused again from all its stored transfers, with the near-duplicate
//!    links as [`Copies`], and its deals replace the group's rows: a deal that comes out the
//!    same keeps its row and `updated_at`, the deals of untouched groups are not read at all.
//!
//! Fusing a group alone gives the deals a fusion of everything would give it (see
//! `armscope_fuse::deal_group`), so the register never depends on how documents were split
//! between ingest runs. A crash before the commit leaves the old register and the pending
//! documents: the next update does the work.

#![warn(missing_docs)]

use std::collections::{BTreeMap, BTreeSet};

use armscope_fuse::{deal_group, fuse_with, Copies, Deal, Report};
use armscope_store::{DealRow, Store, StoreError, StoredTransfer};

/// What can go wrong while updating or reading the register.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RegisterError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A stored deal does not read back as a deal.
    #[error("stored deal {id:?} is not a readable deal")]
    Corrupt {
        /// The deal id.
        id: String,
        /// What the JSON parser said.
        #[source]
        source: serde_json::Error,
    },
    /// A deal could not be written as JSON (a non-finite amount).
    #[error("deal {id:?} cannot be stored as JSON")]
    Unstorable {
        /// The deal id.
        id: String,
        /// What the JSON writer said.
        #[source]
        source: serde_json::Error,
    },
}

/// What an [`update`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Update {
    /// Documents stored before detection existed, now indexed for near-duplicates.
    pub indexed: usize,
    /// Documents stored since the last update, whose deal groups were fused again.
    pub documents: usize,
    /// Deal groups fused again.
    pub groups: usize,
    /// Deals inserted or changed.
    pub written: usize,
    /// Deals of touched groups that came out the same.
    pub kept: usize,
    /// Deals that disappeared.
    pub removed: usize,
}

impl std::fmt::Display for Update {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "register: {} deal group(s) re-fused, deals written {}, unchanged {}, removed {}",
            self.groups, self.written, self.kept, self.removed
        )
    }
}

/// A stored transfer as fusion reads it.
pub fn report(stored: StoredTransfer) -> Report {
    Report {
        doc_id: stored.doc_id,
        doc_url: stored.doc_url,
        published: stored.published,
        transfer: stored.transfer,
    }
}

/// Re-fuses the deal groups touched since the last update (see the crate docs).
pub fn update(store: &mut Store) -> Result<Update, RegisterError> {
    // Nothing pending means nothing to do (documents from before near-duplicate detection are
    // pending since the migration): no write lock, so reading a read-only file still works.
    if store.pending_fusion()? == 0 {
        return Ok(Update::default());
    }
    let tx = store.begin_deals_update()?;
    let mut done = Update {
        indexed: tx.index_unsigned()?,
        ..Update::default()
    };
    let pending: BTreeSet<String> = tx.pending_documents()?.into_iter().collect();
    if pending.is_empty() {
        tx.commit()?;
        return Ok(done);
    }
    // A new link always has a pending document at one end, and links count only among one
    // deal's documents: the deals a new link changes hold a pending document, so the pending
    // documents' groups are all that needs fusing again.
    done.documents = pending.len();
    let mut groups: BTreeSet<String> = BTreeSet::new();
    let mut parties: BTreeSet<(Option<String>, Option<String>)> = BTreeSet::new();
    for doc in &pending {
        for stored in tx.transfers_of(doc)? {
            let report = report(stored);
            groups.insert(deal_group(&report));
            parties.insert((
                report.transfer.supplier.clone(),
                report.transfer.recipient.clone(),
            ));
        }
    }
    // A deal group holds one supplier and recipient: reading by party pair (indexed) finds all
    // of a group's transfers without reading the rest of the store.
    let mut members: BTreeMap<String, Vec<Report>> = BTreeMap::new();
    for (supplier, recipient) in &parties {
        for stored in tx.transfers_between(supplier.as_deref(), recipient.as_deref())? {
            let report = report(stored);
            let group = deal_group(&report);
            if groups.contains(&group) {
                members.entry(group).or_default().push(report);
            }
        }
    }
    let copies = Copies::new(tx.near_duplicate_pairs()?);
    for (group, reports) in &members {
        let rows = fuse_with(reports, &copies)
            .into_iter()
            .map(row)
            .collect::<Result<Vec<_>, _>>()?;
        let write = tx.replace_group(group, &rows)?;
        done.groups += 1;
        done.written += write.written;
        done.kept += write.kept;
        done.removed += write.removed;
    }
    tx.commit()?;
    Ok(done)
}

fn row(deal: Deal) -> Result<DealRow, RegisterError> {
    let json = serde_json::to_string(&deal).map_err(|source| RegisterError::Unstorable {
        id: deal.id.clone(),
        source,
    })?;
    Ok(DealRow {
        id: deal.id,
        supplier: deal.supplier,
        recipient: deal.recipient,
        json,
    })
}

/// The stored register as it is, by deal group (no update).
pub fn load(store: &Store) -> Result<Vec<Deal>, RegisterError> {
    store
        .deals()?
        .into_iter()
        .map(|stored| {
            serde_json::from_str(&stored.json).map_err(|source| RegisterError::Corrupt {
                id: stored.id,
                source,
            })
        })
        .collect()
}

/// The register brought up to date, then read.
pub fn deals(store: &mut Store) -> Result<Vec<Deal>, RegisterError> {
    update(store)?;
    load(store)
}
