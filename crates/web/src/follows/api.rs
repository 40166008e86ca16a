//! Follows and the dashboard under `/api/v1/me`.

use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::AuthUser;
use crate::error::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, put};
use axum::{Json, Router};
use serde::Serialize;
use utoipa::ToSchema;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/me/follows", get(follows))
        .route("/me/follows/{kind}/{key}", put(follow).delete(unfollow))
        .route("/me/dashboard", get(dashboard))
}

#[derive(Serialize, ToSchema)]
pub struct FollowOut {
    /// `initiative`, `organisation`, `group` or `topic`.
    pub kind: String,
    /// The id, or the topic's code.
    pub key: String,
    pub name: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/me/follows", tag = "accounts",
    responses((status = 200, body = Vec<FollowOut>)), security(("token" = [])))]
pub async fn follows(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
) -> Result<Json<Vec<FollowOut>>, AppError> {
    Ok(Json(
        state
            .db
            .follows(user.id)
            .await?
            .into_iter()
            .map(|f| FollowOut { kind: f.kind, key: f.key, name: f.name })
            .collect(),
    ))
}

/// Follows an initiative, an (approved) organisation, a working group or a topic.
#[utoipa::path(put, path = "/api/v1/me/follows/{kind}/{key}", tag = "accounts",
    params(("kind" = String, Path, description = "initiative, organisation, group or topic"),
           ("key" = String, Path, description = "the id, or the topic's code")),
    responses((status = 204), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn follow(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((kind, key)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    super::set(&state, &user, &super::parse(&kind, &key)?, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/me/follows/{kind}/{key}", tag = "accounts",
    params(("kind" = String, Path), ("key" = String, Path)),
    responses((status = 204), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn unfollow(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((kind, key)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    super::set(&state, &user, &super::parse(&kind, &key)?, false).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ActivityOut {
    /// `initiative-updated`, `initiative-joined`, `organisation-approved`, `organisation-updated`,
    /// `group-created`, `thread-started` or `reply-posted`.
    pub kind: String,
    /// Who did it ("former member" once their account is erased; empty for the hub).
    pub actor: Option<String>,
    pub subject_kind: String,
    pub title: String,
    /// The page it happened on, relative to the hub.
    pub link: String,
    pub at: String,
}

/// The newest activity of what one follows, newest first (50 at most).
#[utoipa::path(get, path = "/api/v1/me/dashboard", tag = "accounts",
    responses((status = 200, body = Vec<ActivityOut>)), security(("token" = [])))]
pub async fn dashboard(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
) -> Result<Json<Vec<ActivityOut>>, AppError> {
    Ok(Json(
        state
            .db
            .dashboard(user.id, 50)
            .await?
            .into_iter()
            .map(|a| ActivityOut {
                kind: a.kind.map(|k| k.as_str()).unwrap_or("unknown").into(),
                actor: a.actor_name,
                subject_kind: a.subject_kind,
                title: a.title,
                link: a.link,
                at: rfc3339(a.at),
            })
            .collect(),
    ))
}
