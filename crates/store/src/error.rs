//! The one error type of the crate. Each variant carries the value that caused it, so the
//! caller can report it without digging.

use std::path::PathBuf;

/// Everything that can go wrong while storing or reading.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database file could not be opened or configured.
    #[error("cannot open database {}", path.display())]
    Open {
        /// The file that was being opened.
        path: PathBuf,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
    /// A statement failed.
    #[error("SQLite failed while {context}")]
    Sqlite {
        /// What the store was doing, naming the document when there is one.
        context: String,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
    /// A schema migration failed; the database keeps its previous version.
    #[error("schema migration {version} failed")]
    Migration {
        /// Number of the migration that failed (its file's prefix).
        version: u32,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
    /// The database was written by a newer armscope; reading it could misinterpret it.
    #[error(
        "database schema version {found} is newer than this build supports ({supported}); \
         use a newer armscope"
    )]
    NewerSchema {
        /// `PRAGMA user_version` of the file.
        found: i64,
        /// The newest version this build knows.
        supported: u32,
    },
    /// A stored value cannot be decoded: the file was edited by hand or damaged.
    #[error("stored data is corrupt: {what}")]
    Corrupt {
        /// Which value, where, and what it holds.
        what: String,
    },
    /// A document with this id is stored with different text (the article changed at its
    /// source). The stored version is kept; nothing was written.
    #[error(
        "document id {id:?} is already stored with different text \
         (stored hash {stored_hash}, new hash {new_hash}); the stored version is kept"
    )]
    DocumentIdTaken {
        /// The document id.
        id: String,
        /// Content hash of the stored text.
        stored_hash: String,
        /// Content hash of the rejected text.
        new_hash: String,
    },
    /// A value cannot be stored faithfully (a non-finite amount, an offset beyond what
    /// SQLite's integers hold); nothing of the document was written.
    #[error("document {doc_id:?}: cannot store {what}")]
    Unstorable {
        /// The document being inserted.
        doc_id: String,
        /// Which value and why.
        what: String,
    },
}

impl StoreError {
    /// Whether another connection held the database's write lock past the busy timeout: the
    /// operation can be retried, or a reader can go on with what is stored.
    pub fn is_busy(&self) -> bool {
        let source = match self {
            StoreError::Open { source, .. }
            | StoreError::Sqlite { source, .. }
            | StoreError::Migration { source, .. } => source,
            _ => return false,
        };
        matches!(
            source.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        )
    }
}

/// Attaches what the store was doing to a SQLite error; the message is built only on error.
pub(crate) trait SqlContext<T> {
    fn context(self, context: &str) -> Result<T, StoreError>;
    fn with_context(self, context: impl FnOnce() -> String) -> Result<T, StoreError>;
}

impl<T> SqlContext<T> for rusqlite::Result<T> {
    fn context(self, context: &str) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Sqlite {
            context: context.to_owned(),
            source,
        })
    }

    fn with_context(self, context: impl FnOnce() -> String) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Sqlite {
            context: context(),
            source,
        })
    }
}
