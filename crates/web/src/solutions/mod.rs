//! Solutions (issue 10): suppliers publish what they can do, anonymously if they wish;
//! buyers ask to be put in contact. Pages and API share [`service`].

pub mod api;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/solutions", get(pages::list).post(pages::create))
        .route("/solutions/new", get(pages::new_form))
        .route("/solutions/{id}", get(pages::show))
        .route("/solutions/{id}/edit", get(pages::edit_form).post(pages::edit))
        .route("/solutions/{id}/state", post(pages::set_state))
        .route("/solutions/{id}/contact", post(pages::request_contact))
        .route("/solutions/{id}/cpv", post(pages::add_cpv))
        .route("/solutions/{id}/contacts/{contact}", post(pages::decide_contact))
}
