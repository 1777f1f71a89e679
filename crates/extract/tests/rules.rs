//! The extraction rules on short team-written texts, one phenomenon of defence news per test,
//! with the real built-in catalog.

use std::sync::LazyLock;

use armscope_catalog::Catalog;
use armscope_core::{Document, EntityKind, SourceFormat, Status, Transfer, TransferKind};
use armscope_extract::{Extraction, Extractor};

static CATALOG: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::embedded().expect("built-in catalog"));

fn extract_on(text: &str, published: Option<&str>) -> Extraction {
    let doc = Document {
        id: "t".into(),
        url: None,
        title: None,
        published: published.map(|p| p.parse().expect("date")),
        source: "test".into(),
        format: SourceFormat::Text,
        text: text.into(),
    };
    Extractor::new(&CATALOG).extract(&doc)
}

fn transfers(text: &str) -> Vec<Transfer> {
    extract_on(text, None).transfers
}

fn one(text: &str, system: &str) -> Transfer {
    let all = transfers(text);
    let found: Vec<&Transfer> = all.iter().filter(|t| t.system == system).collect();
    assert_eq!(found.len(), 1, "{system} in {text:?}: {all:#?}");
    found[0].clone()
}

/// The transfer of `all` that `what` picks; fails showing them all.
fn find(all: &[Transfer], what: impl Fn(&Transfer) -> bool) -> &Transfer {
    all.iter()
        .find(|t| what(t))
        .unwrap_or_else(|| panic!("{all:#?}"))
}

fn parties(t: &Transfer) -> (&str, &str) {
    (
        t.supplier.as_deref().unwrap_or("?"),
        t.recipient.as_deref().unwrap_or("?"),
    )
}

#[test]
fn direction_from_prepositions_not_from_nearby_names() {
    let t = one(
        "Egypt bought 24 Rafale fighters from France in 2015.",
        "Rafale",
    );
    assert_eq!(parties(&t), ("FR", "EG"));
    assert_eq!(t.status, Some(Status::Ordered));
    assert_eq!(t.order_year, Some(2015));
    assert_eq!(t.quantity.as_ref().map(|q| q.value), Some(24));
}

#[test]
fn supplied_x_with_names_the_recipient() {
    let t = one(
        "Russia also supplied Beijing with 24 Su-35 fighter jets worth about $2.5 billion.",
        "Su-35",
    );
    assert_eq!(parties(&t), ("RU", "CN"));
    assert_eq!(t.status, Some(Status::Delivered));
    assert_eq!(t.value.as_ref().and_then(|v| v.usd()), Some(2.5e9));
}

#[test]
fn an_exporter_that_signs_is_the_supplier() {
    let t = one("In 2011, Rosoboronexport signed a contract with China's Ministry of Defense for the supply of S-400 systems.", "S-400");
    assert_eq!(parties(&t), ("RU", "CN"));
    assert_eq!(t.order_year, Some(2011));
}

#[test]
fn counting_units_are_kept_and_capacities_are_not_quantities() {
    let t = one(
        "Moscow signed a contract with India for five regiments of the S-400 system.",
        "S-400",
    );
    let q = t.quantity.expect("quantity");
    assert_eq!((q.value, q.unit.as_deref()), (5, Some("regiments")));
    let t = one(
        "Egypt ordered Mi-17 helicopters from Russia; each can carry up to 37 troops.",
        "Mi-17",
    );
    assert!(t.quantity.is_none(), "{t:?}");
}

#[test]
fn a_first_batch_means_deliveries_are_under_way() {
    let t = one(
        "Poland received the first ten K2 tanks from South Korea in December 2022.",
        "K2 Black Panther",
    );
    assert_eq!(t.status, Some(Status::Delivering));
    assert_eq!(t.delivery_years.and_then(|y| y.first), Some(2022));
}

