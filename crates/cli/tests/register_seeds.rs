//! Issue 5 over the shared seed corpus, with the real binary: one Su-35 deal citing three seeds
//! with its value conflict, one S-400 deal of 4 units for $1.9 billion, the 2019 helicopter
//! contracts as deals of their own, the two seeds that share paragraphs marked as copies, and a
//! valid FollowTheMoney export. Skips (saying so) without `../shared`.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;

use common::{armscope, ingested_seeds, json_lines};

fn stdout(args: &[&str]) -> String {
    let out = armscope(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn deals(db: &str) -> Vec<Value> {
    json_lines(stdout(&["register", "--db", db, "--format", "jsonl"]).as_bytes())
}

fn docs_of(value: &Value) -> BTreeSet<String> {
    value["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["doc_id"].as_str().unwrap()[..3].to_string())
        .collect()
}

fn sales<'d>(deals: &'d [Value], family: &str) -> Vec<&'d Value> {
    deals
        .iter()
        .filter(|d| d["supplier"] == "RU" && d["recipient"] == "CN")
        .filter(|d| d["family"] == family && d["kind"] == "sale")
        .collect()
}

#[test]
fn one_su35_deal_cites_three_seeds_and_shows_its_value_conflict() {
    let Some((_dir, db)) = ingested_seeds() else {
        return;
    };
    let deals = deals(&db);
    let su35 = sales(&deals, "su-35");
    assert_eq!(su35.len(), 1, "{su35:#?}");
    let deal = su35[0];
    assert!(docs_of(deal).len() >= 3, "{:?}", docs_of(deal));
    assert_eq!(deal["value"]["conflict"], true);
    let values: Vec<(f64, BTreeSet<String>)> = deal["value"]["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["value"]["amount"].as_f64().unwrap(), docs_of(v)))
        .collect();
    assert!(
        values.contains(&(2.0e9, BTreeSet::from(["002".to_string()]))),
        "{values:?}"
    );
    assert!(
        values.contains(&(2.5e9, BTreeSet::from(["000".to_string()]))),
        "{values:?}"
    );

    let id = deal["id"].as_str().unwrap();
    let shown = stdout(&["show", "--db", &db, id]);
    assert!(shown.contains("value: $2 bn  ! conflict"), "{shown}");
    assert!(
        shown.contains("  $2 bn  [002_16724066ba35c3ba.txt]"),
        "{shown}"
    );
    assert!(
        shown.contains("  ~$2.5 bn  [000_8cde72f2af83a6cf.txt]"),
        "{shown}"
    );
    assert!(
        shown.contains("timeline: talks → ordered → delivering → delivered"),
        "{shown}"
    );
}

#[test]
fn one_s400_deal_of_four_units_for_1_9_billion() {
    let Some((_dir, db)) = ingested_seeds() else {
        return;
    };
    let deals = deals(&db);
    let s400 = sales(&deals, "s-400");
    assert_eq!(s400.len(), 1, "{s400:#?}");
    assert_eq!(s400[0]["quantity"]["chosen"]["value"], 4);
    let value = s400[0]["value"]["chosen"]["amount"].as_f64().unwrap();
    assert!((value - 1.9e9).abs() < 1.0, "{value}");
}

#[test]
fn the_2019_helicopter_contracts_are_deals_of_their_own() {
    let Some((_dir, db)) = ingested_seeds() else {
        return;
    };
    let deals = deals(&db);
    let helicopters: Vec<&Value> = ["mi-17", "ansat"]
        .iter()
        .flat_map(|family| sales(&deals, family))
        .filter(|d| d["order_year"]["chosen"] == 2019)
        .collect();
    let quantities: BTreeSet<u64> = helicopters
        .iter()
        .filter_map(|d| d["quantity"]["chosen"]["value"].as_u64())
        .collect();
    // 68 Mi-171, 18 Mi-171Sh, 14 Mi-171 with the VK-2500 engine, 21 Ansat: four contracts.
    assert_eq!(
        quantities,
        BTreeSet::from([14, 18, 21, 68]),
        "{helicopters:#?}"
    );
    let ids: BTreeSet<&str> = helicopters
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), helicopters.len());
    assert!(helicopters
        .iter()
        .all(|d| d["quantity"]["conflict"] == false));
}

#[test]
fn the_seeds_that_share_paragraphs_are_marked_copies_and_count_once() {
    let Some((_dir, db)) = ingested_seeds() else {
        return;
    };
    let links = json_lines(stdout(&["near-duplicates", "--db", &db, "--json"]).as_bytes());
    assert_eq!(links.len(), 1, "{links:#?}");
    assert_eq!(links[0]["doc_id"], "001_8210a019ac6f9758.txt");
    assert_eq!(links[0]["other_id"], "000_8cde72f2af83a6cf.txt");
    assert!(links[0]["shared_units"].as_u64().unwrap() >= 1);

    let deals = deals(&db);
    let copies: BTreeSet<(String, String)> = deals
        .iter()
        .flat_map(|d| d["sources"].as_array().unwrap())
        .filter_map(|s| {
            let original = s["copy_of"].as_str()?;
            Some((
                s["doc_id"].as_str()?[..3].to_string(),
                original[..3].to_string(),
            ))
        })
        .collect();
    assert_eq!(
        copies,
        BTreeSet::from([("001".to_string(), "000".to_string())])
    );
    let su35 = sales(&deals, "su-35")[0];
    assert_eq!(
        su35["independent_sources"].as_u64().unwrap() + 1,
        docs_of(su35).len() as u64
    );

    let id = su35["id"].as_str().unwrap();
    let listed = stdout(&["sources", "--db", &db, id]);
    assert!(
        listed.contains("001_8210a019ac6f9758.txt  undated")
            && listed.contains("[copy of 000_8cde72f2af83a6cf.txt: not independent]"),
        "{listed}"
    );
    let rows = json_lines(stdout(&["sources", "--db", &db, id, "--json"]).as_bytes());
    let copy = rows
        .iter()
        .find(|r| r["doc_id"] == "001_8210a019ac6f9758.txt")
        .unwrap();
    assert_eq!(copy["copy_of"], "000_8cde72f2af83a6cf.txt");
    assert!(copy["location"]
        .as_str()
        .unwrap()
        .ends_with("001_8210a019ac6f9758.txt"));
}

#[test]
fn the_seed_register_exports_as_valid_followthemoney() {
    let Some((_dir, db)) = ingested_seeds() else {
        return;
    };
    let text = stdout(&["export", "ftm", "--db", &db]);
    let problems = armscope_fuse::render::ftm_problems(&text);
    assert!(problems.is_empty(), "{problems:#?}");
    let entities = json_lines(text.as_bytes());
    let su35 = entities
        .iter()
        .find(|e| e["id"] == "armscope-deal-RU-CN-su-35-2015")
        .expect("the Su-35 contract");
    assert_eq!(su35["schema"], "Contract");
    assert_eq!(su35["properties"]["authority"][0], "armscope-state-cn");
    assert!(entities.iter().any(|e| e["schema"] == "Person"));
}
