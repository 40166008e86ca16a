//! Applications to join the task force under `/api/v1`.

use super::service;
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::AuthUser;
use crate::error::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::applications::ApplicationInput;
use serde::{Deserialize, Serialize};
use store::applications::{Note, StoredApplication};
use utoipa::ToSchema;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/applications", get(applications).post(apply))
        .route("/applications/{id}", get(application))
        .route("/applications/{id}/notes", post(add_note))
        .route("/applications/{id}/decision", post(decide))
        .route("/applications/{id}/withdraw", post(withdraw))
}

#[derive(Serialize, ToSchema)]
pub struct NoteOut {
    pub author: String,
    /// The member initiatives the author edits.
    pub initiative: String,
    pub body: String,
    pub endorses: bool,
    pub at: String,
}

#[derive(Serialize, ToSchema)]
pub struct ApplicationOut {
    pub id: i64,
    pub acronym: String,
    pub name: String,
    pub summary: String,
    pub website: Option<String>,
    pub programme: Option<String>,
    pub topics: Vec<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub motivation: String,
    pub contribution: String,
    pub applicant: String,
    /// `submitted`, `in-review`, `accepted`, `declined` or `withdrawn`.
    pub status: String,
    pub endorsements: i64,
    /// The administrator's reason, once decided.
    pub reason: Option<String>,
    pub decided_at: Option<String>,
    /// The member initiative an accepted application became.
    pub initiative_id: Option<i64>,
    pub created_at: String,
    /// Members' comments and endorsements (members' editors and administrators only).
    #[schema(nullable = false)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<Vec<NoteOut>>,
}

fn out(a: StoredApplication, notes: Option<Vec<Note>>) -> ApplicationOut {
    ApplicationOut {
        id: a.id,
        acronym: a.acronym,
        name: a.name,
        summary: a.profile.summary,
        website: a.profile.website,
        programme: a.profile.programme,
        topics: a.profile.topics,
        contact_name: a.profile.contact_name,
        contact_email: a.profile.contact_email,
        motivation: a.motivation,
        contribution: a.contribution,
        applicant: a.applicant_name,
        status: a.status.as_str().into(),
        endorsements: a.endorsements,
        reason: a.reason,
        decided_at: a.decided_at.map(rfc3339),
        initiative_id: a.initiative_id.map(|i| i.0),
        created_at: rfc3339(a.created_at),
        notes: notes.map(|ns| {
            ns.into_iter()
                .map(|n| NoteOut {
                    author: n.author_name,
                    initiative: n.initiative,
                    body: n.body,
                    endorses: n.endorses,
                    at: rfc3339(n.created_at),
                })
                .collect()
        }),
    }
}

async fn full(state: &AppState, user: &store::accounts::User, id: i64) -> Result<ApplicationOut, AppError> {
    let (a, acc) = service::readable(state, user, id).await?;
    let notes = if acc.sees_notes() { Some(state.db.application_notes(id).await?) } else { None };
    Ok(out(a, notes))
}

/// The applications the caller may read: their own, or all for editors of member
/// initiatives and administrators (open ones first).
#[utoipa::path(get, path = "/api/v1/applications", tag = "community",
    responses((status = 200, body = Vec<ApplicationOut>)), security(("token" = [])))]
pub async fn applications(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
) -> Result<Json<Vec<ApplicationOut>>, AppError> {
    let (apps, _) = service::list(&state, &user).await?;
    Ok(Json(apps.into_iter().map(|a| out(a, None)).collect()))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct ApplicationBody {
    #[serde(default)]
    #[schema(required = true)]
    pub acronym: String,
    #[serde(default)]
    #[schema(required = true)]
    pub name: String,
    /// Who they are.
    #[serde(default)]
    #[schema(required = true)]
    pub summary: String,
    #[serde(default)]
    pub website: Option<String>,
    /// eForms eu-programme code.
    #[serde(default)]
    pub programme: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    #[schema(required = true)]
    pub contact_name: String,
    #[serde(default)]
    #[schema(required = true)]
    pub contact_email: String,
    #[serde(default)]
    #[schema(required = true)]
    pub motivation: String,
    /// What they bring to the task force.
    #[serde(default)]
    #[schema(required = true)]
    pub contribution: String,
}

/// Applies to join the task force; the applicant is told by e-mail at each step.
#[utoipa::path(post, path = "/api/v1/applications", tag = "community", request_body = ApplicationBody,
    responses((status = 201, body = ApplicationOut), (status = 422)), security(("token" = [])))]
pub async fn apply(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<ApplicationBody>,
) -> Result<Response, AppError> {
    let input = ApplicationInput {
        acronym: b.acronym,
        name: b.name,
        summary: b.summary,
        website: b.website.unwrap_or_default(),
        programme: b.programme.unwrap_or_default(),
        topics: b.topics,
        contact_name: b.contact_name,
        contact_email: b.contact_email,
        motivation: b.motivation,
        contribution: b.contribution,
    };
    let id = service::submit(&state, &user, &input).await?;
    Ok((StatusCode::CREATED, Json(full(&state, &user, id).await?)).into_response())
}

#[utoipa::path(get, path = "/api/v1/applications/{id}", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = ApplicationOut), (status = 404)), security(("token" = [])))]
pub async fn application(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<ApplicationOut>, AppError> {
    Ok(Json(full(&state, &user, id).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct NoteBody {
    /// The comment; it may be empty when `endorse` is true.
    #[serde(default)]
    #[schema(required = true)]
    pub body: String,
    /// Endorse the application for the member initiatives one edits (once).
    #[serde(default)]
    pub endorse: bool,
}

/// Comments on or endorses an open application (editors of member initiatives;
/// administrators comment).
#[utoipa::path(post, path = "/api/v1/applications/{id}/notes", tag = "community", params(("id" = i64, Path)),
    request_body = NoteBody,
    responses((status = 200, body = ApplicationOut), (status = 403), (status = 404), (status = 409), (status = 422)),
    security(("token" = [])))]
pub async fn add_note(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<NoteBody>,
) -> Result<Json<ApplicationOut>, AppError> {
    service::note(&state, &user, id, &b.body, b.endorse).await?;
    Ok(Json(full(&state, &user, id).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct DecisionBody {
    /// `accept` or `decline`.
    #[serde(default)]
    #[schema(required = true)]
    pub decision: String,
    /// What the applicant reads.
    #[serde(default)]
    #[schema(required = true)]
    pub reason: String,
}

/// Accepts (the initiative becomes a member, the applicant its editor) or declines an open
/// application (administrators).
#[utoipa::path(post, path = "/api/v1/applications/{id}/decision", tag = "community", params(("id" = i64, Path)),
    request_body = DecisionBody,
    responses((status = 200, body = ApplicationOut), (status = 403), (status = 404), (status = 409), (status = 422)),
    security(("token" = [])))]
pub async fn decide(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<DecisionBody>,
) -> Result<Json<ApplicationOut>, AppError> {
    service::decide(&state, &user, id, &b.decision, &b.reason).await?;
    Ok(Json(full(&state, &user, id).await?))
}

/// The applicant takes back an open application.
#[utoipa::path(post, path = "/api/v1/applications/{id}/withdraw", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = ApplicationOut), (status = 403), (status = 404), (status = 409)),
    security(("token" = [])))]
pub async fn withdraw(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<ApplicationOut>, AppError> {
    service::withdraw(&state, &user, id).await?;
    Ok(Json(full(&state, &user, id).await?))
}
