//! Reading news articles (plain text, HTML pages, JSON Lines) into clean
//! [`Document`]s: main text only, page noise dropped, metadata kept.
//!
//! ```no_run
//! use std::path::Path;
//! use armscope_ingest::{read_path, ReadOptions};
//!
//! for result in read_path(Path::new("corpus/"), &ReadOptions::default()) {
//!     match result {
//!         Ok(doc) => println!("{} ({} bytes of text)", doc.id, doc.text.len()),
//!         Err(e) => eprintln!("skipped: {e}"),
//!     }
//! }
//! ```
//!
//! Single documents can be built from strings too:
//!
//! ```
//! use armscope_ingest::document_from_text;
//!
//! let raw = "Navy buys frigates\r\n\r\nThe navy signed for two frigates.\r\n\r\nLEAVE A REPLY\r\nNice!";
//! let doc = document_from_text("a.txt", "in/a.txt", raw);
//! assert_eq!(doc.title.as_deref(), Some("Navy buys frigates"));
//! assert_eq!(doc.text, "Navy buys frigates\n\nThe navy signed for two frigates.");
//! ```

mod date;
mod depth;
mod error;
mod format;
mod html;
mod jsonl;
mod plain;
mod walk;

use armscope_core::{Document, SourceFormat};

pub use error::IngestError;
pub use html::document_from_html;
pub use jsonl::document_from_json_line;
pub use plain::clean_plain_text;
pub use walk::{files, read_file, read_path, Files};

/// How files are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadOptions {
    /// Files larger than this many bytes are rejected with [`IngestError::TooLarge`]
    /// (default 64 MiB).
    pub max_bytes: u64,
    /// Publication date for documents that carry none (the anchor for relative dates).
    pub published: Option<jiff::civil::Date>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            max_bytes: 64 * 1024 * 1024,
            published: None,
        }
    }
}

/// A document from plain text: [`clean_plain_text`] for the text; the title is the
/// headline of the lines above the first paragraph (short, not a sentence, not a dateline
/// or byline), and the publication date comes from a dateline there ("Published 7 March
/// 2024", "Berlin, 7 March 2024 — by …") when there is one.
pub fn document_from_text(id: &str, source: &str, raw: &str) -> Document {
    let text = clean_plain_text(raw);
    Document {
        id: id.to_owned(),
        url: None,
        title: plain::headline(&text),
        published: plain::dateline(&text),
        source: source.to_owned(),
        format: SourceFormat::Text,
        text,
    }
}
