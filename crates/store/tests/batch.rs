//! Many documents in one transaction ([`Store::begin_batch`]): each is stored whole or not at
//! all, a document refused before it is written leaves the batch going, one that fails
//! half-written spoils the batch (nothing of it is committed), nothing is stored before the
//! commit, and
//! near-duplicate detection (with what it keeps between documents) finds exactly the links
//! that storing the documents one at a time, each on a fresh connection, finds.

mod common;

use armscope_core::{Actor, EntityKind, Event, EventDetail, Evidence, Money, Qualifier, Span};
use armscope_store::{Counts, Inserted, Prepared, Store, StoreError};

/// A paragraph of thirty words drawn from a large vocabulary by `topic` and `n`: two calls
/// with the same arguments give the same paragraph, others share (almost) no shingle.
fn paragraph(topic: &str, n: usize) -> String {
    let mut seed = topic
        .bytes()
        .fold(n as u64 ^ 0x9e37_79b9_7f4a_7c15, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
    (0..30)
        .map(|_| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            format!("word{}", (seed >> 33) % 50_000)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn text(parts: &[String]) -> String {
    parts.join("\n\n")
}

/// Near-duplicate links as sorted (later, earlier) id pairs.
fn links(store: &Store) -> Vec<[String; 2]> {
    let mut pairs = store.near_duplicate_pairs().unwrap();
    pairs.sort();
    pairs
}

#[test]
fn a_refused_document_leaves_the_batch_going_and_nothing_for_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("b.db")).unwrap();
    let bad_text = text(&[paragraph("Freedonia", 12), paragraph("Sylvania", 7)]);
    let other_text = text(&[paragraph("Borduria", 3), paragraph("Syldavia", 44)]);
    // A figure JSON cannot hold: refused before anything of the document is written.
    let nan_figure = Event {
        detail: EventDetail::Figure {
            measure: "exports".into(),
            subject: Actor {
                kind: EntityKind::Country,
                id: Some("RU".into()),
                name: "Russia".into(),
                role: None,
                span: Span::new(0, 6),
            },
            value: Some(Money {
                amount: f64::NAN,
                currency: "USD".into(),
                qualifier: Qualifier::Exact,
            }),
            percent: None,
        },
        date: None,
        hedged: false,
        evidence: Evidence {
            text: "Russia".into(),
            start: 0,
            end: 6,
        },
        field_spans: vec![],
    };
    {
        let mut batch = store.begin_batch().unwrap();
        let first = common::document("first", &text(&[paragraph("Ruritania", 5)]));
        assert_eq!(
            batch
                .insert_document_with_events(&first, &common::mentions(), &[], &[], &[])
                .unwrap(),
            Inserted::New
        );
        let bad = common::document("bad", &bad_text);
        assert!(batch
            .insert_document_with_events(&bad, &[], &[], &[nan_figure], &[])
            .is_err());
        assert!(
            !batch.is_spoiled(),
            "refused before anything of it was written"
        );
        // Takes the row key the failed document had: what was learnt of the failed
        // document's text must not be taken for this one's.
        let other = common::document("other", &other_text);
        assert_eq!(
            batch
                .insert_document_with_events(&other, &common::mentions(), &[], &[], &[])
                .unwrap(),
            Inserted::New
        );
        // Nothing is visible to another connection before the commit.
        let reader = Store::open(&dir.path().join("b.db")).unwrap();
        assert_eq!(reader.counts().unwrap(), Counts::default());
        batch.commit().unwrap();
    }
    let counts = store.counts().unwrap();
    assert_eq!((counts.documents, counts.mentions), (2, 8));
    assert_eq!(store.document("bad").unwrap(), None);
    // A copy of the failed text shares nothing with what is stored.
    let copy = common::document("copy", &bad_text);
    assert_eq!(
        store.insert_document(&copy, &[], &[]).unwrap(),
        Inserted::New
    );
    assert!(links(&store).is_empty(), "{:?}", links(&store));
}

#[test]
fn a_document_failing_half_written_spoils_the_batch_which_commits_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let mut bad_mentions = common::mentions();
    // An inverted span violates a CHECK after the document row and its first mentions exist.
    bad_mentions.push(armscope_core::EntityMention {
        span: Span { start: 9, end: 3 },
        ..bad_mentions[0].clone()
    });
    let first = common::document("first", &text(&[paragraph("Ruritania", 5)]));
    let bad = common::document("bad", &text(&[paragraph("Freedonia", 12)]));
    let after = common::document("after", &text(&[paragraph("Borduria", 3)]));
    let mut batch = store.begin_batch().unwrap();
    let _ = batch
        .insert_document_with_events(&first, &common::mentions(), &[], &[], &[])
        .unwrap();
    assert!(batch
        .insert_document_with_events(&bad, &bad_mentions, &[], &[], &[])
        .is_err());
    assert!(batch.is_spoiled());
    assert!(batch
        .insert_document_with_events(&after, &[], &[], &[], &[])
        .is_err());
    assert!(batch.commit().is_err());
    assert_eq!(store.counts().unwrap(), Counts::default());
    // One transaction each, as the ingest then does: only the failing document is left out.
    for (doc, mentions) in [
        (&first, common::mentions()),
        (&bad, bad_mentions),
        (&after, vec![]),
    ] {
        let _ = store.insert_document(doc, &mentions, &[]);
    }
    let ids: Vec<String> = store
        .documents()
        .unwrap()
        .into_iter()
        .map(|d| d.id)
        .collect();
    assert_eq!(ids, ["after", "first"]);
}

