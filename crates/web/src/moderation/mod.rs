//! Moderation: anyone signed in reports a profile, a page, a post or a conversation; three
//! distinct reports hide it; moderators (named by administrators) restore, remove, warn
//! or suspend, with a reason the author reads; every decision is in the audit log.

pub mod api;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/report/{kind}/{id}", get(pages::report_form).post(pages::report))
        .route("/moderation", get(pages::queue))
        .route("/moderation/{kind}/{id}", get(pages::decide_form).post(pages::decide))
        .route("/admin/moderators", get(pages::moderators).post(pages::add_moderator))
        .route("/admin/moderators/{id}/remove", post(pages::remove_moderator))
}
