//! Solutions, contact requests and matches under `/api/v1`. The company of an anonymous
//! profile is `null` for whoever may not see it.

use super::pages::ListQuery;
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
use domain::matching::{Maturity, Side, Why};
use domain::solutions::{SolutionInput, Viewer, identity_shown};
use serde::{Deserialize, Serialize};
use store::solutions::Solution;
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/solutions", get(solutions).post(create_solution))
        .route("/solutions/{id}", get(solution).put(update_solution))
        .route("/solutions/{id}/state", put(set_solution_state))
        .route("/solutions/{id}/contacts", get(contacts).post(request_contact))
        .route("/solutions/{id}/contacts/{contact}", put(decide_contact))
        .route("/solutions/{id}/matches", get(solution_matches))
        .route("/challenges/{id}/matches", get(challenge_matches))
        .route("/me/matches", get(my_matches))
}

#[derive(Serialize, ToSchema)]
pub struct SolutionOut {
    pub id: i64,
    /// `null` while the supplier stays anonymous to the caller.
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub eic_supported: bool,
    pub anonymous: bool,
    pub title: String,
    /// Markdown: what it does.
    pub summary: String,
    /// The problem it solves.
    pub problem: String,
    pub trl: i64,
    pub sectors: Vec<String>,
    /// CPV 2008 codes with their check digit.
    pub cpv: Vec<String>,
    /// Countries served (ISO 3166-1 alpha-2); empty: anywhere.
    pub countries: Vec<String>,
    /// NUTS 2021 regions served.
    pub regions: Vec<String>,
    pub references: String,
    pub certifications: String,
    pub languages: Vec<String>,
    /// `draft`, `published` or `archived`.
    pub state: String,
    pub created_at: String,
    pub updated_at: String,
    pub url: String,
}

fn out(s: Solution, shown: bool) -> SolutionOut {
    let d = s.draft;
    SolutionOut {
        id: s.id,
        organisation_id: shown.then_some(d.organisation),
        organisation_name: shown.then_some(s.organisation_name),
        eic_supported: s.eic_supported,
        anonymous: d.anonymous,
        title: d.title,
        summary: d.summary,
        problem: d.problem,
        trl: d.trl,
        sectors: d.sectors,
        cpv: d.cpv,
        countries: d.countries,
        regions: d.regions,
        references: d.references,
        certifications: d.certifications,
        languages: d.languages,
        state: s.state.as_str().into(),
        created_at: rfc3339(s.created_at),
        updated_at: rfc3339(s.updated_at),
        url: format!("/solutions/{}", s.id),
    }
}

#[derive(Serialize, ToSchema)]
pub struct SolutionPage {
    pub items: Vec<SolutionOut>,
    pub total: i64,
    pub page: i64,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct SolutionParams {
    /// A sector code.
    sector: Option<String>,
    /// A CPV division (two digits).
    division: Option<String>,
    /// Profiles serving this EU country (ISO 3166-1 alpha-2), or anywhere.
    country: Option<String>,
    /// At least this TRL (1 to 9).
    trl: Option<String>,
    /// `true`: EIC-supported companies only.
    eic: Option<String>,
    /// From 1; 20 a page.
    page: Option<String>,
}

/// Published solution profiles, newest first.
#[utoipa::path(get, path = "/api/v1/solutions", tag = "solutions", params(SolutionParams),
    responses((status = 200, body = SolutionPage), (status = 422)))]
pub async fn solutions(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Json<SolutionPage>, AppError> {
    let f = q.filter()?;
    let page = match q.page.trim() {
        "" => 1,
        p => p.parse::<i64>().map_err(|_| AppError::invalid("page", "not-a-number"))?.clamp(1, 500),
    };
    let (items, total) = state.db.solutions(&f, 20, (page - 1) * 20).await?;
    let refs: Vec<&Solution> = items.iter().collect();
    let shown = service::identities_shown(&state, ctx.user.as_deref(), &refs).await?;
    let items = items
        .into_iter()
        .map(|s| {
            let v = shown.contains(&s.id);
            out(s, v)
        })
        .collect();
    Ok(Json(SolutionPage { items, total, page }))
}

/// A solution: published ones for everyone, drafts and archived ones for their supplier.
#[utoipa::path(get, path = "/api/v1/solutions/{id}", tag = "solutions", params(("id" = i64, Path)),
    responses((status = 200, body = SolutionOut), (status = 404)))]
