//! `armscope serve`: the register over HTTP — a JSON API under `/api/v1` (described by
//! `/api/v1/openapi.json`) and a web page built into the binary.
//!
//! [`AppState::load`] fuses the stored transfers once and keeps the deals in memory;
//! [`router`] answers every request from that snapshot (documents' text comes from the
//! store). `POST /api/v1/documents` ingests articles when the state was given a token
//! ([`AppState::with_ingest`]) and swaps in a freshly fused register.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let store = armscope_store::Store::open(std::path::Path::new("armscope.db"))?;
//! let state = armscope_serve::AppState::load(store)?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! armscope_serve::serve(listener, state, std::future::pending()).await?;
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

mod deals;
mod documents;
mod entities;
mod entity_index;
mod errors;
mod ingest;
mod keys;
mod openapi;
mod query;
mod register;
mod sort;
mod state;
mod stats;
mod summary;
pub mod synth;
mod web;

use std::future::Future;

use axum::routing::{get, post, MethodRouter};
use axum::Router;

pub use errors::ApiError;
pub use ingest::{store_article, Outcome};
pub use openapi::OPENAPI;
pub use register::Register;
pub use state::AppState;

/// Every API route as `(method, path)`, the list the router is built from and the OpenAPI
/// document is checked against.
pub const API_ROUTES: &[(&str, &str)] = &[
    ("GET", "/api/v1/deals"),
    ("GET", "/api/v1/deals/{id}"),
    ("POST", "/api/v1/documents"),
    ("GET", "/api/v1/documents/{id}"),
    ("GET", "/api/v1/entities"),
    ("GET", "/api/v1/entities/{kind}/{id}"),
    ("GET", "/api/v1/stats"),
    ("GET", "/api/v1/openapi.json"),
];

fn handler(method: &str, path: &str) -> MethodRouter<AppState> {
    match (method, path) {
        ("GET", "/api/v1/deals") => get(deals::list),
        ("GET", "/api/v1/deals/{id}") => get(deals::one),
        ("POST", "/api/v1/documents") => post(ingest::post).layer(ingest::body_limit()),
        ("GET", "/api/v1/documents/{id}") => get(documents::one),
        ("GET", "/api/v1/entities") => get(entities::search),
        ("GET", "/api/v1/entities/{kind}/{id}") => get(entities::one),
        ("GET", "/api/v1/stats") => get(stats::get),
        ("GET", "/api/v1/openapi.json") => get(openapi::get),
        _ => unreachable!("API_ROUTES names a route with no handler: {method} {path}"),
    }
}

/// The whole application: the API, the web page and its assets, security headers on every
/// response.
pub fn router(state: AppState) -> Router {
    let api = API_ROUTES
        .iter()
        .fold(Router::new(), |router, &(method, path)| {
            router.route(path, handler(method, path).fallback(errors::wrong_method))
        })
        .fallback(errors::no_route);
    Router::new()
        .merge(web::routes())
        .merge(api)
        .with_state(state)
        .layer(axum::middleware::map_response(web::security_headers))
}

/// Serves [`router`] on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
}

/// Binds `addr`, reports the bound address to `ready` (port 0 picks a free one), and serves
/// until Ctrl-C, on a runtime of its own: callers need no async code.
pub fn run(
    addr: std::net::SocketAddr,
    state: AppState,
    ready: impl FnOnce(std::net::SocketAddr),
) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        ready(listener.local_addr()?);
        serve(listener, state, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
    })
}
