//! `GET /api/v1/openapi.json`: the hand-written OpenAPI document, served as it is.
//! A test checks it against [`crate::API_ROUTES`] and the live router.

use axum::http::header;
use axum::response::IntoResponse;

/// The OpenAPI 3.1 document of the API.
pub const OPENAPI: &str = include_str!("../openapi.json");

pub(crate) async fn get() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}
