//! Reading documents, mentions and transfers back. Each query is one statement, so it
//! sees one consistent snapshot even while another connection writes.

use armscope_core::{Document, EntityMention, Span, Transfer};
use rusqlite::{Connection, OptionalExtension, Row};

use crate::codec::{from_sql_int, parse_date, parse_enum};
use crate::error::{SqlContext, StoreError};
use crate::{Counts, DocumentSummary, StoredTransfer};

/// The document columns every listing starts with: `id, url, title, published`.
struct Header {
    id: String,
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
}

impl Header {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Header> {
        Ok(Header {
            id: row.get(0)?,
            url: row.get(1)?,
            title: row.get(2)?,
            published: row.get(3)?,
        })
    }

    fn published(&self) -> Result<Option<jiff::civil::Date>, StoreError> {
        let what = || format!("published date of document {:?}", self.id);
        self.published
            .as_deref()
            .map(|date| parse_date(date, &what()))
            .transpose()
    }
}

pub(crate) fn documents(conn: &Connection) -> Result<Vec<DocumentSummary>, StoreError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT d.id, d.url, d.title, d.published, d.source, d.hash,
                    (SELECT count(*) FROM transfers t WHERE t.doc_key = d.key)
             FROM documents d
             ORDER BY d.id",
        )
        .context("preparing the document list")?;
    let rows = stmt
        .query_map([], |row| {
            Ok((
                Header::from_row(row)?,
                row.get::<_, String>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, i64>(6)?,
            ))
        })
        .context("listing documents")?;
    rows.map(|row| {
        let (header, source, hash, transfers) = row.context("listing documents")?;
        Ok(DocumentSummary {
            published: header.published()?,
            transfers: from_sql_int(transfers, "transfer count")?,
            id: header.id,
            url: header.url,
            title: header.title,
            source,
            hash,
        })
    })
    .collect()
}

pub(crate) fn document(conn: &Connection, id: &str) -> Result<Option<Document>, StoreError> {
    let raw = conn
        .prepare_cached(
            "SELECT id, url, title, published, source, format, text FROM documents WHERE id = ?1",
        )
        .and_then(|mut stmt| {
            stmt.query_row([id], |row| {
                Ok((
                    Header::from_row(row)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                    row.get::<_, String>(6)?,
                ))
            })
            .optional()
        })
        .with_context(|| format!("reading document {id:?}"))?;
    let Some((header, source, format, text)) = raw else {
        return Ok(None);
    };
    Ok(Some(Document {
        published: header.published()?,
        format: parse_enum(&format, &format!("format of document {id:?}"))?,
        id: header.id,
        url: header.url,
        title: header.title,
        source,
        text,
    }))
}

pub(crate) fn mentions(conn: &Connection, doc_id: &str) -> Result<Vec<EntityMention>, StoreError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT m.span_start, m.span_end, m.kind, m.entity_id, m.name, m.rule
             FROM mentions m JOIN documents d ON d.key = m.doc_key
             WHERE d.id = ?1
             ORDER BY m.ordinal",
        )
        .context("preparing the mention list")?;
    let rows = stmt
        .query_map([doc_id], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, String>(4)?,
                row.get::<_, String>(5)?,
            ))
        })
        .with_context(|| format!("reading mentions of document {doc_id:?}"))?;
    rows.map(|row| {
        let (start, end, kind, id, name, rule) =
            row.with_context(|| format!("reading mentions of document {doc_id:?}"))?;
        Ok(EntityMention {
            span: Span {
                start: from_sql_int(start, "mention start")?,
                end: from_sql_int(end, "mention end")?,
            },
            kind: parse_enum(&kind, &format!("mention kind in document {doc_id:?}"))?,
            id,
            name,
            rule,
        })
    })
    .collect()
}

pub(crate) fn transfers(conn: &Connection) -> Result<Vec<StoredTransfer>, StoreError> {
    transfers_where(conn, "1", [])
}

/// The stored transfers passing `filter` (an SQL condition over `t` transfers and `d`
/// documents, with `params`), ordered by document id, then position.
pub(crate) fn transfers_where(
    conn: &Connection,
    filter: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<StoredTransfer>, StoreError> {
    let sql = format!(
        "SELECT d.id, d.url, d.title, d.published, t.ordinal, t.json
         FROM transfers t JOIN documents d ON d.key = t.doc_key
         WHERE {filter}
         ORDER BY d.id, t.ordinal"
    );
    let mut stmt = conn
        .prepare_cached(&sql)
        .context("preparing the transfer list")?;
    let rows = stmt
        .query_map(params, stored_transfer)
        .context("listing transfers")?;
    rows.map(|row| row.context("listing transfers")?).collect()
}

/// Calls `each` with the stored transfers passing `filter` (as in [`transfers_where`]), in
/// no particular order, without collecting them.
pub(crate) fn each_transfer_where(
    conn: &Connection,
    filter: &str,
    params: impl rusqlite::Params,
    mut each: impl FnMut(StoredTransfer),
) -> Result<(), StoreError> {
    let sql = format!(
        "SELECT d.id, d.url, d.title, d.published, t.ordinal, t.json
         FROM transfers t JOIN documents d ON d.key = t.doc_key
         WHERE {filter}"
    );
    let mut stmt = conn
        .prepare_cached(&sql)
        .context("preparing the transfer list")?;
    let mut rows = stmt.query(params).context("listing transfers")?;
    while let Some(row) = rows.next().context("listing transfers")? {
        each(stored_transfer(row).context("listing transfers")??);
    }
    Ok(())
}

/// One row of `d.id, d.url, d.title, d.published, t.ordinal, t.json` as a stored transfer.
fn stored_transfer(row: &Row<'_>) -> rusqlite::Result<Result<StoredTransfer, StoreError>> {
    let doc_id: String = row.get(0)?;
    let doc_url: Option<String> = row.get(1)?;
    let doc_title: Option<String> = row.get(2)?;
    let published: Option<String> = row.get(3)?;
    let ordinal: i64 = row.get(4)?;
    let json: &str = row.get_ref(5)?.as_str()?;
    Ok((|| {
        let transfer: Transfer = serde_json::from_str(json).map_err(|err| StoreError::Corrupt {
            what: format!("transfer {ordinal} of document {doc_id:?}: {err}"),
        })?;
        Ok(StoredTransfer {
            published: published
                .map(|date| parse_date(&date, &format!("published date of document {doc_id:?}")))
                .transpose()?,
            ordinal: from_sql_int(ordinal, "transfer ordinal")?,
            doc_id,
            doc_url,
            doc_title,
            transfer,
        })
    })())
}

pub(crate) fn counts(conn: &Connection) -> Result<Counts, StoreError> {
    // One statement, so the three numbers come from the same snapshot.
    let (documents, mentions, transfers) = conn
        .prepare_cached(
            "SELECT (SELECT count(*) FROM documents),
                    (SELECT count(*) FROM mentions),
                    (SELECT count(*) FROM transfers)",
        )
        .and_then(|mut stmt| {
            stmt.query_row([], |row: &Row<'_>| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })
        })
        .context("counting rows")?;
    Ok(Counts {
        documents: from_sql_int(documents, "document count")?,
        mentions: from_sql_int(mentions, "mention count")?,
        transfers: from_sql_int(transfers, "transfer count")?,
    })
}
