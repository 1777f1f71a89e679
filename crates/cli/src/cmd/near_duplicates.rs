//! `armscope near-duplicates`: which stored documents repeat which, and how much.

use std::io::Write;
use std::process::ExitCode;

use crate::settings::DbArg;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// One JSON object per link instead of the readable list.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = crate::cmd::register::open_existing(&args.db.db)?;
    // Documents stored by an older armscope are indexed on the way.
    armscope_register::update(&mut store)?;
    let mut out = std::io::stdout().lock();
    for link in store.near_duplicates()? {
        if args.json {
            writeln!(out, "{}", serde_json::to_string(&link)?)?;
        } else {
            writeln!(
                out,
                "{}  repeats  {}  ({} shared paragraph(s), best paragraph {:.0} %, whole text {:.0} % of the shorter, Jaccard {:.2})",
                link.doc_id,
                link.other_id,
                link.shared_units,
                link.unit_containment * 100.0,
                link.containment * 100.0,
                link.jaccard
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
