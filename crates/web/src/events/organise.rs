//! The organisers' pages around an event — the registration form's questions,
//! invitations, approvals, attendance, certificates, messages, the summary of results,
//! linked slides and recordings — and the participants' feedback and certificate pages.

use super::{more, service};
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::FieldErrors;
use domain::event_forms::{QUESTION_KINDS, QuestionInput};
use domain::{UserId, events::utc_to_local, events::zone_or_utc};
use store::events::Event;

fn back(id: i64) -> String {
    format!("/events/{id}")
}

/// One row of the questions editor.
pub struct QuestionRow {
    pub id: String,
    pub label: String,
    pub kind: String,
    pub required: bool,
    pub choices: String,
}

#[derive(Template)]
#[template(path = "events/questions.html")]
struct QuestionsPage {
    c: Chrome,
    id: i64,
    rows: Vec<QuestionRow>,
    kinds: Vec<(String, String)>,
    errors: Vec<String>,
}

fn questions_page(ctx: &Ctx, e: &Event, rows: Vec<QuestionRow>, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let mut rows = rows;
    // Three blank rows to add questions.
    for _ in 0..3 {
        rows.push(QuestionRow {
            id: String::new(),
            label: String::new(),
            kind: "short".into(),
            required: false,
            choices: String::new(),
        });
    }
    let p = QuestionsPage {
        c: Chrome::new(ctx, tr.ta("event-questions-title", "title", &e.draft.title)),
        id: e.id,
        rows,
        kinds: QUESTION_KINDS.iter().map(|k| (k.to_string(), tr.t(&format!("question-kind-{k}")))).collect(),
        errors: errs.map(|e| e.0.iter().map(|x| tr.field_error(x)).collect()).unwrap_or_default(),
    };
    page::render_form(&p, errs.is_some())
}

pub async fn questions_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let e = service::organised(&state, &user, id).await?;
    let rows = e
        .questions
        .iter()
        .map(|q| QuestionRow {
            id: q.id.to_string(),
            label: q.label.clone(),
            kind: q.kind.clone(),
            required: q.required,
            choices: q.choices.join("\n"),
        })
        .collect();
    Ok(questions_page(&ctx, &e, rows, None))
}

/// The editor's rows: `id`, `label`, `kind`, `choices` repeat once per row, in order;
/// `required` holds the positions of the rows ticked.
fn question_inputs(f: &Fields) -> Vec<QuestionInput> {
    let (ids, labels, kinds, choices) = (f.all("id"), f.all("label"), f.all("kind"), f.all("choices"));
    let required = f.all("required");
    labels
        .iter()
        .enumerate()
        .map(|(n, label)| QuestionInput {
            id: ids.get(n).and_then(|i| i.parse().ok()),
            label: label.clone(),
            kind: kinds.get(n).cloned().unwrap_or_default(),
            required: required.contains(&n.to_string()),
            choices: choices.get(n).map(|c| c.lines().map(str::to_owned).collect()).unwrap_or_default(),
        })
        .collect()
}

pub async fn questions_save(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let e = service::organised(&state, &user, id).await?;
    let input = question_inputs(&f);
    match more::set_questions(&state, &user, id, &input).await {
        Ok(()) => Ok(page::redirect_flash(&state, &back(id), "event-questions-saved")),
        Err(AppError::Unprocessable(errs)) => {
            let rows = input
                .into_iter()
                .filter(|q| !q.label.trim().is_empty() || !q.choices.is_empty())
                .map(|q| QuestionRow {
                    id: q.id.map(|i| i.to_string()).unwrap_or_default(),
                    label: q.label,
                    kind: q.kind,
                    required: q.required,
                    choices: q.choices.join("\n"),
                })
                .collect();
            Ok(questions_page(&ctx, &e, rows, Some(&errs)))
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "events/invitations.html")]
struct InvitationsPage {
    c: Chrome,
    id: i64,
    invitations: Vec<store::event_parts::EventInvitation>,
    form: Form,
}

async fn invitations_page(
    state: &AppState,
    ctx: &Ctx,
    e: &Event,
    raw: &str,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let form = Form::new(
        format!("/events/{}/invitations", e.id),
        tr.t("event-invite"),
        &ctx.csrf,
        vec![
            Field::new("textarea", "emails", tr.t("label-invite-emails"))
                .value(raw)
                .required()
                .hint(tr.t("hint-invite-emails")),
        ],
    );
    let form = match errs {
        Some(x) => form.with_errors(x, &tr),
        None => form,
    };
    let p = InvitationsPage {
        c: Chrome::new(ctx, tr.ta("event-invitations-title", "title", &e.draft.title)),
        id: e.id,
        invitations: state.db.event_invitations(e.id).await?,
        form,
    };
    Ok(page::render_form(&p, errs.is_some()))
}

pub async fn invitations(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let e = service::organised(&state, &user, id).await?;
    invitations_page(&state, &ctx, &e, "", None).await
}

pub async fn invite(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let e = service::organised(&state, &user, id).await?;
    match more::invite(&state, &user, id, &f.get("emails")).await {
        Ok(_) => Ok(page::redirect_flash(&state, &format!("/events/{id}/invitations"), "event-invited")),
        Err(AppError::Unprocessable(errs)) => invitations_page(&state, &ctx, &e, &f.get("emails"), Some(&errs)).await,
        Err(e) => Err(e),
    }
}

pub async fn uninvite(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    more::uninvite(&state, &user, id, &f.get("email")).await?;
    Ok(page::redirect_flash(&state, &format!("/events/{id}/invitations"), "event-invitation-withdrawn"))
}

pub async fn approve(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, who)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let flash = match service::decide(&state, &user, id, UserId(who), true).await {
        Ok(_) => "event-participant-approved",
        Err(AppError::Conflict(_)) => "event-not-pending",
        Err(e) => return Err(e),
    };
    Ok(page::redirect_flash(&state, &back(id), flash))
}

