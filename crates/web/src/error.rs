//! One error type at the HTTP boundary, built from outcomes, and the one place that
//! renders it: an HTML page for people, `application/problem+json` (RFC 9457) under
//! `/api/`. Internal details are logged, never sent.

use crate::ctx::Ctx;
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use domain::{FieldError, FieldErrors};
use serde_json::json;
use std::sync::Arc;

#[derive(Debug, Clone, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("sign-in required")]
    Unauthorized,
    #[error("invalid or revoked API token")]
    BadToken,
    #[error("conflict")]
    Conflict(FieldError),
    #[error("invalid input")]
    Unprocessable(FieldErrors),
    #[error("too many attempts")]
    TooManyRequests,
    #[error("cross-site request refused")]
    CsrfFailed,
    #[error("read-only API token")]
    ReadOnlyToken,
    #[error("temporarily unavailable")]
    Unavailable,
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Forbidden | Self::CsrfFailed | Self::ReadOnlyToken => StatusCode::FORBIDDEN,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unauthorized | Self::BadToken => StatusCode::UNAUTHORIZED,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
    fn key(&self) -> &'static str {
        match self {
            Self::NotFound => "not-found",
            Self::Forbidden => "forbidden",
            Self::Unauthorized => "unauthorized",
            Self::BadToken => "bad-token",
            Self::Conflict(_) => "conflict",
            Self::Unprocessable(_) => "unprocessable",
            Self::TooManyRequests => "too-many-requests",
            Self::CsrfFailed => "csrf",
            Self::ReadOnlyToken => "read-only-token",
            Self::Unavailable => "unavailable",
            Self::Internal(_) => "internal",
        }
    }
    pub fn invalid(field: &'static str, code: &'static str) -> Self {
        Self::Unprocessable(FieldError::new(field, code).into())
    }
}

impl From<store::StoreError> for AppError {
    fn from(e: store::StoreError) -> Self {
        match e {
            store::StoreError::NotFound => Self::NotFound,
            store::StoreError::Conflict(field) => Self::Conflict(FieldError::new(field, "taken")),
            store::StoreError::Db(e) => Self::Internal(e.to_string()),
        }
    }
}

impl From<FieldErrors> for AppError {
    fn from(e: FieldErrors) -> Self {
        Self::Unprocessable(e)
    }
}

/// Carried by an error response until [`render`] gives it a body.
#[derive(Clone)]
struct Marker(Arc<AppError>);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let Self::Internal(detail) = &self {
            tracing::error!(%detail, "internal error");
        }
        let mut r = self.status().into_response();
        r.extensions_mut().insert(Marker(Arc::new(self)));
        r
    }
}

pub async fn not_found() -> AppError {
    AppError::NotFound
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    c: Chrome,
    title: String,
    message: String,
}

fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
}

/// Gives every error response its body, by who asked.
pub async fn render(req: Request, next: Next) -> Response {
    // Kept for the error case only; both clones share the request's buffers.
    let uri = req.uri().clone();
    let accept_language = req.headers().get(header::ACCEPT_LANGUAGE).cloned();
    let resp = next.run(req).await;
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    // The context comes back on the response; a request refused before it was built
    // (an invalid API token) gets a plain one.
    let ctx = resp.extensions().get::<Ctx>().cloned().unwrap_or_else(|| Ctx {
        user: None,
        token_scope: None,
        lang: accept_language
            .as_ref()
            .and_then(|v| v.to_str().ok())
            .and_then(domain::accounts::Language::negotiate)
            .unwrap_or_default(),
        csrf: String::new(),
        session_hash: None,
        ip: std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
        flash: None,
        path: uri.path().to_owned(),
    });
    // The cookies the request context set (a fresh anonymous id, a cleared session) must
    // survive the error page that replaces the response.
    let cookies: Vec<HeaderValue> = resp.headers().get_all(header::SET_COOKIE).iter().cloned().collect();
    let mut out = render_error(resp, ctx, uri, status).await;
    if !out.headers().contains_key(header::SET_COOKIE) {
        for c in cookies {
            out.headers_mut().append(header::SET_COOKIE, c);
        }
    }
    out
}

