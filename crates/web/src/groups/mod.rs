//! Working groups: communities of practice with leaders, open or closed membership, a
//! description and a roadmap, and discussion threads with replies. Pages and API share
//! [`service`]; a closed group's threads are readable by its members only, on every
//! page and API route.

pub mod api;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/groups", get(pages::list).post(pages::create))
        .route("/groups/new", get(pages::new_form))
        .route("/groups/{id}", get(pages::show))
        .route("/groups/{id}/edit", get(pages::edit_form).post(pages::edit))
        .route("/groups/{id}/join", post(pages::join))
        .route("/groups/{id}/leave", post(pages::leave))
        .route("/groups/{id}/mail", post(pages::mail))
        .route("/groups/{id}/members", get(pages::members))
        .route("/groups/{id}/members/{user}/{action}", post(pages::member_action))
        .route("/groups/{id}/threads", post(pages::start_thread))
        .route("/groups/{id}/threads/new", get(pages::thread_form))
        .route("/groups/{id}/threads/{thread}", get(pages::thread))
        .route("/groups/{id}/threads/{thread}/replies", post(pages::reply))
        .route("/groups/{id}/threads/{thread}/follow", post(pages::follow))
        .route("/groups/{id}/threads/{thread}/unfollow", post(pages::unfollow))
}
