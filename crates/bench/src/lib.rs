//! Shared helpers for the Criterion benchmarks in `benches/`: the team's sample articles
//! (`testdata/articles`), read through `armscope-ingest` exactly as the CLI reads them.

use std::path::{Path, PathBuf};

use armscope_core::Document;
use armscope_ingest::ReadOptions;

/// `testdata/articles` of this workspace.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/articles")
}

/// Every sample article as a cleaned [`Document`] (txt, HTML and each JSON line), in sorted
/// file order. Panics if the folder is missing or a file does not read: a benchmark over a
/// partial corpus would measure the wrong thing.
pub fn corpus_documents() -> Vec<Document> {
    let dir = corpus_dir();
    let docs: Vec<Document> = armscope_ingest::read_path(&dir, &ReadOptions::default())
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("sample corpus: {e}")))
        .collect();
    assert!(!docs.is_empty(), "no sample articles in {}", dir.display());
    docs
}

/// The cleaned texts of all sample articles joined by blank lines: one long document.
pub fn concatenated(docs: &[Document]) -> String {
    docs.iter()
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The longest sample article (by cleaned text): the "one article" case.
pub fn one_article(docs: &[Document]) -> &Document {
    docs.iter()
        .max_by_key(|d| d.text.len())
        .expect("non-empty corpus")
}

/// Every sentence of every sample article, as the extractor splits them.
pub fn sentences(docs: &[Document]) -> Vec<&str> {
    docs.iter()
        .flat_map(|d| {
            armscope_extract::split_sentences(&d.text)
                .into_iter()
                .map(move |s| s.span.slice(&d.text))
        })
        .collect()
}

/// Total bytes of a set of texts, for Criterion's byte throughput.
pub fn total_bytes<'a>(texts: impl IntoIterator<Item = &'a str>) -> u64 {
    texts.into_iter().map(|t| t.len() as u64).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_loads_with_sentences() {
        let docs = corpus_documents();
        assert!(docs.len() >= 16, "{} documents", docs.len());
        assert!(sentences(&docs).len() > docs.len());
        assert!(concatenated(&docs).len() > one_article(&docs).text.len());
    }
}
