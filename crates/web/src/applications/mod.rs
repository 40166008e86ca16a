//! Joining the task force: an initiative applies (`/join`), members' editors comment and
//! endorse, an administrator accepts or declines with a reason, the applicant follows the
//! status on the application's page and is told by e-mail at each step. Pages and API
//! share [`service`].

pub mod api;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/join", get(pages::join_form).post(pages::join))
        .route("/applications", get(pages::list))
        .route("/applications/{id}", get(pages::show))
        .route("/applications/{id}/notes", post(pages::note))
        .route("/applications/{id}/decision", post(pages::decide))
        .route("/applications/{id}/withdraw", post(pages::withdraw))
}
