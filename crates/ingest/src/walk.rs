//! Reading files and folders.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use armscope_core::{Document, SourceFormat};

use crate::{
    document_from_html, document_from_json_line, document_from_text, format, IngestError,
    ReadOptions,
};

/// Every document under `path`: the file itself, or every file in the folder and its
/// subfolders, in sorted order (by name, folders entered where they sort). Hidden files and
/// folders (names starting with `.`) are skipped, and so are symbolic links to folders, so
/// a link loop cannot trap the walk.
///
/// A file or JSON line that cannot be read gives an `Err` in its place; the rest go on.
/// This holds every document in memory; [`files`] with [`read_file`] reads one file at a
/// time.
pub fn read_path(path: &Path, opts: &ReadOptions) -> Vec<Result<Document, IngestError>> {
    files(path)
        .flat_map(|file| match file {
            Ok(file) => read_file(&file, opts),
            Err(e) => vec![Err(e)],
        })
        .collect()
}

/// The files [`read_path`] reads, in the same order, found lazily: a folder is listed only
/// when the walk reaches it, so a large tree costs the memory of one folder's names at a
/// time, not of all its documents. A folder or file that cannot be listed or examined gives
/// an `Err` in its place.
pub fn files(path: &Path) -> Files {
    Files {
        stack: vec![path.to_path_buf()],
        top: true,
    }
}

/// Iterator over the files under a path; see [`files`].
#[derive(Debug)]
pub struct Files {
    // Explicit stack instead of recursion: folder depth is not bounded by the stack.
    // Entries are pushed in reverse so they pop in sorted order.
    stack: Vec<PathBuf>,
    top: bool,
}

impl Iterator for Files {
    type Item = Result<PathBuf, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while let Some(p) = self.stack.pop() {
            // The path given is followed if it is a link; links found inside are not
            // followed to folders.
            let meta = if std::mem::replace(&mut self.top, false) {
                fs::metadata(&p)
            } else {
                fs::symlink_metadata(&p)
            };
            let meta = match meta {
                Ok(m) => m,
                Err(source) => return Some(Err(IngestError::Io { path: p, source })),
            };
            if meta.is_dir() {
                match sorted_entries(&p) {
                    Ok(entries) => self.stack.extend(entries.into_iter().rev()),
                    Err(source) => return Some(Err(IngestError::Io { path: p, source })),
                }
            } else if meta.is_file() || (meta.file_type().is_symlink() && p.is_file()) {
                return Some(Ok(p));
            }
        }
        None
    }
}

/// Visible entries of a folder, sorted by name.
fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if !entry.file_name().as_encoded_bytes().starts_with(b".") {
            entries.push(entry.path());
        }
    }
    entries.sort();
    Ok(entries)
}

/// The documents in one file: one for text and HTML, one per non-empty line for JSON
/// Lines. The format comes from the extension (`.html`/`.htm`, `.jsonl`/`.ndjson`), else
/// from the content (`<!doctype html` or `<html` at the start means HTML), else plain text.
/// The id is the file's base name; `opts.published` fills in a missing date.
pub fn read_file(path: &Path, opts: &ReadOptions) -> Vec<Result<Document, IngestError>> {
    let text = match load(path, opts.max_bytes) {
        Ok(t) => t,
        Err(e) => return vec![Err(e)],
    };
    let source = path.display().to_string();
    let id = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| source.clone());
    let docs = match format::detect(path, &text) {
        SourceFormat::Jsonl => text
            .split('\n')
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| document_from_json_line(&source, i + 1, l.trim_end_matches('\r')))
            .collect(),
        SourceFormat::Html => vec![checked(document_from_html(&id, &source, &text), path)],
        SourceFormat::Text => vec![checked(document_from_text(&id, &source, &text), path)],
    };
    docs.into_iter()
        .map(|r| {
            r.map(|mut d| {
                d.published = d.published.or(opts.published);
                d
            })
        })
        .collect()
}

/// A document with no text left after cleaning is an error, not an empty record.
fn checked(doc: Document, path: &Path) -> Result<Document, IngestError> {
    if doc.text.trim().is_empty() {
        Err(IngestError::NoText {
            path: path.to_path_buf(),
        })
    } else {
        Ok(doc)
    }
}

/// Reads a file's bytes within the size limit and checks they are text.
fn load(path: &Path, limit: u64) -> Result<String, IngestError> {
    let io = |source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > limit {
        return Err(IngestError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit,
        });
    }
    let mut bytes = Vec::new();
    // Read at most one byte past the limit, in case the file grew since it was measured.
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(IngestError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit,
        });
    }
    format::decode(path, bytes)
}
