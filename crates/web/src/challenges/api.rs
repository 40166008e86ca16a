//! Challenges under `/api/v1`.

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
use domain::challenges::ChallengeInput;
use serde::{Deserialize, Serialize};
use store::challenges::Challenge;
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/challenges", get(challenges).post(create_challenge))
        .route("/challenges/{id}", get(challenge).put(update_challenge))
        .route("/challenges/{id}/state", put(set_challenge_state))
        .route("/challenges/{id}/observers", post(observe).delete(stop_observing))
        .route("/challenges/{id}/log", get(log))
        .route("/challenges/{id}/interests", get(interests).post(express_interest))
        .route("/challenges/{id}/interests/{interest}", put(decide_interest))
        .route("/challenges/{id}/questions", get(questions).post(ask))
        .route("/challenges/{id}/questions/{question}/answer", post(answer))
        .route("/challenges/{id}/files", get(files).post(attach))
        .route("/challenges/{id}/files/{file}", get(download).delete(detach))
}

#[derive(Serialize, ToSchema)]
pub struct ChallengeOut {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub title: String,
    /// Markdown.
    pub problem: String,
    pub context: String,
    /// Desired outcomes with their measurable indicators.
    pub outcomes: String,
    pub constraints: String,
    pub sectors: Vec<String>,
    /// CPV 2008 codes with their check digit.
    pub cpv: Vec<String>,
    pub budget_min: Option<i64>,
    pub budget_max: Option<i64>,
    pub currency: String,
    pub interest_deadline: String,
    pub question_deadline: String,
    pub consultation_on: Option<String>,
    pub procurement_on: Option<String>,
    pub trl_min: i64,
    pub trl_max: i64,
    /// `pcp`, `ppi`, `innovation-partnership`, `competitive-dialogue`,
    /// `competitive-negotiation`, `open` or `restricted`.
    pub route: Option<String>,
    pub country: String,
    pub nuts: Option<String>,
    pub languages: Vec<String>,
    pub ip_terms: String,
    pub confidentiality: String,
    /// `draft`, `open`, `consultation`, `procurement`, `awarded`, `not-awarded` or `cancelled`.
    pub state: String,
    /// How many other buyers share the need.
    pub observers: i64,
    /// The buyers' group whose joint challenge this is, its buyers (the lead first) and
    /// whether they are in more than one Member State.
    pub buyer_group_id: Option<i64>,
    pub joint_buyers: Vec<String>,
    pub cross_border: bool,
    pub created_at: String,
    pub updated_at: String,
    pub url: String,
}

fn out(c: Challenge) -> ChallengeOut {
    let d = c.draft;
    ChallengeOut {
        id: c.id,
        organisation_id: d.organisation,
        organisation_name: c.organisation_name,
        title: d.title,
        problem: d.problem,
        context: d.context,
        outcomes: d.outcomes,
        constraints: d.constraints,
        sectors: d.sectors,
        cpv: d.cpv,
        budget_min: d.budget_min,
        budget_max: d.budget_max,
        currency: d.currency,
        interest_deadline: d.interest_deadline,
        question_deadline: d.question_deadline,
        consultation_on: d.consultation_on,
        procurement_on: d.procurement_on,
        trl_min: d.trl_min,
        trl_max: d.trl_max,
        route: d.route,
        country: d.country,
        nuts: d.nuts,
        languages: d.languages,
        ip_terms: d.ip_terms,
        confidentiality: d.confidentiality,
        state: c.state.as_str().into(),
        observers: c.observers,
        buyer_group_id: c.buyer_group_id,
        joint_buyers: Vec::new(),
        cross_border: false,
        created_at: rfc3339(c.created_at),
        updated_at: rfc3339(c.updated_at),
        url: format!("/challenges/{}", c.id),
    }
}

/// A challenge as the API gives it, with its buyers' group when it is a joint challenge.
pub async fn out_for(state: &AppState, c: Challenge) -> Result<ChallengeOut, AppError> {
    let group = match c.buyer_group_id {
        Some(g) => Some(state.db.buyer_group(g).await?),
        None => None,
    };
    let mut o = out(c);
    if let Some(g) = group {
        o.cross_border = g.cross_border();
        let mut members: Vec<&store::buyer_groups::GroupMember> =
            g.members.iter().filter(|m| m.state == "member").collect();
        members.sort_by_key(|m| m.organisation_id != g.lead);
        o.joint_buyers = members.into_iter().map(|m| m.name.clone()).collect();
    }
    Ok(o)
}