pub async fn solution(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<SolutionOut>, AppError> {
    let (s, v) = service::visible(&state, ctx.user.as_deref(), id).await?;
    let shown = identity_shown(s.draft.anonymous, v);
    Ok(Json(out(s, shown)))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct SolutionBody {
    /// The supplier organisation's id (ignored when updating).
    #[serde(default)]
    pub organisation_id: Option<i64>,
    #[serde(default)]
    #[schema(required = true)]
    pub title: String,
    #[serde(default)]
    #[schema(required = true)]
    pub summary: String,
    #[serde(default)]
    #[schema(required = true)]
    pub problem: String,
    /// 1 to 9.
    #[serde(default)]
    #[schema(required = true)]
    pub trl: Option<i64>,
    #[serde(default)]
    pub sectors: Vec<String>,
    /// CPV codes, with or without their check digit.
    #[serde(default)]
    pub cpv: Vec<String>,
    /// ISO 3166-1 alpha-2; none: anywhere.
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub references: String,
    #[serde(default)]
    pub certifications: String,
    /// eForms language codes (`ENG`, `FRA`…).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Hide the company until it accepts a contact request.
    #[serde(default)]
    pub anonymous: bool,
    /// Publish at once (a new profile is a draft otherwise).
    #[serde(default)]
    pub publish: bool,
}

impl From<&SolutionBody> for SolutionInput {
    fn from(b: &SolutionBody) -> Self {
        Self {
            organisation: b.organisation_id.map(|x| x.to_string()).unwrap_or_default(),
            title: b.title.clone(),
            summary: b.summary.clone(),
            problem: b.problem.clone(),
            trl: b.trl.map(|x| x.to_string()).unwrap_or_default(),
            sectors: b.sectors.clone(),
            cpv: b.cpv.clone(),
            countries: b.countries.clone(),
            regions: b.regions.clone(),
            references: b.references.clone(),
            certifications: b.certifications.clone(),
            languages: b.languages.clone(),
            anonymous: b.anonymous.to_string(),
        }
    }
}

/// Creates a profile (members of approved suppliers), a draft unless `publish`.
#[utoipa::path(post, path = "/api/v1/solutions", tag = "solutions", request_body = SolutionBody,
    responses((status = 201, body = SolutionOut), (status = 403), (status = 422)), security(("token" = [])))]
pub async fn create_solution(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<SolutionBody>,
) -> Result<Response, AppError> {
    let id = service::create(&state, &user, &(&b).into(), b.publish).await?;
    Ok((StatusCode::CREATED, Json(out(state.db.solution(id).await?, true))).into_response())
}

