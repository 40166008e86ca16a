//! The organisations API under `/api/v1`.

use super::pages::{DirectoryQuery, PER_PAGE};
use super::service;
use crate::AppState;
use crate::api_common::{
    Accepted, MyOrganisation, OrganisationOut, OrganisationPage, UserOut, my_organisations, rfc3339,
};
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::pager::SeekParams;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{self, get, post, put};
use axum::{Json, Router};
use domain::organisations::{MembershipStatus, OrganisationInput};
use domain::{OrganisationId, UserId};
use serde::{Deserialize, Serialize};
use store::invitations::Invitation;
use store::organisations::Member;
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/organisations", get(list).post(create))
        .route("/organisations/{id}", get(show).put(update).delete(delete))
        .route("/organisations/{id}/join", post(join).delete(withdraw_join))
        .route("/organisations/{id}/members", get(members))
        .route("/organisations/{id}/members/{user_id}", put(set_role).delete(remove))
        .route("/organisations/{id}/invitations", get(invitations).post(invite))
        .route("/organisations/{id}/invitations/{invitation_id}", routing::delete(cancel_invitation))
        .route("/invitations/accept", post(accept_invitation))
        .route("/invitations/register", post(register_with_invitation))
        .route("/invitations/decline", post(decline_invitation))
        .route("/me/organisations", get(mine))
        .route("/regions", get(regions))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct OrganisationBody {
    #[serde(default)]
    #[schema(required = true)]
    pub name: String,
    #[serde(default)]
    #[schema(required = true)]
    pub kind: String,
    #[serde(default)]
    pub size_class: Option<String>,
    #[serde(default)]
    #[schema(required = true)]
    pub country: String,
    #[serde(default)]
    pub nuts: Option<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    /// What a company sells: CPV 2008 divisions and groups (`72000000-5`, `72200000-7`;
    /// the check digit may be left out), at most 20. Ignored for other kinds.
    #[serde(default)]
    pub cpv: Vec<String>,
    /// A company supported by the European Innovation Council (ignored for other kinds).
    #[serde(default)]
    pub eic_supported: bool,
    /// On creation: `true` after a `duplicate-name` warning, when it is another
    /// organisation of the same name in that country.
    #[serde(default)]
    pub confirm_duplicate: bool,
}

impl From<OrganisationBody> for OrganisationInput {
    fn from(b: OrganisationBody) -> Self {
        Self {
            name: b.name,
            kind: b.kind,
            size_class: b.size_class.unwrap_or_default(),
            country: b.country,
            nuts: b.nuts.unwrap_or_default(),
            sectors: b.sectors,
            website: b.website.unwrap_or_default(),
            description: b.description.unwrap_or_default(),
            cpv: b.cpv,
            eic_supported: b.eic_supported,
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Part of the name; case and accents are ignored.
    pub q: Option<String>,
    /// ISO 3166-1 alpha-2 code of an EU country.
    pub country: Option<String>,
    /// `public-authority`, `company`, `ngo`, `research` or `other`.
    pub kind: Option<String>,
    /// A sector code.
    pub sector: Option<String>,
    /// A CPV division (two digits, `72`) or a division or group code it sells.
    pub cpv: Option<String>,
    /// A NUTS 2021 region: organisations in it or in the regions inside it.
    pub nuts: Option<String>,
    /// An SME size class: `micro`, `small`, `medium` or `large`.
    pub size_class: Option<String>,
    /// `1`: only companies supported by the European Innovation Council.
    pub eic: Option<String>,
    /// `name` (default) or `newest`.
    pub sort: Option<String>,
}

/// Approved organisations, by name.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "organisations", params(ListParams, SeekParams),
    responses((status = 200, body = OrganisationPage)))]
