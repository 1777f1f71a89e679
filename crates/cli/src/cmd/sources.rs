//! `armscope sources DEAL`: the documents behind one deal, what each supports, and which are
//! syndicated copies of another.

use std::collections::HashMap;
use std::io::Write;
use std::process::ExitCode;

use crate::settings::DbArg;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// Deal id as `armscope register` prints it.
    deal: String,
    /// One JSON object per document instead of the readable list.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = crate::cmd::register::open_existing(&args.db.db)?;
    let deals = armscope_register::deals(&mut store)?;
    let Some(deal) = crate::cmd::show::find(&deals, &args.deal) else {
        return Ok(ExitCode::from(1));
    };
    // Where each document was read from is the store's, not the deal's.
    let locations: HashMap<String, String> = store
        .documents()?
        .into_iter()
        .map(|d| (d.id, d.source))
        .collect();
    let mut docs = armscope_fuse::render::supports(deal);
    for doc in &mut docs {
        doc.location = locations.get(&doc.doc_id).cloned();
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        for doc in &docs {
            writeln!(out, "{}", serde_json::to_string(doc)?)?;
        }
    } else {
        out.write_all(armscope_fuse::render::sources(deal, &docs).as_bytes())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
