//! Concurrent use: `armscope register` runs again and again while an ingest writes to the
//! same database (WAL); every run succeeds, prints whole JSON lines, and never sees fewer
//! documents than the run before (no torn or rolled-back reads).

mod common;

use std::collections::BTreeSet;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::synthetic::{self, Lcg};
use common::{armscope, json_lines};

/// A third as many in a debug build, where extraction is some twenty times slower.
const DOCS: usize = if cfg!(debug_assertions) { 1_000 } else { 3_000 };

#[test]
fn register_reads_while_ingest_writes() {
    let mut rng = Lcg::new(synthetic::seed("concurrent_read"));
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    synthetic::write_corpus(&corpus, DOCS, &mut rng);
    let db = dir.path().join("shared.db");
    let db_arg = db.to_str().unwrap();

    let mut writer = Command::new(env!("CARGO_BIN_EXE_armscope"))
        .args(["ingest", "--db", db_arg])
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run armscope ingest");
    // Readers start once the file exists: before that `register` rightly says "no database".
    while !db.exists() && writer.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(10));
    }
    let mut runs_during = 0;
    let mut seen = 0;
    while writer.try_wait().unwrap().is_none() {
        let docs = documents_in_register(db_arg);
        assert!(
            docs >= seen,
            "register went back from {seen} to {docs} documents"
        );
        seen = docs;
        runs_during += 1;
    }
    assert!(writer.wait().unwrap().success());
    assert!(runs_during > 0, "the ingest ended before a reader ran");
    eprintln!("{runs_during} register runs while ingesting; {seen} documents cited");
    assert!(
        documents_in_register(db_arg) >= seen,
        "the final register cites fewer documents"
    );
}

/// Runs `register --format jsonl`, which must succeed and print only whole JSON lines, and
/// returns how many distinct documents the deals cite.
fn documents_in_register(db: &str) -> usize {
    let out = armscope(&["register", "--db", db, "--format", "jsonl"]);
    assert!(
        out.status.success(),
        "register failed during ingest: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let deals = json_lines(&out.stdout);
    let docs: BTreeSet<&str> = deals
        .iter()
        .flat_map(|d| d["sources"].as_array().expect("sources"))
        .map(|s| s["doc_id"].as_str().expect("doc_id"))
        .collect();
    docs.len()
}
