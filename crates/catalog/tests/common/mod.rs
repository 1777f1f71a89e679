//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use armscope_catalog::{Catalog, CatalogBuilder};

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The small test catalog, without the built-in files.
pub fn good() -> CatalogBuilder {
    Catalog::builder().embedded(false).dir(fixture("good"))
}

pub fn good_catalog() -> Catalog {
    match good().build() {
        Ok(catalog) => catalog,
        Err(e) => panic!("{e}"),
    }
}
