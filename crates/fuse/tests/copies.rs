//! Near-duplicate documents: copies of one text count once, and are marked as copies.

mod support;

use std::collections::BTreeSet;

use armscope_core::Status;
use armscope_fuse::{deal_group, fuse, fuse_with, render, Copies, Report};
use support::{fighter_reports, report, Builder};

/// A Russian sale of Su-35s to China, reported by `doc` in `text`.
fn su35(doc: &str, text: &str) -> Builder {
    report(doc, "RU", "CN", "Su-35", Some("su-35"), text)
}

/// Two documents (the second a syndicated copy of the first) say $2 billion; one independent,
/// later document says $2.5 billion.
fn copied_value() -> Vec<Report> {
    let wire = |doc: &str, date: &str| {
        su35(doc, "Moscow sold 24 Su-35 for $2 billion.")
            .usd(2.0e9)
            .status(Status::Delivered)
            .published(date)
            .build()
    };
    vec![
        wire("a.txt", "2019-01-10"),
        wire("b.txt", "2019-01-11"),
        su35("c.txt", "The 24 jets cost $2.5 billion.")
            .usd(2.5e9)
            .published("2020-05-01")
            .build(),
    ]
}

#[test]
fn copies_do_not_outvote_an_independent_source() {
    let reports = copied_value();
    // Counted as three documents, the copied figure wins two to one.
    let naive = &fuse(&reports)[0];
    assert_eq!(naive.value.chosen.as_ref().unwrap().amount, 2.0e9);
    assert_eq!(naive.independent_sources, 3);

    // As one text against another, it is one to one; the later, equally exact figure wins.
    let copies = Copies::new([["a.txt", "b.txt"]]);
    let deal = &fuse_with(&reports, &copies)[0];
    assert_eq!(deal.value.chosen.as_ref().unwrap().amount, 2.5e9);
    assert!(deal.value.conflict);
    assert_eq!(deal.independent_sources, 2);
    // Every value keeps all its sources: nothing is dropped, only counted differently.
    assert_eq!(deal.value.values[1].sources.len(), 2);
}

#[test]
fn a_copy_names_the_earliest_of_its_copies_among_the_sources() {
    let deal = &fuse_with(&copied_value(), &Copies::new([["b.txt", "a.txt"]]))[0];
    let marks: Vec<(&str, Option<&str>)> = deal
        .sources
        .iter()
        .map(|s| (s.doc_id.as_str(), s.copy_of.as_deref()))
        .collect();
    assert_eq!(
        marks,
        [("a.txt", None), ("b.txt", Some("a.txt")), ("c.txt", None)]
    );
    // Without copies nothing is marked, and the JSON has no copy_of key at all.
    let plain = &fuse(&copied_value())[0];
    assert!(plain.sources.iter().all(|s| s.copy_of.is_none()));
    assert!(!serde_json::to_string(plain).unwrap().contains("copy_of"));
}

#[test]
fn fusing_some_groups_alone_gives_the_same_deals_as_fusing_everything() {
    let mut reports = fighter_reports();
    reports.extend(copied_value());
    reports.extend([
        report(
            "h.txt",
            "US",
            "PL",
            "HIMARS",
            Some("himars"),
            "Warsaw signed for 18 launchers.",
        )
        .qty(18)
        .year(2019)
        .build(),
        // Two spellings without a catalog family: two groups whose ids slug alike, numbered.
        report(
            "s.txt",
            "RU",
            "TR",
            "S-400",
            None,
            "Ankara bought the S-400.",
        )
        .build(),
        report(
            "t.txt",
            "RU",
            "TR",
            "S 400",
            None,
            "Ankara bought the S 400.",
        )
        .build(),
    ]);
    let copies = Copies::new([["a.txt", "b.txt"]]);
    let all = fuse_with(&reports, &copies);
    assert!(all.iter().any(|d| d.id == "RU-TR-s-400-1.2"), "{all:?}");
    let groups: BTreeSet<String> = reports.iter().map(deal_group).collect();
    assert!(groups.len() >= 2, "{groups:?}");
    for group in &groups {
        let members: Vec<Report> = reports
            .iter()
            .filter(|r| &deal_group(r) == group)
            .cloned()
            .collect();
        let alone = fuse_with(&members, &copies);
        let expected: Vec<_> = all
            .iter()
            .filter(|d| d.id.starts_with(group.as_str()))
            .cloned()
            .collect();
        assert_eq!(alone, expected, "group {group}");
        assert!(alone.iter().all(|d| d.id.starts_with(group.as_str())));
    }
}

