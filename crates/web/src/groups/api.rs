//! Working groups under `/api/v1`. A closed group's threads answer 404 to anyone who is
//! not a member, like its pages.

use super::pages::author;
use super::service;
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::i18n::Tr;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use domain::UserId;
use domain::groups::{GroupInput, Role};
use serde::{Deserialize, Serialize};
use store::groups::Group;
use utoipa::ToSchema;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/groups", get(groups).post(create_group))
        .route("/groups/{id}", get(group).put(update_group))
        .route("/groups/{id}/membership", post(join_group).put(set_group_mail).delete(leave_group))
        .route("/groups/{id}/members", get(group_members))
        .route("/groups/{id}/members/{user_id}", put(change_member).delete(remove_member))
        .route("/groups/{id}/threads", get(threads).post(start_thread))
        .route("/groups/{id}/threads/{thread_id}", get(thread))
        .route("/groups/{id}/threads/{thread_id}/replies", post(reply))
        .route("/groups/{id}/threads/{thread_id}/follow", put(follow_thread).delete(unfollow_thread))
}

#[derive(Serialize, ToSchema)]
pub struct GroupOut {
    pub id: i64,
    pub name: String,
    pub summary: String,
    pub description_html: String,
    pub description_markdown: String,
    pub roadmap_html: String,
    pub roadmap_markdown: String,
    /// `open` (anyone joins) or `closed` (leaders approve requests).
    pub membership: String,
    pub topics: Vec<String>,
    pub members: i64,
    pub threads: i64,
    pub updated_at: String,
}

impl From<Group> for GroupOut {
    fn from(g: Group) -> Self {
        Self {
            id: g.id,
            name: g.name,
            summary: g.summary,
            description_html: g.description_html,
            description_markdown: g.description_md,
            roadmap_html: g.roadmap_html,
            roadmap_markdown: g.roadmap_md,
            membership: if g.open { "open" } else { "closed" }.into(),
            topics: g.topics,
            members: g.members,
            threads: g.threads,
            updated_at: rfc3339(g.updated_at),
        }
    }
}

#[utoipa::path(get, path = "/api/v1/groups", tag = "community", responses((status = 200, body = Vec<GroupOut>)))]
pub async fn groups(State(state): State<AppState>) -> Result<Json<Vec<GroupOut>>, AppError> {
    Ok(Json(state.db.groups().await?.into_iter().map(Into::into).collect()))
}

#[utoipa::path(get, path = "/api/v1/groups/{id}", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = GroupOut), (status = 404)))]
pub async fn group(State(state): State<AppState>, Path(id): Path<i64>) -> Result<Json<GroupOut>, AppError> {
    Ok(Json(state.db.group(id).await?.into()))
}

#[derive(Deserialize, ToSchema)]
pub struct GroupBody {
    #[serde(default)]
    #[schema(required = true)]
    pub name: String,
    #[serde(default)]
    #[schema(required = true)]
    pub summary: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    /// Markdown.
    #[serde(default)]
    pub roadmap: String,
    /// `open` (default) or `closed`.
    #[serde(default)]
    pub membership: String,
    #[serde(default)]
    pub topics: Vec<String>,
}

impl From<GroupBody> for GroupInput {
    fn from(b: GroupBody) -> Self {
        Self {
            name: b.name,
            summary: b.summary,
            description: b.description,
            roadmap: b.roadmap,
            membership: b.membership,
            topics: b.topics,
        }
    }
}

/// Starts a group (administrators and editors of member initiatives); its creator leads it.
#[utoipa::path(post, path = "/api/v1/groups", tag = "community", request_body = GroupBody,
    responses((status = 201, body = GroupOut), (status = 403), (status = 422)), security(("token" = [])))]
pub async fn create_group(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<GroupBody>,
) -> Result<Response, AppError> {
    let id = service::create(&state, &user, &b.into()).await?;
    Ok((StatusCode::CREATED, Json(GroupOut::from(state.db.group(id).await?))).into_response())
}

