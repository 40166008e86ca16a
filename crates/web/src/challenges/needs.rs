//! Common needs and buyers' groups: the groups of open challenges of different buyers that
//! describe the same need (found by the matcher), and the buyers' groups their buyers form
//! to buy together: invite, accept, name a lead buyer, open one joint challenge (flagged
//! cross-border when its buyers are in different Member States).

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
use domain::challenges::ChallengeInput;
use domain::organisations::{OrgKind, ReviewStatus};
use domain::{FieldError, FieldErrors, OrganisationId};
use serde::{Deserialize, Serialize};
use store::LockTable;
use store::accounts::User;
use store::buyer_groups::BuyerGroup;
use utoipa::ToSchema;

pub fn router() -> Router<AppState> {
    use axum::routing::{get, post};
    Router::new()
        .route("/common-needs", get(needs_page))
        .route("/buyer-groups", post(create_page))
        .route("/buyer-groups/{id}", get(group_page))
        .route("/buyer-groups/{id}/invitations", post(invite_page))
        .route("/buyer-groups/{id}/answer", post(answer_page))
        .route("/buyer-groups/{id}/lead", post(lead_page))
        .route("/buyer-groups/{id}/challenge", get(joint_form).post(joint_create))
}

pub fn api_routes() -> Router<AppState> {
    use axum::routing::{get, post, put};
    Router::new()
        .route("/common-needs", get(api_needs))
        .route("/buyer-groups", post(api_create))
        .route("/buyer-groups/{id}", get(api_group))
        .route("/buyer-groups/{id}/invitations", post(api_invite))
        .route("/buyer-groups/{id}/answer", put(api_answer))
        .route("/buyer-groups/{id}/lead", put(api_lead))
        .route("/buyer-groups/{id}/challenge", post(api_joint))
}

/// A challenge of a common need, as lists show it.
#[derive(Serialize, ToSchema, Clone)]
pub struct NeedChallenge {
    pub id: i64,
    pub title: String,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub country: String,
}

#[derive(Serialize, ToSchema, Clone)]
pub struct CommonNeed {
    pub challenges: Vec<NeedChallenge>,
    /// How many buyers.
    pub buyers: usize,
    /// Their challenges' countries (ISO 3166-1 alpha-2).
    pub countries: Vec<String>,
}

async fn describe(state: &AppState, groups: Vec<Vec<i64>>) -> Result<Vec<CommonNeed>, AppError> {
    let ids: Vec<i64> = groups.iter().flatten().copied().collect();
    let rows = state.db.challenges_by_id(&ids).await?;
    Ok(groups
        .into_iter()
        .map(|g| {
            let challenges: Vec<NeedChallenge> = g
                .iter()
                .filter_map(|id| rows.iter().find(|c| c.id == *id))
                .filter(|c| c.state.is_matchable())
                .map(|c| NeedChallenge {
                    id: c.id,
                    title: c.draft.title.clone(),
                    organisation_id: c.draft.organisation,
                    organisation_name: c.organisation_name.clone(),
                    country: c.draft.country.clone(),
                })
                .collect();
            let mut buyers: Vec<i64> = challenges.iter().map(|c| c.organisation_id).collect();
            buyers.sort_unstable();
            buyers.dedup();
            let mut countries: Vec<String> = challenges.iter().map(|c| c.country.clone()).collect();
            countries.sort();
            countries.dedup();
            CommonNeed { buyers: buyers.len(), challenges, countries }
        })
        .filter(|n| n.buyers > 1)
        .collect())
}

/// Every common need, largest first.
pub async fn common_needs(state: &AppState) -> Result<Vec<CommonNeed>, AppError> {
    let groups = crate::matcher::common_needs(state).await?;
    describe(state, groups).await
}

/// The common need a challenge is part of, if any.
pub async fn common_need_of(state: &AppState, id: i64) -> Result<Option<CommonNeed>, AppError> {
    let group = crate::matcher::common_need_of(state, id).await?;
    if let Some(n) = state.matcher.needs.lock().map_err(crate::matcher::poisoned)?.get(&id) {
        return Ok(n.clone());
    }
    let need = if group.is_empty() { None } else { describe(state, vec![group]).await?.pop() };
    let mut memo = state.matcher.needs.lock().map_err(crate::matcher::poisoned)?;
    if memo.len() >= 20_000 {
        memo.clear();
    }
    memo.insert(id, need.clone());
    Ok(need)
}

