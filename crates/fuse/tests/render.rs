//! Renderings: the table, the register CSV, JSON lines and the single-deal view.

mod support;

use armscope_core::{Qualifier, Status};
use armscope_fuse::{fuse, render, Deal};
use support::{fighter_reports, report};

/// The fighter deal plus a second deal with awkward text: commas, quotes, a unit, a bound.
fn deals() -> Vec<Deal> {
    let mut reports = fighter_reports();
    reports.push(
        report("100.txt", "RU", "IN", "S-400 \"Triumf\", air defence", Some("s-400"),
            "India signed for five S-400 \"Triumf\" regiments, worth more than $5 billion, in 2018.")
            .status(Status::Ordered).qty_q(5, Qualifier::Exact, Some("regiments")).year(2018)
            .delivered(Some(2021), None).category("air defence").build(),
    );
    reports.push(
        report(
            "101.txt",
            "RU",
            "IN",
            "S-400",
            Some("s-400"),
            "The last regiments should arrive by 2026.",
        )
        .delivered(None, Some(2026))
        .hedged()
        .build(),
    );
    fuse(&reports)
}

#[test]
fn table_rows_are_aligned_sorted_and_mark_conflicts() {
    let table = render::table(&deals());
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("ID"));
    assert!(lines[1].starts_with("RU-CN-su-35-2015"));
    assert!(lines[2].starts_with("RU-IN-s-400-2018"));
    // Every column starts where its header does (these columns are filled in both rows).
    for header in ["SUPPLIER", "STATUS", "QTY", "SOURCES", "DOCS"] {
        let column = lines[0].find(header).unwrap();
        for line in &lines[1..3] {
            let chars: Vec<char> = line.chars().collect();
            assert!(
                chars[column - 1] == ' ' && chars[column] != ' ',
                "{header} in {line}"
            );
        }
    }
    assert!(lines[1].contains("delivered") && lines[1].contains("$2.5 bn!"));
    assert!(lines[1].contains("000.txt, 001.txt, 002.txt"));
    assert!(lines[2].contains("5 regiments") && lines[2].contains("–2026"));
    assert!(table.contains("! RU-CN-su-35-2015  value: $2.5 bn [000.txt] vs $2 bn [002.txt]"));
}

#[test]
fn table_summarises_many_documents() {
    let reports: Vec<_> = (0..5)
        .map(|i| {
            report(
                &format!("d{i}"),
                "TR",
                "PK",
                "MILGEM",
                Some("milgem"),
                "Corvettes for Karachi.",
            )
            .build()
        })
        .collect();
    let table = render::table(&fuse(&reports));
    assert!(
        table.lines().nth(1).unwrap().ends_with("d0, d1, d2, +2"),
        "{table}"
    );
}

#[test]
fn show_quotes_the_evidence_and_flags_conflicts() {
    let deals = deals();
    let view = render::show(&deals[0]);
    assert!(view.starts_with("RU-CN-su-35-2015  Su-35"));
    assert!(view.contains("value: $2.5 bn  ! conflict"));
    assert!(view.contains(
        "  $2 bn  [002.txt]\n    002.txt: \"Moscow and Beijing signed a $2 billion contract"
    ));
    assert!(view.contains("  24  [000.txt, 001.txt, 002.txt]"));
    assert!(view.contains("  ordered     2015-11-20  002.txt"));
    assert!(view.contains("(Su-35, reports ordered, hedged)"));
    let calm = render::show(&deals[1]);
    assert!(!calm.contains("! conflict"));
    assert!(calm.contains("value: (not reported)"));
}

#[test]
fn csv_parses_back_to_the_same_rows() {
    let mut out = Vec::new();
    render::csv(&deals(), &mut out).unwrap();
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        header[..4],
        ["deal_id", "supplier", "recipient", "designation"]
    );
    assert_eq!(header.len(), 18);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let expected = [
        vec![
            "RU-CN-su-35-2015",
            "RU",
            "CN",
            "Su-35",
            "",
            "24",
            "2015",
            "",
            "24",
            "delivered",
            "2500000000",
            "USD",
            "exact",
            "3",
            "3",
            "000.txt 001.txt 002.txt",
            "value: 2500000000 USD [000.txt] vs 2000000000 USD [002.txt]",
            "hedged in 002.txt",
        ],
        vec![
            "RU-IN-s-400-2018",
            "RU",
            "IN",
            "S-400 \"Triumf\", air defence",
            "air defence",
            "5",
            "2018",
            "-2026",
            "",
            "ordered",
            "",
            "",
            "",
            "2",
            "2",
            "100.txt 101.txt",
            "",
            "counted in regiments; hedged in 101.txt",
        ],
    ];
    assert_eq!(rows, expected);
}

#[test]
fn jsonl_holds_one_full_deal_per_line() {
    let mut out = Vec::new();
    render::jsonl(&deals(), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "RU-CN-su-35-2015");
    assert_eq!(lines[0]["value"]["conflict"], true);
    assert_eq!(
        lines[0]["value"]["values"][1]["sources"][0]["doc_id"],
        "002.txt"
    );
    assert_eq!(lines[0]["timeline"][0]["date"], "2015-11-20");
    assert_eq!(lines[0]["status"]["chosen"], "delivered");
}

#[test]
fn conflicts_lists_only_deals_whose_sources_disagree() {
    let deals = deals();
    assert!(render::has_conflict(&deals[0]));
    assert!(!render::has_conflict(&deals[1]));
    let text = render::conflicts(&deals);
    assert!(
        text.starts_with("RU-CN-su-35-2015  RU → CN  Su-35\n"),
        "{text}"
    );
    assert!(
        text.contains("    value: $2.5 bn [000.txt] vs $2 bn [002.txt]"),
        "{text}"
    );
    assert!(!text.contains("RU-IN"), "{text}");
}

#[test]
fn table_and_csv_built_a_deal_at_a_time_in_any_order_are_the_whole_renderings() {
    let deals = deals();
    let mut table = render::TableRows::default();
    let mut csv = render::CsvRows::default();
    for deal in deals.iter().rev() {
        table.push(deal);
        csv.push(deal);
    }
    assert_eq!(table.render(), render::table(&deals));
    let (mut streamed, mut whole) = (Vec::new(), Vec::new());
    csv.write(&mut streamed).unwrap();
    render::csv(&deals, &mut whole).unwrap();
    assert_eq!(streamed, whole);
}
