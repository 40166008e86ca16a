//! Moderation pages: the report form, the moderators' queue and decision form, and the
//! administrators' list of moderators.

use super::service;
use crate::AppState;
use crate::ctx::{AdminUser, AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::page::{self, Chrome, FormPage};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::{FieldError, FieldErrors, UserId};
use store::accounts::User;

fn report_page(ctx: &Ctx, s: &service::Subject, reason: &str, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let field = Field::new("textarea", "reason", tr.t("label-report-reason"))
        .value(reason)
        .required()
        .hint(tr.t("hint-report-reason"));
    let mut form = Form::new(format!("/report/{}/{}", s.kind, s.id), tr.t("report-submit"), &ctx.csrf, vec![field]);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    FormPage {
        c: Chrome::new(ctx, tr.ta("report-title", "name", &s.label)),
        intro: vec![tr.t(&format!("report-kind-{}", s.kind)), tr.t("report-intro")],
        form,
        links: vec![(s.link.clone(), tr.t("cancel"))],
    }
    .respond()
}

pub async fn report_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((kind, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let s = service::subject(&state, &user, &kind, id).await?;
    Ok(report_page(&ctx, &s, "", None))
}

pub async fn report(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((kind, id)): Path<(String, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let reason = f.get("reason");
    match service::report(&state, &user, &kind, id, &reason).await {
        Ok(_) => {
            let s = service::subject(&state, &user, &kind, id).await;
            let back = s.map(|s| s.link).unwrap_or_else(|_| "/".into());
            Ok(page::redirect_flash(&state, &back, "reported"))
        }
        Err(AppError::Unprocessable(e)) => {
            let s = service::subject(&state, &user, &kind, id).await?;
            Ok(report_page(&ctx, &s, &reason, Some(&e)))
        }
        Err(e) => Err(e),
    }
}

pub struct CaseView {
    pub kind: String,
    pub kind_label: String,
    pub id: i64,
    pub label: String,
    pub preview: String,
    pub state: Option<String>,
    pub accused: Option<String>,
    pub reasons: Vec<(String, String, String)>,
}

impl CaseView {
    pub fn count(&self) -> i64 {
        self.reasons.len() as i64
    }
}

#[derive(Template)]
#[template(path = "moderation/queue.html")]
struct Queue {
    c: Chrome,
    cases: Vec<CaseView>,
}

fn moderator(user: &User) -> Result<(), AppError> {
    if user.may_moderate() { Ok(()) } else { Err(AppError::Forbidden) }
}

async fn case_view(state: &AppState, user: &User, tr: &Tr, c: store::moderation::Case) -> Result<CaseView, AppError> {
    let s = service::subject(state, user, &c.kind, c.id).await.ok();
    Ok(CaseView {
        kind_label: tr.t(&format!("report-kind-{}", c.kind)),
        label: s.as_ref().map(|s| s.label.clone()).unwrap_or_else(|| tr.t("moderation-gone")),
        preview: s.map(|s| s.preview).unwrap_or_default(),
        state: service::veil(tr, &c.state),
        accused: c.accused.map(|a| a.1),
        reasons: c.reasons.into_iter().map(|(who, why, at)| (who, why, tr.datetime(at))).collect(),
        kind: c.kind,
        id: c.id,
    })
}

pub async fn queue(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    moderator(&user)?;
    let tr = ctx.tr();
    let mut cases = Vec::new();
    for c in state.db.moderation_queue().await? {
        cases.push(case_view(&state, &user, &tr, c).await?);
    }
    Ok(page::render(&Queue { c: Chrome::new(&ctx, tr.t("moderation-title")), cases }))
}

fn decide_page(
    ctx: &Ctx,
    kind: &str,
    id: i64,
    label: &str,
    typed: (&str, &str, &str),
    errs: Option<&FieldErrors>,
) -> Response {
    let tr = ctx.tr();
    let actions = ["restore", "remove", "warn", "suspend"]
        .into_iter()
        .map(|a| (a.to_owned(), tr.t(&format!("moderation-action-{a}"))))
        .collect::<Vec<_>>();
    let fields = vec![
        Field::new("select", "action", tr.t("label-moderation-action"))
            .required()
            .options(actions, &[typed.0.to_owned()]),
        Field::new("textarea", "reason", tr.t("label-reason"))
            .value(typed.1)
            .required()
            .hint(tr.t("hint-moderation-reason")),
        Field::new("text", "days", tr.t("label-suspend-days")).value(typed.2).hint(tr.t("hint-suspend-days")),
    ];
    let mut form = Form::new(format!("/moderation/{kind}/{id}"), tr.t("decision-submit"), &ctx.csrf, fields);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    FormPage {
        c: Chrome::new(ctx, tr.ta("moderation-decide-title", "name", label)),
        intro: vec![],
        form,
        links: vec![("/moderation".into(), tr.t("moderation-title"))],
    }
    .respond()
}

pub async fn decide_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((kind, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    moderator(&user)?;
    let s = service::subject(&state, &user, &kind, id).await?;
    Ok(decide_page(&ctx, s.kind, id, &s.label, ("restore", "", "7"), None))
}

pub async fn decide(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((kind, id)): Path<(String, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let (a, r, d) = (f.get("action"), f.get("reason"), f.get("days"));
    match service::decide(&state, &user, &kind, id, &a, &r, &d).await {
        Ok(()) => Ok(page::redirect_flash(&state, "/moderation", "moderation-decided")),
        Err(AppError::Unprocessable(e)) => {
            let label = service::subject(&state, &user, &kind, id).await.map(|s| s.label).unwrap_or_default();
            Ok(decide_page(&ctx, &kind, id, &label, (&a, &r, &d), Some(&e)))
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "moderation/moderators.html")]
struct Moderators {
    c: Chrome,
    list: Vec<(UserId, String, String)>,
    form: Form,
}

async fn moderators_page(
    state: &AppState,
    ctx: &Ctx,
    typed: &str,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let mut form = Form::new(
        "/admin/moderators",
        tr.t("moderator-add"),
        &ctx.csrf,
        vec![Field::new("email", "email", tr.t("label-moderator-email")).value(typed).required()],
    );
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    let page = Moderators { c: Chrome::new(ctx, tr.t("moderators-title")), list: state.db.moderators().await?, form };
    Ok(page::render_form(&page, errs.is_some()))
}

pub async fn moderators(State(state): State<AppState>, AdminUser(_, ctx): AdminUser) -> Result<Response, AppError> {
    moderators_page(&state, &ctx, "", None).await
}

pub async fn add_moderator(
    State(state): State<AppState>,
    AdminUser(admin, ctx): AdminUser,
    f: Fields,
) -> Result<Response, AppError> {
    let typed = f.get("email");
    let person = match domain::accounts::Email::parse("email", &typed) {
        Ok(e) => state.db.user_by_email(&e).await?,
        Err(e) => return moderators_page(&state, &ctx, &typed, Some(&FieldErrors::from(e))).await,
    };
    let Some(person) = person else {
        let e = FieldErrors::from(FieldError::about("email", "no-account", typed.trim()));
        return moderators_page(&state, &ctx, &typed, Some(&e)).await;
    };
    service::set_moderator(&state, &admin, person.id, true).await?;
    Ok(page::redirect_flash(&state, "/admin/moderators", "saved"))
}

pub async fn remove_moderator(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    service::set_moderator(&state, &admin, UserId(id), false).await?;
    Ok(page::redirect_flash(&state, "/admin/moderators", "saved"))
}
