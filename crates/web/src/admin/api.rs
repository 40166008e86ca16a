//! The administration API under `/api/v1/admin`.

use super::service::{self, Decision};
use crate::AppState;
use crate::api_common::{Accepted, AuditOut, OrganisationOut, OrganisationPage, UserOut, rfc3339};
use crate::ctx::AdminUser;
use crate::error::AppError;

use crate::pager::SeekParams;
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
        .route("/admin/organisations/{id}/ask", post(ask_information))
        .route("/admin/reviews", get(reviews))
        .route("/admin/audit", get(audit))
}

/// Rows per page of the administration lists.
const API_PAGE: usize = 100;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatusParams {
    /// `pending` (default), `approved` or `rejected`.
    pub status: Option<String>,
}

/// A page of people, oldest first, with cursors to the pages around it.
#[derive(Serialize, ToSchema)]
pub struct UserPage {
    pub items: Vec<UserOut>,
    pub total: i64,
    /// Pass as `before` for the previous page.
    pub prev: Option<String>,
    /// Pass as `after` for the next page.
    pub next: Option<String>,
}

/// People in a review status (the queue), oldest first.
#[utoipa::path(get, path = "/api/v1/admin/users", tag = "admin", params(StatusParams, SeekParams),
    responses((status = 200, body = UserPage), (status = 403)), security(("token" = [])))]
