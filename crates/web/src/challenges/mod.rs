//! Challenges (issue 10): public buyers publish unmet needs as problems; other buyers say
//! they share them. Pages and API share [`service`].

pub mod api;
pub mod clarify;
pub mod feeds;
pub mod needs;
pub mod pages;
pub mod service;
pub mod space;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/challenges", get(pages::list).post(pages::create))
        .route("/challenges/new", get(pages::new_form))
        .route("/challenges/feed.atom", get(feeds::atom))
        .route("/challenges/{id}", get(pages::show))
        .route("/challenges/{id}/edit", get(pages::edit_form).post(pages::edit))
        .route("/challenges/{id}/state", post(pages::set_state))
        .route("/challenges/{id}/observe", post(pages::observe))
        .route("/challenges/{id}/interests", post(pages::express_interest))
        .route("/challenges/{id}/interests/{interest}", post(pages::decide_interest))
        .route("/challenges/{id}/questions", post(pages::ask))
        .route("/challenges/{id}/questions/{question}/answer", post(pages::answer))
        .route("/challenges/{id}/files", post(pages::attach))
        .route("/challenges/{id}/files/{file}", get(pages::download))
        .route("/challenges/{id}/files/{file}/remove", post(pages::detach))
        .route("/challenges/{id}/cpv", post(pages::add_cpv))
        .merge(space::router())
        .merge(needs::router())
}