#[test]
fn a_later_sentence_referring_back_updates_the_deal() {
    let text = "Indonesia ordered 42 Rafale fighters from France in 2022. The first six jets arrived in 2026.";
    let all = extract_on(text, Some("2026-03-01")).transfers;
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].status, Some(Status::Delivering));
    assert_eq!(all[0].quantity.as_ref().map(|q| q.value), Some(42));
}

#[test]
fn buying_from_home_industry_is_not_a_transfer() {
    assert!(
        transfers("The Bundeswehr ordered six IRIS-T SLM fire units from Diehl Defence.")
            .is_empty()
    );
}

#[test]
fn negated_and_hedged_reports() {
    let t = one(
        "Talks with Russia on the Su-57 continue, and no contract for India has been signed.",
        "Su-57",
    );
    assert_ne!(t.status, Some(Status::Ordered));
    let t = one(
        "Iran has reportedly delivered Shahed-136 drones to Russia.",
        "Shahed-136",
    );
    assert!(t.hedged);
}

#[test]
fn licence_and_assistance_kinds() {
    let t = one(
        "India's HAL builds the Su-30MKI under licence from Russia.",
        "Su-30MKI",
    );
    assert_eq!(t.kind, TransferKind::Licence);
    let t = one(
        "Russian specialists took part in designing China's J-10 fighter.",
        "J-10",
    );
    assert_eq!(t.kind, TransferKind::Assistance);
    assert_eq!(parties(&t), ("RU", "CN"));
}

#[test]
fn one_recipient_list_gives_one_transfer_each() {
    let all = transfers("Turkey has sold Bayraktar TB2 drones to Kuwait, Morocco and Niger.");
    let mut recipients: Vec<&str> = all.iter().filter_map(|t| t.recipient.as_deref()).collect();
    recipients.sort();
    assert_eq!(recipients, ["KW", "MA", "NE"]);
}

