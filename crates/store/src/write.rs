//! Inserting one document with everything extracted from it, all or nothing.

use armscope_core::{Document, EntityMention, Event, PersonRole, Transfer};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use crate::codec::{enum_name, to_sql_int};
use crate::error::{SqlContext, StoreError};
use crate::near_dup::Cache;
use crate::prepared::{Prepared, TextKeys};
use crate::Inserted;

/// Stores one document in a transaction of its own (see [`Batch`] for several).
#[allow(clippy::too_many_arguments)]
pub(crate) fn insert_document(
    conn: &mut Connection,
    cache: &mut Cache,
    doc: &Document,
    keys: &TextKeys,
    mentions: &[EntityMention],
    transfers: &[Transfer],
    events: &[Event],
    roles: &[PersonRole],
) -> Result<Inserted, StoreError> {
    // IMMEDIATE takes the write lock now: the duplicate checks and the inserts then see
    // the same state, and a concurrent writer waits (busy timeout) instead of failing
    // with SQLITE_BUSY when a deferred transaction tries to upgrade.
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .with_context(|| format!("starting to insert document {:?}", doc.id))?;
    // Dropping `tx` on any early return or error rolls everything back.
    let inserted = insert_in(
        &tx, cache, &mut false, doc, keys, mentions, transfers, events, roles,
    );
    let done = inserted.and_then(|inserted| {
        tx.commit()
            .with_context(|| format!("committing document {:?}", doc.id))?;
        Ok(inserted)
    });
    match done {
        Ok(_) => cache.commit(),
        Err(_) => cache.rollback(),
    }
    done
}

/// Several documents in one transaction: nothing is visible to other connections (or
/// survives a crash) before [`Batch::commit`], and then all of it is. Dropping a batch without
/// committing it stores none of its documents.
///
/// A document that is refused before anything of it is written (a duplicate, an id taken, a
/// value that cannot be stored) leaves the batch as it was. A failure after its first row was
/// written (an SQLite error) *spoils* the batch ([`Batch::is_spoiled`]): that document is half
/// in the transaction, so nothing more is accepted and committing fails; the caller drops the
/// batch (rolling all of it back) and stores its documents again one transaction each, which
/// rolls back only the failing one. No savepoint per document: its statement journal copied
/// every page a document touched again, about a sixth of the cost of storing.
///
/// One commit for many documents is what makes a large ingest fast: a transaction costs
/// far more than the rows of one article.
#[derive(Debug)]
pub struct Batch<'s> {
    tx: Option<Transaction<'s>>,
    cache: &'s mut Cache,
    /// A document failed after its first write: the transaction holds part of it.
    spoiled: bool,
    documents: usize,
}

