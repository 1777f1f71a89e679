//! Every read endpoint against the real router on 127.0.0.1:0, over the sample corpus.

mod common;

use common::{demo_server, get, get_json};
use serde_json::Value;

fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn deal_list_pages_through_every_deal() {
    let addr = demo_server();
    let first = get_json(addr, "/api/v1/deals?limit=10");
    let total = first["total"].as_u64().unwrap() as usize;
    assert!(total > 50, "the sample corpus has many deals: {total}");
    let mut seen = Vec::new();
    for offset in (0..total).step_by(100) {
        seen.extend(ids(&get_json(
            addr,
            &format!("/api/v1/deals?limit=100&offset={offset}"),
        )));
    }
    assert_eq!(seen.len(), total);
    let mut sorted = seen.clone();
    sorted.sort();
    assert_eq!(seen, sorted, "default order is by id");
    sorted.dedup();
    assert_eq!(sorted.len(), total, "no deal on two pages");
    assert_eq!(ids(&first), seen[..10]);
}

#[test]
fn filters_keep_only_matching_deals() {
    let addr = demo_server();
    let india = get_json(addr, "/api/v1/deals?recipient=in&limit=500");
    assert!(india["total"].as_u64().unwrap() >= 5);
    for deal in india["items"].as_array().unwrap() {
        assert_eq!(deal["recipient"], "IN");
    }
    let rafale = get_json(addr, "/api/v1/deals?supplier=FR&recipient=IN&system=rafale");
    assert!(
        ids(&rafale).contains(&"FR-IN-rafale-2016".to_owned()),
        "{rafale}"
    );
    let years = get_json(addr, "/api/v1/deals?year_from=2016&year_to=2016&limit=500");
    assert!(years["total"].as_u64().unwrap() >= 1);
    for deal in years["items"].as_array().unwrap() {
        assert_eq!(deal["year"], 2016);
    }
    for nothing in [
        "recipient=ZZ",
        "supplier=ZZ,QQ",
        "system=no-such-system",
        "category=none",
    ] {
        assert_eq!(
            get_json(addr, &format!("/api/v1/deals?{nothing}"))["total"],
            0,
            "{nothing}"
        );
    }
    let until = get_json(addr, "/api/v1/deals?year_to=2016&limit=500");
    assert!(until["total"].as_u64().unwrap() >= 1);
    for deal in until["items"].as_array().unwrap() {
        assert!(deal["year"].as_i64().is_some_and(|y| y <= 2016), "{deal}");
    }
    let sorted = get_json(addr, "/api/v1/deals?recipient=IN&sort=-year&limit=500");
    assert_eq!(sorted["total"], india["total"]);
    let years: Vec<i64> = sorted["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["year"].as_i64())
        .collect();
    assert!(years.windows(2).all(|w| w[0] >= w[1]), "{years:?}");
    let delivered = get_json(addr, "/api/v1/deals?status=delivered,delivering&limit=500");
    for deal in delivered["items"].as_array().unwrap() {
        assert!(["delivered", "delivering"].contains(&deal["status"].as_str().unwrap()));
    }
    let category = get_json(addr, "/api/v1/deals?category=Combat-Aircraft&limit=500");
    assert!(category["total"].as_u64().unwrap() >= 5);
    for deal in category["items"].as_array().unwrap() {
        assert_eq!(deal["category"], "combat-aircraft");
    }
    let text = get_json(addr, "/api/v1/deals?q=india%20rafale");
    assert!(
        ids(&text).iter().all(|id| id.starts_with("FR-IN-rafale")),
        "{text}"
    );
    assert!(!ids(&text).is_empty());
    let none = get_json(addr, "/api/v1/deals?has_conflict=true");
    let agree = get_json(addr, "/api/v1/deals?has_conflict=false");
    let all = get_json(addr, "/api/v1/deals");
    assert_eq!(
        none["total"].as_u64().unwrap() + agree["total"].as_u64().unwrap(),
        all["total"].as_u64().unwrap()
    );
}

#[test]
fn sorting_orders_by_the_key_with_missing_values_last() {
    let addr = demo_server();
    for (sort, descending) in [
        ("year", false),
        ("-year", true),
        ("quantity", false),
        ("-sources", true),
    ] {
        let page = get_json(addr, &format!("/api/v1/deals?sort={sort}&limit=500"));
        let field = match sort.trim_start_matches('-') {
            "quantity" => "/quantity/value",
            "sources" => "/sources",
            _ => "/year",
        };
        let values: Vec<Option<i64>> = page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.pointer(field).and_then(Value::as_i64))
            .collect();
        let known: Vec<i64> = values.iter().flatten().copied().collect();
        let mut expected = known.clone();
        expected.sort();
        if descending {
            expected.reverse();
        }
        assert_eq!(known, expected, "sort={sort}");
        let first_missing = values
            .iter()
            .position(Option::is_none)
            .unwrap_or(values.len());
        assert!(
            values[first_missing..].iter().all(Option::is_none),
            "sort={sort}: missing values last"
        );
    }
}

