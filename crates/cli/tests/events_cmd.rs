//! Events other than transfers through the real binary: `extract` prints them as JSON Lines
//! with evidence, `ingest` stores them, `show --doc` prints them with their sentences.

mod common;

use std::collections::BTreeMap;

use common::{armscope, json_lines, repo, shared};
use serde_json::Value;

const EVENT_TYPES: &[&str] = &["agreement", "meeting", "exercise", "sanction", "figure"];

/// The event lines of `extract` over `path`, each checked: a known type, a document, and
/// evidence whose text matches its offsets, with every field span inside it.
fn events_of(path: &str) -> Vec<Value> {
    let out = armscope(&["extract", path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events: Vec<Value> = json_lines(&out.stdout)
        .into_iter()
        .filter(|l| l["type"] != "transfer" && l["type"] != "entity")
        .collect();
    for e in &events {
        assert!(EVENT_TYPES.contains(&e["type"].as_str().unwrap()), "{e}");
        assert!(e["doc"].is_string(), "{e}");
        assert!(e["hedged"].is_boolean(), "{e}");
        let ev = &e["evidence"];
        let text = ev["text"].as_str().unwrap();
        let (start, end) = (ev["start"].as_u64().unwrap(), ev["end"].as_u64().unwrap());
        assert!(start < end && text.len() as u64 == end - start, "{e}");
        for (field, span) in e["field_spans"].as_object().expect("field_spans") {
            let (s, t) = (
                span["start"].as_u64().unwrap(),
                span["end"].as_u64().unwrap(),
            );
            assert!(
                start <= s && s <= t && t <= end,
                "{field} outside the evidence: {e}"
            );
            let inside = &text[(s - start) as usize..(t - start) as usize];
            assert_eq!(inside, span["text"].as_str().unwrap(), "{field} in {e}");
        }
    }
    events
}

fn counts(events: &[Value]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for e in events {
        *counts
            .entry(e["type"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    counts
}

#[test]
fn extract_prints_events_with_evidence_over_the_sample_corpus() {
    let events = events_of(repo().join("testdata/articles").to_str().unwrap());
    let counts = counts(&events);
    for kind in ["agreement", "meeting", "sanction", "figure"] {
        assert!(
            counts.get(kind).is_some_and(|n| *n > 0),
            "no {kind}: {counts:?}"
        );
    }
    // Figures name a subject and a sum or a share.
    for f in events.iter().filter(|e| e["type"] == "figure") {
        assert!(f["subject"]["name"].is_string(), "{f}");
        assert!(f["value"].is_object() || f["percent"].is_number(), "{f}");
    }
}

#[test]
fn every_event_type_is_found_in_the_seed_corpus() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared not found beside the checkout");
        return;
    };
    let events = events_of(shared.join("corpus/seeds").to_str().unwrap());
    let counts = counts(&events);
    for kind in EVENT_TYPES {
        assert!(
            counts.get(*kind).is_some_and(|n| *n > 0),
            "no {kind}: {counts:?}"
        );
    }
    let treaty = events
        .iter()
        .find(|e| e["type"] == "agreement" && e["form"] == "treaty")
        .expect("the 2001 treaty");
    assert_eq!(treaty["date"]["year"], 2001);
}

#[test]
fn person_entities_carry_roles() {
    let out = armscope(&[
        "extract",
        repo().join("testdata/articles").to_str().unwrap(),
    ]);
    let lines = json_lines(&out.stdout);
    let with_role: Vec<&Value> = lines
        .iter()
        .filter(|l| l["type"] == "entity" && l.get("role").is_some())
        .collect();
    assert!(!with_role.is_empty());
    for l in with_role {
        assert_eq!(l["kind"], "person", "{l}");
        assert!(l["role"].is_string(), "{l}");
    }
}

#[test]
fn show_doc_prints_the_stored_events_with_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("test.db");
    let db = db.to_str().unwrap();
    let articles = repo().join("testdata/articles");
    let ingest = armscope(&["ingest", "--db", db, articles.to_str().unwrap()]);
    assert!(
        ingest.status.success(),
        "{}",
        String::from_utf8_lossy(&ingest.stderr)
    );

    let doc = "global-exports-statistics.txt";
    let expected = events_of(articles.join(doc).to_str().unwrap());
    assert!(!expected.is_empty());
    let show = armscope(&["show", "--db", db, "--doc", doc]);
    assert!(
        show.status.success(),
        "{}",
        String::from_utf8_lossy(&show.stderr)
    );
    let text = String::from_utf8_lossy(&show.stdout);
    assert!(
        text.contains(&format!("events ({})", expected.len())),
        "{text}"
    );
    for e in &expected {
        let ev = &e["evidence"];
        let at = format!("[{}–{}]", ev["start"], ev["end"]);
        assert!(
            text.contains(&at),
            "evidence {at} of {e} not shown:\n{text}"
        );
    }

    let missing = armscope(&["show", "--db", db, "--doc", "no-such-document"]);
    assert_eq!(missing.status.code(), Some(1));
}