/// An approved public buyer (the only kind a buyers' group takes).
async fn is_buyer(state: &AppState, org: i64) -> Result<bool, AppError> {
    Ok(match state.db.organisation(OrganisationId(org)).await {
        Ok(o) => o.status == ReviewStatus::Approved && o.kind == OrgKind::PublicAuthority,
        Err(store::StoreError::NotFound) => false,
        Err(e) => return Err(e.into()),
    })
}

/// Forms a group with `org` (a buyer `user` belongs to) as its lead, inviting `invite`.
pub async fn create(state: &AppState, user: &User, org: i64, name: &str, invite: &[i64]) -> Result<i64, AppError> {
    if !buyer_organisations(state, user).await?.iter().any(|(o, _)| *o == org) {
        return Err(AppError::invalid("organisation", "invalid-choice"));
    }
    let name = domain::text::required("name", name, 200).map_err(FieldErrors::from)?;
    for o in invite {
        if *o == org || !is_buyer(state, *o).await? {
            return Err(AppError::invalid("invite", "invalid-choice"));
        }
    }
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let id = tx.create_buyer_group(&name, org, user.id, now).await?;
    for o in invite {
        tx.invite_to_buyer_group(id, *o, now).await?;
    }
    tell_invited(state, &mut tx, id, &name, invite).await?;
    state.commit(tx).await?;
    Ok(id)
}

async fn tell_invited(state: &AppState, tx: &mut store::Tx, id: i64, name: &str, orgs: &[i64]) -> Result<(), AppError> {
    for o in orgs {
        let users = super::clarify::members_of(state, *o).await?;
        let name = name.to_owned();
        super::clarify::tell(state, tx, &users, format!("/buyer-groups/{id}"), "mail-buyer-group-open", |tr| {
            (
                tr.ta("mail-buyer-group-invited-subject", "name", &name),
                vec![tr.ta("mail-buyer-group-invited-body", "name", &name)],
            )
        })
        .await?;
    }
    Ok(())
}

/// The member buyers `user` acts for in the group (empty: not a member).
async fn acting_for(state: &AppState, user: &User, g: &BuyerGroup) -> Result<Vec<i64>, AppError> {
    Ok(buyer_organisations(state, user).await?.into_iter().map(|(o, _)| o).filter(|o| g.is_member(*o)).collect())
}

/// A member of the group invites another public buyer.
pub async fn invite(state: &AppState, user: &User, id: i64, org: i64) -> Result<(), AppError> {
    let g = state.db.buyer_group(id).await?;
    if acting_for(state, user, &g).await?.is_empty() {
        return Err(AppError::NotFound);
    }
    if !is_buyer(state, org).await? {
        return Err(AppError::invalid("organisation", "invalid-choice"));
    }
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::BuyerGroups, id).await?;
    if !tx.invite_to_buyer_group(id, org, store::now()).await? {
        return Err(AppError::Conflict(FieldError::new("organisation", "already-in-group")));
    }
    tell_invited(state, &mut tx, id, &g.name, &[org]).await?;
    state.commit(tx).await?;
    Ok(())
}

/// An invited buyer accepts or declines.
pub async fn answer(state: &AppState, user: &User, id: i64, org: i64, accept: bool) -> Result<(), AppError> {
    if !buyer_organisations(state, user).await?.iter().any(|(o, _)| *o == org) {
        return Err(AppError::invalid("organisation", "invalid-choice"));
    }
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::BuyerGroups, id).await?;
    let g = tx.buyer_group(id).await?;
    if !g.is_invited(org) {
        return Err(AppError::Conflict(FieldError::new("organisation", "not-invited")));
    }
    tx.answer_buyer_group(id, org, accept, store::now()).await?;
    state.commit(tx).await?;
    Ok(())
}

/// The lead buyer hands the lead to another member.
pub async fn set_lead(state: &AppState, user: &User, id: i64, org: i64) -> Result<(), AppError> {
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::BuyerGroups, id).await?;
    let g = tx.buyer_group(id).await?;
    if !acting_for(state, user, &g).await?.contains(&g.lead) {
        return Err(AppError::Forbidden);
    }
    if !g.is_member(org) {
        return Err(AppError::invalid("organisation", "invalid-choice"));
    }
    tx.set_buyer_group_lead(id, org).await?;
    state.commit(tx).await?;
    Ok(())
}

