//! Fusion: which reports become one deal, what each field shows, and that order never matters.

mod support;

use armscope_core::{Qualifier, Status, TransferKind};
use armscope_fuse::{fuse, Deal, Report};
use support::{fighter_reports, report, shuffled};

fn ids(deals: &[Deal]) -> Vec<&str> {
    deals.iter().map(|d| d.id.as_str()).collect()
}

fn docs<T>(field: &armscope_fuse::Field<T>, i: usize) -> Vec<&str> {
    field.values[i]
        .sources
        .iter()
        .map(|s| s.doc_id.as_str())
        .collect()
}

/// Reports spread over several groups, with year-less and bare reports whose placement
/// depends on the order they are considered in, were that order not canonical.
fn mixed_reports() -> Vec<Report> {
    let mut reports = fighter_reports();
    reports.extend([
        report(
            "010.txt",
            "US",
            "PL",
            "HIMARS",
            Some("himars"),
            "Warsaw signed for 18 launchers in 2019.",
        )
        .status(Status::Ordered)
        .qty(18)
        .year(2019)
        .build(),
        report(
            "011.txt",
            "US",
            "PL",
            "M142 HIMARS",
            Some("himars"),
            "A second contract for 486 launchers followed in 2023.",
        )
        .status(Status::Ordered)
        .qty(486)
        .year(2023)
        .build(),
        report(
            "012.txt",
            "US",
            "PL",
            "HIMARS",
            Some("himars"),
            "The first 18 launchers are now with the Polish army.",
        )
        .status(Status::Delivered)
        .qty(18)
        .build(),
        report(
            "013.txt",
            "US",
            "PL",
            "HIMARS",
            Some("himars"),
            "More rocket launchers are on their way to Poland.",
        )
        .status(Status::Delivering)
        .build(),
        report(
            "014.txt",
            "US",
            "PL",
            "HIMARS",
            Some("himars"),
            "Some 480 more launchers could follow.",
        )
        .qty_q(480, Qualifier::Approx, None)
        .build(),
        report(
            "015.txt",
            "US",
            "PL",
            "HIMARS",
            Some("himars"),
            "Poland asked about 50 more.",
        )
        .status(Status::Talks)
        .qty(50)
        .build(),
        report(
            "016.txt",
            "US",
            "PL",
            "HIMARS",
            Some("himars"),
            "And 50 more, officials repeated.",
        )
        .status(Status::Talks)
        .qty(50)
        .published("2024-01-02")
        .build(),
        report(
            "017.txt",
            "FR",
            "IN",
            "Missiles",
            None,
            "France will supply missiles to India.",
        )
        .status(Status::Talks)
        .build(),
        report(
            "017.txt",
            "FR",
            "IN",
            "missiles",
            None,
            "The missiles are to arrive in 2026.",
        )
        .at(200)
        .delivered(Some(2026), None)
        .build(),
        report(
            "018.txt",
            "FR",
            "EG",
            "missiles",
            None,
            "Egypt gets missiles as well.",
        )
        .build(),
        report(
            "019.txt",
            "RU",
            "IN",
            "Su-30MKI",
            Some("su-30"),
            "India builds 140 of the jets under licence from 2000.",
        )
        .kind(TransferKind::Licence)
        .qty(140)
        .year(2000)
        .build(),
        report(
            "020.txt",
            "RU",
            "IN",
            "Su-30MKI",
            Some("su-30"),
            "Russia sold 50 of the jets outright in 1996.",
        )
        .qty(50)
        .year(1996)
        .build(),
    ]);
    reports
}

#[test]
fn the_same_reports_in_any_order_give_the_same_deals() {
    let reports = mixed_reports();
    let expected = fuse(&reports);
    for seed in 0..200 {
        let order = shuffled(&reports, seed);
        assert_eq!(fuse(&order), expected, "seed {seed}");
    }
    let mut reversed = reports.clone();
    reversed.reverse();
    assert_eq!(fuse(&reversed), expected);
}

