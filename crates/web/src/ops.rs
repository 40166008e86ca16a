//! Operations: liveness, readiness (the database answers) and Prometheus metrics.

use crate::AppState;
use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::json;

pub fn router() -> Router<AppState> {
    Router::new().route("/healthz", get(healthz)).route("/readyz", get(readyz)).route("/metrics", get(metrics))
}

async fn healthz() -> Response {
    Json(json!({"status": "ok"})).into_response()
}

async fn readyz(State(state): State<AppState>) -> Response {
    if state.db.ping().await {
        Json(json!({"status": "ok", "database": "ok"})).into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, Json(json!({"status": "unavailable", "database": "unreachable"})))
            .into_response()
    }
}

async fn metrics(State(state): State<AppState>) -> Response {
    let mut body = state.metrics.render();
    if let Ok(c) = state.db.job_counts(store::now()).await {
        body.push_str(&format!(
            "# HELP iptf_jobs_queued Jobs not done yet.\n# TYPE iptf_jobs_queued gauge\niptf_jobs_queued{{state=\"due\"}} {}\niptf_jobs_queued{{state=\"retry\"}} {}\n",
            c.due, c.waiting_retry
        ));
    }
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    r
}
