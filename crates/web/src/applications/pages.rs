//! Application pages: the form, the list, and each application's page.

use super::service::{self, Access};
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::initiatives::pages::topic_choices;
use crate::page::{self, Chrome, FormPage, MessagePage};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::FieldErrors;
use domain::applications::{ApplicationInput, ApplicationStatus};
use store::accounts::User;
use store::applications::{Note, StoredApplication};

fn status_label(tr: &Tr, s: ApplicationStatus) -> String {
    tr.t(&format!("application-status-{}", s.as_str()))
}

fn form(tr: &Tr, csrf: &str, input: &ApplicationInput) -> Form {
    let mut programmes: Vec<(String, String)> = domain::initiatives::programmes_sorted(tr.lang)
        .into_iter()
        .map(|(c, l)| (c.to_owned(), l.to_owned()))
        .collect();
    programmes.insert(0, (String::new(), tr.t("choose-none")));
    let fields = vec![
        Field::new("text", "acronym", tr.t("label-acronym")).value(&input.acronym).required(),
        Field::new("text", "name", tr.t("label-initiative-name")).value(&input.name).required(),
        Field::new("textarea", "summary", tr.t("label-application-summary"))
            .value(&input.summary)
            .required()
            .hint(tr.t("hint-summary")),
        Field::new("text", "website", tr.t("label-website")).value(&input.website).autocomplete("url"),
        Field::new("select", "programme", tr.t("label-programme"))
            .options(programmes, std::slice::from_ref(&input.programme)),
        Field::new("checkboxes", "topics", tr.t("label-topics")).options(topic_choices(tr), &input.topics),
        Field::new("textarea", "motivation", tr.t("label-motivation"))
            .value(&input.motivation)
            .required()
            .hint(tr.t("hint-motivation")),
        Field::new("textarea", "contribution", tr.t("label-contribution"))
            .value(&input.contribution)
            .required()
            .hint(tr.t("hint-contribution")),
        Field::new("text", "contact_name", tr.t("label-contact-name")).value(&input.contact_name).required(),
        Field::new("email", "contact_email", tr.t("label-contact-email"))
            .value(&input.contact_email)
            .required()
            .autocomplete("email"),
    ];
    Form::new("/join", tr.t("application-submit"), csrf, fields)
}

fn input_from(f: &Fields) -> ApplicationInput {
    ApplicationInput {
        acronym: f.get("acronym"),
        name: f.get("name"),
        summary: f.get("summary"),
        website: f.get("website"),
        programme: f.get("programme"),
        topics: f.all("topics"),
        contact_name: f.get("contact_name"),
        contact_email: f.get("contact_email"),
        motivation: f.get("motivation"),
        contribution: f.get("contribution"),
    }
}

fn join_page(ctx: &Ctx, input: &ApplicationInput, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let mut form = form(&tr, &ctx.csrf, input);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    FormPage {
        c: Chrome::new(ctx, tr.t("join-title")),
        intro: vec![tr.t("join-intro"), tr.t("join-steps")],
        form,
        links: vec![("/applications".into(), tr.t("applications-title")), ("/initiatives".into(), tr.t("cancel"))],
    }
    .respond()
}

pub async fn join_form(ctx: Ctx) -> Response {
    let tr = ctx.tr();
    match &ctx.user {
        Some(u) => {
            let input = ApplicationInput {
                contact_name: u.name.clone(),
                contact_email: u.email.as_str().to_owned(),
                ..Default::default()
            };
            join_page(&ctx, &input, None)
        }
        None => page::render(&MessagePage {
            c: Chrome::new(&ctx, tr.t("join-title")),
            paragraphs: vec![tr.t("join-intro"), tr.t("join-steps"), tr.t("join-sign-in")],
            links: vec![
                ("/sign-in?next=/join".into(), tr.t("nav-sign-in")),
                ("/register".into(), tr.t("nav-register")),
            ],
        }),
    }
}

pub async fn join(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::submit(&state, &user, &input).await {
        Ok(id) => Ok(page::redirect_flash(&state, &format!("/applications/{id}"), "application-sent")),
        Err(AppError::Unprocessable(e)) => Ok(join_page(&ctx, &input, Some(&e))),
        Err(e) => Err(e),
    }
}

pub struct Row {
    pub id: i64,
    pub acronym: String,
    pub name: String,
    pub applicant: String,
    pub status: String,
    pub open: bool,
    pub endorsements: i64,
    pub filed: String,
}

#[derive(Template)]
#[template(path = "applications/list.html")]
struct List {
    c: Chrome,
    rows: Vec<Row>,
    all: bool,
}

pub async fn list(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (apps, acc) = service::list(&state, &user).await?;
    let rows = apps
        .into_iter()
        .map(|a| Row {
            id: a.id,
            acronym: a.acronym,
            name: a.name,
            applicant: a.applicant_name,
            status: status_label(&tr, a.status),
            open: a.status.is_open(),
            endorsements: a.endorsements,
            filed: tr.date(a.created_at),
        })
        .collect();
    Ok(page::render(&List { c: Chrome::new(&ctx, tr.t("applications-title")), rows, all: acc.may_comment() }))
}

pub struct NoteView {
    pub author: String,
    pub initiative: String,
    pub at: String,
    pub body: String,
    pub endorses: bool,
}

