//! HTTP as clients and caches expect it, for every response:
//!
//! - a path with a trailing slash redirects (308) to the same path without it;
//! - a request that carries credentials (session cookie or API token), and every page that
//!   holds a secret in its address (reset and confirmation links), is answered `no-store`:
//!   what it shows is personal and no cache may keep it;
//! - any other successful `GET` gets a weak `ETag` from its body, and a request whose
//!   `If-None-Match` names it gets `304 Not Modified` without the body.
//!
//! Compression (br, gzip) is `tower_http`'s layer, outside this one.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Bodies larger than this are sent without an `ETag` rather than held in memory.
const MAX_TAGGED: usize = 4 * 1024 * 1024;

/// Pages whose address or content is a secret of one person, even without a session.
fn holds_a_secret(path: &str) -> bool {
    ["/account", "/password/reset", "/me", "/invitations"]
        .iter()
        .any(|p| path.strip_prefix(p).is_some_and(|rest| rest.is_empty() || rest.starts_with('/')))
        || path.starts_with("/api/v1/me")
        || path.starts_with("/api/v1/account")
        || path.starts_with("/api/v1/invitations")
}

fn carries_credentials(h: &HeaderMap, session_cookie: &str) -> bool {
    h.contains_key(header::AUTHORIZATION)
        || h.get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|c| c.split(';').any(|kv| kv.trim().split('=').next() == Some(session_cookie)))
}

/// Where a path with trailing slashes belongs: without them, and never `//host`.
pub fn without_trailing_slash(path: &str) -> Option<String> {
    if path.len() <= 1 || !path.ends_with('/') {
        return None;
    }
    let trimmed = path.trim_end_matches('/');
    // Leading slashes collapse to one, so the Location can never name another host.
    Some(format!("/{}", trimmed.trim_start_matches('/')))
}

pub async fn layer(
    axum::extract::State(state): axum::extract::State<crate::AppState>,
    req: Request,
    next: Next,
) -> Response {
    if let Some(to) = without_trailing_slash(req.uri().path()) {
        let to = match req.uri().query() {
            Some(q) => format!("{to}?{q}"),
            None => to,
        };
        let mut r = StatusCode::PERMANENT_REDIRECT.into_response();
        if let Ok(v) = HeaderValue::from_str(&to) {
            r.headers_mut().insert(header::LOCATION, v);
        }
        return r;
    }
    let session_cookie = crate::ctx::SESSION.name(state.config.secure_cookies());
    let personal = carries_credentials(req.headers(), session_cookie) || holds_a_secret(req.uri().path());
    let cacheable = matches!(*req.method(), Method::GET | Method::HEAD) && !personal;
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();
    let mut resp = next.run(req).await;
    if personal {
        resp.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return resp;
    }
    let no_store = resp.headers().get(header::CACHE_CONTROL).is_some_and(|v| v.as_bytes().starts_with(b"no-store"));
    if !cacheable || resp.status() != StatusCode::OK || no_store {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_TAGGED).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "response too large to tag").into_response();
    };
    // A validator, not a secret: CRC-32 and length are enough to tell versions of one
    // URL apart, and cost a fraction of a cryptographic hash on every page.
    let tag = format!("W/\"{:x}-{:08x}\"", bytes.len(), crc32fast::hash(&bytes));
    let tag_value = HeaderValue::from_str(&tag).expect("hex is a valid header value");
    let matches = if_none_match
        .as_ref()
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    parts.headers.insert(header::ETAG, tag_value);
    if matches {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.headers.remove(header::CONTENT_TYPE);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_slashes_go_home_never_elsewhere() {
        assert_eq!(without_trailing_slash("/"), None);
        assert_eq!(without_trailing_slash("/organisations"), None);
        assert_eq!(without_trailing_slash("/organisations/").as_deref(), Some("/organisations"));
        assert_eq!(without_trailing_slash("/a/b//").as_deref(), Some("/a/b"));
        assert_eq!(without_trailing_slash("//evil.example/").as_deref(), Some("/evil.example"));
        assert_eq!(without_trailing_slash("///").as_deref(), Some("/"));
    }
}
