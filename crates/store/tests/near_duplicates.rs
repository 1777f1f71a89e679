//! Near-duplicates are found when a document is stored, whatever the order, and only the
//! documents that share text are linked.

mod common;

use std::path::PathBuf;

use armscope_store::Store;

const WIRE: &str = "China is one of Russia's key partners in military-technical cooperation. \
    In January 2019 the head of the Federal Service announced that the order portfolio with \
    China is more than 7 billion dollars, and that China accounts for 15 percent of orders.";
const REWRITTEN: &str = "China is one of Russia’s key partners in the field of defence \
    technology. In January 2019 the head of the Federal Service said that the portfolio of \
    orders with China is more than US$ 7 billion; China accounts for 15 percent of exports.";

fn texts() -> Vec<(&'static str, String)> {
    vec![
        (
            "agency",
            format!(
                "The ambassador praised cooperation in high technology in an interview with the agency in Moscow on Thursday.\n\n{WIRE}\n\nSanctions were imposed on the purchasing department in the fall of 2017 over fighters and air defence systems."
            ),
        ),
        (
            "magazine",
            format!(
                "The president told a discussion club that a military alliance was not needed but could be imagined in theory.\n\n{REWRITTEN}\n\nThe annual report of the holding disclosed helicopter contracts of several types signed during the year."
            ),
        ),
        (
            "unrelated",
            "India took delivery of the first S-400 squadron from Russia despite the threat of American sanctions, officials said.\n\nThe five squadrons were ordered in 2018 for about 5.4 billion dollars and are due to arrive by 2026 under the contract.".to_string(),
        ),
    ]
}

fn linked_pairs(store: &Store) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = store
        .near_duplicates()
        .unwrap()
        .into_iter()
        .map(|l| {
            if l.doc_id < l.other_id {
                (l.doc_id, l.other_id)
            } else {
                (l.other_id, l.doc_id)
            }
        })
        .collect();
    pairs.sort();
    pairs
}

#[test]
fn a_shared_reworded_paragraph_links_two_articles_in_either_order() {
    for reversed in [false, true] {
        let mut store = Store::open_in_memory().unwrap();
        let mut docs = texts();
        if reversed {
            docs.reverse();
        }
        for (id, text) in &docs {
            let _ = store
                .insert_document(&common::document(id, text), &[], &[])
                .unwrap();
        }
        assert_eq!(
            linked_pairs(&store),
            [("agency".to_string(), "magazine".to_string())],
            "reversed: {reversed}"
        );
        let link = &store.near_duplicates().unwrap()[0];
        assert_eq!(link.shared_units, 1);
        assert!(
            link.unit_containment >= 0.4 && link.jaccard < 0.5,
            "{link:?}"
        );
        assert_eq!(
            store.near_duplicate_groups().unwrap(),
            [vec!["agency".to_string(), "magazine".to_string()]]
        );
    }
}

#[test]
fn documents_stored_before_detection_are_indexed_by_an_update() {
    let mut store = Store::open_in_memory().unwrap();
    for (id, text) in texts() {
        let _ = store
            .insert_document(&common::document(id, &text), &[], &[])
            .unwrap();
    }
    // Nothing left to index: the inserts did it, and a second pass must not add links.
    let update = store.begin_deals_update().unwrap();
    assert_eq!(update.index_unsigned().unwrap(), 0);
    assert_eq!(update.pending_documents().unwrap().len(), 3);
    update.commit().unwrap();
    assert_eq!(store.pending_fusion().unwrap(), 0);
    assert_eq!(linked_pairs(&store).len(), 1);
}

/// The shared seed corpus, when `../shared` is beside the checkout (or `ARMSCOPE_SHARED` names
/// it, as from a git worktree).
fn seeds() -> Option<PathBuf> {
    let shared = std::env::var_os("ARMSCOPE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let dir = shared.join("corpus/seeds");
    dir.is_dir().then_some(dir)
}

#[test]
fn the_two_seed_articles_that_share_paragraphs_are_linked() {
    let Some(dir) = seeds() else {
        eprintln!("skipped: ../shared/corpus/seeds not found beside the checkout");
        return;
    };
    let mut store = Store::open_in_memory().unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in &names {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let _ = store
            .insert_document(&common::document(name, &text), &[], &[])
            .unwrap();
    }
    let pairs = linked_pairs(&store);
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    assert!(
        pairs[0].0.starts_with("000_") && pairs[0].1.starts_with("001_"),
        "{pairs:?}"
    );
}
