//! People: an opt-in public profile (field by field, withdrawn at any time) and the
//! people directory. Public pages and API answers are built from `store::people`'s public
//! queries, which never select a field its owner keeps private.

pub mod api;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/people", get(pages::directory))
        .route("/people/{id}", get(pages::show))
        .route("/account/profile", get(pages::profile_form).post(pages::save_profile))
        .route("/account/photo", get(pages::photo_form).post(pages::set_photo))
        .route("/account/photo/remove", post(pages::remove_photo))
}
