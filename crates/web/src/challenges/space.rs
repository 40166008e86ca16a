//! A challenge's co-creation space: private to the buyer's members and the members of the
//! suppliers it invited (an expression of interest in state `invited`); anyone else is
//! refused, administrators included. Threads and posts, shared documents, milestones (set
//! by the buyer), and a record of every contact in the space, written with the contact.

use super::clarify::{members_of, tell};
use super::service::buyer_organisations;
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::Fields;
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use domain::challenges::InterestState;
use domain::{FieldError, FieldErrors, UserId};
use serde::{Deserialize, Serialize};
use store::LockTable;
use store::accounts::User;
use store::challenges::Challenge;
use utoipa::ToSchema;

pub fn router() -> Router<AppState> {
    use axum::routing::{get, post};
    Router::new()
        .route("/challenges/{id}/space", get(page))
        .route("/challenges/{id}/space/threads", post(new_thread))
        .route("/challenges/{id}/space/threads/{thread}", post(reply))
        .route("/challenges/{id}/space/files", post(upload))
        .route("/challenges/{id}/space/files/{file}", get(download))
        .route("/challenges/{id}/space/milestones", post(new_milestone))
        .route("/challenges/{id}/space/milestones/{milestone}", post(set_milestone))
}

pub fn api_routes() -> Router<AppState> {
    use axum::routing::{get, post, put};
    Router::new()
        .route("/challenges/{id}/space", get(api_space))
        .route("/challenges/{id}/space/threads", post(api_new_thread))
        .route("/challenges/{id}/space/threads/{thread}/posts", post(api_reply))
        .route("/challenges/{id}/space/files", post(api_upload))
        .route("/challenges/{id}/space/files/{file}", get(download))
        .route("/challenges/{id}/space/milestones", post(api_new_milestone))
        .route("/challenges/{id}/space/milestones/{milestone}", put(api_set_milestone))
}

/// At most this many shared files in a space.
const MAX_FILES: i64 = 50;

/// A member of the space: the organisation they act for and whether it is the buyer.
pub struct Member {
    pub org: i64,
    pub buyer: bool,
}

/// Who `user` is in the challenge's space; refused (403) to anyone else.
pub async fn member(state: &AppState, user: &User, id: i64) -> Result<(Challenge, Member), AppError> {
    let c = state.db.challenge(id).await?;
    if !c.state.is_public() {
        return Err(AppError::NotFound);
    }
    if buyer_organisations(state, user).await?.iter().any(|(o, _)| *o == c.draft.organisation) {
        return Ok((c.clone(), Member { org: c.draft.organisation, buyer: true }));
    }
    let orgs: Vec<i64> =
        crate::solutions::service::supplier_organisations(state, user).await?.into_iter().map(|(o, _)| o).collect();
    let invited = state
        .db
        .interests_of(id, &orgs)
        .await?
        .into_iter()
        .find(|i| i.state == InterestState::Invited)
        .map(|i| i.organisation_id);
    match invited {
        Some(org) => Ok((c, Member { org, buyer: false })),
        None => Err(AppError::Forbidden),
    }
}

/// Everyone in the space but `except`: the buyer's members and the invited suppliers'.
async fn everyone(state: &AppState, c: &Challenge, except: UserId) -> Result<Vec<UserId>, AppError> {
    let mut users = members_of(state, c.draft.organisation).await?;
    for i in state.db.challenge_interests(c.id).await?.into_iter().filter(|i| i.state == InterestState::Invited) {
        users.extend(members_of(state, i.organisation_id).await?);
    }
    users.sort_by_key(|u| u.0);
    users.dedup();
    users.retain(|u| *u != except);
    Ok(users)
}

