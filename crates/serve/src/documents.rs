//! `GET /api/v1/documents/{id}`: a document's text with the spans of every mention and event,
//! so the page can highlight them. Spans are byte offsets into `text` (UTF-8).

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use armscope_core::{Document, EntityMention, Span, Status};
use armscope_fuse::{Deal, Field};

use crate::errors::ApiError;
use crate::register::Register;
use crate::AppState;

#[derive(Serialize)]
struct DocumentView {
    #[serde(flatten)]
    document: Document,
    mentions: Vec<EntityMention>,
    events: Vec<Event>,
}

/// One transfer the document reports, as fused into a deal.
#[derive(Serialize)]
struct Event {
    #[serde(rename = "type")]
    kind: &'static str,
    deal: String,
    supplier: Option<String>,
    recipient: Option<String>,
    system: String,
    status: Option<Status>,
    hedged: bool,
    /// The evidence sentence.
    span: Span,
    /// Where each field's own text is (`quantity`, `value`, `order_year`…), when recorded.
    fields: Vec<FieldSpan>,
}

#[derive(Serialize)]
struct FieldSpan {
    field: &'static str,
    span: Span,
}

pub(crate) async fn one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let lookup = id.clone();
    let found = state
        .with_store(move |store, _| {
            let Some(document) = store.document(&lookup)? else {
                return Ok(None);
            };
            Ok(Some((document, store.mentions(&lookup)?)))
        })
        .await?;
    let (document, mentions) = found.ok_or(ApiError::NotFound {
        what: "document",
        id: id.clone(),
    })?;
    let events = events(&state.register(), &id);
    Ok(Json(DocumentView {
        document,
        mentions,
        events,
    })
    .into_response())
}

fn events(register: &Register, doc_id: &str) -> Vec<Event> {
    let Some(entry) = register.docs.get(doc_id) else {
        return Vec::new();
    };
    let mut events: Vec<Event> = entry
        .deals
        .iter()
        .map(|&i| &register.deals[i as usize])
        .flat_map(|deal| {
            deal.sources
                .iter()
                .filter(|s| s.doc_id == doc_id)
                .map(move |s| Event {
                    kind: "transfer",
                    deal: deal.id.clone(),
                    supplier: deal.supplier.clone(),
                    recipient: deal.recipient.clone(),
                    system: s.system.clone(),
                    status: s.status,
                    hedged: s.hedged,
                    span: s.evidence.span(),
                    fields: field_spans(deal, doc_id, s.evidence.start),
                })
        })
        .collect();
    events.sort_by_key(|e| (e.span, e.deal.clone()));
    events
}

/// The recorded spans of the deal's fields in this report (same document, same sentence).
fn field_spans(deal: &Deal, doc_id: &str, evidence_start: usize) -> Vec<FieldSpan> {
    fn spans<T>(
        name: &'static str,
        field: &Field<T>,
        doc_id: &str,
        start: usize,
        out: &mut Vec<FieldSpan>,
    ) {
        let found = field
            .values
            .iter()
            .flat_map(|v| &v.sources)
            .find(|s| s.doc_id == doc_id && s.evidence.start == start && s.span.is_some());
        if let Some(span) = found.and_then(|s| s.span) {
            out.push(FieldSpan { field: name, span });
        }
    }
    let mut out = Vec::new();
    spans("status", &deal.status, doc_id, evidence_start, &mut out);
    spans("quantity", &deal.quantity, doc_id, evidence_start, &mut out);
    spans("value", &deal.value, doc_id, evidence_start, &mut out);
    spans(
        "order_year",
        &deal.order_year,
        doc_id,
        evidence_start,
        &mut out,
    );
    spans(
        "delivery_years",
        &deal.delivery_years,
        doc_id,
        evidence_start,
        &mut out,
    );
    out
}
