//! Events: webinars, trainings, workshops, matchmaking events and member meetings, with
//! registration that never oversells, a waiting list that fills freed seats by itself, and
//! iCalendar files and feeds. Pages and API share [`service`].

pub mod api;
pub mod api_more;
pub mod ics;
pub mod meetings;
pub mod month;
pub mod more;
pub mod organise;
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
        .route("/events/calendar", get(month::calendar))
        .route("/events/{id}/register", get(pages::register_form).post(pages::register))
        .route("/events/{id}/questions", get(organise::questions_form).post(organise::questions_save))
        .route("/events/{id}/invitations", get(organise::invitations).post(organise::invite))
        .route("/events/{id}/invitations/remove", post(organise::uninvite))
        .route("/events/{id}/participants/{user}/approve", post(organise::approve))
        .route("/events/{id}/participants/{user}/reject", post(organise::reject))
        .route("/events/{id}/attendance", post(organise::attendance))
        .route("/events/{id}/certificates", post(organise::certificates))
        .route("/events/{id}/message", get(organise::message_form_page).post(organise::message))
        .route("/events/{id}/summary", get(organise::summary))
        .route("/events/{id}/resources", post(organise::link_resource))
        .route("/events/{id}/resources/{rid}/remove", post(organise::unlink_resource))
        .route("/events/{id}/feedback", get(organise::feedback_form_page).post(organise::feedback))
        .route("/certificates/{code}", get(organise::certificate))
        .route("/events/{id}/agenda-items", get(meetings::item_page).post(meetings::propose))
        .route("/events/{id}/minutes", get(meetings::minutes_page).post(meetings::save_minutes))
        .route("/events/{id}/action-items", get(meetings::action_page).post(meetings::add_action))
        .route("/action-items/{item}/edit", get(meetings::edit_action_page).post(meetings::edit_action))
        .route("/meetings/actions", get(meetings::actions))
        .route("/events/{id}/cancel", post(pages::cancel))
        .route("/events/{id}/participants.csv", get(pages::participants_csv))
        .route("/account/calendar", get(pages::calendar_page).post(pages::calendar_reset))
        .route("/calendar/{file}", get(ics::personal))
        .route("/events/{id}/participants/{user}/remove", post(pages::remove_participant))
}
