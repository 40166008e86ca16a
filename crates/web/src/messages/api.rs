//! Messages and blocks under `/api/v1/me`.

use super::service;
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::AuthUser;
use crate::error::AppError;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use domain::{OrganisationId, UserId};
use serde::{Deserialize, Serialize};
use store::messages::Conversation;
use utoipa::ToSchema;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/me/conversations", get(conversations).post(start_conversation))
        .route("/me/conversations/{id}", get(conversation))
        .route("/me/conversations/{id}/messages", post(send_message))
        .route("/me/blocks", get(blocks))
        .route("/me/blocks/{user_id}", put(block).delete(unblock))
}

#[derive(Serialize, ToSchema)]
pub struct PersonRef {
    pub id: i64,
    pub name: String,
}

#[derive(Serialize, ToSchema)]
pub struct MessageOut {
    pub id: i64,
    /// The author's name ("former member" once their account is erased).
    pub author: Option<String>,
    pub author_id: Option<i64>,
    pub body: String,
    pub at: String,
}

#[derive(Serialize, ToSchema)]
pub struct ConversationOut {
    pub id: i64,
    pub subject: String,
    /// The organisation written to, if any.
    pub organisation_id: Option<i64>,
    pub with: Vec<PersonRef>,
    pub unread: bool,
    pub last_message_at: String,
    /// In `GET /me/conversations/{id}` only.
    #[schema(nullable = false)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<MessageOut>>,
}

fn out(c: Conversation, messages: Option<Vec<MessageOut>>) -> ConversationOut {
    ConversationOut {
        id: c.id,
        subject: c.subject,
        organisation_id: c.organisation.map(|o| o.0),
        with: c.others.into_iter().map(|(id, name)| PersonRef { id: id.0, name }).collect(),
        unread: c.unread,
        last_message_at: rfc3339(c.last_message_at),
        messages,
    }
}

#[utoipa::path(get, path = "/api/v1/me/conversations", tag = "community",
    responses((status = 200, body = Vec<ConversationOut>)), security(("token" = [])))]
pub async fn conversations(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
) -> Result<Json<Vec<ConversationOut>>, AppError> {
    Ok(Json(state.db.conversations(user.id).await?.into_iter().map(|c| out(c, None)).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct StartBody {
    /// A person with a public profile…
    #[serde(default)]
    pub to_user: Option<i64>,
    /// …or an approved organisation (its contact people).
    #[serde(default)]
    pub to_organisation: Option<i64>,
    #[serde(default)]
    #[schema(required = true)]
    pub subject: String,
    #[serde(default)]
    #[schema(required = true)]
    pub body: String,
}

/// Writes to a person (continuing the conversation the two already have) or to an
/// organisation's contact people. Those written to get an e-mail with a link, never the
/// text; someone who blocked the sender cannot be written to.
#[utoipa::path(post, path = "/api/v1/me/conversations", tag = "community", request_body = StartBody,
    responses((status = 201, body = ConversationOut), (status = 404), (status = 422), (status = 429)), security(("token" = [])))]
pub async fn start_conversation(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<StartBody>,
) -> Result<Response, AppError> {
    let id = match (b.to_user, b.to_organisation) {
        (Some(u), None) => service::write_to_person(&state, &user, UserId(u), &b.subject, &b.body).await?,
        (None, Some(o)) => {
            service::write_to_organisation(&state, &user, OrganisationId(o), &b.subject, &b.body).await?
        }
        _ => return Err(AppError::invalid("to_user", "conflicting")),
    };
    Ok((StatusCode::CREATED, Json(out(state.db.conversation(id, user.id).await?, None))).into_response())
}

/// A conversation with its messages (marks it read).
#[utoipa::path(get, path = "/api/v1/me/conversations/{id}", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = ConversationOut), (status = 404)), security(("token" = [])))]
pub async fn conversation(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<ConversationOut>, AppError> {
    let c = state.db.conversation(id, user.id).await?;
    let messages = state
        .db
        .messages(id)
        .await?
        .into_iter()
        .map(|m| MessageOut {
            id: m.id,
            author: Some(m.author_name.unwrap_or_else(|| "former member".into())),
            author_id: m.author_id.map(|a| a.0),
            body: m.body,
            at: rfc3339(m.created_at),
        })
        .collect();
    state.db.mark_read(id, user.id, store::now()).await?;
    Ok(Json(out(c, Some(messages))))
}

#[derive(Deserialize, ToSchema)]
pub struct MessageBody {
    #[serde(default)]
    #[schema(required = true)]
    pub body: String,
}

#[utoipa::path(post, path = "/api/v1/me/conversations/{id}/messages", tag = "community", params(("id" = i64, Path)),
    request_body = MessageBody,
    responses((status = 201, body = ConversationOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn send_message(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<MessageBody>,
) -> Result<Response, AppError> {
    service::reply(&state, &user, id, &b.body).await?;
    Ok((StatusCode::CREATED, Json(out(state.db.conversation(id, user.id).await?, None))).into_response())
}

#[utoipa::path(get, path = "/api/v1/me/blocks", tag = "community",
    responses((status = 200, body = Vec<PersonRef>)), security(("token" = [])))]
pub async fn blocks(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
) -> Result<Json<Vec<PersonRef>>, AppError> {
    Ok(Json(state.db.blocked_by(user.id).await?.into_iter().map(|(id, name)| PersonRef { id: id.0, name }).collect()))
}

/// Blocks a person: they can no longer write to you.
#[utoipa::path(put, path = "/api/v1/me/blocks/{user_id}", tag = "community", params(("user_id" = i64, Path)),
    responses((status = 204), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn block(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(other): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::block(&state, &user, UserId(other), true).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/me/blocks/{user_id}", tag = "community", params(("user_id" = i64, Path)),
    responses((status = 204), (status = 404)), security(("token" = [])))]
pub async fn unblock(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(other): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::block(&state, &user, UserId(other), false).await?;
    Ok(StatusCode::NO_CONTENT)
}
