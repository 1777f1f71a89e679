//! Fixtures shared by the integration tests.
#![allow(dead_code)] // each test binary uses a different subset

use armscope_store::{Counts, DocumentSummary, Inserted, Store, StoredTransfer};

use armscope_core::{
    Document, EntityKind, EntityMention, Evidence, Money, Qualifier, Quantity, SourceFormat, Span,
    Status, Transfer, TransferKind, YearRange,
};

pub fn document(id: &str, text: &str) -> Document {
    Document {
        id: id.to_owned(),
        url: Some(format!("https://example.org/{id}")),
        title: Some(format!("Title of {id}")),
        published: Some(jiff::civil::date(2024, 2, 29)),
        source: format!("news/{id}.jsonl:7"),
        format: SourceFormat::Jsonl,
        text: text.to_owned(),
    }
}

/// One mention of every kind, in a deliberately unsorted order.
pub fn mentions() -> Vec<EntityMention> {
    let mention = |start, end, kind, id: &str, name: &str, rule: &str| EntityMention {
        span: Span::new(start, end),
        kind,
        id: id.to_owned(),
        name: name.to_owned(),
        rule: rule.to_owned(),
    };
    vec![
        mention(
            14,
            19,
            EntityKind::System,
            "su-35",
            "Su-35",
            "catalog:su-35",
        ),
        mention(0, 5, EntityKind::Country, "EG", "Egypt", "catalog:EG"),
        mention(
            30,
            45,
            EntityKind::Organization,
            "rosoboronexport",
            "Rosoboronexport",
            "alias",
        ),
        mention(
            50,
            60,
            EntityKind::Person,
            "person:ivan-petrov",
            "Ivan Petrov",
            "person-rule",
        ),
    ]
}

/// A transfer with every optional field filled, and one with as few as possible.
pub fn transfers() -> Vec<Transfer> {
    vec![
        Transfer {
            supplier: Some("RU".into()),
            recipient: Some("EG".into()),
            system: "Su-35SK".into(),
            system_id: Some("su-35sk".into()),
            family: Some("su-35".into()),
            category: Some("aircraft".into()),
            kind: TransferKind::Sale,
            status: Some(Status::Ordered),
            quantity: Some(Quantity {
                value: 24,
                unit: Some("squadrons".into()),
                qualifier: Qualifier::AtLeast,
            }),
            // Not exactly representable in decimal: catches lossy float round trips.
            value: Some(Money {
                amount: 0.1 + 2.2e9,
                currency: "USD".into(),
                qualifier: Qualifier::Approx,
            }),
            order_year: Some(2018),
            delivery_years: Some(YearRange {
                first: Some(2020),
                last: None,
            }),
            hedged: true,
            evidence: Evidence {
                text: "Egypt ordered Su-35 fighters.".into(),
                start: 0,
                end: 29,
            },
            field_spans: vec![
                ("quantity".into(), Span::new(3, 5)),
                ("value".into(), Span::new(20, 28)),
                ("order_year".into(), Span::new(9, 13)),
            ],
        },
        Transfer {
            supplier: None,
            recipient: Some("IN".into()),
            system: "missiles".into(),
            system_id: None,
            family: None,
            category: None,
            kind: TransferKind::JointDevelopment,
            status: None,
            quantity: Some(Quantity {
                value: 3,
                unit: None,
                qualifier: Qualifier::UpTo,
            }),
            value: Some(Money {
                amount: 1.5e8,
                currency: "EUR".into(),
                qualifier: Qualifier::Exact,
            }),
            order_year: None,
            delivery_years: Some(YearRange {
                first: None,
                last: Some(2031),
            }),
            hedged: false,
            evidence: Evidence {
                text: "Missiles to India.".into(),
                start: 30,
                end: 48,
            },
            field_spans: vec![],
        },
    ]
}

/// Inserts `doc` with [`mentions`] and [`transfers`], which must be new.
pub fn insert_full(store: &mut Store, doc: &Document) {
    let inserted = store
        .insert_document(doc, &mentions(), &transfers())
        .unwrap();
    assert_eq!(inserted, Inserted::New);
}

/// What a store holds after `documents` calls to [`insert_full`].
pub fn full_counts(documents: usize) -> Counts {
    Counts {
        documents,
        mentions: documents * mentions().len(),
        transfers: documents * transfers().len(),
    }
}

/// Everything the read API lists, to compare a store before and after an operation.
pub fn snapshot(store: &Store) -> (Counts, Vec<DocumentSummary>, Vec<StoredTransfer>) {
    (
        store.counts().unwrap(),
        store.documents().unwrap(),
        store.transfers().unwrap(),
    )
}
