//! Events: webinars, trainings, workshops, matchmaking events and member meetings, with
//! registration that never oversells, a waiting list that fills freed seats by itself, and
//! iCalendar files and feeds. Pages and API share [`service`].

pub mod api;
pub mod ics;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/events", get(pages::list).post(pages::create))
        .route("/events/new", get(pages::new_form))
        .route("/events/feed.ics", get(ics::feed))
        .route("/events/{id}", get(pages::show))
        .route("/events/{id}/calendar.ics", get(ics::one))
        .route("/events/{id}/edit", get(pages::edit_form).post(pages::edit))
        .route("/events/{id}/state", post(pages::set_state))
        .route("/events/{id}/register", post(pages::register))
        .route("/events/{id}/cancel", post(pages::cancel))
        .route("/events/{id}/participants.csv", get(pages::participants_csv))
        .route("/account/calendar", get(pages::calendar_page).post(pages::calendar_reset))
        .route("/calendar/{file}", get(ics::personal))
        .route("/events/{id}/participants/{user}/remove", post(pages::remove_participant))
}
