//! Administration pages.

use super::service::{self, Decision};
use crate::AppState;
use crate::ctx::{AdminUser, Ctx};
use crate::error::AppError;
use crate::forms::{Fields, Opt};
use crate::organisations::pages::OrgView;
use crate::page::{self, Chrome};
use crate::pager::{Pager, SeekParams};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::accounts::AccountStatus;
use domain::organisations::ReviewStatus;
use domain::paging::Slice;
use domain::{OrganisationId, UserId};
use serde::Deserialize;
use store::accounts::User;
use store::admin::AuditEntry;
use store::organisations::OrgFilter;

/// Rows per page of the audit log.
const PER_PAGE: usize = 50;
/// Rows per page of the review queues.
const QUEUE_PAGE: usize = 50;

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct Dashboard {
    c: Chrome,
    pending_users: i64,
    pending_orgs: i64,
    jobs_due: i64,
    jobs_retry: i64,
    jobs_dead: i64,
    failing: Vec<FailingJob>,
}

struct FailingJob {
    id: i64,
    kind: String,
    attempts: i64,
    next: String,
    error: String,
    dead: bool,
}

pub async fn dashboard(State(state): State<AppState>, AdminUser(_, ctx): AdminUser) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let counts = state.db.job_counts(store::now()).await?;
    let failing = state
        .db
        .pending_jobs(20)
        .await?
        .into_iter()
        .filter(|j| j.last_error.is_some() || j.dead_at.is_some())
        .map(|j| FailingJob {
            id: j.id.0,
            kind: j.kind,
            attempts: j.attempts,
            next: if j.dead_at.is_some() { "—".into() } else { tr.datetime(j.run_at) },
            error: j.last_error.unwrap_or_default(),
            dead: j.dead_at.is_some(),
        })
        .collect();
    Ok(page::render(&Dashboard {
        c: Chrome::new(&ctx, tr.t("admin-title")),
        pending_users: state.db.count_users_by_status(AccountStatus::Pending).await?,
        pending_orgs: state.db.count_organisations_by_status(ReviewStatus::Pending).await?,
        jobs_due: counts.due,
        jobs_retry: counts.waiting_retry,
        jobs_dead: counts.dead,
        failing,
    }))
}

#[derive(Deserialize)]
pub struct StatusQuery {
    status: Option<String>,
    #[serde(flatten)]
    seek: SeekParams,
}

fn status_tabs(tr: &crate::i18n::Tr, base: &str, current: &str) -> Vec<(String, String, bool)> {
    ["pending", "approved", "rejected"]
        .iter()
        .map(|s| (format!("{base}?status={s}"), tr.t(&format!("review-{s}")), *s == current))
        .collect()
}