#[test]
fn mixed_reports_fall_into_the_expected_deals() {
    let deals = fuse(&mixed_reports());
    assert_eq!(
        ids(&deals),
        [
            "FR-EG-missiles-1",
            "FR-IN-missiles-1",
            "RU-CN-su-35-2015",
            "RU-IN-su-30-1996",
            "RU-IN-su-30-licence-2000",
            "US-PL-himars-2019",
            "US-PL-himars-2023",
            "US-PL-himars-1",
        ]
    );
    let himars_2023 = &deals[6];
    // "Some 480" cannot be told apart from 486: it joins the second order.
    assert!(himars_2023.sources.iter().any(|s| s.doc_id == "014.txt"));
    assert!(!himars_2023.quantity.conflict);
    assert_eq!(
        himars_2023.system, "M142 HIMARS",
        "one mention each: the longest designation wins"
    );
    // The bare "more launchers" report joins the largest deal.
    let himars_2019 = &deals[5];
    assert_eq!(himars_2019.sources.len(), 3);
    assert_eq!(himars_2019.status.chosen, Some(Status::Delivered));
    // Two reports of 50 more in talks make their own deal.
    assert_eq!(deals[7].quantity.chosen.as_ref().map(|q| q.value), Some(50));
    assert_eq!(deals[7].sources.len(), 2);
}

#[test]
fn three_fighter_reports_make_one_deal_with_a_value_conflict() {
    let deals = fuse(&fighter_reports());
    assert_eq!(deals.len(), 1);
    let deal = &deals[0];
    assert_eq!(deal.id, "RU-CN-su-35-2015");
    assert_eq!(deal.system, "Su-35", "two of three documents write Su-35");
    assert_eq!(deal.status.chosen, Some(Status::Delivered));
    assert!(!deal.status.conflict);
    assert_eq!(deal.quantity.chosen.as_ref().map(|q| q.value), Some(24));
    assert_eq!(docs(&deal.quantity, 0), ["000.txt", "001.txt", "002.txt"]);
    assert!(!deal.quantity.conflict);
    assert_eq!(deal.order_year.chosen, Some(2015));

    // One document each: the later publication wins; both stay, each with its document.
    assert!(deal.value.conflict);
    assert_eq!(deal.value.chosen.as_ref().map(|m| m.amount), Some(2.5e9));
    assert_eq!(deal.value.values.len(), 2);
    assert_eq!(docs(&deal.value, 0), ["000.txt"]);
    assert_eq!(docs(&deal.value, 1), ["002.txt"]);
    assert_eq!(deal.value.values[1].value.amount, 2.0e9);
    let span = deal.value.values[0].sources[0]
        .span
        .expect("value span recorded");
    assert_eq!(
        &deal.value.values[0].sources[0].evidence.text[span.start..span.end],
        "$2.5 billion"
    );

    let stages: Vec<_> = deal
        .timeline
        .iter()
        .map(|s| (s.status, s.doc_id.as_str()))
        .collect();
    assert_eq!(
        stages,
        [
            (Status::Ordered, "002.txt"),
            (Status::Delivering, "001.txt"),
            (Status::Delivered, "000.txt")
        ]
    );
    assert_eq!(deal.sources.len(), 3);
    assert!(deal.sources[2].hedged);
}

#[test]
fn lines_of_one_document_with_other_counts_stay_apart() {
    let reports = [
        report(
            "001",
            "RU",
            "CN",
            "Mi-171",
            Some("mi-17"),
            "68 Mi-171 and 14 Mi-171 with new engines.",
        )
        .qty(68)
        .year(2019)
        .build(),
        report(
            "001",
            "RU",
            "CN",
            "Mi-171",
            Some("mi-17"),
            "68 Mi-171 and 14 Mi-171 with new engines.",
        )
        .at(30)
        .qty(14)
        .year(2019)
        .build(),
        report(
            "002",
            "RU",
            "CN",
            "Mi-171",
            Some("mi-17"),
            "China ordered 68 Mi-171 helicopters.",
        )
        .qty(68)
        .build(),
    ];
    let deals = fuse(&reports);
    assert_eq!(deals.len(), 2);
    let big = deals
        .iter()
        .find(|d| d.quantity.chosen.as_ref().is_some_and(|q| q.value == 68))
        .unwrap();
    assert_eq!(
        big.sources.len(),
        2,
        "the other document's 68 joins the 68, not the 14"
    );
    assert!(!big.quantity.conflict);
}

