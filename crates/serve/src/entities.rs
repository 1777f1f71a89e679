//! `GET /api/v1/entities?kind=&q=` (search by kind and name) and
//! `GET /api/v1/entities/{kind}/{id}` (one entity with its deals).

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use armscope_core::EntityKind;

use crate::entity_index::Entity;
use crate::errors::ApiError;
use crate::query::{parse_count, Params, DEFAULT_LIMIT, MAX_LIMIT};
use crate::register::Register;
use crate::summary::{DealSummary, Page};
use crate::AppState;

fn parse_kind(value: &str) -> Result<EntityKind, ApiError> {
    serde_json::from_value(serde_json::Value::String(value.to_lowercase())).map_err(|_| {
        ApiError::BadRequest(format!(
            "kind {value:?} is not one of country, system, organization, person"
        ))
    })
}

pub(crate) async fn search(
    State(state): State<AppState>,
    Params(pairs): Params,
) -> Result<Response, ApiError> {
    let (mut kind, mut words, mut limit, mut offset) = (None, Vec::new(), DEFAULT_LIMIT, 0);
    for (key, value) in &pairs {
        match key.as_str() {
            "kind" => kind = Some(parse_kind(value)?),
            "q" => {
                words = value
                    .to_lowercase()
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect()
            }
            "limit" => {
                limit = parse_count(key, value)?;
                if !(1..=MAX_LIMIT).contains(&limit) {
                    return Err(ApiError::BadRequest(format!(
                        "limit must be between 1 and {MAX_LIMIT}"
                    )));
                }
            }
            "offset" => offset = parse_count(key, value)?,
            other => {
                return Err(ApiError::BadRequest(format!(
                    "unknown parameter {other:?}; known: kind, q, limit, offset"
                )))
            }
        }
    }
    let register = state.register();
    let matches = register.entities.list.iter().filter(|e| {
        kind.is_none_or(|k| e.kind == k)
            && words
                .iter()
                .all(|w| e.name_lc.contains(w.as_str()) || e.id.to_lowercase().contains(w.as_str()))
    });
    let mut total = 0;
    let mut items: Vec<&Entity> = Vec::new();
    for entity in matches {
        if total >= offset && items.len() < limit {
            items.push(entity);
        }
        total += 1;
    }
    Ok(Json(Page {
        total,
        offset,
        limit,
        items,
    })
    .into_response())
}

#[derive(Serialize)]
struct EntityView<'a> {
    #[serde(flatten)]
    entity: &'a Entity,
    documents: &'a [String],
    deals: Vec<DealSummary<'a>>,
}

pub(crate) async fn one(
    State(state): State<AppState>,
    Path((kind, id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let kind = parse_kind(&kind)?;
    let register = state.register();
    let entity = register
        .entities
        .get(kind, &id)
        .ok_or_else(|| ApiError::NotFound {
            what: "entity",
            id: format!("{}/{id}", kind.as_str()),
        })?;
    let deals = deals_of(&register, entity)
        .into_iter()
        .map(|i| DealSummary::new(&register.deals[i], &register.rows[i]))
        .collect();
    Ok(Json(EntityView {
        entity,
        documents: &entity.documents,
        deals,
    })
    .into_response())
}

/// A state's deals as supplier or recipient; a system's deals of its family; an organisation's
/// or person's, the deals reported by documents that mention them.
fn deals_of(register: &Register, entity: &Entity) -> Vec<usize> {
    let id = entity.id.as_str();
    let mut found: Vec<usize> = match entity.kind {
        EntityKind::Country => (0..register.deals.len())
            .filter(|&i| {
                let d = &register.deals[i];
                d.supplier.as_deref() == Some(id) || d.recipient.as_deref() == Some(id)
            })
            .collect(),
        EntityKind::System => {
            let family = register.family_of.get(id).map_or(id, String::as_str);
            (0..register.deals.len())
                .filter(|&i| register.deals[i].family == family)
                .collect()
        }
        EntityKind::Organization | EntityKind::Person => entity
            .documents
            .iter()
            .filter_map(|doc| register.docs.get(doc))
            .flat_map(|d| d.deals.iter().map(|&i| i as usize))
            .collect(),
    };
    found.sort_unstable();
    found.dedup();
    found
}
