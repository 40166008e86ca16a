//! The member initiatives API under `/api/v1`.

use super::service::{self, Filter};
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::{AdminUser, AuthUser};
use crate::error::AppError;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get};
use axum::{Json, Router};
use domain::initiatives::{InitiativeInput, Reach};
use domain::{InitiativeId, UserId};
use serde::{Deserialize, Serialize};
use store::initiatives::Initiative;
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/initiatives", get(list).post(create))
        .route("/initiatives/reach", get(reach))
        .route("/initiatives/{id}", get(show).put(update))
        .route("/initiatives/{id}/logo", axum::routing::put(set_logo).delete(remove_logo))
        .route("/initiatives/{id}/history", get(history))
        .route("/initiatives/{id}/editors", get(editors).post(add_editor))
        .route("/initiatives/{id}/editors/{user_id}", delete(remove_editor))
}

/// The size of networks: newsletter subscribers, social followers, partners (absent when
/// not known).
#[derive(Serialize, ToSchema)]
pub struct ReachOut {
    pub newsletter: Option<i64>,
    pub social: Option<i64>,
    pub partners: Option<i64>,
}

impl From<Reach> for ReachOut {
    fn from(r: Reach) -> Self {
        Self { newsletter: r.newsletter, social: r.social, partners: r.partners }
    }
}

#[derive(Serialize, ToSchema)]
pub struct InitiativeOut {
    pub id: i64,
    pub acronym: String,
    pub name: String,
    pub summary: String,
    /// The description as sanitised HTML (its Markdown source is `description_markdown`).
    pub description_html: String,
    pub description_markdown: String,
    pub focus_areas: Vec<String>,
    /// eForms main-activity codes.
    pub sectors: Vec<String>,
    /// Curriculum topics: `guiding-principles`, `legal-procedures`, `market-consultation`, `pcp`,
    /// `competitive-dialogue`, `negotiation`, `innovation-partnership`, `legal-questions`, `risk-assessment`.
    pub topics: Vec<String>,
    /// The EU countries where it works (ISO 3166 alpha-2).
    pub countries: Vec<String>,
    /// eForms eu-programme code.
    pub programme: Option<String>,
    /// `YYYY-MM-DD`.
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub website: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    /// `founding`, `member` or `former`.
    pub membership: String,
    pub reach: ReachOut,
    /// Address of its logo, if it has one.
    pub logo_url: Option<String>,
    pub updated_at: Option<String>,
}

impl From<Initiative> for InitiativeOut {
    fn from(i: Initiative) -> Self {
        Self {
            id: i.id.0,
            acronym: i.acronym,
            name: i.name,
            summary: i.summary,
            description_html: i.description_html,
            description_markdown: i.description_md,
            focus_areas: i.focus_areas,
            sectors: i.sectors,
            topics: i.topics,
            countries: i.countries,
            programme: i.programme,
            starts_on: i.starts_on,
            ends_on: i.ends_on,
            website: i.website,
            contact_name: i.contact_name,
            contact_email: i.contact_email,
            membership: i.membership.as_str().into(),
            reach: i.reach.into(),
            logo_url: i.logo.as_deref().map(crate::media::url),
            updated_at: (i.updated_at > 0).then(|| rfc3339(i.updated_at)),
        }
    }
}

#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// `founding`, `member` or `former`.
    pub status: Option<String>,
    /// A curriculum topic.
    pub topic: Option<String>,
    /// An eForms main-activity code.
    pub sector: Option<String>,
    /// Part of the acronym or name; case and accents are ignored.
    pub q: Option<String>,
}

impl ListParams {
    fn filter(&self) -> Result<Filter, AppError> {
        let s = |o: &Option<String>| o.clone().unwrap_or_default();
        Ok(Filter::parse(&s(&self.status), &s(&self.topic), &s(&self.sector), &s(&self.q))?)
    }
}

/// The member initiatives (founding members first, then members, then former members).
#[utoipa::path(get, path = "/api/v1/initiatives", tag = "community", params(ListParams),
    responses((status = 200, body = Vec<InitiativeOut>), (status = 422)))]
