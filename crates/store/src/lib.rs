//! SQLite storage of armscope's documents, the entity mentions found in them and the
//! transfers extracted from them.
//!
//! One [`Store`] wraps one SQLite connection. A document and everything extracted from it
//! are written in one transaction: a reader sees all of it or none of it. Documents are
//! identified by the blake3 hash of their text, so ingesting the same article twice stores
//! it once ([`Inserted::Duplicate`]); an id that comes back with *different* text is refused
//! with [`StoreError::DocumentIdTaken`] and the first version is kept, so nothing is
//! silently overwritten.
//!
//! ```
//! use armscope_core::{Document, SourceFormat};
//! use armscope_store::{Inserted, Store};
//!
//! # fn main() -> Result<(), armscope_store::StoreError> {
//! let mut store = Store::open_in_memory()?;
//! let doc = Document {
//!     id: "a1".into(),
//!     url: None,
//!     title: Some("Su-35 to Egypt".into()),
//!     published: Some(jiff::civil::date(2024, 3, 5)),
//!     source: "news/a1.txt".into(),
//!     format: SourceFormat::Text,
//!     text: "Egypt ordered Su-35 fighters.".into(),
//! };
//! assert_eq!(store.insert_document(&doc, &[], &[])?, Inserted::New);
//! // Same text again: nothing changes.
//! assert!(matches!(store.insert_document(&doc, &[], &[])?, Inserted::Duplicate { .. }));
//! assert_eq!(store.counts()?.documents, 1);
//! assert_eq!(store.document("a1")?, Some(doc));
//! # Ok(())
//! # }
//! ```
//!
//! # Schema
//!
//! Numbered migrations (`migrations/NNNN_*.sql`) are applied in order in one transaction
//! and tracked with `PRAGMA user_version`; a file from a newer build is refused
//! ([`StoreError::NewerSchema`]). Tables: `documents`, `mentions` and `transfers` (0001), the
//! near-duplicate index and stored deals (0002), `events` (other events and people's roles, JSON
//! per row, 0003). The
//! columns queries filter on (supplier, recipient, family, status, year, dollar value…) are
//! real columns; `transfers.json` holds the whole [`Transfer`] so nothing is lost.
//!
//! 0002 adds near-duplicate detection and the persisted register. Storing a document also
//! stores its MinHash signature and LSH band keys (`doc_signatures`, `doc_bands`), compares it
//! exactly with the stored documents that share a band key, and links the near-duplicates
//! (`near_duplicates`), all in the document's transaction. A trigger marks every new document
//! pending in `fusion_pending`; [`DealsUpdate`] rewrites the `deals` of the groups they touch.

#![warn(missing_docs)]

mod codec;
mod deals;
mod error;
mod events;
mod migrate;
mod near_dup;
mod prepared;
mod read;
mod write;

use std::path::Path;

use armscope_core::{Document, EntityMention, Event, PersonRole, Transfer};
use rusqlite::Connection;
use serde::Serialize;

pub use deals::{DealRow, DealsUpdate, FamilyOrSystem, GroupWrite, StoredDeal};
pub use error::StoreError;
pub use migrate::SCHEMA_VERSION;
pub use near_dup::NearDuplicate;
pub use prepared::Prepared;
pub use write::Batch;

/// An open armscope database: one SQLite connection with the schema up to date.
///
/// Open one `Store` per thread; several may use the same file at once (WAL mode: readers
/// never block, writers wait up to 5 s for each other).
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    /// What near-duplicate detection keeps between documents (see `near_dup::Cache`).
    cache: near_dup::Cache,
}

/// What [`Store::insert_document`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum Inserted {
    /// The document and its mentions and transfers were stored.
    New,
    /// A document with the same text is already stored (maybe under another id);
    /// nothing changed.
    Duplicate {
        /// Id of the stored document with that text.
        existing_id: String,
    },
}

/// One line of the document list: everything but the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentSummary {
    /// The document's id.
    pub id: String,
    /// Where it was published.
    pub url: Option<String>,
    /// Its headline.
    pub title: Option<String>,
    /// Its publication date.
    pub published: Option<jiff::civil::Date>,
    /// The path (and line) it was read from.
    pub source: String,
    /// blake3 hash of its text, lowercase hex.
    pub hash: String,
    /// How many transfers were extracted from it.
    pub transfers: usize,
}

/// A stored transfer with the document it came from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StoredTransfer {
    /// Id of the document that reports the transfer.
    pub doc_id: String,
    /// That document's URL.
    pub doc_url: Option<String>,
    /// That document's headline.
    pub doc_title: Option<String>,
    /// That document's publication date.
    pub published: Option<jiff::civil::Date>,
    /// Position of the transfer among the document's transfers, from 0.
    pub ordinal: usize,
    /// The transfer exactly as it was inserted.
    pub transfer: Transfer,
}

/// How many rows each table holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Stored documents.
    pub documents: usize,
    /// Entity mentions over all documents.
    pub mentions: usize,
    /// Transfers over all documents.
    pub transfers: usize,
}

