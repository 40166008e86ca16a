//! The accounts API under `/api/v1`: the current user, registration and the e-mailed
//! flows, password and e-mail changes, personal access tokens, and erasure.

use super::service::{self, RegisterInput, TokenInput};
use crate::AppState;
use crate::api_common::{Accepted, UserOut, rfc3339};
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use domain::TokenId;
use domain::accounts::Language;
use serde::{Deserialize, Serialize};
use store::accounts::{ApiToken, User};
use utoipa::ToSchema;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/me", get(me).patch(update_me).delete(delete_me))
        .route("/me/password", put(change_password))
        .route("/me/email", put(change_email))
        .route("/me/tokens", get(list_tokens).post(create_token))
        .route("/me/export", get(export))
        .route("/me/tokens/{id}", delete(revoke_token))
        .route("/account/register", post(register))
        .route("/account/confirm", post(confirm))
        .route("/account/confirm/resend", post(resend))
        .route("/account/email/confirm", post(confirm_email))
        .route("/account/password/forgot", post(forgot))
        .route("/account/password/reset", post(reset))
}

fn accepted() -> Response {
    (StatusCode::ACCEPTED, Json(Accepted { status: "accepted" })).into_response()
}

#[utoipa::path(get, path = "/api/v1/me", tag = "accounts", responses((status = 200, body = UserOut), (status = 401)), security(("token" = [])))]
pub async fn me(AuthUser(user, _): AuthUser) -> Json<UserOut> {
    Json(UserOut::from(&*user))
}

#[derive(Deserialize, ToSchema)]
pub struct UpdateMe {
    pub name: Option<String>,
    /// `en`, `fr` or `de`.
    pub language: Option<String>,
}

#[utoipa::path(patch, path = "/api/v1/me", tag = "accounts", request_body = UpdateMe,
    responses((status = 200, body = UserOut), (status = 422)), security(("token" = [])))]
pub async fn update_me(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(body): Json<UpdateMe>,
) -> Result<Json<UserOut>, AppError> {
    let mut errs = domain::FieldErrors::new();
    let name = body.name.as_deref().map(|n| domain::accounts::person_name("name", n)).and_then(|r| errs.take(r));
    let lang = match body.language.as_deref() {
        Some(l) => errs.take(Language::from_tag(l).ok_or(domain::FieldError::new("language", "invalid-choice"))),
        None => None,
    };
    errs.into_result()?;
    if let Some(n) = name {
        state.db.set_user_name(user.id, &n).await?;
    }
    if let Some(l) = lang {
        state.db.set_language(user.id, l).await?;
    }
    Ok(Json(UserOut::from(&state.db.user(user.id).await?)))
}

#[derive(Deserialize, ToSchema)]
pub struct PasswordBody {
    #[serde(default)]
    #[schema(required = true)]
    pub password: String,
}

#[utoipa::path(delete, path = "/api/v1/me", tag = "accounts", request_body = PasswordBody,
    responses((status = 204), (status = 422), (status = 409), (status = 429)), security(("token" = [])))]
pub async fn delete_me(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<PasswordBody>,
) -> Result<StatusCode, AppError> {
    service::delete_account(&state, &user, &b.password).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct ChangePassword {
    #[serde(default)]
    #[schema(required = true)]
    pub current_password: String,
    #[serde(default)]
    #[schema(required = true)]
    pub new_password: String,
}

#[utoipa::path(put, path = "/api/v1/me/password", tag = "accounts", request_body = ChangePassword,
    responses((status = 204), (status = 422), (status = 429)), security(("token" = [])))]
pub async fn change_password(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Json(b): Json<ChangePassword>,
) -> Result<StatusCode, AppError> {
    service::change_password(&state, &ctx, &user, &b.current_password, &b.new_password).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct ChangeEmail {
    #[serde(default)]
    #[schema(required = true)]
    pub email: String,
    #[serde(default)]
    #[schema(required = true)]
    pub password: String,
}

/// Mails a confirmation link to the new address; the change happens when it is used.
#[utoipa::path(put, path = "/api/v1/me/email", tag = "accounts", request_body = ChangeEmail,
    responses((status = 202, body = Accepted), (status = 422), (status = 409), (status = 429)), security(("token" = [])))]