#[test]
fn entities_people_and_institutions() {
    let found = extract_on(
        "\"We need more guns,\" said Colonel Ole Kristian Berg of the Norwegian Army.",
        None,
    );
    let names = |kind| {
        found
            .mentions
            .iter()
            .filter(|m| m.kind == kind)
            .map(|m| m.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(EntityKind::Person), ["Ole Kristian Berg"]);
    assert_eq!(names(EntityKind::Organization), ["Norwegian Army"]);
}

#[test]
fn every_span_lies_inside_the_text() {
    let text = "Russia delivered 15 S-300 battalions to China in 2010. Су-35 и С-400 — «Триумф».";
    let found = extract_on(text, None);
    for m in &found.mentions {
        assert!(text.get(m.span.start..m.span.end).is_some(), "{m:?}");
    }
    for t in &found.transfers {
        assert_eq!(&text[t.evidence.start..t.evidence.end], t.evidence.text);
    }
}

#[test]
fn squadrons_of_aircraft_are_not_counts_but_air_defence_units_are() {
    let t = one(
        "Greece ordered three squadrons of Rafale fighters from France.",
        "Rafale",
    );
    assert!(t.quantity.is_none(), "{t:?}");
    let t = one(
        "India ordered five squadrons of the S-400 from Russia.",
        "S-400",
    );
    assert_eq!(t.quantity.map(|q| q.value), Some(5));
}

#[test]
fn a_future_first_delivery_is_not_yet_a_stage() {
    let t = one(
        "Vietnam will receive the first two Yak-130 trainers from Russia next year.",
        "Yak-130",
    );
    assert_ne!(t.status, Some(Status::Delivering));
}

#[test]
fn a_dsca_approval_is_talks() {
    let t = one("The State Department approved a possible Foreign Military Sale to Poland of 96 AH-64E helicopters for $12 billion.", "AH-64E");
    assert_eq!(parties(&t), ("US", "PL"));
    assert_eq!(t.status, Some(Status::Talks));
}

#[test]
fn a_count_away_from_the_designation_sizes_the_deal() {
    let t = one(
        "Chile took its last AS532 Cougar helicopters in 2019, completing an order for twelve aircraft placed in 2016.",
        "AS532 Cougar",
    );
    assert_eq!(t.quantity.as_ref().map(|q| q.value), Some(12));
    let t = one(
        "Ghana ordered the K9 Thunder howitzer in 2022, while 30 tanks came from Poland.",
        "K9 Thunder",
    );
    assert_eq!(
        t.quantity, None,
        "a count of tanks does not size a howitzer deal"
    );
}

#[test]
fn a_count_of_the_things_just_named_refers_back() {
    let all = transfers(
        "Switzerland sold F-5E fighters to the United States. In 2015 the US Navy bought 44 of the fighters.",
    );
    assert!(
        all.iter()
            .any(|t| t.quantity.as_ref().map(|q| q.value) == Some(44)),
        "{all:#?}"
    );
}

#[test]
fn variants_named_together_are_one_purchase() {
    let all =
        transfers("Washington cleared India to buy 31 MQ-9B SkyGuardian and SeaGuardian drones.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].quantity.as_ref().map(|q| q.value), Some(31));
}

#[test]
fn overlapping_names_in_a_sentence_do_not_break_extraction() {
    // Two catalog names share words here; found as a panic on a dev article.
    let all = transfers(
        "The contract specified German MTU 396 engines, but Germany refused to license their export to China, and none were delivered.",
    );
    assert!(all.iter().all(|t| t.quantity.is_none()), "{all:#?}");
}

fn on(published: &str, text: &str) -> Vec<Transfer> {
    extract_on(text, Some(published)).transfers
}

#[test]
fn a_first_batch_makes_a_deal_still_delivering() {
    for text in [
        "Niger signed for six TB2 drones in 2022; the first were handed over in the autumn.",
        "Oman ordered the IRIS-T SLM in 2018; deliveries to Muscat are under way.",
        "Nigeria's air force took delivery of two more Wing Loong II aircraft from China.",
    ] {
        let all = transfers(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(all[0].status, Some(Status::Delivering), "{text}");
    }
}

#[test]
fn a_plan_for_the_rest_of_a_deal_dates_its_end() {
    let all = on(
        "2024-03-01",
        "Poland bought 116 used M1A1 tanks from the United States in January 2023; the first 28 arrived in June 2023 and the rest are due this year.",
    );
    assert_eq!(all.len(), 1, "{all:#?}");
    let years = all[0].delivery_years.expect("delivery years");
    assert_eq!((years.first, years.last), (Some(2023), Some(2024)));
    let all = on(
        "2024-03-01",
        "The first four AW149 helicopters were handed over to Poland by Italy in October 2023. The last AW149 is due by the end of 2029.",
    );
    assert_eq!(all.len(), 1, "{all:#?}");
    let years = all[0].delivery_years.expect("delivery years");
    assert_eq!((years.first, years.last), (Some(2023), Some(2029)));
    assert_eq!(all[0].status, Some(Status::Delivering));
}

#[test]
fn a_first_batch_still_to_come_is_no_delivery() {
    let t = one(
        "Bratislava signed for 14 F-16 Block 70 jets in December 2018, and the first two are due in July 2024.",
        "F-16 Block 70",
    );
    assert_eq!(t.status, Some(Status::Ordered));
}

#[test]
fn a_family_name_after_its_variant_is_the_same_deal() {
    let all = transfers(
        "Indonesia signed a memorandum of understanding with Boeing for 24 F-15EX fighters. Washington had approved a possible sale of F-15 aircraft to Indonesia in 2022.",
    );
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].system, "F-15EX");
    let all =
        transfers("Vietnam received six Project 636.1 Kilo-class submarines from Russia by 2017.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].quantity.as_ref().map(|q| q.value), Some(6));
}

#[test]
fn a_seller_that_wins_orders_from_a_list_of_buyers() {
    let t = one(
        "Saab has received an order from the Czech Ministry of Defence for RBS 70 air defence systems.",
        "RBS 70",
    );
    assert_eq!(parties(&t), ("SE", "CZ"));
    assert_eq!(t.status, Some(Status::Ordered));
    let all = transfers(
        "Embraer's C-390 Millennium has won orders from Portugal, which signed for five aircraft in 2019, and from Hungary, which bought two in 2020.",
    );
    assert!(
        all.iter().all(|t| t.supplier.as_deref() == Some("BR")),
        "a later buyer in the list is no seller: {all:#?}"
    );
}

#[test]
fn inventory_and_incidents_are_no_transfers() {
    for text in [
        // A state and its predecessor are one party.
        "They were followed by T-72B3 tanks, whose family has been in service with the Soviet and Russian army since 1973.",
        // An aircraft landing after an incident is no delivery.
        "The Pentagon said the Su-27 was also likely damaged and landed afterward.",
        // The transport that flew a system in, or a foreign air force's aircraft, is not it.
        "Serbia received one FK-3 battery in April 2022; six Y-20 transports of the PLA Air Force flew the equipment in.",
    ] {
        let all = transfers(text);
        assert!(
            all.iter().all(|t| t.system != "T-72B3" && t.system != "Su-27" && t.system != "Y-20"),
            "{text}: {all:#?}"
        );
    }
}

#[test]
fn a_clause_subject_outranks_a_possessive_in_the_next_clause() {
    let t = one(
        "The United Kingdom completed the delivery of 24 Eurofighter Typhoon fighters to Qatar, and South Korea's exports are expected to climb further.",
        "Eurofighter Typhoon",
    );
    assert_eq!(parties(&t), ("GB", "QA"));
}

#[test]
fn news_of_a_signing_is_dated_by_its_publication() {
    let t = extract_on(
        "OSLO - The Norwegian Defence Materiel Agency has signed a contract with South Korea's Hanwha Aerospace for a dozen more K9 howitzers.",
        Some("2024-11-02"),
    )
    .transfers;
    assert_eq!(t.len(), 1, "{t:#?}");
    assert_eq!(t[0].order_year, Some(2024));
    // A past signing told in the simple past is not dated by the article.
    let t = extract_on(
        "Norway signed a contract with South Korea's Hanwha Aerospace for K9 howitzers.",
        Some("2024-11-02"),
    )
    .transfers;
    assert_eq!(t.len(), 1, "{t:#?}");
    assert_eq!(t[0].order_year, None);
}

#[test]
fn a_deal_value_in_dollars_wherever_the_text_gives_it() {
    // A conversion the text itself makes is the dollar figure.
    let t = one(
        "Poland signed a contract for 32 AW149 helicopters from Italy in July 2022, worth PLN 8.25 billion, or about $1.75 billion.",
        "AW149",
    );
    assert_eq!(t.value.as_ref().and_then(|m| m.usd()), Some(1.75e9));
    // The value in the next sentence of the same deal.
    let all = transfers(
        "The State Department has approved a possible sale to Romania of 32 F-35A aircraft. The estimated total case value is $7.2bn.",
    );
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].value.as_ref().and_then(|m| m.usd()), Some(7.2e9));
    // Weapons listed after "with" are parts of the package, not the item the value is for.
    let all = transfers(
        "The State Department cleared the sale of 96 AH-64E helicopters to Poland, with engines, sensors and Hellfire missiles, in a package estimated at $12 billion.",
    );
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].value.as_ref().and_then(|m| m.usd()), Some(12e9));
}