/// Changes the group (its leaders and administrators).
#[utoipa::path(put, path = "/api/v1/groups/{id}", tag = "community", params(("id" = i64, Path)), request_body = GroupBody,
    responses((status = 200, body = GroupOut), (status = 403), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn update_group(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<GroupBody>,
) -> Result<Json<GroupOut>, AppError> {
    service::update(&state, &user, id, &b.into()).await?;
    Ok(Json(state.db.group(id).await?.into()))
}

#[derive(Serialize, ToSchema)]
pub struct MembershipOut {
    /// `active` or `requested` (waiting for a leader).
    pub status: String,
    /// `leader` or `member`.
    pub role: String,
    /// `all` (new threads and replies in followed threads) or `none`.
    pub mail: String,
}

async fn membership_out(state: &AppState, id: i64, user: UserId) -> Result<MembershipOut, AppError> {
    let m = state.db.group_membership(id, user).await?.ok_or(AppError::NotFound)?;
    Ok(MembershipOut { status: m.status.as_str().into(), role: m.role.as_str().into(), mail: m.mail.as_str().into() })
}

/// Joins an open group, or asks to join a closed one.
#[utoipa::path(post, path = "/api/v1/groups/{id}/membership", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = MembershipOut), (status = 404)), security(("token" = [])))]
pub async fn join_group(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<MembershipOut>, AppError> {
    service::join(&state, &user, id).await?;
    Ok(Json(membership_out(&state, id, user.id).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct MailBody {
    /// `all` or `none`.
    #[serde(default)]
    #[schema(required = true)]
    pub mail: String,
}

/// Chooses which e-mails the group sends one.
#[utoipa::path(put, path = "/api/v1/groups/{id}/membership", tag = "community", params(("id" = i64, Path)),
    request_body = MailBody,
    responses((status = 200, body = MembershipOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn set_group_mail(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<MailBody>,
) -> Result<Json<MembershipOut>, AppError> {
    service::set_mail(&state, &user, id, &b.mail).await?;
    Ok(Json(membership_out(&state, id, user.id).await?))
}

/// Leaves the group (or withdraws a request); the last leader stays while others remain.
#[utoipa::path(delete, path = "/api/v1/groups/{id}/membership", tag = "community", params(("id" = i64, Path)),
    responses((status = 204), (status = 404), (status = 409)), security(("token" = [])))]
pub async fn leave_group(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::leave(&state, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct MemberOut {
    pub user_id: i64,
    pub name: String,
    pub role: String,
    /// `active`, or `requested` (shown to leaders only).
    pub status: String,
    pub since: String,
}

/// The members (to members; leaders also see requests).
#[utoipa::path(get, path = "/api/v1/groups/{id}/members", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<MemberOut>), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn group_members(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<MemberOut>>, AppError> {
    state.db.group(id).await?;
    let s = service::standing(&state, Some(&user), id).await?;
    if !(s.is_member() || s.admin) {
        return Err(AppError::Forbidden);
    }
    let all = state.db.group_members(id).await?;
    Ok(Json(
        all.into_iter()
            .filter(|m| s.may_manage() || m.status == domain::groups::MemberStatus::Active)
            .map(|m| MemberOut {
                user_id: m.user_id.0,
                name: m.name,
                role: m.role.as_str().into(),
                status: m.status.as_str().into(),
                since: rfc3339(m.since),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct MemberChange {
    /// `accept` or `decline` a request; make `leader` or `member`.
    #[serde(default)]
    #[schema(required = true)]
    pub action: String,
}

/// Leaders accept or decline requests and name leaders.
#[utoipa::path(put, path = "/api/v1/groups/{id}/members/{user_id}", tag = "community",
    params(("id" = i64, Path), ("user_id" = i64, Path)), request_body = MemberChange,
    responses((status = 204), (status = 403), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn change_member(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, person)): Path<(i64, i64)>,
    Json(b): Json<MemberChange>,
) -> Result<StatusCode, AppError> {
    let person = UserId(person);
    match b.action.as_str() {
        "accept" => service::decide_request(&state, &user, id, person, true).await?,
        "decline" => service::decide_request(&state, &user, id, person, false).await?,
        "leader" => service::set_role(&state, &user, id, person, Role::Leader).await?,
        "member" => service::set_role(&state, &user, id, person, Role::Member).await?,
        _ => return Err(AppError::invalid("action", "invalid-choice")),
    }
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/groups/{id}/members/{user_id}", tag = "community",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204), (status = 403), (status = 404), (status = 409)), security(("token" = [])))]
pub async fn remove_member(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, person)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    service::remove(&state, &user, id, UserId(person)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct PostOut {
    pub id: i64,
    /// `hidden` (reported by three people, waiting for a moderator) or `removed`; the text
    /// is then empty.
    pub moderation: Option<String>,
    /// The author's name, or "former member" once their account is erased.
    pub author: String,
    pub html: String,
    pub markdown: String,
    pub at: String,
}

#[derive(Serialize, ToSchema)]
pub struct ThreadOut {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub author: String,
    pub replies: i64,
    pub created_at: String,
    pub last_post_at: String,
    /// The first post and the replies (in `GET …/threads/{thread_id}` only).
    #[schema(nullable = false)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub posts: Option<Vec<PostOut>>,
}

fn thread_out(tr: &Tr, t: store::groups::Thread, posts: Option<Vec<PostOut>>) -> ThreadOut {
    ThreadOut {
        id: t.id,
        group_id: t.group_id,
        author: author(tr, &t.author_name),
        title: crate::moderation::service::veil(tr, &t.moderation).unwrap_or(t.title),
        replies: t.reply_count,
        created_at: rfc3339(t.created_at),
        last_post_at: rfc3339(t.last_post_at),
        posts,
    }
}

/// The group's threads, most recently active first (a closed group's: members only).
#[utoipa::path(get, path = "/api/v1/groups/{id}/threads", tag = "community", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ThreadOut>), (status = 404)))]
pub async fn threads(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Vec<ThreadOut>>, AppError> {
    service::readable(&state, ctx.user.as_deref(), id).await?;
    let tr = ctx.tr();
    Ok(Json(state.db.threads(id, 100).await?.into_iter().map(|t| thread_out(&tr, t, None)).collect()))
}

/// A thread with its posts (a closed group's: members only).
#[utoipa::path(get, path = "/api/v1/groups/{id}/threads/{thread_id}", tag = "community",
    params(("id" = i64, Path), ("thread_id" = i64, Path)),
    responses((status = 200, body = ThreadOut), (status = 404)))]
pub async fn thread(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, tid)): Path<(i64, i64)>,
) -> Result<Json<ThreadOut>, AppError> {
    let (_, _, t) = service::readable_thread(&state, ctx.user.as_deref(), id, tid).await?;
    let tr = ctx.tr();
    let post = |id, name: &Option<String>, html: &str, md: &str, at, moderation: &Option<String>| PostOut {
        id,
        moderation: moderation.clone(),
        author: author(&tr, name),
        html: if moderation.is_some() { String::new() } else { html.to_owned() },
        markdown: if moderation.is_some() { String::new() } else { md.to_owned() },
        at: rfc3339(at),
    };
    let mut posts = vec![post(t.id, &t.author_name, &t.body_html, &t.body_md, t.created_at, &t.moderation)];
    for r in state.db.replies(tid).await? {
        posts.push(post(r.id, &r.author_name, &r.body_html, &r.body_md, r.created_at, &r.moderation));
    }
    Ok(Json(thread_out(&tr, t, Some(posts))))
}

#[derive(Deserialize, ToSchema)]
pub struct ThreadBody {
    #[serde(default)]
    #[schema(required = true)]
    pub title: String,
    /// Markdown.
    #[serde(default)]
    #[schema(required = true)]
    pub body: String,
}

/// Starts a thread (active members).
#[utoipa::path(post, path = "/api/v1/groups/{id}/threads", tag = "community", params(("id" = i64, Path)),
    request_body = ThreadBody,
    responses((status = 201, body = ThreadOut), (status = 403), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn start_thread(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<ThreadBody>,
) -> Result<Response, AppError> {
    let tid = service::start_thread(&state, &user, id, &b.title, &b.body).await?;
    let t = state.db.thread(tid).await?;
    Ok((StatusCode::CREATED, Json(thread_out(&ctx.tr(), t, None))).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct ReplyBody {
    /// Markdown.
    #[serde(default)]
    #[schema(required = true)]
    pub body: String,
}

/// Replies in a thread (active members); the thread's followers who chose e-mail are
/// told through the job queue.
#[utoipa::path(post, path = "/api/v1/groups/{id}/threads/{thread_id}/replies", tag = "community",
    params(("id" = i64, Path), ("thread_id" = i64, Path)), request_body = ReplyBody,
    responses((status = 201, body = PostOut), (status = 403), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn reply(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, tid)): Path<(i64, i64)>,
    Json(b): Json<ReplyBody>,
) -> Result<Response, AppError> {
    let rid = service::reply(&state, &user, id, tid, &b.body).await?;
    let (_, r) = state.db.reply(rid).await?;
    let out = PostOut {
        id: r.id,
        moderation: None,
        author: author(&ctx.tr(), &r.author_name),
        html: r.body_html,
        markdown: r.body_md,
        at: rfc3339(r.created_at),
    };
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

#[utoipa::path(put, path = "/api/v1/groups/{id}/threads/{thread_id}/follow", tag = "community",
    params(("id" = i64, Path), ("thread_id" = i64, Path)),
    responses((status = 204), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn follow_thread(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, tid)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    service::follow(&state, &user, id, tid, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/groups/{id}/threads/{thread_id}/follow", tag = "community",
    params(("id" = i64, Path), ("thread_id" = i64, Path)),
    responses((status = 204), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn unfollow_thread(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, tid)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    service::follow(&state, &user, id, tid, false).await?;
    Ok(StatusCode::NO_CONTENT)
}
