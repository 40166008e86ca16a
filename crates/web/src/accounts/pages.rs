//! Pages for people who are not signed in yet: register, confirm, sign in, reset.

use super::service::{self, RegisterInput, SignInError};
use crate::AppState;
use crate::ctx::{self, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::page::{self, Chrome, FormPage, MessagePage};
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::FieldErrors;
use domain::accounts::SESSION_IDLE_SECS;
use serde::Deserialize;

fn message(ctx: &Ctx, title: &str, paragraphs: &[&str], links: &[(&str, &str)]) -> MessagePage {
    let tr = ctx.tr();
    MessagePage {
        c: Chrome::new(ctx, tr.t(title)),
        paragraphs: paragraphs.iter().map(|k| tr.t(k)).collect(),
        links: links.iter().map(|(href, k)| (href.to_string(), tr.t(k))).collect(),
    }
}

fn register_page(ctx: &Ctx, input: &RegisterInput, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let fields = vec![
        Field::new("text", "name", tr.t("label-name")).value(&input.name).required().autocomplete("name"),
        Field::new("email", "email", tr.t("label-email")).value(&input.email).required().autocomplete("email"),
        Field::new("password", "password", tr.t("label-password"))
            .required()
            .autocomplete("new-password")
            .hint(tr.t("hint-password")),
    ];
    let mut form = Form::new("/register", tr.t("register-submit"), &ctx.csrf, fields);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    FormPage {
        c: Chrome::new(ctx, tr.t("register-title")),
        intro: vec![tr.t("register-intro")],
        form,
        links: vec![("/sign-in".into(), tr.t("register-have-account"))],
    }
    .respond()
}

#[derive(serde::Deserialize, Default)]
pub struct RegisterQuery {
    #[serde(default)]
    name: String,
}

pub async fn register_form(ctx: Ctx, Query(q): Query<RegisterQuery>) -> Response {
    if ctx.user.is_some() {
        return page::see_other("/account");
    }
    let input = RegisterInput { name: q.name.chars().take(200).collect(), ..Default::default() };
    register_page(&ctx, &input, None)
}

pub async fn register(State(state): State<AppState>, ctx: Ctx, f: Fields) -> Result<Response, AppError> {
    let input = RegisterInput { name: f.get("name"), email: f.get("email"), password: f.get("password") };
    match service::register(&state, &ctx, &input).await {
        Ok(()) => {
            // The address the message went to, and a way to fix it when it is mistyped.
            let tr = ctx.tr();
            let mut page = message(&ctx, "register-done-title", &[], &[]);
            page.paragraphs = vec![tr.ta("register-done-to", "email", input.email.trim()), tr.t("register-done-spam")];
            let again = format!("/register?name={}", crate::error::urlencode(input.name.trim()));
            page.links =
                vec![(again, tr.t("register-wrong-address")), ("/account/confirm".into(), tr.t("confirm-resend-link"))];
            Ok(page::render(&page))
        }
        Err(AppError::Unprocessable(e)) => Ok(register_page(&ctx, &input, Some(&e))),
        Err(e) => Err(e),
    }
}

/// The page a mailed link opens: one button that uses the link. Opening the link uses
/// nothing, so a mail gateway that follows links to scan them cannot spend it.
pub fn use_link_page(ctx: &Ctx, title: &str, intro: &str, submit: &str, action: String) -> Response {
    let tr = ctx.tr();
    let form = Form::new(action, tr.t(submit), &ctx.csrf, vec![]);
    let mut r = FormPage { c: Chrome::new(ctx, tr.t(title)), intro: vec![tr.t(intro)], form, links: vec![] }.respond();
    r.headers_mut().insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    r
}

fn invalid_confirm_link(ctx: &Ctx) -> Response {
    page::render_status(
        &message(ctx, "link-invalid-title", &["link-invalid-body"], &[("/account/confirm", "confirm-resend-link")]),
        StatusCode::NOT_FOUND,
    )
}

fn sign_in_with(email: &str) -> String {
    format!("/sign-in?email={}", crate::error::urlencode(email))
}

/// A confirmation link that cannot be used: "already confirmed — sign in" (with the
/// address filled in) when it was used and the address is confirmed, else "invalid".
async fn used_or_invalid_confirm_link(state: &AppState, ctx: &Ctx, token: &str) -> Result<Response, AppError> {
    let hash = store::secret::hash(token);
    match state.db.confirmed_by_used_link(&hash, domain::accounts::LinkPurpose::ConfirmEmail).await? {
        Some(email) => {
            let target = sign_in_with(&email);
            Ok(page::render(&message(
                ctx,
                "confirm-already-title",
                &["confirm-already-body"],
                &[(&target, "nav-sign-in")],
            )))
        }
        None => Ok(invalid_confirm_link(ctx)),
    }
}

pub async fn confirm_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if !service::confirm_link_valid(&state, &token, domain::accounts::LinkPurpose::ConfirmEmail).await? {
        return used_or_invalid_confirm_link(&state, &ctx, &token).await;
    }
    let action = format!("/account/confirm/{token}");
    Ok(use_link_page(&ctx, "confirm-link-title", "confirm-link-intro", "confirm-link-submit", action))
}

