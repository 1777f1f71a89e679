//! The OpenAPI document describes exactly the routes the router serves.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;

fn documented() -> BTreeSet<(String, String)> {
    let doc: Value = serde_json::from_str(armscope_serve::OPENAPI).expect("openapi.json is JSON");
    assert_eq!(doc["openapi"].as_str().map(|v| &v[..2]), Some("3."));
    doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, ops)| {
            ops.as_object()
                .unwrap()
                .keys()
                .map(move |m| (m.to_uppercase(), path.clone()))
        })
        .collect()
}

#[test]
fn every_route_is_documented_and_nothing_else() {
    let routes: BTreeSet<(String, String)> = armscope_serve::API_ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(routes, documented());
}

#[test]
fn every_documented_route_answers_on_the_live_router() {
    let addr = common::demo_server();
    for (method, path) in documented() {
        let concrete = path
            .replace("{kind}/{id}", "country/IN")
            .replace("/deals/{id}", "/deals/FR-IN-rafale-2016")
            .replace("/documents/{id}", "/documents/in-fr-rafale.html");
        let response = common::request(
            addr,
            &method,
            &concrete,
            &[("content-type", "application/json")],
            b"{}",
        );
        let body = response.text();
        assert_ne!(response.status, 405, "{method} {path}: {body}");
        assert!(!body.contains("no route"), "{method} {path}: {body}");
        if method == "GET" {
            assert_eq!(response.status, 200, "{method} {concrete}: {body}");
        }
    }
}

#[test]
fn the_document_is_served_as_json() {
    let addr = common::demo_server();
    let served = common::get_json(addr, "/api/v1/openapi.json");
    assert_eq!(
        served,
        serde_json::from_str::<Value>(armscope_serve::OPENAPI).unwrap()
    );
}
