use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Where a document's text came from, which decides how it was cleaned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Text,
    Html,
    Jsonl,
}

/// One article, cleaned: `text` is main text only (page noise dropped), and every span in
/// later stages is a byte offset into it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// File base name, or the `id` field of a JSON Lines article.
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Publication date: the anchor for relative dates ("last month").
    pub published: Option<Date>,
    /// The path (and line, for JSON Lines) the document was read from.
    pub source: String,
    pub format: SourceFormat,
    pub text: String,
}
