//! Challenges (issue 10): public buyers publish unmet needs as problems; other buyers say
//! they share them. Pages and API share [`service`].

pub mod api;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/challenges", get(pages::list).post(pages::create))
        .route("/challenges/new", get(pages::new_form))
        .route("/challenges/{id}", get(pages::show))
        .route("/challenges/{id}/edit", get(pages::edit_form).post(pages::edit))
        .route("/challenges/{id}/state", post(pages::set_state))
        .route("/challenges/{id}/observe", post(pages::observe))
}
