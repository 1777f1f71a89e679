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

use armscope_core::TransferKind;
use armscope_fuse::{deal_group, deal_group_of, fuse_with, Copies, Deal, Report};
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

/// Every transfer kind, for the group ids a family can have.
const KINDS: [TransferKind; 4] = [
    TransferKind::Sale,
    TransferKind::Licence,
    TransferKind::Assistance,
    TransferKind::JointDevelopment,
];

/// Fails to compile when a kind is added and not listed in [`KINDS`].
#[allow(dead_code)]
fn every_kind_is_listed(kind: TransferKind) {
    match kind {
        TransferKind::Sale
        | TransferKind::Licence
        | TransferKind::Assistance
        | TransferKind::JointDevelopment => {}
    }
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
    let pending = tx.pending_count()?;
    if pending == 0 {
        tx.commit()?;
        return Ok(done);
    }
    // A new link always has a pending document at one end, and links count only among one
    // deal's documents: the deals a new link changes hold a pending document, so the pending
    // documents' groups are all that needs fusing again.
    done.documents = pending;
    // Touched groups by party pair, from one pass over the pending transfers: only the group
    // names are kept, however many documents are pending.
    type Parties = (Option<String>, Option<String>);
    let mut touched: BTreeMap<Parties, BTreeSet<String>> = BTreeMap::new();
    tx.each_pending_transfer(|stored| {
        let report = report(stored);
        let group = deal_group(&report);
        let parties = (report.transfer.supplier, report.transfer.recipient);
        touched.entry(parties).or_default().insert(group);
    })?;
    // A deal group holds one supplier and recipient, and its id follows from the family key
    // and kind: one party pair at a time, the families (from the index) whose groups are
    // touched are read, and only the near-duplicate links among those transfers' documents.
    // Memory and reading are bounded by the touched groups of one pair, not by the store.
    for ((supplier, recipient), groups) in &touched {
        let (supplier, recipient) = (supplier.as_deref(), recipient.as_deref());
        let mut stored: Vec<StoredTransfer> = Vec::new();
        for (family, system) in tx.families_between(supplier, recipient)? {
            let key = match (&family, &system) {
                (Some(family), _) => family.clone(),
                (None, system) => system.as_deref().unwrap_or("").trim().to_lowercase(),
            };
            let touches = KINDS
                .iter()
                .any(|&kind| groups.contains(&deal_group_of(supplier, recipient, &key, kind)));
            if touches {
                stored.extend(tx.transfers_of_family(
                    supplier,
                    recipient,
                    family.as_deref(),
                    system.as_deref(),
                )?);
            }
        }
        // The order one query over the pair gave: by document, then position.
        stored.sort_by(|a, b| (&a.doc_id, a.ordinal).cmp(&(&b.doc_id, b.ordinal)));
        let mut members: BTreeMap<String, Vec<Report>> = BTreeMap::new();
        for stored in stored {
            let report = report(stored);
            let group = deal_group(&report);
            if groups.contains(&group) {
                members.entry(group).or_default().push(report);
            }
        }
        // Links outside a deal's documents are never followed (`Copies`): the links among
        // the members' documents are all the fusion can use.
        let docs: BTreeSet<&str> = members
            .values()
            .flatten()
            .map(|r| r.doc_id.as_str())
            .collect();
        let copies = Copies::new(tx.near_duplicate_pairs_among(&docs)?);
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
    }
    tx.commit()?;
    Ok(done)
}

/// [`update`], unless another process (an ingest) holds the write lock past the busy
/// timeout: then `None`, and the stored register stays as last fused, whole. Readers use this,
/// so they answer during a long ingest instead of failing; the documents not fused in yet stay
/// pending ([`Store::pending_fusion`]) for the next update.
pub fn update_unless_busy(store: &mut Store) -> Result<Option<Update>, RegisterError> {
    match update(store) {
        Ok(done) => Ok(Some(done)),
        Err(RegisterError::Store(e)) if e.is_busy() => Ok(None),
        Err(e) => Err(e),
    }
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
    store.deals()?.into_iter().map(parse).collect()
}

/// The register brought up to date (unless another process is writing: see
/// [`update_unless_busy`]), then read one deal at a time, in [`load`] order: memory holds one
/// deal, however large the register. Stops at the first error `each` returns.
pub fn each_deal<E: From<RegisterError>>(
    store: &mut Store,
    mut each: impl FnMut(Deal) -> Result<(), E>,
) -> Result<(), E> {
    /// Why reading stopped: the store (or a stored deal) failed, or the caller said so.
    enum Stop<E> {
        Register(RegisterError),
        Caller(E),
    }
    impl<E> From<StoreError> for Stop<E> {
        fn from(e: StoreError) -> Self {
            Stop::Register(e.into())
        }
    }
    update_unless_busy(store)?;
    store
        .each_deal(|stored| {
            let deal = parse(stored).map_err(Stop::Register)?;
            each(deal).map_err(Stop::Caller)
        })
        .map_err(|stop| match stop {
            Stop::Register(e) => e.into(),
            Stop::Caller(e) => e,
        })
}

fn parse(stored: armscope_store::StoredDeal) -> Result<Deal, RegisterError> {
    serde_json::from_str(&stored.json).map_err(|source| RegisterError::Corrupt {
        id: stored.id,
        source,
    })
}

/// The register brought up to date (unless another process is writing: see
/// [`update_unless_busy`]), then read.
pub fn deals(store: &mut Store) -> Result<Vec<Deal>, RegisterError> {
    update_unless_busy(store)?;
    load(store)
}
