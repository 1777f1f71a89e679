//! Conversions between core values and SQLite column values.

use serde::{de::DeserializeOwned, Serialize};

use crate::error::StoreError;

/// Content hash that identifies a document's text: blake3, lowercase hex.
pub(crate) fn content_hash(text: &str) -> String {
    blake3::hash(text.as_bytes()).to_hex().to_string()
}

/// A unit enum's serde name (`"html"`, `"country"`). Using serde, not a local table,
/// keeps the stored names the ones every other output of armscope uses.
pub(crate) fn enum_name<T: Serialize>(value: &T) -> Option<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => Some(name),
        _ => None,
    }
}

/// The unit enum a stored name denotes; `what` names the column for the error.
pub(crate) fn parse_enum<T: DeserializeOwned>(name: &str, what: &str) -> Result<T, StoreError> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).map_err(|_| {
        StoreError::Corrupt {
            what: format!("{what} {name:?}"),
        }
    })
}

/// A byte offset or count as SQLite's signed integer.
pub(crate) fn to_sql_int(value: usize, what: &str, doc_id: &str) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| StoreError::Unstorable {
        doc_id: doc_id.to_owned(),
        what: format!("{what} {value}: larger than SQLite integers"),
    })
}

/// A stored integer as an offset or count.
pub(crate) fn from_sql_int(value: i64, what: &str) -> Result<usize, StoreError> {
    usize::try_from(value).map_err(|_| StoreError::Corrupt {
        what: format!("{what} {value}"),
    })
}

/// A stored `YYYY-MM-DD` date.
pub(crate) fn parse_date(text: &str, what: &str) -> Result<jiff::civil::Date, StoreError> {
    text.parse().map_err(|_| StoreError::Corrupt {
        what: format!("{what} {text:?}"),
    })
}
