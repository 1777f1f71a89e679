//! A reader on another connection sees a document whole or not at all.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use armscope_core::{EntityMention, Transfer};
use armscope_store::{Inserted, Store};

const DOCUMENTS: usize = 60;
const PER_DOCUMENT: usize = 40;

fn extractions() -> (Vec<EntityMention>, Vec<Transfer>) {
    let mention = common::mentions()[0].clone();
    let transfer = common::transfers()[0].clone();
    (vec![mention; PER_DOCUMENT], vec![transfer; PER_DOCUMENT])
}

#[test]
fn a_reader_never_sees_half_a_document() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("armscope.db");
    let mut writer = Store::open(&path).unwrap();
    let reader = Store::open(&path).unwrap();
    let done = Arc::new(AtomicBool::new(false));

    let writing = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let (mentions, transfers) = extractions();
            for i in 0..DOCUMENTS {
                let doc = common::document(&format!("d{i:03}"), &format!("article number {i}"));
                assert_eq!(
                    writer.insert_document(&doc, &mentions, &transfers).unwrap(),
                    Inserted::New
                );
            }
            done.store(true, Ordering::SeqCst);
        })
    };

    let mut observations = 0;
    let mut partial_views = std::collections::BTreeSet::new();
    loop {
        let finished = done.load(Ordering::SeqCst);
        let counts = reader.counts().unwrap();
        assert_eq!(
            counts.mentions,
            counts.documents * PER_DOCUMENT,
            "{counts:?}"
        );
        assert_eq!(
            counts.transfers,
            counts.documents * PER_DOCUMENT,
            "{counts:?}"
        );
        for summary in reader.documents().unwrap() {
            assert_eq!(summary.transfers, PER_DOCUMENT, "document {}", summary.id);
        }
        let transfers = reader.transfers().unwrap();
        assert_eq!(transfers.len() % PER_DOCUMENT, 0);
        partial_views.insert(counts.documents);
        observations += 1;
        if finished {
            break;
        }
    }
    writing.join().unwrap();

    assert_eq!(reader.counts().unwrap().documents, DOCUMENTS);
    assert!(observations > 1);
    eprintln!(
        "{observations} reads saw {} distinct document counts",
        partial_views.len()
    );
}

#[test]
fn an_uncommitted_write_is_invisible_to_a_reader() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("armscope.db");
    let reader = Store::open(&path).unwrap();

    // Hold a write transaction open on a plain connection, half-way through a document.
    let mut raw = rusqlite::Connection::open(&path).unwrap();
    let tx = raw.transaction().unwrap();
    tx.execute(
        "INSERT INTO documents (id, hash, source, format, text, ingested_at)
         VALUES ('half', 'h', 's', 'text', 'half a document', '2024-01-01T00:00:00Z')",
        [],
    )
    .unwrap();
    assert_eq!(reader.document("half").unwrap(), None);
    assert_eq!(reader.counts().unwrap().documents, 0);

    tx.commit().unwrap();
    assert_eq!(reader.counts().unwrap().documents, 1);
    assert!(reader.document("half").unwrap().is_some());
}

#[test]
fn two_writers_on_one_file_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("armscope.db");
    drop(Store::open(&path).unwrap());
    let handles: Vec<_> = (0..2)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut store = Store::open(&path).unwrap();
                let (mentions, transfers) = extractions();
                for i in 0..20 {
                    let doc =
                        common::document(&format!("w{w}-{i}"), &format!("writer {w} doc {i}"));
                    let inserted = store.insert_document(&doc, &mentions, &transfers).unwrap();
                    assert_eq!(inserted, Inserted::New);
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    assert_eq!(Store::open(&path).unwrap().counts().unwrap().documents, 40);
}
