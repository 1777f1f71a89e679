//! HTML pages: main text, dropped furniture, metadata, deep nesting.

use armscope_core::SourceFormat;
use armscope_ingest::document_from_html;
use jiff::civil::date;

#[test]
fn article_page_keeps_the_body_and_drops_the_furniture() {
    let html = include_str!("fixtures/html/article.html");
    let doc = document_from_html("article.html", "fixtures/html/article.html", html);
    assert_eq!(doc.format, SourceFormat::Html);
    assert_eq!(
        doc.title.as_deref(),
        Some("Norland buys twelve coastal radars")
    );
    assert_eq!(
        doc.url.as_deref(),
        Some("https://example.org/news/norland-radars")
    );
    // The meta date wins over the older <time> element; the date is as written (+02:00).
    assert_eq!(doc.published, Some(date(2024, 3, 5)));
    assert_eq!(
        doc.text,
        "Norland buys twelve coastal radars\n\n\
         The Norland coast guard has ordered twelve coastal radars from Example Systems & Co.\n\n\
         Deliveries start in 2025,\nthe agency said.\n\n\
         Background\n\n\
         First radar site in the north.\n\n\
         Second radar site in the south.\n\n\
         “We need better coverage,” an official said.\n\n\
         Direct text in a div is a paragraph too."
    );
    let gone = [
        "trackingScriptText",
        "color: red",
        "Example Defence Daily home",
        "Navigation link",
        "Breadcrumb",
        "Old time element",
        "Share on",
        "Figure caption",
        "Advertisement slot",
        "Aside pull quote",
        "Newsletter box",
        "Hidden paragraph",
        "Related headline",
        "Reader comment",
        "4 Comments",
        "Article footer",
        "Sidebar most read",
        "Cookie banner",
        "Site footer",
        "Noscript",
    ];
    assert_all_dropped(&doc.text, &gone);
}

fn assert_all_dropped(text: &str, gone: &[&str]) {
    for g in gone {
        assert!(!text.contains(g), "{g:?} should be dropped:\n{text}");
    }
}

#[test]
fn item_prop_article_body_wins_over_teaser_articles() {
    let html = include_str!("fixtures/html/article_body.html");
    let doc = document_from_html("article_body.html", "src", html);
    assert_eq!(doc.title.as_deref(), Some("Boats for Harbourland"));
    assert_eq!(doc.published, Some(date(2024, 4, 12)));
    assert!(
        doc.text
            .starts_with("Boats for Harbourland\n\nHarbourland took delivery"),
        "{}",
        doc.text
    );
    assert_all_dropped(
        &doc.text,
        &["Teaser card", "Share via", "Recommended story"],
    );
}

#[test]
fn metadata_fallbacks_title_og_url_and_json_ld_date() {
    let html = include_str!("fixtures/html/meta_fallbacks.htm");
    let doc = document_from_html("m", "m", html);
    assert_eq!(doc.title.as_deref(), Some("Only a title tag"));
    assert_eq!(doc.url.as_deref(), Some("https://example.org/og-only"));
    assert_eq!(doc.published, Some(date(2022, 11, 30)));
    assert!(
        doc.text
            .starts_with("Only a title tag\n\nExample Systems delivered"),
        "{}",
        doc.text
    );
}

#[test]
fn date_from_meta_name_and_first_time_in_article() {
    let doc = document_from_html(
        "d",
        "d",
        r#"<html><head><meta name="pubdate" content="2020-05-06"></head><body><p>x</p></body></html>"#,
    );
    assert_eq!(doc.published, Some(date(2020, 5, 6)));
    let doc = document_from_html(
        "d",
        "d",
        "<html><body><time datetime='1999-01-01'>page</time><article><p><time datetime='2021-02-03T10:00Z'>Feb 3</time> The navy ordered boats from a yard in the north, officials said, adding that more could follow next year if money allows.</p></article></body></html>",
    );
    assert_eq!(doc.published, Some(date(2021, 2, 3)));
    let doc = document_from_html("d", "d", "<p>no date at all</p>");
    assert_eq!(doc.published, None);
}

#[test]
fn a_wrapper_named_like_noise_that_holds_the_article_is_kept() {
    let html = "<html><body><div class='content-with-share-bar'><p>The army received forty trucks from Example Motors on Monday, the ministry said, and forty more are due next spring.</p><div class='share'>Share on X</div></div></body></html>";
    let doc = document_from_html("w", "w", html);
    assert!(
        doc.text.contains("The army received forty trucks"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("Share on X"), "{}", doc.text);
}

#[test]
fn deeply_nested_divs_do_not_overflow_the_stack() {
    let depth = 10_000;
    let mut html = String::from("<html><body>");
    html.push_str(&"<div>".repeat(depth));
    html.push_str("Deep text at the bottom.");
    html.push_str(&"</div>".repeat(depth));
    html.push_str("<p>After the nest.</p></body></html>");
    // Run on a small stack, so a recursive walk would fail here rather than in production.
    let doc = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || document_from_html("deep", "deep", &html))
        .unwrap()
        .join()
        .unwrap();
    assert!(doc.text.contains("Deep text at the bottom."));
    assert!(doc.text.contains("After the nest."));
}

