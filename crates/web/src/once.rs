//! Requests that must happen once even when sent twice: every form carries a one-time
//! token (`once`), and API clients may send an `Idempotency-Key`. The first request with a
//! token claims it (`store::submissions`); a repeat (a double click on a slow connection,
//! a client retrying after a lost answer) waits for the first and gets its answer: the
//! same redirect for a form, the same status and body for the API. A request that failed
//! gives its token up, so it can be sent again.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use domain::FieldError;
use std::time::Duration;
use store::submissions::{Answer, Claim};

/// How long a repeat waits for the first request before saying it is still running.
const WAIT: Duration = Duration::from_secs(15);
const POLL: Duration = Duration::from_millis(100);
/// Largest API answer kept for replays.
const MAX_KEPT: usize = 1024 * 1024;

/// A fresh one-time token for a form.
pub fn token() -> String {
    store::secret::random_hex()[..32].to_owned()
}

fn valid_token(t: &str) -> bool {
    t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Runs a form submission at most once per token (`once` field). Forms without a token
/// run as they are.
pub async fn form(state: &AppState, ctx: &Ctx, once: &str, run: impl Future<Output = Response>) -> Response {
    if !valid_token(once) {
        return run.await;
    }
    // Bound to the visitor's form key, so nobody can use up someone else's token.
    let key = store::secret::hash(&format!("form:{}:{once}", ctx.csrf));
    match claim_or_wait(state, &key, "").await {
        Ok(None) => {
            let resp = run.await;
            let location = resp.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
            let kept = if resp.status().is_redirection() || resp.status().is_success() {
                state.db.finish_submission(&key, resp.status().as_u16(), location.as_deref(), None).await
            } else {
                state.db.release_submission(&key).await
            };
            if let Err(e) = kept {
                tracing::warn!(error = %e, "cannot record a form submission");
            }
            resp
        }
        Ok(Some(Answer { location: Some(to), .. })) => Redirect::to(&to).into_response(),
        Ok(Some(_)) => AppError::Conflict(FieldError::new("once", "already-sent")).into_response(),
        Err(e) => e.into_response(),
    }
}

/// Claims `key` (`Ok(None)`: go ahead), or waits for the request that holds it and returns
/// its answer. When the holder gave the key up, this request claims it in turn.
async fn claim_or_wait(state: &AppState, key: &str, fingerprint: &str) -> Result<Option<Answer>, AppError> {
    let start = std::time::Instant::now();
    let mut claim = state.db.claim_submission(key, fingerprint, store::now()).await?;
    loop {
        match claim {
            Claim::First => return Ok(None),
            Claim::Done(answer) => return Ok(Some(answer)),
            Claim::Running { .. } if start.elapsed() > WAIT => {
                return Err(AppError::Conflict(FieldError::new("once", "still-running")));
            }
            Claim::Running { .. } => {
                tokio::time::sleep(POLL).await;
                claim = match state.db.submission(key).await? {
                    Some(c) => c,
                    None => state.db.claim_submission(key, fingerprint, store::now()).await?,
                };
            }
        }
    }
}

/// `Idempotency-Key` on the API's writes: a repeat with the same key and the same request
/// gets the first answer (marked `Idempotent-Replayed: true`); the same key with another
/// request is refused (422).
pub async fn api(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let method = req.method().clone();
    if matches!(method, Method::GET | Method::HEAD | Method::OPTIONS) || !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let Some(raw) = req.headers().get("idempotency-key").cloned() else { return next.run(req).await };
    let key = match raw.to_str() {
        Ok(k) if (1..=255).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic()) => k.to_owned(),
        _ => return AppError::invalid("Idempotency-Key", "invalid").into_response(),
    };
    let Some(user) = req.extensions().get::<Ctx>().and_then(|c| c.user.as_ref().map(|u| u.id)) else {
        return AppError::Unauthorized.into_response();
    };
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, state.config.body_limit).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let fingerprint = store::secret::hash(&format!("{method} {} {}", parts.uri, String::from_utf8_lossy(&bytes)));
    let skey = store::secret::hash(&format!("api:{}:{key}", user.0));
    match claim_or_wait(&state, &skey, &fingerprint).await {
        Ok(None) => {}
        Ok(Some(a)) if a.fingerprint != fingerprint => {
            return AppError::invalid("Idempotency-Key", "idempotency-key-reused").into_response();
        }
        Ok(Some(a)) => return replay(a),
        Err(e) => return e.into_response(),
    }
    let resp = next.run(Request::from_parts(parts, Body::from(bytes))).await;
    if !resp.status().is_success() {
        if let Err(e) = state.db.release_submission(&skey).await {
            tracing::warn!(error = %e, "cannot release an idempotency key");
        }
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_KEPT).await else {
        return AppError::Internal("answer too large to keep".into()).into_response();
    };
    let text = String::from_utf8_lossy(&bytes);
    if let Err(e) = state.db.finish_submission(&skey, parts.status.as_u16(), None, Some(&text)).await {
        tracing::warn!(error = %e, "cannot record an idempotent answer");
    }
    Response::from_parts(parts, Body::from(bytes))
}

fn replay(a: Answer) -> Response {
    let status = StatusCode::from_u16(a.status).unwrap_or(StatusCode::OK);
    let body = a.body.unwrap_or_default();
    let mut r = (status, body.clone()).into_response();
    if !body.is_empty() {
        r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    }
    r.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
    r
}