impl Store {
    /// Opens the database at `path`, creating the file if needed, and brings its schema
    /// up to date. The connection uses WAL journaling, `synchronous = NORMAL`, foreign
    /// keys and a 5 s busy timeout.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::set_up(Connection::open(path), path)
    }

    /// Opens a fresh database that lives in memory and disappears when dropped.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::set_up(Connection::open_in_memory(), Path::new(":memory:"))
    }

    fn set_up(opened: rusqlite::Result<Connection>, path: &Path) -> Result<Store, StoreError> {
        let open_error = |source| StoreError::Open {
            path: path.to_owned(),
            source,
        };
        let mut conn = opened.map_err(open_error)?;
        migrate::configure(&conn).map_err(open_error)?;
        migrate::migrate(&mut conn)?;
        Ok(Store {
            conn,
            cache: near_dup::Cache::default(),
        })
    }

    /// Stores one document with everything extracted from it, in one transaction: all of
    /// it or, on any error, nothing.
    ///
    /// If a document with the same text (same blake3 hash) is stored, nothing changes and
    /// [`Inserted::Duplicate`] names it. If `doc.id` is stored with different text, the
    /// stored version is kept and [`StoreError::DocumentIdTaken`] is returned. Mentions and
    /// transfers keep their order.
    pub fn insert_document(
        &mut self,
        doc: &Document,
        mentions: &[EntityMention],
        transfers: &[Transfer],
    ) -> Result<Inserted, StoreError> {
        self.insert_document_with_events(doc, mentions, transfers, &[], &[])
    }

    /// [`Store::insert_document`] with the document's other events (agreements, meetings,
    /// exercises, sanctions, figures) and people's roles too, all in the same transaction.
    pub fn insert_document_with_events(
        &mut self,
        doc: &Document,
        mentions: &[EntityMention],
        transfers: &[Transfer],
        events: &[Event],
        roles: &[PersonRole],
    ) -> Result<Inserted, StoreError> {
        write::insert_document(
            &mut self.conn,
            &mut self.cache,
            doc,
            &prepared::TextKeys::of(&doc.text),
            mentions,
            transfers,
            events,
            roles,
        )
    }

    /// [`Store::insert_document_with_events`] of a document whose text was hashed and
    /// shingled beforehand ([`Prepared::new`], on another thread, say).
    pub fn insert_prepared(
        &mut self,
        prepared: &Prepared,
        mentions: &[EntityMention],
        transfers: &[Transfer],
        events: &[Event],
        roles: &[PersonRole],
    ) -> Result<Inserted, StoreError> {
        write::insert_document(
            &mut self.conn,
            &mut self.cache,
            prepared.document(),
            prepared.keys(),
            mentions,
            transfers,
            events,
            roles,
        )
    }

    /// Starts a [`Batch`]: many documents in one transaction, each whole or not at all.
    /// It holds the write lock until it is committed or dropped.
    pub fn begin_batch(&mut self) -> Result<Batch<'_>, StoreError> {
        Batch::begin(&mut self.conn, &mut self.cache)
    }

    /// Every stored document without its text, ordered by id.
    pub fn documents(&self) -> Result<Vec<DocumentSummary>, StoreError> {
        read::documents(&self.conn)
    }

    /// The document with this id, if stored.
    pub fn document(&self, id: &str) -> Result<Option<Document>, StoreError> {
        read::document(&self.conn, id)
    }

    /// The mentions stored with document `doc_id`, in insertion order; empty if the
    /// document is not stored.
    pub fn mentions(&self, doc_id: &str) -> Result<Vec<EntityMention>, StoreError> {
        read::mentions(&self.conn, doc_id)
    }

    /// The events stored with document `doc_id`, in text order; empty if the document is
    /// not stored or has none.
    pub fn events(&self, doc_id: &str) -> Result<Vec<Event>, StoreError> {
        events::events(&self.conn, doc_id)
    }

    /// The roles of people stored with document `doc_id`, in text order.
    pub fn roles(&self, doc_id: &str) -> Result<Vec<PersonRole>, StoreError> {
        events::roles(&self.conn, doc_id)
    }

    /// Every stored transfer with its document, ordered by document id, then position.
    pub fn transfers(&self) -> Result<Vec<StoredTransfer>, StoreError> {
        read::transfers(&self.conn)
    }

    /// How many documents, mentions and transfers are stored (one consistent snapshot).
    pub fn counts(&self) -> Result<Counts, StoreError> {
        read::counts(&self.conn)
    }

    /// Every near-duplicate link: which stored document repeats which one's text, and how much.
    pub fn near_duplicates(&self) -> Result<Vec<NearDuplicate>, StoreError> {
        near_dup::links(&self.conn)
    }

    /// Every near-duplicate link as a pair of document ids (later, earlier).
    pub fn near_duplicate_pairs(&self) -> Result<Vec<[String; 2]>, StoreError> {
        near_dup::pairs(&self.conn)
    }

    /// Documents connected by near-duplicate links, two or more per group, each group sorted.
    pub fn near_duplicate_groups(&self) -> Result<Vec<Vec<String>>, StoreError> {
        near_dup::groups(&self.conn)
    }

    /// Starts bringing the persisted register up to date (see [`DealsUpdate`]).
    pub fn begin_deals_update(&mut self) -> Result<DealsUpdate<'_>, StoreError> {
        DealsUpdate::begin(&mut self.conn)
    }

    /// How many stored documents are not fused into the persisted register yet.
    pub fn pending_fusion(&self) -> Result<usize, StoreError> {
        deals::pending(&self.conn)
    }

    /// [`Store::deals`] one at a time, without collecting them (one statement, so one
    /// consistent snapshot); stops at the first error `each` returns.
    pub fn each_deal<E: From<StoreError>>(
        &self,
        each: impl FnMut(StoredDeal) -> Result<(), E>,
    ) -> Result<(), E> {
        deals::each_deal(&self.conn, each)
    }

    /// The persisted register, by group, then position in the group.
    pub fn deals(&self) -> Result<Vec<StoredDeal>, StoreError> {
        deals::deals(&self.conn)
    }
}