pub async fn reject(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, who)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::decide(&state, &user, id, UserId(who), false).await?;
    Ok(page::redirect_flash(&state, &back(id), "event-participant-rejected"))
}

/// The attendance form: `listed` holds every confirmed participant shown, `present` those
/// ticked; the others listed are recorded absent.
pub async fn attendance(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let present = f.all("present");
    let marks: Vec<(UserId, Option<bool>)> = f
        .all("listed")
        .iter()
        .filter_map(|u| u.parse::<i64>().ok())
        .map(|u| (UserId(u), Some(present.contains(&u.to_string()))))
        .collect();
    let flash = match more::attendance(&state, &user, id, &marks).await {
        Ok(_) => "event-attendance-saved",
        Err(AppError::Conflict(e)) if e.code == "attendance-not-open" => "event-attendance-not-open",
        Err(e) => return Err(e),
    };
    Ok(page::redirect_flash(&state, &back(id), flash))
}

pub async fn certificates(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    more::certificates(&state, &user, id).await?;
    Ok(page::redirect_flash(&state, &back(id), "event-certificates-issued"))
}

fn message_form(tr: &Tr, id: i64, csrf: &str, f: Option<&Fields>) -> Form {
    let get = |k: &str| f.map(|f| f.get(k)).unwrap_or_default();
    let to = if get("to").is_empty() { "confirmed".to_owned() } else { get("to") };
    Form::new(
        format!("/events/{id}/message"),
        tr.t("event-message-send"),
        csrf,
        vec![
            Field::new("select", "to", tr.t("label-message-to")).options(
                [
                    ("confirmed".to_owned(), tr.t("event-message-to-confirmed")),
                    ("everyone".to_owned(), tr.t("event-message-to-everyone")),
                ],
                &[to],
            ),
            Field::new("text", "subject", tr.t("label-subject")).value(get("subject")).required(),
            Field::new("textarea", "body", tr.t("label-message")).value(get("body")).required(),
        ],
    )
}

pub async fn message_form_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let e = service::organised(&state, &user, id).await?;
    let tr = ctx.tr();
    let form = message_form(&tr, id, &ctx.csrf, None);
    Ok(page::form_page(&ctx, tr.ta("event-message-title", "title", &e.draft.title), form, None, back(id)))
}

