//! The brokerage's API (`/api/v1/events/{id}/brokerage/…`): the same service as the pages.

use super::service::{self, ItemInput, JoinInput};
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::solutions::api::Created;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use domain::brokerage::{SessionInput, SettingsInput};
use domain::events::{utc_to_local, zone_or_utc};
use serde::{Deserialize, Serialize};
use store::brokerage::{Meeting, Participant};
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    use axum::routing::{delete, get, post, put};
    Router::new()
        .route("/events/{id}/brokerage", get(setup))
        .route("/events/{id}/brokerage/settings", put(put_settings))
        .route("/events/{id}/brokerage/sessions", post(add_session))
        .route("/events/{id}/brokerage/sessions/{sid}", delete(remove_session))
        .route("/events/{id}/brokerage/participants", get(participants))
        .route("/events/{id}/brokerage/recommended", get(recommended))
        .route("/events/{id}/brokerage/me", put(join))
        .route("/events/{id}/brokerage/items", post(add_item))
        .route("/events/{id}/brokerage/items/{item}", delete(remove_item))
        .route("/events/{id}/brokerage/requests", post(request))
        .route("/events/{id}/brokerage/agenda", get(agenda))
        .route("/events/{id}/brokerage/meetings", get(meetings))
        .route("/events/{id}/brokerage/meetings/{m}/answer", post(answer))
        .route("/events/{id}/brokerage/meetings/{m}/cancel", post(cancel))
        .route("/events/{id}/brokerage/meetings/{m}/place", put(place))
        .route("/events/{id}/brokerage/meetings/{m}/held", put(held))
        .route("/events/{id}/brokerage/meetings/{m}/rating", put(rating))
        .route("/events/{id}/brokerage/meetings/{m}/follow-up", put(follow_up))
        .route("/events/{id}/brokerage/participants/{p}/check-in", put(check_in))
        .route("/events/{id}/brokerage/schedule", post(run))
        .route("/events/{id}/brokerage/publish", post(publish))
        .route("/events/{id}/brokerage/results", get(results))
}

#[derive(Serialize, ToSchema)]
pub struct SettingsOut {
    /// `manual` (the invitee accepts) or `automatic`.
    pub acceptance: String,
    /// `organiser` (the scheduler places meetings) or `pick` (the invitee picks a slot).
    pub booking: String,
    pub expiry_minutes: i64,
    pub opens_at: String,
    pub closes_at: String,
    pub video_base_url: Option<String>,
    pub published_at: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SlotOut {
    pub id: i64,
    pub starts_at: String,
    pub ends_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct SessionOut {
    pub id: i64,
    pub name: String,
    pub online: bool,
    pub tables: i64,
    /// Meetings per participant in this session.
    pub cap: i64,
    pub slots: Vec<SlotOut>,
}

#[derive(Serialize, ToSchema)]
pub struct SetupOut {
    /// Absent until the organiser saves them.
    pub settings: Option<SettingsOut>,
    pub sessions: Vec<SessionOut>,
}

/// A matchmaking event's set-up: rules, sessions and slots.
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage", tag = "brokerage", params(("id" = i64, Path)),
    responses((status = 200, body = SetupOut), (status = 404)))]
