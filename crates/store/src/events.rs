//! Events other than transfers, and people's roles, stored per document in one table
//! (`events`, migration 0003): one row per record, its whole JSON and its evidence offsets.

use armscope_core::{Event, EventDetail, PersonRole, Span};
use rusqlite::{params, Connection, Transaction};
use serde::{de::DeserializeOwned, Serialize};

use crate::codec::{from_sql_int, to_sql_int};
use crate::error::{SqlContext, StoreError};

/// The `type` of a role row; events use their own type names.
const ROLE: &str = "role";

/// Writes a document's events, then its roles, numbered in that order.
pub(crate) fn insert(
    tx: &Transaction<'_>,
    key: i64,
    doc_id: &str,
    events: &[Event],
    roles: &[PersonRole],
) -> Result<(), StoreError> {
    let rows = events
        .iter()
        .map(|e| {
            finite(e, doc_id)?;
            Ok((e.type_name(), e.evidence.span(), json(e, doc_id)?))
        })
        .chain(roles.iter().map(|r| {
            let around = Span::new(
                r.role_span.start.min(r.person_span.start),
                r.role_span.end.max(r.person_span.end),
            );
            Ok((ROLE, around, json(r, doc_id)?))
        }));
    for (ordinal, row) in rows.enumerate() {
        let (kind, span, json) = row?;
        let ordinal_sql = to_sql_int(ordinal, "event ordinal", doc_id)?;
        let start = to_sql_int(span.start, "event start", doc_id)?;
        let end = to_sql_int(span.end, "event end", doc_id)?;
        tx.prepare_cached(
            "INSERT INTO events (doc_key, ordinal, type, evidence_start, evidence_end, json)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .and_then(|mut stmt| stmt.execute(params![key, ordinal_sql, kind, start, end, json]))
        .with_context(|| format!("inserting event {ordinal} of document {doc_id:?}"))?;
    }
    Ok(())
}

/// serde_json writes a NaN or infinite number as `null`, which would not read back.
pub(crate) fn finite(e: &Event, doc_id: &str) -> Result<(), StoreError> {
    if let EventDetail::Figure { value, percent, .. } = &e.detail {
        let numbers = value.iter().map(|m| m.amount).chain(*percent);
        if let Some(bad) = numbers.into_iter().find(|n| !n.is_finite()) {
            return Err(StoreError::Unstorable {
                doc_id: doc_id.to_owned(),
                what: format!("figure: {bad} is not a finite number"),
            });
        }
    }
    Ok(())
}

fn json<T: Serialize>(value: &T, doc_id: &str) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|err| StoreError::Unstorable {
        doc_id: doc_id.to_owned(),
        what: format!("event as JSON: {err}"),
    })
}

/// The events of document `doc_id` in insertion (text) order.
pub(crate) fn events(conn: &Connection, doc_id: &str) -> Result<Vec<Event>, StoreError> {
    rows(conn, doc_id, "<>")
}

/// The roles of people in document `doc_id`, in insertion order.
pub(crate) fn roles(conn: &Connection, doc_id: &str) -> Result<Vec<PersonRole>, StoreError> {
    rows(conn, doc_id, "=")
}

/// Rows whose type compares to `role` with `op` (`=` roles, `<>` events), decoded.
fn rows<T: DeserializeOwned>(
    conn: &Connection,
    doc_id: &str,
    op: &str,
) -> Result<Vec<T>, StoreError> {
    let sql = format!(
        "SELECT e.ordinal, e.json FROM events e JOIN documents d ON d.key = e.doc_key
         WHERE d.id = ?1 AND e.type {op} ?2
         ORDER BY e.ordinal"
    );
    let mut stmt = conn
        .prepare_cached(&sql)
        .context("preparing the event list")?;
    let found = stmt
        .query_map(params![doc_id, ROLE], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
        })
        .with_context(|| format!("reading events of document {doc_id:?}"))?;
    found
        .map(|row| {
            let (ordinal, json) =
                row.with_context(|| format!("reading events of document {doc_id:?}"))?;
            let ordinal = from_sql_int(ordinal, "event ordinal")?;
            serde_json::from_str(&json).map_err(|err| StoreError::Corrupt {
                what: format!("event {ordinal} of document {doc_id:?}: {err}"),
            })
        })
        .collect()
}
