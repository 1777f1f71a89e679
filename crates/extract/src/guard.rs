//! A defect in one document's extraction must not stop a batch or a server: the panic is
//! caught and becomes an error naming the document, and the caller goes on.

use std::panic::{catch_unwind, AssertUnwindSafe};

use armscope_core::Document;

use crate::{Extraction, Extractor};

/// Extraction panicked on a document (a bug in the rules).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{doc_id} ({doc_source}): extraction failed on this document (a bug: please report it)")]
pub struct ExtractionFailed {
    /// The document's id.
    pub doc_id: String,
    /// Where it was read from.
    pub doc_source: String,
}

impl Extractor<'_> {
    /// [`Extractor::extract`], with a panic caught and reported as [`ExtractionFailed`].
    pub fn extract_guarded(&self, doc: &Document) -> Result<Extraction, ExtractionFailed> {
        catch_unwind(AssertUnwindSafe(|| self.extract(doc))).map_err(|_| ExtractionFailed {
            doc_id: doc.id.clone(),
            doc_source: doc.source.clone(),
        })
    }
}