pub async fn list(
    State(state): State<AppState>,
    Query(p): Query<ListParams>,
    Query(seek): Query<SeekParams>,
) -> Result<Json<OrganisationPage>, AppError> {
    let q = DirectoryQuery {
        q: p.q.unwrap_or_default(),
        country: p.country.unwrap_or_default(),
        kind: p.kind.unwrap_or_default(),
        sector: p.sector.unwrap_or_default(),
        cpv: p.cpv.unwrap_or_default(),
        nuts: p.nuts.unwrap_or_default(),
        size: p.size_class.unwrap_or_default(),
        eic: p.eic.unwrap_or_default(),
        sort: p.sort.unwrap_or_default(),
        seek,
    };
    let filter = q.filter()?;
    let slice = state.db.organisations(&filter, &q.seek.seek()?, PER_PAGE).await?;
    Ok(Json(OrganisationPage {
        total: state.db.count_organisations(&filter).await?,
        prev: slice.prev.as_ref().map(|c| c.encode()),
        next: slice.next.as_ref().map(|c| c.encode()),
        items: slice.items.iter().cloned().map(Into::into).collect(),
    }))
}

/// Creates an organisation, pending approval, with the caller as its owner.
#[utoipa::path(post, path = "/api/v1/organisations", tag = "organisations", request_body = OrganisationBody,
    responses((status = 201, body = OrganisationOut), (status = 422)), security(("token" = [])))]
pub async fn create(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<OrganisationBody>,
) -> Result<Response, AppError> {
    let confirm = b.confirm_duplicate;
    let id = service::create(&state, &user, &b.into(), confirm).await?;
    Ok((StatusCode::CREATED, Json(OrganisationOut::from(state.db.organisation(id).await?))).into_response())
}

#[utoipa::path(get, path = "/api/v1/organisations/{id}", tag = "organisations", params(("id" = i64, Path)),
    responses((status = 200, body = OrganisationOut), (status = 404)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Json<OrganisationOut>, AppError> {
    Ok(Json(service::visible(&state, &ctx, OrganisationId(id)).await?.0.into()))
}

#[utoipa::path(put, path = "/api/v1/organisations/{id}", tag = "organisations", params(("id" = i64, Path)), request_body = OrganisationBody,
    responses((status = 200, body = OrganisationOut), (status = 403), (status = 404), (status = 422)), security(("token" = [])))]
pub async fn update(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<OrganisationBody>,
) -> Result<Json<OrganisationOut>, AppError> {
    service::update(&state, &ctx, &user, OrganisationId(id), &b.into()).await?;
    Ok(Json(state.db.organisation(OrganisationId(id)).await?.into()))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct JoinBody {
    /// A few words for the owners (at most 1,000 characters).
    #[serde(default)]
    pub message: String,
}

/// Asks to join; the owners are told by e-mail who asks, with the message.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/join", tag = "organisations", params(("id" = i64, Path)),
    request_body(content = JoinBody, description = "Optional"),
    responses((status = 202, body = Accepted), (status = 404), (status = 409)), security(("token" = [])))]
pub async fn join(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    body: Option<Json<JoinBody>>,
) -> Result<Response, AppError> {
    let message = body.map(|b| b.0.message).unwrap_or_default();
    service::request_join(&state, &ctx, &user, OrganisationId(id), &message).await?;
    Ok((StatusCode::ACCEPTED, Json(Accepted { status: "accepted" })).into_response())
}

/// Withdraws the caller's own pending request to join.
#[utoipa::path(delete, path = "/api/v1/organisations/{id}/join", tag = "organisations", params(("id" = i64, Path)),
    responses((status = 204), (status = 404)), security(("token" = [])))]
