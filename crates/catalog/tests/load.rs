//! Loading, merging and looking up.

mod common;

use armscope_catalog::{Catalog, CatalogBuilder, Category, OrgType, StateKind};
use common::{fixture, good, good_catalog};

#[test]
fn loads_every_kind_with_typed_columns() {
    let c = good_catalog();
    let ru = c.state("RU").unwrap();
    assert_eq!(ru.kind, StateKind::State);
    assert_eq!(ru.adjectives, ["Russian", "Russians"]);
    assert_eq!(c.state("X-HEZBOLLAH").unwrap().kind, StateKind::NonState);

    let ros = c.organization("rosoboronexport").unwrap();
    assert_eq!(
        (ros.org_type, ros.parent.as_deref(), ros.state.as_deref()),
        (OrgType::Exporter, Some("rostec"), Some("RU"))
    );
    assert_eq!(c.organization("triumph-group").unwrap().state, None);

    let j11 = c.system("j-11").unwrap();
    assert_eq!(
        (j11.family.as_str(), j11.copy_of.as_deref()),
        ("su-27", Some("su-27sk"))
    );
    assert_eq!(j11.category, Category::CombatAircraft);
    assert_eq!(c.system("buk-m2").unwrap().un_category, None);

    let putin = c.person("vladimir-putin").unwrap();
    assert_eq!(
        (putin.role.as_deref(), putin.organization.as_deref()),
        (Some("President of Russia"), None)
    );
    assert!(c.system("nope").is_none());
}

#[test]
fn person_name_parts_are_case_insensitive() {
    let c = good_catalog();
    assert!(c.is_given_name("Sergei") && c.is_given_name("SERGEI"));
    assert!(!c.is_surname("Sergei"));
    assert!(c.is_surname("Zhang") && !c.is_given_name("Zhang"));
    assert!(c.is_given_name("Thomas") && c.is_surname("Thomas"));
}

#[test]
fn a_user_folder_replaces_and_adds_by_id() {
    let c = good().dir(fixture("user")).build().unwrap();
    assert_eq!(c.system("su-35").unwrap().name, "Su-35 Flanker-E");
    assert_eq!(c.system("su-57").unwrap().aliases, ["Felon"]);
    assert_eq!(c.state("BY").unwrap().metonyms, ["Minsk"]);
    assert_eq!(c.systems().len(), good_catalog().systems().len() + 1);
    // Lookups still work after new ids were appended: slices stay sorted by id.
    assert!(c.systems().windows(2).all(|w| w[0].id < w[1].id));
    assert!(c.states().windows(2).all(|w| w[0].code < w[1].code));
    // The replaced entry's old aliases are gone from the matcher; new ones are in.
    let text = "Су-35 or Felon from Minsk";
    let hits: Vec<&str> = c
        .matcher()
        .find_all(text)
        .iter()
        .map(|h| h.span.slice(text))
        .collect();
    assert_eq!(hits, ["Felon", "Minsk"]);
}

#[test]
fn stats_count_kinds_categories_and_origins() {
    let s = good_catalog().stats();
    assert_eq!(
        (s.states, s.organizations, s.systems, s.people),
        (5, 6, 10, 1)
    );
    assert_eq!((s.given_names, s.surnames), (2, 2));
    assert_eq!(s.systems_by_category[&Category::CombatAircraft], 5);
    assert_eq!(s.systems_by_category[&Category::AirDefence], 3);
    assert_eq!(s.systems_by_origin["RU"], 6);
    assert_eq!(s.systems_by_origin["SU"], 2);
}

#[test]
fn catalog_is_send_and_sync() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Catalog>();
}

#[test]
fn a_single_file_loads_on_top_like_a_folder_holding_it() {
    let c = good()
        .path(fixture("user").join("systems.tsv"))
        .build()
        .unwrap();
    assert_eq!(c.system("su-35").unwrap().name, "Su-35 Flanker-E");
    assert_eq!(c.system("su-57").unwrap().aliases, ["Felon"]);
    // Only that file: the folder's states.tsv is not read.
    assert!(c.state("BY").is_none());
    assert_eq!(c.systems().len(), good_catalog().systems().len() + 1);
    // `.file` is the strict form of the same.
    let strict = good()
        .file(fixture("user").join("systems.tsv"))
        .build()
        .unwrap();
    assert_eq!(strict.system("su-35").unwrap().name, "Su-35 Flanker-E");
}

#[test]
fn path_takes_a_folder_like_dir() {
    let c = good().path(fixture("user")).build().unwrap();
    assert_eq!(c.system("su-35").unwrap().name, "Su-35 Flanker-E");
    assert_eq!(c.state("BY").unwrap().metonyms, ["Minsk"]);
}

#[test]
fn a_file_with_another_name_is_rejected_naming_it_and_the_accepted_names() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("catalog-bad-file-name");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("weapons.tsv");
    std::fs::copy(fixture("user").join("systems.tsv"), &file).unwrap();
    for builder in [good().path(&file), good().file(&file)] {
        let Err(err) = builder.build() else {
            panic!("a wrong file name must fail")
        };
        let message = err.to_string();
        assert!(message.contains("weapons.tsv"), "{message}");
        for name in CatalogBuilder::FILE_NAMES {
            assert!(message.contains(name), "{message}");
        }
    }
    // A missing path is an error too, not an empty catalog on top.
    assert!(good().path(dir.join("nothing-here")).build().is_err());
}