pub async fn setup(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Json<SetupOut>, AppError> {
    service::event(&state, ctx.user.as_deref(), id).await?;
    let s = state.db.brokerage_setup(id).await?;
    Ok(Json(SetupOut {
        settings: s.settings.map(|x| SettingsOut {
            acceptance: if x.settings.automatic { "automatic" } else { "manual" }.into(),
            booking: if x.settings.pick { "pick" } else { "organiser" }.into(),
            expiry_minutes: x.settings.expiry_minutes,
            opens_at: rfc3339(x.settings.opens_at),
            closes_at: rfc3339(x.settings.closes_at),
            video_base_url: x.settings.video_base_url,
            published_at: x.published_at.map(rfc3339),
        }),
        sessions: s
            .sessions
            .into_iter()
            .map(|x| SessionOut {
                id: x.id,
                name: x.name,
                online: x.online,
                tables: x.tables,
                cap: x.cap,
                slots: x
                    .slots
                    .into_iter()
                    .map(|sl| SlotOut { id: sl.id, starts_at: rfc3339(sl.starts_at), ends_at: rfc3339(sl.ends_at) })
                    .collect(),
            })
            .collect(),
    }))
}

/// Times are RFC 3339 (any offset) or a local `YYYY-MM-DDTHH:MM` in the event's zone.
fn local(raw: &str, tz: domain::events::Tz) -> String {
    match chrono::DateTime::parse_from_rfc3339(raw.trim()) {
        Ok(t) => utc_to_local(t.timestamp(), tz),
        Err(_) => raw.to_owned(),
    }
}

#[derive(Deserialize, ToSchema)]
pub struct SettingsBody {
    /// `manual` or `automatic`.
    #[serde(default)]
    #[schema(required = true)]
    pub acceptance: String,
    /// `organiser` or `pick`.
    #[serde(default)]
    pub booking: String,
    /// 15 to 14,400 (10 days).
    #[serde(default)]
    pub expiry_minutes: i64,
    /// The booking window (RFC 3339, or local time in the event's zone).
    #[serde(default)]
    pub opens_at: String,
    #[serde(default)]
    pub closes_at: String,
    /// For online sessions: each meeting gets a room under this address.
    #[serde(default)]
    pub video_base_url: Option<String>,
}

/// Sets the rules (organisers).
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/settings", tag = "brokerage", params(("id" = i64, Path)),
    request_body = SettingsBody, responses((status = 204), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn put_settings(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<SettingsBody>,
) -> Result<StatusCode, AppError> {
    let e = service::organised(&state, &user, id).await?;
    let tz = zone_or_utc(&e.draft.time_zone);
    let input = SettingsInput {
        acceptance: b.acceptance,
        booking: b.booking,
        expiry_minutes: b.expiry_minutes.to_string(),
        opens_at: local(&b.opens_at, tz),
        closes_at: local(&b.closes_at, tz),
        video_base_url: b.video_base_url.unwrap_or_default(),
    };
    service::save_settings(&state, &user, id, &input).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct SessionBody {
    #[serde(default)]
    #[schema(required = true)]
    pub name: String,
    #[serde(default)]
    pub online: bool,
    #[serde(default)]
    pub tables: i64,
    /// Meetings per participant in the session.
    #[serde(default)]
    pub cap: i64,
    #[serde(default)]
    pub starts_at: String,
    #[serde(default)]
    pub ends_at: String,
    /// 15, 20 or 30.
    #[serde(default)]
    pub slot_minutes: i64,
    /// A break after every this many slots…
    #[serde(default)]
    pub break_every: Option<i64>,
    /// …of this many minutes.
    #[serde(default)]
    pub break_minutes: Option<i64>,
}

/// Adds a session, cut into slots (organisers).
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/sessions", tag = "brokerage", params(("id" = i64, Path)),
    request_body = SessionBody, responses((status = 201, body = Created), (status = 404), (status = 422)),
    security(("token" = [])))]
pub async fn add_session(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<SessionBody>,
) -> Result<Response, AppError> {
    let e = service::organised(&state, &user, id).await?;
    let tz = zone_or_utc(&e.draft.time_zone);
    let input = SessionInput {
        name: b.name,
        online: b.online,
        tables: b.tables.to_string(),
        cap: b.cap.to_string(),
        starts_at: local(&b.starts_at, tz),
        ends_at: local(&b.ends_at, tz),
        slot_minutes: b.slot_minutes.to_string(),
        break_every: b.break_every.map(|x| x.to_string()).unwrap_or_default(),
        break_minutes: b.break_minutes.map(|x| x.to_string()).unwrap_or_default(),
    };
    let sid = service::add_session(&state, &user, id, &input).await?;
    Ok((StatusCode::CREATED, Json(Created { id: sid })).into_response())
}

/// Removes a session; its meetings lose their place (organisers).
#[utoipa::path(delete, path = "/api/v1/events/{id}/brokerage/sessions/{sid}", tag = "brokerage",
    params(("id" = i64, Path), ("sid" = i64, Path)), responses((status = 204), (status = 404)), security(("token" = [])))]
