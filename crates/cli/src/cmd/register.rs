//! `armscope register`: the deals, fused across every stored document.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use armscope_fuse::Deal;
use armscope_store::Store;

use crate::settings::DbArg;

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Jsonl,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArg,
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Only deals with this supplier (ISO code, e.g. RU).
    #[arg(long)]
    pub supplier: Option<String>,
    /// Only deals with this recipient (ISO code, e.g. CN).
    #[arg(long)]
    pub recipient: Option<String>,
    /// Only deals of this system or family (e.g. S-400, Su-35).
    #[arg(long)]
    pub system: Option<String>,
}

/// Streams the register: deals are read from the store one at a time and filtered; JSON Lines
/// are written as they come, a table or CSV keeps only each deal's row until all are sorted.
/// Memory is the rows', not the deals' (which carry every report's evidence).
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = open_existing(&args.db.db)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // Every format takes the kept deals one at a time.
    let mut each_kept = |f: &mut dyn FnMut(&Deal) -> anyhow::Result<()>| {
        armscope_register::each_deal(&mut store, |deal| {
            if keep(&deal, &args) {
                f(&deal)?;
            }
            Ok::<_, anyhow::Error>(())
        })
    };
    match args.format {
        Format::Jsonl => each_kept(&mut |deal| {
            serde_json::to_writer(&mut out, deal)?;
            out.write_all(b"\n")?;
            Ok(())
        })?,
        Format::Table => {
            let mut rows = armscope_fuse::render::TableRows::default();
            each_kept(&mut |deal| {
                rows.push(deal);
                Ok(())
            })?;
            rows.write(&mut out)?;
        }
        Format::Csv => {
            let mut rows = armscope_fuse::render::CsvRows::default();
            each_kept(&mut |deal| {
                rows.push(deal);
                Ok(())
            })?;
            rows.write(&mut out)?;
        }
    }
    out.flush()?;
    // The register was read as last fused when an ingest held the write lock: say so, rather
    // than pass a stale answer off as current.
    if let Ok(pending @ 1..) = store.pending_fusion() {
        eprintln!(
            "armscope: {pending} stored document(s) are not fused into this register yet: another \
             process (an ingest) is writing to {}; run `armscope register` again when it is done",
            args.db.db.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn print(deals: &[Deal], format: Format, out: &mut impl Write) -> anyhow::Result<()> {
    match format {
        Format::Table => out.write_all(armscope_fuse::render::table(deals).as_bytes())?,
        Format::Csv => armscope_fuse::render::csv(deals, &mut *out)?,
        Format::Jsonl => armscope_fuse::render::jsonl(deals, &mut *out)?,
    }
    out.flush()?;
    Ok(())
}

/// Every deal in the store: the persisted register, brought up to date first.
pub fn load_deals(db: &std::path::Path) -> anyhow::Result<Vec<Deal>> {
    let mut store = open_existing(db)?;
    Ok(armscope_register::deals(&mut store)?)
}

/// The store at `db`, which must exist: a read command never creates an empty database.
pub fn open_existing(db: &std::path::Path) -> anyhow::Result<Store> {
    if !db.exists() {
        anyhow::bail!(
            "no database at {} (run `armscope ingest` first, or pass --db)",
            db.display()
        );
    }
    Store::open(db).with_context(|| format!("opening {}", db.display()))
}

/// Folds a designation for comparison: case, dashes and spaces do not matter.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn keep(deal: &Deal, args: &Args) -> bool {
    let same = |want: &Option<String>, have: &Option<String>| {
        want.as_ref()
            .is_none_or(|w| have.as_ref().is_some_and(|h| h.eq_ignore_ascii_case(w)))
    };
    same(&args.supplier, &deal.supplier)
        && same(&args.recipient, &deal.recipient)
        && args.system.as_ref().is_none_or(|s| {
            let s = fold(s);
            fold(&deal.system) == s || fold(&deal.family) == s
        })
}