pub async fn withdraw_join(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::withdraw_join(&state, &ctx, &user, OrganisationId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct MemberOut {
    pub user_id: i64,
    pub name: String,
    /// `owner`, `editor` or `member`; absent while the person has only asked to join.
    pub role: Option<String>,
    /// `requested` or `active`.
    pub status: String,
    pub since: String,
}

impl From<Member> for MemberOut {
    fn from(m: Member) -> Self {
        Self {
            user_id: m.user_id.0,
            name: m.name,
            role: (m.status == MembershipStatus::Active).then(|| m.role.as_str().to_owned()),
            status: m.status.as_str().into(),
            since: rfc3339(m.since),
        }
    }
}

#[utoipa::path(get, path = "/api/v1/organisations/{id}/members", tag = "organisations", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<MemberOut>), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn members(
    State(state): State<AppState>,
    AuthUser(_, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<MemberOut>>, AppError> {
    let (_, _, list) = service::members(&state, &ctx, OrganisationId(id)).await?;
    Ok(Json(list.into_iter().map(Into::into).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct RoleBody {
    /// `owner`, `editor` or `member`. Setting a role accepts a pending request.
    #[serde(default)]
    #[schema(required = true)]
    pub role: String,
}

#[utoipa::path(put, path = "/api/v1/organisations/{id}/members/{user_id}", tag = "organisations",
    params(("id" = i64, Path), ("user_id" = i64, Path)), request_body = RoleBody,
    responses((status = 204), (status = 403), (status = 404), (status = 422), (status = 409)), security(("token" = [])))]
pub async fn set_role(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, member)): Path<(i64, i64)>,
    Json(b): Json<RoleBody>,
) -> Result<StatusCode, AppError> {
    service::set_role(&state, &ctx, &user, OrganisationId(id), UserId(member), &b.role).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/api/v1/organisations/{id}/members/{user_id}", tag = "organisations",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204), (status = 403), (status = 404), (status = 422), (status = 409)), security(("token" = [])))]
pub async fn remove(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, member)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    service::remove(&state, &ctx, &user, OrganisationId(id), UserId(member)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/api/v1/me/organisations", tag = "organisations",
    responses((status = 200, body = Vec<MyOrganisation>)), security(("token" = [])))]
pub async fn mine(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
) -> Result<Json<Vec<MyOrganisation>>, AppError> {
    Ok(Json(my_organisations(&state.db, user.id).await?))
}

/// Deletes an organisation (withdraws it while pending), by an owner or an administrator;
/// its members are told by e-mail.
#[utoipa::path(delete, path = "/api/v1/organisations/{id}", tag = "organisations", params(("id" = i64, Path)),
    responses((status = 204), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn delete(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    service::delete(&state, &ctx, &user, OrganisationId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An invitation as its organisation's owners see it (the link itself is only mailed).
#[derive(Serialize, ToSchema)]
pub struct InvitationOut {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub email: String,
    /// `owner`, `editor` or `member`: the role the person gets on accepting.
    pub role: String,
    pub invited_by: String,
    pub message: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub expires_at: String,
    /// `open`, `expired` or `accepted`.
    pub state: String,
}

impl From<Invitation> for InvitationOut {
    fn from(i: Invitation) -> Self {
        let state = if i.accepted_at.is_some() {
            "accepted"
        } else if i.is_open(store::now()) {
            "open"
        } else {
            "expired"
        };
        Self {
            id: i.id,
            organisation_id: i.organisation_id.0,
            organisation_name: i.organisation_name,
            email: i.email,
            role: i.role.as_str().into(),
            invited_by: i.inviter_name,
            message: i.message,
            created_at: rfc3339(i.created_at),
            expires_at: rfc3339(i.expires_at),
            state: state.into(),
        }
    }
}

#[derive(Deserialize, ToSchema, Default)]
pub struct InvitationBody {
    #[serde(default)]
    #[schema(required = true)]
    pub email: String,
    /// `owner`, `editor` or `member`.
    #[serde(default)]
    #[schema(required = true)]
    pub role: String,
    /// A few words for the person invited (at most 1,000 characters).
    #[serde(default)]
    pub message: String,
}

/// The invitations not accepted yet (owners and administrators).
#[utoipa::path(get, path = "/api/v1/organisations/{id}/invitations", tag = "organisations", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<InvitationOut>), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn invitations(
    State(state): State<AppState>,
    AuthUser(_, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Json<Vec<InvitationOut>>, AppError> {
    let list = super::invitations::list(&state, &ctx, OrganisationId(id)).await?;
    Ok(Json(list.into_iter().map(Into::into).collect()))
}

/// Invites someone by e-mail with a role, also while the organisation waits for review;
/// inviting the same address again sends a fresh link and replaces the earlier one.
#[utoipa::path(post, path = "/api/v1/organisations/{id}/invitations", tag = "organisations", params(("id" = i64, Path)),
    request_body = InvitationBody,
    responses((status = 201, body = InvitationOut), (status = 403), (status = 404), (status = 422), (status = 429)), security(("token" = [])))]
pub async fn invite(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    Json(b): Json<InvitationBody>,
) -> Result<Response, AppError> {
    let inv =
        super::invitations::invite(&state, &ctx, &user, OrganisationId(id), (&b.email, &b.role, &b.message)).await?;
    Ok((StatusCode::CREATED, Json(InvitationOut::from(inv))).into_response())
}

/// Cancels an invitation not accepted yet; its link stops working.
#[utoipa::path(delete, path = "/api/v1/organisations/{id}/invitations/{invitation_id}", tag = "organisations",
    params(("id" = i64, Path), ("invitation_id" = i64, Path)),
    responses((status = 204), (status = 403), (status = 404)), security(("token" = [])))]
pub async fn cancel_invitation(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, invitation)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    super::invitations::cancel(&state, &ctx, &user, OrganisationId(id), invitation).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct InvitationToken {
    /// The token from the mailed link (its last path segment).
    #[serde(default)]
    #[schema(required = true)]
    pub token: String,
}

/// Accepts an invitation with the caller's account, whose address must be the one invited.
#[utoipa::path(post, path = "/api/v1/invitations/accept", tag = "organisations", request_body = InvitationToken,
    responses((status = 200, body = InvitationOut), (status = 404), (status = 409)), security(("token" = [])))]