#[derive(Serialize, ToSchema)]
pub struct ChallengePage {
    pub items: Vec<ChallengeOut>,
    pub total: i64,
    pub page: i64,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ChallengeParams {
    /// A sector code.
    sector: Option<String>,
    /// A CPV division (two digits).
    division: Option<String>,
    /// An EU country (ISO 3166-1 alpha-2).
    country: Option<String>,
    /// A public state; open ones (open, consultation, procurement) by default.
    state: Option<String>,
    /// From 1; 20 a page.
    page: Option<String>,
}

/// Public challenges, newest first.
#[utoipa::path(get, path = "/api/v1/challenges", tag = "challenges", params(ChallengeParams),
    responses((status = 200, body = ChallengePage), (status = 422)))]
pub async fn challenges(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Json<ChallengePage>, AppError> {
    let f = q.filter()?;
    let page = match q.page.trim() {
        "" => 1,
        p => p.parse::<i64>().map_err(|_| AppError::invalid("page", "not-a-number"))?.clamp(1, 500),
    };
    let (items, total) = state.db.challenges(&f, 20, (page - 1) * 20).await?;
    let mut out_items = Vec::with_capacity(items.len());
    for c in items {
        out_items.push(out_for(&state, c).await?);
    }
    Ok(Json(ChallengePage { items: out_items, total, page }))
}

/// A challenge: public ones for everyone, drafts for their buyer.
#[utoipa::path(get, path = "/api/v1/challenges/{id}", tag = "challenges", params(("id" = i64, Path)),
    responses((status = 200, body = ChallengeOut), (status = 404)))]
pub async fn challenge(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<ChallengeOut>, AppError> {
    let (c, _) = service::visible(&state, ctx.user.as_deref(), id).await?;
    Ok(Json(out_for(&state, c).await?))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct ChallengeBody {
    /// The buyer organisation's id (ignored when updating).
    #[serde(default)]
    pub organisation_id: Option<i64>,
    #[serde(default)]
    #[schema(required = true)]
    pub title: String,
    #[serde(default)]
    #[schema(required = true)]
    pub problem: String,
    #[serde(default)]
    pub context: String,
    #[serde(default)]
    #[schema(required = true)]
    pub outcomes: String,
    #[serde(default)]
    pub constraints: String,
    #[serde(default)]
    pub sectors: Vec<String>,
    /// CPV codes, with or without their check digit.
    #[serde(default)]
    pub cpv: Vec<String>,
    #[serde(default)]
    pub budget_min: Option<i64>,
    #[serde(default)]
    pub budget_max: Option<i64>,
    /// EUR by default.
    #[serde(default)]
    pub currency: Option<String>,
    /// `YYYY-MM-DD`, not in the past.
    #[serde(default)]
    #[schema(required = true)]
    pub interest_deadline: String,
    #[serde(default)]
    pub question_deadline: Option<String>,
    #[serde(default)]
    pub consultation_on: Option<String>,
    #[serde(default)]
    pub procurement_on: Option<String>,
    /// 1 to 9 (1 by default).
    #[serde(default)]
    pub trl_min: Option<i64>,
    /// 1 to 9 (9 by default).
    #[serde(default)]
    pub trl_max: Option<i64>,
    #[serde(default)]
    pub route: Option<String>,
    #[serde(default)]
    #[schema(required = true)]
    pub country: String,
    #[serde(default)]
    pub nuts: Option<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub ip_terms: String,
    #[serde(default)]
    pub confidentiality: String,
}

impl From<ChallengeBody> for ChallengeInput {
    fn from(b: ChallengeBody) -> Self {
        let n = |v: Option<i64>| v.map(|x| x.to_string()).unwrap_or_default();
        Self {
            organisation: n(b.organisation_id),
            title: b.title,
            problem: b.problem,
            context: b.context,
            outcomes: b.outcomes,
            constraints: b.constraints,
            sectors: b.sectors,
            cpv: b.cpv,
            budget_min: n(b.budget_min),
            budget_max: n(b.budget_max),
            currency: b.currency.unwrap_or_default(),
            interest_deadline: b.interest_deadline,
            question_deadline: b.question_deadline.unwrap_or_default(),
            consultation_on: b.consultation_on.unwrap_or_default(),
            procurement_on: b.procurement_on.unwrap_or_default(),
            trl_min: n(b.trl_min),
            trl_max: n(b.trl_max),
            route: b.route.unwrap_or_default(),
            country: b.country,
            nuts: b.nuts.unwrap_or_default(),
            languages: b.languages,
            ip_terms: b.ip_terms,
            confidentiality: b.confidentiality,
        }
    }
}

/// Creates a draft (members of approved public buyers).
#[utoipa::path(post, path = "/api/v1/challenges", tag = "challenges", request_body = ChallengeBody,
    responses((status = 201, body = ChallengeOut), (status = 403), (status = 422)), security(("token" = [])))]
