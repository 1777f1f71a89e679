//! `armscope catalog check|stats`: validate the catalog files, or count what they hold.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use armscope_catalog::Catalog;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Validate the built-in catalog (and --catalog DIR on top): ids, order, references, aliases.
    Check,
    /// Count entries by kind, system category and origin state.
    Stats {
        #[arg(long)]
        json: bool,
    },
}

pub fn run(dir: Option<&Path>, command: Command) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let mut builder = Catalog::builder();
    if let Some(dir) = dir {
        builder = builder.dir(dir);
    }
    match command {
        Command::Check => {
            let problems = builder.validate()?;
            for p in &problems {
                writeln!(out, "{p}")?;
            }
            if problems.is_empty() {
                writeln!(out, "catalog ok")?;
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("{} problem(s)", problems.len());
                Ok(ExitCode::from(1))
            }
        }
        Command::Stats { json } => {
            let stats = builder.build()?.stats();
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&stats)?)?;
            } else {
                writeln!(out, "states {}\norganizations {}\nsystems {}\npeople {}\ngiven names {}\nsurnames {}", stats.states, stats.organizations, stats.systems, stats.people, stats.given_names, stats.surnames)?;
                writeln!(out, "\nsystems by category:")?;
                for (category, n) in &stats.systems_by_category {
                    writeln!(out, "  {:<20} {n}", category.as_str())?;
                }
                writeln!(out, "\nsystems by origin:")?;
                for (origin, n) in &stats.systems_by_origin {
                    writeln!(out, "  {origin:<20} {n}")?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
