//! Knowledge resources: guides, case studies, recordings… published by editors of member
//! initiatives and members of approved organisations, in draft, published or archived
//! state, tagged for finding. Pages and API share [`service`].

pub mod api;
pub mod feeds;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/resources", get(pages::list).post(pages::create))
        .route("/resources/new", get(pages::new_form))
        .route("/resources/feed.atom", get(feeds::atom))
        .route("/case-studies", get(pages::case_studies))
        .route("/case-studies/compare", get(pages::compare))
        .route("/resources/{id}", get(pages::show))
        .route("/resources/{id}/edit", get(pages::edit_form).post(pages::edit))
        .route("/resources/{id}/state", post(pages::set_state))
        .route("/resources/{id}/history", get(pages::history))
        .route("/resources/{id}/delete", get(pages::delete_confirm).post(pages::delete))
        .route("/resources/{id}/translate", get(pages::translate_form))
        .route("/resources/{id}/translations", post(pages::translate))
        .route("/resources/{id}/files", get(pages::files).post(pages::attach))
        .route("/resources/{id}/files/{file}", get(pages::download))
        .route("/resources/{id}/files/{file}/remove", post(pages::detach))
}
