//! `POST /api/v1/documents`: off without a token, only with the token, JSON or JSON Lines in,
//! what was extracted out, and the register fused again.

mod common;

use std::net::SocketAddr;

use common::{demo_copy, get_json, request, spawn};
use serde_json::{json, Value};

const TOKEN: &str = "s3cret-token";

fn writable_server() -> (tempfile::TempDir, SocketAddr) {
    let (dir, store) = demo_copy();
    let state = armscope_serve::AppState::load(store)
        .unwrap()
        .with_ingest(TOKEN.into(), common::catalog().clone());
    (dir, spawn(state))
}

fn post(addr: SocketAddr, content_type: &str, token: Option<&str>, body: &str) -> common::Response {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("content-type", content_type)];
    if let Some(auth) = &auth {
        headers.push(("authorization", auth.as_str()));
    }
    request(addr, "POST", "/api/v1/documents", &headers, body.as_bytes())
}

fn article(id: &str, text: &str) -> Value {
    json!({"id": id, "title": "Test", "published": "2025-06-01", "text": text})
}

#[test]
fn ingest_is_off_without_a_token() {
    let addr = common::demo_server();
    let response = post(
        addr,
        "application/json",
        Some("anything"),
        &article("a", "Text.").to_string(),
    );
    assert_eq!(response.status, 403);
    assert!(response.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("--token"));
}

#[test]
fn ingest_needs_the_servers_token() {
    let (_dir, addr) = writable_server();
    let body = article("a", "Egypt ordered 12 Rafale fighters from France in 2024.").to_string();
    for token in [None, Some("wrong"), Some("s3cret-token-and-more")] {
        let response = post(addr, "application/json", token, &body);
        assert_eq!(response.status, 401, "{token:?}");
        assert_eq!(response.header("www-authenticate"), Some("Bearer"));
    }
    let before = get_json(addr, "/api/v1/deals?limit=1")["total"].clone();
    assert_eq!(
        get_json(addr, "/api/v1/deals?limit=1")["total"],
        before,
        "nothing was stored"
    );
}

#[test]
fn bad_bodies_are_refused_with_their_reason() {
    let (_dir, addr) = writable_server();
    let response = post(addr, "text/plain", Some(TOKEN), "hello");
    assert_eq!(response.status, 415);
    let response = post(addr, "application/json", Some(TOKEN), "{not json");
    assert_eq!(response.status, 400);
    assert!(response.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("not JSON"));
    let response = post(addr, "application/json", Some(TOKEN), "42");
    assert_eq!(response.status, 400);
    let response = post(addr, "application/x-ndjson", Some(TOKEN), "\n\n");
    assert_eq!(response.status, 400);
    assert!(response.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("no article"));
    // A line without an id is reported per article, the others go on.
    let lines = format!(
        "{}\n{{\"text\": \"no id\"}}\n",
        article("ok-1", "Nothing to see here.")
    );
    let reply = post(addr, "application/x-ndjson", Some(TOKEN), &lines).json();
    assert_eq!(reply["stored"], 1);
    assert_eq!(reply["failed"], 1);
    assert_eq!(reply["articles"][1]["status"], "failed");
    assert!(reply["articles"][1]["message"]
        .as_str()
        .unwrap()
        .contains("id"));
}

#[test]
fn posted_articles_are_extracted_stored_and_fused() {
    let (_dir, addr) = writable_server();
    let before = get_json(addr, "/api/v1/deals?supplier=BR&recipient=SE")["total"]
        .as_u64()
        .unwrap();
    assert_eq!(before, 0);
    let one = article(
        "post-1",
        "Sweden buys Brazilian jets\n\nSweden signed a contract with Brazil in 2025 for 20 Embraer C-390 transport aircraft worth $2 billion.",
    );
    let two = article(
        "post-2",
        "Sweden buys Brazilian jets\n\nSweden's order for 20 C-390 aircraft from Brazil, signed in 2025, is worth $2.6 billion, officials said.",
    );
    let response = post(
        addr,
        "application/json",
        Some(TOKEN),
        &json!([one, two]).to_string(),
    );
    assert_eq!(response.status, 201, "{}", response.text());
    let reply = response.json();
    assert_eq!(reply["stored"], 2);
    let transfers = reply["articles"][0]["transfers"].as_array().unwrap();
    assert_eq!(transfers[0]["supplier"], "BR", "{reply}");
    assert_eq!(transfers[0]["recipient"], "SE");
    assert!(!reply["articles"][0]["mentions"]
        .as_array()
        .unwrap()
        .is_empty());
    // The register was fused again: the two reports are one deal whose values disagree.
    let deals = get_json(addr, "/api/v1/deals?supplier=BR&recipient=SE");
    assert_eq!(deals["total"], 1, "{deals}");
    let id = deals["items"][0]["id"].as_str().unwrap();
    let deal = get_json(addr, &format!("/api/v1/deals/{id}"));
    assert_eq!(deal["sources"].as_array().unwrap().len(), 2);
    assert_eq!(deal["conflicts"], json!(["value"]), "{deal}");
    // The same text again changes nothing.
    let again = post(
        addr,
        "application/x-ndjson",
        Some(TOKEN),
        &format!("{one}\n"),
    );
    assert_eq!(again.status, 200);
    assert_eq!(again.json()["duplicates"], 1);
    let doc = get_json(addr, "/api/v1/documents/post-1");
    assert_eq!(doc["events"][0]["deal"], id);
}