pub async fn confirm(State(state): State<AppState>, ctx: Ctx, Path(token): Path<String>) -> Result<Response, AppError> {
    match service::confirm(&state, &token).await {
        Ok(user) if ctx.user.as_ref().is_some_and(|u| u.id == user.id) => {
            Ok(page::redirect_flash(&state, "/account", "email-confirmed"))
        }
        // Signed out (or as someone else): the sign-in form, with the address filled in.
        Ok(user) => Ok(page::redirect_flash(&state, &sign_in_with(user.email.as_str()), "email-confirmed")),
        Err(AppError::NotFound) => Ok(used_or_invalid_confirm_link(&state, &ctx, &token).await?),
        Err(e) => Err(e),
    }
}

fn email_only_page(ctx: &Ctx, kind: &str, value: &str, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let fields = vec![Field::new("email", "email", tr.t("label-email")).value(value).required().autocomplete("email")];
    let action = if kind == "confirm" { "/account/confirm" } else { "/password/forgot" };
    let mut form = Form::new(action, tr.t(&format!("{kind}-submit")), &ctx.csrf, fields);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    FormPage {
        c: Chrome::new(ctx, tr.t(&format!("{kind}-title"))),
        intro: vec![tr.t(&format!("{kind}-intro"))],
        form,
        links: vec![("/sign-in".into(), tr.t("nav-sign-in"))],
    }
    .respond()
}

pub async fn resend_form(ctx: Ctx) -> Response {
    email_only_page(&ctx, "confirm", "", None)
}