#[test]
fn orders_in_different_years_stay_two_deals() {
    let reports = [
        report(
            "a",
            "DE",
            "NO",
            "Leopard 2A8",
            Some("leopard-2"),
            "Norway ordered 54 tanks in 2023.",
        )
        .qty(54)
        .year(2023)
        .build(),
        report(
            "b",
            "DE",
            "NO",
            "Leopard 2A4",
            Some("leopard-2"),
            "Norway bought 52 tanks in 1998.",
        )
        .qty(52)
        .year(1998)
        .build(),
        report(
            "c",
            "DE",
            "NO",
            "Leopard 2",
            Some("leopard-2"),
            "The 54 new tanks will replace old ones.",
        )
        .qty(54)
        .build(),
    ];
    let deals = fuse(&reports);
    assert_eq!(
        ids(&deals),
        ["DE-NO-leopard-2-1998", "DE-NO-leopard-2-2023"]
    );
    assert_eq!(
        deals[1].sources.len(),
        2,
        "the 54 without a year joins the 2023 order"
    );
}

#[test]
fn a_report_without_year_or_quantity_attaches_to_the_existing_deal() {
    let reports = [
        report(
            "a",
            "KR",
            "PL",
            "K2",
            Some("k2"),
            "Poland signed for 180 K2 tanks in 2022.",
        )
        .qty(180)
        .year(2022)
        .build(),
        report(
            "b",
            "KR",
            "PL",
            "K2",
            Some("k2"),
            "More K2 tanks reached Gdynia port.",
        )
        .status(Status::Delivering)
        .build(),
    ];
    let deals = fuse(&reports);
    assert_eq!(ids(&deals), ["KR-PL-k2-2022"]);
    assert_eq!(deals[0].status.chosen, Some(Status::Delivering));
    assert_eq!(
        deals[0].quantity.chosen.as_ref().map(|q| q.value),
        Some(180)
    );
}

#[test]
fn different_recipients_never_merge() {
    let reports = [
        report(
            "a",
            "FR",
            "IN",
            "Rafale",
            Some("rafale"),
            "India signed for 36 Rafale fighters in 2016.",
        )
        .qty(36)
        .year(2016)
        .build(),
        report(
            "b",
            "FR",
            "EG",
            "Rafale",
            Some("rafale"),
            "Egypt signed for 24 Rafale fighters in 2015.",
        )
        .qty(24)
        .year(2015)
        .build(),
        report(
            "c",
            "FR",
            "QA",
            "Rafale",
            Some("rafale"),
            "Qatar will get its Rafales soon.",
        )
        .build(),
        report(
            "d",
            "FR",
            "??",
            "Rafale",
            Some("rafale"),
            "An unnamed buyer wants Rafales.",
        )
        .no_recipient()
        .build(),
    ];
    let deals = fuse(&reports);
    assert_eq!(
        ids(&deals),
        [
            "FR-XX-rafale-1",
            "FR-EG-rafale-2015",
            "FR-IN-rafale-2016",
            "FR-QA-rafale-1"
        ]
    );
}

#[test]
fn generic_items_group_by_lower_cased_system() {
    let reports = [
        report(
            "a",
            "US",
            "UA",
            "Missiles",
            None,
            "Washington sent missiles to Kyiv.",
        )
        .build(),
        report("b", "US", "UA", "missiles", None, "The missiles arrived.").build(),
        report(
            "c",
            "US",
            "UA",
            "missiles",
            None,
            "More missiles will follow.",
        )
        .build(),
        report("d", "US", "UA", "shells", None, "Shells were sent as well.").build(),
    ];
    let deals = fuse(&reports);
    assert_eq!(ids(&deals), ["US-UA-missiles-1", "US-UA-shells-1"]);
    assert_eq!(deals[0].family, "missiles");
    assert_eq!(deals[0].system, "missiles");
    assert_eq!(deals[0].sources.len(), 3);
}