/// The lead buyer opens the group's one joint challenge (a draft of the lead buyer, with
/// at least two member buyers).
pub async fn open_joint(state: &AppState, user: &User, id: i64, input: &ChallengeInput) -> Result<i64, AppError> {
    let g = state.db.buyer_group(id).await?;
    if !acting_for(state, user, &g).await?.contains(&g.lead) {
        return Err(AppError::Forbidden);
    }
    let input = ChallengeInput { organisation: g.lead.to_string(), ..input.clone() };
    let d = input.parse(&[g.lead], chrono::Utc::now().date_naive())?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::BuyerGroups, id).await?;
    let g = tx.buyer_group(id).await?;
    if g.joint_challenge.is_some() {
        return Err(AppError::Conflict(FieldError::new("group", "joint-challenge-exists")));
    }
    if g.members.iter().filter(|m| m.state == "member").count() < 2 {
        return Err(AppError::Conflict(FieldError::new("group", "group-too-small")));
    }
    let cid = tx.create_challenge(&d, user.id, store::now()).await?;
    tx.set_joint_challenge(id, cid).await?;
    state.commit(tx).await?;
    crate::matcher::refresh(state).await;
    Ok(cid)
}

#[derive(Template)]
#[template(path = "challenges/common_needs.html")]
struct NeedsPage {
    c: Chrome,
    needs: Vec<CommonNeed>,
    /// The reader's buyers (to form a group from a common need).
    own: Vec<(i64, String)>,
}

impl NeedsPage {
    fn owns(&self, n: &CommonNeed) -> Option<(i64, String)> {
        self.own.iter().find(|(o, _)| n.challenges.iter().any(|c| c.organisation_id == *o)).cloned()
    }
    fn others(&self, n: &CommonNeed, mine: &i64) -> Vec<(i64, String)> {
        let mut v: Vec<(i64, String)> = n
            .challenges
            .iter()
            .filter(|c| c.organisation_id != *mine)
            .map(|c| (c.organisation_id, c.organisation_name.clone()))
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

pub async fn needs_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let own = match &ctx.user {
        Some(u) => buyer_organisations(&state, u).await?,
        None => Vec::new(),
    };
    Ok(page::render(&NeedsPage {
        c: Chrome::new(&ctx, tr.t("common-needs-title")),
        needs: common_needs(&state).await?,
        own,
    }))
}

#[derive(Template)]
#[template(path = "challenges/buyer_group.html")]
struct GroupPage {
    c: Chrome,
    g: BuyerGroup,
    lead_name: String,
    cross_border: bool,
    joint: Option<(i64, String)>,
    /// The member buyers the reader acts for; the invited ones it may answer for.
    acting: Vec<i64>,
    invited_own: Vec<(i64, String)>,
    is_lead: bool,
    /// Public buyers not in the group yet, to invite.
    invitable: Vec<(i64, String)>,
}

impl GroupPage {
    fn country(&self, code: &str) -> String {
        self.c.tr.country(code)
    }
}

async fn visible(
    state: &AppState,
    user: &User,
    id: i64,
) -> Result<(BuyerGroup, Vec<i64>, Vec<(i64, String)>), AppError> {
    let g = state.db.buyer_group(id).await?;
    let own = buyer_organisations(state, user).await?;
    let acting: Vec<i64> = own.iter().map(|(o, _)| *o).filter(|o| g.is_member(*o)).collect();
    let invited: Vec<(i64, String)> = own.into_iter().filter(|(o, _)| g.is_invited(*o)).collect();
    if acting.is_empty() && invited.is_empty() && !user.is_admin {
        return Err(AppError::NotFound);
    }
    Ok((g, acting, invited))
}

pub async fn group_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (g, acting, invited_own) = visible(&state, &user, id).await?;
    let joint = match g.joint_challenge {
        Some(c) => Some((c, state.db.challenge(c).await?.draft.title)),
        None => None,
    };
    let buyers = store::organisations::OrgFilter {
        status: Some(ReviewStatus::Approved),
        kind: Some(OrgKind::PublicAuthority),
        ..Default::default()
    };
    let invitable = state
        .db
        .organisations(&buyers, &domain::paging::Seek::First, 500)
        .await?
        .items
        .iter()
        .filter(|o| !g.members.iter().any(|m| m.organisation_id == o.id.0))
        .map(|o| (o.id.0, o.name.clone()))
        .collect();
    Ok(page::render(&GroupPage {
        c: Chrome::new(&ctx, g.name.clone()),
        lead_name: g.members.iter().find(|m| m.organisation_id == g.lead).map(|m| m.name.clone()).unwrap_or_default(),
        cross_border: g.cross_border(),
        is_lead: acting.contains(&g.lead),
        joint,
        acting,
        invited_own,
        invitable,
        g,
    }))
}

