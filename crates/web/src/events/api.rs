//! Events under `/api/v1`.

use super::pages::ListQuery;
use super::service;
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use domain::events::{EventInput, RegStatus};
use serde::{Deserialize, Serialize};
use store::events::Event;
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/events", get(events).post(create_event))
        .route("/events/{id}", get(event).put(update_event))
        .route("/events/{id}/state", put(set_event_state))
        .route("/events/{id}/registration", post(register).delete(cancel_registration))
        .route("/events/{id}/participants", get(participants))
        .route("/events/{id}/clashes", get(clashes))
        .route("/events/{id}/participants/{user}", axum::routing::delete(remove_participant))
}

#[derive(Serialize, ToSchema)]
pub struct EventOut {
    pub id: i64,
    /// `initiative:ID` or `organisation:ID`.
    pub organiser: String,
    pub organiser_name: String,
    /// `webinar`, `info-session`, `training`, `workshop`, `conference`, `matchmaking` or
    /// `members-meeting`.
    pub kind: String,
    /// `online`, `onsite` or `hybrid`.
    pub format: String,
    pub title: String,
    pub summary: String,
    pub description_html: String,
    pub description_markdown: String,
    pub venue: Option<String>,
    pub address: Option<String>,
    /// Only for confirmed participants and organisers.
    pub join_link: Option<String>,
    /// IANA time zone of the event.
    pub time_zone: String,
    pub starts_at: String,
    pub ends_at: String,
    pub languages: Vec<String>,
    pub audiences: Vec<String>,
    pub topics: Vec<String>,
    pub sectors: Vec<String>,
    /// Absent: unlimited.
    pub capacity: Option<i64>,
    pub confirmed: i64,
    pub waiting: i64,
    pub registration_opens_at: Option<String>,
    pub registration_closes_at: Option<String>,
    /// `draft`, `published`, `cancelled` or `finished`.
    pub state: String,
    /// The caller's registration: `confirmed`, `waiting`, `pending` (awaiting approval),
    /// `rejected` or `cancelled`.
    pub my_registration: Option<String>,
    /// Registrations waiting for the organisers' approval.
    pub pending: i64,
    /// Registrations wait for the organisers' approval.
    pub approval: bool,
    /// Other organisers (`initiative:ID`, `organisation:ID`).
    pub co_organisers: Vec<String>,
    pub speakers: Vec<SpeakerOut>,
    pub agenda: Vec<SessionOut>,
    /// Reminder e-mails, in minutes before the start.
    pub reminders: Vec<i64>,
    /// The registration form.
    pub questions: Vec<QuestionOut>,
    pub url: String,
    pub ics_url: String,
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
pub struct SpeakerOut {
    #[schema(required = true)]
    #[serde(default)]
    pub name: String,
    /// Role and organisation.
    #[serde(default)]
    pub affiliation: Option<String>,
}

/// A session of the agenda, local to the event's zone.
#[derive(Serialize, Deserialize, ToSchema, Default)]
pub struct SessionOut {
    /// `YYYY-MM-DD`, for events of several days.
    #[serde(default)]
    pub day: Option<String>,
    /// `HH:MM`.
    #[schema(required = true)]
    #[serde(default)]
    pub starts: String,
    #[schema(required = true)]
    #[serde(default)]
    pub ends: String,
    #[schema(required = true)]
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub speaker: Option<String>,
}

/// A question of the registration form.
#[derive(Serialize, ToSchema)]
pub struct QuestionOut {
    /// Answers are keyed by this id.
    pub id: i64,
    pub label: String,
    /// `short`, `long`, `single`, `multiple` or `yesno`.
    pub kind: String,
    pub required: bool,
    pub choices: Vec<String>,
}

pub(super) fn out(e: Event, join: bool, mine: Option<RegStatus>) -> EventOut {
    let d = e.draft;
    EventOut {
        pending: e.pending,
        approval: d.approval,
        co_organisers: d.co_organisers.iter().map(|p| p.key()).collect(),
        speakers: d.speakers.into_iter().map(|s| SpeakerOut { name: s.name, affiliation: s.affiliation }).collect(),
        agenda: d
            .agenda
            .into_iter()
            .map(|s| SessionOut { day: s.day, starts: s.starts, ends: s.ends, title: s.title, speaker: s.speaker })
            .collect(),
        reminders: d.reminders,
        questions: e
            .questions
            .into_iter()
            .map(|q| QuestionOut { id: q.id, label: q.label, kind: q.kind, required: q.required, choices: q.choices })
            .collect(),
        id: e.id,
        organiser: d.publisher.key(),
        organiser_name: e.publisher_name,
        kind: d.kind,
        format: d.format,
        title: d.title,
        summary: d.summary,
        description_html: e.description_html,
        description_markdown: d.description,
        venue: d.venue,
        address: d.address,
        join_link: if join { d.join_link } else { None },
        time_zone: d.time_zone,
        starts_at: rfc3339(d.starts_at),
        ends_at: rfc3339(d.ends_at),
        languages: d.languages,
        audiences: d.audiences,
        topics: d.topics,
        sectors: d.sectors,
        capacity: d.capacity,
        confirmed: e.confirmed,
        waiting: e.waiting,
        registration_opens_at: d.registration_opens_at.map(rfc3339),
        registration_closes_at: d.registration_closes_at.map(rfc3339),
        state: e.state.as_str().into(),
        my_registration: mine.map(|m| m.as_str().into()),
        url: format!("/events/{}", e.id),
        ics_url: format!("/events/{}/calendar.ics", e.id),
    }
}

#[derive(Serialize, ToSchema)]
pub struct EventPage {
    pub items: Vec<EventOut>,
    pub total: i64,
    pub page: i64,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct EventParams {
    kind: Option<String>,
    /// A topic code.
    topic: Option<String>,
    /// An eForms language code.
    language: Option<String>,
    /// A member initiative's id.
    initiative: Option<String>,
    /// `past` for past events (newest first); upcoming ones otherwise (soonest first).
    when: Option<String>,
    /// From 1; 20 a page.
    page: Option<String>,
    /// Events overlapping the days `from` to `to` (UTC `YYYY-MM-DD`, both included),
    /// soonest first, past or not: a calendar's month or week.
    from: Option<String>,
    to: Option<String>,
}

/// Public events (published, cancelled or finished), upcoming or past.
#[utoipa::path(get, path = "/api/v1/events", tag = "events", params(EventParams),
    responses((status = 200, body = EventPage), (status = 422)))]
