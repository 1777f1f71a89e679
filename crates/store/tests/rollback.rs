//! A failure part-way through an insert leaves nothing behind.

mod common;

use armscope_core::{Money, Qualifier, Span};
use armscope_store::{Counts, Store, StoreError};

fn assert_empty(store: &Store) {
    assert_eq!(store.counts().unwrap(), Counts::default());
    assert_eq!(store.document("a1").unwrap(), None);
    assert!(store.documents().unwrap().is_empty());
}

#[test]
fn a_constraint_violation_in_the_last_mention_rolls_back_the_document() {
    let mut store = Store::open_in_memory().unwrap();
    let doc = common::document("a1", "Egypt ordered Su-35 fighters.");
    let mut mentions = common::mentions();
    // An inverted span violates the table's CHECK, after the document row and the
    // first mentions were written. (Built literally: Span::new asserts.)
    mentions.push(armscope_core::EntityMention {
        span: Span { start: 9, end: 3 },
        ..mentions[0].clone()
    });

    let err = store
        .insert_document(&doc, &mentions, &common::transfers())
        .unwrap_err();
    match &err {
        StoreError::Sqlite { context, .. } => {
            assert!(
                context.contains("mention 4") && context.contains("\"a1\""),
                "{context}"
            )
        }
        other => panic!("expected a SQLite error, got {other:?}"),
    }
    assert_empty(&store);

    // Nothing lingers (no hash or id held): the corrected document goes in.
    mentions.pop();
    common::insert_full(&mut store, &doc);
    assert_eq!(store.counts().unwrap(), common::full_counts(1));
}

#[test]
fn an_unstorable_last_transfer_rolls_back_the_document() {
    let mut store = Store::open_in_memory().unwrap();
    let doc = common::document("a1", "Egypt ordered Su-35 fighters.");
    let mut transfers = common::transfers();
    let mut bad = transfers[0].clone();
    bad.value = Some(Money {
        amount: f64::NAN,
        currency: "USD".into(),
        qualifier: Qualifier::Exact,
    });
    transfers.push(bad);

    let err = store
        .insert_document(&doc, &common::mentions(), &transfers)
        .unwrap_err();
    match &err {
        StoreError::Unstorable { doc_id, what } => {
            assert_eq!(doc_id, "a1");
            assert!(what.contains("transfer 2"), "{what}");
        }
        other => panic!("expected Unstorable, got {other:?}"),
    }
    assert_empty(&store);
}

#[test]
fn a_failed_insert_leaves_earlier_documents_alone() {
    let mut store = Store::open_in_memory().unwrap();
    let first = common::document("a0", "An earlier article.");
    common::insert_full(&mut store, &first);
    let before = common::snapshot(&store);

    let mut mentions = common::mentions();
    mentions[1].span = Span { start: 10, end: 0 };
    let doc = common::document("a1", "Egypt ordered Su-35 fighters.");
    assert!(store.insert_document(&doc, &mentions, &[]).is_err());

    assert_eq!(common::snapshot(&store), before);
    assert_eq!(store.document("a1").unwrap(), None);
    assert_eq!(store.document("a0").unwrap(), Some(first));
}
