//! `armscope`: news in, a source-cited arms-transfer register out. This binary only connects
//! the stage crates: commands, settings, exit codes and progress bars live here.

mod cmd;
mod guard;
mod progress;
mod settings;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "armscope",
    version,
    about = "A source-cited register of arms transfers, built from news text"
)]
struct Cli {
    /// A folder with your own catalog files (same names as the built-in ones), loaded on top.
    #[arg(long, global = true, value_name = "DIR")]
    catalog: Option<std::path::PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the transfers and entities of documents as JSON Lines (no database).
    Extract(cmd::extract::Args),
    /// Read documents, extract, and store them in the database.
    Ingest(cmd::ingest::Args),
    /// Print the register: one row per deal, fused across documents.
    Register(cmd::register::Args),
    /// Print one deal with every field's values, sources and evidence sentences.
    Show(cmd::show::Args),
    /// Ingest the sample corpus shipped with armscope into a fresh database and print the register.
    Demo(cmd::demo::Args),
    /// Check or summarise the catalog.
    #[command(subcommand)]
    Catalog(cmd::catalog::Command),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("ARMSCOPE_LOG"))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(cli.catalog.as_deref(), args),
        Command::Ingest(args) => cmd::ingest::run(cli.catalog.as_deref(), args),
        Command::Register(args) => cmd::register::run(args),
        Command::Show(args) => cmd::show::run(args),
        Command::Demo(args) => cmd::demo::run(cli.catalog.as_deref(), args),
        Command::Catalog(command) => cmd::catalog::run(cli.catalog.as_deref(), command),
    };
    match result {
        Ok(code) => code,
        // A reader that stops early (`armscope register | head`) is not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("armscope: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