#[test]
fn show_marks_copies_and_walks_the_stages_in_order() {
    let mut reports = copied_value();
    reports.push(
        report(
            "d.txt",
            "RU",
            "CN",
            "Su-35",
            Some("su-35"),
            "Russia began delivering the jets.",
        )
        .status(Status::Delivering)
        .published("2016-12-25")
        .build(),
    );
    reports.push(
        report(
            "e.txt",
            "RU",
            "CN",
            "Su-35",
            Some("su-35"),
            "The contract was signed.",
        )
        .status(Status::Ordered)
        .published("2015-11-19")
        .build(),
    );
    let deal = &fuse_with(&reports, &Copies::new([["a.txt", "b.txt"]]))[0];
    let view = render::show(deal);
    assert!(
        view.contains("5 source(s) in 4 independent document(s)"),
        "{view}"
    );
    assert!(
        view.contains("(Su-35, reports delivered, copy of a.txt)"),
        "{view}"
    );
    assert!(
        view.contains("timeline: ordered → delivering → delivered\n"),
        "{view}"
    );
    assert!(view.contains("  talks       (not reported)\n"), "{view}");
    assert!(
        view.contains(
            "  ordered     2015-11-19  e.txt\n              \"The contract was signed.\""
        ),
        "{view}"
    );
    // The earliest dated report of a stage is the original, not its later copy.
    assert!(view.contains("  delivered   2019-01-10  a.txt"), "{view}");
    assert!(!view.contains("cancelled"), "{view}");
}

#[test]
fn every_copy_in_a_chain_names_the_earliest_dated_document_of_its_group() {
    let item = |doc: &str| su35(doc, "24 Su-35 were sold.");
    // z is the earliest dated though last by id; u is undated, so it is never the original.
    let reports = vec![
        item("u.txt").build(),
        item("x.txt").published("2019-03-02").build(),
        item("y.txt").published("2019-03-01").build(),
        item("z.txt").published("2019-02-28").build(),
        item("w.txt").published("2018-01-01").build(),
    ];
    // u–x–y–z linked as a chain; w stands alone.
    let copies = Copies::new([["u.txt", "x.txt"], ["x.txt", "y.txt"], ["y.txt", "z.txt"]]);
    let deal = &fuse_with(&reports, &copies)[0];
    let mut marks: Vec<(&str, Option<&str>)> = deal
        .sources
        .iter()
        .map(|s| (s.doc_id.as_str(), s.copy_of.as_deref()))
        .collect();
    marks.sort();
    let expected = [
        ("u.txt", Some("z.txt")),
        ("w.txt", None),
        ("x.txt", Some("z.txt")),
        ("y.txt", Some("z.txt")),
        ("z.txt", None),
    ];
    assert_eq!(marks, expected);
    assert_eq!(deal.independent_sources, 2);
}

#[test]
fn sources_list_each_document_with_what_it_supports() {
    let deal = &fuse_with(&copied_value(), &Copies::new([["a.txt", "b.txt"]]))[0];
    let docs = render::supports(deal);
    let ids: Vec<&str> = docs.iter().map(|d| d.doc_id.as_str()).collect();
    assert_eq!(ids, ["a.txt", "b.txt", "c.txt"]);
    assert_eq!(docs[1].copy_of.as_deref(), Some("a.txt"));
    assert_eq!(
        docs[0].supports,
        ["status: delivered", "value: $2 bn (not chosen)"]
    );
    assert_eq!(docs[2].supports, ["value: $2.5 bn"]);
    let text = render::sources(deal, &docs);
    assert!(
        text.contains("3 report(s) in 3 document(s), 2 independent"),
        "{text}"
    );
    assert!(
        text.contains("b.txt  2019-01-11  [copy of a.txt: not independent]\n"),
        "{text}"
    );
}
