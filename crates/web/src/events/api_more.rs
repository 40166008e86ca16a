//! The API of what surrounds registration: the form's questions, invitations, approval,
//! attendance, certificates, messages, feedback, the summary, linked resources, and
//! members' meetings' agenda items, minutes and action items.

use super::api::{QuestionOut, RegistrationOut};
use super::{more, service};
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use domain::UserId;
use domain::event_forms::QuestionInput;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events/{id}/questions", put(set_questions))
        .route("/events/{id}/invitations", get(invitations).post(invite))
        .route("/events/{id}/invitations/{email}", delete(uninvite))
        .route("/events/{id}/participants/{user}/decision", put(decide))
        .route("/events/{id}/attendance", put(attendance))
        .route("/events/{id}/certificates", post(certificates))
        .route("/certificates/{code}", get(certificate))
        .route("/events/{id}/messages", post(message))
        .route("/events/{id}/feedback", post(feedback))
        .route("/events/{id}/summary", get(summary))
        .route("/events/{id}/resources", get(resources).post(link_resource))
        .route("/events/{id}/resources/{rid}", delete(unlink_resource))
        .route("/events/{id}/agenda-items", get(agenda_items).post(propose_item))
        .route("/events/{id}/minutes", put(set_minutes))
        .route("/events/{id}/action-items", get(event_actions).post(add_action))
        .route("/action-items", get(all_actions))
        .route("/action-items/{item}", put(update_action))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct QuestionBody {
    /// An existing question's id; absent for a new question.
    #[serde(default)]
    pub id: Option<i64>,
    #[serde(default)]
    #[schema(required = true)]
    pub label: String,
    /// `short`, `long`, `single`, `multiple` or `yesno`.
    #[serde(default)]
    #[schema(required = true)]
    pub kind: String,
    #[serde(default)]
    pub required: bool,
    /// For `single` and `multiple`: 2 to 20 choices.
    #[serde(default)]
    pub choices: Vec<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct QuestionsBody {
    /// The whole form, in order (at most 20 questions).
    #[serde(default)]
    #[schema(required = true)]
    pub questions: Vec<QuestionBody>,
}

/// Replaces the registration form (organisers). Answers given before stay with their
/// question's id; ids of removed questions are never reused.
#[utoipa::path(put, path = "/api/v1/events/{id}/questions", tag = "events", params(("id" = i64, Path)),
    request_body = QuestionsBody,
    responses((status = 200, body = Vec<QuestionOut>), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn set_questions(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<QuestionsBody>,
) -> Result<Json<Vec<QuestionOut>>, AppError> {
    let input: Vec<QuestionInput> = b
        .questions
        .into_iter()
        .map(|q| QuestionInput { id: q.id, label: q.label, kind: q.kind, required: q.required, choices: q.choices })
        .collect();
    more::set_questions(&state, &user, id, &input).await?;
    let e = state.db.event(id).await?;
    Ok(Json(
        e.questions
            .into_iter()
            .map(|q| QuestionOut { id: q.id, label: q.label, kind: q.kind, required: q.required, choices: q.choices })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct InvitationOut {
    pub email: String,
    /// The invited person registered and holds their seat.
    pub claimed: bool,
}

/// The invited addresses, each keeping a seat until its person registers (organisers).
#[utoipa::path(get, path = "/api/v1/events/{id}/invitations", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<InvitationOut>), (status = 404)), security(("token" = [])))]
pub async fn invitations(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<InvitationOut>>, AppError> {
    service::organised(&state, &user, id).await?;
    let list = state.db.event_invitations(id).await?;
    Ok(Json(list.into_iter().map(|i| InvitationOut { email: i.email, claimed: i.claimed }).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct InviteBody {
    #[serde(default)]
    #[schema(required = true)]
    pub emails: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CountOut {
    pub count: usize,
}

/// Invites addresses (reserved seats; they need no approval and are told by e-mail).
/// The kept seats cannot outnumber the capacity.
#[utoipa::path(post, path = "/api/v1/events/{id}/invitations", tag = "events", params(("id" = i64, Path)),
    request_body = InviteBody,
    responses((status = 201, body = CountOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn invite(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<InviteBody>,
) -> Result<Response, AppError> {
    let count = more::invite(&state, &user, id, &b.emails.join("\n")).await?;
    Ok((StatusCode::CREATED, Json(CountOut { count })).into_response())
}

/// Withdraws an invitation; the seat it kept goes to the first person waiting.
#[utoipa::path(delete, path = "/api/v1/events/{id}/invitations/{email}", tag = "events",
    params(("id" = i64, Path), ("email" = String, Path)),
    responses((status = 204), (status = 404)), security(("token" = [])))]
pub async fn uninvite(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, email)): Path<(i64, String)>,
) -> Result<StatusCode, AppError> {
    more::uninvite(&state, &user, id, &email).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct DecisionBody {
    /// `approve` or `reject`.
    #[serde(default)]
    #[schema(required = true)]
    pub decision: String,
}

/// Approves a pending registration (a seat if one is free, else the waiting list) or
/// rejects a registration (organisers); the person is told by e-mail.
#[utoipa::path(put, path = "/api/v1/events/{id}/participants/{user}/decision", tag = "events",
    params(("id" = i64, Path), ("user" = i64, Path)), request_body = DecisionBody,
    responses((status = 200, body = RegistrationOut), (status = 404), (status = 409), (status = 422)),
    security(("token" = [])))]
pub async fn decide(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, who)): Path<(i64, i64)>,
    Json(b): Json<DecisionBody>,
) -> Result<Json<RegistrationOut>, AppError> {
    let approve = match b.decision.trim() {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::invalid("decision", "invalid-choice")),
    };
    let status = service::decide(&state, &user, id, UserId(who), approve).await?;
    Ok(Json(RegistrationOut { status: status.as_str().into() }))
}

#[derive(Deserialize, ToSchema)]
pub struct AttendanceBody {
    /// User ids of confirmed participants who came.
    #[serde(default)]
    #[schema(required = true)]
    pub present: Vec<i64>,
    /// Those who did not (their certificate, if any, is withdrawn).
    #[serde(default)]
    pub absent: Vec<i64>,
}

/// Records attendance, from an hour before the start (organisers).
#[utoipa::path(put, path = "/api/v1/events/{id}/attendance", tag = "events", params(("id" = i64, Path)),
    request_body = AttendanceBody,
    responses((status = 204), (status = 404), (status = 409)), security(("token" = [])))]
pub async fn attendance(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<AttendanceBody>,
) -> Result<StatusCode, AppError> {
    let marks: Vec<(UserId, Option<bool>)> = b
        .present
        .iter()
        .map(|u| (UserId(*u), Some(true)))
        .chain(b.absent.iter().map(|u| (UserId(*u), Some(false))))
        .collect();
    more::attendance(&state, &user, id, &marks).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Issues a certificate of attendance to everyone recorded present who has none yet, and
/// e-mails each its address (organisers). Returns how many were issued.
#[utoipa::path(post, path = "/api/v1/events/{id}/certificates", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = CountOut), (status = 404)), security(("token" = [])))]
pub async fn certificates(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<CountOut>, AppError> {
    Ok(Json(CountOut { count: more::certificates(&state, &user, id).await? }))
}

#[derive(Serialize, ToSchema)]
pub struct CertificateOut {
    pub code: String,
    pub name: String,
    pub event_id: i64,
    pub event: String,
    pub organiser: String,
    pub starts_at: String,
    pub ends_at: String,
    pub issued_at: String,
    /// The printable page; its address is the proof.
    pub url: String,
}

/// Verifies a certificate of attendance by its code (anyone holding it; 404 when unknown
/// or withdrawn).
#[utoipa::path(get, path = "/api/v1/certificates/{code}", tag = "events", params(("code" = String, Path)),
    responses((status = 200, body = CertificateOut), (status = 404)))]
pub async fn certificate(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<CertificateOut>, AppError> {
    if code.len() != 20 || !code.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let c = state.db.certificate(&code).await?;
    Ok(Json(CertificateOut {
        url: format!("/certificates/{}", c.code),
        code: c.code,
        name: c.name,
        event_id: c.event_id,
        event: c.title,
        organiser: c.publisher_name,
        starts_at: rfc3339(c.starts_at),
        ends_at: rfc3339(c.ends_at),
        issued_at: rfc3339(c.issued_at),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct MessageBody {
    #[serde(default)]
    #[schema(required = true)]
    pub subject: String,
    #[serde(default)]
    #[schema(required = true)]
    pub body: String,
    /// Also those waiting or awaiting approval (otherwise the confirmed participants).
    #[serde(default)]
    pub everyone: bool,
}

/// E-mails the participants (organisers); returns how many it went to.
#[utoipa::path(post, path = "/api/v1/events/{id}/messages", tag = "events", params(("id" = i64, Path)),
    request_body = MessageBody,
    responses((status = 201, body = CountOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn message(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<MessageBody>,
) -> Result<Response, AppError> {
    let count = more::message(&state, &user, id, &b.subject, &b.body, b.everyone).await?;
    Ok((StatusCode::CREATED, Json(CountOut { count })).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct FeedbackBody {
    /// 1 to 5.
    #[serde(default)]
    #[schema(required = true)]
    pub rating: i64,
    #[serde(default)]
    pub comment: String,
}

/// A participant's rating and comment, once the event is over (given again, it replaces
/// the first).
#[utoipa::path(post, path = "/api/v1/events/{id}/feedback", tag = "events", params(("id" = i64, Path)),
    request_body = FeedbackBody,
    responses((status = 204), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn feedback(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<FeedbackBody>,
) -> Result<StatusCode, AppError> {
    service::visible(&state, Some(&user), id).await?;
    more::feedback(&state, &user, id, &b.rating.to_string(), &b.comment).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct SummaryOut {
    pub confirmed: i64,
    pub waiting: i64,
    pub pending: i64,
    pub rejected: i64,
    pub cancelled: i64,
    pub attended: i64,
    pub absent: i64,
    /// Present of those whose attendance was recorded, in percent.
    pub attendance_rate: Option<i64>,
    pub certificates: i64,
    /// How many gave 1, 2, 3, 4 and 5.
    pub ratings: Vec<i64>,
    pub average_rating: Option<f64>,
    pub comments: Vec<String>,
}

/// The event's results: registrations, attendance, feedback (organisers).
#[utoipa::path(get, path = "/api/v1/events/{id}/summary", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = SummaryOut), (status = 404)), security(("token" = [])))]
pub async fn summary(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<SummaryOut>, AppError> {
    service::organised(&state, &user, id).await?;
    let s = state.db.event_summary(id).await?;
    Ok(Json(SummaryOut {
        attendance_rate: s.attendance_rate(),
        average_rating: s.average(),
        confirmed: s.confirmed,
        waiting: s.waiting,
        pending: s.pending,
        rejected: s.rejected,
        cancelled: s.cancelled,
        attended: s.attended,
        absent: s.absent,
        certificates: s.certificates,
        ratings: s.ratings.to_vec(),
        comments: s.comments,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct LinkedResourceOut {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub url: String,
}

/// Slides and recordings: the published resources linked to the event.
#[utoipa::path(get, path = "/api/v1/events/{id}/resources", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<LinkedResourceOut>), (status = 404)))]
pub async fn resources(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Vec<LinkedResourceOut>>, AppError> {
    service::visible(&state, ctx.user.as_deref(), id).await?;
    let list = state.db.event_resources(id).await?;
    Ok(Json(
        list.into_iter()
            .map(|r| LinkedResourceOut { url: format!("/resources/{}", r.id), id: r.id, title: r.title, kind: r.kind })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct LinkBody {
    /// A published knowledge resource.
    #[serde(default)]
    #[schema(required = true)]
    pub resource_id: i64,
}

/// Links a published resource (slides, a recording) to the event (organisers).
#[utoipa::path(post, path = "/api/v1/events/{id}/resources", tag = "events", params(("id" = i64, Path)),
    request_body = LinkBody,
    responses((status = 204), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn link_resource(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<LinkBody>,
) -> Result<StatusCode, AppError> {
    more::link_resource(&state, &user, id, b.resource_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/events/{id}/resources/{rid}", tag = "events",
    params(("id" = i64, Path), ("rid" = i64, Path)),
    responses((status = 204), (status = 404)), security(("token" = [])))]
pub async fn unlink_resource(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, rid)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    more::unlink_resource(&state, &user, id, rid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct AgendaItemOut {
    pub id: i64,
    pub title: String,
    pub detail: String,
    pub proposed_by: String,
    pub created_at: String,
}

/// A members' meeting's proposed agenda items (editors of member initiatives).
#[utoipa::path(get, path = "/api/v1/events/{id}/agenda-items", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<AgendaItemOut>), (status = 404)), security(("token" = [])))]
pub async fn agenda_items(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<AgendaItemOut>>, AppError> {
    let (e, _) = service::visible(&state, Some(&user), id).await?;
    if !e.is_members_meeting() {
        return Err(AppError::NotFound);
    }
    Ok(Json(
        state
            .db
            .meeting_items(id)
            .await?
            .into_iter()
            .map(|i| AgendaItemOut {
                id: i.id,
                title: i.title,
                detail: i.detail,
                proposed_by: i.proposed_by,
                created_at: rfc3339(i.created_at),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct AgendaItemBody {
    #[serde(default)]
    #[schema(required = true)]
    pub title: String,
    #[serde(default)]
    pub detail: String,
}

#[derive(Serialize, ToSchema)]
pub struct IdOut {
    pub id: i64,
}

/// Proposes an agenda item for a members' meeting, until it begins (409 after).
#[utoipa::path(post, path = "/api/v1/events/{id}/agenda-items", tag = "events", params(("id" = i64, Path)),
    request_body = AgendaItemBody,
    responses((status = 201, body = IdOut), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn propose_item(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<AgendaItemBody>,
) -> Result<Response, AppError> {
    let item = more::propose_item(&state, &user, id, &b.title, &b.detail).await?;
    Ok((StatusCode::CREATED, Json(IdOut { id: item })).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct MinutesBody {
    /// Markdown.
    #[serde(default)]
    #[schema(required = true)]
    pub minutes: String,
}

/// Writes a members' meeting's minutes (its organisers).
#[utoipa::path(put, path = "/api/v1/events/{id}/minutes", tag = "events", params(("id" = i64, Path)),
    request_body = MinutesBody,
    responses((status = 204), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn set_minutes(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<MinutesBody>,
) -> Result<StatusCode, AppError> {
    more::set_minutes(&state, &user, id, &b.minutes).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ActionOut {
    pub id: i64,
    pub event_id: i64,
    pub meeting: String,
    pub title: String,
    pub owner: String,
    pub due_on: Option<String>,
    /// `open`, `done` or `dropped`.
    pub status: String,
    pub updated_at: String,
}

fn action_out(a: store::event_parts::ActionItem) -> ActionOut {
    ActionOut {
        id: a.id,
        event_id: a.event_id,
        meeting: a.meeting,
        title: a.action.title,
        owner: a.action.owner,
        due_on: a.action.due_on,
        status: a.action.status,
        updated_at: rfc3339(a.updated_at),
    }
}

#[derive(Deserialize, ToSchema)]
pub struct ActionBody {
    #[serde(default)]
    #[schema(required = true)]
    pub title: String,
    #[serde(default)]
    #[schema(required = true)]
    pub owner: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub due_on: Option<String>,
    /// `open` (the default), `done` or `dropped`.
    #[serde(default)]
    pub status: Option<String>,
}

impl ActionBody {
    fn fields(&self) -> [&str; 4] {
        [&self.title, &self.owner, self.due_on.as_deref().unwrap_or(""), self.status.as_deref().unwrap_or("")]
    }
}

/// A members' meeting's action items.
#[utoipa::path(get, path = "/api/v1/events/{id}/action-items", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ActionOut>), (status = 404)), security(("token" = [])))]
pub async fn event_actions(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<ActionOut>>, AppError> {
    let (e, _) = service::visible(&state, Some(&user), id).await?;
    if !e.is_members_meeting() {
        return Err(AppError::NotFound);
    }
    Ok(Json(state.db.action_items(Some(id), None).await?.into_iter().map(action_out).collect()))
}

/// Records an action item of a members' meeting (editors of member initiatives).
#[utoipa::path(post, path = "/api/v1/events/{id}/action-items", tag = "events", params(("id" = i64, Path)),
    request_body = ActionBody,
    responses((status = 201, body = IdOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn add_action(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<ActionBody>,
) -> Result<Response, AppError> {
    let item = more::add_action(&state, &user, id, b.fields()).await?;
    Ok((StatusCode::CREATED, Json(IdOut { id: item })).into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActionParams {
    /// `open`, `done` or `dropped`.
    #[serde(default)]
    status: Option<String>,
}

/// Every action item across members' meetings, open ones first by due date (editors of
/// member initiatives).
#[utoipa::path(get, path = "/api/v1/action-items", tag = "events", params(ActionParams),
    responses((status = 200, body = Vec<ActionOut>), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn all_actions(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Query(q): Query<ActionParams>,
) -> Result<Json<Vec<ActionOut>>, AppError> {
    if !service::is_member(&state, Some(&user)).await? {
        return Err(AppError::NotFound);
    }
    let status = q.status.as_deref().map(str::trim).filter(|s| !s.is_empty());
    if status.is_some_and(|s| !domain::meetings::ACTION_STATUSES.contains(&s)) {
        return Err(AppError::invalid("status", "invalid-choice"));
    }
    Ok(Json(state.db.action_items(None, status).await?.into_iter().map(action_out).collect()))
}

/// Changes an action item (editors of member initiatives).
#[utoipa::path(put, path = "/api/v1/action-items/{item}", tag = "events", params(("item" = i64, Path)),
    request_body = ActionBody,
    responses((status = 200, body = ActionOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn update_action(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(item): Path<i64>,
    Json(b): Json<ActionBody>,
) -> Result<Json<ActionOut>, AppError> {
    more::update_action(&state, &user, item, b.fields()).await?;
    Ok(Json(action_out(state.db.action_item(item).await?)))
}
