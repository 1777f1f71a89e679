//! Reading and extracting a batch in bounded chunks. Files are found lazily; each chunk is
//! read and extracted on every core (on a thread of its own, while the chunk before is being
//! handled), then handed on in input order. Memory holds at most three chunks, not the whole
//! batch, so a folder of 100,000 documents costs what a few hundred do.

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

/// One document read and extracted, or why not (a message naming the file, and line). `T` is
/// the document, or what the caller's `prepare` made of it after extraction.
pub type Item<T = Document> = Result<(T, Extraction), String>;

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
    for_each_chunk(
        extractor,
        paths,
        opts,
        bar,
        |doc| doc,
        |items| items.into_iter().try_for_each(&mut each),
    )
}

/// What the reading thread hands over.
enum Handed<T> {
    /// A new path begins with this many files (only when the bar is shown).
    Path(u64),
    /// A chunk's items, per file.
    Chunk(Vec<Vec<Item<T>>>),
}

/// Like [`for_each`], one chunk of documents at a time (a few hundred, in input order). The
/// next chunk is read and extracted on another thread while `each` handles this one, so
/// storing or printing overlaps extraction; at most two chunks wait, so memory stays bounded.
/// `prepare` turns each extracted document into what `each` needs, on the extracting cores too,
/// so that work on the text does not wait for `each`'s thread.
pub fn for_each_chunk<T: Send>(
    extractor: &Extractor,
    paths: &[PathBuf],
    opts: &ReadOptions,
    bar: &ProgressBar,
    prepare: impl Fn(Document) -> T + Sync,
    mut each: impl FnMut(Vec<Item<T>>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let show = !bar.is_hidden();
    let prepare = &prepare;
    std::thread::scope(|scope| {
        let (send, handed) = std::sync::mpsc::sync_channel::<Handed<T>>(1);
        scope.spawn(move || {
            for path in paths {
                if show
                    && send
                        .send(Handed::Path(armscope_ingest::files(path).count() as u64))
                        .is_err()
                {
                    return;
                }
                let mut files = armscope_ingest::files(path).peekable();
                while files.peek().is_some() {
                    let chunk = next_chunk(&mut files);
                    let items = read_and_extract(extractor, &chunk, opts, prepare);
                    // The receiver is gone when `each` failed: stop reading.
                    if send.send(Handed::Chunk(items)).is_err() {
                        return;
                    }
                }
            }
        });
        // `handed` is dropped on an early return, which stops the reading thread.
        for message in handed {
            match message {
                Handed::Path(files) => {
                    bar.set_length(files);
                    bar.set_position(0);
                }
                Handed::Chunk(per_file) => {
                    let mut items = Vec::new();
                    for file in per_file {
                        // A JSON Lines file is one step of the first walk but many documents.
                        bar.inc_length((file.len() as u64).saturating_sub(1));
                        items.extend(file);
                    }
                    let n = items.len() as u64;
                    each(items)?;
                    bar.inc(n);
                }
            }
        }
        Ok(())
    })
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
fn read_and_extract<T: Send>(
    extractor: &Extractor,
    chunk: &[Found],
    opts: &ReadOptions,
    prepare: &(impl Fn(Document) -> T + Sync),
) -> Vec<Vec<Item<T>>> {
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
            Ok((prepare(doc), found))
        })
        .collect::<Vec<Item<T>>>()
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