#[test]
fn a_contract_for_items_from_a_state_names_the_seller() {
    let t = one(
        "Poland signed a contract for 32 AW149 helicopters from Italy in July 2022.",
        "AW149",
    );
    assert_eq!(parties(&t), ("IT", "PL"));
    let t = one(
        "The biggest single order, however, came from the United Arab Emirates, which agreed to buy 80 Rafale fighters from France.",
        "Rafale",
    );
    assert_eq!(parties(&t), ("FR", "AE"));
}

#[test]
fn each_buyer_of_a_list_with_its_own_relative_clause() {
    let all = transfers(
        "The K9 howitzer has sold well abroad, with orders from Finland, which signed for 48 in 2017; \
         from Estonia, which bought 24 in 2018; and from Australia, which selected the type in 2021 for 30 guns.",
    );
    let to = |code: &str| {
        all.iter()
            .find(|t| t.recipient.as_deref() == Some(code) && t.system == "K9 Thunder")
            .unwrap_or_else(|| panic!("K9 to {code}: {all:#?}"))
    };
    assert_eq!(to("FI").quantity.as_ref().map(|q| q.value), Some(48));
    assert_eq!(to("EE").supplier.as_deref(), Some("KR"));
    assert_eq!(to("EE").quantity.as_ref().map(|q| q.value), Some(24));
    assert_eq!(to("EE").order_year, Some(2018));
    assert_eq!(to("AU").quantity.as_ref().map(|q| q.value), Some(30));
    assert_eq!(to("AU").order_year, None, "a selection is no contract");
}

