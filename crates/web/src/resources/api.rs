//! Knowledge resources under `/api/v1`.

use super::service;
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use axum::{Json, Router};
use domain::resources::ResourceInput;
use serde::{Deserialize, Serialize};
use store::resources::Resource;
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/resources", get(resources).post(create_resource))
        .route("/resources/{id}", get(resource).put(update_resource).delete(delete_resource))
        .route("/resources/{id}/state", put(set_resource_state))
        .route("/resources/{id}/history", get(resource_history))
        .route("/resources/{id}/translations", get(resource_translations))
        .route("/resources/{id}/files", get(resource_files).post(attach_file))
        .route("/resources/{id}/files/{file}", get(download_file).delete(remove_file))
}

#[derive(Serialize, ToSchema)]
pub struct ResourceOut {
    pub id: i64,
    /// `initiative:ID` or `organisation:ID`.
    pub publisher: String,
    pub publisher_name: String,
    /// `article`, `guide`, `toolkit`, `case-study`, `template`, `training`, `recording`,
    /// `policy`, `report` or `faq`.
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub body_html: String,
    pub body_markdown: String,
    pub link: Option<String>,
    /// eForms language code.
    pub language: String,
    pub topics: Vec<String>,
    pub sectors: Vec<String>,
    pub audiences: Vec<String>,
    pub procedures: Vec<String>,
    pub countries: Vec<String>,
    pub cpv: Vec<String>,
    /// `draft`, `published` or `archived`.
    pub state: String,
    pub published_at: Option<String>,
    pub updated_at: String,
    /// Shared by a resource and its translations (absent: it has none).
    pub translation_group: Option<i64>,
    /// A case study's outcome.
    pub case_study: Option<CaseStudyOut>,
}

#[derive(Serialize, Deserialize, ToSchema, Default, Clone)]
pub struct CaseStudyOut {
    #[serde(default)]
    #[schema(required = true)]
    pub buyer: String,
    /// ISO 3166 alpha-2 code of an EU country.
    #[serde(default)]
    #[schema(required = true)]
    pub country: String,
    /// eForms procedure type.
    #[serde(default)]
    pub procedure: Option<String>,
    #[serde(default)]
    #[schema(required = true)]
    pub year: Option<i32>,
    /// A decimal amount (`1250000.50`).
    #[serde(default)]
    pub budget: Option<String>,
    /// `EUR`, `CZK`, `DKK`, `HUF`, `PLN`, `RON` or `SEK`.
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub results: String,
    #[serde(default)]
    pub lessons: String,
}

impl From<domain::resources::CaseStudy> for CaseStudyOut {
    fn from(c: domain::resources::CaseStudy) -> Self {
        Self {
            buyer: c.buyer,
            country: c.country,
            procedure: c.procedure,
            year: Some(c.year),
            budget: c.budget_cents.map(|b| format!("{}.{:02}", b / 100, b % 100)),
            currency: c.currency,
            results: c.results,
            lessons: c.lessons,
        }
    }
}

impl From<Resource> for ResourceOut {
    fn from(r: Resource) -> Self {
        let d = r.draft;
        Self {
            id: r.id,
            publisher: r.publisher.key(),
            publisher_name: r.publisher_name,
            kind: d.kind,
            title: d.title,
            summary: d.summary,
            body_html: r.body_html,
            body_markdown: d.body,
            link: d.link,
            language: d.language,
            topics: d.topics,
            sectors: d.sectors,
            audiences: d.audiences,
            procedures: d.procedures,
            countries: d.countries,
            cpv: d.cpv,
            state: r.state.as_str().into(),
            published_at: r.published_at.map(rfc3339),
            updated_at: rfc3339(r.updated_at),
            translation_group: r.translation_group,
            case_study: d.case_study.map(Into::into),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ResourcePage {
    pub items: Vec<ResourceOut>,
    pub total: i64,
    pub page: i64,
}

#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
pub struct ResourceParams {
    /// Part of the title; case and accents are ignored.
    pub q: Option<String>,
    pub kind: Option<String>,
    /// A curriculum topic.
    pub topic: Option<String>,
    /// An eForms main-activity code.
    pub sector: Option<String>,
    /// An eForms language code.
    pub language: Option<String>,
    /// An eForms procedure type.
    pub procedure: Option<String>,
    /// A member initiative's id.
    pub initiative: Option<String>,
    /// An eForms language code: of a resource and its translations, list only the one in
    /// this language (or the first when none is).
    pub prefer_language: Option<String>,
    /// From 1; 20 a page.
    pub page: Option<String>,
}

/// Published resources, newest first.
#[utoipa::path(get, path = "/api/v1/resources", tag = "knowledge", params(ResourceParams),
    responses((status = 200, body = ResourcePage), (status = 422)))]
pub async fn resources(
    State(state): State<AppState>,
    Query(p): Query<ResourceParams>,
) -> Result<Json<ResourcePage>, AppError> {
    let s = |o: &Option<String>| o.clone().unwrap_or_default();
    let filters = service::Filters {
        q: s(&p.q),
        kind: s(&p.kind),
        topic: s(&p.topic),
        sector: s(&p.sector),
        language: s(&p.language),
        procedure: s(&p.procedure),
        initiative: s(&p.initiative),
    };
    let prefer = match p.prefer_language.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        None => None,
        Some(l) => Some(
            domain::people::language(l)
                .map(|l| l.code.as_str())
                .ok_or_else(|| AppError::invalid("prefer_language", "invalid-choice"))?,
        ),
    };
    let f = filters.check(prefer, &state.topics)?;
    let page = match p.page.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => 1,
        Some(s) => s.parse::<i64>().map_err(|_| AppError::invalid("page", "not-a-number"))?.clamp(1, 500),
    };
    let (items, total) = state.db.published_resources(&f, 20, (page - 1) * 20).await?;
    Ok(Json(ResourcePage { items: items.into_iter().map(Into::into).collect(), total, page }))
}