#[test]
fn bad_parameters_are_400_with_what_was_wrong() {
    let addr = demo_server();
    for (query, says) in [
        ("limit=0", "limit"),
        ("limit=abc", "limit"),
        ("offset=-1", "offset"),
        ("sort=price", "sort"),
        ("status=shipped", "status"),
        ("year_from=20x", "year_from"),
        ("year_from=2020&year_to=2010", "year_from"),
        ("has_conflict=maybe", "has_conflict"),
        ("colour=red", "colour"),
    ] {
        let response = get(addr, &format!("/api/v1/deals?{query}"));
        assert_eq!(response.status, 400, "{query}");
        assert_eq!(response.header("content-type"), Some("application/json"));
        let body = response.json();
        assert_eq!(body["error"]["status"], 400);
        let message = body["error"]["message"].as_str().unwrap();
        assert!(message.contains(says), "{query}: {message}");
    }
    assert_eq!(get(addr, "/api/v1/stats?sort=year").status, 400);
    assert_eq!(get(addr, "/api/v1/entities?kind=planet").status, 400);
    assert_eq!(get(addr, "/api/v1/entities?limit=9999").status, 400);
}

#[test]
fn one_deal_has_fields_sources_evidence_and_timeline() {
    let addr = demo_server();
    let deal = get_json(addr, "/api/v1/deals/FR-IN-rafale-2016");
    assert_eq!(deal["supplier"], "FR");
    assert_eq!(deal["quantity"]["chosen"]["value"], 36);
    assert_eq!(deal["order_year"]["chosen"], 2016);
    let source = &deal["quantity"]["values"][0]["sources"][0];
    assert_eq!(source["doc_id"], "in-fr-rafale.html");
    assert!(source["evidence"]["text"]
        .as_str()
        .unwrap()
        .contains("36 Rafale"));
    assert_eq!(deal["timeline"][0]["status"], "delivered");
    assert_eq!(deal["conflicts"], serde_json::json!([]));
    assert_eq!(deal["category"], "combat-aircraft");
    assert!(deal["documents"]["in-fr-rafale.html"]["title"]
        .as_str()
        .unwrap()
        .contains("Rafale"));
    let missing = get(addr, "/api/v1/deals/XX-YY-nothing-1");
    assert_eq!(missing.status, 404);
    assert!(missing.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("XX-YY-nothing-1"));
}

