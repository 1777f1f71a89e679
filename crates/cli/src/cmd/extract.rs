//! `armscope extract`: the grep-like mode. Reads documents, prints JSON Lines as
//! `../shared/eval/SCHEMA.md` specifies; no database.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use armscope_extract::Extractor;
use armscope_ingest::ReadOptions;
use rayon::prelude::*;

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
    for path in &args.paths {
        let results = armscope_ingest::read_path(path, &opts);
        let lines: Vec<Result<Vec<String>, String>> = results
            .into_par_iter()
            .map(|r| match r {
                Ok(doc) => extractor
                    .extract_guarded(&doc)
                    .map_err(|e| e.to_string())
                    .map(|found| {
                        armscope_extract::schema::json_lines(&doc.id, &doc.text, &found)
                            .into_iter()
                            .map(|v| v.to_string())
                            .collect()
                    }),
                Err(e) => Err(e.to_string()),
            })
            .collect();
        for r in lines {
            match r {
                Ok(lines) => {
                    for l in lines {
                        writeln!(out, "{l}")?;
                    }
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("armscope: skipped: {e}");
                }
            }
        }
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