#[test]
fn shares_of_a_joint_order_go_to_each_buyer() {
    let all = transfers(
        "Chile and Peru signed a joint contract with Embraer for seven C-390 Millennium aircraft, four for Chile and three for Peru.",
    );
    let share = |code: &str| {
        all.iter()
            .find(|t| t.recipient.as_deref() == Some(code))
            .and_then(|t| t.quantity.as_ref().map(|q| q.value))
    };
    assert_eq!((share("CL"), share("PE")), (Some(4), Some(3)), "{all:#?}");
}

#[test]
fn followed_continues_a_supply_unless_a_contract_follows() {
    let all = transfers(
        "The Soviet Union supplied S-75 missile systems to Vietnam from 1965. MiG-21 fighters followed from 1966.",
    );
    let mig = all.iter().find(|t| t.system == "MiG-21").expect("MiG-21");
    assert_eq!(parties(mig), ("SU", "VN"));
    assert_eq!(mig.status, Some(Status::Delivered));
    assert_eq!(mig.delivery_years.and_then(|y| y.first), Some(1966));
    let t = one(
        "A second contract, for 20 Su-30MK2 fighters from Russia, followed in 2009 for Vietnam.",
        "Su-30MK2",
    );
    assert_eq!(t.status, Some(Status::Ordered));
    assert_eq!(t.order_year, Some(2009));
}

#[test]
fn an_amount_then_converted_and_vague_amounts() {
    let t = one(
        "Brazil ordered 36 Gripen E fighters from Sweden for SEK 39 billion, then some $5.4 billion.",
        "Gripen E",
    );
    assert_eq!(t.value.as_ref().map(|v| v.currency.as_str()), Some("USD"));
    let t = one(
        "By 1975 the Soviet Union had delivered hundreds of MiG-21 fighters to Vietnam.",
        "MiG-21",
    );
    assert_eq!(t.quantity, None, "hundreds is no count");
}

#[test]
fn shipments_since_a_date_are_under_way_and_headline_speakers_are_not_parties() {
    let all = transfers(
        "Seoul says Pyongyang shipped 5,000 artillery rounds to Russia since August 2023",
    );
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(parties(&all[0]), ("KP", "RU"));
    assert_eq!(all[0].system, "artillery rounds");
    assert_eq!(all[0].status, Some(Status::Delivering));
}

#[test]
fn consultations_are_talks_and_a_new_batch_is_a_deal_delivering() {
    let t = one(
        "Russia and India are holding consultations on the Ka-226T helicopter.",
        "Ka-226",
    );
    assert_eq!(t.status, Some(Status::Talks));
    let t = one(
        "Mali has received a new batch of Su-25 attack aircraft from Russia.",
        "Su-25",
    );
    assert_eq!(t.status, Some(Status::Delivering));
}

#[test]
fn a_phrase_refers_to_the_system_just_named_and_its_exporter() {
    let text = "Russia sold Su-30MKK fighters to China in 2000. The J-10C has become China's export success. \
                Nigeria ordered 12 of the fighters in 2021.";
    let all = transfers(text);
    let t = find(&all, |t| t.recipient.as_deref() == Some("NG"));
    assert_eq!(t.system, "J-10C");
    assert_eq!(t.supplier.as_deref(), Some("CN"));
    assert_eq!(t.quantity.as_ref().map(|q| q.value), Some(12));
}