pub async fn users(
    State(state): State<AppState>,
    _: AdminUser,
    Query(p): Query<StatusParams>,
    Query(seek): Query<SeekParams>,
) -> Result<Json<UserPage>, AppError> {
    let status = AccountStatus::from_str_opt(p.status.as_deref().unwrap_or("pending"))
        .ok_or(AppError::invalid("status", "invalid-choice"))?;
    let slice = state.db.users_by_status(status, &seek.seek()?, API_PAGE).await?;
    Ok(Json(UserPage {
        total: state.db.count_users_by_status(status).await?,
        prev: slice.prev.as_ref().map(|c| c.encode()),
        next: slice.next.as_ref().map(|c| c.encode()),
        items: slice.items.iter().map(UserOut::from).collect(),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct DecisionBody {
    /// Optional reason, sent to the people concerned and kept in the audit log.
    #[serde(default)]
    pub note: String,
    /// Rejecting an organisation: also close the accounts still waiting of the people
    /// who came with it (spam). Without it they may correct it and submit it again.
    #[serde(default)]
    pub close_accounts: bool,
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

/// Organisations in a review status (the queue), by name.
#[utoipa::path(get, path = "/api/v1/admin/organisations", tag = "admin", params(StatusParams, SeekParams),
    responses((status = 200, body = OrganisationPage), (status = 403)), security(("token" = [])))]
pub async fn organisations(
    State(state): State<AppState>,
    _: AdminUser,
    Query(p): Query<StatusParams>,
    Query(seek): Query<SeekParams>,
) -> Result<Json<OrganisationPage>, AppError> {
    let status = ReviewStatus::from_str_opt(p.status.as_deref().unwrap_or("pending"))
        .ok_or(AppError::invalid("status", "invalid-choice"))?;
    let filter = OrgFilter { status: Some(status), ..Default::default() };
    let slice = state.db.organisations(&filter, &seek.seek()?, API_PAGE).await?;
    Ok(Json(OrganisationPage {
        total: state.db.count_organisations(&filter).await?,
        prev: slice.prev.as_ref().map(|c| c.encode()),
        next: slice.next.as_ref().map(|c| c.encode()),
        items: slice.items.iter().cloned().map(Into::into).collect(),
    }))
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
    let b = body.map(|b| b.0).unwrap_or_default();
    let d = Decision::parse(&decision)?;
    service::decide_organisation(&state, &admin, OrganisationId(id), d, &b.note, b.close_accounts).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema, Default)]
pub struct AskBody {
    /// What the owners should tell (at most 2,000 characters).
    #[serde(default)]
    #[schema(required = true)]
    pub message: String,
}

/// Asks the owners of an organisation under review for more information by e-mail.
#[utoipa::path(post, path = "/api/v1/admin/organisations/{id}/ask", tag = "admin", params(("id" = i64, Path)),
    request_body = AskBody,
    responses((status = 202, body = Accepted), (status = 403), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn ask_information(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Path(id): Path<i64>,
    Json(b): Json<AskBody>,
) -> Result<(StatusCode, Json<Accepted>), AppError> {
    service::ask_information(&state, &admin, OrganisationId(id), &b.message).await?;
    Ok((StatusCode::ACCEPTED, Json(Accepted { status: "accepted" })))
}

/// Someone who came with an organisation under review.
#[derive(Serialize, ToSchema)]
pub struct ReviewPersonOut {
    pub id: i64,
    pub name: String,
    pub email: String,
    /// The account's own review status.
    pub status: String,
    pub role: String,
    pub submitter: bool,
    pub registered_at: String,
}

/// Another organisation that may be the same one.
#[derive(Serialize, ToSchema)]
pub struct DuplicateOut {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub status: String,
    /// `name` (same name) or `domain` (same web or e-mail domain).
    pub reason: String,
}

#[derive(Serialize, ToSchema)]
pub struct InformationRequestOut {
    pub at: String,
    pub by: String,
    pub message: String,
}

/// An organisation waiting for review with everything the decision needs.
#[derive(Serialize, ToSchema)]
pub struct ReviewCardOut {
    pub organisation: OrganisationOut,
    pub people: Vec<ReviewPersonOut>,
    pub possible_duplicates: Vec<DuplicateOut>,
    pub information_requested: Option<InformationRequestOut>,
}

#[derive(Serialize, ToSchema)]
pub struct ReviewPage {
    pub items: Vec<ReviewCardOut>,
    pub total: i64,
    pub prev: Option<String>,
    pub next: Option<String>,
}

/// Organisations waiting for review, each with its people and possible duplicates: one
/// decision covers the organisation and the accounts that came with it.
#[utoipa::path(get, path = "/api/v1/admin/reviews", tag = "admin", params(SeekParams),
    responses((status = 200, body = ReviewPage), (status = 403)), security(("token" = [])))]
pub async fn reviews(
    State(state): State<AppState>,
    _: AdminUser,
    Query(seek): Query<SeekParams>,
) -> Result<Json<ReviewPage>, AppError> {
    let filter = OrgFilter { status: Some(ReviewStatus::Pending), ..Default::default() };
    let slice = state.db.organisations(&filter, &seek.seek()?, API_PAGE).await?;
    let mut items = Vec::with_capacity(slice.items.len());
    for o in slice.items.iter() {
        let card = service::review_card(&state, o).await?;
        items.push(ReviewCardOut {
            organisation: o.clone().into(),
            people: card
                .people
                .into_iter()
                .map(|p| ReviewPersonOut {
                    id: p.id.0,
                    name: p.name,
                    email: p.email,
                    status: p.status.as_str().into(),
                    role: p.role.as_str().into(),
                    submitter: p.submitter,
                    registered_at: rfc3339(p.registered_at),
                })
                .collect(),
            possible_duplicates: card
                .duplicates
                .into_iter()
                .map(|d| DuplicateOut {
                    id: d.id.0,
                    name: d.name,
                    country: d.country,
                    status: d.status.as_str().into(),
                    reason: d.reason.into(),
                })
                .collect(),
            information_requested: card.asked.map(|(at, by, message)| InformationRequestOut {
                at: rfc3339(at),
                by,
                message,
            }),
        });
    }
    Ok(Json(ReviewPage {
        total: state.db.count_organisations(&filter).await?,
        prev: slice.prev.as_ref().map(|c| c.encode()),
        next: slice.next.as_ref().map(|c| c.encode()),
        items,
    }))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditParams {
    /// An action such as `organisation.approved`.
    pub action: Option<String>,
    /// Who acted: a name as the log shows it, an e-mail address, or an account number.
    pub actor: Option<String>,
    /// `user` or `organisation`.
    pub target: Option<String>,
    /// First day, `YYYY-MM-DD` (UTC).
    pub since: Option<String>,
    /// Last day, `YYYY-MM-DD` (UTC), included.
    pub until: Option<String>,
}

/// A page of the audit log, newest first, with cursors to the pages around it.
#[derive(Serialize, ToSchema)]
pub struct AuditPage {
    pub items: Vec<AuditOut>,
    pub total: i64,
    /// Pass as `before` for the previous (newer) page.
    pub prev: Option<String>,
    /// Pass as `after` for the next (older) page.
    pub next: Option<String>,
}

/// The audit log, newest first.
#[utoipa::path(get, path = "/api/v1/admin/audit", tag = "admin", params(AuditParams, SeekParams),
    responses((status = 200, body = AuditPage), (status = 403), (status = 422)), security(("token" = [])))]
pub async fn audit(
    State(state): State<AppState>,
    _: AdminUser,
    Query(p): Query<AuditParams>,
    Query(seek): Query<SeekParams>,
) -> Result<Json<AuditPage>, AppError> {
    let s = |o: &Option<String>| o.clone().unwrap_or_default();
    let f =
        service::audit_filter(&state, &s(&p.action), &s(&p.actor), &s(&p.target), &s(&p.since), &s(&p.until)).await?;
    let slice = state.db.audit_entries(&f, &seek.seek()?, API_PAGE).await?;
    Ok(Json(AuditPage {
        total: state.db.count_audit_entries(&f).await?,
        prev: slice.prev.as_ref().map(|c| c.encode()),
        next: slice.next.as_ref().map(|c| c.encode()),
        items: slice.items.into_iter().map(AuditOut::from).collect(),
    }))
}