/// Saves a new version (its supplier).
#[utoipa::path(put, path = "/api/v1/solutions/{id}", tag = "solutions", params(("id" = i64, Path)),
    request_body = SolutionBody,
    responses((status = 200, body = SolutionOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn update_solution(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<SolutionBody>,
) -> Result<Json<SolutionOut>, AppError> {
    service::update(&state, &user, id, &(&b).into()).await?;
    Ok(Json(out(state.db.solution(id).await?, true)))
}

#[derive(Deserialize, ToSchema)]
pub struct SolutionStateBody {
    /// `draft`, `published` or `archived`.
    #[serde(default)]
    #[schema(required = true)]
    pub state: String,
}

/// Publishes, archives or takes back a profile (its supplier).
#[utoipa::path(put, path = "/api/v1/solutions/{id}/state", tag = "solutions", params(("id" = i64, Path)),
    request_body = SolutionStateBody,
    responses((status = 200, body = SolutionOut), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn set_solution_state(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<SolutionStateBody>,
) -> Result<Json<SolutionOut>, AppError> {
    service::set_state(&state, &user, id, &b.state).await?;
    Ok(Json(out(state.db.solution(id).await?, true)))
}

#[derive(Serialize, ToSchema)]
pub struct ContactOut {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub user_name: String,
    pub message: String,
    /// `pending`, `accepted` or `declined`.
    pub state: String,
    pub created_at: String,
    pub decided_at: Option<String>,
}

/// The contact requests of a solution: all of them for its supplier, the caller's
/// organisations' own for anyone else.
#[utoipa::path(get, path = "/api/v1/solutions/{id}/contacts", tag = "solutions", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ContactOut>), (status = 404)), security(("token" = [])))]
pub async fn contacts(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<ContactOut>>, AppError> {
    let (_, v) = service::visible(&state, Some(&user), id).await?;
    let list = if v == Viewer::Supplier {
        state.db.solution_contacts(id).await?
    } else {
        let orgs: Vec<i64> =
            service::requesting_organisations(&state, &user).await?.into_iter().map(|(o, _)| o).collect();
        state.db.contacts_of(id, &orgs).await?
    };
    Ok(Json(
        list.into_iter()
            .map(|k| ContactOut {
                id: k.id,
                organisation_id: k.organisation_id,
                organisation_name: k.organisation_name,
                user_name: k.user_name,
                message: k.message,
                state: k.state.as_str().into(),
                created_at: rfc3339(k.created_at),
                decided_at: k.decided_at.map(rfc3339),
            })
            .collect(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct ContactBody {
    /// An approved organisation the caller belongs to.
    #[serde(default)]
    #[schema(required = true)]
    pub organisation_id: i64,
    /// Up to 2,000 characters.
    #[serde(default)]
    #[schema(required = true)]
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct Created {
    pub id: i64,
}

/// Asks to be put in contact with the supplier (once per organisation; 409 after).
#[utoipa::path(post, path = "/api/v1/solutions/{id}/contacts", tag = "solutions", params(("id" = i64, Path)),
    request_body = ContactBody,
    responses((status = 201, body = Created), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn request_contact(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<ContactBody>,
) -> Result<Response, AppError> {
    let k = service::request_contact(&state, &user, id, b.organisation_id, &b.message).await?;
    Ok((StatusCode::CREATED, Json(Created { id: k })).into_response())
}

#[derive(Deserialize, ToSchema)]
pub struct DecisionBody {
    /// `accepted` or `declined`.
    #[serde(default)]
    #[schema(required = true)]
    pub decision: String,
}

/// The supplier accepts (its company is then shown to the asking organisation) or declines
/// a pending request; 409 once decided.
#[utoipa::path(put, path = "/api/v1/solutions/{id}/contacts/{contact}", tag = "solutions",
    params(("id" = i64, Path), ("contact" = i64, Path)), request_body = DecisionBody,
    responses((status = 204), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn decide_contact(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, contact)): Path<(i64, i64)>,
    Json(b): Json<DecisionBody>,
) -> Result<StatusCode, AppError> {
    service::decide_contact(&state, &user, id, contact, &b.decision).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct SharedCodeOut {
    /// The deepest CPV code both sit under (or the code itself).
    pub code: String,
    /// `division`, `group`, `class`, `category` or `subcategory`.
    pub level: String,
    pub ours: String,
    pub theirs: String,
    /// Whether either code was read from its text rather than picked by its author.
    pub suggested: bool,
}

#[derive(Serialize, ToSchema)]
pub struct WhyOut {
    /// Words both texts use.
    pub words: Vec<String>,
    pub codes: Vec<SharedCodeOut>,
    pub sectors: Vec<String>,
    /// `within`, `below` or `above` the challenge's expected TRL range; `null` if unknown.
    pub maturity: Option<String>,
    pub trl: Option<i64>,
    pub trl_min: Option<i64>,
    pub trl_max: Option<i64>,
    /// The challenge's country is served.
    pub geography: bool,
    pub languages: Vec<String>,
    pub word_similarity: f32,
    pub concept_similarity: f32,
    pub sector_overlap: f32,
    pub fit: f32,
}

fn why_out(w: Why) -> WhyOut {
    let (maturity, t) = match w.maturity {
        Maturity::Within { trl, min, max } => (Some("within"), Some((trl, min, max))),
        Maturity::Below { trl, min, max } => (Some("below"), Some((trl, min, max))),
        Maturity::Above { trl, min, max } => (Some("above"), Some((trl, min, max))),
        Maturity::Unknown => (None, None),
    };
    WhyOut {
        words: w.words,
        codes: w
            .codes
            .into_iter()
            .map(|c| SharedCodeOut {
                code: c.code,
                level: c.level.into(),
                ours: c.ours,
                theirs: c.theirs,
                suggested: c.suggested,
            })
            .collect(),
        sectors: w.sectors,
        maturity: maturity.map(str::to_owned),
        trl: t.map(|x| x.0),
        trl_min: t.map(|x| x.1),
        trl_max: t.map(|x| x.2),
        geography: w.geography,
        languages: w.languages,
        word_similarity: w.word_similarity,
        concept_similarity: w.concept_similarity,
        sector_overlap: w.sector_overlap,
        fit: w.fit,
    }
}

#[derive(Serialize, ToSchema)]
pub struct MatchOut {
    /// The matching solution's or challenge's id.
    pub id: i64,
    pub title: String,
    pub url: String,
    /// `null` for an anonymous supplier the caller may not see.
    pub organisation_name: Option<String>,
    /// 0 to 1.
    pub score: f32,
    pub why: WhyOut,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MatchParams {
    /// How many (1 to 50, 10 by default).
    #[serde(default)]
    limit: Option<usize>,
}

/// The published solutions that best match a challenge still looking for suppliers, best
/// first, each with why.
#[utoipa::path(get, path = "/api/v1/challenges/{id}/matches", tag = "challenges", params(("id" = i64, Path), MatchParams),
    responses((status = 200, body = Vec<MatchOut>), (status = 404)))]
pub async fn challenge_matches(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<MatchParams>,
) -> Result<Json<Vec<MatchOut>>, AppError> {
    crate::challenges::service::visible(&state, ctx.user.as_deref(), id).await?;
    let found = crate::matcher::matches(&state, Side::Challenge, id, q.limit.unwrap_or(10).clamp(1, 50)).await?;
    let rows = state.db.solutions_by_id(&found.iter().map(|m| m.id).collect::<Vec<_>>()).await?;
    let refs: Vec<&Solution> = rows.iter().collect();
    let shown = service::identities_shown(&state, ctx.user.as_deref(), &refs).await?;
    Ok(Json(
        found
            .into_iter()
            .filter_map(|m| {
                let s = rows.iter().find(|s| s.id == m.id)?;
                Some(MatchOut {
                    id: s.id,
                    title: s.draft.title.clone(),
                    url: format!("/solutions/{}", s.id),
                    organisation_name: shown.contains(&s.id).then(|| s.organisation_name.clone()),
                    score: m.score,
                    why: why_out(m.why),
                })
            })
            .collect(),
    ))
}

/// The challenges still looking for suppliers that best match a published solution.
#[utoipa::path(get, path = "/api/v1/solutions/{id}/matches", tag = "solutions", params(("id" = i64, Path), MatchParams),
    responses((status = 200, body = Vec<MatchOut>), (status = 404)))]
pub async fn solution_matches(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<MatchParams>,
) -> Result<Json<Vec<MatchOut>>, AppError> {
    service::visible(&state, ctx.user.as_deref(), id).await?;
    let found = crate::matcher::matches(&state, Side::Solution, id, q.limit.unwrap_or(10).clamp(1, 50)).await?;
    let rows = state.db.challenges_by_id(&found.iter().map(|m| m.id).collect::<Vec<_>>()).await?;
    Ok(Json(
        found
            .into_iter()
            .filter_map(|m| {
                let c = rows.iter().find(|c| c.id == m.id && c.state.is_matchable())?;
                Some(MatchOut {
                    id: c.id,
                    title: c.draft.title.clone(),
                    url: format!("/challenges/{}", c.id),
                    organisation_name: Some(c.organisation_name.clone()),
                    score: m.score,
                    why: why_out(m.why),
                })
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct MineMatchOut {
    pub title: String,
    pub url: String,
    /// The other side's organisation ("an anonymous supplier" when hidden from the caller).
    pub by: String,
    pub score: String,
    /// Why, in the caller's language.
    pub reasons: Vec<String>,
    /// Published in the last 14 days.
    pub new: bool,
}

#[derive(Serialize, ToSchema)]
pub struct MineOut {
    /// One of the caller's organisations' open challenges or published solutions.
    pub title: String,
    pub url: String,
    pub matches: Vec<MineMatchOut>,
}

/// The best matches of the caller's organisations' open challenges and published
/// solutions (the dashboard's).
#[utoipa::path(get, path = "/api/v1/me/matches", tag = "solutions",
    responses((status = 200, body = Vec<MineOut>)), security(("token" = [])))]
pub async fn my_matches(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
) -> Result<Json<Vec<MineOut>>, AppError> {
    let tr = ctx.tr();
    let mine = crate::matcher::for_user(&state, &tr, &user).await?;
    Ok(Json(
        mine.into_iter()
            .map(|m| MineOut {
                title: m.title,
                url: m.href,
                matches: m
                    .matches
                    .into_iter()
                    .map(|(v, new)| MineMatchOut {
                        title: v.title,
                        url: v.href,
                        by: v.by,
                        score: v.score,
                        reasons: v.reasons,
                        new,
                    })
                    .collect(),
            })
            .collect(),
    ))
}