fn ids(f: &Fields, name: &str) -> Vec<i64> {
    f.all(name).iter().filter_map(|x| x.trim().parse().ok()).collect()
}

async fn done(state: &AppState, to: String, r: Result<(), AppError>) -> Result<Response, AppError> {
    match r {
        Ok(()) => Ok(page::redirect_flash(state, &to, "buyer-group-saved")),
        Err(AppError::Conflict(f)) => Ok(page::redirect_flash(state, &to, f.code)),
        Err(e) => Err(e),
    }
}

pub async fn create_page(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let org = f.get("organisation").trim().parse().unwrap_or(0);
    let id = create(&state, &user, org, &f.get("name"), &ids(&f, "invite")).await?;
    Ok(page::redirect_flash(&state, &format!("/buyer-groups/{id}"), "buyer-group-saved"))
}

pub async fn invite_page(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = invite(&state, &user, id, f.get("organisation").trim().parse().unwrap_or(0)).await;
    done(&state, format!("/buyer-groups/{id}"), r).await
}

pub async fn answer_page(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let accept = f.get("answer") == "accept";
    let r = answer(&state, &user, id, f.get("organisation").trim().parse().unwrap_or(0), accept).await;
    let to = if accept { format!("/buyer-groups/{id}") } else { "/common-needs".to_owned() };
    done(&state, to, r).await
}

pub async fn lead_page(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = set_lead(&state, &user, id, f.get("organisation").trim().parse().unwrap_or(0)).await;
    done(&state, format!("/buyer-groups/{id}"), r).await
}

async fn joint_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    id: i64,
    input: &ChallengeInput,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let (g, acting, _) = visible(state, user, id).await?;
    if !acting.contains(&g.lead) {
        return Err(AppError::Forbidden);
    }
    let tr = ctx.tr();
    let f = super::pages::form(&tr, &ctx.csrf, format!("/buyer-groups/{id}/challenge"), input, None);
    Ok(page::form_page(ctx, tr.ta("buyer-group-joint-title", "name", &g.name), f, errs, format!("/buyer-groups/{id}")))
}

pub async fn joint_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    joint_page(&state, &user, &ctx, id, &ChallengeInput::default(), None).await
}

pub async fn joint_create(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let input = super::pages::input_from(&f);
    match open_joint(&state, &user, id, &input).await {
        Ok(cid) => Ok(page::redirect_flash(&state, &format!("/challenges/{cid}"), "challenge-saved")),
        Err(AppError::Unprocessable(e)) => joint_page(&state, &user, &ctx, id, &input, Some(&e)).await,
        Err(AppError::Conflict(f)) => Ok(page::redirect_flash(&state, &format!("/buyer-groups/{id}"), f.code)),
        Err(e) => Err(e),
    }
}

/// Groups of open challenges of different buyers that describe the same need.
#[utoipa::path(get, path = "/api/v1/common-needs", tag = "challenges", responses((status = 200, body = Vec<CommonNeed>)))]
pub async fn api_needs(State(state): State<AppState>) -> Result<Json<Vec<CommonNeed>>, AppError> {
    Ok(Json(common_needs(&state).await?))
}

#[derive(Serialize, ToSchema)]
pub struct MemberOut {
    pub organisation_id: i64,
    pub name: String,
    pub country: String,
    /// `invited` or `member`.
    pub state: String,
}

#[derive(Serialize, ToSchema)]
pub struct GroupOut {
    pub id: i64,
    pub name: String,
    pub lead_organisation_id: i64,
    pub members: Vec<MemberOut>,
    pub joint_challenge_id: Option<i64>,
    /// Its member buyers are in more than one Member State.
    pub cross_border: bool,
}

