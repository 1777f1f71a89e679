//! Settings shared by commands: where the database is, how the catalog is loaded.

use std::path::{Path, PathBuf};

use anyhow::Context;
use armscope_catalog::Catalog;

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

/// The built-in catalog, with a user's folder loaded on top when given.
pub fn load_catalog(dir: Option<&Path>) -> anyhow::Result<Catalog> {
    let mut builder = Catalog::builder();
    if let Some(dir) = dir {
        builder = builder.dir(dir);
    }
    builder.build().context("loading the catalog")
}
