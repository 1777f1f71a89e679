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