#[test]
fn rounded_money_is_not_a_conflict_and_more_documents_win() {
    let reports = [
        report(
            "a",
            "US",
            "TW",
            "F-16V",
            Some("f-16"),
            "Taipei pays $1.9 billion for 66 jets.",
        )
        .qty(66)
        .usd(1.9e9)
        .build(),
        report(
            "b",
            "US",
            "TW",
            "F-16V",
            Some("f-16"),
            "The $1.92 billion deal for 66 F-16s.",
        )
        .qty(66)
        .usd(1.92e9)
        .published("2020-01-01")
        .build(),
        report(
            "c",
            "US",
            "TW",
            "F-16V",
            Some("f-16"),
            "The 66 jets cost $1.9 billion.",
        )
        .qty(66)
        .usd(1.9e9)
        .build(),
    ];
    let deal = &fuse(&reports)[0];
    assert!(!deal.value.conflict);
    assert_eq!(
        deal.value.chosen.as_ref().map(|m| m.amount),
        Some(1.9e9),
        "two documents beat a later one"
    );
}

#[test]
fn differing_exact_quantities_in_one_year_conflict() {
    let reports = [
        report(
            "a",
            "RU",
            "TR",
            "S-400",
            Some("s-400"),
            "Turkey ordered 4 battalions in 2017.",
        )
        .qty_q(4, Qualifier::Exact, Some("battalions"))
        .year(2017)
        .build(),
        report(
            "b",
            "RU",
            "TR",
            "S-400",
            Some("s-400"),
            "Turkey ordered 2 battalions in 2017.",
        )
        .qty_q(2, Qualifier::Exact, Some("battalion"))
        .year(2017)
        .build(),
    ];
    let deal = &fuse(&reports)[0];
    assert!(deal.quantity.conflict);
    // Equal support and specificity, both undated: the fixed order of values decides.
    assert_eq!(deal.quantity.chosen.as_ref().map(|q| q.value), Some(2));
}

#[test]
fn a_cancellation_wins_only_when_it_is_the_latest_news() {
    let base = |doc, status, date| {
        report(
            doc,
            "US",
            "TR",
            "F-35A",
            Some("f-35"),
            "Turkey's F-35 purchase changed course.",
        )
        .status(status)
        .published(date)
        .build()
    };
    let later_cancel = fuse(&[
        base("a", Status::Ordered, "2017-01-01"),
        base("b", Status::Cancelled, "2019-07-17"),
    ]);
    assert_eq!(later_cancel[0].status.chosen, Some(Status::Cancelled));
    assert!(!later_cancel[0].status.conflict);

    let overridden = fuse(&[
        base("a", Status::Cancelled, "2017-01-01"),
        base("b", Status::Delivering, "2019-07-17"),
    ]);
    assert_eq!(overridden[0].status.chosen, Some(Status::Delivering));
    assert!(overridden[0].status.conflict);
    assert_eq!(
        overridden[0].status.values[0].value,
        Status::Delivering,
        "the chosen value is listed first"
    );
}

#[test]
fn the_timeline_takes_the_earliest_dated_report_of_each_stage() {
    let reports = [
        report(
            "c",
            "IT",
            "QA",
            "NH90",
            Some("nh90"),
            "Qatar took its first NH90.",
        )
        .status(Status::Delivering)
        .build(),
        report(
            "b",
            "IT",
            "QA",
            "NH90",
            Some("nh90"),
            "Deliveries have begun.",
        )
        .status(Status::Delivering)
        .published("2022-05-01")
        .build(),
        report(
            "a",
            "IT",
            "QA",
            "NH90",
            Some("nh90"),
            "Helicopters keep arriving.",
        )
        .status(Status::Delivering)
        .published("2023-05-01")
        .build(),
    ];
    let deal = &fuse(&reports)[0];
    assert_eq!(deal.timeline.len(), 1);
    assert_eq!(deal.timeline[0].doc_id, "b");
    assert_eq!(deal.timeline[0].date, Some("2022-05-01".parse().unwrap()));
}
