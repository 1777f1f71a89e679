//! `armscope demo`: the sample corpus written by the team, ingested into a fresh database,
//! and the register printed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cmd::register::Format;

#[derive(clap::Args)]
pub struct Args {
    /// Database file to (re)create for the demo.
    #[arg(long, default_value = "armscope-demo.db", value_name = "FILE")]
    db: PathBuf,
    /// Sample corpus folder (default: the repository's testdata/articles).
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

/// Where the sample corpus lives in a checkout of the repository.
fn default_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/articles")
}

pub fn run(catalog_dir: Option<&Path>, args: Args) -> anyhow::Result<ExitCode> {
    let corpus = args.corpus.unwrap_or_else(default_corpus);
    if !corpus.is_dir() {
        anyhow::bail!(
            "sample corpus not found at {} (pass --corpus DIR)",
            corpus.display()
        );
    }
    for suffix in ["", "-wal", "-shm"] {
        let path = PathBuf::from(format!("{}{suffix}", args.db.display()));
        if path.exists() {
            std::fs::remove_file(&path)?;
        }
    }
    let catalog = crate::settings::load_catalog(catalog_dir)?;
    let summary = crate::cmd::ingest::ingest(&catalog, &args.db, &[corpus], None)?;
    eprintln!("{summary}");
    eprintln!(
        "database: {}  (try: armscope register --db {} --format csv, armscope show --db {} DEAL)",
        args.db.display(),
        args.db.display(),
        args.db.display()
    );
    let deals = crate::cmd::register::load_deals(&args.db)?;
    crate::cmd::register::print(&deals, args.format, &mut std::io::stdout().lock())?;
    Ok(if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