#[test]
fn a_dropped_batch_stores_nothing_and_is_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.db");
    let mut store = Store::open(&path).unwrap();
    let dropped_text = text(&[paragraph("Freedonia", 12), paragraph("Sylvania", 7)]);
    {
        let mut batch = store.begin_batch().unwrap();
        let _ = batch
            .insert_document_with_events(&common::document("a", &dropped_text), &[], &[], &[], &[])
            .unwrap();
        // Dropped without commit: rolled back.
    }
    assert_eq!(store.counts().unwrap(), Counts::default());
    // Another connection (another ingest) is given the row key the dropped document had.
    let other_text = text(&[paragraph("Borduria", 3), paragraph("Syldavia", 44)]);
    let mut other = Store::open(&path).unwrap();
    let _ = other
        .insert_document(&common::document("b", &other_text), &[], &[])
        .unwrap();
    // This connection must compare a copy of b with b's text, not with what it once had
    // under that key.
    let copy = format!("{other_text}\n\nReprinted.");
    let _ = store
        .insert_document(&common::document("c", &copy), &[], &[])
        .unwrap();
    assert_eq!(links(&store), [["c".to_string(), "b".to_string()]]);

    // The same text again in a batch is a duplicate, also of a document of the same batch.
    let mut batch = store.begin_batch().unwrap();
    let again = common::document("f", &text(&[paragraph("Ruritania", 9)]));
    assert_eq!(
        batch
            .insert_document_with_events(&again, &[], &[], &[], &[])
            .unwrap(),
        Inserted::New
    );
    let twin = common::document("g", &again.text);
    assert!(matches!(
        batch.insert_document_with_events(&twin, &[], &[], &[], &[]).unwrap(),
        Inserted::Duplicate { existing_id } if existing_id == "f"
    ));
    batch.commit().unwrap();
    assert_eq!(store.counts().unwrap().documents, 3);
}

/// A corpus in which one paragraph is reprinted far more often than a band key keeps
/// documents for (32), with other paragraphs shared among a few documents.
fn reprinted_corpus() -> Vec<(String, String)> {
    let wire = paragraph("Elbonia", 17);
    (0..60)
        .map(|i| {
            let mut parts = vec![paragraph(&format!("Country{}", i % 7), i % 5)];
            if i % 3 != 1 {
                parts.push(wire.clone());
            }
            parts.push(paragraph(&format!("Place{i}"), 100 + i));
            (format!("doc{i:02}"), text(&parts))
        })
        .collect()
}

#[test]
fn batches_find_the_links_one_document_per_fresh_connection_finds() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = reprinted_corpus();

    // One document per transaction, a new connection (nothing kept in memory) for each.
    let alone = dir.path().join("alone.db");
    for (id, t) in &corpus {
        let mut store = Store::open(&alone).unwrap();
        let _ = store
            .insert_document(&common::document(id, t), &[], &[])
            .unwrap();
    }
    // Batches of 16 on one connection.
    let batched = dir.path().join("batched.db");
    let mut store = Store::open(&batched).unwrap();
    for chunk in corpus.chunks(16) {
        let mut batch = store.begin_batch().unwrap();
        for (id, t) in chunk {
            let _ = batch
                .insert_document_with_events(&common::document(id, t), &[], &[], &[], &[])
                .unwrap();
        }
        batch.commit().unwrap();
    }
    let want = links(&Store::open(&alone).unwrap());
    assert!(
        want.len() > 100,
        "the corpus links many documents: {}",
        want.len()
    );
    assert_eq!(links(&store), want);
    // The reprinted paragraph's late copies are still linked to its first ones.
    assert!(want.iter().any(|[later, _]| later == "doc59"));

    // No band key holds more documents than a lookup returns.
    let conn = rusqlite::Connection::open(&batched).unwrap();
    let fullest: i64 = conn
        .query_row(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM doc_bands GROUP BY band_key)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(fullest, 32);
}

#[test]
fn prepared_documents_are_stored_as_the_same_documents_are() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = reprinted_corpus();
    let plain = dir.path().join("plain.db");
    let mut store = Store::open(&plain).unwrap();
    for (id, t) in &corpus {
        let _ = store
            .insert_document(&common::document(id, t), &[], &[])
            .unwrap();
    }
    let want = links(&store);

    // Prepared on other threads, as `ingest` does, then stored in batches and one alone.
    let prepared: Vec<Prepared> = std::thread::scope(|scope| {
        let handles: Vec<_> = corpus
            .iter()
            .map(|(id, t)| scope.spawn(move || Prepared::new(common::document(id, t))))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut store = Store::open(&dir.path().join("prepared.db")).unwrap();
    let (first, rest) = prepared.split_first().unwrap();
    assert_eq!(
        store.insert_prepared(first, &[], &[], &[], &[]).unwrap(),
        Inserted::New
    );
    for chunk in rest.chunks(16) {
        let mut batch = store.begin_batch().unwrap();
        for p in chunk {
            assert_eq!(
                batch.insert_prepared(p, &[], &[], &[], &[]).unwrap(),
                Inserted::New
            );
        }
        batch.commit().unwrap();
    }
    assert_eq!(links(&store), want);

    // The prepared hash is the one duplicates are found by, and ids stay guarded.
    let (id, t) = &corpus[3];
    let again = Prepared::new(common::document("reprint", t));
    assert_eq!(
        store.insert_prepared(&again, &[], &[], &[], &[]).unwrap(),
        Inserted::Duplicate {
            existing_id: id.clone()
        }
    );
    let taken = Prepared::new(common::document(id, "Another text altogether."));
    assert!(matches!(
        store.insert_prepared(&taken, &[], &[], &[], &[]),
        Err(StoreError::DocumentIdTaken { .. })
    ));
    assert_eq!(taken.into_document().id, *id);
}