pub async fn list(
    State(state): State<AppState>,
    Query(p): Query<ListParams>,
) -> Result<Json<Vec<InitiativeOut>>, AppError> {
    let (list, _) = service::list(&state, &p.filter()?).await?;
    Ok(Json(list.into_iter().map(Into::into).collect()))
}

/// What the current members matching the filters reach together.
#[utoipa::path(get, path = "/api/v1/initiatives/reach", tag = "community", params(ListParams),
    responses((status = 200, body = ReachOut), (status = 422)))]
pub async fn reach(State(state): State<AppState>, Query(p): Query<ListParams>) -> Result<Json<ReachOut>, AppError> {
    Ok(Json(service::list(&state, &p.filter()?).await?.1.into()))
}

#[utoipa::path(get, path = "/api/v1/initiatives/{id}", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = InitiativeOut), (status = 404)))]
pub async fn show(State(state): State<AppState>, Path(id): Path<i64>) -> Result<Json<InitiativeOut>, AppError> {
    Ok(Json(state.db.initiative(InitiativeId(id)).await?.into()))
}

/// A profile as the API writes it; missing fields are empty.
#[derive(Deserialize, ToSchema, Default)]
pub struct InitiativeBody {
    #[serde(default)]
    #[schema(required = true)]
    pub acronym: String,
    #[serde(default)]
    #[schema(required = true)]
    pub name: String,
    #[serde(default)]
    #[schema(required = true)]
    pub summary: String,
    /// Markdown; links get `rel="nofollow ugc"`, anything active is removed.
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub focus_areas: Vec<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    /// The EU countries where it works (ISO 3166 alpha-2).
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub programme: Option<String>,
    #[serde(default)]
    pub starts_on: Option<String>,
    #[serde(default)]
    pub ends_on: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub contact_name: Option<String>,
    #[serde(default)]
    pub contact_email: Option<String>,
    /// `founding`, `member` (default) or `former`; only administrators change it.
    #[serde(default)]
    pub membership: Option<String>,
    #[serde(default)]
    pub reach_newsletter: Option<i64>,
    #[serde(default)]
    pub reach_social: Option<i64>,
    #[serde(default)]
    pub reach_partners: Option<i64>,
}

impl From<InitiativeBody> for InitiativeInput {
    fn from(b: InitiativeBody) -> Self {
        let n = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
        Self {
            acronym: b.acronym,
            name: b.name,
            summary: b.summary,
            description: b.description,
            focus_areas: b.focus_areas.join("\n"),
            sectors: b.sectors,
            topics: b.topics,
            countries: b.countries,
            programme: b.programme.unwrap_or_default(),
            starts_on: b.starts_on.unwrap_or_default(),
            ends_on: b.ends_on.unwrap_or_default(),
            website: b.website.unwrap_or_default(),
            contact_name: b.contact_name.unwrap_or_default(),
            contact_email: b.contact_email.unwrap_or_default(),
            status: b.membership.unwrap_or_default(),
            reach_newsletter: n(b.reach_newsletter),
            reach_social: n(b.reach_social),
            reach_partners: n(b.reach_partners),
        }
    }
}

/// Adds a member initiative (administrators).
#[utoipa::path(post, path = "/api/v1/initiatives", tag = "community", request_body = InitiativeBody,
    responses((status = 201, body = InitiativeOut), (status = 403), (status = 422)), security(("token" = [])))]
pub async fn create(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Json(b): Json<InitiativeBody>,
) -> Result<Response, AppError> {
    let id = service::create(&state, &admin, &b.into()).await?;
    Ok((StatusCode::CREATED, Json(InitiativeOut::from(state.db.initiative(id).await?))).into_response())
}

