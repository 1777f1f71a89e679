//! Crash safety: `armscope ingest` killed with SIGKILL at random points of a 10,000-document
//! ingest leaves a sound database in which every stored document is whole, and running the
//! ingest again completes it with no duplicates.

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use armscope_ingest::ReadOptions;
use common::synthetic::{self, Lcg};
use rayon::prelude::*;
use rusqlite::{Connection, OpenFlags};

/// 10,000 in release (`.ci/run` runs it so); a tenth in a debug build, where extraction is
/// some twenty times slower.
const DOCS: usize = if cfg!(debug_assertions) {
    1_000
} else {
    10_000
};
const KILLS: usize = 5;

#[test]
fn killed_ingest_leaves_whole_documents_and_resumes() {
    let mut rng = Lcg::new(synthetic::seed("kill_ingest"));
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let ids = synthetic::write_corpus(&corpus, DOCS, &mut rng);
    let db = dir.path().join("kill.db");
    let expected = expected_rows(&corpus);
    assert_eq!(expected.len(), DOCS);

    let mut stored = 0;
    for round in 0..KILLS {
        let mut child = ingest(&db, &corpus);
        if round == 0 {
            // Early: the binary may still be loading the catalog or creating the schema.
            std::thread::sleep(Duration::from_millis(rng.below(1500)));
        } else {
            let target = stored + 1 + rng.below(DOCS as u64 / KILLS as u64) as usize;
            wait_for_documents(&db, target, &mut child);
        }
        // SIGKILL on Unix: no destructor, no rollback, no flush runs.
        let _ = child.kill();
        child.wait().unwrap();
        stored = check(&db, &expected);
        eprintln!("kill {round}: {stored} documents stored and whole");
    }

    let out = ingest(&db, &corpus).wait_with_output().unwrap();
    assert!(out.status.success(), "re-run failed: {out:?}");
    assert_eq!(check(&db, &expected), DOCS);
    let conn = read_only(&db);
    let mut stmt = conn
        .prepare("SELECT id FROM documents ORDER BY id")
        .unwrap();
    let stored_ids: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut want = ids;
    want.sort();
    assert_eq!(stored_ids, want);
}

fn ingest(db: &Path, corpus: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_armscope"))
        .arg("ingest")
        .arg("--db")
        .arg(db)
        .arg(corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run armscope ingest")
}

/// Waits until the store holds `target` documents, or the ingest has ended.
fn wait_for_documents(db: &Path, target: usize, child: &mut Child) {
    loop {
        if child.try_wait().unwrap().is_some() {
            return;
        }
        if db.exists() {
            let count = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
                .and_then(|c| c.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)))
                .unwrap_or(0i64);
            if count >= target as i64 {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Mentions and transfers per document id, from a fresh extraction in this process.
fn expected_rows(corpus: &Path) -> HashMap<String, (usize, usize)> {
    let catalog = armscope_catalog::Catalog::builder().build().unwrap();
    let extractor = armscope_extract::Extractor::new(&catalog);
    let files: Vec<_> = armscope_ingest::files(corpus).map(Result::unwrap).collect();
    files
        .par_iter()
        .flat_map_iter(|f| armscope_ingest::read_file(f, &ReadOptions::default()))
        .map(|doc| {
            let doc = doc.unwrap();
            let found = extractor.extract(&doc);
            (doc.id, (found.mentions.len(), found.transfers.len()))
        })
        .collect()
}

fn read_only(db: &Path) -> Connection {
    Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open read-only")
}

/// A count from SQL (an `i64` there) as a `usize`.
fn count(conn: &Connection, sql: &str) -> usize {
    let n: i64 = conn.query_row(sql, [], |r| r.get(0)).unwrap();
    usize::try_from(n).unwrap()
}

/// Checks the database after a kill and returns how many documents it holds: SQLite finds
/// it sound, no document is stored twice, and each has exactly the rows a fresh extraction
/// gives, numbered without gaps.
fn check(db: &Path, expected: &HashMap<String, (usize, usize)>) -> usize {
    if !db.exists() {
        return 0;
    }
    let conn = read_only(db);
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let orphans = count(&conn, "SELECT count(*) FROM pragma_foreign_key_check");
    assert_eq!(orphans, 0, "rows without their document");
    if count(
        &conn,
        "SELECT count(*) FROM sqlite_master WHERE name = 'documents'",
    ) == 0
    {
        return 0; // killed before the schema was committed
    }
    let rows = count(&conn, "SELECT count(*) FROM documents");
    let ids = count(&conn, "SELECT count(DISTINCT id) FROM documents");
    let hashes = count(&conn, "SELECT count(DISTINCT hash) FROM documents");
    assert_eq!((ids, hashes), (rows, rows), "a document is stored twice");
    // Documents are committed a chunk at a time: each committed one has its near-duplicate
    // signature too (it went in with the document, never after it).
    let signed = count(&conn, "SELECT count(*) FROM doc_signatures");
    assert_eq!(
        signed, rows,
        "a document without its near-duplicate signature"
    );
    let mut stmt = conn
        .prepare(
            "SELECT d.id,
                (SELECT count(*) FROM mentions m WHERE m.doc_key = d.key),
                (SELECT coalesce(max(ordinal) + 1, 0) FROM mentions m WHERE m.doc_key = d.key),
                (SELECT count(*) FROM transfers t WHERE t.doc_key = d.key),
                (SELECT coalesce(max(ordinal) + 1, 0) FROM transfers t WHERE t.doc_key = d.key)
             FROM documents d",
        )
        .unwrap();
    let found = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                [1, 2, 3, 4].map(|i| r.get::<_, i64>(i).map_or(usize::MAX, |n| n as usize)),
            ))
        })
        .unwrap();
    for row in found {
        let (id, [mentions, mention_span, transfers, transfer_span]) = row.unwrap();
        let want = expected
            .get(&id)
            .unwrap_or_else(|| panic!("unknown document {id}"));
        assert_eq!((mentions, transfers), *want, "document {id} is not whole");
        // Ordinals are unique per document; with none missing they run 0..n.
        assert_eq!((mention_span, transfer_span), (mentions, transfers), "{id}");
    }
    rows
}
