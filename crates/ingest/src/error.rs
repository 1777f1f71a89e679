//! The ways reading one file or one JSON line can fail.

use std::path::PathBuf;

/// Why one input (a file, or one line of a JSON Lines file) could not become a `Document`.
///
/// Every message names the file, and the line for JSON Lines, so a log of errors can be
/// followed back to the input without more context.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    /// The file or folder could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not UTF-8; `offset` is the byte offset of the first invalid byte.
    #[error("{}: not valid UTF-8 at byte offset {offset}", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte, counted from the start of the file.
        offset: usize,
    },
    /// The file has a NUL byte in its first 8 KiB, so it is not text.
    #[error("{}: binary file (NUL byte in the first 8 KiB)", path.display())]
    Binary {
        /// The file.
        path: PathBuf,
    },
    /// The file is compressed or an archive (`kind`: gzip, zip, bzip2, xz, zstd, 7z), which
    /// is not read: decompress it first.
    #[error("{}: {kind}-compressed file: compressed input is not supported, decompress it first", path.display())]
    Compressed {
        /// The file.
        path: PathBuf,
        /// Which compression or archive format.
        kind: &'static str,
    },
    /// The file is empty or holds only whitespace.
    #[error("{}: empty file (no text)", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// Nothing was left after the page noise was removed (e.g. an HTML page of menus only).
    #[error("{}: no article text left after cleaning", path.display())]
    NoText {
        /// The file (with `:LINE` for JSON Lines).
        path: PathBuf,
    },
    /// The file is larger than `ReadOptions::max_bytes`.
    #[error("{}: file is {size} bytes, over the limit of {limit} bytes ({} MiB)", path.display(), limit / (1024 * 1024))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit it broke.
        limit: u64,
    },
    /// One line of a JSON Lines file is not a usable article.
    #[error("{}:{line}: bad JSON line: {message}", path.display())]
    BadJsonLine {
        /// The JSON Lines file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// One line of a JSON Lines file has no `id` field.
    #[error("{}:{line}: JSON line has no \"id\" field", path.display())]
    MissingId {
        /// The JSON Lines file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
    },
}
