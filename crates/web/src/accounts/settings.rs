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

pub async fn email_confirm_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if !service::confirm_link_valid(&state, &token, domain::accounts::LinkPurpose::ChangeEmail).await? {
        let tr = ctx.tr();
        return Ok(page::render_status(
            &page::MessagePage {
                c: Chrome::new(&ctx, tr.t("link-invalid-title")),
                paragraphs: vec![tr.t("link-invalid-body")],
                links: vec![("/account/email".into(), tr.t("email-title"))],
            },
            axum::http::StatusCode::NOT_FOUND,
        ));
    }
    let action = format!("/account/email/confirm/{token}");
    Ok(super::pages::use_link_page(&ctx, "email-link-title", "email-link-intro", "email-link-submit", action))
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
    errs: Option<(&FieldErrors, &service::TokenInput)>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let typed = errs.map(|(_, i)| i);
    let scopes =
        [("read-write".to_owned(), tr.t("token-scope-read-write")), ("read".to_owned(), tr.t("token-scope-read"))];
    let scope = typed.map(|i| i.scope.clone()).filter(|s| !s.is_empty()).unwrap_or_else(|| "read-write".into());
    let days = typed.and_then(|i| i.expires_in_days.as_ref()).and_then(|v| v.as_str()).unwrap_or("90").to_owned();
    let fields = vec![
        Field::new("text", "name", tr.t("label-token-name"))
            .required()
            .hint(tr.t("hint-token-name"))
            .value(typed.map(|i| i.name.clone()).unwrap_or_default()),
        Field::new("select", "scope", tr.t("label-token-scope")).options(scopes, &[scope]),
        Field::new("text", "expires_in_days", tr.t("label-token-days"))
            .hint(tr.tn("hint-token-days", domain::accounts::TOKEN_MAX_DAYS))
            .value(days),
        Field::new("password", "password", tr.t("label-current-password")).required().autocomplete("current-password"),
    ];
    let mut form = Form::new("/account/tokens", tr.t("tokens-create"), &ctx.csrf, fields);
    if let Some((e, _)) = errs {
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
    let mut r = page::render_status(&page, status);
    // The page may show a secret: no copy in any cache.
    r.headers_mut().insert(header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    Ok(r)
}

pub async fn tokens(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    tokens_page(&state, &ctx, &user, None, None).await
}

pub async fn create_token(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = service::TokenInput {
        name: f.get("name"),
        scope: f.get("scope"),
        expires_in_days: Some(serde_json::Value::String(f.get("expires_in_days"))),
        password: f.get("password"),
    };
    match service::create_token(&state, &ctx, &user, &input).await {
        Ok((_, token)) => tokens_page(&state, &ctx, &user, Some(token), None).await,
        Err(AppError::Unprocessable(e)) => tokens_page(&state, &ctx, &user, None, Some((&e, &input))).await,
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
        Err(AppError::Conflict(e)) => {
            let mut r = delete_page(&ctx, Some(&FieldErrors::from(e)));
            *r.status_mut() = axum::http::StatusCode::CONFLICT;
            Ok(r)
        }
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