/// A resource: published ones for everyone, drafts and archived ones for their publishers.
#[utoipa::path(get, path = "/api/v1/resources/{id}", tag = "knowledge", params(("id" = i64, Path)),
    responses((status = 200, body = ResourceOut), (status = 404)))]
pub async fn resource(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<ResourceOut>, AppError> {
    Ok(Json(service::visible(&state, ctx.user.as_deref(), id).await?.0.into()))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct ResourceBody {
    /// `initiative:ID` or `organisation:ID` (ignored when updating).
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    #[schema(required = true)]
    pub kind: String,
    #[serde(default)]
    #[schema(required = true)]
    pub title: String,
    #[serde(default)]
    #[schema(required = true)]
    pub summary: String,
    /// Markdown; required unless `link` is given.
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub link: Option<String>,
    /// eForms language code.
    #[serde(default)]
    #[schema(required = true)]
    pub language: String,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub audiences: Vec<String>,
    #[serde(default)]
    pub procedures: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub cpv: Vec<String>,
    /// Required when `kind` is `case-study`.
    #[serde(default)]
    pub case_study: Option<CaseStudyOut>,
    /// Makes the new resource a translation of this one (same publisher, another
    /// language); ignored when updating.
    #[serde(default)]
    pub translation_of: Option<i64>,
}

impl From<ResourceBody> for ResourceInput {
    fn from(b: ResourceBody) -> Self {
        let c = b.case_study.unwrap_or_default();
        Self {
            case_buyer: c.buyer,
            case_country: c.country,
            case_procedure: c.procedure.unwrap_or_default(),
            case_year: c.year.map(|y| y.to_string()).unwrap_or_default(),
            case_budget: c.budget.unwrap_or_default(),
            case_currency: c.currency.unwrap_or_default(),
            case_results: c.results,
            case_lessons: c.lessons,
            publisher: b.publisher,
            kind: b.kind,
            title: b.title,
            summary: b.summary,
            body: b.body,
            link: b.link.unwrap_or_default(),
            language: b.language,
            topics: b.topics,
            sectors: b.sectors,
            audiences: b.audiences,
            procedures: b.procedures,
            countries: b.countries,
            cpv: b.cpv,
        }
    }
}

/// Creates a draft (editors of member initiatives, members of approved organisations).
#[utoipa::path(post, path = "/api/v1/resources", tag = "knowledge", request_body = ResourceBody,
    responses((status = 201, body = ResourceOut), (status = 403), (status = 422)), security(("token" = [])))]
pub async fn create_resource(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<ResourceBody>,
) -> Result<Response, AppError> {
    let translation_of = b.translation_of;
    let id = service::create(&state, &user, &b.into(), translation_of).await?;
    Ok((StatusCode::CREATED, Json(ResourceOut::from(state.db.resource(id).await?))).into_response())
}

#[utoipa::path(put, path = "/api/v1/resources/{id}", tag = "knowledge", params(("id" = i64, Path)), request_body = ResourceBody,
    responses((status = 200, body = ResourceOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn update_resource(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<ResourceBody>,
) -> Result<Json<ResourceOut>, AppError> {
    service::update(&state, &user, id, &b.into()).await?;
    Ok(Json(state.db.resource(id).await?.into()))
}

/// Deletes a resource with its history and files (its publishers).
#[utoipa::path(delete, path = "/api/v1/resources/{id}", tag = "knowledge", params(("id" = i64, Path)),
    responses((status = 204), (status = 404)), security(("token" = [])))]
