//! The persisted register: one row per fused deal, and the transaction that brings it up to
//! date. The store does not fuse: the caller reads what changed, fuses, and writes the deals
//! of each touched group back; deals are opaque JSON here, with their id and group.

use std::collections::HashMap;

use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use serde::Serialize;

use crate::codec::{from_sql_int, to_sql_int};
use crate::error::{SqlContext, StoreError};
use crate::near_dup;
use crate::read::transfers_where;
use crate::StoredTransfer;

/// A family (`Some`, system `None`), or the system of transfers without a family.
pub type FamilyOrSystem = (Option<String>, Option<String>);

/// One deal as stored.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StoredDeal {
    /// The deal id.
    pub id: String,
    /// The group the deal was fused in; the unit of re-fusion.
    pub group_key: String,
    /// The deal, as the caller serialised it.
    pub json: String,
    /// When the row last changed (RFC 3339, UTC). A re-fusion that gives the same deal keeps it.
    pub updated_at: String,
}

/// One deal to write.
#[derive(Clone, Debug, PartialEq)]
pub struct DealRow {
    /// The deal id, unique over the register.
    pub id: String,
    /// Supplier code, for queries.
    pub supplier: Option<String>,
    /// Recipient code, for queries.
    pub recipient: Option<String>,
    /// The whole deal as JSON.
    pub json: String,
}

/// What [`DealsUpdate::replace_group`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct GroupWrite {
    /// Deals inserted or changed.
    pub written: usize,
    /// Deals that came out the same and were left alone.
    pub kept: usize,
    /// Deals that no longer exist.
    pub removed: usize,
}

/// An update of the register, in one IMMEDIATE transaction: readers see the old register or
/// the new one, never half of it; dropping it without [`DealsUpdate::commit`] changes nothing.
#[derive(Debug)]
pub struct DealsUpdate<'s> {
    tx: Transaction<'s>,
}

impl<'s> DealsUpdate<'s> {
    pub(crate) fn begin(conn: &'s mut Connection) -> Result<DealsUpdate<'s>, StoreError> {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a register update")?;
        Ok(DealsUpdate { tx })
    }

    /// Finds the near-duplicates of documents stored before detection existed; returns how
    /// many documents it indexed.
    pub fn index_unsigned(&self) -> Result<usize, StoreError> {
        near_dup::index_unsigned(&self.tx, &mut near_dup::Cache::default())
    }

    /// Ids of the documents stored since the last committed update.
    pub fn pending_documents(&self) -> Result<Vec<String>, StoreError> {
        self.tx
            .prepare_cached(
                "SELECT d.id FROM fusion_pending p JOIN documents d ON d.key = p.doc_key
                 ORDER BY d.id",
            )
            .and_then(|mut stmt| {
                stmt.query_map([], |row| row.get(0))?
                    .collect::<rusqlite::Result<Vec<String>>>()
            })
            .context("listing documents pending fusion")
    }

    /// How many documents are pending.
    pub fn pending_count(&self) -> Result<usize, StoreError> {
        pending(&self.tx)
    }

    /// Calls `each` with every transfer of the pending documents, in no particular order,
    /// one at a time (nothing is collected, however many are pending).
    pub fn each_pending_transfer(
        &self,
        each: impl FnMut(StoredTransfer),
    ) -> Result<(), StoreError> {
        crate::read::each_transfer_where(
            &self.tx,
            "t.doc_key IN (SELECT doc_key FROM fusion_pending)",
            [],
            each,
        )
    }

    /// The distinct families (`Some`) of the transfers with this supplier and recipient, and
    /// the distinct system names of those without a family (`None` family), from the index
    /// without reading the transfers themselves (bar the system of family-less ones).
    pub fn families_between(
        &self,
        supplier: Option<&str>,
        recipient: Option<&str>,
    ) -> Result<Vec<FamilyOrSystem>, StoreError> {
        self.tx
            .prepare_cached(
                "SELECT DISTINCT family, NULL FROM transfers
                 WHERE supplier IS ?1 AND recipient IS ?2 AND family IS NOT NULL
                 UNION ALL
                 SELECT DISTINCT NULL, system FROM transfers
                 WHERE supplier IS ?1 AND recipient IS ?2 AND family IS NULL",
            )
            .and_then(|mut stmt| {
                stmt.query_map(params![supplier, recipient], |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })?
                .collect()
            })
            .context("listing the families of a party pair")
    }

    /// The transfers with this supplier, recipient and family (`family` `None`: those without
    /// one, then only those of `system`), ordered by document id, then position.
    pub fn transfers_of_family(
        &self,
        supplier: Option<&str>,
        recipient: Option<&str>,
        family: Option<&str>,
        system: Option<&str>,
    ) -> Result<Vec<StoredTransfer>, StoreError> {
        transfers_where(
            &self.tx,
            "t.supplier IS ?1 AND t.recipient IS ?2 AND t.family IS ?3 AND (?4 IS NULL OR t.system = ?4)",
            params![supplier, recipient, family, system],
        )
    }

    /// The near-duplicate links (later, earlier) with both ends among `docs` (document ids).
    pub fn near_duplicate_pairs_among(
        &self,
        docs: &std::collections::BTreeSet<&str>,
    ) -> Result<Vec<[String; 2]>, StoreError> {
        let mut stmt = self
            .tx
            .prepare_cached(
                "SELECT b.id FROM documents a
                 JOIN near_duplicates n ON n.doc_key = a.key
                 JOIN documents b ON b.key = n.other_key
                 WHERE a.id = ?1",
            )
            .context("preparing the near-duplicates of a document")?;
        let mut pairs = Vec::new();
        for &doc in docs {
            let earlier = stmt
                .query_map([doc], |row| row.get::<_, String>(0))
                .and_then(|rows| rows.collect::<rusqlite::Result<Vec<String>>>())
                .context("listing the near-duplicates of a document")?;
            pairs.extend(
                earlier
                    .into_iter()
                    .filter(|other| docs.contains(other.as_str()))
                    .map(|other| [doc.to_owned(), other]),
            );
        }
        Ok(pairs)
    }

