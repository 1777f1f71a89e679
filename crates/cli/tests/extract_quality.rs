//! Extraction quality on the team's sample corpus (always) and on the shared seed corpus
//! (when `../shared` is beside the checkout): floors that fail the build if quality slips.

mod common;

use common::{armscope, json_lines, repo, score, shared};

#[test]
fn output_follows_the_schema() {
    let out = armscope(&["extract", repo().join("testdata/articles").to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines = json_lines(&out.stdout);
    assert!(lines.iter().any(|l| l["type"] == "transfer"));
    for l in &lines {
        assert!(l["doc"].is_string(), "{l}");
        match l["type"].as_str() {
            Some("transfer") => {
                for field in ["supplier", "recipient", "system", "kind"] {
                    assert!(l[field].is_string(), "{field} in {l}");
                }
                let ev = &l["evidence"];
                let (start, end) = (ev["start"].as_u64().unwrap(), ev["end"].as_u64().unwrap());
                assert!(start < end && ev["text"].as_str().unwrap().len() as u64 == end - start, "{l}");
                if let Some(years) = l["delivery_years"].as_array() {
                    assert_eq!(years.len(), 2);
                }
            }
            Some("entity") => {
                assert!(["system", "organization", "person", "country"].contains(&l["kind"].as_str().unwrap()));
                assert!(!l["mentions"].as_array().unwrap().is_empty());
            }
            other => panic!("unexpected type {other:?}"),
        }
    }
}

#[test]
fn sample_corpus_quality_floor() {
    let out = armscope(&["extract", repo().join("testdata/articles").to_str().unwrap()]);
    let preds = json_lines(&out.stdout);
    let s = score(&repo().join("testdata/expected/sample.gold.jsonl"), &preds);
    eprintln!("sample corpus: tp {} fp {} fn {} F1 {:.3}\n{}", s.tp, s.fp, s.fn_, s.f1(), s.misses.join("\n"));
    assert!(s.f1() >= SAMPLE_F1_FLOOR, "sample transfer F1 {:.3} below {SAMPLE_F1_FLOOR}", s.f1());
}

/// Measured 0.664 when the floor was set; the margin leaves room for honest rule changes.
const SAMPLE_F1_FLOOR: f64 = 0.60;

/// Measured 0.565 on the held-out set (never tuned to) when the floor was set.
const HELDOUT_F1_FLOOR: f64 = 0.50;

#[test]
fn heldout_corpus_quality_floor() {
    let out = armscope(&["extract", repo().join("testdata/heldout/articles").to_str().unwrap()]);
    let preds = json_lines(&out.stdout);
    let s = score(&repo().join("testdata/heldout/expected.gold.jsonl"), &preds);
    eprintln!("held-out corpus: tp {} fp {} fn {} F1 {:.3}", s.tp, s.fp, s.fn_, s.f1());
    assert!(s.f1() >= HELDOUT_F1_FLOOR, "held-out transfer F1 {:.3} below {HELDOUT_F1_FLOOR}", s.f1());
}

#[test]
fn seed_corpus_quality_floor() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/eval not found beside the checkout, seed evaluation not run");
        return;
    };
    let out = armscope(&["extract", shared.join("corpus/seeds").to_str().unwrap()]);
    assert!(out.status.success());
    let preds = json_lines(&out.stdout);
    let s = score(&shared.join("eval/dev/seeds.gold.jsonl"), &preds);
    eprintln!("seeds: tp {} fp {} fn {} F1 {:.3}\n{}", s.tp, s.fp, s.fn_, s.f1(), s.misses.join("\n"));
    assert!(s.f1() >= 0.85, "seed transfer F1 {:.3} below 0.85", s.f1());
    for field in ["kind", "status", "quantity", "value_usd", "order_year", "delivery_years"] {
        assert!(s.field(field) >= 0.90, "seed {field} accuracy {:.2} below 0.90", s.field(field));
    }
}
