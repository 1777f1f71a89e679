//! The web page: static files built into the binary (no build step on the user's machine),
//! and the security headers every response carries.

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::AppState;

/// Scripts only from this server, no inline script, no plugins, no framing. Styles allow
/// inline: the chart library positions its tooltips with style attributes, and a style
/// cannot run script.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
                   img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
                   form-action 'self'; frame-ancestors 'none'";

/// `(path, content type, bytes)` of every file the page needs.
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "/",
        "text/html; charset=utf-8",
        include_bytes!("../web/index.html"),
    ),
    (
        "/assets/app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../web/app.js"),
    ),
    (
        "/assets/dom.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../web/dom.js"),
    ),
    (
        "/assets/register.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../web/register.js"),
    ),
    (
        "/assets/deal.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../web/deal.js"),
    ),
    (
        "/assets/charts.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../web/charts.js"),
    ),
    (
        "/assets/app.css",
        "text/css; charset=utf-8",
        include_bytes!("../web/app.css"),
    ),
    (
        "/assets/echarts.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../web/echarts.min.js"),
    ),
    (
        "/assets/echarts.LICENSE",
        "text/plain; charset=utf-8",
        include_bytes!("../web/echarts.LICENSE"),
    ),
    (
        "/assets/echarts.NOTICE",
        "text/plain; charset=utf-8",
        include_bytes!("../web/echarts.NOTICE"),
    ),
];

pub(crate) fn routes() -> Router<AppState> {
    ASSETS
        .iter()
        .fold(Router::new(), |router, &(path, content_type, bytes)| {
            router.route(
                path,
                get(move || async move {
                    ([(header::CONTENT_TYPE, content_type)], bytes).into_response()
                }),
            )
        })
}

/// Added to every response, API included: the API's JSON must not be sniffed into HTML either.
pub(crate) async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}
