//! `armscope ingest`: read, extract, store. One bad file never stops the batch; each
//! document is stored whole or not at all; the exit code says whether anything failed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use armscope_catalog::Catalog;
use armscope_extract::Extractor;
use armscope_ingest::ReadOptions;
use armscope_store::{Inserted, Store};
use rayon::prelude::*;

use crate::settings::DbArg;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_name = "DATE")]
    published: Option<jiff::civil::Date>,
    /// Files or folders (plain text, HTML, JSON Lines).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

/// What an ingest run did, for the summary line.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub read: usize,
    pub stored: usize,
    pub skipped: usize,
    pub failed: usize,
    pub transfers: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "documents read {}, stored {}, skipped (already stored) {}, failed {}; transfers found {}",
            self.read, self.stored, self.skipped, self.failed, self.transfers
        )
    }
}

pub fn run(catalog_dir: Option<&Path>, args: Args) -> anyhow::Result<ExitCode> {
    let catalog = crate::settings::load_catalog(catalog_dir)?;
    let summary = ingest(&catalog, &args.db.db, &args.paths, args.published)?;
    eprintln!("{summary}");
    Ok(if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Ingests `paths` into the database at `db`, reporting bad inputs on stderr as it goes.
pub fn ingest(
    catalog: &Catalog,
    db: &Path,
    paths: &[PathBuf],
    published: Option<jiff::civil::Date>,
) -> anyhow::Result<Summary> {
    let mut store = Store::open(db).with_context(|| format!("opening {}", db.display()))?;
    let extractor = Extractor::new(catalog);
    let opts = ReadOptions {
        published,
        ..ReadOptions::default()
    };
    let mut summary = Summary::default();
    for path in paths {
        let results = armscope_ingest::read_path(path, &opts);
        let bar = crate::progress::bar(results.len() as u64, "ingest");
        // Extraction is pure and runs on every core; storing stays on this thread, one
        // transaction per document.
        let extracted: Vec<_> = results
            .into_par_iter()
            .map(|r| {
                let doc = r.map_err(|e| e.to_string())?;
                let found = extractor.extract_guarded(&doc).map_err(|e| e.to_string())?;
                Ok((doc, found))
            })
            .collect::<Vec<Result<_, String>>>();
        for r in extracted {
            bar.inc(1);
            summary.read += 1;
            match r {
                Err(e) => {
                    summary.failed += 1;
                    bar.suspend(|| eprintln!("armscope: skipped: {e}"));
                }
                Ok((doc, found)) => {
                    match store.insert_document(&doc, &found.mentions, &found.transfers) {
                        Ok(Inserted::New) => {
                            summary.stored += 1;
                            summary.transfers += found.transfers.len();
                        }
                        Ok(Inserted::Duplicate { .. }) => summary.skipped += 1,
                        Err(e) => {
                            summary.failed += 1;
                            bar.suspend(|| {
                                eprintln!(
                                    "armscope: not stored: {} ({}): {e:#}",
                                    doc.id, doc.source
                                )
                            });
                        }
                    }
                }
            }
        }
        bar.finish_and_clear();
    }
    Ok(summary)
}