pub async fn events(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Json<EventPage>, AppError> {
    let mut f = q.filter(&state.topics)?;
    f.members = service::is_member(&state, ctx.user.as_deref()).await?;
    let page = match q.page.trim() {
        "" => 1,
        p => p.parse::<i64>().map_err(|_| AppError::invalid("page", "not-a-number"))?.clamp(1, 500),
    };
    let (items, total) = state.db.public_events(&f, store::now(), 20, (page - 1) * 20).await?;
    Ok(Json(EventPage { items: items.into_iter().map(|e| out(e, false, None)).collect(), total, page }))
}

/// An event: public ones for everyone, drafts for their organisers. The join link is for
/// confirmed participants and organisers.
#[utoipa::path(get, path = "/api/v1/events/{id}", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = EventOut), (status = 404)))]
pub async fn event(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Json<EventOut>, AppError> {
    let (e, organiser) = service::visible(&state, ctx.user.as_deref(), id).await?;
    let mine = match &ctx.user {
        Some(u) => state.db.registration(id, u.id).await?,
        None => None,
    };
    Ok(Json(out(e, organiser || mine == Some(RegStatus::Confirmed), mine)))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct EventBody {
    /// `initiative:ID` or `organisation:ID` (ignored when updating).
    #[serde(default)]
    pub organiser: String,
    #[serde(default)]
    #[schema(required = true)]
    pub kind: String,
    #[serde(default)]
    #[schema(required = true)]
    pub format: String,
    #[serde(default)]
    #[schema(required = true)]
    pub title: String,
    #[serde(default)]
    #[schema(required = true)]
    pub summary: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub venue: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub join_link: Option<String>,
    /// IANA time zone (`Europe/Brussels`).
    #[serde(default)]
    #[schema(required = true)]
    pub time_zone: String,
    /// Local to `time_zone`: `YYYY-MM-DDTHH:MM`.
    #[serde(default)]
    #[schema(required = true)]
    pub starts_at: String,
    #[serde(default)]
    #[schema(required = true)]
    pub ends_at: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub audiences: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    /// Absent for unlimited.
    #[serde(default)]
    pub capacity: Option<i64>,
    /// Local to `time_zone`.
    #[serde(default)]
    pub registration_opens: Option<String>,
    #[serde(default)]
    pub registration_closes: Option<String>,
    /// Registrations wait for the organisers' approval.
    #[serde(default)]
    pub approval: bool,
    /// Other organisers: member initiatives or approved organisations.
    #[serde(default)]
    pub co_organisers: Vec<String>,
    #[serde(default)]
    pub speakers: Vec<SpeakerOut>,
    #[serde(default)]
    pub agenda: Vec<SessionOut>,
    /// Minutes before the start: 10080, 2880, 1440, 180, 60 or 15. Absent: 1440 and 60.
    #[serde(default)]
    pub reminders: Option<Vec<i64>>,
}

impl From<EventBody> for EventInput {
    fn from(b: EventBody) -> Self {
        Self {
            publisher: b.organiser,
            kind: b.kind,
            format: b.format,
            title: b.title,
            summary: b.summary,
            description: b.description,
            venue: b.venue.unwrap_or_default(),
            address: b.address.unwrap_or_default(),
            join_link: b.join_link.unwrap_or_default(),
            time_zone: b.time_zone,
            starts_at: b.starts_at,
            ends_at: b.ends_at,
            languages: b.languages,
            audiences: b.audiences,
            topics: b.topics,
            sectors: b.sectors,
            capacity: b.capacity.map(|c| c.to_string()).unwrap_or_default(),
            registration_opens: b.registration_opens.unwrap_or_default(),
            registration_closes: b.registration_closes.unwrap_or_default(),
            approval: b.approval,
            co_organisers: b.co_organisers,
            speakers: b
                .speakers
                .into_iter()
                .map(|s| domain::event_forms::Speaker { name: s.name, affiliation: s.affiliation })
                .collect(),
            agenda: b
                .agenda
                .into_iter()
                .map(|s| domain::event_forms::Session {
                    day: s.day,
                    starts: s.starts,
                    ends: s.ends,
                    title: s.title,
                    speaker: s.speaker,
                })
                .collect(),
            reminders: b.reminders.map(|r| r.iter().map(|m| m.to_string()).collect()),
        }
    }
}

/// Creates a draft (editors of member initiatives, members of approved organisations).
#[utoipa::path(post, path = "/api/v1/events", tag = "events", request_body = EventBody,
    responses((status = 201, body = EventOut), (status = 403), (status = 422)), security(("token" = [])))]
pub async fn create_event(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<EventBody>,
) -> Result<Response, AppError> {
    let id = service::create(&state, &user, &b.into()).await?;
    Ok((StatusCode::CREATED, Json(out(state.db.event(id).await?, true, None))).into_response())
}

#[utoipa::path(put, path = "/api/v1/events/{id}", tag = "events", params(("id" = i64, Path)), request_body = EventBody,
    responses((status = 200, body = EventOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn update_event(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<EventBody>,
) -> Result<Json<EventOut>, AppError> {
    service::update(&state, &user, id, &b.into()).await?;
    Ok(Json(out(state.db.event(id).await?, true, None)))
}

#[derive(Deserialize, ToSchema)]
pub struct EventStateBody {
    /// `draft`, `published`, `cancelled` or `finished`.
    #[serde(default)]
    #[schema(required = true)]
    pub state: String,
}

/// Publishes, cancels, marks finished or takes back to draft (organisers).
#[utoipa::path(put, path = "/api/v1/events/{id}/state", tag = "events", params(("id" = i64, Path)), request_body = EventStateBody,
    responses((status = 200, body = EventOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn set_event_state(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<EventStateBody>,
) -> Result<Json<EventOut>, AppError> {
    service::set_state(&state, &user, id, &b.state).await?;
    Ok(Json(out(state.db.event(id).await?, true, None)))
}

#[derive(Serialize, ToSchema)]
pub struct RegistrationOut {
    /// `confirmed` (a seat), `waiting` (the waiting list) or `pending` (the organisers'
    /// approval).
    pub status: String,
}

#[derive(Deserialize, ToSchema, Default)]
pub struct RegistrationBody {
    /// Answers to the registration form by question id: a text, a choice, `yes`/`no`
    /// (or `true`/`false`), or a list of choices for `multiple` questions. An error names
    /// the question's position (`answer-1` for the first).
    #[serde(default)]
    #[schema(required = true, value_type = Object)]
    pub answers: std::collections::BTreeMap<String, serde_json::Value>,
}

/// JSON answers as the form's lists of values.
fn answers_of(b: RegistrationBody) -> domain::event_forms::Answers {
    use serde_json::Value;
    let one = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(if *b { "yes".into() } else { "no".into() }),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    b.answers
        .into_iter()
        .map(|(k, v)| {
            let values = match &v {
                Value::Array(a) => a.iter().filter_map(one).collect(),
                v => one(v).into_iter().collect(),
            };
            (k, values)
        })
        .collect()
}

/// Registers the caller with their answers to the form: a seat while one is free, else
/// the waiting list; or `pending` when the organisers approve registrations. Registering
/// twice, outside the registration window or to an event that is not open is a 409 with
/// its reason; a required question left empty a 422 naming it.
#[utoipa::path(post, path = "/api/v1/events/{id}/registration", tag = "events", params(("id" = i64, Path)),
    request_body = RegistrationBody,
    responses((status = 201, body = RegistrationOut), (status = 404), (status = 409), (status = 422)),
    security(("token" = [])))]
pub async fn register(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    body: Option<Json<RegistrationBody>>,
) -> Result<Response, AppError> {
    let answers = answers_of(body.map(|Json(b)| b).unwrap_or_default());
    let status = service::register(&state, &user, id, &answers).await?;
    Ok((StatusCode::CREATED, Json(RegistrationOut { status: status.as_str().into() })).into_response())
}

/// Cancels the caller's registration; a freed seat goes to the first person waiting.
#[utoipa::path(delete, path = "/api/v1/events/{id}/registration", tag = "events", params(("id" = i64, Path)),
    responses((status = 204), (status = 404), (status = 409)), security(("token" = [])))]
pub async fn cancel_registration(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::cancel(&state, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ParticipantOut {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    /// `confirmed`, `pending`, `waiting`, `rejected` or `cancelled`.
    pub status: String,
    pub since: String,
    /// Answers to the registration form by question id.
    #[schema(value_type = Object)]
    pub answers: domain::event_forms::Answers,
    /// Absent until the organisers record it.
    pub attended: Option<bool>,
    /// The address of their certificate of attendance, once issued.
    pub certificate_url: Option<String>,
}

/// An event's participants, seats first, then the waiting list in order (organisers).
#[utoipa::path(get, path = "/api/v1/events/{id}/participants", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ParticipantOut>), (status = 404)), security(("token" = [])))]
pub async fn participants(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<ParticipantOut>>, AppError> {
    let (_, organiser) = service::visible(&state, Some(&user), id).await?;
    if !organiser {
        return Err(AppError::NotFound);
    }
    Ok(Json(
        state
            .db
            .participants(id)
            .await?
            .into_iter()
            .map(|p| ParticipantOut {
                user_id: p.user_id.0,
                name: p.name,
                email: p.email,
                status: p.status.as_str().into(),
                since: rfc3339(p.since),
                answers: p.answers,
                attended: p.attended,
                certificate_url: p.certificate.map(|c| format!("/certificates/{c}")),
            })
            .collect(),
    ))
}

/// Removes a participant (organisers); a freed seat goes to the first person waiting.
#[utoipa::path(delete, path = "/api/v1/events/{id}/participants/{user}", tag = "events",
    params(("id" = i64, Path), ("user" = i64, Path)),
    responses((status = 204), (status = 404)), security(("token" = [])))]
pub async fn remove_participant(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, who)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    service::remove(&state, &user, id, domain::UserId(who)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Published events at the same time as this one for the same audience or on the same
/// topic, to check before publishing (organisers).
#[utoipa::path(get, path = "/api/v1/events/{id}/clashes", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<EventOut>), (status = 404)), security(("token" = [])))]
pub async fn clashes(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<EventOut>>, AppError> {
    let (e, organiser) = service::visible(&state, Some(&user), id).await?;
    if !organiser {
        return Err(AppError::NotFound);
    }
    Ok(Json(state.db.clashes(&e).await?.into_iter().map(|c| out(c, false, None)).collect()))
}
