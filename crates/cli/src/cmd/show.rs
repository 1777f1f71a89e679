//! `armscope show DEAL`: one deal, each field with its values, sources and sentences.
//! `armscope show --doc ID`: one document with its transfers and other events (`doc_view`).

use std::io::Write;
use std::process::ExitCode;

use armscope_fuse::Deal;

use crate::settings::DbArg;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// Deal id as `armscope register` prints it.
    #[arg(required_unless_present = "doc", conflicts_with = "doc")]
    deal: Option<String>,
    /// Show this stored document instead: its transfers, people's roles and other events.
    #[arg(long, value_name = "ID")]
    doc: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let deal = match (args.deal, &args.doc) {
        (Some(deal), _) => deal,
        (None, Some(doc)) => return crate::cmd::doc_view::run(&args.db.db, doc),
        (None, None) => unreachable!("clap requires a deal or --doc"),
    };
    let deals = crate::cmd::register::load_deals(&args.db.db)?;
    let Some(deal) = find(&deals, &deal) else {
        return Ok(ExitCode::from(1));
    };
    std::io::stdout()
        .lock()
        .write_all(armscope_fuse::render::show(deal).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// The deal with this id; else says so on stderr, with the ids that contain it.
pub fn find<'d>(deals: &'d [Deal], id: &str) -> Option<&'d Deal> {
    if let Some(deal) = deals.iter().find(|d| d.id == id) {
        return Some(deal);
    }
    let close: Vec<&str> = deals
        .iter()
        .map(|d| d.id.as_str())
        .filter(|other| other.to_lowercase().contains(&id.to_lowercase()))
        .take(10)
        .collect();
    eprintln!(
        "armscope: no deal {id:?}{}",
        if close.is_empty() {
            String::new()
        } else {
            format!("; did you mean: {}", close.join(", "))
        }
    );
    None
}
