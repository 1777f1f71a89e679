//! Opening files: persistence, migrations applied once, newer schemas refused.

mod common;

use armscope_store::{Inserted, Store, StoreError, SCHEMA_VERSION};

fn user_version(path: &std::path::Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
        .unwrap()
}

#[test]
fn a_file_database_reads_back_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("armscope.db");
    let doc = common::document("a1", "Egypt ordered Su-35 fighters.");
    {
        common::insert_full(&mut Store::open(&path).unwrap(), &doc);
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.counts().unwrap(), common::full_counts(1));
    assert_eq!(store.document("a1").unwrap(), Some(doc));
    assert_eq!(store.mentions("a1").unwrap(), common::mentions());
    let transfers: Vec<_> = store
        .transfers()
        .unwrap()
        .into_iter()
        .map(|t| t.transfer)
        .collect();
    assert_eq!(transfers, common::transfers());
}

#[test]
fn open_configures_wal_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("armscope.db");
    let _store = Store::open(&path).unwrap();
    // journal_mode is persistent in the file, so a plain connection sees it.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn migrations_run_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("armscope.db");
    let mut store = Store::open(&path).unwrap();
    let doc = common::document("a1", "text");
    assert_eq!(
        store.insert_document(&doc, &[], &[]).unwrap(),
        Inserted::New
    );
    drop(store);
    assert_eq!(user_version(&path), i64::from(SCHEMA_VERSION));

    // A second open (and a third, concurrently with a live one) must not re-run 0001,
    // which would fail on CREATE TABLE or wipe data.
    let first = Store::open(&path).unwrap();
    let second = Store::open(&path).unwrap();
    assert_eq!(user_version(&path), i64::from(SCHEMA_VERSION));
    assert_eq!(first.counts().unwrap().documents, 1);
    assert_eq!(second.document("a1").unwrap(), Some(doc));
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("armscope.db");
    drop(Store::open(&path).unwrap());
    let newer = i64::from(SCHEMA_VERSION) + 1;
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", newer)
        .unwrap();

    let err = Store::open(&path).unwrap_err();
    match &err {
        StoreError::NewerSchema { found, supported } => {
            assert_eq!(*found, newer);
            assert_eq!(*supported, SCHEMA_VERSION);
        }
        other => panic!("expected NewerSchema, got {other:?}"),
    }
    assert!(err.to_string().contains("newer"), "{err}");
    // Refusing did not touch the file.
    assert_eq!(user_version(&path), newer);
}

#[test]
fn a_failing_migration_leaves_the_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("armscope.db");
    // A file at version 0 that already has a `mentions` table: 0001 creates `documents`,
    // then fails.
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE mentions (x INTEGER)")
        .unwrap();

    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::Migration { version: 1, .. }),
        "{err:?}"
    );
    let conn = rusqlite::Connection::open(&path).unwrap();
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'documents'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        tables, 0,
        "the tables 0001 created before failing were rolled back"
    );
    assert_eq!(user_version(&path), 0);
}