#[test]
fn junk_input_does_not_panic() {
    for html in [
        "",
        "<",
        "<<>>",
        "<html",
        "</div></div>",
        "<p>\u{0}</p>",
        "<table><td>x",
        "&#xFFFFFF;&bogus;",
    ] {
        let _ = document_from_html("j", "j", html);
    }
}

#[test]
fn a_closing_list_of_short_items_stays_in_html_but_a_timestamped_list_goes() {
    let html = "<html><body><article><h1>Navy package</h1><p>The navy signed a package with Example Yards on Monday, the ministry said in a statement.</p><h2>What is in it</h2><ul><li>Two frigates</li><li>Sixteen missiles</li><li>Crew training</li></ul></article></body></html>";
    let doc = document_from_html("l", "l", html);
    assert!(
        doc.text
            .ends_with("What is in it\n\nTwo frigates\n\nSixteen missiles\n\nCrew training"),
        "{}",
        doc.text
    );

    let html = "<html><body><article><h1>Navy package</h1><p>The navy signed a package with Example Yards on Monday, the ministry said in a statement.</p><ul><li>23.02 08:23</li><li>Army buys trucks</li><li>22.02 19:30</li><li>Coast guard gets drones</li></ul></article></body></html>";
    let doc = document_from_html("l", "l", html);
    assert!(doc.text.ends_with("said in a statement."), "{}", doc.text);
}

/// Fuzzing found a page whose NULs came out as U+FFFD: a NUL is not text, wherever it sits.
#[test]
fn nul_characters_leave_no_trace_in_title_or_text() {
    let html = "<!DOCTYPE html><html lang=\"en\">\0\0<head><title>Leonardo\0 sells helicopters</title>\
        <meta name=\"description\" content=\"x\0y\"></head><body><article><h1>Twelve\0 helicopters</h1>\
        <p>The navy ordered twelve\0 helicopters from Leonardo in 2023, the ministry said on Monday.</p>\
        </article></body></html>";
    let doc = document_from_html("nul.html", "nul.html", html);
    for (what, s) in [
        ("title", doc.title.clone().unwrap_or_default()),
        ("text", doc.text.clone()),
    ] {
        assert!(
            !s.contains(['\0', '\u{fffd}']),
            "{what} keeps a trace of the NULs: {s:?}"
        );
    }
    assert_eq!(doc.title.as_deref(), Some("Leonardo sells helicopters"));
    assert!(doc
        .text
        .contains("ordered twelve helicopters from Leonardo"));
    // The fuzz target's bound: cleaning never makes the text longer than the page allows.
    assert!(doc.text.len() <= html.len());
}

/// Fuzzing found the headline twice in the text when a line stood before the `<h1>` (as a
/// kicker or a dateline does on many news pages): it leads the text once.
#[test]
fn a_line_before_the_headline_does_not_repeat_it() {
    let html = "<html><body><article><p class=\"kicker\">Land forces</p>\
        <h1>Norland orders 96 attack helicopters</h1>\
        <p>Norland has ordered 96 attack helicopters for about 12 billion dollars, the ministry said.</p>\
        </article></body></html>";
    let doc = document_from_html("kicker.html", "kicker.html", html);
    assert_eq!(
        doc.text,
        "Norland orders 96 attack helicopters\n\nLand forces\n\n\
         Norland has ordered 96 attack helicopters for about 12 billion dollars, the ministry said."
    );
}

/// Fuzzing found an `<h1>` left open: it swallows the article, which must not then lead the
/// text a second time as its headline.
#[test]
fn an_unclosed_headline_does_not_repeat_the_article() {
    let body = "Norland has ordered 96 attack helicopters for about 12 billion dollars, the \
        ministry said on Monday, and the first of them are due in 2027 under the contract.";
    let html = format!(
        "<html><head><title>Norland orders helicopters</title></head><body><article>\
         <h1>Norland orders helicopters<p>{body}</p><p>{body}</p><p>{body}</p></article></body></html>"
    );
    let doc = document_from_html("open.html", "open.html", &html);
    assert_eq!(doc.text.matches("first of them").count(), 3, "{}", doc.text);
    assert!(
        doc.text.starts_with("Norland orders helicopters\n\n"),
        "{}",
        doc.text
    );
}