impl<'s> Batch<'s> {
    pub(crate) fn begin(
        conn: &'s mut Connection,
        cache: &'s mut Cache,
    ) -> Result<Batch<'s>, StoreError> {
        cache.rollback();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("starting a batch of documents")?;
        Ok(Batch {
            tx: Some(tx),
            cache,
            spoiled: false,
            documents: 0,
        })
    }

    /// [`crate::Store::insert_document_with_events`] inside the batch. On an error, see
    /// [`Batch::is_spoiled`] for whether the batch can go on.
    pub fn insert_document_with_events(
        &mut self,
        doc: &Document,
        mentions: &[EntityMention],
        transfers: &[Transfer],
        events: &[Event],
        roles: &[PersonRole],
    ) -> Result<Inserted, StoreError> {
        let keys = TextKeys::of(&doc.text);
        self.insert_with_keys(doc, &keys, mentions, transfers, events, roles)
    }

    /// [`Batch::insert_document_with_events`] of a document whose text was hashed and
    /// shingled beforehand (on another thread, say).
    pub fn insert_prepared(
        &mut self,
        prepared: &Prepared,
        mentions: &[EntityMention],
        transfers: &[Transfer],
        events: &[Event],
        roles: &[PersonRole],
    ) -> Result<Inserted, StoreError> {
        let doc = prepared.document();
        self.insert_with_keys(doc, prepared.keys(), mentions, transfers, events, roles)
    }

    fn insert_with_keys(
        &mut self,
        doc: &Document,
        keys: &TextKeys,
        mentions: &[EntityMention],
        transfers: &[Transfer],
        events: &[Event],
        roles: &[PersonRole],
    ) -> Result<Inserted, StoreError> {
        let tx = match &self.tx {
            Some(tx) if !self.spoiled => tx,
            _ => return Err(spoiled()),
        };
        let mut wrote = false;
        match insert_in(
            tx, self.cache, &mut wrote, doc, keys, mentions, transfers, events, roles,
        ) {
            Ok(inserted) => {
                self.cache.document_done();
                if inserted == Inserted::New {
                    self.documents += 1;
                }
                Ok(inserted)
            }
            Err(err) => {
                self.cache.document_failed();
                self.spoiled = wrote;
                Err(err)
            }
        }
    }

    /// Whether a document failed half-written: the batch then accepts nothing more and
    /// cannot be committed, only dropped.
    pub fn is_spoiled(&self) -> bool {
        self.spoiled
    }

    /// New documents inserted in this batch so far.
    pub fn len(&self) -> usize {
        self.documents
    }

    /// Whether no new document was inserted yet.
    pub fn is_empty(&self) -> bool {
        self.documents == 0
    }

    /// Commits every document inserted without error; refused (and rolled back) when the
    /// batch is spoiled.
    pub fn commit(mut self) -> Result<(), StoreError> {
        let tx = self.tx.take().expect("a batch commits once");
        if self.spoiled {
            self.cache.rollback();
            return Err(spoiled());
        }
        match tx.commit().context("committing a batch of documents") {
            Ok(()) => {
                self.cache.commit();
                Ok(())
            }
            Err(e) => {
                self.cache.rollback();
                Err(e)
            }
        }
    }
}

fn spoiled() -> StoreError {
    StoreError::Corrupt {
        what: "a batch in which a document failed half-written (drop it and store its documents one at a time)".into(),
    }
}

impl Drop for Batch<'_> {
    fn drop(&mut self) {
        if self.tx.is_some() {
            // The transaction rolls back as it drops; so does what the cache learnt in it.
            self.cache.rollback();
        }
    }
}

/// The statements of one document's insert, inside the caller's transaction; the caller
/// rolls back on error. `wrote` is set once the first row is written: an error before it
/// left the transaction untouched. What can be refused without SQLite (values JSON cannot
/// hold) is checked before that.
#[allow(clippy::too_many_arguments)]
fn insert_in(
    tx: &Transaction<'_>,
    cache: &mut Cache,
    wrote: &mut bool,
    doc: &Document,
    keys: &TextKeys,
    mentions: &[EntityMention],
    transfers: &[Transfer],
    events: &[Event],
    roles: &[PersonRole],
) -> Result<Inserted, StoreError> {
    let hash = &keys.hash;
    if let Some(existing_id) = id_with_hash(tx, hash)? {
        return Ok(Inserted::Duplicate { existing_id });
    }
    if let Some(stored_hash) = hash_of_id(tx, &doc.id)? {
        return Err(StoreError::DocumentIdTaken {
            id: doc.id.clone(),
            stored_hash,
            new_hash: hash.clone(),
        });
    }
    storable(doc, transfers, events)?;
    *wrote = true;
    let key = insert_document_row(tx, doc, hash)?;
    for (ordinal, mention) in mentions.iter().enumerate() {
        insert_mention(tx, key, ordinal, mention, &doc.id)?;
    }
    for (ordinal, transfer) in transfers.iter().enumerate() {
        insert_transfer(tx, key, ordinal, transfer, &doc.id)?;
    }
    crate::near_dup::index(tx, cache, key, &keys.shingled, &keys.print)?;
    crate::events::insert(tx, key, &doc.id, events, roles)?;
    Ok(Inserted::New)
}

fn id_with_hash(tx: &Transaction<'_>, hash: &str) -> Result<Option<String>, StoreError> {
    tx.prepare_cached("SELECT id FROM documents WHERE hash = ?1")
        .and_then(|mut stmt| stmt.query_row([hash], |row| row.get(0)).optional())
        .context("looking up a document by content hash")
}