    /// Every near-duplicate link as a pair of document ids (later, earlier).
    pub fn near_duplicate_pairs(&self) -> Result<Vec<[String; 2]>, StoreError> {
        near_dup::pairs(&self.tx)
    }

    /// The transfers of one document.
    pub fn transfers_of(&self, doc_id: &str) -> Result<Vec<StoredTransfer>, StoreError> {
        transfers_where(&self.tx, "d.id = ?1", [doc_id])
    }

    /// Every transfer with this supplier and recipient (`None` matches an unknown one).
    pub fn transfers_between(
        &self,
        supplier: Option<&str>,
        recipient: Option<&str>,
    ) -> Result<Vec<StoredTransfer>, StoreError> {
        transfers_where(
            &self.tx,
            "t.supplier IS ?1 AND t.recipient IS ?2",
            params![supplier, recipient],
        )
    }

    /// Makes `deals` (in fusion order) the whole of group `group_key`: a deal whose JSON and
    /// position are unchanged keeps its row and `updated_at`; a deal of the group that is not
    /// in `deals` is deleted.
    pub fn replace_group(
        &self,
        group_key: &str,
        deals: &[DealRow],
    ) -> Result<GroupWrite, StoreError> {
        let context = || format!("replacing the deals of group {group_key:?}");
        let existing: HashMap<String, (String, i64)> = self
            .tx
            .prepare_cached("SELECT id, json, ordinal FROM deals WHERE group_key = ?1")
            .and_then(|mut stmt| {
                stmt.query_map([group_key], |row| {
                    Ok((row.get(0)?, (row.get(1)?, row.get(2)?)))
                })?
                .collect()
            })
            .with_context(context)?;
        let now = jiff::Timestamp::now().to_string();
        let mut write = GroupWrite::default();
        for (ordinal, deal) in deals.iter().enumerate() {
            let ordinal = to_sql_int(ordinal, "deal ordinal", &deal.id)?;
            if existing.get(&deal.id) == Some(&(deal.json.clone(), ordinal)) {
                write.kept += 1;
                continue;
            }
            self.tx
                .prepare_cached(
                    "INSERT INTO deals (id, group_key, ordinal, supplier, recipient, json, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT (id) DO UPDATE SET
                        group_key = excluded.group_key, ordinal = excluded.ordinal,
                        supplier = excluded.supplier, recipient = excluded.recipient,
                        json = excluded.json, updated_at = excluded.updated_at",
                )
                .and_then(|mut stmt| {
                    stmt.execute(params![
                        deal.id,
                        group_key,
                        ordinal,
                        deal.supplier,
                        deal.recipient,
                        deal.json,
                        now
                    ])
                })
                .with_context(|| format!("writing deal {:?}", deal.id))?;
            write.written += 1;
        }
        for id in existing.keys() {
            if deals.iter().all(|d| &d.id != id) {
                self.tx
                    .prepare_cached("DELETE FROM deals WHERE id = ?1")
                    .and_then(|mut stmt| stmt.execute([id]))
                    .with_context(|| format!("removing deal {id:?}"))?;
                write.removed += 1;
            }
        }
        Ok(write)
    }

    /// Marks every pending document fused and commits the update.
    pub fn commit(self) -> Result<(), StoreError> {
        self.tx
            .execute("DELETE FROM fusion_pending", [])
            .context("clearing documents pending fusion")?;
        self.tx.commit().context("committing a register update")
    }
}

/// Every stored deal, by group, then position in the group.
pub(crate) fn deals(conn: &Connection) -> Result<Vec<StoredDeal>, StoreError> {
    conn.prepare_cached(
        "SELECT id, group_key, json, updated_at FROM deals ORDER BY group_key, ordinal",
    )
    .and_then(|mut stmt| {
        stmt.query_map([], |row| {
            Ok(StoredDeal {
                id: row.get(0)?,
                group_key: row.get(1)?,
                json: row.get(2)?,
                updated_at: row.get(3)?,
            })
        })?
        .collect()
    })
    .context("listing deals")
}

/// Calls `each` with every stored deal, in [`deals`] order, one at a time; stops at the first
/// error `each` returns.
pub(crate) fn each_deal<E: From<StoreError>>(
    conn: &Connection,
    mut each: impl FnMut(StoredDeal) -> Result<(), E>,
) -> Result<(), E> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, group_key, json, updated_at FROM deals ORDER BY group_key, ordinal",
        )
        .context("listing deals")?;
    let mut rows = stmt.query([]).context("listing deals")?;
    while let Some(row) = rows.next().context("listing deals")? {
        let deal = (|| {
            Ok::<_, rusqlite::Error>(StoredDeal {
                id: row.get(0)?,
                group_key: row.get(1)?,
                json: row.get(2)?,
                updated_at: row.get(3)?,
            })
        })()
        .context("listing deals")?;
        each(deal)?;
    }
    Ok(())
}

/// How many documents wait to be fused.
pub(crate) fn pending(conn: &Connection) -> Result<usize, StoreError> {
    let n: i64 = conn
        .query_row("SELECT count(*) FROM fusion_pending", [], |row| row.get(0))
        .context("counting documents pending fusion")?;
    from_sql_int(n, "pending count")
}
