//! Reports and moderation under `/api/v1`.

use super::service;
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::{AdminUser, AuthUser};
use crate::error::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use domain::UserId;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/reports", post(file_report))
        .route("/moderation", get(moderation_queue))
        .route("/moderation/{kind}/{id}", post(moderation_decision))
        .route("/admin/moderators/{user_id}", put(name_moderator).delete(remove_moderator))
}

#[derive(Deserialize, ToSchema)]
pub struct ReportBody {
    /// `profile`, `group`, `thread`, `reply` or `conversation`.
    #[serde(default)]
    #[schema(required = true)]
    pub kind: String,
    #[serde(default)]
    #[schema(required = true)]
    pub id: i64,
    #[serde(default)]
    #[schema(required = true)]
    pub reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct ReportOut {
    /// Whether this report hid the content (it was the third).
    pub hidden: bool,
}

/// Reports content one can see, with a reason. Three distinct people hide it until a
/// moderator reviews it.
#[utoipa::path(post, path = "/api/v1/reports", tag = "community", request_body = ReportBody,
    responses((status = 201, body = ReportOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn file_report(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<ReportBody>,
) -> Result<Response, AppError> {
    let hidden = service::report(&state, &user, &b.kind, b.id, &b.reason).await?;
    Ok((StatusCode::CREATED, Json(ReportOut { hidden })).into_response())
}

#[derive(Serialize, ToSchema)]
pub struct ReasonOut {
    pub reporter: String,
    pub reason: String,
    pub at: String,
}

#[derive(Serialize, ToSchema)]
pub struct CaseOut {
    pub kind: String,
    pub id: i64,
    /// `hidden` or `removed`, when not visible.
    pub state: Option<String>,
    /// Whom the reports are about.
    pub about: Option<String>,
    pub reports: Vec<ReasonOut>,
}

/// Reported content waiting for a decision (moderators and administrators).
#[utoipa::path(get, path = "/api/v1/moderation", tag = "admin",
    responses((status = 200, body = Vec<CaseOut>), (status = 403)), security(("token" = [])))]
pub async fn moderation_queue(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
) -> Result<Json<Vec<CaseOut>>, AppError> {
    if !user.may_moderate() {
        return Err(AppError::Forbidden);
    }
    Ok(Json(
        state
            .db
            .moderation_queue()
            .await?
            .into_iter()
            .map(|c| CaseOut {
                kind: c.kind,
                id: c.id,
                state: c.state,
                about: c.accused.map(|a| a.1),
                reports: c
                    .reasons
                    .into_iter()
                    .map(|(who, why, at)| ReasonOut { reporter: who, reason: why, at: rfc3339(at) })
                    .collect(),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct DecisionBody {
    /// `restore`, `remove`, `warn` (its author) or `suspend` (its author, for `days`).
    #[serde(default)]
    #[schema(required = true)]
    pub action: String,
    /// What the author reads.
    #[serde(default)]
    #[schema(required = true)]
    pub reason: String,
    /// 1 to 365, for `suspend`.
    #[serde(default)]
    pub days: Option<u32>,
}

/// Decides on reported content (moderators and administrators); audited, the author told.
#[utoipa::path(post, path = "/api/v1/moderation/{kind}/{id}", tag = "admin",
    params(("kind" = String, Path), ("id" = i64, Path)), request_body = DecisionBody,
    responses((status = 204), (status = 403), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn moderation_decision(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((kind, id)): Path<(String, i64)>,
    Json(b): Json<DecisionBody>,
) -> Result<StatusCode, AppError> {
    let days = b.days.map(|d| d.to_string()).unwrap_or_default();
    service::decide(&state, &user, &kind, id, &b.action, &b.reason, &days).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Names a moderator (administrators).
#[utoipa::path(put, path = "/api/v1/admin/moderators/{user_id}", tag = "admin", params(("user_id" = i64, Path)),
    responses((status = 204), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn name_moderator(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::set_moderator(&state, &admin, UserId(id), true).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/admin/moderators/{user_id}", tag = "admin", params(("user_id" = i64, Path)),
    responses((status = 204), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn remove_moderator(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::set_moderator(&state, &admin, UserId(id), false).await?;
    Ok(StatusCode::NO_CONTENT)
}
