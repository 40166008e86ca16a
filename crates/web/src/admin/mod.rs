//! Administration: the queues of pending people and organisations, approving or
//! rejecting them, and the audit log of every such decision, filterable.

pub mod api;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin", get(pages::dashboard))
        .route("/admin/users", get(pages::users))
        .route("/admin/users/{id}/{decision}", post(pages::decide_user).get(pages::reject_user_confirm))
        .route("/admin/organisations", get(pages::organisations))
        .route("/admin/organisations/{id}/{decision}", post(pages::decide_organisation).get(pages::reject_org_confirm))
        .route("/admin/organisations/{id}/ask", get(pages::ask_form).post(pages::ask))
        .route("/admin/audit", get(pages::audit))
        .route("/admin/jobs/{id}/retry", post(pages::retry_job))
}