/// After a decision, back to the queue (tab) the administrator came from.
fn back_to_queue(state: &AppState, base: &str, f: &Fields) -> Response {
    let status = ReviewStatus::from_str_opt(&f.get("back")).unwrap_or(ReviewStatus::Pending);
    page::redirect_flash(state, &format!("{base}?status={}", status.as_str()), "decision-saved")
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct Users {
    c: Chrome,
    tabs: Vec<(String, String, bool)>,
    users: Vec<User>,
    total: i64,
    pager: Pager,
    current: String,
}

pub async fn users(
    State(state): State<AppState>,
    AdminUser(_, ctx): AdminUser,
    Query(q): Query<StatusQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let status = AccountStatus::from_stored(q.status.as_deref().unwrap_or("pending"));
    let slice = state.db.users_by_status(status, &q.seek.seek()?, QUEUE_PAGE).await?;
    Ok(page::render(&Users {
        c: Chrome::new(&ctx, tr.t("admin-users-title")),
        tabs: status_tabs(&tr, "/admin/users", status.as_str()),
        total: state.db.count_users_by_status(status).await?,
        pager: Pager::new("/admin/users", &[("status", status.as_str())], &slice),
        users: slice.items,
        current: status.as_str().into(),
    }))
}

pub async fn decide_user(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Path((id, decision)): Path<(i64, String)>,
    f: Fields,
) -> Result<Response, AppError> {
    let d = Decision::parse(&decision)?;
    service::decide_user(&state, &admin, UserId(id), d, &f.get("note")).await?;
    Ok(back_to_queue(&state, "/admin/users", &f))
}

#[derive(Template)]
#[template(path = "admin/organisations.html")]
struct Orgs {
    c: Chrome,
    tabs: Vec<(String, String, bool)>,
    orgs: Vec<Card>,
    total: i64,
    pager: Pager,
    current: String,
}

pub async fn organisations(
    State(state): State<AppState>,
    AdminUser(_, ctx): AdminUser,
    Query(q): Query<StatusQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let status = q.status.as_deref().and_then(ReviewStatus::from_str_opt).unwrap_or(ReviewStatus::Pending);
    let filter = OrgFilter { status: Some(status), ..Default::default() };
    let slice = state.db.organisations(&filter, &q.seek.seek()?, QUEUE_PAGE).await?;
    let mut cards = Vec::with_capacity(slice.items.len());
    for o in slice.items.iter() {
        cards.push(card(&state, &tr, o).await?);
    }
    Ok(page::render(&Orgs {
        c: Chrome::new(&ctx, tr.t("admin-orgs-title")),
        tabs: status_tabs(&tr, "/admin/organisations", status.as_str()),
        total: state.db.count_organisations(&filter).await?,
        pager: Pager::new("/admin/organisations", &[("status", status.as_str())], &slice),
        orgs: cards,
        current: status.as_str().into(),
    }))
}

/// An organisation in the queue; waiting ones with the people who came with it,
/// possible duplicates and the last request for information.
struct Card {
    v: OrgView,
    people: Vec<PersonLine>,
    duplicates: Vec<(i64, String, String)>,
    asked: Option<String>,
}

struct PersonLine {
    name: String,
    email: String,
    facts: String,
}

async fn card(
    state: &AppState,
    tr: &crate::i18n::Tr,
    o: &store::organisations::Organisation,
) -> Result<Card, AppError> {
    let mut c = Card { v: OrgView::new(o.clone(), tr), people: vec![], duplicates: vec![], asked: None };
    if o.status != ReviewStatus::Pending {
        return Ok(c);
    }
    let r = service::review_card(state, o).await?;
    c.people = r
        .people
        .into_iter()
        .map(|p| {
            let mut facts = vec![tr.t(&format!("role-{}", p.role.as_str()))];
            if p.submitter {
                facts.insert(0, tr.t("review-submitter"));
            }
            facts.push(tr.t(&format!("account-status-{}", p.status.as_str())));
            facts.push(tr.ta("review-registered", "date", &tr.date(p.registered_at)));
            PersonLine { name: p.name, email: p.email, facts: facts.join(" · ") }
        })
        .collect();
    c.duplicates = r
        .duplicates
        .into_iter()
        .map(|d| {
            let why = tr.t(&format!("review-duplicate-{}", d.reason));
            let facts =
                format!("{} · {} · {}", tr.country(&d.country), tr.t(&format!("review-{}", d.status.as_str())), why);
            (d.id.0, d.name, facts)
        })
        .collect();
    c.asked = r.asked.map(|(at, by, message)| {
        tr.args("review-asked", &[("date", tr.datetime(at).into()), ("person", by.into()), ("message", message.into())])
    });
    Ok(c)
}

fn ask_page(
    ctx: &Ctx,
    org: &store::organisations::Organisation,
    message: &str,
    errs: Option<&domain::FieldErrors>,
) -> Response {
    let tr = ctx.tr();
    let fields = vec![
        crate::forms::Field::new("textarea", "message", tr.t("label-ask-message"))
            .value(message)
            .required()
            .hint(tr.t("hint-ask-message")),
    ];
    let mut form = crate::forms::Form::new(
        format!("/admin/organisations/{}/ask", org.id.0),
        tr.t("ask-submit"),
        &ctx.csrf,
        fields,
    );
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    let mut r = page::FormPage {
        c: Chrome::new(ctx, tr.ta("ask-title", "organisation", &org.name)),
        intro: vec![tr.t("ask-intro")],
        form,
        links: vec![("/admin/organisations".into(), tr.t("admin-orgs-title"))],
    }
    .respond();
    if errs.is_some() {
        *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    r
}

/// The form that asks an organisation's owners for more information.
pub async fn ask_form(
    State(state): State<AppState>,
    AdminUser(_, ctx): AdminUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let org = state.db.organisation(OrganisationId(id)).await?;
    Ok(ask_page(&ctx, &org, "", None))
}

pub async fn ask(
    State(state): State<AppState>,
    AdminUser(admin, ctx): AdminUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    match service::ask_information(&state, &admin, OrganisationId(id), &f.get("message")).await {
        Ok(()) => Ok(page::redirect_flash(&state, "/admin/organisations?status=pending", "information-asked")),
        Err(AppError::Unprocessable(e)) => {
            let org = state.db.organisation(OrganisationId(id)).await?;
            Ok(ask_page(&ctx, &org, &f.get("message"), Some(&e)))
        }
        Err(e) => Err(e),
    }
}

pub async fn decide_organisation(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Path((id, decision)): Path<(i64, String)>,
    f: Fields,
) -> Result<Response, AppError> {
    let d = Decision::parse(&decision)?;
    let close = f.get("close_accounts") == "1";
    service::decide_organisation(&state, &admin, OrganisationId(id), d, &f.get("note"), close).await?;
    Ok(back_to_queue(&state, "/admin/organisations", &f))
}

#[derive(Deserialize, Default)]
pub struct AuditQuery {
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub since: String,
    #[serde(default)]
    pub until: String,
    #[serde(flatten)]
    pub seek: SeekParams,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct Audit {
    c: Chrome,
    q: AuditQuery,
    actions: Vec<Opt>,
    targets: Vec<Opt>,
    errors: Vec<(&'static str, String)>,
    entries: Vec<(AuditEntry, String, String)>,
    total: i64,
    pager: Pager,
}

impl Audit {
    fn error(&self, field: &str) -> Option<&String> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
    }
}

pub async fn audit(
    State(state): State<AppState>,
    AdminUser(_, ctx): AdminUser,
    Query(q): Query<AuditQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let checked = service::audit_filter(&state, &q.action, &q.actor, &q.target, &q.since, &q.until)
        .await
        .and_then(|f| q.seek.seek().map(|s| (f, s)));
    let (filter, errors) = match checked {
        Ok(f) => (Some(f), Vec::new()),
        Err(e) => (None, e.0.iter().map(|e| (e.field, tr.field_error(e))).collect()),
    };
    let (slice, total) = match &filter {
        Some((f, seek)) => (state.db.audit_entries(f, seek, PER_PAGE).await?, state.db.count_audit_entries(f).await?),
        None => (Slice { items: Vec::new(), prev: None, next: None }, 0),
    };
    let pager = Pager::new(
        "/admin/audit",
        &[("action", &q.action), ("actor", &q.actor), ("target", &q.target), ("since", &q.since), ("until", &q.until)],
        &slice,
    );
    let mut actions = vec![Opt { value: String::new(), label: tr.t("filter-any"), selected: q.action.is_empty() }];
    actions.extend(domain::admin::AuditAction::ALL.iter().map(|a| Opt {
        value: a.as_str().into(),
        label: tr.t(&format!("audit-{}", a.as_str().replace('.', "-"))),
        selected: q.action == a.as_str(),
    }));
    let targets = [("", "filter-any"), ("user", "audit-target-user"), ("organisation", "audit-target-organisation")]
        .iter()
        .map(|(v, k)| Opt { value: (*v).into(), label: tr.t(k), selected: q.target == *v })
        .collect();
    let entries = slice
        .items
        .into_iter()
        .map(|e| {
            let label = tr.t(&format!("audit-{}", e.action.replace('.', "-")));
            (e.clone(), tr.datetime(e.at), label)
        })
        .collect();
    let page =
        Audit { c: Chrome::new(&ctx, tr.t("admin-audit-title")), pager, q, actions, targets, errors, entries, total };
    let status =
        if page.errors.is_empty() { axum::http::StatusCode::OK } else { axum::http::StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page::render_status(&page, status))
}

/// Gives a dead job a fresh set of attempts.
pub async fn retry_job(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    service::retry_job(&state, &admin, domain::JobId(id)).await?;
    Ok(page::redirect_flash(&state, "/admin", "job-retried"))
}

/// Asks before rejecting a person, with the reason that goes to them.
pub async fn reject_user_confirm(
    State(state): State<AppState>,
    AdminUser(_, ctx): AdminUser,
    Path((id, decision)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let name = state.db.user(UserId(id)).await.map_err(|_| AppError::NotFound)?.name;
    reject_page(&ctx, "users", id, &decision, &name, "confirm-reject-user-title", None)
}

/// Asks before rejecting an organisation, with the reason that goes to its owners.
pub async fn reject_org_confirm(
    State(state): State<AppState>,
    AdminUser(_, ctx): AdminUser,
    Path((id, decision)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let name = state.db.organisation(OrganisationId(id)).await?.name;
    let close = ("close_accounts", ctx.tr().t("confirm-reject-close-accounts"));
    reject_page(&ctx, "organisations", id, &decision, &name, "confirm-reject-org-title", Some(close))
}

fn reject_page(
    ctx: &Ctx,
    kind: &str,
    id: i64,
    decision: &str,
    name: &str,
    title_key: &str,
    checkbox: Option<(&'static str, String)>,
) -> Result<Response, AppError> {
    if decision != "reject" {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    Ok(page::render(&page::ConfirmPage {
        c: Chrome::new(ctx, tr.ta(title_key, "name", name)),
        paragraphs: vec![tr.t("confirm-reject-body")],
        action: format!("/admin/{kind}/{id}/reject"),
        submit: tr.t("admin-reject"),
        back: format!("/admin/{kind}"),
        hidden: vec![("back", "pending".to_owned())],
        note_label: Some(tr.t("confirm-reject-note")),
        note_hint: Some(tr.t("confirm-reject-hint")),
        checkbox,
    }))
}
