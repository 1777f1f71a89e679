//! FollowTheMoney export: only real schemata and properties, references that resolve, and the
//! mapping of states, deals, suppliers, sources and mentioned parties.

mod support;

use std::collections::HashMap;

use armscope_core::Status;
use armscope_fuse::render::{ftm, ftm_problems, FtmContext, FtmDocument, FtmParty};
use armscope_fuse::{fuse_with, Copies};
use serde_json::Value;
use support::{fighter_reports, report};

fn export() -> (String, Vec<Value>) {
    let mut reports = fighter_reports();
    reports.push(
        report(
            "003.txt",
            "RU",
            "CN",
            "Su-35",
            Some("su-35"),
            "A copy: 24 Su-35 delivered.",
        )
        .status(Status::Delivered)
        .build(),
    );
    // A deal without a known supplier: no award, and still valid.
    reports.push(
        report(
            "050.txt",
            "XX",
            "EG",
            "Rafale",
            Some("rafale"),
            "Egypt bought Rafales.",
        )
        .no_supplier()
        .build(),
    );
    let deals = fuse_with(&reports, &Copies::new([["000.txt", "003.txt"]]));
    let mut context = FtmContext::default();
    context.state_names.insert("RU".into(), "Russia".into());
    context.state_names.insert("CN".into(), "China".into());
    let party = |id: &str, name: &str, state: &str| FtmParty {
        id: id.into(),
        name: name.into(),
        state: Some(state.into()),
    };
    context.documents = HashMap::from([(
        "000.txt".to_string(),
        FtmDocument {
            title: Some("Russia completes Su-35 deliveries".into()),
            url: Some("https://example.org/000".into()),
            published: Some(jiff::civil::date(2019, 1, 10)),
            organizations: vec![party("rosoboronexport", "Rosoboronexport", "RU")],
            people: vec![party("dmitry-shugaev", "Dmitry Shugaev", "RU")],
        },
    )]);
    let mut out = Vec::new();
    ftm(&deals, &context, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let entities = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (text, entities)
}

fn find<'e>(entities: &'e [Value], id: &str) -> &'e Value {
    entities
        .iter()
        .find(|e| e["id"] == id)
        .unwrap_or_else(|| panic!("no entity {id}"))
}

#[test]
fn every_entity_uses_real_schemata_and_properties_and_every_reference_resolves() {
    let (text, entities) = export();
    assert!(entities.len() > 8, "{text}");
    let problems = ftm_problems(&text);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_checker_catches_made_up_schemata_properties_and_dangling_references() {
    let bad = [
        r#"{"id":"a","schema":"Country","properties":{"name":["Russia"]}}"#,
        r#"{"id":"b","schema":"Contract","properties":{"buyer":["a"]}}"#,
        r#"{"id":"c","schema":"ContractAward","properties":{"supplier":["nobody"]}}"#,
        r#"{"id":"c","schema":"PublicBody","properties":{"name":["again"]}}"#,
    ]
    .join("\n");
    let problems = ftm_problems(&bad);
    for expected in [
        "\"Country\"",
        "\"buyer\"",
        "\"nobody\"",
        "repeated id \"c\"",
    ] {
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{expected} not reported: {problems:#?}"
        );
    }
}

#[test]
fn states_deals_suppliers_and_sources_map_to_their_ftm_roles() {
    let (_, entities) = export();
    let russia = find(&entities, "armscope-state-ru");
    assert_eq!(russia["schema"], "PublicBody");
    assert_eq!(russia["properties"]["name"][0], "Russia");
    assert_eq!(russia["properties"]["country"][0], "ru");

    let deal = find(&entities, "armscope-deal-RU-CN-su-35-2015");
    assert_eq!(deal["schema"], "Contract");
    assert_eq!(deal["properties"]["authority"][0], "armscope-state-cn");
    assert_eq!(deal["properties"]["contractDate"][0], "2015");
    assert_eq!(deal["properties"]["currency"][0], "USD");
    assert!(deal["properties"]["sourceUrl"].is_array());

    let award = find(&entities, "armscope-award-RU-CN-su-35-2015");
    assert_eq!(award["schema"], "ContractAward");
    assert_eq!(award["properties"]["supplier"][0], "armscope-state-ru");
    assert_eq!(
        award["properties"]["contract"][0],
        "armscope-deal-RU-CN-su-35-2015"
    );
    assert_eq!(award["properties"]["status"][0], "delivered");

    let article = find(&entities, "armscope-article-000.txt");
    assert_eq!(article["schema"], "Article");
    assert_eq!(article["properties"]["publishedAt"][0], "2019-01-10");
    let copy = find(&entities, "armscope-documentation-RU-CN-su-35-2015-003.txt");
    assert_eq!(copy["properties"]["role"][0], "copy");
    assert_eq!(
        find(&entities, "armscope-person-dmitry-shugaev")["schema"],
        "Person"
    );
    assert_eq!(
        find(&entities, "armscope-org-rosoboronexport")["properties"]["country"][0],
        "ru"
    );
    // No supplier, no award; the deal is still there.
    assert!(entities
        .iter()
        .any(|e| e["id"] == "armscope-deal-XX-EG-rafale-1"));
    assert!(!entities
        .iter()
        .any(|e| e["id"] == "armscope-award-XX-EG-rafale-1"));
}
