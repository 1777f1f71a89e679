//! `armscope`: news in, a source-cited arms-transfer register out. This binary only connects
//! the stage crates: commands, settings, exit codes and progress bars live here.

mod batch;
mod cmd;
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
    /// Your own catalog files, loaded on top of the built-in ones: a folder holding any of
    /// them, or one file named like a built-in one (states.tsv, organizations.tsv, systems.tsv,
    /// people.tsv, person_names.tsv).
    #[arg(long, global = true, env = "ARMSCOPE_CATALOG", value_name = "PATH")]
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
    /// List the deals whose sources disagree, each value with its documents.
    Conflicts(cmd::conflicts::Args),
    /// List the documents behind one deal: date, source, URL, the values each supports, copies.
    Sources(cmd::sources::Args),
    /// List the stored documents that repeat each other's text (syndicated copies, shared
    /// paragraphs), with how much they share.
    NearDuplicates(cmd::near_duplicates::Args),
    /// Export the register in another data model (ftm: FollowTheMoney JSON Lines).
    #[command(subcommand)]
    Export(cmd::export::Command),
    /// Ingest the sample corpus shipped with armscope into a fresh database and print the register.
    Demo(cmd::demo::Args),
    /// Serve the register over HTTP: a JSON API under /api/v1 and a web page.
    Serve(cmd::serve::Args),
    /// Check or summarise the catalog, or look names up in it.
    #[command(subcommand)]
    Catalog(cmd::catalog::Command),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("ARMSCOPE_LOG"))
        .with_writer(std::io::stderr)
        .init();
    // `ARMSCOPE_CATALOG=` (set but empty) means no user catalog, not a missing value.
    if std::env::var_os("ARMSCOPE_CATALOG").is_some_and(|v| v.is_empty()) {
        std::env::remove_var("ARMSCOPE_CATALOG");
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(cli.catalog.as_deref(), args),
        Command::Ingest(args) => cmd::ingest::run(cli.catalog.as_deref(), args),
        Command::Register(args) => cmd::register::run(args),
        Command::Show(args) => cmd::show::run(args),
        Command::Conflicts(args) => cmd::conflicts::run(args),
        Command::Sources(args) => cmd::sources::run(args),
        Command::NearDuplicates(args) => cmd::near_duplicates::run(args),
        Command::Export(command) => cmd::export::run(cli.catalog.as_deref(), command),
        Command::Demo(args) => cmd::demo::run(cli.catalog.as_deref(), args),
        Command::Serve(args) => cmd::serve::run(cli.catalog.as_deref(), args),
        Command::Catalog(command) => cmd::catalog::run(cli.catalog.as_deref(), command),
    };
    match result {
        Ok(code) => code,
        // A reader that stops early (`armscope register | head`) is not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("armscope: error: {}", message(&err));
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

/// The error and its causes joined by `: `, leaving out a cause whose text the message already
/// ends with (an error that prints its source as well as returning it).
fn message(err: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in err.chain() {
        let cause = cause.to_string();
        if text.is_empty() {
            text = cause;
        } else if !text.ends_with(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    text
}
