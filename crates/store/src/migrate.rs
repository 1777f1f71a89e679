//! Connection settings and numbered schema migrations, tracked with `PRAGMA user_version`.

use std::time::Duration;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{SqlContext, StoreError};

/// The migrations in order, each with the version it brings the schema to (its file's
/// number). Numbers rise but may skip one that another branch has taken. Append only; never
/// edit a migration that has shipped.
const MIGRATIONS: &[(u32, &str)] = &[
    (1, include_str!("../migrations/0001_init.sql")),
    (2, include_str!("../migrations/0002_near_duplicates.sql")),
    (3, include_str!("../migrations/0003_events.sql")),
    (4, include_str!("../migrations/0004_lean_band_index.sql")),
];

/// Schema version this build creates and reads (`PRAGMA user_version` after migrating).
pub const SCHEMA_VERSION: u32 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// How long a connection waits for another one's write lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Per-connection settings. Must run outside any transaction: SQLite ignores
/// `foreign_keys` and refuses `journal_mode` changes inside one.
pub(crate) fn configure(conn: &Connection) -> rusqlite::Result<()> {
    // First, so that the journal-mode switch below already waits for other connections.
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // WAL lets readers go on while one writer commits. The pragma answers with the mode it
    // got ("memory" for in-memory databases), which is fine either way.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    // NORMAL is durable across application crashes in WAL mode; only an OS crash may lose
    // the last commits, never corrupt the file.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // 64 MiB of page cache instead of SQLite's 2 MiB: near-duplicate lookups and inserts
    // touch pages all over the band index, and each page missing from the cache is a read.
    conn.pragma_update(None, "cache_size", -65536)?;
    // A batch stores each document inside a savepoint, whose statement journal is a temporary
    // file by default: one write per page a document touches. In memory it is a copy.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(())
}

/// Brings the schema up to [`SCHEMA_VERSION`], refusing a database from a newer build.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    // Fast path without a write lock, so up-to-date databases open even when read-only.
    let found = user_version(conn)?;
    check_known(found)?;
    if found == i64::from(SCHEMA_VERSION) {
        return Ok(());
    }
    // IMMEDIATE takes the write lock before re-reading the version, so two processes
    // opening a fresh file at once cannot both apply the same migration.
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .context("starting the migration transaction")?;
    let current = user_version(&tx)?;
    check_known(current)?;
    for &(version, sql) in MIGRATIONS {
        if i64::from(version) <= current {
            continue;
        }
        // user_version lives in the file header and is rolled back with the transaction.
        tx.execute_batch(sql)
            .and_then(|()| tx.pragma_update(None, "user_version", version))
            .map_err(|source| StoreError::Migration { version, source })?;
    }
    tx.commit().context("committing migrations")
}

fn user_version(conn: &Connection) -> Result<i64, StoreError> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
        .context("reading the schema version")
}

fn check_known(found: i64) -> Result<(), StoreError> {
    if found < 0 {
        return Err(StoreError::Corrupt {
            what: format!("schema version {found}"),
        });
    }
    if found > i64::from(SCHEMA_VERSION) {
        return Err(StoreError::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::MIGRATIONS;

    #[test]
    fn versions_rise() {
        assert!(MIGRATIONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(MIGRATIONS[0].0, 1);
    }
}
