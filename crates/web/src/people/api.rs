//! The people API under `/api/v1`: public profiles (shown fields only) and one's own.

use super::service;
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::AuthUser;
use crate::error::AppError;
use crate::pager::SeekParams;
use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};
use domain::UserId;
use domain::people::{Profile, ProfileInput};
use serde::{Deserialize, Serialize};
use store::people::PublicPerson;
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/people", get(people))
        .route("/people/{id}", get(person))
        .route("/me/profile", get(my_profile).put(save_profile))
        .route("/me/photo", axum::routing::put(set_photo).delete(remove_photo))
}

/// A person as everyone may see them: only the fields they chose to show.
#[derive(Serialize, ToSchema)]
pub struct PersonOut {
    pub id: i64,
    pub name: String,
    pub organisation_id: Option<i64>,
    pub organisation: Option<String>,
    pub role: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// eForms language codes (`DEU`, `FRA`…).
    pub languages: Vec<String>,
    /// Curriculum topics of their expertise.
    pub topics: Vec<String>,
    pub bio: Option<String>,
    /// Address of their photo, if they show one.
    pub photo_url: Option<String>,
    pub updated_at: String,
}

impl From<PublicPerson> for PersonOut {
    fn from(p: PublicPerson) -> Self {
        Self {
            id: p.id.0,
            name: p.name,
            organisation_id: p.organisation.as_ref().map(|o| o.0),
            organisation: p.organisation.map(|o| o.1),
            role: p.role,
            country: p.country,
            languages: p.languages,
            topics: p.topics,
            bio: p.bio,
            photo_url: p.photo.as_deref().map(crate::media::url),
            updated_at: rfc3339(p.updated_at),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct PeoplePage {
    pub items: Vec<PersonOut>,
    pub total: i64,
    pub prev: Option<String>,
    pub next: Option<String>,
}

#[derive(Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
pub struct PeopleParams {
    /// Part of the name; case and accents are ignored.
    pub q: Option<String>,
    /// ISO 3166-1 alpha-2 code of an EU country.
    pub country: Option<String>,
    /// eForms language code.
    pub language: Option<String>,
    /// Curriculum topic.
    pub topic: Option<String>,
    /// `name` (default) or `recent`.
    pub sort: Option<String>,
}

/// People who show a public profile.
#[utoipa::path(get, path = "/api/v1/people", tag = "community", params(PeopleParams, SeekParams),
    responses((status = 200, body = PeoplePage), (status = 422)))]
pub async fn people(
    State(state): State<AppState>,
    Query(p): Query<PeopleParams>,
    Query(seek): Query<SeekParams>,
) -> Result<Json<PeoplePage>, AppError> {
    let s = |o: &Option<String>| o.clone().unwrap_or_default();
    let f = service::filter(&s(&p.q), &s(&p.country), &s(&p.language), &s(&p.topic), &s(&p.sort))?;
    let slice = state.db.people(&f, &seek.seek()?, 50).await?;
    Ok(Json(PeoplePage {
        total: state.db.count_people(&f).await?,
        prev: slice.prev.as_ref().map(|c| c.encode()),
        next: slice.next.as_ref().map(|c| c.encode()),
        items: slice.items.iter().cloned().map(Into::into).collect(),
    }))
}

#[utoipa::path(get, path = "/api/v1/people/{id}", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = PersonOut), (status = 404)))]
pub async fn person(State(state): State<AppState>, Path(id): Path<i64>) -> Result<Json<PersonOut>, AppError> {
    Ok(Json(state.db.public_person(UserId(id)).await?.ok_or(AppError::NotFound)?.into()))
}

/// One's own profile: every value kept, and which are shown.
#[derive(Serialize, Deserialize, ToSchema, Default)]
pub struct ProfileBody {
    /// Whether there is a public profile at all.
    #[serde(default)]
    #[schema(required = true)]
    pub public: bool,
    #[serde(default)]
    pub organisation_id: Option<i64>,
    #[serde(default)]
    pub show_organisation: bool,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub show_role: bool,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub show_country: bool,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub show_languages: bool,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub show_topics: bool,
    #[serde(default)]
    pub bio: Option<String>,
    #[serde(default)]
    pub show_bio: bool,
}

impl From<Profile> for ProfileBody {
    fn from(p: Profile) -> Self {
        Self {
            public: p.public,
            organisation_id: p.organisation,
            show_organisation: p.show_organisation,
            role: p.role,
            show_role: p.show_role,
            country: p.country,
            show_country: p.show_country,
            languages: p.languages,
            show_languages: p.show_languages,
            topics: p.topics,
            show_topics: p.show_topics,
            bio: p.bio,
            show_bio: p.show_bio,
        }
    }
}

impl From<ProfileBody> for ProfileInput {
    fn from(b: ProfileBody) -> Self {
        Self {
            public: b.public,
            organisation: b.organisation_id.map(|i| i.to_string()).unwrap_or_default(),
            show_organisation: b.show_organisation,
            role: b.role.unwrap_or_default(),
            show_role: b.show_role,
            country: b.country.unwrap_or_default(),
            show_country: b.show_country,
            languages: b.languages,
            show_languages: b.show_languages,
            topics: b.topics,
            show_topics: b.show_topics,
            bio: b.bio.unwrap_or_default(),
            show_bio: b.show_bio,
        }
    }
}

#[utoipa::path(get, path = "/api/v1/me/profile", tag = "accounts",
    responses((status = 200, body = ProfileBody)), security(("token" = [])))]
pub async fn my_profile(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
) -> Result<Json<ProfileBody>, AppError> {
    Ok(Json(state.db.own_profile(user.id).await?.unwrap_or_default().into()))
}

/// Saves one's profile; `public: false` withdraws it at once.
#[utoipa::path(put, path = "/api/v1/me/profile", tag = "accounts", request_body = ProfileBody,
    responses((status = 200, body = ProfileBody), (status = 422)), security(("token" = [])))]
pub async fn save_profile(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<ProfileBody>,
) -> Result<Json<ProfileBody>, AppError> {
    Ok(Json(service::save(&state, &user, &b.into()).await?.into()))
}

/// Sets one's photo: the body is the image (PNG, JPEG or WebP, at most 2 MB and
/// 2000 × 2000 pixels; the content decides, it is decoded and re-encoded). It shows only
/// on a public profile.
#[utoipa::path(put, path = "/api/v1/me/photo", tag = "accounts",
    request_body(content((crate::api_common::ImageFile = "image/png"), (crate::api_common::ImageFile = "image/jpeg"), (crate::api_common::ImageFile = "image/webp"))),
    responses((status = 204), (status = 422)), security(("token" = [])))]
pub async fn set_photo(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    req: axum::extract::Request,
) -> Result<axum::http::StatusCode, AppError> {
    let bytes = crate::media::api_body(req).await?;
    service::set_photo(&state, &user, Some(&bytes)).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

/// Removes one's photo (withdrawn at once).
#[utoipa::path(delete, path = "/api/v1/me/photo", tag = "accounts",
    responses((status = 204)), security(("token" = [])))]
pub async fn remove_photo(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
) -> Result<axum::http::StatusCode, AppError> {
    service::set_photo(&state, &user, None).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
