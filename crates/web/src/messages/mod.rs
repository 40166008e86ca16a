//! Private messages: conversations one to one (with people who have a public profile) and
//! with an organisation's contact people, and blocks. Pages and API share [`service`].

pub mod api;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/messages", get(pages::inbox).post(pages::start))
        .route("/messages/new", get(pages::new_form))
        .route("/messages/{id}", get(pages::conversation).post(pages::reply))
        .route("/account/blocks", get(pages::blocks))
        .route("/blocks/{user}", post(pages::block))
        .route("/blocks/{user}/remove", post(pages::unblock))
}