pub async fn delete_resource(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::delete(&state, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct StateBody {
    /// `draft`, `published` or `archived`.
    #[serde(default)]
    #[schema(required = true)]
    pub state: String,
}

/// Publishes, archives or takes back to draft.
#[utoipa::path(put, path = "/api/v1/resources/{id}/state", tag = "knowledge", params(("id" = i64, Path)), request_body = StateBody,
    responses((status = 200, body = ResourceOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn set_resource_state(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<StateBody>,
) -> Result<Json<ResourceOut>, AppError> {
    service::set_state(&state, &user, id, &b.state).await?;
    Ok(Json(state.db.resource(id).await?.into()))
}

#[derive(Serialize, ToSchema)]
pub struct ChangeOut {
    /// `title`, `kind`, `summary`, `body`, `link` or `tags`.
    pub field: String,
    pub lines: Vec<super::service::DiffLine>,
}

#[derive(Serialize, ToSchema)]
pub struct RevisionOut {
    pub id: i64,
    pub at: String,
    pub by: String,
    /// What this version changed against the one before (everything, for the first).
    pub changes: Vec<ChangeOut>,
}

/// Who changed what, newest first, with a diff of each changed field (its publishers).
#[utoipa::path(get, path = "/api/v1/resources/{id}/history", tag = "knowledge", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<RevisionOut>), (status = 404)), security(("token" = [])))]
pub async fn resource_history(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<RevisionOut>>, AppError> {
    let (_, revs) = service::history(&state, &user, id).await?;
    Ok(Json(
        revs.iter()
            .enumerate()
            .map(|(k, r)| RevisionOut {
                id: r.id,
                at: rfc3339(r.at),
                by: r.actor_name.clone(),
                changes: service::changes(revs.get(k + 1).map(|o| &o.draft), &r.draft)
                    .into_iter()
                    .map(|(f, lines)| ChangeOut { field: f.into(), lines })
                    .collect(),
            })
            .collect(),
    ))
}

/// The versions of a resource in other languages (and itself) that the caller may see.
#[utoipa::path(get, path = "/api/v1/resources/{id}/translations", tag = "knowledge", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ResourceOut>), (status = 404)))]
pub async fn resource_translations(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Vec<ResourceOut>>, AppError> {
    let (r, editor) = service::visible(&state, ctx.user.as_deref(), id).await?;
    let group = match r.translation_group {
        Some(g) => state.db.translations(g).await?,
        None => vec![r],
    };
    Ok(Json(
        group
            .into_iter()
            .filter(|t| editor || t.state == domain::resources::State::Published)
            .map(Into::into)
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct FileOut {
    pub id: i64,
    pub name: String,
    /// `pdf`, `docx`, `xlsx`, `pptx`, `odt`, `ods` or `odp`, as the content says.
    pub kind: String,
    pub size: i64,
    pub sha256: String,
    /// Where to download it.
    pub url: String,
}

impl From<store::resources::ResourceFile> for FileOut {
    fn from(f: store::resources::ResourceFile) -> Self {
        Self {
            url: format!("/api/v1/resources/{}/files/{}", f.resource_id, f.id),
            id: f.id,
            name: f.name,
            kind: f.kind,
            size: f.size,
            sha256: f.sha256,
        }
    }
}

/// A resource's attached files.
#[utoipa::path(get, path = "/api/v1/resources/{id}/files", tag = "knowledge", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<FileOut>), (status = 404)))]
pub async fn resource_files(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Vec<FileOut>>, AppError> {
    service::visible(&state, ctx.user.as_deref(), id).await?;
    Ok(Json(state.db.resource_files(id).await?.into_iter().map(Into::into).collect()))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FileParams {
    /// The file's name (its extension is replaced by the one of its real kind).
    pub name: Option<String>,
}

/// Attaches a document sent as the raw body (PDF, DOCX, XLSX, PPTX, ODT, ODS or ODP, at
/// most 16 MiB; the content decides, not the `Content-Type`).
#[utoipa::path(post, path = "/api/v1/resources/{id}/files", tag = "knowledge", params(("id" = i64, Path), FileParams),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, body = FileOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn attach_file(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Query(p): Query<FileParams>,
    req: axum::extract::Request,
) -> Result<Response, AppError> {
    let bytes = service::upload_body(req).await?;
    let f = service::attach(&state, &user, id, p.name.as_deref().unwrap_or(""), bytes).await?;
    Ok((StatusCode::CREATED, Json(FileOut::from(f))).into_response())
}

/// Downloads an attached file (as an attachment, with its real type).
#[utoipa::path(get, path = "/api/v1/resources/{id}/files/{file}", tag = "knowledge",
    params(("id" = i64, Path), ("file" = i64, Path)),
    responses((status = 200, content_type = "application/octet-stream"), (status = 404)))]
pub async fn download_file(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (f, bytes, public) = service::file(&state, ctx.user.as_deref(), id, file).await?;
    Ok(service::download(&f, bytes, public))
}

/// Removes an attached file (a published resource keeps a text, a link or a file).
#[utoipa::path(delete, path = "/api/v1/resources/{id}/files/{file}", tag = "knowledge",
    params(("id" = i64, Path), ("file" = i64, Path)),
    responses((status = 204), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn remove_file(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    service::detach(&state, &user, id, file).await?;
    Ok(StatusCode::NO_CONTENT)
}
