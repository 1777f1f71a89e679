//! A defect in one document's extraction must not stop a batch: the document is reported as
//! failed, with its source, and the run goes on.

use std::panic::{catch_unwind, AssertUnwindSafe};

use armscope_core::Document;
use armscope_extract::{Extraction, Extractor};

/// `extractor.extract(doc)`, or a message naming the document if extraction panicked.
pub fn extract(extractor: &Extractor, doc: &Document) -> Result<Extraction, String> {
    catch_unwind(AssertUnwindSafe(|| extractor.extract(doc))).map_err(|_| {
        format!(
            "{} ({}): extraction failed on this document (a bug: please report it)",
            doc.id, doc.source
        )
    })
}
