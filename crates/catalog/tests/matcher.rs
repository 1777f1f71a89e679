//! The matcher over the good test catalog.

mod common;

use armscope_catalog::{Catalog, Hit, StateForm, Target};
use common::good_catalog;

/// What each hit names, as `text-slice=kind:id`, in order.
fn found(catalog: &Catalog, text: &str) -> Vec<String> {
    catalog
        .matcher()
        .find_all(text)
        .iter()
        .map(|h| describe(catalog, text, h))
        .collect()
}

fn describe(catalog: &Catalog, text: &str, hit: &Hit) -> String {
    let id = match hit.target {
        Target::State { index, form } => format!("{form:?}:{}", catalog.states()[index].code),
        Target::Organization(i) => format!("org:{}", catalog.organizations()[i].id),
        Target::System(i) => format!("sys:{}", catalog.systems()[i].id),
        Target::Person(i) => format!("person:{}", catalog.people()[i].id),
    };
    let mark = if hit.ambiguous { "?" } else { "" };
    format!("{}={id}{mark}", hit.span.slice(text))
}

#[test]
fn longest_form_wins() {
    let c = good_catalog();
    assert_eq!(
        found(&c, "Russian Helicopters built it"),
        ["Russian Helicopters=org:russian-helicopters"]
    );
    assert_eq!(
        found(&c, "the S-400 Triumph system"),
        ["S-400 Triumph=sys:s-400"]
    );
}

#[test]
fn shorter_form_is_tried_when_the_longest_is_not_a_whole_word() {
    let c = good_catalog();
    assert_eq!(found(&c, "Russian Helicoptersx"), ["Russian=Adjective:RU"]);
}

#[test]
fn whole_words_only() {
    let c = good_catalog();
    assert!(found(&c, "Bukhara and Torino, Prussia, Moscowitz").is_empty());
    assert_eq!(
        found(&c, "(Buk), Tor."),
        ["Buk=sys:buk-m2?", "Tor=sys:tor-m1?"]
    );
}

#[test]
fn trailing_plural_and_possessive_stay_outside_the_span() {
    let c = good_catalog();
    assert_eq!(
        found(&c, "S-400s and Russia's and Russia’s Su-35s."),
        [
            "S-400=sys:s-400",
            "Russia=Name:RU",
            "Russia=Name:RU",
            "Su-35=sys:su-35"
        ]
    );
    // An adjective listed with its plural matches in full.
    assert_eq!(found(&c, "Russians"), ["Russians=Adjective:RU"]);
    // Only one plural letter.
    assert!(found(&c, "S-400ss").is_empty());
}

#[test]
fn dash_variants() {
    let c = good_catalog();
    for text in ["S-400", "S–400", "S—400", "S\u{2011}400", "S400", "S 400"] {
        assert_eq!(found(&c, text), [format!("{text}=sys:s-400")], "{text}");
    }
    assert_eq!(
        found(&c, "Su 35 and Mi171Sh"),
        ["Su 35=sys:su-35", "Mi171Sh=sys:mi-171sh"]
    );
    // Only designations (letters-digits) may lose the dash.
    assert!(found(&c, "TorM1").is_empty());
    assert_eq!(found(&c, "Tor M1"), ["Tor=sys:tor-m1?"]);
    assert_eq!(found(&c, "Tor–M1"), ["Tor–M1=sys:tor-m1"]);
}

#[test]
fn case_rules() {
    let c = good_catalog();
    // Four or more characters with a lower-case letter: any ASCII case.
    assert_eq!(
        found(&c, "RUSSIA, kremlin, SU-35"),
        ["RUSSIA=Name:RU", "kremlin=Metonym:RU", "SU-35=sys:su-35"]
    );
    // Short or all-caps forms: exact case only.
    assert!(found(&c, "pla Pla uac tor buk s-400 Uac").is_empty());
    assert_eq!(found(&c, "PLA and UAC"), ["PLA=org:pla", "UAC=org:uac"]);
}

#[test]
fn ambiguous_forms_come_with_the_flag_and_every_entry() {
    let c = good_catalog();
    assert_eq!(
        found(&c, "Triumph"),
        ["Triumph=org:triumph-group?", "Triumph=sys:s-400?"]
    );
    assert_eq!(found(&c, "S-400"), ["S-400=sys:s-400"]);
}

#[test]
fn cyrillic_and_cjk_forms() {
    let c = good_catalog();
    assert_eq!(
        found(&c, "поставки Су-35 и Су35"),
        ["Су-35=sys:su-35", "Су35=sys:su-35"]
    );
    assert_eq!(found(&c, "Россия"), ["Россия=Name:RU"]);
    // CJK text has no spaces between words.
    assert_eq!(
        found(&c, "中国空军的歼-10战斗机"),
        ["中国=Adjective:CN", "歼-10=sys:j-10"]
    );
    assert_eq!(found(&c, "歼10和J-10"), ["歼10=sys:j-10", "J-10=sys:j-10"]);
    // A Latin edge still needs its boundary.
    assert!(found(&c, "歼-10A").is_empty());
}

#[test]
fn spans_are_offsets_into_the_original_text() {
    let c = good_catalog();
    let text = "Ünïcödé — S—400 at Moscow’s parade";
    let hits = c.matcher().find_all(text);
    let slices: Vec<&str> = hits
        .iter()
        .map(|h| &text[h.span.start..h.span.end])
        .collect();
    assert_eq!(slices, ["S—400", "Moscow"]);
    assert_eq!(
        hits[1].target,
        Target::State {
            index: 2,
            form: StateForm::Metonym
        }
    );
}

#[test]
fn people() {
    let c = good_catalog();
    assert_eq!(
        found(&c, "Vladimir Putin said; Putin's"),
        [
            "Vladimir Putin=person:vladimir-putin",
            "Putin=person:vladimir-putin"
        ]
    );
}
