//! `armscope catalog check|stats`: validate the catalog files, or count what they hold.

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
    let mut builder = Catalog::builder();
    if let Some(dir) = dir {
        builder = builder.dir(dir);
    }
    match command {
        Command::Check => {
            let problems = builder.validate()?;
            for p in &problems {
                println!("{p}");
            }
            if problems.is_empty() {
                println!("catalog ok");
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("{} problem(s)", problems.len());
                Ok(ExitCode::from(1))
            }
        }
        Command::Stats { json } => {
            let stats = builder.build()?.stats();
            if json {
                println!("{}", serde_json::to_string_pretty(&stats)?);
            } else {
                println!("states {}\norganizations {}\nsystems {}\npeople {}\ngiven names {}\nsurnames {}", stats.states, stats.organizations, stats.systems, stats.people, stats.given_names, stats.surnames);
                println!("\nsystems by category:");
                for (category, n) in &stats.systems_by_category {
                    println!("  {:<20} {n}", category.as_str());
                }
                println!("\nsystems by origin:");
                for (origin, n) in &stats.systems_by_origin {
                    println!("  {origin:<20} {n}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