fn hash_of_id(tx: &Transaction<'_>, id: &str) -> Result<Option<String>, StoreError> {
    tx.prepare_cached("SELECT hash FROM documents WHERE id = ?1")
        .and_then(|mut stmt| stmt.query_row([id], |row| row.get(0)).optional())
        .with_context(|| format!("looking up document id {id:?}"))
}

fn insert_document_row(
    tx: &Transaction<'_>,
    doc: &Document,
    hash: &str,
) -> Result<i64, StoreError> {
    let format = enum_name(&doc.format).ok_or_else(|| StoreError::Unstorable {
        doc_id: doc.id.clone(),
        what: format!("format {:?}", doc.format),
    })?;
    let published = doc.published.map(|date| date.to_string());
    let ingested_at = jiff::Timestamp::now().to_string();
    tx.prepare_cached(
        "INSERT INTO documents (id, hash, url, title, published, source, format, text, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         RETURNING key",
    )
    .and_then(|mut stmt| {
        stmt.query_row(
            params![
                doc.id,
                hash,
                doc.url,
                doc.title,
                published,
                doc.source,
                format,
                doc.text,
                ingested_at
            ],
            |row| row.get(0),
        )
    })
    .with_context(|| format!("inserting document {:?}", doc.id))
}

fn insert_mention(
    tx: &Transaction<'_>,
    key: i64,
    ordinal: usize,
    mention: &EntityMention,
    doc_id: &str,
) -> Result<(), StoreError> {
    let start = to_sql_int(mention.span.start, "mention start", doc_id)?;
    let end = to_sql_int(mention.span.end, "mention end", doc_id)?;
    let ordinal_sql = to_sql_int(ordinal, "mention ordinal", doc_id)?;
    tx.prepare_cached(
        "INSERT INTO mentions (doc_key, ordinal, span_start, span_end, kind, entity_id, name, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            key,
            ordinal_sql,
            start,
            end,
            mention.kind.as_str(),
            mention.id,
            mention.name,
            mention.rule
        ])
    })
    .with_context(|| format!("inserting mention {ordinal} of document {doc_id:?}"))?;
    Ok(())
}

/// What SQLite would take but could not be read back, refused before anything is written.
fn storable(doc: &Document, transfers: &[Transfer], events: &[Event]) -> Result<(), StoreError> {
    for (ordinal, transfer) in transfers.iter().enumerate() {
        finite(ordinal, transfer, &doc.id)?;
    }
    events
        .iter()
        .try_for_each(|event| crate::events::finite(event, &doc.id))
}

/// serde_json writes a NaN or infinite amount as `null`, which would not read back.
fn finite(ordinal: usize, transfer: &Transfer, doc_id: &str) -> Result<(), StoreError> {
    match transfer
        .value
        .as_ref()
        .filter(|money| !money.amount.is_finite())
    {
        Some(money) => Err(StoreError::Unstorable {
            doc_id: doc_id.to_owned(),
            what: format!(
                "transfer {ordinal}: amount {} is not a finite number",
                money.amount
            ),
        }),
        None => Ok(()),
    }
}

fn insert_transfer(
    tx: &Transaction<'_>,
    key: i64,
    ordinal: usize,
    transfer: &Transfer,
    doc_id: &str,
) -> Result<(), StoreError> {
    finite(ordinal, transfer, doc_id)?;
    let json = serde_json::to_string(transfer).map_err(|err| StoreError::Unstorable {
        doc_id: doc_id.to_owned(),
        what: format!("transfer {ordinal} as JSON: {err}"),
    })?;
    let ordinal_sql = to_sql_int(ordinal, "transfer ordinal", doc_id)?;
    tx.prepare_cached(
        "INSERT INTO transfers (doc_key, ordinal, supplier, recipient, system, system_id, family,
                                kind, status, order_year, value_usd, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            key,
            ordinal_sql,
            transfer.supplier,
            transfer.recipient,
            transfer.system,
            transfer.system_id,
            transfer.family,
            transfer.kind.as_str(),
            transfer.status.map(|status| status.as_str()),
            transfer.order_year,
            transfer.value.as_ref().and_then(|money| money.usd()),
            json
        ])
    })
    .with_context(|| format!("inserting transfer {ordinal} of document {doc_id:?}"))?;
    Ok(())
}