/// Opens a thread with its first post; the others in the space are told.
pub async fn open_thread(state: &AppState, user: &User, id: i64, title: &str, body: &str) -> Result<i64, AppError> {
    let (c, m) = member(state, user, id).await?;
    let mut errs = FieldErrors::new();
    let title = errs.take(domain::text::required("title", title, 200));
    let body = errs.take(domain::text::required("body", body, 20_000));
    errs.clone().into_result()?;
    let (title, body) = (title.unwrap_or_default(), body.unwrap_or_default());
    let others = everyone(state, &c, user.id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let t = tx.open_thread(id, m.org, user.id, &title, now).await?;
    tx.add_post(t, m.org, user.id, &body, now).await?;
    tx.record_contact(id, m.org, user.id, "thread", &title, now).await?;
    let ch = c.draft.title.clone();
    tell(state, &mut tx, &others, format!("/challenges/{id}/space#thread-{t}"), "mail-space-open", |tr| {
        let args = [("challenge", ch.clone().into()), ("name", title.clone().into())];
        (tr.args("mail-space-post-subject", &args), vec![tr.args("mail-space-post-body", &args), body.clone()])
    })
    .await?;
    state.commit(tx).await?;
    Ok(t)
}

/// Adds a post to a thread of the space.
pub async fn add_post(state: &AppState, user: &User, id: i64, thread: i64, body: &str) -> Result<i64, AppError> {
    let (c, m) = member(state, user, id).await?;
    let body = domain::text::required("body", body, 20_000).map_err(FieldErrors::from)?;
    let others = everyone(state, &c, user.id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let (cid, title) = tx.space_thread(thread).await?;
    if cid != id {
        return Err(AppError::NotFound);
    }
    let p = tx.add_post(thread, m.org, user.id, &body, now).await?;
    tx.record_contact(id, m.org, user.id, "post", &title, now).await?;
    let ch = c.draft.title.clone();
    tell(state, &mut tx, &others, format!("/challenges/{id}/space#thread-{thread}"), "mail-space-open", |tr| {
        let args = [("challenge", ch.clone().into()), ("name", title.clone().into())];
        (tr.args("mail-space-post-subject", &args), vec![tr.args("mail-space-post-body", &args), body.clone()])
    })
    .await?;
    state.commit(tx).await?;
    Ok(p)
}

/// Shares a document in the space (at most 50).
pub async fn share_file(
    state: &AppState,
    user: &User,
    id: i64,
    name: &str,
    bytes: bytes::Bytes,
) -> Result<i64, AppError> {
    let (_, m) = member(state, user, id).await?;
    let (kind, hash, name) = crate::resources::service::keep_document(state, name, &bytes).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    if tx.count_space_files(id).await? >= MAX_FILES {
        return Err(
            FieldErrors::from(FieldError::with_limit("file", "too-many-space-files", MAX_FILES as usize)).into()
        );
    }
    let f = tx.add_space_file(id, m.org, user.id, (&name, kind, bytes.len() as i64, &hash), now).await?;
    tx.record_contact(id, m.org, user.id, "file", &name, now).await?;
    state.commit(tx).await?;
    Ok(f)
}

/// The buyer sets a milestone of the co-creation.
pub async fn add_milestone(state: &AppState, user: &User, id: i64, title: &str, due_on: &str) -> Result<i64, AppError> {
    let (_, m) = member(state, user, id).await?;
    if !m.buyer {
        return Err(AppError::Forbidden);
    }
    let mut errs = FieldErrors::new();
    let title = errs.take(domain::text::required("title", title, 200));
    let due = errs.take(
        chrono::NaiveDate::parse_from_str(due_on.trim(), "%Y-%m-%d")
            .map_err(|_| FieldError::new("due_on", "invalid-date")),
    );
    errs.clone().into_result()?;
    let (title, due) = (title.unwrap_or_default(), due.map(|d| d.to_string()).unwrap_or_default());
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let mid = tx.add_milestone(id, &title, &due, now).await?;
    tx.record_contact(id, m.org, user.id, "milestone", &format!("{title} ({due})"), now).await?;
    state.commit(tx).await?;
    Ok(mid)
}

/// The buyer marks a milestone done, dropped or planned again.
pub async fn set_milestone_state(
    state: &AppState,
    user: &User,
    id: i64,
    milestone: i64,
    to: &str,
) -> Result<(), AppError> {
    let (_, m) = member(state, user, id).await?;
    if !m.buyer {
        return Err(AppError::Forbidden);
    }
    let to = ["planned", "done", "dropped"]
        .into_iter()
        .find(|s| *s == to.trim())
        .ok_or_else(|| AppError::invalid("state", "invalid-choice"))?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let title = tx.set_milestone(id, milestone, to, now).await?;
    tx.record_contact(id, m.org, user.id, &format!("milestone-{to}"), &title, now).await?;
    state.commit(tx).await?;
    Ok(())
}

pub struct FileView {
    pub id: i64,
    pub name: String,
    pub by: String,
    pub size: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "challenges/space.html")]
struct SpacePage {
    c: Chrome,
    id: i64,
    challenge: String,
    buyer: bool,
    threads: Vec<store::cocreation::Thread>,
    files: Vec<FileView>,
    milestones: Vec<(i64, String, String, String, String)>,
    record: Vec<(String, String, String)>,
    /// The failed form (`thread`, `reply-N`, `file`, `milestone`) and its message.
    failed: Option<(String, String)>,
}

impl SpacePage {
    fn error(&self, form: &str) -> Option<String> {
        self.failed.as_ref().filter(|(f, _)| f == form).map(|(_, m)| m.clone())
    }
    fn when(&self, at: &i64) -> String {
        self.c.tr.datetime(at)
    }
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    id: i64,
    failed: Option<(String, String)>,
) -> Result<Response, AppError> {
    let (c, m) = member(state, user, id).await?;
    let tr = ctx.tr();
    let s = state.db.space(id).await?;
    let page = SpacePage {
        c: Chrome::new(ctx, tr.ta("space-title", "name", &c.draft.title)),
        id,
        challenge: c.draft.title.clone(),
        buyer: m.buyer,
        threads: s.threads,
        files: s
            .files
            .into_iter()
            .map(|f| FileView {
                id: f.id,
                by: format!("{} ({})", f.user_name, f.organisation_name),
                size: format!("{} KB", (f.size + 1023) / 1024),
                when: tr.datetime(f.created_at),
                name: f.name,
            })
            .collect(),
        milestones: s
            .milestones
            .into_iter()
            .map(|x| {
                let label = tr.t(&format!("milestone-state-{}", x.state));
                (x.id, x.title, x.due_on, x.state, label)
            })
            .collect(),
        record: s
            .record
            .into_iter()
            .map(|r| {
                (
                    tr.datetime(r.at),
                    format!("{} ({})", r.user_name, r.organisation_name),
                    tr.ta(&format!("space-record-{}", r.action), "name", &r.detail),
                )
            })
            .collect(),
        failed: failed.clone(),
    };
    Ok(page::render_form(&page, failed.is_some()))
}

async fn after(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    id: i64,
    form: String,
    anchor: &str,
    r: Result<(), AppError>,
) -> Result<Response, AppError> {
    match r {
        Ok(()) => Ok(page::redirect_flash(state, &format!("/challenges/{id}/space{anchor}"), "space-saved")),
        Err(AppError::Unprocessable(e)) => {
            let msg = e.0.first().map(|f| ctx.tr().field_error(f)).unwrap_or_default();
            render(state, ctx, user, id, Some((form, msg))).await
        }
        Err(e) => Err(e),
    }
}

pub async fn page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    render(&state, &ctx, &user, id, None).await
}

