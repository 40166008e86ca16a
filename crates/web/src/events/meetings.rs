//! Members' updating meetings (editors of member initiatives only): agenda items proposed
//! before the meeting, minutes after, and action items followed across meetings on one
//! page (`/meetings/actions`).

use super::{more, service};
use crate::AppState;
use crate::ctx::AuthUser;
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::meetings::ACTION_STATUSES;
use serde::Deserialize;

fn back(id: i64) -> String {
    format!("/events/{id}")
}

fn item_form(tr: &Tr, id: i64, csrf: &str, title: &str, detail: &str) -> Form {
    Form::new(
        format!("/events/{id}/agenda-items"),
        tr.t("meeting-propose"),
        csrf,
        vec![
            Field::new("text", "title", tr.t("label-agenda-item")).value(title).required(),
            Field::new("textarea", "detail", tr.t("label-agenda-detail")).value(detail),
        ],
    )
}

pub async fn item_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (e, _) = service::visible(&state, Some(&user), id).await?;
    if !e.is_members_meeting() {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    let f = item_form(&tr, id, &ctx.csrf, "", "");
    Ok(page::form_page(&ctx, tr.ta("meeting-propose-title", "title", &e.draft.title), f, None, back(id)))
}

pub async fn propose(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    match more::propose_item(&state, &user, id, &f.get("title"), &f.get("detail")).await {
        Ok(_) => Ok(page::redirect_flash(&state, &back(id), "meeting-item-added")),
        Err(AppError::Unprocessable(errs)) => {
            let e = state.db.event(id).await?;
            let tr = ctx.tr();
            let form = item_form(&tr, id, &ctx.csrf, &f.get("title"), &f.get("detail"));
            let title = tr.ta("meeting-propose-title", "title", &e.draft.title);
            Ok(page::form_page(&ctx, title, form, Some(&errs), back(id)))
        }
        Err(AppError::Conflict(_)) => Ok(page::redirect_flash(&state, &back(id), "meeting-agenda-closed")),
        Err(e) => Err(e),
    }
}

pub async fn minutes_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (e, organiser) = service::visible(&state, Some(&user), id).await?;
    if !organiser || !e.is_members_meeting() {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    let f = Form::new(
        format!("/events/{id}/minutes"),
        tr.t("save"),
        &ctx.csrf,
        vec![Field::new("textarea", "minutes", tr.t("meeting-minutes")).value(&e.minutes).hint(tr.t("hint-markdown"))],
    );
    Ok(page::form_page(&ctx, tr.ta("meeting-minutes-title", "title", &e.draft.title), f, None, back(id)))
}

pub async fn save_minutes(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    more::set_minutes(&state, &user, id, &f.get("minutes")).await?;
    Ok(page::redirect_flash(&state, &back(id), "meeting-minutes-saved"))
}

fn action_form(tr: &Tr, action: String, csrf: &str, v: [String; 4]) -> Form {
    let statuses = ACTION_STATUSES.iter().map(|s| (s.to_string(), tr.t(&format!("action-status-{s}"))));
    let status = if v[3].is_empty() { "open".to_owned() } else { v[3].clone() };
    Form::new(
        action,
        tr.t("save"),
        csrf,
        vec![
            Field::new("text", "title", tr.t("label-action")).value(&v[0]).required(),
            Field::new("text", "owner", tr.t("label-action-owner")).value(&v[1]).required(),
            Field::new("date", "due_on", tr.t("label-action-due")).value(&v[2]),
            Field::new("select", "status", tr.t("label-action-status")).options(statuses, &[status]),
        ],
    )
}

fn action_values(f: &Fields) -> [String; 4] {
    [f.get("title"), f.get("owner"), f.get("due_on"), f.get("status")]
}

pub async fn action_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (e, _) = service::visible(&state, Some(&user), id).await?;
    if !e.is_members_meeting() {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    let f = action_form(&tr, format!("/events/{id}/action-items"), &ctx.csrf, Default::default());
    Ok(page::form_page(&ctx, tr.ta("meeting-action-title", "title", &e.draft.title), f, None, back(id)))
}

pub async fn add_action(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let v = action_values(&f);
    match more::add_action(&state, &user, id, [&v[0], &v[1], &v[2], &v[3]]).await {
        Ok(_) => Ok(page::redirect_flash(&state, &back(id), "meeting-action-saved")),
        Err(AppError::Unprocessable(errs)) => {
            let e = state.db.event(id).await?;
            let tr = ctx.tr();
            let form = action_form(&tr, format!("/events/{id}/action-items"), &ctx.csrf, v);
            let title = tr.ta("meeting-action-title", "title", &e.draft.title);
            Ok(page::form_page(&ctx, title, form, Some(&errs), back(id)))
        }
        Err(e) => Err(e),
    }
}

pub async fn edit_action_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(item): Path<i64>,
) -> Result<Response, AppError> {
    let a = state.db.action_item(item).await?;
    if !service::is_member(&state, Some(&user)).await? {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    let v =
        [a.action.title.clone(), a.action.owner.clone(), a.action.due_on.clone().unwrap_or_default(), a.action.status];
    let f = action_form(&tr, format!("/action-items/{item}/edit"), &ctx.csrf, v);
    Ok(page::form_page(
        &ctx,
        tr.ta("meeting-action-edit-title", "title", &a.action.title),
        f,
        None,
        "/meetings/actions".into(),
    ))
}

pub async fn edit_action(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(item): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let v = action_values(&f);
    match more::update_action(&state, &user, item, [&v[0], &v[1], &v[2], &v[3]]).await {
        Ok(()) => Ok(page::redirect_flash(&state, "/meetings/actions", "meeting-action-saved")),
        Err(AppError::Unprocessable(errs)) => {
            let tr = ctx.tr();
            let form = action_form(&tr, format!("/action-items/{item}/edit"), &ctx.csrf, v);
            let title = tr.ta("meeting-action-edit-title", "title", &f.get("title"));
            Ok(page::form_page(&ctx, title, form, Some(&errs), "/meetings/actions".into()))
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize, Default)]
pub struct ActionsQuery {
    #[serde(default)]
    status: String,
}

#[derive(Template)]
#[template(path = "events/actions.html")]
struct ActionsPage {
    c: Chrome,
    items: Vec<store::event_parts::ActionItem>,
    status: String,
    statuses: Vec<(String, String)>,
}

/// Every action item of the members' meetings, open ones first by due date.
pub async fn actions(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Query(q): Query<ActionsQuery>,
) -> Result<Response, AppError> {
    if !service::is_member(&state, Some(&user)).await? {
        return Err(AppError::NotFound);
    }
    let status = q.status.trim();
    if !status.is_empty() && !ACTION_STATUSES.contains(&status) {
        return Err(AppError::invalid("status", "invalid-choice"));
    }
    let tr = ctx.tr();
    let items = state.db.action_items(None, Some(status).filter(|s| !s.is_empty())).await?;
    Ok(page::render(&ActionsPage {
        c: Chrome::new(&ctx, tr.t("meeting-actions-all")),
        items,
        status: status.to_owned(),
        statuses: ACTION_STATUSES.iter().map(|s| (s.to_string(), tr.t(&format!("action-status-{s}")))).collect(),
    }))
}