#[derive(Template)]
#[template(path = "applications/show.html")]
struct Show {
    c: Chrome,
    a: StoredApplication,
    status: String,
    topics: Vec<String>,
    programme: Option<String>,
    filed: String,
    decided: Option<String>,
    notes: Vec<NoteView>,
    acc: Access,
    note_form: Option<Form>,
    decision_form: Option<Form>,
    endorsed: bool,
}

fn note_form(tr: &Tr, csrf: &str, id: i64, acc: &Access, body: &str, endorsed: bool) -> Form {
    let mut fields = vec![Field::new("textarea", "body", tr.t("label-note")).value(body).hint(tr.t("hint-note"))];
    if acc.may_endorse() && !endorsed {
        fields.push(
            Field::new("checkboxes", "endorse", tr.t("label-endorse"))
                .options(vec![("1".into(), tr.ta("endorse-as", "initiatives", &acc.member_of.join(", ")))], &[]),
        );
    }
    Form::new(format!("/applications/{id}/notes"), tr.t("note-submit"), csrf, fields)
}

fn decision_form(tr: &Tr, csrf: &str, id: i64, decision: &str, reason: &str) -> Form {
    let fields = vec![
        Field::new("select", "decision", tr.t("label-decision")).required().options(
            vec![
                ("accept".into(), tr.t("decision-accept-application")),
                ("decline".into(), tr.t("decision-decline-application")),
            ],
            &[decision.to_owned()],
        ),
        Field::new("textarea", "reason", tr.t("label-reason"))
            .value(reason)
            .required()
            .hint(tr.t("hint-decision-reason")),
    ];
    Form::new(format!("/applications/{id}/decision"), tr.t("decision-submit"), csrf, fields)
}

/// Errors of one of the page's two forms, with what was typed.
enum Typed<'a> {
    None,
    Note(&'a FieldErrors, &'a str),
    Decision(&'a FieldErrors, &'a str, &'a str),
}

async fn show_page(state: &AppState, user: &User, ctx: &Ctx, id: i64, typed: Typed<'_>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (a, acc) = service::readable(state, user, id).await?;
    let notes: Vec<Note> = if acc.sees_notes() { state.db.application_notes(id).await? } else { vec![] };
    let endorsed = notes.iter().any(|n| n.endorses && n.author_id == Some(user.id));
    let open = a.status.is_open();
    let mut note_form = (open && acc.may_comment()).then(|| {
        let body = if let Typed::Note(_, b) = typed { b } else { "" };
        note_form(&tr, &ctx.csrf, id, &acc, body, endorsed)
    });
    let mut decision_form = (open && acc.admin).then(|| match typed {
        Typed::Decision(_, d, r) => decision_form(&tr, &ctx.csrf, id, d, r),
        _ => decision_form(&tr, &ctx.csrf, id, "accept", ""),
    });
    let failed = match typed {
        Typed::Note(e, _) => {
            note_form = note_form.map(|f| f.with_errors(e, &tr));
            true
        }
        Typed::Decision(e, _, _) => {
            decision_form = decision_form.map(|f| f.with_errors(e, &tr));
            true
        }
        Typed::None => false,
    };
    let page = Show {
        c: Chrome::new(ctx, tr.ta("application-title", "acronym", &a.acronym)),
        status: status_label(&tr, a.status),
        topics: a.profile.topics.iter().map(|t| tr.t(&format!("topic-{t}"))).collect(),
        programme: a
            .profile
            .programme
            .as_deref()
            .and_then(domain::initiatives::programme)
            .map(|p| p.label(tr.lang).to_owned()),
        filed: tr.datetime(a.created_at),
        decided: a.decided_at.map(|t| tr.datetime(t)),
        notes: notes
            .into_iter()
            .map(|n| NoteView {
                author: n.author_name,
                initiative: n.initiative,
                at: tr.datetime(n.created_at),
                body: n.body,
                endorses: n.endorses,
            })
            .collect(),
        acc,
        note_form,
        decision_form,
        endorsed,
        a,
    };
    Ok(page::render_form(&page, failed))
}

pub async fn show(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    show_page(&state, &user, &ctx, id, Typed::None).await
}

pub async fn note(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let body = f.get("body");
    match service::note(&state, &user, id, &body, f.get("endorse") == "1").await {
        Ok(()) => Ok(page::redirect_flash(&state, &format!("/applications/{id}"), "saved")),
        Err(AppError::Unprocessable(e)) => show_page(&state, &user, &ctx, id, Typed::Note(&e, &body)).await,
        Err(e) => Err(e),
    }
}

pub async fn decide(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let (d, r) = (f.get("decision"), f.get("reason"));
    match service::decide(&state, &user, id, &d, &r).await {
        Ok(()) => Ok(page::redirect_flash(&state, &format!("/applications/{id}"), "application-decided")),
        Err(AppError::Unprocessable(e)) => show_page(&state, &user, &ctx, id, Typed::Decision(&e, &d, &r)).await,
        Err(e) => Err(e),
    }
}

pub async fn withdraw(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    service::withdraw(&state, &user, id).await?;
    Ok(page::redirect_flash(&state, &format!("/applications/{id}"), "application-withdrawn"))
}
