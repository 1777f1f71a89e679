//! `armscope show DEAL`: one deal, each field with its values, sources and sentences.
//! `armscope show --doc ID`: one document with its transfers and other events (`doc_view`).

use std::process::ExitCode;

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
    match deals.iter().find(|d| d.id == deal) {
        Some(deal) => {
            use std::io::Write;
            std::io::stdout()
                .lock()
                .write_all(armscope_fuse::render::show(deal).as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let close: Vec<&str> = deals
                .iter()
                .map(|d| d.id.as_str())
                .filter(|id| id.to_lowercase().contains(&deal.to_lowercase()))
                .take(10)
                .collect();
            eprintln!(
                "armscope: no deal {:?}{}",
                deal,
                if close.is_empty() {
                    String::new()
                } else {
                    format!("; did you mean: {}", close.join(", "))
                }
            );
            Ok(ExitCode::from(1))
        }
    }
}