pub async fn change_email(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Json(b): Json<ChangeEmail>,
) -> Result<Response, AppError> {
    service::request_email_change(&state, &ctx, &user, &b.email, &b.password).await?;
    Ok(accepted())
}

#[derive(Serialize, ToSchema)]
pub struct TokenOut {
    pub id: i64,
    pub name: String,
    /// The first characters of the token, to recognise it.
    pub prefix: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked: bool,
    /// `read` or `read-write`.
    pub scope: String,
    /// When it stops working; absent: never.
    pub expires_at: Option<String>,
}

impl From<&ApiToken> for TokenOut {
    fn from(t: &ApiToken) -> Self {
        Self {
            id: t.id.0,
            name: t.name.clone(),
            prefix: t.prefix.clone(),
            created_at: rfc3339(t.created_at),
            last_used_at: t.last_used_at.map(rfc3339),
            revoked: t.revoked_at.is_some(),
            scope: t.scope.as_str().into(),
            expires_at: t.expires_at.map(rfc3339),
        }
    }
}

#[utoipa::path(get, path = "/api/v1/me/tokens", tag = "accounts", responses((status = 200, body = Vec<TokenOut>)), security(("token" = [])))]
pub async fn list_tokens(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
) -> Result<Json<Vec<TokenOut>>, AppError> {
    Ok(Json(state.db.api_tokens(user.id).await?.iter().map(TokenOut::from).collect()))
}

#[derive(Serialize, ToSchema)]
pub struct CreatedToken {
    pub id: i64,
    pub name: String,
    /// `read` or `read-write`.
    pub scope: String,
    pub expires_at: Option<String>,
    /// Shown only now: send it as `Authorization: Bearer <token>`.
    pub token: String,
}

/// Creates a token. Needs a signed-in session (with its `X-CSRF-Token`) and the current
/// password: a token cannot mint tokens.
#[utoipa::path(post, path = "/api/v1/me/tokens", tag = "accounts", request_body = TokenInput,
    responses((status = 201, body = CreatedToken), (status = 403), (status = 422), (status = 429)))]
pub async fn create_token(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Json(b): Json<TokenInput>,
) -> Result<Response, AppError> {
    let (id, token) = service::create_token(&state, &ctx, &user, &b).await?;
    let t = state.db.api_tokens(user.id).await?.into_iter().find(|t| t.id == id).ok_or(AppError::NotFound)?;
    let out = CreatedToken {
        id: id.0,
        name: t.name,
        scope: t.scope.as_str().into(),
        expires_at: t.expires_at.map(rfc3339),
        token,
    };
    Ok((StatusCode::CREATED, [(axum::http::header::CACHE_CONTROL, "no-store")], Json(out)).into_response())
}

#[utoipa::path(delete, path = "/api/v1/me/tokens/{id}", tag = "accounts", params(("id" = i64, Path)),
    responses((status = 204), (status = 404)), security(("token" = [])))]
pub async fn revoke_token(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    state.db.revoke_api_token(user.id, TokenId(id), store::now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Registers an account and mails a confirmation link. The answer is the same whether
/// or not the address already has an account.
#[utoipa::path(post, path = "/api/v1/account/register", tag = "accounts", request_body = RegisterInput,
    responses((status = 202, body = Accepted), (status = 422), (status = 429)))]
pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    Json(b): Json<RegisterInput>,
) -> Result<Response, AppError> {
    service::register(&state, &ctx, &b).await?;
    Ok(accepted())
}

#[derive(Deserialize, ToSchema)]
pub struct TokenBody {
    /// The token from the mailed link (its last path segment).
    #[serde(default)]
    #[schema(required = true)]
    pub token: String,
}

