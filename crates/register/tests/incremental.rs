//! Incremental re-fusion: documents stored in two runs give the register one run gives, and
//! only the deal groups the new documents touch are rewritten.

use std::collections::BTreeMap;

use armscope_core::{
    Document, Evidence, Money, Qualifier, SourceFormat, Status, Transfer, TransferKind,
};
use armscope_fuse::{fuse_with, Copies, Deal};
use armscope_register::{deals, load, report, update, update_unless_busy};
use armscope_store::Store;

const WIRE: &str = "Russia has supplied China with 24 Su-35 fighter jets under a contract \
    signed in 2015, the head of the Federal Service for Military-Technical Cooperation said on \
    Tuesday, adding that the total cost of the contract was about two billion dollars.";

fn transfer(supplier: &str, recipient: &str, system: &str, sentence: &str) -> Transfer {
    Transfer {
        supplier: Some(supplier.into()),
        recipient: Some(recipient.into()),
        system: system.into(),
        system_id: None,
        family: Some(system.to_lowercase()),
        category: None,
        kind: TransferKind::Sale,
        status: Some(Status::Ordered),
        quantity: None,
        value: None,
        order_year: None,
        delivery_years: None,
        hedged: false,
        evidence: Evidence {
            text: sentence.into(),
            start: 0,
            end: sentence.len(),
        },
        field_spans: vec![],
    }
}

fn usd(amount: f64) -> Option<Money> {
    Some(Money {
        amount,
        currency: "USD".into(),
        qualifier: Qualifier::Exact,
    })
}

/// A document and its transfers; `day` dates it in January 2020.
fn doc(id: &str, day: i8, text: &str, transfers: Vec<Transfer>) -> (Document, Vec<Transfer>) {
    let document = Document {
        id: id.into(),
        url: Some(format!("https://example.org/{id}")),
        title: None,
        published: Some(jiff::civil::date(2020, 1, day)),
        source: format!("{id}.txt"),
        format: SourceFormat::Text,
        text: text.into(),
    };
    (document, transfers)
}

/// First run: a Su-35 report and a HIMARS report.
fn first_run() -> Vec<(Document, Vec<Transfer>)> {
    let mut su35 = transfer("RU", "CN", "Su-35", WIRE);
    su35.value = usd(2.0e9);
    let himars = "Poland signed for 18 HIMARS launchers in 2019, the defence ministry said.";
    vec![
        doc(
            "a-agency",
            1,
            &format!("Moscow, January 1.\n{WIRE}"),
            vec![su35],
        ),
        doc(
            "a-himars",
            2,
            himars,
            vec![transfer("US", "PL", "HIMARS", himars)],
        ),
    ]
}

/// Second run: a syndicated copy of the Su-35 wire, and an independent report of $2.5 billion.
fn second_run() -> Vec<(Document, Vec<Transfer>)> {
    let mut copied = transfer("RU", "CN", "Su-35", WIRE);
    copied.value = usd(2.0e9);
    let other = "China paid $2.5 billion for its 24 Su-35 fighters, a Chinese magazine estimated.";
    let mut independent = transfer("RU", "CN", "Su-35", other);
    independent.value = usd(2.5e9);
    vec![
        doc(
            "b-copy",
            3,
            &format!("Reprinted from the agency.\n{WIRE}"),
            vec![copied],
        ),
        doc("b-magazine", 9, other, vec![independent]),
    ]
}

fn store(docs: &[(Document, Vec<Transfer>)]) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    add(&mut store, docs);
    store
}

fn add(store: &mut Store, docs: &[(Document, Vec<Transfer>)]) {
    for (document, transfers) in docs {
        let _ = store.insert_document(document, &[], transfers).unwrap();
    }
}

fn stamps(store: &Store) -> BTreeMap<String, String> {
    store
        .deals()
        .unwrap()
        .into_iter()
        .map(|d| (d.id, d.updated_at))
        .collect()
}

