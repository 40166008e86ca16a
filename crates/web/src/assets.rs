//! The static assets of the layout (stylesheet, script, icon) and `robots.txt`. They are the
//! same for everyone: no cookie, long caching, an `ETag` (from `web::conditional`).

use crate::AppState;
use crate::error::AppError;
use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::sync::LazyLock;

const CSS: &str = include_str!("../static/style.css");
const FAVICON: &str = include_str!("../static/favicon.svg");
const JS: &str = include_str!("../static/app.js");

/// The stylesheet's URL carries a hash of its content, so it can be cached for ever.
pub static CSS_NAME: LazyLock<String> = LazyLock::new(|| format!("style.{}.css", &store::secret::hash(CSS)[..12]));
pub static CSS_PATH: LazyLock<String> = LazyLock::new(|| format!("/static/{}", *CSS_NAME));
/// The script (progressive enhancement only), under a content hash like the stylesheet.
pub static JS_NAME: LazyLock<String> = LazyLock::new(|| format!("app.{}.js", &store::secret::hash(JS)[..12]));
pub static JS_PATH: LazyLock<String> = LazyLock::new(|| format!("/static/{}", *JS_NAME));

/// Paths whose answers are the same for everyone: no visitor cookie is set on them.
pub fn is_static(path: &str) -> bool {
    path.starts_with("/static/") || path == "/favicon.ico" || path == "/robots.txt"
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/static/{file}", get(asset))
        .route("/favicon.ico", get(favicon))
        .route("/robots.txt", get(|| async { "User-agent: *\nDisallow: /admin\nDisallow: /account\n" }))
}

async fn asset(Path(file): Path<String>) -> Result<Response, AppError> {
    let (body, kind) = if file == *CSS_NAME {
        (CSS, "text/css; charset=utf-8")
    } else if file == *JS_NAME {
        (JS, "text/javascript; charset=utf-8")
    } else {
        return Err(AppError::NotFound);
    };
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    Ok(r)
}

async fn favicon() -> Response {
    let mut r = FAVICON.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("image/svg+xml"));
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=86400"));
    r
}