pub async fn resend(State(state): State<AppState>, ctx: Ctx, f: Fields) -> Result<Response, AppError> {
    let email = f.get("email");
    match service::resend_confirmation(&state, &ctx, &email).await {
        Ok(()) => Ok(page::render(&message(
            &ctx,
            "confirm-sent-title",
            &["confirm-sent-body"],
            &[("/sign-in", "nav-sign-in")],
        ))),
        Err(AppError::Unprocessable(e)) => Ok(email_only_page(&ctx, "confirm", &email, Some(&e))),
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
    /// Fills the address in (after confirming it, from a mailed link).
    email: Option<String>,
}

fn sign_in_page(ctx: &Ctx, email: &str, next: &str, problem: Option<String>, status: StatusCode) -> Response {
    let tr = ctx.tr();
    let fields = vec![
        Field::new("email", "email", tr.t("label-email")).value(email).required().autocomplete("username"),
        Field::new("password", "password", tr.t("label-password")).required().autocomplete("current-password"),
    ];
    let action = if next.is_empty() {
        "/sign-in".to_owned()
    } else {
        format!("/sign-in?next={}", crate::error::urlencode(next))
    };
    let mut form = Form::new(action, tr.t("sign-in-submit"), &ctx.csrf, fields);
    if let Some(p) = problem {
        form = form.with_message(p);
    }
    let page = FormPage {
        c: Chrome::new(ctx, tr.t("sign-in-title")),
        intro: vec![],
        form,
        links: vec![
            ("/password/forgot".into(), tr.t("sign-in-forgot")),
            ("/register".into(), tr.t("sign-in-register")),
            ("/account/confirm".into(), tr.t("confirm-resend-link")),
        ],
    };
    page::render_status(&page, status)
}

pub async fn sign_in_form(ctx: Ctx, Query(q): Query<NextQuery>) -> Response {
    if ctx.user.is_some() {
        return page::see_other(&page::safe_next(q.next.as_deref()));
    }
    let email: String = q.email.unwrap_or_default().chars().take(254).collect();
    sign_in_page(&ctx, &email, q.next.as_deref().unwrap_or(""), None, StatusCode::OK)
}

pub async fn sign_in(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<NextQuery>,
    f: Fields,
) -> Result<Response, AppError> {
    let email = f.get("email");
    let next = q.next.unwrap_or_default();
    let tr = ctx.tr();
    let fail = |key: &str, status| Ok(sign_in_page(&ctx, &email, &next, Some(tr.t(key)), status));
    match service::check_credentials(&state, &ctx, &email, &f.get("password")).await {
        Ok(user) => {
            let token = service::start_session(&state, &ctx, user.id).await?;
            // Administrators land on their dashboard, where the queues are.
            let target =
                if next.is_empty() && user.is_admin { "/admin".to_owned() } else { page::safe_next(Some(&next)) };
            let mut r = page::see_other(&target);
            r.headers_mut()
                .append(header::SET_COOKIE, ctx::set_cookie(&state, ctx::SESSION, &token, Some(SESSION_IDLE_SECS)));
            Ok(r)
        }
        Err(SignInError::Wrong) => fail("sign-in-wrong", StatusCode::UNPROCESSABLE_ENTITY),
        Err(SignInError::Throttled) => fail("sign-in-throttled", StatusCode::TOO_MANY_REQUESTS),
        Err(SignInError::Unconfirmed) => fail("sign-in-unconfirmed", StatusCode::FORBIDDEN),
        Err(SignInError::Closed) => fail("sign-in-closed", StatusCode::FORBIDDEN),
        Err(SignInError::Suspended(until)) => {
            let msg = tr.ta("sign-in-suspended", "date", &tr.datetime(until));
            Ok(sign_in_page(&ctx, &email, &next, Some(msg), StatusCode::FORBIDDEN))
        }
        Err(SignInError::Store(e)) => Err(e),
    }
}

pub async fn sign_out(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    if let Some(h) = &ctx.session_hash {
        state.db.delete_session(h).await?;
    }
    let mut r = page::redirect_flash(&state, "/", "signed-out");
    r.headers_mut().append(header::SET_COOKIE, ctx::set_cookie(&state, ctx::SESSION, "", Some(0)));
    Ok(r)
}

pub async fn forgot_form(ctx: Ctx) -> Response {
    email_only_page(&ctx, "forgot", "", None)
}

pub async fn forgot(State(state): State<AppState>, ctx: Ctx, f: Fields) -> Result<Response, AppError> {
    let email = f.get("email");
    match service::forgot(&state, &ctx, &email).await {
        Ok(()) => {
            Ok(page::render(&message(&ctx, "forgot-sent-title", &["forgot-sent-body"], &[("/sign-in", "nav-sign-in")])))
        }
        Err(AppError::Unprocessable(e)) => Ok(email_only_page(&ctx, "forgot", &email, Some(&e))),
        Err(e) => Err(e),
    }
}

fn reset_page(ctx: &Ctx, token: &str, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let fields = vec![
        Field::new("password", "password", tr.t("label-new-password"))
            .required()
            .autocomplete("new-password")
            .hint(tr.t("hint-password")),
    ];
    let mut form = Form::new(format!("/password/reset/{token}"), tr.t("reset-submit"), &ctx.csrf, fields);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    FormPage { c: Chrome::new(ctx, tr.t("reset-title")), intro: vec![tr.t("reset-intro")], form, links: vec![] }
        .respond()
}

fn invalid_link(ctx: &Ctx) -> Response {
    page::render_status(
        &message(ctx, "link-invalid-title", &["link-invalid-body"], &[("/password/forgot", "forgot-title")]),
        StatusCode::NOT_FOUND,
    )
}

pub async fn reset_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if service::reset_link_valid(&state, &token).await? {
        Ok(reset_page(&ctx, &token, None))
    } else {
        Ok(invalid_link(&ctx))
    }
}

pub async fn reset(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    f: Fields,
) -> Result<Response, AppError> {
    match service::reset(&state, &token, &f.get("password")).await {
        Ok(_) => {
            let mut r = page::redirect_flash(&state, "/sign-in", "password-reset");
            if ctx.session_hash.is_some() {
                r.headers_mut().append(header::SET_COOKIE, ctx::set_cookie(&state, ctx::SESSION, "", Some(0)));
            }
            Ok(r)
        }
        Err(AppError::Unprocessable(e)) => Ok(reset_page(&ctx, &token, Some(&e))),
        Err(AppError::NotFound) => Ok(invalid_link(&ctx)),
        Err(e) => Err(e),
    }
}

impl IntoResponse for MessagePage {
    fn into_response(self) -> Response {
        page::render(&self)
    }
}
