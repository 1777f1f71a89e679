//! `armscope ingest`: read, extract, store. One bad file never stops the batch; each
//! document is stored whole or not at all; the exit code says whether anything failed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use armscope_catalog::Catalog;
use armscope_extract::Extractor;
use armscope_ingest::ReadOptions;
use armscope_store::{Inserted, Prepared, Store, StoreError};

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
    /// What bringing the stored register up to date did.
    pub register: armscope_register::Update,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "documents read {}, stored {}, skipped (already stored) {}, failed {}; transfers found {}\n{}",
            self.read, self.stored, self.skipped, self.failed, self.transfers, self.register
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
    let bar = crate::progress::bar(0, "ingest");
    // Extraction is pure and runs on every core, a chunk at a time; storing stays on this
    // thread, one transaction per chunk, while the next chunk is extracted. Each document is
    // stored whole or not at all; a kill loses at most the chunk being stored, which the next
    // run stores. Hashing and shingling a text is pure too, so it is done there as well.
    crate::batch::for_each_chunk(&extractor, paths, &opts, &bar, Prepared::new, |items| {
        let stored = store_chunk(&mut store, &items)?;
        for (item, stored) in items.iter().zip(stored) {
            summary.read += 1;
            match (item, stored) {
                (Err(e), _) => {
                    summary.failed += 1;
                    bar.suspend(|| eprintln!("armscope: skipped: {e}"));
                }
                (Ok((_, found)), Some(Ok(Inserted::New))) => {
                    summary.stored += 1;
                    summary.transfers += found.transfers.len();
                }
                (Ok(_), Some(Ok(Inserted::Duplicate { .. }))) => summary.skipped += 1,
                (Ok((prepared, _)), Some(Err(e))) => {
                    let doc = prepared.document();
                    summary.failed += 1;
                    bar.suspend(|| {
                        eprintln!("armscope: not stored: {} ({}): {e:#}", doc.id, doc.source)
                    });
                }
                (Ok(_), None) => unreachable!("every document read has an outcome"),
            }
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    // Its own transaction after the documents': a failure here leaves them stored and pending,
    // and the next command that reads the register fuses them.
    summary.register = armscope_register::update(&mut store).context("updating the register")?;
    Ok(summary)
}

/// What storing did with each item of a chunk (`None` for an item that was not read).
type Stored = Vec<Option<Result<Inserted, StoreError>>>;

/// Stores a chunk's documents in one transaction. If one fails half-written (an SQLite
/// error), the whole transaction is rolled back and the documents are stored again one
/// transaction each, so that only the failing one is left out; so they are when the batch
/// cannot start (another writer holds the lock beyond the busy timeout).
fn store_chunk(
    store: &mut Store,
    items: &[crate::batch::Item<Prepared>],
) -> anyhow::Result<Stored> {
    Ok(match store_batched(store, items)? {
        Some(stored) => stored,
        None => store_one_by_one(store, items),
    })
}

/// The chunk in one transaction; `None` (nothing stored) when a document failed half-written
/// or the batch could not start because another writer kept the lock past the busy timeout.
fn store_batched(
    store: &mut Store,
    items: &[crate::batch::Item<Prepared>],
) -> anyhow::Result<Option<Stored>> {
    let Ok(mut batch) = store.begin_batch() else {
        return Ok(None);
    };
    let mut stored = Stored::with_capacity(items.len());
    for item in items {
        let Ok((prepared, found)) = item else {
            stored.push(None);
            continue;
        };
        let done = batch.insert_prepared(
            prepared,
            &found.mentions,
            &found.transfers,
            &found.events,
            &found.roles,
        );
        if batch.is_spoiled() {
            return Ok(None);
        }
        stored.push(Some(done));
    }
    batch.commit().context("committing stored documents")?;
    Ok(Some(stored))
}

fn store_one_by_one(store: &mut Store, items: &[crate::batch::Item<Prepared>]) -> Stored {
    items
        .iter()
        .map(|item| {
            let (prepared, found) = item.as_ref().ok()?;
            Some(store.insert_prepared(
                prepared,
                &found.mentions,
                &found.transfers,
                &found.events,
                &found.roles,
            ))
        })
        .collect()
}
