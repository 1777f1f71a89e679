//! `armscope show DEAL`: one deal, each field with its values, sources and sentences.

use std::process::ExitCode;

use crate::settings::DbArg;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// Deal id as `armscope register` prints it.
    deal: String,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let deals = crate::cmd::register::load_deals(&args.db.db)?;
    match deals.iter().find(|d| d.id == args.deal) {
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
                .filter(|id| id.to_lowercase().contains(&args.deal.to_lowercase()))
                .take(10)
                .collect();
            eprintln!(
                "armscope: no deal {:?}{}",
                args.deal,
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
