//! Reading and extracting a batch in bounded chunks. Files are found lazily; each chunk is
//! read and extracted on every core, then handed on in input order. Memory holds one chunk,
//! not the whole batch, so a folder of 100,000 documents costs what a few hundred do.

use std::path::{Path, PathBuf};

use armscope_core::Document;
use armscope_extract::{Extraction, Extractor};
use armscope_ingest::ReadOptions;
use indicatif::ProgressBar;
use rayon::prelude::*;

/// At most this many files per chunk: enough to keep every core busy between hand-overs.
const CHUNK_FILES: usize = 256;

/// At most this many bytes of input per chunk (one file over it makes a chunk of its own).
const CHUNK_BYTES: u64 = 64 * 1024 * 1024;

/// One document read and extracted, or why not (a message naming the file, and line).
pub type Item = Result<(Document, Extraction), String>;

/// Calls `each` with every document under `paths`, in input order (paths as given, files in
/// [`armscope_ingest::files`] order, JSON lines in file order). `bar` counts documents; its
/// length is set only when it is shown, since that takes a first walk over the folders.
pub fn for_each(
    extractor: &Extractor,
    paths: &[PathBuf],
    opts: &ReadOptions,
    bar: &ProgressBar,
    mut each: impl FnMut(Item) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for path in paths {
        if !bar.is_hidden() {
            bar.set_length(armscope_ingest::files(path).count() as u64);
            bar.set_position(0);
        }
        let mut files = armscope_ingest::files(path).peekable();
        while files.peek().is_some() {
            let chunk = next_chunk(&mut files);
            for items in read_and_extract(extractor, &chunk, opts) {
                // A JSON Lines file is one step of the first walk but many documents.
                bar.inc_length((items.len() as u64).saturating_sub(1));
                for item in items {
                    bar.inc(1);
                    each(item)?;
                }
            }
        }
    }
    Ok(())
}

type Found = Result<PathBuf, armscope_ingest::IngestError>;

/// The next files, up to [`CHUNK_FILES`] of them or [`CHUNK_BYTES`] of input.
fn next_chunk(files: &mut std::iter::Peekable<impl Iterator<Item = Found>>) -> Vec<Found> {
    let mut chunk = Vec::new();
    let mut bytes = 0u64;
    while chunk.len() < CHUNK_FILES {
        let size = match files.peek() {
            None => break,
            Some(Ok(p)) => std::fs::metadata(p).map_or(0, |m| m.len()),
            Some(Err(_)) => 0,
        };
        if !chunk.is_empty() && bytes + size > CHUNK_BYTES {
            break;
        }
        bytes += size;
        chunk.extend(files.next());
    }
    chunk
}

/// Reads the chunk's files, then extracts their documents, both on every core. Returns the
/// items of each file (or walking error), in order.
fn read_and_extract(extractor: &Extractor, chunk: &[Found], opts: &ReadOptions) -> Vec<Vec<Item>> {
    let read: Vec<Vec<Result<Document, String>>> = chunk
        .par_iter()
        .map(|found| match found {
            Ok(path) => read_file(path, opts),
            Err(e) => vec![Err(e.to_string())],
        })
        .collect();
    let per_file: Vec<usize> = read.iter().map(Vec::len).collect();
    // Extracted as one flat list, not file by file: single-document files must spread over
    // the cores, and so must the thousands of articles of one JSON Lines file.
    let mut items = read
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|doc| {
            let doc = doc?;
            let found = extractor.extract_guarded(&doc).map_err(|e| e.to_string())?;
            Ok((doc, found))
        })
        .collect::<Vec<Item>>()
        .into_iter();
    per_file
        .into_iter()
        .map(|n| items.by_ref().take(n).collect())
        .collect()
}

fn read_file(path: &Path, opts: &ReadOptions) -> Vec<Result<Document, String>> {
    armscope_ingest::read_file(path, opts)
        .into_iter()
        .map(|r| r.map_err(|e| e.to_string()))
        .collect()
}
