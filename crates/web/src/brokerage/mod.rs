//! Brokerage events (issue 11): B2B meeting requests between the participants of a
//! matchmaking event, and an optimising scheduler (`domain::scheduler`) that places the
//! accepted meetings at tables and times. Pages and API share [`service`].

pub mod api;
pub mod pages;
pub mod service;
pub mod view;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    use pages::*;
    Router::new()
        .route("/events/{id}/brokerage", get(overview))
        .route("/events/{id}/brokerage/settings", get(settings_page).post(settings_save))
        .route("/events/{id}/brokerage/sessions/new", get(session_page))
        .route("/events/{id}/brokerage/sessions", post(session_add))
        .route("/events/{id}/brokerage/sessions/{sid}/remove", post(session_remove))
        .route("/events/{id}/brokerage/join", get(join_page).post(join))
        .route("/events/{id}/brokerage/items/new", get(item_page))
        .route("/events/{id}/brokerage/items", post(item_add))
        .route("/events/{id}/brokerage/items/{item}/remove", post(item_remove))
        .route("/events/{id}/brokerage/participants/{pid}", get(participant))
        .route("/events/{id}/brokerage/participants/{pid}/request", post(request))
        .route("/events/{id}/brokerage/participants/{pid}/check-in", post(check_in))
        .route("/events/{id}/brokerage/agenda", get(agenda))
        .route("/events/{id}/brokerage/agenda.ics", get(agenda_ics))
        .route("/events/{id}/brokerage/meetings/{m}/answer", post(answer))
        .route("/events/{id}/brokerage/meetings/{m}/cancel", post(cancel))
        .route("/events/{id}/brokerage/meetings/{m}/held", post(held))
        .route("/events/{id}/brokerage/meetings/{m}/rate", get(rate_page).post(rate))
        .route("/events/{id}/brokerage/meetings/{m}/follow-up", get(followup_page).post(followup))
        .route("/events/{id}/brokerage/meetings/{m}/place", get(place_page).post(place))
        .route("/events/{id}/brokerage/organise", get(organise))
        .route("/events/{id}/brokerage/schedule", post(run))
        .route("/events/{id}/brokerage/publish", post(publish))
        .route("/events/{id}/brokerage/tables", get(tables))
        .route("/events/{id}/brokerage/results", get(results))
}
