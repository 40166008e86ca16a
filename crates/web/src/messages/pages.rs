//! Message pages: the inbox, a conversation, the form that starts one, blocks.

use super::service;
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::page::{self, Chrome, FormPage};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::{FieldErrors, OrganisationId, UserId};
use serde::Deserialize;
use store::accounts::User;
use store::messages::Conversation;

pub struct Row {
    pub c: Conversation,
    pub with: String,
    pub at: String,
}

fn with(tr: &crate::i18n::Tr, c: &Conversation) -> String {
    let names: Vec<String> = c.others.iter().map(|(_, n)| n.clone()).collect();
    match &c.organisation {
        Some((_, org)) => tr.ta("messages-with-organisation", "name", org),
        None if names.is_empty() => tr.t("former-member"),
        None => names.join(", "),
    }
}

#[derive(Template)]
#[template(path = "messages/inbox.html")]
struct Inbox {
    c: Chrome,
    rows: Vec<Row>,
}

pub async fn inbox(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let rows = state
        .db
        .conversations(user.id)
        .await?
        .into_iter()
        .map(|c| Row { with: with(&tr, &c), at: tr.datetime(c.last_message_at), c })
        .collect();
    Ok(page::render(&Inbox { c: Chrome::new(&ctx, tr.t("messages-title")), rows }))
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    pub to: Option<i64>,
    #[serde(default)]
    pub organisation: Option<i64>,
}

/// Who a new conversation is for, as the form carries it.
async fn recipient_name(state: &AppState, to: Option<i64>, org: Option<i64>) -> Result<String, AppError> {
    match (to, org) {
        (Some(u), None) => Ok(state.db.public_person(UserId(u)).await?.ok_or(AppError::NotFound)?.name),
        (None, Some(o)) => Ok(state.db.organisation(OrganisationId(o)).await?.name),
        _ => Err(AppError::NotFound),
    }
}

fn new_page(ctx: &Ctx, name: &str, q: &NewQuery, subject: &str, body: &str, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let fields = vec![
        Field::new("text", "subject", tr.t("label-subject")).value(subject).required(),
        Field::new("textarea", "body", tr.t("label-message")).value(body).required().hint(tr.t("hint-message")),
    ];
    let action = match (q.to, q.organisation) {
        (Some(t), _) => format!("/messages?to={t}"),
        (_, Some(o)) => format!("/messages?organisation={o}"),
        _ => "/messages".into(),
    };
    let mut form = Form::new(action, tr.t("message-send"), &ctx.csrf, fields);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    FormPage {
        c: Chrome::new(ctx, tr.ta("message-new-title", "name", name)),
        intro: vec![tr.t("message-new-intro")],
        form,
        links: vec![("/messages".into(), tr.t("messages-title"))],
    }
    .respond()
}

pub async fn new_form(
    State(state): State<AppState>,
    AuthUser(_, ctx): AuthUser,
    Query(q): Query<NewQuery>,
) -> Result<Response, AppError> {
    let name = recipient_name(&state, q.to, q.organisation).await?;
    Ok(new_page(&ctx, &name, &q, "", "", None))
}

pub async fn start(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Query(q): Query<NewQuery>,
    f: Fields,
) -> Result<Response, AppError> {
    let (subject, body) = (f.get("subject"), f.get("body"));
    let r = match (q.to, q.organisation) {
        (Some(t), None) => service::write_to_person(&state, &user, UserId(t), &subject, &body).await,
        (None, Some(o)) => service::write_to_organisation(&state, &user, OrganisationId(o), &subject, &body).await,
        _ => Err(AppError::NotFound),
    };
    match r {
        Ok(id) => Ok(page::redirect_flash(&state, &format!("/messages/{id}"), "message-sent")),
        Err(AppError::Unprocessable(e)) => {
            let name = recipient_name(&state, q.to, q.organisation).await?;
            Ok(new_page(&ctx, &name, &q, &subject, &body, Some(&e)))
        }
        Err(e) => Err(e),
    }
}

pub struct MessageView {
    pub author: String,
    pub mine: bool,
    pub at: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "messages/conversation.html")]
struct ConversationPage {
    c: Chrome,
    conv: Conversation,
    with: String,
    messages: Vec<MessageView>,
    form: Form,
    /// The other people, and whether the reader blocked each.
    others: Vec<(i64, String, bool)>,
}

async fn conversation_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    id: i64,
    typed: &str,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let conv = state.db.conversation(id, user.id).await?;
    let messages = state
        .db
        .messages(id)
        .await?
        .into_iter()
        .map(|m| MessageView {
            author: m.author_name.unwrap_or_else(|| tr.t("former-member")),
            mine: m.author_id == Some(user.id),
            at: tr.datetime(m.created_at),
            body: m.body,
        })
        .collect();
    state.db.mark_read(id, user.id, store::now()).await?;
    let mut form = Form::new(
        format!("/messages/{id}"),
        tr.t("message-send"),
        &ctx.csrf,
        vec![Field::new("textarea", "body", tr.t("label-reply")).value(typed).required()],
    );
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    let mut others = Vec::new();
    for (uid, name) in &conv.others {
        others.push((uid.0, name.clone(), state.db.has_blocked(user.id, *uid).await?));
    }
    let page = ConversationPage {
        c: Chrome::new(ctx, conv.subject.clone()),
        with: with(&tr, &conv),
        conv,
        messages,
        form,
        others,
    };
    Ok(page::render_form(&page, errs.is_some()))
}

pub async fn conversation(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    conversation_page(&state, &user, &ctx, id, "", None).await
}

pub async fn reply(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let body = f.get("body");
    match service::reply(&state, &user, id, &body).await {
        Ok(_) => Ok(page::redirect_flash(&state, &format!("/messages/{id}"), "message-sent")),
        Err(AppError::Unprocessable(e)) => conversation_page(&state, &user, &ctx, id, &body, Some(&e)).await,
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "messages/blocks.html")]
struct Blocks {
    c: Chrome,
    blocked: Vec<(UserId, String)>,
}

pub async fn blocks(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    let tr = ctx.tr();
    Ok(page::render(&Blocks {
        c: Chrome::new(&ctx, tr.t("blocks-title")),
        blocked: state.db.blocked_by(user.id).await?,
    }))
}

fn back(f: &Fields) -> String {
    let next = f.get("next");
    page::safe_next(Some(if next.is_empty() { "/account/blocks" } else { next.as_str() }))
}

pub async fn block(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(other): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    service::block(&state, &user, UserId(other), true).await?;
    Ok(page::redirect_flash(&state, &back(&f), "blocked"))
}

pub async fn unblock(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(other): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    service::block(&state, &user, UserId(other), false).await?;
    Ok(page::redirect_flash(&state, &back(&f), "unblocked"))
}
