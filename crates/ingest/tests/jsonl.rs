//! JSON Lines: good lines, a broken line, a line without id, field handling.

use std::path::Path;

use armscope_core::SourceFormat;
use armscope_ingest::{document_from_json_line, read_file, IngestError, ReadOptions};
use jiff::civil::date;

const FEED: &str = "tests/fixtures/jsonl/feed.jsonl";

#[test]
fn feed_gives_one_result_per_non_empty_line_and_bad_lines_do_not_stop_the_rest() {
    let results = read_file(Path::new(FEED), &ReadOptions::default());
    assert_eq!(results.len(), 6, "{results:#?}");

    let j1 = results[0].as_ref().unwrap();
    assert_eq!(j1.id, "j1");
    assert_eq!(j1.source, format!("{FEED}:1"));
    assert_eq!(j1.format, SourceFormat::Jsonl);
    assert_eq!(j1.url.as_deref(), Some("https://example.org/j1"));
    assert_eq!(j1.title.as_deref(), Some("Radar deal"));
    assert_eq!(j1.published, Some(date(2024, 2, 1)));
    assert_eq!(j1.text, "Radar deal\n\nNorland ordered radars.");

    // Line 2 is empty and skipped; line 3 holds HTML.
    let j2 = results[1].as_ref().unwrap();
    assert_eq!(j2.source, format!("{FEED}:3"));
    assert_eq!(
        j2.published,
        Some(date(2024, 2, 2)),
        "the date as written, not UTC"
    );
    assert_eq!(j2.title.as_deref(), Some("HTML line"));
    assert!(j2.text.contains("Harbourland received the boats."));
    assert!(!j2.text.contains("A comment"));

    let broken = results[2].as_ref().unwrap_err();
    assert!(
        matches!(broken, IngestError::BadJsonLine { line: 4, .. }),
        "{broken:?}"
    );
    let msg = broken.to_string();
    assert!(msg.contains("feed.jsonl:4"), "{msg}");

    let no_id = results[3].as_ref().unwrap_err();
    assert!(
        matches!(no_id, IngestError::MissingId { line: 5, .. }),
        "{no_id:?}"
    );
    assert!(no_id.to_string().contains("feed.jsonl:5"), "{no_id}");

    let numeric = results[4].as_ref().unwrap();
    assert_eq!(numeric.id, "42");
    assert_eq!(numeric.text, "Numeric id line.");

    let bad_date = results[5].as_ref().unwrap_err();
    assert!(bad_date.to_string().contains("feed.jsonl:7"), "{bad_date}");
    assert!(bad_date.to_string().contains("published"), "{bad_date}");
}

#[test]
fn fallback_date_fills_only_missing_dates() {
    let opts = ReadOptions {
        published: Some(date(2000, 1, 1)),
        ..ReadOptions::default()
    };
    let results = read_file(Path::new(FEED), &opts);
    assert_eq!(
        results[0].as_ref().unwrap().published,
        Some(date(2024, 2, 1))
    );
    assert_eq!(
        results[4].as_ref().unwrap().published,
        Some(date(2000, 1, 1))
    );
}

#[test]
fn line_level_errors() {
    let err = |line: &str| document_from_json_line("f.jsonl", 9, line).unwrap_err();
    assert!(matches!(
        err("[1, 2]"),
        IngestError::BadJsonLine { line: 9, .. }
    ));
    assert!(matches!(
        err(r#"{"id": null, "text": "x"}"#),
        IngestError::MissingId { line: 9, .. }
    ));
    assert!(matches!(
        err(r#"{"id": "", "text": "x"}"#),
        IngestError::BadJsonLine { .. }
    ));
    assert!(matches!(
        err(r#"{"id": "a"}"#),
        IngestError::BadJsonLine { .. }
    ));
    assert!(matches!(
        err(r#"{"id": "a", "text": 5}"#),
        IngestError::BadJsonLine { .. }
    ));
    assert!(matches!(
        err(r#"{"id": "a", "text": "Share this\nTweet\n"}"#),
        IngestError::NoText { .. }
    ));
    assert!(
        err(r#"{"id": "a", "text": "x", "published": "2024-02-30"}"#)
            .to_string()
            .contains("f.jsonl:9")
    );
}

#[test]
fn line_fields_win_over_html_metadata() {
    let line = r#"{"id": "h", "title": "Given title", "url": "https://example.org/given", "html": "<html><head><title>Page title</title><link rel=canonical href='https://example.org/page'><meta name=date content=2019-01-01></head><body><p>Body text here.</p></body></html>"}"#;
    let doc = document_from_json_line("f.jsonl", 1, line).unwrap();
    assert_eq!(doc.title.as_deref(), Some("Given title"));
    assert_eq!(doc.url.as_deref(), Some("https://example.org/given"));
    assert_eq!(
        doc.published,
        Some(date(2019, 1, 1)),
        "the HTML date is used when the line has none"
    );
    assert_eq!(doc.format, SourceFormat::Jsonl);
}
