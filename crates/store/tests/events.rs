//! Events other than transfers and people's roles: stored with their document in one
//! transaction, read back unchanged and in order; a file from before migration 0003 gains
//! the table and keeps its data.

mod common;

use armscope_core::{
    Actor, EntityKind, Event, EventDate, EventDetail, Evidence, Money, PersonRole, Qualifier, Span,
};
use armscope_store::{Inserted, Store, StoreError, SCHEMA_VERSION};

fn actor(kind: EntityKind, id: &str, start: usize) -> Actor {
    Actor {
        kind,
        id: Some(id.into()),
        name: id.into(),
        role: None,
        span: Span::new(start, start + id.len()),
    }
}

fn evidence(start: usize, text: &str) -> Evidence {
    Evidence {
        text: text.into(),
        start,
        end: start + text.len(),
    }
}

fn events() -> Vec<Event> {
    vec![
        Event {
            detail: EventDetail::Agreement {
                form: "memorandum".into(),
                name: None,
                parties: vec![actor(EntityKind::Country, "EG", 0)],
            },
            date: Some(EventDate {
                year: Some(2015),
                last_year: None,
                month: Some(3),
                day: None,
                text: "March 2015".into(),
            }),
            hedged: true,
            evidence: evidence(0, "Egypt signed a memorandum in March 2015."),
            field_spans: vec![("form".into(), Span::new(15, 25))],
        },
        Event {
            detail: EventDetail::Figure {
                measure: "order-portfolio".into(),
                subject: actor(EntityKind::Organization, "rosoboronexport", 41),
                // Bit-exact amounts must survive.
                value: Some(Money {
                    amount: 0.1 + 0.2,
                    currency: "USD".into(),
                    qualifier: Qualifier::AtLeast,
                }),
                percent: None,
            },
            date: None,
            hedged: false,
            evidence: evidence(41, "Rosoboronexport's portfolio is over $0.3."),
            field_spans: vec![],
        },
    ]
}

fn roles() -> Vec<PersonRole> {
    vec![PersonRole {
        person_id: "sergey-chemezov".into(),
        person_span: Span::new(20, 35),
        role: "head".into(),
        organization: Some(actor(EntityKind::Organization, "rostec", 8)),
        role_span: Span::new(4, 19),
    }]
}

const TEXT: &str =
    "Egypt signed a memorandum in March 2015. Rosoboronexport's portfolio is over $0.3.";

#[test]
fn events_and_roles_round_trip_in_order() {
    let mut store = Store::open_in_memory().unwrap();
    let doc = common::document("a1", TEXT);
    let inserted = store
        .insert_document_with_events(&doc, &[], &[], &events(), &roles())
        .unwrap();
    assert_eq!(inserted, Inserted::New);
    assert_eq!(store.events("a1").unwrap(), events());
    assert_eq!(store.roles("a1").unwrap(), roles());
    assert_eq!(store.events("missing").unwrap(), Vec::<Event>::new());
}

#[test]
fn a_duplicate_document_adds_no_events() {
    let mut store = Store::open_in_memory().unwrap();
    let doc = common::document("a1", TEXT);
    let first = store
        .insert_document_with_events(&doc, &[], &[], &events(), &roles())
        .unwrap();
    assert_eq!(first, Inserted::New);
    let copy = common::document("a2", TEXT);
    let again = store
        .insert_document_with_events(&copy, &[], &[], &events(), &roles())
        .unwrap();
    assert!(matches!(again, Inserted::Duplicate { .. }), "{again:?}");
    assert_eq!(store.events("a1").unwrap().len(), 2);
    assert!(store.events("a2").unwrap().is_empty());
}

#[test]
fn an_unstorable_event_stores_nothing_of_its_document() {
    let mut store = Store::open_in_memory().unwrap();
    let mut bad = events();
    if let EventDetail::Figure { value, .. } = &mut bad[1].detail {
        value.as_mut().unwrap().amount = f64::NAN;
    }
    let doc = common::document("a1", TEXT);
    let err = store
        .insert_document_with_events(&doc, &common::mentions(), &common::transfers(), &bad, &[])
        .unwrap_err();
    assert!(matches!(err, StoreError::Unstorable { .. }), "{err:?}");
    assert_eq!(store.document("a1").unwrap(), None);
    assert_eq!(store.counts().unwrap().documents, 0);
}

#[test]
fn a_file_from_before_the_events_table_gains_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("armscope.db");
    {
        let mut store = Store::open(&path).unwrap();
        common::insert_full(
            &mut store,
            &common::document("old", "Egypt ordered Su-35 fighters."),
        );
    }
    // What a build before 0003 left behind: no events table, version 2.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("DROP TABLE events; PRAGMA user_version = 2;")
            .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let version: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, i64::from(SCHEMA_VERSION));
    assert_eq!(store.counts().unwrap(), common::full_counts(1));
    let doc = common::document("a1", TEXT);
    let inserted = store
        .insert_document_with_events(&doc, &[], &[], &events(), &[])
        .unwrap();
    assert_eq!(inserted, Inserted::New);
    assert_eq!(store.events("a1").unwrap(), events());
}
