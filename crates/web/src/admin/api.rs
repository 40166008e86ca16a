//! The administration API under `/api/v1/admin`.

use super::service::{self, Decision};
use crate::AppState;
use crate::accounts::api::{UserOut, rfc3339};
use crate::ctx::AdminUser;
use crate::error::AppError;
use crate::organisations::api::OrganisationOut;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::accounts::AccountStatus;
use domain::organisations::ReviewStatus;
use domain::{OrganisationId, UserId};
use serde::{Deserialize, Serialize};
use store::organisations::OrgFilter;
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/users", get(users))
        .route("/admin/users/{id}/{decision}", post(decide_user))
        .route("/admin/organisations", get(organisations))
        .route("/admin/organisations/{id}/{decision}", post(decide_organisation))
        .route("/admin/audit", get(audit))
}

#[derive(Deserialize, IntoParams)]
pub struct StatusParams {
    /// `pending` (default), `approved` or `rejected`.
    pub status: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/admin/users", tag = "admin", params(StatusParams),
    responses((status = 200, body = Vec<UserOut>), (status = 403)), security(("token" = [])))]
pub async fn users(
    State(state): State<AppState>,
    _: AdminUser,
    Query(p): Query<StatusParams>,
) -> Result<Json<Vec<UserOut>>, AppError> {
    let status = AccountStatus::from_str_opt(p.status.as_deref().unwrap_or("pending"))
        .ok_or(AppError::invalid("status", "invalid-choice"))?;
    Ok(Json(state.db.users_by_status(Some(status), 500, 0).await?.iter().map(UserOut::from).collect()))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct DecisionBody {
    /// Optional reason, sent to the people concerned and kept in the audit log.
    #[serde(default)]
    pub note: String,
}

#[utoipa::path(post, path = "/api/v1/admin/users/{id}/{decision}", tag = "admin",
    params(("id" = i64, Path), ("decision" = String, Path, description = "`approve` or `reject`")), request_body = DecisionBody,
    responses((status = 204), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn decide_user(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Path((id, decision)): Path<(i64, String)>,
    body: Option<Json<DecisionBody>>,
) -> Result<StatusCode, AppError> {
    let note = body.map(|b| b.0.note).unwrap_or_default();
    service::decide_user(&state, &admin, UserId(id), Decision::parse(&decision)?, &note).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/admin/organisations", tag = "admin", params(StatusParams),
    responses((status = 200, body = Vec<OrganisationOut>), (status = 403)), security(("token" = [])))]
pub async fn organisations(
    State(state): State<AppState>,
    _: AdminUser,
    Query(p): Query<StatusParams>,
) -> Result<Json<Vec<OrganisationOut>>, AppError> {
    let status = ReviewStatus::from_str_opt(p.status.as_deref().unwrap_or("pending"))
        .ok_or(AppError::invalid("status", "invalid-choice"))?;
    let (orgs, _) = state.db.organisations(&OrgFilter { status: Some(status), ..Default::default() }, 500, 0).await?;
    Ok(Json(orgs.into_iter().map(Into::into).collect()))
}

#[utoipa::path(post, path = "/api/v1/admin/organisations/{id}/{decision}", tag = "admin",
    params(("id" = i64, Path), ("decision" = String, Path, description = "`approve` or `reject`")), request_body = DecisionBody,
    responses((status = 204), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn decide_organisation(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Path((id, decision)): Path<(i64, String)>,
    body: Option<Json<DecisionBody>>,
) -> Result<StatusCode, AppError> {
    let note = body.map(|b| b.0.note).unwrap_or_default();
    service::decide_organisation(&state, &admin, OrganisationId(id), Decision::parse(&decision)?, &note).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, IntoParams)]
pub struct AuditParams {
    /// An action such as `organisation.approved`.
    pub action: Option<String>,
    /// Id of the user who acted.
    pub actor: Option<String>,
    /// `user` or `organisation`.
    pub target: Option<String>,
    /// First day, `YYYY-MM-DD` (UTC).
    pub since: Option<String>,
    /// Last day, `YYYY-MM-DD` (UTC), included.
    pub until: Option<String>,
    pub page: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct AuditOut {
    pub id: i64,
    pub at: String,
    pub actor_id: Option<i64>,
    pub actor_name: String,
    pub action: String,
    pub target_type: String,
    pub target_id: Option<i64>,
    pub target_label: String,
    pub detail: String,
}

impl From<store::admin::AuditEntry> for AuditOut {
    fn from(e: store::admin::AuditEntry) -> Self {
        Self {
            id: e.id.0,
            at: rfc3339(e.at),
            actor_id: e.actor_id.map(|a| a.0),
            actor_name: e.actor_name,
            action: e.action,
            target_type: e.target_type,
            target_id: e.target_id,
            target_label: e.target_label,
            detail: e.detail,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct AuditPage {
    pub items: Vec<AuditOut>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

#[utoipa::path(get, path = "/api/v1/admin/audit", tag = "admin", params(AuditParams),
    responses((status = 200, body = AuditPage), (status = 403), (status = 422)), security(("token" = [])))]
pub async fn audit(
    State(state): State<AppState>,
    _: AdminUser,
    Query(p): Query<AuditParams>,
) -> Result<Json<AuditPage>, AppError> {
    let s = |o: &Option<String>| o.clone().unwrap_or_default();
    let f = service::audit_filter(&s(&p.action), &s(&p.actor), &s(&p.target), &s(&p.since), &s(&p.until))?;
    let page = domain::paging::Page::new(p.page, 100);
    let (entries, total) = state.db.audit_entries(&f, page.per_page, page.offset()).await?;
    let items = entries.into_iter().map(AuditOut::from).collect();
    Ok(Json(AuditPage { items, total, page: page.number, per_page: page.per_page }))
}