pub async fn new_thread(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = open_thread(&state, &user, id, &f.get("title"), &f.get("body")).await.map(|_| ());
    after(&state, &ctx, &user, id, "thread".into(), "", r).await
}

pub async fn reply(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, thread)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = add_post(&state, &user, id, thread, &f.get("body")).await.map(|_| ());
    after(&state, &ctx, &user, id, format!("reply-{thread}"), &format!("#thread-{thread}"), r).await
}

pub async fn upload(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    files: crate::media::Files,
) -> Result<Response, AppError> {
    let r = match files.part("file").filter(|p| !p.bytes.is_empty()) {
        Some(p) => share_file(&state, &user, id, &p.file_name, p.bytes.clone()).await.map(|_| ()),
        None => Err(FieldErrors::from(FieldError::new("file", "file-empty")).into()),
    };
    after(&state, &ctx, &user, id, "file".into(), "#files", r).await
}

pub async fn download(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    member(&state, &user, id).await?;
    let f = state.db.space_file(file).await?;
    if f.challenge_id != id {
        return Err(AppError::NotFound);
    }
    let bytes = tokio::fs::read(crate::resources::service::file_path(&state, &f.sha256))
        .await
        .map_err(|_| AppError::NotFound)?;
    Ok(crate::resources::service::send_file(&f.name, &f.kind, bytes, false))
}