pub async fn remove_session(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, sid)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    service::remove_session(&state, &user, id, sid).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ItemOut {
    pub id: i64,
    /// `offer`, `request` or `cooperation`.
    pub kind: String,
    pub title: String,
    pub description: String,
    pub challenge_id: Option<i64>,
    pub solution_id: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct ParticipantOut {
    pub id: i64,
    pub name: String,
    pub organisation_name: String,
    pub country: String,
    /// `buyer`, `supplier`, `investor`, `intermediary` or `research`.
    pub kind: String,
    pub about: String,
    pub items: Vec<ItemOut>,
    /// For a recommendation: the item that made it.
    pub why: Option<String>,
}

fn participant_out((p, items, why): (Participant, Vec<store::brokerage::Item>, Option<String>)) -> ParticipantOut {
    ParticipantOut {
        id: p.id,
        name: p.name,
        organisation_name: p.organisation_name,
        country: p.country,
        kind: p.kind,
        about: p.about,
        items: items
            .into_iter()
            .map(|i| ItemOut {
                id: i.id,
                kind: i.kind,
                title: i.title,
                description: i.description,
                challenge_id: i.challenge_id,
                solution_id: i.solution_id,
            })
            .collect(),
        why,
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ParticipantQuery {
    /// A participant type.
    #[serde(default)]
    pub kind: String,
    /// Words in the name, organisation, profile or items.
    #[serde(default)]
    pub q: String,
    /// Participants with an item of this kind.
    #[serde(default)]
    pub item: String,
}

/// Who takes part, with their marketplace items (participants and organisers).
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/participants", tag = "brokerage",
    params(("id" = i64, Path), ParticipantQuery), responses((status = 200, body = Vec<ParticipantOut>), (status = 403), (status = 404)),
    security(("token" = [])))]
pub async fn participants(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Query(q): Query<ParticipantQuery>,
) -> Result<Json<Vec<ParticipantOut>>, AppError> {
    let (_, organiser) = service::event(&state, Some(&user), id).await?;
    if !organiser && state.db.brokerage_participant_of(id, user.id).await?.is_none() {
        return Err(AppError::Forbidden);
    }
    let list = service::browse(&state, id, &q.kind, &q.q, &q.item).await?;
    Ok(Json(list.into_iter().map(participant_out).collect()))
}

/// Recommended partners for the caller (participants).
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/recommended", tag = "brokerage", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ParticipantOut>), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn recommended(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<ParticipantOut>>, AppError> {
    let (_, me) = service::me(&state, &user, id).await?;
    let list = service::recommended(&state, id, &me).await?;
    Ok(Json(list.into_iter().map(participant_out).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct JoinBody {
    /// `buyer`, `supplier`, `investor`, `intermediary` or `research`.
    #[serde(default)]
    #[schema(required = true)]
    pub kind: String,
    #[serde(default)]
    pub about: String,
    /// One of the caller's approved organisations.
    #[serde(default)]
    pub organisation_id: Option<i64>,
    /// The slots the caller is free in.
    #[serde(default)]
    pub available: Vec<i64>,
}

/// Joins the brokerage or changes one's profile (registered participants of the event).
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/me", tag = "brokerage", params(("id" = i64, Path)),
    request_body = JoinBody, responses((status = 200, body = Created), (status = 404), (status = 409), (status = 422)),
    security(("token" = [])))]
pub async fn join(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<JoinBody>,
) -> Result<Json<Created>, AppError> {
    let input = JoinInput { kind: b.kind, about: b.about, organisation: b.organisation_id, available: b.available };
    Ok(Json(Created { id: service::join(&state, &user, id, &input).await? }))
}

#[derive(Deserialize, ToSchema)]
pub struct ItemBody {
    /// `offer`, `request` or `cooperation`.
    #[serde(default)]
    #[schema(required = true)]
    pub kind: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// A published challenge of the caller's organisation.
    #[serde(default)]
    pub challenge_id: Option<i64>,
    /// A published solution of the caller's organisation.
    #[serde(default)]
    pub solution_id: Option<i64>,
}

/// Publishes a marketplace item (participants).
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/items", tag = "brokerage", params(("id" = i64, Path)),
    request_body = ItemBody, responses((status = 201, body = Created), (status = 403), (status = 422)), security(("token" = [])))]
pub async fn add_item(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<ItemBody>,
) -> Result<Response, AppError> {
    let input = ItemInput {
        kind: b.kind,
        title: b.title,
        description: b.description,
        challenge: b.challenge_id,
        solution: b.solution_id,
    };
    let item = service::add_item(&state, &user, id, &input).await?;
    Ok((StatusCode::CREATED, Json(Created { id: item })).into_response())
}

/// Removes one of one's items.
#[utoipa::path(delete, path = "/api/v1/events/{id}/brokerage/items/{item}", tag = "brokerage",
    params(("id" = i64, Path), ("item" = i64, Path)), responses((status = 204), (status = 403), (status = 404)),
    security(("token" = [])))]
pub async fn remove_item(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, item)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    service::remove_item(&state, &user, id, item).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct RequestBody {
    /// The participant asked.
    #[schema(required = true)]
    pub invitee: i64,
    #[serde(default)]
    pub message: String,
}