pub async fn create_challenge(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<ChallengeBody>,
) -> Result<Response, AppError> {
    let id = service::create(&state, &user, &b.into()).await?;
    Ok((StatusCode::CREATED, Json(out_for(&state, state.db.challenge(id).await?).await?)).into_response())
}

/// Saves a new version; once public, the log records which parts changed (409 once closed).
#[utoipa::path(put, path = "/api/v1/challenges/{id}", tag = "challenges", params(("id" = i64, Path)),
    request_body = ChallengeBody,
    responses((status = 200, body = ChallengeOut), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn update_challenge(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<ChallengeBody>,
) -> Result<Json<ChallengeOut>, AppError> {
    service::update(&state, &user, id, &b.into()).await?;
    Ok(Json(out_for(&state, state.db.challenge(id).await?).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct ChallengeStateBody {
    /// `open`, `consultation`, `procurement`, `awarded`, `not-awarded` or `cancelled`.
    #[serde(default)]
    #[schema(required = true)]
    pub state: String,
}

/// Moves the challenge on (its buyer): draft → open → consultation → procurement →
/// awarded; not awarded or cancelled at any point once open. A move its state does not
/// allow is a 409.
#[utoipa::path(put, path = "/api/v1/challenges/{id}/state", tag = "challenges", params(("id" = i64, Path)),
    request_body = ChallengeStateBody,
    responses((status = 200, body = ChallengeOut), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn set_challenge_state(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<ChallengeStateBody>,
) -> Result<Json<ChallengeOut>, AppError> {
    service::set_state(&state, &user, id, &b.state).await?;
    Ok(Json(out_for(&state, state.db.challenge(id).await?).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct ObserveBody {
    /// A public buyer the caller belongs to (not the challenge's own).
    #[serde(default)]
    #[schema(required = true)]
    pub organisation_id: i64,
}

/// Says that another buyer has the same need.
#[utoipa::path(post, path = "/api/v1/challenges/{id}/observers", tag = "challenges", params(("id" = i64, Path)),
    request_body = ObserveBody,
    responses((status = 204), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn observe(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<ObserveBody>,
) -> Result<StatusCode, AppError> {
    service::observe(&state, &user, id, b.organisation_id, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/challenges/{id}/observers", tag = "challenges", params(("id" = i64, Path)),
    request_body = ObserveBody,
    responses((status = 204), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn stop_observing(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<ObserveBody>,
) -> Result<StatusCode, AppError> {
    service::observe(&state, &user, id, b.organisation_id, false).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct LogOut {
    /// `state` or `change`.
    pub kind: String,
    /// The new state, or the parts that changed (comma-separated).
    pub detail: String,
    pub at: String,
}

/// The challenge's public, dated log: its states, the parts of its text that changed, and
/// each question asked and answered (`question` and `answer`, the question's id as detail).
#[utoipa::path(get, path = "/api/v1/challenges/{id}/log", tag = "challenges", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<LogOut>), (status = 404)))]
pub async fn log(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Json<Vec<LogOut>>, AppError> {
    service::visible(&state, ctx.user.as_deref(), id).await?;
    let lines = service::public_log(&state, id).await?;
    Ok(Json(lines.into_iter().map(|l| LogOut { kind: l.kind, detail: l.detail, at: rfc3339(l.at) }).collect()))
}

#[derive(Serialize, ToSchema)]
pub struct InterestOut {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub user_name: String,
    pub solution_id: Option<i64>,
    pub pitch: String,
    /// `submitted`, `shortlisted`, `declined` or `invited`.
    pub state: String,
    /// The buyer's message with its decision.
    pub message: String,
    pub created_at: String,
    pub decided_at: Option<String>,
}

fn interest_out(i: store::clarifications::Interest) -> InterestOut {
    InterestOut {
        id: i.id,
        organisation_id: i.organisation_id,
        organisation_name: i.organisation_name,
        user_name: i.user_name,
        solution_id: i.solution_id,
        pitch: i.pitch,
        state: i.state.as_str().into(),
        message: i.buyer_message,
        created_at: rfc3339(i.created_at),
        decided_at: i.decided_at.map(rfc3339),
    }
}

/// Expressions of interest: all of them for the challenge's buyer, the caller's own
/// organisations' for a supplier, none for anyone else.
#[utoipa::path(get, path = "/api/v1/challenges/{id}/interests", tag = "challenges", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<InterestOut>), (status = 404)), security(("token" = [])))]
pub async fn interests(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<InterestOut>>, AppError> {
    let (c, _) = service::visible(&state, Some(&user), id).await?;
    let list = super::clarify::interests_for(&state, Some(&user), &c).await?;
    Ok(Json(list.into_iter().map(interest_out).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct InterestBody {
    /// An approved supplier organisation the caller belongs to.
    #[serde(default)]
    #[schema(required = true)]
    pub organisation_id: i64,
    /// One of that organisation's published solutions.
    #[serde(default)]
    pub solution_id: Option<i64>,
    /// Up to 3,000 characters.
    #[serde(default)]
    #[schema(required = true)]
    pub pitch: String,
}

/// Expresses interest until the interest deadline (409 after, or a second time).
#[utoipa::path(post, path = "/api/v1/challenges/{id}/interests", tag = "challenges", params(("id" = i64, Path)),
    request_body = InterestBody,
    responses((status = 201, body = crate::solutions::api::Created), (status = 404), (status = 409), (status = 422)),
    security(("token" = [])))]
pub async fn express_interest(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<InterestBody>,
) -> Result<Response, AppError> {
    let iid = super::clarify::express_interest(&state, &user, id, b.organisation_id, b.solution_id, &b.pitch).await?;
    Ok((StatusCode::CREATED, Json(crate::solutions::api::Created { id: iid })).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct DecideInterestBody {
    /// `shortlisted`, `declined` (with a message) or `invited` (to co-creation, once shortlisted).
    #[serde(default)]
    #[schema(required = true)]
    pub state: String,
    #[serde(default)]
    pub message: String,
}

/// The buyer's decision on an expression of interest; a move its state does not allow is
/// a 409.
#[utoipa::path(put, path = "/api/v1/challenges/{id}/interests/{interest}", tag = "challenges",
    params(("id" = i64, Path), ("interest" = i64, Path)), request_body = DecideInterestBody,
    responses((status = 204), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn decide_interest(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, interest)): Path<(i64, i64)>,
    Json(b): Json<DecideInterestBody>,
) -> Result<StatusCode, AppError> {
    super::clarify::decide_interest(&state, &user, id, interest, &b.state, &b.message).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct QuestionOut {
    pub id: i64,
    /// Who asked is never said: "a supplier".
    pub question: String,
    pub answer: Option<String>,
    pub asked_at: String,
    pub answered_at: Option<String>,
}

/// The public questions and answers of a challenge, oldest first.
#[utoipa::path(get, path = "/api/v1/challenges/{id}/questions", tag = "challenges", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<QuestionOut>), (status = 404)))]
pub async fn questions(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Vec<QuestionOut>>, AppError> {
    service::visible(&state, ctx.user.as_deref(), id).await?;
    let list = state.db.challenge_questions(id).await?;
    Ok(Json(
        list.into_iter()
            .map(|q| QuestionOut {
                id: q.id,
                question: q.question,
                answer: q.answer,
                asked_at: rfc3339(q.created_at),
                answered_at: q.answered_at.map(rfc3339),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct AskBody {
    /// An approved supplier organisation the caller belongs to (never shown).
    #[serde(default)]
    #[schema(required = true)]
    pub organisation_id: i64,
    #[serde(default)]
    #[schema(required = true)]
    pub question: String,
}

/// Asks a question until the question deadline (409 after).
#[utoipa::path(post, path = "/api/v1/challenges/{id}/questions", tag = "challenges", params(("id" = i64, Path)),
    request_body = AskBody,
    responses((status = 201, body = crate::solutions::api::Created), (status = 404), (status = 409), (status = 422)),
    security(("token" = [])))]
pub async fn ask(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<AskBody>,
) -> Result<Response, AppError> {
    let qid = super::clarify::ask(&state, &user, id, b.organisation_id, &b.question).await?;
    Ok((StatusCode::CREATED, Json(crate::solutions::api::Created { id: qid })).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct AnswerBody {
    /// Published to everyone; there is no private answer.
    #[serde(default)]
    #[schema(required = true)]
    pub answer: String,
}

/// The buyer answers a question, once, in public; everyone interested is e-mailed.
#[utoipa::path(post, path = "/api/v1/challenges/{id}/questions/{question}/answer", tag = "challenges",
    params(("id" = i64, Path), ("question" = i64, Path)), request_body = AnswerBody,
    responses((status = 204), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn answer(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, question)): Path<(i64, i64)>,
    Json(b): Json<AnswerBody>,
) -> Result<StatusCode, AppError> {
    super::clarify::answer(&state, &user, id, question, &b.answer).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct FileOut {
    pub id: i64,
    pub name: String,
    /// `pdf`, `docx`, `xlsx`, `pptx`, `odt`, `ods` or `odp`.
    pub kind: String,
    pub size: i64,
    pub url: String,
    pub created_at: String,
}

/// The documents attached to a challenge.
#[utoipa::path(get, path = "/api/v1/challenges/{id}/files", tag = "challenges", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<FileOut>), (status = 404)))]
pub async fn files(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<Vec<FileOut>>, AppError> {
    service::visible(&state, ctx.user.as_deref(), id).await?;
    Ok(Json(
        state
            .db
            .challenge_files(id)
            .await?
            .into_iter()
            .map(|f| FileOut {
                url: format!("/api/v1/challenges/{id}/files/{}", f.id),
                id: f.id,
                name: f.name,
                kind: f.kind,
                size: f.size,
                created_at: rfc3339(f.created_at),
            })
            .collect(),
    ))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FileParams {
    /// The file's name (its extension is set from its content).
    #[serde(default)]
    pub name: String,
}

/// Attaches a document as the raw body (the challenge's buyer; at most 20).
#[utoipa::path(post, path = "/api/v1/challenges/{id}/files", tag = "challenges", params(("id" = i64, Path), FileParams),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, body = crate::solutions::api::Created), (status = 404), (status = 409), (status = 422)),
    security(("token" = [])))]
pub async fn attach(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Query(p): Query<FileParams>,
    req: axum::extract::Request,
) -> Result<Response, AppError> {
    let bytes = crate::resources::service::upload_body(req).await?;
    let f = service::attach(&state, &user, id, &p.name, bytes).await?;
    Ok((StatusCode::CREATED, Json(crate::solutions::api::Created { id: f })).into_response())
}

/// An attached document.
#[utoipa::path(get, path = "/api/v1/challenges/{id}/files/{file}", tag = "challenges",
    params(("id" = i64, Path), ("file" = i64, Path)),
    responses((status = 200, content_type = "application/octet-stream", body = Vec<u8>), (status = 404)))]
pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::attachment(&state, ctx.user.as_deref(), id, file).await
}

/// Removes an attached document (the challenge's buyer).
#[utoipa::path(delete, path = "/api/v1/challenges/{id}/files/{file}", tag = "challenges",
    params(("id" = i64, Path), ("file" = i64, Path)),
    responses((status = 204), (status = 404), (status = 409)), security(("token" = [])))]
pub async fn detach(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    service::detach(&state, &user, id, file).await?;
    Ok(StatusCode::NO_CONTENT)
}
