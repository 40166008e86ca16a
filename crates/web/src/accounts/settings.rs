//! The signed-in person's own pages: overview, password, e-mail, language, API tokens,
//! and deleting the account.

use super::service;
use crate::AppState;
use crate::ctx::{self, AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::page::{self, Chrome, FormPage};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::Response;
use domain::accounts::{AccountStatus, Language};
use domain::organisations::{MembershipStatus, OrgRole};
use domain::{FieldErrors, TokenId};
use store::accounts::{ApiToken, User};
use store::organisations::Organisation;

#[derive(Template)]
#[template(path = "accounts/overview.html")]
struct Overview {
    c: Chrome,
    user: User,
    status_label: String,
    memberships: Vec<MembershipRow>,
}

struct MembershipRow {
    id: i64,
    name: String,
    role: String,
    notes: Vec<String>,
}

pub async fn overview(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let memberships = state
        .db
        .user_organisations(user.id)
        .await?
        .into_iter()
        .map(|(o, role, status): (Organisation, OrgRole, MembershipStatus)| {
            let mut notes = Vec::new();
            if status == MembershipStatus::Requested {
                notes.push(tr.t("membership-requested"));
            }
            if o.status != domain::organisations::ReviewStatus::Approved {
                notes.push(tr.t(&format!("review-{}", o.status.as_str())));
            }
            MembershipRow { id: o.id.0, name: o.name, role: tr.t(&format!("role-{}", role.as_str())), notes }
        })
        .collect();
    let status_label = tr.t(match user.status {
        AccountStatus::Pending => "account-status-pending",
        AccountStatus::Approved => "account-status-approved",
        AccountStatus::Rejected => "account-status-rejected",
    });
    Ok(page::render(&Overview {
        c: Chrome::new(&ctx, tr.t("account-title")),
        user: (*user).clone(),
        status_label,
        memberships,
    }))
}

fn password_page(ctx: &Ctx, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let fields = vec![
        Field::new("password", "current_password", tr.t("label-current-password"))
            .required()
            .autocomplete("current-password"),
        Field::new("password", "new_password", tr.t("label-new-password"))
            .required()
            .autocomplete("new-password")
            .hint(tr.t("hint-password")),
    ];
    let mut form = Form::new("/account/password", tr.t("password-submit"), &ctx.csrf, fields);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    FormPage {
        c: Chrome::new(ctx, tr.t("password-title")),
        intro: vec![tr.t("password-intro")],
        form,
        links: vec![("/account".into(), tr.t("back-to-account"))],
    }
    .respond()
}

pub async fn password_form(AuthUser(_, ctx): AuthUser) -> Response {
    password_page(&ctx, None)
}

pub async fn password(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    match service::change_password(&state, &ctx, &user, &f.get("current_password"), &f.get("new_password")).await {
        Ok(()) => Ok(page::redirect_flash(&state, "/account", "password-changed")),
        Err(AppError::Unprocessable(e)) => Ok(password_page(&ctx, Some(&e))),
        Err(e) => Err(e),
    }
}

fn email_page(ctx: &Ctx, user: &User, value: &str, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let fields = vec![
        Field::new("email", "email", tr.t("label-new-email")).value(value).required().autocomplete("email"),
        Field::new("password", "password", tr.t("label-current-password")).required().autocomplete("current-password"),
    ];
    let mut form = Form::new("/account/email", tr.t("email-submit"), &ctx.csrf, fields);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    FormPage {
        c: Chrome::new(ctx, tr.t("email-title")),
        intro: vec![tr.ta("email-intro", "email", user.email.as_str())],
        form,
        links: vec![("/account".into(), tr.t("back-to-account"))],
    }
    .respond()
}

pub async fn email_form(AuthUser(user, ctx): AuthUser) -> Response {
    email_page(&ctx, &user, "", None)
}

pub async fn email(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let new = f.get("email");
    match service::request_email_change(&state, &ctx, &user, &new, &f.get("password")).await {
        Ok(()) => Ok(page::redirect_flash(&state, "/account", "email-link-sent")),
        Err(AppError::Unprocessable(e)) => Ok(email_page(&ctx, &user, &new, Some(&e))),
        Err(e) => Err(e),
    }
}

pub async fn email_confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    match service::confirm_email_change(&state, &token).await {
        Ok(_) => {
            Ok(page::redirect_flash(&state, if ctx.user.is_some() { "/account" } else { "/sign-in" }, "email-changed"))
        }
        Err(e @ (AppError::NotFound | AppError::Conflict(_))) => {
            let key = if matches!(e, AppError::NotFound) { "link-invalid-body" } else { "email-taken-body" };
            Ok(page::render_status(
                &page::MessagePage {
                    c: Chrome::new(&ctx, tr.t("link-invalid-title")),
                    paragraphs: vec![tr.t(key)],
                    links: vec![("/account/email".into(), tr.t("email-title"))],
                },
                e.status(),
            ))
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "accounts/tokens.html")]
struct TokensPage {
    c: Chrome,
    tokens: Vec<ApiToken>,
    new_token: Option<String>,
    form: Form,
}

async fn tokens_page(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    new_token: Option<String>,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let fields = vec![Field::new("text", "name", tr.t("label-token-name")).required().hint(tr.t("hint-token-name"))];
    let mut form = Form::new("/account/tokens", tr.t("tokens-create"), &ctx.csrf, fields);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    let page = TokensPage {
        c: Chrome::new(ctx, tr.t("tokens-title")),
        tokens: state.db.api_tokens(user.id).await?,
        new_token,
        form,
    };
    let status =
        if page.form.has_errors() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    Ok(page::render_status(&page, status))
}

pub async fn tokens(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    tokens_page(&state, &ctx, &user, None, None).await
}

pub async fn create_token(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    match service::create_token(&state, &user, &f.get("name")).await {
        Ok((_, token)) => tokens_page(&state, &ctx, &user, Some(token), None).await,
        Err(AppError::Unprocessable(e)) => tokens_page(&state, &ctx, &user, None, Some(&e)).await,
        Err(e) => Err(e),
    }
}

pub async fn revoke_token(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    state.db.revoke_api_token(user.id, TokenId(id), store::now()).await?;
    Ok(page::redirect_flash(&state, "/account/tokens", "token-revoked"))
}

fn delete_page(ctx: &Ctx, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let fields = vec![
        Field::new("password", "password", tr.t("label-current-password")).required().autocomplete("current-password"),
    ];
    let mut form = Form::new("/account/delete", tr.t("delete-submit"), &ctx.csrf, fields).danger();
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    FormPage {
        c: Chrome::new(ctx, tr.t("delete-title")),
        intro: vec![tr.t("delete-intro"), tr.t("delete-warning")],
        form,
        links: vec![("/account".into(), tr.t("back-to-account"))],
    }
    .respond()
}

pub async fn delete_form(AuthUser(_, ctx): AuthUser) -> Response {
    delete_page(&ctx, None)
}

pub async fn delete(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    match service::delete_account(&state, &user, &f.get("password")).await {
        Ok(()) => {
            let mut r = page::redirect_flash(&state, "/", "account-deleted");
            r.headers_mut().append(header::SET_COOKIE, ctx::set_cookie(&state, ctx::SESSION, "", Some(0)));
            Ok(r)
        }
        Err(AppError::Unprocessable(e)) => Ok(delete_page(&ctx, Some(&e))),
        Err(e) => Err(e),
    }
}

/// Remembers the chosen language: on the account when signed in, else in a cookie.
pub async fn language(State(state): State<AppState>, ctx: Ctx, f: Fields) -> Result<Response, AppError> {
    let lang = Language::from_tag(&f.get("lang")).ok_or(AppError::invalid("lang", "invalid-choice"))?;
    if let Some(u) = &ctx.user {
        state.db.set_language(u.id, lang).await?;
    }
    let next = f.get("next");
    let mut r = page::see_other(&page::safe_next(Some(if next.is_empty() { "/" } else { &next })));
    r.headers_mut().append(header::SET_COOKIE, ctx::set_cookie(&state, ctx::LANG, lang.tag(), Some(365 * 86_400)));
    Ok(r)
}

/// Downloads everything the hub keeps about the signed-in person, as JSON.
pub async fn export(State(state): State<AppState>, AuthUser(user, _): AuthUser) -> Result<Response, AppError> {
    let data = super::api::build_export(&state, &user).await?;
    let body = serde_json::to_string_pretty(&data).map_err(|e| AppError::Internal(e.to_string()))?;
    let mut r = axum::response::IntoResponse::into_response(body);
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, axum::http::HeaderValue::from_static("application/json"));
    h.insert(
        header::CONTENT_DISPOSITION,
        axum::http::HeaderValue::from_static("attachment; filename=\"iptf-hub-my-data.json\""),
    );
    h.insert(header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    Ok(r)
}