#[test]
fn two_runs_give_the_register_of_one_and_rewrite_only_touched_groups() {
    let mut incremental = store(&first_run());
    let first = update(&mut incremental).unwrap();
    assert_eq!((first.groups, first.written), (2, 2), "{first:?}");
    let before = stamps(&incremental);

    add(&mut incremental, &second_run());
    let second = update(&mut incremental).unwrap();
    // The Su-35 group is fused again (its deal changed); the HIMARS group is not even read.
    assert_eq!(
        (second.groups, second.written, second.kept, second.removed),
        (1, 1, 0, 0),
        "{second:?}"
    );
    let after = stamps(&incremental);
    assert_eq!(after["US-PL-himars-1"], before["US-PL-himars-1"]);

    let mut all = first_run();
    all.extend(second_run());
    let mut at_once = store(&all);
    update(&mut at_once).unwrap();
    let register = load(&incremental).unwrap();
    assert_eq!(register, load(&at_once).unwrap());

    // And both equal a fusion of everything from scratch.
    let reports = at_once
        .transfers()
        .unwrap()
        .into_iter()
        .map(report)
        .collect::<Vec<_>>();
    let copies = Copies::new(at_once.near_duplicate_pairs().unwrap());
    let mut fresh: Vec<Deal> = fuse_with(&reports, &copies);
    fresh.sort_by(|a, b| a.id.cmp(&b.id));
    let mut stored = register.clone();
    stored.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(stored, fresh);

    // The copy counts once: $2 bn (agency + its copy) ties $2.5 bn (magazine), and the later
    // figure wins the tie; the copy is marked.
    let su35 = register.iter().find(|d| d.id == "RU-CN-su-35-1").unwrap();
    assert_eq!(su35.independent_sources, 2);
    assert_eq!(su35.value.chosen.as_ref().unwrap().amount, 2.5e9);
    let copy = su35.sources.iter().find(|s| s.doc_id == "b-copy").unwrap();
    assert_eq!(copy.copy_of.as_deref(), Some("a-agency"));
}

#[test]
fn an_update_with_nothing_new_writes_nothing() {
    let mut store = store(&first_run());
    update(&mut store).unwrap();
    let before = stamps(&store);
    let again = update(&mut store).unwrap();
    assert_eq!((again.groups, again.written), (0, 0));
    assert_eq!(stamps(&store), before);
}

#[test]
fn an_update_dropped_before_commit_leaves_the_documents_pending() {
    let mut store = store(&first_run());
    {
        let tx = store.begin_deals_update().unwrap();
        assert_eq!(tx.pending_documents().unwrap().len(), 2);
        // Dropped without commit, as on a crash or an error half-way.
    }
    assert_eq!(store.pending_fusion().unwrap(), 2);
    assert!(store.deals().unwrap().is_empty());
    update(&mut store).unwrap();
    assert_eq!(store.pending_fusion().unwrap(), 0);
    assert_eq!(store.deals().unwrap().len(), 2);
}

#[test]
fn a_reader_gets_the_last_fused_register_while_another_process_holds_the_write_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    let mut store = Store::open(&path).unwrap();
    add(&mut store, &first_run());
    update(&mut store).unwrap();
    add(&mut store, &second_run());
    let fused_before = load(&store).unwrap();
    let pending = store.pending_fusion().unwrap();
    assert!(pending > 0);

    // Another process (a long ingest's own update) holds the write lock past the timeout.
    let mut writer = Store::open(&path).unwrap();
    let lock = writer.begin_deals_update().unwrap();
    let err = update(&mut store).unwrap_err();
    assert!(
        matches!(&err, armscope_register::RegisterError::Store(e) if e.is_busy()),
        "{err}"
    );
    assert_eq!(update_unless_busy(&mut store).unwrap(), None);
    // Readers answer with the register as last fused, whole; nothing is lost from pending.
    assert_eq!(deals(&mut store).unwrap(), fused_before);
    assert_eq!(store.pending_fusion().unwrap(), pending);

    drop(lock);
    assert!(update_unless_busy(&mut store).unwrap().is_some());
    assert_eq!(store.pending_fusion().unwrap(), 0);
    assert_ne!(load(&store).unwrap(), fused_before);
}