async fn render_error(resp: Response, ctx: Ctx, uri: axum::http::Uri, status: StatusCode) -> Response {
    let marker = resp.extensions().get::<Marker>().cloned();
    let tr = ctx.tr();
    let err = match marker {
        Some(Marker(e)) => e,
        None => {
            // A rejection from axum or tower (bad JSON, wrong method, body too large):
            // keep its status and its text, which describes the request, not the server.
            let is_html =
                resp.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
            if is_html {
                return resp;
            }
            let body = axum::body::to_bytes(resp.into_body(), 64 * 1024).await.unwrap_or_default();
            let detail = String::from_utf8_lossy(&body).into_owned();
            return plain_error(&ctx, status, detail);
        }
    };
    if matches!(*err, AppError::Unauthorized) && !is_api(&ctx.path) {
        let next = match uri.query() {
            Some(q) => format!("{}?{}", ctx.path, q),
            None => ctx.path.clone(),
        };
        let target = format!("/sign-in?next={}", urlencode(&next));
        return Redirect::to(&target).into_response();
    }
    let title = tr.t(&format!("http-{}-title", err.key()));
    let detail = tr.t(&format!("http-{}-detail", err.key()));
    if is_api(&ctx.path) {
        let mut body = json!({
            "type": format!("https://iptf.eu/problems/{}", err.key()),
            "title": title,
            "status": status.as_u16(),
            "detail": detail,
            "instance": ctx.path,
        });
        let fields: Vec<&FieldError> = match &*err {
            AppError::Unprocessable(errs) => errs.0.iter().collect(),
            AppError::Conflict(e) => vec![e],
            _ => vec![],
        };
        if !fields.is_empty() {
            body["errors"] =
                fields.iter().map(|e| json!({"field": e.field, "code": e.code, "detail": tr.field_error(e)})).collect();
        }
        return problem(status, body);
    }
    let message = match &*err {
        AppError::Unprocessable(errs) => errs.0.iter().map(|e| tr.field_error(e)).collect::<Vec<_>>().join(" "),
        AppError::Conflict(e) => tr.field_error(e),
        _ => detail,
    };
    let page = ErrorPage { c: Chrome::new(&ctx, title.clone()), title, message };
    page::render_status(&page, status)
}

/// An error that axum or tower produced before a handler ran (unparseable JSON, an id
/// that is not a number, a wrong content type, a body too large, a timeout), in the
/// caller's language like every other error. The parser's own words (English, about the
/// request) go along in `reason`.
fn plain_error(ctx: &Ctx, status: StatusCode, reason: String) -> Response {
    let tr = ctx.tr();
    let key = match status {
        StatusCode::NOT_FOUND => "not-found",
        StatusCode::PAYLOAD_TOO_LARGE => "too-large",
        StatusCode::METHOD_NOT_ALLOWED => "method",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported-media",
        StatusCode::REQUEST_TIMEOUT | StatusCode::SERVICE_UNAVAILABLE => "timeout",
        _ if reason.starts_with("Invalid URL") => "bad-path",
        _ if reason.contains("query string") => "bad-query",
        _ if reason.contains("JSON") => "bad-json",
        _ => "bad-request",
    };
    let title = tr.t(&format!("http-{key}-title"));
    let detail = tr.t(&format!("http-{key}-detail"));
    if is_api(&ctx.path) {
        let mut body = json!({
            "type": format!("https://iptf.eu/problems/{key}"),
            "title": title,
            "status": status.as_u16(),
            "detail": detail,
            "instance": ctx.path,
        });
        if !reason.is_empty() {
            body["reason"] = json!(reason);
        }
        return problem(status, body);
    }
    let page = ErrorPage { c: Chrome::new(ctx, title.clone()), title, message: detail };
    page::render_status(&page, status)
}

fn problem(status: StatusCode, body: serde_json::Value) -> Response {
    let mut r = (status, body.to_string()).into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    r
}

pub fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)]).map(|e| e[1..].to_owned()).unwrap_or_default()
}
