//! The one place where errors become HTTP responses: a status code and a JSON body
//! `{"error": {"status": 400, "message": "…"}}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

/// Everything a handler can answer with instead of its result.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ApiError {
    /// A query parameter or request body the API cannot use; the message says what was wrong.
    #[error("{0}")]
    BadRequest(String),
    /// No such deal, document, entity or route.
    #[error("no {what} {id:?}")]
    NotFound {
        /// What was looked for ("deal", "document", "route"…).
        what: &'static str,
        /// The id or path asked for.
        id: String,
    },
    /// The route exists but not with this method.
    #[error("method {0} is not allowed here")]
    MethodNotAllowed(String),
    /// Ingest is disabled: the server was started without a token.
    #[error("ingest is disabled: start the server with --token to enable it")]
    IngestDisabled,
    /// Ingest needs `Authorization: Bearer TOKEN` with the server's token.
    #[error("ingest needs the header `Authorization: Bearer TOKEN` with the server's token")]
    Unauthorized,
    /// The request body is not in a format the endpoint reads.
    #[error("unsupported content type {0:?}: send application/json or application/x-ndjson")]
    UnsupportedMediaType(String),
    /// The database failed.
    #[error("database error: {0}")]
    Store(#[from] armscope_store::StoreError),
    /// A bug or a failed background task.
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    /// The HTTP status the error is answered with.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound { .. } => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::IngestDisabled => StatusCode::FORBIDDEN,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Store(_) | ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!("{self}");
        }
        let body = serde_json::json!({
            "error": { "status": status.as_u16(), "message": self.to_string() }
        });
        let mut response = (status, Json(body)).into_response();
        if matches!(self, ApiError::Unauthorized) {
            response.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}

/// Unknown paths under the API answer in JSON like every other error.
pub(crate) async fn no_route(uri: axum::http::Uri) -> ApiError {
    ApiError::NotFound {
        what: "route",
        id: uri.path().to_owned(),
    }
}

/// A known path asked with the wrong method.
pub(crate) async fn wrong_method(method: axum::http::Method) -> ApiError {
    ApiError::MethodNotAllowed(method.to_string())
}
