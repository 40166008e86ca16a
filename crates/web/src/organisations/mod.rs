//! Organisations: create one (pending until an administrator approves it), browse the
//! directory, ask to join, and — for owners — accept members and give roles; as pages
//! and as API. Every change goes through [`service`], which asks the domain's
//! `Standing` rules with the caller's actual membership, so guessing an id gains nothing.

pub mod api;
pub mod invitation_pages;
pub mod invitations;
pub mod pages;
pub mod service;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/organisations", get(pages::directory).post(pages::create))
        .route("/organisations/new", get(pages::new_form))
        .route("/organisations/{id}", get(pages::show))
        .route("/organisations/{id}/edit", get(pages::edit_form).post(pages::edit))
        .route("/organisations/{id}/delete", get(pages::delete_confirm).post(pages::delete))
        .route("/organisations/{id}/join", post(pages::join))
        .route("/organisations/{id}/join/withdraw", post(pages::withdraw_join))
        .route("/organisations/{id}/members", get(pages::members))
        .route("/organisations/{id}/members/{user}", post(pages::set_role))
        .route("/organisations/{id}/members/{user}/remove", get(pages::remove_confirm).post(pages::remove))
        .route("/organisations/{id}/invitations", post(pages::invite))
        .route("/organisations/{id}/invitations/{invitation}/cancel", post(pages::cancel_invitation))
        .route("/invitations/{token}", get(invitation_pages::show).post(invitation_pages::respond))
        .route("/invitations/{token}/decline", post(invitation_pages::decline))
}
