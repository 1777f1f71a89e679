//! `GET /api/v1/deals` (filtered, sorted, paginated) and `GET /api/v1/deals/{id}`.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use armscope_fuse::Deal;

use crate::errors::ApiError;
use crate::keys::has;
use crate::query::{ListQuery, Params};
use crate::register::Register;
use crate::summary::{DealSummary, Page};
use crate::AppState;

pub(crate) async fn list(
    State(state): State<AppState>,
    Params(pairs): Params,
) -> Result<Response, ApiError> {
    let query = ListQuery::parse(&pairs)?;
    let register = state.register();
    Ok(Json(page(&register, &query)).into_response())
}

/// One sequential pass over the packed keys finds every match; then the precomputed order is
/// walked until the page is full, testing membership in the bit set.
fn page<'r>(register: &'r Register, query: &ListQuery) -> Page<DealSummary<'r>> {
    let (matches, total) = query.filter.matcher(register).select();
    let items = register
        .ordered(query.sort, query.descending)
        .iter()
        .map(|&i| i as usize)
        .filter(|&i| has(&matches, i))
        .skip(query.offset)
        .take(query.limit)
        .map(|i| DealSummary::new(&register.deals[i], &register.rows[i]))
        .collect();
    Page {
        total,
        offset: query.offset,
        limit: query.limit,
        items,
    }
}

/// One deal in full, with what the page needs besides the fused fields.
#[derive(Serialize)]
struct DealDetail<'a> {
    #[serde(flatten)]
    deal: &'a Deal,
    category: Option<&'a str>,
    /// Names of the fields whose sources disagree.
    conflicts: Vec<&'static str>,
    /// The documents the deal cites, with their headlines, keyed by id.
    documents: BTreeMap<&'a str, DocumentRef<'a>>,
}

#[derive(Serialize)]
struct DocumentRef<'a> {
    title: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<jiff::civil::Date>,
}

pub(crate) async fn one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let register = state.register();
    let (deal, row) = register.deal(&id).ok_or(ApiError::NotFound {
        what: "deal",
        id: id.clone(),
    })?;
    let conflicts = [
        ("status", deal.status.conflict),
        ("quantity", deal.quantity.conflict),
        ("value", deal.value.conflict),
        ("order_year", deal.order_year.conflict),
        ("delivery_years", deal.delivery_years.conflict),
    ]
    .into_iter()
    .filter_map(|(name, conflict)| conflict.then_some(name))
    .collect();
    let documents = deal
        .sources
        .iter()
        .map(|s| {
            let title = register
                .docs
                .get(&s.doc_id)
                .and_then(|d| d.title.as_deref());
            (
                s.doc_id.as_str(),
                DocumentRef {
                    title,
                    url: s.url.as_deref(),
                    published: s.published,
                },
            )
        })
        .collect();
    let detail = DealDetail {
        deal,
        category: row.category.as_deref(),
        conflicts,
        documents,
    };
    Ok(Json(detail).into_response())
}