#[utoipa::path(post, path = "/api/v1/account/confirm", tag = "accounts", request_body = TokenBody,
    responses((status = 200, body = UserOut), (status = 404), (status = 429)))]
pub async fn confirm(State(state): State<AppState>, Json(b): Json<TokenBody>) -> Result<Json<UserOut>, AppError> {
    Ok(Json(UserOut::from(&service::confirm(&state, &b.token).await?)))
}

#[utoipa::path(post, path = "/api/v1/account/email/confirm", tag = "accounts", request_body = TokenBody,
    responses((status = 200, body = UserOut), (status = 404), (status = 409)))]
pub async fn confirm_email(State(state): State<AppState>, Json(b): Json<TokenBody>) -> Result<Json<UserOut>, AppError> {
    Ok(Json(UserOut::from(&service::confirm_email_change(&state, &b.token).await?)))
}

#[derive(Deserialize, ToSchema)]
pub struct EmailBody {
    #[serde(default)]
    #[schema(required = true)]
    pub email: String,
}

#[utoipa::path(post, path = "/api/v1/account/confirm/resend", tag = "accounts", request_body = EmailBody,
    responses((status = 202, body = Accepted), (status = 422), (status = 429)))]
pub async fn resend(State(state): State<AppState>, ctx: Ctx, Json(b): Json<EmailBody>) -> Result<Response, AppError> {
    service::resend_confirmation(&state, &ctx, &b.email).await?;
    Ok(accepted())
}

#[utoipa::path(post, path = "/api/v1/account/password/forgot", tag = "accounts", request_body = EmailBody,
    responses((status = 202, body = Accepted), (status = 422), (status = 429)))]
pub async fn forgot(State(state): State<AppState>, ctx: Ctx, Json(b): Json<EmailBody>) -> Result<Response, AppError> {
    service::forgot(&state, &ctx, &b.email).await?;
    Ok(accepted())
}

#[derive(Deserialize, ToSchema)]
pub struct ResetBody {
    #[serde(default)]
    #[schema(required = true)]
    pub token: String,
    #[serde(default)]
    #[schema(required = true)]
    pub password: String,
}

#[utoipa::path(post, path = "/api/v1/account/password/reset", tag = "accounts", request_body = ResetBody,
    responses((status = 204), (status = 404), (status = 422)))]
pub async fn reset(State(state): State<AppState>, Json(b): Json<ResetBody>) -> Result<StatusCode, AppError> {
    service::reset(&state, &b.token, &b.password).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Everything the hub keeps about one person (GDPR Art. 15 and 20).
#[derive(Serialize, ToSchema)]
pub struct DataExport {
    pub exported_at: String,
    pub account: UserOut,
    pub organisations: Vec<crate::api_common::MyOrganisation>,
    /// Token names and use; the secrets themselves are never kept.
    pub api_tokens: Vec<TokenOut>,
    /// What the person did, and what administrators decided about them.
    pub audit: Vec<crate::api_common::AuditOut>,
}

pub async fn build_export(state: &AppState, user: &User) -> Result<DataExport, AppError> {
    Ok(DataExport {
        exported_at: rfc3339(store::now()),
        account: UserOut::from(user),
        organisations: crate::api_common::my_organisations(&state.db, user.id).await?,
        api_tokens: state.db.api_tokens(user.id).await?.iter().map(TokenOut::from).collect(),
        audit: state.db.audit_about_user(user.id).await?.into_iter().map(Into::into).collect(),
    })
}

#[utoipa::path(get, path = "/api/v1/me/export", tag = "accounts", responses((status = 200, body = DataExport)), security(("token" = [])))]
pub async fn export(State(state): State<AppState>, AuthUser(user, _): AuthUser) -> Result<Json<DataExport>, AppError> {
    Ok(Json(build_export(&state, &user).await?))
}
