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
    orgs: Vec<OrgView>,
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
    Ok(page::render(&Orgs {
        c: Chrome::new(&ctx, tr.t("admin-orgs-title")),
        tabs: status_tabs(&tr, "/admin/organisations", status.as_str()),
        total: state.db.count_organisations(&filter).await?,
        pager: Pager::new("/admin/organisations", &[("status", status.as_str())], &slice),
        orgs: slice.items.iter().cloned().map(|o| OrgView::new(o, &tr)).collect(),
        current: status.as_str().into(),
    }))
}

pub async fn decide_organisation(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Path((id, decision)): Path<(i64, String)>,
    f: Fields,
) -> Result<Response, AppError> {
    let d = Decision::parse(&decision)?;
    service::decide_organisation(&state, &admin, OrganisationId(id), d, &f.get("note")).await?;
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
    reject_page(&ctx, "users", id, &decision, &name, "confirm-reject-user-title")
}

/// Asks before rejecting an organisation, with the reason that goes to its owners.
pub async fn reject_org_confirm(
    State(state): State<AppState>,
    AdminUser(_, ctx): AdminUser,
    Path((id, decision)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let name = state.db.organisation(OrganisationId(id)).await?.name;
    reject_page(&ctx, "organisations", id, &decision, &name, "confirm-reject-org-title")
}

fn reject_page(
    ctx: &Ctx,
    kind: &str,
    id: i64,
    decision: &str,
    name: &str,
    title_key: &str,
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
    }))
}
