//! `POST /api/v1/documents`: articles in (one JSON object, a JSON array of them, or JSON
//! Lines), each read like a line of a `.jsonl` file, extracted and stored; the register is
//! fused again when anything new was stored. Disabled unless the server has a token.

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use armscope_core::{Document, EntityMention, Transfer};
use armscope_extract::Extractor;
use armscope_store::{Inserted, Store};

use crate::errors::ApiError;
use crate::AppState;

/// Request bodies above this size are refused with 413.
const MAX_BODY: usize = 16 * 1024 * 1024;

/// The `source` documents posted through the API are recorded with.
const SOURCE: &str = "api";

pub(crate) fn body_limit() -> DefaultBodyLimit {
    DefaultBodyLimit::max(MAX_BODY)
}

/// What happened to one posted article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    /// Position of the article in the request, from 1.
    pub line: usize,
    /// The article's id, when it could be read.
    pub id: Option<String>,
    /// `stored`, `duplicate` (same text already stored) or `failed`.
    pub status: &'static str,
    /// Why it failed, or which stored document it duplicates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The entity mentions found.
    pub mentions: Vec<EntityMention>,
    /// The transfers found.
    pub transfers: Vec<Transfer>,
}

impl Outcome {
    fn failed(line: usize, id: Option<String>, message: String) -> Outcome {
        Outcome {
            line,
            id,
            status: "failed",
            message: Some(message),
            mentions: vec![],
            transfers: vec![],
        }
    }
}

/// Extracts `doc` (a panic in the rules is caught and reported) and stores it with what was
/// found, in one transaction.
pub fn store_article(
    store: &mut Store,
    extractor: &Extractor<'_>,
    line: usize,
    doc: &Document,
) -> Outcome {
    let found = match extractor.extract_guarded(doc) {
        Ok(found) => found,
        Err(e) => return Outcome::failed(line, Some(doc.id.clone()), e.to_string()),
    };
    let (status, message) = match store.insert_document(doc, &found.mentions, &found.transfers) {
        Ok(Inserted::New) => ("stored", None),
        Ok(Inserted::Duplicate { existing_id }) => {
            ("duplicate", Some(format!("same text as {existing_id:?}")))
        }
        Err(e) => return Outcome::failed(line, Some(doc.id.clone()), e.to_string()),
    };
    Outcome {
        line,
        id: Some(doc.id.clone()),
        status,
        message,
        mentions: found.mentions,
        transfers: found.transfers,
    }
}

/// The articles of the body, each as one JSON text, by content type.
fn articles(headers: &HeaderMap, body: &[u8]) -> Result<Vec<String>, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let text = std::str::from_utf8(body)
        .map_err(|e| ApiError::BadRequest(format!("the body is not UTF-8: {e}")))?;
    match mime.as_str() {
        "application/json" => match serde_json::from_str(text) {
            Ok(serde_json::Value::Array(items)) => {
                Ok(items.iter().map(|v| v.to_string()).collect())
            }
            Ok(item @ serde_json::Value::Object(_)) => Ok(vec![item.to_string()]),
            Ok(_) => Err(ApiError::BadRequest(
                "expected an article object or an array of them".into(),
            )),
            Err(e) => Err(ApiError::BadRequest(format!("the body is not JSON: {e}"))),
        },
        "application/x-ndjson"
        | "application/jsonl"
        | "application/jsonlines"
        | "application/json-lines" => Ok(text.lines().map(str::to_owned).collect()),
        _ => Err(ApiError::UnsupportedMediaType(content_type)),
    }
}

fn authorize(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let config = state.ingest_config().ok_or(ApiError::IngestDisabled)?;
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or(ApiError::Unauthorized)?;
    if constant_time_eq(given.trim().as_bytes(), config.token.as_bytes()) {
        Ok(())
    } else {
        Err(ApiError::Unauthorized)
    }
}

/// Compares without stopping at the first difference, so timing does not leak the token.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[derive(Serialize)]
struct IngestReply {
    stored: usize,
    duplicates: usize,
    failed: usize,
    /// Deals in the register after the ingest.
    deals: usize,
    articles: Vec<Outcome>,
}

pub(crate) async fn post(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    authorize(&state, &headers)?;
    let articles = articles(&headers, &body)?;
    if articles.iter().all(|a| a.trim().is_empty()) {
        return Err(ApiError::BadRequest("the body holds no article".into()));
    }
    let outcomes = state
        .with_store(move |store, state| {
            let config = state.ingest_config().ok_or(ApiError::IngestDisabled)?;
            let extractor = Extractor::new(&config.catalog);
            let outcomes: Vec<Outcome> = articles
                .iter()
                .enumerate()
                .filter(|(_, text)| !text.trim().is_empty())
                .map(|(i, text)| {
                    match armscope_ingest::document_from_json_line(SOURCE, i + 1, text) {
                        Ok(doc) => store_article(store, &extractor, i + 1, &doc),
                        Err(e) => Outcome::failed(i + 1, None, e.to_string()),
                    }
                })
                .collect();
            if outcomes.iter().any(|o| o.status == "stored") {
                state.reload(store)?;
            }
            Ok(outcomes)
        })
        .await?;
    let count = |status| outcomes.iter().filter(|o| o.status == status).count();
    let reply = IngestReply {
        stored: count("stored"),
        duplicates: count("duplicate"),
        failed: count("failed"),
        deals: state.register().len(),
        articles: outcomes,
    };
    let code = if reply.stored > 0 {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((code, Json(reply)).into_response())
}
