//! The built-in catalog files must validate and load.

use armscope_catalog::Catalog;

#[test]
fn embedded_catalog_validates_and_loads() {
    let problems = Catalog::builder()
        .validate()
        .expect("built-in files are compiled in");
    let listed: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        listed.join("\n")
    );

    let catalog = Catalog::embedded().expect("validated above");
    let stats = catalog.stats();
    println!("{stats:#?}");
    // Every system's family root and references resolve through the public lookups too.
    for system in catalog.systems() {
        assert!(catalog.system(&system.family).is_some(), "{}", system.id);
    }
}

#[test]
fn russian_and_chinese_designations_match_in_their_own_script() {
    use armscope_catalog::{Catalog, Target};
    let catalog = Catalog::embedded().expect("catalog");
    let text = "Су-35 и С-400 «Триумф»; 歼-10 和 红旗-9";
    let ids: Vec<&str> = catalog
        .matcher()
        .find_all(text)
        .into_iter()
        .filter_map(|h| match h.target {
            Target::System(i) => Some(catalog.systems()[i].id.as_str()),
            _ => None,
        })
        .collect();
    for id in ["su-35", "s-400", "j-10", "hq-9"] {
        assert!(ids.contains(&id), "{id} not found in {ids:?}");
    }
}