#[test]
fn a_company_of_a_state_and_a_deal_for_a_company() {
    let t = one(
        "Chile ordered 30 Piranha V vehicles from General Dynamics European Land Systems-Mowag of Switzerland in 2021.",
        "Piranha V",
    );
    assert_eq!(parties(&t), ("CH", "CL"));
    let all = transfers(
        "The order is a win for Hanwha, after a competition in which Lima chose to buy 20 Leopard 2A8 tanks from Germany.",
    );
    let t = all
        .iter()
        .find(|t| t.system == "Leopard 2A8")
        .expect("Leopard");
    assert_eq!(parties(t), ("DE", "PE"));
}

#[test]
fn a_joint_venture_to_produce_a_design_is_a_licence_from_its_designer() {
    let all = transfers(
        "Poland's PGZ and Israel's Rafael signed an agreement to set up a joint venture that will produce Spike LR2 missiles in Poland.",
    );
    let t = find(&all, |t| t.system == "Spike LR2");
    assert_eq!(t.kind, TransferKind::Licence);
    assert_eq!(parties(t), ("IL", "PL"));
}

#[test]
fn a_counted_noun_before_the_deal_word_refers_back() {
    let all = transfers(
        "Qatar took 24 Rafale fighters from France in 2019. Doha came back in 2022 for 12 more jets in a contract worth $4 billion.",
    );
    let again: Vec<&Transfer> = all
        .iter()
        .filter(|t| t.system == "Rafale" && t.quantity.as_ref().map(|q| q.value) == Some(12))
        .collect();
    assert_eq!(again.len(), 1, "{all:#?}");
    assert_eq!(again[0].status, Some(Status::Ordered));
}

#[test]
fn licence_words_with_an_adjective_and_subjects_past_other_parties() {
    let t = one(
        "Russia has granted India the right to build two Talwar-class frigates under a Russian licence.",
        "Talwar-class",
    );
    assert_eq!(t.kind, TransferKind::Licence);
    let t = one(
        "Manila signed a memorandum of understanding with Boeing for 12 F-15EX fighters, after the State Department approved a possible sale.",
        "F-15EX",
    );
    assert_eq!(parties(&t), ("US", "PH"));
}

#[test]
fn a_state_that_only_names_the_item_is_no_party() {
    let all = transfers(
        "Egypt's deal with France included SCALP cruise missiles, known in British service as Storm Shadow.",
    );
    assert!(
        all.iter().all(|t| t.recipient.as_deref() != Some("GB")),
        "{all:#?}"
    );
}

#[test]
fn batches_counted_per_year_are_one_transfer_each() {
    let all = transfers(
        "Peru has bought T-90S tanks from Russia in three contracts: 20 in 2015, 12 in 2017 and 8 in 2019.",
    );
    let mut got: Vec<(Option<u64>, Option<i32>)> = all
        .iter()
        .filter(|t| t.system == "T-90S")
        .map(|t| (t.quantity.as_ref().map(|q| q.value), t.order_year))
        .collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            (Some(8), Some(2019)),
            (Some(12), Some(2017)),
            (Some(20), Some(2015))
        ],
        "{all:#?}"
    );
}

#[test]
fn a_designer_adjective_and_first_batches_of_the_system_just_named() {
    let t = one(
        "Indonesia signed for 11 Su-35 fighters from Russia in 2018, but Jakarta later opted for French Rafale fighters instead.",
        "Rafale",
    );
    assert_eq!(t.supplier.as_deref(), Some("FR"));
    let all = transfers(
        "Russian units have fired hundreds of Shahed-136 drones at Ukraine. Officials say Iran supplied the first batches to Russia in August 2022.",
    );
    let t = find(&all, |t| t.system == "Shahed-136");
    assert_eq!(parties(t), ("IR", "RU"));
}