#[test]
fn a_document_has_its_text_and_the_spans_of_mentions_and_events() {
    let addr = demo_server();
    let doc = get_json(addr, "/api/v1/documents/in-fr-rafale.html");
    let text = doc["text"].as_str().unwrap();
    let slice = |span: &Value| {
        &text[span["start"].as_u64().unwrap() as usize..span["end"].as_u64().unwrap() as usize]
    };
    let mentions = doc["mentions"].as_array().unwrap();
    assert!(mentions
        .iter()
        .any(|m| m["kind"] == "country" && m["id"] == "IN" && slice(&m["span"]) == "India"));
    let event = doc["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["deal"] == "FR-IN-rafale-2016")
        .expect("the Rafale deal is an event of its article");
    assert!(slice(&event["span"]).contains("36 Rafale fighters"));
    let quantity = event["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "quantity")
        .expect("quantity span");
    assert_eq!(slice(&quantity["span"]).trim(), "36");
    assert_eq!(get(addr, "/api/v1/documents/no-such-doc").status, 404);
}

#[test]
fn entities_search_by_kind_and_name_and_list_their_deals() {
    let addr = demo_server();
    let found = get_json(addr, "/api/v1/entities?kind=country&q=indi");
    assert_eq!(found["items"][0]["id"], "IN");
    assert_eq!(found["items"][0]["name"], "India");
    let india = get_json(addr, "/api/v1/entities/country/IN");
    let deals = india["deals"].as_array().unwrap();
    assert!(deals.iter().any(|d| d["id"] == "FR-IN-rafale-2016"));
    assert!(deals
        .iter()
        .all(|d| d["supplier"] == "IN" || d["recipient"] == "IN"));
    assert!(india["documents"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d == "in-fr-rafale.html"));
    let rafale = get_json(addr, "/api/v1/entities/system/rafale");
    assert!(rafale["deals"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["family"] == "rafale"));
    let systems = get_json(addr, "/api/v1/entities?kind=system&limit=500");
    assert!(systems["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["kind"] == "system"));
    assert_eq!(get(addr, "/api/v1/entities/country/ZZ").status, 404);
    assert_eq!(get(addr, "/api/v1/entities/planet/IN").status, 400);
}

#[test]
fn statistics_add_up_to_the_deal_count() {
    let addr = demo_server();
    let stats = get_json(addr, "/api/v1/stats");
    let deals = stats["deals"].as_u64().unwrap();
    let sum = |list: &str| {
        stats[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["deals"].as_u64().unwrap())
            .sum::<u64>()
    };
    assert_eq!(sum("by_supplier"), deals);
    assert_eq!(sum("by_recipient"), deals);
    assert_eq!(sum("by_category"), deals);
    let with_year = get_json(addr, "/api/v1/deals?limit=1")["total"]
        .as_u64()
        .unwrap();
    assert_eq!(deals, with_year);
    let orders: u64 = stats["by_year"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["orders"].as_u64().unwrap())
        .sum();
    let ordered_deals = get_json(addr, "/api/v1/deals?year_from=1900&limit=1")["total"]
        .as_u64()
        .unwrap();
    assert!(
        orders <= ordered_deals,
        "a deal is ordered in one year at most"
    );
    let india = get_json(addr, "/api/v1/stats?recipient=IN");
    assert_eq!(india["by_recipient"].as_array().unwrap().len(), 1);
    assert_eq!(india["by_recipient"][0]["key"], "IN");
    assert_eq!(india["recipient_years"][0]["recipient"], "IN");
    assert!(india["flows"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["recipient"] == "IN"));
}

#[test]
fn unknown_routes_and_methods_answer_in_json() {
    let addr = demo_server();
    let missing = get(addr, "/api/v1/nothing");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json()["error"]["status"], 404);
    let wrong = common::request(addr, "DELETE", "/api/v1/deals", &[], b"");
    assert_eq!(wrong.status, 405);
    assert_eq!(wrong.json()["error"]["status"], 405);
}

#[test]
fn the_page_and_its_assets_are_served_with_a_strict_policy() {
    let addr = demo_server();
    let page = get(addr, "/");
    assert_eq!(page.status, 200);
    assert!(page
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    let csp = page.header("content-security-policy").expect("CSP header");
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-eval"),
        "{csp}"
    );
    assert!(
        !csp.split(';')
            .any(|d| d.contains("script-src") && d.contains("unsafe-inline")),
        "{csp}"
    );
    assert!(
        !page.text().contains("<script>"),
        "no inline script in the page"
    );
    for asset in [
        "/assets/app.js",
        "/assets/dom.js",
        "/assets/register.js",
        "/assets/deal.js",
        "/assets/charts.js",
        "/assets/app.css",
        "/assets/echarts.min.js",
        "/assets/echarts.LICENSE",
    ] {
        let response = get(addr, asset);
        assert_eq!(response.status, 200, "{asset}");
        assert!(!response.body.is_empty());
        assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
    }
    assert!(get(addr, "/assets/echarts.LICENSE")
        .text()
        .contains("Apache License"));
    assert_eq!(
        get(addr, "/api/v1/deals").header("x-content-type-options"),
        Some("nosniff")
    );
}

#[test]
fn no_article_text_reaches_the_page_as_markup() {
    // The page builds everything with DOM APIs: no script may use innerHTML or friends.
    let web = common::repo().join("crates/serve/web");
    for file in ["app.js", "dom.js", "register.js", "deal.js", "charts.js"] {
        let source = std::fs::read_to_string(web.join(file)).unwrap();
        for sink in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
        ] {
            assert!(!source.contains(sink), "{file} uses {sink}");
        }
    }
}