/// Requests a meeting (participants, while the booking window is open).
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/requests", tag = "brokerage", params(("id" = i64, Path)),
    request_body = RequestBody, responses((status = 201, body = Created), (status = 403), (status = 409), (status = 422)),
    security(("token" = [])))]
pub async fn request(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<RequestBody>,
) -> Result<Response, AppError> {
    let m = service::request(&state, &user, id, b.invitee, &b.message).await?;
    Ok((StatusCode::CREATED, Json(Created { id: m })).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct AnswerBody {
    #[schema(required = true)]
    pub accept: bool,
    /// When participants pick slots: the slot chosen (first come).
    #[serde(default)]
    pub slot: Option<i64>,
}

/// Accepts or declines a request (its invitee).
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/meetings/{m}/answer", tag = "brokerage",
    params(("id" = i64, Path), ("m" = i64, Path)), request_body = AnswerBody,
    responses((status = 204), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn answer(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
    Json(b): Json<AnswerBody>,
) -> Result<StatusCode, AppError> {
    service::answer(&state, &user, id, m, b.accept, b.slot).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Cancels a pending request or a meeting (either side).
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/meetings/{m}/cancel", tag = "brokerage",
    params(("id" = i64, Path), ("m" = i64, Path)), responses((status = 204), (status = 404), (status = 409)),
    security(("token" = [])))]
pub async fn cancel(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    service::cancel(&state, &user, id, m).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct MeetingOut {
    pub id: i64,
    pub requester: i64,
    pub invitee: i64,
    /// `pending`, `accepted`, `declined`, `cancelled` or `expired`.
    pub status: String,
    pub message: String,
    pub priority: i64,
    pub expires_at: Option<String>,
    pub slot: Option<i64>,
    pub starts_at: Option<String>,
    /// Local time in the event's zone.
    pub local_start: Option<String>,
    pub table: Option<i64>,
    /// An online session's video room.
    pub room: Option<String>,
    pub locked: bool,
    pub published: bool,
    /// Why the scheduler could not place it.
    pub unplaced_reason: Option<String>,
    pub held: Option<bool>,
}

fn meeting_out(m: Meeting, setup: &store::brokerage::Setup, tz: domain::events::Tz) -> MeetingOut {
    let slot = m.slot_id.and_then(|s| setup.slot(s));
    MeetingOut {
        id: m.id,
        requester: m.requester_id,
        invitee: m.invitee_id,
        status: m.status.as_str().into(),
        message: m.message,
        priority: m.priority,
        expires_at: m.expires_at.map(rfc3339),
        slot: m.slot_id,
        starts_at: slot.map(|s| rfc3339(s.starts_at)),
        local_start: slot.map(|s| utc_to_local(s.starts_at, tz)),
        table: m.table_no,
        room: m.room,
        locked: m.locked,
        published: m.published,
        unplaced_reason: m.unplaced_reason,
        held: m.held,
    }
}

/// The caller's requests and meetings, in time order.
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/agenda", tag = "brokerage", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<MeetingOut>), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn agenda(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<MeetingOut>>, AppError> {
    let (e, me) = service::me(&state, &user, id).await?;
    let setup = state.db.brokerage_setup(id).await?;
    let tz = zone_or_utc(&e.draft.time_zone);
    let mut out: Vec<MeetingOut> = state
        .db
        .brokerage_meetings(id)
        .await?
        .into_iter()
        .filter(|m| m.involves(me.id))
        .map(|m| meeting_out(m, &setup, tz))
        .collect();
    out.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then(a.id.cmp(&b.id)));
    Ok(Json(out))
}

/// Every request and meeting of the event (organisers).
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/meetings", tag = "brokerage", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<MeetingOut>), (status = 404)), security(("token" = [])))]
pub async fn meetings(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<MeetingOut>>, AppError> {
    let e = service::organised(&state, &user, id).await?;
    let setup = state.db.brokerage_setup(id).await?;
    let tz = zone_or_utc(&e.draft.time_zone);
    Ok(Json(state.db.brokerage_meetings(id).await?.into_iter().map(|m| meeting_out(m, &setup, tz)).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct PlaceBody {
    /// The slot (absent or null: take the meeting out of the schedule).
    #[serde(default)]
    #[schema(required = true)]
    pub slot: Option<i64>,
    /// A table of the slot's session (absent: the first free one).
    #[serde(default)]
    pub table: Option<i64>,
    /// The scheduler keeps a locked meeting where it is.
    #[serde(default)]
    pub locked: bool,
    /// 1 to 3.
    #[serde(default)]
    pub priority: Option<i64>,
}

/// Moves a meeting by hand, checked for feasibility, and locks it or not (organisers).
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/meetings/{m}/place", tag = "brokerage",
    params(("id" = i64, Path), ("m" = i64, Path)), request_body = PlaceBody,
    responses((status = 204), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn place(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
    Json(b): Json<PlaceBody>,
) -> Result<StatusCode, AppError> {
    service::move_meeting(&state, &user, id, m, b.slot, b.table).await?;
    service::set_lock(&state, &user, id, m, b.locked && b.slot.is_some(), b.priority).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct HeldBody {
    #[schema(required = true)]
    pub held: bool,
}

/// Marks a meeting held or not held (organisers, or either side).
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/meetings/{m}/held", tag = "brokerage",
    params(("id" = i64, Path), ("m" = i64, Path)), request_body = HeldBody,
    responses((status = 204), (status = 404), (status = 409)), security(("token" = [])))]
pub async fn held(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
    Json(b): Json<HeldBody>,
) -> Result<StatusCode, AppError> {
    service::set_held(&state, &user, id, m, b.held).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct RatingBody {
    /// 1 to 5.
    #[schema(required = true)]
    pub rating: i64,
    /// `none`, `follow-up`, `offer` or `agreement`.
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub comment: String,
}

/// Rates a meeting that took place and states its outcome (either side).
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/meetings/{m}/rating", tag = "brokerage",
    params(("id" = i64, Path), ("m" = i64, Path)), request_body = RatingBody,
    responses((status = 204), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn rating(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
    Json(b): Json<RatingBody>,
) -> Result<StatusCode, AppError> {
    service::rate(&state, &user, id, m, &b.rating.to_string(), &b.outcome, &b.comment).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct FollowUpBody {
    /// `none`, `follow-up`, `offer` or `agreement`.
    #[serde(default)]
    #[schema(required = true)]
    pub outcome: String,
}

/// Answers the follow-up question about a meeting, months later (the side asked).
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/meetings/{m}/follow-up", tag = "brokerage",
    params(("id" = i64, Path), ("m" = i64, Path)), request_body = FollowUpBody,
    responses((status = 204), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn follow_up(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
    Json(b): Json<FollowUpBody>,
) -> Result<StatusCode, AppError> {
    service::follow_up(&state, &user, id, m, &b.outcome).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct CheckInBody {
    #[schema(required = true)]
    pub present: bool,
}

/// Checks a participant in, or marks them absent (organisers).
#[utoipa::path(put, path = "/api/v1/events/{id}/brokerage/participants/{p}/check-in", tag = "brokerage",
    params(("id" = i64, Path), ("p" = i64, Path)), request_body = CheckInBody,
    responses((status = 204), (status = 404)), security(("token" = [])))]
pub async fn check_in(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, p)): Path<(i64, i64)>,
    Json(b): Json<CheckInBody>,
) -> Result<StatusCode, AppError> {
    service::check_in(&state, &user, id, p, b.present).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct RunBody {
    /// Let the scheduler move meetings already published.
    #[serde(default)]
    #[schema(required = true)]
    pub allow_moves: bool,
}

/// Runs the scheduler over the accepted meetings (organisers).
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/schedule", tag = "brokerage", params(("id" = i64, Path)),
    request_body = RunBody, responses((status = 200, body = service::RunReport), (status = 404), (status = 409)), security(("token" = [])))]
pub async fn run(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<RunBody>,
) -> Result<Json<service::RunReport>, AppError> {
    Ok(Json(service::run(&state, &user, id, b.allow_moves).await?))
}

/// Publishes the schedule and sends each participant their agenda (organisers).
#[utoipa::path(post, path = "/api/v1/events/{id}/brokerage/publish", tag = "brokerage", params(("id" = i64, Path)),
    responses((status = 204), (status = 404)), security(("token" = [])))]
pub async fn publish(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::publish(&state, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The event's results (organisers).
#[utoipa::path(get, path = "/api/v1/events/{id}/brokerage/results", tag = "brokerage", params(("id" = i64, Path)),
    responses((status = 200, body = service::Results), (status = 404)), security(("token" = [])))]
pub async fn results(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<service::Results>, AppError> {
    service::organised(&state, &user, id).await?;
    Ok(Json(service::results(&state, id).await?))
}
