//! The page an invitation link opens, and its answers: accept (signed in), register and
//! join (no account yet), decline. Opening the link changes nothing; each answer is a
//! button, so a mail scanner that follows links spends nothing.

use super::invitations;
use crate::AppState;
use crate::ctx::{self, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::page::{self, Chrome, MessagePage};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use domain::FieldErrors;
use domain::accounts::SESSION_IDLE_SECS;
use store::invitations::Invitation;

#[derive(Template)]
#[template(path = "organisations/invitation.html")]
struct InvitationPage {
    c: Chrome,
    token: String,
    paragraphs: Vec<String>,
    /// Who wrote the message, and the message.
    message: Option<(String, String)>,
    form: Option<Form>,
    can_decline: bool,
    links: Vec<(String, String)>,
}

fn message_page(ctx: &Ctx, title: &str, body: String, links: Vec<(String, String)>, status: StatusCode) -> Response {
    let tr = ctx.tr();
    page::render_status(&MessagePage { c: Chrome::new(ctx, tr.t(title)), paragraphs: vec![body], links }, status)
}

/// The page of a link that cannot be used any more (or never could).
fn closed(ctx: &Ctx, inv: Option<&Invitation>) -> Response {
    let tr = ctx.tr();
    match inv {
        Some(i) if i.accepted_at.is_some() => message_page(
            ctx,
            "invitation-used-title",
            tr.ta("invitation-used-body", "organisation", &i.organisation_name),
            vec![
                (format!("/organisations/{}", i.organisation_id.0), tr.t("mail-open-organisation")),
                (format!("/sign-in?email={}", crate::error::urlencode(&i.email)), tr.t("nav-sign-in")),
            ],
            StatusCode::GONE,
        ),
        Some(i) => message_page(
            ctx,
            "invitation-expired-title",
            tr.args(
                "invitation-expired-body",
                &[("person", i.inviter_name.clone().into()), ("organisation", i.organisation_name.clone().into())],
            ),
            vec![],
            StatusCode::GONE,
        ),
        None => message_page(
            ctx,
            "invitation-invalid-title",
            tr.t("invitation-invalid-body"),
            vec![("/".into(), tr.t("nav-home"))],
            StatusCode::NOT_FOUND,
        ),
    }
}

fn register_form(ctx: &Ctx, token: &str, name: &str, errs: Option<&FieldErrors>) -> Form {
    let tr = ctx.tr();
    let fields = vec![
        Field::new("text", "name", tr.t("label-name")).value(name).required().autocomplete("name"),
        Field::new("password", "password", tr.t("label-password"))
            .required()
            .autocomplete("new-password")
            .hint(tr.t("hint-password")),
    ];
    let form = Form::new(format!("/invitations/{token}"), tr.t("invitation-register-submit"), &ctx.csrf, fields);
    match errs {
        Some(e) => form.with_errors(e, &tr),
        None => form,
    }
}

/// What the open invitation page shows to this visitor.
async fn open_page(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    inv: &Invitation,
    form: Option<Form>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let role = tr.t(&format!("role-{}", inv.role.as_str()));
    let args = [
        ("person", inv.inviter_name.clone().into()),
        ("organisation", inv.organisation_name.clone().into()),
        ("role", role.into()),
        ("email", inv.email.clone().into()),
    ];
    let mut paragraphs = vec![tr.args("invitation-intro", &args)];
    let org = state.db.organisation(inv.organisation_id).await?;
    if org.status != domain::organisations::ReviewStatus::Approved {
        paragraphs.push(tr.ta("invitation-org-pending", "organisation", &org.name));
    }
    let mut links = vec![];
    let mut can_decline = true;
    let form = match &ctx.user {
        Some(u) if u.email.as_str() == inv.email => Some(form.unwrap_or_else(|| {
            Form::new(format!("/invitations/{token}"), tr.t("invitation-accept"), &ctx.csrf, vec![])
        })),
        Some(u) => {
            // Signed in as someone else: the invitation is for the address it went to.
            paragraphs.push(tr.args(
                "invitation-other-account",
                &[("email", inv.email.clone().into()), ("current", u.email.as_str().to_owned().into())],
            ));
            can_decline = false;
            None
        }
        None => {
            let email = domain::accounts::Email::parse("email", &inv.email).ok();
            let has_account = match &email {
                Some(e) => state.db.user_by_email(e).await?.is_some(),
                None => false,
            };
            if has_account {
                paragraphs.push(tr.t("invitation-sign-in"));
                let next = format!("/invitations/{token}");
                links.push((
                    format!(
                        "/sign-in?email={}&next={}",
                        crate::error::urlencode(&inv.email),
                        crate::error::urlencode(&next)
                    ),
                    tr.t("invitation-sign-in-link"),
                ));
                None
            } else {
                paragraphs.push(tr.ta("invitation-register", "email", &inv.email));
                Some(form.unwrap_or_else(|| register_form(ctx, token, "", None)))
            }
        }
    };
    let status =
        if form.as_ref().is_some_and(Form::has_errors) { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(page::render_status(
        &InvitationPage {
            c: Chrome::new(ctx, tr.ta("invitation-title", "organisation", &inv.organisation_name)),
            token: token.to_owned(),
            paragraphs,
            message: Some(inv.message.clone())
                .filter(|m| !m.is_empty())
                .map(|m| (tr.ta("invitation-message-from", "person", &inv.inviter_name), m)),
            form,
            can_decline,
            links,
        },
        status,
    ))
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    let inv = match invitations::by_token(&state, &token).await {
        Ok(i) => i,
        Err(AppError::NotFound) => return Ok(closed(&ctx, None)),
        Err(e) => return Err(e),
    };
    if !inv.is_open(store::now()) {
        return Ok(closed(&ctx, Some(&inv)));
    }
    open_page(&state, &ctx, &token, &inv, None).await
}

/// Accepts (signed in) or registers and joins (no account yet).
pub async fn respond(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    f: Fields,
) -> Result<Response, AppError> {
    let gone = |ctx: &Ctx, state: &AppState, token: String| {
        let (ctx, state) = (ctx.clone(), state.clone());
        async move { Ok(closed(&ctx, invitations::by_token(&state, &token).await.ok().as_ref())) }
    };
    if let Some(user) = ctx.user.clone() {
        return match invitations::accept(&state, &user, &token).await {
            Ok(inv) => Ok(joined(&state, &inv, None)),
            Err(AppError::NotFound) => gone(&ctx, &state, token).await,
            Err(AppError::Conflict(e)) if e.code == "invitation-not-open" => gone(&ctx, &state, token).await,
            Err(e) => Err(e),
        };
    }
    match invitations::register_and_accept(&state, &ctx, &token, &f.get("name"), &f.get("password")).await {
        Ok((user, inv)) => {
            let session = crate::accounts::service::start_session(&state, &ctx, user.id).await?;
            Ok(joined(&state, &inv, Some(session)))
        }
        Err(AppError::Unprocessable(e)) => {
            let inv = invitations::by_token(&state, &token).await?;
            let form = register_form(&ctx, &token, &f.get("name"), Some(&e));
            open_page(&state, &ctx, &token, &inv, Some(form)).await
        }
        Err(AppError::Conflict(e)) if e.code == "invitation-has-account" => {
            let inv = invitations::by_token(&state, &token).await?;
            open_page(&state, &ctx, &token, &inv, None).await
        }
        Err(AppError::NotFound) => gone(&ctx, &state, token).await,
        Err(AppError::Conflict(e)) if e.code == "invitation-not-open" => gone(&ctx, &state, token).await,
        Err(e) => Err(e),
    }
}

/// To the organisation's page, signed in when the person just registered.
fn joined(state: &AppState, inv: &Invitation, session: Option<String>) -> Response {
    let mut r =
        page::redirect_flash(state, &format!("/organisations/{}", inv.organisation_id.0), "invitation-accepted");
    if let Some(token) = session {
        r.headers_mut()
            .append(header::SET_COOKIE, ctx::set_cookie(state, ctx::SESSION, &token, Some(SESSION_IDLE_SECS)));
    }
    r
}

pub async fn decline(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    match invitations::decline(&state, &ctx, &token).await {
        Ok(inv) => {
            let tr = ctx.tr();
            let body = tr.ta("invitation-declined-body", "organisation", &inv.organisation_name);
            Ok(message_page(
                &ctx,
                "invitation-declined-title",
                body,
                vec![("/".into(), tr.t("nav-home"))],
                StatusCode::OK,
            ))
        }
        Err(AppError::Conflict(_)) => Ok(closed(&ctx, invitations::by_token(&state, &token).await.ok().as_ref())),
        Err(e) => Err(e),
    }
}
