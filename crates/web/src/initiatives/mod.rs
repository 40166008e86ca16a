//! Member initiatives: a public page for each, kept by its editors (named by an
//! administrator or another editor) with the history of every change; the list of all
//! members with filters and the task force's combined reach (the home page reads the
//! same data). Pages and API share [`service`].

pub mod api;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/initiatives", get(pages::list).post(pages::create))
        .route("/initiatives/new", get(pages::new_form))
        .route("/initiatives/{id}", get(pages::show))
        .route("/initiatives/{id}/edit", get(pages::edit_form).post(pages::edit))
        .route("/initiatives/{id}/logo", get(pages::logo_form).post(pages::set_logo))
        .route("/initiatives/{id}/logo/remove", post(pages::remove_logo))
        .route("/initiatives/{id}/history", get(pages::history))
        .route("/initiatives/{id}/editors", get(pages::editors).post(pages::add_editor))
        .route("/initiatives/{id}/editors/{user}/remove", post(pages::remove_editor))
}
