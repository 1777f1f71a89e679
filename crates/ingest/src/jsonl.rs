//! JSON Lines: one article per line.

use std::path::PathBuf;

use armscope_core::{Document, SourceFormat};
use serde_json::{Map, Value};

use crate::{date, document_from_html, document_from_text, IngestError};

/// Reads one line of a JSON Lines file.
///
/// Fields: `id` (required; a string or an integer), `url`, `title`, `published`
/// (`YYYY-MM-DD` or an RFC 3339 timestamp), and the article as `text` (plain text, cleaned
/// like a `.txt` file) or `html` (cleaned like an HTML page); `text` wins when both are
/// given. Unknown fields are ignored. The fields given on the line win over metadata found
/// in the HTML. `source` becomes `SOURCE:LINE`.
///
/// ```
/// use armscope_ingest::document_from_json_line;
/// let line = r#"{"id": "a1", "published": "2024-05-01T10:00:00+03:00", "text": "Headline\n\nBody."}"#;
/// let doc = document_from_json_line("feed.jsonl", 7, line).unwrap();
/// assert_eq!(doc.source, "feed.jsonl:7");
/// assert_eq!(doc.published.unwrap().to_string(), "2024-05-01");
/// ```
pub fn document_from_json_line(
    source: &str,
    line_no: usize,
    line: &str,
) -> Result<Document, IngestError> {
    let bad = |message: String| IngestError::BadJsonLine {
        path: PathBuf::from(source),
        line: line_no,
        message,
    };
    let value: Value = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
    let Value::Object(obj) = value else {
        return Err(bad("expected a JSON object".into()));
    };
    let id = match obj.get("id") {
        None | Some(Value::Null) => {
            return Err(IngestError::MissingId {
                path: PathBuf::from(source),
                line: line_no,
            })
        }
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_owned(),
        Some(Value::Number(n)) if n.is_i64() || n.is_u64() => n.to_string(),
        Some(_) => return Err(bad("\"id\" must be a non-empty string or an integer".into())),
    };
    let url = string_field(&obj, "url").map_err(bad)?;
    let title = string_field(&obj, "title").map_err(bad)?;
    let published = match string_field(&obj, "published").map_err(bad)? {
        None => None,
        Some(p) => Some(date::parse_strict(&p).ok_or_else(|| {
            bad(format!(
                "\"published\" is {p:?}, expected YYYY-MM-DD or an RFC 3339 timestamp"
            ))
        })?),
    };
    let source_line = format!("{source}:{line_no}");
    let mut doc = match (
        string_field(&obj, "text").map_err(bad)?,
        string_field(&obj, "html").map_err(bad)?,
    ) {
        (Some(text), _) => document_from_text(&id, &source_line, &text),
        (None, Some(html)) => document_from_html(&id, &source_line, &html),
        (None, None) => return Err(bad("no \"text\" or \"html\" field".into())),
    };
    doc.format = SourceFormat::Jsonl;
    doc.url = url.or(doc.url);
    doc.title = title.or(doc.title);
    doc.published = published.or(doc.published);
    if doc.text.trim().is_empty() {
        return Err(IngestError::NoText {
            path: PathBuf::from(source_line),
        });
    }
    Ok(doc)
}

/// An optional string field: absent, `null` or blank is `None`; another type is an error.
fn string_field(obj: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_owned())),
        Some(other) => Err(format!("\"{key}\" must be a string, not {}", kind(other))),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
