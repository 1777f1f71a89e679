//! What storing a document needs from its text alone, worked out before the write.

use std::sync::Arc;

use armscope_core::Document;
use armscope_neardup::{Fingerprint, Shingled};

use crate::codec::content_hash;

/// A document with its content hash, shingles and MinHash band keys. Making them is pure work
/// on the text, about a tenth of what storing a news article costs, so a caller with several
/// cores prepares documents in parallel and the single writer ([`crate::Store::insert_prepared`],
/// [`crate::Batch::insert_prepared`]) is left with the lookups and inserts.
///
/// The document cannot be changed once prepared, so the keys always belong to its text.
#[derive(Clone, Debug)]
pub struct Prepared {
    doc: Document,
    keys: TextKeys,
}

impl Prepared {
    /// Hashes and shingles `doc`'s text.
    pub fn new(doc: Document) -> Prepared {
        let keys = TextKeys::of(&doc.text);
        Prepared { doc, keys }
    }

    /// The document prepared.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The document back, its keys dropped.
    pub fn into_document(self) -> Document {
        self.doc
    }

    pub(crate) fn keys(&self) -> &TextKeys {
        &self.keys
    }
}

/// The content hash, shingles and fingerprint of one text.
#[derive(Clone, Debug)]
pub(crate) struct TextKeys {
    pub(crate) hash: String,
    pub(crate) shingled: Arc<Shingled>,
    pub(crate) print: Fingerprint,
}

impl TextKeys {
    pub(crate) fn of(text: &str) -> TextKeys {
        let shingled = Shingled::new(text);
        let print = shingled.fingerprint();
        TextKeys {
            hash: content_hash(text),
            shingled: Arc::new(shingled),
            print,
        }
    }
}
