//! The page in headless Chromium: filter the register to one recipient, open a deal, see its
//! evidence highlighted in the article, see a chart drawn; then a hostile article, ingested
//! through the API and displayed, must not run any of its script. Screenshots go to
//! `target/browser-artifacts/`. Skips (with a message) when Chromium is not installed;
//! `.ci/browser` installs it and runs this test.

mod common;

use std::path::PathBuf;

use common::webdriver::{browser_binaries, Browser};
use serde_json::{json, Value};

const TOKEN: &str = "browser-test-token";

fn artifacts() -> PathBuf {
    common::repo().join("target/browser-artifacts")
}

/// Waits until the page has finished rendering the view named `view`.
fn ready(browser: &Browser, view: &str) {
    browser.wait_for(
        &format!("the {view} view"),
        &format!("return document.body.dataset.ready === '1' && document.body.dataset.view === '{view}';"),
    );
}

#[test]
fn register_filter_deal_evidence_chart_and_a_hostile_article() {
    let Some((chromium, chromedriver)) = browser_binaries() else {
        eprintln!("skipping the browser test: chromium or chromedriver not found (run .ci/browser, or set CHROMIUM and CHROMEDRIVER)");
        return;
    };
    let (_dir, store) = common::demo_copy();
    let state = armscope_serve::AppState::load(store)
        .unwrap()
        .with_ingest(TOKEN.into(), common::catalog().clone());
    let addr = common::spawn(state);
    let base = format!("http://{addr}");
    let browser = Browser::start(&chromium, &chromedriver);

    // The register, filtered to one recipient through the form.
    browser.goto(&format!("{base}/#/"));
    ready(&browser, "register");
    let all = browser.eval(
        "return document.querySelectorAll('#register tbody tr').length;",
        json!([]),
    );
    browser.type_into("#f-recipient", "IN");
    browser.click("#apply");
    browser.wait_for(
        "the filtered register",
        "return location.hash.includes('recipient=IN') && document.body.dataset.ready === '1';",
    );
    let recipients = browser.eval(
        "return [...document.querySelectorAll('#register tbody td.recipient')].map(td => td.textContent);",
        json!([]),
    );
    let recipients = recipients.as_array().unwrap();
    assert!(!recipients.is_empty() && recipients.len() as u64 <= all.as_u64().unwrap());
    assert!(recipients.iter().all(|r| r == "IN"), "{recipients:?}");
    browser.screenshot(&artifacts().join("register-IN.png"));

    // A deal, its evidence highlighted inside the article.
    let deal_id = browser.eval(
        "return document.querySelector('a.deal-link[href*=\"rafale-2016\"]').textContent;",
        json!([]),
    );
    browser.click("a.deal-link[href*='rafale-2016']");
    ready(&browser, "deal");
    let deal = common::get_json(
        addr,
        &format!("/api/v1/deals/{}", deal_id.as_str().unwrap()),
    );
    let evidence = deal["sources"][0]["evidence"]["text"].as_str().unwrap();
    let marked = browser.wait_for(
        "the highlighted evidence",
        "return document.querySelector('#article mark.evidence')?.textContent;",
    );
    assert_eq!(marked, evidence);
    let timeline = browser.eval(
        "return document.querySelectorAll('#timeline li').length;",
        json!([]),
    );
    assert_eq!(timeline, deal["timeline"].as_array().unwrap().len());
    browser.screenshot(&artifacts().join("deal.png"));

    // Charts: a canvas with something drawn on it.
    browser.goto(&format!("{base}/#/charts"));
    ready(&browser, "charts");
    let painted = browser.wait_for(
        "a drawn chart",
        "const c = document.querySelector('#chart-orders canvas'); if (!c || !c.width) return 0;
         const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
         let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n;",
    );
    assert!(painted.as_u64().unwrap() > 1000, "{painted}");
    assert!(
        browser
            .eval(
                "return document.querySelectorAll('#multiples canvas').length;",
                json!([])
            )
            .as_u64()
            .unwrap()
            > 0
    );
    browser.screenshot(&artifacts().join("charts.png"));

    // A hostile article, ingested and displayed: none of its payloads may run.
    let hostile = include_str!("hostile-article.json");
    let auth = format!("Bearer {TOKEN}");
    let reply = common::request(
        addr,
        "POST",
        "/api/v1/documents",
        &[
            ("content-type", "application/json"),
            ("authorization", &auth),
        ],
        hostile.as_bytes(),
    );
    assert_eq!(reply.status, 201, "{}", reply.text());
    let doc = common::get_json(addr, "/api/v1/documents/hostile-1");
    let hostile_deal = doc["events"][0]["deal"]
        .as_str()
        .expect("the hostile article reports a deal")
        .to_owned();
    browser.goto(&format!("{base}/#/deal/{hostile_deal}"));
    ready(&browser, "deal");
    browser.click("button.source[title*='onerror']");
    let marked = browser.wait_for(
        "the hostile sentence",
        "const m = document.querySelector('#article mark.evidence'); return m && m.textContent.includes('<script>') && m.textContent;",
    );
    assert!(
        marked.as_str().unwrap().contains("onerror="),
        "shown as text: {marked}"
    );
    // Give any payload that would fire late (image errors, SVG load) time to do so.
    std::thread::sleep(std::time::Duration::from_secs(1));
    let check: Value = browser.eval(
        "return {
            pwned: window.__pwned === undefined ? null : String(window.__pwned),
            title: document.title,
            scripts: document.scripts.length,
            injected: document.querySelectorAll('main img, main svg, main iframe, main math, main [onerror], main [onload], a[href^=\"javascript:\"]').length,
            articleTitle: document.querySelector('#article h3').textContent,
        };",
        json!([]),
    );
    browser.screenshot(&artifacts().join("hostile.png"));
    assert_eq!(check["pwned"], Value::Null, "a payload ran: {check}");
    assert_eq!(check["title"], "armscope register", "{check}");
    assert_eq!(check["scripts"], 2, "only the page's own scripts: {check}");
    assert_eq!(check["injected"], 0, "{check}");
    assert!(
        check["articleTitle"].as_str().unwrap().contains("<script>"),
        "the title is shown as text: {check}"
    );
    eprintln!("browser test: screenshots in {}", artifacts().display());
}