fn group_out(g: BuyerGroup) -> GroupOut {
    GroupOut {
        cross_border: g.cross_border(),
        id: g.id,
        name: g.name,
        lead_organisation_id: g.lead,
        joint_challenge_id: g.joint_challenge,
        members: g
            .members
            .into_iter()
            .map(|m| MemberOut { organisation_id: m.organisation_id, name: m.name, country: m.country, state: m.state })
            .collect(),
    }
}

#[derive(Deserialize, ToSchema)]
pub struct GroupBody {
    #[serde(default)]
    #[schema(required = true)]
    pub name: String,
    /// The caller's public buyer: the first member and lead.
    #[serde(default)]
    #[schema(required = true)]
    pub organisation_id: i64,
    /// Public buyers to invite.
    #[serde(default)]
    pub invite: Vec<i64>,
}

/// Forms a buyers' group.
#[utoipa::path(post, path = "/api/v1/buyer-groups", tag = "challenges", request_body = GroupBody,
    responses((status = 201, body = GroupOut), (status = 422)), security(("token" = [])))]
pub async fn api_create(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<GroupBody>,
) -> Result<Response, AppError> {
    let id = create(&state, &user, b.organisation_id, &b.name, &b.invite).await?;
    Ok((StatusCode::CREATED, Json(group_out(state.db.buyer_group(id).await?))).into_response())
}

/// A buyers' group (its members and invited buyers).
#[utoipa::path(get, path = "/api/v1/buyer-groups/{id}", tag = "challenges", params(("id" = i64, Path)),
    responses((status = 200, body = GroupOut), (status = 404)), security(("token" = [])))]
pub async fn api_group(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<GroupOut>, AppError> {
    let (g, _, _) = visible(&state, &user, id).await?;
    Ok(Json(group_out(g)))
}

#[derive(Deserialize, ToSchema)]
pub struct OrgBody {
    #[serde(default)]
    #[schema(required = true)]
    pub organisation_id: i64,
}

/// A member invites another public buyer (409 if already in).
#[utoipa::path(post, path = "/api/v1/buyer-groups/{id}/invitations", tag = "challenges", params(("id" = i64, Path)),
    request_body = OrgBody, responses((status = 204), (status = 404), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn api_invite(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<OrgBody>,
) -> Result<StatusCode, AppError> {
    invite(&state, &user, id, b.organisation_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct AnswerBody {
    /// The invited public buyer the caller belongs to.
    #[serde(default)]
    #[schema(required = true)]
    pub organisation_id: i64,
    #[serde(default)]
    pub accept: bool,
}

/// An invited buyer accepts or declines (409 if not invited).
#[utoipa::path(put, path = "/api/v1/buyer-groups/{id}/answer", tag = "challenges", params(("id" = i64, Path)),
    request_body = AnswerBody, responses((status = 204), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn api_answer(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<AnswerBody>,
) -> Result<StatusCode, AppError> {
    answer(&state, &user, id, b.organisation_id, b.accept).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The lead buyer names another member lead.
#[utoipa::path(put, path = "/api/v1/buyer-groups/{id}/lead", tag = "challenges", params(("id" = i64, Path)),
    request_body = OrgBody, responses((status = 204), (status = 403), (status = 422)), security(("token" = [])))]
pub async fn api_lead(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<OrgBody>,
) -> Result<StatusCode, AppError> {
    set_lead(&state, &user, id, b.organisation_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The lead buyer opens the group's joint challenge (a draft; once per group, with at
/// least two member buyers).
#[utoipa::path(post, path = "/api/v1/buyer-groups/{id}/challenge", tag = "challenges", params(("id" = i64, Path)),
    request_body = super::api::ChallengeBody,
    responses((status = 201, body = super::api::ChallengeOut), (status = 403), (status = 409), (status = 422)),
    security(("token" = [])))]
pub async fn api_joint(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<super::api::ChallengeBody>,
) -> Result<Response, AppError> {
    let cid = open_joint(&state, &user, id, &b.into()).await?;
    let c = state.db.challenge(cid).await?;
    Ok((StatusCode::CREATED, Json(super::api::out_for(&state, c).await?)).into_response())
}