pub async fn message(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let e = service::organised(&state, &user, id).await?;
    match more::message(&state, &user, id, &f.get("subject"), &f.get("body"), f.get("to") == "everyone").await {
        Ok(_) => Ok(page::redirect_flash(&state, &back(id), "event-message-sent")),
        Err(AppError::Unprocessable(errs)) => {
            let tr = ctx.tr();
            let form = message_form(&tr, id, &ctx.csrf, Some(&f));
            Ok(page::form_page(
                &ctx,
                tr.ta("event-message-title", "title", &e.draft.title),
                form,
                Some(&errs),
                back(id),
            ))
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "events/summary.html")]
struct SummaryPage {
    c: Chrome,
    id: i64,
    s: store::event_parts::Summary,
    /// Each rating with how many gave it, best first.
    ratings: Vec<(i64, i64)>,
    average: Option<String>,
    rate: Option<String>,
    messages: Vec<store::event_parts::SentMessage>,
}

pub async fn summary(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let e = service::organised(&state, &user, id).await?;
    let tr = ctx.tr();
    let s = state.db.event_summary(id).await?;
    Ok(page::render(&SummaryPage {
        c: Chrome::new(&ctx, tr.ta("event-summary-title", "title", &e.draft.title)),
        id,
        ratings: (1..=5).rev().map(|r| (r, s.ratings[(r - 1) as usize])).collect(),
        average: s.average().map(|a| format!("{a:.1}")),
        rate: s.attendance_rate().map(|r| format!("{r} %")),
        messages: state.db.event_messages(id).await?,
        s,
    }))
}

pub async fn link_resource(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let rid = f.get("resource_id").trim().parse::<i64>().unwrap_or(0);
    let flash = match more::link_resource(&state, &user, id, rid).await {
        Ok(()) => "event-resource-linked",
        Err(AppError::Unprocessable(_)) => "event-resource-invalid",
        Err(e) => return Err(e),
    };
    Ok(page::redirect_flash(&state, &back(id), flash))
}

pub async fn unlink_resource(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, rid)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    more::unlink_resource(&state, &user, id, rid).await?;
    Ok(page::redirect_flash(&state, &back(id), "event-resource-unlinked"))
}

fn feedback_form(tr: &Tr, id: i64, csrf: &str, rating: &str, comment: &str) -> Form {
    let opts = (1..=5).rev().map(|r| (r.to_string(), tr.args("event-rating-n", &[("n", r.into())])));
    let mut all = vec![(String::new(), tr.t("choose-none"))];
    all.extend(opts);
    Form::new(
        format!("/events/{id}/feedback"),
        tr.t("event-feedback-send"),
        csrf,
        vec![
            Field::new("select", "rating", tr.t("label-rating")).options(all, &[rating.to_owned()]).required(),
            Field::new("textarea", "comment", tr.t("label-comment")).value(comment).hint(tr.t("hint-feedback-comment")),
        ],
    )
}

pub async fn feedback_form_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (e, _) = service::visible(&state, Some(&user), id).await?;
    let mine = state.db.my_registration(id, user.id).await?;
    let (rating, comment) = mine
        .map(|m| (m.rating.map(|r| r.to_string()).unwrap_or_default(), m.comment.unwrap_or_default()))
        .unwrap_or_default();
    let tr = ctx.tr();
    let form = feedback_form(&tr, id, &ctx.csrf, &rating, &comment);
    Ok(page::form_page(&ctx, tr.ta("event-feedback-title", "title", &e.draft.title), form, None, back(id)))
}

pub async fn feedback(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let (e, _) = service::visible(&state, Some(&user), id).await?;
    match more::feedback(&state, &user, id, &f.get("rating"), &f.get("comment")).await {
        Ok(()) => Ok(page::redirect_flash(&state, &back(id), "event-feedback-thanks")),
        Err(AppError::Unprocessable(errs)) => {
            let tr = ctx.tr();
            let form = feedback_form(&tr, id, &ctx.csrf, &f.get("rating"), &f.get("comment"));
            Ok(page::form_page(
                &ctx,
                tr.ta("event-feedback-title", "title", &e.draft.title),
                form,
                Some(&errs),
                back(id),
            ))
        }
        Err(AppError::Conflict(_)) => Ok(page::redirect_flash(&state, &back(id), "event-feedback-closed")),
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "events/certificate.html")]
struct CertificatePage {
    c: Chrome,
    cert: store::event_parts::Certificate,
    when: String,
    hours: String,
    issued: String,
    url: String,
}

/// A certificate of attendance: printable, and its address is its proof (anyone holding
/// it sees who attended what; an unknown or withdrawn code is a 404).
pub async fn certificate(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    if code.len() != 20 || !code.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let cert = state.db.certificate(&code).await?;
    let tr = ctx.tr();
    let tz = zone_or_utc(&cert.time_zone);
    let (s, e) = (utc_to_local(cert.starts_at, tz), utc_to_local(cert.ends_at, tz));
    let minutes = (cert.ends_at - cert.starts_at) / 60;
    Ok(page::render(&CertificatePage {
        c: Chrome::new(&ctx, tr.t("certificate-title")),
        when: format!("{} – {} ({})", s.replace('T', " "), e.replace('T', " "), cert.time_zone),
        hours: format!("{}:{:02}", minutes / 60, minutes % 60),
        issued: tr.date(cert.issued_at),
        url: state.config.link(&format!("/certificates/{code}")),
        cert,
    }))
}
