use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

/// One thing wrong in a catalog file, located by file and 1-based line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file, as a path (`crates/catalog/data/systems.tsv` for the built-in files).
    pub file: String,
    /// 1-based line number in `file`.
    pub line: usize,
    /// What is wrong, and where useful how to fix it.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Why a catalog could not be built.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// A user catalog folder or file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The folder or file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The files were read but break the format; every problem found is listed.
    #[error("the catalog has {} problem(s):\n{}", .0.len(), list(.0))]
    Invalid(Vec<Problem>),
    /// The matcher automaton could not be built (for example it grew past its size limit).
    #[error("cannot build the catalog matcher: {0}")]
    Matcher(String),
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}
