//! Security headers on every response, and the CSRF check on every unsafe request.
//!
//! A request that changes something must come from our own pages: `Sec-Fetch-Site` (when
//! the browser sends it) must be same-origin, `Origin` (when present) must be ours, and
//! the request must carry the CSRF token of its session — the `csrf` field of a form, or
//! the `X-CSRF-Token` header for scripts. Requests authenticated by an API token carry no
//! ambient credential and are exempt.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::forms::Fields;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
                   connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

pub async fn headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=()"));
    if state.config.secure_cookies() {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    }
    resp
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub async fn csrf(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let Some(ctx) = req.extensions().get::<Ctx>().cloned() else { return next.run(req).await };
    match ctx.token_scope {
        // A read-only token changes nothing.
        Some(domain::accounts::TokenScope::Read) => return AppError::ReadOnlyToken.into_response(),
        Some(domain::accounts::TokenScope::ReadWrite) => return next.run(req).await,
        None => {}
    }
    let h = req.headers();
    if let Some(site) = h.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && site != "same-origin"
        && site != "none"
    {
        return AppError::CsrfFailed.into_response();
    }
    if let Some(origin) = h.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let host = h.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
        let ours = origin == state.config.public_origin()
            || origin.strip_prefix("http://").or_else(|| origin.strip_prefix("https://")) == Some(host);
        if !ours {
            return AppError::CsrfFailed.into_response();
        }
    }
    // An API call that carries no session has no ambient credential to abuse.
    if ctx.path.starts_with("/api/") && ctx.session_hash.is_none() {
        return next.run(req).await;
    }
    if let Some(t) = h.get("x-csrf-token").and_then(|v| v.to_str().ok()) {
        if constant_time_eq(t.as_bytes(), ctx.csrf.as_bytes()) {
            return next.run(req).await;
        }
        return AppError::CsrfFailed.into_response();
    }
    let content_type = h.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let multipart = multer::parse_boundary(&content_type).ok();
    if multipart.is_none() && !content_type.starts_with("application/x-www-form-urlencoded") {
        return AppError::CsrfFailed.into_response();
    }
    let limit = if multipart.is_some() { crate::media::UPLOAD_LIMIT } else { state.config.body_limit };
    let (parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, limit).await {
        Ok(b) => b,
        Err(_) => return axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    };
    let (fields, files) = match multipart {
        Some(boundary) => match crate::media::parse_multipart(boundary, bytes.clone()).await {
            Some(parsed) => parsed,
            None => return AppError::CsrfFailed.into_response(),
        },
        None => match serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes) {
            Ok(pairs) => (Fields(pairs), Vec::new()),
            Err(_) => return AppError::CsrfFailed.into_response(),
        },
    };
    if !constant_time_eq(fields.get("csrf").as_bytes(), ctx.csrf.as_bytes()) {
        return AppError::CsrfFailed.into_response();
    }
    // The handler's `Fields` (and `Files`) extractors take the form parsed here instead
    // of parsing it again.
    let once = fields.get("once");
    let mut req = Request::from_parts(parts, Body::new(http_body_util::Full::new(bytes).map_err(|e| match e {})));
    req.extensions_mut().insert(fields);
    req.extensions_mut().insert(crate::media::Files(files));
    crate::once::form(&state, &ctx, &once, next.run(req)).await
}