/// Saves the profile (its editors and administrators); the change enters its history.
#[utoipa::path(put, path = "/api/v1/initiatives/{id}", tag = "community", params(("id" = i64, Path)), request_body = InitiativeBody,
    responses((status = 200, body = InitiativeOut), (status = 403), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn update(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<InitiativeBody>,
) -> Result<Json<InitiativeOut>, AppError> {
    service::update(&state, &user, InitiativeId(id), &b.into()).await?;
    Ok(Json(state.db.initiative(InitiativeId(id)).await?.into()))
}

#[derive(Serialize, ToSchema)]
pub struct RevisionOut {
    pub id: i64,
    pub at: String,
    pub by: String,
    /// The fields this change set (all of them for the first version).
    pub changed: Vec<String>,
}

/// The saved changes of the profile, newest first (its editors and administrators).
#[utoipa::path(get, path = "/api/v1/initiatives/{id}/history", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<RevisionOut>), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn history(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<RevisionOut>>, AppError> {
    let (_, revs) = service::history(&state, &user, InitiativeId(id)).await?;
    let out = revs
        .iter()
        .enumerate()
        .map(|(k, r)| RevisionOut {
            id: r.id,
            at: rfc3339(r.at),
            by: r.actor_name.clone(),
            changed: match revs.get(k + 1) {
                Some(older) => {
                    service::changed_fields(&older.profile, &r.profile).into_iter().map(String::from).collect()
                }
                None => vec!["created".into()],
            },
        })
        .collect();
    Ok(Json(out))
}

#[derive(Serialize, ToSchema)]
pub struct EditorOut {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub added_by: String,
    pub since: String,
}

#[utoipa::path(get, path = "/api/v1/initiatives/{id}/editors", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<EditorOut>), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn editors(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<EditorOut>>, AppError> {
    service::history(&state, &user, InitiativeId(id)).await?;
    let list = state.db.initiative_editors(InitiativeId(id)).await?;
    Ok(Json(
        list.into_iter()
            .map(|e| EditorOut {
                user_id: e.user_id.0,
                name: e.name,
                email: e.email,
                added_by: e.added_by,
                since: rfc3339(e.since),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct EditorBody {
    /// The address of the person's account.
    #[serde(default)]
    #[schema(required = true)]
    pub email: String,
}

/// Names an editor (administrators and editors); they are told by e-mail.
#[utoipa::path(post, path = "/api/v1/initiatives/{id}/editors", tag = "community", params(("id" = i64, Path)),
    request_body = EditorBody,
    responses((status = 201, body = EditorOut), (status = 403), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn add_editor(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<EditorBody>,
) -> Result<Response, AppError> {
    let person = service::add_editor(&state, &user, InitiativeId(id), &b.email).await?;
    let e = state
        .db
        .initiative_editors(InitiativeId(id))
        .await?
        .into_iter()
        .find(|e| e.user_id == person)
        .ok_or(AppError::NotFound)?;
    let out =
        EditorOut { user_id: e.user_id.0, name: e.name, email: e.email, added_by: e.added_by, since: rfc3339(e.since) };
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

#[utoipa::path(delete, path = "/api/v1/initiatives/{id}/editors/{user_id}", tag = "community",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn remove_editor(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, editor)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    service::remove_editor(&state, &user, InitiativeId(id), UserId(editor)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sets the logo (editors and administrators): the body is the image (PNG, JPEG or WebP,
/// at most 2 MB and 2000 × 2000 pixels; the content decides, it is decoded and re-encoded).
#[utoipa::path(put, path = "/api/v1/initiatives/{id}/logo", tag = "community", params(("id" = i64, Path)),
    request_body(content((crate::api_common::ImageFile = "image/png"), (crate::api_common::ImageFile = "image/jpeg"), (crate::api_common::ImageFile = "image/webp"))),
    responses((status = 200, body = InitiativeOut), (status = 403), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn set_logo(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    req: axum::extract::Request,
) -> Result<Json<InitiativeOut>, AppError> {
    let bytes = crate::media::api_body(req).await?;
    service::set_logo(&state, &user, InitiativeId(id), Some(&bytes)).await?;
    Ok(Json(state.db.initiative(InitiativeId(id)).await?.into()))
}

#[utoipa::path(delete, path = "/api/v1/initiatives/{id}/logo", tag = "community", params(("id" = i64, Path)),
    responses((status = 204), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn remove_logo(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::set_logo(&state, &user, InitiativeId(id), None).await?;
    Ok(StatusCode::NO_CONTENT)
}
