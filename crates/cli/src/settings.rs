//! Settings shared by commands: where the database is, how the catalog is loaded.

use std::path::{Path, PathBuf};

use anyhow::Context;
use armscope_catalog::{Catalog, CatalogBuilder};

/// `--db FILE`, else `ARMSCOPE_DB`, else `./armscope.db` (clap fills the first two).
#[derive(clap::Args, Clone, Debug)]
pub struct DbArg {
    /// SQLite database file.
    #[arg(
        long,
        env = "ARMSCOPE_DB",
        default_value = "armscope.db",
        value_name = "FILE"
    )]
    pub db: PathBuf,
}

/// The built-in catalog, with a user's folder or single file (`--catalog`, else
/// `ARMSCOPE_CATALOG`) loaded on top when given.
pub fn load_catalog(path: Option<&Path>) -> anyhow::Result<Catalog> {
    catalog_builder(path).build().context("loading the catalog")
}

/// The builder behind [`load_catalog`], for commands that validate rather than build.
pub fn catalog_builder(path: Option<&Path>) -> CatalogBuilder {
    let mut builder = Catalog::builder();
    if let Some(path) = path {
        builder = builder.path(path);
    }
    builder
}
