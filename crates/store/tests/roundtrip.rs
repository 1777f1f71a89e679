//! Everything stored reads back unchanged.

mod common;

use armscope_core::{Money, SourceFormat};
use armscope_store::{Counts, Inserted, Store};

#[test]
fn document_mentions_and_transfers_round_trip() {
    let mut store = Store::open_in_memory().unwrap();
    let doc = common::document(
        "a1",
        "Egypt ordered Su-35 fighters. Missiles to India. Более.",
    );
    let mentions = common::mentions();
    let transfers = common::transfers();

    assert_eq!(
        store.insert_document(&doc, &mentions, &transfers).unwrap(),
        Inserted::New
    );

    assert_eq!(store.document("a1").unwrap(), Some(doc.clone()));
    assert_eq!(store.mentions("a1").unwrap(), mentions);
    let stored = store.transfers().unwrap();
    assert_eq!(stored.len(), 2);
    for (ordinal, (stored, original)) in stored.iter().zip(&transfers).enumerate() {
        assert_eq!(stored.ordinal, ordinal);
        assert_eq!(stored.doc_id, "a1");
        assert_eq!(stored.doc_url, doc.url);
        assert_eq!(stored.doc_title, doc.title);
        assert_eq!(stored.published, doc.published);
        // Bit-exact money, not just PartialEq-close.
        let bits = |m: &Option<Money>| m.as_ref().map(|m| m.amount.to_bits());
        assert_eq!(bits(&stored.transfer.value), bits(&original.value));
        assert_eq!(&stored.transfer, original);
    }
    assert_eq!(store.counts().unwrap(), common::full_counts(1));

    let summaries = store.documents().unwrap();
    assert_eq!(summaries.len(), 1);
    let summary = &summaries[0];
    assert_eq!(summary.id, "a1");
    assert_eq!(summary.url, doc.url);
    assert_eq!(summary.title, doc.title);
    assert_eq!(summary.published, doc.published);
    assert_eq!(summary.source, doc.source);
    assert_eq!(
        summary.hash,
        blake3::hash(doc.text.as_bytes()).to_hex().to_string()
    );
    assert_eq!(summary.transfers, 2);
}

#[test]
fn document_with_no_optional_fields_round_trips() {
    let mut store = Store::open_in_memory().unwrap();
    let mut doc = common::document("bare", "");
    doc.url = None;
    doc.title = None;
    doc.published = None;
    doc.format = SourceFormat::Html;
    assert_eq!(
        store.insert_document(&doc, &[], &[]).unwrap(),
        Inserted::New
    );
    assert_eq!(store.document("bare").unwrap(), Some(doc));
    assert!(store.mentions("bare").unwrap().is_empty());
    assert_eq!(store.documents().unwrap()[0].transfers, 0);
}

#[test]
fn filter_columns_hold_the_transfer_fields() {
    // The columns are what other tools query: check them through plain SQL.
    let doc = common::document("a1", "text");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cols.db");
    let mut store = Store::open(&path).unwrap();
    assert_eq!(
        store
            .insert_document(&doc, &[], &common::transfers())
            .unwrap(),
        Inserted::New
    );
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let row: (String, String, String, String, String, i64, f64) = conn
        .query_row(
            "SELECT supplier, recipient, family, kind, status, order_year, value_usd
             FROM transfers WHERE ordinal = 0",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(
        row,
        (
            "RU".into(),
            "EG".into(),
            "su-35".into(),
            "sale".into(),
            "ordered".into(),
            2018,
            0.1 + 2.2e9
        )
    );
    // A value in euros is not a dollar value.
    let eur: Option<f64> = conn
        .query_row(
            "SELECT value_usd FROM transfers WHERE ordinal = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(eur, None);
    let kind: String = conn
        .query_row("SELECT kind FROM transfers WHERE ordinal = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(kind, "joint-development");
}

#[test]
fn transfers_are_ordered_by_document_id_then_position() {
    let mut store = Store::open_in_memory().unwrap();
    // Inserted out of id order.
    for id in ["c", "a", "b"] {
        let doc = common::document(id, &format!("text of {id}"));
        assert_eq!(
            store
                .insert_document(&doc, &[], &common::transfers())
                .unwrap(),
            Inserted::New
        );
    }
    let order: Vec<(String, usize)> = store
        .transfers()
        .unwrap()
        .into_iter()
        .map(|t| (t.doc_id, t.ordinal))
        .collect();
    let expected: Vec<(String, usize)> = ["a", "b", "c"]
        .iter()
        .flat_map(|id| [(id.to_string(), 0), (id.to_string(), 1)])
        .collect();
    assert_eq!(order, expected);
    let ids: Vec<String> = store
        .documents()
        .unwrap()
        .into_iter()
        .map(|d| d.id)
        .collect();
    assert_eq!(ids, ["a", "b", "c"]);
}

#[test]
fn reading_what_is_not_there() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(store.document("nope").unwrap(), None);
    assert!(store.mentions("nope").unwrap().is_empty());
    assert!(store.transfers().unwrap().is_empty());
    assert!(store.documents().unwrap().is_empty());
    assert_eq!(store.counts().unwrap(), Counts::default());
}
