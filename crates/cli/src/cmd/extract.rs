//! `armscope extract`: the grep-like mode. Reads documents, prints JSON Lines as
//! `../shared/eval/SCHEMA.md` specifies; no database.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use armscope_extract::Extractor;
use armscope_ingest::ReadOptions;

#[derive(clap::Args)]
pub struct Args {
    /// Publication date (YYYY-MM-DD) for documents that carry none: the anchor for "last month".
    #[arg(long, value_name = "DATE")]
    published: Option<jiff::civil::Date>,
    /// Files or folders (plain text, HTML, JSON Lines).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(catalog_dir: Option<&Path>, args: Args) -> anyhow::Result<ExitCode> {
    let catalog = crate::settings::load_catalog(catalog_dir)?;
    let extractor = Extractor::new(&catalog);
    let opts = ReadOptions {
        published: args.published,
        ..ReadOptions::default()
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    // No progress bar: the output is the progress.
    crate::batch::for_each(
        &extractor,
        &args.paths,
        &opts,
        &indicatif::ProgressBar::hidden(),
        |item| {
            match item {
                Ok((doc, found)) => {
                    armscope_extract::schema::for_each_line(&doc.id, &doc.text, &found, |v| {
                        writeln!(out, "{v}")
                    })?;
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("armscope: skipped: {e}");
                }
            }
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
