//! Duplicates change nothing; a known id with new text is refused.

mod common;

use armscope_store::{Inserted, Store, StoreError};

#[test]
fn same_text_twice_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let doc = common::document("a1", "Egypt ordered Su-35 fighters.");
    common::insert_full(&mut store, &doc);
    let before = common::snapshot(&store);

    // Same id, same text, even with different extractions: nothing is re-extracted.
    let again = store
        .insert_document(&doc, &[], &common::transfers()[..1])
        .unwrap();
    assert_eq!(
        again,
        Inserted::Duplicate {
            existing_id: "a1".into()
        }
    );

    assert_eq!(common::snapshot(&store), before);
}

#[test]
fn same_text_under_another_id_is_a_duplicate_of_the_first() {
    let mut store = Store::open_in_memory().unwrap();
    let text = "Syndicated: Egypt ordered Su-35 fighters.";
    let first = store
        .insert_document(&common::document("wire", text), &[], &[])
        .unwrap();
    assert_eq!(first, Inserted::New);
    let copy = store
        .insert_document(&common::document("copy", text), &[], &[])
        .unwrap();
    assert_eq!(
        copy,
        Inserted::Duplicate {
            existing_id: "wire".into()
        }
    );
    assert_eq!(store.counts().unwrap().documents, 1);
    assert_eq!(store.document("copy").unwrap(), None);
}

#[test]
fn same_id_with_different_text_is_refused_and_the_first_kept() {
    let mut store = Store::open_in_memory().unwrap();
    let original = common::document("a1", "Egypt ordered Su-35 fighters.");
    common::insert_full(&mut store, &original);
    let before = common::snapshot(&store);

    let updated = common::document(
        "a1",
        "Egypt ordered Su-35 fighters. Update: deal cancelled.",
    );
    let err = store.insert_document(&updated, &[], &[]).unwrap_err();
    match &err {
        StoreError::DocumentIdTaken {
            id,
            stored_hash,
            new_hash,
        } => {
            assert_eq!(id, "a1");
            assert_eq!(
                stored_hash,
                &blake3::hash(original.text.as_bytes()).to_hex().to_string()
            );
            assert_eq!(
                new_hash,
                &blake3::hash(updated.text.as_bytes()).to_hex().to_string()
            );
        }
        other => panic!("expected DocumentIdTaken, got {other:?}"),
    }
    assert!(
        err.to_string().contains("\"a1\""),
        "message names the id: {err}"
    );

    assert_eq!(common::snapshot(&store), before);
    assert_eq!(store.document("a1").unwrap(), Some(original));
}