#[test]
fn a_maker_building_for_a_buyer_and_generic_parts_bought_from_abroad() {
    let t = one(
        "Elbit Systems is building 18 Sabrah light tanks for the Philippine Army under a contract signed in 2022.",
        "Sabrah",
    );
    assert_eq!(parties(&t), ("IL", "PH"));
    assert_eq!(t.status, Some(Status::Ordered));
    let all = transfers(
        "India ordered two Talwar-class frigates from Russia in 2018. The gas turbines for both ships were bought by India from Ukraine in 2017.",
    );
    let t = find(&all, |t| t.system == "gas turbines");
    assert_eq!(parties(t), ("UA", "IN"));
}

#[test]
fn leases_funding_approvals_and_all_the_remaining_aircraft() {
    let all = transfers(
        "In 2015 the US Navy bought 44 F-5E fighters from Switzerland. Austria leased 12 of them from Switzerland between 2004 and 2008 while it waited for its Eurofighters.",
    );
    let t = find(&all, |t| t.recipient.as_deref() == Some("AT"));
    assert_eq!(t.system, "F-5");
    assert_eq!(t.quantity.as_ref().map(|q| q.value), Some(12));
    let t = one(
        "Parliament in Vilnius approved money for two more NASAMS batteries from Norway for Lithuania.",
        "NASAMS",
    );
    assert_eq!(t.status, Some(Status::Talks));
    let all = transfers(
        "Italy handed over two Eurofighter Typhoon jets to Kuwait in 2022. All remaining aircraft are due by the end of 2023.",
    );
    assert!(
        all.iter().all(|t| t.system == "Eurofighter Typhoon"),
        "{all:#?}"
    );
}

#[test]
fn planned_delivery_periods_and_their_first_year() {
    let all = transfers(
        "Saab has received an order from Estonia for RBS 70 NG air defence systems. The order value is SEK 1 billion, and deliveries will take place between 2026 and 2028.",
    );
    let t = all
        .iter()
        .find(|t| t.system.starts_with("RBS 70"))
        .expect("RBS 70");
    assert_eq!(
        t.delivery_years.map(|y| (y.first, y.last)),
        Some((Some(2026), Some(2028)))
    );
    let t = one(
        "Romania signed in January last year for 32 F-35A fighters from the United States; the first F-35s are due in 2030.",
        "F-35A",
    );
    assert_eq!(
        t.delivery_years.map(|y| (y.first, y.last)),
        Some((Some(2030), None)),
        "'last year' ends nothing and 'the first are due' dates the first delivery"
    );
    let t = one(
        "Finland has signed a contract with Hanwha for ten more K9 howitzers, which will be delivered in 2026 and 2027.",
        "K9 Thunder",
    );
    assert_eq!(
        t.delivery_years.map(|y| (y.first, y.last)),
        Some((Some(2026), Some(2027)))
    );
}

#[test]
fn the_subject_after_and_opens_its_own_clause_and_taking_more_is_receiving() {
    let t = one(
        "Qatar signed a contract in July 2023, and Pakistan is reported to have taken delivery of its first Akinci earlier this year.",
        "Bayraktar Akinci",
    );
    assert_eq!(parties(&t), ("TR", "PK"));
    let all = transfers(
        "Poland bought K2 tanks from South Korea in 2022. South Korea's army took another 100 K2 tanks from Hyundai Rotem in 2024.",
    );
    assert!(
        all.iter().all(|t| t.recipient.as_deref() == Some("PL")),
        "an army buying at home: {all:#?}"
    );
}

#[test]
fn a_kind_cue_belongs_to_the_item_it_follows_and_a_second_name_to_the_first() {
    let all = transfers(
        "The J-10C sits on top of a Pakistani fleet built around the JF-17, a fighter developed jointly by China and Pakistan.",
    );
    assert!(
        all.iter()
            .all(|t| t.system != "J-10C" || t.kind != TransferKind::JointDevelopment),
        "{all:#?}"
    );
    let all = transfers(
        "The S26T, an export variant of China's Type 039B Yuan-class boat, was ordered by Thailand from China in 2017.",
    );
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].system, "S26T");
}