pub async fn accept_invitation(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Json(b): Json<InvitationToken>,
) -> Result<Json<InvitationOut>, AppError> {
    Ok(Json(super::invitations::accept(&state, &user, &b.token).await?.into()))
}

#[derive(Deserialize, ToSchema)]
pub struct InvitationRegistration {
    #[serde(default)]
    #[schema(required = true)]
    pub token: String,
    #[serde(default)]
    #[schema(required = true)]
    pub name: String,
    #[serde(default)]
    #[schema(required = true)]
    pub password: String,
}

/// Creates the account of the invited address (confirmed by the link) and joins.
#[utoipa::path(post, path = "/api/v1/invitations/register", tag = "organisations", request_body = InvitationRegistration,
    responses((status = 201, body = UserOut), (status = 404), (status = 409), (status = 422)))]
pub async fn register_with_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Json(b): Json<InvitationRegistration>,
) -> Result<Response, AppError> {
    let (user, _) = super::invitations::register_and_accept(&state, &ctx, &b.token, &b.name, &b.password).await?;
    Ok((StatusCode::CREATED, Json(UserOut::from(&user))).into_response())
}

/// Declines an invitation (whoever holds its link).
#[utoipa::path(post, path = "/api/v1/invitations/decline", tag = "organisations", request_body = InvitationToken,
    responses((status = 204), (status = 404), (status = 409)))]
pub async fn decline_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Json(b): Json<InvitationToken>,
) -> Result<StatusCode, AppError> {
    super::invitations::decline(&state, &ctx, &b.token).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RegionParams {
    /// ISO 3166-1 alpha-2 code of an EU country.
    pub country: Option<String>,
}

/// A NUTS 2021 region.
#[derive(Serialize, ToSchema)]
pub struct RegionOut {
    pub code: String,
    /// 1, 2 or 3 (the country itself is level 0 and not listed).
    pub level: u8,
    pub name: String,
}

/// The NUTS 2021 regions of a country, in code order (each region before its parts):
/// the choices of an organisation's `nuts`.
#[utoipa::path(get, path = "/api/v1/regions", tag = "organisations", params(RegionParams),
    responses((status = 200, body = Vec<RegionOut>), (status = 422)))]
pub async fn regions(Query(p): Query<RegionParams>) -> Result<Json<Vec<RegionOut>>, AppError> {
    let country = domain::geo::Country::parse("country", p.country.as_deref().unwrap_or(""))
        .map_err(domain::FieldErrors::from)?;
    Ok(Json(
        domain::geo::nuts_regions_of(country)
            .into_iter()
            .filter(|r| r.level > 0)
            .map(|r| RegionOut { code: r.code.clone(), level: r.level, name: r.name.clone() })
            .collect(),
    ))
}