pub async fn new_milestone(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = add_milestone(&state, &user, id, &f.get("title"), &f.get("due_on")).await.map(|_| ());
    after(&state, &ctx, &user, id, "milestone".into(), "#milestones", r).await
}

pub async fn set_milestone(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, milestone)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = set_milestone_state(&state, &user, id, milestone, &f.get("state")).await;
    after(&state, &ctx, &user, id, "milestone".into(), "#milestones", r).await
}

#[derive(Serialize, ToSchema)]
pub struct PostOut {
    pub id: i64,
    pub organisation_name: String,
    pub user_name: String,
    pub body: String,
    pub created_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct ThreadOut {
    pub id: i64,
    pub title: String,
    pub organisation_name: String,
    pub created_at: String,
    pub posts: Vec<PostOut>,
}

#[derive(Serialize, ToSchema)]
pub struct SpaceFileOut {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub size: i64,
    pub organisation_name: String,
    pub url: String,
    pub created_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct MilestoneOut {
    pub id: i64,
    pub title: String,
    pub due_on: String,
    /// `planned`, `done` or `dropped`.
    pub state: String,
}

#[derive(Serialize, ToSchema)]
pub struct ContactOut {
    pub organisation_name: String,
    pub user_name: String,
    /// `thread`, `post`, `file`, `milestone`, `milestone-done`…
    pub action: String,
    pub detail: String,
    pub at: String,
}

#[derive(Serialize, ToSchema)]
pub struct SpaceOut {
    pub threads: Vec<ThreadOut>,
    pub files: Vec<SpaceFileOut>,
    pub milestones: Vec<MilestoneOut>,
    /// The record of every contact in the space, oldest first.
    pub record: Vec<ContactOut>,
}

use crate::api_common::rfc3339;

/// The co-creation space (its members only: 403 for anyone else).
#[utoipa::path(get, path = "/api/v1/challenges/{id}/space", tag = "challenges", params(("id" = i64, Path)),
    responses((status = 200, body = SpaceOut), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn api_space(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<SpaceOut>, AppError> {
    member(&state, &user, id).await?;
    let s = state.db.space(id).await?;
    Ok(Json(SpaceOut {
        threads: s
            .threads
            .into_iter()
            .map(|t| ThreadOut {
                id: t.id,
                title: t.title,
                organisation_name: t.organisation_name,
                created_at: rfc3339(t.created_at),
                posts: t
                    .posts
                    .into_iter()
                    .map(|p| PostOut {
                        id: p.id,
                        organisation_name: p.organisation_name,
                        user_name: p.user_name,
                        body: p.body,
                        created_at: rfc3339(p.created_at),
                    })
                    .collect(),
            })
            .collect(),
        files: s
            .files
            .into_iter()
            .map(|f| SpaceFileOut {
                url: format!("/api/v1/challenges/{id}/space/files/{}", f.id),
                id: f.id,
                name: f.name,
                kind: f.kind,
                size: f.size,
                organisation_name: f.organisation_name,
                created_at: rfc3339(f.created_at),
            })
            .collect(),
        milestones: s
            .milestones
            .into_iter()
            .map(|m| MilestoneOut { id: m.id, title: m.title, due_on: m.due_on, state: m.state })
            .collect(),
        record: s
            .record
            .into_iter()
            .map(|r| ContactOut {
                organisation_name: r.organisation_name,
                user_name: r.user_name,
                action: r.action,
                detail: r.detail,
                at: rfc3339(r.at),
            })
            .collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct ThreadBody {
    #[serde(default)]
    #[schema(required = true)]
    pub title: String,
    /// The first post.
    #[serde(default)]
    #[schema(required = true)]
    pub body: String,
}

/// Opens a thread (members).
#[utoipa::path(post, path = "/api/v1/challenges/{id}/space/threads", tag = "challenges", params(("id" = i64, Path)),
    request_body = ThreadBody,
    responses((status = 201, body = crate::solutions::api::Created), (status = 403), (status = 404), (status = 422)),
    security(("token" = [])))]
pub async fn api_new_thread(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<ThreadBody>,
) -> Result<Response, AppError> {
    let t = open_thread(&state, &user, id, &b.title, &b.body).await?;
    Ok((StatusCode::CREATED, Json(crate::solutions::api::Created { id: t })).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct PostBody {
    #[serde(default)]
    #[schema(required = true)]
    pub body: String,
}

/// Adds a post to a thread (members).
#[utoipa::path(post, path = "/api/v1/challenges/{id}/space/threads/{thread}/posts", tag = "challenges",
    params(("id" = i64, Path), ("thread" = i64, Path)), request_body = PostBody,
    responses((status = 201, body = crate::solutions::api::Created), (status = 403), (status = 404), (status = 422)),
    security(("token" = [])))]
pub async fn api_reply(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, thread)): Path<(i64, i64)>,
    Json(b): Json<PostBody>,
) -> Result<Response, AppError> {
    let p = add_post(&state, &user, id, thread, &b.body).await?;
    Ok((StatusCode::CREATED, Json(crate::solutions::api::Created { id: p })).into_response())
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadParams {
    /// The file's name (its extension is set from its content).
    #[serde(default)]
    pub name: String,
}

/// Shares a document (PDF, office document, image…; the content decides) as the raw body.
#[utoipa::path(post, path = "/api/v1/challenges/{id}/space/files", tag = "challenges", params(("id" = i64, Path), UploadParams),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, body = crate::solutions::api::Created), (status = 403), (status = 404), (status = 422)),
    security(("token" = [])))]
pub async fn api_upload(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    axum::extract::Query(p): axum::extract::Query<UploadParams>,
    req: axum::extract::Request,
) -> Result<Response, AppError> {
    let bytes = crate::resources::service::upload_body(req).await?;
    let f = share_file(&state, &user, id, &p.name, bytes).await?;
    Ok((StatusCode::CREATED, Json(crate::solutions::api::Created { id: f })).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct MilestoneBody {
    #[serde(default)]
    #[schema(required = true)]
    pub title: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    #[schema(required = true)]
    pub due_on: String,
}

/// Sets a milestone (the buyer).
#[utoipa::path(post, path = "/api/v1/challenges/{id}/space/milestones", tag = "challenges", params(("id" = i64, Path)),
    request_body = MilestoneBody,
    responses((status = 201, body = crate::solutions::api::Created), (status = 403), (status = 404), (status = 422)),
    security(("token" = [])))]
pub async fn api_new_milestone(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<MilestoneBody>,
) -> Result<Response, AppError> {
    let m = add_milestone(&state, &user, id, &b.title, &b.due_on).await?;
    Ok((StatusCode::CREATED, Json(crate::solutions::api::Created { id: m })).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct MilestoneStateBody {
    /// `planned`, `done` or `dropped`.
    #[serde(default)]
    #[schema(required = true)]
    pub state: String,
}

/// Marks a milestone (the buyer).
#[utoipa::path(put, path = "/api/v1/challenges/{id}/space/milestones/{milestone}", tag = "challenges",
    params(("id" = i64, Path), ("milestone" = i64, Path)), request_body = MilestoneStateBody,
    responses((status = 204), (status = 403), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn api_set_milestone(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, milestone)): Path<(i64, i64)>,
    Json(b): Json<MilestoneStateBody>,
) -> Result<StatusCode, AppError> {
    set_milestone_state(&state, &user, id, milestone, &b.state).await?;
    Ok(StatusCode::NO_CONTENT)
}
