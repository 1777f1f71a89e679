//! `armscope conflicts`: the deals whose sources disagree, each value with its documents.

use std::io::Write;
use std::process::ExitCode;

use crate::cmd::register::Format;
use crate::settings::DbArg;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// `table` (readable) or `jsonl` (the full deals); `csv` gives the register rows.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let deals: Vec<_> = crate::cmd::register::load_deals(&args.db.db)?
        .into_iter()
        .filter(armscope_fuse::render::has_conflict)
        .collect();
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Table => out.write_all(armscope_fuse::render::conflicts(&deals).as_bytes())?,
        other => crate::cmd::register::print(&deals, other, &mut out)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
